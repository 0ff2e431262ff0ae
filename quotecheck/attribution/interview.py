"""Sieve 6, interview passages: the writer asks, the interviewee answers.

``So why talk? "Because …"`` · ``From whom? "From anyone …"`` — a quote
with no cue right after a question in the writer's own voice is the answer,
and goes to the interviewee: the person the article quotes most so far, or
failing that the speaker of the last attributed quote.
"""

from __future__ import annotations

from collections import Counter

import regex

from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.extract import PARAGRAPH_BREAK

NAME = "interview"
CONFIDENCE = 0.6
QUESTION_END = regex.compile(r"\?[\"”’]?[ \t\n]*\Z")
#: How far back a question is looked for: a writer's question is short.
QUESTION_REACH = 200


def asked_before(text: str, paragraph_start: int, start: int) -> bool:
    """True when a quote that opens its paragraph follows a paragraph that is the writer's question.

    ``Why now?`` on a line of its own, then ``"Because nobody else will."``:
    the question is short, and the writer's, not closed by a quotation mark.
    """
    if text[paragraph_start: start].strip():
        return False
    end = paragraph_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "?":
        return False
    # The question is a short paragraph: a long one is the writer's narrative.
    reach = max(0, end - QUESTION_REACH)
    return reach == 0 or PARAGRAPH_BREAK.search(text, reach, end) is not None


def leaders(scene: Scene) -> list[Attribution | None]:
    """For each quote, the latest attribution of the person quoted most before it.

    Worked out once per pass over the sieves, in one sweep, so the sieve
    stays linear however many quotes an article has.
    """
    cached = scene.cache.get(NAME)
    if cached is not None and cached[0] == scene.passes:
        return cached[1]
    counts: Counter[str] = Counter()
    latest: dict[str, Attribution] = {}
    leader: str | None = None
    found: list[Attribution | None] = []
    for decision in scene.decisions:
        found.append(latest[leader] if leader is not None else None)
        if decision is not None and decision.speaker_kind == "person":
            counts[decision.speaker] += 1
            latest[decision.speaker] = decision
            if leader is None or counts[decision.speaker] > counts[leader]:
                leader = decision.speaker
    scene.cache[NAME] = (scene.passes, found)
    return found


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Give the answer after a writer's question to the interviewee."""
    if scene.findings[index].settled:
        return None
    text, quote = scene.text, scene.quotes[index]
    paragraph_start = scene.paragraphs[index][0]
    start = max(paragraph_start, quote.start - QUESTION_REACH)
    if not QUESTION_END.search(text, start, quote.start) and not asked_before(text, paragraph_start, quote.start):
        return None
    source = leaders(scene)[index]
    if source is None:
        return None
    return Attribution(index, source.speaker, source.speaker_kind, source.mention, None, NAME, CONFIDENCE,
                       source.description)
