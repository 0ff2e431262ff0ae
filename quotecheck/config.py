"""Configuration for ``quotecheck check``: reading, checking and finding it.

A configuration lives in the ``[tool.quotecheck]`` table of a
``pyproject.toml`` or at the top level of a ``quotecheck.toml``::

    select = ["QC"]                   # code prefixes to enable
    ignore = ["QC202"]                # code prefixes to disable
    severity = { QC104 = "error" }    # code or prefix -> info | warning | error
    fail-level = "warning"            # info | warning | error | never
    roster = "desk/roster.toml"       # relative to this file
    accepted-sources = ["a White House spokesman"]
    min-confidence = 0.6              # 0 to 1
    exclude = ["drafts/", "*.old.md"] # gitignore-style, relative to this file
    index = ".quotecheck/index.db"    # provenance index, relative to this file
    extend = "../base.toml"           # inherit, then override key by key

A code is enabled when the longest ``select`` or ``ignore`` prefix that
matches it comes from ``select``; on a tie ``ignore`` wins, and a code no
prefix matches is disabled.  ``severity`` likewise takes the longest prefix.

The closest configuration to a checked file applies: its own directory
first, then each parent; in one directory ``quotecheck.toml`` wins over
``pyproject.toml``, which counts only if it has a ``[tool.quotecheck]``
table.  Any problem raises ``ConfigError``, whose text is one line that
names the file (and the line, where one is known).
"""

from __future__ import annotations

import difflib
import os
import re
from typing import Any, Mapping

import attrs

from quotecheck.checks.codes import CODES
from quotecheck.checks.model import SEVERITIES
from quotecheck.readers.ignore import compile_patterns, excluded
from quotecheck.tomlfile import FileError, decode_problem, tomllib

__all__ = ["Config", "ConfigCache", "ConfigError", "find_config", "load_config", "unknown_code", "FAIL_LEVELS"]

CONFIG_FILE = "quotecheck.toml"
PYPROJECT_FILE = "pyproject.toml"
#: ``fail-level`` is a severity, or ``never`` to always exit 0 when findings are the only problem.
FAIL_LEVELS = (*SEVERITIES, "never")
# TOML key -> Config field, for every key a table may hold besides ``extend``.
KEYS = {
    "select": "select", "ignore": "ignore", "severity": "severity", "fail-level": "fail_level",
    "roster": "roster", "accepted-sources": "accepted_sources", "min-confidence": "min_confidence",
    "exclude": "exclude", "index": "index",
}
_TABLE_HEADER = re.compile(r"\s*\[\s*tool\s*\.\s*quotecheck\b")


def _read_only(mapping: Mapping[str, str]) -> Mapping[str, str]:
    """A copy of ``mapping`` that can be handed to worker processes (a mapping proxy cannot be pickled)."""
    return dict(mapping)


@attrs.frozen
class Config:
    """The settings of one configuration file, with defaults for anything it leaves out."""

    select: tuple[str, ...] = attrs.field(default=("QC",), converter=tuple)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    severity: Mapping[str, str] = attrs.field(factory=dict, converter=_read_only, hash=False)
    fail_level: str = "error"
    roster: str | None = None
    accepted_sources: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    min_confidence: float = 0.5
    exclude: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    #: The directory ``exclude`` is relative to: that of the file that set it.
    exclude_base: str | None = None
    index: str | None = None
    path: str | None = None

    def enabled(self, code: str) -> bool:
        """Whether ``code`` is on: the longest matching prefix decides, ``ignore`` winning ties."""
        selected = max((len(prefix) for prefix in self.select if code.startswith(prefix)), default=-1)
        ignored = max((len(prefix) for prefix in self.ignore if code.startswith(prefix)), default=-1)
        return selected > ignored

    def severity_of(self, code: str, default: str) -> str:
        """The severity set for ``code`` by its longest matching prefix, else ``default``."""
        matches = [prefix for prefix in self.severity if code.startswith(prefix)]
        return self.severity[max(matches, key=len)] if matches else default

    def excluded(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` matches this configuration's ``exclude`` globs."""
        if not self.exclude or self.exclude_base is None:
            return False
        return excluded(path, self.exclude, self.exclude_base)


class ConfigError(FileError):
    """A configuration that cannot be used; ``str()`` is one ``PATH[:LINE]: message`` line."""


def load_config(path: str | os.PathLike[str]) -> Config:
    """The configuration in ``path`` and the files it extends; any problem raises ``ConfigError``."""
    path = os.fspath(path)
    return Config(**_values(path, ()), path=path)


def _values(path: str, chain: tuple[str, ...]) -> dict[str, Any]:
    """The Config fields set by ``path`` over those of the files it extends."""
    source, table = _table(path)
    values: dict[str, Any] = {}
    extend = table.get("extend")
    if extend is not None:
        if not isinstance(extend, str):
            raise _problem(path, source, "extend", f"extend must be a string, found {_type_name(extend)}")
        target = os.path.normpath(os.path.join(os.path.dirname(path), extend))
        real = os.path.realpath(target)
        here = os.path.realpath(path)
        if real in (*chain, here):
            cycle = " -> ".join(os.path.basename(name) for name in (*chain, here, real))
            raise _problem(path, source, "extend", f"extend cycle: {cycle}")
        if not os.path.isfile(target):
            raise _problem(path, source, "extend", f"extend target not found: {extend!r}")
        values = _values(target, (*chain, here))
    base = os.path.dirname(os.path.abspath(path))
    for key, value in table.items():
        if key == "extend":
            continue
        if key not in KEYS:
            close = difflib.get_close_matches(key, [*KEYS, "extend"], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise _problem(path, source, key, f"unknown key {key!r}{hint}")
        try:
            values[KEYS[key]] = _check(key, value, base)
        except _Problem as problem:
            raise _problem(path, source, problem.needle or key, problem.message) from None
        if key == "exclude":
            values["exclude_base"] = base
    return values


class _Problem(Exception):
    """A bad value, before the file and line are known."""

    def __init__(self, message: str, needle: str | None = None):
        super().__init__(message)
        self.message, self.needle = message, needle


def _check(key: str, value: object, base: str) -> object:
    """The Config field value for TOML ``key``, or ``_Problem`` saying why ``value`` is wrong."""
    if key in ("select", "ignore", "accepted-sources", "exclude"):
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _Problem(f"{key} must be an array of strings, found {_type_name(value)}")
        if key in ("select", "ignore"):
            for code in value:
                _check_code(code)
        if key == "exclude":
            try:
                compile_patterns(value)
            except ValueError as error:
                raise _Problem(f"exclude: {error}") from None
        return tuple(value)
    if key == "severity":
        if not isinstance(value, dict):
            raise _Problem(f"severity must be a table of code = level, found {_type_name(value)}")
        for code, level in value.items():
            _check_code(code)
            if level not in SEVERITIES:
                raise _Problem(f"severity of {code} must be one of {', '.join(SEVERITIES)}, found {level!r}",
                               code)
        return value
    if key == "fail-level":
        if value not in FAIL_LEVELS:
            raise _Problem(f"fail-level must be one of {', '.join(FAIL_LEVELS)}, found {value!r}")
        return value
    if key == "min-confidence":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise _Problem(f"min-confidence must be a number from 0 to 1, found {value!r}")
        return float(value)
    # roster and index: paths relative to the file that names them.
    if not isinstance(value, str) or not value:
        raise _Problem(f"{key} must be a path string, found {_type_name(value)}")
    return os.path.normpath(os.path.join(base, value))


def unknown_code(code: str) -> str | None:
    """Why ``code`` is neither a known rule code nor the prefix of one, with the closest code; None when it is."""
    if code and any(known.startswith(code) for known in CODES):
        return None
    close = difflib.get_close_matches(code, CODES, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown code {code!r}{hint}"


def _check_code(code: str) -> None:
    """Raise ``_Problem`` unless ``code`` is a known code or the prefix of one."""
    problem = unknown_code(code)
    if problem is not None:
        raise _Problem(problem, code)


def _parse(path: str) -> tuple[str, dict[str, Any]]:
    """The text of ``path`` and the TOML document in it."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as error:
        raise ConfigError(path, f"cannot read config: {(error.strerror or str(error)).lower()}") from None
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(path, "config is not valid UTF-8", data[: error.start].count(b"\n") + 1) from None
    try:
        return source, tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message, line = decode_problem(error, source)
        raise ConfigError(path, f"invalid TOML: {message}", line) from None


def _quotecheck_table(path: str, document: dict[str, Any]) -> object:
    """The quotecheck table of a parsed file (None when a pyproject.toml has none)."""
    if os.path.basename(path) != PYPROJECT_FILE:
        return document
    tool = document.get("tool")
    return tool.get("quotecheck") if isinstance(tool, dict) else None


def _table(path: str) -> tuple[str, dict[str, Any]]:
    """The text of ``path`` and its quotecheck table."""
    source, document = _parse(path)
    table = _quotecheck_table(path, document)
    if table is None:
        raise ConfigError(path, "no [tool.quotecheck] table")
    if not isinstance(table, dict):
        raise ConfigError(path, f"tool.quotecheck must be a table, found {_type_name(table)}")
    return source, table


def _problem(path: str, source: str, needle: str, message: str) -> ConfigError:
    """A ConfigError for ``path``, on the first line that names ``needle`` as a key or string."""
    pattern = re.compile(rf"""(^|[\s{{\[,."'])["']?{re.escape(needle)}["']?\s*[=,\]}}]""")
    lines = source.splitlines()
    # In a pyproject.toml, look from the quotecheck table onwards.
    start = next((number for number, line in enumerate(lines) if _TABLE_HEADER.match(line)), 0)
    line = next((number + 1 for number in range(start, len(lines)) if pattern.search(lines[number])), None)
    return ConfigError(path, message, line)


def _type_name(value: object) -> str:
    """The TOML name of ``value``'s type."""
    names = {bool: "boolean", str: "string", int: "integer", float: "float", list: "array", dict: "table"}
    return names.get(type(value), type(value).__name__)


def _declares(directory: str) -> str | None:
    """The configuration file in ``directory`` itself, if it has one."""
    candidate = os.path.join(directory, CONFIG_FILE)
    if os.path.isfile(candidate):
        return candidate
    candidate = os.path.join(directory, PYPROJECT_FILE)
    try:
        with open(candidate, "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    # Most pyproject.toml files never mention quotecheck: skip parsing those.
    if b"quotecheck" not in data:
        return None
    _, document = _parse(candidate)
    return None if _quotecheck_table(candidate, document) is None else candidate


def find_config(path: str | os.PathLike[str]) -> str | None:
    """The closest configuration file to ``path``, looking in its directory and then each parent."""
    return _search(path, {})


def _search(path: str | os.PathLike[str], memo: dict[str, str | None]) -> str | None:
    """``find_config``, reusing and filling ``memo`` (directory -> its closest file)."""
    directory = os.path.abspath(path)
    if not os.path.isdir(directory):
        directory = os.path.dirname(directory)
    passed = []
    found = None
    while directory not in memo:
        passed.append(directory)
        found = _declares(directory)
        parent = os.path.dirname(directory)
        if found is not None or parent == directory:
            break
        directory = parent
    else:
        found = memo[directory]
    for seen in passed:
        memo[seen] = found
    return found


class ConfigCache:
    """Finds and loads the configuration of each checked file, reading each directory and file once."""

    def __init__(self, default: Config | None = None):
        self.default = default or Config()
        self._files: dict[str, str | None] = {}
        self._configs: dict[str, Config | ConfigError] = {}

    def config_for(self, path: str | os.PathLike[str]) -> Config:
        """The configuration that applies to ``path`` (the default when no file declares one).

        A file that cannot be used raises its ConfigError for every path it governs, read only once.
        """
        found = _search(path, self._files)
        if found is None:
            return self.default
        if found not in self._configs:
            try:
                self._configs[found] = load_config(found)
            except ConfigError as problem:
                self._configs[found] = problem
        loaded = self._configs[found]
        if isinstance(loaded, ConfigError):
            raise loaded.with_traceback(None)  # not a traceback that grows with every path it governs
        return loaded
