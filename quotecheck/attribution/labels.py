"""The labels of a transcript's paragraphs: whose "I" an answer speaks in.

In ``MASSOUD: I said, "Only if you can make the glacier less steep."`` the
quote's cue has the subject "I", outside any quotation, which would be the
writer's; but the label that opens the paragraph names who speaks, and "I"
is theirs.  A label may be a surname the article names ("Massoud:", in
capitals or in Markdown's bold) or a transcript's "A:" for the interviewee;
"Q:" is the writer's own.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.lookup import leaders
from quotecheck.attribution.scene import Scene
from quotecheck.speakers import Person

#: The label that opens a transcript's paragraph, Markdown's bold around it or not: "MASSOUD:", "**Massoud:**",
#: "A:", "Omar Massoud:".
PARAGRAPH_LABEL = regex.compile(
    r"[ \t]*(?:\*\*|__)?((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]"
)
#: The labels of the interviewer's questions and of the interviewee's answers.
QUESTION_LABELS = frozenset({"Q", "Question"})
ANSWER_LABELS = frozenset({"A", "Answer"})


def labelled(scene: Scene, index: int, offset: int) -> Person | None:
    """The person the label of a transcript's paragraph holding ``offset`` names, for an "I" there in quote ``index``.

    ``Massoud: I said, "…"`` is Massoud, named in the article before; ``A: I
    said, "…"`` the interviewee, the person quoted most so far or, before
    anyone is, the one the article names most (of equals, the first named).
    None for a paragraph with no label, or the writer's own ("Q:").
    """
    paragraph = scene.paragraphs[index][0]  # the quote's, which its cue's "I" stands in
    label = PARAGRAPH_LABEL.match(scene.text, paragraph, offset) if paragraph <= offset else None
    if label is None or label.group(1) in QUESTION_LABELS:
        return None
    if label.group(1) in ANSWER_LABELS:
        return interviewee(scene, index, paragraph)
    surname = label.group(1).split()[-1].casefold()
    return next((person for person in reversed(known_before(scene, paragraph))
                 if person.words[-1].casefold() == surname), None)


def known_before(scene: Scene, offset: int) -> list[Person]:
    """The people of the article, as against bodies and places, named before ``offset``."""
    return [person for person in scene.cast.people
            if person.first_seen < offset and person.kind == "person" and not person.place]


def interviewee(scene: Scene, index: int, offset: int) -> Person | None:
    """Whom the writer interviews, at quote ``index`` in the paragraph at ``offset``.

    The person quoted most so far or, before anyone is, the one the article
    has named most (of equals, the first named): "Omar Massoud studies
    glaciers. He spoke to Helen Curtis." interviews Omar Massoud.
    """
    known = known_before(scene, offset)
    leader = leaders(scene)[index]
    if leader is not None:
        return next((person for person in known if person.name == leader.speaker), None)
    return max(known, key=lambda person: person.salience, default=None)
