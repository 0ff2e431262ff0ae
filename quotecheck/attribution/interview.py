"""Sieve 5, interview passages: the writer asks, the interviewee answers.

``So why talk? "Because …"`` · ``From whom? "From anyone …"`` — a quote
with no cue right after a question in the writer's own voice is the answer,
and goes to the interviewee: the person the article quotes most so far, or
failing that the speaker of the last attributed quote.
"""

from __future__ import annotations

from collections import Counter

import regex

from quotecheck.attribution.scene import Attribution, Scene

NAME = "interview"
CONFIDENCE = 0.6
QUESTION_END = regex.compile(r"\?[\"”’]?[ \t\n]*\Z")


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
    start = max(scene.paragraphs[index][0], quote.start - 200)
    if not QUESTION_END.search(text, start, quote.start):
        return None
    source = leaders(scene)[index]
    if source is None:
        return None
    return Attribution(index, source.speaker, source.speaker_kind, source.mention, None, NAME, CONFIDENCE,
                       source.description)
