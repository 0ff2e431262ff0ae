"""The cue before a quote in its sentence: ``Mr. Martinon said: "…"``, ``called it "…"``.

The cue closest to the quote is its own, or in a lead-in sentence of its own
the first, the main verb.  A speech noun owned by a name makes the owner
the source (``Haqqani's claims that "…"``), and a colon after a name credits
the quote to it (``Republican pollster Daron Shaw: "…"``).  A passive cue
speaks for its agent (``was asked by Bill Maher``), never for its subject:
``his aides were told, "…"`` names no speaker; nor does a cry that greets
someone: ``took the stage to chants of "…"``.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import (
    DETERMINERS, INVERTIBLE, IRREGULAR_PAST, NOTHING, POSSESSIVE_PRONOUNS, QUOTE_MARKS, SPEECH_NOUNS, Finding, Span,
    cue_span, inverted, is_cue, parenthetical, preposition_before, shares_subject, words,
)
from quotecheck.attribution.subject_after import agent, passive, subject_after
from quotecheck.attribution.subject_before import subject_before
from quotecheck.attribution.writings import author_before, author_read
from quotecheck.cues import CUE_STARTS
from quotecheck.names import mentions, name_ending
from quotecheck.quotes import words_start

#: Words that join a clause of its own after a comma: "…, and the crowd began".
JOINERS = frozenset({"and", "but"})
#: What may stand between the verb of such a clause and its quote: a few words of its object, "the caustic chant",
#: with no comma or stop.
OBJECT_BEFORE = regex.compile(r"[^,.;:!?()\n]{0,40}")
#: Words that make the quote after a speech noun its content: "her claim that", "his remark of".
CONTENT_OPENS = regex.compile(r"[ \t\n]*(?:that|of)\b")
#: What follows a subject set after its verb: punctuation, or the quote itself.
CLOSED_AFTER = regex.compile(r"\s*(?:[,.;:(]|\Z)")
#: What may stand between a passive cue and the quote it governs: "were told, "…"", "was labeled a "…"".
PASSIVE_OBJECT = regex.compile(r"\s*[,:]?\s*(?:as\s+)?(?:(?:a|an|the)\s+)?\Z")
#: A crowd's cry that greets someone, right before the quote: "took the stage to chants of "…"", "was met with
#: cries of "…"".  No one named gives it: the one greeted is who hears it.  But "The crowd responded with chants
#: of" or "greeted him with cries of": the subject cries.
GREETED_WITH = regex.compile(
    r"\b(?:to|amid|among|over|despite|under|(?:greeted|met|welcomed|received|interrupted|out)[ \t\n]+(?:with|by))"
    r"[ \t\n]+(?:\p{Ll}+[ \t\n]+){0,2}?"
    r"((?:chant|cry|crie|shout|call|cheer|jeer|roar|scream|boo|whoop|refrain|chorus(?:e)?)s?)[ \t\n]+of[ \t\n]*\Z"
)
#: How far before the quote such a greeting is looked for.
GREETED_REACH = 48
#: Words of order that may stand between an owner and a speech noun: "his last words", "her first reply".
ORDER_WORDS = frozenset("first last final only opening closing parting dying".split())
#: A lead-in that ends in a colon: ``Republican pollster Daron Shaw: "…"``.
COLON_END = regex.compile(r":\s*\Z")


def possessive_cue(text: str, tokens: list[regex.Match]) -> Finding:
    """A speech noun owned by a name or pronoun: ``Haqqani's claims that``, ``in his words``."""
    for index in range(len(tokens) - 1, 0, -1):
        if tokens[index].group().lower() not in SPEECH_NOUNS:
            continue
        owner = tokens[index - 1]
        if owner.group().lower() in ORDER_WORDS and index > 1:
            owner = tokens[index - 2]
        noun = Span(tokens[index].start(), tokens[index].end(), tokens[index].group())
        if owner.group().lower() in POSSESSIVE_PRONOUNS:
            return Finding(noun, Span(owner.start(), owner.end(), owner.group()), "pronoun")
        # Haqqani's; Sanders' (a word ends on a letter, so the mark of "Sanders'" follows the token).
        plural = owner.group().endswith("s") and text[owner.end(): owner.end() + 1] in ("'", "’")
        if owner.group().endswith(("'s", "’s")) or plural:
            mention = name_ending(text, max(0, owner.start() - 60), owner.end() - (0 if plural else 2))
            if mention is not None:
                return Finding(noun, Span.of(text, mention), "name")
    return NOTHING


def joined_clause(text: str, tokens: list[regex.Match], start: int) -> Finding | None:
    """The subject and verb of a clause joined by ", and" between a cue and its quote, which the quote is in.

    "Lisa Curtis said the plan was dead, and the crowd began the chant "…"":
    the chant is the crowd's, not Lisa Curtis's.  The clause must have a
    subject and a verb in the past ("began", "reprised") whose object the
    quote is, a few words on; None when no such clause stands between.
    """
    for index in range(1, len(tokens) - 1):
        joiner = tokens[index]
        if joiner.group() not in JOINERS or "," not in text[tokens[index - 1].end(): joiner.start()]:
            continue
        for at in range(index + 2, len(tokens)):
            word = tokens[at].group()
            if word.lower() in IRREGULAR_PAST or word.islower() and word.endswith("ed") \
                    and tokens[at - 1].group().lower() not in DETERMINERS:
                if not OBJECT_BEFORE.fullmatch(text, tokens[at].end(), start):
                    return None  # "talking with Japanese, and South Korean officials about the threat posed by …"
                subject, kind = subject_before(text, tokens[index + 1].start(), tokens[at].start())
                if subject is None or kind not in ("name", "pronoun", "phrase"):
                    return None
                return Finding(Span(tokens[at].start(), tokens[at].end(), word), subject, kind)
        return None
    return None


def find_before(text: str, floor: int, start: int, *, last: bool = True) -> Finding:
    """The cue in the sentence before a quote: ``Name said: "…"``, ``called it "…"``.

    The cue closest to the quote is its own; in a lead-in sentence of its
    own, the first cue is the main verb: ``He says Afghans are answering``.
    """
    tokens = words(text, floor, start)
    initial = bool(tokens) and tokens[0].start() == floor
    spoken_to = None
    for index in (range(len(tokens) - 1, -1, -1) if last else range(len(tokens))):
        # Most words start no cue: told by a look-up before ``is_cue`` reads their neighbours.
        if tokens[index].group().lower() not in CUE_STARTS or not is_cue(tokens, index, sentence_initial=initial):
            continue
        if index and tokens[index].group().lower() in SPEECH_NOUNS:
            owned = possessive_cue(text, tokens[index - 1: index + 1])
            if owned.cue and names_content(text, owned.cue.end, start):
                return owned
            if owned.cue:
                continue  # "called Clinton's remarks on 9/11 a "new low"": the cue before speaks
        cue = cue_span(text, tokens, index)
        if index and passive(tokens, index):
            # "Sanders was asked by host Bill Maher, "…"": the agent speaks.  Without one, a cue
            # before it may report the clause ("Carson wrote that he'd been named …"); if none
            # does, no one named speaks ("his salespersons were told, "…"").
            subject, kind = agent(text, cue.end, start)
            if subject is not None:
                # "The statement from Lisa Curtis was read by her lawyer": the writer speaks, not the reader.
                author = author_before(text, floor, cue.start) if reads(tokens[index]) else None
                return Finding(cue, subject, kind) if author is None else Finding(cue, author, "name")
            if spoken_to is None and PASSIVE_OBJECT.match(text, cue.end, start):
                spoken_to = Finding(cue, None, "passive")
            continue
        if index and shares_subject(text, tokens, index):
            return Finding(cue, None, "shared")
        if inverted(tokens, index) or parenthetical(text, tokens, index, start):
            subject, kind = subject_after(text, cue.end, start)
        else:
            subject, kind = subject_before(text, floor, cue.start, tokens[:index])
            author = author_read(text, cue.end, start) if reads(tokens[index]) else None
            if author is not None:  # "Tom read a letter from his wife, Lisa Curtis": she speaks
                subject, kind = author, "name"
            if subject is None and tokens[index].group().lower() in INVERTIBLE:
                # "Said Massoud: "…"": only a verb of saying puts its subject after it;
                # after another the name is its object ("described Trump as "…""),
                # and a name with a verb of its own opens a reported clause ("said Trump had").
                subject, kind = subject_after(text, cue.end, start)
                if subject is not None and not CLOSED_AFTER.match(text, subject.end, start):
                    subject, kind = None, None
        owned = possessive_cue(text, tokens[index + 1:])
        if owned.cue and names_content(text, owned.cue.end, start):
            return owned
        joined = joined_clause(text, tokens[index + 1:], start)
        return joined if joined is not None else Finding(cue, subject, kind)
    if spoken_to is not None:
        return spoken_to
    owned = possessive_cue(text, tokens)
    if owned.cue is None and COLON_END.search(text, max(floor, start - 4), start):
        return colon_lead(text, floor, start)
    return owned


def greeting(text: str, floor: int, start: int) -> Finding | None:
    """The crowd's cry a quote is, with no one named to give it: ``took the stage to chants of "…"``; else None."""
    greeted = GREETED_WITH.search(text, max(floor, start - GREETED_REACH), start)
    if greeted is None:
        return None
    return Finding(Span(greeted.start(1), greeted.end(1), greeted.group(1)), None, "passive")


def reads(token: regex.Match) -> bool:
    """True for the cue "read", whose words may be another's: a letter, a statement or a poem read out."""
    return token.group().lower() in ("read", "reads")


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
    opening = words_start(text, start)
    return not text[end:start].strip(" \t\n,:") and text[opening: opening + 1].isupper()


def colon_lead(text: str, floor: int, start: int) -> Finding:
    """The last name before a colon that opens a quote: the speaker of a quote with no verb.

    A name behind a preposition other than "from" or "by" is whom the words
    are for, not who says them: ``delivered a blunt message to Trump: "…"``,
    but ``More from Blumenthal: "…"``.
    """
    last = None
    for mention in mentions(text, floor, start):
        last = mention
    if last is None or text[last.end: start].strip().rstrip(":").strip() \
            or preposition_before(text, floor, last.start) not in (None, "from", "by"):
        return NOTHING
    return Finding(None, Span.of(text, last), "name")
