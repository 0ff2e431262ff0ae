"""Attribution tables: per-quote and per-speaker rows, and the table, CSV and JSON writers."""

import csv
import io
import json

import pytest

from quotecheck.pipeline import Options, run
from quotecheck.readers import read_source
from quotecheck.report.table import (
    NO_SPEAKER, QuoteRow, SpeakerRow, quote_rows, speaker_rows, write_csv, write_json, write_table,
)

# Invented texts; the quotations are not real.
VALLEY = (
    "Ahmad Massoud, the resistance leader, spoke in the valley.\n"
    "\n"
    "\"We will hold the valley,\" Massoud said. \"Nobody will move us.\"\n"
    "\n"
    "\"When my father said 'never surrender' he meant it,\" Massoud added.\n"
    "\n"
    "Nicolas Martinon, the French envoy, said: \"We listen to everyone.\n"
    "\n"
    "\"And we will keep listening for as long as it takes.\"\n"
    "\n"
    "The so-called \"peace plan\" failed.\n"
)
SUPPLY = (
    "\"Nothing is settled yet, and nothing will be settled this winter.\"\n"
    "\n"
    "Lisa Curtis said the talks had stalled.\n"
    "\n"
    "\"He has a famous name and a very short supply line,\" Curtis said.\n"
    "\n"
    "\"We are still here,\" Ahmad Massoud said.\n"
)
WIRE = (
    '{"id": "w1", "text": "\\u201cWe will talk,\\u201d Massoud said."}\n'
    '{"id": "w2", "text": "Lisa Maddox said: \\"It is a long war.\\""}\n'
)


def documents(text, path, form="txt"):
    """The documents read from ``text`` as if it were the file ``path``."""
    return list(read_source(text.encode(), path, form))


def results(*sources):
    """The pipeline's results for (text, path) pairs, in order."""
    items = [document for text, path in sources for document in documents(text, path)]
    return list(run(items, Options()))


@pytest.fixture(scope="module")
def valley():
    return results((VALLEY, "a.txt"))


@pytest.fixture(scope="module")
def batch():
    return results((VALLEY, "a.txt"), (SUPPLY, "b.txt"))


def by_speaker(rows):
    return {row.speaker: row for row in rows}


def test_quote_rows_give_location_speaker_cue_kind_excerpt_and_confidence(valley):
    rows = list(quote_rows(valley))
    # Seven quotes, six quotations: the father's words are part of Massoud's quote.
    assert len(valley[0].extraction.quotes) == 7 and len(rows) == 6
    assert rows[0] == QuoteRow("a.txt:3:1", "Ahmad Massoud", "said", "quote", '"We will hold the valley,"', 0.95)
    assert rows[1].location == "a.txt:3:42" and rows[1].cue is None
    assert rows[2].location == "a.txt:5:1" and rows[3].location == "a.txt:7:43"
    term = rows[-1]
    assert (term.kind, term.speaker, term.cue, term.confidence) == ("term", None, None, None)
    assert term.location == "a.txt:11:15"


def test_quote_excerpts_collapse_whitespace_and_end_in_an_ellipsis():
    text = 'Lisa Maddox said: "The roads are lost,\n   but the passes are not, and the passes are what matter this winter."\n'
    (row,) = quote_rows(results((text, "m.txt")))
    assert "\n" not in row.excerpt and "  " not in row.excerpt
    assert len(row.excerpt) == 60 and row.excerpt.endswith("…")
    assert row.excerpt.startswith('"The roads are lost, but the passes')


def test_quote_rows_of_a_corpus_point_at_the_record_line():
    rows = list(quote_rows(run(documents(WIRE, "c.jsonl", "jsonl"), Options())))
    assert [row.location for row in rows] == ["c.jsonl:1:23", "c.jsonl:2:41"]
    assert [row.speaker for row in rows] == ["Massoud", "Lisa Maddox"]


def test_quote_rows_stream_one_document_at_a_time(batch):
    taken = []

    def source():
        for result in batch:
            taken.append(result)
            yield result

    rows = quote_rows(source())
    next(rows)
    assert len(taken) == 1


def test_speaker_rows_count_quotes_and_words(valley):
    rows = by_speaker(speaker_rows(valley))
    massoud, martinon = rows["Ahmad Massoud"], rows["Nicolas Martinon"]
    # 5 + 4 + 9 words; the nested fragment's words are inside the third quote.
    assert (massoud.quotes, massoud.words) == (3, 18)
    # Two paragraphs of one quotation: one quote, 4 + 11 words.
    assert (martinon.quotes, martinon.words) == (1, 15)
    assert martinon.description == "the French envoy"


def test_a_nested_quote_from_a_vague_source_is_part_of_the_quotation_around_it(valley):
    rows = speaker_rows(valley)
    assert "my father" not in by_speaker(rows)
    # Every top-level spoken word counted once: 18 + 15, and the term is no one's.
    assert sum(row.words for row in rows) == 33


def test_a_nested_quote_with_a_speaker_of_its_own_counts_for_them_without_words():
    text = ('Ahmad Massoud spoke in the valley.\n\n"As a cadet I read Churchill’s memoirs. At the worst hour he '
            "told the British people: 'We shall never surrender.' I remember it,\" Massoud said.\n")
    (result,) = results((text, "c.txt"))
    rows = by_speaker(speaker_rows([result]))
    churchill = rows["Churchill"]
    assert (churchill.quotes, churchill.words, churchill.share_percent) == (1, 0, 0.0)
    assert (rows["Ahmad Massoud"].quotes, rows["Ahmad Massoud"].words) == (1, 23)
    assert [row.speaker for row in quote_rows([result])] == ["Ahmad Massoud", "Churchill"]


def test_speaker_rows_span_documents_with_first_and_last_location(batch):
    rows = speaker_rows(batch)
    massoud = by_speaker(rows)["Ahmad Massoud"]
    assert (massoud.quotes, massoud.words) == (4, 22)
    assert (massoud.first_location, massoud.last_location) == ("a.txt:3:1", "b.txt:7:1")
    curtis = by_speaker(rows)["Lisa Curtis"]
    assert (curtis.first_location, curtis.last_location) == ("b.txt:5:1", "b.txt:5:1")


def test_unattributed_speech_comes_last_and_shares_add_up(batch):
    rows = speaker_rows(batch)
    assert rows[-1].speaker == NO_SPEAKER
    assert (rows[-1].quotes, rows[-1].words, rows[-1].first_location) == (1, 11, "b.txt:1:1")
    total = sum(row.words for row in rows)
    assert total == 33 + 11 + 11 + 4
    assert sum(row.share_percent for row in rows) == pytest.approx(100, abs=0.2)
    assert by_speaker(rows)["Ahmad Massoud"].share_percent == round(100 * 22 / total, 1)


def test_speaker_rows_sort_by_words_then_name(batch):
    named = [row for row in speaker_rows(batch) if row.speaker != NO_SPEAKER]
    assert [row.speaker for row in named] == ["Ahmad Massoud", "Nicolas Martinon", "Lisa Curtis"]
    ties = speaker_rows(results(('"Stay," Curtis said.\n\n"Go," Maddox said.\n', "t.txt")))
    assert [row.speaker for row in ties] == ["Curtis", "Maddox"]


def test_speaker_rows_of_nothing_are_empty():
    assert speaker_rows([]) == []
    assert speaker_rows(results(('The so-called "peace plan" failed.\n', "p.txt"))) == []


def test_github_table_has_a_pipe_header_and_formatted_numbers(valley):
    out = io.StringIO()
    write_table(speaker_rows(valley), out, tablefmt="github")
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("| Speaker")
    assert "Share %" in lines[0] and set(lines[1]) <= set("|-: ")
    assert "| Ahmad Massoud" in lines[2] and "54.5 |" in lines[2]
    quotes = io.StringIO()
    write_table(quote_rows(valley), quotes, tablefmt="github")
    assert "0.80 |" in quotes.getvalue()


def test_html_table_and_headers_without_rows(valley):
    out = io.StringIO()
    write_table(quote_rows(valley), out, tablefmt="html")
    assert "<table>" in out.getvalue() and "<th>Location" in out.getvalue()
    empty = io.StringIO()
    write_table([], empty, record=SpeakerRow)
    assert "Speaker" in empty.getvalue() and "Share %" in empty.getvalue()
    nothing = io.StringIO()
    write_table([], nothing)
    assert nothing.getvalue() == ""


def test_text_cells_are_never_read_as_numbers():
    out = io.StringIO()
    write_table([QuoteRow("x.txt:1:1", None, None, "term", "1e5", None)], out, tablefmt="plain")
    assert "1e5" in out.getvalue() and "100000" not in out.getvalue()


def test_unknown_table_format_raises_and_names_the_formats(valley):
    with pytest.raises(ValueError, match="unknown table format 'nope'.*github"):
        write_table(quote_rows(valley), io.StringIO(), tablefmt="nope")


def test_csv_parses_back_with_readable_headers(batch):
    out = io.StringIO()
    write_csv(speaker_rows(batch), out)
    records = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(records[0]) == ["Speaker", "Description", "Quotes", "Words", "First", "Last", "Share %"]
    assert records[0]["Speaker"] == "Ahmad Massoud" and records[0]["Words"] == "22"
    assert records[-1]["Speaker"] == NO_SPEAKER and records[-1]["Description"] == ""
    quotes = io.StringIO()
    write_csv(quote_rows(batch), quotes)
    rows = list(csv.reader(io.StringIO(quotes.getvalue())))
    assert rows[0] == ["Location", "Speaker", "Cue", "Kind", "Quote", "Confidence"]
    assert rows[1] == ["a.txt:3:1", "Ahmad Massoud", "said", "quote", '"We will hold the valley,"', "0.95"]
    assert rows[2][5] == "0.80" and rows[7][1:3] == ["", ""]
    empty = io.StringIO()
    write_csv([], empty, record=QuoteRow)
    assert empty.getvalue().strip() == "Location,Speaker,Cue,Kind,Quote,Confidence"


def test_json_parses_back_with_snake_case_keys(batch):
    out = io.StringIO()
    write_json(speaker_rows(batch), out)
    records = json.loads(out.getvalue())
    assert list(records[0]) == ["speaker", "description", "quotes", "words", "first_location", "last_location",
                                "share_percent"]
    assert records[0]["words"] == 22 and isinstance(records[0]["share_percent"], float)
    quotes = io.StringIO()
    write_json(quote_rows(batch), quotes)
    parsed = json.loads(quotes.getvalue())
    assert len(parsed) == 6 + 3
    assert parsed[5] == {"location": "a.txt:11:15", "speaker": None, "cue": None, "kind": "term",
                         "excerpt": '"peace plan"', "confidence": None}
    empty = io.StringIO()
    write_json([], empty)
    assert json.loads(empty.getvalue()) == []
