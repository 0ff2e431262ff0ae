"""Quotation marks: which characters they are and which way each one faces.

A mark's role comes from its shape and from the characters either side of it,
the way CommonMark decides whether a delimiter run is left- or right-flanking.
Apostrophes are told from single quotes here: an apostrophe between letters
(``can't``), before a decade (``'90s``) or in a known elision (``rock 'n'
roll``) is never a quote mark.
"""

from __future__ import annotations

import enum
import functools
from typing import Iterator

import regex

#: Every mark that may open or close a quotation, plus paragraph breaks.
#: Two straight apostrophes stand for a double mark, as in some newspaper
#: archives.  A paragraph break is a line break followed by a blank line;
#: spaces and tabs on the blank lines are part of it.  A single mark between
#: two letters or figures is an apostrophe (can't, Massoud's) and is not read.
TOKEN = regex.compile(
    r"''|[\"“”„«»‚‹›]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])|\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)*"
)


#: The characters a token of TOKEN starts with.
MARK_CHARACTERS = "\"“”„«»‚‹›'‘’\n"
#: What may stand between the line breaks of a paragraph break.
BLANKS = " \t\r\f\v"
LETTER_OR_FIGURE = regex.compile(r"[\p{L}\p{N}]")


@functools.lru_cache(maxsize=None)
def letter_or_figure(char: str) -> bool:
    """True for a letter or a figure, as TOKEN reads them either side of a single mark."""
    return LETTER_OR_FIGURE.match(char) is not None


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """The start, end and text of each match of TOKEN in ``text``, in order.

    The pattern's scan reads every character of the text, and costs more than
    the pairing that follows it; the few characters a token can start with
    are found with ``str.find`` instead, and each is then read as the
    pattern would read it.
    """
    found = sorted(at for character in MARK_CHARACTERS for at in occurrences(text, character))
    resume = 0
    for at in found:
        if at < resume:
            continue  # inside the token before: a paragraph break's second line break
        character = text[at]
        end = at + 1
        if character == "\n":
            end = paragraph_end(text, at)
            if end is None:
                continue  # a line break alone
        elif character == "'" and text.startswith("'", end):
            end += 1  # two apostrophes stand for a double mark
        elif character in "'‘’" and 0 < at < len(text) - 1 \
                and letter_or_figure(text[at - 1]) and letter_or_figure(text[end]):
            continue  # an apostrophe between two letters or figures: can't, Massoud's
        yield at, end, text[at:end]
        resume = end


def occurrences(text: str, character: str) -> Iterator[int]:
    """Where ``character`` stands in ``text``, in order."""
    at = text.find(character)
    while at != -1:
        yield at
        at = text.find(character, at + 1)


def paragraph_end(text: str, at: int) -> int | None:
    """Where the paragraph break that starts with the line break at ``at`` ends; None for a line break alone."""
    end = None
    position = at + 1
    while True:
        while position < len(text) and text[position] in BLANKS:
            position += 1
        if position == len(text) or text[position] != "\n":
            return end
        position += 1
        end = position


class Family(enum.Enum):
    """Marks of one family pair with each other."""

    DOUBLE = "double"
    SINGLE = "single"
    GUILLEMET = "guillemet"
    SINGLE_GUILLEMET = "single-guillemet"


class Role(enum.Enum):
    """What a mark does where it stands."""

    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"
    NONE = "none"


# Reading a member from its enum class is a lookup each time, and the pairing pass reads them
# at every mark: the members as plain names.
DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET = Family.DOUBLE, Family.SINGLE, Family.GUILLEMET, Family.SINGLE_GUILLEMET
OPEN, CLOSE, EITHER, NONE = Role.OPEN, Role.CLOSE, Role.EITHER, Role.NONE

FAMILY = {
    '"': Family.DOUBLE, "''": Family.DOUBLE, "“": Family.DOUBLE, "”": Family.DOUBLE, "„": Family.DOUBLE,
    "'": Family.SINGLE, "‘": Family.SINGLE, "’": Family.SINGLE, "‚": Family.SINGLE,
    "«": Family.GUILLEMET, "»": Family.GUILLEMET,
    "‹": Family.SINGLE_GUILLEMET, "›": Family.SINGLE_GUILLEMET,
}

#: Opening marks and brackets, after which a mark opens.
OPENERS = frozenset("([{") | frozenset("\"“„«‘‚‹'")
#: Characters after which an opening mark may stand.
OPENING_CONTEXT = OPENERS | frozenset("—–-/:;,>…")
#: Characters before which a closing mark may stand.
CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-/…*") | frozenset("\"”»’›'")

#: Elisions that begin with an apostrophe, lower case, apostrophe dropped.
ELISIONS = frozenset(
    {"n", "em", "til", "till", "tis", "twas", "cause", "bout", "round", "cuz",
     "nuff", "ol", "er", "im", "ere", "neath", "sup", "kay"}
)


#: Invisible formatting characters that pasted text carries next to marks.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")


def is_space(char: str) -> bool:
    """True for whitespace, invisible formatting and the edge of the text."""
    return not char or char.isspace() or char in INVISIBLE


def left_flanking(before: str, after: str) -> bool:
    """A mark that can open: nothing word-like before it, something after it."""
    return not is_space(after) and (is_space(before) or before in OPENING_CONTEXT)


def right_flanking(before: str, after: str) -> bool:
    """A mark that can close: something before it, nothing word-like after it."""
    return not is_space(before) and (is_space(after) or after in CLOSING_CONTEXT)


def double_role(mark: str, before: str, after: str) -> Role:
    """The role of a double mark or guillemet from its shape and its context."""
    if before.isdigit() and mark == '"' and not after.isalnum():
        return NONE  # an inch mark: 12" pipe, 5'10"
    if before == "=":
        return NONE  # an attribute value in markup left in the text
    can_open = left_flanking(before, after)
    can_close = right_flanking(before, after)
    if mark in "“„«‹":
        # “ also closes „ in German; it opens unless it plainly closes.
        return CLOSE if can_close and not can_open else OPEN
    if before in ("", "\n"):
        # A mark that begins a line opens whatever its shape, unless it is
        # spaced off the words that follow (a closer wrapped onto the line).
        return EITHER if is_space(after) else OPEN
    if mark in "”»›":
        # A closing shape opens only with space before it: ,”Clinton said closes.
        return OPEN if is_space(before) and not is_space(after) else CLOSE
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE
    if is_space(before) and is_space(after):
        return NONE
    return EITHER


def elision_after(text: str, at: int) -> bool:
    """True when the apostrophe at ``at`` begins an elision or a decade."""
    following = text[at + 1: at + 6]
    if following[:1].isdigit():
        return True
    word = []
    for char in following:
        if not char.isalpha():
            break
        word.append(char.lower())
    word_text = "".join(word)
    if word_text not in ELISIONS:
        return False
    # 'n' is an elision only when a closing apostrophe follows (rock 'n' roll).
    end = at + 1 + len(word_text)
    return word_text != "n" or text[end: end + 1] in ("'", "’")


def single_role(text: str, at: int) -> Role:
    """The role of a single mark: an apostrophe is ``NONE``."""
    mark = text[at]
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if mark in "‚‹":
        return OPEN if not is_space(after) else NONE
    if mark == "›":
        return CLOSE if not is_space(before) else NONE
    if before.isalnum() and after.isalnum():
        return NONE  # can't, Massoud's, O'Brien
    if before.isdigit() and mark in "'’":
        return NONE  # 5'10", the 1990's
    if before == "n" and at >= 2 and text[at - 2] in "'‘’" and (at == 2 or not text[at - 3].isalnum()) \
            and elision_after(text, at - 2):
        return NONE  # the second apostrophe of 'n': 'fish 'n' chips,' closes after "chips," not after "n"
    if mark != "‘" and before not in OPENERS and right_flanking(before, after) and after in CLOSING_CONTEXT:
        # A stop before it and only a mark or a stop after it, as where a
        # nested quote and its quotation end together: ,’” closes, though
        # the comma before it would let it open.  After an opening mark it
        # still opens: “‘…and then,’ she said.
        return CLOSE
    if left_flanking(before, after):
        if mark == "’" and is_space(before) and not after.isalpha():
            return NONE
        return NONE if elision_after(text, at) else OPEN
    if right_flanking(before, after):
        return CLOSE
    return NONE
