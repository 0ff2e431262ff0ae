"""Accuracy floors, measured with the shared scorer on the shared corpora.

These read ../shared, which a user's clone does not have: they skip then.
The floors sit just under the figures in docs/accuracy.md, so a change that
loses quotes fails here.
"""

import io
import json
from pathlib import Path

import pytest

from quotecheck.attribution import attribute
from quotecheck.extract import extract
from quotecheck.readers import read_inputs
from quotecheck.report.quotes import write_jsonl

from shared_material import DEV, SEEDS, shared_scorer


def scores(gold: Path, tmp_path: Path) -> dict:
    """Extract every document of ``gold`` and score it with the shared scorer."""
    if not gold.exists():
        pytest.skip(f"gold file not found at {gold} (only present beside a full checkout)")
    module = shared_scorer()
    out = io.StringIO()
    write_jsonl((attribute(extract(document)) for document in read_inputs([str(gold)])), out)
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(out.getvalue(), encoding="utf-8")
    return module.score(str(gold), str(predictions))


def test_founding_articles_all_thirty_quotes_and_nothing_else(tmp_path):
    result = scores(SEEDS, tmp_path)
    assert (result["gold"], result["lenient"], result["strict"]) == (30, 30, 30)
    assert result["lenient_P"] == 1.0


def test_founding_articles_all_thirty_speakers(tmp_path):
    result = scores(SEEDS, tmp_path)
    assert (result["spk_den"], result["spk_ok"], result["null_on_sourced"]) == (30, 30, 0)


def test_each_lisa_gets_her_own_quotes():
    if not SEEDS.exists():
        pytest.skip(f"gold file not found at {SEEDS}")
    gold = {json.loads(line)["id"]: json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()}
    for document in read_inputs([str(SEEDS)]):
        attributed = attribute(extract(document))
        speakers = {quote.start: attribution.speaker
                    for quote, attribution in zip(attributed.extraction.quotes, attributed.attributions)}
        for expected in gold[document.id]["quotes"]:
            if expected["speaker"].startswith("Lisa"):
                assert speakers[expected["start"]] == expected["speaker"]


def test_the_book_title_is_a_title_and_churchill_is_nested(tmp_path):
    if not SEEDS.exists():
        pytest.skip(f"gold file not found at {SEEDS}")
    for document in read_inputs([str(SEEDS)]):
        quotes = extract(document).quotes
        titles = [document.text[quote.start: quote.end] for quote in quotes if quote.kind == "title"]
        nested = [quote for quote in quotes if quote.parent is not None]
        if document.id == "wsj":
            assert len(titles) == 1 and titles[0].startswith("“The Will to See")
            assert len(nested) == 1
            assert document.text[nested[0].start: nested[0].end].startswith("‘I have")


def test_polnear_dev_parser_floor(tmp_path):
    result = scores(DEV, tmp_path)
    assert result["missing_docs"] == 0
    assert result["lenient_R"] >= 0.971
    assert result["lenient_P"] >= 0.923


def test_polnear_dev_attribution_floor(tmp_path):
    result = scores(DEV, tmp_path)
    assert result["speaker_acc"] >= 0.933
    assert result["false_unattributed"] <= 0.01
