"""Tests for quotecheck.attribution.context: its quick readings agree with the plain ones."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.attribution.context import (
    ABBREVIATIONS, NUMBERED, OBLIQUE, SENTENCE_END, SentenceReader, behind_preposition, ends_sentence, sentence_starts,
)
from quotecheck.attribution.cue_after import CLOSED, CLOSED_FLAT, COMMA_CLOSED, HANDS_ON, closes_on

#: Text made of the pieces these readings turn on: prepositions, names, points, quote marks.
PIECES = st.lists(
    st.sampled_from([
        " ", "  ", "\n", ",", ".", "!", "?", "…", "\"", "“", "”", "’", "'", "(", ")", "[", "]", "«", "»", "‘", "\u202f",
        "with", "With", "of", "to", "by", "for", "about", "the", "former", "a", "Mr", "Gen", "U.S", "e.g",
        "Spicer", "Clinton", "said", "told", "it", "I", "1", "É", "é", "No", "no", "com",
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
    # Runs the last word after a space does not settle: a mark, a figure or a line end before the word.
    ("(Gen. Smith) spoke", [False]),
    ("“Gov. Smith” spoke", [False]),
    ("the\nGen. Smith spoke", [False]),
    ("in 2010. Then", [True]),
    ("he said . Then", [True]),
    ("the U.S. Then", [False]),
    # Words that are abbreviations only before a number.
    ("the No. 2 Republican", [False]),
    ("Art. 5 applies", [False]),
    ("he said no. Then", [True]),
    ("he said no. 2020 was", [False]),
    # A web address ends a sentence; an acronym does not.
    ("according to Breitbart.com. Then", [True]),
    ("in the U.S. Then", [False]),
    # A letter right after a figure is its unit or a plural, no initial: "£4m.", "the 1990s."
    ("for £4m. Then", [True]),
    ("fined $5k. Then", [True]),
    ("in the 1990s. Then", [True]),
    ("William J. Burns spoke", [False]),
    ("at 4 p.m. Then", [False]),
])
def test_ends_sentence_tells_a_full_stop_from_an_abbreviation(text, ends):
    assert [ends_sentence(text, found) for found in SENTENCE_END.finditer(text)] == ends


def walked_ends_sentence(text: str, point: int) -> bool:
    """``ends_sentence`` read the plain way: the word before the point walked back a character at a time."""
    if text[point] != ".":
        return True
    start = point
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start: point].lower()
    after = point + 1
    while after < len(text) and text[after].isspace():
        after += 1
    if word in NUMBERED and text[after: after + 1].isdigit():
        return False
    if "." in word:
        head, _, tail = word.rpartition(".")
        return tail in ("com", "org", "net", "gov", "edu", "co", "uk", "io", "tv") and len(head) > 1 and head[-2:-1] != "."
    return not (len(word) == 1 and not text[start - 1: start].isdigit() or word in ABBREVIATIONS)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_ends_sentence_agrees_with_the_walk_back(text):
    for found in SENTENCE_END.finditer(text):
        assert ends_sentence(text, found) is walked_ends_sentence(text, found.start())


#: Each set of points a quote may close on, with the pattern search it stands for: the point, then closing
#: marks of any style, perhaps with a space inside a guillemet, in the quote's last four characters.
CLOSINGS = [
    (points, regex.compile(f"[{points}][ \u00a0\u202f\"”’'“‘»«›‹]*[\"”’'“‘»«›‹]\\Z"))
    for points in (CLOSED, CLOSED_FLAT, COMMA_CLOSED, HANDS_ON)
]


@pytest.mark.parametrize("text", ['he said,"', 'ok."’', '“Why?”', 'no…"', 'a,"b', '""', '.', '', 'yes!\'', '”.”',
                                  '«Non.»', '« Non. »', '„Nein.“', '‚Nein,‘', 'non, »', 'yes. ', '? »»'])
def test_closes_on_is_the_pattern_search(text):
    for points, pattern in CLOSINGS:
        found = pattern.search(text, max(0, len(text) - 4), len(text)) is not None
        assert closes_on(text, len(text), points) is found


@settings(max_examples=300, deadline=None)
@given(PIECES, st.data())
def test_closes_on_agrees_everywhere(text, data):
    end = data.draw(st.integers(0, len(text)))
    for points, pattern in CLOSINGS:
        assert closes_on(text, end, points) is (pattern.search(text, max(0, end - 4), end) is not None)


def test_a_sentence_reader_reads_each_window_as_a_scan_of_it():
    text = "He left. She stayed. “Why?” They went on. Gen. Smith spoke. It rained.\n\nNo. Yes! Then"
    reader = SentenceReader(text)
    # Windows in order, each going on from the last; then one before them, read afresh.
    for low, high in [(-20, 10), (0, 30), (5, 60), (40, 61), (41, 62), (70, 95), (0, 20), (3, 3)]:
        assert reader.starts(low, high) == sentence_starts(text, low, high)


@settings(max_examples=300, deadline=None)
@given(PIECES, st.lists(st.tuples(st.integers(-5, 40), st.integers(-5, 40)), max_size=6))
def test_a_sentence_reader_agrees_with_the_scan_over_any_windows(text, windows):
    reader = SentenceReader(text)
    for low, high in windows:
        assert reader.starts(low, high) == sentence_starts(text, low, high)
