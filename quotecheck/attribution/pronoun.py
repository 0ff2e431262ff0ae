"""Sieve 3, pronoun speaker: ``"…," she said`` goes to the right person.

The pronoun is resolved to the most recent person of its gender (see
``people.resolve``); gender comes from honorifics, given names and the
pronouns already resolved in the article.  The mention is the pronoun
itself.  "I" inside a quotation is whoever speaks that quotation: "I said,
'What are they doing?'" in Trump's words is Trump's.  A pronoun nobody fits
is the speaker in its subject form ("my answer" is "I"'s, "She said" is
"she"), with low confidence, so the report can ask for a name; but "I" or
"we" outside any quotation is the writer, whom the article need not name
("“Why stay?” I asked him"), and has the confidence of a resolved pronoun.

"He" or "she" inside someone's quotation may mean the one person the
sentence that attributes the quotation names besides its speaker: in
``"He told us, 'we will hold,'" said Yarmand, describing a meeting with the
elder Massoud`` the quotation's "he" is the elder Massoud.
"""

from __future__ import annotations

import attrs

from quotecheck.attribution.context import Span
from quotecheck.attribution.labels import labelled
from quotecheck.attribution.lookup import GENDERS, inside_quote, quote_of
from quotecheck.attribution.people import compatible, resolve
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.speakers import Person

NAME = "pronoun"
#: The subject form an unresolved pronoun is reported by: "my answer" is "I"'s, "her reply" "she"'s.
SUBJECT_FORMS = {"i": "I", "my": "I", "me": "I", "our": "we", "us": "we", "his": "he", "him": "he",
                 "her": "she", "their": "they", "them": "they", "its": "it"}
CONFIDENCE = 0.85
#: The subject forms by which the writer speaks.
WRITER = frozenset({"I", "we"})
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
        if holder is None:
            speaker = labelled(scene, index, finding.subject.start)  # "MASSOUD: I said, "…"": the label's
            if speaker is not None:
                return Attribution(index, speaker.name, speaker.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                                   speaker.description)
    person, rivals = described_after(scene, finding.subject), 0
    if person is None:
        person, rivals = resolve(scene, finding.subject)
    if person is None:
        pronoun = finding.subject.text.lower()
        return Attribution(index, SUBJECT_FORMS.get(pronoun, pronoun), "pronoun", finding.subject, finding.cue, NAME,
                           CONFIDENCE if the_writer(scene, finding.subject) else UNRESOLVED)
    confidence = AMBIGUOUS if rivals else CONFIDENCE
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, confidence,
                       person.description, rivals)


def the_writer(scene: Scene, pronoun: Span) -> bool:
    """True when ``pronoun`` is the writer's "I" or "we": first person, outside any quotation."""
    word = pronoun.text.lower()
    return SUBJECT_FORMS.get(word, word) in WRITER and inside_quote(scene, pronoun.start) is None


def described_after(scene: Scene, pronoun: Span) -> Person | None:
    """The one person the sentence after the quotation around ``pronoun`` names, besides the quotation's speaker.

    None when the pronoun stands outside a quotation, is no "he" or "she",
    or the sentence names no one else, or more than one; whom the cue
    addresses is no one the speaker calls "he".
    """
    gender = GENDERS.get(pronoun.text.lower())
    home = inside_quote(scene, pronoun.start)
    if home is None or gender not in ("male", "female") or not scene.spoken(home):
        return None
    voice = scene.decisions[home]
    if voice is None or voice.speaker is None:
        return None
    cast, quote = scene.cast, scene.quotes[home]
    # Whom the speaker told, just after the cue ("told Mr. Ashby", "said to him"), is "you" to the speaker.
    told = voice.cue.end if voice.cue is not None else None
    found = None
    for index in range(cast.before(quote.end), cast.before(scene.ceilings[home])):
        person = cast.person_of(index)
        if quote_of(scene, index) != quote.parent or person.name == voice.speaker or not compatible(person, gender):
            continue
        if told is not None and scene.text[told: cast.mentions[index].start].strip() in ("", "to"):
            continue
        if found is not None and person is not found:
            return None  # two people: the attribution does not say which
        found = person
    return found
