"""Turning a subject the cue search found into a person of the article's cast.

A name subject is looked up among the cast's mentions.  A pronoun is
resolved the way a reader would: back through the sentences before it, the
most recent person of the right gender, taking the leftmost mention of each
earlier sentence first (its subject, after Hobbs 1978) and passing over names
behind a preposition in the pronoun's own clause ("At the same time as de
Gaulle, he told ...").  Mentions inside other quotes are not candidates.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotecheck.attribution.context import (
    POSSESSIVE_PRONOUNS, PRONOUN_SUBJECTS, REACH, Span, behind_preposition,
)
from quotecheck.attribution.scene import Scene
from quotecheck.speakers import Person

#: How far back a pronoun looks for its person.
LOOKBACK = 1500
#: How many people a pronoun could mean are weighed, the one chosen and its rivals.
RIVALS = 6
GENDERS = {**PRONOUN_SUBJECTS, **POSSESSIVE_PRONOUNS, "him": "male", "them": "plural"}


def person_at(scene: Scene, span: Span) -> Person | None:
    """The cast member named by the mention at ``span``."""
    cast = scene.cast
    index = cast.before(span.start + 1) - 1
    while index >= 0 and cast.mentions[index].end > span.start:
        if cast.mentions[index].start <= span.start < cast.mentions[index].end or span.start <= cast.mentions[index].start < span.end:
            return cast.person_of(index)
        index -= 1
    following = cast.before(span.start)
    if following < len(cast.mentions) and cast.mentions[following].start < span.end:
        return cast.person_of(following)
    return None


def inside_quote(scene: Scene, offset: int) -> int | None:
    """The innermost quote holding ``offset``, if any."""
    # Quotes nest without crossing, so one holding the offset is an ancestor
    # of the last quote to start before it.
    candidate = bisect_left(scene.starts, offset) - 1
    while candidate is not None and candidate >= 0:
        if scene.quotes[candidate].end > offset:
            return candidate
        candidate = scene.quotes[candidate].parent
    return None


# Each pronoun reads back over the same mentions as the pronouns before it,
# so the scene keeps what was found out about each.

def quote_of(scene: Scene, index: int) -> int | None:
    """The innermost quote holding mention ``index``, if any."""
    if index not in scene.mention_quotes:
        scene.mention_quotes[index] = inside_quote(scene, scene.cast.mentions[index].start)
    return scene.mention_quotes[index]


def oblique(scene: Scene, index: int) -> bool:
    """True when a preposition comes shortly before mention ``index``: "with the former Vice President"."""
    if index not in scene.obliques:
        scene.obliques[index] = behind_preposition(scene.text, 0, scene.cast.mentions[index].start)
    return scene.obliques[index]


def compatible(person: Person, gender: str) -> bool:
    """True when a pronoun of ``gender`` can refer to ``person``."""
    if gender == "plural":
        return person.kind == "organisation"
    if gender == "neuter":
        return person.kind == "organisation"
    if person.kind != "person" or person.place or not person.named:
        return False
    return person.gender in (None, gender)


def candidates(scene: Scene, pronoun: Span) -> list[tuple[int, Person, int | None]]:
    """Who a pronoun could mean, nearest first: (offset, person, mention index or None).

    The names the text gives, at the pronoun's own quote level or around
    it, and the speakers of the quotes already attributed, each at its
    quote's start and with no mention.
    """
    cast = scene.cast
    home = inside_quote(scene, pronoun.start)
    # A pronoun inside a quote may mean someone named in that quote or around it,
    # never someone named inside another quote.
    levels = {None}
    level = home
    while level is not None:
        levels.add(level)
        level = scene.quotes[level].parent
    floor = pronoun.start - LOOKBACK
    found = []
    for index in range(cast.before(pronoun.start) - 1, -1, -1):
        start = cast.mentions[index].start
        if start < floor:
            break
        if quote_of(scene, index) in levels:
            found.append((start, cast.person_of(index), index))
    people = {person.name: person for person in cast.people}
    for index in range(bisect_left(scene.starts, pronoun.start) - 1, -1, -1):
        quote, decision = scene.quotes[index], scene.decisions[index]
        if quote.start < floor:
            break
        # The speaker of a quote around the pronoun says "I" there, not "he".
        if decision is not None and decision.speaker in people and quote.parent in levels and index not in levels:
            found.append((quote.start, people[decision.speaker], None))
    found.sort(key=lambda entry: -entry[0])
    return found


def resolve(scene: Scene, pronoun: Span) -> tuple[Person | None, int]:
    """The person a third-person pronoun refers to, and how many others in the same sentence would also fit.

    Sentence by sentence back from the pronoun, leftmost first; names behind
    a preposition only when nobody else fits, and never in the pronoun's own
    clause.
    """
    gender = GENDERS.get(pronoun.text.lower())
    if gender is None or gender == "first":
        return None, 0
    starts = scene.sentences.starts(pronoun.start - LOOKBACK - REACH, pronoun.start)
    clause_start = starts[-1]
    chosen: list[Person] = []
    sidelined: list[Person] = []
    sentence: list[tuple[Person, int | None]] = []
    boundary = clause_start
    # The people of the nearest sentence that offers any: a reader hesitates only between them.
    nearest: list[Person] = []
    for offset, person, mention in candidates(scene, pronoun):
        if offset < boundary:
            pick(scene, sentence, gender, chosen, sidelined if boundary != clause_start else [])
            nearest = nearest or list(chosen)
            if len(chosen) > RIVALS:
                break
            sentence = []
            boundary = starts[max(0, bisect_right(starts, offset) - 1)]
        sentence.append((person, mention))
    pick(scene, sentence, gender, chosen, sidelined if boundary != clause_start else [])
    nearest = nearest or list(chosen)
    chosen.extend(sidelined)
    if not chosen:
        return None, 0
    first = chosen[0]
    rivals = len({id(person) for person in nearest if person is not first and person.gender == gender})
    if first.gender is None and gender in ("male", "female"):
        first.gender = gender
    return first, rivals


def pick(
    scene: Scene, sentence: list[tuple[Person, int | None]], gender: str, subjects: list[Person], others: list[Person],
) -> None:
    """Add the people of one sentence a pronoun could mean, leftmost first, names behind a preposition apart."""
    for person, mention in reversed(sentence):
        # Only for someone the pronoun could mean does the preposition matter.
        if compatible(person, gender):
            behind = mention is not None and oblique(scene, mention)
            (others if behind else subjects).append(person)
