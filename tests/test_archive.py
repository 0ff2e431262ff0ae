"""The archive on Dask: the clusters and matches of the embedded index, on any scheduler, built at once or added to."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

for extra in ("dask", "distributed", "pyarrow"):
    pytest.importorskip(extra, reason="the archive tests need the 'archive' extra: pip install '.[archive]'")

import pyarrow  # noqa: E402
import pyarrow.parquet  # noqa: E402

from quotecheck.archive import inputs, partitions  # noqa: E402
from quotecheck.archive.build import add, build  # noqa: E402
from quotecheck.archive.schedulers import scheduler  # noqa: E402
from quotecheck.cli import main  # noqa: E402
from quotecheck.index import Index, minhash  # noqa: E402
from quotecheck.index.clusters import index_clusters, index_matches  # noqa: E402
from quotecheck.pipeline import Options, run  # noqa: E402
from quotecheck.readers import read_inputs  # noqa: E402
from shared_material import TRAIN, require  # noqa: E402

#: Dask 2026.8 calls a pandas method pandas 3.1 deprecates; nothing here can change that.
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index")

#: Articles invented for testing: their people, places and quotations are not real.  The mayor's
#: bridge quote runs twice word for word, once as an excerpt and once altered (given to someone
#: else); the school quote runs twice; the flood report is excerpted in six words, which share no
#: band key with the whole and are found by the phrase shingles alone; the teachers quote repeats
#: only within one article.
ARTICLES = [
    {"id": "gazette-bridge", "outlet": "Harlow Gazette", "date": "2023-03-01",
     "text": "Harlow's council voted on Tuesday to repair the Mill Street bridge.\n\n"
             "\"We will not let the old bridge fall into the river while this council sits,\" "
             "Mayor Elena Ruiz said after the vote.\n\n"
             "\"The school will open its doors to pupils in the first week of September,\" "
             "Principal Amara Okafor told parents the same evening."},
    {"id": "courier-bridge", "outlet": "Valley Courier", "date": "2023-03-02",
     "text": "Repairs to the Mill Street bridge will start in April.\n\n"
             "\u201cWe will not let the old bridge fall into the river while this council sits,\u201d "
             "Mayor Elena Ruiz said.\n\n"
             "\u201cThe cost is lower than we feared,\u201d said Tom Becker, the council treasurer."},
    {"id": "ledger-bridge", "outlet": "County Ledger", "date": "2023-03-04",
     "text": "The mayor of Harlow has promised not to \"let the old bridge fall into the river\" "
             "and said work would begin soon.\n\n"
             "\"It is about time,\" said Nadia Kowalski, who runs a bakery by the bridge."},
    {"id": "herald-bridge", "outlet": "Harlow Herald", "date": "2023-03-05",
     "text": "Councillors cheered the bridge decision.\n\n"
             "\"We will never let the old bridge fall into the river while this council sits,\" "
             "Tom Becker said at the meeting."},
    {"id": "tribune-school", "outlet": "Northern Tribune", "date": "2023-02-27",
     "text": "Harlow's new school is nearly finished.\n\n"
             "\"The school will open its doors to pupils in the first week of September,\" "
             "Amara Okafor said. \"We are hiring twelve teachers.\"\n\n"
             "\"We are hiring twelve teachers,\" she said again, smiling."},
    {"id": "chronicle-flood", "outlet": "River Chronicle", "date": "2023-01-15",
     "text": "The flood report was published on Monday.\n\n"
             "\"The river rose faster this winter than in any year since records began, and the town must "
             "move the pumping station to higher ground before the next storm season,\" "
             "said Dr. Hannah Lindqvist, the hydrologist who led the study."},
    {"id": "dispatch-flood", "outlet": "Evening Dispatch", "date": "2023-01-20",
     "text": "Residents met to discuss the flood report.\n\n"
             "Lindqvist said the town must \"move the pumping station to higher ground\" soon. "
             "\"Nobody listened last time,\" said resident Omar Haddad."},
]
#: The Herald's corrected article, invented for testing: the altered quote is gone.
HERALD_CORRECTED = {"id": "herald-bridge", "outlet": "Harlow Herald", "date": "2023-03-06",
                    "text": "Councillors cheered the bridge decision.\n\n"
                            "\"It is a good day for Harlow,\" Tom Becker said at the meeting."}
BRIDGE = '"We will not let the old bridge fall into the river while this council sits,"'
SCHOOL = '"The school will open its doors to pupils in the first week of September,"'
FLOOD = ('"The river rose faster this winter than in any year since records began, and the town must move the '
         'pumping station to higher ground before the next storm season,"')
#: The clusters of ``ARTICLES``: root, first date and outlet, speakers, and each member's article and kind.
EXPECTED = {
    (BRIDGE, "2023-03-01", "Harlow Gazette", ("Elena Ruiz", "The mayor of Harlow", "Tom Becker"),
     frozenset({("gazette-bridge", "exact"), ("courier-bridge", "exact"), ("ledger-bridge", "excerpt"),
                ("herald-bridge", "altered")})),
    (SCHOOL, "2023-02-27", "Northern Tribune", ("Amara Okafor",),
     frozenset({("tribune-school", "exact"), ("gazette-bridge", "exact")})),
    (FLOOD, "2023-01-15", "River Chronicle", ("Hannah Lindqvist", "Lindqvist"),
     frozenset({("chronicle-flood", "exact"), ("dispatch-flood", "excerpt")})),
}


def corpus(path, records) -> str:
    """Write ``records`` as a JSONL corpus at ``path``."""
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return str(path)


def dataset(out, name: str) -> list[dict]:
    """Every row of one of the archive's datasets."""
    return pyarrow.parquet.read_table(out / name).to_pylist()


def described(out) -> set:
    """The archive's clusters as in ``EXPECTED``."""
    return {(row["root"], row["first_date"], row["first_outlet"], tuple(row["speakers"]),
             frozenset((member["document_id"], member["kind"]) for member in row["members"]))
            for row in dataset(out, "clusters")}


def archive_clusters(out) -> set:
    """The archive's clusters, as their members' (document, start), root and first date."""
    return {(frozenset((member["document_id"], member["start"]) for member in row["members"]), row["root"],
             row["first_date"]) for row in dataset(out, "clusters")}


def archive_matches(out) -> set:
    """The archive's matches, by their variants' texts."""
    return {(row["draft_text"], row["indexed_text"], row["kind"], round(row["score"], 9), row["diff"])
            for row in dataset(out, "matches")}


def embedded(index) -> tuple[set, set]:
    """An embedded index's clusters and matches, in the form of ``archive_clusters`` and ``archive_matches``."""
    starts = {quote.id: (quote.document_id, quote.start) for quote in index.all()}
    clusters = {(frozenset(starts[member.quote_id] for member in found.members), found.root, found.first_date)
                for found in index_clusters(index)}
    matches = {(link.draft, link.indexed, link.kind, round(link.score, 9), link.diff)
               for link in index_matches(index)}
    return clusters, matches


def quotes(out) -> set:
    """The archive's quotes, by where they stand and what they say."""
    return {(row["document"], row["start"], row["text"], row["speaker"], row["date"]) for row in dataset(out, "quotes")}


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    """The invented corpus, built on the synchronous scheduler in three parts."""
    folder = tmp_path_factory.mktemp("invented")
    path = corpus(folder / "news.jsonl", ARTICLES)
    with scheduler("sync"):
        outcome = build([path], folder / "archive", partitions=3)
    return folder / "archive", outcome, path


def test_sync_build_finds_the_clusters_of_the_invented_corpus(invented):
    out, outcome, _ = invented
    assert described(out) == EXPECTED
    assert (outcome.documents, outcome.quotes, outcome.clusters, outcome.read, outcome.errors) == (7, 13, 3, 7, ())
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["format"] == 2 and manifest["counts"]["matches"] == outcome.matches == 4
    assert len(dataset(out, "bands")) == 32 * 13  # every band key of every quote
    altered = [row for row in dataset(out, "matches") if row["kind"] == "altered"]
    assert [row["diff"] for row in altered] == [
        "we will [-not-] {+never+} let the old bridge fall into the river while this council sits"]


def test_excerpt_found_by_shingles_alone(invented):
    """The flood excerpt shares no band key with the report, so only the phrase shingles can find it."""
    whole = "the river rose faster this winter than in any year since records began and the town must " \
            "move the pumping station to higher ground before the next storm season"
    part = "move the pumping station to higher ground"
    assert not set(minhash.keys([whole])[0]) & set(minhash.keys([part])[0])
    kinds = {(row["draft_text"], row["indexed_text"]): row["kind"] for row in dataset(invented[0], "matches")}
    assert kinds[(part, whole)] == "excerpt"


def test_a_local_cluster_and_a_scheduler_address_give_what_sync_gives(invented, tmp_path):
    from distributed import get_client

    out, _, path = invented
    with scheduler("local", workers=2):
        client = get_client()
        assert len(client.scheduler_info()["workers"]) == 2
        build([path], tmp_path / "local", partitions=3)
        with scheduler(client.scheduler.address):
            build([path], tmp_path / "address", partitions=2)
    for other in (tmp_path / "local", tmp_path / "address"):
        assert described(other) == EXPECTED
        assert archive_clusters(other) == archive_clusters(out) and archive_matches(other) == archive_matches(out)
        assert quotes(other) == quotes(out)


def test_add_gives_what_one_build_of_everything_gives(tmp_path):
    first = corpus(tmp_path / "first.jsonl", ARTICLES[:4])
    second = corpus(tmp_path / "second.jsonl", [*ARTICLES[4:], HERALD_CORRECTED])
    with scheduler("sync"):
        build([first], tmp_path / "grown", partitions=2)
        before = archive_matches(tmp_path / "grown")
        # What an add that failed part-way left behind: a part and matches past the manifest's.
        for folder, name in (("quotes", "part-000009.parquet"), ("matches", "part-0001-000000.parquet")):
            (tmp_path / "grown" / folder / name).write_bytes(
                next((tmp_path / "grown" / folder).glob("*.parquet")).read_bytes())
        outcome = add([second], tmp_path / "grown", partitions=2)
        build([corpus(tmp_path / "all.jsonl", [*ARTICLES, HERALD_CORRECTED])], tmp_path / "whole", partitions=3)
    grown, whole = tmp_path / "grown", tmp_path / "whole"
    assert archive_clusters(grown) == archive_clusters(whole) and described(grown) == described(whole)
    assert archive_matches(grown) == archive_matches(whole) and quotes(grown) == quotes(whole)
    # The corrected Herald article replaced the altered quote, and the matches of its variant went with it.
    bridge = next(row for row in described(grown) if row[0] == BRIDGE)
    assert bridge[3] == ("Elena Ruiz", "The mayor of Harlow")
    assert {row[2] for row in before} == {"excerpt", "altered"} and {row[2] for row in archive_matches(grown)} == {
        "excerpt"}
    assert (outcome.documents, outcome.read) == (7, 4)
    herald = [row for row in dataset(grown, "quotes") if row["document"] == "herald-bridge"]
    assert [row["text"] for row in herald] == ['"It is a good day for Harlow,"']
    assert herald[0]["id"] >> partitions.PLACE_BITS >= 2  # a new part: the new quote has a new id


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    """PolNeAR train, as an archive (synchronous, three parts) and as an embedded index."""
    path = str(require(TRAIN))
    folder = tmp_path_factory.mktemp("train")
    with scheduler("sync"):
        build([path], folder / "archive", partitions=3)
    index = Index.open(folder / "index.sqlite")
    index.add(run(read_inputs([path]), Options()))
    yield folder, index
    index.close()


def test_polnear_train_archive_has_the_clusters_and_matches_of_the_embedded_index(train):
    folder, index = train
    clusters, matches = embedded(index)
    assert len(clusters) > 100 and len(matches) > 100
    assert archive_clusters(folder / "archive") == clusters
    assert archive_matches(folder / "archive") == matches


def test_imported_archive_has_the_archive_clusters(train, tmp_path, capsys):
    folder, index = train
    target = tmp_path / "imported.sqlite"
    assert main(["index", "import", str(folder / "archive"), "--index", str(target)]) == 0
    counts = index.stats()  # the archive holds what the embedded index holds
    assert counts["documents"] == 840
    assert capsys.readouterr().out == f"imported {counts['quotes']} quotes from 840 documents to {target}\n"
    with Index.open(target, create=False) as imported:
        assert embedded(imported) == (archive_clusters(folder / "archive"), archive_matches(folder / "archive"))
        assert imported.stats()["documents"] == index.stats()["documents"]
    assert main(["index", "import", str(tmp_path / "nothing"), "--index", str(tmp_path / "new.sqlite")]) == 2
    assert "not an archive" in capsys.readouterr().err and not (tmp_path / "new.sqlite").exists()


def test_jsonl_blocks_cover_the_file_with_their_line_numbers(tmp_path):
    records = [json.dumps(record) for record in ARTICLES]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([*records[:5], "{not json", *records[5:]]) + "\n", encoding="utf-8")
    blocks, errors = inputs.planned([str(path)], partitions=3)
    assert errors == [] and len(blocks) == 3
    assert blocks[0].start == 0 and blocks[-1].end == path.stat().st_size
    assert all(one.end == two.start for one, two in zip(blocks, blocks[1:]))
    read = [item for block in blocks for item in inputs.documents(block)]
    whole = list(read_inputs([str(path)]))
    assert [str(item) if not hasattr(item, "id") else item.id for item in read] == [
        str(item) if not hasattr(item, "id") else item.id for item in whole]
    assert [item.source_map.first_line for item in read if hasattr(item, "id")] == [1, 2, 3, 4, 5, 7, 8]


def test_parquet_and_plain_files_are_read_like_jsonl(invented, tmp_path):
    columns = {name: [record[name] for record in ARTICLES] for name in ("id", "text", "outlet", "date")}
    pyarrow.parquet.write_table(pyarrow.table(columns), tmp_path / "news.parquet", row_group_size=2)
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "note.txt").write_text('"We are hiring twelve teachers," Amara Okafor said.\n',
                                                 encoding="utf-8")
    with scheduler("sync"):
        # "plain/**" names the folder and the file in it: the file is read once.
        outcome = build([str(tmp_path / "*.parquet"), str(tmp_path / "plain" / "**")], tmp_path / "archive",
                        partitions=4)
    assert outcome.errors == () and outcome.documents == 8
    note = str(tmp_path / "plain" / "note.txt")
    assert quotes(tmp_path / "archive") - quotes(invented[0]) == {
        (note, 0, '"We are hiring twelve teachers,"', "Amara Okafor", None)}
    # The teachers quote now runs in two articles: a fourth cluster.
    assert described(tmp_path / "archive") - EXPECTED == {
        ('"We are hiring twelve teachers."', "2023-02-27", "Northern Tribune", ("Amara Okafor",),
         frozenset({("tribune-school", "exact"), (note, "exact")}))}


def test_cli_reports_a_bad_line_and_a_missing_file_and_builds_the_rest(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([json.dumps(ARTICLES[0]), json.dumps(ARTICLES[1]), '{"id": "x", "text": 3}',
                               *map(json.dumps, ARTICLES[2:])]) + "\n", encoding="utf-8")
    out = str(tmp_path / "archive")
    assert main(["archive", "build", str(path), str(tmp_path / "missing.txt"), "--out", out,
                 "--scheduler", "sync", "--partitions", "2"]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f'quotecheck: {path}:3: record has no string "text"',
                                         f"quotecheck: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert captured.out == f"{out}: 7 documents, 13 quotes, 4 matches, 3 clusters (7 documents read)\n"
    more = corpus(tmp_path / "more.jsonl", [HERALD_CORRECTED])
    assert main(["archive", "add", more, "--out", out, "--scheduler", "sync"]) == 0
    assert capsys.readouterr().out == f"{out}: 7 documents, 13 quotes, 2 matches, 3 clusters (1 documents read)\n"
    assert main(["archive", "add", more, "--out", str(tmp_path / "nowhere"), "--scheduler", "sync"]) == 2
    assert "not an archive" in capsys.readouterr().err
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.txt").write_text("mine\n", encoding="utf-8")
    assert main(["archive", "build", more, "--out", str(tmp_path / "notes"), "--scheduler", "sync"]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert main(["archive", "build", more, "--out", out, "--scheduler", "nonsense"]) == 2
    assert "--scheduler takes sync, local or an address" in capsys.readouterr().err


def test_cli_without_the_extra_says_what_to_install(tmp_path, monkeypatch, capsys):
    for name in [name for name in sys.modules if name.startswith("quotecheck.archive.")]:
        monkeypatch.delitem(sys.modules, name)
    for name in ("dask", "pyarrow"):
        monkeypatch.setitem(sys.modules, name, None)
    assert main(["archive", "build", "news.jsonl", "--out", str(tmp_path / "archive")]) == 2
    assert main(["index", "import", str(tmp_path), "--index", str(tmp_path / "q.sqlite")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all("pip install 'quotecheck-news[archive]'" in line for line in lines)


def test_quotecheck_imports_no_dask():
    script = "import sys, quotecheck.cli, quotecheck.pipeline, quotecheck.index; print(sorted(" \
             "name for name in ('dask', 'distributed', 'pandas', 'pyarrow') if name in sys.modules))"
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True).stdout == "[]\n"


#: Two outlets' feeds that number their articles alike and ran one quote; invented for testing.
SAME_ID = [{**ARTICLES[0], "id": "1", "outlet": "Outlet A"}, {**ARTICLES[1], "id": "1", "outlet": "Outlet B"}]


def test_two_outlets_articles_of_one_id_are_two_articles(tmp_path):
    first, second = corpus(tmp_path / "a.jsonl", SAME_ID[:1]), corpus(tmp_path / "b.jsonl", SAME_ID[1:])
    with scheduler("sync"):
        build([first, second], tmp_path / "archive", partitions=2)
        outcome = add([first], tmp_path / "archive")  # the same outlet's article again replaces it
    assert (outcome.documents, outcome.read) == (2, 1)
    bridge = next(row for row in dataset(tmp_path / "archive", "clusters") if row["root"] == BRIDGE)
    assert bridge["articles"] == 2
    assert sorted(member["outlet"] for member in bridge["members"]) == ["Outlet A", "Outlet B"]


def format_1(out) -> None:
    """Make the archive in ``out`` one an older quotecheck wrote: no document keys, paths as typed."""
    for dataset_ in ("documents", "quotes"):
        for path in (out / dataset_).glob("*.parquet"):
            table = pyarrow.parquet.read_table(path)
            table = table.drop_columns(["document_key"])
            if dataset_ == "documents":
                table = table.set_column(table.schema.get_field_index("path"), "path",
                                         pyarrow.array(["news.jsonl"] * table.num_rows, pyarrow.string()))
            pyarrow.parquet.write_table(table, path)
    manifest = json.loads((out / "manifest.json").read_text())
    (out / "manifest.json").write_text(json.dumps({**manifest, "format": 1}))


def test_format_1_archive_is_imported_as_it_is_and_upgraded_by_add(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = corpus(tmp_path / "news.jsonl", ARTICLES)
    with scheduler("sync"):
        build([path], tmp_path / "archive", partitions=2)
        expected = archive_clusters(tmp_path / "archive"), archive_matches(tmp_path / "archive")
        format_1(tmp_path / "archive")
        assert main(["index", "import", "archive", "--index", "imported.sqlite"]) == 0
        with Index.open(tmp_path / "imported.sqlite", create=False) as imported:
            assert embedded(imported) == expected
            assert {quote.path for quote in imported.all()} == {os.path.realpath(path)}
        assert json.loads((tmp_path / "archive" / "manifest.json").read_text())["format"] == 1
        outcome = add([corpus(tmp_path / "more.jsonl", [HERALD_CORRECTED])], tmp_path / "archive")
    assert json.loads((tmp_path / "archive" / "manifest.json").read_text())["format"] == 2
    assert (outcome.documents, outcome.read) == (7, 1)  # the Herald's corrected article replaced its first
    assert {row["path"] for row in dataset(tmp_path / "archive", "documents")} == {
        os.path.realpath(path), os.path.realpath(tmp_path / "more.jsonl")}
    herald = [row for row in dataset(tmp_path / "archive", "quotes") if row["document"] == "herald-bridge"]
    assert [row["text"] for row in herald] == ['"It is a good day for Harlow,"']
    assert all(row["document_key"] for row in dataset(tmp_path / "archive", "quotes"))
