"""Sieve 1, adjacent cue: a name right by a cue verb next to the quote.

``"…," Mr. Massoud said`` · ``"…," said Lt. Gen. Mirza Mohammad Yarmand, a
former deputy minister`` · ``Mr. Martinon said: "…"`` · ``according to the
Pentagon`` · ``Haqqani's claims that "…"`` · a transcript's ``"MASSOUD: …``.
The cue search itself lives in ``context`` and ``scene``; this sieve takes
the findings whose subject is a name and ties it to the cast member it
names.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span, appositive
from quotecheck.attribution.people import person_at
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.speakers import Person

NAME = "adjacent"
CONFIDENCE = 0.95
#: What may part the names of a list that speaks together: "Curtis and Maddox", "Massoud, Curtis, and Maddox".
JOIN = regex.compile(r"(,)?[ \t]+(and[ \t]+)?|,[ \t]+")
#: What may stand before a list of speakers that a cue follows: a quotation's close, a sentence's start, or the
#: dash or bracket after a dateline.
LIST_OPENERS = ",\"”’'.!?:;—–(\n"


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue names its speaker."""
    finding = scene.findings[index]
    if finding.subject_type != "name":
        return None
    person = person_at(scene, finding.antecedent or finding.subject)
    if person is None:
        return Attribution(index, finding.subject.text, "person", finding.subject, finding.cue, NAME, 0.8)
    members = joined(scene, finding.subject, finding.cue)
    if members:
        first, last = members[0][0], members[-1][0]
        mention = Span(first.start, last.end, scene.text[first.start: last.end])
        return Attribution(index, group_name([member.name for _, member in members]), "group", mention,
                           finding.cue, NAME, CONFIDENCE)
    if person.description is None:
        person.description = appositive(scene.text, finding.subject.end)
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)


def group_name(names: list[str]) -> str:
    """The name of people who speak together: "Curtis and Maddox", "Massoud, Curtis and Maddox"."""
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
            or step == -1 and not text[max(0, subject.start - 6): subject.start].rstrip(" \t").endswith("and"):
        return []
    chain, joins = [at], []
    while 0 <= chain[-1] + step < len(cast.mentions):
        left, right = sorted((chain[-1], chain[-1] + step))
        gap = JOIN.fullmatch(text, cast.mentions[left].end, cast.mentions[right].start)
        if gap is None or not (gap.group(1) or gap.group(2)):
            break
        join = "and" if gap.group(2) else ","
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
    if any(text.startswith(("'s", "’s", "'", "’"), span.end) for span in spans):
        return []
    if step == -1 and not anywhere:
        before = text[max(0, spans[0].start - 40): spans[0].start].rstrip(" \t")
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
