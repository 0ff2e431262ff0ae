"""The subject read back from a cue verb: ``Mr. Massoud said``, ``Smith, an aide, said``.

The subject is a name, a pronoun, a relative pronoun for the name before it
(``Beck, who said``), or an unnamed source phrase (``a spokesman for the
Taliban said``).  Words that may stand between a subject and its cue ("he
later said", "Trump on Monday said") are passed over.  A name behind a
preposition is no subject, nor is a piece of clause that a cue word happens
to end.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import (
    CONTRACTED_SUBJECT, DETERMINERS, PRONOUN_SUBJECTS, TIMES, Span, acts, behind_preposition, preposition_before, words,
)
from quotecheck.attribution.phrases import PREPOSITIONS, RELATIVES, phrase_back
from quotecheck.attribution.subjects import ASIDE, BETWEEN, COMMA_AFTER, name_beside, opening_phrase, past_dateline
from quotecheck.attribution.writings import DOCUMENTS
from quotecheck.names import name_ending as mention_ending
from quotecheck.namewords import NOT_NAMES


#: A short phrase of time or place between a subject and its cue: "on Monday", "in a statement", "last week".
ADVERBIAL_OPENERS = frozenset("in on at during since after before over".split())
TIME_OPENERS = frozenset("last this next earlier".split())
TIME_NOUNS = frozenset("week month year weekend morning afternoon evening night".split())
#: A year alone between a preposition and the cue, which no word of a phrase's words holds: "The panel in 2014 said".
YEAR = regex.compile(r"\s+(?:1[89]|20)\d\d\s+")
#: The most words such a phrase runs to, its preposition included.
ADVERBIAL_WORDS = 5
#: An aside in brackets (ASIDE) between a subject and its cue.
TRAILING_ASIDE = regex.compile(rf"{ASIDE},?[ \t\u00a0]*\Z")
#: "As" opening a clause right before a name, which makes the name the clause's subject, not an
#: object: "As Cornyn put it:", "…," as Cruz said on Monday; not "such as" or "known as".
AS_CLAUSE = regex.compile(r"(?:[,;:(\"“”—–]|\b(?:and|but|just|so))[ \t\n]*[Aa]s[ \t\n]+\Z")
#: Prepositions that are conjunctions too, opening a clause when a verb follows the name after them.
#: ("until" would be one, but no reading here takes it for a preposition before a name.)
CONJUNCTIONS = frozenset("after before since".split())
#: Words that join a person to the body they belong to: "Jeffrey Lewis of the James Martin Center".
AFFILIATIONS = frozenset("of from at with".split())
#: A possessive's ending and the space after it, before the name of what it owns.
POSSESSIVE = ("'s ", "’s ")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
#: Marks that close a quotation, after the comma that ends its words.
QUOTE_CLOSERS = ('"', "”", "’", "»")


def subject_before(
    text: str, floor: int, cue_start: int, tokens: list[regex.Match] | None = None,
) -> tuple[Span | None, str | None]:
    """The subject read back from a cue verb: ``Mr. Massoud said``, ``Smith, an aide, said``.

    ``tokens`` are the words of ``text[floor:cue_start]`` when the caller has
    already read them: the words before the cue among its own.
    """
    if floor == 0 or text[floor - 1] == "\n":
        # "KABUL, Afghanistan — Ahmad Massoud, 34, said": a wire dateline opens no subject's appositive.
        start = past_dateline(text, floor, cue_start)
        if start != floor:
            floor, tokens = start, None
    aside = TRAILING_ASIDE.search(text, floor, cue_start)
    if aside is not None:
        # "Sen. Elizabeth Warren (D-Mass.) said": the party and state are no name.
        cue_start, tokens = aside.start(), None
    read = words(text, floor, cue_start) if tokens is None else tokens
    tokens = list(read)
    pop_between(tokens)
    if aside is None and len(tokens) < len(read):
        # "Sen. Ted Cruz (Tex.) has said": the aside stands before the words passed over.
        aside = TRAILING_ASIDE.search(text, floor, read[len(tokens)].start())
        if aside is not None:
            tokens = words(text, floor, aside.start())
            pop_between(tokens)
    if drop_adverbial(text, floor, tokens, cue_start):
        pop_between(tokens)
    if not tokens:
        return None, None
    end = tokens[-1].end()
    last = tokens[-1].group().lower()
    if "," in text[end:cue_start] and len(tokens) > 1 and (last in RELATIVES or last in PRONOUN_SUBJECTS):
        # "Lisa Curtis, asked what she made of it, said": a pronoun the comma parts from its cue ends an aside,
        # and the subject stands before it.
        return appositive_subject(text, floor, tokens)
    if last in RELATIVES and len(tokens) > 1:  # "Lisa Curtis, who called it": resolved by the caller
        return Span(tokens[-1].start(), end, tokens[-1].group()), "relative"
    if last in PRONOUN_SUBJECTS:
        return Span(tokens[-1].start(), end, tokens[-1].group()), "pronoun"
    contracted = CONTRACTED_SUBJECT.fullmatch(tokens[-1].group())
    if contracted is not None:  # "she's said", "he'd told": the pronoun, without its auxiliary
        return Span(tokens[-1].start(), tokens[-1].start() + contracted.end(1), contracted.group(1)), "pronoun"
    gap = text[end:cue_start]
    if "," in gap or text[end - 1:end] == ",":
        return appositive_subject(text, floor, tokens)
    mention = mention_ending(text, floor, end)
    participle = text[cue_start: cue_start + 12].split(" ", 1)[0].endswith("ing")
    if mention is not None and (participle and acts(text, floor, end) or not governed(text, floor, mention.start)
                                or not participle and opens_clause(text, floor, mention, cue_start)):
        # Behind a preposition, "a spokesman for the Taliban", a name is no subject,
        # but "with Senator John McCain telling reporters" and "after Donald Trump told" it is.
        return Span.of(text, mention), "name"
    if mention is not None:
        affiliated = affiliation_head(text, floor, tokens)
        if affiliated[0] is not None:
            return affiliated
    found = phrase_back(text, tokens)
    if participle and found[1] == "phrase":
        # "The union released a statement on Friday calling the offer …": a participle's subject is the
        # sentence's, which ends at its verb.
        opening = opening_phrase(text, floor, cue_start)
        if opening is not None and opening.start == found[0].start and opening.end < found[0].end:
            return opening, "phrase"
    if found[0] is None and not RELATIVES.isdisjoint(token.group() for token in tokens) \
            and any(COMMA_AFTER.match(text, token.end()) for token in tokens[:-1]):
        # "Nate Silver, the polling guru who founded the site tweeted": an appositive whose closing comma is missing.
        named = appositive_subject(text, floor, tokens)
        if named[1] == "name":
            return named
    return found


def affiliation_head(text: str, floor: int, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """The name before the body it belongs to: ``Jeffrey Lewis of the James Martin Center … wrote``.

    Only a person's name counts, of two words or with an honorific: not a
    capitalised word that may be a plural ("Officials in Kabul said", "the
    Association of Flight Attendants").
    """
    for index in range(1, len(tokens)):
        if tokens[index].group() in AFFILIATIONS:
            mention = mention_ending(text, floor, tokens[index - 1].end())
            if mention is None or len(mention.words) < 2 and not mention.honorific \
                    or behind_preposition(text, floor, mention.start):
                return None, None
            return Span.of(text, mention), "name"
    return None, None


def pop_between(tokens: list[regex.Match]) -> None:
    """Drop the words that may stand between a subject and its cue from the end of ``tokens``."""
    while tokens and tokens[-1].group()[0].islower() \
            and (tokens[-1].group() in BETWEEN or tokens[-1].group().endswith("ly") and not noun_after(tokens)):
        tokens.pop()


def noun_after(tokens: list[regex.Match]) -> bool:
    """True when the last of ``tokens`` follows a determiner or a possessive, which makes a word in "-ly" a noun.

    "His family said", "Tom Fane's family said", "the assembly voted": no adverb, as "later" in "Fane later said".
    """
    if len(tokens) < 2:
        return False
    before = tokens[-2].group()
    if before.lower() in DETERMINERS:
        return True
    # Not a pronoun's contraction: "She's actually said", "That's really".
    return before.endswith(POSSESSIVE_ENDINGS) and before[:-2].capitalize() not in NOT_NAMES


def drop_adverbial(text: str, floor: int, tokens: list[regex.Match], end: int) -> bool:
    """Drop a short phrase of time or place that ends ``tokens`` after a subject: "Trump on Monday", "who has in 2010".

    The phrase goes only when what stands before it is a name, a pronoun
    or a relative pronoun; after a noun it may belong to an unnamed source
    ("officials in Kabul").  True when something was dropped.
    """
    ago = ago_phrase(tokens)
    for index in range(len(tokens) - 1, max(0, len(tokens) - ADVERBIAL_WORDS) - 1, -1):
        word = tokens[index].group()
        if "," in text[tokens[index].end(): tokens[-1].end()]:
            return False
        of_time = word in TIME_OPENERS and index + 1 < len(tokens) and tokens[index + 1].group() in TIME_NOUNS
        if not of_time and word not in ADVERBIAL_OPENERS and index != ago:
            continue
        if word in CONJUNCTIONS and mention_ending(text, floor, tokens[-1].end()) is not None:
            return False  # "left Kabul after Ahmad Massoud told": a clause with its subject, no time
        # An auxiliary or adverb may stand between the subject and the phrase: "who has in the past".
        subject = index - 1
        while subject > 0 and tokens[subject].group() in BETWEEN:
            subject -= 1
        if index == 0 or "," in text[tokens[subject].end(): tokens[index].start()]:
            return False
        before = tokens[subject].group()
        # A time goes after any subject ("The minister on Tuesday insisted"); a place may be the phrase's own.
        timed = (of_time or any(token.group().lower() in TIMES for token in tokens[index + 1:])
                 or index == len(tokens) - 1 and YEAR.fullmatch(text, tokens[index].end(), end) is not None) \
            and preposition_before(text, floor, tokens[subject].start()) in (None, "of")
        if timed or before.lower() in RELATIVES or before.lower() in PRONOUN_SUBJECTS \
                or before[0].isupper() and named_before(text, floor, tokens[subject].end()):
            del tokens[index:]
            return True
        return False
    return False


def ago_phrase(tokens: list[regex.Match]) -> int | None:
    """Where a phrase of time that ends ``tokens`` with "ago" starts: "less than two weeks ago", "a year ago"."""
    if len(tokens) < 3 or tokens[-1].group() != "ago":
        return None
    index = len(tokens) - 2
    while index > 0 and len(tokens) - index < ADVERBIAL_WORDS and tokens[index - 1].group()[0].islower():
        index -= 1
    return index


def governed(text: str, floor: int, start: int) -> bool:
    """True when a preposition makes the name at ``start`` no subject: not "as" opening a clause ("As Cornyn put it").

    A name after a possessive that an affiliation governs is governed too: "Ann Cole of London's Finch Bank".
    """
    if text.startswith(POSSESSIVE, start - 3):
        owner = mention_ending(text, floor, start - 3)
        if owner is not None and preposition_before(text, floor, owner.start) in AFFILIATIONS:
            return True
    return behind_preposition(text, floor, start) and not as_clause(text, floor, start)


def opens_clause(text: str, floor: int, mention, cue_start: int) -> bool:
    """True when a preposition that is a conjunction too opens a clause of the name and its verb: "after Trump told"."""
    return not text[mention.end: cue_start].strip() and preposition_before(text, floor, mention.start) in CONJUNCTIONS


def as_clause(text: str, floor: int, start: int) -> bool:
    """True when "as" opens a clause right before the name at ``start``: "As Cornyn put it", "…," as Cruz said."""
    before = text[max(floor, start - 12): start]
    if before.lstrip() in ("As ", "as ") and start - 12 < floor:
        return True  # the clause opens the sentence
    return AS_CLAUSE.search(before) is not None


def named_before(text: str, floor: int, end: int) -> bool:
    """True when a name that could be a subject ends at ``end``.

    Not one behind a preposition, nor a lone capitalised word opening the
    sentence, which may be a plural ("Officials in Kabul said").
    """
    mention = mention_ending(text, floor, end)
    if mention is None or behind_preposition(text, floor, mention.start):
        return False
    return len(mention.words) > 1 or bool(mention.honorific) or bool(text[floor: mention.start].strip())


def name_ending(text: str, floor: int, end: int) -> tuple[Span | None, str | None]:
    """The name that ends at ``end``, if one does."""
    mention = mention_ending(text, floor, end)
    if mention is None:
        return None, None
    return Span.of(text, mention), "name"


def appositive_subject(text: str, floor: int, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """The name before an appositive: ``Smith, a senator from Ohio,`` said.

    An opening phrase whose name is behind a preposition is passed over:
    ``Tuesday in Berea, Ohio, Gov. John Kasich said``.
    """
    start = 0
    for index, token in enumerate(tokens):
        comma = COMMA_AFTER.match(text, token.end())
        if comma and text.startswith(QUOTE_CLOSERS, comma.end()):
            start = index + 1  # the comma that closes a quotation: "…, the reports are wrong," a spokeswoman, …
            continue
        if comma:
            head = tokens[start: index + 1]
            subject = name_ending(text, max(floor, head[0].start()), head[-1].end())
            if subject[0] is not None and governed(text, floor, subject[0].start):
                if names_document(head):  # the document speaks for the name behind its preposition
                    return phrase_back(text, head)
                start = index + 1
                continue
            if subject[0] is not None:
                return subject
            if head[-1].group().lower() in PRONOUN_SUBJECTS:
                return Span(head[-1].start(), head[-1].end(), head[-1].group()), "pronoun"
            # "her senior policy adviser, Jake Sullivan, said": the name the description is set beside.
            named = name_beside(text, token.end(), len(text))
            if named[0] is None:
                named = name_after_descriptions(text, tokens[index + 1:])
            return named if named[0] is not None else phrase_back(text, head)
    return phrase_back(text, tokens)


def names_document(tokens: list[regex.Match]) -> bool:
    """True when ``tokens`` name a document: "A statement from Lisa Curtis", set off before an aside (", read by …,").

    Not a phrase that opens with a preposition: "In a letter from Kabul, Lisa Curtis, the envoy, wrote".
    """
    return tokens[0].group().lower() not in PREPOSITIONS and any(token.group().lower() in DOCUMENTS for token in tokens)


def name_after_descriptions(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """The name that ends a chain of descriptions set beside a subject, just before its cue.

    "the rebels' leader, the veteran MP for Wrexley East, Sir Colin Pettifer,
    said": ``tokens`` are the words after the first comma; each description
    opens in lower case, and the name closes with the comma before the cue.
    """
    opens = True
    for index, token in enumerate(tokens[:-1]):
        if opens and not token.group()[0].islower():
            return None, None
        opens = COMMA_AFTER.match(text, token.end()) is not None
        if opens:
            named = name_beside(text, token.end(), len(text))
            if named[0] is not None and named[0].end == tokens[-1].end():
                return named
    return None, None
