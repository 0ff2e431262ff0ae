"""Turning a subject the cue search found into a person of the article's cast.

A name subject is looked up among the cast's mentions.  A pronoun is
resolved the way a reader would: back through the sentences before it, the
most recent person of the right gender, taking the leftmost mention of each
earlier sentence first (its subject, after Hobbs 1978) and passing over names
behind a preposition in the pronoun's own clause ("At the same time as de
Gaulle, he told ...").  Mentions inside other quotes are not candidates.

Someone the article does not name may be meant as well: the source an
earlier quote was credited to ("a spokesman for Le Drian said"), or a person
named by a role a name owns ("Le Drian's deputy met reporters").  "He said"
after either is that person, not Le Drian.  So may someone "his" or "her"
gives by a role ("His wife … said"), and, for "it" or "they", names listed
together or a body or writing the article describes ("the email read").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from typing import Iterator

import attrs
import regex

from quotecheck.attribution.context import (
    POSSESSIVE_PRONOUNS, PRONOUN_SUBJECTS, REACH, Span, behind_preposition, sentence_end,
)
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.subjects import opening_phrase, opening_source
from quotecheck.cues import WORDS as CUE_WORDS
from quotecheck.names import PEOPLE, POSSESSIVE as POSSESSIVES
from quotecheck.speakers import Person

#: "According to" just before a name, read backwards from the name: one try where the name starts rather than
#: one at each place before it.
ACCORDING = regex.compile(r"(?i)\baccording\s+to\s+\Z", regex.REVERSE)
#: How far back a pronoun looks for its person.
LOOKBACK = 1500
#: How many people a pronoun could mean are weighed, the one chosen and its rivals.
RIVALS = 6
GENDERS = {**PRONOUN_SUBJECTS, **POSSESSIVE_PRONOUNS, "him": "male", "them": "plural"}
#: Nouns for a person by role or relation, which "he" or "she" may stand for: "the deputy", "an aide".
ROLES = frozenset("""
official spokesperson aide adviser advisor source deputy lawyer attorney analyst strategist staffer
member supporter critic voter resident witness friend neighbor neighbour colleague person one someone
officer agent employee worker diplomat envoy minister secretary director chief leader president senator
governor mayor commander soldier doctor teacher student professor expert economist researcher
historian activist organizer organiser donor operative consultant manager executive assistant reporter
journalist editor writer author candidate delegate lawmaker legislator judge prosecutor investigator
detective sheriff pastor imam rabbi fighter guard host anchor pollster surrogate ally rival opponent
predecessor successor biographer partner boss lieutenant negotiator representative
""".split())
#: Roles with a gender.
GENDERED_ROLES = {
    **dict.fromkeys("spokesman husband son father brother man boy king nephew uncle grandfather".split(), "male"),
    **dict.fromkeys("spokeswoman wife daughter mother sister woman girl queen niece aunt grandmother".split(), "female"),
}
#: Nouns whose plural is irregular.
IRREGULAR_PLURALS = frozenset("people men women children".split())
#: Words after which a source phrase goes on about something else: "a spokesman for", "officials familiar with".
PHRASE_CUTS = frozenset("""
for of with at in from who whose that which familiar close on to within inside under representing
after before since when as
""".split())
#: Words that bring in one person not met before: "a spokesman", "one aide", "another official".
NEW_ONE = frozenset("a an one another someone".split())
#: A role a name owns (after its possessive ending, names.POSSESSIVE) is in the first two words after it, read
#: no further than ROLE_REACH: "Le Drian's deputy", "Clinton's campaign manager".
ROLE_REACH = 40
#: A role a possessive pronoun gives, in its first two words: "his doctor", "her chief of staff".
OWN_ROLE = regex.compile(r"\b(?:his|her|their)[ \t\n]+(\p{Ll}+)(?:[ \t\n]+(\p{Ll}+))?")
#: Roles that tie someone to the person who has them, beyond kin: "his lawyer", "her longtime adviser".
TIES = frozenset("""
aide adviser advisor deputy lawyer attorney spokesperson friend neighbor neighbour colleague assistant partner
boss rival opponent predecessor successor biographer doctor
""".split())
#: Such a role a possessive pronoun gives someone, with a word between at most: "His wife", "her longtime
#: adviser"; not one a name follows, which is the person's to stand for ("his wife, Jane,").
OWNED = regex.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er)[ \t]+(?P<role>(?:\p{Ll}+[ \t]+)?(?P<head>"
    + "|".join(sorted(TIES | GENDERED_ROLES.keys(), key=len, reverse=True)) + r"))\b(?!['’]s|-|,?[ \t]+\p{Lu})"
)
#: How far back from a pronoun's sentence someone given by a possessive pronoun's role is looked for: the
#: sentence or two before.
KIN_REACH = 400
#: How far back "it" or "they" looks for a list or a description: the paragraph or two before.
BODY_REACH = 600
#: Nouns for a body or a writing, which "it" or, in the plural, "they" may stand for: "the email", "the groups".
BODIES = frozenset("""
campaign committee panel agency department ministry government administration company firm group organization
organisation party union council board commission court network channel station outlet foundation institute
embassy team association coalition alliance bureau newspaper paper magazine website video ad advertisement
commercial statement email e-mail memo memorandum letter report editorial post tweet message sign banner poster
flyer mailer release document filing complaint lawsuit affidavit indictment ruling bill resolution constitution
platform manifesto book article column survey poll study
""".split())
#: Words after such a noun that make it a modifier of the noun after it: "the campaign manager".
BODY_COMPOUNDS = frozenset("""
manager managers chairman chairwoman chair staff staffer staffers official officials aide aides spokesman
spokeswoman spokesperson member members leader leaders server account accounts address trail chain headquarters
office offices hearing hearings policy system records director directors chief
""".split())
#: Words that end the modifiers before such a noun: "an appetite among donors" describes no donors.
MODIFIER_STOPS = PHRASE_CUTS | {"the", "a", "an", "and", "or", "among", "by", "about", "over"}
#: A description of a body or a writing before its noun: a determiner or an owner's name and up to two words
#: more, read back from the noun, no further than DESCRIBED_REACH.
DESCRIBED = regex.compile(
    r"\b(?P<determiner>[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Bb]oth|[Tt]wo|[Tt]hree|[Ss]everal|\p{Lu}[\p{L}.\-]*['’]s)"
    r"[ \t]+(?:(?!(?:" + "|".join(sorted(MODIFIER_STOPS)) + r")\b)[\p{L}\d\-]+[ \t]+){0,2}\Z",
    regex.REVERSE,
)
#: How far back from its noun a description's determiner is looked for.
DESCRIBED_REACH = 60
#: How many names back a description of a body ("the agency") looks for the body it means.
NAMED_BODY_MENTIONS = 30
#: The two words after a name, past the possessive ending if any: the noun of a body it names or owns is one of
#: them ("The United Nations refugee agency", "the State Department's", "Hillary Clinton’s campaign").
BODY_AFTER = regex.compile(r"(?:['’]s)?[ \t]+(?P<first>\p{Ll}[\p{Ll}\-]*)\b(?:[ \t]+(?P<second>\p{Ll}[\p{Ll}\-]*)\b)?")
#: Bodies a person may own, which a description of one may mean: "the campaign" after "the Sanders campaign".
OWNED_BODIES = frozenset("campaign administration team company firm foundation organization organisation group".split())
#: A word in lower case, for the nouns of such descriptions; a plain ``re`` pattern, which makes its many
#: matches faster than ``regex`` does.
WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*\b")
#: The plurals of bodies and of people's roles, which "they" may stand for: "groups", "agencies", "officials".
PLURAL_HEADS = frozenset(
    IRREGULAR_PLURALS | {noun + "s" for noun in BODIES | ROLES - NEW_ONE}
    | {noun[:-1] + "ies" for noun in BODIES if noun.endswith("y")}
)
#: The nouns of such descriptions as they may be written: one look-up for each word read.
HEAD_FORMS = BODIES | PLURAL_HEADS
#: The nouns an unnamed source that opens a sentence ends with (``sources_opening``): a person's role, people's,
#: or a body ("a spokeswoman for the campaign").
SOURCE_HEADS = HEAD_FORMS | ROLES | GENDERED_ROLES.keys()
#: Cues whose subject asks: the answer that follows is someone else's ("A reporter asked Sanders …. He replied").
QUESTIONS = frozenset("ask asks asked asking question questions questioned pressed".split())
#: How such a source opens, as one brought in as new: "A spokeswoman", "One official".
NEW_SOURCE = re.compile(r"(?:A|An|One|Another|Someone)[ \t,]")
#: Endings of nouns for people by what they do, for a source brought in as new whose noun no list has.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
#: The first word of a sentence, past an opening mark, when it may be people's plural noun.
PLURAL_OPENING = re.compile(r"[\"“‘'(]?([A-Z][a-z]+s|Men|Women|Children|Police)\b")
#: How far back from a pronoun's sentence a sentence that an unnamed source opens is looked for.
SOURCE_REACH = 400
#: The first two words after such a source, one of which must be a cue, after a relative clause between commas
#: or the comma that closes an appositive, if any: "said", "also said", ", who asked not to be named, said",
#: "One, a retired teacher, said".
SOURCE_CUE = regex.compile(
    r"(?:,[ \t]+(?:who|whose)\b[^,.;:!?\n]{1,100},|,)?[ \t]+(?P<first>\p{Ll}+)\b(?:[ \t]+(?P<second>\p{Ll}+)\b)?"
)
#: Where OWNED may match, found by a plain ``re`` pattern before OWNED is tried there.
POSSESSIVE = re.compile(r"[Hh](?:is|er)[ \t]")
#: What makes such a noun a modifier of the next: "the campaign manager", "the email server", "the group's".
COMPOUND = regex.compile(
    r"['’]s\b|[ \t]+(?:" + "|".join(sorted(BODY_COMPOUNDS | BODIES, key=len, reverse=True)) + r")\b"
)
#: What brings in names as examples, not as a list that acts: "victims such as Walter Scott and Eric Garner".
EXAMPLES = regex.compile(r"\b(?:such[ \t]+as|like|including)[ \t]*\Z")
#: What may part the names of a list that speaks together: "Curtis and Maddox", "Massoud, Curtis, and Maddox".
JOIN = regex.compile(r"(,)?[ \t]+(and[ \t]+)?|,[ \t]+")
#: What may stand before a list of speakers that a cue follows: a quotation's close, a sentence's start, or the
#: dash or bracket after a dateline.
LIST_OPENERS = ",\"”’'.!?:;—–(\n"


def person_at(scene: Scene, span: Span) -> Person | None:
    """The cast member named by the mention at ``span``."""
    cast = scene.cast
    index = cast.before(span.start + 1) - 1
    while index >= 0 and cast.mentions[index].end > span.start:
        if cast.mentions[index].start <= span.start < cast.mentions[index].end or span.start <= cast.mentions[index].start < span.end:
            return cast.person_of(index)
        index -= 1
    following = cast.before(span.start)
    if following < len(cast.mentions) and cast.mentions[following].start < span.end:
        return cast.person_of(following)
    return None


def person_of(scene: Scene, subject: Span | None, kind: str | None) -> Person | None:
    """The cast member a subject names, or the person a pronoun subject stands for; None for anything else."""
    if subject is None:
        return None
    if kind == "name":
        return person_at(scene, subject)
    if kind == "pronoun":
        return resolve(scene, subject)[0]
    return None


def inside_quote(scene: Scene, offset: int) -> int | None:
    """The innermost quote holding ``offset``, if any."""
    # Quotes nest without crossing, so one holding the offset is an ancestor
    # of the last quote to start before it.
    candidate = bisect_left(scene.starts, offset) - 1
    while candidate is not None and candidate >= 0:
        if scene.quotes[candidate].end > offset:
            return candidate
        candidate = scene.quotes[candidate].parent
    return None


# Each pronoun reads back over the same mentions as the pronouns before it,
# so the scene keeps what was found out about each.

def quote_of(scene: Scene, index: int) -> int | None:
    """The innermost quote holding mention ``index``, if any."""
    if index not in scene.mention_quotes:
        scene.mention_quotes[index] = inside_quote(scene, scene.cast.mentions[index].start)
    return scene.mention_quotes[index]


def oblique(scene: Scene, index: int) -> bool:
    """True when a preposition comes shortly before mention ``index``: "with the former Vice President"."""
    if index not in scene.obliques:
        scene.obliques[index] = behind_preposition(scene.text, 0, scene.cast.mentions[index].start)
    return scene.obliques[index]


def compatible(person: Person, gender: str) -> bool:
    """True when a pronoun of ``gender`` can refer to ``person``."""
    if person.kind == "anonymous":
        return person.gender in (None, gender) if gender in ("male", "female") else person.gender == gender
    if person.kind == "group" and not person.place:
        return gender == "plural"  # people named together
    if gender in ("plural", "neuter"):
        # A body the article names, not a capitalised word that opens a paragraph ("KABUL, Afghanistan —");
        # "they" are no place.
        return person.kind == "organisation" and person.named and not (gender == "plural" and person.place)
    if person.kind != "person" or person.place or not person.named:
        return False
    return person.gender in (None, gender)


@functools.lru_cache(maxsize=4096)
def role_number(phrase: str) -> str | None:
    """The gender a pronoun needs to stand for an unnamed source ``phrase``, "either", or None when it cannot.

    The phrase's head noun decides: "a spokeswoman for the ministry" is
    female, "officials familiar with the talks" plural, "Le Drian's deputy"
    either, "the campaign" or "the email" what "it" stands for, "the
    groups" what "they" do.  One person must be brought in as new, by "a",
    "one" or an owner ("an aide", "Le Drian's deputy"): "the senator" and
    "the former president" are someone named before, whom the pronoun
    finds by name.
    """
    words = description_words(phrase)
    if not words:
        return None
    number = head_number(words[-1])
    if words[-1] in BODIES:
        return "neuter"
    if number is None and words[-1] in PLURAL_HEADS:
        return "plural"
    if number in ("plural", None) or words[0] in NEW_ONE or any(word.endswith("'s") for word in words[:-1]):
        return number
    return None


def description_words(phrase: str) -> list[str]:
    """The words of a phrase, in lower case, up to where it goes on about something else.

    "a spokesman for the ministry" gives "a spokesman".
    """
    words = []
    for word in phrase.lower().replace("’", "'").split():
        word = word.strip(",.;:")
        if word in PHRASE_CUTS or not word:
            break
        words.append(word)
    return words


def head_number(head: str) -> str | None:
    """The gender a pronoun needs to stand for someone called ``head``, "either", or None for no person."""
    if head in IRREGULAR_PLURALS or head.endswith("s") and head[:-1] in ROLES:
        return "plural"
    if head in GENDERED_ROLES:
        return GENDERED_ROLES[head]
    return "either" if head in ROLES else None


def unnamed(name: str, number: str, made: type[Person] = Person, **fields) -> Person:
    """A person the article does not name, known by a phrase: the source of a quote, a role a name owns."""
    return made(name, (), gender=None if number == "either" else number, kind="anonymous", named=True, **fields)


def owned_role(scene: Scene, index: int) -> tuple[Person, str] | None:
    """The person mention ``index`` owns by a role, as in "Le Drian's deputy", and the role's noun, if it does.

    Read with plain string steps, not patterns: it runs for every possessive name a pronoun looks back over.
    """
    text, mention = scene.text, scene.cast.mentions[index]
    position = mention.end + 2  # past "'s"
    if text[position: position + 1] not in (" ", "\t"):
        return None
    words = []
    for word in text[position: position + ROLE_REACH].split()[:2]:
        if not word[:1].islower():
            break
        role = word.rstrip(",.;:")
        number = head_number(role)
        words.append(role)
        position = text.index(role, position) + len(role)
        if number is None:
            if role != word:
                break
            continue
        if text.startswith(" of staff", position):
            words.append("of staff")
            position += len(" of staff")
        after = text[position: position + 3].lstrip(",").lstrip(" \t")
        if after[:1].isupper():
            # "Massoud's spokesman, Ali Nazary,": the name is the pronoun's to find, and the
            # owner is no more a subject than a name behind a preposition.
            scene.obliques[index] = True
            return None
        return unnamed(f"{scene.cast.person_of(index).name}'s {' '.join(words)}", number), role
    return None


def roles_taken(scene: Scene, pronoun: Span) -> set[str]:
    """The words a possessive pronoun gives as roles in the sentence of ``pronoun``: "his doctor"."""
    sentence = scene.text[scene.sentences.starts(pronoun.start - REACH, pronoun.start)[-1]:
                          sentence_end(scene.text, pronoun.end, len(scene.text))]
    return {word for role in OWN_ROLE.finditer(sentence) for word in role.groups()}


def unnamed_source(scene: Scene, index: int) -> Person | None:
    """The unnamed source a cue credits quote ``index`` to ("a spokesman said"), if a pronoun may stand for it.

    Read from the cue's finding, as the anonymous sieve, which decides
    after this one, reads it; or from a decision already made.
    """
    decision, finding = scene.decisions[index], scene.findings[index]
    if decision is not None:
        phrase = decision.speaker if decision.speaker_kind == "anonymous" and decision.cue is not None else None
    elif finding.subject_type == "phrase":
        phrase = (finding.antecedent or finding.subject).text
    else:
        phrase = None
    number = role_number(phrase) if phrase else None
    return unnamed(phrase, number) if phrase and number else None


def candidates(scene: Scene, pronoun: Span, starts: list[int]) -> list[tuple[int, Person, int | None]]:
    """Who a pronoun could mean, nearest first: (offset, person, mention index or None).

    ``starts`` are where the sentences before the pronoun's start, its own last.

    The names the text gives, at the pronoun's own quote level or around
    it, with the role a name owns just before its owner; someone "his" or
    "her" gives by a role, for "he" or "she" (``kin``); names listed
    together and bodies or writings described, for "it" or "they"
    (``bodies``); and the speakers of the quotes already attributed, each at
    its quote's start and with no mention, including the unnamed sources a
    cue gave.
    """
    cast = scene.cast
    home = inside_quote(scene, pronoun.start)
    # A pronoun inside a quote may mean someone named in that quote or around it,
    # never someone named inside another quote.
    levels = {None}
    level = home
    while level is not None:
        levels.add(level)
        level = scene.quotes[level].parent
    floor = pronoun.start - LOOKBACK
    found = []
    taken = None
    owners = scene.cache.setdefault("owners", {})  # the role each possessive name owns, once found
    # Read for every mention of the lookback of every pronoun: the cast's lists are read directly.
    mentions, referents = cast.mentions, cast.referents
    for index in range(cast.before(pronoun.start) - 1, -1, -1):
        start, end = mentions[index].start, mentions[index].end
        if start < floor:
            break
        if quote_of(scene, index) in levels and index not in cast.modifiers:
            found.append((start, cast.people[referents[index]], index))
            if not scene.text.startswith(POSSESSIVES, end):
                continue
            if index not in owners:
                owners[index] = owned_role(scene, index)
            role = owners[index]
            if role is not None and taken is None:
                taken = roles_taken(scene, pronoun)
            # "He" is not the doctor in "he released a letter from his doctor".
            if role is not None and role[1] not in taken:
                # Read leftmost first, the role comes before its owner: the deputy, then Le Drian.
                found.append((start, role[0], index))
    gender = GENDERS.get(pronoun.text.lower())
    if gender in ("male", "female"):
        found.extend(kin(scene, pronoun, gender, home, starts[-1]))
        found.extend(sources_opening(scene, gender, levels, starts))
    elif gender == "plural":
        found.extend(people_opening(scene, levels, starts))
    people = scene.cache.get("people")
    if people is None:  # the cast is complete before any quote is attributed
        people = scene.cache["people"] = {person.name: person for person in cast.people}
    for index in range(bisect_left(scene.starts, pronoun.start) - 1, -1, -1):
        quote, decision = scene.quotes[index], scene.decisions[index]
        if quote.start < floor:
            break
        # The speaker of a quote around the pronoun says "I" there, not "he".
        if quote.parent not in levels or index in levels:
            continue
        if decision is not None and decision.speaker in people:
            found.append((quote.start, people[decision.speaker], None))
            continue
        if decision is not None and decision.speaker_kind == "group":
            found.append((quote.start, group(decision.speaker), None))
            continue
        source = unnamed_source(scene, index)
        if source is not None:
            found.append((quote.start, source, None))
    if gender in ("plural", "neuter"):
        found.extend(bodies(scene, pronoun, levels))
    found.sort(key=lambda entry: -entry[0])
    return found


def kin(
    scene: Scene, pronoun: Span, gender: str, home: int | None, own_sentence: int,
) -> list[tuple[int, Person, int | None]]:
    """The people a possessive pronoun gives by a role before ``pronoun``, that it could mean.

    "His wife, who asked not to be named, said …. “…,” she said" is Ahmad
    Massoud's wife, whom "his" stands for; the owner is found as any
    pronoun is; only in the sentence or two before ``own_sentence``, where
    the pronoun's sentence starts ("she" is not her own colleague).  Not
    one behind a preposition ("with his wife"), nor outside the quotation
    that holds the pronoun.
    """
    text, found = scene.text, []
    for possessive in POSSESSIVE.finditer(text, max(0, own_sentence - KIN_REACH), own_sentence):
        match = OWNED.match(text, possessive.start(), own_sentence)
        if match is None:
            continue
        start, number = match.start(), head_number(match.group("head"))
        if number not in (gender, "either") or behind_preposition(text, 0, start) or inside_quote(scene, start) != home:
            continue
        owner = Span(start, start + len(match.group("owner")), match.group("owner"))
        found.append((start, unnamed(match.group(), number, Kin, owner=owner, role=match.group("role")), None))
    return found


def sources_opening(
    scene: Scene, gender: str, levels: set[int | None], starts: list[int],
) -> list[tuple[int, Person, int | None]]:
    """The unnamed sources of the sentence or two before a pronoun's that it could mean, if of ``gender``.

    An unnamed subject that opens a sentence with a cue: "A spokeswoman for
    the campaign said the rally was canceled. “…,” she said" is the
    spokeswoman, not a woman named before.  Only one brought in as new ("A
    spokeswoman", "One official"), of the pronoun's gender as ``role_number``
    reads the phrase, and at a quote level the pronoun may look into; "they"
    finds people described among ``bodies``.
    """
    text, found, own_sentence = scene.text, [], starts[-1]
    for start in starts[bisect_left(starts, own_sentence - SOURCE_REACH): -1]:
        if NEW_SOURCE.match(text, start) is None or inside_quote(scene, start) not in levels:
            continue
        phrase = opening_phrase(text, start, own_sentence)
        if phrase is None:
            continue
        head = phrase.text.rsplit(None, 1)[-1]
        number = role_number(phrase.text) or ("either" if agent_noun(head) else None)
        if number not in (gender, "either"):
            continue
        cue = SOURCE_CUE.match(text, phrase.end, own_sentence)
        if cue is None or not (phrase.text[-1:].isupper() or head in SOURCE_HEADS or agent_noun(head)):
            continue  # "One of the central claims …": a phrase that stops short of its noun, cut at a verb it is not
        verbs = {cue.group("first"), cue.group("second")}
        if not verbs.isdisjoint(CUE_WORDS) and verbs.isdisjoint(QUESTIONS):
            found.append((phrase.start, unnamed(phrase.text, number), None))
    return found


def people_opening(scene: Scene, levels: set[int | None], starts: list[int]) -> list[tuple[int, Person, int | None]]:
    """The people named for what they do that the sentence or two before a "they" open with.

    "Volunteers handed out leaflets. “…,” they said" is the volunteers;
    "Members of the council met later" the members of the council.
    """
    text, found, own_sentence = scene.text, [], starts[-1]
    for start in starts[bisect_left(starts, own_sentence - SOURCE_REACH): -1]:
        first = PLURAL_OPENING.match(text, start)
        if first is None or first.group(1) not in PEOPLE or inside_quote(scene, start) not in levels:
            continue
        phrase, kind = opening_source(text, start, own_sentence)
        if kind == "phrase" and phrase.start == first.start(1):
            found.append((phrase.start, unnamed(phrase.text, "plural"), None))
    return found


def agent_noun(word: str) -> bool:
    """True for a noun that reads as one who does something, though no list of roles has it: "farmer", "shopkeeper"."""
    return len(word) > 4 and word.endswith(AGENT_ENDINGS) and word.islower() and word not in BODIES


@attrs.define
class Kin(Person):
    """Someone a possessive pronoun gives by a role ("his wife"), named for the pronoun's owner when it counts."""

    #: The possessive pronoun, until the one it stands for is found; the role as the text gives it.
    owner: Span | None = None
    role: str = ""


def owned(scene: Scene, person: Person) -> bool:
    """False when ``person`` is kin of no one known ("his colleague" of no one is too vague to stand for).

    Kin is named for the one its pronoun stands for the first time it is
    asked about: "Ahmad Massoud's wife".
    """
    if not isinstance(person, Kin):
        return True
    if person.owner is not None:
        key = ("kin", person.owner.start)
        if key not in scene.cache:
            scene.cache[key] = resolve(scene, person.owner)[0]
        owner = scene.cache[key]
        person.name = f"{owner.name}'s {person.role}" if owner is not None else ""
        person.owner = None
    return bool(person.name)


def bodies(scene: Scene, pronoun: Span, levels: set[int | None]) -> list[tuple[int, Person, int | None]]:
    """What "it" or "they" could mean beyond the names of the cast: lists of names and things described.

    "Ahmad Massoud and Amrullah Saleh met …. “…,” they said": the list
    speaks together.  "The email read …. It stated" and "the groups say.
    They argue": a body or a writing the article describes rather than
    names, known by the description.  Each is placed at its first word;
    one behind a preposition ("in a statement") is passed over.
    """
    text, cast, found = scene.text, scene.cast, []
    floor, number = max(0, pronoun.start - BODY_REACH), GENDERS[pronoun.text.lower()]
    if number == "plural":
        for members in lists_before(scene, pronoun.start, floor):
            first = members[0][0].start
            if quote_of(scene, cast.before(first)) in levels and not EXAMPLES.search(text, max(0, first - 20), first):
                found.append((first, group(group_name(members)), cast.before(first)))
    # Each word is looked up before any pattern is tried: few are such nouns.
    for word in WORD.finditer(text, floor, pronoun.start):
        head = word.group()
        if head not in HEAD_FORMS:
            continue
        plural = head in PLURAL_HEADS
        if not (plural if number == "plural" else head in BODIES) \
                or COMPOUND.match(text, word.end(), word.end() + 40) is not None:
            continue
        described = DESCRIBED.match(text, max(floor, word.start() - DESCRIBED_REACH), word.start())
        if described is None or plural and described.group("determiner").lower() in ("a", "an"):
            continue
        start = described.start()
        if behind_preposition(text, 0, start) or inside_quote(scene, start) not in levels:
            continue
        body = named_body(scene, start, head) if not plural and described.group("determiner") in ("the", "The") else None
        found.append((start, body or unnamed(text[start: word.end()], number), None))
    return found


def named_body(scene: Scene, start: int, head: str) -> Person | None:
    """The body the article has named that "the <head>" at ``start`` means: "the agency", "the campaign".

    The latest organisation named no more than NAMED_BODY_MENTIONS names
    and LOOKBACK characters back whose name has the noun ("the State
    Department", for "the department") or is followed by it ("The United
    Nations refugee agency", for "the agency"); or a body a person's name
    owns ("Hillary Clinton’s campaign", "the Sanders campaign"), named for
    its owner.  None when there is none.
    """
    cast, text = scene.cast, scene.text
    last = cast.before(start) - 1
    for number in range(last, max(-1, last - NAMED_BODY_MENTIONS), -1):
        mention = cast.mentions[number]
        if mention.start < start - LOOKBACK:
            break
        person = cast.people[cast.referents[number]]
        if person.place or person.kind not in ("organisation", "person"):
            continue
        organisation = person.kind == "organisation"
        if organisation and any(word.lower() == head for word in person.words):
            return person
        if not organisation and head not in OWNED_BODIES:
            continue
        after = BODY_AFTER.match(text, mention.end, mention.end + 40)
        if after is None or not followed_by(after, head):
            continue
        if organisation:
            return person
        return Person(f"{person.name}'s {head}", (), kind="organisation", named=True)
    return None


def followed_by(after: regex.Match, head: str) -> bool:
    """True when the words after a name, matched by BODY_AFTER, are a body's noun ``head``, with a word before at most.

    "refugee agency" and "presidential campaign" are; "campaign manager" and "said the agency" are not.
    """
    first, second = after.group("first"), after.group("second")
    if first == head:
        return second not in BODY_COMPOUNDS
    return second == head and first not in CUE_WORDS and first not in MODIFIER_STOPS


def lists_before(scene: Scene, offset: int, floor: int) -> Iterator[list[tuple[Span, Person]]]:
    """The lists of names that could speak together before ``offset`` and from ``floor`` on, the latest first."""
    cast = scene.cast
    for index in range(cast.before(offset) - 1, -1, -1):
        mention = cast.mentions[index]
        if mention.start < floor:
            return
        members = joined(scene, Span.of(scene.text, mention), None, anywhere=True)
        if members:
            yield members


def group(name: str) -> Person:
    """People named together, who speak together: "Curtis and Maddox"."""
    return Person(name, (), kind="group", gender="plural", named=True)


def resolve(scene: Scene, pronoun: Span) -> tuple[Person | None, int]:
    """The person a third-person pronoun refers to, and how many others in the same sentence would also fit.

    Sentence by sentence back from the pronoun, leftmost first; names behind
    a preposition only when nobody else fits, and never in the pronoun's own
    clause.
    """
    gender = GENDERS.get(pronoun.text.lower())
    if gender is None or gender == "first":
        return None, 0
    starts = scene.sentences.starts(pronoun.start - LOOKBACK - REACH, pronoun.start)
    clause_start = starts[-1]
    chosen: list[Person] = []
    sidelined: list[Person] = []
    sentence: list[tuple[Person, int | None]] = []
    boundary = clause_start
    # The people of the nearest sentence that offers any: a reader hesitates only between them.
    nearest: list[Person] = []
    for offset, person, mention in candidates(scene, pronoun, starts):
        if offset < boundary:
            pick(scene, sentence, gender, chosen, sidelined if boundary != clause_start else [])
            nearest = nearest or list(chosen)
            if len(chosen) > RIVALS:
                break
            sentence = []
            boundary = starts[max(0, bisect_right(starts, offset) - 1)]
        sentence.append((person, mention))
    pick(scene, sentence, gender, chosen, sidelined if boundary != clause_start else [])
    nearest = nearest or list(chosen)
    chosen.extend(sidelined)
    first = next((person for person in chosen if owned(scene, person)), None)
    if first is None:
        return None, 0
    # Someone known as the chosen one's kin ("his father") is no rival: the sentence is about the chosen one.
    kin_of_first = f"{first.name}'s "
    rivals = len({id(person) for person in nearest if person is not first and person.gender == gender
                  and owned(scene, person) and not person.name.startswith(kin_of_first)})
    if first.gender is None and gender in ("male", "female"):
        first.gender = gender
    return first, rivals


def pick(
    scene: Scene, sentence: list[tuple[Person, int | None]], gender: str, subjects: list[Person], others: list[Person],
) -> None:
    """Add the people of one sentence a pronoun could mean, leftmost first, names behind a preposition apart.

    A source "according to" names is no subject of its sentence, but the
    sentence reports what it said: after the sentence's subjects, before
    anyone behind another preposition ("According to Ms. Curtis, the numbers
    are smaller. “…,” she said").  So does someone a possessive pronoun
    gives by a role: "His father, he said, had taught him that “…”" is
    the son's sentence.
    """
    sources = []
    for person, mention in reversed(sentence):
        # Only for someone the pronoun could mean does the preposition matter.
        if not compatible(person, gender):
            continue
        if isinstance(person, Kin):
            sources.append(person)
            continue
        behind = mention is not None and oblique(scene, mention)
        if behind and according(scene, mention):
            sources.append(person)
        else:
            (others if behind else subjects).append(person)
    subjects.extend(sources)


def according(scene: Scene, index: int) -> bool:
    """True when "according to" comes just before mention ``index``."""
    start = scene.cast.mentions[index].start
    return ACCORDING.match(scene.text, max(0, start - 20), start) is not None


def group_name(members: list[tuple[Span, Person]]) -> str:
    """The name of the people of a list (``joined``) who speak together: "Curtis and Maddox".

    Three or more are parted by commas: "Massoud, Curtis and Maddox".
    """
    names = [member.name for _, member in members]
    return ", ".join(names[:-1]) + " and " + names[-1]


def joined(scene: Scene, subject: Span, cue: Span | None, *, anywhere: bool = False) -> list[tuple[Span, Person]]:
    """The people of a list that speaks together, the subject among them; empty when the subject speaks alone.

    ``"…," Ms. Curtis and Ms. Maddox said`` · ``said Ahmad Massoud, Lisa
    Curtis and Lisa Maddox``.  The names are parted by commas and one "and"
    before the last; a name that owns what follows it ("Massoud and Curtis's
    aides") makes no list, nor does one that a verb's object may be
    ("Clinton met Massoud and Curtis said"), unless ``anywhere`` says the
    list is looked for as what a description refers to.
    """
    text, cast = scene.text, scene.cast
    at = cast.before(subject.start)
    if at >= len(cast.mentions) or cast.mentions[at].start != subject.start:
        return []
    # A list after its cue is read on from the subject, its first name; one before its cue back from the last.
    step = 1 if cue is not None and cue.start < subject.start else -1
    # Most subjects stand alone: a look at the words beside the name tells, before any list is read.
    if step == 1 and not text[cast.mentions[at].end: cast.mentions[at].end + 6].lstrip(" \t").startswith((",", "and")) \
            or step == -1 and not text[max(0, subject.start - 6): subject.start].rstrip(" \t").endswith("and"):
        return []
    chain, joins = [at], []
    while 0 <= chain[-1] + step < len(cast.mentions):
        left, right = sorted((chain[-1], chain[-1] + step))
        gap = JOIN.fullmatch(text, cast.mentions[left].end, cast.mentions[right].start)
        if gap is None or not (gap.group(1) or gap.group(2)):
            break
        join = "and" if gap.group(2) else ","
        if step == -1 and (join == "and") != (not joins):
            break  # read back, the "and" comes first and commas after it
        chain.append(chain[-1] + step)
        joins.append(join)
        if step == 1 and join == "and":
            break  # read on, the "and" comes before the last name
    if step == -1:
        chain.reverse()
        joins.reverse()
    # One "and", before the last name.
    if not joins or joins.count("and") != 1 or joins[-1] != "and":
        return []
    spans = [Span.of(text, cast.mentions[i]) for i in chain]
    if any(text.startswith(("'", "’"), span.end) for span in spans):  # "Curtis's aides", "the Sanders' aides"
        return []
    if step == -1 and not anywhere:
        before = text[max(0, spans[0].start - 40): spans[0].start].rstrip(" \t")
        if before.endswith(("Both", "both")) and not before[-5:-4].isalpha():
            before = before[:-4].rstrip(" \t")  # "Both Mr. Martinon and Ms. Maddox called it"
        if before and before[-1] not in LIST_OPENERS:
            return []
    members = []
    for span in spans:
        person = person_at(scene, span)
        if person is None or person.place or person.kind not in ("person", "organisation"):
            return []
        if all(member is not person for _, member in members):
            members.append((span, person))
    return members if len(members) > 1 else []
