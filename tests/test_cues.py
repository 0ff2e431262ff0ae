"""Example table for the cue lexicon: the forms it knows and words it leaves alone."""

import pytest

from quotecheck.cues import CUE, cue_follows, has_cue, inflections

FORMS = [
    ("say", {"say", "says", "said", "saying"}),
    ("tell", {"tell", "tells", "told", "telling"}),
    ("write", {"write", "writes", "wrote", "written", "writing"}),
    ("note", {"note", "notes", "noted", "noting"}),
    ("reply", {"reply", "replies", "replied", "replying"}),
    ("stress", {"stress", "stresses", "stressed", "stressing"}),
    ("dub", {"dub", "dubs", "dubbed", "dubbing"}),
    ("admit", {"admit", "admits", "admitted", "admitting"}),
    ("slam", {"slam", "slams", "slammed", "slamming"}),
    ("echo", {"echo", "echoes", "echoed", "echoing"}),
    ("snap", {"snap", "snaps", "snapped", "snapping"}),
    ("roar", {"roar", "roars", "roared", "roaring"}),
]


@pytest.mark.parametrize(("lemma", "forms"), FORMS)
def test_inflections(lemma, forms):
    assert inflections(lemma) == forms


CUES = [
    ("“We are ready,” Mr. Massoud said in an interview.", "said"),
    ("according to Ms. Maddox, the plan failed", "according to"),
    ("As Mr. Martinon put it, the door is open.", "put it"),
    ("She tweeted on Sunday.", "tweeted"),
    ("“Not yet,” Mr. Massoud shot back.", "shot back"),
    ("“We wait,” she went on.", "went on"),
]


@pytest.mark.parametrize(("text", "cue"), CUES)
def test_cue_found(text, cue):
    assert CUE.search(text).group().lower() == cue


WHOLE_WORDS = [
    ("The road to Panjshir is long.", []),
    ("Sayings aside, the council waited.", []),
    # A participle used as an adjective still matches; sieves weigh the context.
    ("A telling sign of sadness.", ["telling"]),
    # "Credit" and "credits" are nouns far more often than verbs of speech; "credited" stays a cue.
    ("She gives credit to the storytellers and the tax credits.", []),
    ("He credited the mayor with the plan.", ["credited"]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_WORDS)
def test_cues_match_whole_words_only(text, expected):
    assert [match.group() for match in CUE.finditer(text)] == expected


FOLLOWS = [
    (", she said.", True),
    (", Mr. Massoud said in an interview.", True),
    (" said Lt. Gen. Mirza Mohammad Yarmand, a former deputy minister", True),
    (", according to officials.", True),
    (", Ms. Curtis and Ms. Maddox said.", True),
    (" Lisa Curtis and Lt. Gen. Mirza Mohammad Yarmand said.", True),
    (" Ms. Curtis and the others said.", False),
    # Particles inside a name are words of it; a lower-case word alone is not.
    (", de Gaulle said.", True),
    (", Ms. de la Cruz said.", True),
    (", de facto said.", False),
    (" in the making and warned that money would prolong it.", False),
    (" on Sunday.", False),
]


@pytest.mark.parametrize(("after", "expected"), FOLLOWS)
def test_cue_follows_a_quote(after, expected):
    assert cue_follows(after) is expected


def test_has_cue_agrees_with_the_pattern():
    for text, _ in CUES + FOLLOWS:
        assert has_cue(text) is bool(CUE.search(text))


@pytest.mark.parametrize(("after", "expected"), [
    (" one said.", True),
    (" a senior aide said.", True),
    (" another added.", True),
    (" the campaign of his rival.", False),
    (" a spokeswoman, Lt. Col. Jessica McNulty, said.", True),
    (" Jessica McNulty, a Pentagon spokeswoman, said.", True),
    (" Jessica McNulty, a Pentagon spokeswoman, who said little.", False),
    (" a spokeswoman, Lt. Col. Jessica McNulty, and others said.", False),
    # A name's possessive opens a source as a determiner does.
    (" Mr. Massoud's spokesman said.", True),
    (" Massoud’s aides said.", True),
    (" Massoud’s aides and Taliban fighters.", False),
    # A word of the source may open with figures; a figure alone is no word of it.
    (" a 34-year-old neighbour said.", True),
    (" the 49ers said in a statement.", True),
    (" the 2019 report called it.", False),
    # A source counted: both, all, most, a number.
    (" both men said.", True),
    (" all three said.", True),
    (" two of the men said.", True),
    (" most residents said.", True),
    (" both parties and the courts.", False),
])
def test_cue_follows_an_unnamed_source_when_asked(after, expected):
    assert cue_follows(after, unnamed=True) is expected
    assert cue_follows(after) is False


def test_cue_follows_stops_at_a_paragraph_or_a_comma():
    assert cue_follows("\n\nMr. Martinon, asked whether France would help, smiled.") is False
    assert cue_follows(", Mr. Martinon, asked about it, said nothing.") is False
