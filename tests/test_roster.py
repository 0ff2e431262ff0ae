"""Tests for quotecheck.roster: loading roster files, name lookups and given-name genders."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import pytest

from quotecheck.roster import (
    Roster,
    RosterEntry,
    RosterError,
    given_name_gender,
    load_roster,
    name_key,
)

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "roster.toml"


@pytest.fixture(scope="module")
def roster() -> Roster:
    return load_roster(SAMPLE)


def test_sample_roster_loads(roster):
    assert len(roster.entries) == 7
    first = roster.entries[0]
    assert first == RosterEntry(
        name="Ahmad Massoud",
        aliases=("Ahmad Masood", "Massoud Jr."),
        title="Mr.",
        gender="male",
        description="leader of the National Resistance Front",
        kind="person",
    )
    yarmand = roster.lookup("Mirza Mohammad Yarmand")
    assert yarmand.title == "Lt. Gen."
    assert yarmand.description == "a former deputy minister in the Interior Ministry"
    father = roster.lookup("Ahmad Shah Massoud")
    assert father.aliases == ()
    assert father is not first
    assert {entry.gender for entry in roster.entries} == {"male", "female"}


LOOKUPS = [
    # Canonical names and aliases, in any case.
    ("Ahmad Massoud", "Ahmad Massoud"),
    ("AHMAD MASSOUD", "Ahmad Massoud"),
    ("ahmad masood", "Ahmad Massoud"),
    ("Massoud Jr.", "Ahmad Massoud"),
    ("Sirajuddin Haqqgani", "Sirajuddin Haqqani"),
    ("Sirajuddin Haqqani", "Sirajuddin Haqqani"),
    # Honorifics and ranks in front are ignored, with or without a period.
    ("Mr. Ahmad Massoud", "Ahmad Massoud"),
    ("Mr Ahmad Massoud", "Ahmad Massoud"),
    ("Mr. David Martinon", "David Martinon"),
    ("Ms. Lisa Maddox", "Lisa Maddox"),
    ("Dr. Lisa Curtis", "Lisa Curtis"),
    ("Lt. Gen. Mirza Mohammad Yarmand", "Mirza Mohammad Yarmand"),
    ("Gen. Mirza Mohammad Yarmand", "Mirza Mohammad Yarmand"),
    ("Sen. Lisa Curtis", "Lisa Curtis"),
    # Spacing and line breaks inside a mention.
    ("  Ahmad\n  Shah   Massoud ", "Ahmad Shah Massoud"),
    ("Lisa\u00a0Maddox", "Lisa Maddox"),
    ("Mr.\nDavid\tMartinon", "David Martinon"),
]


@pytest.mark.parametrize(("mention", "name"), LOOKUPS)
def test_lookup_finds(roster, mention, name):
    assert roster.lookup(mention).name == name


MISSES = [
    "Massoud",  # a bare surname is by_surname's job
    "Mr. Massoud",
    "Ahmad",
    "Lisa",
    "Ahmad Massoud Sr.",
    "",
    "Mr.",
    "Lisa Maddox Curtis",
]


@pytest.mark.parametrize("mention", MISSES)
def test_lookup_leaves_alone(roster, mention):
    assert roster.lookup(mention) is None


def test_apostrophes_are_one_character():
    roster = Roster((RosterEntry("Conor O'Brien", aliases=("Seán Ó Briain",)),))
    for mention in ("Conor O'Brien", "Conor O\u2019Brien", "CONOR O\u2018BRIEN", "Conor O`Brien"):
        assert roster.lookup(mention).name == "Conor O'Brien"
    assert roster.lookup("Mr. Conor O\u02bcBrien").name == "Conor O'Brien"
    assert roster.lookup("Seán Ó Briain").name == "Conor O'Brien"
    # Composed and decomposed accents are the same name.
    assert roster.lookup("Sea\u0301n O\u0301 Briain").name == "Conor O'Brien"


def test_name_key():
    assert name_key("  Lt. Gen.  Mirza\nMohammad YARMAND ") == "mirza mohammad yarmand"
    assert name_key("O\u2019Brien") == "o'brien"
    assert name_key("Mr.") == "mr."  # nothing is left to drop the honorific from


def test_by_surname(roster):
    massouds = roster.by_surname("Massoud")
    assert [entry.name for entry in massouds] == ["Ahmad Massoud", "Ahmad Shah Massoud"]
    assert roster.by_surname("massoud") == massouds
    assert roster.by_surname("Mr. Massoud") == massouds
    assert [entry.name for entry in roster.by_surname("Martinon")] == ["David Martinon"]
    # Surnames of aliases count too.
    assert [entry.name for entry in roster.by_surname("Masood")] == ["Ahmad Massoud"]
    assert [entry.name for entry in roster.by_surname("Haqqgani")] == ["Sirajuddin Haqqani"]
    assert roster.by_surname("Smith") == ()
    assert roster.by_surname("Lisa") == ()


@pytest.mark.parametrize("surname", ["Massoud", "Martinon", "Maddox", "Curtis", "Yarmand"])
def test_sample_roster_covers_the_sample_articles(roster, surname):
    assert roster.by_surname(surname)


def test_organisations_have_no_surname():
    roster = Roster((RosterEntry("National Resistance Front", kind="organisation"),))
    assert roster.lookup("the national resistance front") is None
    assert roster.lookup("National Resistance Front").kind == "organisation"
    assert roster.by_surname("Front") == ()


def test_empty_roster(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("# nobody yet\n", encoding="utf-8")
    assert load_roster(path) == Roster(())
    assert Roster(()).lookup("Ahmad Massoud") is None
    assert Roster(()).by_surname("Massoud") == ()


def test_roster_with_a_clash_cannot_be_built():
    with pytest.raises(ValueError):
        Roster((RosterEntry("Lisa Curtis"), RosterEntry("Lisa Maddox", aliases=("lisa curtis",))))


GOOD = '[[person]]\nname = "Ahmad Massoud"\naliases = ["Ahmad Masood"]\n\n'

# (file text, expected line, a word the message must contain)
BAD_ROSTERS = [
    pytest.param(GOOD + '[[person]]\nname = "Lisa Curtis\n', 6, "column 20",
                 id="unterminated-string"),
    pytest.param(GOOD + "[[person]]\nname = Lisa Curtis\n", 6, "value", id="bare-value"),
    pytest.param(GOOD + '[[person]]\nname = "A"\nname = "B"\n', 7, "overwrite", id="repeated-key"),
    pytest.param(GOOD + '[[person]]\nname = "Lisa Curtis"\nnmae = "x"\n', 7, "'name'",
                 id="unknown-key"),
    pytest.param(GOOD + '[[person]]\ntitle = "Ms."\ngender = "female"\n', 5, "no name",
                 id="missing-name"),
    pytest.param(GOOD + '[[person]]\nname = "   "\n', 6, "no name", id="blank-name"),
    pytest.param(GOOD + "[[person]]\n\nname = 42\n", 7, "integer", id="name-not-string"),
    pytest.param(GOOD + '[[person]]\nname = "Lisa Curtis"\naliases = "Curtis"\n', 7, "array",
                 id="aliases-not-array"),
    pytest.param(GOOD + '[[person]]\nname = "Lisa Curtis"\naliases = ["L. Curtis", 3]\n', 7,
                 "integer", id="alias-not-string"),
    pytest.param(GOOD + '[[person]]\nname = "Lisa Curtis"\ngender = "f"\n', 7, "gender",
                 id="bad-gender"),
    pytest.param(GOOD + '[[person]]\nname = "NRF"\nkind = "organization"\n', 7, "kind",
                 id="bad-kind"),
    pytest.param(GOOD + '[[person]]\nname = "Ahmad Shah Massoud"\naliases = [\n  "Lion",\n'
                 '  "Ahmad Masood",\n]\n', 9, "Ahmad Massoud", id="alias-of-two-people"),
    pytest.param(GOOD + '[[person]]\nname = "Mr. Ahmad  Massoud"\n', 6, "line 2",
                 id="same-name-twice"),
    pytest.param(GOOD + '[people]\nname = "x"\n', 5, "people", id="unknown-table"),
    pytest.param('version = 2\n' + GOOD, 1, "version", id="unknown-top-level-key"),
    pytest.param('person = "Ahmad Massoud"\n', 1, "array", id="person-not-array"),
    pytest.param('[person]\nname = "Ahmad Massoud"\n', 1, "array", id="person-is-a-table"),
    pytest.param(b'[[person]]\nname = "Ahmad Mas\xf6ud"\n', 2, "UTF-8", id="not-utf8"),
]


@pytest.mark.parametrize(("text", "line", "word"), BAD_ROSTERS)
def test_bad_roster(tmp_path, text, line, word):
    path = tmp_path / "roster.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(RosterError) as caught:
        load_roster(path)
    error = caught.value
    message = str(error)
    assert error.line == line
    assert message.startswith(f"{path}:{line}: ")
    assert word in message
    assert "\n" not in message


def test_missing_roster_has_no_line(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(RosterError) as caught:
        load_roster(path)
    assert caught.value.line is None
    assert str(caught.value).startswith(f"{path}: cannot read roster")
    assert "\n" not in str(caught.value)


def test_roster_error_is_one_line():
    error = RosterError("r.toml", "alias 'a\nb' is odd", 3)
    assert str(error) == "r.toml:3: alias 'a b' is odd"
    assert str(RosterError(Path("r.toml"), "empty")) == "r.toml: empty"


GIVEN_NAMES = [
    ("Lisa", "female"),
    ("Hillary", "female"),
    ("Kamala", "female"),
    ("Angela", "female"),
    ("nancy", "female"),
    ("Donald", "male"),
    ("Ahmad", "male"),
    ("Mohammad", "male"),
    ("EMMANUEL", "male"),
    (" David ", "male"),
    ("José", "male"),
    ("JOSÉ", "male"),
    ("Zoë", "female"),
    ("\tChloe\n", "female"),
    # Short forms and the names common in American politics.
    ("Jeb", "male"),
    ("Mitt", "male"),
    ("Megyn", "female"),
    ("Huma", "female"),
    # Older names, and Irish, Scottish, Welsh and African ones.
    ("Edna", "female"),
    ("Dorothea", "female"),
    ("Siobhan", "female"),
    ("Niamh", "female"),
    ("Rhys", "male"),
    ("Seamus", "male"),
    ("Reginald", "male"),
    ("Kwame", "male"),
    # Names given to both genders, and names not listed.
    ("Jordan", None),
    ("Taylor", None),
    ("Kim", None),
    ("Massoud", None),
    ("Jessie", None),
    ("Ellis", None),
    ("Xyzzy", None),
    ("", None),
]


@pytest.mark.parametrize(("name", "gender"), GIVEN_NAMES)
def test_given_name_gender(name, gender):
    assert given_name_gender(name) == gender


def test_given_names_file_is_tidy():
    source = importlib.resources.files("quotecheck") / "data" / "names.json"
    table = json.loads(source.read_text(encoding="utf-8"))
    assert set(table) == {"_comment", "female", "male"}
    for gender in ("female", "male"):
        names = table[gender]
        assert len(names) >= 250
        assert names == sorted(set(names))
        assert all(name[:1].isupper() and name == name.strip() for name in names)
    assert not set(table["female"]) & set(table["male"])
