"""Tests for quotecheck.config: reading, checking, extending and finding configuration files."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from quotecheck.checks.codes import CODES
from quotecheck.config import Config, ConfigCache, ConfigError, find_config, load_config


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- defaults and values -------------------------------------------------------


def test_defaults_enable_every_code():
    config = Config()
    assert config.path is None and config.fail_level == "error" and config.min_confidence == 0.5
    assert all(config.enabled(code) for code in CODES)
    assert config.severity_of("QC101", "warning") == "warning"


def test_every_key_is_read(tmp_path):
    path = write(tmp_path / "quotecheck.toml", """
select = ["QC1", "QC2"]
ignore = ["QC202"]
severity = { QC104 = "error", QC1 = "info" }
fail-level = "warning"
roster = "desk/roster.toml"
accepted-sources = ["a White House spokesman"]
min-confidence = 0.75
exclude = ["drafts/"]
index = ".quotecheck/index.db"
""")
    config = load_config(path)
    assert config.select == ("QC1", "QC2") and config.ignore == ("QC202",)
    assert dict(config.severity) == {"QC104": "error", "QC1": "info"}
    assert config.fail_level == "warning"
    assert config.roster == str(tmp_path / "desk" / "roster.toml")
    assert config.index == str(tmp_path / ".quotecheck" / "index.db")
    assert config.accepted_sources == ("a White House spokesman",)
    assert config.min_confidence == 0.75
    assert config.exclude == ("drafts/",) and config.exclude_base == str(tmp_path)
    assert config.path == str(path)


def test_integer_confidence_becomes_float(tmp_path):
    config = load_config(write(tmp_path / "quotecheck.toml", "min-confidence = 1\n"))
    assert config.min_confidence == 1.0 and isinstance(config.min_confidence, float)


def test_severity_longest_prefix_wins():
    config = Config(severity={"QC": "info", "QC1": "warning", "QC104": "error"})
    assert config.severity_of("QC104", "info") == "error"
    assert config.severity_of("QC101", "info") == "warning"
    assert config.severity_of("QC201", "error") == "info"
    assert Config(severity={"QC2": "info"}).severity_of("QC101", "error") == "error"


@pytest.mark.parametrize(("select", "ignore", "on"), [
    (("QC",), (), set(CODES)),
    (("QC1",), (), {"QC101", "QC102", "QC103", "QC104"}),
    (("QC",), ("QC1",), set(CODES) - {"QC101", "QC102", "QC103", "QC104"}),
    # The longer prefix wins: QC104 comes back though QC1 is ignored.
    (("QC", "QC104"), ("QC1",), set(CODES) - {"QC101", "QC102", "QC103"}),
    # On a tie, ignore wins.
    (("QC101",), ("QC101",), set()),
    (("QC1",), ("QC1", "QC"), set()),
    # An ignore longer than the select removes just that code.
    (("QC3",), ("QC302",), {"QC301", "QC303", "QC304"}),
    ((), (), set()),
])
def test_select_and_ignore_prefixes(select, ignore, on):
    config = Config(select=select, ignore=ignore)
    assert {code for code in CODES if config.enabled(code)} == on


def test_config_is_frozen_and_crosses_to_worker_processes():
    config = Config(severity={"QC101": "warning"})
    with pytest.raises(AttributeError):
        config.select = ("QC1",)
    assert pickle.loads(pickle.dumps(config)) == config


def test_excluded_is_relative_to_the_config_file(tmp_path, monkeypatch):
    config = load_config(write(tmp_path / "desk" / "quotecheck.toml", 'exclude = ["/drafts/", "*.old.md"]\n'))
    monkeypatch.chdir(tmp_path)
    assert config.excluded(tmp_path / "desk" / "drafts" / "a.md")
    assert config.excluded(tmp_path / "desk" / "news" / "b.old.md")
    assert not config.excluded(tmp_path / "desk" / "news" / "drafts" / "a.md")
    assert not config.excluded(tmp_path / "desk" / "news" / "b.md")
    assert not Config().excluded(tmp_path / "a.md")


# --- pyproject.toml ------------------------------------------------------------


def test_pyproject_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", """
[project]
name = "desk"

[tool.quotecheck]
select = ["QC2"]
roster = "roster.toml"

[tool.quotecheck.severity]
QC202 = "error"
""")
    config = load_config(path)
    assert config.select == ("QC2",) and dict(config.severity) == {"QC202": "error"}
    assert config.roster == str(tmp_path / "roster.toml")


def test_pyproject_without_table_is_an_error_when_named(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "desk"\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml: no \[tool\.quotecheck\] table"):
        load_config(path)


def test_pyproject_error_line_is_inside_the_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", """[project]
select = "fine here"

[tool.quotecheck]
ignore = ["QC1"]
select = "QC1"
""")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:6: select must be an array of strings, found string"


# --- errors --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "line", "words"), [
    ('select = ["QC"]\nselct = ["QC1"]\n', 2, "unknown key 'selct' (did you mean 'select'?)"),
    ('select = ["QC9999"]\n', 1, "unknown code 'QC9999'"),
    ('ignore = ["QC", "XY"]\n', 1, "unknown code 'XY'"),
    ('select = [""]\n', 1, "unknown code ''"),
    ('select = "QC"\n', 1, "select must be an array of strings, found string"),
    ('exclude = [1]\n', 1, "exclude must be an array of strings"),
    ('exclude = ["!"]\n', 1, "exclude: invalid pattern: '!'"),
    ('\nseverity = { QC101 = "fatal" }\n', 2, "severity of QC101 must be one of info, warning, error"),
    ('[severity]\nQC777 = "error"\n', 2, "unknown code 'QC777'"),
    ('severity = "error"\n', 1, "severity must be a table"),
    ('fail-level = "fatal"\n', 1, "fail-level must be one of info, warning, error, never"),
    ('min-confidence = 1.5\n', 1, "min-confidence must be a number from 0 to 1"),
    ('min-confidence = true\n', 1, "min-confidence must be a number from 0 to 1"),
    ('roster = 3\n', 1, "roster must be a path string, found integer"),
    ('index = ""\n', 1, "index must be a path string"),
    ('extend = ["a.toml"]\n', 1, "extend must be a string, found array"),
    ('select = ["QC"\n', 2, "invalid TOML"),
    ('select = ["QC"]\nselect = ["QC1"]\n', 2, "invalid TOML"),
])
def test_errors_are_one_line_naming_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path / "quotecheck.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:{line}: ")
    assert words in message
    assert caught.value.path == str(path) and caught.value.line == line


def test_unreadable_and_undecodable_files(tmp_path):
    missing = tmp_path / "quotecheck.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(missing)
    assert str(caught.value) == f"{missing}: cannot read config: no such file or directory"
    missing.write_bytes(b'select = ["QC"]\nroster = "\xff"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(missing)
    assert str(caught.value) == f"{missing}:2: config is not valid UTF-8"


def test_error_text_is_one_line():
    assert str(ConfigError("quotecheck.toml", "unknown key 'selct'")) == "quotecheck.toml: unknown key 'selct'"
    assert str(ConfigError(Path("q.toml"), "bad\nthing", 4)) == "q.toml:4: bad thing"


# --- extend --------------------------------------------------------------------


def test_extend_chain_overrides_key_by_key(tmp_path):
    write(tmp_path / "base.toml", """
select = ["QC1"]
roster = "base-roster.toml"
exclude = ["old/"]
min-confidence = 0.9
""")
    write(tmp_path / "team" / "middle.toml", """
extend = "../base.toml"
select = ["QC"]
index = "index.db"
""")
    top = write(tmp_path / "team" / "desk" / "quotecheck.toml", """
extend = "../middle.toml"
min-confidence = 0.2
""")
    config = load_config(top)
    assert config.select == ("QC",)
    assert config.min_confidence == 0.2
    # Paths stay relative to the file that set them.
    assert config.roster == str(tmp_path / "base-roster.toml")
    assert config.index == str(tmp_path / "team" / "index.db")
    assert config.exclude == ("old/",) and config.exclude_base == str(tmp_path)
    assert config.path == str(top)


def test_extend_a_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.quotecheck]\nignore = ["QC9"]\n')
    config = load_config(write(tmp_path / "sub" / "quotecheck.toml", 'extend = "../pyproject.toml"\n'))
    assert config.ignore == ("QC9",) and not config.enabled("QC901")


def test_extend_cycle(tmp_path):
    write(tmp_path / "a.toml", 'extend = "b.toml"\n')
    write(tmp_path / "b.toml", 'select = ["QC"]\nextend = "a.toml"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "a.toml")
    assert str(caught.value) == f"{tmp_path / 'b.toml'}:2: extend cycle: a.toml -> b.toml -> a.toml"


def test_extend_itself(tmp_path):
    path = write(tmp_path / "quotecheck.toml", 'extend = "./quotecheck.toml"\n')
    with pytest.raises(ConfigError, match="extend cycle"):
        load_config(path)


def test_extend_missing_target(tmp_path):
    path = write(tmp_path / "quotecheck.toml", 'extend = "nowhere.toml"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:1: extend target not found: 'nowhere.toml'"


def test_error_in_extended_file_names_that_file(tmp_path):
    base = write(tmp_path / "base.toml", 'selct = ["QC"]\n')
    path = write(tmp_path / "sub" / "quotecheck.toml", 'extend = "../base.toml"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{base}:1: unknown key 'selct'")


# --- discovery -----------------------------------------------------------------


def test_find_config_closest_wins(tmp_path):
    outer = write(tmp_path / "quotecheck.toml", "")
    inner = write(tmp_path / "a" / "b" / "quotecheck.toml", "")
    write(tmp_path / "a" / "b" / "c" / "story.md", "Text.")
    (tmp_path / "a" / "other").mkdir()
    assert find_config(tmp_path / "a" / "b" / "c" / "story.md") == str(inner)
    assert find_config(tmp_path / "a" / "b" / "c") == str(inner)
    assert find_config(tmp_path / "a" / "b") == str(inner)
    assert find_config(tmp_path / "a" / "other") == str(outer)
    assert find_config(tmp_path / "a" / "not-yet-written.md") == str(outer)


def test_quotecheck_toml_beats_pyproject_in_one_directory(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.quotecheck]\n")
    own = write(tmp_path / "quotecheck.toml", "")
    assert find_config(tmp_path / "story.md") == str(own)


def test_pyproject_without_table_is_skipped(tmp_path):
    outer = write(tmp_path / "pyproject.toml", '[tool.quotecheck]\nselect = ["QC1"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path / "sub" / "two" / "pyproject.toml", '[tool.other]\nquotecheck = "mentioned only"\n')
    assert find_config(tmp_path / "sub" / "two" / "story.md") == str(outer)
    inner = write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n[tool.quotecheck]\n')
    assert find_config(tmp_path / "sub" / "two" / "story.md") == str(inner)


def test_broken_pyproject_mentioning_quotecheck_is_reported(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.quotecheck\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        find_config(tmp_path / "story.md")
    assert str(path) in str(pytest.raises(ConfigError, find_config, tmp_path).value)


def test_find_config_none(tmp_path):
    # Nothing in tmp_path; whatever lies above it is not ours to assume, so compare.
    above = find_config(tmp_path.parent)
    assert find_config(tmp_path / "story.md") == above


def test_cache_reads_each_directory_and_file_once(tmp_path, monkeypatch):
    import quotecheck.config as config_module

    write(tmp_path / "quotecheck.toml", 'select = ["QC1"]\n')
    for number in range(20):
        write(tmp_path / "news" / f"d{number % 4}" / f"story{number}.md", "Text.")
    looked: list[str] = []
    loaded: list[str] = []
    real_declares, real_load = config_module._declares, config_module.load_config
    monkeypatch.setattr(config_module, "_declares", lambda d: looked.append(d) or real_declares(d))
    monkeypatch.setattr(config_module, "load_config", lambda p: loaded.append(p) or real_load(p))
    cache = ConfigCache()
    configs = {cache.config_for(path) for path in sorted((tmp_path / "news").rglob("*.md"))}
    assert len(configs) == 1 and next(iter(configs)).select == ("QC1",)
    assert len(looked) == len(set(looked)) == 6  # news/d0..d3, news, and tmp_path
    assert loaded == [str(tmp_path / "quotecheck.toml")]


def test_cache_default_when_nothing_found(tmp_path, monkeypatch):
    import quotecheck.config as config_module

    monkeypatch.setattr(config_module, "_declares", lambda directory: None)
    default = Config(select=("QC2",))
    assert ConfigCache(default).config_for(tmp_path / "a.md") is default
    assert ConfigCache().config_for(tmp_path / "a.md") == Config()


def test_cache_gives_each_directory_its_own_config(tmp_path):
    write(tmp_path / "quotecheck.toml", 'select = ["QC1"]\n')
    write(tmp_path / "sports" / "quotecheck.toml", 'extend = "../quotecheck.toml"\nignore = ["QC104"]\n')
    cache = ConfigCache()
    news = cache.config_for(tmp_path / "news" / "a.md")
    sports = cache.config_for(tmp_path / "sports" / "deep" / "b.md")
    assert news.path == str(tmp_path / "quotecheck.toml") and news.enabled("QC104")
    assert sports.select == ("QC1",) and not sports.enabled("QC104")
    assert cache.config_for(tmp_path / "news" / "c.md") is news
    assert os.path.dirname(sports.path) == str(tmp_path / "sports")
