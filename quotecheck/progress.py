"""A progress line on standard error, drawn only when a person is watching.

When the stream is a terminal the line is redrawn in place at most a few
times a second: a bar when the number of files is known, a count of
documents always.  Anywhere else (CI logs, pipes, files) it writes nothing.
"""

from __future__ import annotations

import time
from typing import Iterable, Iterator, TextIO, TypeVar

Item = TypeVar("Item")
WIDTH = 24
#: Seconds between redraws, so drawing costs nothing next to checking.
INTERVAL = 0.1


class Progress:
    """Counts documents and files as they pass, and draws them on a terminal."""

    def __init__(self, stream: TextIO, *, files: int | None = None, enabled: bool | None = None) -> None:
        self.stream = stream
        self.files = files
        self.enabled = stream.isatty() if enabled is None else enabled
        self.documents = 0
        self.paths = 0
        self.last_path: str | None = None
        self.drawn = 0.0

    def advance(self, path: str) -> None:
        """Count one document from ``path``."""
        self.documents += 1
        if path != self.last_path:
            self.paths += 1
            self.last_path = path
        now = time.monotonic()
        if self.enabled and now - self.drawn >= INTERVAL:
            self.drawn = now
            self.draw()

    def line(self) -> str:
        """The progress line as it stands."""
        count = f"{self.documents} document{'s' if self.documents != 1 else ''}"
        if not self.files:
            return f"checking: {count}"
        done = min(self.paths, self.files)
        filled = WIDTH * done // self.files
        return f"[{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{self.files} files, {count}"

    def draw(self) -> None:
        """Redraw the line in place."""
        self.stream.write("\r\x1b[2K" + self.line())
        self.stream.flush()

    def close(self) -> None:
        """Clear the line so the report starts on a clean one."""
        if self.enabled and self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()

    def follow(self, items: Iterable[Item], path_of) -> Iterator[Item]:
        """``items`` unchanged, counted as they pass."""
        try:
            for item in items:
                self.advance(path_of(item))
                yield item
        finally:
            self.close()
