"""Markdown read as the text a reader would see, mapped back to the source.

Passes, each building on the last one's output, their run maps composed so
offsets lead back to the file:

1. YAML front matter (simple ``key: value`` lines at the very top) becomes
   metadata, and HTML comments are cut out.
2. Block markup goes line by line: heading ``#`` marks, setext underlines,
   blockquote ``>`` marks, bullets, thematic breaks, reference definitions,
   lines holding only HTML tags.  Paragraphs (and each heading, list item and
   code block) are separated by exactly ``"\\n\\n"``; the lines within one are
   joined by ``"\\n"`` with leading and trailing whitespace dropped.
3. Inline markup: emphasis, links and images (their text stays, the target
   goes), code-span backticks, autolinks (the URL stays), inline tags,
   backslash escapes and entities.
4. Blank lines left behind by vanished markup are tidied away.

Fenced code keeps its content verbatim as a paragraph of its own and drops
the fences; indented code (``readers.indented`` says which lines are)
keeps its lines verbatim past the first four columns.  The content of both,
and that of code spans, is recorded as the document's code, whose quotation
marks open no quote.  The text of each outermost blockquote (its ``>``
lines, nested ones included, and the lazy lines that carry on its
paragraphs) is recorded too, since a quotation may be set so with no marks.
Ordered-list numbers are kept because a reader sees them.  Quote marks and
apostrophes are never touched.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata

from quotecheck.document import Document
from quotecheck.readers.indented import IndentedCode
from quotecheck.readers.text import MappedText, carry, compose, directive_comments, source_map, tidy_lines, trimmed

METADATA_KEYS = ("date", "outlet", "url", "title")

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\r?\n(?=[ \t]*[A-Za-z_][\w-]*[ \t]*:)")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_FIELD = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.M)

_QUOTE_MARKS = re.compile(r"(?:[ \t]{0,3}>[ ]?)+")
_BLANK = re.compile(r"\s*\Z")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
_RULE = re.compile(r"[ \t]{0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}\Z")
_SETEXT = re.compile(r"[ \t]{0,3}=+[ \t]*\r?\Z")
_DEFINITION_BODY = (
    r"[ \t]{0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*(?:<[^<>\n]*>|[^\s/:#]*[/:#]\S*|[^\s.]*\.\w\S*)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\r?"
)
_DEFINITION = re.compile(_DEFINITION_BODY + r"\Z")
_DEFINITIONS = re.compile("^" + _DEFINITION_BODY + "$", re.M)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|(?=\s*\Z))")
_BULLET = re.compile(r"[ \t]*[-+*][ \t]+(?=\S)")
# A line of nothing but tags, empty-alt images or hard-break backslashes.
_MARKUP_LINE = re.compile(
    r"[ \t]*(?:(?:</?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>\n]*)?>|!\[\]\([^()\s]*\)|\\)[ \t]*)+\r?\Z"
)
_INDENT = re.compile(r"[ \t]*")

_DESTINATION = (
    r"[ \t]*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"
    r"(?:[ \t\n]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*"
)
# Every inline construct is found as separate tokens in one linear scan;
# brackets, emphasis runs and backtick runs are paired up afterwards.
_TOKENS = re.compile(
    r"(?P<paragraph>\n\n)"
    r"|(?P<ticks>`+)"
    r"|(?P<escape>\\)(?=[!-/:-@\[-`{-~])(?P<escaped>.)"
    r"|(?P<hard_break>\\(?=\n|\Z))"
    r"|(?P<autolink><)(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*"
    r"(?:\s+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<open>!?\[)"
    f"|(?P<inline_close>\\]\\({_DESTINATION}\\))"
    r"|(?P<close>\](?:\[(?P<label>[^\[\]\n]*)\])?)"
    r"|(?P<delimiter>\*+|_+)"
)
# Token kinds whose pattern ends in an inner group.
_KINDS = {"escaped": "escape", "url": "autolink"}
_PARAGRAPH_BREAK = re.compile(r"\n\n")
_TICK_RUN = re.compile(r"`+")


def read_markdown(source: str, path: str) -> Document:
    """A document holding the visible text of Markdown ``source``."""
    metadata: dict[str, str] = {}
    cut = _cut_front_matter_and_comments(source, metadata)
    middle = cut.text()
    labels = {_normalise_label(m.group(1)) for m in _DEFINITIONS.finditer(middle)}
    blocks, code_ranges, quoted_ranges = _strip_blocks(middle)
    lines = blocks.text()
    inline = _Inline(lines, labels)
    at = 0
    for start, end in code_ranges:
        inline.run(at, start)
        inline.out.copy(start, end)
        at = end
    inline.run(at, len(lines))
    tidy = tidy_lines(inline.out.text())
    text = tidy.text()
    code = carry(tidy, carry(inline.out, sorted(code_ranges + inline.code)))
    quoted = trimmed(text, carry(tidy, carry(inline.out, quoted_ranges))) if quoted_ranges else ()
    runs = compose(blocks.runs(), cut.runs(), len(lines))
    runs = compose(inline.out.runs(), runs, inline.out.length)
    runs = compose(tidy.runs(), runs, len(text))
    return Document(id=path, text=text, path=path,
                    source_map=source_map(source, runs), metadata=metadata,
                    comments=directive_comments(source), code=tuple(code), blockquotes=tuple(quoted))


def _cut_front_matter_and_comments(source: str, metadata: dict[str, str]) -> MappedText:
    """Drop front matter (recording its fields) and HTML comments."""
    out = MappedText(source)
    at = 0
    opening = _FRONT_MATTER_OPEN.match(source)
    if opening:
        closing = _FRONT_MATTER_CLOSE.search(source, opening.end())
        if closing:
            for field in _FIELD.finditer(source, opening.end(), closing.start()):
                key, value = field.group(1).lower(), field.group(2)
                if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                    value = value[1:-1]
                if key in METADATA_KEYS and value:
                    metadata[key] = value
            at = closing.end()
    comments = []
    opening = source.find("<!--", at)
    # An unclosed comment hides nothing: nothing after it could close it either.
    while opening != -1 and (closing := source.find("-->", opening + 4)) != -1:
        comments.append((opening, closing + 3, ""))
        opening = source.find("<!--", closing + 3)
    out.splice(at, len(source), comments)
    return out


def _strip_blocks(source: str) -> tuple[MappedText, list[tuple[int, int]], list[tuple[int, int]]]:
    """Remove block markup line by line; return the text, its code ranges and its outermost blockquotes' ranges.

    A blockquote holds its ``>`` lines (nested ones too) and the lazy lines
    that carry on a paragraph of it; a line with no ``>`` that is blank or
    starts a block of its own ends it.
    """
    out = MappedText(source)
    code_ranges: list[tuple[int, int]] = []
    quoted_ranges: list[tuple[int, int]] = []
    block_open = lazy = False  # a blockquote is open; the line may be a lazy one of its paragraph
    breaks = 0  # newlines owed before the next line of text
    previous_end = 0  # where the last emitted line ended, to map owed newlines to
    fence = ""
    in_paragraph = in_quote = False
    indented = IndentedCode()

    def emit(start: int, end: int, at_least: int, quoted: bool = False) -> None:
        """Append one line of text after the newlines owed (at least ``at_least``); ``quoted`` in a blockquote."""
        nonlocal breaks, previous_end, block_open
        if out.length:
            out.insert("\n" * max(breaks, at_least), previous_end)
        line_start = out.length
        out.copy(start, end)
        breaks, previous_end = 0, end
        if quoted and block_open:
            quoted_ranges[-1] = (quoted_ranges[-1][0], out.length)
        elif quoted:
            quoted_ranges.append((line_start, out.length))
        block_open = quoted

    def emit_code(start: int, end: int, quoted: bool) -> None:
        """Append one line of code, on the line after the text before unless more newlines are owed."""
        emit(start, end, 1, quoted)
        code_ranges.append((out.length - (end - start), out.length))

    length = len(source)
    start = 0
    while start <= length:
        newline = source.find("\n", start)
        end = length if newline == -1 else newline
        line_end = end - 1 if end > start and source[end - 1] == "\r" else end
        quote = _QUOTE_MARKS.match(source, start, end)
        line_start, at = start, quote.end() if quote else start
        start = end + 1
        if not quote:
            lazy, block_open = block_open and in_paragraph, False
        if fence:
            marks = _FENCE.match(source, at, line_end)
            if (marks and marks.group(1)[0] == fence[0] and len(marks.group(1)) >= len(fence)
                    and _BLANK.match(source, marks.end(), end)):
                fence, breaks = "", 2
            elif _BLANK.match(source, at, end):
                breaks = 2
            else:
                emit_code(at, line_end, bool(quote))
            continue
        if _BLANK.match(source, at, end):
            breaks, in_paragraph = 2, False
            indented.blank()
            continue
        if quote and not in_quote:
            breaks = 2
        in_quote = bool(quote)
        rule = _RULE.match(source, at, line_end)
        was_code = indented.in_code
        code = indented.code_start(source, line_start, at, end, quoted=bool(quote), rule=bool(rule))
        if code != -1:
            emit_code(code, line_end, bool(quote))
            in_paragraph = False
            continue
        if was_code:
            breaks = 2
        marks = _FENCE.match(source, at, end)
        if marks and not (marks.group(1)[0] == "`" and "`" in source[marks.end():end]):
            fence, breaks, in_paragraph = marks.group(1), 2, False
            continue
        if (_MARKUP_LINE.match(source, at, end) or rule
                or (in_paragraph and _SETEXT.match(source, at, end))
                or (not in_paragraph and _DEFINITION.match(source, at, end))):
            breaks, in_paragraph = 2, False
            continue
        heading = _HEADING.match(source, at, end)
        if heading:
            content_end = _heading_end(source, heading.end(), line_end)
            if content_end > heading.end():
                emit(heading.end(), content_end, 2, bool(quote))
            breaks, in_paragraph = 2, False
            continue
        bullet = _BULLET.match(source, at, end)
        content = bullet.end() if bullet else _INDENT.match(source, at, end).end()
        # A list item that opens with a blockquote: "- > We will stay."
        inner = _QUOTE_MARKS.match(source, content, end) if bullet else None
        if inner:
            content, in_quote = inner.end(), True
        content_end = content + len(source[content:line_end].rstrip())
        if lazy and not quote and not bullet:
            block_open = True  # a lazy line carries on the quoted paragraph
        emit(content, content_end, 2 if bullet else 1, bool(quote or inner) or block_open)
        in_paragraph = True
    return out, code_ranges, quoted_ranges


def _heading_end(source: str, start: int, end: int) -> int:
    """End of an ATX heading's content, without its optional closing ``#`` run."""
    content = source[start:end].rstrip()
    bare = content.rstrip("#")
    if len(bare) < len(content) and (not bare or bare[-1] in " \t"):
        content = bare.rstrip()
    return start + len(content)


#: The longest reference label CommonMark allows.
MAX_LABEL = 999


def _normalise_label(label: str) -> str:
    """A reference label as Markdown compares them: case- and space-insensitive."""
    return " ".join(label.split()).casefold()


class _Inline:
    """Strips inline markup from block-stripped text, in time linear in its length."""

    def __init__(self, source: str, labels: set[str]) -> None:
        self.source = source
        self.labels = labels
        self.out = MappedText(source)
        #: The code spans found, as ranges of ``source`` between their backticks.
        self.code: list[tuple[int, int]] = []

    def run(self, start: int, end: int) -> None:
        """Append the visible text of ``source[start:end]``."""
        source = self.source
        edits: list[tuple[int, int, str]] = []  # (start, end, replacement), any order
        brackets: list[tuple[int, int]] = []
        openers: dict[str, list[list[int]]] = {"*": [], "_": []}
        ticks = _TickFinder(source, start, end)
        at = start
        while True:
            token = _TOKENS.search(source, at, end)
            if not token:
                break
            kind = _KINDS.get(token.lastgroup, token.lastgroup)
            at = token.end()
            if kind == "paragraph":
                brackets.clear()
                openers["*"].clear()
                openers["_"].clear()
            elif kind == "ticks":
                closing = ticks.find(at, len(token.group()))
                if closing != -1:
                    self.code.append((at, closing))
                    edits.append((token.start(), at, ""))
                    edits.append((closing, closing + len(token.group()), ""))
                    at = closing + len(token.group())
            elif kind in ("escape", "autolink"):
                edits.append((token.start(), token.start() + 1, ""))
                if kind == "autolink":
                    edits.append((at - 1, at, ""))
            elif kind in ("hard_break", "tag"):
                edits.append((token.start(), at, ""))
            elif kind == "entity":
                decoded = html.unescape(token.group())
                if decoded != token.group():
                    edits.append((token.start(), at, decoded))
            elif kind == "open":
                brackets.append(token.span())
            elif kind in ("inline_close", "close") and brackets:
                opener = brackets.pop()
                if kind == "inline_close" or self.defined(opener[1], token):
                    edits.append((opener[0], opener[1], ""))
                    edits.append((token.start(), at, ""))
            elif kind == "delimiter":
                self.pair_delimiters(token.start(), at, start, end, openers, edits)
        self.out.splice(start, end, edits)

    def defined(self, start: int, token: re.Match) -> bool:
        """True when the bracket that closes at ``token`` closes a reference to a label the document defines.

        The label is the one after the brackets, or the bracketed text
        itself; CommonMark lets a label run to 999 characters, so a longer
        text names none and is never read whole.
        """
        if not self.labels:
            return False
        label = token.group("label")
        if not label:
            if token.start() - start > MAX_LABEL:
                return False
            label = self.source[start:token.start()]
        return _normalise_label(label) in self.labels

    def pair_delimiters(self, run_start: int, run_end: int, start: int, end: int,
                        openers: dict[str, list[list[int]]], edits: list) -> None:
        """Match an emphasis run against open ones, CommonMark style, marking markers to drop."""
        source = self.source
        mark = source[run_start]
        before = source[run_start - 1] if run_start > start else " "
        after = source[run_end] if run_end < end else " "
        left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
        right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
        if mark == "_":
            can_open = left and (not right or _is_punct(before))
            can_close = right and (not left or _is_punct(after))
        else:
            can_open, can_close = left, right
        stack = openers[mark]
        at = run_start
        if can_close:
            while at < run_end and stack:
                opener = stack[-1]  # [start, end] of its still-unmatched marks
                used = min(opener[1] - opener[0], run_end - at)
                edits.append((opener[1] - used, opener[1], ""))
                edits.append((at, at + used, ""))
                opener[1] -= used
                at += used
                if opener[1] == opener[0]:
                    stack.pop()
        if at < run_end and can_open:
            stack.append([at, run_end])


def _is_punct(character: str) -> bool:
    """Whether ``character`` counts as punctuation for emphasis flanking."""
    return unicodedata.category(character)[0] in "PS"


class _TickFinder:
    """Finds the backtick run that closes a code span: the next one as long, same paragraph."""

    def __init__(self, source: str, start: int, end: int) -> None:
        self.runs: dict[int, list[int]] = {}
        for run in _TICK_RUN.finditer(source, start, end):
            self.runs.setdefault(run.end() - run.start(), []).append(run.start())
        self.breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(source, start, end)]

    def find(self, start: int, length: int) -> int:
        """Start of the run closing ``length`` backticks that end at ``start``, or -1."""
        runs = self.runs.get(length, [])
        index = bisect.bisect_left(runs, start)
        if index == len(runs):
            return -1
        crossing = bisect.bisect_left(self.breaks, start)
        if crossing < len(self.breaks) and self.breaks[crossing] < runs[index]:
            return -1
        return runs[index]
