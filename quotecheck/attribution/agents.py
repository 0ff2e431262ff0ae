"""Where a name stands in its clause when a preposition alone would misread it: asked about, or the doer of a passive.

A name behind a preposition is no subject, so a pronoun takes it only when
nobody else fits (``people.pick``).  Two places read otherwise.  The name a
question is put about ("Asked whether Ben Hale would start, he said") is
what the speaker was asked, never the one who answers, though no
preposition stands before it: it waits with the names behind one.  And the
doer of a passive ("That claim was rejected by Sue Hale") is the one the
sentence tells of, as a subject is, though "by" stands before it; unless
a pronoun is the passive's subject ("She was praised by Ann Cole"), the one
the sentence is about.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from quotecheck.attribution.scene import Scene

#: A question put about a name: "asked whether", "when asked if", "pressed on why", "asked by reporters whether",
#: with the rest of the question's clause, no mark between, up to the name.  Read backwards from the name.
ASKED = regex.compile(
    r"(?i)\b(?:asked|questioned|pressed)(?:[ \t]+(?:by|on|about)[ \t]+[^,;:.!?\"“”\n]{1,40}?)?[ \t]+"
    r"(?:whether|if|how|why|what|when|where|who|which)\b[^,;:.!?\"“”\n]{0,120}\Z", regex.REVERSE)
#: A passive's verb and "by" before a name, with a few lower-case words between ("by driver Chloe Martinon"), and
#: the word before its auxiliary: "That claim was rejected by".  Read backwards from the name.
PASSIVE = regex.compile(
    r"(?:\b(?P<before>\p{L}+)[ \t]+)?\b(?:was|were|is|are|been)[ \t]+(?:\p{Ll}+ly[ \t]+)?"
    r"\p{Ll}+(?:ed|en|wn)[ \t]+by[ \t]+(?:\p{Ll}+[ \t]+){0,3}\Z", regex.REVERSE)
#: Pronouns and auxiliaries that, just before a passive's own auxiliary, say a pronoun is its subject.
PRONOUN_BEFORE = frozenset("he she they i we you had has have".split())
#: How far before a name the words that place it are read.
REACH = 200
#: The verbs of asking that ASKED opens with, and the key under which a scene keeps where they stand.
ASKING_VERBS = ("asked", "questioned", "pressed")
ASKING = "asking verbs"


def asked_about(scene: Scene, index: int) -> bool:
    """True when mention ``index`` is inside a question put to someone: "Asked whether Ben Hale would start"."""
    start = scene.cast.mentions[index].start
    # Read for every name a pronoun looks back over: the article's verbs of asking are found once, and the
    # pattern is tried only after one.
    verbs = scene.cache.get(ASKING)
    if verbs is None:
        verbs = scene.cache[ASKING] = asking_verbs(scene.text)
    nearest = bisect_left(verbs, start) - 1
    if nearest < 0 or verbs[nearest] < start - REACH:
        return False
    return ASKED.match(scene.text, max(0, start - REACH), start) is not None


def asking_verbs(text: str) -> list[int]:
    """Where the verbs of asking stand in ``text``, in order: plain searches, quicker than a pattern over it all."""
    lower, found = text.lower(), []
    for verb in ASKING_VERBS:
        at = lower.find(verb)
        while at >= 0:
            found.append(at)
            at = lower.find(verb, at + 1)
    return sorted(found)


def passive_agent(scene: Scene, index: int) -> bool:
    """True when mention ``index`` does what a passive with no pronoun subject tells: "was rejected by Sue Hale"."""
    start = scene.cast.mentions[index].start
    match = PASSIVE.match(scene.text, max(0, start - REACH), start)
    if match is None:
        return False
    before = (match.group("before") or "").lower()
    if before in ("had", "has", "have"):
        # "She had been praised by": the pronoun stands one word further back.
        words = scene.text[max(0, match.start() - 20): match.start()].split()
        before = words[-1].lower() if words else ""
    return before not in PRONOUN_BEFORE
