"""What the sieves share about one article: its quotes, cast, cues and decisions.

The scene is built once per document.  Each quote gets the stretch of its
sentence before and after it (within its paragraph, never across a sibling
quote) and the cue found there (``cue_after``, ``cue_before``), preferring
one right after the quote, or the speaker's label that opens a transcript
paragraph ("PENCE: …"); the sieves then fill in the decisions.
"""

from __future__ import annotations

from bisect import bisect_right

import attrs
import regex

from quotecheck.attribution.context import (
    NOTHING, SPEECH_NOUNS, WORDS, Finding, SentenceReader, Span, paragraph_breaks, sentence_end, sentence_start, words,
)
from quotecheck.attribution.cue_after import CLOSED, CLOSED_FLAT, COMMA_CLOSED, closes_on, find_after
from quotecheck.attribution.cue_before import find_before, greeting
from quotecheck.attribution.relatives import resolve_relative
from quotecheck.attribution.subject_after import agent
from quotecheck.attribution.subjects import opening_source, sentence_subject
from quotecheck.quotes import Quote, words_start
from quotecheck.names import mention_at
from quotecheck.speakers import Cast, people_noun

#: A speaker's label in capitals that opens a quoted paragraph of a transcript: "PENCE: Well, look, …",
#: "SEN. SANDERS: …".  Its last word names someone the article names elsewhere, or the article holds such a
#: label too (see ``unnamed_labels``).  A blockquote set without marks may open with one as well.
LABEL = regex.compile(
    r"[\"“‘']?[ \t]*((?:\p{Lu}[\p{Lu}.'’-]*[ \t]+){0,3}(\p{Lu}[\p{Lu}'’-]*\p{Lu}))[ \t]*(:)[ \t\n\xa0]"
)
#: Labels in capitals that open a quoted paragraph without naming who speaks: "VIDEO: …", "UPDATE: …".
NOT_SPEAKER_LABELS = frozenset("""
VIDEO AUDIO CLIP SOUNDBITE UPDATE UPDATED NOTE CORRECTION CLARIFICATION PHOTO WATCH READ LISTEN BREAKING
EXCLUSIVE SOURCE SOURCES WARNING DISCLAIMER TRANSCRIPT CROSSTALK LAUGHTER APPLAUSE INAUDIBLE UNIDENTIFIED
QUESTION ANSWER ANNOUNCER NARRATOR EDITOR EDITOR'S EDITOR’S SUMMARY EXCERPT ADVERTISEMENT
""".split())
#: Kinds of quote that have a speaker.
SPOKEN = frozenset({"quote", "fragment"})
#: A colon or comma between a cue and its quote: the cue introduces it ("the heckler yelled: "…"").
INTRODUCES = regex.compile(r"[,:]")
#: A day a cue may name before the clause it reports: "said Thursday that".
DAY = r"(?:(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)[ \t\n]+)?"
#: Where or to whom a cue was spoken, before the "that" of the clause it reports: "said at a rally in Michigan that".
PLACED = r"(?:[^\W\d][^,;:.!?\"“”()\n]{0,60}?[ \t\n]+)?"
#: What joins a cue to the subject of the clause it reports: nothing, "that", or a place and "that".
EMBEDDED = regex.compile(rf"[ \t\n]*{DAY}(?:{PLACED}that[ \t\n]+)?(?:\p{{L}}+[ \t]+and[ \t]+)?\Z")
#: The same with "that", which a name's speech noun needs to be a reported clause's: "said that Rubio's claim".
EMBEDDED_THAT = regex.compile(rf"[ \t\n]*{DAY}that[ \t\n]+\Z")
#: A pronoun and its verb joined by "and" to the cue after them: "I laughed and said".
JOINED_PRONOUN = regex.compile(r"\b(I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?,?[ \t]+and[ \t]+\Z")
#: How far back a participle looks for the cue whose subject it shares.
SHARED_REACH = 40
#: "the" before a name, perhaps with a word or two in lower case, which makes it a description: "the Frenchman",
#: "The Wisconsin Republican", "the young Afghan".
THE_BEFORE = regex.compile(r"\b[Tt]he[ \t\n]+(?:\p{Ll}[\p{Ll}-]*[ \t\n]+){0,2}\Z")
#: How far back from a name that "the" is looked for.
THE_REACH = 40
#: What ends a question or a cry inside its marks.
ASKED_CLOSED = "?!"
#: A colon between a cue and the quote it introduces: "Ann Cole asked: "…"".
COLON_LEAD = regex.compile(r"[ \t]*:[ \t\n]*\Z")


@attrs.frozen
class Attribution:
    """Who said a quote, the mention and cue that show it, and the sieve that decided."""

    quote: int
    speaker: str | None
    speaker_kind: str | None
    mention: Span | None
    cue: Span | None
    sieve: str | None
    confidence: float | None
    description: str | None = None
    #: Other people a pronoun could as well refer to.
    rivals: int = 0


@attrs.define
class Scene:
    """One article as the sieves see it."""

    text: str
    quotes: tuple[Quote, ...]
    cast: Cast
    floors: list[int]
    ceilings: list[int]
    paragraphs: list[tuple[int, int]]
    findings: list[Finding]
    decisions: list[Attribution | None]
    starts: list[int] = attrs.Factory(list)
    #: For pronoun resolution, by mention of the cast: the quote holding it, and whether
    #: a preposition comes before it; each filled in when first needed.
    mention_quotes: dict[int, int | None] = attrs.Factory(dict)
    obliques: dict[int, bool] = attrs.Factory(dict)
    #: How many passes over the sieves have run, and what sieves keep between calls.
    passes: int = 0
    cache: dict = attrs.Factory(dict)
    #: The sentence starts pronoun resolution reads, each pronoun's window going on from the last.
    sentences: SentenceReader = attrs.Factory(lambda self: SentenceReader(self.text), takes_self=True)

    def spoken(self, index: int) -> bool:
        """True when quote ``index`` is speech that needs a speaker."""
        return self.quotes[index].kind in SPOKEN


def bounds(text: str, quotes: tuple[Quote, ...]) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """For each quote: where its sentence starts and ends, and its paragraph."""
    floors, ceilings, paragraphs = [], [], []
    paragraph_starts, paragraph_ends = paragraph_breaks(text)
    last_end: dict[int | None, int] = {}
    following_start = [len(text)] * len(quotes)
    next_sibling: dict[int | None, int] = {}
    for index in range(len(quotes) - 1, -1, -1):
        parent = quotes[index].parent
        following_start[index] = next_sibling.get(parent, len(text))
        if quotes[index].kind in SPOKEN:
            next_sibling[parent] = quotes[index].start
    for index, quote in enumerate(quotes):
        number = bisect_right(paragraph_starts, quote.start) - 1
        paragraph = paragraph_starts[number], paragraph_ends[number]
        low, high = paragraph
        if quote.end > high:
            # A quotation that runs on over a paragraph break ("… there\n\nwould be an outcry," she said): its
            # sentence goes on in the paragraph where it ends.
            high = paragraph_ends[bisect_right(paragraph_starts, quote.end - 1) - 1]
        if quote.parent is not None:
            low, high = max(low, quotes[quote.parent].start + 1), min(high, quotes[quote.parent].end - 1)
        floor = max(low, last_end.get(quote.parent, 0))
        floors.append(sentence_start(text, floor, quote.start))
        ceiling = min(high, following_start[index])
        ceilings.append(sentence_end(text, quote.end, max(quote.end, ceiling)))
        paragraphs.append(paragraph)
        if quote.kind in SPOKEN:
            last_end[quote.parent] = quote.end
    return floors, ceilings, paragraphs


def find_cue(text: str, quote: Quote, floor: int, ceiling: int, known) -> Finding:
    """The cue that attributes ``quote``, preferring one right after it.

    A participle or a second verb takes the subject of the cue before it in
    the sentence (``Spicer said, adding, "…"``), else the sentence's subject.
    A relative pronoun stands for the name before it.
    """
    finding = closest_cue(text, quote, floor, ceiling)
    if finding.subject_type == "passive" and finding.cue.end <= quote.start:
        # "… has been called "strategic ambiguity" by Joshua Hendrick": the agent after the quote.
        subject, kind = agent(text, quote.end, ceiling)
        if subject is not None:
            return Finding(finding.cue, subject, kind)
    if finding.subject_type == "relative":
        resolved = resolve_relative(text, finding)
        # "saying anybody who complains about a microphone "is not …"": a relative clause about
        # no one named, or about an unnamed phrase, is part of what a cue before it reports.
        earlier = find_before(text, floor, finding.subject.start) \
            if resolved.subject_type != "name" and finding.cue.end <= quote.start else NOTHING
        # But a cue that names no subject is no report: "a statement posted on the council's website, which said".
        reports = earlier.cue is not None and (earlier.subject_type is not None or not resolved.settled)
        finding = earlier if reports else resolved
    if finding.subject_type == "shared":
        return shared_subject(text, finding, quote, floor, known)
    owned_noun = finding.subject_type == "name" and finding.cue is not None \
        and finding.cue.text.lower() in SPEECH_NOUNS and finding.subject.end < finding.cue.start
    if finding.subject_type in ("phrase", "pronoun", "name") and finding.cue is not None \
            and finding.cue.end <= quote.start \
            and not INTRODUCES.search(text, finding.cue.end, quote.start):
        # "She said that her campaign would continue "…"", "She added that she thinks …",
        # "Israel said Clinton called on members to be "…"", "Frazier said Thursday that
        # Rubio's claim … is "…"": the subject of a reported clause, or a name's speech noun
        # there, gives way to the speaker of the cue that reports it.
        main = find_before(text, floor, finding.subject.start)
        if main.subject_type == "shared":  # "arguing that he and Cruz shared "…"": the participle's subject
            main = shared_subject(text, main, quote, floor, known)
        if main.subject_type in ("name", "pronoun") and main.cue is not None \
                and (EMBEDDED_THAT if owned_noun else EMBEDDED).match(text, main.cue.end, finding.subject.start):
            return main
    return resolve_relative(text, finding)


def shared_subject(text: str, finding: Finding, quote: Quote, floor: int, known) -> Finding:
    """The subject a participle or a second verb ``finding`` found shares, for ``quote``.

    Only a cue just before the participle shares its subject: "Spicer said,
    adding"; else the clause's pronoun, or the sentence's subject.
    """
    # The sentence is read from where it opens, so that no reach cuts a name or drops the
    # preposition before it ("A friend of Ahmad Massoud told reporters, adding").
    # After the quote, the cue of the quote's own sentence: "Cruz said that there is "…," adding".
    after = finding.cue.start >= quote.end and finding.cue.text.endswith("ing")
    before = find_before(text, floor, min(finding.cue.start, quote.start))
    if not after and before.cue is not None and before.cue.start < finding.cue.start - SHARED_REACH:
        before = NOTHING
    # A speech noun's owner is no participle's subject: "shrugged off Trump's comments, telling".
    owned = before.cue is not None and before.cue.text.lower() in SPEECH_NOUNS
    shares = before.subject_type not in ("shared", "phrase") or set_off(text, before, finding.cue)
    if before.subject is not None and shares and not owned:
        # The quote before the participle is the earlier cue's to report: its cue is that one.
        cue = before.cue if after else finding.cue
        return resolve_relative(text, Finding(cue, before.subject, before.subject_type))
    joined = JOINED_PRONOUN.search(text, max(floor, finding.cue.start - SHARED_REACH), finding.cue.start)
    if joined is not None:  # "I laughed and said, "…"": the pronoun of the verb the cue is joined to
        return Finding(finding.cue, Span(joined.start(1), joined.end(1), joined.group(1)), "pronoun")
    lead_end = min(finding.cue.start, quote.start)
    nearest = clause_pronoun(text, floor, lead_end) if finding.cue.text.endswith("ing") else None
    if nearest is not None:
        return Finding(finding.cue, nearest, "pronoun")
    subject, kind = opening_source(text, floor, lead_end)
    if subject is None:  # "Several groups granted him time, saying" has one
        subject, kind = sentence_subject(text, floor, lead_end, known)
    return Finding(finding.cue, subject, kind)


def set_off(text: str, before: Finding, participle: Span) -> bool:
    """True when ``before`` is an unnamed source's cue set off by commas just before ``participle``, in lower case.

    "A deal is close, one of the people said, adding": the source speaks on
    in the participle, where the sentence's own subject is a thing.
    """
    if before.subject_type != "phrase" or not before.subject.text[:1].islower() \
            or text[before.cue.end: participle.start].strip() != ",":
        return False  # "…, Lisa Curtis sounded a rare note, saying": a clause cut at a noun, not a source
    return text[max(0, before.subject.start - 4): before.subject.start].rstrip().endswith(",")


def clause_pronoun(text: str, floor: int, end: int) -> Span | None:
    """The subject pronoun of the clause a participle at ``end`` hangs on: "even as he defended it, saying".

    Not the subject of a clause a cue reports ("said he would go, adding"),
    nor one with a name after it that may be the subject instead.  A verb
    joined by "and" is not asked: it shares the subject of the verb it is
    joined to ("An official, speaking because he …, called it "…" and warned").
    """
    tokens = words(text, floor, end)
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].group()
        if word[0].isupper() and index and mention_at(text, tokens[index].start(), end) is not None:
            return None
        if word.lower() in ("he", "she"):
            before = tokens[index - 1].group().lower() if index else ""
            if before == "that" or before in WORDS:
                return None
            return Span(tokens[index].start(), tokens[index].end(), word)
    return None


def closest_cue(text: str, quote: Quote, floor: int, ceiling: int) -> Finding:
    """The cue right after a quote, else the one before it in its sentence, else one further after."""
    after, position = find_after(text, quote.end, ceiling)
    if after.cue is not None and position <= 4 and not next_sentence(text, quote.end, after):
        if after.subject_type == "name" and closes_on(text, quote.end, ASKED_CLOSED):
            # "Ann Cole asked: "Is it over?" Tom Fane said it was not.": a question a cue and a colon
            # introduce is that cue's, and the name after it opens the answer.
            before = find_before(text, floor, quote.start)
            if before.cue is not None and before.subject is not None \
                    and COLON_LEAD.match(text, max(before.cue.end, before.subject.end), quote.start):
                return before
        if position or quote.kind != "fragment" or not closes_on(text, quote.end, COMMA_CLOSED):
            return after
        # A fragment that closes a relative clause about a name is the object of the clause's cue, and the cue
        # right after it the sentence's: Gov. Ann Whitley, who called the ruling "a disgrace," said the state
        # would appeal.
        before = find_before(text, floor, quote.start)
        named = before.subject_type == "relative" and resolve_relative(text, before).subject_type == "name"
        return before if named else after
    greeted = greeting(text, floor, quote.start)
    if greeted is not None:
        # "was greeted with chants of "…" …, according to Ann Cole": she reports it; with no cue after, no one.
        return after if after.cue is not None else greeted
    before = find_before(text, floor, quote.start)
    if before.cue is not None:
        return before
    return after


def next_sentence(text: str, end: int, after: Finding) -> bool:
    """True when the cue ``after`` a quote ending at ``end`` stands in the next sentence, not the quote's.

    After a quote that ends its sentence, a cue before it in that sentence
    comes first: "calling him "a failed candidate." Romney fired back" is
    another's sentence, and so is "telling her, "…!" She replied", where a
    capital pronoun opens the next one; "…?" she asked" is the quote's own.
    """
    if closes_on(text, end, CLOSED_FLAT):
        return True
    return after.subject_type == "pronoun" and after.subject.text[0].isupper() \
        and closes_on(text, end, CLOSED)


def speaker_label(text: str, quote: Quote, cast: Cast, surnames: dict[str, list[int]]) -> Finding | None:
    """The speaker a transcript's label names at the head of ``quote``: ``"PENCE: Well, look, …``.

    The label is the subject and its colon the cue; it stands for the person
    of the article whose surname it gives ("Mike Pence"), and a label that
    names no one there is left to ``unnamed_labels``.  ``surnames`` maps the
    last word of each person's name, case folded, to their mentions in order,
    filled in on first use: a transcript's labels each look up one surname.
    """
    opening = words_start(text, quote.start)
    if not text[opening: opening + 2].isupper():
        return None  # most quotes ("We …", "It …"), told apart without the pattern
    label = LABEL.match(text, quote.start, quote.end)
    if label is None:
        return None
    if not surnames:
        surnames[""] = []  # filled in, even for an article that names no one: no label is empty
        for index in range(len(cast.mentions)):
            person = cast.person_of(index)
            if person.kind == "person":
                surnames.setdefault(person.words[-1].casefold(), []).append(index)
    for index in surnames.get(label.group(2).casefold(), ()):
        mention = cast.mentions[index]
        if mention.start >= label.start(1) and mention.end <= label.end(1):
            continue  # the label itself
        return Finding(Span(label.start(3), label.end(3), ":"), Span(label.start(1), label.end(1), label.group(1)),
                       "name", Span.of(text, mention))
    return None


def unnamed_labels(text: str, quotes: tuple[Quote, ...], findings: list[Finding]) -> None:
    """Give the labels of a transcript that name no one of the article their own speaker, in ``findings``.

    Once one label of the article names someone there, the article holds a
    transcript, and its other labels in capitals are speakers too, though the
    article names them nowhere else ("WALLACE: Let's start …" from the host
    who asks): the label itself is the speaker, where the quote would
    otherwise go on with the answer before it.  A label that names no one
    ("VIDEO:") keeps its quote from anyone: it does not go on either.
    """
    if not any(finding.subject_type == "name" and finding.cue is not None and finding.cue.text == ":"
               and finding.subject.text.isupper() for finding in findings):
        return
    for index, quote in enumerate(quotes):
        opening = words_start(text, quote.start)
        if findings[index].cue is not None and findings[index].cue.text == ":" \
                or quote.kind not in SPOKEN or not text[opening: opening + 2].isupper():
            continue
        label = LABEL.match(text, quote.start, quote.end)
        if label is None:
            continue
        colon = Span(label.start(3), label.end(3), ":")
        if NOT_SPEAKER_LABELS.intersection(label.group(1).split()):
            # A clip in the transcript: someone else speaks, and the label does not say who.
            findings[index] = Finding(colon, None, "passive")
        else:
            findings[index] = Finding(colon, Span(label.start(1), label.end(1), label.group(1)), "label")


def named_in(cast: Cast):
    """A test of a mention: does the cast take it for someone named, not a capitalised word ("Republican")?"""
    def named(mention) -> bool:
        index = cast.mention_index(mention.start)
        return index is None or cast.person_of(index).named
    return named


def as_description(text: str, finding: Finding) -> Finding:
    """``finding`` with a name subject that "the" makes a description read as one: "the Frenchman said".

    "The Frenchman" and "the Wisconsin Republican" describe someone named
    before, as "the senator" does; they name no one.
    """
    subject = finding.subject
    if finding.subject_type != "name" or not people_noun(subject.text.rsplit(None, 1)[-1]):
        return finding
    article = THE_BEFORE.search(text, max(0, subject.start - THE_REACH), subject.start)
    if article is None:
        return finding
    start = article.start()
    return Finding(finding.cue, Span(start, subject.end, text[start: subject.end]), "phrase")


def scene_of(text: str, quotes: tuple[Quote, ...], cast: Cast) -> Scene:
    """Read the cues around every spoken quote of an article."""
    floors, ceilings, paragraphs = bounds(text, quotes)
    known = named_in(cast)
    surnames: dict[str, list[int]] = {}
    findings = [
        (speaker_label(text, quote, cast, surnames)
         or as_description(text, find_cue(text, quote, floors[index], ceilings[index], known)))
        if quote.kind in SPOKEN else NOTHING
        for index, quote in enumerate(quotes)
    ]
    if surnames:  # some quote opens with a label
        unnamed_labels(text, quotes, findings)
    starts = [quote.start for quote in quotes]
    return Scene(text, quotes, cast, floors, ceilings, paragraphs, findings, [None] * len(quotes), starts)
