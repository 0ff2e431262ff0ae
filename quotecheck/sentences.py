"""Sentence splitting: where each sentence of a news text begins and ends.

Boundaries are decided by Punkt (Kiss & Strunk 2006, "Unsupervised
Multilingual Sentence Boundary Detection", Computational Linguistics 32:4)
as NLTK implements it, run with parameters read from the plain JSON file
``data/punkt_news.json`` rather than NLTK's pickled models, so nothing is
downloaded or unpickled.

Around Punkt, three rules of news layout: a blank line always ends a
sentence; a sentence never starts with a lowercase letter straight after
``?`` or ``!`` (``"Why?" she asked.`` is one sentence); and a spaced
ellipsis (``. . .``) counts as one ellipsis.  Offsets are code-point
offsets into the caller's text: Punkt reads a copy of the same length.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
)

# NLTK's orthographic-context bits, named by where a word was seen and in
# which case; the values are those of nltk.tokenize.punkt's _ORTHO_MAP.
ORTHO_FLAGS = {
    "initial-upper": 1 << 1,
    "internal-upper": 1 << 2,
    "unknown-upper": 1 << 3,
    "initial-lower": 1 << 4,
    "internal-lower": 1 << 5,
    "unknown-lower": 1 << 6,
}

_DOTTED_ACRONYM = re.compile(r"[^\W\d](?:\.[^\W\d])+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACED_ELLIPSIS = re.compile(r"\.(?: \.)+")
# Whitespace to Python that is not in string.whitespace.
_ODD_SPACE = re.compile(
    "[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_CLOSERS = "\"')]}\u2019\u201d\u00bb"


class _Abbreviations(frozenset):
    """Abbreviation types: those listed, and any dotted acronym like "n.y.u"."""

    # Letters each followed by a period are an abbreviation whatever they
    # spell, so acronyms missing from the list (J.F.K.) still hold together.
    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or bool(
            isinstance(word, str) and _DOTTED_ACRONYM.fullmatch(word)
        )


class _OrthoContext(dict):
    """Orthographic flags by word type, 0 for a type never recorded."""

    # NLTK's defaultdict would store every type it is asked about, so the
    # shared tokenizer would grow with each new word of each document.
    def __missing__(self, key: str) -> int:
        return 0


class _NewsLanguageVars(PunktLanguageVars):
    """English Punkt settings that also know typographic quotes and dashes."""

    __slots__ = ()

    # Curly quotes, guillemets and dashes must not glue onto the word next
    # to them, or “Mr. would not be recognised as the abbreviation Mr.
    _re_word_start = (
        r"[^\(\"\`{\[:;&\#\*@\)}\]\-,"
        r"\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2015]"
    )
    _re_non_word_chars = (
        r"(?:[)\";}\]\*:@\'\({\[!?"
        r"\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2015])"
    )
    # The word after a candidate boundary stops before its own ".", "?" or
    # "!"; otherwise in “Mr. Okoro?” the "?" would be read as Mr.'s break.
    _period_context_fmt = r"""
        %(SentEndChars)s
        (?=(?P<after_tok>
            %(NonWord)s
            |
            \s+(?P<next_tok>\S[^\s.?!]*)
        ))"""
    # Only closing marks move back onto the sentence they follow.
    re_boundary_realignment = re.compile(
        r"[\"')\]}\u2019\u201d\u00bb]+?(?:\s+|(?=--)|$)", re.MULTILINE
    )


def parameters_from(data: dict) -> PunktParameters:
    """Punkt parameters from the decoded JSON of a parameter file."""
    params = PunktParameters()
    params.abbrev_types = _Abbreviations(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = _OrthoContext(
        (word, sum(ORTHO_FLAGS[name] for name in names))
        for word, names in data.get("ortho_context", {}).items()
    )
    return params


@functools.lru_cache(maxsize=None)
def tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer built from the shipped news parameters."""
    source = importlib.resources.files("quotecheck") / "data" / "punkt_news.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return PunktSentenceTokenizer(
        parameters_from(data), lang_vars=_NewsLanguageVars()
    )


def sentence_spans(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """(start, end) offsets into ``text`` of the sentences in ``text[start:end]``."""
    start, end, _ = slice(start, end).indices(len(text))
    spans: list[tuple[int, int]] = []
    paragraph_start = start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans.extend(_paragraph_spans(text, paragraph_start, match.start()))
        paragraph_start = match.end()
    spans.extend(_paragraph_spans(text, paragraph_start, end))
    return spans


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence offsets within one paragraph, ``text[start:end]``."""
    paragraph = text[start:end]
    if not paragraph or paragraph.isspace():
        return []
    # Punkt runs on a copy of the same length, so its offsets are the
    # text's.  In it, odd spaces become " " because NLTK seeks only ASCII
    # whitespace when it finds the word before a boundary, and dots
    # fill the spaces inside ". . ." so Punkt sees one ellipsis token.
    masked = _ODD_SPACE.sub(" ", paragraph)
    if ". ." in masked:
        masked = _SPACED_ELLIPSIS.sub(lambda m: "." * len(m.group()), masked)
    spans: list[tuple[int, int]] = []
    for first, last in tokenizer().span_tokenize(masked):
        while first < last and paragraph[first].isspace():
            first += 1
        while last > first and paragraph[last - 1].isspace():
            last -= 1
        if first == last:
            continue
        if spans and _continues(paragraph, spans[-1][1], first):
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return [(start + first, start + last) for first, last in spans]


def _continues(paragraph: str, previous_end: int, start: int) -> bool:
    """Whether the sentence at ``start`` carries on one ending at ``previous_end``."""
    if not paragraph[start].islower():
        return False
    end = previous_end
    while end > 0 and paragraph[end - 1] in _CLOSERS:
        end -= 1
    return end > 0 and paragraph[end - 1] in "?!"
