"""The finding reporters of ``quotecheck check``, each output parsed back and compared with the findings."""

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ElementTree

import pytest

from quotecheck.checks import Checked, Finding, rule
from quotecheck.document import ReadError
from quotecheck.pipeline import Options, check, run
from quotecheck.readers import read_inputs
from quotecheck.report.findings import (
    COLUMNS, WIDTH, WRITERS, display_path, escape_data, escape_property, write_concise, write_csv, write_full,
    write_github, write_json, write_jsonl,
)
from quotecheck.report.junit import write_junit
from test_scale import assert_linear

# Invented texts; the quotations are not real.  The front matter puts every
# paragraph of the article four lines further down the file than in its text.
ARTICLE = (
    "---\n"
    "title: Harbour vote\n"
    "date: 2024-03-01\n"
    "---\n"
    "\n"
    "# Harbour vote\n"
    "\n"
    "\"Where is the money?\" The question hung over the hall.\n"
    "\n"
    "\"We will not back down,\" a spokesman said.\n"
    "\n"
    "Maria Lopez, the harbour master, said the pier was safe. \"The pier is *safe*,\" Lopez said.\n"
    "\n"
    "\"Nobody asked us,\" said someone at the meeting. \"Not once.\"\n"
)
CORPUS = (
    '{"id": "doc-17", "text": "The mayor spoke.\\n\\n\\u201cNo comment,\\u201d an aide said."}\n'
    '{"id": "doc-18", "text": "Rain fell all day."}\n'
)
ARTICLE_LINES = ARTICLE.split("\n")
HEADER = re.compile(r"^(?P<path>\S+):(?P<line>\d+):(?P<column>\d+): (?P<code>QC\d{3}) "
                    r"\[(?P<severity>info|warning|error)\] (?P<message>.+)$")
CONCISE = re.compile(r"^(?P<path>[^:\s]+):(?P<line>\d+):(?P<column>\d+): (?P<code>QC\d{3}) (?P<message>.+)$")
COMMAND = re.compile(r"^::(?P<command>error|warning|notice) (?P<properties>[^:]*)::(?P<message>[^\r\n]*)$")


@pytest.fixture
def workspace(news_directory):
    """A directory holding the article and the corpus under ``news/``, made the current directory."""
    return news_directory(ARTICLE, CORPUS)


def checked(*paths, **options) -> list[Checked]:
    """The checked documents of ``paths``."""
    return list(run(read_inputs(list(paths), **options), Options(), stage=check))


@pytest.fixture
def results(workspace):
    """The article and the corpus checked, named by absolute path."""
    return checked(str(workspace / "news" / "harbour.md"), str(workspace / "news" / "corpus.jsonl"))


@pytest.fixture
def problems(workspace):
    """The read errors of a binary file, a file that is no UTF-8, a missing file and a corpus line that is no JSON."""
    (workspace / "news" / "scan.txt").write_bytes(b"\x00\x01PNG")
    (workspace / "news" / "latin.md").write_bytes('"Caf\xe9," he said.'.encode("latin-1"))
    (workspace / "news" / "lines.jsonl").write_text('{"id": "a", "text": "Fine."}\nnot json\n', encoding="utf-8")
    paths = ["news/scan.txt", "news/latin.md", "news/missing.md", "news/lines.jsonl"]
    found = [item for item in read_inputs(paths) if isinstance(item, ReadError)]
    assert [problem.path for problem in found] == paths
    return found


def written(writer, results, **options) -> str:
    """What ``writer`` writes for ``results`` (and ``errors``, the inputs that could not be read)."""
    out = io.StringIO()
    writer(iter(results), out, **options)
    return out.getvalue()


def pairs(results):
    """Each (checked document, finding), in order."""
    return [(result, finding) for result in results for finding in result.findings]


def replaced(result: Checked, *findings: Finding) -> Checked:
    """``result`` with ``findings`` in place of its own."""
    return Checked(result.attributed, findings)


def test_the_fixture_finds_an_unattributed_quote_anonymous_sources_and_a_corpus_record(results):
    codes = [(result.document.id, finding.code) for result, finding in pairs(results)]
    assert codes[0][1] == "QC101"
    assert {code for _, code in codes} == {"QC101", "QC102"}
    assert ("doc-17", "QC102") in codes


def test_display_path_is_relative_inside_the_current_directory_and_unchanged_outside(workspace):
    assert display_path(str(workspace / "news" / "harbour.md")) == "news/harbour.md"
    assert display_path("./news/harbour.md") == "news/harbour.md"
    outside = os.path.join(os.path.dirname(str(workspace)), "elsewhere.md")
    assert display_path(outside) == outside.replace(os.sep, "/")
    assert display_path("<stdin>") == "<stdin>"


def test_concise_writes_one_location_code_and_message_per_finding(results):
    lines = written(write_concise, results).splitlines()
    assert len(lines) == len(pairs(results))
    for line, (result, finding) in zip(lines, pairs(results)):
        match = CONCISE.match(line)
        assert match, line
        position = result.document.position(finding.start)
        assert (int(match["line"]), int(match["column"])) == (position.line, position.column)
        assert match["code"] == finding.code
        message = rule(finding.code).format(finding, result.document)
        if result.document.id == "doc-17":
            assert match["path"] == "news/corpus.jsonl"
            assert match["message"] == f"[doc-17] {message}"
        else:
            assert match["path"] == "news/harbour.md"
            assert match["message"] == message
    assert lines[0].startswith("news/harbour.md:8:1: QC101 ")


def test_concise_writes_nothing_for_a_clean_batch(workspace):
    assert written(write_concise, checked("news/corpus.jsonl")[1:]) == ""


def test_full_underlines_the_quote_on_its_source_line(results):
    blocks = written(write_full, results).split("\n\n")
    findings = pairs(results)
    assert len(blocks) == len(findings) + 1
    for block, (result, finding) in zip(blocks, findings):
        header, _, numbered, underline, *notes = block.split("\n")
        match = HEADER.match(header)
        assert match and match["code"] == finding.code and match["severity"] == finding.severity
        number, shown = numbered.split(" | ", 1)
        assert int(number) == int(match["line"])
        carets = underline.split(" | ", 1)[1]
        first = carets.index("^")
        quote = result.attributed.extraction.quotes[finding.quote]
        assert shown[first: first + carets.count("^")] == result.document.text[quote.start: quote.end]
        if result.document.id == result.document.path:
            assert shown == ARTICLE_LINES[int(number) - 1]
        assert notes[-1].endswith("= reason: " + rule(finding.code).summary)


def test_full_shows_the_source_line_of_a_markdown_file_not_the_text_line(results):
    header, _, numbered, underline = written(write_full, results).split("\n")[:4]
    assert header.startswith("news/harbour.md:8:1: QC101 [error] ")
    assert numbered == "8 | \"Where is the money?\" The question hung over the hall."
    assert underline == "  | " + "^" * len("\"Where is the money?\"")


def test_full_shows_the_line_of_a_file_with_lone_carriage_returns(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(b"The board met.\r\r\"Where is the money?\" The question hung there.\rMore.\r")
    header, _, numbered, underline = written(write_full, checked(str(path))).split("\n")[:4]
    assert header.startswith(f"{display_path(str(path))}:3:1: QC101 [error] ")
    assert numbered == "3 | \"Where is the money?\" The question hung there."
    assert underline == "  | " + "^" * len("\"Where is the money?\"")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_mark_before_the_end_of_an_element_ends_where_it_ends(tmp_path, newline):
    path = tmp_path / "stray.html"
    path.write_bytes(f"<p>Hello there\" </p>{newline}<p>Next.</p>{newline}".encode())
    [finding] = json.loads(written(write_json, checked(str(path))))
    assert finding["code"] == "QC201"
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 15, 1, 16)


def test_full_names_the_speaker_and_sieve(results):
    output = written(write_full, results)
    for result, finding in pairs(results):
        attribution = result.attributed.attributions[finding.quote]
        if attribution.speaker is not None:
            assert f"= speaker: {attribution.speaker} ({attribution.sieve}, confidence " in output
    assert "[doc-17] quote credited" in output


def test_full_ends_with_a_summary_of_the_severities(results):
    last = written(write_full, results).splitlines()[-1]
    findings = [finding for _, finding in pairs(results)]
    errors = sum(finding.severity == "error" for finding in findings)
    warnings = sum(finding.severity == "warning" for finding in findings)
    assert last == (f"Found {len(findings)} findings ({errors} error{'s' * (errors != 1)}, {warnings} warnings, "
                    f"0 info) in 3 documents.")


def test_full_says_so_when_nothing_was_found(workspace):
    assert written(write_full, checked("news/corpus.jsonl")[1:]) == "No findings in 1 document.\n"
    assert written(write_full, []) == "No findings in 0 documents.\n"


def test_full_underlines_to_the_end_of_the_line_when_a_span_runs_on(results):
    article = results[0]
    text = article.document.text
    start = text.index("\"We will")
    end = text.index("Lopez said") + len("Lopez said")
    finding = Finding("QC101", start, end, {"excerpt": "…"}, severity="error")
    lines = written(write_full, [replaced(article, finding)]).split("\n")
    assert lines[2] == "10 | \"We will not back down,\" a spokesman said."
    assert lines[3] == "   | " + "^" * len(ARTICLE_LINES[9]) + " continues to line 12"


def test_full_shows_the_text_line_when_there_is_no_file_to_read(workspace):
    from_stdin = checked("-", stdin=io.BytesIO(ARTICLE.encode()), stdin_format="md")
    lines = written(write_full, from_stdin).split("\n")
    assert lines[0].startswith("<stdin>:8:1: QC101 ")
    assert lines[2] == "8 | \"Where is the money?\" The question hung over the hall."
    # A file changed since it was read is no longer trusted either.
    results = checked("news/harbour.md")
    (workspace / "news" / "harbour.md").write_text("Gone.\n", encoding="utf-8")
    assert written(write_full, results).split("\n")[2] == lines[2]


def test_full_cuts_a_long_line_around_the_span(workspace):
    quote = "\"The tide is turning,\""
    line = "Filler words here. " * 12 + quote + " a spokesman said." + " More filler words." * 10
    (workspace / "long.md").write_text(line + "\n", encoding="utf-8")
    numbered, underline = written(write_full, checked("long.md")).split("\n")[2:4]
    shown = numbered.split(" | ", 1)[1]
    carets = underline.split(" | ", 1)[1]
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= WIDTH + 2
    first = carets.index("^")
    assert shown[first: first + carets.count("^")] == quote


def test_full_time_is_linear_in_a_file_of_one_long_line(tmp_path):
    # Each finding's line is read only as far as its quote reaches, not to the end of the line.
    def one_line(count: int) -> list[Checked]:
        path = tmp_path / f"line-{count}.txt"
        path.write_text("“The pier is safe.” " * count, encoding="utf-8")
        return checked(str(path))

    assert_linear(one_line, 500, repeats=2, run=lambda results: written(write_full, results))


def test_json_holds_every_field_of_every_finding(results):
    records = json.loads(written(write_json, results))
    assert len(records) == len(pairs(results))
    for record, (result, finding) in zip(records, pairs(results)):
        document = result.document
        start = document.position(finding.start)
        attribution = result.attributed.attributions[finding.quote]
        quote = result.attributed.extraction.quotes[finding.quote]
        assert record == {
            "type": "finding", "path": "news/corpus.jsonl" if document.id == "doc-17" else "news/harbour.md",
            "document": document.id, "code": finding.code, "name": rule(finding.code).name,
            "severity": finding.severity, "message": rule(finding.code).format(finding, document),
            "start": finding.start, "end": finding.end, "line": start.line, "column": start.column,
            "end_line": record["end_line"], "end_column": record["end_column"],
            "speaker": attribution.speaker, "quote": document.text[quote.start: quote.end],
            "fingerprint": finding.fingerprint, "args": dict(finding.args),
        }
    unattributed = records[0]
    assert unattributed["code"] == "QC101" and unattributed["speaker"] is None
    assert (unattributed["line"], unattributed["end_line"]) == (8, 8)
    assert unattributed["end_column"] - unattributed["column"] == len("\"Where is the money?\"")
    corpus = records[-1]
    # The record's text starts at column 27 of its line; the quote's escapes count as written.
    assert (corpus["document"], corpus["line"], corpus["column"]) == ("doc-17", 1, 47)
    assert corpus["end_column"] - corpus["column"] == len("\\u201cNo comment,\\u201d")


def test_json_of_no_findings_is_an_empty_array():
    assert json.loads(written(write_json, [])) == []


def test_json_lists_each_unreadable_input_after_the_findings_as_a_read_error(results, problems):
    records = json.loads(written(write_json, results, errors=problems))
    findings, unread = records[:len(pairs(results))], records[len(pairs(results)):]
    assert {record["type"] for record in findings} == {"finding"}
    assert [(record["type"], record["path"], record["code"], record["name"], record["severity"], record["line"],
             record["byte_offset"]) for record in unread] == [
        ("read-error", "news/scan.txt", None, "read-error", "error", None, None),
        ("read-error", "news/latin.md", None, "read-error", "error", None, 4),
        ("read-error", "news/missing.md", None, "read-error", "error", None, None),
        ("read-error", "news/lines.jsonl", None, "read-error", "error", 2, None),
    ]
    assert [record["message"] for record in unread] == [problem.detail for problem in problems]
    assert unread[1]["message"].startswith("byte 4: not valid utf-8")
    # A consumer that reads only findings' fields still finds each of them.
    assert set(unread[0]) == set(findings[0]) | {"byte_offset"}


@pytest.mark.parametrize("with_problems", [False, True], ids=["findings", "read-errors"])
def test_jsonl_holds_the_json_records_one_per_line(results, problems, with_problems):
    options = {"errors": problems} if with_problems else {}
    lines = written(write_jsonl, results, **options).splitlines()
    assert [json.loads(line) for line in lines] == json.loads(written(write_json, results, **options))


def test_csv_holds_the_scalar_fields(results, problems):
    rows = list(csv.DictReader(io.StringIO(written(write_csv, results, errors=problems))))
    records = json.loads(written(write_json, results, errors=problems))
    assert rows[-1]["name"] == "read-error" and rows[-1]["code"] == "" and rows[-1]["line"] == "2"
    assert len(rows) == len(records)
    for row, record in zip(rows, records):
        assert list(row) == list(COLUMNS)
        assert row == {column: "" if record[column] is None else str(record[column]) for column in COLUMNS}
    assert written(write_csv, []) == ",".join(COLUMNS) + "\n"


# GitHub's escapes, as @actions/core writes them: data escapes %, CR and LF;
# a property value also escapes the ":" and "," that delimit the command.
ESCAPES = [
    ("plain words", "plain words", "plain words"),
    ("50%", "50%25", "50%25"),
    ("one\r\ntwo", "one%0D%0Atwo", "one%0D%0Atwo"),
    ("note: a, b", "note: a, b", "note%3A a%2C b"),
    ("%0A", "%250A", "%250A"),
    ("“curly” quotes", "“curly” quotes", "“curly” quotes"),
]


@pytest.mark.parametrize(("text", "data", "value"), ESCAPES)
def test_github_escapes(text, data, value):
    assert escape_data(text) == data
    assert escape_property(text) == value


def unescaped(text: str) -> str:
    """A workflow command's text as GitHub reads it."""
    for escape, character in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(escape, character)
    return text


def commands(output: str) -> list[tuple[str, dict, str]]:
    """Each workflow command: its name, properties and message, unescaped."""
    parsed = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        assert match, line
        properties = dict(pair.split("=", 1) for pair in match["properties"].split(","))
        parsed.append((match["command"], {key: unescaped(value) for key, value in properties.items()},
                       unescaped(match["message"])))
    return parsed


def test_github_writes_an_annotation_per_finding(results):
    parsed = commands(written(write_github, results))
    assert len(parsed) == len(pairs(results))
    for (command, properties, message), (result, finding) in zip(parsed, pairs(results)):
        assert command == {"error": "error", "warning": "warning"}[finding.severity]
        position = result.document.position(finding.start)
        assert properties["line"] == str(position.line) and properties["col"] == str(position.column)
        assert set(properties) == {"file", "line", "col", "endLine", "endColumn", "title"}
        assert properties["title"] == f"{finding.code} {rule(finding.code).name}"
        assert message.endswith(rule(finding.code).format(finding, result.document))
    assert parsed[0][1]["file"] == "news/harbour.md"
    assert parsed[-1][2].startswith("[doc-17] ")


def test_github_writes_an_error_annotation_per_unreadable_input(results, problems):
    parsed = commands(written(write_github, results, errors=problems))
    unread = parsed[len(pairs(results)):]
    assert [(command, properties) for command, properties, _ in unread] == [
        ("error", {"file": "news/scan.txt", "title": "read-error"}),
        ("error", {"file": "news/latin.md", "title": "read-error"}),
        ("error", {"file": "news/missing.md", "title": "read-error"}),
        ("error", {"file": "news/lines.jsonl", "line": "2", "title": "read-error"}),
    ]
    assert [message for _, _, message in unread] == [problem.detail for problem in problems]


def test_github_escapes_messages_and_paths_and_notes_info(workspace):
    (workspace / "notes, 2024.md").write_text(ARTICLE, encoding="utf-8")
    article = checked("notes, 2024.md")[0]
    problem = "50% done, see: here\nnext line"
    finding = Finding("QC201", 10, 11, {"problem": problem}, severity="info")
    output = written(write_github, [replaced(article, finding)])
    assert output.count("\n") == 1
    assert output.startswith("::notice file=notes%2C 2024.md,")
    [(command, properties, message)] = commands(output)
    assert properties["file"] == "notes, 2024.md"
    assert message == f"unbalanced quotation mark: {problem}"


def test_junit_has_a_failing_case_per_finding(results):
    root = ElementTree.fromstring(written(write_junit, results))
    count = len(pairs(results))
    assert root.tag == "testsuites" and root.get("tests") == str(count)
    [suite] = root.findall("testsuite")
    assert (suite.get("name"), suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "quotecheck", str(count), str(count), "0")
    cases = suite.findall("testcase")
    assert len(cases) == count
    for case, (result, finding) in zip(cases, pairs(results)):
        position = result.document.position(finding.start)
        assert case.get("name") == f"{finding.code} {position.line}:{position.column}"
        [failure] = case.findall("failure")
        assert failure.get("type") == finding.code
        assert failure.get("message").endswith(rule(finding.code).format(finding, result.document))
    assert cases[0].get("classname") == "news/harbour.md"
    assert cases[-1].get("classname") == "news/corpus.jsonl"
    assert cases[-1].find("failure").get("message").startswith("[doc-17] ")


def test_junit_has_a_case_in_error_per_unreadable_input(results, problems):
    root = ElementTree.fromstring(written(write_junit, results, errors=problems))
    count = len(pairs(results))
    [suite] = root.findall("testsuite")
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == (
            str(count + 4), str(count), "4")
    cases = suite.findall("testcase")[count:]
    assert [(case.get("classname"), case.get("name")) for case in cases] == [
        ("news/scan.txt", "read-error"), ("news/latin.md", "read-error"),
        ("news/missing.md", "read-error"), ("news/lines.jsonl", "read-error")]
    errors = [case.find("error") for case in cases]
    assert all(case.find("failure") is None for case in cases)
    assert [error.get("message") for error in errors] == [problem.detail for problem in problems]
    assert errors[3].text == f"news/lines.jsonl:2: {problems[3].detail}"


def test_junit_of_read_errors_alone_has_no_passing_case(workspace, problems):
    root = ElementTree.fromstring(written(write_junit, [], errors=problems[2:3]))
    [case] = root.iter("testcase")
    assert case.find("error") is not None
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "0", "1")


def test_junit_without_findings_has_one_passing_case(workspace):
    root = ElementTree.fromstring(written(write_junit, checked("news/corpus.jsonl")[1:]))
    [case] = root.iter("testcase")
    assert case.find("failure") is None
    assert (root.find("testsuite").get("tests"), root.find("testsuite").get("failures")) == ("1", "0")


def test_junit_drops_characters_xml_cannot_hold(results):
    finding = Finding("QC201", 10, 11, {"problem": "bell\x07 and form feed\x0c"}, severity="error")
    root = ElementTree.fromstring(written(write_junit, [replaced(results[0], finding)]))
    assert "bell\ufffd" in root.find("testsuite/testcase/failure").get("message")


def test_writers_cover_every_format_and_accept_no_results():
    assert set(WRITERS) == {"full", "concise", "json", "jsonl", "csv", "github", "sarif", "junit"}
    for name, writer in WRITERS.items():
        out = io.StringIO()
        writer(iter(()), out)
        assert bool(out.getvalue()) == (name not in {"concise", "jsonl", "github"}), name


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_machine_formats_carry_read_errors_and_text_formats_leave_them_to_standard_error(problems, name):
    output = written(WRITERS[name], [], errors=problems)
    assert ("news/missing.md" in output) == (name not in {"full", "concise"}), name


@pytest.mark.parametrize("name", ["full", "concise", "jsonl", "csv", "github"])
def test_streaming_formats_write_a_document_before_reading_the_next(results, name):
    out = io.StringIO()

    def one_at_a_time():
        yield results[0]
        assert "harbour.md" in out.getvalue(), f"{name} held the first document back"
        yield from results[1:]

    WRITERS[name](one_at_a_time(), out)
    assert "corpus.jsonl" in out.getvalue()


def test_full_keeps_the_carets_aligned_after_a_tab(workspace):
    (workspace / "tabbed.html").write_text("<p>\t\"We stay,\" somebody said.</p>\n", encoding="utf-8")
    numbered, underline = written(write_full, checked("tabbed.html")).split("\n")[2:4]
    assert numbered == "1 | <p> \"We stay,\" somebody said.</p>"
    assert underline == "  |     ^^^^^^^^^^"


def test_full_does_not_show_a_file_that_standard_input_stands_for_when_they_differ(workspace):
    edited = ARTICLE.replace("Where is the money?", "Who pays for all this?")
    from_stdin = checked("-", stdin=io.BytesIO(edited.encode()), stdin_format="md", stdin_name="news/harbour.md")
    lines = written(write_full, from_stdin).split("\n")
    assert lines[0].startswith("news/harbour.md:8:1: QC101 ")
    assert lines[2] == "8 | \"Who pays for all this?\" The question hung over the hall."
