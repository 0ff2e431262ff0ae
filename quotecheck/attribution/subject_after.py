"""The subject that follows an inverted cue: ``said Lt. Gen. Yarmand, a former ...``, and a passive cue's agent.

The subject is a name, perhaps after words of title (``said Republican
strategist Ryan Williams``), a pronoun (``according to her``), or an
unnamed source phrase (``said a spokesman for the Taliban``).  A passive
cue (``was asked``) speaks for the agent that "by" names (``asked by host
Bill Maher``), not for its subject.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import AUXILIARIES, PRONOUN_SUBJECTS, Span, behind_preposition, words
from quotecheck.attribution.roles import GENDERED_ROLES, PHRASE_CUTS, ROLES as ROLE_NOUNS
from quotecheck.attribution.phrases import ANTECEDENT_OPENERS, FORWARD_WORDS, phrase_forward
from quotecheck.attribution.subject_before import TIME_OPENERS
from quotecheck.attribution.subjects import DETERMINER_BEFORE, title_word, titled_name
from quotecheck.names import mention_at, name_ending as mention_ending
from quotecheck.namewords import ROLES
from quotecheck.speakers import AGE_BEFORE


#: Days, which follow a cue as its time and never as its subject: "said Wednesday".
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow".split())
#: A figure before the words of title after an inverted cue: "9/11 widow", "17-year-old student".
FIGURE = regex.compile(r"\d[\d/.,]*(?:-(?=\p{L}))?(?=\p{L}|[ \t]+\p{Ll})[ \t]*")
#: A possessive ending after a name that owns a noun: "Clinton's introducer".
OWNER = regex.compile(r"['’]s[ \t\n]+\p{Ll}")
#: The owned noun and a short description up to the name it stands for: "'s introducer, actress ", "'s aide ".
OWNED_NAME = regex.compile(r"['’]s(?:[ \t\n]+\p{Ll}[\p{Ll}-]*){1,3},?(?:[ \t\n]+\p{Ll}[\p{Ll}-]*)?[ \t\n]+(?=\p{Lu})")
#: How many lower-case words of title may open a name after its cue: "said former state Sen. Ann Cole".
TITLE_WORDS = 3
#: A comma between a role and the name set beside it: "a Trump spokeswoman, Hope Hicks".
APPOSED = regex.compile(r",[ \t\n]+(?=\p{Lu})")
#: What may follow such a name: a comma, a bracket or the end of the sentence.
NAME_CLOSES = regex.compile(r"[ \t]*(?:[,.;!?(]|\Z)")
#: A person's roles in lower case, which a name may be set beside: "the school's principal, Mary Jones".
PERSON_ROLES = ROLE_NOUNS | GENDERED_ROLES.keys()
#: Bodies a name may be set beside, as what the name is: "the union, Unite"; not "the campaign", whose name is
#: its candidate's.
NAMED_BODIES = frozenset("""
union company firm group organization organisation charity agency party association coalition alliance foundation
institute network newspaper magazine station channel council committee board
""".split())
#: Pronouns that stand for a source after "according to".
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


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

    The phrase must end in a person's role ("the charity's director, Aisha
    Rahman") or a body's ("the union, Unite"), and the name must close its
    clause, so that the comma sets the two side by side ("said the campaign,
    Trump Tower …" names no one).  A person's role needs a name of two words
    or an honorific: "said an aide, Kabul …" names a place.
    """
    comma = APPOSED.match(text, phrase.end, end)
    if comma is None:
        return None
    # The phrase's noun, before words that go on about something else: "the mayor of Leeds".
    words = phrase.text.split()
    head = next((word for word, after in zip(words, words[1:]) if after in PHRASE_CUTS), words[-1])
    body = head.lower() in NAMED_BODIES
    if not body and head not in ROLES and head.capitalize() not in ROLES and head.lower() not in PERSON_ROLES:
        return None
    mention = mention_at(text, comma.end(), end)
    if mention is None or len(mention.words) < 2 and not mention.honorific and not body \
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
