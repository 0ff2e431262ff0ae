"""Benchmarks of extraction plus attribution, document by document.

``test_extract_and_attribute_polnear_dev`` times what ``quotecheck extract``
does after reading: parse, classify and attribute every document of the
PolNeAR dev split (every line of the file, one annotator's copy each), in one
process.  Throughput goes to ``extra_info`` by the parser benchmarks' helper.
"""

from __future__ import annotations

import pytest

from quotecheck.attribution import attribute
from quotecheck.extract import extract
from test_bench_parser import record_throughput


def extract_and_attribute(documents: list) -> int:
    """Run both stages over every document; the number of attributed quotes."""
    attributed = 0
    for document in documents:
        result = attribute(extract(document))
        attributed += sum(1 for attribution in result.attributions if attribution.speaker is not None)
    return attributed


@pytest.mark.benchmark(group="attribution")
def test_extract_and_attribute_polnear_dev(benchmark, polnear_dev_documents):
    attributed = benchmark(extract_and_attribute, polnear_dev_documents)
    assert attributed > 0
    record_throughput(benchmark, [document.text for document in polnear_dev_documents])


@pytest.mark.benchmark(group="attribution")
def test_attribute_only_polnear_dev(benchmark, polnear_dev_documents):
    extractions = [extract(document) for document in polnear_dev_documents]
    results = benchmark(lambda: [attribute(extraction) for extraction in extractions])
    assert len(results) == len(polnear_dev_documents)
    record_throughput(benchmark, [document.text for document in polnear_dev_documents])
