"""The SARIF reporter: logs valid against the OASIS schema, with regions in the source file."""

import io
import json
import pathlib

import jsonschema
import pytest

from quotecheck import __version__
from quotecheck.checks import RULES, Checked, Finding
from quotecheck.document import ReadError
from quotecheck.pipeline import Options, check, run
from quotecheck.readers import read_inputs
from quotecheck.report.sarif import write_sarif
from shared_material import SHARED, require

SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"

# Invented texts; the quotations are not real.  The front matter and the
# heading's markup shift every line of the file away from the text's lines.
ARTICLE = (
    "---\n"
    "title: Harbour vote\n"
    "outlet: Coast Weekly\n"
    "---\n"
    "\n"
    "# Harbour *vote*\n"
    "\n"
    "\"Where is the money?\" The question hung over the hall.\n"
    "\n"
    "\"We will not back down,\" a spokesman said.\n"
)
CORPUS = '{"id": "doc-17", "text": "The mayor spoke.\\n\\n\\u201cNo comment,\\u201d an aide said."}\n'


@pytest.fixture(scope="module")
def validator():
    """A validator for the OASIS SARIF 2.1.0 schema, of the draft the schema names."""
    schema = json.loads(require(SCHEMA).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator  # the schema says draft-04
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture
def results(news_directory):
    """The article and the corpus, checked from ``news/`` under the current directory."""
    news_directory(ARTICLE, CORPUS)
    return list(run(read_inputs(["news/harbour.md", "news/corpus.jsonl"]), Options(), stage=check))


def sarif(results, **options) -> dict:
    """The SARIF log of ``results`` (and ``errors``, the inputs that could not be read), parsed."""
    out = io.StringIO()
    write_sarif(iter(results), out, **options)
    return json.loads(out.getvalue())


def errors(validator, log: dict) -> list[str]:
    """Every way ``log`` breaks the schema."""
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(log)]


def test_log_is_valid_sarif(validator, results):
    log = sarif(results)
    assert errors(validator, log) == []
    assert log["version"] == "2.1.0" and "sarif-schema-2.1.0" in log["$schema"]


def test_log_without_findings_is_valid_sarif(validator):
    log = sarif([])
    assert errors(validator, log) == []
    assert log["runs"][0]["results"] == []


def test_unreadable_inputs_are_error_notifications_of_an_unsuccessful_invocation(validator, results):
    pathlib.Path("news/latin.md").write_bytes('"Caf\xe9," he said.'.encode("latin-1"))
    pathlib.Path("news/lines.jsonl").write_text('{"id": "a", "text": "Fine."}\nnot json\n', encoding="utf-8")
    problems = [item for item in read_inputs(["news/latin.md", "news/missing.md", "news/lines.jsonl"])
                if isinstance(item, ReadError)]
    log = sarif(results, errors=problems)
    assert errors(validator, log) == []
    [run_] = log["runs"]
    assert run_["results"]  # the findings of what could be read are still there
    [invocation] = run_["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [note["level"] for note in notes] == ["error"] * 3
    assert [note["message"]["text"] for note in notes] == [problem.detail for problem in problems]
    places = [note["locations"][0]["physicalLocation"] for note in notes]
    assert [place["artifactLocation"] for place in places] == [
        {"uri": name, "uriBaseId": "%SRCROOT%"} for name in ("news/latin.md", "news/missing.md", "news/lines.jsonl")]
    assert [place.get("region") for place in places] == [{"byteOffset": 4}, None, {"startLine": 2}]
    descriptors = run_["tool"]["driver"]["notifications"]
    for note in notes:
        assert descriptors[note["descriptor"]["index"]]["id"] == note["descriptor"]["id"] == "read-error"


def test_invocation_without_read_errors_is_successful(results):
    [invocation] = sarif(results)["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}


def test_driver_lists_every_rule_and_results_point_into_it(results):
    [run_] = sarif(results)["runs"]
    driver = run_["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("quotecheck", __version__)
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in RULES]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for descriptor, rule in zip(driver["rules"], RULES):
        assert descriptor["name"] == rule.name
        assert descriptor["fullDescription"]["text"] == rule.summary
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]
    assert run_["results"]
    for result in run_["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_results_carry_level_fingerprint_and_code_point_columns(results):
    [run_] = sarif(results)["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == pathlib.Path.cwd().as_uri() + "/"
    findings = [finding for result in results for finding in result.findings]
    assert len(run_["results"]) == len(findings)
    for result, finding in zip(run_["results"], findings):
        assert result["ruleId"] == finding.code
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        assert result["partialFingerprints"] == {"quotecheck/v1": finding.fingerprint}
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"


def test_regions_are_source_lines_of_the_markdown_file_not_text_lines(results):
    [run_] = sarif(results)["runs"]
    article = results[0]
    text_lines = article.document.text.split("\n")
    source_lines = ARTICLE.split("\n")
    quotes = {}
    for result in run_["results"]:
        location = result["locations"][0]["physicalLocation"]
        if location["artifactLocation"]["uri"] != "news/harbour.md":
            continue
        region = location["region"]
        assert region["startLine"] == region["endLine"]
        line = source_lines[region["startLine"] - 1]
        # SARIF's end column is exclusive.
        quotes[line[region["startColumn"] - 1: region["endColumn"] - 1]] = region["startLine"]
    assert quotes == {"\"Where is the money?\"": 8, "\"We will not back down,\"": 10}
    # In the extracted text the same quotes sit on other lines.
    assert text_lines.index("\"Where is the money?\" The question hung over the hall.") + 1 != 8


def test_corpus_records_name_their_document(results):
    [run_] = sarif(results)["runs"]
    [record] = [result for result in run_["results"]
                if result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/corpus.jsonl"]
    assert record["properties"] == {"document": "doc-17"}
    region = record["locations"][0]["physicalLocation"]["region"]
    written = CORPUS.split("\n")[0][region["startColumn"] - 1: region["endColumn"] - 1]
    assert written == "\\u201cNo comment,\\u201d"
    others = [result for result in run_["results"] if result is not record]
    assert all("properties" not in result for result in others)


def test_empty_span_and_path_outside_the_current_directory_stay_valid(validator, results, tmp_path, monkeypatch):
    [article] = run(read_inputs([str(tmp_path / "news" / "harbour.md")]), Options())
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    finding = Finding("QC901", 10, 10, {"directive": "ignore QC999", "problem": "unknown code"},
                      fingerprint="0123456789abcdef0123")
    log = sarif([Checked(article, (finding,))])
    assert errors(validator, log) == []
    [result] = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": (tmp_path / "news" / "harbour.md").as_uri()}
    region = location["region"]
    assert (region["startLine"], region["startColumn"]) == (region["endLine"], region["endColumn"])
