"""The checks: rules with stable codes, run over an attributed document.

Each rule lives in its own module with its code, default severity, message
template and check function; ``RULES`` lists them in code order.  The
configuration selects rules by code prefix and may change their severity;
suppression comments then hide findings, and any suppression left unused is
itself reported (QC901).  Every finding leaves with its severity and a
fingerprint that survives edits elsewhere in the file.
"""

from __future__ import annotations

import attrs

from quotecheck.attribution import Attributed
from quotecheck.checks import (ambiguous, anonymous, mixed_marks, names, repeated, suppression, unattributed,
                               unbalanced)
from quotecheck.checks.model import RESERVED, SEVERITIES, Checked, Context, Finding, Rule, fingerprint

__all__ = ["RULES", "SEVERITIES", "Checked", "Finding", "Rule", "check", "rule"]

RULES: tuple[Rule, ...] = (
    unattributed.RULE, anonymous.RULE, ambiguous.RULE, names.RULE,
    unbalanced.RULE, mixed_marks.RULE, repeated.RULE,
    *(Rule(code, name, severity, summary, summary[0].upper() + summary[1:] + ".")
      for code, (name, severity, summary) in RESERVED.items()),
    suppression.RULE,
)
BY_CODE = {rule_.code: rule_ for rule_ in RULES}


def rule(code: str) -> Rule:
    """The rule with ``code``."""
    return BY_CODE[code]


def check(attributed: Attributed, config=None) -> Checked:
    """The findings of one attributed document under ``config`` (a ``quotecheck.config.Config``)."""
    from quotecheck.config import Config

    config = config or Config()
    context = Context(attributed, frozenset(config.accepted_sources), config.min_confidence)
    found = [finding for rule_ in RULES if rule_.check is not None and config.enabled(rule_.code)
             for finding in rule_.check(context)]
    document = attributed.extraction.document
    found = suppression.apply(document, found, config.enabled)
    if not config.enabled(suppression.RULE.code):
        found = [finding for finding in found if finding.code != suppression.RULE.code]
    text = document.text
    attributions = attributed.attributions
    settled = []
    for finding in found:
        speaker = attributions[finding.quote].speaker if finding.quote is not None else None
        settled.append(attrs.evolve(
            finding,
            severity=config.severity_of(finding.code, BY_CODE[finding.code].severity),
            fingerprint=fingerprint(document.id, finding.code,
                                    text[finding.start: finding.end] or " ".join(map(str, finding.args.values())),
                                    speaker),
        ))
    settled.sort(key=lambda finding: (finding.start, finding.code))
    return Checked(attributed, tuple(settled))
