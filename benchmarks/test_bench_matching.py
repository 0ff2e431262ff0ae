"""Matching accuracy and speed on real quotes with generated edits, and repetition across outlets.

The index holds every distinct gold quotation of PolNeAR train; each edited
quote (``edits.py``) must find its original among its matches.  The false
match rate is over 10,000 pairs of quotes from different articles, judged by
the same ``relation`` that confirms candidates.  The repetition benchmark
indexes the train articles with their publishers as outlets and counts the
clusters that run in two outlets or more, and those with two speakers.

    pytest benchmarks/test_bench_matching.py --benchmark-only --benchmark-json=matching.json

Recall per edit type, the false match rate and the counts go to
``extra_info``; docs/accuracy.md records them.
"""

from __future__ import annotations

import json

import pytest

from conftest import POLNEAR_TRAIN
from edits import EDITS, gold_quotes, edit_cases, unrelated_pairs

PER_EDIT = 1000
PAIRS = 10_000


@pytest.fixture(scope="module")
def gold(tmp_path_factory):
    """The distinct gold quotes of PolNeAR train, and an index holding each as a one-quote document."""
    from quotecheck.index import Index

    if not POLNEAR_TRAIN.is_file():
        pytest.skip(f"PolNeAR train split not found at {POLNEAR_TRAIN}")
    quotes = gold_quotes(POLNEAR_TRAIN)
    path = tmp_path_factory.mktemp("matching") / "gold.sqlite"
    with Index.open(path) as index:
        index.write([({"key": f"q{number}", "name": f"q{number}", "path": None, "outlet": None, "date": None,
                       "url": None, "title": None}, [(0, text, text, None, 0)])
                     for number, (_, text) in enumerate(quotes)], [0, 0])
    return quotes, path


@pytest.mark.benchmark(group="matching")
def test_recall_per_edit_and_false_matches(benchmark, gold):
    from quotecheck.index import Index, match
    from quotecheck.index.match import relation

    quotes, path = gold
    cases = edit_cases(quotes, PER_EDIT)
    flat = [(edit, number, text) for edit in EDITS for number, text in cases[edit]]
    with Index.open(path, create=False) as index:
        found = benchmark.pedantic(lambda: [{one.document_id for one in match(index, text)} for _, _, text in flat],
                                   rounds=1, iterations=1)
    recall = {}
    for edit in EDITS:
        hits = [f"q{number}" in ids for (kind, number, _), ids in zip(flat, found) if kind == edit]
        recall[edit] = sum(hits) / len(hits)
    pairs = unrelated_pairs(quotes, PAIRS)
    false = [pair for pair in pairs if relation(*pair) is not None]
    benchmark.extra_info.update({"indexed": len(quotes), "per_edit": PER_EDIT, "recall": recall,
                                 "pairs": PAIRS, "false_match_rate": len(false) / PAIRS,
                                 "false_matches": false[:20]})
    assert all(value >= 0.99 for value in recall.values()), recall
    assert len(false) / PAIRS <= 0.001


@pytest.mark.benchmark(group="matching")
def test_repetition_across_outlets(benchmark, tmp_path):
    from quotecheck.index import Index
    from quotecheck.index.clusters import index_clusters, several_speakers
    from quotecheck.pipeline import Options, run
    from quotecheck.readers import read_inputs

    if not POLNEAR_TRAIN.is_file():
        pytest.skip(f"PolNeAR train split not found at {POLNEAR_TRAIN}")
    corpus = tmp_path / "train.jsonl"
    with POLNEAR_TRAIN.open(encoding="utf-8") as lines, corpus.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            out.write(json.dumps({"id": record["id"], "text": record["text"], "outlet": record.get("publisher"),
                                  "date": record.get("publication_date")}) + "\n")
    with Index.open(tmp_path / "train.sqlite") as index:
        index.add(run(read_inputs([str(corpus)]), Options()))
        clusters = benchmark.pedantic(index_clusters, args=(index,), rounds=1, iterations=1)
        quotes = index.stats()["quotes"]
    worth = [found for found in clusters if max(len(member.text.split()) for member in found.members) >= 4]
    across = [found for found in worth if len({member.outlet for member in found.members}) > 1]
    conflicting = [found for found in across if several_speakers(found)]
    benchmark.extra_info.update({
        "quotes": quotes, "clusters": len(worth), "clusters_across_outlets": len(across),
        "quotes_in_clusters_across_outlets": sum(len(found.members) for found in across),
        "clusters_with_two_speakers": len(conflicting),
        "two_speaker_sample": [(found.root, found.speakers) for found in conflicting[:30]],
    })
    assert across
