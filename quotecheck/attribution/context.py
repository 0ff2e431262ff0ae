"""The text around a quote that its attribution reads, and the cue found there.

Attribution reads only near a quote: the rest of the sentence before it and
the rest of the sentence after it, within its paragraph and never across
another quote.  Sentence ends are found with the abbreviations of the shipped
Punkt parameters, so "Lt. Gen. Mirza Mohammad Yarmand" and "on Aug. 16" do
not end a sentence.  The cue search follows the forms news writing uses for
direct speech (after Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
Attribution", adapted to news): ``"…," Name said``, ``"…," said Name, a
former minister``, ``Name said: "…"``, ``according to Name``, a possessive
``Name's words``.
"""

from __future__ import annotations

import functools
import importlib.resources
import json

import attrs
import regex

from quotecheck.cues import PHRASE_WORDS, WORDS
from quotecheck.extract import PARAGRAPH_BREAK
from quotecheck.names import mention_at, name_ending as mention_ending

#: How far before and after a quote its cue may be.
REACH = 240
SENTENCE_END = regex.compile(r"[.!?…][\"”’')\]]*(\s+)(?=[\"“‘'(\[]?[\p{Lu}\p{N}])")
WORD = regex.compile(r"\p{L}[\p{L}\p{N}'’.-]*\p{L}|\p{L}")
PRONOUN_SUBJECTS = {"he": "male", "she": "female", "they": "plural", "it": "neuter", "i": "first", "we": "first"}
POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "their": "plural", "its": "neuter", "my": "first", "our": "first"}
#: Words that make a following cue word a noun: "the report", "a call".
DETERMINERS = frozenset("a an the this that these those his her their its our my your another every each some no any".split())
#: Words that may sit between a subject and its cue verb: "he later said", "she has said".
BETWEEN = frozenset("""
also later then again once earlier previously recently often repeatedly first last further later
has had have would will could might may did does do was is were are been be had not never
""".split())
#: Nouns of speech a possessive makes into a cue: "Haqqani's claims", "in Mr. Massoud's words".
SPEECH_NOUNS = frozenset("""
words claim claims remark remarks comment comments statement statements assertion assertions
warning warnings message view views argument arguments response answer reply account
description promise pledge vow line phrase slogan tweet tweets post letter speech testimony
""".split())
#: A cue after these opens a subordinate clause: "when asked", "after citing".
SUBORDINATORS = frozenset("when if once unless until after before while upon without by".split())
RELATIVES = frozenset("who which".split())
CONJUNCTIONS = frozenset("and but or nor then".split())
#: A possessive followed by a name: "The Blaze's Matt Walsh" is about Matt Walsh.
OWNS_NAME = regex.compile(r"['’]s[ \t\n]+\p{Lu}")
AUXILIARIES = frozenset("is are was were be been am".split())
#: Words that open another clause after a quote, whose cue is not the quote's: "while Trump refers".
CLAUSE_OPENERS = frozenset("while whereas although though because since as when if unless until once".split())
#: A phrase that opens with these is no subject.
PREPOSITIONS = frozenset("""
in on at after before during since until with without about of for from to by as than like
through over under into onto against among between across around behind beyond near
""".split())
#: A subordinate clause that opens a sentence, up to its comma: "When Wallace died in 1998, ".
SUBORDINATE_OPENING = regex.compile(
    r"[\"“‘'(]?(?:when|while|whereas|although|though|because|since|as|if|unless|until|once|after|before)\b[^,;:\"“”]*,[ \t\n]*",
    regex.IGNORECASE,
)
#: A preposition shortly before a name makes it no subject: "with the former Vice President".
OBLIQUE = regex.compile(
    r"\b(?:with|of|to|for|about|from|by|as|than|against|at|in|on|toward|towards|into|over|under|after|before|like)"
    r"(?:\s+\p{Ll}+){0,2}\s+\Z",
    regex.IGNORECASE,
)
#: Words an unnamed source may open with besides a determiner: "most", "two", "several".
SOURCE_OPENERS = DETERMINERS | frozenset("""
one two three four five six seven eight nine ten many most several few both all other more half
former then senior top chief deputy assistant he she they it
""".split())
#: A figure just before a phrase: "21 percent", "71-year-old".
NUMBER_BEFORE = regex.compile(r"\d[\d,.]*[ \t-]*\Z")
#: Words that end the subject phrase reading back from a cue.
PHRASE_STOPS = frozenset("and but or that which who whom because when while where if as than so".split())


@attrs.frozen
class Span:
    """A stretch of the document: offsets and its text."""

    start: int
    end: int
    text: str


@attrs.frozen
class Finding:
    """A cue near a quote and the subject it names: a name, a pronoun or a phrase."""

    cue: Span | None
    subject: Span | None
    subject_type: str | None
    #: The name a relative pronoun subject stands for: "said Beck, who said …".
    antecedent: Span | None = None


NOTHING = Finding(None, None, None)


@functools.lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """The abbreviations of the shipped Punkt parameters, lower case, no final point."""
    source = importlib.resources.files("quotecheck") / "data" / "punkt_news.json"
    return frozenset(json.loads(source.read_text(encoding="utf-8"))["abbrev_types"])


def ends_sentence(text: str, match: regex.Match) -> bool:
    """True when the point ``match`` opens with ends a sentence rather than an abbreviation."""
    point = match.start(1)
    while point > 0 and text[point - 1] in "\"”’')]":
        point -= 1
    if text[point - 1] != ".":
        return True
    word_start = point - 1
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start: point - 1].lower()
    return not (len(word) == 1 or word in abbreviations() or "." in word)


def paragraph_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each paragraph of ``text`` starts and ends, found in one pass."""
    starts, ends = [0], []
    for found in PARAGRAPH_BREAK.finditer(text):
        ends.append(found.start())
        starts.append(found.end())
    ends.append(len(text))
    return starts, ends


def sentence_start(text: str, floor: int, offset: int) -> int:
    """Where the sentence holding ``offset`` starts, no earlier than ``floor``."""
    start = max(floor, offset - REACH)
    # The look-ahead for a capital must see past ``offset``.
    for found in SENTENCE_END.finditer(text, start, min(len(text), offset + 2)):
        if found.start(1) < offset and ends_sentence(text, found):
            start = found.end()
    return start


def sentence_starts(text: str, low: int, high: int) -> list[int]:
    """Where the sentences that begin in ``text[low:high]`` start, ``low`` first; one pass."""
    starts = [max(0, low)]
    for found in SENTENCE_END.finditer(text, max(0, low), min(len(text), high + 2)):
        if found.start(1) < high and ends_sentence(text, found):
            starts.append(found.end())
    return starts


def sentence_end(text: str, offset: int, ceiling: int) -> int:
    """Where the sentence running on from ``offset`` ends, no later than ``ceiling``."""
    limit = min(ceiling, offset + REACH)
    for found in SENTENCE_END.finditer(text, offset, min(len(text), limit + 2)):
        if found.start(1) < limit and ends_sentence(text, found):
            return found.start(1)
    return min(ceiling, offset + REACH)


def words(text: str, start: int, end: int) -> list[regex.Match]:
    """The words of ``text[start:end]`` with their offsets."""
    return list(WORD.finditer(text, start, end))


def is_cue(tokens: list[regex.Match], index: int, *, sentence_initial: bool = False) -> bool:
    """True when a verb or phrase cue starts at ``tokens[index]``: no noun, no name, no subordinate clause."""
    token = tokens[index].group()
    word = token.lower()
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    if (word, following) in PHRASE_WORDS:
        return True
    if word not in WORDS or token[0].isupper() and not (sentence_initial and index == 0):
        return False
    previous = tokens[index - 1].group().lower() if index else ""
    return previous not in DETERMINERS and previous not in SUBORDINATORS and previous != "to"


def shares_subject(text: str, tokens: list[regex.Match], index: int) -> bool:
    """True when a cue takes the subject of its clause: ``, calling him``, ``and accused``.

    A participle right after a name has that name for subject instead
    (``with Senator John McCain telling reporters``), unless another
    preposition puts the name out of reach: ``a message on Twitter reading``.
    """
    word = tokens[index].group().lower()
    previous = tokens[index - 1] if index else None
    if previous is not None and previous.group().lower() in CONJUNCTIONS:
        return True
    if not word.endswith("ing") or previous is not None and previous.group() in AUXILIARIES:
        return False  # "is pledging" is the verb of its own clause
    if previous is None or "," in text[previous.end(): tokens[index].start()] or not previous.group()[0].isupper():
        return True
    return not acts(text, max(0, previous.start() - 80), previous.end())


def acts(text: str, floor: int, end: int) -> bool:
    """True when the name ending at ``end`` can be the subject of a participle after it: not behind a preposition but "with"."""
    mention = mention_ending(text, floor, end)
    if mention is None:
        return True
    oblique = OBLIQUE.search(text, max(floor, mention.start - 40), mention.start)
    return oblique is None or oblique.group().split()[0].lower() in ("with", "without")


def inverted(tokens: list[regex.Match], index: int) -> bool:
    """True for a cue whose subject follows it: ``according to the poll``."""
    return tokens[index].group().lower() == "according"


def cue_span(text: str, tokens: list[regex.Match], index: int) -> Span:
    """The span of the cue at ``tokens[index]``, both words for a phrase."""
    word = tokens[index].group().lower()
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    last = tokens[index + 1] if (word, following) in PHRASE_WORDS else tokens[index]
    return Span(tokens[index].start(), last.end(), text[tokens[index].start(): last.end()])


def subject_after(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """The subject that follows an inverted cue: ``said Lt. Gen. Yarmand, a former ...``."""
    while start < end and text[start] in " \t\n":
        start += 1
    mention = mention_at(text, start, end)
    if mention is not None:
        return Span(mention.start, mention.end, text[mention.start: mention.end]), "name"
    tokens = words(text, start, end)
    if not tokens or tokens[0].start() != start:
        return None, None
    first = tokens[0].group().lower()
    if first in PRONOUN_SUBJECTS:
        return Span(tokens[0].start(), tokens[0].end(), tokens[0].group()), "pronoun"
    return phrase_forward(text, tokens)


def phrase_forward(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """A noun phrase read forward to a comma or clause word: ``the official``, ``a spokesman for X``."""
    last = None
    for index, token in enumerate(tokens[:8]):
        if token.group().lower() in PHRASE_STOPS or token.group().lower() in {"in", "on", "at", "during", "after"}:
            break
        last = token
        if regex.match(r"\s*[,.;:!?—–(]", text[token.end(): token.end() + 2]):
            break
    if last is None or tokens[0].group().lower() in PREPOSITIONS:
        return None, None
    return source_phrase(text, tokens[0].start(), last.end())


def subject_before(text: str, floor: int, cue_start: int) -> tuple[Span | None, str | None]:
    """The subject read back from a cue verb: ``Mr. Massoud said``, ``Smith, an aide, said``."""
    tokens = words(text, floor, cue_start)
    while tokens and tokens[-1].group()[0].islower() and (tokens[-1].group() in BETWEEN or tokens[-1].group().endswith("ly")):
        tokens.pop()
    if not tokens:
        return None, None
    end = tokens[-1].end()
    last = tokens[-1].group().lower()
    if last in RELATIVES and len(tokens) > 1:  # "Lisa Curtis, who called it": resolved by the caller
        return Span(tokens[-1].start(), end, tokens[-1].group()), "relative"
    if last in PRONOUN_SUBJECTS:
        return Span(tokens[-1].start(), end, tokens[-1].group()), "pronoun"
    gap = text[end:cue_start]
    if "," in gap or text[end - 1:end] == ",":
        return appositive_subject(text, floor, tokens)
    mention = mention_ending(text, floor, end)
    participle = text[cue_start: cue_start + 12].split(" ", 1)[0].endswith("ing")
    if mention is not None and (participle and acts(text, floor, end) or not OBLIQUE.search(text, max(floor, mention.start - 40), mention.start)):
        # Behind a preposition, "a spokesman for the Taliban", a name is no subject,
        # but "with Senator John McCain telling reporters" it is.
        return Span(mention.start, mention.end, text[mention.start: mention.end]), "name"
    return phrase_back(text, tokens)


def name_ending(text: str, floor: int, end: int) -> tuple[Span | None, str | None]:
    """The name that ends at ``end``, if one does."""
    mention = mention_ending(text, floor, end)
    if mention is None:
        return None, None
    return Span(mention.start, mention.end, text[mention.start: mention.end]), "name"


def appositive_subject(text: str, floor: int, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """The name before an appositive: ``Smith, a senator from Ohio,`` said."""
    for index, token in enumerate(tokens):
        if text[token.end(): token.end() + 1] == ",":
            head = tokens[: index + 1]
            subject = name_ending(text, max(floor, head[0].start()), head[-1].end())
            if subject[0] is not None:
                return subject
            if head[-1].group().lower() in PRONOUN_SUBJECTS:
                return Span(head[-1].start(), head[-1].end(), head[-1].group()), "pronoun"
            return phrase_back(text, head)
    return phrase_back(text, tokens)


def phrase_back(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """A noun phrase read back from its last word to a comma or clause word."""
    first = len(tokens) - 1
    while first > 0 and len(tokens) - first < 8:
        before = tokens[first - 1]
        if before.group().lower() in PHRASE_STOPS or "," in text[before.end(): tokens[first].start()]:
            break
        first -= 1
    if tokens[first].group().lower() in PHRASE_STOPS or tokens[first].group().lower() in PREPOSITIONS:
        return None, None
    return source_phrase(text, tokens[first].start(), tokens[-1].end())


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
    tokens = phrase.split()
    if (number is not None or tokens[0].lower() in SOURCE_OPENERS or any(token[0].isupper() for token in tokens)
            or len(tokens) <= 3 and tokens[-1].endswith("s") and not tokens[-1].endswith(("'s", "’s"))):
        return Span(start, end, phrase), "phrase"
    return None, None


def sentence_subject(text: str, floor: int, end: int, known=lambda mention: True) -> tuple[Span | None, str | None]:
    """The first name or subject pronoun of a sentence that is no prepositional object.

    A name that owns the next word (``The Blaze's Matt Walsh``) is passed
    over, and so is one ``known`` does not take for a name, such as a
    sentence's first word ("Amid", "Weighing").  A sentence that opens with a
    subordinate clause has its subject after the clause's comma: "When Wallace
    died, Clinton said"; the clause is read only when nothing follows it.
    """
    opening = SUBORDINATE_OPENING.match(text, floor, end)
    if opening is not None:
        found = first_subject(text, opening.end(), end, known)
        if found[0] is not None:
            return found
    return first_subject(text, floor, end, known)


def first_subject(text: str, floor: int, end: int, known) -> tuple[Span | None, str | None]:
    """The first name or subject pronoun of ``text[floor:end]`` that is no prepositional object."""
    for token in WORD.finditer(text, floor, end):
        word = token.group()
        if word.lower() in PRONOUN_SUBJECTS and word.lower() not in ("i", "we", "it"):
            return Span(token.start(), token.end(), word), "pronoun"
        if not word[0].isupper():
            continue
        mention = mention_at(text, token.start(), end)
        if mention is None or not known(mention) or OWNS_NAME.match(text, mention.end):
            continue
        if not OBLIQUE.search(text, max(floor, mention.start - 40), mention.start):
            return Span(mention.start, mention.end, text[mention.start: mention.end]), "name"
    return None, None


APPOSITIVE = regex.compile(
    r",[ \t\n]+((?:a|an|the|former|then|now|one|his|her|its|their|chief|senior|deputy)\b[^,;:()\"“”„«»‚\n]*)"
)
QUOTE_OPENERS = frozenset("\"“”„«»‚")
#: Words a description cut short by a title may be left ending on.
DANGLING = frozenset({"of", "for", "to", "in", "on", "at", "by", "with", "titled", "called", "the", "a", "an"})
#: Where a description cut short by a title in quotes ("author of “The …”) is cut back to.
RELATIVE_CLAUSE = regex.compile(r"\s+(?:who|which|whose|that)\s")


def appositive(text: str, end: int) -> str | None:
    """The description that follows a name: ``, a former deputy minister in the Interior Ministry``."""
    found = APPOSITIVE.match(text, end, min(len(text), end + 200))
    if found is None:
        return None
    stop = sentence_end(text, found.start(1), found.end(1))
    description = text[found.start(1): stop].rstrip(" .")
    interrupted = not text[found.start(1): stop].rstrip().endswith((".", "!", "?"))
    if interrupted and stop == found.end(1) and text[stop: stop + 1] in QUOTE_OPENERS:
        clause = RELATIVE_CLAUSE.search(description)
        description = description[: clause.start()] if clause else description
        words = description.split()
        while len(words) > 1 and words[-1].lower() in DANGLING:
            words.pop()
        description = " ".join(words)
    return " ".join(description.split()) or None
