"""HTML split into tags, text and character references in one forward pass.

A small tokenizer after the HTML standard's, written so that time stays
linear in the source whatever the markup: each construct is read forward
from where it starts, and one that never ends (a tag, a quoted attribute
value or a comment cut off by the end of the file) takes the rest of the
file, as a browser reads it, instead of being tried again from every later
character.  The standard library's ``html.parser`` does try again, which is
quadratic on a file of unclosed tags, and it hands the rest of a file to
the text as raw markup after an ``&#`` that has no semicolon after it.

Only what a reader of visible text needs is reported, each piece with its
source offsets: start tags with their attributes, end tags, text and
character references.  Comments, doctypes, processing instructions and
``<![CDATA[`` sections (bogus comments in HTML) are skipped.
"""

from __future__ import annotations

import html
import re
from html.entities import html5
from typing import Protocol

#: Elements whose content is plain text up to their own end tag.
RAW_TEXT = frozenset("script style xmp iframe noembed noframes noscript".split())
#: Elements whose content is text and character references up to their end tag.
ESCAPABLE_RAW_TEXT = frozenset(("textarea", "title"))

_LETTER = re.compile(r"[A-Za-z]")
_TAG_NAME = re.compile(r"[^\t\n\f\r />]*")
# Between attributes: spaces, and slashes that do not end the tag.
_GAP = re.compile(r"[\t\n\f\r /]*")
_ATTRIBUTE_NAME = re.compile(r"=?[^\t\n\f\r />=]*")
_EQUALS = re.compile(r"[\t\n\f\r ]*=[\t\n\f\r ]*")
_UNQUOTED_VALUE = re.compile(r"[^\t\n\f\r >]*")
_COMMENT_END = re.compile(r"--!?>")
_NUMERIC = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
# The longest entity name has 31 letters; a longer run is no reference.
_NAMED = re.compile(r"&([A-Za-z][A-Za-z0-9]{0,31})(;?)")
# A number past U+10FFFF, however many digits it has (so never ``int`` of them); leading zeros do not count.
_HUGE_NUMBER = re.compile(r"&#(?:[xX]0*(?=[1-9a-fA-F])[0-9a-fA-F]{7,}|0*(?=[1-9])[0-9]{8,})")
# In a script: what opens or closes an escaped part ("<!--" ... "-->"), and the tags that matter inside it.
_SCRIPT_MARKS = re.compile(r"<!--|-->|<(/?)script[\t\n\f\r />]", re.IGNORECASE)
_end_tags: dict[str, re.Pattern[str]] = {}


class Handler(Protocol):
    """What the tokenizer reports to."""

    def start_tag(self, name: str, attributes: list[tuple[str, str | None]], at: int) -> None:
        """A start tag at source offset ``at``: lower-case name, raw attribute values."""

    def end_tag(self, name: str, at: int) -> None:
        """An end tag at source offset ``at``."""

    def text(self, start: int, end: int) -> None:
        """Text that is ``source[start:end]`` as written."""

    def reference(self, start: int, end: int, decoded: str) -> None:
        """The character reference ``source[start:end]``, which stands for ``decoded``."""


def tokenize(source: str, handler: Handler) -> None:
    """Report the tags, text and references of ``source`` to ``handler``, in order."""
    length = len(source)
    position = text_start = 0
    text_end = length  # where a construct cut off by the end of the file begins
    while position < length:
        at = source.find("<", position)
        if at < 0:
            break
        following = source[at + 1:at + 2]
        end_tag = following == "/" and _LETTER.match(source, at + 2) is not None
        if end_tag or _LETTER.match(following):
            tag = read_tag(source, at + 2 if end_tag else at + 1)
            if tag is None:
                text_end = at
                break
            name, attributes, stop = tag
            emit_text(source, text_start, at, handler)
            position = text_start = stop
            if end_tag:
                handler.end_tag(name, at)
                continue
            handler.start_tag(name, attributes, at)
            if name in RAW_TEXT or name in ESCAPABLE_RAW_TEXT or name == "plaintext":
                position = text_start = read_raw_text(source, name, stop, handler)
        elif following in ("!", "?") or following == "/" and at + 2 < length:
            stop = markup_end(source, at)
            if stop < 0:
                text_end = at
                break
            emit_text(source, text_start, at, handler)
            position = text_start = stop
        else:
            position = at + 1  # a "<" that opens nothing is text
    emit_text(source, text_start, text_end, handler)


def read_tag(source: str, start: int) -> tuple[str, list[tuple[str, str | None]], int] | None:
    """The tag whose name starts at ``start``: (name, attributes, offset past ``>``), or None at the end of the file."""
    name_end = _TAG_NAME.match(source, start).end()
    attributes: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    position = name_end
    length = len(source)
    while True:
        position = _GAP.match(source, position).end()
        if position >= length:
            return None
        if source[position] == ">":
            return source[start:name_end].lower(), attributes, position + 1
        name_stop = _ATTRIBUTE_NAME.match(source, position).end()
        attribute, value = source[position:name_stop].lower(), None
        position = name_stop
        equals = _EQUALS.match(source, position)
        if equals:
            position = equals.end()
            quote = source[position:position + 1]
            if quote in ('"', "'"):
                close = source.find(quote, position + 1)
                if close < 0:
                    return None
                value, position = source[position + 1:close], close + 1
            else:
                stop = _UNQUOTED_VALUE.match(source, position).end()
                value, position = source[position:stop], stop
        if attribute not in seen:  # the first of two with one name counts
            seen.add(attribute)
            attributes.append((attribute, value))


def markup_end(source: str, at: int) -> int:
    """Offset past the comment, doctype or other bogus comment at ``at``, or -1 if it never ends."""
    if source.startswith("<!--", at):
        if source.startswith(">", at + 4):
            return at + 5
        if source.startswith("->", at + 4):
            return at + 6
        close = _COMMENT_END.search(source, at + 4)
        return close.end() if close else -1
    close = source.find(">", at + 2)
    return close + 1 if close >= 0 else -1


def read_raw_text(source: str, name: str, start: int, handler: Handler) -> int:
    """Report the content of raw-text element ``name`` from ``start``; the offset of its end tag."""
    if name == "plaintext":
        end = len(source)
    elif name == "script":
        end = script_end(source, start)
    else:
        pattern = _end_tags.get(name)
        if pattern is None:
            pattern = _end_tags[name] = re.compile("</" + re.escape(name) + r"[\t\n\f\r />]", re.IGNORECASE)
        found = pattern.search(source, start)
        end = found.start() if found else len(source)
    if name in ESCAPABLE_RAW_TEXT:
        emit_text(source, start, end, handler)
    elif start < end:
        handler.text(start, end)
    return end


def script_end(source: str, start: int) -> int:
    """Where the script whose content begins at ``start`` ends: at its end tag, or the end of the file.

    As the standard has it, an end tag inside an escaped part (``<!--`` ...
    ``-->``) that a start tag opened again (old ``document.write`` snippets)
    does not end the script.
    """
    escaped = doubly = False
    found = _SCRIPT_MARKS.search(source, start)
    while found is not None:
        mark, at = found.group(), found.start()
        if mark == "<!--":
            escaped = escaped or not doubly
            # "<!-->" closes at once: look for "-->" from the dashes on.
            found = _SCRIPT_MARKS.search(source, at + 2)
            continue
        if mark == "-->":
            escaped = doubly = False
        elif found.group(1):  # an end tag
            if not doubly:
                return at
            doubly = False
        elif escaped:
            doubly = True
        found = _SCRIPT_MARKS.search(source, found.end())
    return len(source)


def emit_text(source: str, start: int, end: int, handler: Handler) -> None:
    """Report ``source[start:end]`` as text and the character references in it."""
    at = source.find("&", start, end)
    while at >= 0:
        reference = read_reference(source, at, end)
        if reference is None:
            at = source.find("&", at + 1, end)
            continue
        stop, decoded = reference
        if start < at:
            handler.text(start, at)
        handler.reference(at, stop, decoded)
        start = stop
        at = source.find("&", stop, end)
    if start < end:
        handler.text(start, end)


def read_reference(source: str, at: int, end: int, *, attribute: bool = False) -> tuple[int, str] | None:
    """The character reference at ``at`` (before ``end``): (offset past it, its character), or None.

    In an ``attribute`` value a reference without its semicolon stays as
    written before a letter, digit or "=" (``href="?a=1&copy=2"``).
    """
    numeric = _NUMERIC.match(source, at, end)
    if numeric:
        raw = numeric.group()
        return numeric.end(), "\ufffd" if _HUGE_NUMBER.match(raw) else html.unescape(raw)
    named = _NAMED.match(source, at, end)
    if named is None:
        return None
    name = named.group(1)
    if named.group(2) and name + ";" in html5:
        return named.end(), html5[name + ";"]
    # A legacy reference ("&amp", "&eacute") needs no semicolon, even before more letters.
    for size in range(len(name), 1, -1):
        if name[:size] in html5:
            stop = at + 1 + size
            if attribute and stop < end and (source[stop].isalnum() or source[stop] == "="):
                return None
            return stop, html5[name[:size]]
    return None


def unescape(value: str) -> str:
    """The attribute ``value`` with its character references decoded."""
    at = value.find("&")
    if at < 0:
        return value
    pieces, start = [], 0
    while at >= 0:
        reference = read_reference(value, at, len(value), attribute=True)
        if reference is None:
            at = value.find("&", at + 1)
            continue
        stop, decoded = reference
        pieces += (value[start:at], decoded)
        start = stop
        at = value.find("&", stop)
    pieces.append(value[start:])
    return "".join(pieces)
