"""The provenance index at scale: a generated index of about a million quotes.

Opt-in, as it writes a 120 MB corpus and a 400 MB index and takes minutes (Linux: the
memory figure reads /proc):

    QUOTECHECK_BENCH_SCALE=125000 pytest benchmarks/test_bench_index_scale.py --benchmark-only

(the number is articles; each holds 8 quotes, see ``corpus.py``).  It
measures ingest through ``Index.add`` (extraction and attribution included,
and the store's own share timed apart), the bytes the file takes per quote,
the time to match the 30 quotes of a draft against the full index, and the
peak memory of ``quotecheck check --index`` on that draft.  The figures go
to ``extra_info`` in the benchmark JSON, and to ``docs/performance.md``.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time

import pytest

from conftest import POLNEAR_TRAIN, REPOSITORY
from corpus import QUOTES_PER_ARTICLE, QuoteChain, training_quotes, write_corpus

ARTICLES = int(os.environ.get("QUOTECHECK_BENCH_SCALE", "0"))
pytestmark = pytest.mark.skipif(not ARTICLES, reason="set QUOTECHECK_BENCH_SCALE=ARTICLES to run the scale benchmark")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The generated corpus, the index built from it and the ingest figures."""
    from quotecheck.index import Index
    from quotecheck.pipeline import Options, run
    from quotecheck.readers import read_inputs

    if not POLNEAR_TRAIN.is_file():
        pytest.skip(f"PolNeAR train split not found at {POLNEAR_TRAIN}")
    folder = tmp_path_factory.mktemp("scale")
    corpus = write_corpus(POLNEAR_TRAIN, folder / "corpus.jsonl", ARTICLES)
    path = folder / "index.sqlite"
    store_seconds = [0.0]
    with Index.open(path) as index:
        write = index.write

        def timed(documents, counts):
            began = time.perf_counter()
            write(documents, counts)
            store_seconds[0] += time.perf_counter() - began

        index.write = timed
        began = time.perf_counter()
        documents, quotes = index.add(run(read_inputs([str(corpus)]), Options()))
        seconds = time.perf_counter() - began
        index.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = index.stats()["bytes"]
    return {"corpus": corpus, "index": path, "documents": documents, "quotes": quotes, "seconds": seconds,
            "store_seconds": store_seconds[0], "bytes": size}


def draft_quotes(built) -> list[str]:
    """30 quotes: 10 taken from the index, the same 10 with a word changed, 10 new ones."""
    chance = random.Random(30)
    with open(built["corpus"], encoding="utf-8") as lines:
        sample = [json.loads(line) for _, line in zip(range(2000), lines)]
    quoted = [paragraph.split("\u201d", 1)[0].lstrip("\u201c").rstrip(",")
              for record in sample for paragraph in record["text"].split("\n\n")[1:2]]
    # Long enough that one changed word leaves a quote worth matching (8 words or more).
    published = chance.sample([quote for quote in quoted if len(quote.split()) >= 8], 10)
    altered = []
    for quote in published:
        words = quote.split()
        words[len(words) // 2] = "entirely"
        altered.append(" ".join(words))
    chain = QuoteChain(training_quotes(POLNEAR_TRAIN))
    fresh = [chain.quote(random.Random(1000 + number)) for number in range(10)]
    return published + altered + fresh


@pytest.mark.benchmark(group="index-scale")
def test_ingest_and_size(benchmark, built):
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    quotes = built["quotes"]
    benchmark.extra_info.update({
        "quotes": quotes, "documents": built["documents"],
        "ingest_quotes_per_second": round(quotes / built["seconds"]),
        "store_quotes_per_second": round(quotes / built["store_seconds"]),
        "bytes_per_quote": round(built["bytes"] / quotes, 1),
    })
    assert quotes >= ARTICLES * QUOTES_PER_ARTICLE * 0.95


@pytest.mark.benchmark(group="index-scale")
def test_match_a_30_quote_draft(benchmark, built):
    from quotecheck.index import Index, match

    quotes = draft_quotes(built)
    with Index.open(built["index"], create=False) as index:
        found = benchmark.pedantic(lambda: [match(index, quote) for quote in quotes], rounds=5, iterations=1,
                                   warmup_rounds=1)
    kinds = [sorted({one.kind for one in matches}) for matches in found]
    benchmark.extra_info["draft_kinds"] = kinds
    assert all("exact" in kind for kind in kinds[:10])
    assert all("altered" in kind for kind in kinds[10:20])


@pytest.mark.benchmark(group="index-scale")
def test_check_command_memory(benchmark, built, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Invented for testing; its quotations are not real.\n\n" + "\n\n".join(
        f"\u201c{quote},\u201d Lisa Curtis said." for quote in draft_quotes(built)), encoding="utf-8")
    # The child reports the peak of its own memory map (VmHWM): ru_maxrss would
    # count this process's memory too, which the child had before exec.
    code = ("import re, sys; from quotecheck.cli import main; status = main(sys.argv[1:]); "
            "status_text = open('/proc/self/status').read(); "
            "print(re.search(r'VmHWM:\\s+(\\d+)', status_text).group(1), file=sys.stderr); sys.exit(status)")
    command = [sys.executable, "-c", code, "check", str(draft), "--index", str(built["index"]),
               "--format", "json", "--exit-zero"]
    result = benchmark.pedantic(subprocess.run, args=(command,), kwargs={"capture_output": True, "cwd": REPOSITORY},
                                rounds=1, iterations=1)
    assert result.returncode == 0, result.stderr
    peak = int(result.stderr.split()[-1]) * 1024
    findings = json.loads(result.stdout)
    benchmark.extra_info.update({"peak_rss_bytes": peak,
                                 "provenance_findings": sum(f["code"] in ("QC302", "QC304") for f in findings)})
