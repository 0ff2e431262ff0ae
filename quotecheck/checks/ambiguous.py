"""QC103: an attribution a reader could take two ways.

A pronoun with more than one person it could mean ("she said" after two
women are named), or any decision whose confidence falls below
``min-confidence`` (a pronoun nobody fits, an interview answer with no cue).
A continuation piece inherits its first piece's decision and is not flagged
again.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks.model import Context, Finding, Rule

FOLLOWER = "continuation"


def check(context: Context) -> Iterator[Finding]:
    """Every attribution with rival readings or too little confidence."""
    for attribution in context.attributed.attributions:
        if attribution.speaker is None or attribution.sieve == FOLLOWER:
            continue
        quote = context.quotes[attribution.quote]
        mention = attribution.mention.text if attribution.mention else attribution.speaker
        if attribution.rivals:
            reason = f"{mention!r} could mean {attribution.rivals + 1} people"
        elif (attribution.confidence or 0) < context.min_confidence:
            reason = f"confidence {attribution.confidence:.2f} is below {context.min_confidence:.2f}"
        else:
            continue
        yield Finding(RULE.code, quote.start, quote.end,
                      {"speaker": attribution.speaker, "reason": reason}, quote=attribution.quote)


RULE = Rule("QC103", "ambiguous-attribution", "warning", "attribution to {speaker} is uncertain: {reason}",
            "An attribution with two or more compatible speakers, or low confidence.", check)
