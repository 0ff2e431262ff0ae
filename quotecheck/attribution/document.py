"""Sieve 2, a document for whoever issued it: ``"…," the statement said``.

A statement, a letter, a memo or a post speaks for whoever issued it, and an
article names the issuer where it brings the document in: "Mr. Massoud said
in a statement", "the ministry issued a statement", "a letter from Lisa
Curtis", "Massoud's statement".  A quote that "the statement" or "it" then
says or reads is the issuer's, and so is one credited to "a statement from
the French Foreign Ministry".

"The statement" means the last statement the article brought in: a definite
one before it ("The statement ran to three pages") is read further back to
where it was brought in, and one brought in with no issuer ("a statement was
posted") ends the search, leaving the quote to the anonymous sieve.  "It"
means the last document of any kind, read back the same way in its
paragraph and the one before, unless another body named from the sentence
that brought the document in could be meant instead; else it is left to
the pronoun sieve.  The mention stays what the text gives ("the
statement", "it"), so a reader sees it.  A list of names that issued a
document issued it together ("Massoud and Lévy said in a joint
statement").
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span, sentence_start
from quotecheck.attribution.cue_before import find_before
from quotecheck.attribution.lists import group, group_name, joined
from quotecheck.attribution.lookup import inside_quote, person_at, quote_of
from quotecheck.attribution.people import person_of
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.attribution.subject_before import subject_before
from quotecheck.attribution.unnamed import description_words
from quotecheck.attribution.writings import DOCUMENTS, ISSUED_BY, MESSAGES, MODIFIERS, REPLIED, SENT
from quotecheck.extract import PARAGRAPH_BREAK
from quotecheck.names import mention_at, name_ending
from quotecheck.speakers import Person

NAME = "document"
CONFIDENCE = 0.75
#: A document noun in running text.
DOCUMENT = regex.compile(r"\b(?:" + "|".join(sorted(DOCUMENTS, key=len, reverse=True)) + r")\b")
#: The noun that heads a subject with its issuer after it, a message's too: "A memo written by Ann Cole in March",
#: "A text from Tom Fane".
HEAD = regex.compile(r"(?i:a|an|the|this|that|another|one|his|her|its|their)[ \t\n]+" + MODIFIERS
                     + "(?:" + "|".join(sorted(DOCUMENTS | MESSAGES, key=len, reverse=True)) + r")\b")
#: The verb of sending each message noun, or of replying: "Ann Cole emailed him", "Ms Cole replied".
SENDING = {noun: regex.compile(rf"\b(?:{verbs}|{REPLIED})\b") for noun, verbs in SENT.items()}
#: Determiners that refer back to a document already brought in.
DEFINITE = frozenset({"the", "this", "that"})
#: An owner before the noun: "Massoud's statement", "the Pentagon's written statement".
OWNED = regex.compile(r"['’]s?[ \t\n]+" + MODIFIERS + r"\Z")
#: A cue's medium before the noun: "said in a statement", "wrote in a letter to the council".
IN_DOCUMENT = regex.compile(r"\b(?:in|with|via|through)[ \t\n]+(?:a|an|the|his|her|its|their)[ \t\n]+" + MODIFIERS + r"\Z")
#: A verb of issuing before the noun: "the ministry issued a statement", "Massoud posted a message".
ISSUED = regex.compile(
    r"\b(?:issued|issues|released|releases|sent|sends|posted|posts|put[ \t]+out|puts[ \t]+out|published|publishes"
    r"|wrote|writes|signed|signs|circulated|distributed|filed|files|penned|pens)[ \t\n]+"
    r"(?:a|an|the|his|her|its|their)[ \t\n]+" + MODIFIERS + r"\Z"
)
#: What a determiner before the noun may be, read from the words before it.
DETERMINER = regex.compile(r"\b(\p{L}+)[ \t\n]+" + MODIFIERS + r"\Z")
#: How far back a description looks for its document, and for the verb that sent a message.
LOOKBACK, SENT_REACH = 1500, 400
#: How far before the noun the words that name its issuer are read.
REACH = 200


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Attribute a quote whose cue's subject is a document to whoever issued it."""
    finding = scene.findings[index]
    subject = finding.subject
    if finding.subject_type == "phrase" and finding.antecedent is None:
        lowered = subject.text.lower().split()
        if DOCUMENTS.isdisjoint(lowered) and MESSAGES.isdisjoint(lowered):
            return None  # most phrases, told apart with no pattern
        words = description_words(subject.text)
        # The issuer may be set off after the subject, before its cue: "A second email, sent by Tom Fane, said".
        cue = finding.cue
        ceiling = cue.start if cue is not None and cue.start > subject.end else subject.end
        headed = HEAD.match(scene.text, subject.start, subject.end)
        person = issued_by(scene, headed.end(), ceiling) if headed is not None else None
        if person is None:
            # With no issuer after it, a document is the phrase's last word: "the statement", not "the text".
            found = DOCUMENT.search(scene.text, subject.start, subject.end)
            if len(words) < 2 or words[-1] not in DOCUMENTS or found is None:
                return None
            person = issued_by(scene, found.end(), subject.end)
        if person is None and words[0] in DEFINITE:
            person = issuer(scene, max(0, subject.start - LOOKBACK), subject.start, words[-1])
    elif finding.subject_type == "pronoun" and subject.text.lower() == "it":
        # The paragraph before the quote's is read too: "Massoud issued a statement.\n\n"…," it read."
        start = scene.paragraphs[index][0]
        breaks = list(PARAGRAPH_BREAK.finditer(scene.text, max(0, start - LOOKBACK), max(0, start - 1)))
        low = breaks[-1].end() if breaks else max(0, start - LOOKBACK)
        person = issuer(scene, max(low, subject.start - LOOKBACK), subject.start, None)
    else:
        return None
    if person is None:
        return None
    return Attribution(index, person.name, person.kind, subject, finding.cue, NAME, CONFIDENCE, person.description)


def issuer(scene: Scene, low: int, offset: int, noun: str | None) -> Person | None:
    """Who issued the document that a description at ``offset`` refers to: the last one called ``noun`` after ``low``.

    With ``noun`` None the description is "it": the last document of any
    kind, with no body but its issuer named from the sentence that brought
    it in.
    """
    text = scene.text
    for found in reversed(list(DOCUMENT.finditer(text, low, offset))):
        if noun is not None and found.group() != noun or inside_quote(scene, found.start()) is not None:
            continue
        start = found.start()
        person = issued_by(scene, found.end(), offset) or issued_before(scene, start)
        if person is None:
            determiner = DETERMINER.search(text, max(0, start - REACH), start)
            if determiner is None or determiner.group(1).lower() not in DEFINITE:
                return None  # brought in with no issuer: "a statement was posted"
            continue
        if noun is None and other_body(scene, sentence_start(text, low, start), offset, person):
            return None  # "The Pentagon read a report by Lisa Curtis. "…," it said.": the Pentagon may be meant
        return person
    return sender(scene, low, offset, noun) if noun in SENDING else None


def sender(scene: Scene, low: int, offset: int, noun: str) -> Person | None:
    """Who sent the message a description at ``offset`` refers to when no noun brought it in: "Ms Cole replied"."""
    text = scene.text
    for verb in reversed(list(SENDING[noun].finditer(text, max(low, offset - SENT_REACH), offset))):
        if inside_quote(scene, verb.start()) is None:
            return issuers(scene, *subject_before(text, sentence_start(text, low, verb.start()), verb.start()))
    return None


def other_body(scene: Scene, start: int, end: int, issuer: Person) -> bool:
    """True when a body other than ``issuer`` is named between ``start`` and ``end``, outside quotes: "it" may mean it."""
    cast = scene.cast
    for number in range(cast.before(start), cast.before(end)):
        person = cast.person_of(number)
        if person is not issuer and person.kind != "person" and quote_of(scene, number) is None:
            return True
    return False


def issued_by(scene: Scene, end: int, ceiling: int) -> Person | None:
    """The issuer named right after a document noun ending at ``end``: "a statement from the ministry"."""
    found = ISSUED_BY.match(scene.text, end, ceiling)
    if found is None:
        return None
    mention = mention_at(scene.text, found.end(), ceiling)
    return person_at(scene, Span.of(scene.text, mention)) if mention is not None else None


def issued_before(scene: Scene, start: int) -> Person | None:
    """The issuer named before a document noun at ``start``: its owner, or the subject of a cue or a verb of issuing."""
    text = scene.text
    low = max(0, start - REACH)
    owned = OWNED.search(text, low, start)
    if owned is not None:
        mention = name_ending(text, max(0, owned.start() - 80), owned.start())
        if mention is not None:
            return person_at(scene, Span.of(text, mention))
    floor = sentence_start(text, low, start)
    medium = IN_DOCUMENT.search(text, floor, start)
    if medium is not None:
        finding = find_before(text, floor, medium.start())
        return issuers(scene, finding.subject, finding.subject_type)
    verb = ISSUED.search(text, floor, start)
    if verb is not None:
        return issuers(scene, *subject_before(text, floor, verb.start()))
    return None


def issuers(scene: Scene, subject: Span | None, kind: str | None) -> Person | None:
    """Whom the subject of a verb that issues a document names: a person, or the people of a list together.

    "Massoud and Lévy said in a joint statement": the statement is both
    men's, a group of the article's own people rather than one of its cast.
    """
    if kind == "name" and subject is not None:
        members = joined(scene, subject, None)
        if members:
            return group(group_name(members))
    return person_of(scene, subject, kind)

