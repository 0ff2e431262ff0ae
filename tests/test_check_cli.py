"""The check command end to end: exit codes, configuration, stdin, gates and parallel runs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest

from quotecheck.cli import main

CLEAN = '"We will hold the valley," Ahmad Massoud said on Tuesday.\n'
UNSOURCED = 'The commander spoke at dawn.\n\n"We will hold the valley until the snow comes."\n'
VAGUE = '"The talks are finished," officials said on Tuesday.\n'


def run(capsys, *arguments):
    """Run the command line in-process; return exit code, stdout, stderr."""
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(directory, name, text):
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(out: str) -> list[str]:
    return [record["code"] for record in map(json.loads, out.splitlines())]


@pytest.mark.parametrize(("text", "options", "expected"), [
    (CLEAN, [], 0),
    (UNSOURCED, [], 1),
    (VAGUE, [], 0),
    (VAGUE, ["--fail-level", "warning"], 1),
    (UNSOURCED, ["--exit-zero"], 0),
    (UNSOURCED, ["--fail-level", "never"], 0),
    (UNSOURCED, ["--ignore", "QC101"], 0),
    (VAGUE, ["--select", "QC101", "--fail-level", "warning"], 0),
])
def test_exit_codes(capsys, tmp_path, text, options, expected):
    path = write(tmp_path, "draft.txt", text)
    code, _, _ = run(capsys, "check", str(path), *options)
    assert code == expected


def test_unreadable_input_is_exit_2_and_the_rest_is_still_checked(capsys, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    code, out, err = run(capsys, "check", "--format", "jsonl", str(tmp_path / "missing.md"), str(path))
    assert code == 2
    assert codes(out) == ["QC101", None]
    assert json.loads(out.splitlines()[-1])["type"] == "read-error"
    assert err.strip() == f"quotecheck: {tmp_path / 'missing.md'}: no such file or directory"


def read_errors_in(form: str, out: str) -> list[str]:
    """The paths whose read errors ``check --format form`` wrote to standard output."""
    if form == "junit":
        suite = ElementTree.fromstring(out).find("testsuite")
        named = [case.get("classname") for case in suite.iter("testcase") if case.find("error") is not None]
        assert suite.get("errors") == str(len(named))
        return named
    if form == "sarif":
        [invocation] = json.loads(out)["runs"][0]["invocations"]
        notes = invocation["toolExecutionNotifications"]
        assert invocation["executionSuccessful"] is not bool(notes)
        assert all(note["level"] == "error" for note in notes)
        return [note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for note in notes]
    if form == "github":
        return [line.split("file=", 1)[1].split(",", 1)[0] for line in out.splitlines()
                if line.startswith("::error ") and "title=read-error" in line]
    if form == "json":
        return [record["path"] for record in json.loads(out) if record["type"] == "read-error"]
    return []


@pytest.mark.parametrize("form", ["junit", "sarif", "github", "json", "full", "concise"])
def test_machine_formats_carry_each_unreadable_input(capsys, tmp_path, monkeypatch, form):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01PNG")
    (tmp_path / "latin.md").write_bytes('"Caf\xe9," he said.'.encode("latin-1"))
    write(tmp_path, "draft.txt", CLEAN)
    code, out, err = run(capsys, "check", "--format", form, "scan.txt", "latin.md", "missing.md", "draft.txt")
    assert code == 2
    unreadable = ["scan.txt", "latin.md", "missing.md"]
    assert read_errors_in(form, out) == ([] if form in {"full", "concise"} else unreadable)
    assert [line.split(":")[1].strip() for line in err.splitlines()] == unreadable


def test_closest_configuration_wins(capsys, tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.quotecheck]\nignore = ["QC102"]\n')
    write(tmp_path, "desk/quotecheck.toml", 'select = ["QC102"]\nseverity = { QC102 = "error" }\n')
    write(tmp_path, "top.txt", VAGUE)
    write(tmp_path, "desk/inner.txt", VAGUE)
    code, out, _ = run(capsys, "check", "--format", "jsonl", str(tmp_path))
    records = [json.loads(line) for line in out.splitlines()]
    assert [(os.path.basename(record["path"]), record["code"], record["severity"]) for record in records] == [
        ("inner.txt", "QC102", "error")]
    assert code == 1


def test_accepted_sources_and_roster_from_configuration(capsys, tmp_path):
    write(tmp_path, "quotecheck.toml", 'accepted-sources = ["officials"]\n')
    write(tmp_path, "draft.txt", VAGUE)
    code, out, _ = run(capsys, "check", "--format", "jsonl", str(tmp_path))
    assert (code, out) == (0, "")


@pytest.mark.parametrize(("config", "message"), [
    ('selct = ["QC1"]\n', "unknown key 'selct'"),
    ('select = ["QC999"]\n', "QC999"),
    ('fail-level = "loud"\n', "loud"),
])
def test_configuration_errors_are_one_line_and_exit_2(capsys, tmp_path, config, message):
    write(tmp_path, "quotecheck.toml", config)
    path = write(tmp_path, "draft.txt", CLEAN)
    code, out, err = run(capsys, "check", "--format", "jsonl", str(path))
    assert code == 2
    [record] = map(json.loads, out.splitlines())  # the configuration, as an input left unchecked
    assert (record["type"], os.path.basename(record["path"])) == ("read-error", "quotecheck.toml")
    assert len(err.strip().splitlines()) == 1
    assert "quotecheck.toml" in err and message in err


@pytest.mark.parametrize(("broken", "config", "message", "checked"), [
    ("d1/quotecheck.toml", 'selct = ["QC1"]\n', "quotecheck.toml:1: unknown key 'selct'", ["d.txt"]),
    ("d1/sub/quotecheck.toml", 'select = ["QC999"]\n', "quotecheck.toml:1: unknown code 'QC999'",
     ["a.txt", "d.txt"]),
    ("d1/pyproject.toml", '[tool.quotecheck]\nfail-level = "loud"\n', "pyproject.toml:2: fail-level must be",
     ["d.txt"]),
    ("d1/quotecheck.toml", 'roster = "missing.toml"\n', "missing.toml: cannot read roster", ["d.txt"]),
])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_configuration_error_fails_only_the_inputs_it_governs(capsys, tmp_path, broken, config, message, checked,
                                                                jobs):
    write(tmp_path, broken, config)
    for name in ("d1/a.txt", "d1/sub/b.txt", "d1/sub/c.txt", "d2/d.txt"):
        write(tmp_path, name, UNSOURCED)
    code, out, err = run(capsys, "check", "--format", "jsonl", "--jobs", jobs, str(tmp_path / "d1"),
                         str(tmp_path / "d2"))
    assert code == 2
    records = [json.loads(line) for line in out.splitlines()]
    assert [os.path.basename(record["path"]) for record in records if record["type"] == "finding"] == checked
    # The configuration or roster left them unchecked, and says why as on standard error.
    [unchecked] = [record for record in records if record["type"] == "read-error"]
    assert f'{os.path.basename(unchecked["path"])}:{unchecked["line"] or ""}'.rstrip(":") in err
    assert unchecked["message"] in err
    assert err.count("\n") == 1 and err.startswith(f"quotecheck: {tmp_path / 'd1'}") and message in err


def test_a_broken_config_file_named_on_the_command_line_stops_the_run(capsys, tmp_path):
    config = write(tmp_path, "desk.toml", 'selct = ["QC1"]\n')
    path = write(tmp_path, "draft.txt", UNSOURCED)
    code, out, err = run(capsys, "check", str(path), "--config", str(config))
    assert (code, out, err) == (2, "", f"quotecheck: {config}:1: unknown key 'selct' (did you mean 'select'?)\n")


@pytest.mark.parametrize(("options", "message"), [
    (["--select", "QC210"], "--select: unknown code 'QC210' (did you mean 'QC202'?)"),
    (["--select", "XYZ"], "--select: unknown code 'XYZ'"),
    (["--select", ""], "--select: unknown code ''"),
    (["--select", "QC101,,QC102"], "--select: unknown code ''"),
    (["--ignore", "QC210"], "--ignore: unknown code 'QC210' (did you mean 'QC202'?)"),
    (["--ignore", "QC101,XYZ"], "--ignore: unknown code 'XYZ'"),
    (["--ignore", ""], "--ignore: unknown code ''"),
])
def test_unknown_codes_on_the_command_line_are_one_line_and_exit_2(capsys, tmp_path, options, message):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    code, out, err = run(capsys, "check", str(path), *options)
    assert (code, out, err) == (2, "", f"quotecheck: {message}\n")


@pytest.mark.parametrize(("options", "expected"), [
    (["--select", "QC1"], 1),
    (["--select", "qc101"], 1),
    (["--select", "Q"], 1),
    (["--ignore", "QC"], 0),
    (["--ignore", "QC1, QC2"], 0),
    (["--select", "QC2", "--ignore", "QC20"], 0),
])
def test_code_prefixes_on_the_command_line_are_taken_as_in_the_configuration(capsys, tmp_path, options, expected):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    code, _, err = run(capsys, "check", str(path), *options)
    assert (code, err) == (expected, "")


def test_stdin_filename_names_the_document_and_finds_its_configuration(capsys, tmp_path, monkeypatch):
    import io
    import sys

    write(tmp_path, "quotecheck.toml", 'ignore = ["QC202"]\n')
    monkeypatch.chdir(tmp_path)
    text = '<!-- a draft -->\n\n"The talks are finished," officials said.\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "news/draft.md", "--format", "concise")
    assert code == 0
    assert out.startswith("news/draft.md:3:1: QC102 ")


def test_config_excludes_walked_files_and_gitignore_is_respected(capsys, tmp_path):
    write(tmp_path, "quotecheck.toml", 'exclude = ["archive/"]\n')
    write(tmp_path, ".gitignore", "scratch.txt\n")
    write(tmp_path, "archive/old.txt", UNSOURCED)
    write(tmp_path, "scratch.txt", UNSOURCED)
    write(tmp_path, "new.txt", UNSOURCED)
    code, out, _ = run(capsys, "check", "--format", "jsonl", str(tmp_path))
    assert [os.path.basename(json.loads(line)["path"]) for line in out.splitlines()] == ["new.txt"]


@pytest.mark.parametrize(("files", "arguments", "expected", "empty"), [
    # A folder with no article in it, or whose every article is excluded: nothing at all is checked.
    ({"empty/notes.csv": "a,b\n"}, ["empty"], 2, ["empty"]),
    ({"desk/quotecheck.toml": 'exclude = ["*.txt"]\n', "desk/a.txt": UNSOURCED}, ["desk"], 2, ["desk"]),
    ({"desk/a.txt": UNSOURCED}, ["desk", "--exclude", "*.txt"], 2, ["desk"]),
    ({"desk/.gitignore": "*.txt\n", "desk/a.txt": UNSOURCED}, ["desk"], 2, ["desk"]),
    ({"empty/notes.csv": ""}, ["empty", "--write-baseline", "baseline.json"], 2, ["empty"]),
    ({"empty/notes.csv": "", "void/notes.csv": ""}, ["empty", "void", "--jobs", "2"], 2, ["empty", "void"]),
    # Another input holds a document: the empty one is warned about and the run carries on.
    ({"empty/notes.csv": "", "news/a.txt": CLEAN}, ["empty", "news"], 0, ["empty"]),
    ({"empty/notes.csv": "", "news/a.txt": UNSOURCED}, ["news", "empty", "--jobs", "2"], 1, ["empty"]),
    # A file named on the command line that the configuration excludes is skipped without a word, as
    # pre-commit names files one by one.
    ({"quotecheck.toml": 'exclude = ["old.txt"]\n', "old.txt": UNSOURCED}, ["old.txt"], 0, []),
    ({"news/a.txt": CLEAN}, ["news"], 0, []),
])
def test_an_input_that_holds_no_document_is_warned_about(capsys, tmp_path, monkeypatch, files, arguments,
                                                         expected, empty):
    for name, text in files.items():
        write(tmp_path, name, text)
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "check", "--format", "concise", *arguments)
    assert code == expected
    lines = err.splitlines()
    assert [line.split(": ")[2] for line in lines if line.startswith("quotecheck: warning: ")] == empty
    assert ("quotecheck: no input holds a document to check" in lines) == (expected == 2)


def test_jobs_give_identical_output(capsys, tmp_path):
    for number in range(40):
        write(tmp_path, f"draft-{number:02}.txt", UNSOURCED if number % 3 else VAGUE)
    one = run(capsys, "check", "--format", "json", str(tmp_path))
    two = run(capsys, "check", "--format", "json", "--jobs", "2", str(tmp_path))
    assert one == two
    assert one[0] == 1 and len(json.loads(one[1])) == 40


def test_baseline_accepts_old_findings_even_after_edits_above(capsys, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    baseline = tmp_path / "baseline.json"
    code, _, err = run(capsys, "check", str(path), "--write-baseline", str(baseline))
    assert code == 0 and "wrote 1 finding" in err
    assert [entry["code"] for entry in json.loads(baseline.read_text())["findings"]] == ["QC101"]
    path.write_text("A new opening paragraph.\n\n" + UNSOURCED, encoding="utf-8")
    assert run(capsys, "check", str(path), "--baseline", str(baseline))[0] == 0
    path.write_text(UNSOURCED + '\n"A second line nobody owns at all."\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--baseline", str(baseline), "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["message"] for line in out.splitlines()] == [
        'quote "A second line nobody owns at all." has no speaker']


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("options", "recorded"), [
    (["--baseline", "baseline.json"], ["QC101", "QC102"]),
    (["--baseline", "missing.json"], ["QC101", "QC102"]),
    (["--diff-base", "main"], ["QC101", "QC102"]),
    (["--diff-base", "main", "--baseline", "baseline.json"], ["QC101", "QC102"]),
    (["--ignore", "QC102", "--baseline", "baseline.json"], ["QC101"]),
])
def test_write_baseline_records_every_current_finding_whatever_the_gates(capsys, tmp_path, monkeypatch, options,
                                                                        recorded):
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path, "draft.txt", UNSOURCED + "\n" + VAGUE)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first")
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "check", "draft.txt", "--write-baseline", "baseline.json")[0] == 0
    code, _, err = run(capsys, "check", "draft.txt", *options, "--write-baseline", "baseline.json")
    assert code == 0 and f"wrote {len(recorded)} finding" in err
    assert [entry["code"] for entry in json.loads((tmp_path / "baseline.json").read_text())["findings"]] == recorded


def test_a_broken_baseline_is_exit_2(capsys, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    broken = write(tmp_path, "baseline.json", "[1, 2")
    code, out, err = run(capsys, "check", str(path), "--baseline", str(broken))
    assert (code, out) == (2, "")
    assert str(broken) in err and len(err.strip().splitlines()) == 1


def git(directory, *arguments):
    subprocess.run(["git", *arguments], cwd=directory, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_base_reports_only_changed_lines(capsys, tmp_path, monkeypatch):
    git(tmp_path, "init", "-q", "-b", "main")
    old = write(tmp_path, "old.txt", UNSOURCED)
    story = write(tmp_path, "story.txt", UNSOURCED + '\nThe valley waited.\n')
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first")
    git(tmp_path, "checkout", "-q", "-b", "edit")
    story.write_text(UNSOURCED + '\nThe valley waited.\n\n"Another line without a source here."\n', encoding="utf-8")
    git(tmp_path, "commit", "-qam", "edit")
    write(tmp_path, "fresh.txt", UNSOURCED)  # untracked: every line is new
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", "--format", "concise", "--diff-base", "main", ".")
    lines = sorted(out.splitlines())
    assert [line.split(":")[0:2] for line in lines] == [["fresh.txt", "3"], ["story.txt", "7"]]
    assert code == 1
    assert old.exists()
    code, out, err = run(capsys, "check", "--diff-base", "no-such-branch", ".")
    assert code == 2 and "--diff-base no-such-branch" in err


def test_github_format_escapes_and_annotates(capsys, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    _, out, _ = run(capsys, "check", "--format", "github", str(path))
    assert out.startswith(f"::error file={str(path).replace(':', '%3A')},line=3,col=1,")
    assert "title=QC101 unattributed-quote::" in out


def test_progress_draws_only_on_a_terminal():
    import io

    from quotecheck.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    quiet, watched = io.StringIO(), Terminal()
    items = [("a.txt", 1), ("a.txt", 2), ("b.txt", 3)]
    assert list(Progress(quiet, files=2).follow(items, lambda item: item[0])) == items
    progress = Progress(watched, files=2)
    assert list(progress.follow(items, lambda item: item[0])) == items
    assert quiet.getvalue() == ""
    assert "1/2 files, 1 document" in watched.getvalue()
    assert progress.line() == "[########################] 2/2 files, 3 documents"
    assert watched.getvalue().endswith("\r\x1b[2K")


def test_table_command_by_speaker_and_by_quote(capsys, tmp_path):
    path = write(tmp_path, "draft.txt", CLEAN + '\n"We will win in the end," Lisa Curtis said.\n')
    code, out, _ = run(capsys, "table", str(path), "--by", "speaker", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert sorted(row["speaker"] for row in rows) == ["Ahmad Massoud", "Lisa Curtis"]
    assert round(sum(row["share_percent"] for row in rows)) == 100
    code, out, _ = run(capsys, "table", str(path), "--tablefmt", "github")
    assert code == 0 and out.splitlines()[0].startswith("| Location")
    code, _, err = run(capsys, "table", str(path), "--tablefmt", "nonsense")
    assert code == 2 and "unknown table format 'nonsense'" in err


def test_report_command_writes_one_page(capsys, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    page = tmp_path / "out.html"
    code, _, _ = run(capsys, "report", str(path), "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert code == 0
    assert html.count('class="quote') == 1 and 'data-code="QC101"' in html


def documents_on(page) -> list[str]:
    """The file names of the documents an HTML report shows, in order."""
    html = page.read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")  # the page is written to its end
    return [os.path.basename(path) for path in re.findall(r'<article [^>]*data-document="([^"]*)"', html)]


@pytest.mark.parametrize(("broken", "config", "message", "shown"), [
    ("d1/quotecheck.toml", 'selct = ["QC1"]\n', "quotecheck.toml:1: unknown key 'selct'", ["d.txt"]),
    ("d1/sub/quotecheck.toml", 'select = ["QC999"]\n', "quotecheck.toml:1: unknown code 'QC999'",
     ["a.txt", "d.txt"]),
    ("d1/quotecheck.toml", 'roster = "missing.toml"\n', "missing.toml: cannot read roster", ["d.txt"]),
])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_report_leaves_out_only_the_inputs_a_broken_configuration_governs(capsys, tmp_path, broken, config, message,
                                                                          shown, jobs):
    write(tmp_path, broken, config)
    for name in ("d1/a.txt", "d1/sub/b.txt", "d1/sub/c.txt", "d2/d.txt"):
        write(tmp_path, name, UNSOURCED)
    page = tmp_path / "out.html"
    code, _, err = run(capsys, "report", "--jobs", jobs, str(tmp_path / "d1"), str(tmp_path / "d2"), "-o", str(page))
    assert code == 2
    assert documents_on(page) == shown
    assert page.read_text(encoding="utf-8").count('<li class="severity-error" data-code="QC101">') == len(shown)
    assert err.count("\n") == 1 and err.startswith(f"quotecheck: {tmp_path / 'd1'}") and message in err


def test_report_leaves_out_what_the_configuration_excludes_as_check_does(capsys, tmp_path):
    write(tmp_path, "quotecheck.toml", 'exclude = ["archive/"]\n')
    write(tmp_path, "archive/old.txt", CLEAN)
    write(tmp_path, "draft.txt", CLEAN)
    page = tmp_path / "out" / "report.html"
    page.parent.mkdir()
    code, _, err = run(capsys, "report", str(tmp_path / "archive"), str(tmp_path / "draft.txt"), "-o", str(page))
    assert (code, documents_on(page)) == (0, ["draft.txt"])
    assert err.startswith(f"quotecheck: warning: {tmp_path / 'archive'}: holds no article") and err.count("\n") == 1


def test_check_draws_progress_on_a_terminal_stderr(tmp_path, monkeypatch):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for number in range(3):
        write(tmp_path, f"draft-{number}.txt", CLEAN)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["check", str(tmp_path)]) == 0
    assert "/3 files" in terminal.getvalue()
    assert main(["check", "--no-progress", str(tmp_path)]) == 0
    assert terminal.getvalue().count("/3 files") == 1


def test_check_against_an_index_with_two_processes(capsys, tmp_path):
    published = write(tmp_path, "published/ledger.md", (
        "---\noutlet: Ledger\ndate: 2021-08-20\n---\n"
        '"We will never surrender the valley to anyone who comes with guns," Ahmad Massoud said.\n'))
    index = str(tmp_path / "quotes.sqlite")
    assert run(capsys, "index", "add", str(published), "--index", index)[0] == 0
    drafts = [write(tmp_path, f"drafts/d{n}.txt",
                    '"We shall never surrender the valley to anyone who comes with guns," Ahmad Massoud said.\n')
              for n in range(3)]
    outputs = []
    for jobs in ("1", "2"):
        code, out, err = run(capsys, "check", "--format", "jsonl", "--index", index, "--jobs", jobs,
                             "--fail-level", "warning", *map(str, drafts))
        assert (code, err) == (1, "")
        outputs.append(out)
    assert outputs[0] == outputs[1]
    records = list(map(json.loads, outputs[0].splitlines()))
    assert [record["code"] for record in records] == ["QC304"] * 3
    assert "we [-will-] {+shall+} never surrender" in records[0]["message"]


def test_check_with_a_foreign_index_is_exit_2_before_any_output(capsys, tmp_path):
    foreign = write(tmp_path, "notes.sqlite", "not a database at all, just text\n" * 100)
    draft = write(tmp_path, "draft.txt", CLEAN)
    code, out, err = run(capsys, "check", str(draft), "--index", str(foreign))
    assert (code, out) == (2, "")
    assert err.startswith(f"quotecheck: {foreign}: ") and err.count("\n") == 1


def test_a_file_name_that_is_no_utf8_is_reported_in_every_output(tmp_path):
    """The name comes back as escapes, and the rest of the batch is checked; no output stream fails on it."""
    try:
        with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as stream:
            stream.write(UNSOURCED.encode())
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    write(tmp_path, "z.txt", UNSOURCED)
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}  # as a UTF-8 locale other than C sets it

    def output(*arguments):
        done = subprocess.run([sys.executable, "-m", "quotecheck", *arguments, str(tmp_path)],
                              capture_output=True, text=True, env=environment)
        assert "Traceback" not in done.stderr
        return done

    sarif = json.loads(output("check", "--format", "sarif").stdout)
    uris = [result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in sarif["runs"][0]["results"]]
    assert any(uri.endswith("caf%E9.txt") for uri in uris) and any(uri.endswith("z.txt") for uri in uris)
    concise = output("check", "--format", "concise")
    assert concise.returncode == 1 and "caf\\udce9.txt" in concise.stdout and "z.txt" in concise.stdout
    records = [json.loads(line) for line in output("extract", "--format", "jsonl").stdout.splitlines()]
    assert [os.path.basename(record["document"]) for record in records] == ["caf\udce9.txt", "z.txt"]
    index = tmp_path / "quotes.sqlite"
    assert output("index", "add", "--index", str(index)).returncode == 0



def test_report_lists_the_inputs_it_could_not_read_on_the_page(capsys, tmp_path):
    write(tmp_path, "d/draft.txt", UNSOURCED)
    (tmp_path / "d" / "broken.txt").write_bytes(b"Caf\xe9 \xff talk")
    page = tmp_path / "out.html"
    code, _, err = run(capsys, "report", str(tmp_path / "d"), "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert code == 2 and documents_on(page) == ["draft.txt"]
    assert "<h3>Inputs not read</h3>" in html
    listed = re.findall(r'<section class="unread">.*?<li class="severity-error">([^<]*)</li>', html, re.S)
    assert listed == [err.strip().removeprefix("quotecheck: ")] and "broken.txt" in listed[0]
    assert "byte 3" in listed[0]


def test_a_report_written_inside_a_reported_folder_is_not_read_back(capsys, tmp_path):
    write(tmp_path, "d/draft.txt", UNSOURCED)
    page = tmp_path / "d" / "report.html"
    for _ in range(2):  # the second run finds the first run's page in the folder
        code, _, err = run(capsys, "report", str(tmp_path / "d"), "-o", str(page))
        assert (code, err) == (0, "")
        assert documents_on(page) == ["draft.txt"]
    assert sorted(os.listdir(tmp_path / "d")) == ["draft.txt", "report.html"]  # no part-written file is left

