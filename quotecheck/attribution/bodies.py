"""Bodies and writings the article describes, and lists of names, that "it" or "they" may stand for.

"Ahmad Massoud and Amrullah Saleh met …. “…,” they said": the list speaks
together.  "The email read …. It stated" and "the groups say.  They argue":
a body or a writing the article describes rather than names, known by the
description.  "The agency" or "the campaign" is the body the article has
named with that noun ("The United Nations refugee agency"), or one a
person's name owns ("Hillary Clinton’s campaign", "the Sanders campaign");
"the company" may be a name that spoke as "it" ("Tesco said it would").
"""

from __future__ import annotations

import re
from typing import Iterator

import regex

from quotecheck.attribution.context import Span, appositive, behind_preposition
from quotecheck.attribution.lists import group, group_name, lists_before
from quotecheck.attribution.lookup import GENDERS, LOOKBACK, inside_quote, quote_of
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.subjects import name_beside
from quotecheck.attribution.unnamed import BODIES, HEAD_FORMS, PHRASE_CUTS, PLURAL_HEADS, description_words, unnamed
from quotecheck.cues import WORDS as CUE_WORDS
from quotecheck.names import Mention
from quotecheck.roster import given_name_gender
from quotecheck.speakers import Person

#: How far back "it" or "they" looks for a list or a description: the paragraph or two before.
BODY_REACH = 600
#: Words after a noun of BODIES that make it a modifier of the noun after it: "the campaign manager".
BODY_COMPOUNDS = frozenset("""
manager managers chairman chairwoman chair staff staffer staffers official officials aide aides spokesman
spokeswoman spokesperson member members leader leaders server account accounts address trail chain headquarters
office offices hearing hearings policy system records director directors chief
""".split())
#: Words that end the modifiers before a noun of BODIES: "an appetite among donors" describes no donors.
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
#: Nouns for a company, which "the company" or "the firm" may mean: "Veltronic, a Dutch chipmaker,".
COMPANY_NOUNS = frozenset("""
company firm manufacturer retailer lender bank insurer airline carrier conglomerate startup producer supplier
operator developer publisher grocer supermarket chain brewer miner broadcaster
""".split())
#: The last words of a company's name, which "the company" may mean: "Acme Corp.", "Veltronic Inc.".
COMPANY_ENDINGS = frozenset("Corp Corporation Inc Co Company Ltd LLC PLC Plc Holdings AG SA NV GmbH".split())
#: Nouns for a body that people join, which "the group" or "the organization" may mean: "the Sierra Club".
GROUP_NOUNS = frozenset("group organization organisation".split())
GROUP_ENDINGS = frozenset("""
Club Coalition Alliance Association Society Foundation Federation League Movement Watch International Union
Network Trust Project Initiative Fund Council Group Institute Caucus
""".split())
#: Nouns for a body, which "the company" or "the charity" may mean when it is a name that spoke as "it"
#: (``spoke_as_it``).
SPEAKING_NOUNS = COMPANY_NOUNS | GROUP_NOUNS | {"charity"}
#: A cue after a name, and "it" with what it will do or has done, or "its", a word or two between perhaps:
#: "Tesco said it would", "The Wellcome Trust said on Monday its grants"; not "it was", which may mean anything.
SAID_IT = regex.compile(
    r"[ \t]+(?P<cue>\p{Ll}+)(?:[ \t]+\p{L}+){0,2}?[ \t]+(?:that[ \t]+)?(?:its|it[ \t]+(?:would|will|"
    r"had|has|plans|planned|intends|intended|expects|expected|could|can|did|does|is[ \t]+\p{Ll}+ing))\b"
)
#: A word in lower case, for the nouns of such descriptions; a plain ``re`` pattern, which makes its many
#: matches faster than ``regex`` does.
WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*\b")
#: What makes such a noun a modifier of the next: "the campaign manager", "the email server", "the group's".
COMPOUND = regex.compile(
    r"['’]s\b|[ \t]+(?:" + "|".join(sorted(BODY_COMPOUNDS | BODIES, key=len, reverse=True)) + r")\b"
)
#: What brings in names as examples, not as a list that acts: "victims such as Walter Scott and Eric Garner".
EXAMPLES = regex.compile(r"\b(?:such[ \t]+as|like|including)[ \t]*\Z")


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
        if plural and text.startswith(",", word.end()) and name_beside(text, word.end(), pronoun.start)[0]:
            continue  # "Jess's parents, Ruth and Alan Massoud,": the names set beside it, a list read above
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
    text = scene.text
    for _, mention, person in names_before(scene, start):
        if described_as(text, mention.end, head):
            # "The Teamsters, the nation's largest freight union,": whatever the name looked like, a body.
            person.kind, person.place = "organisation", False
            return person
        if person.place or person.kind not in ("organisation", "person"):
            continue
        organisation = person.kind == "organisation"
        if organisation and (any(word.lower() == head for word in person.words)
                             or head in COMPANY_NOUNS and person.words[-1].rstrip(".") in COMPANY_ENDINGS
                             or head in GROUP_NOUNS and person.words[-1] in GROUP_ENDINGS):
            # "the department" after "the State Department", "the company" after "Acme Corp.", "the group"
            # after "the Sierra Club".
            return person
        if not organisation and head not in OWNED_BODIES:
            continue
        after = BODY_AFTER.match(text, mention.end, mention.end + 40)
        if after is None or not followed_by(after, head):
            continue
        if organisation:
            return person
        return Person(f"{person.name}'s {head}", (), kind="organisation", named=True)
    return spoke_as_it(scene, start) if head in SPEAKING_NOUNS else None


def names_before(scene: Scene, start: int) -> Iterator[tuple[int, Mention, Person]]:
    """The names a description of a body at ``start`` looks back over, the latest first, with their people.

    No more than NAMED_BODY_MENTIONS names and LOOKBACK characters back.
    """
    cast = scene.cast
    last = cast.before(start) - 1
    for number in range(last, max(-1, last - NAMED_BODY_MENTIONS), -1):
        mention = cast.mentions[number]
        if mention.start < start - LOOKBACK:
            break
        yield number, mention, cast.people[cast.referents[number]]


def spoke_as_it(scene: Scene, start: int) -> Person | None:
    """The one name before ``start`` that spoke of itself as "it", for "the company" or "the charity" at ``start``.

    "Tesco said it would cut jobs. “…,” the company said": a name with no
    corporate ending is the company when a cue follows it with "it" as its
    subject.  Only a name with no given name, title or gender, no place,
    and the only one so, among the names the description looks back over.
    """
    cast, found = scene.cast, set()
    for number, mention, person in names_before(scene, start):
        if person.place or person.kind not in ("organisation", "person") or person.title or person.gender \
                or given_name_gender(person.words[0]) is not None:
            continue
        said = SAID_IT.match(scene.text, mention.end, mention.end + 40)
        if said is not None and said.group("cue") in CUE_WORDS:
            found.add(cast.referents[number])
    if len(found) != 1:
        return None
    person = cast.people[found.pop()]
    person.kind = "organisation"
    return person


def described_as(text: str, end: int, head: str) -> bool:
    """True when the description set after the name that ends at ``end`` is a body's, of noun ``head``.

    "The Sierra Club, an environmental group," is "the group";
    "Veltronic, a Dutch chipmaker," is "the company" (``COMPANY_NOUNS``).
    """
    if text[end: end + 1] != ",":
        return False  # most names, told apart without the pattern
    description = appositive(text, end)
    words = description_words(description) if description else ()
    if not words:
        return False
    noun = words[-1]
    return noun == head or head in COMPANY_NOUNS and (noun in COMPANY_NOUNS or noun.endswith("maker"))


def followed_by(after: regex.Match, head: str) -> bool:
    """True when the words after a name, matched by BODY_AFTER, are a body's noun ``head``, with a word before at most.

    "refugee agency" and "presidential campaign" are; "campaign manager" and "said the agency" are not.
    """
    first, second = after.group("first"), after.group("second")
    if first == head:
        return second not in BODY_COMPOUNDS
    return second == head and first not in CUE_WORDS and first not in MODIFIER_STOPS
