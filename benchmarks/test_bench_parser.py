"""Benchmarks of the quote parser: ``parse_quotes`` and ``pair_marks`` alone.

Run with ``pytest benchmarks/ --benchmark-only``; these live outside the
``tests`` testpaths so the normal suite never runs them.  Each benchmark
records its throughput in characters and in megabytes (of UTF-8) per second
in ``benchmark.extra_info``, from the mean, the median and the fastest round.
"""

from __future__ import annotations

import pytest

from quotecheck.quotes import pair_marks, parse_quotes


def record_throughput(benchmark, texts: str | list[str]) -> None:
    """Put characters and megabytes per second, for one text or several, in the benchmark's extra info."""
    texts = [texts] if isinstance(texts, str) else texts
    characters = sum(len(text) for text in texts)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1_000_000
    benchmark.extra_info["characters"] = characters
    benchmark.extra_info["megabytes"] = round(megabytes, 3)
    metadata = benchmark.stats
    if metadata is None:  # --benchmark-disable: a single plain run, no timings
        return
    for statistic in ("mean", "median", "min"):
        seconds = getattr(metadata.stats, statistic)
        benchmark.extra_info[f"chars_per_second_{statistic}"] = round(characters / seconds)
        benchmark.extra_info[f"megabytes_per_second_{statistic}"] = round(megabytes / seconds, 2)


@pytest.mark.benchmark(group="parser")
def test_parse_polnear_dev(benchmark, polnear_dev_text):
    result = benchmark(parse_quotes, polnear_dev_text)
    assert len(result.quotes) > 0
    record_throughput(benchmark, polnear_dev_text)


@pytest.mark.benchmark(group="parser")
def test_pair_marks_polnear_dev(benchmark, polnear_dev_text):
    quotes, _ = benchmark(pair_marks, polnear_dev_text)
    assert len(quotes) > 0
    record_throughput(benchmark, polnear_dev_text)


@pytest.mark.benchmark(group="parser")
def test_parse_samples(benchmark, samples_text):
    result = benchmark(parse_quotes, samples_text)
    assert len(result.quotes) > 0
    record_throughput(benchmark, samples_text)
