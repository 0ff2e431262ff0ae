"""Find where a draft's quote has been published before: exact and excerpt matches.

Two kinds of match are found, both on the index's normalised text
(``quotecheck.index.normalise``):

- ``exact``: an indexed quote with the same normalised words (score 1.0);
- ``excerpt``: the draft's words, at least ``EXCERPT_WORDS`` of them, found
  as a phrase inside a longer indexed quote; the score is the share of the
  indexed quote the draft covers.  Shorter drafts are too common to prove
  anything ("we will not back down").

A third kind, ``altered`` (a quote whose words were changed a little), comes
in a later slice with MinHash signatures and locality-sensitive hashing; it
will fill ``Match.diff``, which exact and excerpt matches leave None.
"""

from __future__ import annotations

import attrs

from quotecheck.index.normalise import normalised, words
from quotecheck.index.store import Index, StoredQuote

#: Fewest draft words that can make an excerpt match.
EXCERPT_WORDS = 6


@attrs.frozen
class Match:
    """An indexed quote that matches a draft's quote, and how well."""

    kind: str
    score: float
    quote_id: int
    text: str
    speaker: str | None
    document_id: str
    outlet: str | None
    date: str | None
    url: str | None
    diff: str | None = None


def match(index: Index, text: str) -> list[Match]:
    """Indexed quotes that ``text`` repeats exactly or quotes an excerpt of, oldest first (undated last)."""
    draft = normalised(text)
    if not draft:
        return []
    found = [matched("exact", 1.0, stored) for stored in index.equal(draft)]
    count = len(words(draft))
    if count >= EXCERPT_WORDS:
        found += [matched("excerpt", count / stored.words, stored) for stored in index.containing(draft)
                  if stored.words > count and inside(draft, stored.normalised)]
    return sorted(found, key=lambda one: (one.date is None, one.date or "", one.quote_id))


def inside(draft: str, indexed: str) -> bool:
    """Whether the words of ``draft`` come together, whole, in ``indexed``."""
    return f" {draft} " in f" {indexed} "


def matched(kind: str, score: float, stored: StoredQuote) -> Match:
    """The match record for an indexed quote."""
    return Match(kind, score, stored.id, stored.text, stored.speaker, stored.document_id,
                 stored.outlet, stored.date, stored.url)
