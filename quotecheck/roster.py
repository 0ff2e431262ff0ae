"""The roster: people a news desk knows, with their canonical names and aliases.

A roster is a TOML file of ``[[person]]`` tables, one per person or
organisation::

    [[person]]
    name = "Ahmad Massoud"                    # canonical full name (required)
    aliases = ["Ahmad Masood", "Massoud Jr."] # other spellings that mean the same one
    title = "Mr."                             # honorific or rank
    gender = "male"                           # male | female | unknown
    description = "leader of the National Resistance Front"
    kind = "person"                           # person (default) | organisation

Every key except ``name`` is optional, and no other key is allowed.  A
gender left out means "not pinned": later stages may guess one from the
given name (``given_name_gender``); ``unknown`` pins it as unknown.

Names are matched after folding case, spacing, apostrophe style and leading
honorifics (``Mr.``, ``Lt. Gen.``), so one name or alias may not belong to
two entries.  Any problem with the file raises ``RosterError``.
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any, Mapping

import attrs

from quotecheck.tomlfile import FileError, decode_problem, tomllib

GENDERS = ("male", "female", "unknown")
KINDS = ("person", "organisation")
KEYS = ("name", "aliases", "title", "gender", "description", "kind")

# Compared without case or a final period, and dropped only from the front
# of a name that has words left after them.
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof sen rep gov gen brig lt col maj capt sgt adm
    cmdr rev hon amb pres sir dame sheikh mullah mister doctor professor
    senator governor general lieutenant colonel captain admiral president
    ambassador""".split()
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_APOSTROPHES_AND_HYPHENS = str.maketrans(
    {**dict.fromkeys("\u2018\u2019\u201b\u02bb\u02bc\u2032\u00b4`", "'"),
     **dict.fromkeys("\u2010\u2011", "-")}
)
_TABLE_HEADER = re.compile(r"\s*(\[\[?)([^\]]*)\]")
_TOML_TYPES = {str: "string", int: "integer", float: "float", bool: "boolean",
               list: "array", dict: "table"}

class RosterError(FileError):
    """A roster file that cannot be used; ``str()`` is one ``PATH:LINE: message`` line."""


@attrs.frozen
class RosterEntry:
    """One known person or organisation, as the roster file describes it."""

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    title: str | None = None
    gender: str | None = None
    description: str | None = None
    kind: str = "person"

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


class _NameClash(ValueError):
    """Two entries share a name form; positions index the roster's entries."""

    def __init__(self, key: str, first: int, second: int):
        super().__init__(f"{key!r} names entries {first} and {second}")
        self.key, self.first, self.second = key, first, second


def name_key(text: str) -> str:
    """The form of a name that lookups compare: folded case, spacing, apostrophes, no honorifics."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES_AND_HYPHENS)
    words = folded.casefold().split()
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
        del words[0]
    return " ".join(words)


def _surname_key(key: str) -> str | None:
    """The last word of a name key, passing over suffixes like "Jr."."""
    words = [word.rstrip(",") for word in key.split()]
    while len(words) > 1 and words[-1].rstrip(".") in SUFFIXES:
        words.pop()
    return words[-1] if words else None


def _index_forms(entries: tuple[RosterEntry, ...]) -> dict[str, int]:
    """Map each name key to the position of its entry; a key shared by two raises."""
    positions: dict[str, int] = {}
    for position, entry in enumerate(entries):
        for form in entry.forms:
            key = name_key(form)
            if key and positions.setdefault(key, position) != position:
                raise _NameClash(key, positions[key], position)
    return positions


@attrs.frozen
class Roster:
    """Known people and organisations, indexed once by every name form and surname."""

    entries: tuple[RosterEntry, ...] = attrs.field(default=(), converter=tuple)
    _by_name: Mapping[str, RosterEntry] = attrs.field(init=False, repr=False, eq=False)
    _by_surname: Mapping[str, tuple[RosterEntry, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    @_by_name.default
    def _build_name_index(self) -> dict[str, RosterEntry]:
        positions = _index_forms(self.entries)
        return {key: self.entries[position] for key, position in positions.items()}

    @_by_surname.default
    def _build_surname_index(self) -> dict[str, tuple[RosterEntry, ...]]:
        # A dict as an ordered set keeps roster order and drops repeats.
        grouped: dict[str, dict[RosterEntry, None]] = {}
        for key, entry in self._by_name.items():
            surname = _surname_key(key)
            if entry.kind == "person" and surname:
                grouped.setdefault(surname, {})[entry] = None
        return {surname: tuple(group) for surname, group in grouped.items()}

    def lookup(self, text: str) -> RosterEntry | None:
        """The entry whose canonical name or an alias is ``text``, or None."""
        return self._by_name.get(name_key(text))

    def by_surname(self, surname: str) -> tuple[RosterEntry, ...]:
        """The people whose name or an alias ends in ``surname``, in roster order."""
        return self._by_surname.get(name_key(surname), ())


class _EntryProblem(Exception):
    """A bad value in one ``[[person]]`` table, before its line is known."""

    def __init__(self, message: str, key: str, value: str | None = None):
        super().__init__(message)
        self.message, self.key, self.value = message, key, value


def _type_name(value: Any) -> str:
    return _TOML_TYPES.get(type(value), type(value).__name__)


def _text(table: dict[str, Any], key: str) -> str | None:
    """The whitespace-collapsed string at ``key``, None when absent or blank."""
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _EntryProblem(f"{key} must be a string, not {_type_name(value)}", key)
    return " ".join(value.split()) or None


def _entry(table: dict[str, Any]) -> RosterEntry:
    """Check one ``[[person]]`` table and make its entry."""
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise _EntryProblem(f"unknown key {key!r}{hint}", key)
    name = _text(table, "name")
    if name is None or not name_key(name):
        raise _EntryProblem("person has no name", "name")
    aliases = table.get("aliases", [])
    if not isinstance(aliases, list):
        raise _EntryProblem(f"aliases must be an array of strings, not {_type_name(aliases)}",
                            "aliases")
    for alias in aliases:
        if not isinstance(alias, str):
            raise _EntryProblem(f"aliases must hold strings, not {_type_name(alias)}", "aliases")
        if not name_key(alias):
            raise _EntryProblem(f"alias {alias!r} of {name} is empty", "aliases", alias)
    choices = {"gender": GENDERS, "kind": KINDS}
    values = {key: _text(table, key) for key in ("title", "gender", "description", "kind")}
    for key, allowed in choices.items():
        if values[key] is not None and values[key] not in allowed:
            raise _EntryProblem(
                f"{key} must be one of {', '.join(allowed)}, not {values[key]!r}", key
            )
    return RosterEntry(name, tuple(" ".join(alias.split()) for alias in aliases),
                       values["title"], values["gender"], values["description"],
                       values["kind"] or "person")


def _locate(source: str, key: str, person: int | None = None,
            value: str | None = None) -> int | None:
    """The line setting ``key`` at the top level or in the ``person``-th ``[[person]]`` table.

    The TOML decoder keeps no positions, so this reads the lines again; it
    gives the table's header line when the key is missing, or None.
    """
    lines = source.split("\n")
    assignment = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*[.=]")
    headers = [
        (number, match.group(1), [part.strip(" \t\"'") for part in match.group(2).split(".")])
        for number, line in enumerate(lines, 1)
        if (match := _TABLE_HEADER.match(line))
    ]
    if person is None:
        root_end = headers[0][0] if headers else len(lines) + 1
        for number, line in enumerate(lines[: root_end - 1], 1):
            if assignment.match(line):
                return number
        return next((number for number, _, parts in headers if parts[0] == key), None)
    starts = [number for number, brackets, parts in headers
              if brackets == "[[" and parts == ["person"]]
    if person >= len(starts):
        return None
    end = starts[person + 1] - 1 if person + 1 < len(starts) else len(lines)
    # A value is looked for from its key onwards: one alias of a long array.
    quoted = (f'"{value}"', f"'{value}'") if value is not None else ()
    found = None
    for number in range(starts[person] + 1, end + 1):
        line = lines[number - 1]
        found = found or (number if assignment.match(line) else None)
        if found and any(form in line for form in quoted):
            return number
    return found or starts[person]


def _read(path: str | os.PathLike[str]) -> str:
    """The roster file's text, decoded as UTF-8 (a byte-order mark is allowed)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise RosterError(path, f"cannot read roster: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise RosterError(path, "roster is not valid UTF-8", line) from None


def load_roster(path: str | os.PathLike[str]) -> Roster:
    """Read and check a roster file; any problem raises ``RosterError``."""
    source = _read(path)
    try:
        document = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        raise RosterError(path, *decode_problem(error, source)) from None
    for key in document:
        if key != "person":
            raise RosterError(path, f"unknown top-level key {key!r}; expected [[person]] tables",
                              _locate(source, key))
    tables = document.get("person", [])
    wrong = tables if not isinstance(tables, list) else next(
        (table for table in tables if not isinstance(table, dict)), None
    )
    if wrong is not None:
        raise RosterError(path, "person must be an array of tables ([[person]]), "
                          f"found {_type_name(wrong)}", _locate(source, "person"))
    entries = []
    for number, table in enumerate(tables):
        try:
            entries.append(_entry(table))
        except _EntryProblem as problem:
            line = _locate(source, problem.key, number, problem.value)
            raise RosterError(path, problem.message, line) from None
    try:
        return Roster(tuple(entries))
    except _NameClash as clash:
        first, second = entries[clash.first], entries[clash.second]
        form = next(form for form in second.forms if name_key(form) == clash.key)
        key = "name" if name_key(second.name) == clash.key else "aliases"
        first_line = _locate(source, "name", clash.first)
        where = f" (line {first_line})" if first_line else ""
        raise RosterError(path, f"{form!r} already names {first.name}{where}",
                          _locate(source, key, clash.second, form)) from None


@functools.cache
def _given_names() -> dict[str, str]:
    """Folded given name to gender, read once from ``data/names.json``."""
    source = importlib.resources.files("quotecheck") / "data" / "names.json"
    table = json.loads(source.read_text(encoding="utf-8"))
    return {_fold_given(name): gender for gender in ("female", "male")
            for name in table[gender]}


def _fold_given(name: str) -> str:
    """A given name without case or accents, so "José" finds "Jose"."""
    if name.isascii():
        return name.strip().casefold()  # no accents to take off
    decomposed = unicodedata.normalize("NFKD", name.strip())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def given_name_gender(first_name: str) -> str | None:
    """The usual gender of a given name: "female", "male", or None when unknown or shared."""
    return _given_names().get(_fold_given(first_name))
