"""A generated news corpus of any size, for scale benchmarks of the index and the archive.

Quotes are drawn from a word-bigram chain trained on the gold quotations of
a PolNeAR split, so their words, lengths and punctuation look like news
quotes while almost every one is new: an archive at scale is mostly quotes
that were never repeated.  Each article holds ``QUOTES_PER_ARTICLE`` quotes,
each in its own paragraph with an adjacent cue ("…," Name said.), and
carries an outlet and a date, as JSONL records ``quotecheck index add``
reads.  Everything is seeded, so a run is repeatable.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Iterator

QUOTES_PER_ARTICLE = 8
OUTLETS = ("Gazette", "Courier", "Ledger", "Herald", "Tribune", "Chronicle", "Dispatch")
NAMES = ("Ahmad Massoud", "Alain Martinon", "Lisa Maddox", "Lisa Curtis", "Mirza Yarmand", "Dana Ortiz",
         "Sam Keller", "Priya Nair", "Tom Becker", "Ruth Alvarez", "Jon Park", "Mara Stein")
END = "\x00"


class QuoteChain:
    """A word-bigram chain over real quotes that writes new ones."""

    def __init__(self, texts: list[str]):
        following: dict[str, list[str]] = defaultdict(list)
        for text in texts:
            words = [word.strip("'‘’") for word in text.replace('"', " ").replace("“", " ").replace("”", " ").split()]
            words = [word for word in words if word]
            if len(words) < 3:
                continue
            for current, after in zip([END] + words, words + [END]):
                following[current].append(after)
        self.following = dict(following)

    def quote(self, chance: random.Random, shortest: int = 4, longest: int = 30) -> str:
        """A new quote of ``shortest`` to ``longest`` words, ending where a real quote ended or at random."""
        longest = chance.randint(shortest, longest)
        words: list[str] = []
        current = END
        while len(words) < longest:
            current = chance.choice(self.following[current])
            if current == END:
                if len(words) >= shortest:
                    break
                continue  # too short: run on into the opening of another quote
            words.append(current)
        return " ".join(words).strip("\"“”'‘’ ").rstrip(".,") or "no comment"


def training_quotes(path: Path) -> list[str]:
    """The gold quotation texts of a PolNeAR split."""
    with path.open(encoding="utf-8") as lines:
        return [quote["text"] for line in lines for quote in json.loads(line).get("quotes", [])
                if quote.get("text")]


def articles(chain: QuoteChain, count: int, seed: int = 7) -> Iterator[dict]:
    """``count`` JSONL records of generated articles."""
    chance = random.Random(seed)
    for number in range(count):
        paragraphs = [f"Generated article {number}, invented for testing; its quotations are not real."]
        for _ in range(QUOTES_PER_ARTICLE):
            paragraphs.append(f"\u201c{chain.quote(chance)},\u201d {chance.choice(NAMES)} said.")
        yield {"id": f"generated-{number}", "text": "\n\n".join(paragraphs),
               "outlet": chance.choice(OUTLETS), "date": f"20{chance.randint(10, 25)}-0{chance.randint(1, 9)}-1{chance.randint(0, 9)}"}


def write_corpus(source: Path, target: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` generated articles, trained on ``source``, to the JSONL file ``target``."""
    chain = QuoteChain(training_quotes(source))
    with target.open("w", encoding="utf-8") as out:
        for record in articles(chain, count, seed):
            out.write(json.dumps(record) + "\n")
    return target


if __name__ == "__main__":
    import sys

    write_corpus(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
