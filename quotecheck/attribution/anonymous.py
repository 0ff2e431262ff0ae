"""Sieve 8, anonymous and vague sources: "officials said", "a spokesman said".

A cue whose subject is a phrase rather than a name or pronoun keeps that
phrase as its speaker, with speaker kind ``anonymous`` so a desk can flag
vague sourcing.  The mention is the phrase.  A quote inside a sentence with
no cue at all goes to the unnamed subject the sentence opens with: ``The
council voted for a resolution that "condemns …"``.
"""

from __future__ import annotations

from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.attribution.subjects import opening_phrase

NAME = "anonymous"
CONFIDENCE = 0.8
#: A sentence's subject is a weaker sign than a cue's.
OPENING = 0.5


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote to the unnamed source its cue gives."""
    finding = scene.findings[index]
    if finding.subject_type == "phrase":
        # "critics who say": the phrase a relative pronoun stands for is the source, the pronoun its mention.
        phrase = finding.antecedent or finding.subject
        return Attribution(index, phrase.text, "anonymous", finding.subject, finding.cue, NAME, CONFIDENCE)
    quote = scene.quotes[index]
    if finding.settled or not scene.text[scene.floors[index]: quote.start].strip():
        return None
    subject = opening_phrase(scene.text, scene.floors[index], quote.start)
    if subject is None:
        return None
    return Attribution(index, subject.text, "anonymous", subject, None, NAME, OPENING)
