"""Property tests of ``parse_quotes``: invariants that hold for any text at all.

Hypothesis feeds the parser text drawn from an alphabet rich in quotation
marks (straight, curly, low-9, guillemets), letters, spaces, punctuation and
line breaks, and also fully arbitrary unicode.  For every input the parser
must not raise, and its result must be well formed: spans inside the text,
sorted, beginning with a mark, properly nested, with ``parent`` and
``continues`` links that agree with the spans; diagnostics inside the text
and sorted; and the same result every time.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.quotes import KINDS, ParseResult, parse_quotes

QUOTATION_MARKS = "\"“”„«»‘’‚‹›'"
DIAGNOSTIC_CODES = ("unclosed-quote", "unopened-quote", "stray-mark")

#: Single characters, most of them quotation marks or what stands next to them.
BIASED_CHARACTERS = st.one_of(
    st.sampled_from(QUOTATION_MARKS),
    st.sampled_from(QUOTATION_MARKS),
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    st.sampled_from("  \n.,:;?!—-()"),
)

#: Short pieces of newsroom text, so that spans have words, cues and breaks.
BIASED_PIECES = st.sampled_from(
    [
        " said ", "\n\n", "\n \n", "can't", "'90s", "rock 'n' roll", " the so-called ",
        " author of ", "http://example.com/a\"b\n", "5'10\"", "''", "Mayor ", ". ",
        ", ", " — ", "12\" pipe", "=\"", "'s ", "O'Brien",
    ]
)

BIASED_TEXT = st.lists(st.one_of(BIASED_CHARACTERS, BIASED_PIECES), max_size=120).map("".join)
ARBITRARY_TEXT = st.text(max_size=200)
ANY_TEXT = st.one_of(BIASED_TEXT, ARBITRARY_TEXT, st.text(alphabet=QUOTATION_MARKS + "ab \n.", max_size=80))

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def contains(outer, inner) -> bool:
    """True when the span ``outer`` holds the span ``inner``."""
    return outer.start <= inner.start and inner.end <= outer.end


def ancestors(result: ParseResult, index: int) -> list[int]:
    """Indexes of the quotes on the parent chain of quote ``index``, nearest first."""
    chain = []
    parent = result.quotes[index].parent
    while parent is not None:
        assert parent not in chain, f"parent cycle through {parent}"
        chain.append(parent)
        parent = result.quotes[parent].parent
    return chain


def check_well_formed(text: str, result: ParseResult) -> None:
    """Every invariant of one parse, asserted."""
    assert isinstance(result.quotes, tuple)
    assert isinstance(result.diagnostics, tuple)
    quotes = result.quotes
    for index, quote in enumerate(quotes):
        assert 0 <= quote.start < quote.end <= len(text), (index, quote)
        assert text[quote.start] in QUOTATION_MARKS, (index, quote, text[quote.start:quote.end])
        assert quote.kind in KINDS
        assert quote.kind in ("quote", "fragment", "term", "title")
        if quote.parent is not None:
            assert 0 <= quote.parent < index, (index, quote)
            assert contains(quotes[quote.parent], quote), (index, quote, quotes[quote.parent])
        if quote.continues is not None:
            assert 0 <= quote.continues < index, (index, quote)
            assert quotes[quote.continues].end <= quote.start, (index, quote, quotes[quote.continues])
    starts = [quote.start for quote in quotes]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts), "two quotes start at the same offset"
    for first_index, first in enumerate(quotes):
        chain = ancestors(result, first_index)
        for second_index in range(first_index + 1, len(quotes)):
            second = quotes[second_index]
            if second.start >= first.end:
                break  # sorted by start: every later quote is disjoint from ``first``
            # ``second`` starts inside ``first``, so it must end inside it too.
            assert second.end <= first.end, ("overlap", first, second)
            assert first_index in ancestors(result, second_index), ("parent chain", first, second)
        for ancestor in chain:
            assert contains(quotes[ancestor], first)
    for diagnostic in result.diagnostics:
        assert diagnostic.code in DIAGNOSTIC_CODES
        assert 0 <= diagnostic.offset < len(text), diagnostic
        assert text.startswith(diagnostic.mark, diagnostic.offset), (diagnostic, text[diagnostic.offset:][:3])
    offsets = [diagnostic.offset for diagnostic in result.diagnostics]
    assert offsets == sorted(offsets)


@SETTINGS
@given(ANY_TEXT)
def test_result_is_well_formed(text):
    check_well_formed(text, parse_quotes(text))


@SETTINGS
@given(ANY_TEXT)
def test_result_is_well_formed_with_double_apostrophes(text):
    check_well_formed(text, parse_quotes(text, double_apostrophes=True))


@settings(max_examples=150, deadline=None)
@given(ARBITRARY_TEXT)
def test_arbitrary_unicode_is_well_formed(text):
    check_well_formed(text, parse_quotes(text))


@settings(max_examples=150, deadline=None)
@given(BIASED_TEXT, st.booleans())
def test_parsing_is_deterministic(text, double_apostrophes):
    first = parse_quotes(text, double_apostrophes=double_apostrophes)
    second = parse_quotes(text, double_apostrophes=double_apostrophes)
    assert first == second


#: One paragraph: maybe an opening mark, some words and marks, maybe a closing mark.
PARAGRAPH = st.tuples(
    st.sampled_from(["", "“", "„", "«", '"', "‘", "‹", "''"]),
    st.lists(st.sampled_from(["word", "Word", " ", ", ", ". ", "“", "”", "«", "»", '"', "‘", "’", "said"]), max_size=12).map("".join),
    st.sampled_from(["", "”", "»", '"', "“", "’", "›", "''", "."]),
).map("".join)
#: What stands between paragraphs: a plain break, a spaced one, or a web address line.
PARAGRAPH_BREAK = st.sampled_from(["\n\n", "\n \n\n", "\n", "\n\nhttp://example.com/x\n\n", "\nwww.example.org\n"])
PARAGRAPHS = st.lists(st.tuples(PARAGRAPH, PARAGRAPH_BREAK), max_size=8).map(
    lambda pairs: "".join(paragraph + separator for paragraph, separator in pairs)
)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, st.booleans())
def test_paragraph_pieces_are_well_formed(text, double_apostrophes):
    """Quotes spread over paragraphs, where ``continues`` links are made."""
    check_well_formed(text, parse_quotes(text, double_apostrophes=double_apostrophes))


def test_multi_paragraph_quotation_links_its_pieces():
    """A known case for the ``continues`` check to bite on, not just vacuously pass."""
    text = "He said: “The first part.\n\n“The second part,” he added."
    result = parse_quotes(text)
    check_well_formed(text, result)
    assert len(result.quotes) == 2
    assert result.quotes[1].continues == 0
    assert text[result.quotes[0].start:result.quotes[0].end] == "“The first part."


def test_nested_quotation_has_parent():
    """A known case for the ``parent`` check to bite on."""
    text = "She said, “He told me ‘no way’ twice.”"
    result = parse_quotes(text)
    check_well_formed(text, result)
    assert [(quote.start, quote.end) for quote in result.quotes] == [(10, len(text)), (22, 30)]
    assert result.quotes[1].parent == 0
