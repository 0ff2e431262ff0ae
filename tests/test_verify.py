"""Verifying a draft's quotes against primary sources: example tables, labels, locations and the command.

The transcripts and drafts here were invented for testing; their quotations
are not real, though they name real people.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.document import Position
from quotecheck.index.normalise import normalised, word_spans
from quotecheck.quotes import Quote
from quotecheck.readers import read_source
from quotecheck.verify import ALTERED, FOUND, NOT_FOUND, source_of, verdict_of

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NOTE = "Invented for testing: these quotations are not real.\n\n"
SPEECH = NOTE + (
    "We will hold the valley until the snow comes. The gov-\nernment in Kabul has no\n"
    "mandate from the people. Our ﬁrst duty is to the families who stayed, and we don’t\n"
    "negotiate with those who burn schools. We are asking them not to look away from the\n"
    "valley. The winter is long and the roads are closed for months at a time. But we\n"
    "will never leave this place.\n"
)
TRANSCRIPT = NOTE + (
    "Q: Commander, will you hold the valley this winter?\n\n"
    "MASSOUD: We will hold it as long as the people stand with us.\n\n"
    "MS. CURTIS: The United States will not recognise a government that excludes women.\n\n"
    "LISA MADDOX: Tonight we go to the Panjshir Valley.\n"
)

#: (draft quote, source text, expected status): the forgiving match and its limits.
STATUSES = [
    ('"We will hold the valley until the snow comes."', SPEECH, FOUND),
    ('"until the snow comes. The government in Kabul has no mandate"', SPEECH, FOUND),
    ('"The government in Kabul has no mandate from the people."', SPEECH, FOUND),
    ('"Our first duty is to the families who stayed"', SPEECH, FOUND),
    ("“We don't negotiate with those who burn schools.”", SPEECH, FOUND),
    ('"WE WILL HOLD THE VALLEY"', SPEECH, FOUND),
    ('"We will hold the valley ... we will never leave this place."', SPEECH, FOUND),
    ('"We will hold the valley. .. But we will never leave this place."', SPEECH, FOUND),
    ('"We will hold the valley … the roads are closed … never leave"', SPEECH, FOUND),
    ('"We will never leave this place ... we will hold the valley"', SPEECH, NOT_FOUND),
    ('"We are begging them not to look away from the valley."', SPEECH, ALTERED),
    ('"We will take back Kabul before the first snow."', SPEECH, NOT_FOUND),
    ('"We will hold it as long as the people stand with us."', TRANSCRIPT, FOUND),
    ('"Will you hold the valley this winter?"', TRANSCRIPT, NOT_FOUND),
    ('"We will hold it as long as our people stand with us."', TRANSCRIPT, ALTERED),
]


def document(text: str, path: str = "source.txt", form: str = "txt"):
    """The one document ``read_source`` makes of ``text``."""
    (read,) = read_source(text, path, form)
    return read


def verdict(draft: str, source: str, speaker: str | None = "Ahmad Massoud", *, path="source.txt", form="txt"):
    """The verdict on a draft that is one quote, against one source."""
    return verdict_of(document(draft, "draft.txt"), Quote(0, len(draft)), speaker,
                      [source_of(document(source, path, form))])


@pytest.mark.parametrize(("draft", "source", "status"), STATUSES)
def test_status(draft, source, status):
    assert verdict(draft, source).status == status


def test_found_points_at_the_first_word_and_keeps_the_source_words():
    found = verdict('"The government in Kabul has no mandate"', SPEECH)
    assert found.source.position(found.start) == Position(3, 47)
    assert found.source.text[found.start:found.end] == "The gov-\nernment in Kabul has no\nmandate"
    assert found.score == 1.0 and found.diff is None and found.label is None


def test_altered_gives_score_diff_and_the_source_words():
    altered = verdict('"We are begging them not to look away from the valley."', SPEECH)
    assert altered.status == ALTERED
    assert altered.score == pytest.approx(10 / 11)
    assert altered.diff == "we are [-asking-] {+begging+} them not to look away from the valley"
    assert altered.source.text[altered.start:altered.end] == "We are asking them not to look away from the\nvalley"


def test_a_cut_quote_covers_the_passage_from_first_part_to_last():
    found = verdict('"We will hold the valley ... we will never leave this place."', SPEECH)
    words = found.source.text[found.start:found.end]
    assert words.startswith("We will hold the valley until") and words.endswith("never leave this place")


def test_parts_too_far_apart_are_not_one_passage():
    filler = " ".join(["and the roads are closed"] * 60)
    source = NOTE + f"We will hold the valley. {filler}. We will never leave this place.\n"
    assert verdict('"We will hold the valley ... we will never leave this place"', source).status != FOUND
    assert verdict('"We will hold the valley ... place"', source).status == FOUND


@pytest.mark.parametrize(("label_speaker", "line"), [
    ("Ahmad Massoud", "MASSOUD: We will hold it as long as the people stand with us."),
    ("Lisa Curtis", "MS. CURTIS: The United States will not recognise a government that excludes women."),
    ("Lisa Maddox", "LISA MADDOX: Tonight we go to the Panjshir Valley."),
])
def test_a_label_matches_its_speaker_and_no_one_else(label_speaker, line):
    words = f'"{line.split(": ", 1)[1]}"'
    assert verdict(words, TRANSCRIPT, label_speaker).status == FOUND
    other = verdict(words, TRANSCRIPT, "Mirza Yarmand")
    assert other.status == NOT_FOUND and other.label == line.split(":")[0]


def test_words_under_another_label_name_it():
    asked = verdict('"Will you hold the valley this winter?"', TRANSCRIPT)
    assert (asked.status, asked.label, asked.score) == (NOT_FOUND, "Q", 1.0)
    assert asked.source.text[asked.start:asked.end] == "will you hold the valley this winter"
    approximately = verdict('"Commander, will you keep the valley this winter?"', TRANSCRIPT)
    assert (approximately.status, approximately.label) == (ALTERED, "Q")


#: An interview in which questions cut into answers: Massoud's answer goes on after "Q:", as does Curtis's
#: after a question that runs over two lines, and an "A:" answers for whoever was last named.
INTERRUPTED = NOTE + (
    "MS. CURTIS: The United States will not recognise a government that excludes women.\n\n"
    "MASSOUD: We will hold it as long as the people stand with us.\n\n"
    "Q: And after the winter?\n\n"
    "We will take the road to Kabul when the passes open.\n\n"
    "MS. CURTIS: We have said so to every capital in the region.\n\n"
    "Q: Commander Massoud says the resistance is not\nfinished. Do you believe him?\n\n"
    "Washington has not decided who governs in Kabul.\n\n"
    "QUESTION: Will you talk to the Taliban?\n\n"
    "A: Only when the guns are silent.\n"
)


@pytest.mark.parametrize(("words", "speaker", "status", "label"), [
    ("We will take the road to Kabul when the passes open.", "Ahmad Massoud", FOUND, None),
    ("We will take the road to Kabul when the passes open.", "Lisa Curtis", NOT_FOUND, "MASSOUD"),
    ("We will take the road to Kabul when the passes open.", None, NOT_FOUND, "MASSOUD"),
    ("We will take the road to Kabul when the passes opened.", "Ahmad Massoud", ALTERED, None),
    ("Washington has not decided who governs in Kabul.", "Lisa Curtis", FOUND, None),
    ("Washington has not decided who governs in Kabul.", "Ahmad Massoud", NOT_FOUND, "MS. CURTIS"),
    ("Only when the guns are silent.", "Lisa Curtis", FOUND, None),
    ("Only when the guns are silent.", "Ahmad Massoud", NOT_FOUND, "MS. CURTIS"),
])
def test_an_answer_goes_on_after_a_question_as_the_last_named_speakers(words, speaker, status, label):
    found = verdict(f'"{words}"', INTERRUPTED, speaker)
    assert (found.status, found.label) == (status, label)


def test_a_question_holds_to_the_end_of_its_paragraph_and_no_further():
    questions = {"And after the winter?": "Q", "Massoud says the resistance is not finished. Do you believe him?": "Q",
                 "Will you talk to the Taliban?": "QUESTION"}
    for words, label in questions.items():
        found = verdict(f'"{words}"', INTERRUPTED, "Lisa Curtis")
        assert (found.status, found.label, found.score) == (NOT_FOUND, label, 1.0)
    assert verdict('"Washington has not decided"', INTERRUPTED, "Lisa Curtis").status == FOUND


def test_before_anyone_is_named_an_answer_after_a_question_may_be_anybodys():
    source = NOTE + "Q: After the winter?\r\n\r\nWe will take the road to Kabul.\r\n\r\nA: When the passes open.\r\n"
    for words in ("We will take the road to Kabul.", "When the passes open."):
        for speaker in ("Ahmad Massoud", None):
            found = verdict(f'"{words}"', source, speaker)
            assert (found.status, found.label) == (FOUND, None)
    assert verdict('"After the winter?"', source).label == "Q"


def test_an_unattributed_quote_matches_no_label_but_any_unlabelled_source():
    assert verdict('"We will hold it as long as the people stand with us."', TRANSCRIPT, None).label == "MASSOUD"
    assert verdict('"We will hold the valley"', SPEECH, None).status == FOUND


def test_location_in_markdown_and_html_sources():
    markdown = NOTE + "# Transcript\n\n**MASSOUD:** We will *hold* the\nvalley, the commander said.\n"
    found = verdict('"We will hold the valley"', markdown, path="talk.md", form="md")
    assert found.status == FOUND
    assert found.source.position(found.start) == Position(5, 14)
    html = ("<html><body><p>" + NOTE.strip() + "</p>\n<h1>Transcript</h1>\n"
            "<p><b>MASSOUD:</b> We will &ldquo;hold&rdquo;\n   the valley.</p></body></html>\n")
    found = verdict('"We will hold the valley"', html, path="talk.html", form="html")
    assert found.status == FOUND
    assert found.source.position(found.start) == Position(3, 20)
    assert found.source.position(found.end) == Position(4, 14)


@given(st.text(alphabet=st.sampled_from("aZé1 ’'-.…ﬁ½™\n\t“”"), max_size=40))
def test_word_spans_are_the_normalised_words(text):
    spans = list(word_spans(text))
    assert [word for word, _, _ in spans] == normalised(text).split()
    assert all(word in normalised(text[start:end]).split() for word, start, end in spans)


def run(capsys, *arguments):
    """Run the command line in-process; return exit code, stdout, stderr."""
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def desk(tmp_path):
    """A transcript and two drafts: one that quotes it faithfully and one that alters a quote."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "faithful.txt").write_text(
        NOTE + '"We will hold it as long as the people stand with us," Ahmad Massoud said.\n', encoding="utf-8")
    (tmp_path / "altered.txt").write_text(
        NOTE + '"We will hold it as long as our people stand with us," Ahmad Massoud said.\n', encoding="utf-8")
    return tmp_path


def test_exit_0_when_every_quote_is_found(capsys, desk):
    code, out, _ = run(capsys, "verify", str(desk / "faithful.txt"), "--sources", str(desk / "sources"))
    assert code == 0
    assert "FOUND" in out and "transcript.txt:5:10" in out


def test_exit_1_and_json_fields_when_a_quote_is_altered(capsys, desk):
    code, out, _ = run(capsys, "verify", str(desk / "altered.txt"), "--sources", str(desk / "sources"),
                       "--format", "json")
    assert code == 1
    (record,) = json.loads(out)
    assert record["status"] == ALTERED and record["speaker"] == "Ahmad Massoud"
    assert record["score"] == pytest.approx(11 / 12, abs=1e-4)
    assert record["diff"] == "we will hold it as long as [-the-] {+our+} people stand with us"
    assert (record["source_path"], record["source_line"], record["source_column"]) == (
        str(desk / "sources" / "transcript.txt"), 5, 10)
    assert record["source_words"] == "We will hold it as long as the people stand with us"
    assert (record["line"], record["column"], record["label"]) == (3, 1, None)


def test_exit_2_for_an_unreadable_source_and_the_rest_still_runs(capsys, desk):
    missing = desk / "missing.txt"
    code, out, err = run(capsys, "verify", str(desk / "faithful.txt"), "--sources", str(missing),
                         str(desk / "sources"), "--format", "jsonl")
    assert code == 2
    assert [json.loads(line)["status"] for line in out.splitlines()] == [FOUND]
    assert err.strip() == f"quotecheck: {missing}: no such file or directory"


def test_exit_2_for_an_unreadable_draft_and_the_other_drafts_still_run(capsys, desk):
    missing = desk / "missing.md"
    code, out, err = run(capsys, "verify", str(missing), str(desk / "altered.txt"), "--sources",
                         str(desk / "sources"), "--format", "jsonl")
    assert code == 2
    assert [json.loads(line)["status"] for line in out.splitlines()] == [ALTERED]
    assert err.strip() == f"quotecheck: {missing}: no such file or directory"


def test_the_sample_draft_against_its_transcript(capsys):
    code, out, _ = run(capsys, "verify", str(SAMPLES / "massoud-draft.txt"),
                       "--sources", str(SAMPLES / "transcript-massoud.txt"), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [(record["status"], record["label"]) for record in records] == [
        (FOUND, None), (FOUND, None), (FOUND, None), (ALTERED, None), (NOT_FOUND, "Q"), (FOUND, None),
        (FOUND, None), (NOT_FOUND, None)]
