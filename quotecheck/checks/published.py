"""QC302: a quote that has already run elsewhere, word for word or as an excerpt.

Not wrong in itself (quotes are repeated from press conferences and wire
copy), so the rule is informational: it names the earliest appearance in
the provenance index, and how many indexed articles carry the words, so an
editor can credit the outlet or check that the quote is new.  It runs only
with ``quotecheck check --index``.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks import provenance
from quotecheck.checks.model import Context, Finding, Rule

REPEATS = ("exact", "excerpt")


def check(context: Context) -> Iterator[Finding]:
    """Every quote the index holds the same words of, with the first place they ran."""
    for number, found in provenance.matches(context).items():
        repeats = [one for one in found if one.kind in REPEATS]
        if not repeats:
            continue
        first = repeats[0]
        quote = context.quotes[number]
        yield Finding(RULE.code, quote.start, quote.end, {
            "where": provenance.where(first), "outlet": first.outlet, "date": first.date, "url": first.url,
            "articles": len({one.document_key for one in repeats}), "match": first.kind}, quote=number)


RULE = Rule("QC302", "already-published", "info",
            "quote already published: first by {where}; {articles} indexed article(s) carry it",
            "A quotation already published elsewhere, word for word or as an excerpt.", check)
