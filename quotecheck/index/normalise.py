"""The form in which the provenance index stores and compares quoted words.

This is stricter than ``quotecheck.checks.model.normalised``, which only
drops quotation marks, folds case and collapses spaces so that fingerprints
stay stable across edits.  A quote copied from one outlet to another picks up
more noise than that: typographic quote marks and apostrophes, ligatures,
full-width forms, different punctuation and ellipses marking a cut.  So the
index keeps only words: NFKC (which also splits ligatures such as "ﬁ" and turns
"…" into "..."), case folding, apostrophes dropped so "don’t" and "don't" are
both "dont", and every other character that is not a letter, mark or digit
turned into a space.  The two normalisers must not share code, because a
change to either would silently change the other's results.
"""

from __future__ import annotations

import unicodedata

import regex

#: Apostrophes and single marks used as apostrophes; dropped so the word stays whole.
APOSTROPHES = regex.compile(r"['‘’‛ʼ′`]")
#: Anything that is not part of a word: quote marks, punctuation, ellipses, symbols.
NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")


def normalised(text: str) -> str:
    """``text`` as the index compares it: lower-case words split by single spaces, no punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return NOT_WORD.sub(" ", APOSTROPHES.sub("", text)).strip()


def words(text: str) -> list[str]:
    """The words of already normalised ``text``."""
    return text.split()
