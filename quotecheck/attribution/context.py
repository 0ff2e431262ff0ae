"""The text around a quote that its attribution reads, and the words that make a cue there.

Attribution reads only near a quote: the rest of the sentence before it and
the rest of the sentence after it, within its paragraph and never across
another quote.  Sentence ends are found with the abbreviations of the shipped
Punkt parameters, so "Lt. Gen. Mirza Mohammad Yarmand" and "on Aug. 16" do
not end a sentence.  The cue search (``cue_after``, ``cue_before``) follows
the forms news writing uses for direct speech (after Muzny et al. 2017, "A
Two-stage Sieve Approach for Quote Attribution", adapted to news): ``"…,"
Name said``, ``"…," said Name, a former minister``, ``Name said: "…"``,
``according to Name``, a possessive ``Name's words``.
"""

from __future__ import annotations

import importlib.resources
import json
from itertools import islice

import attrs
import regex

from quotecheck.cues import CREDITING, CUE_STARTS, NOUN_FORMS, NOUN_PLURALS, PHRASE_WORDS, WORDS
from quotecheck.extract import PARAGRAPH_BREAK
from quotecheck.names import mention_at, name_ending as mention_ending

#: How far before and after a quote its cue may be.
REACH = 240
#: How far back the start of the sentence holding a quote is looked for: a long sentence cut
#: at ``REACH`` would open mid-clause ("… made revitalizing Atlantic City a priority …").
SENTENCE_REACH = 400
#: What ends a sentence: a point, the marks that close it, space, and a capital perhaps behind an opening mark
#: of any style (a guillemet may have a space inside it: « Nous »); or a paragraph's end without a point, as a
#: headline's: "A Diplomat's Long Goodbye" is no part of the lede's sentence.
SENTENCE_END = regex.compile(
    r"(?|[.!?…][\"”’')\]»«“‘›‹]*(\s+)|(?<=\S)(\r?\n[ \t]*\r?\n\s*))"
    r"(?=(?:[\"“‘'(\[„‚‹›]|[«»][ \xa0\u202f]?)?[\p{Lu}\p{N}])"
)
WORD = regex.compile(r"\p{L}[\p{L}\p{N}'’.-]*\p{L}|\p{L}")
PRONOUN_SUBJECTS = {"he": "male", "she": "female", "they": "plural", "it": "neuter", "i": "first", "we": "first"}
#: A personal pronoun joined to its auxiliary: "she's said", "he'd told", "they've written".  The "'s" of
#: "it's" is "is" more often than "has" ("it's called"), so "it" is left out.
CONTRACTED_SUBJECT = regex.compile(r"(?i)(i|you|he|she|we|they)['’](?:s|d|ve|ll)")
POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "their": "plural", "its": "neuter", "my": "first", "our": "first"}
#: Common irregular past tenses, after which a cue word that is also a noun is their object: "began chants of".
IRREGULAR_PAST = frozenset("""
put made gave sent took saw got went came found kept held left ran set brought began became won lost paid met led
""".split())
#: Words that make a following cue word a noun: "the report", "a call".
DETERMINERS = frozenset("a an the this that these those his her their its our my your another every each some no any".split())
#: Determiners that may stand alone as a subject: "another said", "some say".
STANDALONE_DETERMINERS = frozenset("another each some".split())
#: Nouns of speech a possessive makes into a cue: "Haqqani's claims", "in Mr. Massoud's words".
SPEECH_NOUNS = frozenset("""
words claim claims remark remarks comment comments statement statements assertion assertions
warning warnings message view views argument arguments response answer reply account
description promise pledge vow line phrase slogan tweet tweets post letter speech testimony
advice verdict explanation prediction assessment reaction
""".split())
#: A cue word after these is a noun, unless it is a gerund: "secretary of state", "in tweets".
NOUN_PREPOSITIONS = frozenset("of in on at for from with about into over under per via than".split())
#: A cue after these opens a subordinate clause: "when asked", "after citing"; "by saying" is the subject's own.
SUBORDINATORS = frozenset("when if once unless until after before while upon without".split())
CONJUNCTIONS = frozenset("and but or nor then".split())
#: Words a verb in its base form may follow: "they call", "would call", "also call", "and call".
BASE_VERB_AFTER = frozenset("""
i you we they who that which what people men women children police will would can could should may might must
do does did not also still never often always now then even just later again only all both too and but or nor
""".split())
AUXILIARIES = frozenset("is are was were be been am".split())
#: Words that may stand between "and" and the verb it joins: "and has boasted", "and also said".
JOINED_AUXILIARIES = frozenset("has have had is was will would also later then".split())
#: Words that open another clause after a quote, whose cue is not the quote's: "while Trump refers".
CLAUSE_OPENERS = frozenset("while whereas although though because since as when if unless until once".split())
#: A preposition shortly before a name makes it no subject: "with the former Vice President", and a role word may
#: come last between them: "of the late commander Ahmad Shah Massoud".
OBLIQUE = regex.compile(
    r"\b(?:with|of|to|for|about|from|by|as|than|against|at|in|on|toward|towards|into|over|under|after|before|like"
    r"|through|throughout|across|around|among|between|behind|beyond|near|within|without|upon|onto)"
    r"(?:\s+\p{Ll}+){0,2}(?:\s+(?:commander|leader|president|senator|governor|minister|general|chairman|founder"
    r"|candidate|nominee|spokesman|spokeswoman|adviser|advisor|aide|mayor|ambassador|secretary|judge))?\s+\Z",
    regex.IGNORECASE,
)
#: The same, read backwards from the name: one try where the name starts rather
#: than one at each of forty places before it.  It tells whether there is a
#: preposition, not which one.
OBLIQUE_BEFORE = regex.compile(OBLIQUE.pattern, OBLIQUE.flags | regex.REVERSE)
#: Words that open a clause between a preposition and a name, which make the name the clause's
#: subject again: "such as when Cruz knocked Rubio", "about how Trump".
CLAUSE_WORDS = frozenset("when while where whether if because how why what who whom which although though unless until".split())
#: A word between a preposition and a name that names the preposition's object, which the name then stands
#: beside as a subject does: "One, a grandfather of nine named Gul Agha, said".
NAMING = frozenset({"named"})
#: "with" or "without" and a noun phrase of up to six words that ends at the participle after it: "with the minister",
#: "with the singer at its centre".
WITH_PHRASE = regex.compile(r"(?:^|[,;—–(][ \t\n]*)[Ww]ith(?:out)?[ \t]+(?:[\p{L}\d'’-]+[ \t]+){0,5}[\p{L}'’-]+\Z")
#: Words of a time, which a preposition before a name may govern instead: "On Monday Ann Cole said".
TIMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december morning afternoon evening night week weekend month year today yesterday
tonight
""".split())

LEAD = regex.compile(r"[\s,—–-]*")
#: Cues that may come before their subject between commas: "The paradox, says Carl Anthony, is …".
INVERTIBLE = frozenset("""
say says said write writes wrote add adds added note notes noted explain explains explained recall recalls
recalled argue argues argued insist insists insisted continue continues continued observe observes observed
""".split())
#: What follows the subject of a parenthetical cue: a comma or a full stop; a name right before a quote opens a clause.
NAME_CLOSED = regex.compile(r"[ \t\n]*[,.;:]")
TITLE_WORDS = regex.compile(r"(?:[ \t\n]+\p{Ll}+){1,2}[ \t\n]+")
QUOTE_MARKS = frozenset("\"“”„«»")


@attrs.frozen
class Span:
    """A stretch of the document: offsets and its text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, mention) -> "Span":
        """The span of a name mention in ``text``."""
        return cls(mention.start, mention.end, text[mention.start: mention.end])


@attrs.frozen
class Finding:
    """A cue near a quote and the subject it names: a name, a pronoun or a phrase.

    A passive cue that governs the quote and has no agent (``were told, "…"``)
    has no subject, and the subject type ``passive`` keeps the sieves from
    looking for one elsewhere.
    """

    cue: Span | None
    subject: Span | None
    subject_type: str | None
    #: The name or unnamed phrase a relative pronoun subject stands for: "said Beck, who said …", "critics who say".
    antecedent: Span | None = None

    @property
    def settled(self) -> bool:
        """True when the quote's own cue decides who speaks: it names a subject, or it is passive and names no one."""
        return self.subject is not None or self.subject_type == "passive"


NOTHING = Finding(None, None, None)


def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """The abbreviations of the shipped Punkt parameters, lower case, no final point.

    Second, the words that are abbreviations only before a number, Punkt's
    collocations: "No. 2", "Art. 5", where "said no." ends a sentence.
    """
    source = importlib.resources.files("quotecheck") / "data" / "punkt_news.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    numbered = frozenset(word for word, after in data["collocations"] if after == "##number##")
    return frozenset(data["abbrev_types"]), numbered


#: Read once, when the module loads: ``ends_sentence`` looks a word up at almost every point.
ABBREVIATIONS, NUMBERED = abbreviations()
#: The endings of web addresses that close sentences: "according to Tchadinfos.com."
DOMAINS = frozenset("com org net gov edu co uk io tv".split())
#: How much before a point is read first for the word it ends.
WORD_PIECE = 24


def ends_sentence(text: str, match: regex.Match) -> bool:
    """True when the point ``match`` opens with ends a sentence rather than an abbreviation."""
    point = match.start()
    if text[point] != ".":
        return True
    # The word before the point is its run of letters and points.  Most stand after a
    # space in the piece read first, as the last word there: the rest are walked back.
    _, space, word = text[max(0, point - WORD_PIECE): point].rpartition(" ")
    after_figure = False
    if not (space and word.replace(".", "").isalpha()):
        word_start = point
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
            word_start -= 1
        word = text[word_start: point]
        after_figure = word_start > 0 and text[word_start - 1].isdigit()
    word = word.lower()
    if word in NUMBERED and text[match.end(): match.end() + 1].isdigit():
        return False  # "the No. 2 Republican"
    if "." in word:
        return web_address(word)  # "U.S." does not end a sentence, "Breitbart.com." does
    # A letter alone is an initial ("William J. Burns"), unless it is the unit of a figure: "for £4m."
    return not (len(word) == 1 and not after_figure or word in ABBREVIATIONS)


def web_address(word: str) -> bool:
    """True for a dotted word that is a web address, "tchadinfos.com", rather than an acronym: "u.s", "ph.d"."""
    head, _, tail = word.rpartition(".")
    return tail in DOMAINS and len(head) > 1 and head[-2:-1] != "."


def paragraph_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each paragraph of ``text`` starts and ends, found in one pass."""
    starts, ends = [0], []
    for found in PARAGRAPH_BREAK.finditer(text):
        ends.append(found.start())
        starts.append(found.end())
    ends.append(len(text))
    return starts, ends


def sentence_start(text: str, floor: int, offset: int) -> int:
    """Where the sentence holding ``offset`` starts, no earlier than ``floor``."""
    start = max(floor, offset - SENTENCE_REACH)
    # The look-ahead for a capital must see past ``offset``.
    for found in SENTENCE_END.finditer(text, start, min(len(text), offset + 2)):
        if found.start(1) < offset and ends_sentence(text, found):
            start = found.end()
    return start


def sentence_starts(text: str, low: int, high: int) -> list[int]:
    """Where the sentences that begin in ``text[low:high]`` start, ``low`` first; one pass."""
    starts = [max(0, low)]
    for found in SENTENCE_END.finditer(text, max(0, low), min(len(text), high + 2)):
        if found.start(1) < high and ends_sentence(text, found):
            starts.append(found.end())
    return starts


class SentenceReader:
    """The sentence starts of one text, window by window, as ``sentence_starts`` reads them.

    A window that begins and ends no earlier than the last one (the pronouns
    of an article, read in order, each looking back over the sentences before
    it) scans only the text it adds: the sentence ends found before are kept,
    each with whether it ends a sentence.  A scan from a kept end finds what a
    scan from the window's start would after it, as no end starts inside another.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = self.end = 0
        #: The ends found in ``text[low:end]``: where each starts, where its space starts, where it ends, and
        #: whether it ends a sentence.
        self.marks: list[tuple[int, int, int, bool]] = []

    def starts(self, low: int, high: int) -> list[int]:
        """Where the sentences that begin in ``text[low:high]`` start, ``low`` first."""
        text = self.text
        low, end = max(0, low), min(len(text), high + 2)
        if low < self.low or end < self.end:
            self.marks = []  # a window before the last: read afresh
        self.marks = [mark for mark in self.marks if mark[0] >= low]
        resume = max(low, self.marks[-1][2]) if self.marks else low
        for found in SENTENCE_END.finditer(text, resume, end):
            self.marks.append((found.start(), found.start(1), found.end(), ends_sentence(text, found)))
        self.low, self.end = low, end
        return [low] + [after for _, space, after, ends in self.marks if space < high and ends]


def sentence_end(text: str, offset: int, ceiling: int) -> int:
    """Where the sentence running on from ``offset`` ends, no later than ``ceiling``."""
    limit = min(ceiling, offset + REACH)
    for found in SENTENCE_END.finditer(text, offset, min(len(text), limit + 2)):
        if found.start(1) < limit and ends_sentence(text, found):
            return found.start(1)
    return min(ceiling, offset + REACH)


def words(text: str, start: int, end: int, *, most: int | None = None) -> list[regex.Match]:
    """The words of ``text[start:end]`` with their offsets; only the first ``most`` when given."""
    # A reading that needs a few words stops there rather than reading to the end of its sentence.
    # concurrent=False keeps the GIL: the regex module would release and retake it at every word.
    return list(islice(WORD.finditer(text, start, end, concurrent=False), most))


def is_cue(tokens: list[regex.Match], index: int, *, sentence_initial: bool = False) -> bool:
    """True when a verb or phrase cue starts at ``tokens[index]``: no noun, no name, no subordinate clause."""
    token = tokens[index].group()
    word = token.lower()
    if word not in CUE_STARTS:
        return False  # most words, and no need to read their neighbours
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    if (word, following) in PHRASE_WORDS:
        # "went on" reports speech only when more words follow it ("went on to say", "went on: …"),
        # not a trip or a break ("goes on recess", "went on television").
        return following != "on" or going_on_to_speak(tokens, index)
    if word not in WORDS or token[0].isupper() and not (sentence_initial and index == 0):
        return False
    if following == "to" and (word.startswith("continu") or word == "thanks"):
        return False  # "will continue to be", "thanks to his method": no speech
    previous = tokens[index - 1].group().lower() if index else ""
    if word == "quote" and previous == "i":
        return False  # "Trump said, and I quote, “…”": the writer quotes, the cue before speaks
    if previous and not tokens[index].string[tokens[index - 1].end(): tokens[index].start()].isspace():
        previous = ""  # "who in 2010 said": a figure or a mark stands between, so "in" governs no noun here
    if word in NOUN_FORMS and previous and reads_as_noun(tokens, index):
        return False  # "is disavowing remarks", "his home state"
    owner = previous.endswith(("'s", "’s")) and not CONTRACTED_SUBJECT.fullmatch(previous)  # not "she's said"
    if not word.endswith("ing") and word not in SPEECH_NOUNS and (previous in NOUN_PREPOSITIONS or owner):
        return False  # "secretary of state", "in tweets", "Clinton's call": a noun; "for saying" stays a cue
    if previous in STANDALONE_DETERMINERS and word not in NOUN_FORMS:
        return True  # "another said", "some say": the determiner stands for its noun
    if previous == "once" and index > 1 and tokens[index - 1].start() - tokens[index - 2].end() == 1 \
            and tokens[index].string[tokens[index - 2].end()].isspace():
        return True  # "Mr. Massoud once said": an adverb after a word, not "Once told, …" or ", once asked,"
    return previous not in DETERMINERS and previous not in SUBORDINATORS and previous != "to"


def going_on_to_speak(tokens: list[regex.Match], index: int) -> bool:
    """True when "went on" or "goes on" at ``tokens[index]`` is followed by "to", a mark or nothing."""
    on = tokens[index + 1]
    if index + 2 < len(tokens) and tokens[index + 2].start() - on.end() <= 1:
        return tokens[index + 2].group().lower() == "to"  # a word right after: "went on to say", not "on recess"
    return not on.string[on.end(): on.end() + 2].lstrip(" ")[:1].isalnum()  # a mark after: "went on, “…”"


def reads_as_noun(tokens: list[regex.Match], index: int) -> bool:
    """True when the cue word at ``tokens[index]``, also a noun, reads as the noun after the word before it.

    After a participle it is an object ("raising questions", "a neighboring
    state"); in its base form it is a verb only after a plural or a pronoun
    subject, a modal or an adverb ("they call", "would call"), or two joined
    names ("Obama and Clinton call"), never after a singular word ("his home
    state", "effusive praise", "the DNC email").
    """
    word, lower = tokens[index].group().lower(), tokens[index - 1].group().lower()
    if lower in WORDS or lower in AUXILIARIES:
        return False
    if lower.endswith(("ing", "ed")) or lower in IRREGULAR_PAST:
        return True
    if word in NOUN_PLURALS:
        # "the document states": a third person verb after a singular subject, but
        # "of Democratic claims": no subject stands right behind a preposition.
        return index > 1 and tokens[index - 2].group().lower() in NOUN_PREPOSITIONS and lower not in PRONOUN_SUBJECTS
    plural = lower.endswith("s") and not lower.endswith(("ss", "us", "'s", "’s"))
    joined = index > 1 and tokens[index - 2].group().lower() in ("and", "or", "nor")
    return not (plural or joined or lower in BASE_VERB_AFTER or lower.endswith(("ly", "n't", "n’t")))


def shares_subject(text: str, tokens: list[regex.Match], index: int) -> bool:
    """True when a cue takes the subject of its clause: ``, calling him``, ``and accused``.

    A participle right after a name has that name for subject instead
    (``with Senator John McCain telling reporters``), unless another
    preposition puts the name out of reach: ``a message on Twitter reading``.
    """
    if inverted(tokens, index):
        return False  # "…, according to the poll": its subject is the one after it
    word = tokens[index].group().lower()
    previous = tokens[index - 1] if index else None
    if previous is not None and previous.group().lower() in CONJUNCTIONS:
        return True
    if index > 1 and previous.group().lower() in JOINED_AUXILIARIES and tokens[index - 2].group().lower() in CONJUNCTIONS:
        return True  # "Trump has made his wealth a centerpiece and has boasted"
    if not word.endswith("ing") or previous is not None and previous.group() in AUXILIARIES:
        return False  # "is pledging" is the verb of its own clause
    if previous is None or "," in text[previous.end(): tokens[index].start()]:
        return True
    if WITH_PHRASE.search(text, max(0, previous.start() - 60), previous.end()) is not None:
        return False  # "…, with the minister calling it", "with the head of the Greens calling it": its own subject
    if not previous.group()[0].isupper():
        return True
    return not acts(text, max(0, previous.start() - 80), previous.end())


def behind_preposition(text: str, floor: int, start: int) -> bool:
    """True when a preposition shortly before ``start``, and after ``floor``, makes the name there no subject."""
    oblique = OBLIQUE_BEFORE.match(text, max(floor, start - 40), start)
    return oblique is not None and governs(oblique)


def acts(text: str, floor: int, end: int) -> bool:
    """True when the name ending at ``end`` can be the subject of a participle after it.

    Behind a preposition it cannot, unless the preposition is "with" or "without".
    """
    mention = mention_ending(text, floor, end)
    return mention is None or preposition_before(text, floor, mention.start) in (None, "with", "without")


def preposition_before(text: str, floor: int, start: int) -> str | None:
    """The preposition shortly before ``start``, and after ``floor``, that puts a name there out of a subject's place."""
    oblique = OBLIQUE.search(text, max(floor, start - 40), start)
    return oblique.group().split()[0].lower() if governs(oblique) else None


def governs(oblique: regex.Match | None) -> bool:
    """True when a preposition found by OBLIQUE reaches the name after it, with no clause opened between."""
    if oblique is None:
        return False
    between = oblique.group().lower().split()[1:]
    # "On Monday Ann Cole said": a time after the preposition is its object, and the name opens the clause.
    return CLAUSE_WORDS.isdisjoint(between) and NAMING.isdisjoint(between) \
        and not (between and TIMES.issuperset(between))


def inverted(tokens: list[regex.Match], index: int) -> bool:
    """True for a cue whose subject follows it: ``according to the poll``, ``words attributed to Massoud``."""
    word = tokens[index].group().lower()
    return word == "according" or word in CREDITING and index + 1 < len(tokens) \
        and tokens[index + 1].group().lower() == "to"


def cue_span(text: str, tokens: list[regex.Match], index: int) -> Span:
    """The span of the cue at ``tokens[index]``, both words for a phrase."""
    word = tokens[index].group().lower()
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    last = tokens[index + 1] if (word, following) in PHRASE_WORDS else tokens[index]
    return Span(tokens[index].start(), last.end(), text[tokens[index].start(): last.end()])


APPOSITIVE = regex.compile(
    r",[ \t\n]+((?:a|an|the|former|then|now|one|his|her|its|their|chief|senior|deputy)\b[^,;:()\"“”„«»‚\n]*)"
)
QUOTE_OPENERS = frozenset("\"“”„«»‚")
#: Words a description cut short by a title may be left ending on.
DANGLING = frozenset({"of", "for", "to", "in", "on", "at", "by", "with", "titled", "called", "the", "a", "an"})
#: Where a description cut short by a title in quotes ("author of “The …”) is cut back to.
RELATIVE_CLAUSE = regex.compile(r"\s+(?:who|which|whose|that)\s")


def appositive(text: str, end: int) -> str | None:
    """The description that follows a name: ``, a former deputy minister in the Interior Ministry``."""
    found = APPOSITIVE.match(text, end, min(len(text), end + 200))
    if found is None:
        return None
    stop = sentence_end(text, found.start(1), found.end(1))
    description = text[found.start(1): stop].rstrip(" .")
    interrupted = not text[found.start(1): stop].rstrip().endswith((".", "!", "?"))
    if interrupted and stop == found.end(1) and text[stop: stop + 1] in QUOTE_OPENERS:
        clause = RELATIVE_CLAUSE.search(description)
        description = description[: clause.start()] if clause else description
        words = description.split()
        while len(words) > 1 and words[-1].lower() in DANGLING:
            words.pop()
        description = " ".join(words)
    return " ".join(description.split()) or None


def parenthetical(text: str, tokens: list[regex.Match], index: int, end: int) -> bool:
    """True for a cue between commas that comes before its subject: ``The paradox of Nancy, says Carl Anthony, …``."""
    cue = tokens[index]
    if not index or cue.group().lower() not in INVERTIBLE or text[tokens[index - 1].end(): cue.start()].strip() != ",":
        return False
    return closed_name(text, LEAD.match(text, cue.end(), end).end(), end)


def closed_name(text: str, start: int, end: int) -> bool:
    """True when a name at ``start`` is closed by a comma or the quote: ``, says Carl Anthony, is``.

    A name that runs on into its own verb is the subject of a reported
    clause instead: ``Dean Johnson, a salesman, says Cruz will "…"``.
    """
    mention = mention_at(text, start, end)
    while mention is not None and NAME_CLOSED.match(text, mention.end, end) is None:
        # A title between two names is one subject: "Ohio State University professor Paul Beck".
        title = TITLE_WORDS.match(text, mention.end, end)
        mention = mention_at(text, title.end(), end) if title else None
    return mention is not None
