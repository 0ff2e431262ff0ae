"""Tests for directory walks that honour .gitignore files and exclude globs (quotecheck.readers.ignore)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import quotecheck.readers as readers
from quotecheck.readers import read_inputs
from quotecheck.readers.ignore import compile_patterns, excluded, repository_root, walk_rules


def tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (relative path -> text) under ``root``; a name ending in / is a directory."""
    for name, text in files.items():
        path = root / name
        if name.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text or f"Story {name}.")
    return root


def walked(directory: Path, relative_to: Path | None = None, **options) -> list[str]:
    """Paths read from ``directory``, relative to ``relative_to`` (default: ``directory``), with / separators."""
    items = list(read_inputs([str(directory)], **options))
    return [os.path.relpath(item.path, relative_to or directory).replace(os.sep, "/") for item in items]


# --- .gitignore ----------------------------------------------------------------


def test_root_gitignore(tmp_path):
    tree(tmp_path, {
        ".git/": "", ".gitignore": "*.txt\n/top.md\nold.md/\n",
        "a.md": "", "b.txt": "", "top.md": "", "sub/top.md": "", "sub/c.txt": "",
        "old.md/inside.md": "", "sub/old.md": "",
    })
    assert walked(tmp_path) == ["a.md", "sub/old.md", "sub/top.md"]


def test_gitignore_read_outside_a_repository_too(tmp_path):
    tree(tmp_path, {".gitignore": "*.txt\n", "a.md": "", "b.txt": ""})
    assert walked(tmp_path) == ["a.md"]


def test_nested_gitignore_applies_to_its_subtree(tmp_path):
    tree(tmp_path, {
        ".git/": "", "a.md": "", "b.html": "",
        "sub/.gitignore": "*.md\n", "sub/c.md": "", "sub/d.html": "", "sub/deep/e.md": "",
        "other/f.md": "",
    })
    assert walked(tmp_path) == ["a.md", "b.html", "other/f.md", "sub/d.html"]


def test_negation_and_deeper_files_win(tmp_path):
    tree(tmp_path, {
        ".git/": "", ".gitignore": "*.md\n!keep.md\n",
        "a.md": "", "keep.md": "", "b.txt": "",
        "sub/.gitignore": "!wanted.md\nb.txt\n", "sub/wanted.md": "", "sub/other.md": "", "sub/b.txt": "",
    })
    assert walked(tmp_path) == ["b.txt", "keep.md", "sub/wanted.md"]


def test_ignored_directory_cannot_be_reopened_from_inside(tmp_path):
    tree(tmp_path, {
        ".git/": "", ".gitignore": "drafts/\n",
        "drafts/.gitignore": "!*\n", "drafts/a.md": "", "b.md": "",
    })
    assert walked(tmp_path) == ["b.md"]


def test_double_star(tmp_path):
    tree(tmp_path, {
        ".gitignore": "news/**/secret.md\n**/tmp\n",
        "news/secret.md": "", "news/a/b/secret.md": "", "secret.md": "",
        "x/tmp/a.md": "", "tmp/b.md": "", "tmp.md": "",
    })
    assert walked(tmp_path) == ["secret.md", "tmp.md"]


def test_parent_gitignore_counts_up_to_the_repository_root(tmp_path):
    tree(tmp_path, {
        ".gitignore": "*.md\n",  # above the repository: not ours
        "repo/.git/": "", "repo/.gitignore": "*.txt\n/news/local.html\n",
        "repo/news/.gitignore": "*.htm\n",
        "repo/news/desk/a.md": "", "repo/news/desk/b.txt": "", "repo/news/desk/c.htm": "",
        "repo/news/local.html": "",
    })
    assert walked(tmp_path / "repo" / "news" / "desk") == ["a.md"]
    assert walked(tmp_path / "repo" / "news") == ["desk/a.md"]


def test_git_info_exclude(tmp_path):
    tree(tmp_path, {".git/info/exclude": "*.txt\n", "a.md": "", "b.txt": "", "sub/c.txt": ""})
    assert walked(tmp_path / "sub") == []
    assert walked(tmp_path) == ["a.md"]


def test_named_directory_is_walked_even_if_a_parent_ignores_it(tmp_path):
    tree(tmp_path, {
        ".git/": "", ".gitignore": "build/\n*.txt\n",
        "build/a.md": "", "build/b.txt": "", "build/sub/.gitignore": "c.md\n", "build/sub/c.md": "",
    })
    assert walked(tmp_path) == []
    # The parent files are left out, the walked tree's own ones still count.
    assert walked(tmp_path / "build") == ["a.md", "b.txt"]


def test_explicit_file_is_read_even_if_ignored_or_excluded(tmp_path, monkeypatch):
    tree(tmp_path, {".git/": "", ".gitignore": "*.md\n", "a.md": "", "drafts/b.md": ""})
    monkeypatch.chdir(tmp_path)
    items = list(read_inputs(["a.md", "drafts/b.md", "."], exclude=["drafts/"]))
    assert [item.path for item in items] == ["a.md", "drafts/b.md"]


def test_gitignore_can_be_turned_off(tmp_path):
    tree(tmp_path, {".git/": "", ".gitignore": "*.md\n", "a.md": "", "sub/.gitignore": "*.txt\n", "sub/b.txt": ""})
    assert walked(tmp_path) == []
    assert walked(tmp_path, gitignore=False) == ["a.md", "sub/b.txt"]


def test_malformed_gitignore_line_is_dropped(tmp_path):
    tree(tmp_path, {".gitignore": "!\n*.txt\n", "a.md": "", "b.txt": ""})
    assert walked(tmp_path) == ["a.md"]


def test_ignored_and_excluded_directories_are_not_entered(tmp_path, monkeypatch):
    tree(tmp_path, {".gitignore": "vendor/\n", "vendor/deep/a.md": "", "news/b.md": "", "c.md": ""})
    scanned: list[str] = []
    real_scandir = os.scandir

    def scandir(path):
        scanned.append(os.path.relpath(path, tmp_path))
        return real_scandir(path)

    monkeypatch.setattr(readers.os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    assert walked(tmp_path, exclude=["news"]) == ["c.md"]
    assert scanned == ["."]


# --- exclude globs -------------------------------------------------------------


def test_exclude_globs_relative_to_the_current_directory(tmp_path, monkeypatch):
    tree(tmp_path, {
        "articles/a.md": "", "articles/drafts/b.md": "", "articles/c.old.md": "",
        "articles/sub/drafts/d.md": "", "articles/sub/e.md": "", "f.md": "",
    })
    monkeypatch.chdir(tmp_path)
    assert walked(tmp_path / "articles", exclude=["/articles/drafts/", "*.old.md"]) == [
        "a.md", "sub/drafts/d.md", "sub/e.md"]
    assert walked(tmp_path / "articles", exclude=["drafts/"]) == ["a.md", "c.old.md", "sub/e.md"]
    # Anchored globs are relative to the current directory, not the walked one.
    assert walked(tmp_path / "articles", exclude=["/drafts/"]) == [
        "a.md", "c.old.md", "drafts/b.md", "sub/drafts/d.md", "sub/e.md"]
    # As in git, a file under an excluded directory cannot be re-included.
    assert walked(tmp_path, exclude=["articles/**", "!articles/sub/e.md"]) == ["f.md"]
    assert walked(tmp_path, exclude=["articles/*.md", "!articles/a.md"]) == [
        "articles/a.md", "articles/drafts/b.md", "articles/sub/drafts/d.md", "articles/sub/e.md", "f.md"]


def test_exclude_outside_the_current_directory_matches_unanchored_globs(tmp_path, monkeypatch):
    tree(tmp_path, {"here/": "", "there/a.md": "", "there/drafts/b.md": "", "there/c.txt": ""})
    monkeypatch.chdir(tmp_path / "here")
    assert walked(tmp_path / "there", exclude=["drafts/", "*.txt", "/there/"]) == ["a.md"]


def test_bad_exclude_fails_at_once():
    with pytest.raises(ValueError, match="invalid pattern: '!'"):
        read_inputs(["."], exclude=["drafts/", "!"])


# --- helpers -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "patterns", "directory", "expected"), [
    ("drafts/a.md", ["drafts/"], False, True),
    ("news/drafts/a.md", ["drafts/"], False, True),
    ("news/drafts/a.md", ["/drafts/"], False, False),
    ("drafts", ["drafts/"], False, False),
    ("drafts", ["drafts/"], True, True),
    ("a.old.md", ["*.old.md"], False, True),
    ("a.old.md", ["*.md", "!*.old.md"], False, False),
    ("x/y/z.md", ["x/**/z.md"], False, True),
    ("", ["*"], True, False),
])
def test_excluded(tmp_path, path, patterns, directory, expected):
    assert excluded(tmp_path / path, patterns, tmp_path, directory=directory) is expected


def test_excluded_looks_at_the_disk_when_not_told(tmp_path):
    tree(tmp_path, {"drafts/": "", "notes.md": ""})
    assert excluded(tmp_path / "drafts", ["drafts/"], tmp_path)
    assert not excluded(tmp_path / "notes.md", ["notes.md/"], tmp_path)
    assert excluded(str(tmp_path / "notes.md"), compile_patterns(["notes.md"]), str(tmp_path))


def test_repository_root(tmp_path):
    tree(tmp_path, {"repo/.git/": "", "repo/a/b/": ""})
    assert repository_root(str(tmp_path / "repo" / "a" / "b")) == str(tmp_path / "repo")
    (tmp_path / "repo" / "a" / ".git").write_text("gitdir: elsewhere\n")  # a submodule's .git is a file
    assert repository_root(str(tmp_path / "repo" / "a" / "b")) == str(tmp_path / "repo" / "a")


def test_walk_rules_layers(tmp_path):
    tree(tmp_path, {".git/": "", ".gitignore": "*.txt\n", "a/.gitignore": "*.md\n", "a/b/": ""})
    rules = walk_rules(str(tmp_path / "a" / "b"))
    assert rules.ignored("x.txt", directory=False) and rules.ignored("x.md", directory=False)
    assert not rules.ignored("x.html", directory=False)
    assert not walk_rules(str(tmp_path / "a" / "b"), gitignore=False).ignored("x.md", directory=False)
