"""Someone a clause set before the pronoun's brings in, whom "he" or "she" means: "When Tom Fane showed the data to
his adviser, she said".

A pronoun is never someone its own clause names behind a preposition
("Speaking to Mr. Trump, he said"), for a clause with no subject of its own
shares the pronoun's.  A clause that opens with "when", "after" or "as" and
has a subject of its own is another clause: when that subject cannot be the
pronoun ("When Ann Cole called the plumber, he said"), the person the clause
brings in by a role, the plumber, is whom the pronoun means, before anyone
named sentences back.  A role a possessive pronoun of the other gender gives
counts as well ("to his adviser, she said"); the same gender's ("When Tom
Fane showed it to his adviser, he said") leaves the pronoun to Tom Fane.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span
from quotecheck.attribution.kin import OWNED, Kin
from quotecheck.attribution.lookup import GENDERS
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.unnamed import head_number, unnamed
from quotecheck.speakers import Person

#: A sentence opened by a clause of its own, up to the comma just before the pronoun, with its subject: a pronoun,
#: or capitalised words that the cast must know as a name.
FRONTED = regex.compile(
    r"(?:When|After|As|Once|Before|While|Although|Though|Because|Until|Since)[ \t]+"
    r"(?P<subject>he|she|we|I|they|\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+"
    r"(?P<rest>[^,;:\"“”]+),[ \t]*\Z"
)
#: An article and the two words after it, of which the first or, past a word of description, the second is the
#: role: "the plumber", "a night nurse".
ROLE_PHRASE = regex.compile(r"\b(?:the|a|an)[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?")
#: What a role's phrase goes on with, the body the role belongs to: "the president of the bank".
OF_BODY = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|a[ \t]+)?\p{L}[\p{L}-]*")


def fronted(scene: Scene, pronoun: Span, gender: str, own_sentence: int) -> list[tuple[int, Person, None]]:
    """The people a fronted clause of another subject brings in by a role before ``pronoun``, that it could mean."""
    text = scene.text
    clause = FRONTED.match(text, own_sentence, pronoun.start)
    if clause is None or other_subject(scene, clause) in (None, gender):
        return []
    found: list[tuple[int, Person, None]] = []
    start, end = clause.start("rest"), clause.end("rest")
    for match in OWNED.finditer(text, start, end):
        number = head_number(match.group("head"))
        if number in (gender, "either") and GENDERS[match.group("owner").lower()] != gender:
            owner = Span(match.start(), match.start() + len(match.group("owner")), match.group("owner"))
            found.append((match.start(), unnamed(match.group(), number, Kin, owner=owner, role=match.group("role")),
                          None))
    for match in ROLE_PHRASE.finditer(text, start, end):
        at = 1 if head_number(match.group(1)) is not None or match.group(2) is None else 2
        number = head_number(match.group(at))
        if number in (gender, "either") and not text.startswith(("'s", "’s"), match.end(at)):
            body = OF_BODY.match(text, match.end(at), end)
            phrase = text[match.start(): match.end(at) if body is None else body.end()]
            found.append((match.start(), unnamed(phrase, number), None))
    return found


def other_subject(scene: Scene, clause: regex.Match) -> str | None:
    """What the subject of a fronted ``clause`` is that no pronoun of its gender could mean, else None.

    A pronoun's gender, "first" for "we" and "I"; a name's gender, when the
    cast knows the name and its gender.
    """
    word = clause.group("subject")
    if word in ("he", "she", "we", "I", "they"):
        return GENDERS[word.lower()]
    cast = scene.cast
    index = cast.mention_index(clause.start("subject"))
    if index is None:
        return None
    return cast.person_of(index).gender
