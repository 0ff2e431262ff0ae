"""Measure extracted quotes and speakers against a gold corpus.

Reproduces, number for number, the shared scorer the project is judged by
(``shared/eval/score.py``).  Direct gold quotations count whole, mixed ones by
their quote-marked pieces; predicted titles, terms, scare quotes and names are
left out.  Spans are trimmed of marks, spaces and punctuation, then paired one
to one, largest overlap first: "strict" when identical, "lenient" when they
share at least half their union.  A speaker is right when its mention overlaps
a gold source span, or its name shares a capitalised word with the gold source
text (or, lacking source spans, with the gold speaker's name).
"""

from __future__ import annotations

import json
import re
from typing import Iterable, Iterator, Mapping

import attrs
from tabulate import tabulate

from quotecheck.document import ReadError, newline_line_ends
from quotecheck.readers import read_file_text

Span = tuple[int, int]

# Cut from both ends of a span before comparing: whitespace, quotation marks
# of every style, and the punctuation that sits against them.
TRIMMED = frozenset(" \t\r\n" "\"“”„«»‘’‚‹›'" ".,;:!?—–-…()[]")
# A mixed quotation without marked pieces still counts whole if it opens with one of these.
OPENING_MARKS = "\"“„«‘‚‹'"
# A double-quoted piece of at least two characters, closed or running to the end.
MARKED_PIECE = re.compile(r"[\"“„«][^\"“”„«»]{2,}?(?:[\"”»]|$)", re.DOTALL)
SCORED_TYPES = frozenset({"direct", "mixed"})
SKIPPED_KINDS = frozenset({"title", "term", "scare", "name", "nickname"})
# An ASCII capital and two or more word characters, apostrophes or hyphens.
NAME_WORD = re.compile(r"[A-Z][\w'’-]{2,}")
# Titles and articles say nothing about who is speaking.
NOT_NAMES = frozenset({"the", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "pres"})
DOCUMENT_SUFFIX = re.compile(r"\.(?:txt|md|html)$")
LENIENT_OVERLAP = 0.5
DECIMALS = 4


@attrs.frozen
class GoldQuote:
    """One annotated quotation: its span, type, speaker and source spans."""

    start: int
    end: int
    type: str | None
    speaker: str | None
    has_source: bool
    sources: tuple[Span, ...]


@attrs.frozen
class GoldDocument:
    """A gold article: its id (as given, not normalised), text and quotations."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@attrs.frozen
class GoldSegment:
    """A trimmed stretch of gold quotation to be matched, with the quotation it comes from."""

    span: Span
    quote: GoldQuote


@attrs.frozen
class PredictedQuote:
    """A trimmed predicted quotation with its speaker name and mention span."""

    span: Span
    speaker: str | None
    mention: tuple[int | None, int | None] | None


def ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when ``whole`` is zero."""
    return part / whole if whole else 0.0


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall, or 0.0 when both are zero."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen
class Metrics:
    """Counts summed over documents, with the rates derived from them."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient: int = 0
    sourced: int = 0  # lenient pairs whose gold quotation has a source
    speaker_correct: int = 0
    speaker_null: int = 0  # of the sourced pairs, those predicted with no speaker
    documents: int = 0
    missing_documents: int = 0

    def __add__(self, other: Metrics) -> Metrics:
        """The counts of both added together."""
        return Metrics(*(getattr(self, field.name) + getattr(other, field.name) for field in attrs.fields(Metrics)))

    # Rates are exact here; as_dict rounds them as the shared scorer does.
    strict_precision = property(lambda self: ratio(self.strict, self.predicted), doc="Exact matches per prediction.")
    strict_recall = property(lambda self: ratio(self.strict, self.gold), doc="Exact matches per gold span.")
    strict_f1 = property(lambda self: harmonic_mean(self.strict_precision, self.strict_recall), doc="Strict F1.")
    lenient_precision = property(lambda self: ratio(self.lenient, self.predicted), doc="Near matches per prediction.")
    lenient_recall = property(lambda self: ratio(self.lenient, self.gold), doc="Near matches per gold span.")
    lenient_f1 = property(lambda self: harmonic_mean(self.lenient_precision, self.lenient_recall), doc="Lenient F1.")
    speaker_accuracy = property(lambda self: ratio(self.speaker_correct, self.sourced),
                                doc="Right speakers per sourced match.")
    false_unattributed = property(lambda self: ratio(self.speaker_null, self.sourced),
                                  doc="Missing speakers per sourced match.")

    def as_dict(self) -> dict:
        """The shared scorer's result: its key names, rates rounded to four decimals."""
        counts = {key: getattr(self, name) for key, name in COUNT_KEYS}
        rates = {key: round(getattr(self, name), DECIMALS) for key, name in RATE_KEYS}
        return counts | rates


# The shared scorer's key for each count and rate, in its order.
COUNT_KEYS = (
    ("gold", "gold"), ("pred", "predicted"), ("strict", "strict"), ("lenient", "lenient"),
    ("spk_den", "sourced"), ("spk_ok", "speaker_correct"), ("null_on_sourced", "speaker_null"),
    ("docs", "documents"), ("missing_docs", "missing_documents"),
)
RATE_KEYS = (
    ("strict_P", "strict_precision"), ("strict_R", "strict_recall"), ("strict_F1", "strict_f1"),
    ("lenient_P", "lenient_precision"), ("lenient_R", "lenient_recall"), ("lenient_F1", "lenient_f1"),
    ("speaker_acc", "speaker_accuracy"), ("false_unattributed", "false_unattributed"),
)


def document_key(name: object) -> str:
    """A document name without its folders and its .txt, .md or .html extension."""
    return DOCUMENT_SUFFIX.sub("", str(name).rsplit("/", 1)[-1])


def json_records(path: str) -> Iterator[tuple[int, dict]]:
    """Each non-blank line of a UTF-8 JSONL file as (line number, object).

    A file that cannot be read raises ValueError with the readers' one-line error (the file, and the byte
    offset of bad UTF-8).
    """
    text = read_file_text(path)
    if isinstance(text, ReadError):
        raise ValueError(str(text))
    for number, line in enumerate(newline_line_ends(text).split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: invalid JSON: {error.msg} (column {error.colno})") from None
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{number}: record is not a JSON object")
        yield number, record


def load_predictions(path: str) -> dict[str, dict]:
    """Prediction records by document key; a later record for the same key wins."""
    return {document_key(record.get("document", record.get("id"))): record for _, record in json_records(path)}


def gold_quote(record: dict) -> GoldQuote:
    """A gold quotation from its JSON form."""
    speaker = record.get("speaker")
    sources = tuple((span[0], span[1]) for span in record.get("source_spans") or ())
    has_source = bool(record.get("has_source", speaker is not None))
    return GoldQuote(record["start"], record["end"], record.get("type", "direct"), speaker, has_source, sources)


def load_gold(path: str, *, only_primary: bool = True, split: str | None = None) -> list[GoldDocument]:
    """Gold documents, leaving out other annotators' copies and other splits."""
    documents = []
    for number, record in json_records(path):
        if only_primary and record.get("primary") is False:
            continue
        if split and record.get("split") != split:
            continue
        if "id" not in record or not isinstance(record.get("text"), str):
            raise ValueError(f'{path}:{number}: gold record needs an "id" and a string "text"')
        quotes = tuple(gold_quote(quote) for quote in record.get("quotes") or ())
        documents.append(GoldDocument(id=record["id"], text=record["text"], quotes=quotes))
    return documents


def trim(text: str, start: int, end: int) -> Span:
    """The span with marks, whitespace and punctuation cut from both ends."""
    while start < end and text[start] in TRIMMED:
        start += 1
    while end > start and text[end - 1] in TRIMMED:
        end -= 1
    return start, end


def marked_pieces(text: str, start: int, end: int) -> list[Span]:
    """The double-quoted pieces of ``text[start:end]``; the whole span if it opens with a mark and has none."""
    # Searched in the slice so that "$" means the end of the span.
    piece_text = text[start:end]
    pieces = [(start + found.start(), start + found.end()) for found in MARKED_PIECE.finditer(piece_text)]
    if not pieces and piece_text[:1] in OPENING_MARKS:
        pieces.append((start, end))
    return pieces


def gold_segments(document: GoldDocument) -> list[GoldSegment]:
    """The trimmed gold spans to match: whole direct quotations and the marked pieces of mixed ones."""
    segments = []
    for quote in document.quotes:
        if quote.type not in SCORED_TYPES:
            continue
        if quote.type == "mixed":
            spans = marked_pieces(document.text, quote.start, quote.end)
        else:
            spans = [(quote.start, quote.end)]
        for start, end in spans:
            span = trim(document.text, start, end)
            if span[1] > span[0]:
                segments.append(GoldSegment(span, quote))
    return segments


def predicted_mention(record: dict) -> tuple[int | None, int | None] | None:
    """The span of the name a prediction gives its speaker by, if any."""
    mention = record.get("mention")
    if isinstance(mention, dict):
        return mention.get("start"), mention.get("end")
    if "speaker_start" in record:
        return record.get("speaker_start"), record.get("speaker_end")
    return None


def predicted_quotes(prediction: dict, text: str) -> list[PredictedQuote]:
    """The trimmed quotations of a prediction record, without non-quotation kinds."""
    quotes = []
    for record in prediction.get("quotes") or ():
        if (record.get("kind") or "quote") in SKIPPED_KINDS:
            continue
        span = trim(text, record["start"], record["end"])
        if span[1] <= span[0]:
            continue
        speaker = record.get("speaker")
        if isinstance(speaker, dict):
            speaker = speaker.get("name")
        quotes.append(PredictedQuote(span, speaker, predicted_mention(record)))
    return quotes


def overlap(first: tuple, second: tuple) -> int:
    """How many characters two spans share."""
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def name_words(name: str | None) -> set[str]:
    """The lower-cased capitalised words of a name, titles left out."""
    words = {word.lower() for word in NAME_WORD.findall(name or "")}
    return words - NOT_NAMES


def speaker_is_correct(prediction: PredictedQuote, segment: GoldSegment, text: str) -> bool:
    """Whether the predicted speaker is the gold quotation's source."""
    if prediction.speaker is None and prediction.mention is None:
        return False
    sources = segment.quote.sources
    mention = prediction.mention
    if mention is not None and mention[0] is not None and any(overlap(mention, source) > 0 for source in sources):
        return True
    predicted_words = name_words(prediction.speaker)
    if not predicted_words:
        return False
    if sources:
        gold_words = set().union(*(name_words(text[start:end]) for start, end in sources))
    else:
        gold_words = name_words(segment.quote.speaker)
    return bool(predicted_words & gold_words)


def spans_agree(gold: Span, predicted: Span, shared: int, *, lenient: bool) -> bool:
    """Whether two spans sharing ``shared`` characters count as a match."""
    union = max(gold[1], predicted[1]) - min(gold[0], predicted[0])
    return shared / union >= LENIENT_OVERLAP if lenient else gold == predicted


def match(gold: list[GoldSegment], predicted: list[PredictedQuote], *, lenient: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, largest overlap first."""
    candidates = []
    for gold_index, segment in enumerate(gold):
        for predicted_index, quote in enumerate(predicted):
            shared = overlap(segment.span, quote.span)
            if shared > 0 and spans_agree(segment.span, quote.span, shared, lenient=lenient):
                candidates.append((shared, gold_index, predicted_index))
    # Ties in overlap go to the later gold segment, then the later prediction, as the shared scorer has it.
    candidates.sort(reverse=True)
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, gold_index, predicted_index in candidates:
        if gold_index not in pairs and predicted_index not in taken:
            pairs[gold_index] = predicted_index
            taken.add(predicted_index)
    return list(pairs.items())


def score_document(document: GoldDocument, prediction: dict | None) -> Metrics:
    """The counts for one gold document against its prediction record (None if missing)."""
    gold = gold_segments(document)
    predicted = [] if prediction is None else predicted_quotes(prediction, document.text)
    lenient_pairs = match(gold, predicted, lenient=True)
    sourced = [(gold[i], predicted[j]) for i, j in lenient_pairs if gold[i].quote.has_source]
    return Metrics(
        gold=len(gold), predicted=len(predicted), strict=len(match(gold, predicted, lenient=False)),
        lenient=len(lenient_pairs), sourced=len(sourced),
        speaker_correct=sum(speaker_is_correct(quote, segment, document.text) for segment, quote in sourced),
        speaker_null=sum(quote.speaker is None for _, quote in sourced),
        documents=1, missing_documents=int(prediction is None),
    )


def score(gold_documents: Iterable[GoldDocument], predictions: Mapping[str, dict]) -> Metrics:
    """Metrics over all gold documents; ``predictions`` maps document keys to prediction records."""
    # Gold ids are looked up as they are, unnormalised, as the shared scorer does.
    return sum((score_document(document, predictions.get(document.id)) for document in gold_documents), Metrics())


def metrics_table(metrics: Metrics) -> str:
    """The metrics as two plain-text tables: matching rates, then speakers and counts."""
    rates = [
        ("strict", metrics.strict_precision, metrics.strict_recall, metrics.strict_f1),
        ("lenient", metrics.lenient_precision, metrics.lenient_recall, metrics.lenient_f1),
    ]
    summary = [
        ("speaker accuracy", f"{metrics.speaker_accuracy:.{DECIMALS}f}"),
        ("false unattributed", f"{metrics.false_unattributed:.{DECIMALS}f}"),
        ("gold quotes", metrics.gold), ("predicted quotes", metrics.predicted),
        ("documents", metrics.documents), ("missing documents", metrics.missing_documents),
    ]
    # Counts and rates share the summary's column, so each is formatted here rather than by tabulate.
    return "\n\n".join((
        tabulate(rates, headers=("match", "precision", "recall", "F1"), floatfmt=f".{DECIMALS}f"),
        tabulate([(name, str(value)) for name, value in summary], colalign=("left", "right"), disable_numparse=True),
    ))
