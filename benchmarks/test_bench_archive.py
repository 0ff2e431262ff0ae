"""The archive build at scale: throughput with one and two workers, and the memory each worker needs.

Opt-in, as a useful size takes a quarter of an hour:

    QUOTECHECK_BENCH_ARCHIVE=250000 pytest benchmarks/test_bench_archive.py --benchmark-only --benchmark-json=archive.json

(the number is articles of ``corpus.py``, 8 quotes each: 250,000 make two
million quotes).  Each build runs on a ``LocalCluster`` of its own, one
thread a worker, each worker held to ``MEMORY_LIMIT`` (Dask spills to disk
past 60% of it), with ``PARTITIONS`` input blocks.  The figures go to
``extra_info``: seconds, quotes a second, each worker's peak memory (its
``VmHWM``, Linux), the bytes of the archive, and, once both builds have
run, the time of two workers over one; docs/performance.md records them.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import time

import pytest

from conftest import POLNEAR_TRAIN
from corpus import QUOTES_PER_ARTICLE, write_corpus

ARTICLES = int(os.environ.get("QUOTECHECK_BENCH_ARCHIVE", "0"))
PARTITIONS = int(os.environ.get("QUOTECHECK_BENCH_PARTITIONS", "32"))
MEMORY_LIMIT = os.environ.get("QUOTECHECK_BENCH_WORKER_MEMORY", "2GB")
pytestmark = pytest.mark.skipif(not ARTICLES,
                                reason="set QUOTECHECK_BENCH_ARCHIVE=ARTICLES to run the archive benchmark")
#: Seconds each build took, by number of workers, for the comparison at the end.
SECONDS: dict[int, float] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The generated corpus, written once for every build."""
    pytest.importorskip("distributed", reason="the archive benchmark needs the 'archive' extra")
    if not POLNEAR_TRAIN.is_file():
        pytest.skip(f"PolNeAR train split not found at {POLNEAR_TRAIN}")
    return write_corpus(POLNEAR_TRAIN, tmp_path_factory.mktemp("archive") / "corpus.jsonl", ARTICLES)


def peak_memory() -> int:
    """This process's peak resident memory in bytes (run on each worker)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return int(re.search(r"VmHWM:\s+(\d+)", status.read()).group(1)) * 1024


@pytest.mark.benchmark(group="archive")
@pytest.mark.parametrize("workers", [1, 2])
def test_build_with_workers(benchmark, corpus, tmp_path, workers):
    from distributed import Client, LocalCluster

    from quotecheck.archive.build import build
    from quotecheck.archive.schedulers import scheduler

    out = tmp_path / "archive"
    with LocalCluster(n_workers=workers, threads_per_worker=1, memory_limit=MEMORY_LIMIT, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        # The build reaches the cluster by its address, as it would a remote scheduler.
        with scheduler(cluster.scheduler_address):
            began = time.perf_counter()
            outcome = benchmark.pedantic(build, args=([str(corpus)], out), kwargs={"partitions": PARTITIONS},
                                         rounds=1, iterations=1)
            seconds = time.perf_counter() - began
        with Client(cluster) as client:
            peaks = list(client.run(peak_memory).values())
    SECONDS[workers] = seconds
    size = int(subprocess.run(["du", "-sb", str(out)], capture_output=True, text=True, check=True).stdout.split()[0])
    assert outcome.errors == () and outcome.documents == ARTICLES
    assert outcome.quotes >= ARTICLES * QUOTES_PER_ARTICLE * 0.95
    benchmark.extra_info.update({
        "workers": workers, "partitions": PARTITIONS, "memory_limit": MEMORY_LIMIT,
        "corpus_bytes": corpus.stat().st_size, "documents": outcome.documents, "quotes": outcome.quotes,
        "matches": outcome.matches, "clusters": outcome.clusters, "seconds": round(seconds, 1),
        "quotes_per_second": round(outcome.quotes / seconds), "worker_peak_bytes": peaks, "archive_bytes": size,
    })
    if len(SECONDS) == 2:
        benchmark.extra_info["two_over_one"] = round(SECONDS[2] / SECONDS[1], 3)
