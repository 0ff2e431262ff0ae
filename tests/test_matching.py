"""Matching quotes against the index: MinHash keys, word alignment and diffs, and the match kinds.

Example tables for ``relation`` (which kind of match a draft makes with an
indexed quote) and for ``align`` (score and diff), plus the properties the
band keys must keep: deterministic across processes and stable across
versions, since the index stores them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.index import minhash, sketch
from quotecheck.index.align import align
from quotecheck.index.match import ALTERED_SCORE, relation
from quotecheck.index.normalise import normalised, unicode_normalised

SOURCE = "we shall fight on the beaches we shall fight on the landing grounds"

#: (draft, indexed, kind or None): what ``relation`` must decide.
RELATIONS = [
    ("we shall never surrender", "we shall never surrender", "exact"),
    ("fight on the beaches we shall", SOURCE, "excerpt"),
    ("we will never surrender the valley to anyone", "we shall never surrender the valley to anyone", "altered"),
    ("we shall fight on the beaches we will fight on the grounds", SOURCE, "altered"),
    ("we shall fight on the landing grounds and hills", SOURCE, "altered"),
    ("we shall fight on the landing grounds and in the hills", SOURCE, None),  # four words added to seven
    ("fight on the beaches", SOURCE, None),  # an excerpt of fewer than six words proves nothing
    ("we shall fight", SOURCE, None),
    ("we will never give up", "we shall never surrender", None),
    ("the economy is strong and getting stronger", SOURCE, None),
    ("", SOURCE, None),
]


@pytest.mark.parametrize(("draft", "indexed", "kind"), RELATIONS)
def test_relation(draft, indexed, kind):
    found = relation(draft, indexed)
    assert (found.kind if found else None) == kind
    if found and kind != "exact":
        assert found.diff and 0 < found.score <= 1


#: (draft, source, score, diff): the alignment of a draft with its source.
ALIGNMENTS = [
    ("we will never surrender", "we shall never surrender", 0.75, "we [-shall-] {+will+} never surrender"),
    ("fight on the beaches we will fight", SOURCE, 6 / 7,
     "[-we shall-] fight on the beaches we [-shall-] {+will+} fight [-on the landing grounds-]"),
    ("a b c d e f g h i", "a b c x d e f g h i", 0.9, "a b c [-x-] d e f g h i"),
    ("we shall fight on the beaches", SOURCE, 1.0,
     "we shall fight on the beaches [-we shall fight on the landing grounds-]"),
    ("we shall fight on the beaches and in the fields", "we shall fight on the beaches", 0.6,
     "we shall fight on the beaches {+and in the fields+}"),
]


@pytest.mark.parametrize(("draft", "source", "score", "diff"), ALIGNMENTS)
def test_align(draft, source, score, diff):
    found = align(draft, source)
    assert found.score == pytest.approx(score)
    assert found.diff == diff


def test_character_grams_see_what_word_grams_miss():
    # The pair the design starts from: no word trigram in common, most 4-grams.
    shall, will = normalised("We shall never surrender"), normalised("We will never surrender")
    assert 0.55 < minhash.jaccard(shall, will) < 0.65
    first, second = minhash.signatures([shall, will])
    assert abs(minhash.estimated_similarity(first, second) - minhash.jaccard(shall, will)) < 0.15
    assert set(minhash.keys([shall])[0]) & set(minhash.keys([will])[0])


def test_band_keys_are_pinned():
    # The index stores these keys: a change here must come with a new schema version.
    assert minhash.keys(["we shall never surrender"])[0][:4] == [4223608331, 1030468594, 4279613444, 848610210]
    assert minhash.tokens(minhash.keys(["we shall never surrender"]))[0].startswith("3tru9gb 0umncvi 3vhbe04 ")
    assert minhash.signatures(["we shall never surrender"])[0][:4].tolist() == [
        279239763, 351722699, 52435966, 14039225]


def test_band_tokens_are_the_keys_in_base_32():
    assert minhash.tokens([[0, 5, 2 ** 32 - 1], [1024, 31, 32]]) == ["0000000 0000005 3vvvvvv", "0000100 000000v 0000010"]
    keys = minhash.keys(["la guerre est finie"])
    assert [int(token, 32) for token in minhash.tokens(keys)[0].split()] == keys[0]


def test_band_keys_are_the_same_in_another_process():
    code = "from quotecheck.index import minhash; print(minhash.keys(['la guerre est finie'])[0])"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert other.strip() == str(minhash.keys(["la guerre est finie"])[0])


def test_keys_fit_32_bits_and_batches_agree_with_single_texts():
    texts = ["a", "", "we shall never surrender", "ﬁne words " * 40, "été à Paris"]
    together = minhash.keys(texts)
    assert together == [minhash.keys([text])[0] for text in texts]
    assert all(len(keys) == minhash.BANDS for keys in together)
    assert all(0 <= key < (1 << 32) for keys in together for key in keys)
    assert all(len(token) == minhash.TOKEN_LENGTH for line in minhash.tokens(together) for token in line.split())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_relation_and_keys_never_raise(first, second):
    draft, indexed = normalised(first), normalised(second)
    found = relation(draft, indexed)
    assert found is None or 0 <= found.score <= 1
    assert len(minhash.keys([draft, indexed])) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127) | st.sampled_from("\u201c\u201d\u2018\u2019\u201e\u201b"
                                                                         "\u00ab\u00bb\u2013\u2014\u2026\u02bc\u2032"),
               max_size=80))
def test_the_ascii_shortcut_normalises_as_the_unicode_steps_do(text):
    assert normalised(text) == unicode_normalised(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cWe don't back down,\u201d", "we dont back down"),
    ('"We DON\'T back-down..."', "we dont back down"),
    ("  `Rock 'n' roll`  ", "rock n roll"),
    ("\x1fTab\tand\x0bfeed", "tab and feed"),
    ("\u00abWait\u2026\u00bb \u2014 \u2018no\u2019", "wait no"),
    ("\ufb01ne caf\u00e9 \u00bd", "fine caf\u00e9 1 2"),
])
def test_normalised_examples(text, expected):
    assert normalised(text) == expected


def test_sketch_holds_the_words_of_its_text():
    stored = sketch.sketch("we will never surrender the valley")
    assert sketch.held(sketch.masks("we will never surrender".split()), stored) == 4
    assert sketch.sketch("we shall never surrender") == sketch.sketch("surrender never shall we we")
    assert -(1 << 63) <= stored < (1 << 63)
    # Pinned: the index stores sketches, so a change here needs a new schema version.
    assert sketch.sketch("we shall never surrender") == 18015510939631874


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("we will shall never surrender the valley to anyone who comes".split()),
                min_size=1, max_size=14),
       st.lists(st.sampled_from("we will shall never surrender the valley to anyone who comes".split()),
                min_size=1, max_size=14))
def test_the_sketch_never_drops_a_candidate_that_matches(draft_words, indexed_words):
    draft, indexed = " ".join(draft_words), " ".join(indexed_words)
    if relation(draft, indexed) is not None:
        held = sketch.held(sketch.masks(draft.split()), sketch.sketch(indexed))
        assert held >= ALTERED_SCORE * len(draft.split())
