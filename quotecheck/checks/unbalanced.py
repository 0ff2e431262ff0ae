"""QC201: a quotation mark that pairs with nothing.

The parser reports every mark it could not pair (a quotation never closed,
a closing mark with no opening one, a mark standing alone) and carries on;
this rule turns each of those diagnostics into a finding.

The parser also lets a quotation left open at the end of a paragraph run on
when the next paragraph opens a quote, as a quotation of several paragraphs
does.  When the quotation opened inside its paragraph, after other words,
and a cue beside the next paragraph's quote gives that quote to someone
else, the two are not one quotation: the first was never closed ("…,” Rep.
Moore said. “If indeed …" and then "“I have been …,” added Rep. Clyburn").
That is a finding too.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.attribution import adjacent
from quotecheck.checks.model import Context, Finding, Rule
from quotecheck.quotes import DIAGNOSTICS

RUNS_INTO = "quotation opened with {mark} is not closed in its paragraph, and the next paragraph's quote is {speaker}'s"


def check(context: Context) -> Iterator[Finding]:
    """One finding per parse diagnostic, and one per quotation that runs into another speaker's."""
    for diagnostic in context.attributed.extraction.diagnostics:
        problem = DIAGNOSTICS[diagnostic.code].format(mark=diagnostic.mark)
        yield Finding(RULE.code, diagnostic.offset, diagnostic.offset + len(diagnostic.mark),
                      {"problem": problem, "mark": diagnostic.mark})
    yield from runs_into_another(context)


def runs_into_another(context: Context) -> Iterator[Finding]:
    """The quotations opened inside a paragraph whose run into the next one another speaker's cue claims."""
    extraction, attributions = context.attributed.extraction, context.attributed.attributions
    text, quotes = extraction.document.text, extraction.quotes
    for index, quote in enumerate(quotes):
        first = quote.continues
        if first is None or quotes[first].continues is not None or attributions[index].sieve != adjacent.NAME:
            continue
        speaker, opener = attributions[index].speaker, quotes[first]
        if speaker is None or attributions[first].speaker in (None, speaker):
            continue
        if not text[text.rfind("\n", 0, opener.start) + 1: opener.start].strip():
            continue  # a quotation that opens its paragraph, as a transcript's quoted lines do
        mark = text[opener.start]
        yield Finding(RULE.code, opener.start, opener.start + 1,
                      {"problem": RUNS_INTO.format(mark=mark, speaker=speaker), "mark": mark}, quote=first)


RULE = Rule("QC201", "unbalanced-quotation-mark", "error", "unbalanced quotation mark: {problem}",
            "A quotation mark that opens or closes nothing.", check)
