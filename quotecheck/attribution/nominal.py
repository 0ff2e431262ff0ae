"""Sieve 7, a description for someone named before: ``"…," the Florida senator said``.

A cue whose subject is a definite description ("the senator", "the
Democratic presidential candidate", "the uncle") most often refers back to a
person the article has named with that role: "Sen. Marco Rubio", "Democratic
presidential candidate Hillary Clinton", "Ahmad Massoud's uncle, Ahmad Wali
Massoud", "Lisa Maddox, a senior analyst".  The role is read from a name's
honorific, the words before it and the description set after it.  The
speaker is the holder of the role among the last few people named before the
description, the latest first; a capitalised word of the description ("the
Vermont senator") must be among the holder's role words, unless the holder
is the only one the article names.  The mention is the description, so a
reader sees what the text says.  An age no one was given ("the
23-year-old") means the one person its paragraph named before it; "the
teenager" one of the last named who was given an age of 13 to 19.  A
description no one near holds is left to the anonymous sieve.

A description that counts people ("the two men", "the pair", "both
leaders") means the last list of as many names, which speak together:
"Ahmad Massoud and Bernard-Henri Lévy signed a statement. “…,” the two men
wrote."  So does a plural noun for such people ("the brothers", "the
newlyweds"), of a list its paragraph names; "men", "brothers" or "girls"
pass over a list of the other gender.

A description of a body ("the agency", "the campaign") means the body the
article named with that noun ("The United Nations refugee agency"), or one
a person's name owns ("the Sanders campaign"); see ``bodies.named_body``.
"""

from __future__ import annotations

import attrs
import regex

from quotecheck.attribution.context import appositive, sentence_start
from quotecheck.attribution.bodies import named_body
from quotecheck.attribution.lists import group_name, lists_before
from quotecheck.attribution.lookup import inside_quote, quote_of
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.attribution.unnamed import BODIES, GENDERED_ROLES, ROLES, description_words
from quotecheck.names import PARTY_TAG
from quotecheck.namewords import PARTY_LETTERS, STATES
from quotecheck.speakers import people_noun

NAME = "nominal"
CONFIDENCE = 0.75
#: Honorifics as the roles they give: "Sen. Marco Rubio" is a senator, "Rep. Tom Fane" a congressman, "Det Insp
#: Karen Maddox" a detective and an inspector, and so "the detective inspector".
HONORIFIC_ROLES = {
    "sen": ("senator", "lawmaker"), "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gov": ("governor",), "pres": ("president",), "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",),
    "maj": ("major",), "sgt": ("sergeant",), "capt": ("captain",), "adm": ("admiral",), "dr": ("doctor",),
    "prof": ("professor",), "rev": ("reverend",), "atty": ("attorney",), "det": ("detective",),
    "insp": ("inspector",), "supt": ("superintendent",), "dci": ("detective", "inspector"),
    "di": ("detective", "inspector"), "ds": ("detective", "sergeant"),
}
#: The roles above that name a man or a woman: only someone not known to be of the other.
ROLE_GENDERS = {"congressman": "male", "congresswoman": "female"}
#: Roles that are also what many people are called and name no one in particular.
TOO_COMMON = frozenset("man woman person people one source official member supporter critic voter".split())
#: Nouns a description may call a named person by, beyond the roles of ``unnamed``: "the Florida senator".
TITLES = frozenset("""
senator governor president congressman congresswoman nominee candidate pope pontiff prince princess king queen
actress actor columnist businessman businesswoman mogul billionaire chairman chairwoman chair speaker ambassador
general admiral colonel comedian singer star founder ceo bishop cardinal cleric premier chancellor emir sheikh
uncle aunt cousin widow veteran coach pollster striker midfielder defender goalkeeper forward winger quarterback
pitcher batsman bowler boxer champion captain rookie inspector superintendent sergeant constable
""".split())
#: An age as a description: "the 23-year-old"; and as one set after a name: "Kofi Mensah, 23,".
AGED = regex.compile(r"\d{1,3}-year-old")
AGE_AFTER = regex.compile(r",[ \t]+(\d{1,3}),")
#: Nouns for someone of an age in these years: "the teenager" is the one just named as 19 or "a 16-year-old".
YOUTHS, YOUTH_YEARS = frozenset("teenager teen youngster".split()), range(13, 20)
NOUNS = (ROLES | GENDERED_ROLES.keys() | TITLES) - TOO_COMMON
#: How many people named last before a description may stand between it and the one it means, and
#: how many mentions back they are looked for.
RECENT, RECENT_MENTIONS = 3, 60
#: How many times a role given to one person is kept: enough for the words around it.
HELD_ENTRIES = 8
#: Words that count the people of a description that means a list named before: "the two men", "the pair".
COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2, "pair": 2, "couple": 2, "duo": 2, "trio": 3}
#: The nouns such a description may count, in the singular: "the two lawmakers", "both officials".
COUNTED_NOUNS = NOUNS | TOO_COMMON
#: Plural nouns that mean the people of the list just named uncounted, with how many they are (0: any number):
#: "Tom Fane and Neil Fane run the farm. “…,” the brothers said".
EPITHETS = {"brothers": 0, "sisters": 0, "siblings": 0, "twins": 2, "newlyweds": 2, "girls": 0, "boys": 0,
            "teenagers": 0, "teens": 0}
#: The gender the people of such a plural are all of: "both men" are no list of women.
PLURAL_GENDERS = {"men": "male", "brothers": "male", "boys": "male", "women": "female", "sisters": "female",
                  "girls": "female"}
#: The adjective and land of a people word whose stem they do not start with: "the Spaniard" is someone called
#: Spanish or of Spain.  The "-man" words are keyed by what comes before it: "French" of Frenchman, Frenchwoman.
KINDRED = {
    "spaniard": ("spanish", "spain"), "dane": ("danish", "denmark"), "pole": ("polish", "poland"),
    "finn": ("finland",), "swiss": ("switzerland",), "cypriot": ("cyprus",), "norwegian": ("norway",),
    "filipino": ("philippine",), "filipina": ("philippine",), "french": ("france",), "english": ("england",),
    "irish": ("ireland",), "welsh": ("wales",), "dutch": ("netherlands", "holland"),
}
#: How far back a list is looked for by such a description.
LIST_REACH = 1000
#: What opens a party-state tag after a name: "Sen. Omar Massoud (R-Ohio)", "Rep. Tom Fane, R-Texas,".
TAG_OPENER = regex.compile(r"[ \t]*[(,][ \t]*")
#: Words before a name read for its role, and how far back.
BEFORE_WORDS, BEFORE_REACH = 4, 60
#: Words that end the words of title read back from a name: "and Lisa Curtis", "met Ahmad Massoud".
BESIDE_STOPS = frozenset("and or but with to by for from of as than at in on the a an met said says told".split())


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue's subject is a description of someone the article names."""
    finding = scene.findings[index]
    if finding.subject_type != "phrase" or finding.antecedent is not None:
        return None
    words = description_words(finding.subject.text)
    count = counted(words)
    if count:
        return listed(scene, index, count, PLURAL_GENDERS.get(words[-1]), finding.subject.start - LIST_REACH)
    if len(words) == 2 and words[0] == "the" and words[1] in EPITHETS:
        # Uncounted, only the list its own paragraph names: "the newlyweds" may be others than the last two named.
        return listed(scene, index, EPITHETS[words[1]], PLURAL_GENDERS.get(words[1]), scene.paragraphs[index][0])
    if len(words) < 2 or words[0] != "the":
        return None
    if words[-1] in BODIES:
        return body(scene, index, words[-1])
    if people_noun(words[-1].capitalize()):
        return national(scene, index, words)
    if words[-1] not in NOUNS | YOUTHS and not AGED.fullmatch(words[-1]):
        return None
    head, cast, start = words[-1], scene.cast, finding.subject.start
    known = read_roles(scene, cast.before(start))
    # What each of the last people named was called before the description.
    held: dict[int, set[str]] = {}
    for person in last_named(scene, start):
        for offset, context in known.held.get((person, head), ()):
            if offset < start:
                held.setdefault(person, set()).update(context)
    if not held and AGED.fullmatch(head):
        held = {person: set() for person in unaged(scene, index, head, known)}
    if not held and head in YOUTHS:
        held = youths(known, last_named(scene, start), start)
    holders = list(held)
    if not holders:
        return None
    marks = {word.lower() for word in finding.subject.text.split()[1:-1] if word[:1].isupper()}
    chosen = next((person for person in holders if marks <= held[person]), None)
    if chosen is None and len(holders) == 1 and known.only_holder(head, holders[0], start):
        chosen = holders[0]
    if chosen is None:
        return None
    person = cast.people[chosen]
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)


@attrs.define
class Roles:
    """The roles an article's mentions give their people, read once each, in order, as far as asked."""

    #: How many mentions have been read.
    read: int = 0
    #: (person, role) to where it was given and the words around, the first HELD_ENTRIES of them.
    held: dict[tuple[int, str], list[tuple[int, frozenset[str]]]] = attrs.Factory(dict)
    #: Each role to the people given it, in the order they first were, with where.
    holders: dict[str, list[tuple[int, int]]] = attrs.Factory(dict)

    def only_holder(self, head: str, person: int, offset: int) -> bool:
        """True when no one but ``person`` was given role ``head`` before ``offset``."""
        for start, holder in self.holders.get(head, ()):
            if start >= offset:
                break
            if holder != person:
                return False
        return True


def unaged(scene: Scene, index: int, head: str, known: Roles) -> list[int]:
    """The one person named before an age no one was given, in its paragraph and outside quotes, given no other age.

    "Mensah, who has now scored in five straight games, said …. “…,” the
    23-year-old said": Mensah.  Not when the paragraph names another person
    or already holds the age ("a 23-year-old fan"), and not someone the
    article gave another age.
    """
    cast, start = scene.cast, scene.findings[index].subject.start
    low = scene.paragraphs[index][0]
    if scene.text.find(head, low, start) >= 0:
        return []
    level, named = inside_quote(scene, start), set()
    for number in range(cast.before(start) - 1, cast.before(low) - 1, -1):
        person = cast.people[cast.referents[number]]
        if quote_of(scene, number) == level and person.kind == "person" and not person.place:
            named.add(cast.referents[number])
    if len(named) != 1 or any(person in named and AGED.fullmatch(role) for person, role in known.held):
        return []
    return list(named)


def youths(known: Roles, named: list[int], offset: int) -> dict[int, set[str]]:
    """Those of ``named`` given an age of YOUTH_YEARS before ``offset``, each with the words around it, in order.

    "Tom Maddox, 19, wrapped it up. The teenager said": Maddox, as "Ana
    Curtis, a 16-year-old from Leeds"; not someone given 34.
    """
    held: dict[int, set[str]] = {}
    for (person, role), entries in known.held.items():
        if person in named and AGED.fullmatch(role) and int(role.split("-")[0]) in YOUTH_YEARS:
            for where, context in entries:
                if where < offset:
                    held.setdefault(person, set()).update(context)
    return {person: held[person] for person in named if person in held}


def counted(words: list[str]) -> int:
    """How many people a description that counts them means: "the two men" 2, "both leaders" 2; else 0.

    "The two", "the pair", "the two lawmakers" and "both women" count; a
    numeral before a word that names no people ("the two-page memo", "both
    houses") is no such description.
    """
    if len(words) == 2 and words[0] == "the" and words[1] in COUNTS:
        return COUNTS[words[1]]  # "the two", "the pair"
    if len(words) == 3 and words[0] == "the" and words[1] in COUNTS or len(words) == 2 and words[0] == "both":
        head = words[-1]
        if head in ("men", "women", "people") or head.endswith("s") and head[:-1] in COUNTED_NOUNS:
            return COUNTS[words[-2]]
    return 0


def body(scene: Scene, index: int, head: str) -> Attribution | None:
    """Quote ``index`` credited to the body the article named that its description means: "the agency said"."""
    finding = scene.findings[index]
    person = named_body(scene, finding.subject.start, head)
    if person is None:
        return None
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)


def listed(scene: Scene, index: int, count: int, gender: str | None, floor: int) -> Attribution | None:
    """The people of the last list of ``count`` names (0: any) from ``floor`` to quote ``index``'s description.

    A list with someone of the other gender than ``gender`` is passed over: "both men" are not "Sue Hale and Kate
    Bell".
    """
    finding = scene.findings[index]
    start = finding.subject.start
    members = next((members for members in lists_before(scene, start, floor)
                    if gender is None or all(member.gender in (None, gender) for _, member in members)), None)
    if members is None or count and len(members) != count:
        return None  # no list, or the last one names others than the description counts
    return Attribution(index, group_name(members), "group",
                       finding.subject, finding.cue, NAME, CONFIDENCE)


def national(scene: Scene, index: int, words: list[str]) -> Attribution | None:
    """Quote ``index`` credited to the one of the last people named whom its description calls by a people or party.

    "The Frenchman" is someone the article called French ("Bernard
    Martinon, a French diplomat"), "the Texan" someone of Texas and "the
    Wisconsin Republican" a Republican: the words the article set beside
    the name (``called``) hold one with the people word's stem, and its
    other words ("Wisconsin") too; the latest such person.  When no one is
    called so, a plain description ("the Republican") means the one person
    named last, if no other was named with them.
    """
    finding = scene.findings[index]
    start, cast = finding.subject.start, scene.cast
    named = last_named(scene, start)
    context: dict[int, set[str]] = {person: set() for person in named}
    last = cast.before(start) - 1
    for number in range(last, max(-1, last - RECENT_MENTIONS), -1):
        if cast.referents[number] in context:
            context[cast.referents[number]].update(called(scene, number))
    stems = people_stems(words[-1])
    holders = [person for person in named if any(word.startswith(stems) for word in context[person])]
    # "The Wisconsin Republican" is none of the Republicans the article never placed in Wisconsin.
    marks = {word.lower() for word in finding.subject.text.split()[1:-1] if word[:1].isupper()}
    chosen = next((person for person in holders if marks <= context[person]), None)
    if chosen is None and not holders and not marks and len(named) == 1:
        chosen = named[0]  # "Presidential candidate Ben Carson …" and then "the Republican said": no one else
    if chosen is None:
        return None
    person = cast.people[chosen]
    return Attribution(index, person.name, person.kind, finding.subject, finding.cue, NAME, CONFIDENCE,
                       person.description)


def called(scene: Scene, number: int) -> set[str]:
    """The words mention ``number`` is set beside, in lower case.

    Its honorific, the words of title just before it back to a clause's
    word or a mark ("Former Texas Gov."), and the description after it
    (", a French diplomat,").
    """
    text, mention = scene.text, scene.cast.mentions[number]
    words = {word.lower().rstrip(".") for word in mention.honorific.split()}
    for word in reversed(text[title_start(scene, number): mention.start].split()):
        if word[-1] in ",;:!?\"”" or word.lower() in BESIDE_STOPS:
            break
        words.add(word.lower().rstrip("."))
    if text.startswith(",", mention.end):
        words.update(description_words(appositive(text, mention.end) or ""))
    return words | tagged(text, mention.end)


def title_start(scene: Scene, number: int) -> int:
    """Where the words of title before mention ``number`` may start: within BEFORE_REACH, in its own sentence and
    after the person named before it.

    "Brazilian forward Rafael Massoud scored twice. Ben Curtis came off
    injured": "Brazilian" calls Massoud, not Curtis; nor, in "French
    midfielder Luc Martinon scored after Kasim Yarmand fouled Tom Maddox",
    Yarmand or Maddox.
    """
    cast, start = scene.cast, scene.cast.mentions[number].start
    low = sentence_start(scene.text, max(0, start - BEFORE_REACH), start)
    for before in range(number - 1, -1, -1):
        end = cast.mentions[before].end
        if end <= low:
            break
        person = cast.people[cast.referents[before]]
        if end <= start and person.kind == "person" and not person.place:
            return end
    return low


def tagged(text: str, end: int) -> set[str]:
    """The party and state, in lower case, of a tag after a name that ends at ``end``: "(D-N.Y.)" gives new, york,
    democrat."""
    opener = TAG_OPENER.match(text, end)
    tag = PARTY_TAG.match(text, opener.end()) if opener is not None else None
    if tag is None:
        return set()
    return {PARTY_LETTERS[tag.group(1)].lower(), *STATES[tag.group(2)].lower().split()}


def people_stems(word: str) -> tuple[str, ...]:
    """What a people word shares with the words for its land or its adjective: "texa" of Texan, "french" of
    Frenchman, and "spanish" and "spain" of Spaniard (KINDRED)."""
    for ending in ("woman", "man"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return (word[: -len(ending)], *KINDRED.get(word[: -len(ending)], ()))
    return (word[: max(4, len(word) - 2)], *KINDRED.get(word, ()))


def read_roles(scene: Scene, upto: int) -> Roles:
    """The roles of the article's mentions, read up to mention ``upto``."""
    known = scene.cache.get(NAME)
    if known is None:
        known = scene.cache[NAME] = Roles()
    cast = scene.cast
    for number in range(known.read, upto):
        person = cast.referents[number]
        if cast.people[person].kind != "person" or cast.people[person].place:
            continue
        start = cast.mentions[number].start
        for heads, context in roles_at(scene, number):
            for head in heads:
                entries = known.held.setdefault((person, head), [])
                if not entries:
                    known.holders.setdefault(head, []).append((start, person))
                if len(entries) < HELD_ENTRIES:
                    entries.append((start, frozenset(context)))
    known.read = max(known.read, upto)
    return known


def last_named(scene: Scene, offset: int) -> list[int]:
    """The last RECENT people (as cast indices) named before ``offset``, the latest first.

    No more than RECENT_MENTIONS mentions back: a description refers to someone just named.
    """
    cast, found = scene.cast, []
    last = cast.before(offset) - 1
    for number in range(last, max(-1, last - RECENT_MENTIONS), -1):
        person = cast.referents[number]
        if person not in found and cast.people[person].kind == "person" and not cast.people[person].place:
            found.append(person)
            if len(found) == RECENT:
                break
    return found


def roles_at(scene: Scene, number: int) -> list[tuple[list[str], set[str]]]:
    """The roles mention ``number`` gives its person, each with the words around that gave it.

    From its honorific ("Sen."), the words just before it ("Republican
    presidential candidate", "Massoud's uncle,") and a description after it
    (", the Florida senator,").
    """
    text, mention = scene.text, scene.cast.mentions[number]
    given = []
    # A comma may part the role from the name: "Ahmad Massoud's uncle, Ahmad Wali Massoud".
    before = [word.rstrip(",") for word in text[max(0, mention.start - BEFORE_REACH): mention.start].split()]
    before = before[-BEFORE_WORDS:]
    # "Florida Sen. Marco Rubio", "Sen. Marco Rubio (R-Fla.)": Florida's senator
    around = {word.lower() for word in before} | tagged(text, mention.end)
    gender = scene.cast.people[scene.cast.referents[number]].gender
    for word in mention.honorific.split():
        plain = word.lower().rstrip(".")
        roles = [role for role in HONORIFIC_ROLES.get(plain, (plain,))
                 if gender is None or ROLE_GENDERS.get(role, gender) == gender]
        given.append((roles, around | {plain}))
    if before and before[-1].isalpha() and before[-1].islower():
        # "Republican presidential candidate Donald Trump", "former secretary of state Hillary Clinton"
        given.append(([before[-1]] + [before[at - 1] for at in range(1, len(before)) if before[at] == "of"], around))
    if text.startswith(",", mention.end):
        description = appositive(text, mention.end)
        words = description_words(description) if description else []
        if words:
            given.append(([words[-1]], set(words)))
        # An age is a description too: "Kofi Mensah, 23," and "a 23-year-old striker" are "the 23-year-old".
        age = AGE_AFTER.match(text, mention.end)
        aged = [age.group(1) + "-year-old"] if age else [word for word in words if AGED.fullmatch(word)]
        if aged:
            given.append((aged, set(words)))
    return given
