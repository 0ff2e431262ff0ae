"""Golden fixtures: every article in samples/ against the JSON beside it.

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


def test_there_are_samples_of_every_format():
    assert len(ARTICLES) >= 6
    assert {path.suffix for path in ARTICLES} >= {".txt", ".md", ".html", ".jsonl"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_sample_matches_its_golden_json(path):
    expected_path = path.with_name(path.name + ".expected.json")
    actual = records(path)
    if os.environ.get("QUOTECHECK_UPDATE_GOLDEN"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual == expected


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_sample_says_it_was_invented(path):
    for item in read_inputs([str(path)]):
        opening = item.text.lstrip()[:300].lower()
        assert "invented" in opening and "not real" in opening
