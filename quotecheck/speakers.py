"""Mentions of people and organisations, grouped into the cast of one article.

A mention is a run of capitalised name words, with any honorifics before it
("Lt. Gen. Mirza Mohammad Yarmand", "Mr. Massoud") and name particles inside
it ("Charles de Gaulle").  Mentions become people the way a reader links
them: a full name introduces a person; a surname or given name alone, with or
without an honorific, refers back to the earliest person introduced with it
("Mr. Massoud" is Ahmad Massoud, introduced first, not Ahmad Shah Massoud,
his father).  Gender comes from honorifics, from a list of common given names
and from the pronouns attribution resolves to a person.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

import attrs
import regex

from quotecheck.roster import Roster, given_name_gender

#: Honorifics and ranks written before a name, with the gender they imply.
HONORIFICS = {
    "Mr.": "male", "Mr": "male", "Sir": "male", "Lord": "male", "King": "male", "Prince": "male",
    "Mrs.": "female", "Mrs": "female", "Ms.": "female", "Ms": "female", "Miss": "female",
    "Madam": "female", "Lady": "female", "Dame": "female", "Queen": "female", "Princess": "female",
    "Dr.": None, "Prof.": None, "Rev.": None, "Lt.": None, "Gen.": None, "Col.": None, "Maj.": None,
    "Sgt.": None, "Capt.": None, "Cmdr.": None, "Adm.": None, "Sen.": None, "Rep.": None, "Gov.": None,
    "Pres.": None, "Atty.": None, "Supt.": None, "Insp.": None, "Det.": None,
    "President": None, "Senator": None, "Sen": None, "Rep": None, "Gov": None, "Governor": None,
    "Secretary": None, "Judge": None, "Justice": None, "Ambassador": None, "Minister": None,
    "Chancellor": None, "General": None, "Mayor": None, "Speaker": None, "Chairman": "male",
    "Chairwoman": "female", "Commissioner": None, "Representative": None, "Congressman": "male",
    "Congresswoman": "female", "Sheriff": None, "Pope": "male", "Sheikh": "male", "Mullah": "male",
    "Imam": "male", "Ayatollah": "male", "Father": "male", "Sister": "female", "Bishop": None,
    "Colonel": None, "Captain": None, "Lieutenant": None, "Sergeant": None, "Admiral": None,
    "Major": None, "Officer": None, "Detective": None, "Professor": None, "Director": None,
    "Premier": None, "Vice": None, "Prime": None, "Attorney": None, "Deputy": None, "Former": None,
}
#: Role words that stand before a name like an honorific: "Majority Leader Mitch McConnell".
ROLES = frozenset("""
Leader Whip Chief Spokesman Spokeswoman Spokesperson Adviser Advisor Aide Analyst Anchor Host
Candidate Nominee Founder Chair Head Envoy Correspondent Editor Columnist Economist Strategist
Pollster Lawyer Attorney Treasurer Manager Member Delegate Activist Author Executive Officer CEO
""".split())
TOKEN_PATTERN = "|".join(
    regex.escape(word) + (r"(?!\w)" if word.endswith(".") else r"\b")
    for word in sorted(HONORIFICS, key=len, reverse=True)
)
#: Lower-case words that sit inside names.
PARTICLES = ("de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "dos", "das")
PARTICLE_PATTERN = "(?:" + "|".join(PARTICLES) + ")"
NAME_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu})(?:['’]s\b)?"
#: Space inside a name: a line break, but never a paragraph break.
GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
TOKEN = rf"(?:{TOKEN_PATTERN}|{NAME_WORD})"
MENTION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{PARTICLE_PATTERN}{GAP}(?=\p{{Lu}}))?{TOKEN}"
    rf"(?:{GAP}(?:{PARTICLE_PATTERN}{GAP})?{TOKEN})*"
)
WORD = regex.compile(r"\S+")
INITIAL = regex.compile(r"\p{Lu}\.")
POSSESSIVE = regex.compile(r"['’]s?$")
#: Capitalised words that begin sentences or name things, never people.
NOT_NAMES = frozenset("""
A An The This That These Those There Their They Them Then Thus Than It Its He She His Her Hers
We Our You Your I Me My Mine Who Whom Whose What When Where Why How Which While Whether
And But Or Nor So Yet For If As At By In On Of To From With Without Into Onto Over Under
After Before Since Until Because Although Though Even Still However Meanwhile Also Instead
Now Here Yes No Not Some Many Most Much More Few Both Each Every All Any Other Another
One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next New Old
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Photo PHOTO Published
Updated Advertisement Continue Related Sign Click Share Follow Like Just Only Despite During
Among Against Between Through Throughout Within Across Along Around Behind Beyond Upon
Asked Said Says Told According Like Unlike Such Perhaps Maybe Indeed Well Yet Let Don’t Don't
Later Earlier Recently Today Yesterday Tonight Tomorrow Afterward Afterwards Again Already Always
Never Often Sometimes Finally Initially Eventually Previously Currently Soon Once Twice Only
Eleven Twelve Fifteen Eighteen Twenty Thirty Forty Fifty Hundred Thousand Million Billion Dozens
Several Please Thanks Thank Okay Oh Is Are Was Were Does Did Do Has Have Had Can Could
Would Should Must Might
""".split())
#: Words that make a capitalised name an organisation.
ORGANISATION_WORDS = frozenset("""
Department Ministry Agency Administration Committee Commission Council Party Campaign
Pentagon Kremlin House Senate Congress Court Office Bureau Service Services Police Army Navy
Force Forces Guard Union Association Institute University College Foundation Center Centre
Group Corporation Company Inc Corp Co Ltd Bank Fund Organization Organisation Network
Times Post Journal News Press Tribune Herald Reuters Agence Taliban Government Embassy
Coalition Alliance Caucus Board Authority Federation League Society Club Team Church FBI CIA
NATO NSA ACLU EPA UN EU GOP DNC RNC ISIS
""".split())
#: A mention after these words is about someone else's subject: "the son of", "the late".
SIDELINED = regex.compile(r"\b(?:of|late)\s+\Z")
#: A name after these reads as a place or a body: "in Kabul", "to France", "the Taliban".
#: What stands before a name inside a sentence: a lower-case word or a comma.
MID_SENTENCE = regex.compile(r"[\p{Ll},;](?:[ \t]+\n?[ \t]*|\n[ \t]*)\Z")
LOCATIVE = regex.compile(r"\b(?:in|from|to|across|into|near|throughout|outside|inside|the)\s+\Z")


@attrs.frozen
class Mention:
    """A name in the text: its span, the honorifics before it and its name words."""

    start: int
    end: int
    honorific: str
    words: tuple[str, ...]

    @property
    def name(self) -> str:
        """The name words joined, without honorifics."""
        return " ".join(self.words)


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


def mention_at(match: regex.Match) -> Mention | None:
    """The mention a name match makes, or None when it holds no name."""
    tokens = [(found.start(), POSSESSIVE.sub("", found.group()) if found.group().endswith(("'s", "’s", "s'", "s’")) else found.group())
              for found in WORD.finditer(match.group())]
    while tokens and tokens[0][1].rstrip(".") in NOT_NAMES and tokens[0][1] not in HONORIFICS:
        tokens.pop(0)
    last_role = max((index for index, (_, word) in enumerate(tokens[:-1]) if word in HONORIFICS or word in ROLES), default=-1)
    honorific = " ".join(word for _, word in tokens[: last_role + 1])
    words = [word for _, word in tokens[last_role + 1:]]
    if not words or words[0] in PARTICLES and len(words) == 1:
        return None
    if any(word.rstrip(".") in NOT_NAMES for word in words):
        cut = next(index for index, word in enumerate(words) if word.rstrip(".") in NOT_NAMES)
        if cut == 0:
            return None
        words = words[:cut]
    if not honorific and len(words) == 1 and (len(words[0]) < 2 or words[0] in HONORIFICS or words[0] in ROLES):
        return None
    first = tokens[0][0] if honorific else tokens[last_role + 1][0]
    last_index = last_role + len(words)
    last_start, last_word = tokens[last_index]
    return Mention(match.start() + first, match.start() + last_start + len(last_word), honorific, tuple(words))


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
    """Every name mention in ``text[start:end]``, in order."""
    for match in MENTION.finditer(text, start, len(text) if end is None else end):
        mention = mention_at(match)
        if mention is not None:
            yield mention


def is_organisation(words: tuple[str, ...]) -> bool:
    """True when a name reads as a body rather than a person."""
    last = words[-1].replace(".", "")
    return words[-1] in ORGANISATION_WORDS or (last.isupper() and len(last) > 1)


@attrs.define
class Cast:
    """The people of one article and which mention refers to whom."""

    people: list[Person] = attrs.Factory(list)
    mentions: list[Mention] = attrs.Factory(list)
    referents: list[int] = attrs.Factory(list)
    starts: list[int] = attrs.Factory(list)

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
    """The short forms a full name is referred back by: "Gaulle", "de Gaulle", "Massoud"."""
    forms = {words[-1]}
    forms.update(" ".join(words[index:]) for index, word in enumerate(words) if word in PARTICLES)
    return forms


def without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name without middle initials, so "Donald J. Trump" is "Donald Trump"."""
    return tuple(word for index, word in enumerate(words) if not (index and INITIAL.fullmatch(word))) or words


def short_form(words: tuple[str, ...]) -> bool:
    """True when a name is a surname or given name alone, such as "Massoud" or "de Gaulle"."""
    return len(words) == 1 or words[0] in PARTICLES


def candidates(cast: Cast, words: tuple[str, ...]) -> list[int]:
    """The people a name could refer back to, best first."""
    if not short_form(words):
        bare = without_initials(words)
        return [index for index, person in enumerate(cast.people) if without_initials(person.words) == bare]
    name = " ".join(words)
    found = [index for index, person in enumerate(cast.people)
             if name in surname_forms(person.words) or (len(words) == 1 and person.words[0] == name)]
    return sorted(found, key=lambda index: -cast.people[index].salience)


def link(cast: Cast, mention: Mention, roster: Roster) -> int:
    """The index of the person ``mention`` refers to, adding one when new."""
    entry = roster.lookup(mention.name) if roster.entries else None
    words = tuple(entry.name.split()) if entry else mention.words
    found = candidates(cast, words)
    if found:
        return found[0]
    if entry is None and roster.entries and short_form(words):
        known = roster.by_surname(" ".join(words))
        if len(known) == 1:  # a surname the desk knows, before the article names the person in full
            entry, words = known[0], tuple(known[0].name.split())
            found = candidates(cast, words)
            if found:
                return found[0]
    person = Person(" ".join(words), words, first_seen=mention.start)
    if entry:
        person.title, person.kind = entry.title or "", entry.kind
        person.gender = entry.gender if entry.gender in ("male", "female") else None
        person.description = entry.description
    elif is_organisation(words):
        person.kind = "organisation"
    cast.people.append(person)
    return len(cast.people) - 1


def cast_of(text: str, *, roster: Roster | None = None) -> Cast:
    """Group the name mentions of ``text`` into people."""
    roster = roster or Roster(())
    cast = Cast()
    for mention in mentions(text):
        index = link(cast, mention, roster)
        person = cast.people[index]
        if not SIDELINED.search(text, max(0, mention.start - 12), mention.start):
            person.salience += 1
        if mention.honorific or len(mention.words) > 1 or MID_SENTENCE.search(text, max(0, mention.start - 3), mention.start):
            person.named = True
        if not mention.honorific and LOCATIVE.search(text, max(0, mention.start - 12), mention.start):
            person.place = True
        if mention.honorific and not person.title:
            person.title = mention.honorific
        if person.gender is None and person.kind == "person":
            person.gender = honorific_gender(mention.honorific) or (
                given_name_gender(person.words[0]) if len(person.words) > 1 else None
            )
        cast.mentions.append(mention)
        cast.referents.append(index)
        cast.starts.append(mention.start)
    return cast


def honorific_gender(honorific: str) -> str | None:
    """The gender an honorific such as Mr. or Ms. implies."""
    for word in honorific.split():
        if HONORIFICS.get(word):
            return HONORIFICS[word]
    return None
