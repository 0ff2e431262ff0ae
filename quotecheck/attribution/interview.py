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


def interviewee(scene: Scene, index: int) -> Attribution | None:
    """The attribution of the person quoted most before quote ``index``."""
    counts: Counter[str] = Counter()
    latest: dict[str, Attribution] = {}
    for earlier in range(index):
        decision = scene.decisions[earlier]
        if decision is not None and decision.speaker_kind == "person":
            counts[decision.speaker] += 1
            latest[decision.speaker] = decision
    if not counts:
        return None
    return latest[counts.most_common(1)[0][0]]


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Give the answer after a writer's question to the interviewee."""
    if scene.findings[index].subject is not None:
        return None
    text, quote = scene.text, scene.quotes[index]
    start = max(scene.paragraphs[index][0], quote.start - 200)
    if not QUESTION_END.search(text, start, quote.start):
        return None
    source = interviewee(scene, index)
    if source is None:
        return None
    return Attribution(index, source.speaker, source.speaker_kind, source.mention, None, NAME, CONFIDENCE,
                       source.description)
