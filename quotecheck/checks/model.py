"""The records the checks produce: rules, findings, and a checked document.

A finding is data: a rule code, a span of code-point offsets into the
document text, the arguments of the rule's message template, and the index of
the quote it concerns, if any.  Severity and fingerprint are settled once the
configuration is known; the message is only written out by a reporter.
"""

from __future__ import annotations

import hashlib
import posixpath
from typing import TYPE_CHECKING, Callable, Iterable, Mapping

import attrs
import regex

if TYPE_CHECKING:
    from quotecheck.attribution import Attributed
    from quotecheck.document import Document, Position

#: Severities from least to most severe; ``fail-level`` picks one of them.
SEVERITIES = ("info", "warning", "error")

QUOTE_MARKS = regex.compile(r"[\"'“”‘’«»„‚‹›]")
SPACES = regex.compile(r"\s+")


@attrs.frozen
class Finding:
    """One problem found in a document: rule code, span and message arguments."""

    code: str
    start: int
    end: int
    args: Mapping[str, object] = attrs.field(factory=dict, hash=False)
    quote: int | None = None
    severity: str = "warning"
    fingerprint: str = ""
    #: An offset into the source file, for a finding about markup the text leaves out (a comment).
    source: int | None = None

    def position(self, document: Document) -> Position:
        """Where the finding starts in the source file of ``document``."""
        if self.source is not None:
            return document.source_map.source_position(self.source)
        return document.position(self.start)


@attrs.frozen
class Rule:
    """A check: its stable code, a short name, default severity and message template."""

    code: str
    name: str
    severity: str
    message: str
    summary: str
    check: Callable[..., Iterable[Finding]] | None = attrs.field(default=None, eq=False, repr=False)
    #: Message arguments that are text offsets, written as a source line when reported.
    positions: tuple[str, ...] = ()

    def format(self, finding: Finding, document: Document) -> str:
        """The message of one finding of this rule, in ``document``."""
        args = dict(finding.args)
        for name in self.positions:
            args[name] = document.position(args[name]).line
        return self.message.format(**args)


@attrs.frozen
class Context:
    """What a rule reads: the attributed document and the desk's settings."""

    attributed: Attributed
    accepted_sources: frozenset[str] = frozenset()
    min_confidence: float = 0.5
    #: The provenance index to compare quotes with (``quotecheck.index.Index``), if the run has one.
    index: object = attrs.field(default=None, eq=False)
    #: Matches in the index by quote number, filled once by ``quotecheck.checks.provenance``.
    matches: dict = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def text(self) -> str:
        """The document text."""
        return self.attributed.extraction.document.text

    @property
    def quotes(self):
        """The document's quotes, in order of their start."""
        return self.attributed.extraction.quotes


@attrs.frozen
class Checked:
    """An attributed document and its findings, in order of position."""

    attributed: Attributed
    findings: tuple[Finding, ...]

    @property
    def document(self) -> Document:
        """The document that was checked."""
        return self.attributed.extraction.document


def normalised(text: str) -> str:
    """Text as fingerprints and repeat checks compare it: no quotation marks, one space, lower case."""
    return SPACES.sub(" ", QUOTE_MARKS.sub("", text)).strip().casefold()


def fingerprint(path: str, code: str, text: str, speaker: str | None) -> str:
    """A finding's identity across edits: path, code, quoted words and speaker, never a line number."""
    path = posixpath.normpath(path.replace("\\", "/"))
    key = "\0".join((path, code, normalised(text), speaker or ""))
    # A path the file system gave in bytes that are no UTF-8 holds escaped surrogates: they hash as they stand.
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
