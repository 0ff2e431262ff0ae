"""The subject of a sentence: its first name or subject pronoun, or the unnamed phrase it opens with.

A name behind a preposition is no subject, nor one that owns the next word
(``The Blaze's Matt Walsh``); a sentence that opens with a subordinate
clause has its subject after the clause's comma ("When Wallace died, Clinton
said"), and a wire story's after its dateline.  An unnamed subject runs from
a determiner or a number word to the first word that reads as a verb
(``The council voted …``), after a short phrase of time or place that no
comma closes (``By Saturday evening the trust had posted …``).  Here too are
the readings the subject searches around a cue share: a name after
lower-case words of title ("Democratic presidential candidate Bernie
Sanders") and a name set beside a description by commas ("her adviser, Jake
Sullivan,").
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import (
    AUXILIARIES, DETERMINERS, IRREGULAR_PAST, PRONOUN_SUBJECTS, WORD, Span, behind_preposition, words,
)
from quotecheck.attribution.phrases import (
    ANTECEDENT_OPENERS, ONE_OF, PHRASE_BREAKS, PREPOSITIONS, SOURCE_OPENERS, past_opening, source_phrase,
)
from quotecheck.attribution.roles import BODIES, GENDERED_ROLES, ROLES
from quotecheck.cues import WORDS
from quotecheck.names import Mention, mention_at
from quotecheck.namewords import PEOPLE


#: Words that may sit between a subject and its cue verb: "he later said", "she has said", "Cruz himself said".
BETWEEN = frozenset("""
also later then again once earlier previously recently often repeatedly first last further later
still even just already always now himself herself themselves itself
has had have would will could might may did does do was is were are been be had not never
""".split())
#: A possessive followed by a name: "The Blaze's Matt Walsh" is about Matt Walsh.
OWNS_NAME = regex.compile(r"['’]s[ \t\n]+\p{Lu}")
#: A subordinate clause, a prepositional or a participle phrase that opens a sentence, up to its
#: comma and any place set off after it: "When Wallace died in 1998, ", "Speaking in Salem, New Hampshire, ";
#: a work's title in marks may stand in it: "In “Harbour Lights”, ".
OPENING_PHRASE = regex.compile(
    r"[\"“‘'(]?(?i:(?:and|but|yet|so)[ \t\n]+)?(?i:(?:soon|shortly|just|even|long|right)[ \t\n]+)?"
    r"(?i:when|while|whereas|although|though|because|since|as|if|unless|until|once|after|before"
    r"|in|at|on|during|amid|despite|alongside|following|with|without|from|under|throughout|\p{L}+ing"
    r"|asked|pressed|questioned|challenged|confronted)\b"
    r"(?:[^,;:\"“”]|[\"“][^\"“”\n]{1,80}?[\"”])*(?:,|(?<=,[\"”]))"
    r"(?:[ \t\n]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2},)*[ \t\n]*"
)
#: Endings of verbs and adverbs, which no word of title has: "openly admires", "slammed".
VERB_ENDINGS = ("ed", "ly", "s")
#: One to three lower-case words of title after a name: " presidential candidate ".
TITLE_AFTER = regex.compile(r"(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,3}[ \t]+(?=\p{Lu})")
#: A lower-case word straight after another, which it may describe.
NOUN_AFTER = regex.compile(r"[ \t]+\p{Ll}")
#: A short aside in brackets set beside a name: " (D-Mo.) ".
ASIDE = r"[ \t\u00a0]*\([^()\n]{1,40}\)[ \t\u00a0]*"
#: A comma after a name, or after the aside set beside it: "McCaskill," "McCaskill (D-Mo.),".
COMMA_AFTER = regex.compile(rf"(?:{ASIDE})?,")
#: The dateline that opens a wire story: "WASHINGTON (AP) — ", "FLINT, Mich., Oct. 4 (UPI) — ".
DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?\.?(?:[ \t]+\d{1,2})?){0,2}"
    r"[ \t]*(?:\([\p{L} ]{2,30}\))?[ \t]*[—–-]{1,2}[ \t]*"
)
#: Words that make a phrase before them a time: "a month later", "eight years ago".
TIME_AFTER = frozenset("ago later earlier".split())
#: Words a sentence's unnamed subject may open with: "The council", "Eleven groups", "His campaign".
PHRASE_OPENERS = SOURCE_OPENERS - PRONOUN_SUBJECTS.keys() - {"then", "that", "this", "no", "any", "more"}
#: How many words an unnamed sentence subject may run to before its verb.
PHRASE_WORDS = 7
#: Words that end a sentence's subject: auxiliaries, adverbs of time, cue verbs, clause words
#: and common irregular past tenses ("His office put out a statement").
VERBISH = WORDS | BETWEEN | frozenset("""
can shall should must who which that whose where when because and but or than also
""".split()) | IRREGULAR_PAST
#: The nouns for one person by a role, after which a word in "-s" that an article, a pronoun, a preposition or
#: "and" follows is a verb: "A fisherman turns and says", "The nurse checks her notes".
SINGLE_ROLES = ROLES | GENDERED_ROLES.keys() | {"widow", "widower"}
#: The endings most nouns for one person by a role or a trade have: "fisherman", "farmer", "tailor", "florist".
ROLE_ENDINGS = ("man", "woman", "er", "or", "ist", "ian")
AFTER_VERB = frozenset("""
and the a an her his their its my our up out down back in on into over around from with at to off away
""".split())
#: Verbs of coming and standing, after which a place that opens a sentence puts the subject: "From behind the
#: minister came a cry", "Beside her stood a man".
INVERTING = frozenset("came come comes stood stands sat sits rose rises hung hangs emerged arose rang".split())
#: The subject after such a verb: an article, or a plural noun ("came shouts of").
INVERTED_SUBJECT = regex.compile(r"[ \t\n]+(?:(?:the|a|an|some)\b|\p{Ll}+[^s\W]s\b)")
#: A determiner, then a name, then a lower-case word that reads as no verb: the name is part of
#: a phrase it describes ("a Clinton campaign official", "The Florida senator").
MODIFIED_NOUN = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]*)\b")
#: Determiners that open such a phrase; "that" more often opens a clause ("said that Sanders during …").
NAME_DETERMINERS = DETERMINERS - {"that"}
#: What may stand before a sentence's first word: space, an opening mark or bracket.
OPENING_MARKS = " \t\n\"“‘'("
#: A name set alone in quotation marks, a work's title or a nickname: the "Harbour Lights" of "In "Harbour Lights",
#: a fisherman stares …".
QUOTED_NAME = regex.compile(r"[,.]?[\"”’']")
#: What opens such a name: a mark, and an article the title may begin with ("The Long Tide").
QUOTED_BEFORE = regex.compile(r"[\"“‘'](?:(?:The|A|An)[ \t]+)?\Z")
#: The word just before a name; the lookbehind reads across the start of the stretch searched.
DETERMINER_BEFORE = regex.compile(r"(?<!\p{L})(\p{L}+)[ \t\n]+\Z")
#: A present participle after "is": "is seeking".
PROGRESSIVE = regex.compile(r"[ \t\n]+(?:\p{Ll}+ly[ \t\n]+)?\p{Ll}+ing\b")
LEAD_SPACE = regex.compile(r"[ \t\n]*")
#: A lower-case word and the space after it, and how many such words of title may stand before a name set
#: beside a phrase.
LOWER_WORD = regex.compile(r"(\p{Ll}[\p{Ll}-]*)[ \t\n]+")
TITLE_WORDS_BESIDE = 3
#: What parts the names of a list set beside a description, "and" before the last, and how many names it may hold.
LIST_JOIN = regex.compile(r",?[ \t]+(and)[ \t]+|,[ \t]+")
LISTED_NAMES = 4
#: The same before a name set beside a phrase, and the article a body's name may take: "The players' union, the PFA,".
BESIDE = regex.compile(r"[ \t\n]*(?:(?:the|a|an)[ \t]+)?")
#: Words that are no part of a title before a name: verbs and clause words, but not the bare
#: cue words that are also nouns of title ("state Sen. Ann Cole").
TITLE_BREAKS = VERBISH - {"state"}


def title_word(word: str) -> bool:
    """True for a lower-case word that may be part of a title: "former", "state", "campaign manager"."""
    return not (word in TITLE_BREAKS or word in PREPOSITIONS or word in ANTECEDENT_OPENERS
                or word.endswith(VERB_ENDINGS))


def name_beside(text: str, comma: int, end: int) -> tuple[Span | None, str | None]:
    """The name after the comma at ``comma`` and closed by one of its own: ``her adviser, Jake Sullivan,``.

    Of names listed there the last: ``Her parents, Ruth and Alan Massoud,`` (``last_listed``).

    An aside in brackets may stand before the closing comma: ``Later, Sen. Claire McCaskill (D-Mo.),``; a
    body's name may take its article: ``The players' union, the PFA,``.
    """
    start = BESIDE.match(text, comma + 1).end()
    # Words of title may stand before the name: ", the veteran organiser Mary Hollis,", ", former banker John Pruitt,".
    for _ in range(TITLE_WORDS_BESIDE):
        word = LOWER_WORD.match(text, start, end)
        if word is None or not title_word(word.group(1)):
            break
        start = word.end()
    named = mention_at(text, start, end)
    if named is not None and not COMMA_AFTER.match(text, named.end):
        named = last_listed(text, named, end)
    if named is None or not COMMA_AFTER.match(text, named.end):
        return None, None
    return Span.of(text, named), "name"


def last_listed(text: str, first: Mention, end: int) -> Mention | None:
    """The last name of a list that opens with ``first`` and ends with "and" and a name: "Ruth and Alan Massoud".

    A description's names set beside it: "Her parents, Ruth and Alan
    Massoud, said"; the list is read from its last name (``lists.joined``).
    """
    named = first
    for _ in range(LISTED_NAMES):
        join = LIST_JOIN.match(text, named.end, end)
        following = mention_at(text, join.end(), end) if join is not None else None
        if following is None:
            return None
        named = following
        if join.group(1):
            return named
    return None


def past_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's own words start after a wire dateline: "FLINT, Mich., Oct. 4 (UPI) — Bill Clinton …"."""
    dateline = DATELINE.match(text, start, end)
    return start if dateline is None else dateline.end()


def sentence_subject(text: str, floor: int, end: int, known=lambda mention: True) -> tuple[Span | None, str | None]:
    """The first name or subject pronoun of a sentence that is no prepositional object.

    A name that owns the next word (``The Blaze's Matt Walsh``) is passed
    over, and so is one ``known`` does not take for a name, such as a
    sentence's first word ("Amid", "Weighing").  A sentence that opens with a
    subordinate clause has its subject after the clause's comma: "When Wallace
    died, Clinton said"; the clause is read only when nothing follows it.
    """
    floor = past_dateline(text, floor, end)
    opening = OPENING_PHRASE.match(text, floor, end)
    if opening is not None:
        found = first_subject(text, opening.end(), end, known)
        if found[0] is not None:
            return found
    return first_subject(text, floor, end, known)


def first_subject(text: str, floor: int, end: int, known) -> tuple[Span | None, str | None]:
    """The first name or subject pronoun of ``text[floor:end]`` that is no prepositional object.

    Nor is a name that a determiner and a noun take in as a modifier: in "the
    Arizona sheriff, Trump launched into …" the subject is Trump.
    """
    quoted_end = floor
    for token in WORD.finditer(text, floor, end):
        word = token.group()
        if token.start() < quoted_end:
            continue
        if word.lower() in PRONOUN_SUBJECTS and word.lower() not in ("i", "we", "it"):
            return Span(token.start(), token.end(), word), "pronoun"
        if not word[0].isupper():
            continue
        mention = mention_at(text, token.start(), end)
        if mention is None or not known(mention) or OWNS_NAME.match(text, mention.end):
            continue
        if modifier(text, floor, mention, end):
            continue
        if QUOTED_BEFORE.search(text, max(floor, mention.start - 5), mention.start) \
                and QUOTED_NAME.match(text, mention.end):
            quoted_end = mention.end  # a title, no subject: "In "Harbour Lights", a fisherman stares … and says"
            continue
        if not behind_preposition(text, floor, mention.start):
            return Span.of(text, titled_name(text, mention, end)), "name"
    return None, None


def modifier(text: str, floor: int, mention, end: int) -> bool:
    """True for a name that a determiner opens and a noun follows: it describes, and the noun is the subject."""
    if mention.words[-1].endswith("s"):
        return False  # a plural is a subject, not a modifier: "the Republicans try"
    before = DETERMINER_BEFORE.search(text, max(floor, mention.start - 12), mention.start)
    if before is None or before.group(1).lower() not in NAME_DETERMINERS:
        return False
    if not text[floor: before.start(1)].strip(OPENING_MARKS):
        # The phrase opens the sentence and is its subject: the opening-phrase reading takes it
        # where it knows its verb, and otherwise the name in it is the nearest sign of who spoke.
        return False
    return noun_follows(text, mention.end, end)


def noun_follows(text: str, start: int, end: int) -> bool:
    """True when the word at ``start`` is a lower-case noun, not a verb: "children" in "the American-born children"."""
    noun = MODIFIED_NOUN.match(text, start, end)
    if noun is None:
        return False
    word = noun.group(1)
    return word not in VERBISH and not word.endswith(VERB_ENDINGS)


def titled_name(text: str, mention, end: int, longer: bool = False):
    """The name that a one-word ``mention`` and lower-case words of title stand before, else the mention.

    "Democratic presidential candidate Bernie Sanders", "Trump campaign
    manager Corey Lewandowski": the subject is the name after the title.
    With ``longer`` a mention of several words may stand before the title
    too, as after an inverted cue: "said Fox News host Sean Hannity".
    """
    title = TITLE_AFTER.match(text, mention.end, end)
    if len(mention.words) > 1 and not longer or title is None \
            or not all(title_word(word) for word in title.group().split()):
        return mention
    named = mention_at(text, title.end(), end)
    return named if named is not None and len(named.words) > 1 else mention


def described(text: str, previous: regex.Match, token: regex.Match) -> bool:
    """True when ``token``, a past form after "a" or "an", describes the noun that follows: "a retired teacher"."""
    return previous.group().lower() in ("a", "an") and NOUN_AFTER.match(text, token.end()) is not None


def acts(role: regex.Match, word: regex.Match, after: list[regex.Match]) -> bool:
    """True when ``word`` is the present-tense verb of the one ``role`` calls by a role: "a fisherman turns and",
    "the nurse checks her notes"; not a plural noun that the phrase goes on with ("the chief operations officer").
    """
    noun, verb = role.group(), word.group()
    if noun not in SINGLE_ROLES and not (noun.islower() and noun.endswith(ROLE_ENDINGS)):
        return False
    return verb.islower() and verb.endswith("s") and not verb.endswith(("ss", "'s", "’s")) \
        and verb[:-1] not in ROLES and verb[:-1] not in BODIES and (not after or after[0].group().lower() in AFTER_VERB)


def opening_phrase(text: str, floor: int, end: int) -> Span | None:
    """The unnamed subject a sentence opens with: ``The council voted …``, ``Eleven groups are asking …``.

    Read after a subordinate clause, from a determiner or a number word up
    to the first word that reads as a verb, an auxiliary or a clause word,
    or a comma; with no such word within reach it is no subject.  Nor is a
    phrase with a name set beside it (``The French ambassador, David Martinon,``).
    """
    subject, kind = opening_source(text, floor, end)
    return subject if kind == "phrase" else None


def opening_source(text: str, floor: int, end: int) -> tuple[Span | None, str | None]:
    """The subject a sentence opens with when that is an unnamed phrase: the phrase, or the name set beside it."""
    opening = OPENING_PHRASE.match(text, floor, end)
    tokens = words(text, opening.end() if opening else floor, end, most=PHRASE_WORDS + 1)
    first = past_opening(tokens)
    if first and not PHRASE_BREAKS.search(text, tokens[0].end(), tokens[first].start()):
        # "By Saturday evening the trust had posted": past a time or a place that no comma closes.
        tokens = words(text, tokens[first].start(), end, most=PHRASE_WORDS + 1)
    if not tokens or tokens[0].group().lower() not in PHRASE_OPENERS and tokens[0].group() not in PEOPLE:
        return None, None  # but "Volunteers handed out leaflets": people named for what they do, with no determiner
    if tokens[0].group().lower() in ONE_OF:
        apposed = source_phrase(text, tokens[0].start(), tokens[0].end())
        if apposed[0] is not None and apposed[0].start != tokens[0].start():
            return apposed
    for at, (previous, token) in enumerate(zip(tokens, tokens[1:]), 2):
        word = token.group()
        gap = text[previous.end(): token.start()]
        if "," in gap and previous is not tokens[0] or "(" in gap or "—" in gap:
            break  # "People (mostly men) are keen": the phrase stops at a bracket or a dash too
        if word.lower() in VERBISH or word[0].islower() and word.endswith("ed") \
                and not described(text, previous, token) or acts(previous, token, tokens[at: at + 1]):
            break
    else:
        return None, None
    if first and token.group() in INVERTING and INVERTED_SUBJECT.match(text, token.end()):
        return None, None  # "From behind the Chancellor came a cry of": what comes is said, by no one the place names
    if previous is tokens[0] and previous.group() not in PEOPLE \
            or token.group().lower() in AUXILIARIES and not PROGRESSIVE.match(text, token.end(), end):
        return None, None  # "The valley is "cut off"": what a thing is, nobody says; but "The group is seeking"
    if previous.group().lower() in TIME_AFTER or token.group().lower() in TIME_AFTER:
        return None, None  # "A month later, he", "Eight years ago, he": a time, not who speaks
    if text[previous.end(): previous.end() + 1] == ",":
        named = name_beside(text, previous.end(), end)
        if named[0] is not None:
            return named
    return Span(tokens[0].start(), previous.end(), text[tokens[0].start(): previous.end()]), "phrase"
