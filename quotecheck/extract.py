"""Run the parse stage over a document and keep what the article's body quotes.

A headline's quotation marks are display type: shortened wording with no
speaker by convention, repeating a quote the body gives in full.  When a
document's metadata names its title and the text opens with that title, the
quotes inside it are left out unless asked for.
"""

from __future__ import annotations

import attrs
import regex

from quotecheck.document import Document
from quotecheck.quotes import Diagnostic, Quote, parse_quotes

NOT_ALPHANUMERIC = regex.compile(r"[^\p{L}\p{N}]+")
PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")


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


def extract(document: Document, *, headlines: bool = False, double_apostrophes: bool = False) -> Extraction:
    """Parse one document's quotes; headline quotes only when ``headlines``."""
    parsed = parse_quotes(document.text, double_apostrophes=double_apostrophes)
    quotes = parsed.quotes
    skip = 0 if headlines else headline_end(document)
    if skip:
        kept = [quote for quote in quotes if quote.start >= skip]
        renumber = {id(quote): index for index, quote in enumerate(kept)}
        positions = {index: renumber.get(id(quote)) for index, quote in enumerate(quotes)}
        quotes = tuple(
            attrs.evolve(quote, parent=positions.get(quote.parent) if quote.parent is not None else None)
            for quote in kept
        )
    return Extraction(document, tuple(quotes), parsed.diagnostics)
