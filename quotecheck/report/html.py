"""Write checked documents as one self-contained HTML page for an editor.

Each document becomes a section: its title, the article paragraph by
paragraph with every quote highlighted in its speaker's colour (the speaker
named on hover and in the margin), every finding marked where it stands, then
the list of findings and the table of speakers.  The page asks for nothing
from elsewhere: the styles sit inside it, there are no fonts, images or
scripts by address, and a content security policy forbids any request.

The text is written in one walk over the boundaries of quotes and findings.
Between two boundaries the open spans are known; where spans cross, the inner
one is closed and opened again, so the markup always nests.  A finding that
falls between paragraphs is pinned to the end of the paragraph before it.
"""

from __future__ import annotations

import bisect
from html import escape
from typing import Iterable, Sequence, TextIO

import attrs
import regex

from quotecheck.attribution.scene import SPOKEN
from quotecheck.checks import SEVERITIES, Checked, rule
from quotecheck.report.table import NO_SPEAKER, speaker_rows

#: A paragraph: text up to the next blank line.
PARAGRAPH = regex.compile(r"\S(?:[^\n]|\n(?![ \t\r]*(?:\n|$)))*")
#: Hues given to speakers in order of first appearance; later speakers step round by the golden angle.
HUES = (212, 32, 140, 282, 188, 48, 318, 96, 248, 168, 66, 300)
GOLDEN_ANGLE = 137.508
POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

STYLE = """
:root{--error:#c62828;--warning:#d97a00;--info:#1f6fd1;--muted:#66707c;--rule:#e3e6ea;--sans:system-ui,sans-serif}
*{box-sizing:border-box}body{margin:0;background:#f4f5f7;color:#1d232b;font:16px/1.6 Georgia,serif}
header.page,main{max-width:1120px;margin:0 auto;padding:28px 24px 0}main{padding-top:0}h1{margin:0;font-size:22px}
header.page,.source,.summary,.margin,.findings,table,h3,.none{font-family:var(--sans)}
header.page p,.source,.none{margin:4px 0 0;color:var(--muted);font-size:14px}.key{margin-right:14px}
article{background:#fff;border:1px solid var(--rule);border-radius:10px;margin:24px 0;padding:28px 32px}
h2{margin:0;font-size:26px;line-height:1.25}.source{font-size:13px;word-break:break-all}.summary{margin:12px 0}
.pill{display:inline-block;margin:0 6px 4px 0;padding:1px 9px;border-radius:999px;background:#eef0f3;font-size:13px}
.pill.error,.pill.warning,.pill.info{background:var(--severity);color:#fff}
.paragraph{display:grid;grid-template-columns:minmax(0,1fr) 210px;gap:24px;border-top:1px solid #f1f2f4}
.paragraph p{margin:10px 0;white-space:pre-line}.margin{padding:12px 0;font-size:12px;line-height:1.3}
.label{display:block;margin-bottom:5px;padding-left:8px;border-left:4px solid hsl(var(--hue) 60% 45%);
 color:hsl(var(--hue) 55% 28%)}.label.unattributed{border-left:4px dashed var(--error);color:var(--error)}
.label.kind-term,.label.kind-title{border-left-color:#999;color:var(--muted)}
.quote{background:hsl(var(--hue) 90% 91%);border-bottom:2px solid hsl(var(--hue) 60% 45%);border-radius:3px;
 box-decoration-break:clone;-webkit-box-decoration-break:clone}
.quote .quote{background:hsl(var(--hue) 85% 82%);border:1px solid hsl(var(--hue) 60% 40%);padding:0 2px}
.quote.unattributed{background:#fdeaea;border-bottom:2px dashed var(--error)}
.quote .quote.unattributed{background:#f8d0d0;border:1px dashed var(--error)}
.quote.kind-term,.quote.kind-title{background:#f1f1f1;border-bottom:1px dotted #888}
.severity-error,.error{--severity:var(--error)}.severity-warning,.warning{--severity:var(--warning)}
.severity-info,.info{--severity:var(--info)}
mark.finding{background:none;color:inherit;text-decoration:underline wavy var(--severity);
 text-underline-offset:4px; text-decoration-skip-ink:none;scroll-margin-top:80px}
mark.finding.end::after{content:attr(data-code);margin-left:2px;padding:0 4px;border-radius:4px;color:#fff;
 background:var(--severity);font:600 10px/1.5 var(--sans);vertical-align:super}mark.finding:target{background:#fff3a8}
h3{margin:26px 0 8px;font-size:15px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.findings{margin:0;padding:0;list-style:none;font-size:14px}.findings a{color:inherit}
.findings li{padding:5px 8px;border-left:4px solid var(--severity);margin-bottom:4px;background:#fafbfc}
.code{font:600 12px ui-monospace,monospace;color:var(--severity)}
table{border-collapse:collapse;width:100%;font-size:14px}th{text-align:left;color:var(--muted)}
th,td{border-bottom:1px solid var(--rule);padding:6px 8px}.number{text-align:right;font-variant-numeric:tabular-nums}
.chip{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:7px;
 background:hsl(var(--hue) 70% 60%)}
.chip.unattributed{background:#fff;outline:2px dashed var(--error);outline-offset:-2px}
.share{display:flex;align-items:center;gap:8px;min-width:160px}
.bar{flex:1;height:8px;background:#eef0f3;border-radius:4px;overflow:hidden}
.bar span{display:block;height:100%;background:hsl(var(--hue) 65% 50%)}
.unattributed .bar span{background:var(--error)}.focused .quote:not(.in-focus){opacity:.35}
[data-focus]{cursor:pointer}
"""

#: Clicking a speaker in the table or margin fades the other speakers' quotes; clicking again undoes it.
SCRIPT = """
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-focus]"), article = target && target.closest("article");
  if (!article) return;
  var speaker = target.getAttribute("data-focus"), on = article.getAttribute("data-focused") !== speaker;
  if (on) article.setAttribute("data-focused", speaker); else article.removeAttribute("data-focused");
  article.classList.toggle("focused", on);
  article.querySelectorAll(".quote").forEach(function (quote) {
    quote.classList.toggle("in-focus", on && quote.getAttribute("data-speaker") === speaker);
  });
});
"""


@attrs.define
class Palette:
    """Hues for speakers, given in order of first appearance across the whole page."""

    hues: dict[str, int] = attrs.field(factory=dict)

    def style(self, speaker: str | None) -> str:
        """The style attribute that gives an element its speaker's hue, or nothing for no speaker."""
        if not speaker or speaker == NO_SPEAKER:
            return ""
        if speaker not in self.hues:
            count = len(self.hues)
            hue = HUES[count] if count < len(HUES) else round(count * GOLDEN_ANGLE) % 360
            # Reds are kept for quotes without a speaker and for errors.
            self.hues[speaker] = hue + 40 if hue < 20 or hue > 340 else hue
        return f' style="--hue:{self.hues[speaker]}"'


@attrs.frozen
class Span:
    """A quote or finding to mark in the text, clamped to lie within the paragraphs."""

    start: int
    end: int
    kind: str
    index: int

    def order(self) -> tuple:
        """Outer spans first: earlier start, then later end, then quotes before findings."""
        return (self.start, -self.end, self.kind != "quote", self.index)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ranges of the text's paragraphs, split on blank lines; at least one, maybe empty."""
    return [match.span() for match in PARAGRAPH.finditer(text)] or [(0, 0)]


def clamp(start: int, end: int, ranges: list[tuple[int, int]], starts: list[int]) -> tuple[int, int]:
    """A span moved into the paragraphs: starting in the next one, or pinned to the end of the one before."""
    number = bisect.bisect_right(starts, start) - 1
    if number >= 0 and start <= ranges[number][1]:
        return start, max(start, end)
    if number + 1 < len(ranges) and end > ranges[number + 1][0]:
        return ranges[number + 1][0], end
    at = ranges[number][1] if number >= 0 else ranges[0][0]
    return at, at


class Walk:
    """The markup of one document's text, built in a single pass over span boundaries."""

    def __init__(self, checked: Checked, messages: list[str], prefix: str, palette: Palette):
        self.checked, self.messages, self.prefix, self.palette = checked, messages, prefix, palette
        self.pieces: list[str] = []
        self.stack: list[Span] = []
        #: Each span's opening tag, less its closing bracket, and where its last piece opens.
        self.tags: dict[Span, str] = {}
        self.opened: dict[Span, int] = {}
        #: The margin of the paragraph being written: label classes and speaker, with how many quotes.
        self.labels: dict[tuple[str, str], int] = {}

    def open(self, span: Span) -> None:
        """Write the opening tag of a span; only its first piece takes the id."""
        anchor = ""
        if span not in self.tags:
            self.tags[span] = self.quote_tag(span.index) if span.kind == "quote" else self.finding_tag(span.index)
            anchor = f' id="{self.prefix}-{span.kind[0]}{span.index}"'
        self.opened[span] = len(self.pieces)
        self.stack.append(span)
        self.pieces.append(f"{self.tags[span]}{anchor}>")

    def finding_tag(self, index: int) -> str:
        """A finding's marker, with its code and message on hover."""
        finding = self.checked.findings[index]
        code, severity = escape(finding.code), escape(finding.severity)
        return (f'<mark class="finding severity-{severity}" data-finding="{index}" data-code="{code}" '
                f'title="{code} ({severity}): {escape(self.messages[index])}"')

    def quote_tag(self, index: int) -> str:
        """A quote's highlight, with its speaker on hover; counted once in the margin."""
        kind = self.checked.attributed.extraction.quotes[index].kind
        attribution = self.checked.attributed.attributions[index]
        speaker = attribution.speaker or ""
        classes = f"kind-{escape(kind)}" + (" unattributed" if not speaker and kind in SPOKEN else "")
        self.labels[classes, speaker] = self.labels.get((classes, speaker), 0) + 1
        details = [describe(kind, speaker), attribution.description or "",
                   f"by the {attribution.sieve} sieve, confidence {attribution.confidence:.2f}"
                   if attribution.sieve and attribution.confidence is not None else ""]
        return (f'<span class="quote {classes}" data-quote="{index}" data-speaker="{escape(speaker)}"'
                f'{self.palette.style(speaker)} title="{escape(" · ".join(filter(None, details)))}"')

    def margin(self) -> str:
        """The labels beside the paragraph: who speaks in it, and how many times."""
        labels = []
        for (classes, speaker), count in self.labels.items():
            name = describe(classes.split()[0].removeprefix("kind-"), speaker) + (f" ×{count}" if count > 1 else "")
            labels.append(f'<span class="label {classes}"{self.palette.style(speaker)} data-focus="{escape(speaker)}">'
                          f'{escape(name)}</span>')
        return "".join(labels)

    def close_to(self, depth: int) -> None:
        """Close the open spans above ``depth``."""
        while len(self.stack) > depth:
            self.pieces.append("</mark>" if self.stack.pop().kind == "finding" else "</span>")

    def settle(self, wanted: list[Span]) -> None:
        """Close what is open but not wanted, keeping the common outer spans."""
        depth = 0
        while depth < min(len(wanted), len(self.stack)) and wanted[depth] is self.stack[depth]:
            depth += 1
        self.close_to(depth)

    def markup(self) -> str:
        """The text as paragraphs of marked-up spans, each with its margin of speakers."""
        text = self.checked.document.text
        ranges = paragraphs(text)
        starts = [start for start, _ in ranges]
        kinds = (("quote", self.checked.attributed.extraction.quotes), ("finding", self.checked.findings))
        spans = sorted((Span(*clamp(item.start, item.end, ranges, starts), kind, index)
                        for kind, items in kinds for index, item in enumerate(items)), key=Span.order)
        offsets = sorted({span.start for span in spans} | {span.end for span in spans})
        active: list[Span] = []
        arriving = following = 0
        for start, end in ranges:
            self.pieces.append('<div class="paragraph"><p>')
            at = start
            while True:
                arrived = []
                while arriving < len(spans) and spans[arriving].start <= at:
                    arrived.append(spans[arriving])
                    arriving += 1
                active = [span for span in active + arrived if span.end > at]
                wanted = sorted(active, key=Span.order) if at < end else []
                self.settle(wanted)
                for point in (span for span in arrived if span.start == span.end):
                    self.open(point)
                    self.close_to(len(self.stack) - 1)
                for span in wanted[len(self.stack):]:
                    self.open(span)
                if at >= end:
                    break
                while following < len(offsets) and offsets[following] <= at:
                    following += 1
                stop = min(offsets[following], end) if following < len(offsets) else end
                self.pieces.append(escape(text[at: stop]))
                at = stop
            self.pieces.append(f'</p><aside class="margin">{self.margin()}</aside></div>\n')
            self.labels = {}
        # The code of a finding follows the last piece of its marker.
        for span, position in self.opened.items():
            if span.kind == "finding":
                self.pieces[position] = self.pieces[position].replace('"finding ', '"finding end ', 1)
        return "".join(self.pieces)


def describe(kind: str, speaker: str) -> str:
    """What a quote's label says: its speaker, or why it has none."""
    return speaker or ("no speaker" if kind in SPOKEN else kind)


def summary(checked: Checked) -> str:
    """A line of pills: how many quotes and speakers, and findings by severity."""
    attributions = checked.attributed.attributions
    speakers = {attribution.speaker for attribution in attributions if attribution.speaker}
    pills = [f'<span class="pill">{len(attributions)} quotes</span>',
             f'<span class="pill">{len(speakers)} speakers</span>']
    for severity in reversed(SEVERITIES):
        count = sum(finding.severity == severity for finding in checked.findings)
        if count:
            pills.append(f'<span class="pill {severity}">{count} {severity}{"s" if count > 1 else ""}</span>')
    return f'<p class="summary">{"".join(pills)}</p>'


def findings_list(checked: Checked, messages: list[str], prefix: str) -> str:
    """The document's findings in order, each linking to its marker in the text."""
    if not checked.findings:
        return '<p class="none">No findings.</p>'
    items = []
    for index, finding in enumerate(checked.findings):
        position = checked.document.position(finding.start)
        severity = escape(finding.severity)
        items.append(
            f'<li class="severity-{severity}" data-code="{escape(finding.code)}">'
            f'<a href="#{prefix}-f{index}">line {position.line}:{position.column}</a> '
            f'<span class="code">{escape(finding.code)}</span> {severity}: {escape(messages[index])}</li>')
    return f'<ol class="findings">{"".join(items)}</ol>'


def speaker_table(checked: Checked, palette: Palette) -> str:
    """Who is quoted and how much: one row per speaker, with a bar for their share of the quoted words."""
    rows = speaker_rows([checked.attributed])
    if not rows:
        return '<p class="none">No quoted speech.</p>'
    cells = []
    for row in rows:
        speaker = "" if row.speaker == NO_SPEAKER else row.speaker
        flag = "" if speaker else " unattributed"
        style = palette.style(speaker)
        cells.append(
            f'<tr class="speaker{flag}" data-speaker="{escape(speaker)}"{style}>'
            f'<td data-focus="{escape(speaker)}"><span class="chip{flag}"></span>{escape(row.speaker)}</td>'
            f'<td>{escape(row.description or "")}</td><td class="number">{row.quotes}</td>'
            f'<td class="number">{row.words}</td><td><span class="share"><span class="bar">'
            f'<span style="width:{row.share_percent:.1f}%"></span></span>{row.share_percent:.1f}%</span></td></tr>')
    return ('<table class="speakers"><thead><tr><th>Speaker</th><th>Description</th><th>Quotes</th>'
            f'<th>Words</th><th>Share of quoted words</th></tr></thead><tbody>{"".join(cells)}</tbody></table>')


def write_document(checked: Checked, number: int, palette: Palette, out: TextIO) -> None:
    """One document's section: heading, marked-up text, findings and speakers."""
    document = checked.document
    prefix = f"d{number}"
    title = document.metadata.get("title") or document.path
    source = document.path if document.id == document.path else f"{document.path} # {document.id}"
    details = [source] + [document.metadata[key] for key in ("outlet", "date") if document.metadata.get(key)]
    messages = [rule(finding.code).format(finding, document) for finding in checked.findings]
    text = Walk(checked, messages, prefix, palette).markup()
    out.write(f'<article class="document" id="{prefix}" data-document="{escape(document.id)}">\n'
              f'<h2>{escape(title)}</h2>\n<p class="source">{escape(" · ".join(details))}</p>\n{summary(checked)}\n'
              f'<div class="text">\n{text}</div>\n<h3>Findings</h3>\n{findings_list(checked, messages, prefix)}\n'
              f'<h3>Speakers</h3>\n{speaker_table(checked, palette)}\n</article>\n')


def write_html(results: Iterable[Checked], out: TextIO, *, unread: Sequence[object] = ()) -> None:
    """One self-contained HTML page of the checked documents, written as each document comes.

    ``unread`` holds the inputs that could not be read or checked; it is
    read once the documents are written, so it may fill while they are.
    """
    out.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
              f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f'<title>quotecheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n'
              '<header class="page"><h1>Quotations and their speakers</h1>\n<p>'
              '<span class="key">Each quote is shaded in its speaker’s colour; hover for details.</span>'
              '<span class="key"><span class="chip unattributed"></span>no speaker</span>'
              '<span class="key"><span class="pill error">error</span><span class="pill warning">warning</span>'
              '<span class="pill info">info</span>findings</span></p></header>\n<main>\n')
    palette = Palette()
    count = 0
    for count, checked in enumerate(results, 1):
        write_document(checked, count, palette, out)
    if not count:
        out.write('<p class="none">No documents.</p>\n')
    if unread:
        # An editor reads the page, not the terminal: what was left out is said here too.
        items = "".join(f'<li class="severity-error">{escape(str(problem))}</li>' for problem in unread)
        out.write(f'<section class="unread">\n<h3>Inputs not read</h3>\n<ul class="findings">{items}</ul>\n'
                  '</section>\n')
    out.write(f'</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n')
