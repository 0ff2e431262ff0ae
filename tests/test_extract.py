"""The extract stage: headline quotes and the links of the quotes that stay."""

from quotecheck.document import Document, Position, SourceMap
from quotecheck.extract import extract, prose
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
