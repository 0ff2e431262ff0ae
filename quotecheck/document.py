"""The Document model that every reader fills and every later stage reads.

A document is its visible text plus a map back to the file it came from.
Offsets everywhere in quotecheck are code-point offsets into ``Document.text``;
the source map turns one into a source line and column only when a reporter
asks for it.
"""

from __future__ import annotations

import bisect
import re
from typing import Mapping

import attrs


@attrs.frozen
class Position:
    """A 1-based line and column in a source file."""

    line: int
    column: int


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` begins (the first is 0)."""
    starts = [0]
    find = text.find
    at = find("\n")
    while at != -1:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return tuple(starts)


@attrs.frozen
class SourceMap:
    """Maps offsets in a document's text to lines and columns in its source.

    ``text_starts`` and ``source_starts`` describe runs in which text and
    source advance together one code point at a time: the run beginning at
    text offset ``text_starts[i]`` begins at source offset ``source_starts[i]``.
    Empty runs mean the text is the source itself.  ``first_line`` shifts every
    line, for documents that begin part-way into a file (a JSONL record).
    """

    source_line_starts: tuple[int, ...]
    text_starts: tuple[int, ...] = ()
    source_starts: tuple[int, ...] = ()
    first_line: int = 1

    @classmethod
    def identity(cls, text: str, *, first_line: int = 1) -> SourceMap:
        """A map for a document whose text is its source."""
        return cls(line_starts(text), first_line=first_line)

    def source_offset(self, offset: int) -> int:
        """The source offset of the character at text ``offset``."""
        if not self.text_starts:
            return offset
        run = bisect.bisect_right(self.text_starts, offset) - 1
        if run < 0:
            return offset
        return self.source_starts[run] + offset - self.text_starts[run]

    def text_offset(self, source: int) -> int:
        """The text offset of source offset ``source``; markup the text drops maps to where the text goes on."""
        if not self.text_starts:
            return source
        run = bisect.bisect_right(self.source_starts, source) - 1
        if run < 0:
            return self.text_starts[0]
        offset = self.text_starts[run] + source - self.source_starts[run]
        if run + 1 < len(self.text_starts):
            offset = min(offset, self.text_starts[run + 1])
        return offset

    def position(self, offset: int) -> Position:
        """The source line and column of text ``offset``."""
        return self.source_position(self.source_offset(offset))

    def source_position(self, source: int) -> Position:
        """The line and column of ``source``, an offset into the source file itself."""
        line = bisect.bisect_right(self.source_line_starts, source) - 1
        line = max(line, 0)
        return Position(line + self.first_line, source - self.source_line_starts[line] + 1)


@attrs.frozen
class Document:
    """One article: its visible text, where it came from and its metadata."""

    id: str
    text: str
    path: str
    source_map: SourceMap
    metadata: Mapping[str, str] = attrs.field(factory=dict)
    #: ``quotecheck:`` comments the visible text drops, as (source offset, words after the colon).
    comments: tuple[tuple[int, str], ...] = ()
    #: Stretches of the text that are code, not prose (Markdown code spans, fenced and indented blocks, HTML
    #: ``<code>``), as (start, end) offsets in order: their quotation marks open no quote.
    code: tuple[tuple[int, int], ...] = ()
    #: Stretches of the text set as blockquotes (Markdown ``>`` lines, HTML ``<blockquote>``), outermost only, as
    #: (start, end) offsets in order, without the whitespace around them: a quotation may be set so, with no marks.
    blockquotes: tuple[tuple[int, int], ...] = ()

    def position(self, offset: int) -> Position:
        """The source line and column of text ``offset``."""
        return self.source_map.position(offset)


@attrs.frozen
class ReadError:
    """An input that could not be read; the batch carries on without it."""

    path: str
    message: str
    line: int | None = None
    byte_offset: int | None = None

    @property
    def detail(self) -> str:
        """The message after the byte offset, if there is one: the error without its path and line."""
        return self.message if self.byte_offset is None else f"byte {self.byte_offset}: {self.message}"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.detail}"


#: A surrogate code point alone: no character, which JSON escapes and some codecs can make, and no output
#: can write.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate_problem(text: str, where: str = "") -> str | None:
    """Why ``text`` is no text when it holds a lone surrogate (its code point and character offset), else None."""
    found = LONE_SURROGATE.search(text)
    if found is None:
        return None
    return f"lone surrogate U+{ord(found.group()):04X} at character {found.start()}{where}, not text"


#: A carriage return that no line feed follows: the line end of old Mac files and some exports.
LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")


def newline_line_ends(text: str) -> str:
    """``text`` with each lone carriage return read as a line feed: one code point for one, so offsets stay."""
    if "\r" not in text:
        return text
    return LONE_CARRIAGE_RETURN.sub("\n", text)
