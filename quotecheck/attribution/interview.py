"""Sieve 6, interview passages: the writer asks, the interviewee answers.

``So why talk? "Because …"`` · ``From whom? "From anyone …"`` — a quote
with no cue right after a question in the writer's own voice is the answer,
and goes to the interviewee: the person quoted just before the question,
unless the question names them or the narrative since names the person the
article quotes most so far, who is then the one asked.  A question that
asks someone by name (``Does Priya Raman agree? "…"``) is answered by them.
The writer's question may itself quote the interviewee, as "you": ``You
once called critics "parasites". Do you regret it?`` is theirs too (and
see ``labels`` for the "I" of a transcript's answer).
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span
from quotecheck.attribution.continuation import previous_sibling, writers_question
from quotecheck.attribution.labels import interviewee
from quotecheck.attribution.lookup import leaders
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.extract import PARAGRAPH_BREAK
from quotecheck.namewords import POSSESSIVE as POSSESSIVES

NAME = "interview"
CONFIDENCE = 0.6
QUESTION_END = regex.compile(r"\?[\"”’]?[ \t\n]*\Z")
#: The label a transcript gives an answer before its quote: "A: “…”".
ANSWER_LABEL = regex.compile(r"[ \t]*(?:A|Answer)[:.][ \t]*")
#: How far before a question the person quoted last is taken as the one asked.
LAST_REACH = 300
#: A pronoun by which a writer's question speaks of someone: "does he worry?", "his men".
THIRD_PERSON = regex.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")
#: The words of a question before the name of the one it asks: "Does", "And what does", "So will".
ASKED = regex.compile(
    r"[\"“‘'(]?(?:(?:And|But|So|Then)[ \t]+)?(?:(?:[Ww]hat|[Ww]hy|[Hh]ow|[Ww]hen|[Ww]here)[ \t]+)?"
    r"(?:[Dd]oes|[Dd]id|[Dd]o|[Ii]s|[Ww]as|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Hh]as|[Hh]ad|[Ss]hould)[ \t]+"
)
#: How far back a question is looked for: a writer's question is short.
QUESTION_REACH = 200
#: The marks a question may end in after its point: a closing quote, Markdown's bold or italic.
QUESTION_TAIL = "\"”’*_ \t"


def asked_before(text: str, paragraph_start: int, start: int) -> bool:
    """True when a quote that opens its paragraph follows a paragraph that is the writer's question.

    ``Why now?`` on a line of its own, then ``"Because nobody else will."``
    (or ``A: "Because …"``): the question is short, and the writer's, not
    closed by a quotation mark.
    """
    if text[paragraph_start: start].strip() and ANSWER_LABEL.fullmatch(text, paragraph_start, start) is None:
        return False
    end = paragraph_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "?":
        return False
    # The question is a short paragraph: a long one is the writer's narrative.
    reach = max(0, end - QUESTION_REACH)
    return reach == 0 or PARAGRAPH_BREAK.search(text, reach, end) is not None


def after_writers_question(scene: Scene, index: int) -> bool:
    """True when the quote before ``index`` in its paragraph is the writer's question: "“Why?” I asked. “…”"."""
    earlier = previous_sibling(scene, index)
    return earlier is not None and scene.paragraphs[earlier] == scene.paragraphs[index] \
        and writers_question(scene, earlier)


def last_speaker(scene: Scene, index: int, question: int, leader: Attribution | None) -> Attribution | None:
    """The person quoted just before the question at ``question`` that quote ``index`` answers, when it is theirs.

    A quote in the question ("Haqqani’s claims that he was “withdrawing?”")
    or inside another quote ("Churchill said, ‘…’") asks nothing.  Nor is
    the one quoted last asked when the question names them ("What about
    Ms. Curtis’s claim …?"), or when the narrative since names the
    ``leader``, the person quoted most ("Mr. Massoud gave us an hour."), or
    the question speaks of someone as "he" or "she" ("And does he worry?")
    with no narrative since that names the one quoted last again: the
    writer's questions speak so of the one the article follows.
    """
    quote = scene.quotes[index]
    for earlier in range(index - 1, -1, -1):
        decision, before = scene.decisions[earlier], scene.quotes[earlier]
        if before.end < question - LAST_REACH:
            return None
        if before.end <= question and before.parent is None and decision is not None \
                and decision.speaker_kind == "person":
            break
    else:
        return None
    cast = scene.cast
    attributed_end = max(before.end, decision.mention.end if decision.mention is not None else 0)
    renamed = False  # whether the narrative since the quote's attribution names its speaker again
    for mention in range(cast.before(before.end), cast.before(quote.start)):
        name = cast.person_of(mention).name
        if name == decision.speaker and cast.mentions[mention].start >= question:
            return None
        if leader is not None and name == leader.speaker:
            return None
        renamed = renamed or name == decision.speaker and cast.mentions[mention].start >= attributed_end
    if not renamed and leader is not None and leader.speaker != decision.speaker \
            and THIRD_PERSON.search(scene.text, question, quote.start) is not None:
        return None  # "So why talk, when his men still fight?": the writer speaks of the one the article follows
    return decision


def addressed(scene: Scene, index: int) -> Attribution | None:
    """The interviewee, for a quote the writer's question gives to "you": ``You once said "…". Is it true?``.

    The question is the quote's paragraph, in the writer's voice (no quote
    holds it) and ending in a question mark.  The one asked is the
    ``interviewee``.
    """
    finding, quote = scene.findings[index], scene.quotes[index]
    if finding.subject_type != "phrase" or finding.subject.text not in ("You", "you") or quote.parent is not None:
        return None
    paragraph_start, paragraph_end = scene.paragraphs[index]
    if not scene.text[quote.end: paragraph_end].rstrip(QUESTION_TAIL).endswith("?"):
        return None
    person = interviewee(scene, index, paragraph_start)
    if person is None:
        return None
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Give the answer after a writer's question, and the words its question quotes to "you", to the interviewee."""
    to_you = addressed(scene, index)
    if to_you is not None or scene.findings[index].settled:
        return to_you
    text, quote = scene.text, scene.quotes[index]
    paragraph_start = scene.paragraphs[index][0]
    start = max(paragraph_start, quote.start - QUESTION_REACH)
    if not QUESTION_END.search(text, start, quote.start) and not asked_before(text, paragraph_start, quote.start) \
            and not after_writers_question(scene, index):
        return None
    # The answer may open a sentence of its own: the question is the sentence before it.
    starts = scene.sentences.starts(quote.start - QUESTION_REACH, quote.start)
    question = max((start for start in starts if start < quote.start), default=0)
    asked = asked_by_name(scene, index, question)
    if asked is not None:
        return asked
    leader = leaders(scene)[index]
    source = last_speaker(scene, index, question, leader) or leader
    if source is None:
        return None
    return Attribution(index, source.speaker, source.speaker_kind, source.mention, None, NAME, CONFIDENCE,
                       source.description)


def asked_by_name(scene: Scene, index: int, question: int) -> Attribution | None:
    """The answer to the question at ``question`` when it asks a person by name: ``Does Priya Raman agree? "…"``.

    The name is the subject of the question, right after its auxiliary
    (``Does``, ``And what does``, ``Will``); not a name that owns something
    the question is about ("Does Ms. Curtis's plan work?"), which asks the
    interviewee.
    """
    text, quote, cast = scene.text, scene.quotes[index], scene.cast
    number = cast.before(question)
    if number >= len(cast.mentions) or cast.mentions[number].start >= quote.start:
        return None
    mention = cast.mentions[number]
    if ASKED.fullmatch(text, question, mention.start) is None or text.startswith(POSSESSIVES, mention.end):
        return None
    person = cast.person_of(number)
    if person.kind != "person" or person.place:
        return None
    return Attribution(index, person.name, person.kind, Span.of(text, mention), None, NAME, CONFIDENCE,
                       person.description)
