"""What the provenance rules share: each quote's matches in the index, looked up once per document.

QC302, QC303 and QC304 read the same matches, so the first of them to ask
fills ``Context.matches`` and the others reuse it.  A document's own
earlier version in the index is not a source for it: matches from the
stored documents that are the same article (``Index.same_article``: the
same file however its path is typed, the same outlet's record of that id,
or the record of that id from the same corpus file) are left out, so
checking an article that was already indexed does not report it against
itself.  Quotes shorter than ``SHORTEST`` words
repeat by nature ("no comment") and are not looked up.
"""

from __future__ import annotations

from quotecheck.attribution.scene import SPOKEN
from quotecheck.checks.model import Context

#: Fewer words than this and a quote published elsewhere is just common speech.
SHORTEST = 4


def matches(context: Context) -> dict:
    """Quote number -> its matches (``quotecheck.index.Match``), oldest first; empty without an index."""
    if context.index is None:
        return {}
    if not context.matches:
        from quotecheck.index import match
        from quotecheck.index.records import identified, text_or_none

        document = context.attributed.extraction.document
        text = document.text
        outlet = text_or_none(document.metadata.get("outlet"))
        itself = context.index.same_article(identified(document.id, document.path, outlet))
        for number, quote in enumerate(context.quotes):
            words = text[quote.start:quote.end]
            if quote.kind not in SPOKEN or len(words.split()) < SHORTEST:
                continue
            # Every looked-up quote gets an entry, empty or not, so the lookup runs once.
            context.matches[number] = [one for one in match(context.index, words) if one.document_key not in itself]
    return {number: found for number, found in context.matches.items() if found}


def where(found) -> str:
    """Where a match was published, for a message: outlet, date and address as far as known."""
    parts = [found.outlet or found.document_id]
    if found.date:
        parts.append(found.date)
    if found.url:
        parts.append(found.url)
    return ", ".join(parts)
