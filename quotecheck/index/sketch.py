"""A 64-bit sketch of a quote's words, to drop match candidates before their text is read.

Each distinct word of a normalised quote sets two of 64 bits (a Bloom
filter, Bloom 1970), chosen from the word's CRC-32, which is the same in
every process and on every machine.  A word the quote holds always finds
its two bits set; a word it lacks finds them set by chance, about one time
in six for a quote of fifteen words.  An altered match shares at least
``ALTERED_SCORE`` of the draft's words, and exact and excerpt matches share
all of them, so a candidate whose sketch lacks the bits of more draft words
than that allows cannot match and is never read (``quotecheck.index.match``).
Nothing that could match is dropped: the sketch only errs towards keeping.

The sketch is stored as a signed 64-bit SQLite integer; a change to it
needs a new schema version.
"""

from __future__ import annotations

import zlib
from typing import Iterable

BITS = 64
#: The sign bit of a 64-bit integer, for storing a sketch as SQLite's signed integer.
SIGN = 1 << (BITS - 1)


def word_bits(word: str) -> int:
    """The two bits one word sets."""
    digest = zlib.crc32(word.encode("utf-8"))
    return (1 << (digest & 63)) | (1 << ((digest >> 6) & 63))


def sketch(text: str) -> int:
    """The sketch of a normalised text, as a signed 64-bit integer."""
    bits = 0
    for word in set(text.split()):
        bits |= word_bits(word)
    return bits - (1 << BITS) if bits & SIGN else bits


def masks(words: Iterable[str]) -> list[int]:
    """The bits of each of ``words``, in order, for ``held``."""
    return [word_bits(word) for word in words]


def held(word_masks: list[int], stored: int) -> int:
    """How many of the words behind ``word_masks`` a quote with sketch ``stored`` may hold (never fewer than it does)."""
    bits = stored & ((1 << BITS) - 1)
    return sum(bits & mask == mask for mask in word_masks)
