"""Tests for quotecheck.readers: visible text, source maps and bad input."""

from __future__ import annotations

import io
import json
import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.document import Document, Position, ReadError
from quotecheck.extract import extract
from quotecheck.readers import read_inputs
from quotecheck.readers.html import read_html
from quotecheck.readers.markdown import read_markdown
from test_scale import assert_linear


def read_one(path, **options):
    """The single item read from ``path``."""
    items = list(read_inputs([str(path)], **options))
    assert len(items) == 1, items
    return items[0]


def position_of(document: Document, needle: str) -> Position:
    """Source position of the first occurrence of ``needle`` in the text."""
    offset = document.text.index(needle)
    return document.position(offset)


def source_position(source: str, raw: str) -> Position:
    """1-based line and column of the only occurrence of ``raw`` in ``source``."""
    assert source.count(raw) == 1, raw
    before = source[:source.index(raw)]
    return Position(before.count("\n") + 1, len(before) - before.rfind("\n"))


# --- plain text --------------------------------------------------------------


def test_plain_text_is_the_file(tmp_path):
    source = "The harbour board met on Tuesday.\r\n“We are ready,” the chair said.\r\n"
    path = tmp_path / "story.txt"
    path.write_bytes(source.encode())
    document = read_one(path)
    assert document.text == source  # CRLF kept, so offsets are file offsets
    assert document.id == document.path == str(path)
    assert position_of(document, "We are") == Position(2, 2)


@pytest.mark.parametrize("name", ["story.txt", "story.md", "story.html"])
def test_lone_carriage_returns_end_lines_and_part_paragraphs(tmp_path, name):
    # Old Mac files and some exports end lines with a carriage return alone.
    source = "The harbour board met.\r\r“We are ready,” the chair said.\rShe left.\r"
    path = tmp_path / name
    path.write_bytes(source.encode())
    document = read_one(path)
    assert "\r" not in document.text
    if not name.endswith(".html"):  # where line ends are not mere spaces
        assert "\n\n“We are ready,”" in document.text
    assert position_of(document, "We are") == Position(3, 2)
    assert position_of(document, "She left") == Position(4, 1)


def test_lone_carriage_return_in_a_record_is_a_line_feed(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "One.\r\rTwo.\r\nThree."}) + "\r", encoding="utf-8")
    assert read_one(corpus).text == "One.\n\nTwo.\r\nThree."


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfFerry fares rise.")
    document = read_one(path)
    assert document.text == "Ferry fares rise."
    assert document.position(0) == Position(1, 1)


def test_other_extension_named_explicitly_is_plain_text(tmp_path):
    path = tmp_path / "notes.rst"
    path.write_text("**Not** stripped here.")
    assert read_one(path).text == "**Not** stripped here."


def test_encoding_option(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café owners protest.".encode("latin-1"))
    assert read_one(path, encoding="latin-1").text == "Café owners protest."


# --- Markdown ----------------------------------------------------------------

MARKDOWN_CASES = [
    ("**Bold** claim", "Bold claim"),
    ("__Strong__ words", "Strong words"),
    ("An *emphatic* denial", "An emphatic denial"),
    ("An _emphatic_ denial", "An emphatic denial"),
    ("***Both*** ways", "Both ways"),
    ("**“Never,”** she said", "“Never,” she said"),
    ("the snake_case_name stays", "the snake_case_name stays"),
    ("2 * 3 * 4 is arithmetic", "2 * 3 * 4 is arithmetic"),
    ("Turnout fell 5%*, officials said", "Turnout fell 5%*, officials said"),
    ("# Budget passes", "Budget passes"),
    ("## Budget passes ##", "Budget passes"),
    ("#hashtag stays", "#hashtag stays"),
    ("> “We will appeal,” she said.", "“We will appeal,” she said."),
    ("> First line\n> second line", "First line\nsecond line"),
    ("- first\n- second", "first\n\nsecond"),
    ("1. First point", "1. First point"),
    ("Read [the ruling](https://example.org/ruling_2 \"t\") now", "Read the ruling now"),
    ("![Mayor at podium](img/mayor.jpg)", "Mayor at podium"),
    ("See [the memo][m].\n\n[m]: https://example.org/memo", "See the memo."),
    ("He wrote “recieve” [sic] twice", "He wrote “recieve” [sic] twice"),
    ("Visit <https://example.org/news_desk>", "Visit https://example.org/news_desk"),
    ('A <span class="x">tagged</span> word', "A tagged word"),
    ("Before<!-- editor: check -->after", "Beforeafter"),
    ("Top\n\n<!-- a note\nover lines -->\n\nBottom", "Top\n\nBottom"),
    ("Tom &amp; Jerry &#8220;laughed&#8221;", "Tom & Jerry “laughed”"),
    ("Use `code *here*` please", "Use code *here* please"),
    ("\\*not emphasis\\*", "*not emphasis*"),
    ("Line one\nline two\n\nNext paragraph", "Line one\nline two\n\nNext paragraph"),
    ("Intro\n\n```\nraw \"code\" *x*\n```\n\nOutro", 'Intro\n\nraw "code" *x*\n\nOutro'),
    ("Title\n=====\nBody text", "Title\n\nBody text"),
    ("Above\n\n---\n\nBelow", "Above\n\nBelow"),
    ("One\r\ntwo\r\n\r\nThree", "One\ntwo\n\nThree"),
    ("«Non», a-t-il dit. „Ja“, sagte sie. 'Single' and it's", "«Non», a-t-il dit. „Ja“, sagte sie. 'Single' and it's"),
    ("Lead\n\n![](photo.jpg)\n\n<div>\n\nNext", "Lead\n\nNext"),
    ("[Update]: Figures corrected.", "[Update]: Figures corrected."),
]


@pytest.mark.parametrize(("source", "expected"), MARKDOWN_CASES)
def test_markdown_visible_text(source, expected):
    assert read_markdown(source, "case.md").text == expected


@pytest.mark.parametrize("definitions", ["", "[ferry]: https://example.org/ferry\n\n"], ids=["no-labels", "labels"])
def test_markdown_nested_brackets_time_is_linear(definitions):
    # A bracket's text is read as a label only when the document defines labels, and never past 999 characters.
    assert_linear(lambda count: definitions + "[" * count + "ferry" + "]" * count, 5_000,
                  run=lambda source: read_markdown(source, "nested.md"))


def test_markdown_reference_labels_still_resolve():
    source = "See [the ferry report][ferry], [Ferry] and [the pier].\n\n[ferry]: https://example.org/ferry\n"
    assert read_markdown(source, "refs.md").text == "See the ferry report, Ferry and [the pier]."


def test_markdown_front_matter_and_paragraphs(tmp_path):
    source = (
        "---\n"
        'title: "Bridge to reopen"\n'
        "date: 2024-04-09\n"
        "outlet: The Valley Courier\n"
        "tags: transport\n"
        "---\n"
        "# Bridge to reopen\n"
        "\n"
        "Engineers say the **repairs** are done.\n"
        "\n"
        "> “Traffic will flow by Friday,” said\n"
        "> the transport chief.\n"
    )
    path = tmp_path / "bridge.md"
    path.write_text(source)
    document = read_one(path)
    assert document.metadata == {
        "title": "Bridge to reopen", "date": "2024-04-09", "outlet": "The Valley Courier"}
    assert document.text == (
        "Bridge to reopen\n\nEngineers say the repairs are done.\n\n"
        "“Traffic will flow by Friday,” said\nthe transport chief.")
    assert document.text.split("\n\n")[2].startswith("“Traffic")


def test_markdown_source_map_after_markup_and_entity():
    source = (
        "Intro line.\n"
        "\n"
        "The **council** voted &amp; then *adjourned* early.\n"
        "- A [detailed report](http://example.org/r) &#8220;followed&#8221;\n"
    )
    document = read_markdown(source, "vote.md")
    assert document.text == (
        "Intro line.\n\nThe council voted & then adjourned early.\n\n"
        "A detailed report “followed”")
    for needle, raw in [("council", "council"), ("voted", "voted"), ("&", "&amp;"),
                        ("then", "then"), ("adjourned", "adjourned"), ("early", "early"),
                        ("detailed", "detailed"), ("“", "&#8220;"), ("followed", "followed")]:
        assert position_of(document, needle) == source_position(source, raw)


# --- HTML --------------------------------------------------------------------

HTML_CASES = [
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("<p>Line<br>break</p>", "Line\nbreak"),
    ("<p>Line<br><br>gap</p>", "Line\n\ngap"),
    ("<p>Lots   of\n  space</p>", "Lots of space"),
    ("<p>A <b>bold</b> move</p>", "A bold move"),
    ("<script>var x = '<p>no</p>';</script><p>Yes</p>", "Yes"),
    ("<style>p { color: red }</style><p>Styled</p>", "Styled"),
    ("<template><p>Hidden</p></template><noscript>Enable</noscript><p>Shown</p>", "Shown"),
    ("<p>Before<!-- note -->after</p>", "Beforeafter"),
    ("<p>Tom &amp; Jerry &#8220;laughed&#x201D;</p>", "Tom & Jerry “laughed”"),
    ("<p>x &lt; y</p>", "x < y"),
    ("<pre>  keep\n    this</pre>", "  keep\n    this"),
    ("<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"),
    ("<h1>Headline</h1>Body", "Headline\n\nBody"),
    ("<div>Outer<div>Inner</div></div>", "Outer\n\nInner"),
    ("<html><head><title>T</title></head><body><p>Text</p></body></html>", "Text"),
    ("<p>She said <q>enough</q>.</p>", "She said “enough”."),
    ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"),
    ("<p>«Non», „Ja“, 'single' and it's</p>", "«Non», „Ja“, 'single' and it's"),
    # An "&#" that is no reference is text, and the markup after it is still markup.
    ("<p>x &#x y</p><p>Next <b>bold</b>.</p>", "x &#x y\n\nNext bold."),
    # References without their semicolon, past Unicode, zero and the Windows range.
    ("<p>AT&ampT &notit; &#" + "9" * 5000 + "; &#0; &#x80;</p>", "AT&T ¬it; \ufffd \ufffd €"),
    ("<p>a < b and c<3 </> d</p><?php echo 1 ?>", "a < b and c<3 d"),
    ("<p>Hi <a title=\"1 > 0\">there</a></p>", "Hi there"),
    ("<textarea>a <b>c</b> &amp;</textarea>", "a <b>c</b> &"),
    ("<SCRIPT>x = \"</p>\"</script ><P>Shown</P>", "Shown"),
    # An end tag inside an escaped part of a script that a start tag opened again does not end it.
    ("<p>a</p><script><!--\ndocument.write('<script src=x></script>');\n//--></script><p>\"b\"</p>",
     "a\n\n\"b\""),
    ("<p>a</p><script><!--></script><p>b</p>", "a\n\nb"),
    ("<p>&#00000065 &#x0000041 &#x110000;</p>", "A A \ufffd"),
    ("<p>x&#1;y</p>", "xy"),
    ("<p>a</p>b</", "a\n\nb</"),
    # A tag, attribute value or comment that the end of the file cuts off shows nothing.
    ("<p>Hi</p><div class=\"a", "Hi"),
    ("<p>Hi</p><div <div <div", "Hi"),
    ("<p>Hi</p><!-- x <p>no</p>", "Hi"),
]


@pytest.mark.parametrize(("source", "expected"), HTML_CASES)
def test_html_visible_text(source, expected):
    assert read_html(source, "case.html").text == expected


def test_html_metadata_and_head(tmp_path):
    source = (
        "<!DOCTYPE html>\n<html><head>\n"
        "<title>Harbour &amp; Docks</title>\n"
        '<meta name="date" content="2024-06-01">\n'
        '<meta property="og:site_name" content="The Estuary Post">\n'
        '<meta property="og:url" content="https://example.org/docks">\n'
        "<script>ignored()</script>\n"
        "</head><body><p>Dockers voted to strike.</p></body></html>\n"
    )
    path = tmp_path / "docks.html"
    path.write_text(source)
    document = read_one(path)
    assert document.text == "Dockers voted to strike."
    assert document.metadata == {
        "title": "Harbour & Docks", "date": "2024-06-01",
        "outlet": "The Estuary Post", "url": "https://example.org/docks"}


def test_html_metadata_attributes_as_the_standard_reads_them():
    # The first of two attributes with one name counts; "&copy" before "=" is no reference in a value.
    source = ('<head><meta name="date" name="x" content="2024-06-01">'
              '<link rel=canonical href="/a?x=1&copy=2&amp;y=3"></head><p>Text.</p>')
    assert read_html(source, "m.html").metadata == {"date": "2024-06-01", "url": "/a?x=1&copy=2&y=3"}


def test_html_source_map_after_tags_and_entity():
    source = (
        "<html><body>\n"
        "<h2>Vote   count</h2>\n"
        "<p>The <b>motion</b> passed &amp; the\n"
        "    chamber &#8220;cheered&#8221; loudly.</p>\n"
        "</body></html>\n"
    )
    document = read_html(source, "vote.html")
    assert document.text == "Vote count\n\nThe motion passed & the chamber “cheered” loudly."
    for needle, raw in [("count", "count"), ("motion", "motion"), ("passed", "passed"),
                        ("&", "&amp;"), ("chamber", "chamber"), ("“", "&#8220;"),
                        ("cheered", "cheered"), ("loudly", "loudly")]:
        assert position_of(document, needle) == source_position(source, raw)


# --- JSONL -------------------------------------------------------------------


def test_jsonl_records_metadata_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": 101, "text": "The mayor said \"no\".\n\n“Never,” she added.",
                    "date": "2024-02-03", "outlet": "Metro Daily", "url": None, "words": 9}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "b", "text": 42}),
        json.dumps({"id": "c", "text": "Council \u201capproves\u201d plan", "title": 7}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = list(read_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == [
        "Document", "ReadError", "ReadError", "ReadError", "ReadError", "Document"]
    first, last = items[0], items[-1]
    assert first.id == "101" and first.path == str(path)
    assert first.text == "The mayor said \"no\".\n\n“Never,” she added."
    assert first.metadata == {"date": "2024-02-03", "outlet": "Metro Daily"}
    assert last.id == "c" and last.metadata == {"title": "7"}
    assert [error.line for error in items[1:5]] == [3, 4, 5, 6]
    assert all(str(path) in str(error) for error in items[1:5])
    assert "invalid JSON" in items[1].message
    raw_line = lines[0]
    for needle in ("no", "“Never", "she"):
        at = first.position(first.text.index(needle))
        assert at.line == 1
        column = at.column - 1
        expected = json.dumps(needle)[1:-1]
        assert raw_line[column:column + len(expected)] == expected
    at = last.position(last.text.index("“"))
    assert at.line == 7 and lines[6][at.column - 1:at.column + 5] == "\\u201c"


# --- inputs, directories and stdin -------------------------------------------


def test_directory_walk_order_and_filter(tmp_path):
    files = {
        "b.md": "Bee story.", "a.txt": "Ant story.", "sub/c.html": "<p>Cat story.</p>",
        "sub/d.htm": "<p>Dog story.</p>", "sub/e.jsonl": '{"id": "e", "text": "Eel story."}',
        "f.markdown": "Fox story.", "notes.rst": "skip", "g.expected.json": "{}",
        ".git/h.txt": "skip", "sub/.hidden.md": "skip", "z/.cache/i.md": "skip",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    items = list(read_inputs([str(tmp_path)]))
    assert [os.path.relpath(item.path, tmp_path) for item in items] == [
        "a.txt", "b.md", "f.markdown",
        os.path.join("sub", "c.html"), os.path.join("sub", "d.htm"), os.path.join("sub", "e.jsonl")]
    assert [item.text for item in items] == [
        "Ant story.", "Bee story.", "Fox story.", "Cat story.", "Dog story.", "Eel story."]


def test_empty_directory_yields_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    assert list(read_inputs([str(tmp_path / "empty")])) == []


@pytest.mark.parametrize(("form", "raw", "expected"), [
    ("txt", b"**Plain** words.", "**Plain** words."),
    ("md", b"**Plain** words.", "Plain words."),
    ("html", b"<p>Plain words.</p>", "Plain words."),
    ("jsonl", b'{"id": 1, "text": "Plain words."}\n', "Plain words."),
])
def test_stdin(form, raw, expected):
    items = list(read_inputs(["-"], stdin=io.BytesIO(raw), stdin_format=form))
    assert [item.text for item in items] == [expected]
    assert items[0].path == "<stdin>"


def test_batch_goes_on_after_failures(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Still read.")
    items = list(read_inputs([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(items[0], ReadError)
    assert items[1].text == "Still read."


def test_bad_options_fail_at_once():
    with pytest.raises(ValueError):
        read_inputs(["x.txt"], encoding="no-such-codec")
    with pytest.raises(ValueError, match="text encoding"):
        read_inputs(["x.txt"], encoding="rot13")  # a codec, but from bytes to bytes
    with pytest.raises(ValueError):
        read_inputs(["x.txt"], errors="shrug")
    with pytest.raises(ValueError):
        read_inputs(["-"], stdin_format="pdf")


# --- bad input ---------------------------------------------------------------


def test_nonexistent_file(tmp_path):
    error = read_one(tmp_path / "nowhere.md")
    assert isinstance(error, ReadError)
    assert error.message == "no such file or directory"
    assert str(error).startswith(str(tmp_path / "nowhere.md"))
    assert "\n" not in str(error)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Secret minutes.")
    path.chmod(0)
    error = read_one(path)
    assert isinstance(error, ReadError) and error.message == "permission denied"


def test_unreadable_file_reported(tmp_path, monkeypatch):
    import quotecheck.readers as readers

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "locked.txt"
    path.write_text("Secret minutes.")
    monkeypatch.setattr(readers, "open", refuse, raising=False)
    error = read_one(path)
    assert isinstance(error, ReadError) and error.message == "permission denied"


def test_unreadable_directory_does_not_stop_the_walk(tmp_path, monkeypatch):
    import quotecheck.readers as readers

    (tmp_path / "a_locked").mkdir()
    (tmp_path / "b.txt").write_text("Readable brief.")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("a_locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(readers.os, "scandir", scandir)
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], ReadError) and items[0].path.endswith("a_locked")
    assert items[1].text == "Readable brief."


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02" + b"x" * 100)
    error = read_one(path)
    assert isinstance(error, ReadError) and error.message == "binary file, not text"


def test_invalid_utf8_names_byte_offset(tmp_path):
    path = tmp_path / "broken.md"
    path.write_bytes(b"Budget cut\xff here.")
    error = read_one(path)
    assert isinstance(error, ReadError)
    assert error.byte_offset == 10
    assert "byte 10" in str(error) and "utf-8" in error.message


def test_invalid_utf8_offset_counts_the_bom(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xef\xbb\xbfAb\xc3(")
    assert read_one(path).byte_offset == 5


@pytest.mark.parametrize(("errors", "expected"), [("replace", "Budget cut\ufffd here."),
                                                  ("ignore", "Budget cut here.")])
def test_errors_option_recovers(tmp_path, errors, expected):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Budget cut\xff here.")
    assert read_one(path, errors=errors).text == expected


@pytest.mark.parametrize("raw", [b"", b"  \n\t\r\n"])
def test_empty_file(tmp_path, raw):
    path = tmp_path / "blank.md"
    path.write_bytes(raw)
    error = read_one(path)
    assert isinstance(error, ReadError) and error.message == "empty file"


# --- source-map properties and linear time ----------------------------------

MARKUP_TEXT = st.text(alphabet="ab \t\n*_#>-[]()!`<>&;/\"'“”\\=pq", max_size=120)


def letters_map_to_themselves(document: Document, source: str) -> None:
    """Every letter in the text comes from the same letter in the source, in order."""
    previous = -1
    for offset, character in enumerate(document.text):
        source_offset = document.source_map.source_offset(offset)
        if character.isalpha() and character not in "“”":
            assert source[source_offset] == character
            assert source_offset > previous
            previous = source_offset


@settings(max_examples=300, deadline=None)
@given(MARKUP_TEXT)
def test_markdown_source_map_property(source):
    letters_map_to_themselves(read_markdown(source, "p.md"), source)


@settings(max_examples=300, deadline=None)
@given(MARKUP_TEXT)
def test_html_source_map_property(source):
    letters_map_to_themselves(read_html(source, "p.html"), source)


#: Markup that never closes, or closes only at the very end: each shape
#: repeated, so that a reader which tried again from every ``<`` would take
#: time growing with the square of the file.
HTML_RUNS = ["<div ", '<a href="', "<a b='", "<a b=c ", "<!--", "<!-- a >", "<![CDATA[ a >",
             '<a b="x" c=">', "<x", "</", "<?", "&#x", "&#;x", "<script><!--<script>", "&#9"]


@pytest.mark.parametrize("unit", HTML_RUNS)
def test_html_pathological_input_time_is_linear(unit):
    def read(size: int) -> float:
        source = "<p>Hi</p>" + unit * (size // len(unit))
        started = time.perf_counter()
        read_html(source, "slow.html")
        return time.perf_counter() - started

    read(10_000)  # warm up
    small = min(read(100_000) for _ in range(3))
    large = min(read(400_000) for _ in range(3))
    assert large < 8 * small + 0.05, f"{small:.3f} s -> {large:.3f} s for four times the input"


def test_html_tag_of_many_attributes_time_is_linear():
    def read(count: int) -> float:
        source = "<p>Hi</p><a " + " ".join(f"a{number}" for number in range(count)) + "><p>x</p>"
        started = time.perf_counter()
        assert read_html(source, "wide.html").text == "Hi\n\nx"
        return time.perf_counter() - started

    read(1_000)  # warm up
    small = min(read(20_000) for _ in range(3))
    large = min(read(80_000) for _ in range(3))
    assert large < 8 * small + 0.05, f"{small:.3f} s -> {large:.3f} s for four times the attributes"


@pytest.mark.parametrize("shape", ["```\n{blanks}x\n```", "Intro.\n\n    {blanks}x", "\t{blanks}"],
                         ids=["fenced", "indented", "unended"])
def test_code_indented_by_a_long_run_of_blanks_reads_in_linear_time(shape):
    assert_linear(lambda count: shape.format(blanks=" \t" * count), 20_000, run=lambda text: read_markdown(text, "p"))


@pytest.mark.parametrize("source", ["*a " * 20000, " _a" * 20000, "*a\n" * 20000,
                                    "`a ``" * 10000, "<a " * 20000, "[a](" * 20000])
def test_markdown_pathological_input_stays_fast(source):
    started = time.perf_counter()
    read_markdown(source, "slow.md")
    assert time.perf_counter() - started < 5


# --- lone surrogates and codecs that fail without a position ----------------------------------------------------


def test_jsonl_lone_surrogate_is_an_error_for_its_line_only(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "\\"Hello \\ud800 there,\\" he said."}\n'
                      '{"id": "b\\udce9", "text": "Fine."}\n{"id": "c", "text": "Fine."}\n', encoding="utf-8")
    first, second, third = read_inputs([str(corpus)])
    assert isinstance(first, ReadError) and first.line == 1
    assert "lone surrogate U+D800 at character 7" in str(first)
    assert isinstance(second, ReadError) and second.line == 2 and '"id"' in second.message
    assert third.id == "c"


def test_jsonl_lone_surrogate_replaced_when_errors_are_not_strict(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Hello \\ud800 there.", "title": "T\\udfff"}\n', encoding="utf-8")
    document = read_one(corpus, errors="replace")
    assert document.text == "Hello \ufffd there."  # one code point for one: offsets stay
    assert document.metadata["title"] == "T\ufffd"


def test_codec_that_gives_a_lone_surrogate(tmp_path):
    path = tmp_path / "escaped.txt"
    path.write_bytes(b'"Hello \\ud800," he said.\nMore.\n')
    error = read_one(path, encoding="unicode_escape")
    assert isinstance(error, ReadError) and "lone surrogate U+D800" in error.message and error.line == 1
    assert read_one(path, encoding="unicode_escape", errors="replace").text.startswith('"Hello \ufffd,"')


def test_codec_error_without_a_position(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('"Hi," he said.\n', encoding="utf-8")
    error = read_one(path, encoding="punycode")
    assert isinstance(error, ReadError) and error.message.startswith("not valid punycode")



# --- code -----------------------------------------------------------------------

#: Markup, and the text of each stretch the reader records as code.
CODE_CASES = [
    (read_markdown, 'Set `mode="strict"` first.', ['mode="strict"']),
    (read_markdown, 'Two: ``a "b" c`` and `"d"`.', ['a "b" c', '"d"']),
    (read_markdown, 'Prose.\n\n```\nprint("hi")\n\nx = "no"\n```\n\n"We stay," he said.', ['print("hi")', 'x = "no"']),
    (read_markdown, "~~~\n'open\n~~~\n\nText.", ["'open"]),
    (read_markdown, 'A lone ` tick and "a quote."', []),
    (read_markdown, '"We stay," he said.', []),
    # Indented code: four columns or a tab, after a blank line or at the start, outside lists.
    (read_markdown, 'Prose.\n\n    print("no quote here")\n', ['print("no quote here")']),
    (read_markdown, '\tx = "tab"\n      y = "deeper"\n\n    z = "after a gap"\nBack to "prose."',
     ['x = "tab"', '  y = "deeper"', 'z = "after a gap"']),
    (read_markdown, '> Quoted.\n>\n>     x = "in a blockquote"', ['x = "in a blockquote"']),
    (read_markdown, '- item\n\nOut of the list.\n\n    x = "code"', ['x = "code"']),
    (read_markdown, '    - "a bullet in code"', ['- "a bullet in code"']),
    # Indented prose: a lazy continuation, list items' paragraphs, a line straight after a heading.
    (read_markdown, 'The mayor said\n    "we stay," and left.', []),
    (read_markdown, '- item\n\n    "We stay," she said.', []),
    (read_markdown, '1. First point\n\n     "We stay," she said.\n\n       "Still the item," he said.', []),
    (read_markdown, '- a\n\n  > quoted in the item\n\n    "We stay," she said.', []),
    (read_markdown, '> - a\n>\n>     "We stay," she said.', []),
    (read_markdown, '# Heading\n    "We stay," she said.', []),
    (read_html, '<p>Set <code>mode="strict"</code> first.</p>', [' mode="strict"']),
    (read_html, '<p>Press <kbd>"Enter"</kbd>, <samp>"OK"</samp> shows.</p>', [' "Enter"', ' "OK"']),
    (read_html, '<pre><code>x = "no" &amp; y</code></pre><p>"We stay."</p>', ['x = "no" & y']),
    (read_html, '<p><code>a <code>"b"</code> c</code> d</p>', ['a "b" c']),
    (read_html, '<p>Text.</p><code>"left open', ['\n\n"left open']),
]


@pytest.mark.parametrize(("read", "source", "expected"), CODE_CASES)
def test_code_is_recorded_as_ranges_of_the_text(read, source, expected):
    document = read(source, "p")
    assert [document.text[start:end] for start, end in document.code] == expected


@settings(max_examples=300, deadline=None)
@given(MARKUP_TEXT, st.sampled_from([read_markdown, read_html]))
def test_code_and_blockquote_ranges_are_in_order_apart_and_inside_the_text(source, read):
    document = read(source, "p")
    for ranges in (document.code, document.blockquotes):
        previous_end = 0
        for start, end in ranges:
            assert previous_end <= start < end <= len(document.text)
            previous_end = end
    # A blockquote is trimmed of the whitespace around it.
    assert all(not document.text[start].isspace() and not document.text[end - 1].isspace()
               for start, end in document.blockquotes)


# --- blockquotes ------------------------------------------------------------------

#: Markup, and the text of each outermost blockquote the reader records.
BLOCKQUOTE_CASES = [
    (read_markdown, "Curtis wrote:\n\n> We will not close.\n> Families deserve better.\n\nAfter.",
     ["We will not close.\nFamilies deserve better."]),
    # Nested marks are one blockquote; a ">" line with nothing else keeps it open, a blank line ends it.
    (read_markdown, "> Outer.\n>\n> > Inner.\n> Outer again.\n\n> Another.",
     ["Outer.\n\nInner.\nOuter again.", "Another."]),
    # A lazy line carries on the quoted paragraph; a line after a blank ">" line, or a heading, does not.
    (read_markdown, "> We will not close\nthe clinic, ever.\n\nText.", ["We will not close\nthe clinic, ever."]),
    (read_markdown, "> We stay.\n>\nText.", ["We stay."]),
    (read_markdown, "> We stay.\n# Heading", ["We stay."]),
    (read_markdown, "> We stay.\n- an item", ["We stay."]),
    # In a list item: indented under it, or opening it.
    (read_markdown, "- An item\n\n  > Quoted in the item.\n\n- Next", ["Quoted in the item."]),
    (read_markdown, "- > Quoted item\n  > goes on.\n- Next", ["Quoted item\ngoes on."]),
    # Inline markup and entities inside; the credit line stays part of it.
    (read_markdown, "> *We* stay &amp; [fight](http://x).\n> — Lisa Curtis", ["We stay & fight.\n— Lisa Curtis"]),
    (read_markdown, "> ```\n> code\n> ```", ["code"]),
    (read_markdown, "No quote here.\n\n    > indented code", []),
    (read_markdown, ">\n>\n\nText.", []),
    (read_html, "<p>Curtis wrote:</p><blockquote><p>We will not close.</p><p>Families deserve better.</p></blockquote>",
     ["We will not close.\n\nFamilies deserve better."]),
    (read_html, "<blockquote>Outer <blockquote>inner</blockquote> outer again</blockquote><p>Next</p>",
     ["Outer\n\ninner\n\nouter again"]),
    (read_html, "<blockquote><p>Caf&eacute; &amp; bar&hellip;</p>&mdash; Lisa Curtis (@lcurtis) "
     "<a href='x'>May 3, 2026</a></blockquote>", ["Café & bar…\n\n— Lisa Curtis (@lcurtis) May 3, 2026"]),
    (read_html, "<blockquote><p>One.</p></blockquote><blockquote>Two.</blockquote>", ["One.", "Two."]),
    (read_html, "<p>Text.</p><blockquote>Left open", ["Left open"]),
    (read_html, "<blockquote> <script>x</script> </blockquote><p>Text.</p></blockquote>", []),
]


@pytest.mark.parametrize(("read", "source", "expected"), BLOCKQUOTE_CASES)
def test_blockquotes_are_recorded_as_ranges_of_the_text(read, source, expected):
    document = read(source, "p")
    assert [document.text[start:end] for start, end in document.blockquotes] == expected


def test_plain_text_and_jsonl_have_no_blockquotes(tmp_path):
    (tmp_path / "a.txt").write_text("> We stay.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "> We stay."}\n', encoding="utf-8")
    documents = list(read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")]))
    assert [document.blockquotes for document in documents] == [(), ()]


@pytest.mark.parametrize(("read", "unit"), [(read_markdown, '`"a"` *b* '), (read_html, '<code>"a"</code> <b>b</b> ')],
                         ids=["markdown", "html"])
def test_many_code_spans_among_other_markup_read_in_linear_time(read, unit):
    assert_linear(lambda count: unit * count, 5000, repeats=2, run=lambda text: read(text, "p"))


def test_many_blockquotes_and_the_quotes_they_give_read_in_linear_time():
    unit = "Curtis wrote:\n\n> We stay, *all* of us.\n> Lazy line.\n>\n> — Lisa Curtis\n\n> \"Marked,\" she said.\n\n"
    assert_linear(lambda count: unit * count, 2000, repeats=2, run=lambda text: extract(read_markdown(text, "p")))
