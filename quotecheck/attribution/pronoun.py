"""Sieve 3, pronoun speaker: ``"…," she said`` goes to the right person.

The pronoun is resolved to the most recent person of its gender (see
``people.resolve``); gender comes from honorifics, given names and the
pronouns already resolved in the article.  The mention is the pronoun
itself.  "I" inside a quotation is whoever speaks that quotation: "I said,
'What are they doing?'" in Trump's words is Trump's.  A pronoun nobody fits
is the speaker in its subject form ("my answer" is "I"'s, "She said" is
"she"), with low confidence, so the report can ask for a name.
"""

from __future__ import annotations

import attrs

from quotecheck.attribution.lookup import inside_quote
from quotecheck.attribution.people import resolve
from quotecheck.attribution.scene import Attribution, Scene

NAME = "pronoun"
#: The subject form an unresolved pronoun is reported by: "my answer" is "I"'s, "her reply" "she"'s.
SUBJECT_FORMS = {"i": "I", "my": "I", "me": "I", "our": "we", "us": "we", "his": "he", "him": "he",
                 "her": "she", "their": "they", "them": "they", "its": "it"}
CONFIDENCE = 0.85
AMBIGUOUS = 0.6
UNRESOLVED = 0.3


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue has a pronoun subject."""
    finding = scene.findings[index]
    if finding.subject_type != "pronoun":
        return None
    if finding.subject.text == "I":
        holder = inside_quote(scene, finding.subject.start)
        if holder is not None and scene.spoken(holder):
            voice = scene.decisions[holder]
            if voice is None:
                # The quotation's own speaker may be found later on: wait for it.
                return None
            if voice.speaker is not None:
                return attrs.evolve(voice, quote=index, mention=finding.subject, cue=finding.cue, sieve=NAME, rivals=0)
    person, rivals = resolve(scene, finding.subject)
    if person is None:
        pronoun = finding.subject.text.lower()
        return Attribution(index, SUBJECT_FORMS.get(pronoun, pronoun), "pronoun", finding.subject, finding.cue, NAME,
                           UNRESOLVED)
    confidence = AMBIGUOUS if rivals else CONFIDENCE
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, confidence,
                       person.description, rivals)
