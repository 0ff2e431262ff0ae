"""Someone a sentence opens with by a role, doing something, whom "he" or "she" in the next sentence may mean.

"Sue Hale, the councillor, was hopeful. The nurse checks her notes.
“…,” she says": the nurse, not Sue Hale.  Features bring people back, or
in, by their job ("the nurse", "a driver") as the subject of a verb that
reports no speech, and the quote after is theirs.  Only the sentence just
before the pronoun's is read, and only a subject whose noun is a person's
role (``roles``).  A possessive pronoun of the other gender in that sentence
("The driver checked his mirrors") says it is not the one "she" means.

"A nurse" is someone new.  "The nurse" may be someone named before: the
one the article gave that role ("Ann Cole, the nurse,"), found as the
nominal sieve finds a description's holder; else someone not named only
when the latest person named who could be meant was given another role
("Sue Hale, the councillor"), for a description of someone plainly named
before ("Sanders spoke. The senator waved.") is that person.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span
from quotecheck.attribution.lookup import GENDERS, inside_quote
from quotecheck.attribution.nominal import last_named, read_roles
from quotecheck.attribution.roles import PHRASE_CUTS
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.unnamed import head_number, unnamed
from quotecheck.cues import WORDS as CUE_WORDS
from quotecheck.speakers import Person

#: A sentence's opening: a short phrase of place or time in lower case after its first word ("Back on the ward,"),
#: then an article, perhaps a word of description, the role, an aside between commas about the role's holder
#: (", asked what she would do now," or ", a bus driver,"), and the word after it.
OPENING = regex.compile(
    r"(?:\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,4},[ \t]+)?"
    r"(?P<article>[Tt]he|[Aa]n?)[ \t]+(?P<first>\p{Ll}[\p{Ll}-]*)(?:[ \t]+(?P<second>\p{Ll}+))?"
    r"(?P<aside>,[ \t]+(?:asked|who|a|an)\b[^,.;:!?\n\"“”]{1,80},)?(?:[ \t]+(?P<third>\p{Ll}+))?"
)
#: Words after a role that make the phrase go on or end the clause rather than bring in the verb, the reflexive
#: that makes the role someone known ("The candidate herself took to the airwaves"), and the verbs of one who would
#: not speak ("A spokesman declined to comment", "did not respond", "could not be reached").
NO_VERB = PHRASE_CUTS | frozenset("and or but himself herself".split()) | frozenset(
    "declined declines refused refuses did does could would can".split())
#: The pronouns read: a possessive ("her claim") may be anyone's.
SUBJECTS = frozenset({"he", "she"})
#: How far before the sentence the latest person named must have been given another role for "the" and a role
#: to be someone else: the sentence or two before ("Sue Hale, the councillor, was hopeful.").
GIVEN_REACH = 300
#: Possessive and object pronouns that tell a subject's gender from its own sentence: "checked his mirrors".
GENDERED = regex.compile(r"\b(his|him|himself|her|herself)\b")


def doers_opening(
    scene: Scene, pronoun: Span, levels: set[int | None], starts: list[int],
) -> list[tuple[int, Person, None]]:
    """The one a role opens the sentence before ``pronoun``'s with, if the pronoun, "he" or "she", could mean them.

    Not when the sentence names someone else ("A reporter asked Sanders"),
    whom the pronoun may mean as well, nor when its verb is a cue: the cue's
    own quote tells who that is.
    """
    if len(starts) < 2 or pronoun.text.lower() not in SUBJECTS or inside_quote(scene, starts[-2]) not in levels:
        return []
    text, start, end, gender = scene.text, starts[-2], starts[-1], GENDERS[pronoun.text.lower()]
    opening = OPENING.match(text, start, end)
    if opening is None or scene.cast.before(end) != scene.cast.before(opening.end()):
        return []
    groups = [group for group in ("first", "second", "third") if opening.group(group)]
    at = 0 if head_number(opening.group("first")) in ("either", gender) else 1  # past a word of description
    if at + 1 >= len(groups) or opening.group("aside") and opening.end(groups[at]) != opening.start("aside"):
        return []  # no verb; or an aside that stands elsewhere than just after the role, whose holder it is about
    head, verb = opening.group(groups[at]), opening.group(groups[at + 1])
    if head_number(head) not in ("either", gender) or verb in NO_VERB or verb in CUE_WORDS:
        return []
    told = GENDERED.search(text, opening.end(groups[at + 1]), end)
    if told is not None and GENDERS[told.group(1).lower()] != gender:
        return []
    named = latest_named(scene, start, gender)
    if opening.group("article").lower() == "the":
        person = holder(scene, start, head, named)
        if person is not None:
            return [(opening.start("article"), person, None)]
        if named and not given_other_role(scene, start, named[0]):
            return []  # "Sanders spoke. The senator waved.": a description of the one named, given no other role
    phrase = text[opening.start("article"): opening.end(groups[at])]
    return [(opening.start("article"), unnamed(phrase, head_number(head)), None)]


def latest_named(scene: Scene, start: int, gender: str) -> list[int]:
    """The last people named before ``start`` (as cast indices, the latest first) a pronoun of ``gender`` may mean."""
    return [person for person in last_named(scene, start) if scene.cast.people[person].gender in (None, gender)]


def holder(scene: Scene, start: int, head: str, named: list[int]) -> Person | None:
    """The one of ``named`` the article gave role ``head`` before ``start``, the latest first."""
    known = read_roles(scene, scene.cast.before(start))
    for person in named:
        if any(offset < start for offset, _ in known.held.get((person, head), ())):
            return scene.cast.people[person]
    return None


def given_other_role(scene: Scene, start: int, person: int) -> bool:
    """True when ``person`` was given a role within GIVEN_REACH before ``start``: "Sue Hale, the councillor,"."""
    known = read_roles(scene, scene.cast.before(start))
    return any(holder_index == person and any(offset >= start - GIVEN_REACH for offset, _ in entries)
               for (holder_index, _), entries in known.held.items())
