"""Example tables for pairing quotation marks into spans."""

import pytest

from quotecheck.quotes import parse_quotes


def spans(text, **options):
    """The quoted texts of ``text``, in order."""
    return [text[quote.start: quote.end] for quote in parse_quotes(text, **options).quotes]


PAIRS = [
    ('"We are ready," Mr. Massoud said.', ['"We are ready,"']),
    ("“We are ready,” Mr. Massoud said.", ["“We are ready,”"]),
    ("« Nous tiendrons », a dit M. Martinon.", ["« Nous tiendrons »"]),
    ("«Nous tiendrons», a dit M. Martinon.", ["«Nous tiendrons»"]),
    ("„Wir bleiben“, sagte sie.", ["„Wir bleiben“"]),
    ("»Wir bleiben«, sagte sie.", ["»Wir bleiben«"]),
    (
        '"Stay," she said. “Go,” he said.',
        ['"Stay,"', "“Go,”"],
    ),
    (
        '"One," he said. "Two."',
        ['"One,"', '"Two."'],
    ),
    ('A 12" pipe and "a real quote" here.', ['"a real quote"']),
    ('He took "about $200,000" from donors, which she called "absurd."', ['"about $200,000"', '"absurd."']),
    # Typing slips: a closer spaced off its words, a closer run into the next word.
    ('"It is a disgrace that he is doing this, " Mr. Maddox said.', ['"It is a disgrace that he is doing this, "']),
    ("“It was clear,”Ms. Curtis said.", ["“It was clear,”"]),
    # A paragraph that opens with a closing shape, and an invisible mark before it.
    ("Intro.\n\n” … they are not like him,” she said.", ["” … they are not like him,”"]),
    ("\u202a”This is why we stay,” said Mr. Yarmand.", ["”This is why we stay,”"]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_marks_pair_within_their_family(text, expected):
    assert spans(text) == expected


def test_mixed_straight_and_curly_styles_parse_in_one_article():
    text = '"First," she said.\n\n“Second,” he said.\n\n"Third," they said.'
    assert spans(text) == ['"First,"', "“Second,”", '"Third,"']


NESTED = [
    (
        "“He told the British people: ‘we will never surrender,’ and meant it,” he said.",
        "‘we will never surrender,’",
    ),
    (
        "‘She said “not yet” to the envoy,’ the diplomat wrote.",
        "“not yet”",
    ),
    (
        '"He told us, \'we will hold,\' and he did," said the general.',
        "'we will hold,'",
    ),
    ("„Er sagte: ‚Wir bleiben‘, und blieb“, sagte sie.", "‚Wir bleiben‘"),
    # The nested quote and its quotation end together, the single closer after a comma.
    ("“I just tell them, ‘Thank you for voting,’” Mr. Yarmand said.", "‘Thank you for voting,’"),
    ("“We are like ‘the lion and the fox,'” Ms. Curtis said.", "‘the lion and the fox,'"),
    # After an opening mark, a single mark opens, whatever follows it.
    ("“‘…and then he left,’ she recalled,” Ms. Curtis said.", "‘…and then he left,’"),
    ('"\'...and then he left,\' she recalled," Ms. Curtis said.', "'...and then he left,'"),
    # Curly double marks inside curly double marks, when the outer one closes.
    ("“I would rather live in what he calls “hell” than live here,” she said.", "“hell”"),
    # A plural's apostrophe inside an open nested quote, with its closer still to come, does not close it.
    ('"He wrote, \'I carried your soldiers\' water for six years. Now I stay home,\'" she said.',
     "'I carried your soldiers' water for six years. Now I stay home,'"),
    ("“He wrote, ‘I carried your soldiers’ water. Now I stay home,’” she said.",
     "‘I carried your soldiers’ water. Now I stay home,’"),
]

#: Closing-shaped single marks after an "s" and before a word: a closer when no other closer follows first.
PLURAL_OR_CLOSER = [
    ('"He said \'yes\' and left," she said.', ["'yes'"]),
    ('"He said \'yes\' and \'no\' at once," she said.', ["'yes'", "'no'"]),
    ("“Call it ‘extreme carelessness’ and not ‘gross negligence’ if you like,” he said.",
     ["‘extreme carelessness’", "‘gross negligence’"]),
    ('"The players\' union said \'no\' today," he said.', ["'no'"]),
]


@pytest.mark.parametrize(("text", "inner"), PLURAL_OR_CLOSER)
def test_a_closing_shaped_mark_after_a_plural_closes_unless_a_closer_follows(text, inner):
    result = parse_quotes(text)
    assert [text[quote.start: quote.end] for quote in result.quotes[1:]] == inner
    assert all(quote.parent == 0 for quote in result.quotes[1:])
    assert result.diagnostics == ()


@pytest.mark.parametrize(("text", "inner"), NESTED)
def test_a_nested_quote_records_its_parent(text, inner):
    result = parse_quotes(text)
    assert result.diagnostics == ()
    quotes = result.quotes
    assert len(quotes) == 2
    outer, nested = quotes
    assert text[nested.start: nested.end] == inner
    assert nested.parent == 0
    assert outer.parent is None
    assert outer.start < nested.start < nested.end < outer.end


def test_a_quotation_over_paragraphs_is_linked_piece_by_piece():
    text = (
        "“The valley has fed us for centuries.\n\n"
        "“It will feed us again, if we hold it.\n\n"
        "“That is all I ask,” he said.\n\nOfficials declined to comment."
    )
    result = parse_quotes(text)
    assert [quote.continues for quote in result.quotes] == [None, 0, 1]
    assert spans(text) == [
        "“The valley has fed us for centuries.",
        "“It will feed us again, if we hold it.",
        "“That is all I ask,”",
    ]
    assert result.diagnostics == ()


def test_a_hard_line_break_and_url_lines_stay_inside_the_quote():
    text = (
        "“There is no harm in talking. Even when the fighting was at\n\n\n"
        "https://example.com/articles/one-11602265383?mod=inline\n"
        "https://example.com/podcasts/two\n\n"
        "its worst, we talked,” he said."
    )
    quotes = parse_quotes(text).quotes
    assert len(quotes) == 1
    assert text[quotes[0].start: quotes[0].end].endswith("we talked,”")
    assert quotes[0].start == 0


#: A page's running head or number between the paragraphs of a quotation, as a PDF leaves it, is passed over like a
#: web address; a line of words is not.
PAGE_FURNITURE = [
    ("Regional Health Review  •  Page 14", True),
    ("REGIONAL HEALTH REVIEW 14", True),
    ("Page 14", True),
    ("14", True),
    ("The review ran to 14", False),
]


@pytest.mark.parametrize(("line", "passed_over"), PAGE_FURNITURE)
def test_a_page_head_inside_a_quotation_is_passed_over(line, passed_over):
    text = f"Tom Curtis said: “If this were a town in the south, there\n\n{line}\n\nwould be an outcry,” he said."
    expected = text[text.index("“"): text.index("”") + 1] if passed_over else "“If this were a town in the south, there"
    found = spans(text)
    assert (found == [expected]) if passed_over else expected not in found


def test_a_quotation_left_open_at_the_end_of_the_text_is_kept():
    # Its closer forgotten, a quotation that ends a sentence and the text is kept, whatever space ends the file.
    for ending in ("", "\n", "\n\n  \n"):
        text = "Ann Cole said: “The plan is dead. It will never work." + ending
        result = parse_quotes(text)
        assert spans(text) == ["“The plan is dead. It will never work."]
        assert [diagnostic.code for diagnostic in result.diagnostics] == ["unclosed-quote"]


def test_pdf_line_breaks_and_spaced_ellipses_parse():
    text = "“We will resist until we achieve justice and\nfreedom. . .. No surrender,\nof course.” he said."
    assert spans(text) == [text[: text.index("”") + 1]]


DIAGNOSED = [
    ("“We are ready, he said.\n\nOfficials declined to comment.", "unclosed-quote", "“"),
    ("We are ready,” he said.", "unopened-quote", "”"),
    ('The talks ended " and nobody left.', "stray-mark", '"'),
    # A second opener where the first was never closed: the first is reported.
    ("“We are ready, he said. “We will go,” she said.\n\nNext.", "unclosed-quote", "“"),
]


@pytest.mark.parametrize(("text", "code", "mark"), DIAGNOSED)
def test_an_unpaired_mark_is_a_diagnostic(text, code, mark):
    result = parse_quotes(text)
    assert [(diagnostic.code, text[diagnostic.offset]) for diagnostic in result.diagnostics] == [(code, mark)]


def test_a_forgotten_closer_before_a_second_opener_leaves_the_second_quote():
    assert spans("“We are ready, he said. “We will go,” she said.\n\nNext.") == ["“We will go,”"]
    # Nor does the unclosed quotation go on into a paragraph that opens with a quote.
    text = "“We are ready, he said. “We will go,” she said.\n\n“Next,” he said."
    assert spans(text) == ["“We will go,”", "“Next,”"]
    assert [quote.continues for quote in parse_quotes(text).quotes] == [None, None]


def test_the_rest_of_the_article_parses_after_a_stray_mark():
    text = (
        "“Ready,” she said.\n\n"
        "“We will hold the pass, he said.\n\n"
        "The talks ended” without a deal.\n\n"
        '"Next year," he said.'
    )
    result = parse_quotes(text)
    # The unclosed quotation is kept to its paragraph's end, and reported.
    assert spans(text) == ["“Ready,”", "“We will hold the pass, he said.", '"Next year,"']
    assert [diagnostic.code for diagnostic in result.diagnostics] == ["unclosed-quote", "unopened-quote"]


def test_a_quotation_whose_closer_is_missing_runs_to_its_paragraph_end():
    text = "Intro.\n\n“We will hold the pass whatever comes.\n\nOfficials declined to comment."
    result = parse_quotes(text)
    assert spans(text) == ["“We will hold the pass whatever comes."]
    assert [diagnostic.code for diagnostic in result.diagnostics] == ["unclosed-quote"]
    # Left alone: a paragraph that stops mid-sentence, and markup.
    assert spans("“We will hold the pass\n\nOfficials declined.") == []
    assert spans('<a href="http://example.com">example.com</a>.\n\nNext.') == []


def test_one_line_break_before_a_reopening_mark_parts_paragraphs():
    text = "“The valley has fed us for centuries.\n“It will feed us again,” he said."
    assert spans(text) == ["“The valley has fed us for centuries.", "“It will feed us again,”"]
    assert [quote.continues for quote in parse_quotes(text).quotes] == [None, 0]


def test_double_apostrophes_are_read_only_when_asked():
    text = "''We will hold,'' he said. ''He told me, 'never,' and left.''"
    assert spans(text) == []
    assert spans(text, double_apostrophes=True) == [
        "''We will hold,''", "''He told me, 'never,' and left.''", "'never,'"
    ]
