"""Benchmarks of ``quotecheck check`` over a corpus, end to end.

Each round runs the command line on the PolNeAR train split (840 articles in
one JSONL file): read, parse, attribute, run every rule, and write JSON Lines
to a null stream, in one process and with two.  The characters per second
count the article texts only.
"""

from __future__ import annotations

import contextlib
import json
import os

import pytest

from quotecheck.cli import main
from test_bench_parser import record_throughput


def check_corpus(path, *options: str) -> int:
    """Run ``quotecheck check`` on ``path`` with its output thrown away; the exit status."""
    with open(os.devnull, "w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
        return main(["check", str(path), "--format", "jsonl", "--exit-zero", "--no-progress", *options])


def texts_of(path) -> list[str]:
    """The article texts of a JSONL corpus."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.benchmark(group="check")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_polnear_train(benchmark, polnear_train_path, jobs):
    status = benchmark.pedantic(check_corpus, args=(polnear_train_path, "--jobs", jobs), rounds=3, iterations=1)
    assert status == 0
    texts = texts_of(polnear_train_path)
    benchmark.extra_info["documents"] = len(texts)
    record_throughput(benchmark, texts)
