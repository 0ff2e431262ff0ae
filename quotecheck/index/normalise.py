"""The form in which the provenance index stores and compares quoted words.

This is stricter than ``quotecheck.checks.model.normalised``, which only
drops quotation marks, folds case and collapses spaces so that fingerprints
stay stable across edits.  A quote copied from one outlet to another picks up
more noise than that: typographic quote marks and apostrophes, ligatures,
full-width forms, different punctuation and ellipses marking a cut.  So the
index keeps only words: NFKC (which also splits ligatures such as "ﬁ" and turns
"…" into "..."), case folding, apostrophes dropped so "don’t" and "don't" are
both "dont", and every other character that is not a letter, mark or digit
turned into a space.  ``word_spans`` gives the same words with the offsets
of the original text each one comes from, so a match on normalised words can
point back at the words as written.  The two normalisers must not share code, because a
change to either would silently change the other's results.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

import regex

#: Apostrophes and single marks used as apostrophes; dropped so the word stays whole.
APOSTROPHES = regex.compile(r"['‘’‛ʼ′`]")
#: Anything that is not part of a word: quote marks, punctuation, ellipses, symbols.
NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
#: Anything that is not space.  Normalising never joins across space, so words map back run by run.
RUN = regex.compile(r"\S+")
#: A word as written: letters, marks and digits, with apostrophes only inside it.
WRITTEN = regex.compile(rf"[\p{{L}}\p{{M}}\p{{N}}]+(?:{APOSTROPHES.pattern}+[\p{{L}}\p{{M}}\p{{N}}]+)*")


#: Typographic marks that NFKC and case folding leave alone (or, for the ellipsis, turn into dots).
MARKS = "\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2026"
#: The same steps for ASCII text with typographic marks, where NFKC changes nothing and case
#: folding is lower-casing: letters lower-cased, digits kept, apostrophes dropped, the rest a space.
SIMPLE_WORDS = str.maketrans(
    {**{chr(point): " " for point in range(128) if not chr(point).isalnum()},
     **{char: char.lower() for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
     **{char: " " for char in MARKS}, **{char: None for char in "'`\u2018\u2019\u201b\u02bc\u2032"}})


def normalised(text: str) -> str:
    """``text`` as the index compares it: lower-case words split by single spaces, no punctuation."""
    simple = text.translate(SIMPLE_WORDS)
    if simple.isascii():  # most quotes: the same result several times faster, which matching needs
        return " ".join(simple.split())
    return unicode_normalised(text)


def unicode_normalised(text: str) -> str:
    """``normalised`` for any text, step by step."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return NOT_WORD.sub(" ", APOSTROPHES.sub("", text)).strip()


def word_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """The words of ``normalised(text)``, each with the code-point offsets in ``text`` it comes from."""
    for run in RUN.finditer(text):
        expected = normalised(run.group()).split()
        pieces = [(normalised(piece.group()), run.start() + piece.start(), run.start() + piece.end())
                  for piece in WRITTEN.finditer(run.group())]
        if [word for word, _, _ in pieces] == expected:
            yield from pieces
        else:
            # NFKC made words of something that was not written as one ("™",
            # "½"): every word of the run points at the whole run.
            yield from ((word, run.start(), run.end()) for word in expected)


def words(text: str) -> list[str]:
    """The words of already normalised ``text``."""
    return text.split()
