"""QC301: the same quotation twice in one article.

Quotes are compared without their marks, case or spacing; very short ones
("no", "absolutely not") repeat by nature and are left alone.  The finding
points at the repeat and names where the quote first appeared.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.attribution.scene import SPOKEN
from quotecheck.checks.model import Context, Finding, Rule, normalised

#: Fewer words than this and a repeat is just common speech.
SHORTEST = 4


def check(context: Context) -> Iterator[Finding]:
    """Every quote whose words an earlier quote of the article already gave."""
    text = context.text
    seen: dict[str, int] = {}
    for index, quote in enumerate(context.quotes):
        if quote.kind not in SPOKEN:
            continue
        words = normalised(text[quote.start: quote.end])
        if len(words.split()) < SHORTEST:
            continue
        earlier = seen.setdefault(words, index)
        if earlier != index:
            yield Finding(RULE.code, quote.start, quote.end, {"line": context.quotes[earlier].start}, quote=index)


RULE = Rule("QC301", "repeated-quote", "warning", "this quote already appears on line {line}",
            "The same quotation twice in one article.", check, positions=("line",))
