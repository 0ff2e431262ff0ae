"""Property tests of the whole pipeline, ``extract`` then ``attribute``, on any text.

Hypothesis feeds the pipeline newsroom-like text assembled from words,
names (Mr. Massoud, Lisa Curtis), pronouns, vague sources ("officials"), cue
verbs (said, told, according to), every kind of quotation mark, punctuation,
line and paragraph breaks; and also fully arbitrary unicode.  For every input
the pipeline must not raise and its result must be well formed: one
attribution per quote, in quote order; spans inside the text that agree with
it; no speaker's mention inside the quote it is credited with; a speaker
exactly when a sieve decided, with a confidence in (0, 1] and a known sieve
name; and the same result every time.  Blockquotes, set anywhere in the
text or read from Markdown ``>`` lines, keep the quotes well formed: in
order, inside the text, overlapping only where one holds another.  A last
table checks that "\r\n" line ends, which the readers keep, read the same
as "\n".
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotecheck.attribution import SIEVE_NAMES, Attributed, attribute
from quotecheck.document import Document, SourceMap
from quotecheck.extract import extract
from quotecheck.readers.markdown import read_markdown
from quotecheck.readers.text import trimmed
from quotecheck.roster import Roster, RosterEntry

QUOTATION_MARKS = "\"“”‘’'«»„"

#: Pieces of newsroom text: names, pronouns, sources, cue verbs, marks and breaks.
PIECES = st.sampled_from(
    [
        "Mr. Massoud", "Ahmad Massoud", "Lisa Curtis", "Ms. Curtis", "Lt. Gen. Mirza Mohammad Yarmand",
        "de Gaulle", "the Pentagon", "Kabul", "Afghans", "she", "he", "they", "officials", "a spokesman",
        "said", "says", "told", "according to", "added", "asked", "his words",
        "the", "war", "is", "over", "We", "will", "fight", "Later", "However", "in",
        *QUOTATION_MARKS, "''", "Massoud’s", "O'Brien", "'90s", "can't",
        " ", " ", " ", ", ", ". ", ": ", "? ", "—", "(", ")", "\n", "\n\n", "\n \n", "\r\n",
    ]
)
#: Pieces joined with or without a space between them, so marks touch words on either side.
NEWSROOM_TEXT = st.lists(st.tuples(PIECES, st.sampled_from(["", " "])), max_size=40).map(
    lambda pairs: "".join(piece + space for piece, space in pairs)
)
#: A quotation with a cue on one side, in one of the usual orders.
QUOTED = st.builds(
    lambda opening, words, closing, cue, speaker, order: (
        f"{opening}{words},{closing} {speaker} {cue}." if order else f"{speaker} {cue}: {opening}{words}.{closing}"
    ),
    st.sampled_from(["“", '"', "‘", "«", "„", "'"]),
    st.sampled_from(["We will fight", "The war is over", "No", "Ask Lisa Curtis"]),
    st.sampled_from(["”", '"', "’", "»", "“", "'"]),
    st.sampled_from(["said", "told reporters", "added", "wrote"]),
    st.sampled_from(["Mr. Massoud", "Lisa Curtis", "she", "he", "officials", "the Pentagon", "according to"]),
    st.booleans(),
)
ARTICLE = st.lists(
    st.tuples(st.one_of(QUOTED, NEWSROOM_TEXT), st.sampled_from([" ", "\n", "\n\n", " \n\n "])), max_size=6
).map(lambda pairs: "".join(part + separator for part, separator in pairs))
ARBITRARY_TEXT = st.text(max_size=200)
ANY_TEXT = st.one_of(ARTICLE, NEWSROOM_TEXT, ARBITRARY_TEXT)

ROSTER = Roster((
    RosterEntry("Ahmad Massoud", ("Ahmad Masood",), "Mr.", "male", "leader of the National Resistance Front"),
    RosterEntry("Lisa Curtis", gender="female"),
    RosterEntry("Department of Defense", ("Pentagon",), kind="organisation"),
))

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(text: str, **options) -> Attributed:
    """The attributed quotes of ``text`` read as a plain-text document."""
    document = Document("property", text, "property.txt", SourceMap.identity(text), {})
    return attribute(extract(document), **options)


def check_well_formed(text: str, attributed: Attributed) -> None:
    """Every invariant of one attributed extraction, asserted."""
    quotes = attributed.extraction.quotes
    attributions = attributed.attributions
    check_spans(text, quotes)
    assert isinstance(attributions, tuple)
    assert len(attributions) == len(quotes)
    for index, (quote, attribution) in enumerate(zip(quotes, attributions)):
        assert attribution.quote == index
        for span in (attribution.mention, attribution.cue):
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text), (index, span)
            assert text[span.start: span.end] == span.text, (index, span)
        mention = attribution.mention
        if mention is not None:
            # Not inside the quote, nor across one of its marks.
            overlaps = mention.start < quote.end and quote.start < mention.end
            assert not overlaps, (index, quote, mention, text[quote.start: quote.end])
        assert (attribution.speaker is None) == (attribution.sieve is None), (index, attribution)
        if attribution.sieve is None:
            assert attribution.confidence is None and attribution.mention is None, (index, attribution)
        else:
            assert attribution.sieve in SIEVE_NAMES, (index, attribution)
            assert attribution.confidence is not None and 0 < attribution.confidence <= 1, (index, attribution)
            assert attribution.speaker, (index, attribution)


def check_spans(text: str, quotes) -> None:
    """Quotes in order of start, inside the text, overlapping only where one holds another, with true links."""
    starts = [quote.start for quote in quotes]
    assert starts == sorted(starts)
    for index, quote in enumerate(quotes):
        assert 0 <= quote.start < quote.end <= len(text), (index, quote)
        if quote.parent is not None:
            parent = quotes[quote.parent]
            assert quote.parent < index and parent.start <= quote.start and quote.end <= parent.end, (index, quote)
        assert quote.continues is None or quote.continues < index, (index, quote)
        for other in quotes[index + 1:]:
            if other.start >= quote.end:
                break
            assert other.end <= quote.end, (index, quote, other)  # inside it, not across its end


@SETTINGS
@given(ANY_TEXT)
# A participle cue after a quote that spans two others: its subject is read before the quote, not inside it.
@example('Mr. Massoud said: “We will fight.” officials said: «We will fight.” Mr. Massoud said: “We will fight.» '
         '‘We will fight,” according to said. ')
# A later piece of a quotation whose speaker a name inside the first piece gives: nothing to carry back.
@example('“We will fight,’ Mr. Massoud said. Mr. Massoud said: “We will fight.”\n“We will fight,’ Mr. Massoud said.\n\n')
def test_pipeline_result_is_well_formed(text):
    check_well_formed(text, run(text))


@settings(max_examples=100, deadline=None)
@given(ARBITRARY_TEXT)
def test_arbitrary_unicode_is_well_formed(text):
    check_well_formed(text, run(text))


@SETTINGS
@given(ARTICLE, st.sets(st.sampled_from(SIEVE_NAMES)), st.sampled_from([None, ROSTER]))
def test_any_sieves_and_roster_give_well_formed_results(text, sieves, roster):
    attributed = run(text, sieves=sieves, roster=roster)
    check_well_formed(text, attributed)
    assert all(attribution.sieve in sieves for attribution in attributed.attributions if attribution.sieve)


@SETTINGS
@given(ARTICLE, st.lists(st.integers(0, 400), max_size=8))
# A blockquote that ends inside "'90s": the figure it cuts is no part of a subject read after it.
@example("she told reporters: “No.” Mr. MassoudKabulin'90s\r\nsaid  ", [26, 46])
def test_blockquotes_anywhere_give_well_formed_results(text, cuts):
    # Stretches between cut points, every other one a blockquote, as a reader records them.
    points = sorted({min(cut, len(text)) for cut in cuts})
    blockquotes = tuple(trimmed(text, list(zip(points[::2], points[1::2]))))
    document = Document("property", text, "property.txt", SourceMap.identity(text), {}, blockquotes=blockquotes)
    attributed = attribute(extract(document))
    check_well_formed(text, attributed)
    # The quotes the marks give stay; each added one lies inside a blockquote; a quote in marks that overlaps such a
    # blockquote is a term, a title or a fragment that one of the added ones holds as its parent.
    marked = {(quote.start, quote.end): quote.kind
              for quote in extract(attrs.evolve(document, blockquotes=())).quotes}
    quotes = attributed.extraction.quotes
    spans = [(quote.start, quote.end) for quote in quotes]
    assert set(marked) <= set(spans)
    added = [index for index, span in enumerate(spans) if span not in marked]
    for index in added:
        start, end = spans[index]
        block = next(block for block in blockquotes if block[0] <= start and end <= block[1])
        for inner, (low, high) in enumerate(spans):
            if (low, high) in marked and low < block[1] and block[0] < high:
                assert marked[(low, high)] in ("term", "title", "fragment")
                holder = quotes[inner].parent
                assert holder in added and spans[holder][0] <= low and high <= spans[holder][1]


@SETTINGS
@given(st.lists(st.tuples(st.one_of(QUOTED, NEWSROOM_TEXT), st.sampled_from(["", "> ", "> > "]),
                          st.sampled_from(["\n", "\n\n", "\n>\n"])), max_size=6))
def test_markdown_blockquotes_give_well_formed_results(parts):
    source = "".join(marks + part.replace("\n", " ") + separator for part, marks, separator in parts)
    document = read_markdown(source, "property.md")
    check_well_formed(document.text, attribute(extract(document)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from([None, ROSTER]))
def test_pipeline_is_deterministic(text, roster):
    assert run(text, roster=roster) == run(text, roster=roster)


def test_known_article_is_well_formed_and_attributed():
    """A case for the checks to bite on, so they do not pass only on empty results."""
    text = (
        "Ahmad Massoud spoke in Kabul.\n\n“We will fight,” Mr. Massoud said. “The war is not over.”\n\n"
        "Lisa Curtis, a former analyst, disagreed. “It is over,” she said, according to officials."
    )
    attributed = run(text)
    check_well_formed(text, attributed)
    assert [(attribution.speaker, attribution.sieve) for attribution in attributed.attributions] == [
        ("Ahmad Massoud", "adjacent"),
        ("Ahmad Massoud", "continuation"),
        ("Lisa Curtis", "pronoun"),
    ]


def speakers(text: str) -> list[str | None]:
    """The speaker of every quote of ``text``, in order."""
    return [attribution.speaker for attribution in run(text).attributions]


LINE_END_ARTICLES = [
    "“We will fight,” Lisa Curtis said.\n\nAhmad Massoud met her on Monday.\n\n“It is over.”",
    "Lisa Maddox, a former analyst, spoke first.\n\n“The concern is real,” she said.",
    "“First,” said Lisa Curtis.\n\n“Second, we wait.”",
    pytest.param("The resistance in the valley\n\nMr. Massoud wrote: “We will not surrender.”", id="subhead"),
    "“We are ready,” said Mr.\nMassoud.",  # a line break inside a name, written CRLF
]


@pytest.mark.parametrize("text", LINE_END_ARTICLES)
def test_crlf_line_ends_give_the_same_speakers(text):
    assert speakers(text.replace("\n", "\r\n")) == speakers(text)
