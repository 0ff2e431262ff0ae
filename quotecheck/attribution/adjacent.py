"""Sieve 1, adjacent cue: a name right by a cue verb next to the quote.

``"…," Mr. Massoud said`` · ``"…," said Lt. Gen. Mirza Mohammad Yarmand, a
former deputy minister`` · ``Mr. Martinon said: "…"`` · ``according to the
Pentagon`` · ``Haqqani's claims that "…"`` · a transcript's ``"MASSOUD: …``
(or ``"WALLACE: …`` from someone the article names only so).
The cue search itself lives in ``context`` and ``scene``; this sieve takes
the findings whose subject is a name and ties it to the cast member it
names.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span, appositive
from quotecheck.attribution.lists import group_name, joined
from quotecheck.attribution.lookup import person_at
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.attribution.subject_after import NAMED_BODIES

#: A body's noun after a cue and the comma that sets a name beside it: "said the union, Unite" (see
#: ``subject_after.NAMED_BODIES``).
BODY_BESIDE = regex.compile(r"[ \t\n]+(?:the|a|an)[ \t]+(?:" + "|".join(sorted(NAMED_BODIES)) + r"),[ \t\n]+")

NAME = "adjacent"
CONFIDENCE = 0.95
#: A transcript's label the article names nowhere else is read as a name, with less certainty.
LABEL_CONFIDENCE = 0.8


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue names its speaker."""
    finding = scene.findings[index]
    if finding.subject_type == "label":  # a transcript's speaker whom the article names nowhere else
        name = " ".join(word.capitalize() for word in finding.subject.text.split())
        return Attribution(index, name, "person", finding.subject, finding.cue, NAME, LABEL_CONFIDENCE)
    if finding.subject_type != "name":
        return None
    person = person_at(scene, finding.antecedent or finding.subject)
    if person is None:
        return Attribution(index, finding.subject.text, "person", finding.subject, finding.cue, NAME, 0.8)
    members = joined(scene, finding.subject, finding.cue)
    if members:
        first, last = members[0][0], members[-1][0]
        mention = Span(first.start, last.end, scene.text[first.start: last.end])
        return Attribution(index, group_name(members), "group", mention,
                           finding.cue, NAME, CONFIDENCE)
    cue = finding.cue
    if person.kind == "person" and cue is not None and cue.end <= finding.subject.start \
            and BODY_BESIDE.fullmatch(scene.text, cue.end, finding.subject.start):
        person.kind = "organisation"  # "said the union, Unite": a name set beside a body's noun is the body's
    if person.description is None:
        person.description = appositive(scene.text, finding.subject.end)
    if person.kind == "person" and not person.place:
        # A word that opens a sentence is read as a name only on more evidence ("Later, Yarmand told"):
        # a cue that gives it a quote is such evidence, and a pronoun after may stand for it.
        person.named = True
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)
