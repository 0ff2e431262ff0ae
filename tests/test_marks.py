"""Example table for apostrophes and single marks: which ones may quote."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck.marks import TOKEN, Role, single_role, tokens
from quotecheck.quotes import parse_quotes

APOSTROPHES = [
    ("Courting proxies recalls the '90s in the north.", "'90s"),
    ("Courting proxies recalls the ’90s in the north.", "’90s"),
    ("He said we can't win there.", "can't"),
    ("Mr. Massoud's forces held the pass.", "Massoud's"),
    ("The players' union voted on Tuesday.", "players'"),
    ("They played rock 'n' roll at the wedding.", "'n'"),
    ("They played rock ’n’ roll at the wedding.", "’n’"),
    ("Stay ’til the convoy leaves.", "’til"),
    ("The guard, 6'2\" tall, waved them through.", "6'2"),
    ("Afghanistan’s north is mountainous.", "Afghanistan’s"),
]


@pytest.mark.parametrize(("text", "word"), APOSTROPHES)
def test_an_apostrophe_never_opens_a_quote(text, word):
    result = parse_quotes(text)
    assert result.quotes == ()
    assert result.diagnostics == ()
    at = text.index(word)
    for offset in range(at, at + len(word)):
        if text[offset] in "'’‘":
            assert single_role(text, offset) is not Role.OPEN


APOSTROPHES_INSIDE_QUOTES = [
    '"We can\'t win a war we haven\'t defined," she said.',
    '“The ’90s taught us that the players’ interests come first,” he said.',
    '"Mr. Massoud\'s men played rock \'n\' roll all night," the guard said.',
]


@pytest.mark.parametrize("text", APOSTROPHES_INSIDE_QUOTES)
def test_apostrophes_inside_a_quote_leave_it_whole(text):
    result = parse_quotes(text)
    assert len(result.quotes) == 1
    quote = result.quotes[0]
    assert (quote.start, quote.parent) == (0, None)
    assert text[quote.end - 1] in '"”'
    assert result.diagnostics == ()


SINGLE_QUOTES = [
    ("He told us, 'we will hold,' and he did.", "'we will hold,'"),
    ("She called it ‘a turning point’ in the war.", "‘a turning point’"),
    # A closer after a comma, with a double closer after it: the comma does not make it an opener.
    ("Massoud’s men say, ‘we hold,’” the guard said.", "‘we hold,’"),
    # The second apostrophe of 'n' (fish 'n' chips, rock 'n' roll) closes nothing.
    ("'We sell fish 'n' chips and nothing else,' Tom Bell said.", "'We sell fish 'n' chips and nothing else,'"),
    ("Tom Bell said: 'It was pure rock 'n' roll, every night.'", "'It was pure rock 'n' roll, every night.'"),
    ("‘Rock ’n’ roll never died,’ Tom Bell said.", "‘Rock ’n’ roll never died,’"),
    ("Tom Bell said: 'It was rock-'n'-roll, every night.'", "'It was rock-'n'-roll, every night.'"),
    # Left alone: a quote that ends on a word ending in "n".
    ("She called it 'a sin' in the end.", "'a sin'"),
]


@pytest.mark.parametrize(("text", "quoted"), SINGLE_QUOTES)
def test_single_marks_that_face_each_other_quote(text, quoted):
    spans = [text[quote.start: quote.end] for quote in parse_quotes(text).quotes]
    assert spans == [quoted]


#: Characters that make and surround mark tokens: every mark, apostrophes between letters and
#: figures, line breaks with blanks between them, and a letter and a figure outside ASCII.
TOKEN_TEXT = st.text(alphabet="\"“”„«»‚‹›'‘’\n \t\r\f\vaZé7٣.,-", max_size=40)


@given(TOKEN_TEXT)
@example("can't ''quoted'' ‘Massoud’s’ 6'2\" x\n \n\t\n\ny\nz")
def test_tokens_are_what_the_token_pattern_finds(text):
    # ``tokens`` finds the characters a token starts with without the pattern's scan; it must agree.
    assert list(tokens(text)) == [(found.start(), found.end(), found.group()) for found in TOKEN.finditer(text)]
