"""Sieve 4, continuation: a quote with no cue of its own goes on from the last.

``"…," she said. "…"`` — the second quote takes the speaker of the quote
just before it in the same paragraph, unless someone else is named between
them.  A paragraph that opens with a quote continues the last quote of the
paragraph before, and each later piece of a quotation that runs over several
paragraphs keeps the speaker of the piece it continues; but in a dialogue of
questions and answers, a turn a paragraph, the turn goes back to the other
speaker (``dialogue_turn``).  A quote with no cue
inside a sentence that closes on an attribution after a later quote takes
that attribution: ``Aid was "slow" as donors watched a "turbulent season,"
she said.``
A quote whose cue's subject is the words just quoted (``« Nous ne … », he
said. In English, the line read: «We will not …»``) restates them, in the
voice of whoever said them.
"""

from __future__ import annotations

import attrs
import regex

from quotecheck.attribution import anonymous, nominal
from quotecheck.attribution.context import SENTENCE_REACH, sentence_starts
from quotecheck.attribution.cue_after import CLOSED, CREDIT_MARKS, closes_on
from quotecheck.attribution.lookup import inside_quote
from quotecheck.attribution.pronoun import the_writer
from quotecheck.attribution.scene import Attribution, Scene
from quotecheck.attribution.subjects import sentence_subject
from quotecheck.attribution.unnamed import description_words
from quotecheck.extract import PARAGRAPH_BREAK

NAME = "continuation"
#: How many quotes back the one a quote goes on from may be; titles and terms in between are passed over.
LOOKBACK_QUOTES = 64
#: How many quotes on a quote's sentence may stand before the one its closing attribution follows.
AHEAD_QUOTES = 16
#: How much of the writer's own text may follow a quote, or stand in paragraphs after it, before a
#: paragraph that opens with a quote and goes on in its voice.
ASIDE = 120
ANSWERED = regex.compile(r"\?\W?\s*\Z")
#: A quotation that ends on a question mark, perhaps with a closing mark or two after it.
QUESTION = regex.compile(r"\?\W{0,2}\Z")
CONFIDENCE = 0.8
#: The sieves whose decision for a later piece of a quotation speaks for its first: a cue beside the piece.
LATER_CUES = frozenset({"adjacent", "pronoun"})
#: Nouns for words quoted just before, which a cue's subject may be: "the line read", "the remark ran".
QUOTED_WORDS = frozenset("line lines remark remarks comment comments words quote quotation passage sentence "
                         "translation version".split())
#: Determiners that refer back to them.
BACK = frozenset({"the", "that", "this", "these", "those"})


def previous_sibling(scene: Scene, index: int) -> int | None:
    """The spoken quote before ``index`` with the same parent."""
    parent = scene.quotes[index].parent
    for earlier in range(index - 1, max(-1, index - 1 - LOOKBACK_QUOTES), -1):
        if scene.quotes[earlier].parent == parent and scene.spoken(earlier):
            return earlier
        if parent is not None and earlier == parent:
            return None
    return None


def someone_between(scene: Scene, start: int, end: int, speaker: str | None) -> bool:
    """True when a person other than ``speaker`` is named between two quotes, outside quote marks."""
    cast = scene.cast
    for index in range(cast.before(start), cast.before(end)):
        person = cast.person_of(index)
        if person.kind == "person" and person.named and not person.place and person.name != speaker \
                and inside_quote(scene, cast.mentions[index].start) is None:
            return True
    return False


def writers_question(scene: Scene, index: int) -> bool:
    """True when quote ``index`` is a question the writer asks in the first person: "“Why stay?” I asked him."."""
    decision = scene.decisions[index]
    return decision is not None and decision.mention is not None and the_writer(scene, decision.mention) \
        and asks(scene, index)


def sieve(scene: Scene, index: int) -> Attribution | None:
    """Give a cue-less quote the speaker of the quote it goes on from."""
    quote = scene.quotes[index]
    if restates(scene, index):
        return restatement(scene, index)
    if scene.findings[index].settled:
        return None  # a cue of its own, or one that names who was spoken to: "Trump was asked, "…""
    if quote.continues is not None and scene.decisions[quote.continues] is not None:
        return carry(scene.decisions[quote.continues], index)
    later = closing_attribution(scene, index)
    if later is not None:
        return carry(later, index)
    earlier = previous_sibling(scene, index)
    if earlier is None:
        return cue_in_a_later_piece(scene, index)
    # A source described rather than named is decided by the last sieves, but it is known already and the
    # quote after it goes on in its voice: said a Nevada Democrat. "…" · the general said. "…"
    before = scene.decisions[earlier] or nominal.sieve(scene, earlier) or anonymous.sieve(scene, earlier)
    if before is None or before.speaker is None:
        return None
    paragraph_start = scene.paragraphs[index][0]
    if scene.paragraphs[earlier] == scene.paragraphs[index] and scene.floors[index] > scene.quotes[earlier].end \
            and sentence_subject(scene.text, scene.floors[index], quote.start)[0] is not None:
        return None  # "She wants the candidates "…"": a sentence of its own names its subject
    if scene.paragraphs[earlier] == scene.paragraphs[index]:
        if scene.quotes[earlier].kind != "quote" and quote.start > scene.ceilings[earlier] \
                and not in_attribution(scene, earlier) and not attributed_after(scene, earlier, before):
            # A fragment speaks for its own sentence only, unless an attribution after it closes that sentence:
            # called him "a sociopath," Humphrey said. "…"
            return None
        if ANSWERED.search(scene.text, scene.quotes[earlier].end - 3, quote.start):
            return None  # a question answered at once is a turn in a dialogue
        if writers_question(scene, earlier):
            return None  # "“Why stay?” I asked him. “…”": the answer is the one asked's (see ``interview``)
        # Names in the sentence that attributes the earlier quote describe its speaker.
        start = max(scene.ceilings[earlier], before.mention.end if before.mention else 0)
        if someone_between(scene, start, quote.start, before.speaker):
            return None
        return carry(before, index)
    if scene.text[paragraph_start: quote.start].strip():
        return None  # across paragraphs, only a quote that opens its own goes on from the last
    last = scene.quotes[earlier]
    if before.cue is not None and before.cue.start >= last.end and "\n" in scene.text[last.end: before.cue.start] \
            and before.cue.text in CREDIT_MARKS:
        return None  # a credit on a line of its own closes the quotation: "…"\n— Lisa Curtis
    tail = scene.text[last.end: scene.paragraphs[earlier][1]]
    # A fragment that closes its paragraph hands on too: saying he's "made a lot of money."\n\n"Frankly, …"; and
    # so does one an attribution after it gives a speaker: calling him "a buffoon," Susan said.\n\n"…"
    ends_paragraph = last.kind == "quote" or before.cue is not None and not tail.strip(" \t.!?") \
        or attributed_after(scene, earlier, before)
    if ends_paragraph and scene.paragraphs[earlier][1] >= last.end:
        # The sentence that attributes the quote before describes its speaker: "said Robert Antonacci of the
        # New York delegation."; with no cue there, the tail is the writer's and may name someone else.
        if before.cue is not None:
            start = max(scene.ceilings[earlier], before.mention.end if before.mention else 0)
        else:
            start = last.end + len(tail)
        # A short aside may stand between ("She pauses."), but not a paragraph of the writer's narrative, nor
        # the writer's question, which the one interviewed answers (see ``interview``).
        between = scene.text[scene.paragraphs[earlier][1]: paragraph_start].strip()
        if len(tail) < ASIDE and len(between) < ASIDE and not between.endswith("?") \
                and not someone_between(scene, start, quote.start, before.speaker):
            return carry(dialogue_turn(scene, index, earlier) or before, index)
    return None


def dialogue_turn(scene: Scene, index: int, earlier: int) -> Attribution | None:
    """The other speaker's turn, when quote ``index`` goes on a dialogue of questions and answers.

    Two people take turns a paragraph each, and ``index`` opens the next
    paragraph with no cue: a question after the answer to a question is
    the asker's again (""Did you sign it?" Abernathy asked. / "No," Sorensen
    replied. / "Are you sure?""), and the answer to a question is the one
    asked's.  None when the turns are no questions and answers, which in
    news most often are one speaker going on.
    """
    prior = previous_sibling(scene, earlier)
    if prior is None or not turns(scene, (prior, earlier, index)):
        return None
    asker, answerer = scene.decisions[prior], scene.decisions[earlier]
    if asker is None or answerer is None or asker.speaker is None or asker.speaker == answerer.speaker \
            or "person" != asker.speaker_kind or "person" != answerer.speaker_kind:
        return None
    asked = [asks(scene, number) for number in (prior, earlier, index)]
    if asked == [True, False, True] or asked[1] and not asked[2]:
        return asker
    return None


def asks(scene: Scene, index: int) -> bool:
    """True when quote ``index`` ends on a question mark."""
    quote = scene.quotes[index]
    return QUESTION.search(scene.text, max(quote.start, quote.end - 3), quote.end) is not None


def turns(scene: Scene, quotes: tuple[int, ...]) -> bool:
    """True when ``quotes`` stand in paragraphs one after another, each its paragraph's only quote and opening it."""
    for earlier, later in zip(quotes, quotes[1:]):
        if scene.text[scene.paragraphs[earlier][1]: scene.paragraphs[later][0]].strip():
            return False
    for number in quotes:
        paragraph = scene.paragraphs[number]
        if scene.text[paragraph[0]: scene.quotes[number].start].strip() or any(
                scene.paragraphs[other] == paragraph for other in (number - 1, number + 1)
                if 0 <= other < len(scene.quotes) and scene.spoken(other)):
            return False
    return True


def cue_in_a_later_piece(scene: Scene, index: int) -> Attribution | None:
    """The attribution a cue gives a later piece of the quotation that quote ``index`` opens, across paragraphs.

    "When the engine came, the roof was gone.\n\n"Both men walked out," Broussard said.": a quotation
    that runs over paragraphs is one speaker's, wherever its cue stands.
    """
    pieces = scene.cache.get("continued by")
    if pieces is None:
        pieces = scene.cache["continued by"] = {
            quote.continues: later for later, quote in enumerate(scene.quotes) if quote.continues is not None}
    later, quote = pieces.get(index), scene.quotes[index]
    while later is not None:
        decision = scene.decisions[later]
        if decision is not None:
            # Only a cue beside the piece names the speaker: not a lead-in, nor a name inside this quote.
            mention = decision.mention
            if decision.sieve not in LATER_CUES or mention is not None and mention.start < quote.end \
                    and quote.start < mention.end:
                return None
            return carry(decision, index)
        later = pieces.get(later)
    return None


def restates(scene: Scene, index: int) -> bool:
    """True when the subject of quote ``index``'s cue is words quoted before: "the line read", "those words ran"."""
    finding = scene.findings[index]
    if finding.subject_type != "phrase" or finding.antecedent is not None:
        return False
    words = description_words(finding.subject.text)  # "the line of the statement" is "the line"
    return len(words) == 2 and words[0] in BACK and words[1] in QUOTED_WORDS


def restatement(scene: Scene, index: int) -> Attribution | None:
    """The speaker of the quote that quote ``index`` restates: the last before it, in its paragraph or the one before."""
    earlier = previous_sibling(scene, index)
    if earlier is None:
        return None
    end, start = scene.paragraphs[earlier][1], scene.paragraphs[index][0]
    if len(PARAGRAPH_BREAK.findall(scene.text, end, max(end, start))) > 1:
        return None  # a paragraph stands between
    before = scene.decisions[earlier]
    if before is None or before.speaker is None:
        return None  # left to the anonymous sieve, once no pass gives the earlier quote a speaker
    finding = scene.findings[index]
    return attrs.evolve(carry(before, index), mention=finding.subject, cue=finding.cue)


def attributed_after(scene: Scene, index: int, decision: Attribution) -> bool:
    """True when the cue of ``decision``, which attributes quote ``index``, follows it.

    The decision may be one a later sieve gives ahead of its turn (a source described rather than named).
    """
    return decision is not None and decision.cue is not None and decision.cue.start >= scene.quotes[index].end


def in_attribution(scene: Scene, index: int) -> bool:
    """True when quote ``index`` stands in the sentence that attributes the quote before it.

    In ``"…," she said, showing off the "Make America Great Again" hat. "…"``
    the fragment belongs to the attribution, and the quote after it goes on
    from the one before.
    """
    decision, earlier = scene.decisions[index], previous_sibling(scene, index)
    if decision is None or decision.cue is None or earlier is None:
        return False
    before = scene.decisions[earlier]
    return before is not None and before.cue == decision.cue and scene.quotes[earlier].kind == "quote"


def closing_attribution(scene: Scene, index: int) -> Attribution | None:
    """The attribution that closes the sentence of quote ``index`` after a later quote in it.

    ``Fundraising was "stagnant" as donors watched a "turbulent cycle," he said.``:
    the cue after the last quote of a sentence speaks for each quote before it.
    """
    quote = scene.quotes[index]
    if closes_on(scene.text, quote.end, CLOSED):
        return None
    # A sentence holds a few quotes and runs no further than SENTENCE_REACH: a line of quotes with no point
    # in it (a playlist) is read no further, and the reading stays linear in the quotes.
    for later in range(index + 1, min(len(scene.quotes), index + 1 + AHEAD_QUOTES)):
        after = scene.quotes[later]
        if after.start - quote.end > SENTENCE_REACH:
            return None
        if after.parent != quote.parent or not scene.spoken(later):
            continue
        if ends_sentence_between(scene.text, quote.end, after.start):
            return None
        decision = scene.decisions[later]
        if decision is not None and decision.cue is not None and decision.cue.start >= after.end:
            return decision
        if closes_on(scene.text, after.end, CLOSED):
            return None
    return None


def ends_sentence_between(text: str, start: int, end: int) -> bool:
    """True when a sentence ends in ``text[start:end]``."""
    return "\n" in text[start:end] or len(sentence_starts(text, start, end)) > 1


def carry(source: Attribution, index: int) -> Attribution:
    """The attribution ``source`` made, passed on to quote ``index``."""
    return attrs.evolve(source, quote=index, cue=None, sieve=NAME, confidence=min(source.confidence or 0, CONFIDENCE))
