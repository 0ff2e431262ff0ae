"""Golden fixtures: every article in samples/ against the JSON beside it.

``NAME.expected.json`` holds the quotes and speakers ``extract`` finds;
``NAME.findings.json`` the findings ``check`` reports, with their positions
in the source file.

Set QUOTECHECK_UPDATE_GOLDEN=1 to rewrite the expected files after a change
that is meant to alter them; review the diff before committing it.
"""

import json
import os
from pathlib import Path

import pytest

from quotecheck.attribution import attribute
from quotecheck.document import ReadError
from quotecheck.extract import extract
from quotecheck.readers import read_inputs
from quotecheck.report.quotes import document_record

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ARTICLES = sorted(path for path in SAMPLES.iterdir() if path.suffix in {".txt", ".md", ".html", ".jsonl"})


def records(path: Path) -> list[dict]:
    """The detailed records of every document in one sample file."""
    out = []
    for item in read_inputs([str(path)]):
        assert not isinstance(item, ReadError), str(item)
        record = document_record(attribute(extract(item)), detailed=True)
        if record["document"] == str(path):
            record["document"] = path.name
        out.append(record)
    return out


def golden(expected_path: Path, actual: list[dict]) -> list[dict]:
    """The expected records at ``expected_path``, first rewritten from ``actual`` when asked to."""
    if os.environ.get("QUOTECHECK_UPDATE_GOLDEN"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return json.loads(expected_path.read_text(encoding="utf-8"))


def test_there_are_samples_of_every_format():
    assert len(ARTICLES) >= 6
    assert {path.suffix for path in ARTICLES} >= {".txt", ".md", ".html", ".jsonl"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_sample_matches_its_golden_json(path):
    actual = records(path)
    assert actual == golden(path.with_name(path.name + ".expected.json"), actual)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_sample_says_it_was_invented(path):
    for item in read_inputs([str(path)]):
        opening = item.text.lstrip()[:300].lower()
        assert "invented" in opening and "not real" in opening


def findings(path: Path) -> list[dict]:
    """The findings of one sample file under the default configuration, without machine-made fields."""
    from quotecheck.pipeline import Options, check, run
    from quotecheck.report.findings import located, record

    kept = ("document", "code", "severity", "message", "line", "column", "end_line", "end_column", "speaker")
    out = []
    for item in located(run(read_inputs([str(path)]), Options(), stage=check)):
        entry = {key: value for key, value in record(item).items() if key in kept}
        if entry["document"] == str(path):
            entry["document"] = path.name
        out.append(entry)
    return out


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_sample_findings_match_their_golden_json(path):
    actual = findings(path)
    assert actual == golden(path.with_name(path.name + ".findings.json"), actual)


def test_the_samples_show_every_rule():
    seen = {entry["code"] for path in ARTICLES
            for entry in json.loads(path.with_name(path.name + ".findings.json").read_text(encoding="utf-8"))}
    assert seen >= {"QC101", "QC102", "QC103", "QC104", "QC201", "QC202", "QC301", "QC901"}
