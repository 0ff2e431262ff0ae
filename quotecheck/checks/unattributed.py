"""QC101: a quotation with no speaker.

Speech and partial quotes need a source; terms and titles do not.  A quote
nested inside another is its speaker quoting someone, so only the outer one
is flagged.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.attribution.scene import SPOKEN
from quotecheck.checks.model import Context, Finding, Rule
from quotecheck.report.quotes import excerpt


def check(context: Context) -> Iterator[Finding]:
    """Every spoken quote that no sieve gave a speaker."""
    quotes, attributions = context.quotes, context.attributed.attributions
    for index, quote in enumerate(quotes):
        # A nested quote is its outer speaker quoting someone; an unsourced outer quote is flagged itself.
        if quote.kind not in SPOKEN or attributions[index].speaker is not None or quote.parent is not None:
            continue
        yield Finding(RULE.code, quote.start, quote.end, {"excerpt": excerpt(context.text[quote.start: quote.end])},
                      quote=index)


RULE = Rule("QC101", "unattributed-quote", "error", "quote {excerpt} has no speaker",
            "A quotation whose speaker the article never gives.", check)
