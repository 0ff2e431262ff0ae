"""People a possessive pronoun gives by a role, whom another pronoun may stand for: "His wife … said".

"His wife, who asked not to be named, said …. “…,” she said" is the wife
of the one "his" stands for; "a book about her father" is a father a later
"he" may mean when nobody else fits; and family ("Her brother disagreed")
is someone even when no one known owns it.  Here too are the roles a
possessive pronoun gives in a pronoun's own sentence, which the pronoun is
not ("he released a letter from his doctor").
"""

from __future__ import annotations

import re

import attrs
import regex

from quotecheck.attribution.context import REACH, Span, behind_preposition, sentence_end
from quotecheck.attribution.lookup import GENDERS, inside_quote
from quotecheck.attribution.roles import GENDERED_ROLES, KIN
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.unnamed import head_number, unnamed
from quotecheck.speakers import Person

#: A role a possessive pronoun gives, in its first two words: "his doctor", "her chief of staff".
OWN_ROLE = regex.compile(r"\b(?:his|her|their)[ \t\n]+(\p{Ll}+)(?:[ \t\n]+(\p{Ll}+))?")
#: Roles that tie someone to the person who has them, beyond kin: "his lawyer", "her longtime adviser".
TIES = frozenset("""
aide adviser advisor deputy lawyer attorney spokesperson friend neighbor neighbour colleague assistant partner
boss rival opponent predecessor successor biographer doctor landlord landlady tenant agent manager editor coach
teacher tutor mentor therapist employer supervisor
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
#: Where OWNED may match, found by a plain ``re`` pattern before OWNED is tried there.
POSSESSIVE = re.compile(r"[Hh](?:is|er)[ \t]")


def roles_taken(scene: Scene, pronoun: Span) -> set[str]:
    """The words a possessive pronoun gives as roles in the sentence of ``pronoun``: "his doctor"."""
    sentence = scene.text[scene.sentences.starts(pronoun.start - REACH, pronoun.start)[-1]:
                          sentence_end(scene.text, pronoun.end, len(scene.text))]
    return {word for role in OWN_ROLE.finditer(sentence) for word in role.groups()}


def kin(
    scene: Scene, pronoun: Span, gender: str, home: int | None, own_sentence: int,
) -> list[tuple[int, Person, int | None]]:
    """The people a possessive pronoun gives by a role before ``pronoun``, that it could mean.

    "His wife, who asked not to be named, said …. “…,” she said" is Ahmad
    Massoud's wife, whom "his" stands for; the owner is found as any
    pronoun is; only in the sentence or two before ``own_sentence``, where
    the pronoun's sentence starts ("she" is not her own colleague).  One
    behind a preposition is marked so, as a name there is ("a book about her
    father"), and is none that "he" finds behind "his" ("He came with his
    son. “…,” he said" is the father); none outside the quotation that holds
    the pronoun.
    """
    text, found = scene.text, []
    for possessive in POSSESSIVE.finditer(text, max(0, own_sentence - KIN_REACH), own_sentence):
        match = OWNED.match(text, possessive.start(), own_sentence)
        if match is None:
            continue
        start, number = match.start(), head_number(match.group("head"))
        if number not in (gender, "either") or inside_quote(scene, start) != home:
            continue
        oblique = behind_preposition(text, 0, start)
        if oblique and GENDERS[match.group("owner").lower()] == gender:
            continue
        owner = Span(start, start + len(match.group("owner")), match.group("owner"))
        found.append((start, unnamed(match.group(), number, Kin, owner=owner, role=match.group("role"),
                                     oblique=oblique), None))
    return found


@attrs.define
class Kin(Person):
    """Someone a possessive pronoun gives by a role ("his wife"), named for the pronoun's owner when it counts."""

    #: The possessive pronoun, until the one it stands for is found, and whether it was; the role as the text
    #: gives it; whether a preposition stands before it ("a book about her father").
    owner: Span | None = None
    owned: bool = False
    role: str = ""
    oblique: bool = False

    def family(self) -> bool:
        """True for family ("her brother"), whom a pronoun may mean though the owner is no one known."""
        return self.role.rsplit(None, 1)[-1] in KIN
