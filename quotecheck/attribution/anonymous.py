"""Sieve 6, anonymous and vague sources: "officials said", "a spokesman said".

A cue whose subject is a phrase rather than a name or pronoun keeps that
phrase as its speaker, with speaker kind ``anonymous`` so a desk can flag
vague sourcing.  The mention is the phrase.
"""

from __future__ import annotations

from quotecheck.attribution.scene import Attribution, Scene

NAME = "anonymous"
CONFIDENCE = 0.8


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote to the unnamed source its cue gives."""
    finding = scene.findings[index]
    if finding.subject_type != "phrase":
        return None
    return Attribution(index, finding.subject.text, "anonymous", finding.subject, finding.cue, NAME, CONFIDENCE)
