"""Name mentions: runs of capitalised words, with honorifics and particles.

A mention is a run of capitalised name words, with any honorifics or role
words before it ("Lt. Gen. Mirza Mohammad Yarmand", "Senate Majority Leader
Mitch McConnell", "Mr. Massoud") and name particles inside it ("Charles de
Gaulle").  One compiled pattern finds the runs; a run breaks where a word
ends a sentence ("… said Massoud. Lisa Curtis …") or is a possessive, and
capitalised words that only open a sentence ("The", "Later") are dropped.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Iterator, NamedTuple, Sequence

import regex

from quotecheck.namewords import (
    CALLINGS, HONORIFICS, NAME_POINTS, NEWSPAPER_WORDS, NOT_NAMES, NOT_PLAIN, OFFICE_WORDS, ON_SUNDAY,
    ORGANISATION_WORDS, PARTICLES, PARTICLE_ENDS, PARTY_BODY_WORDS, PARTY_LETTERS, PARTY_MEMBERS, PEOPLE, PLACE_HEADS,
    PLACE_OPENERS, POSSESSIVE, POSTNOMINALS, ROLES, RUN_MARKS, STATES, SURNAME_TITLES, SURNAME_WORDS, WEEKDAYS,
)
from quotecheck.roster import given_name_gender

#: Space inside a name: a line break, but never a paragraph break.  The spaces after the line break are
#: apart from those before it, so that a long run of spaces splits only one way.
GAP = r"(?:[ \t\xa0]+(?:(?:\r\n?|\n)[ \t\xa0]*)?|\r?\n[ \t\xa0]*)"
#: A capitalised word, an acronym such as U.S., with a point only when a name goes on after it.
WORD = rf"\p{{Lu}}(?:\.\p{{Lu}})*[\p{{L}}'’-]*(?:\.(?={GAP}\p{{Lu}}))?"
PARTICLE_PATTERN = "(?:" + "|".join(sorted(PARTICLES)) + ")"
#: A nickname in double quotes between a given name and a surname: the "Tig" of John "Tig" Tiegen.
NICKNAME = rf"[\"“]\p{{Lu}}[\p{{L}}'’-]*[\"”]{GAP}{WORD}"
#: The nouns of bodies whose names go on after "of", "for" or "on": "the University of Chicago", "the Center for
#: American Progress", "the Council on Foreign Relations".
BODY_HEADS = {
    "of": """University College School Academy Institute Department Ministry Office Bureau Bank Federation
    Council Committee Commission Conference Association Society League Union Chamber Church Court Board
    Agency Corporation Organization Organisation Foundation Fund Museum Hospital Center Centre Coalition
    Alliance Congress House Party Confederation Order Friends Sisters Brotherhood Chief Chiefs""",
    "for": """Center Centre Institute Committee Campaign Coalition Alliance Foundation Fund Council Commission
    Department Office Ministry Agency Network Project Society Association Partnership Union""",
    "on": "Council Committee Commission Conference Center Centre " + " ".join(ON_SUNDAY),
}
#: The lower-case words such a name may hold, none of which may end it, and the ampersand of a firm's name.
JOIN_WORDS = frozenset({*BODY_HEADS, "the", "&"})
#: "of" may go on once more after one or two words that such a join brought in: "the United Nations Office for
#: the Coordination of Humanitarian Affairs".
JOINED_BEFORE = (
    rf"\b(?:{'|'.join(sorted({head for heads in BODY_HEADS.values() for head in heads.split()}))}){GAP}(?:of|for|on)"
    rf"(?:{GAP}the)?(?:{GAP}\p{{Lu}}[\p{{L}}'’-]*){{1,2}}"
)
#: How such a name goes on: the word, "the" if any, and a capitalised word ("of the Interior").
BODY_JOIN = (
    "(?:" + "|".join(
        rf"{join}(?<=(?:\b(?:{'|'.join(sorted(set(heads.split())))})" + (f"|{JOINED_BEFORE}" if join == "of" else "")
        + rf"){GAP}{join})" for join, heads in BODY_HEADS.items()
    ) + rf")(?:{GAP}the)?{GAP}(?={WORD})"
)
# After a gap a word is tried before a particle and a word, a nickname and a body's "of" last: the same
# matches, found faster.  A word after "anti-" or "pro-" is no name: "his anti-Muslim remarks".
MENTION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]|\b(?:anti|pro|non|ex)-){WORD}"
    rf"(?:{GAP}(?:{WORD}|(?:{PARTICLE_PATTERN}{GAP}){{1,2}}{WORD}|{NICKNAME}|{BODY_JOIN}{WORD}))*"
)
#: The party-state tag after a member of Congress, which names no one: the "R-Ohio" of "Sen. Omar Massoud (R-Ohio)",
#: "D-N.Y.", "R-TX".
PARTY_TAG = regex.compile(
    rf"([{''.join(PARTY_LETTERS)}])[ \t]?[-–—][ \t]?("
    + "|".join(regex.escape(state) for state in sorted(STATES, key=len, reverse=True)) + r")(?![\p{L}])"
)
#: The dashes between a tag's party and its state.
TAG_DASHES = frozenset("-–—")
#: The marks that open such a nickname, which is no word of the name.
NICKNAME_MARKS = ('"', "“")
#: The nickname itself, read inside a mention: the Tig of John "Tig" Tiegen.
NICKNAME_WORD = regex.compile(r"[\"“](\p{Lu}[\p{L}'’-]*)[\"”]")
#: What joins a name to the rest of a body's name after it: "&" in a firm's ("Marks & Spencer"), "and" in a
#: body's, after a list of single words or none ("Food and Drug", "Environment, Food and Rural Affairs").
BODY_LINK = regex.compile(rf"{GAP}&{GAP}(?=\p{{Lu}})|(?:,{GAP}\p{{Lu}}[\p{{L}}'’-]*)*,?{GAP}and{GAP}(?=\p{{Lu}})")
#: How such a link opens, looked for first: most names go on with none.
LINK_OPENS = (" ", ",", "\n")
#: The nouns that head a body's own name: a name after "and" with one names another body ("the University of
#: Chicago and Harvard University").
BODY_NOUNS = frozenset(word for heads in BODY_HEADS.values() for word in heads.split())
#: What may follow the space after a name in a link: "&", "and", or more space.
LINK_SECONDS = frozenset({"&", "a", " ", "\t", "\n", "\r", "\xa0"})
#: How far after a name and its comma the "and" of a body's name is looked for: "Environment, Food and".
LIST_REACH = 60
#: The most words a body's name goes on with after "and": "Rural Affairs", "Human Services".
AFTER_AND = 3
#: Short forms of months, written without a point, that are given names as well: "Jan Curtis".
GIVEN_MONTHS = frozenset({"Jan", "Jun"})
PARTICLE_HEAD = regex.compile(rf"(?:{PARTICLE_PATTERN}{GAP}){{1,2}}(?=\p{{Lu}})")


class Mention(NamedTuple):
    """A name in the text: its span, the honorifics before it and its name words.

    A named tuple, as immutable as a frozen attrs record: an article makes a
    mention of every name it gives, and one of these costs about half as much
    to build.
    """

    start: int
    end: int
    honorific: str
    words: tuple[str, ...]

    @property
    def name(self) -> str:
        """The name words joined, without honorifics."""
        return " ".join(self.words)


#: Builds a mention from the tuple of its four fields.  Calling ``Mention`` runs the Python ``__new__`` a named
#: tuple is given, which costs more than the tuple it builds; the mentions of every article are built here.
build_mention = functools.partial(tuple.__new__, Mention)


def initial(word: str) -> bool:
    """True for an initial, a capital letter and a point: "J."."""
    # Two string tests and a category lookup: a pattern's fullmatch costs ten times as much,
    # and a name is asked about word after word.
    return len(word) == 2 and word[1] == "." and unicodedata.category(word[0]) == "Lu"


def particle_before(source: str, base: int) -> tuple[int, str] | None:
    """The name particles just before ``base`` on the same line or the one above: the "de" of "de Gaulle".

    Two may stand together, as one: the "de la" of "de la Cruz", the "van der" of "van der Berg".
    """
    found = one_particle_before(source, base)
    if found is None:
        return None
    more = one_particle_before(source, found[0])
    if more is None:
        return found
    return more[0], source[more[0]: found[0]] + found[1]


def one_particle_before(source: str, base: int) -> tuple[int, str] | None:
    """One name particle just before ``base`` on the same line or the one above."""
    gap_start = base
    while gap_start > 0 and source[gap_start - 1] in " \t\r\n":
        gap_start -= 1
    # Most words before a name cannot end a particle: reject those on their last two letters.
    if gap_start == base or source[gap_start - 2: gap_start] not in PARTICLE_ENDS \
            or source.count("\n", gap_start, base) > 1:
        return None
    word_start = gap_start
    while word_start > 0 and source[word_start - 1].isalpha():
        word_start -= 1
    word = source[word_start: gap_start]
    if word not in PARTICLES or word_start > 0 and (source[word_start - 1].isalnum() or source[word_start - 1] in "'’"):
        return None
    return word_start, word


def runs(match: regex.Match) -> Iterator[list[tuple[int, str]]]:
    """The words of a match as (offset, word) runs, broken after a sentence end or a possessive."""
    text, base, source = match.group(), match.start(), match.string
    run: list[tuple[int, str]] = []
    particle = particle_before(source, base)
    if particle is not None:
        at = particle[0]
        for word in particle[1].split():  # "de Gaulle", "de la Cruz": each particle a word of the name
            at = source.index(word, at)
            run.append((at, word))
            at += len(word)
    position = 0
    for word in text.split():
        position = text.index(word, position)
        offset = base + position
        position += len(word)
        if word[-1] not in "s'’.\"”":  # most words: nothing to strip, no run to end
            run.append((offset, word))
        elif word.startswith(NICKNAME_MARKS):
            continue  # John “Tig” Tiegen is John Tiegen
        elif word.endswith(POSSESSIVE):
            run.append((offset, word[:-2]))
            yield run
            run = []
        elif word.endswith(("'", "’")):  # players' or a closing single mark
            run.append((offset, word[:-1]))
            yield run
            run = []
        elif word.endswith(".") and not (word in HONORIFICS or word in NAME_POINTS or "." in word[:-1]
                                         or initial(word)):
            run.append((offset, word[:-1]))
            yield run
            run = []
        else:
            run.append((offset, word))
    if run:
        yield run


def mention_of(tokens: list[tuple[int, str]]) -> Mention | None:
    """The mention a run of words makes, or None when it holds no name."""
    while tokens and tokens[0][1].rstrip(".") in NOT_NAMES and not (
            (tokens[0][1] in HONORIFICS or initial(tokens[0][1])) and len(tokens) > 1
            or opens_name([word for _, word in tokens[:2]], 0)):
        tokens = tokens[1:]
    last_role = -1
    for index in range(len(tokens) - 1):
        word = tokens[index][1]
        # A title, but not a word of a body's name: "the Office of the Director of National Intelligence".
        if (word in HONORIFICS or word in ROLES) and (index == 0 or word not in SURNAME_TITLES
                                                      and tokens[index - 1][1] not in JOIN_WORDS):
            last_role = index
    if len(tokens) - last_role > 3:  # a given name with a word before and a surname after it
        last_role += described(tuple(word for _, word in tokens[last_role + 1:]))
    honorific = " ".join([word for _, word in tokens[: last_role + 1]]) if last_role >= 0 else ""
    words = [word for _, word in tokens[last_role + 1:]]
    if not words or words[0] in PARTICLES and len(words) == 1:
        return None
    for cut, word in enumerate(words):
        # After a name word or an honorific, a surname that is also a common word stays in
        # the name ("Theresa May", "Edward Said"); other such words end it ("Massoud Says").
        inside = cut > 0 or bool(honorific)
        if word.rstrip(".") in NOT_NAMES and not (inside and word in SURNAME_WORDS) and not (
                initial(word) and len(words) > 1) and not opens_name(words, cut):
            if cut == 0:
                return None
            words = words[:cut]
            break
    while words[-1] in JOIN_WORDS:
        words.pop()  # "the Committee on Monday": a day is no part of a body's name
    if not honorific and len(words) == 1 and (len(words[0]) < 2 or words[0] in HONORIFICS or words[0] in ROLES
                                              or words[0] in PEOPLE):
        return None
    if (words[-1] in HONORIFICS or words[-1] in ROLES) and all(word in OFFICE_WORDS for word in words[:-1]) \
            and all(word in OFFICE_WORDS for word, in zip(honorific.split())):
        return None  # "the Prime Minister", "the Home Secretary", "a Tory MP": an office, whoever holds it
    end = tokens[last_role + len(words)]
    # After a given name and a surname only: "the Hull MP" is an office's, not a person named Hull.
    while len(words) > 2 and words[-1] in POSTNOMINALS:
        words.pop()  # the mention still spans them, as it does an honorific before the name
    first = tokens[0][0] if honorific else tokens[last_role + 1][0]
    return build_mention((first, end[0] + len(end[1]), honorific, tuple(words)))


def opens_name(words: Sequence[str], index: int) -> bool:
    """True for a word of NOT_NAMES that is a word of the name ``words`` it stands in at ``index``.

    "New" before another word opens a place's name ("New York"), and a
    month's short form with no point that is a given name too opens a
    person's ("Jan Curtis", where a date has "Jan." or a figure); a day is
    a word of a paper's name before its word for a paper ("The Sunday
    Times") or after the "on" of one ("The Mail on Sunday").
    """
    word, following = words[index], words[index + 1] if index + 1 < len(words) else ""
    if word in PLACE_HEADS or word in GIVEN_MONTHS:
        return bool(following)
    return word in WEEKDAYS and following in NEWSPAPER_WORDS \
        or word == "Sunday" and index == 2 and words[1] == "on" and words[0] in ON_SUNDAY


def described(words: tuple[str, ...]) -> int:
    """How many words before a given name with a surname after it say what someone is.

    "Actor Clint Howard", "House Speaker Paul Ryan", "Democrat Hillary
    Clinton": the words before the given name are a title, not the name.  A
    run that opens with a given name ("Martin Luther King"), holds an
    initial or a particle before one, or names a body has none.
    """
    if words[-1] in ORGANISATION_WORDS:
        return 0  # "the Trayvon Martin Foundation": a body named for someone
    for index, word in enumerate(words[:-1]):
        if given_name_gender(word) is not None:
            return index
        if len(word) < 2 or word in PARTICLES or word in PLACE_OPENERS or initial(word):
            return 0  # "J. Paul Getty", "St. Louis", "San Jose"
    # No given name the list knows: a calling before two name words is still a title, "Farmer Kai Maddox", and so
    # is a party before two: "Democrat Zephyr Teachout".
    return 1 if words[0] in CALLINGS and len(words) > 2 or words[0] in PARTY_MEMBERS and len(words) == 3 \
        and PARTY_BODY_WORDS.isdisjoint(words) else 0


def plain_name(source: str, start: int, text: str, words: list[str]) -> bool:
    """True for a match ``text`` that is a name as it stands: one run, nothing to drop or cut, no particle before it."""
    # A point or an apostrophe may end a run or a possessive; a word of NOT_PLAIN may be dropped.  A name of
    # letters alone, as most are, has no mark to look for.
    if not text.isalpha() and not RUN_MARKS.isdisjoint(text) \
            or not NOT_PLAIN.isdisjoint(words):
        return False
    if len(words) == 1 and len(text) < 2:
        return False  # a capital letter alone is no name
    if len(words) > 2 and described(tuple(words)):
        return False  # "Actor Clint Howard": a title to set apart
    if start > 2 and source[start - 1] == " " and source[start - 2] not in " \t\r\n" \
            and source[start - 3: start - 1] not in PARTICLE_ENDS:
        return True  # one space after a word that ends no particle, as before most names: no walk back
    return particle_before(source, start) is None


def headed_name(text: str, start: int, name: str, words: list[str]) -> list[Mention] | None:
    """The mention of a match that is a plain name after an honorific or a sentence's first word; None for others.

    "Mr. Obama", "President Barack Obama": the honorific and the name; "The
    Clinton campaign", "If Donald Trump": the name alone.  The same mention
    ``runs`` and ``mention_of`` would give, found without them: after the
    plain names, these are the commonest matches.
    """
    first, rest = words[0], words[1:]
    honorific = first in HONORIFICS
    if not rest or not honorific and (first not in NOT_NAMES or opens_name(words, 0) or not first.isalpha()):
        return None
    # Nothing after the first word may end a run or a possessive, be dropped or cut, or say what someone is.
    tail = name[len(first):]
    if not RUN_MARKS.isdisjoint(tail) or not NOT_PLAIN.isdisjoint(rest) \
            or rest[0] in PARTICLES or len(rest) > 2 and described(tuple(rest)):
        return None
    if particle_before(text, start) is not None:
        return None
    if honorific:
        return [build_mention((start, start + len(name), first, tuple(rest)))]
    if len(rest) == 1 and len(rest[0]) < 2:
        return []  # a capital letter alone is no name
    return [build_mention((start + name.index(rest[0], len(first)), start + len(name), "", tuple(rest)))]


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
    """Every name mention in ``text[start:end]``, in order; a body's name that "&" or "and" runs through as one."""
    stop = len(text) if end is None else end
    joined_end = -1
    for mention in separate_mentions(text, start, stop):
        if mention.start < joined_end:
            continue  # a word of the body's name just given
        # Most names go on with a word that is neither "&" nor "and", nor a comma: told before any call.
        after = text[mention.end: mention.end + 2]
        if after[:1] == " " and after[1:] not in LINK_SECONDS:
            yield mention
            continue
        whole = joined_body(text, mention, stop)
        if whole is not None:
            joined_end = whole.end
        yield whole or mention


def joined_body(text: str, mention: Mention, end: int) -> Mention | None:
    """The body's name that goes on from ``mention`` through "&" or "and"; None for most mentions.

    "Lyle & Finch", "Procter & Gamble": a firm named for two people.  "the
    Securities and Exchange Commission", "the Department of Health and Human
    Services", "the Department for Environment, Food and Rural Affairs": a
    body whose name holds a list; not two names listed ("the FBI and Justice
    Department", "the University of Chicago and Harvard University").
    """
    if not text.startswith(LINK_OPENS, mention.end) or mention.honorific:
        return None
    # Read after every name: most go on with neither "&" nor "and", told by plain look-ups before the pattern.
    if text[mention.end] == ",":
        if text.find("and", mention.end, mention.end + LIST_REACH) < 0:
            return None
    elif not text[mention.end: mention.end + 6].lstrip().startswith(("&", "and")):
        return None
    link = BODY_LINK.match(text, mention.end, end)
    if link is None:
        return None
    following = mention_at(text, link.end(), end)
    if following is None or following.honorific or (
            len(following.words) > 1 and given_name_gender(following.words[0]) is not None
            if "&" in link.group() else not listed_in_body(text, mention, following)):
        return None  # "Ann & Tom Fane" is two people (``families``)
    words = list(mention.words)
    for word in text[mention.end: link.end()].split():
        if word.startswith(","):
            words[-1] += ","
            word = word[1:]
        if word:
            words.append(word)
    return build_mention((mention.start, following.end, "", (*words, *following.words)))


def listed_in_body(text: str, mention: Mention, following: Mention) -> bool:
    """True when ``mention``, a list after it and "and", and ``following`` make one body's name.

    The name before "and" is a common noun's ("Securities", "Food"), no
    body's, acronym or given name; a name of a body with "of" or "for" goes
    on with any short name but another body's ("Health and Human Services"),
    a name after "the" only with a body's name ("Exchange Commission").
    """
    last = mention.words[-1]
    if last.isupper() or last in ORGANISATION_WORDS or given_name_gender(last) is not None \
            or given_name_gender(following.words[0]) is not None or len(following.words) > AFTER_AND \
            or not JOIN_WORDS.isdisjoint(following.words):
        return False
    if not JOIN_WORDS.isdisjoint(mention.words):
        return BODY_NOUNS.isdisjoint(following.words)
    return text[max(0, mention.start - 4): mention.start] in ("the ", "The ") \
        and following.words[-1] in ORGANISATION_WORDS


def separate_mentions(text: str, start: int, end: int) -> Iterator[Mention]:
    """Every name mention in ``text[start:end]``, in order, each run of capitalised words apart."""
    # concurrent=False keeps the GIL: the regex module would release and retake it at every match.
    tag_end = -1
    for match in MENTION.finditer(text, start, end, concurrent=False):
        found = match.group()
        if found in NOT_NAMES:
            continue  # the common case, a capitalised word opening a sentence
        start = match.start()
        if found[1:2] in TAG_DASHES and found[0] in PARTY_LETTERS:
            tag = PARTY_TAG.match(text, start)
            tag_end = tag.end() if tag is not None else tag_end
        if start < tag_end:
            continue  # "D-N.Y.": a party and a state, the words of its state's abbreviation too
        # Most other matches are names as they stand ("Lisa Curtis", "Kabul"), or would be but
        # for a possessive ending ("Trump’s"), which only ends the run: their words need no
        # runs or mention_of, which would give the same one mention.
        name = found[:-2] if found.endswith(POSSESSIVE) else found
        words = name.split()
        if plain_name(text, start, name, words):
            yield build_mention((start, start + len(name), "", tuple(words)))
            continue
        if name in NOT_NAMES and particle_before(text, start) is None:
            continue  # "It’s", "That’s": no name is left once the possessive ending is
        headed = headed_name(text, start, name, words)
        if headed is not None:
            yield from headed
            continue
        for run in runs(match):
            mention = mention_of(run)
            if mention is not None:
                yield mention


def nickname_in(text: str, mention: Mention) -> str | None:
    """The nickname set inside a mention, as "Tig" in John "Tig" Tiegen; None for most mentions, which have none."""
    start, end = mention.start, mention.end
    # Two plain looks for a mark first: a pattern's search costs more, and few names hold a nickname.
    if len(mention.words) < 2 or text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
        return None
    found = NICKNAME_WORD.search(text, start, end)
    return found.group(1) if found else None


def mention_at(text: str, start: int, end: int) -> Mention | None:
    """The name mention that starts exactly at ``start``, if any."""
    particle = PARTICLE_HEAD.match(text, start, end)
    match = MENTION.match(text, particle.end() if particle else start, end)
    if match is None:
        return None
    for run in runs(match):
        mention = mention_of(run)
        if mention is None or mention.start != start:
            return None
        return joined_body(text, mention, end) or mention
    return None


def name_ending(text: str, floor: int, end: int) -> Mention | None:
    """The name mention that ends exactly at ``end``, if any."""
    found = None
    for mention in mentions(text, max(floor, end - 80), end):
        if mention.end == end:
            found = mention
    return found
