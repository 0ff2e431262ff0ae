"""Blockquotes with no quotation marks, read as quotes.

Newsrooms set a statement, a letter or an embedded post as a blockquote
(Markdown ``>`` lines, HTML ``<blockquote>``) with no quotation marks: the
indent is the mark.  A blockquote that no quote found by its marks overlaps,
and that has letters, is a quote of its own, trimmed of the whitespace
around it.  A credit on its last line ("— Lisa Curtis (@lcurtis) May 3,
2026", "-- Ahmad Massoud") is not part of the words: the quote ends before
it, and the credit is left to the cue after the quote (``attribution.cue_after``
reads it as it reads a credit after a quote in marks).  A blockquote of
several paragraphs is quoted as a quotation in marks that runs over several
paragraphs is: a piece a paragraph, each going on from the one before.

A blockquote whose words stand in marks keeps the quotes the marks give, so
nothing is quoted twice: one that holds a quote in marks, or that a
quotation runs into or out of.  But a term, a title or a fragment in marks
inside its words ("the so-called "deal"") leaves it a quote, and stands in
it as a quote within a quote.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


#: A paragraph break inside a blockquote's words.
PARAGRAPH_BREAK = regex.compile(r"\n[ \t\u00a0]*\n\s*")
#: The kinds of a quote in marks that may stand inside a blockquote's words: no one's speech of its own.
INSIDE_KINDS = frozenset({"term", "title", "fragment"})


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of the words ``text[start:end]``, each trimmed, those with no letters left out."""
    bounds = [start]
    for gap in PARAGRAPH_BREAK.finditer(text, start, end):
        bounds.extend((gap.start(), gap.end()))
    bounds.append(end)
    found = []
    for low, high in zip(bounds[::2], bounds[1::2]):
        while high > low and text[high - 1].isspace():
            high -= 1
        if LETTER.search(text, low, high):
            found.append((low, high))
    return found


def with_blockquotes(
    text: str, blockquotes: tuple[tuple[int, int], ...], quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """``quotes`` (in order of start) and a quote for each paragraph of each of ``blockquotes`` not in marks."""
    starts = [quote.start for quote in quotes]
    # The furthest any of the first n quotes reaches: a quote nested in another ends within it.
    reach = list(accumulate((quote.end for quote in quotes), max))
    added: list[tuple[int, int]] = []
    links: list[int | None] = []
    for start, end in blockquotes:
        span = words(text, start, end)
        if span is None:
            continue
        paragraphs = pieces(text, *span)
        if not open_words(quotes, starts, reach, span, paragraphs):
            continue  # its words stand in marks, or a quotation runs into it
        for index, piece in enumerate(paragraphs):
            added.append(piece)
            links.append(len(added) - 2 if index else None)
    return merged(quotes, added, links) if added else quotes


def open_words(
    quotes: tuple[Quote, ...], starts: list[int], reach: list[int], span: tuple[int, int],
    paragraphs: list[tuple[int, int]],
) -> bool:
    """True when no quote in marks holds the words ``span`` of a blockquote, nor runs into or out of them.

    Each quote in marks among the words must be a term, a title or a
    fragment within one of its ``paragraphs``.
    """
    first, last = bisect_left(starts, span[0]), bisect_left(starts, span[1])
    if first and reach[first - 1] > span[0]:
        return False  # a quotation runs into it
    lows = [low for low, _ in paragraphs]
    for index in range(first, last):
        quote = quotes[index]
        paragraph = bisect_right(lows, quote.start) - 1
        if quote.kind not in INSIDE_KINDS or paragraph < 0 or quote.end > paragraphs[paragraph][1]:
            return False
    return True


def merged(quotes: tuple[Quote, ...], added: list[tuple[int, int]], links: list[int | None]) -> tuple[Quote, ...]:
    """``quotes`` and the blockquote pieces ``added`` in order of start, the links of each moved to match.

    ``links`` give the piece of ``added`` each piece goes on from.  A quote
    in marks inside a piece is a quote within it.
    """
    order = sorted([(start, 0, index) for index, (start, _) in enumerate(added)]
                   + [(quote.start, 1, index) for index, quote in enumerate(quotes)])
    moved = [0] * len(quotes)  # the new index of each of ``quotes``
    placed = [0] * len(added)  # the new index of each piece
    for position, (_, marked, index) in enumerate(order):
        (moved if marked else placed)[index] = position
    result: list[Quote] = []
    holder = None  # the piece the quotes in marks that follow may stand in
    for _, marked, index in order:
        if not marked:
            start, end = added[index]
            link = links[index]
            result.append(Quote(start, end, continues=None if link is None else placed[link]))
            holder = index
            continue
        quote = quotes[index]
        parent = moved_index(moved, quote.parent)
        if parent is None and holder is not None and added[holder][0] <= quote.start and quote.end <= added[holder][1]:
            parent = placed[holder]
        result.append(attrs.evolve(quote, parent=parent, continues=moved_index(moved, quote.continues)))
    return tuple(result)


def moved_index(moved: list[int], index: int | None) -> int | None:
    """Where the quote once at ``index`` now stands."""
    return None if index is None else moved[index]
