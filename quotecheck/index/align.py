"""Align a draft's words with a source's words: a similarity score and a word diff.

Both sides are normalised text (``quotecheck.index.normalise``).  When the
draft is shorter than the source it may quote only part of it, so the part
of the source it corresponds to is found first, with rapidfuzz's partial
alignment on the characters (the best window of the source's length of the
draft), widened to whole words.  The words of that window are then aligned
with the draft's by rapidfuzz's Levenshtein opcodes over word lists.

The score is the share of words the two have in common, in order, over the
longer of the draft and the window: one word changed in ten scores 0.9,
two scores 0.8.  The diff covers the whole source, so what the draft cut is
shown too: ``we [-shall-] {+will+} never surrender``.
"""

from __future__ import annotations

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein


#: Source words added at each side of the partial window, so that a draft with words cut
#: or changed near its ends still finds them; unmatched words at the edges are trimmed again.
SLACK = 2


@attrs.frozen
class Alignment:
    """How a draft lines up with a source: shared-word score, the source words it covers, and the diff."""

    score: float
    start: int
    end: int
    diff: str


def align(draft: str, source: str) -> Alignment:
    """The alignment of normalised ``draft`` with normalised ``source``."""
    draft_words, source_words = draft.split(), source.split()
    start, end = (0, len(source_words))
    if len(draft_words) < len(source_words):
        start, end = window(draft, source)
        # The partial window can be shorter than the draft; widen it to the
        # draft's length and a little more on each side.
        spare = max(0, len(draft_words) - (end - start)) + SLACK
        start, end = max(0, start - spare), min(len(source_words), end + spare)
    operations = Levenshtein.opcodes(source_words[start:end], draft_words)
    blocks = [(tag, start + low, start + high, draft_words[first:last])
              for tag, low, high, first, last in operations]
    # Source words at the window's edges that the draft does not have come
    # from widening the window to whole words; the draft did not quote them.
    while blocks and blocks[0][0] == "delete":
        start = blocks.pop(0)[2]
    while blocks and blocks[-1][0] == "delete":
        end = blocks.pop()[1]
    shared = sum(high - low for tag, low, high, _ in blocks if tag == "equal")
    longest = max(len(draft_words), end - start)
    score = shared / longest if longest else 1.0
    return Alignment(score, start, end, diff(source_words, start, end, blocks))


def window(draft: str, source: str) -> tuple[int, int]:
    """The word span of ``source`` that best matches the shorter ``draft``."""
    found = fuzz.partial_ratio_alignment(draft, source)
    first = source.count(" ", 0, found.dest_start)
    last = source.count(" ", 0, max(found.dest_end - 1, found.dest_start)) + 1
    return first, last


def diff(source_words: list[str], start: int, end: int, blocks: list) -> str:
    """The word diff of the source against the draft; words outside the window show as cut."""
    parts = [removed(source_words[:start])]
    for tag, low, high, added in blocks:
        if tag == "equal":
            parts.append(" ".join(source_words[low:high]))
        else:
            parts += [removed(source_words[low:high]), inserted(added)]
    parts.append(removed(source_words[end:]))
    return " ".join(part for part in parts if part)


def removed(words: list[str]) -> str:
    """Words the draft does not have, marked ``[-…-]``."""
    return f"[-{' '.join(words)}-]" if words else ""


def inserted(words: list[str]) -> str:
    """Words only the draft has, marked ``{+…+}``."""
    return f"{{+{' '.join(words)}+}}" if words else ""
