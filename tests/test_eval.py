"""The evaluator: exact figures on hand-made corpora, and agreement with the shared scorer.

The agreement tests read ../shared, which a user's clone does not have: they
skip then.
"""

import contextlib
import io
import json
import random
from pathlib import Path

import pytest

from quotecheck import evaluate
from quotecheck.cli import main

from shared_material import DEV, SEEDS, shared_scorer
DEV_LINES = 40


def write_lines(path: Path, records: list) -> Path:
    """``records`` as a JSONL file."""
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def evaluated(tmp_path: Path, gold: list, predictions: list, **options) -> dict:
    """Our scores, through the files, for gold and prediction records."""
    gold_path = write_lines(tmp_path / "gold.jsonl", gold)
    predictions_path = write_lines(tmp_path / "predictions.jsonl", predictions)
    documents = evaluate.load_gold(str(gold_path), **options)
    return evaluate.score(documents, evaluate.load_predictions(str(predictions_path))).as_dict()


def at(text: str, piece: str, **fields) -> dict:
    """A quote record over the first ``piece`` in ``text``."""
    start = text.index(piece)
    return {"start": start, "end": start + len(piece), **fields}


def result(**counts) -> dict:
    """The shared scorer's dictionary for these counts (others zero), rates worked out by hand below."""
    names = ("gold", "pred", "strict", "lenient", "spk_den", "spk_ok", "null_on_sourced", "docs", "missing_docs")
    rates = ("strict_P", "strict_R", "strict_F1", "lenient_P", "lenient_R", "lenient_F1",
             "speaker_acc", "false_unattributed")
    return {name: counts.get(name, 0) for name in names} | {name: counts.get(name, 0.0) for name in rates}


PERFECT = {"strict_P": 1.0, "strict_R": 1.0, "strict_F1": 1.0, "lenient_P": 1.0, "lenient_R": 1.0, "lenient_F1": 1.0}

# Each case is (gold records, prediction records, load_gold options).
MAYOR = 'The mayor said: "We will rebuild the bridge." Then she left.'


def strict_case():
    gold = [{"id": "a", "text": MAYOR, "quotes": [at(MAYOR, '"We will rebuild the bridge."')]}]
    # Marks and the full stop are trimmed, so the bare words match exactly.
    return gold, [{"document": "a", "quotes": [at(MAYOR, "We will rebuild the bridge")]}], {}


PLAN = 'He said "the plan will fail before the winter comes" and left.'


def lenient_case():
    gold = [{"id": "a", "text": PLAN, "quotes": [at(PLAN, '"the plan will fail before the winter comes"')]}]
    predictions = [at(PLAN, "the plan will fail before the winter"), at(PLAN, 'comes" and left')]
    return gold, [{"document": "a", "quotes": predictions}], {}


BOOK = 'She read "War and Peace" and said "it changed my life."'


def title_case(kind):
    gold = [{"id": "a", "text": BOOK, "quotes": [at(BOOK, '"it changed my life."')]}]
    predictions = [at(BOOK, '"War and Peace"', kind=kind), at(BOOK, '"it changed my life."', kind="quote")]
    return gold, [{"document": "a", "quotes": predictions}], {}


MIXED = 'The mayor said the plan was "a disaster" and "should never have passed," adding that she would fight it.'


def mixed_case():
    quotes = [
        at(MIXED, 'the plan was "a disaster" and "should never have passed,"', type="mixed"),
        at(MIXED, "she would fight it", type="indirect"),
        at(MIXED, "adding that she would fight it", type="mixed"),  # no marks: nothing to score
    ]
    predictions = [at(MIXED, "a disaster"), at(MIXED, '"should never have passed,"'),
                   at(MIXED, 'the plan was "a disaster" and "should never have passed,"')]
    return [{"id": "a", "text": MIXED, "quotes": quotes}], [{"document": "a", "quotes": predictions}], {}


SMITH = 'Jane Smith, the mayor, said: "We will win."'


def mention_case(mention):
    gold_quote = at(SMITH, '"We will win."', speaker="Jane Smith", has_source=True, source_spans=[[0, 10]])
    # "the mayor" holds no capitalised word, so only the mention can make it right.
    predicted = at(SMITH, '"We will win."', speaker="the mayor", **mention)
    return [{"id": "a", "text": SMITH, "quotes": [gold_quote]}], [{"document": "a", "quotes": [predicted]}], {}


NAMES = ('Mayor Jane Smith said "We will win." Dr. Alan Brown said "We will lose." '
         'Officials said "Nothing is certain."')


def name_case():
    gold = [
        at(NAMES, '"We will win."', speaker="Jane Smith", source_spans=[list(at(NAMES, "Mayor Jane Smith").values())]),
        at(NAMES, '"We will lose."', speaker="Alan Brown"),  # no source spans: the speaker string decides
        at(NAMES, '"Nothing is certain."', speaker="Officials", source_spans=[list(at(NAMES, "Officials").values())]),
    ]
    predictions = [
        at(NAMES, '"We will win."', speaker="Smith"),
        at(NAMES, '"We will lose."', speaker={"name": "Dr. Brown"}),
        at(NAMES, '"Nothing is certain."', speaker="Mr Jones"),
    ]
    return [{"id": "a", "text": NAMES, "quotes": gold}], [{"document": "a", "quotes": predictions}], {}


def null_speaker_case():
    text = 'Jane Smith said "We will win." Someone said "We will see." A sign read "Closed today."'
    gold = [
        at(text, '"We will win."', speaker="Jane Smith", source_spans=[[0, 10]]),
        at(text, '"We will see."', speaker="Someone", has_source=False),
        at(text, '"Closed today."'),  # no speaker, so no source
    ]
    predictions = [at(text, piece) for piece in ('"We will win."', '"We will see."', '"Closed today."')]
    return [{"id": "a", "text": text, "quotes": gold}], [{"document": "a", "quotes": predictions}], {}


def empty_case():
    text = 'She shrugged: "..." Then "yes."'
    gold = [at(text, '"..."'), at(text, '"yes."')]
    predictions = [at(text, '"..."'), at(text, '"yes."')]
    return [{"id": "a", "text": text, "quotes": gold}], [{"document": "a", "quotes": predictions}], {}


def tie_case():
    # Two identical predictions of one quotation: the shared scorer pairs the later one.
    gold = [at(SMITH, '"We will win."', speaker="Jane Smith", source_spans=[[0, 10]])]
    predictions = [at(SMITH, "We will win", speaker="Jane Smith"), at(SMITH, "We will win")]
    return [{"id": "a", "text": SMITH, "quotes": gold}], [{"document": "a", "quotes": predictions}], {}


def documents_case(**options):
    gold = [
        {"id": "a", "text": MAYOR, "quotes": [at(MAYOR, '"We will rebuild the bridge."')], "split": "dev"},
        {"id": "a", "text": MAYOR, "quotes": [at(MAYOR, "Then she left")], "primary": False, "split": "dev"},
        {"id": "b", "text": PLAN, "quotes": [at(PLAN, '"the plan will fail before the winter comes"')],
         "primary": True, "split": "test"},
    ]
    predictions = [{"document": "folder/a.txt", "quotes": [at(MAYOR, '"We will rebuild the bridge."')]}]
    return gold, predictions, options


CASES = {
    "strict": strict_case,
    "lenient": lenient_case,
    "title": lambda: title_case("title"),
    "unknown kind": lambda: title_case(None),
    "mixed": mixed_case,
    "mention": lambda: mention_case({"mention": {"start": 5, "end": 10}}),
    "mention offsets": lambda: mention_case({"speaker_start": 5, "speaker_end": 10}),
    "missed mention": lambda: mention_case({"mention": {"start": 12, "end": 21}}),
    "names": name_case,
    "null speaker": null_speaker_case,
    "empty": empty_case,
    "tie": tie_case,
    "documents": documents_case,
    "all annotators": lambda: documents_case(only_primary=False),
    "split": lambda: documents_case(split="test"),
}


def test_strict_match(tmp_path):
    assert evaluated(tmp_path, *strict_case()[:2]) == result(gold=1, pred=1, strict=1, lenient=1, docs=1, **PERFECT)


def test_lenient_only_match(tmp_path):
    # One prediction covers most of the quote, the other only its last word.
    expected = result(gold=1, pred=2, lenient=1, docs=1, lenient_P=0.5, lenient_R=1.0, lenient_F1=0.6667)
    assert evaluated(tmp_path, *lenient_case()[:2]) == expected


@pytest.mark.parametrize("kind", sorted(evaluate.SKIPPED_KINDS))
def test_title_kind_prediction_is_ignored(tmp_path, kind):
    assert evaluated(tmp_path, *title_case(kind)[:2]) == result(gold=1, pred=1, strict=1, lenient=1, docs=1, **PERFECT)


def test_prediction_without_kind_counts_as_a_quote(tmp_path):
    scores = evaluated(tmp_path, *title_case(None)[:2])
    assert (scores["pred"], scores["strict"], scores["strict_P"], scores["strict_F1"]) == (2, 1, 0.5, 0.6667)


def test_mixed_gold_quote_is_split_into_its_marked_pieces(tmp_path):
    expected = result(gold=2, pred=3, strict=2, lenient=2, docs=1, strict_P=0.6667, strict_R=1.0, strict_F1=0.8,
                      lenient_P=0.6667, lenient_R=1.0, lenient_F1=0.8)
    assert evaluated(tmp_path, *mixed_case()[:2]) == expected


def test_mixed_quote_opening_with_a_single_mark_counts_whole(tmp_path):
    text = "‘We are ready,’ she said, and left."
    gold = [{"id": "a", "text": text, "quotes": [at(text, "‘We are ready,’ she said", type="mixed")]}]
    predictions = [{"document": "a", "quotes": [at(text, "We are ready,’ she said")]}]
    assert evaluated(tmp_path, gold, predictions)["strict"] == 1


@pytest.mark.parametrize("mention", [{"mention": {"start": 5, "end": 10}}, {"speaker_start": 5, "speaker_end": 10}])
def test_speaker_correct_by_mention_overlap(tmp_path, mention):
    expected = result(gold=1, pred=1, strict=1, lenient=1, spk_den=1, spk_ok=1, docs=1, speaker_acc=1.0, **PERFECT)
    assert evaluated(tmp_path, *mention_case(mention)[:2]) == expected


def test_speaker_wrong_when_mention_misses_the_source(tmp_path):
    scores = evaluated(tmp_path, *mention_case({"mention": {"start": 12, "end": 21}})[:2])
    assert (scores["spk_den"], scores["spk_ok"], scores["speaker_acc"]) == (1, 0, 0.0)


def test_speaker_correct_by_name_word(tmp_path):
    # "Smith" is in the source text, "Brown" in the speaker string; "Jones" is neither.
    expected = result(gold=3, pred=3, strict=3, lenient=3, spk_den=3, spk_ok=2, docs=1, speaker_acc=0.6667, **PERFECT)
    assert evaluated(tmp_path, *name_case()[:2]) == expected


def test_name_words_leave_out_titles_and_short_words():
    assert evaluate.name_words("Mrs. Gen. The Rev O'Brien-Smith of Al Qaeda") == {"rev", "o'brien-smith", "qaeda"}
    assert evaluate.name_words(None) == set()


def test_null_speaker_on_a_sourced_quote_is_false_unattributed(tmp_path):
    expected = result(gold=3, pred=3, strict=3, lenient=3, spk_den=1, null_on_sourced=1, docs=1,
                      false_unattributed=1.0, **PERFECT)
    assert evaluated(tmp_path, *null_speaker_case()[:2]) == expected


def test_spans_of_only_marks_and_punctuation_are_not_counted(tmp_path):
    assert evaluated(tmp_path, *empty_case()[:2]) == result(gold=1, pred=1, strict=1, lenient=1, docs=1, **PERFECT)


def test_equal_overlaps_pair_the_later_prediction(tmp_path):
    scores = evaluated(tmp_path, *tie_case()[:2])
    assert (scores["lenient"], scores["spk_ok"], scores["null_on_sourced"]) == (1, 0, 1)


def test_missing_document_and_non_primary_copy(tmp_path):
    # "a" is predicted under a path with an extension; the non-primary copy of "a" is skipped; "b" is missing.
    expected = result(gold=2, pred=1, strict=1, lenient=1, docs=2, missing_docs=1, strict_P=1.0, strict_R=0.5,
                      strict_F1=0.6667, lenient_P=1.0, lenient_R=0.5, lenient_F1=0.6667)
    assert evaluated(tmp_path, *documents_case()[:2]) == expected


@pytest.mark.parametrize(("options", "documents", "missing"), [
    ({}, 2, 1), ({"only_primary": False}, 3, 1), ({"split": "test"}, 1, 1), ({"split": "dev"}, 1, 0),
])
def test_gold_filters(tmp_path, options, documents, missing):
    scores = evaluated(tmp_path, *documents_case()[:2], **options)
    assert (scores["docs"], scores["missing_docs"]) == (documents, missing)


@pytest.mark.parametrize(("name", "key"), [
    ("a", "a"), ("dir/sub/a.txt", "a"), ("a.md", "a"), ("a.html", "a"), ("a.jsonl", "a.jsonl"),
    ("a.txt.gz", "a.txt.gz"), ("a.md.txt", "a.md"), (7, "7"),
])
def test_document_key(name, key):
    assert evaluate.document_key(name) == key


def test_load_predictions_skips_blank_lines_and_falls_back_to_id(tmp_path):
    path = tmp_path / "predictions.jsonl"
    path.write_text('{"document": "x/a.txt", "quotes": []}\n\n  \n{"id": "b.md", "quotes": []}\n', encoding="utf-8")
    assert sorted(evaluate.load_predictions(str(path))) == ["a", "b"]


@pytest.mark.parametrize("bad_line", ['{"document": "b", "quotes": [', "[1, 2]"])
def test_malformed_prediction_line_names_file_and_line(tmp_path, bad_line):
    path = tmp_path / "predictions.jsonl"
    path.write_text('{"document": "a", "quotes": []}\n\n' + bad_line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{path}:3:"):
        evaluate.load_predictions(str(path))


def test_metrics_add_and_tabulate():
    total = evaluate.Metrics(gold=2, predicted=2, strict=1, lenient=2, documents=1) + evaluate.Metrics(
        gold=1, predicted=1, lenient=1, sourced=2, speaker_correct=1, documents=1, missing_documents=1)
    assert total == evaluate.Metrics(3, 3, 1, 3, 2, 1, 0, 2, 1)
    assert (round(total.strict_f1, 4), total.lenient_f1, total.speaker_accuracy) == (0.3333, 1.0, 0.5)
    table = evaluate.metrics_table(total)
    lines = table.splitlines()
    assert lines[2].split() == ["strict", "0.3333", "0.3333", "0.3333"]
    assert lines[3].split() == ["lenient", "1.0000", "1.0000", "1.0000"]
    for row in (["speaker", "accuracy", "0.5000"], ["false", "unattributed", "0.0000"], ["gold", "quotes", "3"],
                ["predicted", "quotes", "3"], ["documents", "2"], ["missing", "documents", "1"]):
        assert row in [line.split() for line in lines]


# Agreement with the shared scorer.

def agree(gold: Path, predictions: Path, **options) -> dict:
    """Assert that ours and the shared scorer give the same result, and return it."""
    shared = shared_scorer().score(str(gold), str(predictions), options.get("only_primary", True),
                                   options.get("split"))
    ours = evaluate.score(evaluate.load_gold(str(gold), **options), evaluate.load_predictions(str(predictions)))
    assert ours.as_dict() == shared
    return shared


def test_constants_match_the_shared_scorer():
    shared = shared_scorer()
    assert evaluate.TRIMMED == shared.TRIM
    assert evaluate.SKIPPED_KINDS == shared.SKIP_KINDS


@pytest.mark.parametrize("case", sorted(CASES))
def test_hand_made_cases_agree(tmp_path, case):
    gold, predictions, options = CASES[case]()
    agree(write_lines(tmp_path / "gold.jsonl", gold), write_lines(tmp_path / "predictions.jsonl", predictions),
          **options)


def corpus(name: str, tmp_path: Path) -> Path:
    """The founding articles' gold, or the first lines of PolNeAR dev written to ``tmp_path``."""
    source = SEEDS if name == "seeds" else DEV
    if not source.exists():
        pytest.skip(f"gold file not found at {source} (only present beside a full checkout)")
    if name == "seeds":
        return source
    with open(source, encoding="utf-8") as lines:
        head = [next(lines) for _ in range(DEV_LINES)]
    subset = tmp_path / "dev_head.jsonl"
    subset.write_text("".join(head), encoding="utf-8")
    return subset


def extracted(gold: Path) -> list[dict]:
    """The records ``quotecheck extract --format jsonl`` writes for ``gold``, run in this process."""
    # Through the command line's own entry point, so the predictions follow whatever stages it runs.
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["extract", "--format", "jsonl", str(gold)]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def perturbed(records: list[dict], gold: Path, seed: int) -> list[dict]:
    """Predictions with speakers, mentions, kinds and spans changed at random, some cleared, dropped or doubled."""
    gold_quotes = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document = json.loads(line)
            gold_quotes[document["id"]] = document["quotes"]
    chance = random.Random(seed)
    changed = []
    for number, record in enumerate(records):
        if number % 7 == 3:
            continue  # a missing document
        quotes = []
        for quote in record["quotes"]:
            quote = dict(quote)
            near = [gold_quote for gold_quote in gold_quotes[record["document"]]
                    if min(gold_quote["end"], quote["end"]) > max(gold_quote["start"], quote["start"])]
            speaker = near[0]["speaker"] if near else "Nobody Special"
            sources = near[0].get("source_spans") if near else None
            action = chance.choice(["keep", "drop", "clear", "clear", "name", "name", "dict", "mention", "mention",
                                    "offsets", "wrong", "title", "shift", "double", "honorific"])
            if action == "drop":
                continue
            if action == "clear":
                quote.update(speaker=None, mention=None)
            elif action == "name":
                quote["speaker"] = speaker
            elif action == "dict":
                quote["speaker"] = {"name": speaker}
            elif action == "mention" and sources:
                quote["mention"] = {"start": sources[0][0], "end": sources[0][1]}
            elif action == "offsets":
                quote.update(speaker="Someone Else", speaker_start=max(0, quote["start"] - 30),
                             speaker_end=max(0, quote["start"] - 20))
            elif action == "wrong":
                quote["speaker"] = "Nobody Special"
            elif action == "title":
                quote["kind"] = "title"
            elif action == "shift" and quote["end"] - quote["start"] > 8:
                quote["start"] += 4
            elif action == "honorific":
                quote["speaker"] = "The Mr " + (speaker or "x").split()[-1].lower()
            quotes.append(quote)
            if action == "double":
                quotes.append(dict(quote, speaker=speaker))
        name = f"articles/{record['document']}.txt" if number % 2 else record["document"]
        changed.append(dict(record, document=name, quotes=quotes))
    return changed


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_agrees_with_shared_scorer_on_extracted_quotes(tmp_path, name):
    gold = corpus(name, tmp_path)
    scores = agree(gold, write_lines(tmp_path / "predictions.jsonl", extracted(gold)))
    assert scores["gold"] > 0 and scores["lenient"] > 0


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_agrees_with_shared_scorer_on_perturbed_predictions(tmp_path, name, seed):
    gold = corpus(name, tmp_path)
    predictions = write_lines(tmp_path / "predictions.jsonl", perturbed(extracted(gold), gold, seed))
    scores = agree(gold, predictions)
    # The perturbation has to reach the speaker figures for the comparison to mean anything.
    assert 0 < scores["spk_ok"] < scores["spk_den"]
    assert 0 < scores["null_on_sourced"] < scores["spk_den"]
    if name == "dev":
        assert scores["missing_docs"] > 0


@pytest.mark.parametrize("options", [{"only_primary": False}, {"split": "dev"}, {"split": "test"}])
def test_agrees_with_shared_scorer_on_filters(tmp_path, options):
    gold = corpus("dev", tmp_path)
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    for number, record in enumerate(records):
        record["primary"] = number % 3 != 0
        record["split"] = "test" if number % 5 == 0 else "dev"
    write_lines(gold, records)
    agree(gold, write_lines(tmp_path / "predictions.jsonl", perturbed(extracted(gold), gold, 4)), **options)
