"""Sieve 2, pronoun speaker: ``"…," she said`` goes to the right person.

The pronoun is resolved to the most recent person of its gender (see
``people.resolve``); gender comes from honorifics, given names and the
pronouns already resolved in the article.  The mention is the pronoun
itself.  A pronoun nobody fits keeps its own text as the speaker, with low
confidence, so the report can ask for a name.
"""

from __future__ import annotations

from quotecheck.attribution.people import resolve
from quotecheck.attribution.scene import Attribution, Scene

NAME = "pronoun"
CONFIDENCE = 0.85
AMBIGUOUS = 0.6
UNRESOLVED = 0.3


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue has a pronoun subject."""
    finding = scene.findings[index]
    if finding.subject_type != "pronoun":
        return None
    person, rivals = resolve(scene, finding.subject)
    if person is None:
        return Attribution(index, finding.subject.text, "pronoun", finding.subject, finding.cue, NAME, UNRESOLVED)
    confidence = AMBIGUOUS if rivals else CONFIDENCE
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, confidence,
                       person.description, rivals)
