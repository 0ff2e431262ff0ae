"""The HTML report: every quote highlighted, every finding marked, all escaped, nothing fetched.

The unit tests parse the page with ``html.parser``.  The browser tests render
it in a headless Chromium, once to a screenshot and once to the DOM after the
page's script ran, with a probe that records what the browser computed for
each quote and finding.
"""

import io
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotecheck.checks import Checked, Finding, rule
from quotecheck.pipeline import Options, check, run
from quotecheck.readers import read_inputs, read_source
from quotecheck.report.html import STYLE, write_html

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ARTICLES = sorted(path for path in SAMPLES.iterdir() if path.suffix in {".txt", ".md", ".html", ".jsonl"})
VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
FETCHING = {"img", "link", "iframe", "object", "embed", "audio", "video", "source", "frame", "base"}

# Invented text; the quotations are not real.
VALLEY = (
    "Ahmad Massoud, the resistance leader, spoke in the valley.\n"
    "\n"
    "\"We will hold the valley,\" Massoud said. \"When my father said 'never surrender' he meant it.\"\n"
    "\n"
    "\"Nobody knows who said this.\"\n"
    "\n"
    "Lisa Curtis said: \"It is a long war <script>alert(1)</script> & worse.\"\n"
)


class Element:
    """One parsed element: its tag, attributes, enclosing elements and the text inside it."""

    def __init__(self, tag, attributes, ancestors):
        self.tag, self.attributes, self.ancestors = tag, dict(attributes), ancestors
        self.text = ""
        self.classes = set((self.attributes.get("class") or "").split())


class Page(HTMLParser):
    """Every element of a page, checked for proper nesting as it is read."""

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.elements, self.stack, self.scripts, self.styles = [], [], [], []
        self.feed(markup)
        self.close()
        assert not self.stack, f"unclosed: {[element.tag for element in self.stack]}"

    def handle_starttag(self, tag, attributes):
        element = Element(tag, attributes, list(self.stack))
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1].tag == tag, f"</{tag}> closes {self.stack[-1].tag if self.stack else None}"
        self.stack.pop()

    def handle_data(self, data):
        for element in self.stack:
            element.text += data
        if self.stack and self.stack[-1].tag == "script":
            self.scripts.append(data)
        if self.stack and self.stack[-1].tag == "style":
            self.styles.append(data)

    def having(self, css_class, document=None):
        """The elements with ``css_class``, inside the article of ``document`` if given."""
        return [element for element in self.elements if css_class in element.classes and (
            document is None or any(outer.attributes.get("data-document") == document for outer in element.ancestors))]


def render(results):
    out = io.StringIO()
    write_html(results, out)
    return out.getvalue()


def checked_text(text, path="valley.txt"):
    documents = list(read_source(text.encode(), path, "txt"))
    return list(run(documents, Options(), stage=check))


@pytest.fixture(scope="module")
def samples():
    return list(run(read_inputs([str(path) for path in ARTICLES]), Options(), stage=check))


@pytest.fixture(scope="module")
def sample_page(samples):
    markup = render(samples)
    return markup, Page(markup)


def squeezed(text):
    return "".join(text.split())


def test_every_quote_is_highlighted_with_its_speaker(samples, sample_page):
    _, page = sample_page
    assert sum(len(result.attributed.extraction.quotes) for result in samples) > 50
    for result in samples:
        document = result.document
        pieces = {}
        for element in page.having("quote", document.id):
            pieces.setdefault(int(element.attributes["data-quote"]), []).append(element)
        quotes = result.attributed.extraction.quotes
        assert sorted(pieces) == list(range(len(quotes)))
        for index, quote in enumerate(quotes):
            speaker = result.attributed.attributions[index].speaker or ""
            assert {element.attributes["data-speaker"] for element in pieces[index]} == {speaker}
            assert squeezed("".join(element.text for element in pieces[index])) == \
                squeezed(document.text[quote.start: quote.end])
            if quote.parent is not None:
                assert all(any(outer.attributes.get("data-quote") == str(quote.parent) for outer in element.ancestors)
                           for element in pieces[index])


def test_unattributed_quotes_are_marked_and_attributed_ones_coloured(samples, sample_page):
    _, page = sample_page
    quotes = page.having("quote")
    unattributed = [element for element in quotes if "unattributed" in element.classes]
    assert unattributed and all(element.attributes["data-speaker"] == "" for element in unattributed)
    for element in quotes:
        if element.attributes["data-speaker"]:
            assert re.fullmatch(r"--hue:\d+", element.attributes["style"])
            assert element.attributes["data-speaker"] in element.attributes["title"]


def test_speakers_keep_one_colour_across_documents(sample_page):
    _, page = sample_page
    hues = {}
    for element in page.having("quote"):
        if element.attributes["data-speaker"]:
            hues.setdefault(element.attributes["data-speaker"], set()).add(element.attributes["style"])
    assert len(hues) > 5 and all(len(styles) == 1 for styles in hues.values())
    first = [styles.pop() for styles in list(hues.values())[:10]]
    assert len(set(first)) == len(first)


def test_every_finding_has_a_marker_and_a_list_entry(samples, sample_page):
    _, page = sample_page
    assert sum(len(result.findings) for result in samples) > 10
    for number, result in enumerate(samples, 1):
        document = result.document
        markers = page.having("finding", document.id)
        anchored = {element.attributes["id"]: element for element in markers if "id" in element.attributes}
        links = {element.attributes["href"] for element in page.elements
                 if element.tag == "a" and any(outer.attributes.get("data-document") == document.id
                                               for outer in element.ancestors)}
        for index, finding in enumerate(result.findings):
            marker = anchored[f"d{number}-f{index}"]
            assert marker.tag == "mark" and marker.attributes["data-code"] == finding.code
            assert f"severity-{finding.severity}" in marker.classes
            assert rule(finding.code).format(finding, document) in marker.attributes["title"]
            assert f"#d{number}-f{index}" in links
            pieces = [element for element in markers if element.attributes["data-finding"] == str(index)]
            assert sum("end" in element.classes for element in pieces) == 1


def test_findings_are_drawn_by_severity():
    assert re.search(r"mark\.finding\.end::after\{content:attr\(data-code\)", STYLE)
    for severity in ("error", "warning", "info"):
        assert f".severity-{severity}" in STYLE


def test_crossing_and_empty_spans_still_nest():
    (result,) = checked_text(VALLEY)
    text = result.document.text
    quotes = result.attributed.extraction.quotes
    first, nested = quotes[0], next(quote for quote in quotes if quote.parent is not None)
    findings = (
        Finding("QC101", first.start + 3, nested.start + 4, {"excerpt": "x"}, severity="error"),  # crosses two quotes
        Finding("QC202", first.end - 2, first.end + 10, {"straight": 1, "curly": 2}, severity="info"),
        Finding("QC901", 10, 10, {"directive": "ignore", "problem": "p"}, severity="warning"),  # empty
        Finding("QC901", text.index("\n\n") + 1, text.index("\n\n") + 2,
                {"directive": "ignore", "problem": "between paragraphs"}, severity="warning"),
    )
    page = Page(render([Checked(result.attributed, findings)]))
    for index, finding in enumerate(findings):
        pieces = [element for element in page.having("finding") if element.attributes["data-finding"] == str(index)]
        assert pieces and sum("end" in element.classes for element in pieces) == 1
        if index < 2:
            assert len(pieces) > 1, "a crossing finding is split"
            assert "".join(element.text for element in pieces) == text[finding.start: finding.end]
    assert len(page.having("quote")) > len(quotes)


def test_text_and_names_are_escaped():
    (result,) = checked_text(VALLEY)
    markup = render([result])
    page = Page(markup)
    assert "<script>alert" not in markup and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; worse" in markup
    assert len([element for element in page.elements if element.tag == "script"]) == 1
    paragraphs = [element.text for element in page.elements if element.tag == "p"]
    assert any("<script>alert(1)</script> & worse" in text for text in paragraphs)


def test_nothing_is_fetched_from_elsewhere(sample_page):
    markup, page = sample_page
    for element in page.elements:
        assert element.tag not in FETCHING
        assert "src" not in element.attributes and "srcset" not in element.attributes
        assert element.attributes.get("href", "#").startswith("#")
        assert "url(" not in element.attributes.get("style", "")
    for code in page.styles + page.scripts:
        assert not re.search(r"url\(|@import|@font-face|https?://|fetch\(|XMLHttpRequest|\.src\b", code)
    policy = next(element for element in page.elements if element.attributes.get("http-equiv"))
    assert "default-src 'none'" in policy.attributes["content"]
    (result,) = checked_text(VALLEY)
    clean = render([result])
    for reference in ("http://", "https://", "src=", "@import"):
        assert reference not in clean


def test_an_empty_batch_is_still_a_page():
    page = Page(render([]))
    assert any(element.tag == "main" for element in page.elements)


def test_speaker_table_shares_add_up(samples, sample_page):
    _, page = sample_page
    for result in samples:
        rows = page.having("speaker", result.document.id)
        shares = [float(element.text.rstrip("%")) for element in page.having("share", result.document.id)]
        assert len(shares) == len(rows)
        assert not shares or sum(shares) == pytest.approx(100, abs=0.5)
    assert any(row.attributes["data-speaker"] == "" and "unattributed" in row.classes for row in page.having("speaker"))


# --- In a real browser -----------------------------------------------------

#: Added by the test to a copy of the page: what the browser computed for each quote and finding.
PROBE = """<script>
document.querySelectorAll(".quote, .finding").forEach(function (element) {
  var style = getComputedStyle(element), box = element.getBoundingClientRect();
  var after = element.classList.contains("finding") ? getComputedStyle(element, "::after").content : "";
  element.setAttribute("data-probe", [style.display, style.visibility, style.opacity,
    element.getClientRects().length, Math.round(box.width), after].join("|"));
});
</script></body>"""


def chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed: .ci/run installs Debian's chromium package; "
                    "install it (apt-get install chromium) to render the HTML report in a real browser")
    return found


def browse(browser, profile, *arguments):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               *arguments]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def png_pixels(data):
    """Width, height and the decompressed scanlines of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at: at + 8])
        if kind == b"IDAT":
            chunks.append(data[at + 8: at + 8 + length])
        at += 12 + length
    return width, height, zlib.decompress(b"".join(chunks))


@pytest.fixture(scope="module")
def browser_page(samples, tmp_path_factory):
    browser = chromium()
    folder = tmp_path_factory.mktemp("browser")
    report = folder / "report.html"
    report.write_text(render(samples), encoding="utf-8")
    return browser, folder, report


def test_the_page_renders_to_a_screenshot(browser_page):
    browser, folder, report = browser_page
    shot = folder / "shot.png"
    browse(browser, folder / "profile", f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri())
    data = shot.read_bytes()
    width, height, pixels = png_pixels(data)
    assert (width, height) == (1280, 2000) and len(data) > 50_000
    # A blank or broken page compresses to a few byte values; text in colour gives many.
    assert len(set(pixels)) > 100


def test_in_the_browser_every_quote_and_finding_is_shown(samples, browser_page):
    browser, folder, report = browser_page
    probed = folder / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8").replace("</body>", PROBE), encoding="utf-8")
    page = Page(browse(browser, folder / "profile", "--dump-dom", probed.as_uri()))
    for result in samples:
        document = result.document
        quotes = page.having("quote", document.id)
        findings = page.having("finding", document.id)
        assert {int(element.attributes["data-quote"]) for element in quotes} == \
            set(range(len(result.attributed.extraction.quotes)))
        assert {int(element.attributes["data-finding"]) for element in findings} == set(range(len(result.findings)))
        for element in quotes + findings:
            display, visibility, opacity, rectangles, width, after = element.attributes["data-probe"].split("|")
            assert display == "inline" and visibility == "visible" and float(opacity) == 1, element.attributes
            assert int(rectangles) > 0 and int(width) > 0, element.attributes
            if "end" in element.classes:
                assert after.strip('"') == element.attributes["data-code"], element.attributes
    assert not any("focused" in element.classes for element in page.elements)
