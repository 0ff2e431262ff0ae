"""Which walked entries to skip: ``.gitignore`` files and exclude globs, with git's rules.

Patterns are git's (``pathspec.GitIgnoreSpec``): ``!`` re-includes, a
leading ``/`` anchors to the pattern file's directory, a trailing ``/``
matches directories only, ``**`` spans directories.  As in git, a
``.gitignore`` applies to its own directory's subtree, the deepest file with
an opinion on an entry decides (within one file the last matching line), and
an ignored directory is not entered, so nothing under it can be re-included.

``.gitignore`` files above a walked directory count up to the repository
root (the nearest directory holding ``.git``), with ``.git/info/exclude``
below them all; outside a repository only the walked tree's own files count.
A directory named to be walked is walked even when those parent files ignore
it (as a file named on the command line is always read); the parent files
are then left out for that walk, since every path under it would match.

Exclude globs are relative to a base directory.  A path outside the base can
match only unanchored patterns (``drafts/``, ``*.old.md``), which are tried
against its absolute path.
"""

from __future__ import annotations

import functools
import os
from typing import Iterable, Sequence

import attrs
import pathspec

__all__ = [
    "IGNORE_FILE", "IgnoreRules", "compile_patterns", "excluded", "read_ignore_file", "repository_root", "walk_rules",
]

IGNORE_FILE = ".gitignore"
#: A layer is a pattern file's compiled spec and the path from its directory to the current one.
Layer = tuple[str, pathspec.GitIgnoreSpec]


@functools.lru_cache(maxsize=64)
def _compile(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """``patterns`` compiled, remembered for the next caller with the same ones."""
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def compile_patterns(patterns: Iterable[str]) -> pathspec.GitIgnoreSpec:
    """Gitignore-style ``patterns`` compiled; a malformed one raises ``ValueError`` naming it."""
    patterns = tuple(patterns)
    try:
        return _compile(patterns)
    except ValueError:
        bad = next((pattern for pattern in patterns if not _valid(pattern)), "")
        raise ValueError(f"invalid pattern: {bad!r}") from None


def _valid(pattern: str) -> bool:
    """Whether ``pattern`` compiles on its own."""
    try:
        _compile((pattern,))
    except ValueError:
        return False
    return True


def _relative(path: str, base: str) -> str:
    """``path`` from ``base`` with forward slashes, or its absolute path if outside ``base``."""
    path = os.path.abspath(path)
    relative = os.path.relpath(path, os.path.abspath(base)) if _same_drive(path, base) else os.pardir
    if relative == os.curdir:
        return ""
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        # Anchored patterns never match here, but ``drafts/`` still finds any drafts directory.
        relative = os.path.splitdrive(path)[1].lstrip(os.sep)
    return relative.replace(os.sep, "/")


def _same_drive(path: str, base: str) -> bool:
    """Whether ``os.path.relpath`` can relate the two paths (always, except across Windows drives)."""
    return os.path.splitdrive(path)[0].lower() == os.path.splitdrive(os.path.abspath(base))[0].lower()


def excluded(
    path: str | os.PathLike[str],
    patterns: Sequence[str] | pathspec.GitIgnoreSpec,
    base: str | os.PathLike[str],
    *,
    directory: bool | None = None,
) -> bool:
    """Whether gitignore-style ``patterns`` relative to ``base`` exclude ``path`` or a directory above it."""
    spec = patterns if isinstance(patterns, pathspec.PathSpec) else compile_patterns(patterns)
    path = os.fspath(path)
    relative = _relative(path, os.fspath(base))
    if directory is None:
        directory = os.path.isdir(path)
    if not relative:
        return False
    return spec.check_file(relative + "/" if directory else relative).include is True


def read_ignore_file(path: str) -> pathspec.GitIgnoreSpec | None:
    """The patterns of one ignore file; None if it cannot be read.  Malformed lines are dropped, as git does."""
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            lines = stream.read().splitlines()
    except OSError:
        return None
    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except ValueError:
        return pathspec.GitIgnoreSpec.from_lines([line for line in lines if _valid(line)])


def repository_root(directory: str) -> str | None:
    """The nearest directory at or above ``directory`` that holds ``.git``, if any."""
    directory = os.path.abspath(directory)
    while not os.path.exists(os.path.join(directory, ".git")):
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent
    return directory


@attrs.frozen
class IgnoreRules:
    """The ignore files and exclude globs in force in one directory of a walk."""

    #: Pattern files from shallowest to deepest; the deepest with an opinion decides.
    layers: tuple[Layer, ...] = ()
    #: Exclude globs and the path from their base to this directory; any match excludes.
    excludes: Layer | None = None
    #: Whether ``.gitignore`` files met on the walk are read.
    gitignore: bool = True

    def ignored(self, name: str, *, directory: bool) -> bool:
        """Whether the entry ``name`` of this directory is to be skipped."""
        suffix = name + "/" if directory else name
        if self.excludes is not None:
            prefix, spec = self.excludes
            if spec.check_file(prefix + suffix).include is True:
                return True
        for prefix, spec in reversed(self.layers):
            verdict = spec.check_file(prefix + suffix).include
            if verdict is not None:
                return verdict
        return False

    def below(self, name: str) -> IgnoreRules:
        """The rules seen from the subdirectory ``name``, before its own ``.gitignore`` is read."""
        layers = tuple((prefix + name + "/", spec) for prefix, spec in self.layers)
        excludes = None if self.excludes is None else (self.excludes[0] + name + "/", self.excludes[1])
        return attrs.evolve(self, layers=layers, excludes=excludes)

    def adding(self, path: str) -> IgnoreRules:
        """The rules with the ignore file at ``path`` (in the current directory) deepest."""
        spec = read_ignore_file(path) if self.gitignore else None
        if spec is None or not spec.patterns:
            return self
        return attrs.evolve(self, layers=(*self.layers, ("", spec)))


def walk_rules(
    directory: str,
    *,
    exclude: Sequence[str] | pathspec.GitIgnoreSpec = (),
    base: str | None = None,
    gitignore: bool = True,
) -> IgnoreRules:
    """The rules at the top of a walk of ``directory``: parent ignore files and ``exclude`` globs from ``base``."""
    excludes = None
    if exclude:
        spec = exclude if isinstance(exclude, pathspec.PathSpec) else compile_patterns(exclude)
        relative = _relative(directory, base if base is not None else os.getcwd())
        excludes = (relative + "/" if relative else "", spec)
    rules = IgnoreRules(excludes=excludes, gitignore=gitignore)
    root = repository_root(directory) if gitignore else None
    if root is None:
        return rules
    parents = IgnoreRules(gitignore=True).adding(os.path.join(root, ".git", "info", "exclude"))
    current = root
    for name in _parts(os.path.relpath(os.path.abspath(directory), root)):
        parents = parents.adding(os.path.join(current, IGNORE_FILE))
        if parents.ignored(name, directory=True):
            return rules
        parents = parents.below(name)
        current = os.path.join(current, name)
    return attrs.evolve(rules, layers=parents.layers)


def _parts(relative: str) -> list[str]:
    """The directory names along a relative path (none for ``.``)."""
    return [] if relative == os.curdir else relative.split(os.sep)
