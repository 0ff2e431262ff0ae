"""Each rule's example table: texts it must flag and texts it must leave alone.

Every row runs the whole pipeline on an invented article with only the
rule under test selected, and counts that rule's findings.  A meta-test
fails when a rule has no table, or a table lacks either side.
"""

from __future__ import annotations

import json

import pytest

from quotecheck.checks import RULES, rule
from quotecheck.config import Config
from quotecheck.pipeline import Options, check, run
from quotecheck.readers import read_source

#: A lede long enough not to pass for a headline.
LEDE = ("BRUSSELS — {} spoke first at the meeting on Monday, before the other envoys had arrived "
        "and long before the European officials had found their seats in the hall.")
EXAMPLES: dict[str, list[tuple[str, int]]] = {
    "QC101": [
        ('"We will never surrender the valley," Ahmad Massoud said.', 0),
        ('The commander spoke at dawn.\n\n"We will never surrender the valley."', 1),
        ('"It is over." The valley fell silent.', 1),
        ('He wrote a book called "The Long Road" last year.', 0),
        ('Ahmad Massoud said: "My father told us \'never kneel\' and we did not."', 0),
        ('Critics called it a "proxy war" on Tuesday.', 0),
        # A directive line is no sentence of the article: it names no speaker and opens no quote.
        ('The valley fell silent.\n\nquotecheck: ignore QC102 -- agency copy\n"Nobody says who said this."', 1),
    ],
    "QC102": [
        ('"The talks are over," officials said.', 1),
        ('"The talks are over," a senior official said.', 1),
        ('"The talks are over," Jean-Yves Le Drian said.', 0),
        ('"The talks are over," a White House spokesman said.', 0),
        ('The talks are "over for now," according to the State Department.', 0),
    ],
    "QC103": [
        ('Lisa Curtis met Lisa Maddox. "It went well," she said.', 1),
        ('Lisa Curtis met Ahmad Massoud. "It went well," she said.', 0),
        ('"It went well," she said.', 1),
        ('"It went well," Lisa Curtis said.', 0),
        # "I" or "we" outside any quotation is the writer, named or not.
        ('Ahmad Massoud met us. "Why stay?" I asked him.', 0),
        ('"Why stay?" we asked.', 0),
        ('"Why stay?" Ahmad Massoud asked us. "I will," I said. "I hope," he said.', 0),
    ],
    "QC104": [
        (LEDE.format("Massoud") + '\n\n"We will fight," Ahmad Massoud said.', 1),
        (LEDE.format("Ahmad Massoud") + '\n\n"We will fight," Massoud said.', 0),
        (LEDE.format("Massoud") + '\n\nAhmad Massoud and Ahmad Shah Massoud were named.', 0),
        ('Massoud Vows to Fight\n\n"We will fight," Ahmad Massoud said.', 0),
        # A note above the headline: the headline is still front matter, where surnames are the style.
        ('Invented for testing; its quotations are not real.\n\nMassoud Vows to Fight\n\n'
         + LEDE.format("Ahmad Massoud") + '\n\n"We will fight," Massoud said.', 0),
        (LEDE.format("Ahmad Massoud") + '\n\nMassoud Speaks\n\n"We will fight," Massoud said.', 0),
        (LEDE.format("Massoud") + '\n\nAhmad Massoud Speaks\n\n"We will fight," Massoud said.', 1),
        # An article's last paragraph is no headline, point or not.
        ('Massoud Vows to Fight.\n\nMassoud spoke first, and Ahmad Massoud left early', 1),
        ('Sirajuddin Haqqani spoke. Mr. Haqqgani left. Mr. Haqqani returned.', 1),
        ('Sirajuddin Haqqani spoke. Mr. Haqqani left.', 0),
        ('John Kerry met Rick Perry. Kerry left.', 0),
        ('Bill Clinton and Hillary Clinton arrived. The Clintons left.', 0),
    ],
    "QC201": [
        ('"We will fight on, Ahmad Massoud said.', 1),
        ('We will fight on," Ahmad Massoud said.', 1),
        ('"We will fight on," Ahmad Massoud said.', 0),
        ("The 1990s were hard, and rock 'n' roll didn't help, Massoud's aide said.", 0),
        # A quotation opened inside its paragraph runs on only in its own speaker's voice.
        ('Ahmad Massoud spoke. "It is late," he said. "We will fight on and\n\n"We will hold," Lisa Curtis said.', 1),
        ('Ahmad Massoud said: "We will fight on.\n\n"We will hold," Mr. Massoud said.', 0),
        ('Ahmad Massoud said: "We will fight on.\n\n"We will hold," he said.', 0),
        ('Lisa Curtis read it out:\n\n"MASSOUD: We will fight on.\n\n"CURTIS: We will hold."', 0),
    ],
    "QC202": [
        ('"We will fight," Massoud said. “We will win,” he added.', 1),
        ('“We will fight,” Massoud said. “We will win,” he added.', 0),
        ('"We will fight," Massoud said. "We will win," he added.', 0),
    ],
    "QC301": [
        ('"We will never give up the valley," Massoud said. Later: "We will never give up the valley," he said.', 1),
        ('"No," Massoud said. Then again: "No," he said.', 0),
        ('"We will never give up," Massoud said. "We will never give in," he said.', 0),
    ],
    "QC302": [
        ('"We will never surrender the valley to anyone who comes with guns," Ahmad Massoud said.', 1),
        ('"Never surrender the valley to anyone who comes with guns," Massoud said.', 1),
        ('"We will build a school in the valley next spring," Ahmad Massoud said.', 0),
        ('"Nobody came to listen," Lisa Curtis said.', 0),
    ],
    "QC303": [
        ('"The talks have failed because nobody came to listen," Lisa Maddox said.', 1),
        ('"The talks have failed because nobody came to listen," Lisa Curtis said.', 0),
        ('"We will never surrender the valley to anyone who comes with guns," Mr. Massoud said.', 0),
        ('"The talks have failed because nobody came to listen," officials said.', 0),
    ],
    "QC304": [
        ('"We shall never surrender the valley to anyone who comes with guns," Ahmad Massoud said.', 1),
        ('"We will never hand the valley to anyone," Ahmad Massoud said.', 1),
        ('"We will never surrender the valley to anyone who comes with guns," Ahmad Massoud said.', 0),
        ('"Nobody came to listen to the talks, which have failed," Lisa Curtis said.', 0),
    ],
    "QC901": [
        ('quotecheck: ignore QC101 -- the desk knows\n\n"Nobody says who said this."', 0),
        ('quotecheck: ignore QC101 -- stale\n\n"We will fight," Ahmad Massoud said.', 1),
        ('quotecheck: ignore QC999\n\n"We will fight," Ahmad Massoud said.', 1),
        ('quotecheck: shush\n\n"We will fight," Ahmad Massoud said.', 1),
    ],
}
DESK = Config(accepted_sources=("a White House spokesman",))
#: What the provenance rules' examples are compared with: two earlier articles, invented for testing.
PUBLISHED = [
    {"id": "gazette-1", "outlet": "Gazette", "date": "2021-08-20", "url": "https://gazette.example/1",
     "text": '"We will never surrender the valley to anyone who comes with guns," Ahmad Massoud said.\n\n'
             '"The talks have failed because nobody came to listen," Lisa Curtis said.'},
    {"id": "courier-7", "outlet": "Courier", "date": "2021-08-22",
     "text": '"We will never surrender the valley to anyone who comes with guns," Mr. Massoud said.'},
]
PROVENANCE = ("QC302", "QC303", "QC304")


@pytest.fixture(scope="module")
def published_index(tmp_path_factory) -> str:
    """An index of ``PUBLISHED``."""
    from quotecheck.index import Index

    path = tmp_path_factory.mktemp("index") / "published.sqlite"
    corpus = "".join(json.dumps(record) + "\n" for record in PUBLISHED).encode()
    with Index.open(path) as index:
        index.add(run(read_source(corpus, "published.jsonl", "jsonl"), Options()))
    return str(path)


def findings(text: str, code: str, form: str = "txt", config: Config = DESK, index: str | None = None) -> list:
    """The findings of ``code`` in ``text`` with only that rule (and suppressions) selected."""
    # Suppression examples need the rules they suppress; the others see their own rule alone.
    selected = Config(select=("QC",) if code == "QC901" else (code,),
                      accepted_sources=config.accepted_sources) if config is DESK else config
    documents = list(read_source(text.encode(), f"example.{form}", form))
    [checked] = run(documents, Options(config=selected, index=index), stage=check)
    return [finding for finding in checked.findings if finding.code == code]


ROWS = [(code, text, count) for code, rows in EXAMPLES.items() for text, count in rows]


@pytest.mark.parametrize(("code", "text", "count"), ROWS, ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(ROWS)])
def test_example(code: str, text: str, count: int, request) -> None:
    index = request.getfixturevalue("published_index") if code in PROVENANCE else None
    assert len(findings(text, code, index=index)) == count


def test_provenance_findings_name_the_first_appearance_and_the_diff(published_index) -> None:
    text = '"We shall never surrender the valley to anyone who comes with guns," Ahmad Massoud said.'
    [altered] = findings(text, "QC304", index=published_index)
    assert altered.args["diff"] == "we [-will-] {+shall+} never surrender the valley to anyone who comes with guns"
    assert (altered.args["outlet"], altered.args["date"], altered.args["score"]) == ("Gazette", "2021-08-20", 0.92)
    [published] = findings(text.replace("shall", "will"), "QC302", index=published_index)
    assert (published.args["outlet"], published.args["url"], published.args["articles"]) == (
        "Gazette", "https://gazette.example/1", 2)
    [other] = findings('"The talks have failed because nobody came to listen," Lisa Maddox said.', "QC303",
                       index=published_index)
    assert (other.args["speaker"], other.args["other"]) == ("Lisa Maddox", "Lisa Curtis")


def test_provenance_rules_need_an_index() -> None:
    text = '"We will never surrender the valley to anyone who comes with guns," Ahmad Massoud said.'
    assert all(findings(text, code) == [] for code in PROVENANCE)


def test_an_indexed_article_is_not_its_own_source(published_index) -> None:
    [record] = [record for record in PUBLISHED if record["id"] == "courier-7"]
    documents = list(read_source((json.dumps(record) + "\n").encode(), "again.jsonl", "jsonl"))
    [checked] = run(documents, Options(config=Config(select=("QC302",)), index=published_index), stage=check)
    [finding] = checked.findings
    assert finding.args["articles"] == 1 and finding.args["outlet"] == "Gazette"


def test_every_rule_has_a_table_with_both_sides() -> None:
    for rule_ in RULES:
        counts = [count for _, count in EXAMPLES.get(rule_.code, [])]
        assert any(counts) and 0 in counts, f"{rule_.code} needs texts it flags and texts it leaves alone"


def test_findings_carry_severity_span_args_and_fingerprint() -> None:
    text = 'The commander spoke.\n\n"We will never surrender the valley."'
    [finding] = findings(text, "QC101")
    assert finding.severity == "error"
    assert text[finding.start: finding.end] == '"We will never surrender the valley."'
    assert finding.args == {"excerpt": '"We will never surrender the valley."'}
    assert len(finding.fingerprint) == 20


def test_fingerprint_ignores_lines_above() -> None:
    text = 'The commander spoke.\n\n"We will never surrender the valley."'
    [before] = findings(text, "QC101")
    [after] = findings("A new first paragraph.\n\n" + text, "QC101")
    assert before.fingerprint == after.fingerprint
    assert before.start != after.start


def test_severity_can_be_configured() -> None:
    [finding] = findings('"The talks are over," officials said.', "QC102",
                         config=Config(select=("QC102",), severity={"QC102": "error"}))
    assert finding.severity == "error"


def test_markdown_comment_suppresses_the_next_paragraph_only() -> None:
    text = ('<!-- quotecheck: ignore QC101 -- agency copy -->\n"First unsourced line here."\n\n'
            '"Second unsourced line here."\n')
    found = findings(text, "QC101", form="md", config=Config(select=("QC101", "QC901")))
    assert [finding.code for finding in found] == ["QC101"]
    assert text.count("Second") == 1


def test_suppressions_of_rules_not_running_are_not_reported() -> None:
    text = '<!-- quotecheck: ignore QC102 -->\n"We will fight," Ahmad Massoud said.\n'
    assert findings(text, "QC901", form="md", config=Config(select=("QC101", "QC901"))) == []
    [unused] = findings(text, "QC901", form="md", config=Config(select=("QC102", "QC901")))
    assert unused.position(read_document(text)).line == 1


def read_document(text: str):
    """The one document of a Markdown text."""
    [document] = read_source(text.encode(), "example.md", "md")
    return document


def test_off_and_on_cover_a_range() -> None:
    text = ('<!-- quotecheck: off -->\n\n"First unsourced line here."\n\n"Second unsourced line."\n\n'
            '<!-- quotecheck: on -->\n\n"Third unsourced line here."\n')
    config = Config(select=("QC101", "QC901"))
    documents = list(read_source(text.encode(), "example.html", "html"))
    [checked] = run(documents, Options(config=config), stage=check)
    assert [checked.document.text[f.start: f.end] for f in checked.findings] == ['"Third unsourced line here."']


def test_messages_format_from_args() -> None:
    text = '"We will never give up the valley," Massoud said.\n\nLater: "We will never give up the valley," he said.'
    documents = list(read_source(text.encode(), "example.txt", "txt"))
    [checked] = run(documents, Options(config=Config(select=("QC301",))), stage=check)
    [finding] = checked.findings
    assert rule("QC301").format(finding, checked.document) == "this quote already appears on line 1"


def test_rules_and_codes_are_one_list() -> None:
    from quotecheck.checks.codes import CODES

    assert tuple(rule_.code for rule_ in RULES) == CODES
    assert len({rule_.name for rule_ in RULES}) == len(RULES)
