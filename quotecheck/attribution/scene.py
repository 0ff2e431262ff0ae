"""What the sieves share about one article: its quotes, cast, cues and decisions.

The scene is built once per document.  Each quote gets the stretch of its
sentence before and after it (within its paragraph, never across a sibling
quote) and the cue found there; the sieves then fill in the decisions.
"""

from __future__ import annotations

from bisect import bisect_right

import attrs
import regex

from quotecheck.attribution.context import (
    CLAUSE_OPENERS, CONJUNCTIONS,
    NOTHING, POSSESSIVE_PRONOUNS, SPEECH_NOUNS, Finding, Span, cue_span, inverted, is_cue, paragraph_breaks,
    sentence_end, sentence_start, shares_subject, words,
)
from quotecheck.attribution.subjects import sentence_subject, subject_after, subject_before
from quotecheck.quotes import Quote
from quotecheck.names import MENTION, mention_at, mentions, name_ending
from quotecheck.speakers import Cast

#: Kinds of quote that have a speaker.
SPOKEN = frozenset({"quote", "fragment"})
LEAD = regex.compile(r"[\s,—–-]*")
#: Cues that may come before their subject between commas: "The paradox, says Carl Anthony, is …".
INVERTIBLE = frozenset("""
say says said write writes wrote add adds added note notes noted explain explains explained recall recalls
recalled argue argues argued insist insists insisted continue continues continued observe observes observed
""".split())
#: A quote whose last mark follows a comma: its sentence goes on.
COMMA_CLOSED = regex.compile(r",[\"”’']+\Z")
#: A quote whose last mark follows a comma, question or exclamation mark.
HANDS_ON = regex.compile(r"[,?!][\"”’']+\Z")
PRONOUN_AHEAD = regex.compile(r"(?:he|she|they)\b")
#: One lower-case verb after the subject, ending the clause: "he surmised." / "she quipped,".
VERB_AFTER = regex.compile(r"[ \t\n]+(\p{Ll}+(?:ed|s))(?=[ \t\n]*[.,;:]|[ \t\n]+(?:in|on|at|to|during|after|of)\b)")
#: A dash that credits a quote to a name: "…" ― Name.
DASH = regex.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*")
#: What may follow the credited name on its line: a full stop, or a comma and a description.
CREDIT_END = regex.compile(r"[ \t\u00a0]*(?:[.,;].*)?\Z")
#: How far back a participle looks for the cue whose subject it shares.
SHARED_REACH = 40
#: How many words after a quote its cue may come: ``"…," the former senator from Ohio said``.
AFTER_WORDS = 12
APPOSITIVE_WORDS = 14
#: What may follow the subject of a parenthetical cue: a comma or a full stop, or nothing before the quote.
NAME_CLOSED = regex.compile(r"[ \t\n]*(?:[,.;:]|\Z)")
TITLE_WORDS = regex.compile(r"(?:[ \t\n]+\p{Ll}+){1,2}[ \t\n]+")
#: A quote that ends its sentence inside its marks: a question or exclamation may still run on to "he asked".
CLOSED = regex.compile(r"[.!?…][\"”’']+\Z")
CLOSED_FLAT = regex.compile(r"[.…][\"”’']+\Z")
#: A cue that opens a report of its own: "that …", or a colon or comma before the next quote.
OWN_REPORT = regex.compile(r"[ \t\n]*(?:that\b|[,:][ \t\n]*\Z)")
#: A cue followed by its own object or clause ("said the plan …", "stated his intention"), not by an
#: adverbial ("said in a statement.", "said again").
OWN_OBJECT = regex.compile(
    r"[ \t\n]*(?!(?:in|on|at|to|of|during|as|with|about|after|before|from|for|by|when|while|according"
    r"|again|back|later|today|yesterday|tonight|then|afterward|\p{Ll}+ly)\b)[\p{L}]"
)
#: Words that make the quote after a speech noun its content: "her claim that", "his remark of".
CONTENT_OPENS = regex.compile(r"[ \t\n]*(?:that|of)\b")
QUOTE_MARKS = frozenset("\"“”„«»")
#: How many words an attribution that closes a sentence may have: ", the editorial board writes."
TRAILING_WORDS = 8
#: What may follow a closing cue: the full stop, or a day or a place ("said Monday.", "said in a statement.").
TRAILING_END = regex.compile(r"(?:[ \t\n]+(?:on|in|at|to|during|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                             r"today|yesterday|recently|later)\b[^,;:]*)?[.!?]\Z")
#: A lead-in that ends in a colon: ``Republican pollster Daron Shaw: "…"``.
COLON_END = regex.compile(r":[ \t\n]*\Z")


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
    #: How many passes over the sieves have run, and what sieves keep between calls in a pass.
    passes: int = 0
    cache: dict = attrs.Factory(dict)

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


def dash_credit(text: str, start: int) -> Finding:
    """``"…" ― Karen Bobadilla``: a dash after a quote, then a name that ends its line."""
    dash = DASH.match(text, start, min(len(text), start + 8))
    if dash is None:
        return NOTHING
    line_end = text.find("\n", dash.end())
    line_end = len(text) if line_end < 0 else line_end
    name = mention_at(text, dash.end(), line_end)
    if name is None or not CREDIT_END.match(text, name.end, line_end):
        return NOTHING
    mark = dash.group().strip()
    at = dash.start() + dash.group().index(mark)
    return Finding(Span(at, at + 1, mark), Span(name.start, name.end, text[name.start: name.end]), "name")


def find_after(text: str, start: int, ceiling: int) -> tuple[Finding, int]:
    """The cue after a quote and how many words into the sentence it comes."""
    credit = dash_credit(text, start)
    if credit.subject is not None:
        return credit, 0
    lead = LEAD.match(text, start, ceiling).end()
    reach = AFTER_WORDS
    named = MENTION.match(text, lead, ceiling)
    if named and text.startswith(",", named.end()) or COMMA_CLOSED.search(text, max(0, start - 3), start):
        # "…," Valdez Anderson, who works at a company in Sacramento, said; a quote that closes
        # on a comma runs on to its cue however far: "…," in sharp contrast to …, says Dante Scala.
        reach += APPOSITIVE_WORDS
    tokens = words(text, lead, ceiling)[: reach + 2]
    first = 0
    if tokens and tokens[0].group().lower() in CLAUSE_OPENERS | CONJUNCTIONS:
        # "… while Trump refers to", "… and Donald Trump says": another clause and
        # its own cue, unless a comma closes it first: "…, because she would win, he said".
        comma = text.find(",", tokens[0].end(), ceiling)
        if comma < 0:
            first = 1 if tokens[0].group().lower() in CONJUNCTIONS else len(tokens)
        else:
            first = next((index for index, token in enumerate(tokens) if token.start() > comma), len(tokens))
    for index in range(first, min(len(tokens), reach)):
        if not is_cue(tokens, index):
            continue
        if index > 1 and first == 1:
            return NOTHING, -1
        cue = cue_span(text, tokens, index)
        if index and shares_subject(text, tokens, index):
            return Finding(cue, None, "shared"), index
        if index > first and not inverted(tokens, index) and not parenthetical(text, tokens, index, ceiling):
            subject, kind = subject_before(text, tokens[first].start(), cue.start)
        else:
            subject, kind = subject_after(text, cue.end, ceiling)
        reported = max(cue.end, subject.end if subject else 0)
        if CLOSED.search(text, max(0, start - 3), start) and OWN_REPORT.match(text, reported, ceiling) \
                or CLOSED_FLAT.search(text, max(0, start - 3), start) and OWN_OBJECT.match(text, reported, ceiling):
            # "…." Rubio said that …: a quote that ends its sentence leaves the next one to its own report.
            return NOTHING, -1
        return Finding(cue, subject, kind), index
    unlisted = unlisted_cue(text, start, lead, ceiling)
    return (unlisted, 1) if unlisted.cue is not None else (trailing_cue(text, start, ceiling), len(tokens))


def trailing_cue(text: str, start: int, ceiling: int) -> Finding:
    """``is an "articulate conservative" who has won twice, the editorial board writes.``

    An attribution that closes the sentence after a comma covers the quote
    inside it, however far back the quote stands.
    """
    if CLOSED_FLAT.search(text, max(0, start - 3), start) or text[ceiling - 1: ceiling] not in (".", "!", "?"):
        return NOTHING
    comma = text.rfind(",", start, ceiling)
    if comma < 0 or any(mark in QUOTE_MARKS for mark in text[comma:ceiling]):
        return NOTHING
    tokens = words(text, comma + 1, ceiling)
    if not tokens or len(tokens) > TRAILING_WORDS:
        return NOTHING
    for index, token in enumerate(tokens):
        if not is_cue(tokens, index):
            continue
        cue = cue_span(text, tokens, index)
        if not TRAILING_END.match(text, cue.end, ceiling) and index:
            return NOTHING  # the cue has words of its own after it: "…, she said the plan failed."
        if index:
            subject, kind = subject_before(text, tokens[0].start(), cue.start)
        else:
            subject, kind = subject_after(text, cue.end, ceiling)
        return Finding(cue, subject, kind)
    return NOTHING


def unlisted_cue(text: str, start: int, lead: int, ceiling: int) -> Finding:
    """``"…," he surmised.``: a quote that closes on a comma, then a subject and a verb the lexicon lacks.

    A comma, question or exclamation mark just inside the closing mark says
    the sentence goes on to its attribution; the word after the subject is
    then its verb, whatever it is.
    """
    if not HANDS_ON.search(text, max(0, start - 3), start):
        return NOTHING
    subject = mention_at(text, lead, ceiling)
    if subject is not None:
        span, kind = Span(subject.start, subject.end, text[subject.start: subject.end]), "name"
    else:
        found = PRONOUN_AHEAD.match(text, lead, ceiling)
        if found is None:
            return NOTHING
        span, kind = Span(found.start(), found.end(), found.group()), "pronoun"
    verb = VERB_AFTER.match(text, span.end, ceiling)
    if verb is None:
        return NOTHING
    return Finding(Span(verb.start(1), verb.end(1), verb.group(1)), span, kind)


def possessive_cue(text: str, tokens: list[regex.Match]) -> Finding:
    """A speech noun owned by a name or pronoun: ``Haqqani's claims that``, ``in his words``."""
    for index in range(len(tokens) - 1, 0, -1):
        if tokens[index].group().lower() not in SPEECH_NOUNS:
            continue
        owner = tokens[index - 1]
        noun = Span(tokens[index].start(), tokens[index].end(), tokens[index].group())
        if owner.group().lower() in POSSESSIVE_PRONOUNS:
            return Finding(noun, Span(owner.start(), owner.end(), owner.group()), "pronoun")
        if owner.group().endswith(("'s", "’s", "s'", "s’")):
            cut = 2 if owner.group().endswith("s") else 1  # Haqqani's, Sanders'
            mention = name_ending(text, max(0, owner.start() - 60), owner.end() - cut)
            if mention is not None:
                return Finding(noun, Span(mention.start, mention.end, text[mention.start: mention.end]), "name")
    return NOTHING


def find_before(text: str, floor: int, start: int, *, last: bool = True) -> Finding:
    """The cue in the sentence before a quote: ``Name said: "…"``, ``called it "…"``.

    The cue closest to the quote is its own; in a lead-in sentence of its
    own, the first cue is the main verb: ``He says Afghans are answering``.
    """
    tokens = words(text, floor, start)
    for index in (range(len(tokens) - 1, -1, -1) if last else range(len(tokens))):
        if not is_cue(tokens, index, sentence_initial=tokens[0].start() == floor):
            continue
        if index and tokens[index].group().lower() in SPEECH_NOUNS:
            owned = possessive_cue(text, tokens[index - 1: index + 1])
            if owned.cue:
                return owned
        cue = cue_span(text, tokens, index)
        if index and shares_subject(text, tokens, index):
            return Finding(cue, None, "shared")
        if inverted(tokens, index) or parenthetical(text, tokens, index, start):
            subject, kind = None, None
        else:
            subject, kind = subject_before(text, floor, cue.start)
        if subject is None:
            subject, kind = subject_after(text, cue.end, start)
        owned = possessive_cue(text, tokens[index + 1:])
        return owned if owned.cue and names_content(text, owned.cue.end, start) else Finding(cue, subject, kind)
    owned = possessive_cue(text, tokens)
    if owned.cue is None and COLON_END.search(text, max(floor, start - 4), start):
        return colon_lead(text, floor, start)
    return owned


def parenthetical(text: str, tokens: list[regex.Match], index: int, end: int) -> bool:
    """True for a cue between commas that comes before its subject: ``The paradox of Nancy, says Carl Anthony, …``."""
    cue = tokens[index]
    if not index or cue.group().lower() not in INVERTIBLE or text[tokens[index - 1].end(): cue.start()].strip() != ",":
        return False
    return closed_name(text, LEAD.match(text, cue.end(), end).end(), end)


def closed_name(text: str, start: int, end: int) -> bool:
    """True when a name at ``start`` is closed by a comma or the quote: ``, says Carl Anthony, is``.

    A name that runs on into its own verb is the subject of a reported
    clause instead: ``Dean Johnson, a salesman, says Cruz will "…"``.
    """
    mention = mention_at(text, start, end)
    while mention is not None and NAME_CLOSED.match(text, mention.end, end) is None:
        # A title between two names is one subject: "Ohio State University professor Paul Beck".
        title = TITLE_WORDS.match(text, mention.end, end)
        mention = mention_at(text, title.end(), end) if title else None
    return mention is not None


def names_content(text: str, end: int, start: int) -> bool:
    """True when the speech noun ending at ``end`` introduces the quote at ``start`` as its content.

    ``her claim that "…"``, ``Massoud's words: "We will win."`` quote the
    owner; in ``said Obama's words "amount to …"`` the noun is the subject
    of a reported clause, and the quote, which goes on in lower case, says
    something about it.
    """
    if any(mark in QUOTE_MARKS for mark in text[end:start]):
        return False  # the noun's content is the quote before this one
    if CONTENT_OPENS.match(text, end, start):
        return True
    return not text[end:start].strip(" \t\n,:") and text[start + 1: start + 2].isupper()


def colon_lead(text: str, floor: int, start: int) -> Finding:
    """The last name before a colon that opens a quote: the speaker of a quote with no verb."""
    last = None
    for mention in mentions(text, floor, start):
        last = mention
    if last is None or text[last.end: start].strip(" \t\n:") or False:
        return NOTHING
    return Finding(None, Span(last.start, last.end, text[last.start: last.end]), "name")


def find_cue(text: str, quote: Quote, floor: int, ceiling: int, known) -> Finding:
    """The cue that attributes ``quote``, preferring one right after it.

    A participle or a second verb takes the subject of the cue before it in
    the sentence (``Spicer said, adding, "…"``), else the sentence's subject.
    A relative pronoun stands for the name before it.
    """
    finding = closest_cue(text, quote, floor, ceiling)
    if finding.subject_type == "shared":
        # Only a cue just before the participle shares its subject: "Spicer said, adding".
        before = find_before(text, max(floor, finding.cue.start - SHARED_REACH), min(finding.cue.start, quote.start))
        if before.subject is not None and before.subject_type not in ("shared", "phrase"):
            return resolve_relative(text, Finding(finding.cue, before.subject, before.subject_type))
        subject, kind = sentence_subject(text, floor, quote.start, known)
        return Finding(finding.cue, subject, kind)
    return resolve_relative(text, finding)


def resolve_relative(text: str, finding: Finding) -> Finding:
    """A finding whose relative pronoun subject ("who") is tied to the name before it."""
    if finding.subject_type != "relative":
        return finding
    end = finding.subject.start
    while end > 0 and text[end - 1] in " ,\n":
        end -= 1
    name = name_ending(text, max(0, end - 80), end)
    if name is None:
        return Finding(finding.cue, None, None)
    return Finding(finding.cue, finding.subject, "name", Span(name.start, name.end, text[name.start: name.end]))


def closest_cue(text: str, quote: Quote, floor: int, ceiling: int) -> Finding:
    """The cue right after a quote, else the one before it in its sentence, else one further after."""
    after, position = find_after(text, quote.end, ceiling)
    if after.cue is not None and position <= 4:
        return after
    before = find_before(text, floor, quote.start)
    if before.cue is not None:
        return before
    return after


def scene_of(text: str, quotes: tuple[Quote, ...], cast: Cast) -> Scene:
    """Read the cues around every spoken quote of an article."""
    floors, ceilings, paragraphs = bounds(text, quotes)

    def known(mention) -> bool:
        index = cast.mention_index(mention.start)
        return index is None or cast.person_of(index).named

    findings = [
        find_cue(text, quote, floors[index], ceilings[index], known) if quote.kind in SPOKEN else NOTHING
        for index, quote in enumerate(quotes)
    ]
    starts = [quote.start for quote in quotes]
    return Scene(text, quotes, cast, floors, ceilings, paragraphs, findings, [None] * len(quotes), starts)
