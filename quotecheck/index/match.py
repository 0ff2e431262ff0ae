"""Find where a draft's quote has been published before: exact, excerpt and altered matches.

Three kinds of match, all on the index's normalised text
(``quotecheck.index.normalise``), decided by one plain function,
``relation``, which the archive build uses too:

- ``exact``: the same normalised words (score 1.0);
- ``excerpt``: the draft's words, at least ``EXCERPT_WORDS`` of them, found
  whole inside a longer indexed quote (score: the share of the indexed
  quote the draft covers).  Shorter drafts are too common to prove anything
  ("we will not back down");
- ``altered``: a quote of at least ``ALTERED_WORDS`` words that shares at
  least ``ALTERED_SCORE`` of its words, in order, with an indexed quote or
  a part of it (``quotecheck.index.align``); a few words changed, dropped
  or added.

Candidates come from three places: the indexed quotes that share an LSH
band with the draft (exact and altered; ``quotecheck.index.minhash``), the
quotes that hold three of the draft's five rarest words (altered quotes
whose character grams changed too much for the bands, and excerpts), and an
FTS5 phrase search when the rare-word search was cut short (excerpts).
Every non-exact match carries a word diff.
"""

from __future__ import annotations

import attrs

from quotecheck.index import minhash, sketch
from quotecheck.index.align import align
from quotecheck.index.normalise import normalised
from quotecheck.index.records import StoredQuote
from quotecheck.index.store import Index

#: Fewest draft words that can make an excerpt match.
EXCERPT_WORDS = 6
#: Fewest draft words that can make an altered match.
ALTERED_WORDS = 5
#: Least share of words in common, in order, for an altered match.
ALTERED_SCORE = 0.7
KINDS = ("exact", "excerpt", "altered")
#: Most candidates taken from the rare-word search.
RARE_WORD_LIMIT = 200


@attrs.frozen
class Relation:
    """How a draft relates to one indexed quote."""

    kind: str
    score: float
    diff: str | None


@attrs.frozen
class Match:
    """An indexed quote that matches a draft's quote, and how well."""

    kind: str
    score: float
    quote_id: int
    text: str
    speaker: str | None
    document_id: str
    #: Which article it ran in (``quotecheck.index.identity``): two outlets' articles may share an id.
    document_key: str
    outlet: str | None
    date: str | None
    url: str | None
    diff: str | None = None


def relation(draft: str, indexed: str) -> Relation | None:
    """How normalised ``draft`` relates to normalised ``indexed``: exact, excerpt, altered, or None."""
    if not draft:
        return None
    if draft == indexed:
        return Relation("exact", 1.0, None)
    count, total = len(draft.split()), len(indexed.split())
    if count >= EXCERPT_WORDS and total > count and f" {draft} " in f" {indexed} ":
        return Relation("excerpt", count / total, align(draft, indexed).diff)
    if count < ALTERED_WORDS or not may_share(draft.split(), set(indexed.split())):
        return None
    alignment = align(draft, indexed)
    # A score of 1.0 is a contiguous part too short to be an excerpt.
    if not ALTERED_SCORE <= alignment.score < 1.0:
        return None
    return Relation("altered", alignment.score, alignment.diff)


def may_share(draft_words: list[str], indexed_words: set[str]) -> bool:
    """Whether enough draft words occur in the indexed quote at all for an altered match: a cheap bound."""
    missing = sum(word not in indexed_words for word in draft_words)
    return len(draft_words) - missing >= ALTERED_SCORE * len(draft_words)


def match(index: Index, text: str) -> list[Match]:
    """Indexed quotes that ``text`` repeats, quotes an excerpt of, or alters; oldest first (undated last)."""
    draft = normalised(text)
    if not draft:
        return []
    (keys,) = minhash.keys([draft])
    near = index.sharing_bands(keys)
    words = draft.split()
    count = len(words)
    complete = False
    if count >= ALTERED_WORDS:
        rare_words = index.sharing_rare_words(draft, limit=RARE_WORD_LIMIT)
        near.update(rare_words)
        # Every quote holding the draft as a phrase holds its rarest words,
        # so unless that search was cut short the phrase search adds nothing.
        complete = len(set(words)) >= 3 and len(rare_words) < RARE_WORD_LIMIT
    if count >= EXCERPT_WORDS and not complete:
        near.update(index.phrase_ids(draft))
    # Candidates with too few words, or too few of the draft's words by
    # their sketches, cannot relate in any of the three ways and are never
    # read; the rest are screened on their text alone, and only the matches
    # are read with their documents' metadata.
    word_masks = sketch.masks(words)
    kept = [quote_id for quote_id, stored in index.sketches(near, least_words=fewest_words(count)).items()
            if sketch.held(word_masks, stored) >= ALTERED_SCORE * count]
    related = {}
    for quote_id, text in index.texts(kept).items():
        found = relation(draft, normalised(text))
        if found is not None:
            related[quote_id] = found
    matches = [matched(related[stored.id], stored) for stored in index.quotes(related)]
    return sorted(matches, key=lambda one: (one.date is None, one.date or "", one.quote_id))


def fewest_words(count: int) -> int:
    """The fewest words an indexed quote needs to relate to a draft of ``count`` words.

    An exact match has as many, an excerpt's source more, and an altered
    source shares ``ALTERED_SCORE`` of the draft's words (rounded down, to
    stay clear of floating-point error; ``relation`` decides exactly).
    """
    return count if count < ALTERED_WORDS else min(count, int(ALTERED_SCORE * count))


def matched(related: Relation, stored: StoredQuote) -> Match:
    """The match record for an indexed quote."""
    return Match(related.kind, related.score, stored.id, stored.text, stored.speaker, stored.document_id,
                 stored.document_key, stored.outlet, stored.date, stored.url, related.diff)
