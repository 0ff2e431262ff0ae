"""The extract stage: headline quotes and the links of the quotes that stay."""

from quotecheck.document import Document, Position, SourceMap
from quotecheck.extract import extract, prose
from quotecheck.readers.html import read_html
from quotecheck.readers.markdown import read_markdown

TEXT = (
    "Massoud: ‘We Will Hold’\n\n"
    "“The valley has fed us, and ‘it will again,’ I promise.\n\n"
    "“That is all I ask,” he said."
)


def document(title):
    """A plain document over TEXT with ``title`` as its metadata title."""
    return Document("d", TEXT, "d.txt", SourceMap.identity(TEXT), {"title": title} if title else {})


def spans(extraction):
    """The quoted texts of an extraction."""
    return [TEXT[quote.start: quote.end] for quote in extraction.quotes]


def test_headline_quotes_are_left_out_and_links_shift():
    extraction = extract(document("Massoud: ‘We Will Hold’"))
    assert spans(extraction) == [
        "“The valley has fed us, and ‘it will again,’ I promise.",
        "‘it will again,’",
        "“That is all I ask,”",
    ]
    assert [quote.parent for quote in extraction.quotes] == [None, 0, None]
    assert [quote.continues for quote in extraction.quotes] == [None, None, 0]


def test_headline_quotes_stay_when_asked_or_when_the_title_differs():
    for extraction in (extract(document("Massoud: ‘We Will Hold’"), headlines=True), extract(document("Other"))):
        assert spans(extraction)[0] == "‘We Will Hold’"
        assert [quote.parent for quote in extraction.quotes] == [None, None, 1, None]
        assert [quote.continues for quote in extraction.quotes] == [None, None, None, 1]


def test_quotation_marks_in_code_open_no_quote_and_the_prose_keeps_its_offsets():
    text = 'Set `mode="strict` first. "We stay," Ahmad Massoud said, and `"` is a mark.\n\n```\nx = "no\n```\n\n"Yes."'
    document = read_markdown(text, "p.md")
    extraction = extract(document)
    assert [document.text[quote.start: quote.end] for quote in extraction.quotes] == ['"We stay,"', '"Yes."']
    assert extraction.diagnostics == ()


def test_a_directive_line_of_plain_text_is_no_prose():
    text = 'quotecheck: ignore QC101 -- "agency copy"\n"We stay," Ahmad Massoud said.'
    document = Document("d", text, "d.txt", SourceMap.identity(text), {})
    assert prose(document) == " " * 41 + text[41:]
    assert [text[quote.start: quote.end] for quote in extract(document).quotes] == ['"We stay,"']
    # Inside code as well, blanked once; in Markdown with comments a directive is a comment, and a line prose.
    fenced = read_markdown('"We stay."\n\n```\nquotecheck: off\n```', "d.md")
    assert prose(fenced) == '"We stay."\n\n' + " " * 15
    assert prose(read_markdown("quotecheck: off <!-- quotecheck: on -->", "d.md")).startswith("quotecheck: off")


def test_indented_code_opens_no_quote_and_keeps_its_source_position():
    text = 'Intro.\n\n    print("no quote here")\n    x = "open\n\n"Yes," Ahmad Massoud said.'
    document = read_markdown(text, "p.md")
    extraction = extract(document)
    assert [document.text[quote.start: quote.end] for quote in extraction.quotes] == ['"Yes,"']
    assert extraction.diagnostics == ()
    assert document.position(document.text.index("print")) == Position(3, 5)


def quoted(source: str, read=read_markdown) -> list[tuple[str, str, int | None, int | None]]:
    """The quotes of a Markdown or HTML source: text, kind, parent and the piece each continues."""
    document = read(source, "p")
    return [(document.text[quote.start: quote.end], quote.kind, quote.parent, quote.continues)
            for quote in extract(document).quotes]


def test_a_blockquote_with_no_marks_is_a_quote_trimmed_of_the_space_around_it():
    source = "In a statement, Lisa Curtis wrote:\n\n> We will not close the clinic.\n> Not this year.\n"
    assert quoted(source) == [("We will not close the clinic.\nNot this year.", "quote", None, None)]
    html = "<p>Curtis wrote:</p><blockquote>\n  <p>We will not close.</p>\n</blockquote>"
    assert quoted(html, read_html) == [("We will not close.", "quote", None, None)]


def test_a_blockquote_of_several_paragraphs_is_a_quote_a_paragraph_each_going_on_from_the_one_before():
    source = ("In a statement, Lisa Curtis wrote:\n\n> We will not close the clinic.\n>\n> Families deserve better.\n"
              ">\n>  \n> We will meet on Monday.\n")
    assert quoted(source) == [
        ("We will not close the clinic.", "quote", None, None),
        ("Families deserve better.", "quote", None, 0),
        ("We will meet on Monday.", "quote", None, 1),
    ]
    html = "<p>Curtis wrote:</p><blockquote><p>We will not close.</p><p>Not this year.</p></blockquote>"
    assert quoted(html, read_html) == [
        ("We will not close.", "quote", None, None), ("Not this year.", "quote", None, 0)]


def test_a_blockquote_whose_words_stand_in_marks_keeps_the_quotes_the_marks_give():
    assert quoted('> "We will not close," Lisa Curtis said.') == [('"We will not close,"', "quote", None, None)]
    # So does one that a quotation in marks runs into: nothing is quoted twice.
    assert quoted('Lisa Curtis said: "We will not close,\n> we will stay," and left.') == [
        ('"We will not close,\n\nwe will stay,"', "quote", None, None)]


def test_a_term_a_title_or_a_fragment_in_marks_inside_a_blockquote_is_a_quote_within_its_quote():
    assert quoted('> Read the report "Open Doors" tonight.') == [
        ('Read the report "Open Doors" tonight.', "quote", None, None), ('"Open Doors"', "title", 0, None)]
    assert quoted('Lisa Curtis wrote:\n\n> We stay.\n>\n> The so-called "deal" is dead.') == [
        ("We stay.", "quote", None, None),
        ('The so-called "deal" is dead.', "quote", None, 0),
        ('"deal"', "term", 1, None),
    ]


def test_a_credit_line_that_ends_a_blockquote_is_no_part_of_the_quote():
    for credit in ("— Lisa Curtis (@lcurtis) May 3, 2026", "-- Ahmad Massoud", "— Statement from the ministry"):
        assert quoted(f"> Stay home tonight.\n> The storm is coming.\n>\n> {credit}") == [
            ("Stay home tonight.\nThe storm is coming.", "quote", None, None)]
    # A line of its words that opens with a dash stays; a block that is only a credit quotes nothing.
    assert quoted("> We will stay\n> -- all of us") == [("We will stay\n-- all of us", "quote", None, None)]
    assert quoted("> — Lisa Curtis") == [("— Lisa Curtis", "quote", None, None)]


def test_a_blockquote_of_no_letters_or_of_code_is_no_quote():
    assert quoted("> 2026\n\n> ```\n> x = 1\n> ```") == []


def test_blockquote_quotes_stand_in_order_of_start_and_the_links_of_the_others_move():
    source = ("“The valley has fed us, and ‘it will again,’ I promise.\n\n“That is all,” he said.\n\n"
              "> We will stay.\n\nShe added: “We ‘mean’ it.”\n\n> Nobody leaves.")
    assert quoted(source) == [
        ("“The valley has fed us, and ‘it will again,’ I promise.", "quote", None, None),
        ("‘it will again,’", "quote", 0, None),
        ("“That is all,”", "quote", None, 0),
        ("We will stay.", "quote", None, None),
        ("“We ‘mean’ it.”", "quote", None, None),
        ("‘mean’", "term", 4, None),
        ("Nobody leaves.", "quote", None, None),
    ]


def test_a_blockquote_is_never_a_title_or_a_term():
    assert quoted("Her book is called\n\n> The Salt Years") == [("The Salt Years", "quote", None, None)]
