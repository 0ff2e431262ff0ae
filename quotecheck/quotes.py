"""Pair quotation marks into quoted spans, with diagnostics for stray marks.

One left-to-right pass keeps a stack of open marks.  Double marks and
guillemets pair within their family; single marks open only where they face
that way and are not apostrophes, and a single mark left open is dropped
quietly, since most of those are apostrophes after all.  A quotation left open
at the end of a paragraph continues when the next paragraph opens a quote
again (the newspaper convention for quotations of several paragraphs; in a
text that parts paragraphs with one line break, when the next line does) or
when the break falls mid-sentence, as text extracted from PDF pages often has.
Anything else left open or closed without an opener is a diagnostic, and the
pass goes on; a quotation of words left open at the end of a sentence that
ends its paragraph is kept as far as there.  The pass is linear in the length
of the text.
"""

from __future__ import annotations

import attrs
import regex

from quotecheck.kinds import classify, set_in_name, title_words
from quotecheck.marks import (
    CLOSE, DOUBLE, EITHER, FAMILY, GUILLEMET, MARK_CHARACTERS, NONE, OPEN, SINGLE, SINGLE_GUILLEMET, Family,
    double_role, single_role, tokens,
)

KINDS = ("quote", "fragment", "term", "title")

#: A line holding only a web address, or a page's running head or number, as extraction from the web or a PDF
#: leaves mid-article: "www.example.com/story", "Regional Health Review • Page 14", "REGIONAL HEALTH REVIEW 14".
JUNK_LINE = regex.compile(
    r"[ \t]*(?:(?:https?://|www\.)\S*"
    r"|[^\n.?!\"“”]{0,60}?(?:\b[Pp]age|\bPAGE|\p{Lu}{2,}|[•|·])[^\n.?!\"“”\p{Ll}]{0,20}?\d{1,4}|\d{1,4})[ \t]*(?:\n|$)"
)
TERMINAL = frozenset(".?!:")
#: What may end a quotation just before a closing mark typed after a space.
SPACED_CLOSE = frozenset(",.?!;'’")
#: How many quotations may be open at once before the oldest is given up.
MAX_DEPTH = 12
#: After a plural's apostrophe: a space and a word in lower case ("soldiers' water").
PLURAL_POSSESSIVE = regex.compile(r"[ \t]\p{Ll}")
#: The marks and line breaks that end the look for a later closer of a single quote, and how far it goes.
LATER_SINGLE = regex.compile(r"[\"“”„«»'‘’‚\n]")
POSSESSIVE_REACH = 400


#: The characters a quotation mark is.
QUOTATION_MARKS = frozenset(MARK_CHARACTERS) - {"\n"}


@attrs.frozen
class Quote:
    """A quoted span; ``start`` and ``end`` include its marks (a blockquote set without marks has none)."""

    start: int
    end: int
    kind: str = "quote"
    parent: int | None = None
    continues: int | None = None


def words_start(text: str, start: int) -> int:
    """Where the words of the quote that starts at ``start`` begin: past its opening mark, if it has one."""
    return start + 1 if text[start: start + 1] in QUOTATION_MARKS else start


@attrs.frozen
class Diagnostic:
    """A quotation mark the parser could not pair."""

    code: str
    offset: int
    mark: str


#: Diagnostic codes and what they mean, for reporters.
DIAGNOSTICS = {
    "unclosed-quote": "quotation opened with {mark} is never closed",
    "unopened-quote": "closing {mark} has no opening mark",
    "stray-mark": "quotation mark {mark} stands alone",
}


@attrs.frozen
class ParseResult:
    """The spans of one text, in order of their start, and its diagnostics."""

    quotes: tuple[Quote, ...]
    diagnostics: tuple[Diagnostic, ...]


@attrs.define
class _Open:
    serial: int
    start: int
    mark: str
    family: Family
    parent: int | None
    hidden: bool = False
    continues: int | None = None
    #: A curly opener of the same shape came inside it: a quote in the same marks, or its closer forgotten.
    doubled: bool = False


class _Pairing:
    """The state of one pass; lives only inside ``pair_marks``."""

    def __init__(self, text: str, double_apostrophes: bool) -> None:
        self.text = text
        self.double_apostrophes = double_apostrophes
        self.stack: list[_Open] = []
        self.opened: list[_Open] = []
        self.spans: dict[int, tuple[int, int]] = {}
        self.diagnostics: list[Diagnostic] = []
        # Where a paragraph reopens a quotation, the piece it continues.
        self.reopened: dict[int, int | None] = {}
        # Where a run of web-address lines read at one paragraph break ends, by each line start in it:
        # a later break inside the run goes on from there, so the run is read once.
        self.past_junk: dict[int, int] = {}

    def push(self, at: int, mark: str, family: Family, continues: int | None = None) -> None:
        if len(self.stack) >= MAX_DEPTH:
            # Real text nests a few levels at most; past that the oldest
            # opener is reported, which keeps every later step bounded.
            self.leave_open(self.stack.pop(0))
        parent = self.stack[-1] if self.stack else None
        # Marks inside an unread double-apostrophe quotation are its nested
        # level; reading them alone would pair them wrongly.
        hidden = (mark == "''" and not self.double_apostrophes) or (parent is not None and parent.hidden)
        record = _Open(len(self.opened), at, mark, family, parent.serial if parent else None, hidden, continues)
        self.opened.append(record)
        self.stack.append(record)

    def innermost(self, families: tuple[Family, ...]) -> int | None:
        """Stack index of the innermost open mark of ``families``."""
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].family in families:
                return index
        return None

    def close(self, index: int, end: int) -> None:
        """Close the open mark at stack ``index`` and drop what is above it."""
        for dropped in self.stack[index + 1:]:
            self.leave_open(dropped)
        record = self.stack[index]
        del self.stack[index:]
        self.spans[record.serial] = (record.start, end)

    def leave_open(self, record: _Open) -> None:
        """Report an opener that never closed, unless it was a likely apostrophe."""
        if not record.hidden and (record.family is not SINGLE or record.mark in "‘‚"):
            self.diagnostics.append(Diagnostic("unclosed-quote", record.start, record.mark))

    def double(self, at: int, mark: str) -> None:
        text = self.text
        family = FAMILY[mark]
        before = text[at - 1] if at else ""
        after = text[at + len(mark): at + len(mark) + 1]
        role = double_role(mark, before, after)
        index = self.innermost((family,))
        if mark == "“" and index is not None and self.stack[index].mark == "„" and role is not OPEN:
            role = CLOSE
        if family is GUILLEMET:
            # French spacing puts a space inside the marks, so shape decides;
            # a closing shape opens only in the reversed style, » … «.
            opener = self.stack[index].mark if index is not None else None
            role = CLOSE if opener is not None and opener != mark else OPEN
        if role is EITHER:
            # Nothing open: it opens, unless a space parts it from anything
            # but words or an ellipsis (” … they said, at a paragraph start).
            following = text[at + len(mark) + 1: at + len(mark) + 2]
            opens = not after.isspace() or following.isalnum() or following in ("…", ".")
            role = CLOSE if index is not None else OPEN if opens else NONE
        if role is NONE and index is not None and text[at - 2: at - 1] in SPACED_CLOSE and before == " ":
            role = CLOSE  # a closer typed with a space: ... this, " he said.
        if role is NONE and before.isdigit() and index is not None and self.stack[index].mark == mark:
            role = CLOSE  # not an inch mark: a quotation that ends on a number, "about $200,000"
        if role is NONE:
            # Inch marks and markup attribute values are not quotation marks.
            if not before.isdigit() and before != "=":
                self.diagnostics.append(Diagnostic("stray-mark", at, mark))
            return
        if role is OPEN and index is not None and len(self.stack) == 1 and before == "\n":
            # A text that parts its paragraphs with one line break: the line
            # reopens the quotation, as a new paragraph would.
            record = self.stack.pop()
            self.spans[record.serial] = (record.start, at - 1)
            self.push(at, mark, family, continues=record.serial)
            return
        if role is OPEN and index is not None and mark in ('"', "''") and self.stack[index].mark == mark:
            role = CLOSE  # straight marks do not nest in their own kind
        if role is OPEN:
            if index is not None and self.stack[index].mark == mark:
                if mark == "“":
                    # A quote inside a quote in the same marks, or a first
                    # quotation whose closer was forgotten: the paragraph's
                    # end tells which.
                    self.stack[index].doubled = True
                elif mark == "«":
                    # A second opener of the same shape: the first was never closed.
                    self.leave_open(self.stack[index])
                    for dropped in self.stack[index + 1:]:
                        self.leave_open(dropped)
                    del self.stack[index:]
            self.push(at, mark, family)
        elif index is None:
            self.diagnostics.append(Diagnostic("unopened-quote", at, mark))
        else:
            self.close(index, at + len(mark))

    def single(self, at: int, mark: str) -> None:
        role = single_role(self.text, at)
        if role is OPEN:
            self.push(at, mark, FAMILY[mark])
        elif role is CLOSE and self.stack and self.stack[-1].family is FAMILY[mark] and not self.possessive(at):
            self.close(len(self.stack) - 1, at + 1)

    def possessive(self, at: int) -> bool:
        """True when the closing-shaped mark at ``at`` is a plural's apostrophe inside an open quote.

        'I carried your soldiers' water for years,': so it is when a word in
        lower case follows and another closer comes before the line ends, a
        double mark or a single opener; 'yes' and left closes.
        """
        text = self.text
        if text[at - 1: at] != "s" or PLURAL_POSSESSIVE.match(text, at + 1) is None:
            return False
        for later in LATER_SINGLE.finditer(text, at + 1, min(len(text), at + POSSESSIVE_REACH)):
            role = single_role(text, later.start()) if later.group() in "'‘’‚" else OPEN
            if role is OPEN:
                return False  # a line's or a quote's end, or another quote opened: 'yes' and 'no'
            if role is CLOSE and not (text[later.start() - 1] == "s" and PLURAL_POSSESSIVE.match(text, later.end())):
                return True
        return False

    def paragraph_break(self, start: int, end: int) -> None:
        """Decide, at a paragraph break, whether open quotations go on."""
        while self.stack and self.stack[-1].family in (SINGLE, SINGLE_GUILLEMET):
            self.leave_open(self.stack.pop())
        if self.stack and any(record.doubled for record in self.stack):
            # A quotation that a second opener of its shape came inside and
            # that is still open here had its closer forgotten: it is
            # reported, and goes on into no other paragraph.
            for record in self.stack:
                if record.doubled:
                    self.leave_open(record)
            self.stack = [record for record in self.stack if not record.doubled]
        if not self.stack:
            return
        text = self.text
        following = self.past_junk.get(end, end)
        passed = []
        while True:
            junk = JUNK_LINE.match(text, following)
            if not junk or junk.end() == following:
                break
            passed.append(following)
            following = junk.end()
            while following < len(text) and text[following] in " \t\r\n":
                following += 1
        for line_start in passed:
            self.past_junk[line_start] = following
        nxt = text[following: following + 1]
        if nxt and FAMILY.get(nxt) is self.stack[-1].family:
            if len(self.stack) == 1:
                # Each paragraph of the quotation is a piece of its own,
                # linked to the piece before it.
                record = self.stack.pop()
                self.spans[record.serial] = (record.start, start)
                self.reopened[following] = record.serial
            else:
                self.reopened[following] = None
            return
        # The last mark before the break, past the spaces and line breaks that may end a text.
        content_end = len(text[:start].rstrip()) if start == len(text) else start
        last = text[content_end - 1: content_end] if content_end else ""
        if nxt and last and last not in TERMINAL and not FAMILY.get(last) and nxt.islower():
            return  # a line break in the middle of a sentence
        for record in self.stack:
            self.leave_open(record)
        if len(self.stack) == 1 and self.stack[0].family is DOUBLE and last in ".?!":
            # Its closing mark forgotten, a quotation of words that runs to the
            # end of a sentence and of its paragraph is kept, the diagnostic too.
            record = self.stack[0]
            if text[record.start + len(record.mark): record.start + len(record.mark) + 1].isalnum():
                self.spans[record.serial] = (record.start, content_end)
        self.stack.clear()

    def run(self) -> None:
        text = self.text
        for at, end, mark in tokens(text):
            if mark[0] == "\n":
                self.paragraph_break(at, end)
            elif at in self.reopened:
                previous = self.reopened[at]
                if previous is not None:
                    self.push(at, mark, FAMILY[mark], continues=previous)
            elif FAMILY[mark] is SINGLE:
                self.single(at, mark)
            else:
                self.double(at, mark)
        self.paragraph_break(len(text), len(text))

    def result(self, *, classified: bool) -> tuple[list[Quote], list[Diagnostic]]:
        kept = {serial for serial in self.spans if not self.opened[serial].hidden}
        # The nearest kept ancestor of every opener, in one pass: a parent
        # always opened before its child.
        ancestor: list[int | None] = []
        for record in self.opened:
            parent = record.parent
            ancestor.append(parent if parent is None or parent in kept else ancestor[parent])
        ordered = sorted(kept, key=lambda serial: (self.spans[serial][0], -self.spans[serial][1]))
        index_of = {serial: index for index, serial in enumerate(ordered)}
        # The text's house style, from its outermost quotations, unread ones
        # in double apostrophes included.
        top = [record.family for record in self.opened if record.serial in self.spans and record.parent is None]
        double_house = top.count(DOUBLE) + top.count(GUILLEMET) > top.count(SINGLE)
        quotes = []
        # The words of the titles so far, and where the last ends: a later span may name the same work.
        titles: set[str] = set()
        title_end = None
        # The words of the nicknames set inside a name so far: the same words alone name the person again.
        nicknames: set[str] = set()
        for serial in ordered:
            start, end = self.spans[serial]
            parent, continues = ancestor[serial], self.opened[serial].continues
            kind = classify(
                self.text, start, end, nested=parent is not None, double_house=double_house,
                titles=titles, title_end=title_end, nicknames=nicknames,
            ) if classified else "quote"
            if kind == "title":
                titles.add(title_words(self.text, start, end))
                title_end = end
            elif kind == "term" and set_in_name(self.text, start, end):
                nicknames.add(title_words(self.text, start, end))
            quotes.append(Quote(
                start, end, kind=kind,
                parent=None if parent is None else index_of[parent],
                continues=None if continues is None else index_of.get(continues),
            ))
        self.diagnostics.sort(key=lambda diagnostic: diagnostic.offset)
        return quotes, self.diagnostics


def pair_marks(
    text: str, *, double_apostrophes: bool = False, classified: bool = False
) -> tuple[list[Quote], list[Diagnostic]]:
    """Pair the quotation marks of ``text``; kinds are decided only when ``classified``."""
    pairing = _Pairing(text, double_apostrophes)
    pairing.run()
    return pairing.result(classified=classified)


def parse_quotes(text: str, *, double_apostrophes: bool = False) -> ParseResult:
    """Find the quoted spans of ``text``, each with its kind, and the stray marks."""
    quotes, diagnostics = pair_marks(text, double_apostrophes=double_apostrophes, classified=True)
    return ParseResult(tuple(quotes), tuple(diagnostics))
