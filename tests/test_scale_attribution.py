"""Scale tests of attribution: time stays linear in the article.

Each generated text is attributed at two sizes, N and 4N; a linear stage
keeps the ratio of the best times near 4, a quadratic one near 16.  The
texts aim at the places where per-quote work could look back over the whole
article: pronouns, continuations past many titles, interview answers,
many people who share a given name, age words, descriptions, the roles
names own, the documents they issue, a transcript's labels and a sentence
of quotes that an attribution might close.
"""

from __future__ import annotations

import pytest

from quotecheck.attribution import attribute
from quotecheck.document import Document, SourceMap
from quotecheck.extract import extract
from test_scale import assert_linear

PARAGRAPH = (
    'Lisa Curtis met Mr. Massoud in Kabul. "He is clearheaded," she said. "He listens." '
    'So why talk? "Because talking is one thing," Mr. Massoud says. '
    'Officials disagreed. "It will not last," a spokesman said, calling it "a pause."\n\n'
)
TEXTS = {
    "article": lambda count: PARAGRAPH * count,
    "pronouns": lambda count: 'Mr. Massoud spoke. "We hold," he said. ' * count,
    "titles-then-a-quote": lambda count: 'He read "The Book" and "The Play". ' * count + '"We hold."',
    "questions": lambda count: '"We talk," Mr. Massoud says. ' + 'Why? "Because." ' * count,
    "shared-surnames": lambda count: '“Hi,” he said. ' + " ".join(f"{given(index)} Smith went." for index in range(count)),
    "shared-given-names": lambda count: "".join(f'John Doe{index} spoke. "Yes," said John. ' for index in range(count)),
    # Age words between two people of one surname, descriptions of someone named, roles a name owns.
    "elder-and-younger": lambda count: 'Ahmad Shah Massoud fought. His son Ahmad Massoud waited. '
                                       + '"We wait," the elder Massoud said. "No," the younger Massoud said. ' * count,
    "descriptions": lambda count: 'Sen. Lisa Curtis came. ' + '"No," the senator said. Le Drian\'s deputy left. '
                                                              '"Go," he said. ' * count,
    # A transcript whose labels name no one the article names: each label looks up its surname once.
    "transcript-labels": lambda count: "".join(f'Lisa Curtis{index} spoke.\n\n"REPORTER: Is it over?"\n\n'
                                               for index in range(count)),
    # Documents in one long paragraph, each quote read back to one: a definite mention, then "it".
    # Quotes in one sentence with no point in it, a playlist: each may look ahead for an attribution closing it.
    "one-sentence-of-quotes": lambda count: "The playlist: " + ", ".join(f'"Song {index}"' for index in range(count)),
    # A capital letter before a long run of spaces, as text pasted from a layout may hold: a name's gap splits
    # such a run one way only.
    "spaces-after-a-capital": lambda count: '“We hold,” said A' + " " * (8 * count) + "x. " + '"Yes," he said. ' * count,
    "nested-in-one-sentence": lambda count: "“He said ‘she said « no » ok’ then,” " * count,
    "documents": lambda count: 'Lisa Curtis issued a statement. ' + 'The statement ran long. "No," the statement said. '
                                                                     '"Go," it read. ' * count,
}


def given(number: int) -> str:
    """A given name of letters alone, one for each ``number``: "Ba", "Bb", …, "Bz", "Bba"."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
        if not number:
            return "B" + letters


def attributed(text: str):
    """Extract and attribute one document of ``text``."""
    return attribute(extract(Document("scale", text, "scale.txt", SourceMap.identity(text), {})))


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_attribution_time_is_linear(name):
    assert_linear(TEXTS[name], 500, repeats=2, run=attributed)


#: Many people who share a given name, then named by it alone: each such mention weighs the latest of them only.
#: Their cost grows with the square of the count only past a thousand or so, so they are timed from there.
CROWDS = {
    "given-name-alone": lambda count: "".join(f"John {given(index)}ames went. " for index in range(count))
                                      + "“Hi,” John said. " * count,
    "elder-of-many": lambda count: "".join(f'John {given(index)}ames went. “Hi,” the elder John said. '
                                           for index in range(count)),
}


@pytest.mark.parametrize("name", sorted(CROWDS))
def test_attribution_time_is_linear_among_many_who_share_a_name(name):
    assert_linear(CROWDS[name], 1500, repeats=2, run=attributed)


def test_every_quote_of_a_long_article_is_attributed_as_in_a_short_one():
    short, long = attributed(PARAGRAPH), attributed(PARAGRAPH * 300)
    speakers = [attribution.speaker for attribution in short.attributions]
    assert [attribution.speaker for attribution in long.attributions] == speakers * 300
    assert speakers[:2] == ["Lisa Curtis", "Lisa Curtis"]
