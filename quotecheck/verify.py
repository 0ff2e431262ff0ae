"""Check each quote of a draft against primary sources: transcripts, speeches, documents.

A source is read as its normalised words (``quotecheck.index.normalise``),
each kept with the code-point offsets of the text it comes from, so a match
can point at the source's own words and, at report time, their line and
column.  A word broken by a hyphen at a line break is made whole again
("gov-" / "ernment" is "government").

A quote is ``FOUND`` when its words stand in a source as a phrase.  An
ellipsis in the quote (``...``, ``. ..``, ``…``) marks a cut: every part
must then be found, in order, in one passage of one source: a part of
``SHORT_PART`` words or more within ``NEARBY`` words of the part before it,
a shorter part (too common to prove anything) anywhere after it.  Otherwise
the best-aligned passage (``quotecheck.index.align``) makes the quote
``ALTERED`` when it shares at least ``ALTERED_SCORE`` of the words, in order,
the same threshold as the index's altered match; below that it is
``NOT FOUND``.

A transcript names its speakers with labels at the start of a line
(``MASSOUD:``, ``Q:``, ``MR. CURTIS:``); each word belongs to the label
before it.  A question label (``Q:``, ``QUESTION:``) holds only to the end
of its paragraph: an interviewer's question may cut into an answer without
ending it, so the unlabelled words after it are the last named speaker's,
as are the words of an answer label (``A:``, ``ANSWER:``); before anyone is
named they may be anybody's.  A passage counts only when its labels match
the speaker the draft gives the quote: the label's words, titles aside, are
all words of the speaker's name.  The same words under another label
leave the quote ``NOT FOUND`` (or ``ALTERED``) but name that label.  Words
before the first label, and sources with none, may be anybody's.
"""

from __future__ import annotations

import bisect
from typing import Callable, Iterable, Iterator

import attrs
import regex

from quotecheck.attribution import Attributed
from quotecheck.attribution.scene import NOT_SPEAKER_LABELS, SPOKEN
from quotecheck.document import Document, ReadError
from quotecheck.index.align import Alignment, align
from quotecheck.index.match import ALTERED_SCORE, may_share
from quotecheck.index.normalise import normalised, word_spans
from quotecheck.namewords import HONORIFICS
from quotecheck.quotes import Quote

FOUND, ALTERED, NOT_FOUND = "FOUND", "ALTERED", "NOT FOUND"
#: Parts of a cut quote shorter than this are too common to place a passage; they need only follow.
SHORT_PART = 3
#: Most source words between two parts of a cut quote for them to be one passage.
NEARBY = 200
#: An ellipsis as drafts write it: "…", "...", ". .." or ". . .".
ELLIPSIS = regex.compile(r"…|\.(?:[ \t]?\.)+")
#: A speaker label: upper-case words and a colon at the start of a line.
LABEL = regex.compile(r"^[ \t]*(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,3})[ \t]*:", regex.MULTILINE)
#: What lies between the halves of a word hyphenated at a line break.
HYPHEN_BREAK = regex.compile(r"[-\u00ad\u2010][ \t]*\r?\n[ \t]*")
#: Words of a label that are titles, not names: "MR." in "MR. CURTIS".
TITLES = frozenset(normalised(title) for title in HONORIFICS)
#: Labels of the interviewer's questions, which name no one.
QUESTION_LABELS = frozenset({"Q", "QUESTION"})
#: Labels of an answer that name no one: the answer is the last named speaker's.
ANSWER_LABELS = frozenset({"A", "ANSWER"})
#: A blank line, which ends a question's paragraph.
PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r]*\n")


@attrs.frozen
class Source:
    """A source as normalised words, with each word's offsets in its text and its speaker label."""

    document: Document
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    labels: tuple[str | None, ...]
    #: Runs of words under one label, as (first word, word after the last, label).
    turns: tuple[tuple[int, int, str | None], ...]
    #: Each word's positions, in order, for phrase search.
    places: dict[str, list[int]] = attrs.field(eq=False, repr=False)


@attrs.frozen
class Verdict:
    """What the sources say of one quote of a draft; ``start`` and ``end`` are offsets into the source text."""

    document: Document
    quote: Quote
    speaker: str | None
    status: str
    score: float | None = None
    source: Document | None = None
    start: int | None = None
    end: int | None = None
    diff: str | None = None
    #: The label the source gives these words when it is not the draft's speaker.
    label: str | None = None


@attrs.frozen
class Passage:
    """A run of source words a quote was matched with: words ``first`` up to ``last``, and how well."""

    source: Source
    first: int
    last: int
    score: float
    diff: str | None
    label: str | None


def load_sources(items: Iterable[Document | ReadError], on_error: Callable[[ReadError], None]) -> list[Source]:
    """The readable sources of a batch; read errors go to ``on_error``."""
    from quotecheck.pipeline import readable

    return [source_of(document) for document in readable(items, on_error)]


def source_of(document: Document) -> Source:
    """A document read as a source: its words, their offsets and labels."""
    text = document.text
    labels = speaker_labels(text)
    label_starts = [start for start, _, _ in labels]
    words, starts, ends, owners = [], [], [], []
    for word, start, end in whole_words(text):
        at = bisect.bisect_right(label_starts, start) - 1
        if at >= 0 and start < labels[at][1]:
            continue  # the label itself is nobody's speech
        words.append(word)
        starts.append(start)
        ends.append(end)
        owners.append(labels[at][2] if at >= 0 else None)
    places: dict[str, list[int]] = {}
    for position, word in enumerate(words):
        places.setdefault(word, []).append(position)
    turns, first = [], 0
    for position in range(1, len(words) + 1):
        if position == len(words) or owners[position] != owners[first]:
            turns.append((first, position, owners[first]))
            first = position
    return Source(document, tuple(words), tuple(starts), tuple(ends), tuple(owners), tuple(turns), places)


def speaker_labels(text: str) -> list[tuple[int, int, str | None]]:
    """Where each speaker's words begin, in order: (offset, end of the label there, whose words follow).

    A question's paragraph is the label's; the words after it, and those
    under an answer label, go back to the last label that names someone.
    """
    found = list(LABEL.finditer(text))
    labels: list[tuple[int, int, str | None]] = []
    answerer = None
    for number, label in enumerate(found):
        name = " ".join(label.group(1).split())
        if name in ANSWER_LABELS:
            labels.append((label.start(), label.end(), answerer))
            continue
        labels.append((label.start(), label.end(), name))
        if name in QUESTION_LABELS:
            following = found[number + 1].start() if number + 1 < len(found) else len(text)
            answer = PARAGRAPH_BREAK.search(text, label.end(), following)
            if answer is not None:
                labels.append((answer.end(), answer.end(), answerer))
        elif name not in NOT_SPEAKER_LABELS:
            answerer = name
    return labels


def whole_words(text: str) -> Iterator[tuple[str, int, int]]:
    """The normalised words of ``text`` with their offsets, a word hyphenated at a line break made whole."""
    pending = None
    for word, start, end in word_spans(text):
        if pending is not None and HYPHEN_BREAK.fullmatch(text, pending[2], start):
            pending = (pending[0] + word, pending[1], end)
            continue
        if pending is not None:
            yield pending
        pending = (word, start, end)
    if pending is not None:
        yield pending


def parts_of(text: str) -> list[tuple[str, ...]]:
    """The normalised words of a quote, one tuple per part between ellipses; empty parts left out."""
    parts = (tuple(word for word, _, _ in whole_words(part)) for part in ELLIPSIS.split(text))
    return [part for part in parts if part]


def matches_speaker(label: str | None, speaker: str | None) -> bool:
    """Whether a source label can be the draft's speaker: its words, titles aside, are all in the name."""
    if label is None:
        return True
    words = set(normalised(label).split()) - TITLES
    return bool(words) and speaker is not None and words <= set(normalised(speaker).split())


def foreign_label(source: Source, first: int, last: int, speaker: str | None) -> str | None:
    """The first label of the words ``first`` to ``last`` that is not the speaker's, if any."""
    for turn_first, turn_last, label in source.turns:
        if turn_first < last and first < turn_last and not matches_speaker(label, speaker):
            return label
    return None


def occurrences(source: Source, part: tuple[str, ...], after: int, before: int) -> Iterator[int]:
    """Where ``part`` stands as a phrase in the source, starting from word ``after`` up to ``before``."""
    places = source.places.get(part[0], [])
    for at in places[bisect.bisect_left(places, after):]:
        if at > before:
            return
        if source.words[at: at + len(part)] == part:
            yield at


def phrases(source: Source, parts: list[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Each run of source words holding every part in order: (first word, word after the last)."""
    for first in occurrences(source, parts[0], 0, len(source.words)):
        last = first + len(parts[0])
        for part in parts[1:]:
            limit = last + NEARBY if len(part) >= SHORT_PART else len(source.words)
            at = next(occurrences(source, part, last, limit), None)
            if at is None:
                break
            last = at + len(part)
        else:
            yield first, last


def exact(sources: list[Source], parts: list[tuple[str, ...]], speaker: str | None) -> Passage | None:
    """The first passage holding the quote word for word: the speaker's if any, else another's."""
    other = None
    for source in sources:
        for first, last in phrases(source, parts):
            label = foreign_label(source, first, last, speaker)
            if label is None:
                return Passage(source, first, last, 1.0, None, None)
            other = other or Passage(source, first, last, 1.0, None, label)
    return other


def closest(sources: list[Source], draft: str, speaker: str | None) -> Passage | None:
    """The best-aligned passage: the speaker's turns first, then anyone's; None below ``ALTERED_SCORE``."""
    draft_words = draft.split()
    best: dict[bool, tuple[float, Source, int, Alignment]] = {}
    for source in sources:
        for first, last, label in source.turns:
            if not may_share(draft_words, set(source.words[first:last])):
                continue
            alignment = align(draft, " ".join(source.words[first:last]))
            theirs = matches_speaker(label, speaker)
            if alignment.score >= ALTERED_SCORE and alignment.score > best.get(theirs, (0.0,))[0]:
                best[theirs] = (alignment.score, source, first, alignment)
    if not best:
        return None
    _, source, offset, alignment = best.get(True) or best[False]
    first, last = offset + alignment.start, offset + alignment.end
    # The first alignment's diff runs over the whole turn; aligning again
    # with just the passage keeps the diff to the words that matter.
    narrow = align(draft, " ".join(source.words[first:last]))
    first, last = first + narrow.start, first + narrow.end
    label = None if True in best else foreign_label(source, first, last, speaker)
    return Passage(source, first, last, narrow.score, narrow.diff, label)


def verdict_of(document: Document, quote: Quote, speaker: str | None, sources: list[Source]) -> Verdict | None:
    """The verdict on one quote, or None for a quote without words."""
    parts = parts_of(document.text[quote.start:quote.end])
    if not parts:
        return None
    found = exact(sources, parts, speaker)
    if found is not None and found.label is None:
        return verdict(document, quote, speaker, FOUND, found)
    near = closest(sources, " ".join(word for part in parts for word in part), speaker)
    if near is not None and near.label is None:
        return verdict(document, quote, speaker, ALTERED, near)
    if found is not None:
        return verdict(document, quote, speaker, NOT_FOUND, found)
    if near is not None:
        return verdict(document, quote, speaker, ALTERED, near)
    return Verdict(document, quote, speaker, NOT_FOUND)


def verdict(document: Document, quote: Quote, speaker: str | None, status: str, passage: Passage) -> Verdict:
    """A verdict that points at ``passage`` in its source."""
    source = passage.source
    return Verdict(document, quote, speaker, status, passage.score, source.document,
                   source.starts[passage.first], source.ends[passage.last - 1], passage.diff, passage.label)


def verify(attributed: Attributed, sources: list[Source]) -> Iterator[Verdict]:
    """The verdict on each speech quote of a draft, in draft order.

    A quote nested in another spoken quote is left to its parent, which holds its words.
    """
    quotes = attributed.extraction.quotes
    for quote, attribution in zip(quotes, attributed.attributions):
        if quote.kind not in SPOKEN or (quote.parent is not None and quotes[quote.parent].kind in SPOKEN):
            continue
        found = verdict_of(attributed.extraction.document, quote, attribution.speaker, sources)
        if found is not None:
            yield found


def verify_all(results: Iterable[Attributed], sources: list[Source]) -> Iterator[Verdict]:
    """The verdicts on every draft of a batch."""
    for attributed in results:
        yield from verify(attributed, sources)
