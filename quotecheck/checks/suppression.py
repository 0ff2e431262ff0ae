"""Suppression comments, and QC901 for the ones that suppress nothing.

In Markdown and HTML, ``<!-- quotecheck: ignore QC101 -- reason -->`` covers
the next paragraph, and ``<!-- quotecheck: off -->`` … ``<!-- quotecheck: on
-->`` covers the text between them (``off`` may name codes too).  In plain
text the same words stand on a line of their own: ``quotecheck: ignore QC101
-- reason``.  Codes match by prefix, as ``select`` does; no code means every
rule.  A suppression that hides no finding, or that cannot be read, is
reported as QC901, as ruff reports an unused ``noqa``.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import attrs
import regex

from quotecheck.checks.codes import CODES
from quotecheck.checks.model import Finding, Rule
from quotecheck.document import Document
from quotecheck.extract import PARAGRAPH_BREAK, text_directives

DIRECTIVE = regex.compile(r"(?i)^(ignore|off|on)\b\s*(.*?)\s*(?:--\s*(.*))?$", regex.DOTALL)
CODE = regex.compile(r"[A-Za-z]+\d*")


@attrs.frozen
class Suppression:
    """A range of the text in which findings of some codes are not reported."""

    start: int
    end: int
    codes: tuple[str, ...]
    directive: str
    #: Where the directive itself stands in the text, and in the source when it is a comment.
    at: int
    source: int | None = None

    def covers(self, finding: Finding) -> bool:
        """True when this suppression hides ``finding``."""
        return self.start <= finding.start < self.end and (
            not self.codes or finding.code.startswith(self.codes))


def directives(document: Document) -> Iterator[tuple[int, int, str, int | None]]:
    """Each directive: text offsets where it stands and ends, what follows the colon, and its source offset.

    A comment has no text of its own, so it stands where the text goes on.
    """
    if document.comments:
        for offset, words in document.comments:
            at = document.source_map.text_offset(offset)
            yield at, at, words, offset
    for found in text_directives(document):
        yield found.start(), found.end(), found.group(1), None


def next_paragraph_end(text: str, offset: int) -> int:
    """Where the paragraph that begins at or after ``offset`` ends."""
    while offset < len(text) and text[offset] in " \t\r\n":
        offset += 1
    found = PARAGRAPH_BREAK.search(text, offset)
    return found.start() if found else len(text)


def suppressions(document: Document) -> tuple[list[Suppression], list[Finding]]:
    """The suppressions a document declares, and a QC901 finding for each one that cannot be read."""
    found: list[Suppression] = []
    problems: list[Finding] = []
    open_range: tuple[int, tuple[str, ...], str, int | None] | None = None
    for at, end, words, source in directives(document):
        match = DIRECTIVE.match(words)
        codes = tuple(code.upper() for code in CODE.findall(match.group(2))) if match else ()
        unknown = [code for code in codes if not any(known.startswith(code) for known in CODES)]
        if match is None or unknown:
            reason = f"unknown code {unknown[0]}" if match and unknown else "expected ignore, off or on"
            problems.append(Finding(RULE.code, at, end, {"directive": words, "problem": reason}, source=source))
            continue
        action = match.group(1).lower()
        if action == "ignore":
            found.append(Suppression(end, next_paragraph_end(document.text, end), codes, words, at, source))
        elif action == "off":
            open_range = open_range or (end, codes, words, source)
        elif open_range is not None:
            found.append(Suppression(open_range[0], at, *open_range[1:3], open_range[0], open_range[3]))
            open_range = None
    if open_range is not None:
        found.append(Suppression(open_range[0], len(document.text), *open_range[1:3], open_range[0], open_range[3]))
    return found, problems


def apply(document: Document, findings: Iterable[Finding], enabled: Callable[[str], bool] = lambda code: True,
          ) -> list[Finding]:
    """The findings no suppression hides, plus QC901 for each suppression that hid nothing.

    A suppression of rules that are not running (``enabled`` says) is not reported unused.
    """
    ranges, kept = suppressions(document)
    used = [False] * len(ranges)
    for finding in findings:
        hidden = False
        for index, suppression in enumerate(ranges):
            if suppression.covers(finding):
                used[index] = hidden = True
        if not hidden:
            kept.append(finding)
    running = [code for code in CODES if enabled(code)]
    for suppression, hid in zip(ranges, used):
        if not hid and all(any(code.startswith(prefix) for code in running) for prefix in suppression.codes):
            kept.append(Finding(RULE.code, suppression.at, suppression.at,
                                {"directive": suppression.directive, "problem": "it suppresses nothing"},
                                source=suppression.source))
    return kept


RULE = Rule("QC901", "unused-suppression", "warning", "suppression {directive!r}: {problem}",
            "A suppression comment that hides no finding or cannot be read.")
