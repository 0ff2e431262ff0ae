"""People the article does not name whom a pronoun may stand for: unnamed sources and roles.

Someone the article does not name may be meant: the source an earlier
quote was credited to ("a spokesman for Le Drian said"), or a person named
by a role a name owns ("Le Drian's deputy met reporters").  "He said" after
either is that person, not Le Drian.  So may the unnamed source that
opens a sentence before with a cue ("A spokeswoman for the campaign said",
"The son of one resident said"), and, for "they", people named for what
they do who open one ("Volunteers handed out leaflets"); someone "his" or
"her" gives by a role is in ``kin``.  The nouns for roles and for bodies
here tell what gender a pronoun needs to stand for each.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

import regex

from quotecheck.attribution.context import Span
from quotecheck.attribution.lookup import inside_quote
from quotecheck.attribution.roles import BODIES, GENDERED_ROLES, KIN, PHRASE_CUTS, ROLES
from quotecheck.attribution.scene import Scene
from quotecheck.attribution.subjects import opening_phrase, opening_source
from quotecheck.cues import WORDS as CUE_WORDS
from quotecheck.namewords import PEOPLE
from quotecheck.speakers import Person

#: Nouns whose plural is irregular.
IRREGULAR_PLURALS = frozenset("people men women children".split())
#: Words that bring in one person not met before: "a spokesman", "one aide", "another official".
NEW_ONE = frozenset("a an one another someone".split())
#: A role a name owns (after its possessive ending, names.POSSESSIVE) is in the first two words after it, read
#: no further than ROLE_REACH: "Le Drian's deputy", "Clinton's campaign manager".
ROLE_REACH = 40
#: The plurals of bodies and of people's roles, which "they" may stand for: "groups", "agencies", "officials".
PLURAL_HEADS = frozenset(
    IRREGULAR_PLURALS | {noun + "s" for noun in BODIES | ROLES - NEW_ONE}
    | {noun[:-1] + "ies" for noun in BODIES if noun.endswith("y")}
)
#: The nouns of descriptions of bodies and people as they may be written: one look-up for each word read.
HEAD_FORMS = BODIES | PLURAL_HEADS
#: The nouns an unnamed source that opens a sentence ends with (``sources_opening``): a person's role, people's,
#: or a body ("a spokeswoman for the campaign").
SOURCE_HEADS = HEAD_FORMS | ROLES | GENDERED_ROLES.keys()
#: Cues whose subject asks: the answer that follows is someone else's ("A reporter asked Sanders …. He replied").
QUESTIONS = frozenset("ask asks asked asking question questions questioned pressed".split())
#: Family "of" someone, which brings one in as new though "the" opens it: "the son of one resident".
FAMILY = rf"[Tt]he[ \t]+(?:{'|'.join(sorted(KIN))})[ \t]+of[ \t]"
#: How such a source opens, as one brought in as new: "A spokeswoman", "One official", "But a nurse", "According to a
#: teacher,", "The husband of Mary Jones"; the group ``according`` is the source's own cue, and ``phrase`` where the
#: phrase starts.
NEW_SOURCE = re.compile(r"(?:(?:But|And|Yet|Still)[ \t]+(?=(?:a|an|one|another)[ \t,]|the[ \t])"
                        r"|(?P<according>According[ \t]+to)[ \t]+)?"
                        rf"(?P<phrase>(?:A|An|One|Another|Someone|a|an|one|another)[ \t,]|(?={FAMILY}))")
#: A phrase that opens with family "of" someone.
FAMILY_OF = re.compile(FAMILY)
#: Endings of nouns for people by what they do, for a source brought in as new whose noun no list has.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
#: The first word of a sentence, past an opening mark, when it may be people's plural noun.
PLURAL_OPENING = re.compile(r"[\"“‘'(]?([A-Z][a-z]+s|Men|Women|Children|Police)\b")
#: How far back from a pronoun's sentence a sentence that an unnamed source opens is looked for.
SOURCE_REACH = 400
#: How long a source after "According to" may run before its comma.
PHRASE_REACH = 100
#: The first two words after such a source, one of which must be a cue, after a relative clause between commas,
#: a name or a role set beside it or the comma that closes an appositive, if any: "said", "also said", ", who asked
#: not to be named, said", "The son of one resident, 94-year-old Edna Price, said", "Another survivor, a bus
#: driver, said", "One, a retired teacher, said".
SOURCE_CUE = regex.compile(
    r"(?:,[ \t]+(?:(?:who|whose|asked)\b[^,.;:!?\n]{1,100}|(?:a|an)[ \t][^,.;:!?\n]{1,60}"
    r"|[^,.;:!?\n]{0,60}\p{Lu}[\p{L}'’-]*),|,)?"
    r"[ \t]+(?P<first>\p{Ll}+)\b(?:[ \t]+(?P<second>\p{Ll}+)\b)?"
)


@functools.lru_cache(maxsize=4096)
def role_number(phrase: str) -> str | None:
    """The gender a pronoun needs to stand for an unnamed source ``phrase``, "either", or None when it cannot.

    The phrase's head noun decides: "a spokeswoman for the ministry" is
    female, "officials familiar with the talks" plural, "Le Drian's deputy"
    either, "the campaign" or "the email" what "it" stands for, "the
    groups" what "they" do.  One person must be brought in as new, by "a",
    "one" or an owner ("an aide", "Le Drian's deputy"): "the senator" and
    "the former president" are someone named before, whom the pronoun
    finds by name; but "the son of one resident" is someone new.
    """
    words = description_words(phrase)
    if not words:
        return None
    number = head_number(words[-1])
    if words[-1] in BODIES:
        return "neuter"
    if number is None and words[-1] in PLURAL_HEADS:
        return "plural"
    if number in ("plural", None) or words[0] in NEW_ONE or any(word.endswith("'s") for word in words[:-1]) \
            or FAMILY_OF.match(phrase):
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


def sources_opening(
    scene: Scene, gender: str, levels: set[int | None], starts: list[int],
) -> list[tuple[int, Person, int | None]]:
    """The unnamed sources of the sentence or two before a pronoun's that it could mean, if of ``gender``.

    An unnamed subject that opens a sentence with a cue: "A spokeswoman for
    the campaign said the rally was canceled. “…,” she said" is the
    spokeswoman, not a woman named before.  Only one brought in as new ("A
    spokeswoman", "One official", "But a nurse", "According to a teacher,"),
    of the pronoun's gender as ``role_number`` reads the phrase, and at a
    quote level the pronoun may look into; "they" finds people described
    among ``bodies``.
    """
    text, found, own_sentence = scene.text, [], starts[-1]
    for start in starts[bisect_left(starts, own_sentence - SOURCE_REACH): -1]:
        opening = NEW_SOURCE.match(text, start)
        if opening is None or inside_quote(scene, start) not in levels:
            continue
        if opening.group("according"):
            phrase = according_phrase(text, opening.start("phrase"), own_sentence)
        else:
            phrase = opening_phrase(text, opening.start("phrase"), own_sentence)
        if phrase is None:
            continue
        # The noun the phrase is about, before any words that go on about something else: "spokeswoman" of
        # "A spokeswoman for the school"; but "One of the central claims" is about claims, and a phrase that ends
        # in a name ("a grandfather named Gul Agha") leaves the name to be found as one, unless the name is whose
        # family the phrase is about ("The husband of Mary Jones").
        described, last = description_words(phrase.text), phrase.text.rsplit(None, 1)[-1]
        head = described[-1] if described and described[-1] not in NEW_ONE \
            and (last[:1].islower() or FAMILY_OF.match(phrase.text)) else last
        number = role_number(phrase.text) or ("either" if agent_noun(head) else None)
        if number not in (gender, "either"):
            continue
        if not (phrase.text[-1:].isupper() or head in SOURCE_HEADS or agent_noun(head)):
            continue  # "One of the central claims …": a phrase that stops short of its noun, cut at a verb it is not
        cue = None if opening.group("according") else SOURCE_CUE.match(text, phrase.end, own_sentence)
        verbs = {cue.group("first"), cue.group("second")} if cue else set()
        if opening.group("according") or not verbs.isdisjoint(CUE_WORDS) and verbs.isdisjoint(QUESTIONS):
            found.append((phrase.start, unnamed(phrase.text, number), None))
    return found


def according_phrase(text: str, start: int, end: int) -> Span | None:
    """The source after a sentence's opening "According to", up to the comma that closes it: "a teacher at the school"."""
    comma = text.find(",", start, min(end, start + PHRASE_REACH))
    return Span(start, comma, text[start: comma]) if comma > start else None


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
