"""Tests for quotecheck.sentences: Punkt sentence splitting of news prose."""

from __future__ import annotations

import importlib.resources
import json
import string

import nltk.data
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize import punkt

from quotecheck.sentences import ORTHO_FLAGS, sentence_spans, tokenizer

EXAMPLES = [
    # Titles and ranks.
    (
        "Mr. Alden and Mrs. Ortega met Ms. Park and Dr. Ng on Tuesday. They talked.",
        [
            "Mr. Alden and Mrs. Ortega met Ms. Park and Dr. Ng on Tuesday.",
            "They talked.",
        ],
    ),
    (
        "Lt. Col. Dana Reyes briefed Gen. Okafor, Maj. Lund, Capt. Ibarra and "
        "Sgt. Holm before Adm. Vance arrived. Nobody smiled.",
        [
            "Lt. Col. Dana Reyes briefed Gen. Okafor, Maj. Lund, Capt. Ibarra and "
            "Sgt. Holm before Adm. Vance arrived.",
            "Nobody smiled.",
        ],
    ),
    (
        "Sen. Marlow, Rep. Quint and Gov. Faber praised Pres. Lindqvist. "
        "The vote is Friday.",
        [
            "Sen. Marlow, Rep. Quint and Gov. Faber praised Pres. Lindqvist.",
            "The vote is Friday.",
        ],
    ),
    (
        "The Rev. Amos Tull Jr. and Harold Tull Sr. spoke at St. Brendan's "
        "with Prof. Ilse Varga. The hall was full.",
        [
            "The Rev. Amos Tull Jr. and Harold Tull Sr. spoke at St. Brendan's "
            "with Prof. Ilse Varga.",
            "The hall was full.",
        ],
    ),
    # Countries, agencies and places.
    (
        "U.S. and U.N. officials met U.K. and E.U. envoys. The C.I.A., the "
        "F.B.I. and the D.G.S.E. sent observers.",
        [
            "U.S. and U.N. officials met U.K. and E.U. envoys.",
            "The C.I.A., the F.B.I. and the D.G.S.E. sent observers.",
        ],
    ),
    (
        "The firm moved from N.Y. to Washington, D.C. last year. Its rivals stayed.",
        [
            "The firm moved from N.Y. to Washington, D.C. last year.",
            "Its rivals stayed.",
        ],
    ),
    (
        "She grew up in Fresno, Calif., studied in Boston, Mass., and retired "
        "to Tampa, Fla., last spring. The Tucson, Ariz. Chamber of Commerce "
        "honored her.",
        [
            "She grew up in Fresno, Calif., studied in Boston, Mass., and retired "
            "to Tampa, Fla., last spring.",
            "The Tucson, Ariz. Chamber of Commerce honored her.",
        ],
    ),
    # Dotted acronyms missing from the list still hold together.
    (
        "The J.F.K. terminal reopened. He studied at N.Y.U. The fees rose.",
        ["The J.F.K. terminal reopened.", "He studied at N.Y.U.", "The fees rose."],
    ),
    # Companies, numbers and Latin.
    (
        "Harlow Inc. sued Brightwater Corp., Dunmore & Co. and Kestrel Ltd. "
        "on Monday. The case is pending.",
        [
            "Harlow Inc. sued Brightwater Corp., Dunmore & Co. and Kestrel Ltd. "
            "on Monday.",
            "The case is pending.",
        ],
    ),
    (
        "The No. 2 seed lost the Dalton vs. Pryce final, citing heat, travel, "
        "etc. in a statement. Fans booed.",
        [
            "The No. 2 seed lost the Dalton vs. Pryce final, citing heat, travel, "
            "etc. in a statement.",
            "Fans booed.",
        ],
    ),
    # "No." holds only before a number, so the word "no" can end a sentence.
    (
        "Asked whether he would run, he said no. Reporters pressed him.",
        ["Asked whether he would run, he said no.", "Reporters pressed him."],
    ),
    # Times and months.
    (
        "The session opened at 9 a.m. on Jan. 4 and closed at 6 p.m. on "
        "Sept. 30. Filings are due Feb. 1, Aug. 15, Oct. 15, Nov. 30 and "
        "Dec. 31, not Sep. 12. Late filers pay.",
        [
            "The session opened at 9 a.m. on Jan. 4 and closed at 6 p.m. on Sept. 30.",
            "Filings are due Feb. 1, Aug. 15, Oct. 15, Nov. 30 and Dec. 31, "
            "not Sep. 12.",
            "Late filers pay.",
        ],
    ),
    # Initials.
    (
        "William J. Burns flew to Cairo. The trip was brief.",
        ["William J. Burns flew to Cairo.", "The trip was brief."],
    ),
    (
        "The memo was signed by Harriet E. Lindqvist and R. Tomas Oyelaran.",
        ["The memo was signed by Harriet E. Lindqvist and R. Tomas Oyelaran."],
    ),
    (
        "The team fell back on Plan B. The plan failed.",
        ["The team fell back on Plan B.", "The plan failed."],
    ),
    # An abbreviation at a true sentence end.
    (
        "He moved to the U.S. The next day he applied for a job.",
        ["He moved to the U.S.", "The next day he applied for a job."],
    ),
    (
        "U.S. forces left the base at dawn.",
        ["U.S. forces left the base at dawn."],
    ),
    (
        "The talks were held in Washington, D.C. But no deal emerged.",
        ["The talks were held in Washington, D.C.", "But no deal emerged."],
    ),
    (
        "He works for Pellman Corp. A spokeswoman declined to comment.",
        ["He works for Pellman Corp.", "A spokeswoman declined to comment."],
    ),
    (
        "The meeting ended at 11 p.m. It resumed on Friday.",
        ["The meeting ended at 11 p.m.", "It resumed on Friday."],
    ),
    # Closing quotes and brackets stay with the sentence they end.
    (
        '"We are ready," he said. "Next."',
        ['"We are ready," he said.', '"Next."'],
    ),
    ('He left." She stayed.', ['He left."', "She stayed."]),
    ("He left.\u201d She stayed.", ["He left.\u201d", "She stayed."]),
    (
        "He said \u2018no.\u2019 Then he left.",
        ["He said \u2018no.\u2019", "Then he left."],
    ),
    ("(He left.) She stayed.", ["(He left.)", "She stayed."]),
    # The word after an abbreviation is judged without its own end mark.
    (
        "\u201cI thank Mr. Okoro.\u201d She left.",
        ["\u201cI thank Mr. Okoro.\u201d", "She left."],
    ),
    (
        '"Is it Dr. Ito?" she asked.',
        ['"Is it Dr. Ito?" she asked.'],
    ),
    # An opening curly quote does not hide the abbreviation after it.
    (
        "\u201cMr. Abara is here,\u201d she said.",
        ["\u201cMr. Abara is here,\u201d she said."],
    ),
    # After ? or !, a lowercase word carries the sentence on.
    (
        "\u201cWhy now?\u201d she asked. \u201cBecause.\u201d",
        ["\u201cWhy now?\u201d she asked.", "\u201cBecause.\u201d"],
    ),
    (
        '"Stop!" he shouted. Nobody moved.',
        ['"Stop!" he shouted.', "Nobody moved."],
    ),
    ("\u201cStop!\u201d Nobody moved.", ["\u201cStop!\u201d", "Nobody moved."]),
    # Ellipses.
    (
        '"We will rebuild... and we will win," she said.',
        ['"We will rebuild... and we will win," she said.'],
    ),
    (
        '"We will rebuild . . . and we will win," she said.',
        ['"We will rebuild . . . and we will win," she said.'],
    ),
    (
        '"We will rebuild. .. and we will win," she said.',
        ['"We will rebuild. .. and we will win," she said.'],
    ),
    (
        '"It was over. . . . We went home," she said.',
        ['"It was over. . . .', 'We went home," she said.'],
    ),
    (
        '"It was a long night... The next morning we left," he said.',
        ['"It was a long night...', 'The next morning we left," he said.'],
    ),
    # Blank lines end sentences; other spaces are only spaces.
    (
        "A Headline Without a Period\n\nThe story begins here. It goes on.",
        ["A Headline Without a Period", "The story begins here.", "It goes on."],
    ),
    (
        "Was it true?\u00a0Absolutely. The rest followed.",
        ["Was it true?", "Absolutely.", "The rest followed."],
    ),
    ("  Leading space. Trailing space.  \n", ["Leading space.", "Trailing space."]),
    ("", []),
    (" \n\n \t", []),
]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, cut out at their spans."""
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", EXAMPLES)
def test_examples(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Punkt sees only the quote mark after the abbreviation's period.
        (
            "She moved to the U.S. \u201cWe were happy,\u201d she said.",
            ["She moved to the U.S.", "\u201cWe were happy,\u201d she said."],
        ),
        # "\u2026" is not one of Punkt's sentence-ending characters.
        ("He waited\u2026 Then he left.", ["He waited\u2026", "Then he left."]),
    ],
)
@pytest.mark.xfail(strict=True, reason="known limitation of Punkt's boundary contexts")
def test_known_limitations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_index_the_original_text() -> None:
    text = "\u00a0\u201cMr. Okoro?\u201d she asked.\r\n\r\nThe U.S. The end . . . Then."
    spans = sentence_spans(text)
    assert [text[start:end] for start, end in spans] == [
        "\u201cMr. Okoro?\u201d she asked.",
        "The U.S.",
        "The end . . .",
        "Then.",
    ]
    assert spans[0] == (1, 24)
    assert spans[-1] == (len(text) - 5, len(text))


@pytest.mark.parametrize(
    "space",
    [
        chr(code)
        for code in range(0x110000)
        if chr(code).isspace() and chr(code) not in string.whitespace
    ],
)
def test_any_space_separates_sentences(space: str) -> None:
    text = f"Was it true?{space}Absolutely. The rest followed."
    assert sentences(text) == ["Was it true?", "Absolutely.", "The rest followed."]


def test_window_returns_offsets_into_the_whole_text() -> None:
    text = "Skip this. Dr. Ito spoke. Then Gen. Ruiz did. Skip that."
    start = text.index("Dr.")
    end = text.index(" Skip that")
    spans = sentence_spans(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Dr. Ito spoke.", "Then Gen. Ruiz did."]
    assert spans[0][0] == start


def test_tokenizer_is_loaded_once() -> None:
    assert tokenizer() is tokenizer()


def test_loading_does_not_touch_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.data must not be used")

    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    tokenizer.cache_clear()
    try:
        assert sentences("Dr. Ito spoke. He left.") == ["Dr. Ito spoke.", "He left."]
    finally:
        tokenizer.cache_clear()


def test_ortho_flags_match_nltk() -> None:
    assert ORTHO_FLAGS == {
        f"{position}-{case}": flag
        for (position, case), flag in punkt._ORTHO_MAP.items()
    }


def test_parameter_file_is_plain_sorted_data() -> None:
    source = importlib.resources.files("quotecheck") / "data" / "punkt_news.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    assert data["_comment"]
    for key in ("abbrev_types", "sent_starters"):
        words = data[key]
        assert words == sorted(set(words))
        assert all(word == word.lower() and not word.endswith(".") for word in words)
    assert data["collocations"] == sorted(data["collocations"])
    assert all(len(pair) == 2 for pair in data["collocations"])
    assert list(data["ortho_context"]) == sorted(data["ortho_context"])
    for names in data["ortho_context"].values():
        assert set(names) <= set(ORTHO_FLAGS)


NEWSY = st.lists(
    st.sampled_from(
        list("aAbJsTU .,?!;:'\"()-\n\t\r")
        + list("\u00a0\u2026\u2014\u2018\u2019\u201c\u201d\u00bb")
        + ["Mr.", "U.S.", " The ", " no. ", "No. 1", ". . .", "...", "\n\n", "J. "]
    ),
    max_size=80,
).map("".join)
TEXTS = st.one_of(st.text(max_size=200), NEWSY)


def check_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Spans lie in order inside [start, end], trimmed and covering all the ink."""
    covered = set()
    previous_end = start
    for first, last in spans:
        assert previous_end <= first < last <= end
        assert not text[first].isspace() and not text[last - 1].isspace()
        covered.update(range(first, last))
        previous_end = last
    ink = {i for i in range(start, end) if not text[i].isspace()}
    assert ink <= covered


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_spans_are_ordered_trimmed_and_in_bounds(text: str) -> None:
    check_spans(text, sentence_spans(text), 0, len(text))


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_window_matches_splitting_the_slice(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = sentence_spans(text, start, end)
    check_spans(text, spans, start, end)
    assert spans == [(s + start, e + start) for s, e in sentence_spans(text[start:end])]
