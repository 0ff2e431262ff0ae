"""Markdown read as the text a reader would see, mapped back to the source.

Three passes, each building on the previous one's output with ``MappedText``;
their run maps are composed at the end so offsets lead back to the file:

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

Fenced code keeps its content verbatim as a paragraph of its own and drops
the fences.  Indented code is not recognised (news copy indents prose), and
ordered-list numbers are kept because a reader sees them.  Quote marks and
apostrophes are never touched.
"""

from __future__ import annotations

import html
import re

from quotecheck.document import Document
from quotecheck.readers.text import MappedText, compose, source_map

METADATA_KEYS = ("date", "outlet", "url", "title")

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\r?\n(?=[ \t]*[A-Za-z_][\w-]*[ \t]*:)")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_FIELD = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_QUOTE_MARKS = re.compile(r"(?:[ \t]{0,3}>[ ]?)+")
_BLANK = re.compile(r"\s*\Z")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
_RULE = re.compile(r"[ \t]{0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}\Z")
_SETEXT = re.compile(r"[ \t]{0,3}=+[ \t]*\r?\Z")
_DEFINITION_BODY = (
    r"[ \t]{0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*\S+"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\r?"
)
_DEFINITION = re.compile(_DEFINITION_BODY + r"\Z")
_DEFINITIONS = re.compile("^" + _DEFINITION_BODY + "$", re.M)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|(?=\s*\Z))")
_BULLET = re.compile(r"[ \t]*[-+*][ \t]+(?=\S)")
_TAG_LINE = re.compile(r"[ \t]*(?:</?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>\n]*)?>[ \t]*)+\r?\Z")
_INDENT = re.compile(r"[ \t]*")

# Punctuation for the emphasis flanking rules, including typographic quotes.
_PUNCT = r"!-/:-@\[-`{-~\u00a1-\u00bf\u2010-\u2027\u2030-\u205e"
_P = f"[{_PUNCT}]"
_WORDLIKE = f"[^\\s{_PUNCT}]"
# One character of an emphasis span: never a paragraph break, escapes whole.
_ANY = r"(?:\\[^\n]|[^\\\n]|\n(?!\n)|\\)"


def _star_pair(name: str, marks: str) -> str:
    """Pattern for ``*`` emphasis of ``marks`` with CommonMark-like flanking."""
    run = re.escape(marks)
    opener = f"{run}(?=\\S)(?:(?!{_P})|(?<!{_WORDLIKE}{run}))"
    closer = f"(?<=\\S)(?:(?<!{_P})|(?={run}(?!{_WORDLIKE}))){run}"
    return f"(?P<{name}>{opener}(?P<{name}_text>{_ANY}+?){closer})"


def _underscore_pair(name: str, marks: str) -> str:
    """Pattern for ``_`` emphasis, which never opens or closes inside a word."""
    run = re.escape(marks)
    return f"(?P<{name}>(?<!\\w){run}(?=\\S)(?P<{name}_text>{_ANY}+?)(?<=\\S){run}(?!\\w))"


_LINK_TEXT = r"(?:[^\[\]\n\\]|\\.|\n(?!\n)|\[[^\[\]\n]*\])*"
_DESTINATION = (
    r"[ \t]*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"
    r"(?:[ \t\n]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*"
)
_INLINE = re.compile(
    r"(?P<code>(?<!`)(?P<ticks>`+)(?P<code_text>(?:[^\n]|\n(?!\n))+?)(?<!`)(?P=ticks)(?!`))"
    r"|(?P<escape>\\(?P<escaped>[!-/:-@\[-`{-~]))"
    r"|(?P<hard_break>\\(?=\n|\Z))"
    r"|(?P<autolink><(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[A-Za-z]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>)"
    f"|(?P<link>!?\\[(?P<link_text>{_LINK_TEXT})\\]\\({_DESTINATION}\\))"
    f"|(?P<reference>!?\\[(?P<reference_text>{_LINK_TEXT})\\](?:\\[(?P<label>[^\\[\\]\\n]*)\\])?)"
    + "|" + _star_pair("star3", "***") + "|" + _underscore_pair("under3", "___")
    + "|" + _star_pair("star2", "**") + "|" + _underscore_pair("under2", "__")
    + "|" + _star_pair("star1", "*") + "|" + _underscore_pair("under1", "_")
    + r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)
_EMPHASIS = ("star3", "under3", "star2", "under2", "star1", "under1")


def read_markdown(source: str, path: str) -> Document:
    """A document holding the visible text of Markdown ``source``."""
    metadata: dict[str, str] = {}
    cut = _cut_front_matter_and_comments(source, metadata)
    middle = cut.text()
    labels = {_normalise_label(m.group(1)) for m in _DEFINITIONS.finditer(middle)}
    blocks, code_ranges = _strip_blocks(middle)
    lines = blocks.text()
    inline = _Inline(lines, labels)
    at = 0
    for start, end in code_ranges:
        inline.run(at, start)
        inline.out.copy(start, end)
        at = end
    inline.run(at, len(lines))
    text = inline.out.text()
    runs = compose(blocks.runs(), cut.runs(), len(lines))
    runs = compose(inline.out.runs(), runs, len(text))
    return Document(id=path, text=text, path=path,
                    source_map=source_map(source, runs), metadata=metadata)


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
    for comment in _COMMENT.finditer(source, at):
        out.copy(at, comment.start())
        at = comment.end()
    out.copy(at, len(source))
    return out


def _strip_blocks(source: str) -> tuple[MappedText, list[tuple[int, int]]]:
    """Remove block markup line by line; return the text and its code ranges."""
    out = MappedText(source)
    code_ranges: list[tuple[int, int]] = []
    breaks = 0  # newlines owed before the next line of text
    previous_end = 0  # where the last emitted line ended, to map owed newlines to
    fence = ""
    in_paragraph = in_quote = False

    def emit(start: int, end: int, at_least: int) -> None:
        nonlocal breaks, previous_end
        if out.length:
            out.insert("\n" * max(breaks, at_least), previous_end)
        out.copy(start, end)
        breaks, previous_end = 0, end

    length = len(source)
    start = 0
    while start <= length:
        newline = source.find("\n", start)
        end = length if newline == -1 else newline
        line_end = end - 1 if end > start and source[end - 1] == "\r" else end
        quote = _QUOTE_MARKS.match(source, start, end)
        at = quote.end() if quote else start
        start = end + 1
        if fence:
            marks = _FENCE.match(source, at, line_end)
            if (marks and marks.group(1)[0] == fence[0] and len(marks.group(1)) >= len(fence)
                    and _BLANK.match(source, marks.end(), end)):
                fence, breaks = "", 2
            elif _BLANK.match(source, at, end):
                breaks = 2
            else:
                emit(at, line_end, 1)
                code_ranges.append((out.length - (line_end - at), out.length))
            continue
        if _BLANK.match(source, at, end):
            breaks, in_paragraph = 2, False
            continue
        if quote and not in_quote:
            breaks = 2
        in_quote = bool(quote)
        marks = _FENCE.match(source, at, end)
        if marks and not (marks.group(1)[0] == "`" and "`" in source[marks.end():end]):
            fence, breaks, in_paragraph = marks.group(1), 2, False
            continue
        if (_TAG_LINE.match(source, at, end) or _RULE.match(source, at, line_end)
                or (in_paragraph and _SETEXT.match(source, at, end))
                or (not in_paragraph and _DEFINITION.match(source, at, end))):
            breaks, in_paragraph = 2, False
            continue
        heading = _HEADING.match(source, at, end)
        if heading:
            content_end = _heading_end(source, heading.end(), line_end)
            if content_end > heading.end():
                emit(heading.end(), content_end, 2)
            breaks, in_paragraph = 2, False
            continue
        bullet = _BULLET.match(source, at, end)
        content = bullet.end() if bullet else _INDENT.match(source, at, end).end()
        content_end = content + len(source[content:line_end].rstrip())
        emit(content, content_end, 2 if bullet else 1)
        in_paragraph = True
    return out, code_ranges


def _heading_end(source: str, start: int, end: int) -> int:
    """End of an ATX heading's content, without its optional closing ``#`` run."""
    content = source[start:end].rstrip()
    bare = content.rstrip("#")
    if len(bare) < len(content) and (not bare or bare[-1] in " \t"):
        content = bare.rstrip()
    return start + len(content)


def _normalise_label(label: str) -> str:
    """A reference label as Markdown compares them: case- and space-insensitive."""
    return " ".join(label.split()).casefold()


class _Inline:
    """Strips inline markup from block-stripped text."""

    def __init__(self, source: str, labels: set[str]) -> None:
        self.source = source
        self.labels = labels
        self.out = MappedText(source)

    def run(self, start: int, end: int) -> None:
        """Append the visible text of ``source[start:end]``."""
        source, out, search = self.source, self.out, _INLINE.search
        at = start
        while True:
            match = search(source, at, end)
            if not match:
                break
            out.copy(at, match.start())
            kind = match.lastgroup
            at = match.end()
            if kind == "code":
                out.copy(*match.span("code_text"))
            elif kind == "escape":
                out.copy(*match.span("escaped"))
            elif kind == "autolink":
                out.copy(*match.span("url"))
            elif kind == "link":
                self.run(*match.span("link_text"))
            elif kind == "reference":
                label = match.group("label") or match.group("reference_text")
                if _normalise_label(label) in self.labels:
                    self.run(*match.span("reference_text"))
                else:
                    # Plain brackets, like an editor's [sic]: keep them, read inside.
                    at = match.start("reference_text")
                    out.copy(match.start(), at)
            elif kind in _EMPHASIS:
                self.run(*match.span(kind + "_text"))
            elif kind == "entity":
                raw = match.group()
                out.insert(html.unescape(raw), match.start())
            # Tags and hard-break backslashes are dropped outright.
        out.copy(at, end)
