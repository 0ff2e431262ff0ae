"""Run the parse stage over a document and keep what the article's body quotes.

Quotes are found by their marks, and a blockquote set with none is a quote
too (see ``blockquotes``).

A headline's quotation marks are display type: shortened wording with no
speaker by convention, repeating a quote the body gives in full.  When a
document's metadata names its title and the text opens with that title, the
quotes inside it are left out unless asked for.
"""

from __future__ import annotations

import attrs
import regex

from quotecheck.blockquotes import with_blockquotes
from quotecheck.document import Document
from quotecheck.quotes import Diagnostic, Quote, parse_quotes

NOT_ALPHANUMERIC = regex.compile(r"[^\p{L}\p{N}]+")
PARAGRAPH_BREAK = regex.compile(r"\r?\n[ \t]*\r?\n")
NOT_LINE_BREAK = regex.compile(r"[^\r\n]")
#: A directive in plain text, on a line of its own: ``quotecheck: ignore QC101 -- reason``.
TEXT_DIRECTIVE = regex.compile(r"(?m)^[ \t]*quotecheck:[ \t]*(.*?)[ \t]*\r?$")


@attrs.frozen
class Extraction:
    """The quotes and parse diagnostics of one document."""

    document: Document
    quotes: tuple[Quote, ...]
    diagnostics: tuple[Diagnostic, ...]


def squeeze(text: str) -> str:
    """Lower-case letters and digits only, for comparing a title with text."""
    return NOT_ALPHANUMERIC.sub("", text).lower()


def headline_end(document: Document) -> int:
    """Where the headline that opens the text ends, or 0 when there is none."""
    title = squeeze(document.metadata.get("title") or "")
    if not title:
        return 0
    text = document.text
    leading = len(text) - len(text.lstrip())
    found = PARAGRAPH_BREAK.search(text, leading)
    first_end = found.start() if found else len(text)
    return first_end if squeeze(text[leading:first_end]) == title else 0


def shift(index: int | None, dropped: int) -> int | None:
    """An index into the quotes after the first ``dropped`` are removed."""
    return None if index is None or index < dropped else index - dropped


def text_directives(document: Document) -> list[regex.Match]:
    """The directive lines of a document whose directives stand in its text, not in markup comments."""
    if document.comments or "quotecheck:" not in document.text:
        return []
    return list(TEXT_DIRECTIVE.finditer(document.text))


def prose(document: Document) -> str:
    """The document's text with its code and directive lines blanked out, each character but a line break a space.

    Offsets are kept.  Neither code nor a line that speaks to quotecheck is
    the article's: no quote opens there and no one named there speaks.
    """
    text = document.text
    blanks = sorted([*document.code, *(found.span() for found in text_directives(document))])
    if not blanks:
        return text
    pieces, at = [], 0
    for start, end in blanks:
        start = max(start, at)  # a directive line inside a code block
        if end <= start:
            continue
        pieces.append(text[at:start])
        pieces.append(NOT_LINE_BREAK.sub(" ", text[start:end]))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def extract(document: Document, *, headlines: bool = False, double_apostrophes: bool = False) -> Extraction:
    """Parse one document's quotes, none in its code, and its unmarked blockquotes; headline ones if ``headlines``."""
    text = prose(document)
    parsed = parse_quotes(text, double_apostrophes=double_apostrophes)
    quotes = parsed.quotes
    if document.blockquotes:
        quotes = with_blockquotes(text, document.blockquotes, quotes)
    skip = 0 if headlines else headline_end(document)
    dropped = sum(1 for quote in quotes if quote.start < skip)
    if dropped:
        # Quotes are in order of their start, so the headline's come first:
        # the rest keep their links, shifted, and lose any to the headline.
        quotes = tuple(
            attrs.evolve(
                quote,
                parent=shift(quote.parent, dropped),
                continues=shift(quote.continues, dropped),
            )
            for quote in quotes[dropped:]
        )
    return Extraction(document, quotes, parsed.diagnostics)
