"""Plain-text reading, and the builder that markup readers use to keep a source map.

Plain text is its own source: the document text is the decoded file, so
``"\\r\\n"`` line ends are kept as they are rather than normalised
(normalising would shift every later offset without the map knowing).  Only
a carriage return alone is read as a line feed, before any reader sees it.

Markup readers build their visible text with ``MappedText``: each piece is
either copied from the source or inserted in place of some markup, and the
builder records the runs that ``SourceMap`` needs.
"""

from __future__ import annotations

import re

from quotecheck.document import Document, SourceMap, line_starts

# Starts only where a run of blanks starts, so a long run with no line break after it is read once, not once a blank.
_LINE_ENDS = re.compile(r"(?<![ \t])[ \t]*\n(?:[ \t]*\n)*")
#: A markup comment that speaks to quotecheck: ``<!-- quotecheck: ignore QC101 -- reason -->``.
_DIRECTIVE_COMMENT = re.compile(r"<!--[ \t]*quotecheck:(.*?)-->", re.DOTALL)


def read_text(source: str, path: str) -> Document:
    """A document whose text is the decoded file itself."""
    return Document(id=path, text=source, path=path, source_map=SourceMap.identity(source))


def directive_comments(source: str) -> tuple[tuple[int, str], ...]:
    """The ``quotecheck:`` comments of Markdown or HTML source: (source offset, what follows the colon)."""
    if "quotecheck:" not in source:
        return ()
    return tuple((found.start(), found.group(1).strip()) for found in _DIRECTIVE_COMMENT.finditer(source))


class MappedText:
    """Visible text assembled from a source string, remembering where each run came from."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pieces: list[str] = []
        self.text_starts: list[int] = []
        self.source_starts: list[int] = []
        self.length = 0
        # Source offset just past the last piece; a piece starting there
        # continues the current run instead of opening a new one.
        self.source_end = -1

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` unchanged."""
        if start >= end:
            return
        if start != self.source_end:
            self.text_starts.append(self.length)
            self.source_starts.append(start)
        self.pieces.append(self.source[start:end])
        self.length += end - start
        self.source_end = end

    def insert(self, piece: str, at: int) -> None:
        """Append ``piece``, which stands for the markup at source offset ``at``."""
        if not piece:
            return
        if self.source.startswith(piece, at):
            # The "replacement" is what the source says anyway: keep the run going.
            self.copy(at, at + len(piece))
            return
        self.text_starts.append(self.length)
        self.source_starts.append(at)
        self.pieces.append(piece)
        self.length += len(piece)
        self.source_end = at + len(piece)

    def splice(self, start: int, end: int, edits: list[tuple[int, int, str]]) -> None:
        """Append ``source[start:end]`` with each (start, end, replacement) edit made.

        The edits must not overlap; they may come in any order.
        """
        at = start
        for edit_start, edit_end, replacement in sorted(edits):
            self.copy(at, edit_start)
            self.insert(replacement, edit_start)
            at = edit_end
        self.copy(at, end)

    def ends_with(self, suffix: str) -> bool:
        """Whether the text built so far ends with ``suffix`` (a short string)."""
        tail = ""
        for piece in reversed(self.pieces):
            tail = piece[-len(suffix):] + tail
            if len(tail) >= len(suffix):
                break
        return tail.endswith(suffix)

    def text(self) -> str:
        """The text built so far."""
        return "".join(self.pieces)

    def runs(self) -> tuple[list[int], list[int]]:
        """The text and source starts of each run, in the ``SourceMap`` sense."""
        return self.text_starts, self.source_starts


def compose(
    outer: tuple[list[int], list[int]], inner: tuple[list[int], list[int]], length: int
) -> tuple[list[int], list[int]]:
    """Runs mapping text through ``outer`` (text→middle) then ``inner`` (middle→source).

    ``length`` is the length of the outer text; empty runs mean identity.
    Middle offsets in ``outer`` never go backwards, so one merge pass suffices.
    """
    outer_text, outer_middle = outer
    inner_middle, inner_source = inner
    if not inner_middle:
        return list(outer_text), list(outer_middle)
    if not outer_text:
        return list(inner_middle), list(inner_source)
    text_starts: list[int] = []
    source_starts: list[int] = []
    count = len(inner_middle)
    j = 0
    for i, text_start in enumerate(outer_text):
        middle = outer_middle[i]
        text_end = outer_text[i + 1] if i + 1 < len(outer_text) else length
        while j + 1 < count and inner_middle[j + 1] <= middle:
            j += 1
        text_starts.append(text_start)
        source_starts.append(inner_source[j] + middle - inner_middle[j])
        # Inner runs that begin inside this outer run split it further.
        k = j + 1
        while k < count and inner_middle[k] - middle < text_end - text_start:
            if inner_middle[k] > middle:
                text_starts.append(text_start + inner_middle[k] - middle)
                source_starts.append(inner_source[k])
            k += 1
    return text_starts, source_starts


def carry(built: MappedText, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` of ``built``'s source, in order, as the ranges of its text that were copied from them."""
    text_starts, source_starts = built.runs()
    carried: list[tuple[int, int]] = []
    first = 0
    for index, text_start in enumerate(text_starts):
        text_end = text_starts[index + 1] if index + 1 < len(text_starts) else built.length
        source_start = source_starts[index]
        source_end = source_start + text_end - text_start
        while first < len(ranges) and ranges[first][1] <= source_start:
            first += 1  # ranges ending before this run: none later reaches back to them
        # The ranges this run overlaps; all but the last end inside it, so each is read once or twice.
        number = first
        while number < len(ranges) and ranges[number][0] < source_end:
            low, high = max(ranges[number][0], source_start), min(ranges[number][1], source_end)
            if low < high:
                low, high = text_start + low - source_start, text_start + high - source_start
                if carried and carried[-1][1] == low:
                    low = carried.pop()[0]  # one range split across runs is one again
                carried.append((low, high))
            number += 1
    return carried


def trimmed(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` of ``text`` without the whitespace at either end of each; those of nothing but whitespace go."""
    kept = []
    for start, end in ranges:
        piece = text[start:end]
        inner = piece.lstrip()
        if inner:
            start += len(piece) - len(inner)
            kept.append((start, start + len(inner.rstrip())))
    return kept


def tidy_lines(text: str) -> MappedText:
    """``text`` without trailing blanks on lines, blank lines at either end, or extra blank lines.

    Markup that vanished can leave empty lines behind; a later stage splits
    paragraphs on exactly one blank line, so runs of them become one.
    """
    edits = []
    for match in _LINE_ENDS.finditer(text):
        start, end = match.span()
        if start == 0 or end == len(text):
            edits.append((start, end, ""))
            continue
        replacement = "\n\n" if text.count("\n", start, end) > 1 else "\n"
        if end - start != len(replacement):
            # Anchor the replacement at the first newline so its run stays true.
            newline = text.find("\n", start)
            edits.append((start, newline, ""))
            edits.append((newline, end, replacement))
    out = MappedText(text)
    out.splice(0, len(text), edits)
    return out


def source_map(source: str, runs: tuple[list[int], list[int]]) -> SourceMap:
    """A ``SourceMap`` for text built from ``source`` with the given runs."""
    text_starts, source_starts = runs
    return SourceMap(line_starts(source), tuple(text_starts), tuple(source_starts))
