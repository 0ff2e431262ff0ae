"""QC202: straight and curly quotation marks in one article.

House style picks one.  The marks that open the article's quotes are
counted by style; when both styles appear, the finding points at the first
quote typed in the rarer one.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks.model import Context, Finding, Rule

STRAIGHT = frozenset("\"'")
CURLY = frozenset("“”‘’„‚")


def check(context: Context) -> Iterator[Finding]:
    """At most one finding: the first quote in the less used style."""
    text = context.text
    straight, curly = [], []
    for quote in context.quotes:
        mark = text[quote.start]
        if mark in STRAIGHT:
            straight.append(quote)
        elif mark in CURLY:
            curly.append(quote)
    if not straight or not curly:
        return
    rarer = straight if len(straight) < len(curly) or (len(straight) == len(curly)
                                                        and straight[0].start > curly[0].start) else curly
    first = rarer[0]
    yield Finding(RULE.code, first.start, first.start + 1,
                  {"straight": len(straight), "curly": len(curly)})


RULE = Rule("QC202", "mixed-quotation-marks", "info",
            "straight and curly quotation marks are mixed: {straight} straight, {curly} curly",
            "Straight and curly quotation marks in one article.", check)
