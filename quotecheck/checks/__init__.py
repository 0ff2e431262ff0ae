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
from quotecheck.checks import (altered, ambiguous, anonymous, mixed_marks, names, other_speaker, published, repeated,
                               suppression, unattributed, unbalanced)
from quotecheck.checks.model import SEVERITIES, Checked, Context, Finding, Rule, fingerprint

__all__ = ["RULES", "SEVERITIES", "Checked", "Finding", "Rule", "check", "rule"]

RULES: tuple[Rule, ...] = (
    unattributed.RULE, anonymous.RULE, ambiguous.RULE, names.RULE,
    unbalanced.RULE, mixed_marks.RULE, repeated.RULE,
    published.RULE, other_speaker.RULE, altered.RULE,
    suppression.RULE,
)
BY_CODE = {rule_.code: rule_ for rule_ in RULES}


def rule(code: str) -> Rule:
    """The rule with ``code``."""
    return BY_CODE[code]


def check(attributed: Attributed, config=None, index=None) -> Checked:
    """The findings of one attributed document under ``config`` (a ``quotecheck.config.Config``).

    The provenance rules (QC302-QC304) run only with an ``index``
    (``quotecheck.index.Index``) to compare the quotes with.
    """
    from quotecheck.config import Config

    config = config or Config()
    context = Context(attributed, frozenset(config.accepted_sources), config.min_confidence, index)
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
