"""Sieve 5, lead-in sentence: the sentence before a quote says whose it is.

``His message is one of hope: "…"`` · ``He says Afghans are answering his
call. "…"`` — a quote with no cue of its own takes the subject of the
sentence that leads into it: the subject of a cue verb there if it has one,
otherwise the name or pronoun the sentence opens with.  A cue there whose
subject is unnamed (``The campaign said in a statement. "…"``) gives the
phrase, as an anonymous source.  A quote's own
sentence that opens with an unnamed subject is left to the anonymous sieve:
in ``The employee later said he had an "…" moment`` the names and pronouns
after the verb are not who speaks.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from quotecheck.attribution.context import POSSESSIVE_PRONOUNS, PRONOUN_SUBJECTS, REACH, Span, sentence_start, words
from quotecheck.attribution.anonymous import credited
from quotecheck.attribution.people import person_of
from quotecheck.attribution.cue_before import COLON_END, find_before
from quotecheck.attribution.scene import Attribution, Scene, named_in
from quotecheck.attribution.subjects import (
    OPENING_PHRASE, noun_follows, opening_phrase, past_dateline, sentence_subject,
)
from quotecheck.names import NICKNAME_MARKS, Mention, mention_at

NAME = "lead-in"
CONFIDENCE = 0.7
#: A short opening phrase before a sentence's subject: "Still,", "On Monday,".
#: A lead sentence that asks is the writer's question, for the interview sieve.
QUESTION = regex.compile(r"\?[\"”’]?\s*\Z")
#: The article before a name that opens a sentence: "The Democratic National Committee released".
THE = regex.compile(r"[Tt]he[ \t\n]+(?=\p{Lu})")
#: A subject pronoun and a word in lower case after it, where a sentence opens: "He reaches".
SUBJECT_AND_VERB = regex.compile(r"(?:He|She|They|We|I)[ \t]+\p{Ll}")
OPENER = regex.compile(r"(?:[\p{L}\p{N}'’.-]+[ \t\n]+){0,3}[\p{L}\p{N}'’.-]+,[ \t\n]+")


def lead_sentence(scene: Scene, index: int) -> tuple[int, int, bool] | None:
    """The sentence leading into quote ``index``, and whether it is the quote's own."""
    text, quote = scene.text, scene.quotes[index]
    floor = scene.floors[index]
    if text[floor: quote.start].strip():
        return floor, quote.start, True
    paragraph_start = scene.paragraphs[index][0]
    if floor > paragraph_start:
        return sentence_start(text, paragraph_start, floor - 1), floor, False
    # A quote that opens its paragraph may be led in by the paragraph before,
    # when that one ends in the writer's words rather than in another quote.
    previous_end = paragraph_start
    while previous_end > 0 and text[previous_end - 1].isspace():
        previous_end -= 1
    if not previous_end or text[previous_end - 1] in "\"”’»":
        return None
    last_quote = bisect_left(scene.starts, previous_end) - 1
    if last_quote >= 0 and scene.quotes[last_quote].end >= previous_end - 1:
        return None
    return sentence_start(text, max(0, previous_end - REACH), previous_end - 1), previous_end, False


def opening_subject(scene: Scene, start: int, end: int) -> tuple[Span | None, str | None]:
    """The name or pronoun a sentence opens with, after a short opening phrase and perhaps "the"."""
    text = scene.text
    start = past_dateline(text, start, end)
    opener = OPENER.match(text, start, end) or OPENING_PHRASE.match(text, start, end)
    if opener is not None and SUBJECT_AND_VERB.match(text, start, opener.end()):
        opener = None  # "He reaches, as he often does, for …": the subject and its verb, not an opening phrase
    at = opener.end() if opener else start
    article = THE.match(text, at, end)  # "The Democratic National Committee released …"
    mention = mention_at(text, article.end() if article else at, end)
    if mention is None and text.startswith(NICKNAME_MARKS, at):
        mention = nickname_subject(scene, at, end)
    if mention is not None and not (article and noun_follows(text, mention.end, end)):
        # After "the", a name with a noun after it describes the noun: "the American-born children".
        return Span.of(text, mention), "name"
    tokens = words(text, at, end, most=1)
    if tokens and tokens[0].start() == at and tokens[0].group().lower() in {**PRONOUN_SUBJECTS, **POSSESSIVE_PRONOUNS}:
        return Span(tokens[0].start(), tokens[0].end(), tokens[0].group()), "pronoun"
    return None, None


def nickname_subject(scene: Scene, at: int, end: int) -> Mention | None:
    """The name in marks that opens a sentence at ``at``, a term, as a nickname is: Asked about it, "Tiny" shrugged."""
    number = bisect_left(scene.starts, at)
    if number == len(scene.starts) or scene.starts[number] != at or scene.quotes[number].kind != "term":
        return None
    mention = mention_at(scene.text, at + 1, end)
    return mention if mention is not None and mention.end + 1 == scene.quotes[number].end else None


def lead_in(scene: Scene, index: int) -> Attribution | tuple[Span, str, Span | None] | None:
    """What the lead-in sentence of quote ``index`` says: an unnamed source, or a subject, its kind and its cue."""
    sentence = lead_sentence(scene, index)
    if sentence is None:
        return None
    start, end, own = sentence
    if QUESTION.search(scene.text, start, end):
        return None
    finding = find_before(scene.text, start, end, last=own)
    if not own and finding.cue is not None and finding.subject is None and finding.subject_type is None:
        # "Asked about the charge, she said …": a cue that opens the sentence has its subject in the next one.
        finding = find_before(scene.text, finding.cue.end, end, last=False)
    subject, kind, cue = finding.subject, finding.subject_type, finding.cue
    if own and kind == "passive":
        return None  # "Trump was asked, "…"": not his words; in the sentence before, his answer follows
    if kind == "phrase" and not own and cue is not None:
        # "The campaign said in a statement. "…"": an unnamed source, read as the anonymous sieve reads one.
        speaker, speaker_kind, description = credited(scene, subject)
        return Attribution(index, speaker, speaker_kind, subject, cue, NAME, CONFIDENCE, description)
    if subject is None or kind == "phrase":
        # A sentence that ends in a colon introduces the quote, wherever it stands.
        introduces = own or COLON_END.search(scene.text, max(start, end - 4), end) is not None
        if own and subject is None and opening_phrase(scene.text, start, end) is not None \
                and scene.text.count("(", start, end) <= scene.text.count(")", start, end):
            return None  # the anonymous sieve's, unless the quote stands in brackets of its own
        subject, kind = sentence_subject(scene.text, start, end, named_in(scene.cast)) if introduces \
            else opening_subject(scene, start, end)
        cue = None
    if subject is None:
        return None
    return subject, kind, cue


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Give a cue-less quote the subject of its lead-in sentence."""
    if scene.findings[index].settled:
        return None
    # The lead-in reads the same on every pass over the sieves, and only the person a pronoun
    # there stands for may change: the reading is kept from the first pass.
    if (NAME, index) not in scene.cache:
        scene.cache[NAME, index] = lead_in(scene, index)
    found = scene.cache[NAME, index]
    if not isinstance(found, tuple):
        return found
    subject, kind, cue = found
    person = person_of(scene, subject, kind)
    if person is None or not person.named or person.kind != "person" and kind == "pronoun":
        return None
    return Attribution(index, person.name, person.kind, subject, cue, NAME, CONFIDENCE, person.description)
