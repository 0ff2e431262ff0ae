"""Unnamed source phrases a cue names: ``a spokesman for the Taliban``, "the official", "federal prosecutors".

A phrase is read forward from an inverted cue or back from a cue verb to a
comma, a dash or a clause word; after a relative pronoun it is the phrase
the pronoun stands for ("a former East German spymaster who").  A piece of
clause that a cue word happens to end is no phrase.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import (
    ABBREVIATIONS, CLAUSE_WORDS, DETERMINERS, PRONOUN_SUBJECTS, WORD, Span, words,
)
from quotecheck.cues import NOUN_FORMS, WORDS
from quotecheck.names import mention_at
from quotecheck.namewords import CONTRACTIONS, INDEFINITES


RELATIVES = frozenset("who which".split())
#: A phrase that opens with these is no subject.
PREPOSITIONS = frozenset("""
in on at after before during since until with without about of for from to by as than like
through over under into onto against among between across around behind beyond near
""".split())
#: Words that bring in one of several people, whom a role set beside them describes: "One, a retired teacher, said".
ONE_OF = frozenset({"one", "another"})
#: The role set beside "one" between commas: ", a retired teacher,".
APPOSED_ROLE = regex.compile(r",[ \t]+((?:a|an)[ \t]+\p{Ll}[^,.;:!?()\n\"“”]{1,60}?)(?=,)")
#: Words an unnamed source may open with besides a determiner: "most", "two", "several", "somebody".
SOURCE_OPENERS = DETERMINERS | frozenset("""
one two three four five six seven eight nine ten many most several few both all other more half
dozens hundreds thousands millions
former then senior top chief deputy assistant he she they it
""".split()) | INDEFINITES
#: A figure just before a phrase: "21 percent", "71-year-old"; not a year that ends the sentence
#: before ("in 2019. Critics"), nor digits glued to a word or a mark before them ("Kabul'90s").
NUMBER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’])\d(?:[\d,.]*\d)?[ \t-]*\Z")
#: Verbs that make a phrase read back from a cue a piece of clause: a cue word in the past that is no noun, or
#: an auxiliary ("the groups who wrote to her", "The spokesman refused to answer").
CLAUSE_VERBS = frozenset(word for word in WORDS - NOUN_FORMS if word.endswith("ed")) \
    | frozenset("said told wrote is was are were has have had refused can could will would should may might must"
                .split())
#: A relative pronoun just before a phrase read back: "the groups who wrote to her".
RELATIVE_BEFORE = regex.compile(r"\b(?:who|which)[ \t\n]+\Z")
#: Adverbs that may stand between a subject and its verb: "The director further stated".
ADVERBS = frozenset("also further later then still never already once previously recently again".split())
#: Marks between two words that end a phrase read back: a comma, a dash, a bracket.
PHRASE_BREAKS = regex.compile(r"[,;:()—–]")
#: Prepositions that may go on after a plural that is a source: "critics of the plan", "lawmakers from both parties".
PLURAL_AFTER = frozenset("of from in at for with on across around".split())
#: Words that end the subject phrase reading back from a cue.
#: Adverbs of time that may open a sentence before its subject: "Yesterday the minister said".
TIME_ADVERBS = frozenset("yesterday today tonight earlier later now then meanwhile separately recently".split())
#: The articles: the subject after a sentence's opening phrase of time or place opens with one, and a
#: participle right after one is a noun or its adjective ("the accused", "a noted economist").
ARTICLES = frozenset({"the", "a", "an"})
#: How many words such an opening phrase may have after its preposition: "At the hearing", "By Saturday evening".
OPENING_WORDS = 2
PHRASE_STOPS = frozenset("and but or that which who whom because when while where if as than so".split())
#: A cue right before the quote it names, with at most two words between: " called “", " calls her “".
NAMES_QUOTE = regex.compile(r"[ \t]+\p{L}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+[\"“‘']")
#: A preposition right after a name, which opens a phrase about it: " at its centre".
PREPOSITION_AFTER = regex.compile(r"[ \t]+(?:" + "|".join(sorted(PREPOSITIONS)) + r")[ \t]")
#: Words that open the unnamed phrase a relative pronoun stands for, how many words it may
#: run to and how far back it is read: "a former East German spymaster who".
ANTECEDENT_OPENERS = DETERMINERS | frozenset("""
one two three four five six seven eight nine ten many most several few both all dozens hundreds thousands millions
""".split())
ANTECEDENT_WORDS = 6
ANTECEDENT_REACH = 80
#: How many words a subject phrase read back from its cue runs to; a longer one only from an article or "one" that
#: opens it, as far as LONG_PHRASE_WORDS.
PHRASE_WORDS = 8
LONG_PHRASE_WORDS = 16
LONG_OPENERS = ARTICLES | ONE_OF
#: What may stand before such a subject: a sentence's opening phrase and its comma ("In the square, a woman …"),
#: not a dash or a stop word, which set a phrase inside a clause ("— mentioned as the leading choice for …").
SUBJECT_BREAK = regex.compile(r"[ \t]*,[ \t\n]+")
#: How many words a subject phrase after its cue may run to.
FORWARD_WORDS = 8
#: What ends a subject phrase read forward, within two characters of its last word.
PHRASE_END = regex.compile(r"\s*[,.;:!?—–(]")


def phrase_forward(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """A noun phrase read forward to a comma or clause word: ``the official``, ``a spokesman for X``."""
    last = None
    for index, token in enumerate(tokens[:FORWARD_WORDS]):
        if token.group().lower() in PHRASE_STOPS or token.group().lower() in {"in", "on", "at", "during", "after"}:
            break
        last = token
        if PHRASE_END.match(text[token.end(): token.end() + 2]) \
                and not (text.startswith(".", token.end()) and token.group().lower() in ABBREVIATIONS):
            break  # at a mark, but not an abbreviation's point: "said one of Mr. Massoud's aides"
    if last is None or tokens[0].group().lower() in PREPOSITIONS:
        return None, None
    return source_phrase(text, tokens[0].start(), last.end())


def phrase_back(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """A noun phrase read back from its last word to a comma, a dash or a clause word.

    A piece of clause that ends in a preposition or a clause word ("here to",
    "in 2014 and") is no phrase.
    """
    last = tokens[-1].group().lower()
    if last in PHRASE_STOPS or last in PREPOSITIONS:
        return None, None  # "Abusalha in 2014 and find", "the only contender here to have pledged"
    # "amid what the music press called "creative differences"": the phrase that names a quote stops at "what".
    stops = PHRASE_STOPS | {"what"} if NAMES_QUOTE.match(text, tokens[-1].end()) else PHRASE_STOPS
    first = phrase_start(text, tokens, stops, len(tokens) - PHRASE_WORDS)
    if first == len(tokens) - PHRASE_WORDS and first > 0:
        # Cut at the word limit: a longer subject that a participle or a place goes on ("An elderly man sitting on a
        # sack of rice outside the church said") is read whole from its article, not from a noun inside it.
        longer = phrase_start(text, tokens, stops, len(tokens) - LONG_PHRASE_WORDS)
        if tokens[longer].group().lower() in LONG_OPENERS and (
                longer == 0 or SUBJECT_BREAK.fullmatch(text, tokens[longer - 1].end(), tokens[longer].start())):
            first = longer
    if first == 0:
        first = past_opening(tokens)
    while first < len(tokens) - 1 and tokens[first].group().lower() in TIME_ADVERBS:
        first += 1  # "Yesterday the minister said": when, not who
    if first < len(tokens) - 1 and tokens[first].group().lower() in ("with", "without"):
        first += 1  # "The bill passed, with the minister calling it …": the participle's subject
        named = mention_at(text, tokens[first].start(), tokens[-1].end())
        if named is not None and PREPOSITION_AFTER.match(text, named.end, tokens[-1].end()):
            return Span.of(text, named), "name"  # "with Lisa Curtis at its centre accusing": the name, not its place
    if tokens[first].group().lower() in PHRASE_STOPS or tokens[first].group().lower() in PREPOSITIONS:
        return None, None
    return source_phrase(text, tokens[first].start(), tokens[-1].end())


def phrase_start(text: str, tokens: list[regex.Match], stops: frozenset[str], floor: int) -> int:
    """Where a phrase read back from the last of ``tokens`` starts: at a stop, a break or ``floor``."""
    first = len(tokens) - 1
    while first > max(0, floor) and not stopped(text, tokens, stops, first):
        first -= 1
    return first


def stopped(text: str, tokens: list[regex.Match], stops: frozenset[str], index: int) -> bool:
    """True when the word before ``tokens[index]`` is a stop or a break stands between them."""
    before = tokens[index - 1]
    return before.group().lower() in stops \
        or PHRASE_BREAKS.search(text, before.end(), tokens[index].start()) is not None


def past_opening(tokens: list[regex.Match]) -> int:
    """Where the subject starts after a sentence's opening phrase of time or place with no comma, else 0.

    "On Monday the minister said", "In a statement the council said": the
    subject runs from the last article within reach of the preposition.
    Not after a verb the preposition governs: "In opposing the deposition
    request".
    """
    if len(tokens) < 3 or tokens[0].group().lower() not in PREPOSITIONS or tokens[1].group().endswith("ing"):
        return 0
    return next((index for index in range(min(len(tokens) - 2, OPENING_WORDS + 1), 1, -1)
                 if tokens[index].group() in ARTICLES), 0)


def antecedent_phrase(text: str, end: int) -> Span | None:
    """The unnamed phrase ending at ``end`` that a relative pronoun after it stands for.

    The phrase is read back to its determiner or number ("the Mexican
    president, who said", "a former East German spymaster who wrote", "many
    critics who say"); without one, only a plural noun alone is a source
    ("rebuked critics who say").  A preposition, a clause word or a mark
    between words ends the reading.
    """
    tokens = words(text, max(0, end - ANTECEDENT_REACH), end)
    if not tokens or tokens[-1].end() != end:
        return None
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - ANTECEDENT_WORDS), -1):
        word = tokens[index].group().lower()
        if word in ANTECEDENT_OPENERS:
            return source_phrase(text, tokens[index].start(), end)[0]
        if word in PREPOSITIONS or word in PHRASE_STOPS or index == 0 \
                or not text[tokens[index - 1].end(): tokens[index].start()].isspace():
            break
    last = tokens[-1].group()
    if last.islower() and last.endswith("s") and not last.endswith("ss"):
        return Span(tokens[-1].start(), end, last)
    return None


def source_phrase(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """``text[start:end]`` as an unnamed source if it reads as one: "the official", "federal prosecutors".

    A source opens with a determiner or a capital, holds a name ("pollster
    Frank Luntz"), or is a short plural ("reporters"); the rest is a piece
    of clause that a cue word happened to end ("are in", "has in the past").
    """
    number = NUMBER_BEFORE.search(text, max(0, start - 12), start)
    if number is not None:  # "21 percent", "71-year-old diplomat"
        start = number.start()
    phrase = text[start:end]
    if phrase.lower() in ONE_OF:
        apposed = APPOSED_ROLE.match(text, end)
        if apposed is not None:  # "said one, a retired teacher,": the role set beside "one" is who speaks
            return Span(apposed.start(1), apposed.end(1), apposed.group(1)), "phrase"
    tokens = phrase.split()
    if tokens[0] in CONTRACTIONS:
        return None, None  # "You’ve called them losers": a pronoun, not a source
    if any(clause_verb(tokens, index) for index in range(len(tokens))):
        return clause_source(text, start, end)
    if (number is not None or tokens[0].lower() in SOURCE_OPENERS or any(token[0].isupper() for token in tokens)
            or len(tokens) <= 3 and plural(tokens[-1])
            or len(tokens) <= 6 and plural(tokens[0]) and tokens[1] in PLURAL_AFTER):
        # The last: a plural that a preposition goes on after, "critics of the plan".
        return Span(start, end, phrase), "phrase"
    return None, None


def clause_verb(tokens: list[str], index: int) -> bool:
    """True when ``tokens[index]`` makes a clause, not a participle after the article that opens the phrase."""
    # "the accused said", "a noted economist said": the article makes the participle a noun or its adjective.
    return tokens[index].lower() in CLAUSE_VERBS and not (index == 1 and tokens[0].lower() in ARTICLES)


def plural(word: str) -> bool:
    """True for a word that may be a plural noun: "critics", not "Massoud's" or "press"."""
    return word.endswith("s") and not word.endswith(("'s", "’s", "ss"))


def clause_source(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """The source of a cue whose words read back hold a verb: a piece of clause rather than a phrase.

    After a relative pronoun the source is what the pronoun stands for ("the
    groups who wrote to her on Thursday say"); otherwise it is the clause's
    subject, before its first verb, when a name, a pronoun or a phrase opens
    with it ("The candidate has mocked a reporter, referred to …"; "The
    spokesman refused to answer questions"), else there is none.
    """
    relative = RELATIVE_BEFORE.search(text, max(0, start - 8), start)
    if relative is not None:
        stop = relative.start()
        while stop and text[stop - 1] in " \t\n":
            stop -= 1
        antecedent = antecedent_phrase(text, stop)
        return (antecedent, "phrase") if antecedent is not None else (None, None)
    tokens = list(WORD.finditer(text, start, end))
    texts = [token.group() for token in tokens]
    first = next((index for index in range(len(tokens)) if clause_verb(texts, index)), None)
    if first is None:
        return None, None
    if first + 2 < len(tokens) and tokens[first + 1].group().lower() in CLAUSE_WORDS - RELATIVES:
        # "That is why critics say": the source is the subject of the clause the verb brings in.
        return source_phrase(text, tokens[first + 2].start(), end)
    while first and tokens[first - 1].group().lower() in ADVERBS:
        first -= 1  # "The director further stated"
    if not first:
        return None, None
    head_end = tokens[first - 1].end()
    if tokens[first - 1].group().lower() in PRONOUN_SUBJECTS:  # "Maybe I can, by speaking to them, say"
        return Span(tokens[first - 1].start(), head_end, tokens[first - 1].group()), "pronoun"
    mention = mention_at(text, start, head_end)
    if mention is not None and mention.end == head_end:
        return Span.of(text, mention), "name"
    if tokens[0].group().lower() not in DETERMINERS:
        return None, None
    return source_phrase(text, start, head_end)
