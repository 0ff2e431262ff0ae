"""Mentions of people and organisations, grouped into the cast of one article.

Name mentions (see ``names``) become people the way a reader links them: a
full name introduces a person; a surname or given name alone, with or
without an honorific, refers back to the most talked-about person introduced
with it ("Mr. Massoud" is Ahmad Massoud, not Ahmad Shah Massoud, his father,
who is named only "the son of …" or "the late …").  Gender comes from honorifics, from a list of common given names
and from the pronouns attribution resolves to a person.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from bisect import bisect_left

import attrs
import regex

from quotecheck.cues import WORDS as CUE_WORDS
from quotecheck.families import FAMILY_JOINS, family_of, shared_surname, surnames_of
from quotecheck.names import JOIN_WORDS, Mention, mentions, nickname_in
from quotecheck.namewords import HONORIFICS, KIN_GENDERS, NEWSPAPER_WORDS, ORGANISATION_WORDS, PARTICLES, ROLES
from quotecheck.roster import Roster, given_name_gender
from quotecheck.sentences import sentence_spans

#: Party members named by their party alone: "Republicans say", "Republican voters". A group, never one person.
PARTISANS = frozenset("""
Republican Republicans Democrat Democrats Democratic Libertarian Libertarians Tory Tories
""".split())
#: The endings of words that call a whole people, not one of them: "the French", "the Chinese", "the Swiss".
COLLECTIVE_ENDINGS = ("s", "ese", "ish", "ch", "sh")
#: Last words that make a name of several words a place: "Sioux City", "Loudoun County", "Times Square".
PLACE_WORDS = frozenset("""
City County Valley River Island Islands Mountains Beach Springs Falls Street Avenue Square Heights Harbor
Canyon Peninsula Strait Ocean Gulf Province Airport Stadium Arena
""".split())
#: The paragraph break after the first text of an article, its headline.
HEADLINE_END = regex.compile(r"(?<=\S)[ \t]*\r?\n[ \t]*\r?\n")
#: A paragraph of front matter, a note, a headline or a deck, has at most FRONT_LINES lines of
#: at most FRONT_LINE characters; a lede runs longer.
FRONT_LINE, FRONT_LINES = 130, 3
#: How a sentence ends, and a headline does not.
SENTENCE_CLOSES = tuple(".?!\"”’")
#: A title-case line: at most TITLE_LENGTH characters, with at least TITLE_WORDS words of TITLE_WORD
#: letters or more, all of them capitalised but for the short words some headlines leave in lower case.
TITLE_WORD, TITLE_WORDS, TITLE_LENGTH = 4, 3, 200
#: How far into an article its headline and deck may run.
TITLE_REACH = 600
TITLE_LOWER = frozenset("with from into onto upon over amid about after than that this like near says said".split())
LOWER_WORD = regex.compile(rf"(?<!\S)\p{{Ll}}\S{{{TITLE_WORD - 1},}}")
CAPITAL_WORD = regex.compile(rf"(?<!\S)\p{{Lu}}\S{{{TITLE_WORD - 1},}}")
#: A mention after these words is about someone else's subject: "the son of", "the late".
SIDELINED = frozenset({"of", "late"})
#: Particles as a sentence's first word, or some names, write them: "De Blasio", "Le Drian".
CAPITAL_PARTICLES = frozenset(particle.capitalize() for particle in PARTICLES)
#: How many people who share a short name, the latest named, a mention of it alone is weighed against: more than
#: any article names alike (13 at most in PolNeAR), few enough to keep each mention's work bounded.
SHARERS = 32
#: How far back, at most, the full name is looked for that a surname alone just after it may mean (``just_named``).
JUST_NAMED_REACH = 600
#: Words after a surname that tell a generation, not a name: "Donald Trump Jr.", and the older or younger they mean.
GENERATIONS = {"Jr": -1, "Jr.": -1, "Sr": 1, "Sr.": 1, "II": -1, "III": -1, "IV": -1}
#: A surname after these means one of two people who share it by age: "the elder Massoud", "the younger Mr. Trump".
AGE_BEFORE = regex.compile(r"(?<!\p{L})(?:[Tt]he|[Hh]is|[Hh]er)[ \t\n](elder|older|younger|young)[ \t\n]+(?=\p{Lu})")
AGE_WORDS = {"elder": 1, "older": 1, "younger": -1, "young": -1}
#: Kin words around a name that tell its generation: "the son of Ahmad Shah Massoud" is the elder, "his son
#: Ahmad Massoud" and "Mr. Massoud's father" the younger.
ELDER_BEFORE = regex.compile(
    r"(?:\b(?:son|daughter|sons|daughters|children|child|heir|widow)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+late[ \t\n]+)?"
    r"|\b(?:late|father,?|mother,?|grandfather,?|grandmother,?)[ \t\n]+)\Z", regex.IGNORECASE)
YOUNGER_BEFORE = regex.compile(
    r"(?:\b(?:father|mother|parents?)[ \t\n]+of[ \t\n]+|\b(?:son|daughter|grandson|granddaughter),?[ \t\n]+)\Z",
    regex.IGNORECASE)
ELDER_AFTER = regex.compile(r"['’]s[ \t\n]+(?:\p{Ll}+[ \t\n]+)?(?:son|daughter|sons|daughters|children)\b"
                            r"|,[ \t\n]+(?:the|his|her)[ \t\n]+(?:father|mother)\b")
YOUNGER_AFTER = regex.compile(r"['’]s[ \t\n]+(?:late[ \t\n]+)?(?:father|mother|parents)\b"
                              r"|,[ \t\n]+(?:the|his|her)[ \t\n]+(?:\p{Ll}+[ \t\n]+)?(?:son|daughter)\b")
#: How far before a name its kin words are read.
KIN_REACH = 30
#: Family a possessive gives just before a name set beside it: "Her son, Rory,".
KIN_BEFORE = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(" + "|".join(KIN_GENDERS) + r"),[ \t]*\Z")
#: A name after these reads as a place or a body: "in Kabul", "to France", "the Taliban".
LOCATIVE = frozenset({"in", "from", "to", "across", "into", "near", "throughout", "outside", "inside", "the"})
#: What parts the names of a list: "in Ohio, Pennsylvania, Virginia and Wisconsin".
LIST_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or "})
#: A lower-case word after "the" and a name, which makes the name a modifier of it: "the Sanders campaign".
MODIFIED = regex.compile(r"[ \t]+(\p{Ll}+)\b")
#: A list going on after a name: "the Clinton and Sanders camps", "the Clinton, Sanders and Trump campaigns".
JOINED_AFTER = regex.compile(r"[ \t]*(?:,|&|(?:and|or)\b)")
#: Lower-case words that go on a sentence or a phrase after a name rather than take it as a modifier: "the
#: Taliban said", "the Houthis and".
NOT_MODIFIED = CUE_WORDS | frozenset("""
is are was were be been has have had will would can could may might must should shall does did do
and or nor but of in on at to for with by from as than that which who whose where when while
""".split())

#: Roles in lower case that a name stands before as their holder's side, with the holder named after them, perhaps
#: with a word or two that say which role: "Rovers manager Steve Bannon", "Sanders campaign manager Jeff Weaver".
#: The name there is no one who acts, and no one a pronoun after means.
HELD_ROLES = frozenset(role.lower() for role in ROLES) | frozenset("""
captain coach boss skipper striker goalkeeper midfielder defender winger owner chairman chairwoman president
director secretary minister official deputy
""".split())
ROLE_QUALIFIERS = frozenset("""
campaign press communications deputy assistant senior chief national security foreign policy political top former
longtime team club first-team administration transition
""".split())
HELD_ROLE = regex.compile(
    rf"(?:[ \t]+(?:{'|'.join(sorted(ROLE_QUALIFIERS))})){{0,2}}[ \t]+(?:{'|'.join(sorted(HELD_ROLES))})[ \t]+"
)
#: The most characters between a name and its holder's name after such a role.
HELD_REACH = 2 + max(map(len, ROLE_QUALIFIERS)) * 2 + max(map(len, HELD_ROLES)) + 3
#: What stands between two sides when one beats the other: "Rovers beat Athletic".  Sides an article names by one
#: word alone, and no one by their full name, are teams, not people.
RESULT_VERBS = ("beat", "beats", "lost to", "loses to", "drew with", "draws with")
RESULTS = frozenset(f" {verb} {the}" for verb in RESULT_VERBS for the in ("", "the "))
RESULT_LENGTH = max(map(len, RESULTS))


@attrs.define
class Person:
    """Someone, or some body, an article names; filled in as mentions arrive."""

    name: str
    words: tuple[str, ...]
    title: str = ""
    gender: str | None = None
    kind: str = "person"
    description: str | None = None
    first_seen: int = 0
    salience: int = 0
    place: bool = False
    #: Named in full, with an honorific, or inside a sentence: not just a capitalised first word.
    named: bool = False
    #: The generation a name gives against others of the same surname: 1 the elder ("Sr."), -1 the
    #: younger ("Jr."); what the article says around its mentions is read when it matters (``by_age``).
    age: int = 0


def is_organisation(words: tuple[str, ...]) -> bool:
    """True when a name reads as a body rather than a person: "Brent Bozell III" and "Don Guardian" are persons."""
    if len(words) > 2 and words[-1] in GENERATIONS:
        return False
    if len(words) == 2 and words[-1] in NEWSPAPER_WORDS and given_name_gender(words[0]) is not None:
        return False  # a paper's word as a surname: "Don Guardian", "Emily Post"
    last = words[-1].replace(".", "")
    # A body's acronym may open a name too: "the CIA Benghazi outpost", "the FBI Washington field office".
    return words[-1] in ORGANISATION_WORDS or (last.isupper() and len(last) > 1) or not JOIN_WORDS.isdisjoint(words) \
        or words[0].isupper() and words[0] in ORGANISATION_WORDS


@attrs.define
class Cast:
    """The people of one article and which mention refers to whom."""

    people: list[Person] = attrs.Factory(list)
    mentions: list[Mention] = attrs.Factory(list)
    referents: list[int] = attrs.Factory(list)
    starts: list[int] = attrs.Factory(list)
    #: Full names (without initials) and short forms, to the people they name.
    full_names: dict[tuple[str, ...], list[int]] = attrs.Factory(dict)
    short_names: dict[str, list[int]] = attrs.Factory(dict)
    #: The mentions of a name that modifies a noun ("the Obama administration"): no one who acts there.
    modifiers: set[int] = attrs.Factory(set)
    #: Where the first paragraph, the headline, ends.
    headline_end: int = 0
    #: What the words around the first ``kin_read`` mentions say of each person's generation (see ``by_age``).
    kin: dict[int, int] = attrs.Factory(dict)
    kin_read: int = 0
    #: The short names some mention has used alone so far ("Maddox", "Mr. Maddox"), but for one ``just_named``
    #: gave: the article has shown whom it means by them.
    used_alone: set[str] = attrs.Factory(set)

    def add(self, person: Person) -> int:
        """Add a person and index the names they can be called by."""
        index = len(self.people)
        self.people.append(person)
        words = person.words
        if len(words) == 1:
            # Most people of an article are named by one word: it is their full name and, unless
            # it joins a body's name, their short form (``surname_forms``).
            self.full_names.setdefault(words, []).append(index)
            if words[0] not in JOIN_WORDS:
                self.short_names.setdefault(words[0], []).append(index)
            return index
        self.full_names.setdefault(without_initials(words), []).append(index)
        for form in surname_forms(words):
            self.short_names.setdefault(form, []).append(index)
        return index

    def person_of(self, index: int) -> Person:
        """The person mention ``index`` refers to."""
        return self.people[self.referents[index]]

    def mention_index(self, start: int) -> int | None:
        """The index of the mention that starts at ``start``, if any."""
        found = bisect_left(self.starts, start)
        if found < len(self.starts) and self.starts[found] == start:
            return found
        return None

    def before(self, offset: int) -> int:
        """How many mentions start before ``offset``."""
        return bisect_left(self.starts, offset)


def surname_forms(words: tuple[str, ...]) -> set[str]:
    """The short forms a full name is referred back by: "Gaulle", "de Gaulle", "le Drian", "Massoud".

    A particle inside a name may be written with a capital ("Jean-Yves Le
    Drian"); the short form keeps it in lower case, as ``lowered`` looks it up.
    A generation after a surname is no part of it: "Donald Trump Jr." is "Trump".
    """
    if len(words) > 2 and words[-1] in GENERATIONS:
        words = words[:-1]
    if not JOIN_WORDS.isdisjoint(words):
        return set()  # "the University of Chicago": "Chicago" alone is the city
    forms = {words[-1], words[0]}
    if len(words) > 2:
        forms.update(" ".join((word.lower(), *words[index + 1:])) for index, word in enumerate(words)
                     if 0 < index < len(words) - 1 and word.lower() in PARTICLES)
    return forms


def lowered(cast: Cast, words: tuple[str, ...]) -> tuple[str, ...]:
    """A name that opens with a capitalised particle, as the short form of someone named in full, when it is one.

    "Le Drian" and "De Blasio" (at a sentence's start) are Jean-Yves Le
    Drian and Bill de Blasio; "Al Gore" and "Van Jones", whom no one's full
    name ends with, stay full names.
    """
    if len(words) > 1 and words[0] in CAPITAL_PARTICLES:
        short = (words[0].lower(), *words[1:])
        if " ".join(short) in cast.short_names:
            return short
    return words


def without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name without middle initials, so "Donald J. Trump" is "Donald Trump"."""
    if len(words) < 3:
        return words
    return tuple(word for index, word in enumerate(words) if not (index and len(word) == 2 and word[1] == ".")) or words


def short_form(words: tuple[str, ...]) -> bool:
    """True when a name is a surname or given name alone, such as "Massoud" or "de Gaulle"."""
    return len(words) == 1 or words[0] in PARTICLES


def candidates(cast: Cast, words: tuple[str, ...], gender: str | None = None) -> list[int]:
    """The people a name could refer back to, best first; ``gender`` (from Mr. or Mrs.) rules out the others."""
    if words[0] in CAPITAL_PARTICLES:
        words = lowered(cast, words)
    if not short_form(words):
        return cast.full_names.get(without_initials(words), [])
    # Only the latest people to share a short name are weighed, so an article naming thousands alike stays linear.
    found = cast.short_names.get(" ".join(words), [])[-SHARERS:]
    if gender is not None and len(found) > 1:
        # "Mr. Wanjiru" after Mercy and Joseph Wanjiru is Joseph: one known to be of the gender first, then
        # those of no gender known.
        same = [index for index in found if cast.people[index].gender == gender]
        found = same or [index for index in found if cast.people[index].gender is None]
    return sorted(found, key=lambda index: -cast.people[index].salience) if len(found) > 1 else found


def upgrade(cast: Cast, words: tuple[str, ...]) -> int | None:
    """A person named only by surname so far, now named in full.

    The surname stood in the headline ("Massoud Says …"), with an honorific
    ("Mr. Yarmand"), or only where a sentence or a subhead opens ("Trump,
    …"); and no more than twice.
    """
    if words[-1] in JOIN_WORDS:
        return None
    # Those named by the surname alone, read without the people of the article whose names end in it.
    for index in cast.full_names.get((words[-1],), []):
        person = cast.people[index]
        early = person.first_seen < cast.headline_end or person.title or not person.named
        if person.words == (words[-1],) and person.kind == "person" and not person.place and early \
                and person.salience <= 2:
            person.name, person.words = " ".join(words), words
            cast.full_names.setdefault(without_initials(words), []).append(index)
            for form in surname_forms(words):
                if index not in cast.short_names.setdefault(form, []):
                    cast.short_names[form].append(index)
            if person.gender is None:
                person.gender = given_name_gender(words[0])
            return index
    return None


def link(cast: Cast, mention: Mention, roster: Roster) -> int:
    """The index of the person ``mention`` refers to, adding one when new."""
    entry = roster.lookup(mention.name) if roster.entries else None
    words = tuple(entry.name.split()) if entry else mention.words
    found = candidates(cast, words, honorific_gender(mention.honorific) if mention.honorific else None)
    if found:
        return found[0]
    if entry is None and roster.entries and short_form(words):
        known = roster.by_surname(" ".join(words))
        if len(known) == 1:  # a surname the desk knows, before the article names the person in full
            entry, words = known[0], tuple(known[0].name.split())
            found = candidates(cast, words)
            if found:
                return found[0]
    if not short_form(words):
        named_before = upgrade(cast, words)
        if named_before is not None:
            return named_before
    name = " ".join(words)
    person = Person(name, words, first_seen=mention.start)
    known = places()
    if entry:
        person.title, person.kind = entry.title or "", entry.kind
        person.gender = entry.gender if entry.gender in ("male", "female") else None
        person.description = entry.description
    elif name in known["places"] or len(words) == 1 and name + "." in known["places"]:
        # "Washington said": a government; "Wis" of "MADISON, Wis. —", its point read as a full stop, a state.
        person.kind, person.place = "organisation", True
    elif name in known["peoples"] or name in PARTISANS:
        person.kind, person.place = "group", True
    elif is_organisation(words):
        person.kind = "organisation"
    elif len(words) > 1 and words[-1] in PLACE_WORDS:
        person.kind, person.place = "organisation", True
    elif len(words) > 1:
        person.gender = given_name_gender(words[0])
        person.age = GENERATIONS.get(words[-1], 0)
    return cast.add(person)


def by_age(cast: Cast, mention: Mention, text: str, sign: int) -> int | None:
    """The person "the elder Massoud" (``sign`` 1) or "the younger Mr. Trump" (-1) means, of those who share a surname.

    The one the article makes the eldest or the youngest; None when the
    surname is one person's, or the article does not tell them apart.
    """
    sharing = cast.short_names.get(" ".join(lowered(cast, mention.words)), [])[-SHARERS:] \
        if short_form(mention.words) else []
    if len(sharing) < 2:
        return None
    # What the article said of each generation so far, read only once it matters, and each mention once.
    for number in range(cast.kin_read, len(cast.referents)):
        said = kin(text, cast.mentions[number])
        if said:
            cast.kin[cast.referents[number]] = cast.kin.get(cast.referents[number], 0) + said
    cast.kin_read = len(cast.referents)
    ages = {index: cast.people[index].age + cast.kin.get(index, 0) for index in sharing}
    if len({age * sign for age in ages.values()}) < 2:
        return None
    return max(sharing, key=lambda index: ages[index] * sign)


def just_named(cast: Cast, mention: Mention, text: str) -> int | None:
    """The one of several people who share a surname whom its first mention alone means by being named just before.

    "Ruth Maddox runs the farm. Gerald Maddox still walks the vineyard.
    “…,” Maddox said": Gerald, though Ruth is the more talked about.  Only
    when no mention has used the surname alone but by this rule: once one
    has, the article has shown whom it means by it ("Clinton" for the
    candidate, even just after "Bill Clinton said …"); and only when the
    last of the sharers named is named in full, in the same paragraph and
    an earlier sentence ("Bill Clinton said Clinton supporters …" means
    another), or by the surname alone that this rule gave ("…,” Maddox
    added").  The sharers are people named in full with a given name; an
    honorific's gender must fit.  None when the rule does not apply.
    """
    surname = lowered(cast, mention.words)
    key = " ".join(surname)
    if len(cast.short_names.get(key, ())) < 2 or key in cast.used_alone:
        return None  # most names: one person's, or one the article already used alone
    sharing = {index for index in cast.short_names[key][-SHARERS:] if sharer(cast.people[index], surname)}
    if len(sharing) < 2:
        return None
    # The paragraph break is looked for only within reach: a paragraph without end costs no more than that.
    reach = mention.start - JUST_NAMED_REACH
    floor = max(text.rfind("\n\n", max(0, reach), mention.start), reach)
    number = len(cast.referents) - 1
    while number >= 0 and cast.mentions[number].start > floor and cast.referents[number] not in sharing:
        number -= 1
    if number < 0 or cast.mentions[number].start <= floor:
        return None
    latest, person = cast.mentions[number], cast.people[cast.referents[number]]
    gender = honorific_gender(mention.honorific) if mention.honorific else None
    if gender is not None and person.gender not in (None, gender):
        return None  # "Mrs. Maddox" is not Gerald
    if short_form(latest.words):
        # The surname alone again, which this rule gave (no other has used it): the same person; not a given name.
        return cast.referents[number] if lowered(cast, latest.words) == surname else None
    # The full name's sentence is not the mention's, and names no other sharer: "Gerald Maddox and Ruth Maddox".
    starts = [start for start, end in sentence_spans(text, max(0, floor), mention.end) if start < end]
    opens = max((start for start in starts if start <= latest.start), default=None)
    chosen = cast.referents[number]
    if opens is None or opens == starts[-1] or any(
            cast.referents[other] in sharing and cast.referents[other] != chosen
            for other in range(cast.before(opens), number)):
        return None
    return chosen


def sharer(person: Person, surname: tuple[str, ...]) -> bool:
    """True for a person named in full by a given name and ``surname``: not "Trump Tower", nor "Craig Patrick"."""
    return person.kind == "person" and not person.place and len(person.words) > len(surname) \
        and person.words[-len(surname):] == surname and given_name_gender(person.words[0]) is not None


def age_words(text: str) -> dict[int, int]:
    """Where a name after "the elder" or "the younger" would start, and which of the two it asks for (1 or -1)."""
    aged = {}
    for word in ("elder", "older", "young"):
        # A plain look for the word first: most articles have none.
        at = text.find(word)
        while at >= 0:
            # "the", "his" or "her" and a space before it
            found = AGE_BEFORE.match(text, at - 4) if at >= 4 else None
            if found is not None:
                aged[found.end()] = AGE_WORDS[found.group(1)]
            at = text.find(word, at + len(word))
    return aged


def kin(text: str, mention: Mention) -> int:
    """What the words around a mention say of the person's generation: 1 the elder, -1 the younger, 0 nothing."""
    before = max(0, mention.start - KIN_REACH)
    if ELDER_BEFORE.search(text, before, mention.start) or ELDER_AFTER.match(text, mention.end):
        return 1
    if YOUNGER_BEFORE.search(text, before, mention.start) or YOUNGER_AFTER.match(text, mention.end):
        return -1
    return 0


def headline_end(text: str) -> int:
    """Where an article's headline ends: after its first paragraph, or after a headline further down the front matter.

    A note or a slug may stand above the headline ("Invented for testing
    …", then "Yarmand Warns of a Long Winter").  After the first paragraph,
    the paragraphs within TITLE_REACH are read while they stay short, and
    the last of them that ends without a sentence's point, as headlines do,
    ends the headline.  The first long paragraph is the lede.
    """
    first = HEADLINE_END.search(text)
    if first is None:
        return 0
    end, position = first.start(), first.end()
    while position < TITLE_REACH:
        # A paragraph of front matter is short: the break after it is looked for no further.
        found = HEADLINE_END.search(text, position, position + FRONT_LINES * (FRONT_LINE + 2))
        stop = found.start() if found else len(text)
        paragraph = text[position: stop]
        if not front_matter(paragraph) or found is None:
            break  # the lede; and an article's last paragraph is no headline
        if not paragraph.rstrip().endswith(SENTENCE_CLOSES):
            end = stop
        position = found.end()
    return end


def front_matter(paragraph: str) -> bool:
    """True for a paragraph short enough to be a note, a headline or a deck: a lede runs longer."""
    lines = paragraph.splitlines()
    return len(lines) <= FRONT_LINES and max(map(len, lines), default=0) <= FRONT_LINE


def cast_of(text: str, *, roster: Roster | None = None) -> Cast:
    """Group the name mentions of ``text`` into people."""
    roster = roster or Roster(())
    cast = Cast()
    cast.headline_end = headline_end(text)
    settled: dict[tuple[str, ...], int] = {}  # names that can mean one person only
    results: list[tuple[int, int]] = []  # the people on either side of "beat": sides of a match if no one else
    # Where a name after "the elder" or "the younger" would start, and which of the two it asks for.
    aged = age_words(text)
    # Every mention is found before any is linked: it runs faster than linking each as it is found.
    cast.mentions = names_in_titles(text, list(mentions(text)))
    cast.starts = [mention.start for mention in cast.mentions]
    people, referents, mentioned = cast.people, cast.referents, cast.mentions
    # Where each next mention starts, the holder's name after a role ("Rovers manager Steve Bannon").
    following = cast.starts[1:] + [len(text) + HELD_REACH + 1]
    # Most articles report no result: the words are looked for once, not around every name.
    scored = any(verb in text for verb in RESULT_VERBS)
    known_places = place_words()
    surnames = surnames_of(mentioned)  # read once: a given name in a list or "the" and a plural ask it
    # ``number`` is the mention's index, and so how many referents are known before it.
    for number, mention in enumerate(mentioned):
        start, end, honorific, words = mention
        if len(words) == 1 and not honorific and text.startswith(FAMILY_JOINS, end) \
                and words[0] not in cast.short_names and words[0] not in known_places:
            # "Ann and Tom Fane": Ann is Ann Fane.
            shared = shared_surname(text, mentioned, number, surnames)
            if shared is not None:
                words, mention = shared, mention._replace(words=shared)
        # An age word chooses between people even of a name that meant one person when last seen.
        index = by_age(cast, mention, text, aged[start]) if start in aged else None
        if index is None:
            # A name settled to one person was used alone before, which ``just_named`` would ask first.
            index = settled.get(words)
        if index is None and short_form(words):
            index = just_named(cast, mention, text)
            if index is None:
                cast.used_alone.add(" ".join(lowered(cast, words)))
        if index is None:
            index = link(cast, mention, roster)
            if not honorific and (not short_form(words) or len(cast.short_names.get(" ".join(words), ())) == 1):
                settled[words] = index
        person = people[index]
        nickname = nickname_in(text, mention)
        if nickname is not None and index not in cast.short_names.setdefault(nickname, []):
            # Colin "Tiny" Bryce: "Tiny" alone calls him too.
            cast.short_names[nickname].append(index)
        # The word just before, when a space parts it from the name: most names follow one, and
        # the text before is read only then.
        if start and text[start - 1].isspace():
            before = text[max(0, start - 12): start]
            word_before = "" if before.isspace() else before.rsplit(None, 1)[-1]
        else:
            before = word_before = ""
        if word_before not in SIDELINED:
            person.salience += 1
        # "Rovers captain Lee Daws": the word before the next name is looked up first, the pattern tried only then.
        after, held = following[number], False
        if after - end <= HELD_REACH:
            space = text.rfind(" ", end, after - 1)
            held = space >= 0 and text[space + 1: after - 1] in HELD_ROLES \
                and HELD_ROLE.fullmatch(text, end, after) is not None
        # "the Sanders campaign", "The Adelson factor": a name that modifies a noun is neither named nor a place;
        # nor is a side before its captain or manager.
        modifier = held or word_before in ("the", "The") and len(words) == 1 and not honorific and modifies(text, end)
        if modifier:
            cast.modifiers.add(number)
        if not person.named and not modifier and (honorific or len(words) > 1 or (
                word_before[-1:].islower() or word_before[-1:] in (",", ";")) and "\n\n" not in before):
            person.named = True
        the_one = word_before in ("the", "The") and not modifier and not honorific and person.words == words \
            and len(words) == 1 and person.kind == "person" and not JOINED_AFTER.match(text, end)
        if the_one and family_of(mentioned, number, surnames):
            # "The Curtises said": the family, who speak together.
            person.name, person.kind, person.gender, person.named = f"the {words[0]}", "group", "plural", True
        elif person.first_seen == start and len(person.words) == 1 and not honorific and not modifier and (
                word_before.lower() in LOCATIVE or number and people[referents[-1]].place
                and text[mentioned[number - 1].end: start] in LIST_JOINS):
            # "in Kabul" the first time it is named, and "Virginia" after "in Ohio, Pennsylvania,": a place;
            # "to Massoud" later changes nothing.
            person.place = True
        elif the_one:
            # "The Regal will close": no one named by one word is "the" one; but "the Clinton and Sanders
            # camps" are theirs.
            person.place = True
        if scored and number and len(words) == 1 and start - mentioned[number - 1].end <= RESULT_LENGTH \
                and text[mentioned[number - 1].end: start] in RESULTS and len(mentioned[number - 1].words) == 1:
            results.append((referents[-1], index))
        if honorific:
            person.title = person.title or honorific
            if person.gender is None and person.kind == "person":
                person.gender = honorific_gender(honorific)
        elif person.gender is None and word_before.endswith(",") and len(words) == 1:
            # "Her son, Rory, said": one named only by a given name the lists may not know is of the kin's gender.
            kin = KIN_BEFORE.search(text, max(0, start - KIN_REACH), start)
            if kin is not None:
                person.gender = KIN_GENDERS[kin.group(1).lower()]
        referents.append(index)
    teams(cast, results)
    return cast


def teams(cast: Cast, results: list[tuple[int, int]]) -> None:
    """The sides of ``results`` ("Rovers beat Athletic") made bodies, of those the article names by one word alone.

    Only someone no one else is named after, with no title nor gender: not
    "Clinton" of "Clinton beat Sanders" in an article that names Hillary Clinton.
    """
    for pair in results:
        for index in pair:
            person = cast.people[index]
            if len(person.words) == 1 and person.kind == "person" and not person.title and person.gender is None \
                    and len(cast.short_names.get(person.words[0], ())) == 1:
                person.kind = "organisation"


def modifies(text: str, end: int) -> bool:
    """True when the name that ends at ``end`` modifies the lower-case noun after it: "the Obama administration"."""
    found = MODIFIED.match(text, end, end + 40)
    # A past tense goes on a sentence: "the Taliban captured".
    return found is not None and found.group(1) not in NOT_MODIFIED and not found.group(1).endswith("ed")


def names_in_titles(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions with each run of several words in a title-case line cut to the names in it.

    In a headline capitals do not tell names from other words: "Trump Stands
    Tall On Border Wall" gives the run "Trump Stands Tall".  Title lines are
    looked for where an article opens, in its first TITLE_REACH characters:
    the headline, a deck, a note.  A word is taken for part of a name when
    another mention of the article holds it, or when it is a given name or a
    particle.  A run of such words stays whole ("Mary Kay Henry"), and so
    does a run of two that does not open with one ("Cecile Richards"), unless
    only its second word is a name: then the run is that name, here and where
    a headline in sentence case opens (``opened_by``: "Derelict Obama",
    "Understated Perez raises …").  Otherwise the run keeps the stretches of
    name words that hold a word another mention holds ("Bush Hits Marco
    Rubio" names two).
    """
    lines: dict[int, bool] = {}  # the start of each line read, and whether it is a title
    runs = []
    for number, mention in enumerate(found):
        if mention.start > TITLE_REACH:
            break
        if len(mention.words) > 1 and title_line(text, mention.start, lines):
            runs.append(number)
    opener = bool(found) and headline_opener(text, found[0]) and 0 not in runs
    if not runs and not opener:
        return found
    titled = set(runs) | ({0} if opener else set())
    known = {word for number, mention in enumerate(found) if number not in titled for word in mention.words}
    changed = {number: names_in_run(text, found[number], known) for number in runs}
    if opener:
        # Only a surname the article gives with a given name or a title: "Thomas Perez", "President Obama".
        named = {mention.words[-1] for mention in found[1:] if len(mention.words) > 1 or mention.honorific}
        changed[0] = opened_by(text, found[0], known, named)
    return [part for number, mention in enumerate(found) for part in changed.get(number, (mention,))]


def headline_opener(text: str, mention: Mention) -> bool:
    """True for a run of two words, no honorific, that opens the article's first line."""
    return len(mention.words) == 2 and not mention.honorific and not text[:mention.start].strip()


def opened_by(text: str, mention: Mention, known: set[str], names: set[str] | None = None) -> list[Mention]:
    """A headline's opening run of two cut to its second word when only that is a name the article gives.

    ``known`` are the words of the article's other names, ``names`` those
    the second word must be among (``known`` when not given).  "Understated
    Perez raises political profile": Perez, whom the article names in full
    later; "Cecile Richards", "Atlantic City" and "Trump Tower" stay whole.
    """
    first, second = mention.words
    if second not in (known if names is None else names) or first in known or given_name_gender(first) is not None \
            or first.lower() in PARTICLES:
        return [mention]
    start = text.index(second, mention.start + len(first))
    return [Mention(start, start + len(second), "", (second,))]


def names_in_run(text: str, mention: Mention, known: set[str]) -> list[Mention]:
    """The names of a title-case run, given the name words ``known`` from the rest of the article.

    The run is read with its honorific, which may be title words taken for
    a rank ("Surprising Things Lisa Curtis"); an honorific such as "Sen."
    before a name kept stays with it.
    """
    tokens = tuple(mention.honorific.split()) + mention.words
    nameish = [token in known or token in PARTICLES or token in HONORIFICS or given_name_gender(token) is not None
               for token in tokens]
    if all(nameish):
        return [mention]
    if len(tokens) == 2 and not (tokens[0] in known and not nameish[1]):
        return opened_by(text, mention, known) if not mention.honorific else [mention]
    offsets, position = [], mention.start
    for token in tokens:
        offsets.append(text.index(token, position))
        position = offsets[-1] + len(token)
    parts, first = [], 0
    while first < len(tokens):
        last = first
        while last < len(tokens) and nameish[last]:
            last += 1
        titles = first
        while titles < last - 1 and tokens[titles] in HONORIFICS:
            titles += 1
        if any(token in known for token in tokens[titles: last]):
            parts.append(Mention(offsets[first], offsets[last - 1] + len(tokens[last - 1]),
                                 " ".join(tokens[first: titles]), tokens[titles: last]))
        first = last + 1
    return parts or [mention]


def title_line(text: str, offset: int, lines: dict[int, bool]) -> bool:
    """True when ``offset`` stands in a line of title case; ``lines`` keeps what was found of each line."""
    # A headline is short: a line that runs on past TITLE_LENGTH either way is read no further.
    line_start = text.rfind("\n", max(0, offset - TITLE_LENGTH), offset) + 1
    if line_start == 0 and offset > TITLE_LENGTH:
        return False
    if line_start not in lines:
        line_end = text.find("\n", offset, line_start + TITLE_LENGTH)
        if line_end < 0 and len(text) <= line_start + TITLE_LENGTH:
            line_end = len(text)
        lines[line_start] = line_end > line_start and title_case(text, line_start, line_end)
    return lines[line_start]


def title_case(text: str, start: int, end: int) -> bool:
    """True for a line ``text[start:end]`` whose longer words all open with a capital: a headline, not a sentence.

    A sentence that names several people still has a verb in lower case:
    "Lisa Curtis and Ahmad Massoud spoke."
    """
    # Most lines are sentences, told by their first longer word in lower case.
    for word in LOWER_WORD.finditer(text, start, end):
        if word.group() not in TITLE_LOWER:
            return False
    return len(CAPITAL_WORD.findall(text, start, end)) >= TITLE_WORDS


@functools.cache
def places() -> dict[str, frozenset[str]]:
    """The shipped lists of place names and of peoples and nationalities."""
    source = importlib.resources.files("quotecheck") / "data" / "places.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return {"places": frozenset(data["places"]), "peoples": frozenset(data["peoples"])}


@functools.cache
def place_words() -> frozenset[str]:
    """The names of places, peoples and parties, which no given name alone is: no surname completes them."""
    return places()["places"] | places()["peoples"] | PARTISANS


def people_noun(word: str) -> bool:
    """True for a word that calls one person by their people or party: "Frenchman", "Afghan", "Republican".

    Not a plural ("Afghans"), nor a word that calls a whole people ("the French", "the Chinese").  The one of a
    people listed in the plural is one too, though it is a given name as well and so not listed: "the Scot", "the
    Finn", "the Czech" (of Scots, Finns, Czechs).
    """
    peoples = places()["peoples"]
    return (word in PARTISANS or word in peoples) and not word.endswith(COLLECTIVE_ENDINGS) or word + "s" in peoples


def honorific_gender(honorific: str) -> str | None:
    """The gender an honorific such as Mr. or Ms. implies."""
    for word in honorific.split():
        if HONORIFICS.get(word):
            return HONORIFICS[word]
    return None
