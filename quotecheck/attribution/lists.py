"""Names listed together, who speak together: ``"…," Ms. Curtis and Ms. Maddox said``.

The names are parted by commas and one "and" before the last ("Massoud,
Curtis and Maddox"); the people of such a list are one speaker, a group
named for them all, which "they" may stand for too.  A short description or
an age may be set beside each of two names: "The leader, Neil Hale, and his
deputy, Sam Ford," and "Neil Hale, 34, and Sam Ford, 29," are lists too.
"""

from __future__ import annotations

from typing import Iterator

import regex

from quotecheck.attribution.context import Span
from quotecheck.attribution.lookup import person_at
from quotecheck.attribution.scene import Scene
from quotecheck.speakers import Person

#: A description or an age set beside a name of a list, between commas: "his deputy", "the party leader", "34".
APPOSED = r"(?:\d{1,3}|(?:the|his|her|their|its|a|an)(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){1,4})"
#: What may part the names of a list that speaks together: "Curtis and Maddox", "Massoud, Curtis, and Maddox";
#: a description set beside a name goes only with the "and": "Neil Hale, the leader, and his deputy, Sam Ford".
JOIN = regex.compile(rf"(,)?[ \t]+(and[ \t]+)?|,[ \t]+|(,)[ \t]+(?:{APPOSED},[ \t]+)?(and[ \t]+)(?:{APPOSED},[ \t]+)?")
#: What may stand before a list of speakers that a cue follows: a quotation's close, a sentence's start, or the
#: dash or bracket after a dateline.
LIST_OPENERS = ",\"”’'.!?:;—–(\n"


def lists_before(scene: Scene, offset: int, floor: int) -> Iterator[list[tuple[Span, Person]]]:
    """The lists of names that could speak together before ``offset`` and from ``floor`` on, the latest first."""
    cast = scene.cast
    for index in range(cast.before(offset) - 1, -1, -1):
        mention = cast.mentions[index]
        if mention.start < floor:
            return
        members = joined(scene, Span.of(scene.text, mention), None, anywhere=True)
        if members:
            yield members


def group(name: str) -> Person:
    """People named together, who speak together: "Curtis and Maddox"."""
    return Person(name, (), kind="group", gender="plural", named=True)


def group_name(members: list[tuple[Span, Person]]) -> str:
    """The name of the people of a list (``joined``) who speak together: "Curtis and Maddox".

    Three or more are parted by commas: "Massoud, Curtis and Maddox".
    """
    names = [member.name for _, member in members]
    return ", ".join(names[:-1]) + " and " + names[-1]


def joined(scene: Scene, subject: Span, cue: Span | None, *, anywhere: bool = False) -> list[tuple[Span, Person]]:
    """The people of a list that speaks together, the subject among them; empty when the subject speaks alone.

    ``"…," Ms. Curtis and Ms. Maddox said`` · ``said Ahmad Massoud, Lisa
    Curtis and Lisa Maddox``.  The names are parted by commas and one "and"
    before the last; a name that owns what follows it ("Massoud and Curtis's
    aides") makes no list, nor does one that a verb's object may be
    ("Clinton met Massoud and Curtis said"), unless ``anywhere`` says the
    list is looked for as what a description refers to.
    """
    text, cast = scene.text, scene.cast
    at = cast.before(subject.start)
    if at >= len(cast.mentions) or cast.mentions[at].start != subject.start:
        return []
    # A list after its cue is read on from the subject, its first name; one before its cue back from the last.
    step = 1 if cue is not None and cue.start < subject.start else -1
    # Most subjects stand alone: a look at the words beside the name tells, before any list is read.
    if step == 1 and not text[cast.mentions[at].end: cast.mentions[at].end + 6].lstrip(" \t").startswith((",", "and")) \
            or step == -1 and not text[max(0, subject.start - 6): subject.start].rstrip(" \t").endswith(("and", ",")):
        return []
    chain, joins = [at], []
    while 0 <= chain[-1] + step < len(cast.mentions):
        left, right = sorted((chain[-1], chain[-1] + step))
        gap = JOIN.fullmatch(text, cast.mentions[left].end, cast.mentions[right].start)
        if gap is None or not (gap.group(1) or gap.group(2) or gap.group(4)):
            break
        join = "and" if gap.group(2) or gap.group(4) else ","
        if step == -1 and (join == "and") != (not joins):
            break  # read back, the "and" comes first and commas after it
        chain.append(chain[-1] + step)
        joins.append(join)
        if step == 1 and join == "and":
            break  # read on, the "and" comes before the last name
    if step == -1:
        chain.reverse()
        joins.reverse()
    # One "and", before the last name.
    if not joins or joins.count("and") != 1 or joins[-1] != "and":
        return []
    spans = [Span.of(text, cast.mentions[i]) for i in chain]
    if any(text.startswith(("'", "’"), span.end) for span in spans):  # "Curtis's aides", "the Sanders' aides"
        return []
    if step == -1 and not anywhere:
        before = text[max(0, spans[0].start - 40): spans[0].start].rstrip(" \t")
        if before.endswith(("Both", "both")) and not before[-5:-4].isalpha():
            before = before[:-4].rstrip(" \t")  # "Both Mr. Martinon and Ms. Maddox called it"
        if before and before[-1] not in LIST_OPENERS:
            return []
    members = []
    for span in spans:
        person = person_at(scene, span)
        if person is None or person.place or person.kind not in ("person", "organisation"):
            return []
        if all(member is not person for _, member in members):
            members.append((span, person))
    return members if len(members) > 1 else []
