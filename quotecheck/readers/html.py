"""HTML read as the text a browser would show, mapped back to the source.

The tokenizer (``html_tokens``) hands over every piece of text, every tag
and every character reference with its own source offsets, in time linear
in the source.  Nothing is ever fetched.

Block elements (p, div, h1-h6, li, blockquote, tr, section, pre, ...) end a
paragraph: paragraphs are separated by exactly ``"\\n\\n"``; ``<br>`` gives
``"\\n"`` (two in a row give a paragraph break).  Inside a paragraph each run
of HTML whitespace becomes one space, except inside ``<pre>``, where text is
kept as written (minus carriage returns).  Table cells are separated by a
space.  ``<q>`` shows the curly quotes a browser draws around it.  The
text of code elements and of each outermost ``<blockquote>`` is recorded.  Scripts,
styles, templates, noscript, svg, iframes, comments and the head are dropped;
the head's ``<title>`` and a few ``<meta>`` tags become metadata instead.
The declared charset is ignored: decoding has already happened.
"""

from __future__ import annotations

import re

from quotecheck.document import Document
from quotecheck.readers.html_tokens import tokenize, unescape
from quotecheck.readers.text import MappedText, carry, compose, directive_comments, source_map, tidy_lines, trimmed

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt"
    " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend"
    " li main menu nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
#: Elements whose text is code or computer output, not prose: their quotation marks open no quote.
CODE = frozenset("code kbd samp".split())
HIDDEN = frozenset("head script style template noscript svg iframe title".split())
# Elements that may sit in <head>; any other start tag means the body has begun.
HEAD_CONTENT = frozenset("base link meta noscript script style template title".split())
META_KEYS = {
    "date": "date", "pubdate": "date", "publishdate": "date", "dc.date": "date",
    "dcterms.date": "date", "article:published_time": "date", "og:url": "url",
    "og:site_name": "outlet", "og:title": "title",
}
_WHITESPACE = " \t\n\r\f"
_COLLAPSE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


def read_html(source: str, path: str) -> Document:
    """A document holding the visible text of HTML ``source``."""
    parser = _VisibleText(source)
    tokenize(source, parser)
    if parser.code_depth:
        parser.close_code()  # a code element the file leaves open holds the rest of it
    if parser.quote_depth:
        parser.close_quote()  # so does a blockquote
    tidy = tidy_lines(parser.out.text())
    text = tidy.text()
    runs = compose(tidy.runs(), parser.out.runs(), len(text))
    metadata = dict(parser.metadata)
    if parser.title:
        metadata["title"] = parser.title
    return Document(id=path, text=text, path=path,
                    source_map=source_map(source, runs), metadata=metadata,
                    comments=directive_comments(source), code=tuple(carry(tidy, parser.code)),
                    blockquotes=tuple(trimmed(text, carry(tidy, parser.blockquotes))))


class _VisibleText:
    """Collects visible text, breaks and metadata from the tokenizer's reports."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.out = MappedText(source)
        self.metadata: dict[str, str] = {}
        self.title = ""
        self.title_parts: list[str] = []
        self.hidden: list[str] = []
        self.pre = 0
        self.pre_start = False
        self.quotes = 0
        self.breaks = 0  # newlines owed before the next visible character
        self.break_at = 0
        self.space_at = -1  # where an owed space came from, or -1
        #: The code elements open, where the outermost one's text starts, and the ranges of text closed ones hold.
        self.code_depth = 0
        self.code_start = 0
        self.code: list[tuple[int, int]] = []
        #: The same for blockquotes, whose text starts after the break owed before it (-1 until then).
        self.quote_depth = 0
        self.quote_start = -1
        self.blockquotes: list[tuple[int, int]] = []

    def owe_break(self, count: int, at: int) -> None:
        """Owe ``count`` newlines (at most two in all) before the next text."""
        if not self.breaks:
            # A break takes the place of the space owed before it, and so maps to where that space was.
            self.break_at = self.space_at if self.space_at >= 0 else at
        self.breaks = min(2, self.breaks + count) if count == 1 else 2

    def owe_space(self, at: int) -> None:
        """Owe one space before the next text, unless something bigger is owed."""
        if self.space_at < 0:
            self.space_at = at

    def flush(self) -> None:
        """Pay what is owed before visible text is appended."""
        out = self.out
        if out.length:
            if self.breaks:
                # Preformatted text may already end in newlines of its own.
                have = 2 if out.ends_with("\n\n") else 1 if out.ends_with("\n") else 0
                out.insert("\n" * max(0, self.breaks - have), self.break_at)
            elif self.space_at >= 0:
                out.insert(" ", self.space_at)
        self.breaks, self.space_at = 0, -1
        if self.quote_depth and self.quote_start < 0:
            self.quote_start = out.length

    def start_tag(self, tag: str, attrs: list[tuple[str, str | None]], at: int) -> None:
        """Open an element."""
        if self.hidden == ["head"] and tag not in HEAD_CONTENT:
            self.hidden.pop()
        if tag == "meta":
            self.read_meta(dict(attrs))
        elif tag == "link" and unescape(dict(attrs).get("rel") or "").lower() == "canonical":
            self.metadata.setdefault("url", unescape(dict(attrs).get("href") or ""))
        if tag in HIDDEN:
            self.hidden.append(tag)
            return
        if self.hidden:
            return
        if tag in BLOCKS:
            self.owe_break(2, at)
        elif tag == "br":
            self.owe_break(1, at)
        elif tag in ("td", "th"):
            self.owe_space(at)
        elif tag == "q":
            self.flush()
            self.out.insert("‘" if self.quotes % 2 else "“", at)
            self.quotes += 1
        if tag == "pre":
            self.pre += 1
            self.pre_start = True
        elif tag in CODE:
            if not self.code_depth:
                self.code_start = self.out.length
            self.code_depth += 1
        elif tag == "blockquote":
            if not self.quote_depth:
                self.quote_start = -1
            self.quote_depth += 1

    def end_tag(self, tag: str, at: int) -> None:
        """Close an element."""
        if tag in HIDDEN:
            if tag in self.hidden:
                while self.hidden.pop() != tag:
                    pass
            if tag == "title" and self.title_parts and not self.title:
                self.title = " ".join("".join(self.title_parts).split())
                self.title_parts = []
            return
        if self.hidden:
            return
        if tag in BLOCKS:
            self.owe_break(2, at)
        elif tag == "q" and self.quotes:
            self.quotes -= 1
            self.out.insert("’" if self.quotes % 2 else "”", at)
        if tag == "pre" and self.pre:
            self.pre -= 1
        elif tag in CODE and self.code_depth:
            self.code_depth -= 1
            if not self.code_depth:
                self.close_code()
        elif tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
            if not self.quote_depth:
                self.close_quote()

    def close_code(self) -> None:
        """Record the text of the outermost code element, which ends here."""
        if self.out.length > self.code_start:
            self.code.append((self.code_start, self.out.length))

    def close_quote(self) -> None:
        """Record the text of the outermost blockquote, which ends here."""
        if 0 <= self.quote_start < self.out.length:
            self.blockquotes.append((self.quote_start, self.out.length))

    def read_meta(self, attrs: dict[str, str | None]) -> None:
        """Take date, url, outlet or title from a ``<meta>`` tag."""
        name = unescape(attrs.get("name") or attrs.get("property") or "").lower()
        content = " ".join(unescape(attrs.get("content") or "").split())
        if name in META_KEYS and content:
            self.metadata.setdefault(META_KEYS[name], content)

    def text(self, at: int, end: int) -> None:
        """Append visible text, collapsing whitespace outside ``<pre>``."""
        data = self.source[at:end]
        if self.hidden:
            if self.hidden[-1] == "title" and "svg" not in self.hidden:
                self.title_parts.append(data)
            return
        if self.pre:
            self.append_preformatted(data, at)
            return
        core = data.lstrip(_WHITESPACE)
        if not core:
            if self.out.length:
                self.owe_space(at)
            return
        start = at + len(data) - len(core)
        if start > at and self.out.length:
            self.owe_space(at)
        core = core.rstrip(_WHITESPACE)
        end = start + len(core)
        self.flush()
        out = self.out
        for run in _COLLAPSE.finditer(self.source, start, end):
            out.copy(start, run.start())
            out.insert(" ", run.start())
            start = run.end()
        out.copy(start, end)
        if end < at + len(data):
            self.owe_space(end)

    def append_preformatted(self, data: str, at: int) -> None:
        """Append ``<pre>`` text as written, without carriage returns."""
        if self.pre_start:
            self.pre_start = False
            # HTML ignores one newline straight after <pre>.
            skip = 2 if data.startswith("\r\n") else 1 if data[:1] in ("\n", "\r") else 0
            data, at = data[skip:], at + skip
            if not data:
                return
        self.flush()
        start, end = at, at + len(data)
        carriage = self.source.find("\r", start, end)
        while carriage != -1:
            self.out.copy(start, carriage)
            start = carriage + 1
            carriage = self.source.find("\r", start, end)
        self.out.copy(start, end)

    def reference(self, at: int, end: int, decoded: str) -> None:
        """Append the character that the reference at ``at`` stands for."""
        if self.hidden:
            if self.hidden[-1] == "title" and "svg" not in self.hidden:
                self.title_parts.append(decoded)
            return
        self.pre_start = False
        if not decoded:  # a control character or noncharacter: nothing to show, not even a space
            return
        if not self.pre and not decoded.strip(_WHITESPACE):
            if self.out.length:
                self.owe_space(at)
            return
        self.flush()
        self.out.insert(decoded, at)
