"""MinHash signatures and LSH band keys over character 4-grams, for finding altered quotes.

Word n-grams miss short quotes: "we shall never surrender" and "we will
never surrender" share no word trigram, while their character 4-grams
overlap by about 0.6 (Jaccard).  So each normalised quote becomes the set of
its character 4-grams (padded with a space at each end, so that short words
count), and a MinHash signature of ``PERMUTATIONS`` minima estimates the
Jaccard similarity of two such sets (Broder 1997).  Locality-sensitive
hashing splits the signature into ``BANDS`` bands of ``ROWS`` values; two
quotes become candidates when any band is equal, which happens with
probability ``1 - (1 - J**ROWS) ** BANDS``: 0.99 at J = 0.6, 0.87 at J = 0.5,
0.11 at J = 0.2 (Leskovec, Rajaraman and Ullman, *Mining of Massive
Datasets*, ch. 3).

Everything here is a plain function over a batch of texts, so the embedded
index and an archive build compute the same keys.  The hash constants come
from BLAKE2 digests of fixed labels, never from a random generator or from
Python's per-process ``hash``, so keys stay the same across processes,
machines and library versions.

A band key is a 32-bit hash of the band's number and its four minima.  The
index stores the keys of a quote as words of a full-text index (``tokens``:
seven base-32 digits each), so new keys go to sorted segments instead of
pages all over one B-tree; with a million quotes (32 million keys) a probe
meets an unrelated quote by chance once in about 130 drafts.  Quotes that
share a band for real but are short and made of common words ("it is not")
still come up; the matcher drops them by their word count before reading
them.
"""

from __future__ import annotations

import hashlib
from typing import Sequence

import numpy

PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
GRAM = 4
KEY_BITS = 32
#: Digits of a key written as a token: base 32, enough for ``KEY_BITS``.
DIGITS = b"0123456789abcdefghijklmnopqrstuv"
TOKEN_LENGTH = -(-KEY_BITS // 5)
#: Texts per block when computing signatures: bounds the temporary arrays to a few megabytes.
BLOCK = 64

MASK64 = (1 << 64) - 1


def constant(label: str) -> int:
    """A fixed 64-bit constant derived from ``label``."""
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "little")


#: Odd multipliers and offsets of the 32-bit permutations ``x -> a * x + b (mod 2**32)``.
MULTIPLIERS = numpy.array([constant(f"quotecheck minhash a {k}") & 0xFFFFFFFF | 1 for k in range(PERMUTATIONS)],
                          dtype=numpy.uint32)
OFFSETS = numpy.array([constant(f"quotecheck minhash b {k}") & 0xFFFFFFFF for k in range(PERMUTATIONS)],
                      dtype=numpy.uint32)
#: Odd constant of the multiply-xor mixing that turns code points and minima into hashes.
MIX = numpy.uint64(constant("quotecheck minhash mix") | 1)


def padded(text: str) -> str:
    """``text`` with a space at each end, at least ``GRAM`` characters long."""
    return f" {text} ".ljust(GRAM)


def gram_hashes(text: str) -> numpy.ndarray:
    """32-bit hashes of the character 4-grams of a normalised ``text`` (padded), in order."""
    points = numpy.frombuffer(padded(text).encode("utf-32-le"), dtype=numpy.uint32).astype(numpy.uint64)
    count = len(points) - GRAM + 1
    mixed = numpy.zeros(count, dtype=numpy.uint64)
    for shift in range(GRAM):
        mixed = (mixed ^ points[shift:shift + count]) * MIX
    return ((mixed ^ (mixed >> numpy.uint64(29))) >> numpy.uint64(32)).astype(numpy.uint32)


def signatures(texts: Sequence[str]) -> numpy.ndarray:
    """MinHash signatures of normalised ``texts``: an array of shape (len(texts), PERMUTATIONS), uint32."""
    result = numpy.empty((len(texts), PERMUTATIONS), dtype=numpy.uint32)
    for first in range(0, len(texts), BLOCK):
        grams = [gram_hashes(text) for text in texts[first:first + BLOCK]]
        starts = numpy.cumsum([0] + [len(one) for one in grams[:-1]])
        values = numpy.concatenate(grams)[:, None] * MULTIPLIERS[None, :]
        values += OFFSETS[None, :]
        result[first:first + len(grams)] = numpy.minimum.reduceat(values, starts, axis=0)
    return result


def band_keys(signature_rows: numpy.ndarray) -> numpy.ndarray:
    """LSH keys of signatures: shape (n, BANDS), integers of ``KEY_BITS`` bits, one per band."""
    rows = signature_rows.reshape(len(signature_rows), BANDS, ROWS).astype(numpy.uint64)
    mixed = numpy.broadcast_to(numpy.arange(1, BANDS + 1, dtype=numpy.uint64), rows.shape[:2]) * MIX
    for row in range(ROWS):
        mixed = (mixed ^ rows[:, :, row]) * MIX
    mixed ^= mixed >> numpy.uint64(31)
    return ((mixed * MIX) >> numpy.uint64(64 - KEY_BITS)).astype(numpy.int64)


def keys(texts: Sequence[str]) -> list[list[int]]:
    """The band keys of each normalised text, as Python integers."""
    if not texts:
        return []
    return band_keys(signatures(texts)).tolist()


def tokens(key_rows: Sequence[Sequence[int]]) -> list[str]:
    """Each quote's band keys as one string of tokens for the full-text index: "0a1b2c3 …"."""
    if not len(key_rows):
        return []
    values = numpy.asarray(key_rows, dtype=numpy.int64)
    # Every key is TOKEN_LENGTH digits and a space, written for all keys at once.
    written = numpy.full((*values.shape, TOKEN_LENGTH + 1), ord(" "), dtype=numpy.uint8)
    digits = numpy.frombuffer(DIGITS, dtype=numpy.uint8)
    for place in range(TOKEN_LENGTH - 1, -1, -1):
        written[:, :, place] = digits[values & 31]
        values = values >> 5
    return [line.tobytes().decode("ascii").rstrip() for line in written.reshape(len(written), -1)]


def rows(ids: Sequence[int], quote_keys: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """(key, id) rows of quotes' band keys, sorted by key: the band rows of an archive build."""
    if not ids:
        return []
    values = numpy.asarray(quote_keys, dtype=numpy.int64).ravel()
    owners = numpy.repeat(numpy.asarray(ids, dtype=numpy.int64), BANDS)
    order = numpy.argsort(values, kind="stable")
    return list(zip(values[order].tolist(), owners[order].tolist()))


def estimated_similarity(first: numpy.ndarray, second: numpy.ndarray) -> float:
    """The Jaccard similarity two signatures estimate: the share of equal minima."""
    return float(numpy.mean(first == second))


def jaccard(first: str, second: str) -> float:
    """The exact Jaccard similarity of two normalised texts' character 4-gram sets."""
    grams = [{text[i:i + GRAM] for i in range(len(text) - GRAM + 1)} for text in map(padded, (first, second))]
    union = grams[0] | grams[1]
    return len(grams[0] & grams[1]) / len(union) if union else 1.0
