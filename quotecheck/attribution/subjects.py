"""Who a cue names: the subject read before or after it, or the subject of the sentence.

A cue verb's subject is a name (``Mr. Massoud said``), a pronoun, a relative
pronoun for the name before it (``Beck, who said``), or an unnamed source
phrase (``a spokesman for the Taliban``).  A name behind a preposition is no
subject, nor is a piece of clause that a cue word happens to end.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import (
    ABBREVIATIONS, AUXILIARIES, CLAUSE_WORDS, DETERMINERS, PRONOUN_SUBJECTS, WORD, Span, acts, behind_preposition,
    preposition_before, words,
)
from quotecheck.cues import NOUN_FORMS, WORDS
from quotecheck.names import PEOPLE, ROLES, mention_at, name_ending as mention_ending
from quotecheck.speakers import AGE_BEFORE


#: Words that may sit between a subject and its cue verb: "he later said", "she has said", "Cruz himself said".
BETWEEN = frozenset("""
also later then again once earlier previously recently often repeatedly first last further later
still even just already always now himself herself themselves itself
has had have would will could might may did does do was is were are been be had not never
""".split())
RELATIVES = frozenset("who which".split())
#: A short phrase of time or place between a subject and its cue: "on Monday", "in a statement", "last week".
ADVERBIAL_OPENERS = frozenset("in on at during since after before over".split())
TIME_OPENERS = frozenset("last this next earlier".split())
TIME_NOUNS = frozenset("week month year weekend morning afternoon evening night".split())
#: Days, which follow a cue as its time and never as its subject: "said Wednesday".
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow".split())
#: The most words such a phrase runs to, its preposition included.
ADVERBIAL_WORDS = 5
#: A possessive followed by a name: "The Blaze's Matt Walsh" is about Matt Walsh.
OWNS_NAME = regex.compile(r"['’]s[ \t\n]+\p{Lu}")
#: A phrase that opens with these is no subject.
PREPOSITIONS = frozenset("""
in on at after before during since until with without about of for from to by as than like
through over under into onto against among between across around behind beyond near
""".split())
#: A subordinate clause, a prepositional or a participle phrase that opens a sentence, up to its
#: comma and any place set off after it: "When Wallace died in 1998, ", "Speaking in Salem, New Hampshire, ".
OPENING_PHRASE = regex.compile(
    r"[\"“‘'(]?(?i:(?:and|but|yet|so)[ \t\n]+)?(?i:(?:soon|shortly|just|even|long|right)[ \t\n]+)?"
    r"(?i:when|while|whereas|although|though|because|since|as|if|unless|until|once|after|before"
    r"|in|at|on|during|amid|despite|alongside|following|with|without|from|under|throughout|\p{L}+ing"
    r"|asked|pressed|questioned|challenged|confronted)\b"
    r"[^,;:\"“”]*,(?:[ \t\n]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2},)*[ \t\n]*"
)
#: Endings of verbs and adverbs, which no word of title has: "openly admires", "slammed".
VERB_ENDINGS = ("ed", "ly", "s")
#: One to three lower-case words of title after a name: " presidential candidate ".
TITLE_AFTER = regex.compile(r"(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,3}[ \t]+(?=\p{Lu})")
#: Words that bring in one of several people, whom a role set beside them describes: "One, a retired teacher, said".
ONE_OF = frozenset({"one", "another"})
#: The role set beside "one" between commas: ", a retired teacher,".
APPOSED_ROLE = regex.compile(r",[ \t]+((?:a|an)[ \t]+\p{Ll}[^,.;:!?()\n\"“”]{1,60}?)(?=,)")
#: A lower-case word straight after another, which it may describe.
NOUN_AFTER = regex.compile(r"[ \t]+\p{Ll}")
#: Words an unnamed source may open with besides a determiner: "most", "two", "several".
SOURCE_OPENERS = DETERMINERS | frozenset("""
one two three four five six seven eight nine ten many most several few both all other more half
dozens hundreds thousands millions
former then senior top chief deputy assistant he she they it
""".split())
#: A short aside in brackets set beside a name: " (D-Mo.) ".
ASIDE = r"[ \t\u00a0]*\([^()\n]{1,40}\)[ \t\u00a0]*"
#: Such an aside between a subject and its cue.
TRAILING_ASIDE = regex.compile(rf"{ASIDE},?[ \t\u00a0]*\Z")
#: A comma after a name, or after the aside set beside it: "McCaskill," "McCaskill (D-Mo.),".
COMMA_AFTER = regex.compile(rf"(?:{ASIDE})?,")
#: The dateline that opens a wire story: "WASHINGTON (AP) — ", "FLINT, Mich., Oct. 4 (UPI) — ".
DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?\.?(?:[ \t]+\d{1,2})?){0,2}"
    r"[ \t]*(?:\([\p{L} ]{2,30}\))?[ \t]*[—–-]{1,2}[ \t]*"
)
#: A figure just before a phrase: "21 percent", "71-year-old"; not a year that ends the sentence
#: before ("in 2019. Critics").
NUMBER_BEFORE = regex.compile(r"\d(?:[\d,.]*\d)?[ \t-]*\Z")
#: A figure before the words of title after an inverted cue: "9/11 widow", "17-year-old student".
FIGURE = regex.compile(r"\d[\d/.,]*(?:-(?=\p{L}))?(?=\p{L}|[ \t]+\p{Ll})[ \t]*")
#: Words that make a phrase before them a time: "a month later", "eight years ago".
TIME_AFTER = frozenset("ago later earlier".split())
#: "As" opening a clause right before a name, which makes the name the clause's subject, not an
#: object: "As Cornyn put it:", "…," as Cruz said on Monday; not "such as" or "known as".
AS_CLAUSE = regex.compile(r"(?:[,;:(\"“”—–]|\b(?:and|but|just|so))[ \t\n]*[Aa]s[ \t\n]+\Z")
#: Prepositions that are conjunctions too, opening a clause when a verb follows the name after them.
#: ("until" would be one, but no reading here takes it for a preposition before a name.)
CONJUNCTIONS = frozenset("after before since".split())
#: Words that join a person to the body they belong to: "Jeffrey Lewis of the James Martin Center".
AFFILIATIONS = frozenset("of from at with".split())
#: A possessive ending after a name that owns a noun: "Clinton's introducer".
OWNER = regex.compile(r"['’]s[ \t\n]+\p{Ll}")
#: The owned noun and a short description up to the name it stands for: "'s introducer, actress ", "'s aide ".
OWNED_NAME = regex.compile(r"['’]s(?:[ \t\n]+\p{Ll}[\p{Ll}-]*){1,3},?(?:[ \t\n]+\p{Ll}[\p{Ll}-]*)?[ \t\n]+(?=\p{Lu})")
#: Words a sentence's unnamed subject may open with: "The council", "Eleven groups", "His campaign".
PHRASE_OPENERS = SOURCE_OPENERS - PRONOUN_SUBJECTS.keys() - {"then", "that", "this", "no", "any", "more"}
#: How many words an unnamed sentence subject may run to before its verb.
PHRASE_WORDS = 7
#: Words that end a sentence's subject: auxiliaries, adverbs of time, cue verbs, clause words
#: and common irregular past tenses ("His office put out a statement").
VERBISH = WORDS | BETWEEN | frozenset("""
can shall should must who which that whose where when because and but or than also
put made gave sent took saw got went came found kept held left ran set brought began became won lost paid met
""".split())
#: A determiner, then a name, then a lower-case word that reads as no verb: the name is part of
#: a phrase it describes ("a Clinton campaign official", "The Florida senator").
MODIFIED_NOUN = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]*)\b")
#: Determiners that open such a phrase; "that" more often opens a clause ("said that Sanders during …").
NAME_DETERMINERS = DETERMINERS - {"that"}
#: What may stand before a sentence's first word: space, an opening mark or bracket.
OPENING_MARKS = " \t\n\"“‘'("
#: The word just before a name; the lookbehind reads across the start of the stretch searched.
DETERMINER_BEFORE = regex.compile(r"(?<!\p{L})(\p{L}+)[ \t\n]+\Z")
#: A present participle after "is": "is seeking".
PROGRESSIVE = regex.compile(r"[ \t\n]+(?:\p{Ll}+ly[ \t\n]+)?\p{Ll}+ing\b")
LEAD_SPACE = regex.compile(r"[ \t\n]*")
#: Verbs that make a phrase read back from a cue a piece of clause: a cue word in the past that is no noun, or
#: an auxiliary ("the groups who wrote to her", "The spokesman refused to answer").
CLAUSE_VERBS = frozenset(word for word in WORDS - NOUN_FORMS if word.endswith("ed")) \
    | frozenset("said told wrote is was are were has have had refused can could will would should may might must"
                .split())
#: A relative pronoun just before a phrase read back: "the groups who wrote to her".
RELATIVE_BEFORE = regex.compile(r"\b(?:who|which)[ \t\n]+\Z")
#: Adverbs that may stand between a subject and its verb: "The director further stated".
ADVERBS = frozenset("also further later then still never already once previously recently again".split())
#: Marks that close a quotation, after the comma that ends its words.
QUOTE_CLOSERS = ('"', "”", "’", "»")
#: Marks between two words that end a phrase read back: a comma, a dash, a bracket.
PHRASE_BREAKS = regex.compile(r"[,;:()—–]")
#: Words that are no part of a title before a name: verbs and clause words, but not the bare
#: cue words that are also nouns of title ("state Sen. Ann Cole").
TITLE_BREAKS = VERBISH - {"state"}
#: Prepositions that may go on after a plural that is a source: "critics of the plan", "lawmakers from both parties".
PLURAL_AFTER = frozenset("of from in at for with on across around".split())
#: Words that end the subject phrase reading back from a cue.
PHRASE_STOPS = frozenset("and but or that which who whom because when while where if as than so".split())
#: Words that open the unnamed phrase a relative pronoun stands for, how many words it may
#: run to and how far back it is read: "a former East German spymaster who".
ANTECEDENT_OPENERS = DETERMINERS | frozenset("""
one two three four five six seven eight nine ten many most several few both all dozens hundreds thousands millions
""".split())
ANTECEDENT_WORDS = 6
ANTECEDENT_REACH = 80
#: How many lower-case words of title may open a name after its cue: "said former state Sen. Ann Cole".
TITLE_WORDS = 3
#: A comma between a role and the name set beside it: "a Trump spokeswoman, Hope Hicks".
APPOSED = regex.compile(r",[ \t\n]+(?=\p{Lu})")
#: What may follow such a name: a comma, a bracket or the end of the sentence.
NAME_CLOSES = regex.compile(r"[ \t]*(?:[,.;!?(]|\Z)")
#: Pronouns that stand for a source after "according to".
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: How many words a subject phrase after its cue may run to.
FORWARD_WORDS = 8
#: What ends a subject phrase read forward, within two characters of its last word.
PHRASE_END = regex.compile(r"\s*[,.;:!?—–(]")


def subject_after(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """The subject that follows an inverted cue: ``said Lt. Gen. Yarmand, a former ...``."""
    while start < end and text[start].isspace():
        start += 1
    mention = mention_at(text, start, end)
    if mention is not None and not OWNER.match(text, mention.end):
        # "said Republican strategist Ryan Williams": the name after the words of title.
        return Span.of(text, titled_name(text, mention, end, longer=True)), "name"
    if mention is not None:
        # "said Clinton's introducer, actress Jamie Lee Curtis": the owner is not who speaks.
        owned = OWNED_NAME.match(text, mention.end, end)
        if owned is not None:
            named = mention_at(text, owned.end(), end)
            if named is not None and not behind_preposition(text, start, named.start):
                return Span.of(text, named), "name"
    figure = FIGURE.match(text, start, end)  # "said 9/11 widow Terry Strada", "said 17-year-old Lisa Curtis"
    if figure is not None:
        start = figure.end()
    tokens = words(text, start, end, most=FORWARD_WORDS)
    if not tokens or tokens[0].start() != start:
        return None, None
    first = tokens[0].group().lower()
    if first in DAYS or first in TIME_OPENERS:
        return None, None  # "said Wednesday, "…"", "said last week": when, not who
    if first in PRONOUN_SUBJECTS or first in OBJECT_PRONOUNS and NAME_CLOSES.match(text, tokens[0].end(), end):
        # "according to her, …"; but "said her husband" names the husband.
        return Span(tokens[0].start(), tokens[0].end(), tokens[0].group()), "pronoun"
    named = title_opened(text, tokens, end)
    if named is not None:
        return Span.of(text, named), "name"
    if first == "the" and len(tokens) > 1:
        # "according to the State Department.": a body's name, as "the Pentagon said" gives it.
        named = mention_at(text, tokens[1].start(), end)
        if named is not None and NAME_CLOSES.match(text, named.end, min(len(text), end + 1)):
            return Span.of(text, named), "name"
    phrase, kind = phrase_forward(text, tokens)
    if phrase is None:
        return None, None
    # "said retired Army Lt. Gen. Mick Bednarek": words of title before the name that ends the phrase;
    # but after a determiner the capitals describe someone ("a New Hampshire Republican").
    named = mention_ending(text, phrase.start, phrase.end)
    # "according to the elder Massoud": a surname alone, after the words that tell which of a family.
    age = AGE_BEFORE.match(text, phrase.start, named.end) if named is not None else None
    aged = age is not None and age.end() == named.start
    if named is not None and (len(named.words) > 1 or named.honorific or aged) \
            and not behind_preposition(text, phrase.start, named.start):
        opener = DETERMINER_BEFORE.search(text, phrase.start, named.start)
        if opener is None or opener.group(1).lower() not in ANTECEDENT_OPENERS:
            return Span.of(text, named), "name"
    named = apposed_name(text, phrase, end)
    return (Span.of(text, named), "name") if named is not None else (phrase, kind)


def apposed_name(text: str, phrase: Span, end: int):
    """The name set after a role phrase by a comma: ``said a Trump spokeswoman, Hope Hicks.``

    The phrase must end in a person's role, and the name must close its
    clause, so that the comma sets the two side by side ("said the campaign,
    Trump Tower …" names no one).
    """
    comma = APPOSED.match(text, phrase.end, end)
    if comma is None or phrase.text.rsplit(None, 1)[-1].capitalize() not in ROLES:
        return None
    mention = mention_at(text, comma.end(), end)
    if mention is None or len(mention.words) < 2 and not mention.honorific \
            or not NAME_CLOSES.match(text, mention.end, min(len(text), end + 1)):
        return None
    return mention


def title_opened(text: str, tokens: list[regex.Match], end: int):
    """The name that lower-case words of title open: ``former Florida Gov. Jeb Bush``, ``longtime aide Huma Abedin``.

    The words must read as title, not as a clause ("said officials would …")
    or a phrase of its own ("said the senator from Ohio"), and the name must
    be a person's: two words or more, or a name behind an honorific.
    """
    for index, token in enumerate(tokens[:TITLE_WORDS + 1]):
        word = token.group()
        if word[0].isupper():
            break
        if index == TITLE_WORDS or index + 1 == len(tokens) or not title_word(word) \
                or text[token.end(): tokens[index + 1].start()].strip():
            return None
    else:
        return None
    mention = mention_at(text, token.start(), end)
    if mention is None:
        return None
    mention = titled_name(text, mention, end, longer=True)
    return mention if len(mention.words) > 1 or mention.honorific else None


def title_word(word: str) -> bool:
    """True for a lower-case word that may be part of a title: "former", "state", "campaign manager"."""
    return not (word in TITLE_BREAKS or word in PREPOSITIONS or word in ANTECEDENT_OPENERS
                or word.endswith(VERB_ENDINGS))


#: The agent of a passive cue, its name perhaps after a few words of title: "asked by host Bill Maher".
AGENT = regex.compile(r"[ \t\n]*,?[ \t\n]*by[ \t\n]+(?:[Tt]he[ \t\n]+)?(?:\p{Ll}[\p{Ll}-]*[ \t\n]+){0,3}(?=\p{Lu})")
#: Passive cues whose subject is still the speaker: "Trump was quoted as", "was quoted in the Times".
SUBJECT_PASSIVES = frozenset({"quoted"})
PASSIVE_AUXILIARIES = AUXILIARIES | {"being"}


def passive(tokens: list[regex.Match], index: int) -> bool:
    """True when the cue at ``tokens[index]`` is a participle after a form of "be": "was asked", "has been called".

    Its subject is who was spoken to or about, not who spoke.
    """
    word = tokens[index].group().lower()
    if word.endswith("ing") or word in SUBJECT_PASSIVES:
        return False
    before = index - 1
    if before > 0 and tokens[before].group().lower().endswith("ly"):
        before -= 1  # "was widely described"
    return before >= 0 and tokens[before].group().lower() in PASSIVE_AUXILIARIES


def agent(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """The agent named by "by" at ``start``, before ``end``: the speaker of a passive cue."""
    found = AGENT.match(text, start, end)
    if found is None:
        return None, None
    mention = mention_at(text, found.end(), end)
    return (Span.of(text, mention), "name") if mention is not None else (None, None)


def phrase_forward(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """A noun phrase read forward to a comma or clause word: ``the official``, ``a spokesman for X``."""
    last = None
    for index, token in enumerate(tokens[:FORWARD_WORDS]):
        if token.group().lower() in PHRASE_STOPS or token.group().lower() in {"in", "on", "at", "during", "after"}:
            break
        last = token
        if PHRASE_END.match(text[token.end(): token.end() + 2]) \
                and not (text.startswith(".", token.end()) and token.group().lower() in ABBREVIATIONS):
            break  # at a mark, but not an abbreviation's point: "said one of Mr. Massoud's aides"
    if last is None or tokens[0].group().lower() in PREPOSITIONS:
        return None, None
    return source_phrase(text, tokens[0].start(), last.end())


def subject_before(
    text: str, floor: int, cue_start: int, tokens: list[regex.Match] | None = None,
) -> tuple[Span | None, str | None]:
    """The subject read back from a cue verb: ``Mr. Massoud said``, ``Smith, an aide, said``.

    ``tokens`` are the words of ``text[floor:cue_start]`` when the caller has
    already read them: the words before the cue among its own.
    """
    if floor == 0 or text[floor - 1] == "\n":
        # "KABUL, Afghanistan — Ahmad Massoud, 34, said": a wire dateline opens no subject's appositive.
        start = past_dateline(text, floor, cue_start)
        if start != floor:
            floor, tokens = start, None
    aside = TRAILING_ASIDE.search(text, floor, cue_start)
    if aside is not None:
        # "Sen. Elizabeth Warren (D-Mass.) said": the party and state are no name.
        cue_start, tokens = aside.start(), None
    tokens = words(text, floor, cue_start) if tokens is None else list(tokens)
    pop_between(tokens)
    if drop_adverbial(text, floor, tokens):
        pop_between(tokens)
    if not tokens:
        return None, None
    end = tokens[-1].end()
    last = tokens[-1].group().lower()
    if last in RELATIVES and len(tokens) > 1:  # "Lisa Curtis, who called it": resolved by the caller
        return Span(tokens[-1].start(), end, tokens[-1].group()), "relative"
    if last in PRONOUN_SUBJECTS:
        return Span(tokens[-1].start(), end, tokens[-1].group()), "pronoun"
    gap = text[end:cue_start]
    if "," in gap or text[end - 1:end] == ",":
        return appositive_subject(text, floor, tokens)
    mention = mention_ending(text, floor, end)
    participle = text[cue_start: cue_start + 12].split(" ", 1)[0].endswith("ing")
    if mention is not None and (participle and acts(text, floor, end) or not governed(text, floor, mention.start)
                                or not participle and opens_clause(text, floor, mention, cue_start)):
        # Behind a preposition, "a spokesman for the Taliban", a name is no subject,
        # but "with Senator John McCain telling reporters" and "after Donald Trump told" it is.
        return Span.of(text, mention), "name"
    if mention is not None:
        affiliated = affiliation_head(text, floor, tokens)
        if affiliated[0] is not None:
            return affiliated
    found = phrase_back(text, tokens)
    if found[0] is None and not RELATIVES.isdisjoint(token.group() for token in tokens) \
            and any(COMMA_AFTER.match(text, token.end()) for token in tokens[:-1]):
        # "Nate Silver, the polling guru who founded the site tweeted": an appositive whose closing comma is missing.
        named = appositive_subject(text, floor, tokens)
        if named[1] == "name":
            return named
    return found


def affiliation_head(text: str, floor: int, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """The name before the body it belongs to: ``Jeffrey Lewis of the James Martin Center … wrote``.

    Only a person's name counts, of two words or with an honorific: not a
    capitalised word that may be a plural ("Officials in Kabul said", "the
    Association of Flight Attendants").
    """
    for index in range(1, len(tokens)):
        if tokens[index].group() in AFFILIATIONS:
            mention = mention_ending(text, floor, tokens[index - 1].end())
            if mention is None or len(mention.words) < 2 and not mention.honorific \
                    or behind_preposition(text, floor, mention.start):
                return None, None
            return Span.of(text, mention), "name"
    return None, None


def pop_between(tokens: list[regex.Match]) -> None:
    """Drop the words that may stand between a subject and its cue from the end of ``tokens``."""
    while tokens and tokens[-1].group()[0].islower() \
            and (tokens[-1].group() in BETWEEN or tokens[-1].group().endswith("ly")):
        tokens.pop()


def drop_adverbial(text: str, floor: int, tokens: list[regex.Match]) -> bool:
    """Drop a short phrase of time or place that ends ``tokens`` after a subject: "Trump on Monday", "who has in 2010".

    The phrase goes only when what stands before it is a name, a pronoun
    or a relative pronoun; after a noun it may belong to an unnamed source
    ("officials in Kabul").  True when something was dropped.
    """
    ago = ago_phrase(tokens)
    for index in range(len(tokens) - 1, max(0, len(tokens) - ADVERBIAL_WORDS) - 1, -1):
        word = tokens[index].group()
        if "," in text[tokens[index].end(): tokens[-1].end()]:
            return False
        of_time = word in TIME_OPENERS and index + 1 < len(tokens) and tokens[index + 1].group() in TIME_NOUNS
        if not of_time and word not in ADVERBIAL_OPENERS and index != ago:
            continue
        if word in CONJUNCTIONS and mention_ending(text, floor, tokens[-1].end()) is not None:
            return False  # "left Kabul after Ahmad Massoud told": a clause with its subject, no time
        # An auxiliary or adverb may stand between the subject and the phrase: "who has in the past".
        subject = index - 1
        while subject > 0 and tokens[subject].group() in BETWEEN:
            subject -= 1
        if index == 0 or "," in text[tokens[subject].end(): tokens[index].start()]:
            return False
        before = tokens[subject].group()
        if before.lower() in RELATIVES or before.lower() in PRONOUN_SUBJECTS \
                or before[0].isupper() and named_before(text, floor, tokens[subject].end()):
            del tokens[index:]
            return True
        return False
    return False


def ago_phrase(tokens: list[regex.Match]) -> int | None:
    """Where a phrase of time that ends ``tokens`` with "ago" starts: "less than two weeks ago", "a year ago"."""
    if len(tokens) < 3 or tokens[-1].group() != "ago":
        return None
    index = len(tokens) - 2
    while index > 0 and len(tokens) - index < ADVERBIAL_WORDS and tokens[index - 1].group()[0].islower():
        index -= 1
    return index


def governed(text: str, floor: int, start: int) -> bool:
    """True when a preposition makes the name at ``start`` no subject: not "as" opening a clause ("As Cornyn put it")."""
    return behind_preposition(text, floor, start) and not as_clause(text, floor, start)


def opens_clause(text: str, floor: int, mention, cue_start: int) -> bool:
    """True when a preposition that is a conjunction too opens a clause of the name and its verb: "after Trump told"."""
    return not text[mention.end: cue_start].strip() and preposition_before(text, floor, mention.start) in CONJUNCTIONS


def as_clause(text: str, floor: int, start: int) -> bool:
    """True when "as" opens a clause right before the name at ``start``: "As Cornyn put it", "…," as Cruz said."""
    before = text[max(floor, start - 12): start]
    if before.lstrip() in ("As ", "as ") and start - 12 < floor:
        return True  # the clause opens the sentence
    return AS_CLAUSE.search(before) is not None


def named_before(text: str, floor: int, end: int) -> bool:
    """True when a name that could be a subject ends at ``end``.

    Not one behind a preposition, nor a lone capitalised word opening the
    sentence, which may be a plural ("Officials in Kabul said").
    """
    mention = mention_ending(text, floor, end)
    if mention is None or behind_preposition(text, floor, mention.start):
        return False
    return len(mention.words) > 1 or bool(mention.honorific) or bool(text[floor: mention.start].strip())


def name_ending(text: str, floor: int, end: int) -> tuple[Span | None, str | None]:
    """The name that ends at ``end``, if one does."""
    mention = mention_ending(text, floor, end)
    if mention is None:
        return None, None
    return Span.of(text, mention), "name"


def appositive_subject(text: str, floor: int, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """The name before an appositive: ``Smith, a senator from Ohio,`` said.

    An opening phrase whose name is behind a preposition is passed over:
    ``Tuesday in Berea, Ohio, Gov. John Kasich said``.
    """
    start = 0
    for index, token in enumerate(tokens):
        comma = COMMA_AFTER.match(text, token.end())
        if comma and text.startswith(QUOTE_CLOSERS, comma.end()):
            start = index + 1  # the comma that closes a quotation: "…, the reports are wrong," a spokeswoman, …
            continue
        if comma:
            head = tokens[start: index + 1]
            subject = name_ending(text, max(floor, head[0].start()), head[-1].end())
            if subject[0] is not None and governed(text, floor, subject[0].start):
                start = index + 1
                continue
            if subject[0] is not None:
                return subject
            if head[-1].group().lower() in PRONOUN_SUBJECTS:
                return Span(head[-1].start(), head[-1].end(), head[-1].group()), "pronoun"
            # "her senior policy adviser, Jake Sullivan, said": the name the description is set beside.
            named = name_beside(text, token.end(), len(text))
            return named if named[0] is not None else phrase_back(text, head)
    return phrase_back(text, tokens)


def name_beside(text: str, comma: int, end: int) -> tuple[Span | None, str | None]:
    """The name after the comma at ``comma`` and closed by one of its own: ``her adviser, Jake Sullivan,``.

    An aside in brackets may stand before the closing comma: ``Later, Sen. Claire McCaskill (D-Mo.),``.
    """
    named = mention_at(text, LEAD_SPACE.match(text, comma + 1).end(), end)
    if named is None or not COMMA_AFTER.match(text, named.end):
        return None, None
    return Span.of(text, named), "name"


def phrase_back(text: str, tokens: list[regex.Match]) -> tuple[Span | None, str | None]:
    """A noun phrase read back from its last word to a comma, a dash or a clause word.

    A piece of clause that ends in a preposition or a clause word ("here to",
    "in 2014 and") is no phrase.
    """
    last = tokens[-1].group().lower()
    if last in PHRASE_STOPS or last in PREPOSITIONS:
        return None, None  # "Abusalha in 2014 and find", "the only contender here to have pledged"
    first = len(tokens) - 1
    while first > 0 and len(tokens) - first < 8:
        before = tokens[first - 1]
        if before.group().lower() in PHRASE_STOPS or PHRASE_BREAKS.search(text, before.end(), tokens[first].start()):
            break
        first -= 1
    if tokens[first].group().lower() in PHRASE_STOPS or tokens[first].group().lower() in PREPOSITIONS:
        return None, None
    return source_phrase(text, tokens[first].start(), tokens[-1].end())


def antecedent_phrase(text: str, end: int) -> Span | None:
    """The unnamed phrase ending at ``end`` that a relative pronoun after it stands for.

    The phrase is read back to its determiner or number ("the Mexican
    president, who said", "a former East German spymaster who wrote", "many
    critics who say"); without one, only a plural noun alone is a source
    ("rebuked critics who say").  A preposition, a clause word or a mark
    between words ends the reading.
    """
    tokens = words(text, max(0, end - ANTECEDENT_REACH), end)
    if not tokens or tokens[-1].end() != end:
        return None
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - ANTECEDENT_WORDS), -1):
        word = tokens[index].group().lower()
        if word in ANTECEDENT_OPENERS:
            return source_phrase(text, tokens[index].start(), end)[0]
        if word in PREPOSITIONS or word in PHRASE_STOPS or index == 0 \
                or not text[tokens[index - 1].end(): tokens[index].start()].isspace():
            break
    last = tokens[-1].group()
    if last.islower() and last.endswith("s") and not last.endswith("ss"):
        return Span(tokens[-1].start(), end, last)
    return None


def source_phrase(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """``text[start:end]`` as an unnamed source if it reads as one: "the official", "federal prosecutors".

    A source opens with a determiner or a capital, holds a name ("pollster
    Frank Luntz"), or is a short plural ("reporters"); the rest is a piece
    of clause that a cue word happened to end ("are in", "has in the past").
    """
    number = NUMBER_BEFORE.search(text, max(0, start - 12), start)
    if number is not None:  # "21 percent", "71-year-old diplomat"
        start = number.start()
    phrase = text[start:end]
    if phrase.lower() in ONE_OF:
        apposed = APPOSED_ROLE.match(text, end)
        if apposed is not None:  # "said one, a retired teacher,": the role set beside "one" is who speaks
            return Span(apposed.start(1), apposed.end(1), apposed.group(1)), "phrase"
    tokens = phrase.split()
    if not CLAUSE_VERBS.isdisjoint(token.lower() for token in tokens):
        return clause_source(text, start, end)
    if (number is not None or tokens[0].lower() in SOURCE_OPENERS or any(token[0].isupper() for token in tokens)
            or len(tokens) <= 3 and plural(tokens[-1])
            or len(tokens) <= 6 and plural(tokens[0]) and tokens[1] in PLURAL_AFTER):
        # The last: a plural that a preposition goes on after, "critics of the plan".
        return Span(start, end, phrase), "phrase"
    return None, None


def plural(word: str) -> bool:
    """True for a word that may be a plural noun: "critics", not "Massoud's" or "press"."""
    return word.endswith("s") and not word.endswith(("'s", "’s", "ss"))


def clause_source(text: str, start: int, end: int) -> tuple[Span | None, str | None]:
    """The source of a cue whose words read back hold a verb: a piece of clause rather than a phrase.

    After a relative pronoun the source is what the pronoun stands for ("the
    groups who wrote to her on Thursday say"); otherwise it is the clause's
    subject, before its first verb, when a name, a pronoun or a phrase opens
    with it ("The candidate has mocked a reporter, referred to …"; "The
    spokesman refused to answer questions"), else there is none.
    """
    relative = RELATIVE_BEFORE.search(text, max(0, start - 8), start)
    if relative is not None:
        stop = relative.start()
        while stop and text[stop - 1] in " \t\n":
            stop -= 1
        antecedent = antecedent_phrase(text, stop)
        return (antecedent, "phrase") if antecedent is not None else (None, None)
    tokens = list(WORD.finditer(text, start, end))
    first = next((index for index, token in enumerate(tokens) if token.group().lower() in CLAUSE_VERBS), None)
    if first is None:
        return None, None
    if first + 2 < len(tokens) and tokens[first + 1].group().lower() in CLAUSE_WORDS - RELATIVES:
        # "That is why critics say": the source is the subject of the clause the verb brings in.
        return source_phrase(text, tokens[first + 2].start(), end)
    while first and tokens[first - 1].group().lower() in ADVERBS:
        first -= 1  # "The director further stated"
    if not first:
        return None, None
    head_end = tokens[first - 1].end()
    if tokens[first - 1].group().lower() in PRONOUN_SUBJECTS:  # "Maybe I can, by speaking to them, say"
        return Span(tokens[first - 1].start(), head_end, tokens[first - 1].group()), "pronoun"
    mention = mention_at(text, start, head_end)
    if mention is not None and mention.end == head_end:
        return Span.of(text, mention), "name"
    if tokens[0].group().lower() not in DETERMINERS:
        return None, None
    return source_phrase(text, start, head_end)


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
    for token in WORD.finditer(text, floor, end):
        word = token.group()
        if word.lower() in PRONOUN_SUBJECTS and word.lower() not in ("i", "we", "it"):
            return Span(token.start(), token.end(), word), "pronoun"
        if not word[0].isupper():
            continue
        mention = mention_at(text, token.start(), end)
        if mention is None or not known(mention) or OWNS_NAME.match(text, mention.end):
            continue
        if modifier(text, floor, mention, end):
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
    if not tokens or tokens[0].group().lower() not in PHRASE_OPENERS and tokens[0].group() not in PEOPLE:
        return None, None  # but "Volunteers handed out leaflets": people named for what they do, with no determiner
    if tokens[0].group().lower() in ONE_OF:
        apposed = source_phrase(text, tokens[0].start(), tokens[0].end())
        if apposed[0] is not None and apposed[0].start != tokens[0].start():
            return apposed
    for previous, token in zip(tokens, tokens[1:]):
        word = token.group()
        gap = text[previous.end(): token.start()]
        if "," in gap and previous is not tokens[0] or "(" in gap or "—" in gap:
            break  # "People (mostly men) are keen": the phrase stops at a bracket or a dash too
        if word.lower() in VERBISH or word[0].islower() and word.endswith("ed") \
                and not described(text, previous, token):
            break
    else:
        return None, None
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
