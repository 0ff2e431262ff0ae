"""Blockquotes with no quotation marks, read as quotes.

Newsrooms set a statement, a letter or an embedded post as a blockquote
(Markdown ``>`` lines, HTML ``<blockquote>``) with no quotation marks: the
indent is the mark.  A blockquote that no quote found by its marks overlaps,
and that has letters, is a quote of its own, trimmed of the whitespace
around it.  A credit on its last line ("— Lisa Curtis (@lcurtis) May 3,
2026", "-- Ahmad Massoud") is not part of the words: the quote ends before
it, and the credit is left to the cue after the quote (``attribution.cue_after``
reads it as it reads a credit after a quote in marks).  A blockquote whose
words stand in marks keeps the quotes the marks give, so nothing is quoted
twice.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import attrs
import regex

from quotecheck.quotes import Quote

#: A credit line: a dash (or two hyphens) and a capital or a handle.
CREDIT = regex.compile(r"[ \t\u00a0]*(?:--|[-―—–])[ \t\u00a0]*[\p{Lu}@]")
#: The longest line read as a credit: a name, a handle and a date, or a short description.
CREDIT_LENGTH = 100
LETTER = regex.compile(r"\p{L}")


def words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of the blockquote ``text[start:end]``: trimmed, without a credit line; None when it has none."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end = start + len(piece.strip())
    last_line = text.rfind("\n", start, end)
    if last_line >= 0 and end - last_line <= CREDIT_LENGTH and CREDIT.match(text, last_line + 1, end):
        end = start + len(text[start:last_line].rstrip())
    if LETTER.search(text, start, end) is None:
        return None
    return start, end


def with_blockquotes(
    text: str, blockquotes: tuple[tuple[int, int], ...], quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` (in order of start) and a quote for each of ``blockquotes`` that none of them overlaps."""
    starts = [quote.start for quote in quotes]
    # The furthest any of the first n quotes reaches: a quote nested in another ends within it.
    reach = list(accumulate((quote.end for quote in quotes), max))
    added = []
    for start, end in blockquotes:
        before = bisect_left(starts, end)
        if before and reach[before - 1] > start:
            continue  # its words stand in marks, or a quotation runs into it
        span = words(text, start, end)
        if span is not None:
            added.append(Quote(*span))
    return merged(quotes, added) if added else quotes


def merged(quotes: tuple[Quote, ...], added: list[Quote]) -> tuple[Quote, ...]:
    """``quotes`` and ``added`` (overlapping none of them) in order of start, their links moved to match."""
    result: list[Quote] = []
    moved: list[int] = []  # the new index of each of ``quotes``
    position = 0
    for quote in added:
        while position < len(quotes) and quotes[position].start < quote.start:
            moved.append(len(result))
            result.append(quotes[position])
            position += 1
        result.append(quote)
    for quote in quotes[position:]:
        moved.append(len(result))
        result.append(quote)
    return tuple(quote if quote.parent is None and quote.continues is None else attrs.evolve(
        quote, parent=moved_index(moved, quote.parent), continues=moved_index(moved, quote.continues),
    ) for quote in result)


def moved_index(moved: list[int], index: int | None) -> int | None:
    """Where the quote once at ``index`` now stands."""
    return None if index is None else moved[index]
