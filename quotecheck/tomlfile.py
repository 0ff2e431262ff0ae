"""What the roster and the configuration share: TOML reading and one-line errors.

``tomllib`` from Python 3.11, ``tomli`` before it.  A ``FileError`` names
the file, and the line when one is known, on a single line, so the command
line can print it as it is.
"""

from __future__ import annotations

import os
import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["FileError", "decode_problem", "tomllib"]

_TOML_POSITION = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


class FileError(Exception):
    """A file that cannot be used; ``str()`` is one ``PATH[:LINE]: message`` line."""

    def __init__(self, path: str | os.PathLike[str], message: str, line: int | None = None):
        super().__init__(path, message, line)
        self.path, self.message, self.line = os.fspath(path), message, line

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return " ".join(f"{where}: {self.message}".split())


def decode_problem(error: tomllib.TOMLDecodeError, source: str) -> tuple[str, int]:
    """The message (with its column) and line of a TOML syntax error."""
    match = _TOML_POSITION.search(str(error))
    message = _TOML_POSITION.sub("", str(error))
    if match is None or match.group(1) is None:
        return message, source.count("\n") + 1
    return f"{message} (column {match.group(2)})", int(match.group(1))
