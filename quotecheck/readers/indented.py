"""Which indented Markdown lines are code: CommonMark's indented code blocks, kept clear of prose.

After CommonMark 0.31 (4.4 "Indented code blocks", 5.2 "List items"): a
run of lines indented four columns or more (a tab reaching the next
multiple of four) is code when it starts after a blank line or at the start
of the document and is not inside a list; blank lines do not end it, the
first line indented less does.  Two departures keep prose from being read
as code, since news copy indents prose:

- a block starts only after a blank line, not straight after a heading or
  a fence, and an indented line that carries on a paragraph (a lazy
  continuation) is always prose;
- every line of a list item is prose, however deep it is indented, because
  telling an item's own code from its paragraphs needs every nested item's
  column.  A list lasts until a line after a blank line is indented less
  than its latest outer item's content, and is not a new item.

Inside a blockquote, columns count after the ``>`` marks.
"""

from __future__ import annotations

import re

#: The columns of indentation that make a line code.
CODE_INDENT = 4

_LIST_MARKER = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|\r?\Z)")
_SPACE = re.compile(r"[ \t]*")


def column(source: str, line_start: int, offset: int) -> int:
    """The column of ``offset`` in the line starting at ``line_start``; a tab runs to the next multiple of four."""
    count = 0
    for character in source[line_start:offset]:
        count += CODE_INDENT - count % CODE_INDENT if character == "\t" else 1
    return count


class IndentedCode:
    """Follows lists and code blocks line by line and says where each line's code starts."""

    def __init__(self) -> None:
        self.after_blank = True  # the start of the document counts as after a blank line
        self.in_code = False
        #: The content column of the open list's latest outer item, or None outside a list.
        self.list_column: int | None = None
        #: Whether that list is inside a blockquote, its columns counted after the ``>`` marks.
        self.list_quoted = False

    def blank(self) -> None:
        """Note a blank line: it neither starts nor ends code, but a block may start after it."""
        self.after_blank = True

    def code_start(self, source: str, line_start: int, at: int, end: int, *, quoted: bool, rule: bool) -> int:
        """Where the code of the non-blank line ``source[at:end]`` starts, or -1 when the line is not code.

        ``at`` is past the line's blockquote marks (``quoted`` when it has
        some), ``end`` before its line break; ``rule`` says the line is a
        thematic break, which starts no list item.
        """
        after_blank, self.after_blank = self.after_blank, False
        base = column(source, line_start, at)
        content = _SPACE.match(source, at, end).end()
        indent = column(source, line_start, content) - base
        self._follow_list(source, line_start, content, end, indent, quoted=quoted, rule=rule, after_blank=after_blank)
        self.in_code = indent >= CODE_INDENT and (self.in_code or (after_blank and self.list_column is None))
        if not self.in_code:
            return -1
        start = at
        while column(source, line_start, start) - base < CODE_INDENT:
            start += 1
        return start

    def _follow_list(self, source: str, line_start: int, content: int, end: int, indent: int, *,
                     quoted: bool, rule: bool, after_blank: bool) -> None:
        """Open, keep or close the list the line at ``content`` (``indent`` columns in) may belong to."""
        inside = False
        if self.list_column is not None:
            # An unquoted list holds a quoted line whose ">" stands at or past its content column.
            own = indent
            if quoted and not self.list_quoted:
                own = column(source, line_start, _SPACE.match(source, line_start, end).end())
            inside = own >= self.list_column and (quoted or not self.list_quoted)
        marker = None if inside or rule or indent >= CODE_INDENT else _LIST_MARKER.match(source, content, end)
        if marker:
            spaces = _SPACE.match(source, marker.end(), end).end()
            width = column(source, line_start, spaces) - column(source, line_start, marker.end())
            empty = spaces == end or source[spaces:end] == "\r"
            self.list_column = indent + marker.end() - marker.start() + (1 if empty or width > CODE_INDENT else width)
            self.list_quoted = quoted
        elif after_blank and not inside:
            self.list_column = None
