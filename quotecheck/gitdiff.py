"""The lines a branch changed, read from ``git diff``, for gating only what changed.

``changed_lines(ref)`` finds the merge base of ``ref`` and ``HEAD`` and diffs
it against the working tree with no context, so committed, staged and
unstaged edits all count; files git does not track yet count as changed
throughout.  A pure deletion marks the lines on either side of the cut, since
a quote that lost words there has changed.
"""

from __future__ import annotations

import os
import subprocess
from typing import Iterable

import regex

HUNK = regex.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.MULTILINE)
#: Marks a file wholly new to the branch: every line counts as changed.
WHOLE_FILE = frozenset({0})


class GitError(Exception):
    """git could not answer: not a repository, an unknown ref, or no git at all."""


def git(arguments: Iterable[str], cwd: str) -> str:
    """The output of one git command, or GitError with git's own one-line reason."""
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", check=False)
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror or error}") from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise GitError(reason.removeprefix("fatal: "))
    return done.stdout


def changed_lines(ref: str, cwd: str = ".") -> dict[str, frozenset[int]]:
    """Real path of each changed file to its changed line numbers (``WHOLE_FILE`` for an untracked one)."""
    root = git(["rev-parse", "--show-toplevel"], cwd).strip()
    base = git(["merge-base", ref, "HEAD"], cwd).strip()
    diff = git(["diff", "--no-color", "--no-ext-diff", "--no-renames", "-U0", base, "--"], root)
    changed: dict[str, set[int]] = {}
    lines: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
            lines = None if target == "/dev/null" else changed.setdefault(
                os.path.realpath(os.path.join(root, target[2:] if target.startswith("b/") else target)), set())
        elif line.startswith("@@") and lines is not None:
            hunk = HUNK.match(line)
            if hunk:
                start, count = int(hunk.group(1)), int(hunk.group(2) or 1)
                lines.update(range(start, start + count) if count else (start, start + 1))
    result = {path: frozenset(lines) for path, lines in changed.items()}
    untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    for name in filter(None, untracked.split("\0")):
        result[os.path.realpath(os.path.join(root, name))] = WHOLE_FILE
    return result


def touches(changed: dict[str, frozenset[int]], path: str, first_line: int, last_line: int) -> bool:
    """True when lines ``first_line`` to ``last_line`` of ``path`` include a changed one."""
    lines = changed.get(os.path.realpath(path))
    if not lines:
        return False
    if lines is WHOLE_FILE:
        return True
    return any(line in lines for line in range(first_line, last_line + 1))
