"""Turning a subject the cue search found into a person of the article's cast.

A name subject is looked up among the cast's mentions.  A pronoun is
resolved the way a reader would: back through the sentences before it, the
most recent person of the right gender, taking the leftmost mention of each
earlier sentence first (its subject, after Hobbs 1978) and passing over names
behind a preposition in the pronoun's own clause ("At the same time as de
Gaulle, he told ...").  Mentions inside other quotes are not candidates.

Someone the article does not name may be meant as well (``unnamed``), and,
for "it" or "they", names listed together (``lists``) or a body or writing
the article describes (``bodies``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from quotecheck.attribution.agents import asked_about, passive_agent
from quotecheck.attribution.bodies import bodies
from quotecheck.attribution.context import REACH, Span
from quotecheck.attribution.continued import continued
from quotecheck.attribution.doers import doers_opening
from quotecheck.attribution.fronted import fronted
from quotecheck.attribution.lists import group
from quotecheck.attribution.lookup import GENDERS, LOOKBACK, inside_quote, oblique, person_at, quote_of
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.kin import Kin, kin, roles_taken
from quotecheck.attribution.unnamed import owned_role, people_opening, sources_opening, unnamed_source
from quotecheck.namewords import POSSESSIVE as POSSESSIVES
from quotecheck.speakers import Person

#: "According to", or "from" after a message ("a letter from"), just before a name: the name is the source of the
#: words its sentence reports.  Read backwards from the name: one try where the name starts rather than one at
#: each place before it.
SOURCE_BEFORE = regex.compile(
    r"(?i)\b(?:according\s+to|(?:message|messages|letter|letters|word|call|note|statement|email|e-mail|plea|appeal"
    r"|warning|greetings)\s+from)\s+\Z", regex.REVERSE)
#: How many people a pronoun could mean are weighed, the one chosen and its rivals.
RIVALS = 6


def person_of(scene: Scene, subject: Span | None, kind: str | None) -> Person | None:
    """The cast member a subject names, or the person a pronoun subject stands for; None for anything else."""
    if subject is None:
        return None
    if kind == "name":
        return person_at(scene, subject)
    if kind == "pronoun":
        return resolve(scene, subject)[0]
    return None


def compatible(person: Person, gender: str) -> bool:
    """True when a pronoun of ``gender`` can refer to ``person``."""
    if person.kind == "anonymous":
        return person.gender in (None, gender) if gender in ("male", "female") else person.gender == gender
    if person.kind == "group" and not person.place:
        return gender == "plural"  # people named together
    if gender in ("plural", "neuter"):
        # A body the article names, not a capitalised word that opens a paragraph ("KABUL, Afghanistan —");
        # "they" are no place.
        return person.kind == "organisation" and person.named and not (gender == "plural" and person.place)
    if person.kind != "person" or person.place or not person.named:
        return False
    return person.gender in (None, gender)


def candidates(scene: Scene, pronoun: Span, starts: list[int]) -> list[tuple[int, Person, int | None]]:
    """Who a pronoun could mean, nearest first: (offset, person, mention index or None).

    ``starts`` are where the sentences before the pronoun's start, its own last.

    The names the text gives, at the pronoun's own quote level or around
    it, with the role a name owns just before its owner; someone "his" or
    "her" gives by a role, for "he" or "she" (``kin``); names listed
    together and bodies or writings described, for "it" or "they"
    (``bodies``); and the speakers of the quotes already attributed, each at
    its quote's start and with no mention, including the unnamed sources a
    cue gave.
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
    taken = None
    owners = scene.cache.setdefault("owners", {})  # the role each possessive name owns, once found
    # Read for every mention of the lookback of every pronoun: the cast's lists are read directly.
    mentions, referents = cast.mentions, cast.referents
    for index in range(cast.before(pronoun.start) - 1, -1, -1):
        start, end = mentions[index].start, mentions[index].end
        if start < floor:
            break
        if quote_of(scene, index) in levels and index not in cast.modifiers:
            found.append((start, cast.people[referents[index]], index))
            if not scene.text.startswith(POSSESSIVES, end):
                continue
            if index not in owners:
                owners[index] = owned_role(scene, index)
            role = owners[index]
            if role is not None and taken is None:
                taken = roles_taken(scene, pronoun)
            # "He" is not the doctor in "he released a letter from his doctor".
            if role is not None and role[1] not in taken:
                # Read leftmost first, the role comes before its owner: the deputy, then Le Drian.
                found.append((start, role[0], index))
    gender = GENDERS.get(pronoun.text.lower())
    if gender in ("male", "female"):
        found.extend(kin(scene, pronoun, gender, home, starts[-1]))
        found.extend(fronted(scene, pronoun, gender, starts[-1]))
        found.extend(sources_opening(scene, gender, levels, starts))
        found.extend(doers_opening(scene, pronoun, levels, starts))
    elif gender == "plural":
        found.extend(people_opening(scene, levels, starts))
    people = scene.cache.get("people")
    if people is None:  # the cast is complete before any quote is attributed
        people = scene.cache["people"] = {person.name: person for person in cast.people}
    for index in range(bisect_left(scene.starts, pronoun.start) - 1, -1, -1):
        quote, decision = scene.quotes[index], scene.decisions[index]
        if quote.start < floor:
            break
        # The speaker of a quote around the pronoun says "I" there, not "he".
        if quote.parent not in levels or index in levels:
            continue
        if decision is not None and decision.speaker in people:
            found.append((quote.start, people[decision.speaker], None))
            continue
        if decision is not None and decision.speaker_kind == "group":
            found.append((quote.start, group(decision.speaker), None))
            continue
        source = unnamed_source(scene, index)
        if source is not None:
            found.append((quote.start, source, None))
    if gender in ("plural", "neuter"):
        found.extend(bodies(scene, pronoun, levels))
    found.sort(key=lambda entry: -entry[0])
    return found


def owned(scene: Scene, person: Person) -> bool:
    """False when ``person`` is kin of no one known ("his colleague" of no one is too vague to stand for).

    Kin is named for the one its pronoun stands for the first time it is
    asked about: "Ahmad Massoud's wife"; kin of no one known keeps its own
    words ("Her brother").
    """
    if not isinstance(person, Kin):
        return True
    if person.owner is not None:
        key = ("kin", person.owner.start)
        if key not in scene.cache:
            scene.cache[key] = resolve(scene, person.owner)[0]
        owner = scene.cache[key]
        if owner is not None:
            person.name = f"{owner.name}'s {person.role}"
        person.owner, person.owned = None, owner is not None
    return person.owned


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
    found = candidates(scene, pronoun, starts)
    # Before a sentence the pronoun's word opens, someone unnamed of no known gender waits behind the rest.
    unsure = [entry for entry in found if entry[1].gender is None and entry[1].kind == "anonymous"]
    later = continued(scene, pronoun, starts) if unsure else None
    unsure = [entry for entry in unsure if later is not None and entry[0] < later]
    for offset, person, mention in (entry for entry in found if entry not in unsure) if unsure else found:
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
    chosen.extend(person for _, person, _ in unsure if compatible(person, gender))
    # Family of no one known ("Her brother disagreed. He said") when nobody else fits.
    first = next((person for person in chosen if owned(scene, person)), None) \
        or next((person for person in chosen if isinstance(person, Kin) and person.family()), None)
    if first is None:
        return None, 0
    # Someone known as the chosen one's kin ("his father") is no rival: the sentence is about the chosen one.
    kin_of_first = f"{first.name}'s "
    rivals = len({id(person) for person in nearest if person is not first and person.gender == gender
                  and owned(scene, person) and not person.name.startswith(kin_of_first)})
    if first.gender is None and gender in ("male", "female"):
        first.gender = gender
    return first, rivals


def pick(
    scene: Scene, sentence: list[tuple[Person, int | None]], gender: str, subjects: list[Person], others: list[Person],
) -> None:
    """Add the people of one sentence a pronoun could mean, leftmost first, names behind a preposition apart.

    A source "according to" names is no subject of its sentence, but the
    sentence reports what it said: after the sentence's subjects, before
    anyone behind another preposition ("According to Ms. Curtis, the numbers
    are smaller. “…,” she said"); the one a message, a letter or a
    statement comes "from" is such a source too.  So does someone a
    possessive pronoun gives by a role: "His father, he said, had taught
    him that “…”" is the son's sentence; but behind a preposition ("a book
    about her father") such a one waits with the names there.
    """
    sources = []
    for person, mention in reversed(sentence):
        # Only for someone the pronoun could mean does the preposition matter.
        if not compatible(person, gender):
            continue
        if isinstance(person, Kin):
            (others if person.oblique else sources).append(person)
            continue
        behind = mention is not None and (asked_about(scene, mention)
                                          or oblique(scene, mention) and not passive_agent(scene, mention))
        if behind and reported_source(scene, mention):
            sources.append(person)
        else:
            (others if behind else subjects).append(person)
    subjects.extend(sources)


def reported_source(scene: Scene, index: int) -> bool:
    """True when "according to", or a message's "from", comes just before mention ``index``."""
    start = scene.cast.mentions[index].start
    return SOURCE_BEFORE.match(scene.text, max(0, start - 24), start) is not None
