"""The extract command: formats, exit codes, and a batch with bad inputs."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main

ARTICLE = 'KABUL, Afghanistan — "We are ready," Mr. Massoud said.\n\nHis critics disagree.\n'


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *arguments):
    """Run the command line in-process; return exit code, stdout, stderr."""
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_jsonl_is_the_scorer_record(capsys, article):
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(article))
    assert code == 0
    record = json.loads(out)
    assert record["document"] == str(article)
    quote = record["quotes"][0]
    assert list(quote) == ["start", "end", "text", "kind", "parent", "speaker", "mention", "cue", "sieve", "confidence"]
    assert quote["text"] == '"We are ready,"'
    assert ARTICLE[quote["start"]: quote["end"]] == quote["text"]
    assert (quote["kind"], quote["parent"], quote["speaker"], quote["sieve"]) == ("quote", None, "Massoud", "adjacent")
    assert quote["mention"] == {"start": ARTICLE.index("Mr."), "end": ARTICLE.index(" said"), "text": "Mr. Massoud"}
    assert quote["cue"]["text"] == "said"


def test_json_carries_source_positions(capsys, article):
    code, out, _ = run(capsys, "extract", "--format", "json", str(article))
    quote = json.loads(out)[0]["quotes"][0]
    assert (code, quote["line"], quote["column"]) == (0, 1, ARTICLE.index('"') + 1)


def test_table_lists_quotes_and_diagnostics(capsys, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_text('"Ready," she said.\n\nThe talks ended" badly.\n', encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path))
    assert code == 0
    assert '"Ready,"' in out
    assert f"{path}:3:16: closing \" has no opening mark" in out


def test_jsonl_corpus_documents_are_named_by_id(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "a-1", "text": '"One," he said.'}, {"id": "a-2", "text": "“Two,” she said."}]
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(corpus))
    assert code == 0
    assert [json.loads(line)["document"] for line in out.splitlines()] == ["a-1", "a-2"]


def test_a_bad_input_fails_the_batch_but_loses_nothing(capsys, tmp_path, article):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\rIHDR")
    broken = tmp_path / "latin.txt"
    broken.write_bytes('"Caf\xe9," he said.'.encode("latin-1"))
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "extract", "--format", "jsonl", str(binary), str(broken), str(missing), str(article))
    assert code == 2
    assert [json.loads(line)["document"] for line in out.splitlines()] == [str(article)]
    errors = err.splitlines()
    assert len(errors) == 3
    assert str(binary) in errors[0]
    assert str(broken) in errors[1] and "byte 4" in errors[1]
    assert str(missing) in errors[2]


DECODING_OPTIONS = [
    (["--errors", "replace"], '"Caf\ufffd,"'),
    (["--encoding", "latin-1"], '"Café,"'),
]


@pytest.mark.parametrize(("options", "quote"), DECODING_OPTIONS)
def test_decoding_options_read_latin_1_bytes(capsys, tmp_path, options, quote):
    latin = tmp_path / "latin.txt"
    latin.write_bytes('"Café," he said.'.encode("latin-1"))
    code, out, _ = run(capsys, "extract", "--format", "jsonl", *options, str(latin))
    assert code == 0
    assert json.loads(out)["quotes"][0]["text"] == quote


def test_unknown_encoding_is_a_usage_error(capsys, article):
    code, _, err = run(capsys, "extract", "--encoding", "no-such-codec", str(article))
    assert code == 2
    assert "no-such-codec" in err


def test_stdin_and_module_entry_point():
    completed = subprocess.run(
        [sys.executable, "-m", "quotecheck", "extract", "--format", "jsonl", "-"],
        input=ARTICLE.encode("utf-8"), capture_output=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["quotes"][0]["text"] == '"We are ready,"'


def test_samples_directory_runs_clean(capsys):
    samples = Path(__file__).resolve().parents[1] / "samples"
    code, out, err = run(capsys, "extract", "--format", "jsonl", str(samples))
    assert (code, err) == (0, "")
    assert len(out.splitlines()) >= 8
