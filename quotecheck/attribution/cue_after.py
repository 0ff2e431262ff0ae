"""The cue after a quote: ``"…," Mr. Massoud said``, ``"…" ― Karen Bobadilla``.

Read from the end of the quote to the end of its sentence: a cue within a
few words, with its subject before or after it; a credit after a dash; a
verb the lexicon lacks after a subject (perhaps "an angry Hollande") when the
quote closes on a comma; an attribution that closes the sentence after a
comma; or one set off by commas inside it.  A quote that ends its own
sentence does not take a cue that opens a report of its own.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import (
    CLAUSE_OPENERS, CONJUNCTIONS, DETERMINERS, LEAD, NAME_CLOSED, NOTHING, QUOTE_MARKS, Finding, Span, cue_span,
    inverted, is_cue, parenthetical, shares_subject, words,
)
from quotecheck.attribution.subject_after import subject_after
from quotecheck.attribution.subject_before import subject_before
from quotecheck.cues import CUE_STARTS
from quotecheck.names import MENTION, mention_at

#: Words that open a clause of its own after a quote.
OPENERS = CLAUSE_OPENERS | CONJUNCTIONS
#: The marks a quote closes with, and the points just inside them that ``closes_on`` tells apart: English,
#: German („…“, ‚…‘) and guillemets either way round, perhaps with a space inside them (« Nous restons. »).
CLOSING_MARKS = "\"”’'“‘»«›‹"
INSIDE_CLOSING = CLOSING_MARKS + " \u00a0\u202f"
#: A quote whose last mark follows a comma: its sentence goes on.
COMMA_CLOSED = ","
#: A quote whose last mark follows a comma, question or exclamation mark, or a dash that cuts the speaker off.
HANDS_ON = ",?!—–"
PRONOUN_AHEAD = regex.compile(r"(?:he|she|they)\b")
#: One lower-case verb after the subject, ending the clause: "he surmised." / "she quipped," / "she began,".
#: Past tenses that are neither regular nor cues of the lexicon are written out.
VERB_AFTER = regex.compile(
    r"[ \t\n]+(\p{Ll}+(?:ed|s)|began|spoke|swore|sang|wept)"
    r"(?=[ \t\n]*[.,;:]|[ \t\n]+(?:in|on|at|to|during|after|of)\b)"
)
#: An article and a word or two of description before a name: "an angry Hollande", "a defiant Mr. Massoud".
DESCRIBED = regex.compile(r"(?:an?|the)[ \t\n]+(?:\p{Ll}[\p{Ll}-]*[ \t\n]+){1,2}(?=\p{Lu})")
#: A verb the lexicon lacks before its subject, in the past or the present: "…!" beamed Donald Hartley, "…," agrees
#: Lisa Curtis.
VERB_BEFORE = regex.compile(r"(\p{Ll}+(?:ed|s))[ \t\n]+(?=\p{Lu})")
#: A dash that credits a quote to a name: "…" ― Name.
DASH = regex.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*")
#: A credit on a line of its own after a quote that ends its paragraph: "…"\n\n- Bernie Sanders, "-- Ahmad Massoud".
CREDIT_LINE = regex.compile(
    r"[ \t\u00a0]*\r?\n(?:[ \t\u00a0]*\r?\n)?[ \t\u00a0]*(?:--|[-―—–])[ \t\u00a0]*(?=\p{Lu})"
)
#: The marks either pattern starts a credit with.
DASHES = frozenset("-―—–")
#: The cues a credit gives: one of those dashes, or two hyphens.
CREDIT_MARKS = DASHES | {"--"}
#: What may follow the credited name on its line: a full stop, or a comma and a description, or the handle and
#: date of an embedded post: "— Lisa Curtis (@lcurtis) May 3, 2026".
CREDIT_END = regex.compile(r"[ \t\u00a0]*(?:[.,;].*|\(@[\w.]+\).*)?\Z")
#: A credit line that names a writing and whose it is: "— Statement from the ministry", "-- Letter by Lisa Curtis".
CREDITED_WRITING = regex.compile(
    r"(?:(?:a|an|the|joint)[ \t]+)*(?:statement|letter|post|message|note|e-?mail|tweet|press release)[ \t]+"
    r"(?:from|by)[ \t]+([^,;:]+?)[ \t.]*(?:[,;].*)?\Z",
    regex.IGNORECASE,
)
#: How many words after a quote its cue may come: ``"…," the former senator from Ohio said``.
AFTER_WORDS = 12
APPOSITIVE_WORDS = 14
#: How many words the subject of ``as … said`` may run to: "as the former secretary of state put it".
AS_WORDS = 6
#: A quote that ends its sentence inside its marks: a question or exclamation may still run on to "he asked".
CLOSED = ".!?…"
CLOSED_FLAT = ".…"
#: A cue that opens a report of its own: "that …", or a colon or comma before the next quote.
OWN_REPORT = regex.compile(r"[ \t\n]*(?:that\b|[,:][ \t\n]*\Z)")
#: The same, after words that place the cue: "wrote in the auction description that …".
PLACED_REPORT = regex.compile(r"[ \t\n]+(?:in|on|at|to|during|with)\b[^,;:\"“”]*?[ \t\n]that\b")
#: A cue followed by its own object or clause ("said the plan …", "stated his intention"), not by an
#: adverbial ("said in a statement.", "said again").
OWN_OBJECT = regex.compile(
    r"[ \t\n]*(?!(?:in|on|at|to|of|during|as|with|about|after|before|from|for|by|when|while|according"
    r"|again|back|later|today|yesterday|tonight|then|afterward|\p{Ll}+ly)\b)[\p{L}]"
)
#: How many words an attribution that closes a sentence may have: ", the editorial board writes."
TRAILING_WORDS = 8
#: How many words a cue set off by commas may run to, its subject included: ", the senator said,".
SET_OFF_WORDS = 4
#: How far after a quote such a cue may stand.
SET_OFF_REACH = 240
#: What may follow a closing cue: the full stop, or a day or a place ("said Monday.", "said in a statement.").
TRAILING_END = regex.compile(
    r"(?:[ \t\n]+(?:on|in|at|to|during|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|recently|later)\b[^,;:]*)?[.!?]\Z"
)


def closes_on(text: str, end: int, points: str) -> bool:
    """True when the quote ending at ``end`` has one of ``points`` just inside its last marks: ``,"``, ``.”’``.

    Read in the last four characters of the quote, as a string test: a
    pattern search costs far more than the test itself.
    """
    tail = text[max(0, end - 4): end]
    if not tail or tail[-1] not in CLOSING_MARKS:
        return False
    inside = tail.rstrip(INSIDE_CLOSING)
    return bool(inside) and inside[-1] in points


def dash_credit(text: str, start: int) -> Finding:
    """``"…" ― Karen Bobadilla``: a dash after a quote (or opening the next line), then a name that ends its line.

    On a line of its own the credit may be two hyphens (``-- Ahmad
    Massoud``), the name may have an embedded post's handle and date after
    it (``— Lisa Curtis (@lcurtis) May 3, 2026``), and a writing may be
    credited to its author, a name or an unnamed source (``— Statement from
    the ministry``).  Blockquotes set without marks end in such lines.
    """
    if DASHES.isdisjoint(text[start: start + 12]):
        return NOTHING  # most quotes, told apart without the patterns
    dash = DASH.match(text, start, min(len(text), start + 8)) \
        or CREDIT_LINE.match(text, start, min(len(text), start + 12))
    if dash is None:
        return NOTHING
    line_end = text.find("\n", dash.end())
    line_end = len(text) if line_end < 0 else line_end
    if dash.re is CREDIT_LINE and not QUOTE_MARKS.isdisjoint(text[dash.end(): line_end]):
        return NOTHING  # "— Ahmad Massoud, in a message: “Hold the line.”": a line that leads in its own quote
    mark = dash.group().strip()
    at = dash.start() + dash.group().index(mark)
    cue = Span(at, at + len(mark), mark)
    name = mention_at(text, dash.end(), line_end)
    if name is not None and CREDIT_END.match(text, name.end, line_end):
        return Finding(cue, Span.of(text, name), "name")
    writing = CREDITED_WRITING.match(text, dash.end(), line_end) if dash.re is CREDIT_LINE else None
    if writing is None:
        return NOTHING
    # The writing's author: a name that is all of it, else a phrase for an unnamed source ("the ministry").
    author = Span(writing.start(1), writing.end(1), writing.group(1))
    named = mention_at(text, author.start, author.end)
    return Finding(cue, author, "name" if named is not None and named.end == author.end else "phrase")


def find_after(text: str, start: int, ceiling: int) -> tuple[Finding, int]:
    """The cue after a quote and how many words into the sentence it comes."""
    credit = dash_credit(text, start)
    if credit.subject is not None:
        return credit, 0
    lead = LEAD.match(text, start, ceiling).end()
    reach = AFTER_WORDS
    if closes_on(text, start, COMMA_CLOSED) or comma_after_name(text, lead, ceiling):
        # "…," Valdez Anderson, who works at a company in Sacramento, said; a quote that closes
        # on a comma runs on to its cue however far: "…," in sharp contrast to …, says Dante Scala.
        reach += APPOSITIVE_WORDS
    tokens = words(text, lead, ceiling, most=reach + 2)
    first = 0
    if tokens and tokens[0].group().lower() == "as":
        credited = as_credit(text, tokens)
        if credited.cue is not None:
            return credited, 1
    if tokens and tokens[0].group().lower() in OPENERS:
        # "… while Trump refers to", "… and Donald Trump says": another clause and
        # its own cue, unless a comma closes it first: "…, because she would win, he said".
        comma = text.find(",", tokens[0].end(), ceiling)
        if comma < 0:
            first = 1 if tokens[0].group().lower() in CONJUNCTIONS else len(tokens)
        else:
            first = next((index for index, token in enumerate(tokens) if token.start() > comma), len(tokens))
    for index in range(first, min(len(tokens), reach)):
        # Most words start no cue: told by a look-up before ``is_cue`` reads their neighbours.
        if tokens[index].group().lower() not in CUE_STARTS or not is_cue(tokens, index):
            continue
        if index > 1 and first == 1 or new_clause(text, tokens, first, index):
            return NOTHING, -1
        cue = cue_span(text, tokens, index)
        if index and shares_subject(text, tokens, index) or index == first and participle_first(tokens, index):
            return Finding(cue, None, "shared"), index
        if index > first and not inverted(tokens, index) and not parenthetical(text, tokens, index, ceiling):
            subject, kind = subject_before(text, tokens[first].start(), cue.start, tokens[first:index])
        else:
            subject, kind = subject_after(text, cue.end, ceiling)
        reported = max(cue.end, subject.end if subject else 0)
        if closes_on(text, start, CLOSED) and OWN_REPORT.match(text, reported, ceiling) \
                or closes_on(text, start, CLOSED_FLAT) and (
                    OWN_OBJECT.match(text, reported, ceiling) or PLACED_REPORT.match(text, reported, ceiling)):
            # "…." Rubio said that …: a quote that ends its sentence leaves the next one to its own report.
            return NOTHING, -1
        return Finding(cue, subject, kind), index
    unlisted = unlisted_cue(text, start, lead, ceiling)
    if unlisted.cue is not None:
        return unlisted, 1
    trailing = trailing_cue(text, start, ceiling)
    return (trailing if trailing.cue is not None else set_off_cue(text, start, ceiling)), len(tokens)


def as_credit(text: str, tokens: list[regex.Match]) -> Finding:
    """``"…," as Cruz said on Monday``, ``as he put it``: "as", a subject and a cue credit the quote before.

    The subject must follow "as" at once and the cue within a few words;
    "as soon as he said" or "as the campaign heats up" is a clause of its own.
    """
    for index in range(2, min(len(tokens), AS_WORDS + 2)):
        if not is_cue(tokens, index):
            continue
        cue = cue_span(text, tokens, index)
        subject, kind = subject_before(text, tokens[1].start(), cue.start, tokens[1:index])
        if subject is None or any(token.end() <= subject.start and token.group().lower() not in DETERMINERS
                                  for token in tokens[1:index]):
            return NOTHING  # something stands between "as" and the subject: "as soon as Trump said"
        return Finding(cue, subject, kind)
    return NOTHING


def participle_first(tokens: list[regex.Match], index: int) -> bool:
    """True for a participle right after a quote: ``"…," telling Fox 35``: the name after it is its object."""
    word = tokens[index].group()
    return word.endswith("ing") and word.islower() and not inverted(tokens, index)


def comma_after_name(text: str, start: int, end: int) -> bool:
    """True when a name at ``start`` is followed by a comma: ``Valdez Anderson, who works …``."""
    named = MENTION.match(text, start, end)
    return named is not None and text.startswith(",", named.end())


def new_clause(text: str, tokens: list[regex.Match], first: int, index: int) -> bool:
    """True when ", and" or ", but" and a subject of its own come before the cue.

    ``"…," for instance, and Trump vowed``: the cue belongs to another clause.
    """
    for at in range(first + 1, index - 1):
        joined = text[tokens[at - 1].end(): tokens[at].start()].strip() == ","
        if joined and tokens[at].group().lower() in ("and", "but"):
            return True
    return False


def trailing_cue(text: str, start: int, ceiling: int) -> Finding:
    """``is an "articulate conservative" who has won twice, the editorial board writes.``

    An attribution that closes the sentence after a comma covers the quote
    inside it, however far back the quote stands.
    """
    if closes_on(text, start, CLOSED_FLAT) or text[ceiling - 1: ceiling] not in (".", "!", "?"):
        return NOTHING
    comma = text.rfind(",", start, ceiling)
    if comma < 0 or not QUOTE_MARKS.isdisjoint(text[comma:ceiling]):
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
            subject, kind = subject_before(text, tokens[0].start(), cue.start, tokens[:index])
        else:
            subject, kind = subject_after(text, cue.end, ceiling)
        return Finding(cue, subject, kind)
    # No cue after the last comma: perhaps a description of the subject of one before it.
    return described_credit(text, start, comma) if tokens[0].group() in ("a", "an", "the") else NOTHING


def set_off_cue(text: str, start: int, ceiling: int) -> Finding:
    """``"A big truck" plowed through the barriers, he said, and "everyone ran."``: a cue set off by commas.

    A subject and its cue between two commas inside the sentence, with no
    other quote before them, attribute the words before them.
    """
    ceiling = min(ceiling, start + SET_OFF_REACH)
    comma = text.find(",", start, ceiling)
    if comma < 0 or not QUOTE_MARKS.isdisjoint(text[start:comma]):
        return NOTHING
    while True:
        following = text.find(",", comma + 1, ceiling)
        if following < 0 or not QUOTE_MARKS.isdisjoint(text[comma:following]):
            return NOTHING
        tokens = words(text, comma + 1, following, most=SET_OFF_WORDS + 1)
        if 1 < len(tokens) <= SET_OFF_WORDS and is_cue(tokens, len(tokens) - 1):
            cue = cue_span(text, tokens, len(tokens) - 1)
            subject, kind = subject_before(text, tokens[0].start(), cue.start, tokens[:-1])
            if subject is not None and kind in ("name", "pronoun"):
                return Finding(cue, subject, kind)
        comma = following


def described_credit(text: str, start: int, comma: int) -> Finding:
    """``…, said Brad Bannon, a Democratic pollster.``: an inverted cue and its subject before a description.

    The clause before the description's comma must be the cue and the name
    alone, so that the sentence closes on its attribution.
    """
    previous = text.rfind(",", start, comma)
    if previous < 0 or not QUOTE_MARKS.isdisjoint(text[previous:comma]):
        return NOTHING
    tokens = words(text, previous + 1, comma)
    if not tokens or len(tokens) > TRAILING_WORDS or not is_cue(tokens, 0):
        return NOTHING
    cue = cue_span(text, tokens, 0)
    subject, kind = subject_after(text, cue.end, comma)
    if subject is None or text[subject.end: comma].strip():
        return NOTHING
    return Finding(cue, subject, kind)


def unlisted_cue(text: str, start: int, lead: int, ceiling: int) -> Finding:
    """A verb the lexicon lacks and its subject: ``"…," he surmised.``, ``"…," agrees Lisa Curtis.``

    A comma, question or exclamation mark just inside the closing mark, or a
    dash that cuts the words off (``"Don't—" she began``), says the sentence
    goes on to its attribution; the word after the subject is then its verb,
    whatever it is.
    """
    if not closes_on(text, start, HANDS_ON):
        return NOTHING
    verb = VERB_BEFORE.match(text, lead, ceiling)
    if verb is not None:  # "…!" beamed Donald Hartley.
        subject = mention_at(text, verb.end(), ceiling)
        if subject is not None and NAME_CLOSED.match(text, subject.end, min(len(text), ceiling + 1)):
            return Finding(Span(verb.start(1), verb.end(1), verb.group(1)),
                           Span.of(text, subject), "name")
    described = DESCRIBED.match(text, lead, ceiling)
    subject = mention_at(text, described.end() if described else lead, ceiling)
    if subject is not None:
        span, kind = Span.of(text, subject), "name"
    else:
        found = PRONOUN_AHEAD.match(text, lead, ceiling)
        if found is None:
            return NOTHING
        span, kind = Span(found.start(), found.end(), found.group()), "pronoun"
    verb = VERB_AFTER.match(text, span.end, ceiling)
    if verb is None:
        return NOTHING
    return Finding(Span(verb.start(1), verb.end(1), verb.group(1)), span, kind)
