"""QC201: a quotation mark that pairs with nothing.

The parser reports every mark it could not pair (a quotation never closed,
a closing mark with no opening one, a mark standing alone) and carries on;
this rule turns each of those diagnostics into a finding.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks.model import Context, Finding, Rule
from quotecheck.quotes import DIAGNOSTICS


def check(context: Context) -> Iterator[Finding]:
    """One finding per parse diagnostic."""
    for diagnostic in context.attributed.extraction.diagnostics:
        problem = DIAGNOSTICS[diagnostic.code].format(mark=diagnostic.mark)
        yield Finding(RULE.code, diagnostic.offset, diagnostic.offset + len(diagnostic.mark),
                      {"problem": problem, "mark": diagnostic.mark})


RULE = Rule("QC201", "unbalanced-quotation-mark", "error", "unbalanced quotation mark: {problem}",
            "A quotation mark that opens or closes nothing.", check)
