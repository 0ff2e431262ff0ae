"""Sieve 6, a description for someone named before: ``"…," the Florida senator said``.

A cue whose subject is a definite description ("the senator", "the
Democratic presidential candidate", "the uncle") most often refers back to a
person the article has named with that role: "Sen. Marco Rubio", "Democratic
presidential candidate Hillary Clinton", "Ahmad Massoud's uncle, Ahmad Wali
Massoud", "Lisa Maddox, a senior analyst".  The role is read from a name's
honorific, the words before it and the description set after it.  The
speaker is the holder of the role among the last few people named before the
description, the latest first; a capitalised word of the description ("the
Vermont senator") must be among the holder's role words, unless the holder
is the only one the article names.  The mention is the description, so a
reader sees what the text says.  A description no one near holds is left to
the anonymous sieve.
"""

from __future__ import annotations

from quotecheck.attribution.context import appositive
from quotecheck.attribution.people import GENDERED_ROLES, ROLES, description_words
from quotecheck.attribution.scene import Attribution, Scene

NAME = "nominal"
CONFIDENCE = 0.75
#: Honorifics as the role they give: "Sen. Marco Rubio" is a senator.
HONORIFIC_ROLES = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "sgt": "sergeant", "capt": "captain", "adm": "admiral",
    "dr": "doctor", "prof": "professor", "rev": "reverend", "atty": "attorney", "det": "detective",
}
#: Roles that are also what many people are called and name no one in particular.
TOO_COMMON = frozenset("man woman person people one source official member supporter critic voter".split())
#: Nouns a description may call a named person by, beyond the roles of ``people``: "the Florida senator".
TITLES = frozenset("""
senator governor president congressman congresswoman nominee candidate pope pontiff prince princess king queen
actress actor columnist businessman businesswoman mogul billionaire chairman chairwoman chair speaker ambassador
general admiral colonel comedian singer star founder ceo bishop cardinal cleric premier chancellor emir sheikh
uncle aunt cousin widow veteran coach pollster
""".split())
NOUNS = (ROLES | GENDERED_ROLES.keys() | TITLES) - TOO_COMMON
#: How many people named last before a description may stand between it and the one it means.
RECENT = 3
#: Words before a name read for its role, and how far back.
BEFORE_WORDS, BEFORE_REACH = 4, 60


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue's subject is a description of someone the article names."""
    finding = scene.findings[index]
    if finding.subject_type != "phrase" or finding.antecedent is not None:
        return None
    words = description_words(finding.subject.text)
    if len(words) < 2 or words[0] != "the" or words[-1] not in NOUNS:
        return None
    head, cast, start = words[-1], scene.cast, finding.subject.start
    recent = last_named(scene, start)
    # What each of them was called before the description, gathered from all their mentions.
    held: dict[int, set[str]] = {}
    for number in range(cast.before(start)):
        if cast.referents[number] in recent:
            for heads, context in roles_at(scene, number):
                if head in heads:
                    held.setdefault(cast.referents[number], set()).update(context)
    holders = [person for person in recent if person in held]
    if not holders:
        return None
    marks = {word.lower() for word in finding.subject.text.split()[1:-1] if word[:1].isupper()}
    chosen = next((person for person in holders if marks <= held[person]), None)
    if chosen is None and len(holders) == 1 and only_holder(scene, head, holders[0], start):
        chosen = holders[0]
    if chosen is None:
        return None
    person = cast.people[chosen]
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)


def last_named(scene: Scene, offset: int) -> list[int]:
    """The last RECENT people (as cast indices) named before ``offset``, the latest first."""
    cast, found = scene.cast, []
    for number in range(cast.before(offset) - 1, -1, -1):
        person = cast.referents[number]
        if person not in found and cast.people[person].kind == "person" and not cast.people[person].place:
            found.append(person)
            if len(found) == RECENT:
                break
    return found


def only_holder(scene: Scene, head: str, person: int, offset: int) -> bool:
    """True when no one but ``person`` is named with role ``head`` before ``offset``."""
    cast = scene.cast
    for number in range(cast.before(offset)):
        if cast.referents[number] != person and any(head in heads for heads, _ in roles_at(scene, number)):
            return False
    return True


def roles_at(scene: Scene, number: int) -> list[tuple[list[str], set[str]]]:
    """The roles mention ``number`` gives its person, each with the words around that gave it.

    From its honorific ("Sen."), the words just before it ("Republican
    presidential candidate", "Massoud's uncle,") and a description after it
    (", the Florida senator,").
    """
    text, mention = scene.text, scene.cast.mentions[number]
    given = []
    # A comma may part the role from the name: "Ahmad Massoud's uncle, Ahmad Wali Massoud".
    before = [word.rstrip(",") for word in text[max(0, mention.start - BEFORE_REACH): mention.start].split()]
    before = before[-BEFORE_WORDS:]
    around = {word.lower() for word in before}  # "Florida Sen. Marco Rubio": Florida's senator
    for word in mention.honorific.split():
        plain = word.lower().rstrip(".")
        given.append(([HONORIFIC_ROLES.get(plain, plain)], around | {plain}))
    if before and before[-1].isalpha() and before[-1].islower():
        # "Republican presidential candidate Donald Trump", "former secretary of state Hillary Clinton"
        given.append(([before[-1]] + [before[at - 1] for at in range(1, len(before)) if before[at] == "of"], around))
    if text.startswith(",", mention.end):
        description = appositive(text, mention.end)
        words = description_words(description) if description else []
        if words:
            given.append(([words[-1]], set(words)))
    return given
