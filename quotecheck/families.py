"""Names that call several people of one family: "Ann and Tom Fane", "the Curtises".

Copy names a couple or siblings by their given names and one surname after
the last: "Ann and Tom Fane", "Jess, Sam and Daniel Curtis".  Each given
name before the surname is a person of that surname too, so "Mrs Fane",
"she" and "Ann" find Ann Fane.  A surname in the plural after "the" ("the
Curtises", "the Hales") calls the family, a group that speaks together
and that "they" may stand for.
"""

from __future__ import annotations

from typing import Sequence

from quotecheck.names import Mention
from quotecheck.roster import given_name_gender

#: What parts the given names before one surname: "Ann and Tom Fane", "Ann, Tom and Sue Fane".
GIVEN_JOINS = frozenset({", "})
LAST_JOINS = frozenset({" and ", ", and ", " & "})
#: How the text after a given name that such a list goes on from starts.
FAMILY_JOINS = tuple(GIVEN_JOINS | LAST_JOINS)
#: Words for kin that may stand before such a list, whose given names the list of given names may lack: "brothers
#: Ammon and Ryan Bundy"; and how far back the word is read.
KIN = frozenset("brothers sisters siblings twins parents couple cousins spouses sons daughters".split())
KIN_REACH = 12
#: How the word before a sentence's first word may end.
SENTENCE_ENDS = (".", "!", "?", '"', "“", "”", ":")
#: The most given names one surname may end a list of.
SHARED_NAMES = 4
#: Endings of capitalised plurals that call people by what they do or are, or a body, not a family: "the
#: Teamsters", "the Yankees", "the Olympics", "the Evangelicals", "the Press", "the Census".
NOT_FAMILY_ENDINGS = ("ers", "ors", "ees", "ans", "ists", "ites", "ics", "als", "ss", "us", "is")


def surnames_of(mentions: Sequence[Mention]) -> set[str]:
    """The last words of the names of several words among ``mentions``: the surnames the article gives."""
    return {mention.words[-1] for mention in mentions if len(mention.words) > 1}


def shared_surname(
    text: str, mentions: Sequence[Mention], number: int, surnames: set[str]
) -> tuple[str, ...] | None:
    """The full name of the given name alone at mention ``number`` that a surname after a list of them completes.

    "Ann and Tom Fane": Ann Fane.  The list ends in "and" and a name of
    two words that opens with a given name the list of given names knows;
    no honorific stands before either.  The first word is a given name the
    list knows too, opens a sentence ("Jess and Daniel Curtis married") or
    follows a word for kin ("brothers Ammon and Ryan Bundy").
    None when the word is one of the article's ``surnames`` ("Trump and Ted
    Cruz"), or no such list follows.
    """
    word, start = mentions[number].words[0], mentions[number].start
    before = text[max(0, start - KIN_REACH): start].split()
    if given_name_gender(word) is None and before and not before[-1].endswith(SENTENCE_ENDS) and before[-1] not in KIN:
        return None  # a word the given names lack, within a sentence: "posters of 98 Degrees and Justin Timberlake"
    for following in range(number + 1, min(len(mentions), number + SHARED_NAMES)):
        join, last = text[mentions[following - 1].end: mentions[following].start], mentions[following]
        if last.honorific:
            return None
        if join in GIVEN_JOINS and len(last.words) == 1:
            continue  # another given name: "Ann, Tom and Sue Fane"
        if join not in LAST_JOINS or len(last.words) != 2 or given_name_gender(last.words[0]) is None:
            return None
        if word in surnames:
            return None
        return word, last.words[1]
    return None


def family_of(mentions: Sequence[Mention], number: int, surnames: set[str]) -> bool:
    """True when the one-word name at mention ``number``, after "the", is a surname in the plural: "the Curtises".

    The word's stem is a surname the article gives someone ("Jess Curtis",
    "the Curtises"); or, with no such stem, the word does not end as the
    names of people by what they do, or of bodies, do ("the Teamsters", "the
    Olympics").  Not a surname itself ("the Sanders campaign" is a name's).
    """
    word = mentions[number].words[0]
    if len(word) < 4 or not word.endswith("s") or not word[:-1].isalpha() or not word[1:].islower():
        return False
    if word in surnames:
        return False
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return not surnames.isdisjoint(stems) or not word.endswith(NOT_FAMILY_ENDINGS)
