"""Example tables for ``names``: the name mentions a text holds, and the lookups at an offset.

Each row of ``EXAMPLES`` is a text and the mentions expected in it, as
(surface text, honorific, name words).  A property test holds the short
way ``mentions`` takes with plain names to what runs and mention_of make.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck.names import (
    MENTION, Mention, initial, mention_at, mention_of, mentions, name_ending, particle_before, plain_name, runs,
)
from quotecheck.namewords import NOT_NAMES, POSSESSIVE, POSTNOMINALS


def found(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    """The mentions of ``text`` as (surface text, honorific, words)."""
    return [(text[mention.start: mention.end], mention.honorific, mention.words)
            for mention in mentions(text, start, end)]


EXAMPLES = [
    # Honorifics, ranks and role words before a name.
    ("Lt. Gen. Mirza Mohammad Yarmand said",
     [("Lt. Gen. Mirza Mohammad Yarmand", "Lt. Gen.", ("Mirza", "Mohammad", "Yarmand"))]),
    ("Senate Majority Leader Mitch McConnell said",
     [("Senate Majority Leader Mitch McConnell", "Senate Majority Leader", ("Mitch", "McConnell"))]),
    ("Mr. Massoud said", [("Mr. Massoud", "Mr.", ("Massoud",))]),
    ("Mr Massoud said", [("Mr Massoud", "Mr", ("Massoud",))]),
    ("Ms. Curtis said", [("Ms. Curtis", "Ms.", ("Curtis",))]),
    ("Vice President Kamala Harris said", [("Vice President Kamala Harris", "Vice President", ("Kamala", "Harris"))]),
    ("Former President Donald J. Trump said",
     [("Former President Donald J. Trump", "Former President", ("Donald", "J.", "Trump"))]),
    ("Ayatollah Ali Khamenei said", [("Ayatollah Ali Khamenei", "Ayatollah", ("Ali", "Khamenei"))]),
    # British police ranks without points; not a constable's "DC", which opens bodies' names.
    ("Det Insp Karen Maddox said", [("Det Insp Karen Maddox", "Det Insp", ("Karen", "Maddox"))]),
    ("Det Sgt Fane said", [("Det Sgt Fane", "Det Sgt", ("Fane",))]),
    ("Chief Supt Maddox said", [("Chief Supt Maddox", "Chief Supt", ("Maddox",))]),
    ("DCI Tom Fane said", [("DCI Tom Fane", "DCI", ("Tom", "Fane"))]),
    ("DC Comics said", [("DC Comics", "", ("DC", "Comics"))]),
    # A party-state tag after a member of Congress names no one.
    ("Sen. Omar Massoud (R-Ohio) said", [("Sen. Omar Massoud", "Sen.", ("Omar", "Massoud"))]),
    ("Rep. Ana Yarmand (D-N.Y.) and Rep. Tom Fane, R-TX, said",
     [("Rep. Ana Yarmand", "Rep.", ("Ana", "Yarmand")), ("Rep. Tom Fane", "Rep.", ("Tom", "Fane"))]),
    ("A D-Day veteran said", [("D-Day", "", ("D-Day",))]),
    # An office's title with no name is no one: "the Prime Minister", "one Tory MP"; its holder named after it is.
    ("the Prime Minister said", []),
    ("the Home Secretary said", []),
    ("the Deputy Attorney General said", []),
    ("one Tory MP said", []),
    ("Prime Minister Ann Brooke said", [("Prime Minister Ann Brooke", "Prime Minister", ("Ann", "Brooke"))]),
    ("Labour MP Ann Brooke said", [("Labour MP Ann Brooke", "Labour MP", ("Ann", "Brooke"))]),
    ("the Home Office said", [("Home Office", "", ("Home", "Office"))]),
    # A no-break space parts the words of a name as a space does.
    ("FBI Director James\xa0Comey said", [("FBI Director James\xa0Comey", "FBI Director", ("James", "Comey"))]),
    ("Lisa\xa0Curtis said", [("Lisa\xa0Curtis", "", ("Lisa", "Curtis"))]),
    # Words before a given name that has a surname after it say what the person is.
    ("Filmmaker Lisa Curtis said", [("Filmmaker Lisa Curtis", "Filmmaker", ("Lisa", "Curtis"))]),
    ("House Speaker Paul Ryan said", [("House Speaker Paul Ryan", "House Speaker", ("Paul", "Ryan"))]),
    ("Secretary of State Hillary Clinton said", [("State Hillary Clinton", "State", ("Hillary", "Clinton"))]),
    ("Panjshir Council Chairman Ahmad Massoud said",
     [("Panjshir Council Chairman Ahmad Massoud", "Panjshir Council Chairman", ("Ahmad", "Massoud"))]),
    # A calling before a given name the list lacks is such a word too, where it opens a sentence; after a surname
    # it is the surname.
    ("Farmer Kai Maddox lost his herd", [("Farmer Kai Maddox", "Farmer", ("Kai", "Maddox"))]),
    ("Photographer Dev Yarmand said", [("Photographer Dev Yarmand", "Photographer", ("Dev", "Yarmand"))]),
    ("Kai Farmer said", [("Kai Farmer", "", ("Kai", "Farmer"))]),
    ("Councillor Kai Maddox said", [("Councillor Kai Maddox", "Councillor", ("Kai", "Maddox"))]),
    # So is a party member's word before two name words; not before the party's bodies and events.
    ("Democrat Zephyr Teachout said", [("Democrat Zephyr Teachout", "Democrat", ("Zephyr", "Teachout"))]),
    ("Tory Kai Maddox said", [("Tory Kai Maddox", "Tory", ("Kai", "Maddox"))]),
    ("the Republican Study Committee said", [("Republican Study Committee", "", ("Republican", "Study", "Committee"))]),
    ("the Republican National Convention", [("Republican National Convention", "",
                                              ("Republican", "National", "Convention"))]),
    # Letters after a name for an office or an honour are no words of it; an office's holder by a place keeps them.
    ("Simon Maddox KC said", [("Simon Maddox KC", "", ("Simon", "Maddox"))]),
    ("Sir Tom Fane CBE said", [("Sir Tom Fane CBE", "Sir", ("Tom", "Fane"))]),
    ("the Hull MP said", [("Hull MP", "", ("Hull", "MP"))]),
    # A run that opens with a given name, or has an initial before one, has no such words.
    ("Martin Luther King said", [("Martin Luther King", "", ("Martin", "Luther", "King"))]),
    ("Mary Kay Henry said", [("Mary Kay Henry", "", ("Mary", "Kay", "Henry"))]),
    ("J. Paul Getty said", [("J. Paul Getty", "", ("J.", "Paul", "Getty"))]),
    ("Kabul Lisa said", [("Kabul Lisa", "", ("Kabul", "Lisa"))]),
    ("San Antonio Express-News reported", [("San Antonio Express-News", "", ("San", "Antonio", "Express-News"))]),
    # "New" opens a place's name when another name word follows, and is dropped alone.
    ("He lives in New York now.", [("New York", "", ("New", "York"))]),
    ("The New York Times reported", [("New York Times", "", ("New", "York", "Times"))]),
    # A month's short form with no point before a surname is a given name; a date has a point or a figure.
    ("Then Jan Curtis scored.", [("Jan Curtis", "", ("Jan", "Curtis"))]),
    ("On Jan. 5 Curtis scored.", [("Curtis", "", ("Curtis",))]),
    ("By Jan 5 Curtis had scored.", [("Curtis", "", ("Curtis",))]),
    ("New Hampshire voters", [("New Hampshire", "", ("New", "Hampshire"))]),
    ("New polls show Massoud ahead.", [("Massoud", "", ("Massoud",))]),
    # Particles inside and before a name.
    ("as de Gaulle said", [("de Gaulle", "", ("de", "Gaulle"))]),
    ("Charles de Gaulle said", [("Charles de Gaulle", "", ("Charles", "de", "Gaulle"))]),
    # Two particles together: "de la", "van der".
    ("Rep. Ann van der Berg said", [("Rep. Ann van der Berg", "Rep.", ("Ann", "van", "der", "Berg"))]),
    ("as de la Cruz said", [("de la Cruz", "", ("de", "la", "Cruz"))]),
    ("Osama bin Laden said", [("Osama bin Laden", "", ("Osama", "bin", "Laden"))]),
    ("Marine Le Pen said", [("Marine Le Pen", "", ("Marine", "Le", "Pen"))]),
    ("Charles de\nGaulle said", [("Charles de\nGaulle", "", ("Charles", "de", "Gaulle"))]),
    # A line break inside a name, but not a paragraph break.
    ("Mr.\nMassoud said", [("Mr.\nMassoud", "Mr.", ("Massoud",))]),
    ("Mr. \n Massoud said", [("Mr. \n Massoud", "Mr.", ("Massoud",))]),
    ("Lisa Curtis\nagreed", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("Mr.\n\nMassoud said", [("Massoud", "", ("Massoud",))]),
    ("said Lisa\n\nCurtis", [("Lisa", "", ("Lisa",)), ("Curtis", "", ("Curtis",))]),
    # Possessives are cut off: the span ends before the ’s.
    ("Massoud’s words", [("Massoud", "", ("Massoud",))]),
    ("Massoud's words", [("Massoud", "", ("Massoud",))]),
    ("Mr. Massoud’s plan", [("Mr. Massoud", "Mr.", ("Massoud",))]),
    ("Lisa Curtis’s view", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    # A sentence end splits a run in two.
    ("said Massoud. Lisa Curtis agreed", [("Massoud", "", ("Massoud",)), ("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("Mr. Massoud said. Ms. Curtis agreed", [("Mr. Massoud", "Mr.", ("Massoud",)), ("Ms. Curtis", "Ms.", ("Curtis",))]),
    ("Mr. Massoud, Ms. Curtis", [("Mr. Massoud", "Mr.", ("Massoud",)), ("Ms. Curtis", "Ms.", ("Curtis",))]),
    # Acronyms, initials and points that go on inside a name.
    ("The U.S. Army said", [("U.S. Army", "", ("U.S.", "Army"))]),
    ("Donald J. Trump said", [("Donald J. Trump", "", ("Donald", "J.", "Trump"))]),
    ("J.R.R. Tolkien wrote", [("J.R.R. Tolkien", "", ("J.R.R.", "Tolkien"))]),
    ("Dale Earnhardt Jr. said", [("Dale Earnhardt Jr", "", ("Dale", "Earnhardt", "Jr"))]),
    ("St. Louis Cardinals", [("St. Louis Cardinals", "", ("St.", "Louis", "Cardinals"))]),
    ("Jean-Luc Picard said", [("Jean-Luc Picard", "", ("Jean-Luc", "Picard"))]),
    ("Mr. O'Brien said", [("Mr. O'Brien", "Mr.", ("O'Brien",))]),
    ("Ángela Merkel said", [("Ángela Merkel", "", ("Ángela", "Merkel"))]),
    # Capitalised words that open a sentence or name a day are not names, and are cut off one.
    ("The man said", []),
    ("Later he said", []),
    ("However, it rained", []),
    ("January was cold", []),
    ("In March it rained", []),
    ("On Monday, Mr. Massoud said", [("Mr. Massoud", "Mr.", ("Massoud",))]),
    ("Later Mr. Massoud said", [("Mr. Massoud", "Mr.", ("Massoud",))]),
    ("However Lisa Curtis said", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("In January Lisa Curtis said", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("The Pentagon said", [("Pentagon", "", ("Pentagon",))]),
    # A nickname in double quotes between a given name and a surname is in the mention, not among its words.
    ("Marine Sgt. John “Tig” Tiegen spoke",
     [("Marine Sgt. John “Tig” Tiegen", "Marine Sgt.", ("John", "Tiegen"))]),
    ('Juan "Chico" Manriquez of Oakland',
     [('Juan "Chico" Manriquez', "", ("Juan", "Manriquez")), ("Oakland", "", ("Oakland",))]),
    # ... but words in quotes are a nickname only between name words.
    ("He met Lisa Curtis “Tuesday” at noon", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("He called Lisa Curtis “Lisa.” Maddox laughed.", [("Lisa Curtis", "", ("Lisa", "Curtis")),
                                                      ("Lisa", "", ("Lisa",)), ("Maddox", "", ("Maddox",))]),
    ("Jan. 5", []),
    ("The Secretary said", []),
    ("Mr. and Mrs. Smith", [("Mrs. Smith", "Mrs.", ("Smith",))]),
    ("Mr.", []),
    ("", []),
    # Regressions: bugs these rows found.
    ("Sanders’ remarks", [("Sanders", "", ("Sanders",))]),
    ("the Massouds’ home", [("Massouds", "", ("Massouds",))]),
    ("‘I met Lisa Curtis’, he said.", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("Mrs. May said", [("Mrs. May", "Mrs.", ("May",))]),
    ("Prime Minister Theresa May said", [("Prime Minister Theresa May", "Prime Minister", ("Theresa", "May"))]),
    ("Edward Said wrote", [("Edward Said", "", ("Edward", "Said"))]),
    ("I. M. Pei said", [("I. M. Pei", "", ("I.", "M.", "Pei"))]),
    ("Martin Luther King Jr. said", [("Martin Luther King Jr", "", ("Martin", "Luther", "King", "Jr"))]),
    ("as de  Gaulle said", [("de  Gaulle", "", ("de", "Gaulle"))]),
    ("as de\n  Gaulle said", [("de\n  Gaulle", "", ("de", "Gaulle"))]),
    ("Mr.\r\nMassoud said", [("Mr.\r\nMassoud", "Mr.", ("Massoud",))]),
    ("Lisa\r\nCurtis said", [("Lisa\r\nCurtis", "", ("Lisa", "Curtis"))]),
    # A body's name goes on after "of", "for" or "on" and "the" if any; not past its last capitalised word.
    ("the University of Chicago said", [("University of Chicago", "", ("University", "of", "Chicago"))]),
    ("the Department of the Interior said",
     [("Department of the Interior", "", ("Department", "of", "the", "Interior"))]),
    ("the Council on Foreign Relations said", [("Council on Foreign Relations", "", ("Council", "on", "Foreign",
                                                                                   "Relations"))]),
    ("the Senate on Tuesday said", [("Senate", "", ("Senate",))]),
    ("the Committee on Monday said", [("Committee", "", ("Committee",))]),
    # "of" may go on once more after the words a join brought in; a role after a join is part of the name.
    ("the United Nations Office for the Coordination of Humanitarian Affairs said",
     [("United Nations Office for the Coordination of Humanitarian Affairs", "",
       ("United", "Nations", "Office", "for", "the", "Coordination", "of", "Humanitarian", "Affairs"))]),
    ("the Office of the Director of National Intelligence said",
     [("Office of the Director of National Intelligence", "",
       ("Office", "of", "the", "Director", "of", "National", "Intelligence"))]),
    ("the Joint Chiefs of Staff said", [("Joint Chiefs of Staff", "", ("Joint", "Chiefs", "of", "Staff"))]),
    # A title may run over "of": "Chief of Staff", "Chief of Police".
    ("RNC Chief of Staff Katie Walsh explained", [("RNC Chief of Staff Katie Walsh", "RNC Chief of Staff",
                                                  ("Katie", "Walsh"))]),
    ("the Trayvon Martin Foundation said", [("Trayvon Martin Foundation", "", ("Trayvon", "Martin", "Foundation"))]),
    # A word after "anti-" or "pro-" describes: no name.
    ("his anti-Muslim remarks", []),
    ("the pro-Trump crowd met Lisa Curtis", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    # People named for what they do are no name alone, but may be part of one.
    ("Farmers said", []),
    ("the Chicago Teachers Union said", [("Chicago Teachers Union", "", ("Chicago", "Teachers", "Union"))]),
    # A day is no name, but a word of a paper's before its word for a paper or after "Mail on".
    ("The Sunday Times reported", [("Sunday Times", "", ("Sunday", "Times"))]),
    ("the Sunday Telegraph said", [("Sunday Telegraph", "", ("Sunday", "Telegraph"))]),
    ("The Mail on Sunday reported", [("Mail on Sunday", "", ("Mail", "on", "Sunday"))]),
    ("the Mail on Monday said", [("Mail", "", ("Mail",))]),
    ("the Daily Mail on Sunday said", [("Daily Mail", "", ("Daily", "Mail"))]),
    ("the Committee on Sunday said", [("Committee", "", ("Committee",))]),
    ("Sunday was cold", []),
    ("On Sunday Lisa Curtis said", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    # A pronoun for someone unnamed is no name, though it opens a sentence.
    ("Somebody said", []),
    ("Everyone knew Lisa Curtis", [("Lisa Curtis", "", ("Lisa", "Curtis"))]),
    ("Nobody told Massoud", [("Massoud", "", ("Massoud",))]),
    ("Somerset voted", [("Somerset", "", ("Somerset",))]),
    # A firm's name that "&" runs through is one name, not a person named for its second half; given names before
    # one surname stay apart ("families").
    ("Harriet Curtis of Lyle & Finch said",
     [("Harriet Curtis", "", ("Harriet", "Curtis")), ("Lyle & Finch", "", ("Lyle", "&", "Finch"))]),
    ("Marks & Spencer said", [("Marks & Spencer", "", ("Marks", "&", "Spencer"))]),
    ("Ann & Tom Fane said", [("Ann", "", ("Ann",)), ("Tom Fane", "", ("Tom", "Fane"))]),
    # A body's name with "and", after a list or not, is one name; two bodies or people listed are not.
    ("The Securities and Exchange Commission said",
     [("Securities and Exchange Commission", "", ("Securities", "and", "Exchange", "Commission"))]),
    ("the Department for Environment, Food and Rural Affairs said",
     [("Department for Environment, Food and Rural Affairs", "",
       ("Department", "for", "Environment,", "Food", "and", "Rural", "Affairs"))]),
    ("the Department of Health and Human Services said",
     [("Department of Health and Human Services", "", ("Department", "of", "Health", "and", "Human", "Services"))]),
    ("the FBI and Energy Department said",
     [("FBI", "", ("FBI",)), ("Energy Department", "", ("Energy", "Department"))]),
    ("former Clinton and State Department aides",
     [("Clinton", "", ("Clinton",)), ("State Department", "", ("State", "Department"))]),
    ("the University of Chicago and Harvard University",
     [("University of Chicago", "", ("University", "of", "Chicago")),
      ("Harvard University", "", ("Harvard", "University"))]),
    ("the Hale and Tom Fane Foundation",
     [("Hale", "", ("Hale",)), ("Tom Fane Foundation", "", ("Tom", "Fane", "Foundation"))]),
    # Known bugs.
    # A pronoun with a verb run into it is no name, whatever its apostrophe.
    ("and well I’m not, as a soldier, going", []),
    ("in the years I've covered Massoud, We’re and They'd never", [("Massoud", "", ("Massoud",))]),
    ("but he Can’t and Won't go", []),
    pytest.param("‘I met Massoud’, he said.", [("Massoud", "", ("Massoud",))],
                 id="lone-name-closing-single-quote"),
    pytest.param("Massoud Says He Will Fight On", [("Massoud", "", ("Massoud",))], id="headline"),
    pytest.param("By Lisa Curtis\nJanuary 5, 2021", [("Lisa Curtis", "", ("Lisa", "Curtis"))], id="byline-date"),
    pytest.param("By Lisa Curtis\nPublished Jan. 5, 2021", [("Lisa Curtis", "", ("Lisa", "Curtis"))],
                 id="byline-published"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_mentions(text, expected):
    assert found(text) == expected


#: The texts of the rows that show no known bug.
WORKING_TEXTS = [row[0] for row in EXAMPLES if isinstance(row[0], str)]


@pytest.mark.parametrize("text", WORKING_TEXTS)
def test_mentions_are_ordered_spans_from_honorific_to_last_word(text):
    previous_end = 0
    for mention in mentions(text):
        assert previous_end <= mention.start < mention.end <= len(text)
        surface = text[mention.start: mention.end]
        assert surface.startswith(mention.honorific.split(" ")[0] if mention.honorific else mention.words[0])
        # Letters after the name, "KC", "OBE", are spanned as an honorific before it is.
        assert surface.endswith(mention.words[-1]) or surface.split()[-1] in POSTNOMINALS
        previous_end = mention.end


def test_mentions_keep_to_the_window():
    text = "Lisa Curtis met Mr. Massoud and Ahmad Shah Massoud."
    assert found(text, 12) == [
        ("Mr. Massoud", "Mr.", ("Massoud",)), ("Ahmad Shah Massoud", "", ("Ahmad", "Shah", "Massoud")),
    ]
    assert found(text, 0, 27) == [("Lisa Curtis", "", ("Lisa", "Curtis")), ("Mr. Massoud", "Mr.", ("Massoud",))]


def test_mention_name_joins_words_without_honorific():
    mention = Mention(0, 31, "Lt. Gen.", ("Mirza", "Mohammad", "Yarmand"))
    assert mention.name == "Mirza Mohammad Yarmand"


PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r]*\n")
PARAGRAPH_BREAKS = ["\n\n", "\n \n", "\n\t\n", "\n\n\n", " \n\n ", "\r\n\r\n"]
SPLIT_BY_PARAGRAPH = [
    ("Ahmad Massoud{}Lisa Curtis said", ["Ahmad Massoud", "Lisa Curtis"]),
    ("Mr. Massoud{}Lisa Curtis said", ["Massoud", "Lisa Curtis"]),
    ("Mr.{}Massoud said", ["Massoud"]),
    ("said Lisa{}Curtis", ["Lisa", "Curtis"]),
    ("Mr. Massoud.{}Later, he said", ["Massoud"]),
    ("Simone de{}Gaulle said", ["Simone", "Gaulle"]),
]


@pytest.mark.parametrize("separator", PARAGRAPH_BREAKS, ids=repr)
@pytest.mark.parametrize(("template", "expected"), SPLIT_BY_PARAGRAPH)
def test_paragraph_break_never_joins_names(template, expected, separator):
    text = template.format(separator)
    assert [mention.name for mention in mentions(text)] == expected
    assert not any(PARAGRAPH_BREAK.search(surface) for surface, _, _ in found(text))


#: (text, start, surface of the mention that starts there, or None).
MENTION_AT = [
    ("He said Mr. Massoud agreed", 8, "Mr. Massoud"),
    ("He said Mr. Massoud agreed", 12, "Massoud"),
    ("He said Mr. Massoud agreed", 0, None),
    ("He said Mr. Massoud agreed", 3, None),
    ("He said Mr. Massoud agreed", 9, None),
    ("Later Lisa Curtis said", 0, None),
    ("Later Lisa Curtis said", 6, "Lisa Curtis"),
    ("The U.S. Army said", 0, None),
    ("The U.S. Army said", 4, "U.S. Army"),
    ("said Massoud. Lisa Curtis agreed", 5, "Massoud"),
    ("Massoud’s words", 0, "Massoud"),
    ("said Lt. Gen. Mirza Mohammad Yarmand, a former minister", 5, "Lt. Gen. Mirza Mohammad Yarmand"),
    ("as de Gaulle said", 3, "de Gaulle"),
    ("as de Gaulle said", 6, None),
    ("as de la Cruz said", 3, "de la Cruz"),
    ('"Fine," said Marks & Spencer.', 13, "Marks & Spencer"),
    ('"Fine," said the Food and Drug Administration.', 17, "Food and Drug Administration"),
]


@pytest.mark.parametrize(("text", "start", "expected"), MENTION_AT)
def test_mention_at(text, start, expected):
    mention = mention_at(text, start, len(text))
    assert (None if mention is None else text[mention.start: mention.end]) == expected
    if mention is not None:
        assert mention.start == start


def test_mention_at_keeps_to_the_end():
    text = "Lisa Curtis agreed"
    assert mention_at(text, 0, 4) == Mention(0, 4, "", ("Lisa",))


#: (text, floor, end, surface of the mention that ends there, or None).
NAME_ENDING = [
    ("He said Mr. Massoud agreed", 0, 19, "Mr. Massoud"),
    ("He said Mr. Massoud agreed", 12, 19, "Massoud"),
    ("He said Mr. Massoud agreed", 0, 20, None),
    ("He said Mr. Massoud agreed", 0, 26, None),
    ("Massoud’s words", 0, 7, "Massoud"),
    ("as de Gaulle said", 0, 12, "de Gaulle"),
    ("Ahmad Massoud. Lisa Curtis", 0, 13, "Ahmad Massoud"),
    ("Ahmad Massoud. Lisa Curtis", 0, 26, "Lisa Curtis"),
    ("the Massoud family", 0, 18, None),
    ("The spokesman for Lt. Gen. Mirza Mohammad Yarmand", 0, 49, "Lt. Gen. Mirza Mohammad Yarmand"),
    ("x" * 100 + " Lisa Curtis", 0, 112, "Lisa Curtis"),
]


@pytest.mark.parametrize(("text", "floor", "end", "expected"), NAME_ENDING)
def test_name_ending(text, floor, end, expected):
    mention = name_ending(text, floor, end)
    assert (None if mention is None else text[mention.start: mention.end]) == expected
    if mention is not None:
        assert mention.end == end and mention.start >= floor


#: Pieces of names and what stands around them: honorifics, words that open sentences,
#: particles, initials, possessives, points and the spaces a name may or may not span.
NAME_PIECES = st.sampled_from([
    "Lisa", "Curtis", "Ahmad", "Massoud", "O'Brien", "Theresa", "May", "Said", "King", "Le", "Pen",
    "Mr.", "Mr", "Ms.", "Lt.", "Gen.", "President", "Leader", "The", "Later", "New", "York", "U.S", "U.S.",
    "J.", "Jr.", "A", "C", "de", "bin", "la", "as de Gaulle", " bin ", "Massoud’s", "Curtis's", "players'",
    "said", "the",
    " ", " ", " ", "  ", "\n", "\n\n", " \t", "\r\n", ". ", ", ",
])
NAME_TEXT = st.lists(NAME_PIECES, max_size=12).map("".join)


@given(st.one_of(NAME_TEXT, st.text(max_size=60)))
@example("Lisa Curtis told Mr. Massoud’s aide, as de Gaulle said, U.S. Army\nC J. Jr. A")
@example("Lisa Curtis’s aide, It’s, A's, Ahmad Massoud's and O'Brien’s, de That’s, Mr’s, Mr.’s")
def test_plain_names_are_what_runs_make_of_them(text):
    # ``mentions`` takes a plain match, its possessive ending left off, as one mention
    # without runs and mention_of, and passes over a possessive that names no one; they must agree.
    for match in MENTION.finditer(text):
        name = match.group()[:-2] if match.group().endswith(POSSESSIVE) else match.group()
        words = name.split()
        made = [mention for mention in map(mention_of, runs(match)) if mention is not None]
        if plain_name(text, match.start(), name, words):
            assert made == [Mention(match.start(), match.start() + len(name), "", tuple(words))]
        elif name in NOT_NAMES and particle_before(text, match.start()) is None:
            assert made == []  # "It’s": ``mentions`` passes it over


#: What an initial is, as the pattern says it: a capital letter and a point.
INITIAL = regex.compile(r"\p{Lu}\.")


@pytest.mark.parametrize("word", ["J.", "É.", "Ж.", "j.", "J", "JJ.", "Jr.", "U.S.", "1.", "Ⅷ.", "ǅ.", "Ⓐ.", ".", "", "J,"])
def test_initial_is_the_pattern_fullmatch(word):
    assert initial(word) == bool(INITIAL.fullmatch(word))


# Characters of the categories either side of an upper-case letter, from the Unicode
# tables Python and the pattern module both hold.
@given(st.text(st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "So", "Po", "Zs"]), max_size=3))
def test_initial_agrees_with_the_pattern(word):
    assert initial(word) == bool(INITIAL.fullmatch(word))
