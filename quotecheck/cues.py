"""Words that report speech or writing, in all their inflected forms.

The verbs are the cues that most often introduce direct and mixed quotations
in news, drawn up from the cue spans of the PolNeAR training split (Newell,
Margolin and Ruths, LREC 2018) and cleaned by hand; only the word list is
kept.  Forms are generated from each lemma with regular English inflection,
plus the irregular forms written out below.
"""

from __future__ import annotations

import regex

from quotecheck.namewords import INDEFINITES, PARTICLES

LEMMAS = """
accuse acknowledge add admit announce answer argue ask assert assure bark
beg bemoan blame blast boast brand call caution charge chant cheer cite claim
comment complain concede conclude confirm contend continue counter credit
cry decry declare demand denounce deny describe deride dismiss dub email
emphasize exclaim explain fume hail imply insist joke label lament maintain
mock mutter name note observe plead pledge portray post praise predict
proclaim promise pronounce question quip quote recall recite recount refer
remark remind repeat reply report respond retort say scoff scream share shout
slam state stress suggest tease tell term testify text thank title tout
tweet urge vow warn whisper wonder write yell
brag chide concur confess echo gripe grumble gush interject mention muse opine rave
rebuke reiterate scold vent
elaborate indicate surmise laugh assail beam riff exhort
bellow roar hiss heckle thunder snap sigh murmur
""".split()

#: Past and participle forms of verbs that do not follow the regular rules, final consonants doubled included.
IRREGULAR = {
    "say": ("said", "saying"),
    "tell": ("told", "telling"),
    "write": ("wrote", "written", "writing"),
    "think": ("thought", "thinking"),
    "read": ("reading",),
    "find": ("found", "finding"),
    "quip": ("quipped", "quipping"),
    "admit": ("admitted", "admitting"),
    "beg": ("begged", "begging"),
    "slam": ("slammed", "slamming"),
    "dub": ("dubbed", "dubbing"),
    "snap": ("snapped", "snapping"),
    "refer": ("referred", "referring"),
}

#: Forms that are far more often nouns than verbs of speech: "deserves credit", "tax credits".  The verb's past
#: and participle stay cues ("credited the mayor with …").
NOT_CUES = frozenset({"credit", "credits"})

#: Cues of more than one word, matched as they stand.
PHRASES = (
    "according to", "put it", "puts it", "point out", "points out", "pointed out", "as follows",
    "shot back", "shoots back", "fired back", "fires back", "chimed in", "chimes in", "cut in", "went on", "goes on",
    "attributed to", "credited to", "ascribed to",
)
#: Participles that credit words to the one named after "to": "a line attributed to the elder Massoud".
CREDITING = frozenset({"attributed", "credited", "ascribed"})


def third_person(lemma: str) -> str:
    """The third person of a verb, which is also the plural of the noun it may be: "says", "echoes", "replies"."""
    if lemma.endswith(("s", "sh", "ch", "x", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def inflections(lemma: str) -> set[str]:
    """The forms of a verb: base, third person, past and present participle."""
    third = third_person(lemma)
    if lemma in IRREGULAR:
        return {lemma, third, *IRREGULAR[lemma]}
    if lemma.endswith("e"):
        return {lemma, third, lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, third, lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, third, lemma + "ed", lemma + "ing"}


def cue_words() -> frozenset[str]:
    """Every single-word cue form, lower case."""
    words: set[str] = set()
    for lemma in {*LEMMAS, *IRREGULAR}:
        words |= inflections(lemma)
    return frozenset(words - NOT_CUES)


WORDS = cue_words()
#: Any cue, single word or phrase, as a whole word.
CUE = regex.compile(
    r"\b(?:" + "|".join(sorted(PHRASES, key=len, reverse=True))
    + "|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b",
    regex.IGNORECASE,
)

TOKEN = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")
#: Splits a text into the gaps between its words and the words, in turn from a gap.  A word of a source may
#: open with figures: "a 34-year-old neighbour said", "the 49ers said".
GAPS_AND_TOKENS = regex.compile(r"((?:\p{N}+-?)?" + TOKEN.pattern + ")")
#: What may stand between a quotation and the words of its cue, stripped off as characters.
LEAD = " \t,—–-"
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
PHRASE_WORDS = {tuple(phrase.split()) for phrase in PHRASES}
#: Words that open an unnamed source before its cue: "one said", "a senior official said", the pronouns that
#: are one: "somebody said", "everyone close to him said", and the words that count one: "both men said",
#: "all three said", "two of the men said", "most residents said".
SOURCE_DETERMINERS = frozenset("""
a an the one another some many several his her its their both all most few
two three four five six seven eight nine ten dozens
""".split()) | INDEFINITES
#: Cue words that are also nouns, in their base and plural forms: "his home state", "raising questions".
NOUN_LEMMAS = """
answer call charge cheer claim comment credit demand email label name pledge post praise promise question
quote remark reply report share shout state term text title tweet vow joke boast quip whisper yell scream
rebuke retort echo mention gripe rave bellow roar hiss heckle thunder snap sigh murmur chant cry jeer boo plea
""".split()
NOUN_PLURALS = frozenset(third_person(lemma) for lemma in NOUN_LEMMAS)
NOUN_FORMS = frozenset(NOUN_LEMMAS) | NOUN_PLURALS
#: The words a cue can start with: a cue word or the first word of a phrase ("according to").
CUE_STARTS = WORDS | {first for first, _ in PHRASE_WORDS}


def starts_cue(tokens: list[str], index: int) -> bool:
    """True when a cue word or phrase begins at ``tokens[index]``."""
    word = tokens[index].lower()
    if word in WORDS:
        return True
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    return (word, following) in PHRASE_WORDS


def has_cue(text: str) -> bool:
    """True when ``text`` holds a cue word or phrase; a set lookup per word."""
    tokens = TOKEN.findall(text, concurrent=False)  # keeps the GIL, not released and retaken at every word
    # Most texts hold no word a cue can start with; one set test tells, before any pair is read.
    if CUE_STARTS.isdisjoint(map(str.lower, tokens)):
        return False
    return any(starts_cue(tokens, index) for index in range(len(tokens)))


def opens_source(token: str) -> bool:
    """True for a word that opens an unnamed source as a determiner does: "a", "one", "their", "Trump's"."""
    return token.lower() in SOURCE_DETERMINERS or token[:1].isupper() and token.endswith(("'s", "’s"))


def cue_follows(text: str, *, unnamed: bool = False) -> bool:
    """True when a cue opens ``text`` after at most four names or pronouns: ``," she said``.

    Names may be joined by "and" (``," Ms. Curtis and Ms. Maddox said``).
    With ``unnamed``, an unnamed source opened by a determiner may stand
    there too (``," one said``, ``," a senior official said``), and so may
    a source with an appositive between commas, a name or a determiner's
    phrase (``," a spokeswoman, Lt. Col. Jessica McNulty, said``).
    """
    # Most texts tell within six words; a list or an appositive that runs past them is read again further.
    found = cue_in_words(text[:80], unnamed, 6)
    return cue_in_words(text[:120], unnamed, 15) is True if found is None else found


def cue_in_words(text: str, unnamed: bool, most: int) -> bool | None:
    """What ``cue_follows`` says, from the first ``most`` words of ``text``; None when they are too few to tell."""
    # maxsplit leaves the rest of the text unsplit, as one piece.
    # concurrent=False keeps the GIL: the regex module would release and retake it at every word.
    pieces = GAPS_AND_TOKENS.split(text.lstrip(LEAD), maxsplit=most, concurrent=False)
    gaps, tokens = pieces[0::2], pieces[1::2]
    commas = 0  # one opens an appositive, the second closes it
    opener = 0  # the index of the word that opens the source phrase being read
    limit = 5  # the index the cue must come before: four words, or six more after "and"
    for index, token in enumerate(tokens):
        gap = gaps[index]
        if "\n" in gap:
            return False
        if index and gap.strip(" ."):
            if not (unnamed and gap.strip(" .") == ","):
                return False  # the words run on only across spaces and abbreviation points
            commas += 1
            if commas == 2:
                return starts_cue(tokens, index)  # the cue must come right after the appositive
            opener = index
        elif index >= (limit if not commas else 12):
            return False
        if not commas and starts_cue(tokens, index):
            return True
        lower = token.lower()
        # An unnamed source's determiner, or any word after one: "one", "a senior aide", "Trump's campaign".
        if unnamed and index > opener and opens_source(token) and not opens_source(tokens[opener]):
            opener = index  # "Mr. Massoud's spokesman": the possessive after the honorific opens the source
        source = unnamed and (opens_source(token) or index > opener and opens_source(tokens[opener]))
        joined = lower == "and" and index > opener and tokens[index - 1][:1].isupper()
        # A name particle before a capital or another particle is a word of the name: "Ms. de la Cruz said".
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        particle = lower in PARTICLES and (following[:1].isupper() or following in PARTICLES)
        if not (token[:1].isupper() or lower in PRONOUNS or source or joined or particle):
            return False
        if joined:
            limit = index + 7
    # The words ran out: too few to tell only when they were cut short inside a list or an appositive.
    return None if len(tokens) == most and (commas or limit > 5) else False
