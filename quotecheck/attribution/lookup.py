"""Where a mention or an offset stands in an article: the cast member a mention names, the quote that holds it.

What a pronoun's search (``people``) and the readers of the people a
pronoun may mean beyond the names (``unnamed``, ``bodies``, ``lists``)
look up alike, with how far back a pronoun looks for its person and the
gender each pronoun needs; and who is quoted most so far, which interview
passages and transcripts ask.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from quotecheck.attribution.context import POSSESSIVE_PRONOUNS, PRONOUN_SUBJECTS, Span, behind_preposition
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.speakers import Person

#: How far back a pronoun looks for its person.
LOOKBACK = 1500
#: What ``leaders`` keeps between calls in a scene's cache.
LEADERS = "leaders"
GENDERS = {**PRONOUN_SUBJECTS, **POSSESSIVE_PRONOUNS, "him": "male", "them": "plural"}


def person_at(scene: Scene, span: Span) -> Person | None:
    """The cast member named by the mention at ``span``."""
    cast = scene.cast
    index = cast.before(span.start + 1) - 1
    while index >= 0 and cast.mentions[index].end > span.start:
        if cast.mentions[index].start <= span.start < cast.mentions[index].end or span.start <= cast.mentions[index].start < span.end:
            return cast.person_of(index)
        index -= 1
    following = cast.before(span.start)
    if following < len(cast.mentions) and cast.mentions[following].start < span.end:
        return cast.person_of(following)
    return None


def inside_quote(scene: Scene, offset: int) -> int | None:
    """The innermost quote holding ``offset``, if any."""
    # Quotes nest without crossing, so one holding the offset is an ancestor
    # of the last quote to start before it.
    candidate = bisect_left(scene.starts, offset) - 1
    while candidate is not None and candidate >= 0:
        if scene.quotes[candidate].end > offset:
            return candidate
        candidate = scene.quotes[candidate].parent
    return None


# Each pronoun reads back over the same mentions as the pronouns before it,
# so the scene keeps what was found out about each.

def quote_of(scene: Scene, index: int) -> int | None:
    """The innermost quote holding mention ``index``, if any."""
    if index not in scene.mention_quotes:
        scene.mention_quotes[index] = inside_quote(scene, scene.cast.mentions[index].start)
    return scene.mention_quotes[index]


def oblique(scene: Scene, index: int) -> bool:
    """True when a preposition comes shortly before mention ``index``: "with the former Vice President"."""
    if index not in scene.obliques:
        scene.obliques[index] = behind_preposition(scene.text, 0, scene.cast.mentions[index].start)
    return scene.obliques[index]


def leaders(scene: Scene) -> list[Attribution | None]:
    """For each quote, the latest attribution of the person quoted most before it.

    Worked out once per pass over the sieves, in one sweep, so the sieve
    stays linear however many quotes an article has.
    """
    cached = scene.cache.get(LEADERS)
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
    scene.cache[LEADERS] = (scene.passes, found)
    return found
