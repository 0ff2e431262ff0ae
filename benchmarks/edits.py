"""A matching test set made from real quotes with generated edits.

The quotes are the gold quotations of a PolNeAR split (Newell, Margolin and
Ruths, LREC 2018), their normalised texts taken once each.  Each edit type
is applied to quotes long enough for it to leave a quote worth matching:

- ``swap1``, ``swap2``: one or two words replaced by other words of the
  corpus (quotes of 8 words or more);
- ``delete1``, ``delete2``: one or two words dropped (8 words or more);
- ``truncate``: the first 70% of the words (10 words or more);
- ``excerpt``: 6 to 10 consecutive words from inside the quote (12 words or
  more, so the excerpt is shorter than the quote).

``unrelated_pairs`` draws pairs of quotes from different articles, for the
false match rate.  Everything is seeded, so each run draws the same set.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from quotecheck.index.normalise import normalised

#: Fewest words a quote needs for each edit type.
SHORTEST = {"swap1": 8, "swap2": 8, "delete1": 8, "delete2": 8, "truncate": 10, "excerpt": 12}
EDITS = tuple(SHORTEST)


def gold_quotes(path: Path) -> list[tuple[str, str]]:
    """(article, normalised text) of each distinct gold quote of a PolNeAR split, in file order."""
    seen: set[str] = set()
    quotes = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for quote in record.get("quotes", []):
                text = normalised(quote.get("text") or "")
                if text and text not in seen:
                    seen.add(text)
                    quotes.append((record.get("article") or record["id"], text))
    return quotes


def edited(words: list[str], edit: str, chance: random.Random, vocabulary: list[str]) -> list[str]:
    """``words`` with one edit of type ``edit`` applied."""
    words = list(words)
    if edit in ("swap1", "swap2"):
        for place in chance.sample(range(len(words)), 1 if edit == "swap1" else 2):
            words[place] = chance.choice([word for word in chance.sample(vocabulary, 5) if word != words[place]])
        return words
    if edit in ("delete1", "delete2"):
        for place in sorted(chance.sample(range(len(words)), 1 if edit == "delete1" else 2), reverse=True):
            del words[place]
        return words
    if edit == "truncate":
        return words[:round(len(words) * 0.7)]
    size = chance.randint(6, 10)
    first = chance.randrange(1, len(words) - size) if len(words) - size > 1 else 0
    return words[first:first + size]


def edit_cases(quotes: list[tuple[str, str]], per_edit: int, seed: int = 2016) -> dict[str, list[tuple[int, str]]]:
    """For each edit type, up to ``per_edit`` (quote number, edited text) pairs."""
    chance = random.Random(seed)
    vocabulary = sorted({word for _, text in quotes for word in text.split()})
    cases = {}
    for edit in EDITS:
        eligible = [number for number, (_, text) in enumerate(quotes) if len(text.split()) >= SHORTEST[edit]]
        chosen = chance.sample(eligible, min(per_edit, len(eligible)))
        cases[edit] = [(number, " ".join(edited(quotes[number][1].split(), edit, chance, vocabulary)))
                       for number in chosen]
    return cases


def unrelated_pairs(quotes: list[tuple[str, str]], count: int, seed: int = 1776) -> list[tuple[str, str]]:
    """``count`` pairs of different quotes from different articles."""
    chance = random.Random(seed)
    pairs = []
    while len(pairs) < count:
        (first_article, first), (second_article, second) = chance.sample(quotes, 2)
        if first_article != second_article:
            pairs.append((first, second))
    return pairs
