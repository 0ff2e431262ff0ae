"""The name or phrase a relative pronoun subject stands for: ``said Beck, who said``, ``critics who say``.

The antecedent is the name right before the pronoun ("Rep. Gary Lindqvist of
Texas, who said": the one from the place); else the name or phrase before a
phrase set after it, a participle's ("in a report published on Monday,
which said", "Ann Cole, speaking on Monday, who said") or a preposition's
between commas ("Ann Cole, of the Green party, who said"); else the name
before an appositive set between commas ("McConnell, now the Senate majority
leader, who said"); else the unnamed phrase before it ("the Mexican
president, who said"), with the pronoun as its mention.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import CLAUSE_WORDS, CONJUNCTIONS, DETERMINERS, TIMES, Finding, Span, words
from quotecheck.attribution.phrases import PREPOSITIONS, antecedent_phrase
from quotecheck.names import name_ending

#: How far back a relative pronoun looks past an appositive for its name.
APPOSITIVE_REACH = 60
#: What joins a name to the place it comes from: "Rep. Gary Lindqvist of Texas".
HOME_BEFORE = regex.compile(r"[ \t]+(?:of|from)[ \t]+\Z")
#: How an appositive opens: "now the Senate majority leader", "a former aide".
APPOSITIVE_OPENS = regex.compile(
    r"[ \t\n]*(?:(?:now|then|also|once|still|former)[ \t\n]+)?(?:a|an|the|his|her|its|their)[ \t\n]", regex.IGNORECASE,
)
#: Words that open a participle phrase besides those that end in "-ing" or "-ed": "written by", "put out on".
IRREGULAR_PARTICIPLES = frozenset("written given made held sent seen shown taken drawn brought put".split())
#: The words that may follow a participle that opens a phrase set after a noun: a preposition or a time
#: ("published on Monday", "released last week").
MODIFIER_FOLLOWERS = PREPOSITIONS - {"by"} | TIMES | frozenset("last this next earlier".split())
#: Prepositions before a place, which a name at the end of such a phrase may be: "speaking in Kabul".
PLACES = frozenset("in at on near across outside inside around throughout".split())
#: The endings of an owner before a word, which make it a noun: "the council's briefing".
OWNED = ("'s", "’s", "s'", "s’")
#: Marks that end a phrase set after a noun, read back.
MARKS = regex.compile(r"[,;:()\[\]—–\"“”]")
#: How many words a phrase set after a noun may run to, and how far back it is read.
MODIFIER_WORDS = 8
MODIFIER_REACH = 80
#: The word before a phrase, within its clause.
WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t\n]+\Z")


def resolve_relative(text: str, finding: Finding) -> Finding:
    """A finding whose relative pronoun subject ("who") is tied to the name or phrase before it."""
    if finding.subject_type != "relative":
        return finding
    end = finding.subject.start
    while end > 0 and text[end - 1] in " ,\n—–-":
        end -= 1
    enclosed = text[end: finding.subject.start].strip() == ","
    found = named(text, end)
    # A place ends the phrase as often as a person: "Ann Cole, speaking to reporters in Kabul, who said".
    placed = found is not None and word_before(text, found[0].start) in PLACES
    head = modified_end(text, end) if (found is None or placed) and enclosed else None
    if head is not None:
        # "Ann Cole, speaking on Monday, who said", "in a report published on Monday, which said": past the
        # phrase set after the antecedent.  Without a comma before it, only past an object's: a clause's subject
        # has its verb there instead ("The council voted for the resolution, which said").
        before = named(text, head) or unnamed(text, head)
        if before is not None and ("," in text[head: head + 2] or object_at(text, before[0].start)):
            found = before
        elif not placed:
            found = None
    if found is None and enclosed:
        # "McConnell, now the Senate majority leader, who said": past an appositive to its name.
        comma = text.rfind(",", max(0, end - APPOSITIVE_REACH), end)
        if comma > 0 and APPOSITIVE_OPENS.match(text, comma + 1, end):
            found = named(text, comma)
    if found is None:
        # "the Mexican president, who said", "critics who say": an unnamed source, with the
        # relative pronoun as its mention.
        found = unnamed(text, end)
    if found is None:
        return Finding(finding.cue, None, None)
    antecedent, kind = found
    return Finding(finding.cue, finding.subject, kind, antecedent)


def named(text: str, end: int) -> tuple[Span, str] | None:
    """The name that ends at ``end``; of "Rep. Gary Lindqvist of Texas", the one from the place, not the place."""
    name = name_ending(text, max(0, end - 80), end)
    if name is None:
        return None
    of = HOME_BEFORE.search(text, max(0, name.start - 12), name.start)
    holder = name_ending(text, max(0, of.start() - 80), of.start()) if of else None
    return Span.of(text, holder or name), "name"


def unnamed(text: str, end: int) -> tuple[Span, str] | None:
    """The unnamed phrase that ends at ``end``, or the name it is set beside: "Braynard, a South Carolina native"."""
    phrase = antecedent_phrase(text, end)
    if phrase is None:
        return None
    comma = phrase.start - 1
    while comma > 0 and text[comma] in " \t":
        comma -= 1
    if comma > 0 and text[comma] == ",":
        found = named(text, comma)
        if found is not None:
            return found
    return phrase, "phrase"


def modified_end(text: str, end: int) -> int | None:
    """Where the noun ends that a phrase ending at ``end`` is set after, if one is.

    The phrase is a participle and the words after it, which a preposition
    other than "by" or a time opens ("published on Monday", "posted on the
    council's website", ", speaking to reporters"), or a prepositional
    phrase between commas ("Ann Cole, of the Green party,").  A mark inside
    the phrase, or a participle that a determiner makes a noun ("a hearing
    on Monday"), ends the reading.  After "by" comes the doer, whom a
    relative pronoun means: "remarks made by a campaign surrogate who said".
    """
    tokens = words(text, max(0, end - MODIFIER_REACH), end)
    if not tokens or tokens[-1].end() != end:
        return None
    for index in range(len(tokens) - 1, max(0, len(tokens) - MODIFIER_WORDS) - 1, -1):
        if index == 0:
            return None
        word, previous = tokens[index].group(), tokens[index - 1].group().lower()
        gap = text[tokens[index - 1].end(): tokens[index].start()]
        following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        if participle(word) and following in MODIFIER_FOLLOWERS \
                and previous not in DETERMINERS and previous not in PREPOSITIONS and not previous.endswith(OWNED):
            return tokens[index - 1].end()
        if gap.strip() == "," and word in PREPOSITIONS:
            return tokens[index - 1].end()
        if MARKS.search(gap):
            return None
    return None


def object_at(text: str, start: int) -> bool:
    """True when the word before ``start`` makes what starts there an object: a preposition or a verb.

    Not a clause's subject, which nothing, a conjunction or a clause word opens.
    """
    word = word_before(text, start)
    return word.islower() and word not in CONJUNCTIONS and word not in CLAUSE_WORDS and word != "that"


def word_before(text: str, start: int) -> str:
    """The word just before ``start``, with only space between; "" if there is none."""
    before = WORD_BEFORE.search(text, max(0, start - 20), start)
    return before.group(1) if before is not None else ""


def participle(word: str) -> bool:
    """True for a word that may open a participle phrase: "speaking", "published", "written"."""
    return word.islower() and (word.endswith(("ing", "ed")) or word in IRREGULAR_PARTICIPLES)
