"""The archive build on a generated corpus: a skeleton for the scale benchmark to come.

Opt-in, as a useful size takes minutes:

    QUOTECHECK_BENCH_ARCHIVE=125000 pytest benchmarks/test_bench_archive.py --benchmark-only

(the number is articles of ``corpus.py``, 8 quotes each).  It times one
build on a local cluster of two workers and records the archive's counts in
``extra_info``.
"""

from __future__ import annotations

import os

import pytest

from conftest import POLNEAR_TRAIN
from corpus import write_corpus

ARTICLES = int(os.environ.get("QUOTECHECK_BENCH_ARCHIVE", "0"))
pytestmark = pytest.mark.skipif(not ARTICLES,
                                reason="set QUOTECHECK_BENCH_ARCHIVE=ARTICLES to run the archive benchmark")


@pytest.mark.benchmark(group="archive")
def test_archive_build_on_a_local_cluster(benchmark, tmp_path):
    pytest.importorskip("dask", reason="the archive benchmark needs the 'archive' extra")
    from quotecheck.archive.build import build
    from quotecheck.archive.schedulers import scheduler

    if not POLNEAR_TRAIN.is_file():
        pytest.skip(f"PolNeAR train split not found at {POLNEAR_TRAIN}")
    corpus = write_corpus(POLNEAR_TRAIN, tmp_path / "corpus.jsonl", ARTICLES)

    def once():
        with scheduler("local", workers=2):
            return build([str(corpus)], tmp_path / "archive")

    outcome = benchmark.pedantic(once, rounds=1, iterations=1)
    assert outcome.errors == () and outcome.documents == ARTICLES
    benchmark.extra_info.update(documents=outcome.documents, quotes=outcome.quotes, matches=outcome.matches,
                                clusters=outcome.clusters)
