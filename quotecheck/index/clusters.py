"""Clusters of quotes: the variants of one quotation across articles, linked by their matches.

Quotes with the same normalised words are one variant.  Two variants are
linked when one matches the other (``quotecheck.index.match.relation``:
exact, excerpt or altered); a cluster is a connected set of variants, found
with union-find, that appears in two articles or more.  Its root is the longest variant (then the earliest, then
the first indexed), and it keeps the first date any of its quotes ran.

Candidate links come from the same places as a draft's matches: variants
that share an LSH band key, and longer variants that hold a variant's words
as a phrase.  The functions here work on plain records and pairs, so an
archive build (``quotecheck.archive``) feeds them from its own partitions:
``keyed_pairs`` over the rows of one band key, ``link`` to confirm a pair,
``clusters_of`` over the quotes of connected variants.  ``index_matches``
gives the set of confirmed links of an index, which an archive's ``matches``
must equal.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Iterable, Iterator

import attrs

from quotecheck.index.align import align
from quotecheck.index.match import EXCERPT_WORDS, relation
from quotecheck.index.normalise import normalised

#: Variants sharing one band key beyond this many are a hash hot spot, not one quotation.
CROWDED = 64


@attrs.frozen
class Member:
    """One indexed quote in a cluster, and how it relates to the cluster's root."""

    quote_id: int
    document_id: str
    text: str
    speaker: str | None
    outlet: str | None
    date: str | None
    url: str | None
    kind: str
    diff: str | None


@attrs.frozen
class Link:
    """Two linked variants: ``relation(draft, indexed)`` is the kind, score and diff."""

    draft: str
    indexed: str
    kind: str
    score: float
    diff: str | None


@attrs.frozen
class Cluster:
    """Connected variants of one quotation: root, first appearance, speakers and members."""

    root: str
    first_date: str | None
    first_outlet: str | None
    speakers: tuple[str, ...]
    articles: int
    members: tuple[Member, ...]


class Components:
    """Union-find over hashable items: which items are connected."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, item):
        """The representative of ``item``'s component."""
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grandparent = self.parent[parent]
            self.parent[item] = grandparent  # halve the path as we go
            item, parent = parent, grandparent
        return item

    def join(self, first, second) -> None:
        """Connect ``first`` and ``second``."""
        first, second = self.find(first), self.find(second)
        if first != second:
            self.parent[max(first, second)] = min(first, second)

    def groups(self) -> list[list]:
        """Every component, each sorted, in order of their least item."""
        members = defaultdict(list)
        for item in self.parent:
            members[self.find(item)].append(item)
        return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def band_pairs(rows: Iterable[tuple], variant_of: dict[int, str]) -> Iterator[tuple[str, str]]:
    """Pairs of distinct variants that share a band key, from (key, quote id) rows sorted by key."""
    return keyed_pairs((key, variant_of.get(quote_id)) for key, quote_id in rows)


def keyed_pairs(rows: Iterable[tuple[int, object]]) -> Iterator[tuple]:
    """Pairs of distinct variants that share a key, from (key, variant or None) rows sorted by key."""
    group: list = []
    seen: set = set()
    current = None
    for key, variant in rows:
        if key != current:
            yield from pairs_within(group)
            group, seen, current = [], set(), key
        # Past CROWDED the group yields nothing, so there is no need to grow it further.
        if variant is not None and variant not in seen and len(group) <= CROWDED:
            seen.add(variant)
            group.append(variant)
    yield from pairs_within(group)


def pairs_within(group: list[str]) -> Iterator[tuple[str, str]]:
    """Every pair of a small group of variants."""
    if len(group) > CROWDED:
        return
    for place, first in enumerate(group):
        for second in group[place + 1:]:
            yield (first, second) if first < second else (second, first)


def linked(first: str, second: str) -> bool:
    """Whether one variant matches the other, in either direction."""
    return link(first, second) is not None


def link(first: str, second: str) -> Link | None:
    """How two variants are linked, tried from the one that sorts first; None when neither matches the other."""
    first, second = sorted((first, second))
    for draft, indexed in ((first, second), (second, first)):
        related = relation(draft, indexed)
        if related is not None:
            return Link(draft, indexed, related.kind, related.score, related.diff)
    return None


def holds(holder: str, variant: str) -> bool:
    """Whether ``holder`` holds ``variant``, of six words or more, as a phrase: what the phrase search finds."""
    return holder != variant and len(variant.split()) >= EXCERPT_WORDS and f" {variant} " in f" {holder} "


def cluster(quotes: list, pairs: Iterable[tuple[str, str]]) -> list[Cluster]:
    """Clusters of ``quotes`` (``StoredQuote``-like records) from candidate variant ``pairs``, confirmed here."""
    components = Components()
    for variant in {quote.normalised for quote in quotes}:
        components.find(variant)
    checked = set()
    for pair in pairs:
        if pair not in checked:
            checked.add(pair)
            if components.find(pair[0]) != components.find(pair[1]) and linked(*pair):
                components.join(*pair)
    by_variant = defaultdict(list)
    for quote in quotes:
        by_variant[quote.normalised].append(quote)
    found = clusters_of([quote for variant in group for quote in by_variant[variant]]
                        for group in components.groups())
    return sorted(found, key=lambda one: (one.first_date is None, one.first_date or "", one.members[0].quote_id))


def clusters_of(groups: Iterable[list]) -> list[Cluster]:
    """The cluster records of groups of connected quotes, leaving out a group that ran in one article only."""
    # Repetition within one article (a quote inside a quote, a repeated
    # line) is the article's business, not provenance: it takes two.
    return [described(members) for members in groups if len({quote.document_key for quote in members}) > 1]


def described(quotes: list) -> Cluster:
    """The cluster record of connected ``quotes``: root, first appearance, speakers, members."""
    ordered = sorted(quotes, key=lambda quote: (quote.date is None, quote.date or "", quote.id))
    root = min(quotes, key=lambda quote: (-quote.words, quote.date is None, quote.date or "", quote.id))
    members = []
    for quote in ordered:
        related = relation(quote.normalised, root.normalised) if quote.normalised != root.normalised else None
        if quote.normalised == root.normalised:
            kind, diff = "exact", None
        elif related is not None:
            kind, diff = related.kind, related.diff
        else:  # tied to the root through another variant
            kind, diff = "linked", align(quote.normalised, root.normalised).diff
        members.append(Member(quote.id, quote.document_id, quote.text, quote.speaker, quote.outlet, quote.date,
                              quote.url, kind, diff))
    first = ordered[0]
    speakers = tuple(sorted({quote.speaker for quote in quotes if quote.speaker}))
    return Cluster(root.text, first.date, first.outlet, speakers, len({quote.document_key for quote in quotes}),
                   tuple(members))


def same_person(first: str, second: str) -> bool:
    """Whether two speaker names can name one person: one's words all in the other's ("Trump"), accents aside."""
    one, other = (set(unaccented(normalised(name)).split()) for name in (first, second))
    return one <= other or other <= one


def unaccented(text: str) -> str:
    """``text`` without combining accents: Calderón and Calderon are one name."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def several_speakers(found: Cluster) -> bool:
    """Whether a cluster gives its words to two people who cannot be one."""
    return any(not same_person(first, second)
               for place, first in enumerate(found.speakers) for second in found.speakers[place + 1:])


def index_clusters(index) -> list[Cluster]:
    """The clusters of an open ``quotecheck.index.Index``."""
    quotes = list(index.all())
    return cluster(quotes, candidate_pairs(index, quotes))


def index_matches(index) -> set[Link]:
    """Every link between variants of an open index that its candidates confirm: what an archive's matches hold."""
    found = (link(*pair) for pair in set(candidate_pairs(index, list(index.all()))))
    return {one for one in found if one is not None}


def candidate_pairs(index, quotes: list) -> list[tuple[str, str]]:
    """Candidate variant pairs of an index's ``quotes``: shared band keys, and phrases held by longer quotes."""
    variant_of = {quote.id: quote.normalised for quote in quotes}
    return [*band_pairs(index.band_rows(), variant_of), *excerpt_pairs(index, set(variant_of.values()))]


def excerpt_pairs(index, variants: set[str]) -> Iterator[tuple[str, str]]:
    """Pairs of a variant of six words or more and a longer indexed quote holding it as a phrase."""
    for variant in variants:
        if len(variant.split()) >= EXCERPT_WORDS:
            for holder in index.containing(variant):
                if holder.normalised != variant:
                    yield (variant, holder.normalised) if variant < holder.normalised else (holder.normalised, variant)
