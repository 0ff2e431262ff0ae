"""Example table for the kinds of quoted span: quote, fragment, term, title."""

import pytest

from quotecheck.quotes import parse_quotes

KINDS = [
    # Speech, with a cue after it, a cue before it, or standing alone.
    ('"We are ready, even if it costs my life," Mr. Massoud said.', "quote"),
    ("Ms. Maddox put it bluntly: “Nobody here wants another proxy war.”", "quote"),
    ("The talks stalled.\n\n“Nothing moves without the elders,” he said.", "quote"),
    ("He told the council, “we will stay until the roads open.”", "quote"),
    # A partial quotation running inside the reporter's sentence.
    ('She called it "a new proxy war in the north" and left.', "fragment"),
    ("Officials described the plan as “unrealistic at this point” on Friday.", "fragment"),
    # Scare quotes, nicknames, words as words.
    ('The so-called "second resistance" has few weapons.', "term"),
    ("His father was known as the “Lion of Panjshir” for decades.", "term"),
    ('He refuses to use the word "surrender" at all.', "term"),
    ('Rep. Robert C. "Bobby" Scott opened his garden to voters.', "term"),
    ('State Del. Marcia "Cia" Price spoke next.', "term"),
    # Titles of works.
    ("Mr. Lévy is author of “The Will to Hold: Letters From the Valley,” out in May.", "title"),
    ("A report titled “Afghanistan After the Withdrawal” circulated in Washington.", "title"),
    ('A French documentary called "The Last Valley" revived interest in him.', "title"),
    ("He appeared on NBC’s “Meet the Press” on Sunday.", "title"),
    ("He said as much on Fox News’s “Fox and Friends.”", "title"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_span_gets_its_kind(text, kind):
    quotes = parse_quotes(text).quotes
    assert len(quotes) == 1
    assert quotes[0].kind == kind


def test_every_kind_has_examples():
    assert {kind for _, kind in KINDS} == {"quote", "fragment", "term", "title"}
