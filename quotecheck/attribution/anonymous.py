"""Sieve 8, anonymous and vague sources: "officials said", "a spokesman said".

A cue whose subject is a phrase rather than a name or pronoun keeps that
phrase as its speaker, with speaker kind ``anonymous`` so a desk can flag
vague sourcing.  The mention is the phrase.  A quote inside a sentence with
no cue at all goes to the unnamed subject the sentence opens with: ``The
council voted for a resolution that "condemns …"``.
"""

from __future__ import annotations

from quotecheck.attribution.context import SPEECH_NOUNS, Span
from quotecheck.attribution.bodies import OWNED_BODIES
from quotecheck.attribution.people import resolve
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.attribution.subjects import opening_phrase
from quotecheck.speakers import Person, is_organisation

NAME = "anonymous"
CONFIDENCE = 0.8
#: A sentence's subject is a weaker sign than a cue's.
OPENING = 0.5
#: Possessive pronouns that may open a source phrase and stand for someone named: "his office", "its spokesman".
#: Not "their", which most often means people the article does not name ("their instinctive preference").
OWNERS = frozenset({"his", "her", "its"})
#: The endings of a name that owns the rest of a source phrase: "Mr. Massoud's office", "Sanders’ aides".
OWNER_ENDINGS = ("'s ", "’s ", "' ", "’ ")
#: The bodies a person owns that speak for them on the record: "his campaign", "Mr. Massoud's office".
OWNED_OFFICES = OWNED_BODIES | {"office"}


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote to the unnamed source its cue gives."""
    finding = scene.findings[index]
    if finding.subject_type == "phrase":
        # "critics who say": the phrase a relative pronoun stands for is the source, the pronoun its mention.
        phrase = finding.antecedent or finding.subject
        return source(scene, index, phrase, finding.subject, finding.cue, CONFIDENCE)
    quote = scene.quotes[index]
    if finding.settled or not scene.text[scene.floors[index]: quote.start].strip():
        return None
    subject = opening_phrase(scene.text, scene.floors[index], quote.start)
    if subject is None:
        return None
    return source(scene, index, subject, subject, None, OPENING)


def source(scene: Scene, index: int, phrase: Span, mention: Span, cue: Span | None, confidence: float) -> Attribution:
    """Quote ``index`` credited to the unnamed source ``phrase`` by this sieve."""
    speaker, kind, description = credited(scene, phrase)
    return Attribution(index, speaker, kind, mention, cue, NAME, confidence, description)


def body_named(scene: Scene, phrase: Span, name: str) -> Person | None:
    """The body ``phrase``, "the" and ``name``, names: "The Sierra Club endorsed her, calling …".

    None for a name that does not read as a body's, which "the" may open as a place's ("The South China Sea").
    """
    cast = scene.cast
    index = cast.mention_index(phrase.end - len(name))
    if index is None or cast.mentions[index].end != phrase.end:
        return None
    person = cast.person_of(index)
    return person if person.kind == "organisation" and is_organisation(person.words) else None


def named_owner(scene: Scene, phrase: Span) -> tuple[Person | None, str]:
    """The person a name that opens ``phrase`` as a possessive gives, and the words after it: "Mr. Massoud's office".

    (None, "") when the phrase opens with no such name.
    """
    index = scene.cast.mention_index(phrase.start)
    if index is None:
        return None, ""
    after = phrase.text[scene.cast.mentions[index].end - phrase.start:]
    for ending in OWNER_ENDINGS:
        if after.startswith(ending) and after[len(ending):].strip():
            return scene.cast.person_of(index), after[len(ending):].strip()
    return None, ""


def credited(scene: Scene, phrase: Span) -> tuple[str, str, str | None]:
    """The speaker, speaker kind and description an unnamed source ``phrase`` gives, read as a reader takes it.

    A possessive pronoun that opens the phrase stands for whom it refers
    to: "his office" after "David Martinon met them" is "David Martinon's
    office", and "his message", words of his, is David Martinon's own.  A
    pronoun that refers to no one, or to a place, leaves the phrase as it is.
    So does a name as a possessive, by its full name: "Mr. Martinon's office"
    is "David Martinon's office" too.  An office or a campaign is a body, no
    unnamed source.
    """
    pronoun, _, rest = phrase.text.partition(" ")
    if pronoun in ("The", "the") and rest:
        body = body_named(scene, phrase, rest)
        if body is not None:
            return body.name, body.kind, body.description
    person = None
    if rest and pronoun.lower() in OWNERS:
        person, _ = resolve(scene, Span(phrase.start, phrase.start + len(pronoun), pronoun))
    else:
        person, rest = named_owner(scene, phrase)
    if person is None or person.kind == "anonymous" or person.place:
        # Nobody, or a place, which "its" seldom means: "Iowa's post-primary salvo".
        return phrase.text, "anonymous", None
    if rest.split()[-1].lower().strip(",.;:") in SPEECH_NOUNS:
        return person.name, person.kind, person.description
    # "his campaign", "Mr. Massoud's office": a body that speaks on the record for its owner.
    return f"{person.name}'s {rest}", "organisation" if rest in OWNED_OFFICES else "anonymous", None
