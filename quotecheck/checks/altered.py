"""QC304: a quote that differs a little from a version published earlier.

A few words changed, dropped or added against a quote in the provenance
index (``quotecheck.index.match``, kind ``altered``): either this draft or
the earlier article misquotes.  The finding carries the word diff against
the earliest such version and its similarity score.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks import provenance
from quotecheck.checks.model import Context, Finding, Rule


def check(context: Context) -> Iterator[Finding]:
    """Every quote with an altered version in the index, diffed against the earliest."""
    for number, found in provenance.matches(context).items():
        if any(one.kind == "exact" for one in found):
            continue  # published word for word too: QC302 says so, the variants are someone else's error
        altered = [one for one in found if one.kind == "altered"]
        if not altered:
            continue
        first = altered[0]
        quote = context.quotes[number]
        yield Finding(RULE.code, quote.start, quote.end, {
            "diff": first.diff, "score": round(first.score, 2), "where": provenance.where(first),
            "outlet": first.outlet, "date": first.date, "url": first.url, "source": first.text}, quote=number)


RULE = Rule("QC304", "altered-quote", "warning", "quote differs from {where} ({score:.0%} alike): {diff}",
            "A quotation that differs from a version published earlier.", check)
