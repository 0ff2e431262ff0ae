"""Fixtures shared by the reporter tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def news_directory(tmp_path, monkeypatch):
    """A function that writes ``news/harbour.md`` and ``news/corpus.jsonl`` and makes their parent current."""
    def write(article: str, corpus: str):
        (tmp_path / "news").mkdir()
        (tmp_path / "news" / "harbour.md").write_text(article, encoding="utf-8")
        (tmp_path / "news" / "corpus.jsonl").write_text(corpus, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        return tmp_path
    return write
