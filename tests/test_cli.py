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
    assert list(quote) == ["start", "end", "text", "kind", "parent", "speaker", "mention", "cue", "sieve", "confidence",
                           "nested"]
    assert quote["nested"] == []
    assert quote["text"] == '"We are ready,"'
    assert ARTICLE[quote["start"]: quote["end"]] == quote["text"]
    assert (quote["kind"], quote["parent"], quote["speaker"], quote["sieve"]) == ("quote", None, "Massoud", "adjacent")
    assert quote["mention"] == {"start": ARTICLE.index("Mr."), "end": ARTICLE.index(" said"), "text": "Mr. Massoud"}
    assert quote["cue"]["text"] == "said"


def test_a_nested_quote_is_a_record_only_when_someone_else_says_it(capsys, tmp_path):
    # Invented text; the quotations are not real.
    text = ("Ahmad Massoud spoke in the valley.\n\n"
            "\"People kept telling me, 'Go home.' As a cadet I read Churchill’s memoirs. At the worst hour he told "
            "the British people: 'We shall never surrender.'\" Massoud said.\n")
    path = tmp_path / "nested.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(path))
    assert code == 0
    outer, churchill = json.loads(out)["quotes"]
    # The words people kept telling him are part of Massoud's quotation.
    assert outer["speaker"] == "Ahmad Massoud"
    assert outer["nested"] == [{"start": text.index("'Go"), "end": text.index(" As a"), "text": "'Go home.'",
                                "kind": "quote"}]
    # Churchill's words are a quotation of their own, whose parent is the record of Massoud's.
    assert (churchill["text"], churchill["parent"], churchill["speaker"]) == (
        "'We shall never surrender.'", 0, "Churchill")


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


@pytest.mark.parametrize("encoding", ["no-such-codec", "rot13", "base64"])
def test_unknown_encoding_is_a_usage_error(capsys, article, encoding):
    code, _, err = run(capsys, "extract", "--encoding", encoding, str(article))
    assert code == 2
    assert err.strip() == f"quotecheck: unknown text encoding: {encoding}"


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


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_jobs_give_the_same_output_as_one_process(capsys):
    one = run(capsys, "extract", "--format", "jsonl", str(SAMPLES))
    two = run(capsys, "extract", "--format", "jsonl", "--jobs", "2", str(SAMPLES))
    assert one == two and one[0] == 0 and one[1].count("\n") >= 7


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_whole_number(capsys, article, value):
    code, _, err = run(capsys, "extract", "--jobs", value, str(article))
    assert code == 2 and "--jobs" in err


def test_roster_pins_names_and_a_bad_roster_is_an_input_error(capsys, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text('"We are patient," said Sirajuddin Haqqgani.\n', encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "--roster", str(SAMPLES / "roster.toml"), str(path))
    assert code == 0 and json.loads(out)["quotes"][0]["speaker"] == "Sirajuddin Haqqani"
    broken = tmp_path / "roster.toml"
    broken.write_text('[[person]]\nname = "A"\nnickname = "B"\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", "--roster", str(broken), str(path))
    assert (code, out) == (2, "") and err.startswith(f"quotecheck: {broken}:3:") and err.count("\n") == 1


def test_sieves_option_switches_sieves_off(capsys, article):
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "--sieves", "none", str(article))
    assert code == 0 and json.loads(out)["quotes"][0]["speaker"] is None
    code, _, err = run(capsys, "extract", "--sieves", "adjacent,bogus", str(article))
    assert code == 2 and "unknown sieve 'bogus'" in err


def test_the_command_line_knows_every_sieve_in_order():
    from quotecheck.attribution import SIEVE_NAMES
    from quotecheck.cli import SIEVES
    assert SIEVES == SIEVE_NAMES


def test_startup_imports_no_stage():
    # --version must answer at once: building the parser may not load the stages, NLTK or tabulate.
    probe = ("import sys, quotecheck.cli as cli; cli.build_parser(); "
             "print(sorted(m for m in sys.modules if m.startswith(('quotecheck.', 'nltk', 'tabulate', 'regex'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['quotecheck.cli']"


def test_eval_prints_the_metrics_of_predictions(capsys, tmp_path):
    text = '"We are ready," Mr. Massoud said. Critics scoffed.'
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {"start": 0, "end": 16, "text": '"We are ready,"', "speaker": "Ahmad Massoud"}]}) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--format", "json", str(gold))
    result = json.loads(out)
    assert code == 0 and (result["lenient"], result["spk_ok"], result["lenient_F1"]) == (1, 1, 1.0)
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({"document": "a", "quotes": []}) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--pred", str(predictions), str(gold))
    assert code == 0 and "lenient" in out and "0.0000" in out


def test_eval_of_a_missing_file_is_an_input_error(capsys, tmp_path):
    code, out, err = run(capsys, "eval", str(tmp_path / "nothing.jsonl"))
    assert (code, out) == (2, "") and "nothing.jsonl" in err and err.count("\n") == 1


GOLD_LINE = b'{"id": "a", "text": "\\"We are ready,\\" Mr. Massoud said.", "quotes": []}\n'


@pytest.mark.parametrize(("option", "content", "problem"), [
    ("gold", None, "no such file or directory"),
    ("gold", b"\xff\xfe{}\n", "byte 0: not valid utf-8: invalid start byte"),
    ("gold", GOLD_LINE + b'{"id": "caf\xe9"}\n', "byte 84: not valid utf-8: invalid continuation byte"),
    ("gold", b"\x00\x01\x02", "binary file, not text"),
    ("--pred", None, "no such file or directory"),
    ("--pred", b"", "empty file"),
    ("--pred", b'{"document": "a", "quotes": []}\n\xff\n', "byte 32: not valid utf-8: invalid start byte"),
])
def test_eval_names_an_unreadable_gold_or_prediction_file(capsys, tmp_path, option, content, problem):
    gold, bad = tmp_path / "gold.jsonl", tmp_path / "bad.jsonl"
    gold.write_bytes(GOLD_LINE)
    if content is not None:
        bad.write_bytes(content)
    arguments = [str(bad)] if option == "gold" else [str(gold), "--pred", str(bad)]
    code, out, err = run(capsys, "eval", *arguments)
    assert (code, out, err) == (2, "", f"quotecheck: {bad}: {problem}\n")


def test_eval_agrees_with_the_shared_scorer(capsys, tmp_path):
    from shared_material import SEEDS, require, shared_scorer
    gold = require(SEEDS)
    scorer = shared_scorer()
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(gold))
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(out, encoding="utf-8")
    code, ours, _ = run(capsys, "eval", "--format", "json", "--pred", str(predictions), str(gold))
    assert code == 0 and json.loads(ours) == scorer.score(str(gold), str(predictions))
    code, fresh, _ = run(capsys, "eval", "--format", "json", str(gold))
    assert json.loads(fresh) == json.loads(ours)
