"""Tests for quotecheck.attribution.context: its quick readings agree with the plain ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.attribution.context import OBLIQUE, SENTENCE_END, behind_preposition, ends_sentence

#: Text made of the pieces these readings turn on: prepositions, names, points, quote marks.
PIECES = st.lists(
    st.sampled_from([
        " ", "  ", "\n", ",", ".", "!", "?", "…", "\"", "“", "”", "’", "'", "(", ")", "[", "]",
        "with", "With", "of", "to", "by", "for", "about", "the", "former", "a", "Mr", "Gen", "U.S", "e.g",
        "Spicer", "Clinton", "said", "told", "it", "I", "1", "É", "é",
    ]),
    max_size=30,
).map("".join)


@pytest.mark.parametrize("text", [
    "a spokesman for the Taliban",
    "with Senator John McCain",
    "At the same time as de Gaulle",
    "WITH the former Vice President",
    "said Spicer",
    "withheld Spicer",
])
def test_behind_preposition_is_the_oblique_search(text):
    start = text.rindex(" ") + 1
    found = OBLIQUE.search(text, max(0, start - 40), start) is not None
    assert behind_preposition(text, 0, start) is found


@settings(max_examples=300, deadline=None)
@given(PIECES, st.data())
def test_behind_preposition_agrees_everywhere(text, data):
    floor = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(floor, len(text)))
    found = OBLIQUE.search(text, max(floor, start - 40), start) is not None
    assert behind_preposition(text, floor, start) is found


@pytest.mark.parametrize("text, ends", [
    ("He left. She stayed.", [True]),
    ("Lt. Gen. Mirza Mohammad Yarmand spoke.", [False, False]),
    ("on Aug. 16 he spoke", [False]),
    ("J. Smith spoke.", [False]),
    ("the U.S. Army said", [False]),
    ("“Why?” He left.", [True]),
    ("he said.” Then", [True]),
    ("he was ill. Then", [False]),
    # Words the first piece read before the point does not settle: not ASCII, longer than it, at the start.
    ("at the café. Then", [True]),
    ("of antidisestablishmentarianism. Then", [True]),
    ("Gen. Smith spoke", [False]),
])
def test_ends_sentence_tells_a_full_stop_from_an_abbreviation(text, ends):
    assert [ends_sentence(text, found) for found in SENTENCE_END.finditer(text)] == ends
