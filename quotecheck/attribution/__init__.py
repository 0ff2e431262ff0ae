"""Attribution: who said each quote, decided by an ordered list of sieves.

The sieves run in a fixed order, the more precise first (after Muzny et al.
2017, "A Two-stage Sieve Approach for Quote Attribution", adapted to news).
Each is a plain function of the scene and one quote that returns an
``Attribution`` or None; the first to decide wins, and the decision names its
sieve.  Sieves can be switched off by name.  The list runs again while it
still decides something, so a continuation can follow a lead-in.
"""

from __future__ import annotations

from typing import Callable, Iterable

import attrs
import regex

from quotecheck.attribution import adjacent, anonymous, continuation, document, interview, leadin, nominal, pronoun
from quotecheck.attribution.scene import SPOKEN, Attribution, Scene, scene_of
from quotecheck.extract import Extraction, prose
from quotecheck.quotes import Quote
from quotecheck.roster import Roster
from quotecheck.speakers import Cast, cast_of

Sieve = Callable[[Scene, int], "Attribution | None"]
SIEVES: tuple[tuple[str, Sieve], ...] = (
    (adjacent.NAME, adjacent.sieve),
    (document.NAME, document.sieve),
    (pronoun.NAME, pronoun.sieve),
    (continuation.NAME, continuation.sieve),
    (leadin.NAME, leadin.sieve),
    (interview.NAME, interview.sieve),
    (nominal.NAME, nominal.sieve),
    (anonymous.NAME, anonymous.sieve),
)
SIEVE_NAMES = tuple(name for name, _ in SIEVES)
#: Passes over the sieve list; each later pass only follows on from new decisions.
PASSES = 3


@attrs.frozen
class Attributed:
    """An extraction with one attribution per quote, in quote order."""

    extraction: Extraction
    attributions: tuple[Attribution, ...]
    _cast: Cast | None = attrs.field(default=None, eq=False, repr=False, alias="cast")
    #: Set when attribution had no quote to decide and left the cast to be built on first use.
    _roster: Roster | None = attrs.field(default=None, eq=False, repr=False, alias="roster")
    _deferred: bool = attrs.field(default=False, eq=False, repr=False, alias="deferred")

    @property
    def cast(self) -> Cast | None:
        """The people of the article; None once a result has crossed between processes."""
        if self._cast is None and self._deferred:
            # Built once, on first use; the record stays equal to what it was.
            object.__setattr__(self, "_cast", cast_of(prose(self.extraction.document), roster=self._roster))
        return self._cast


#: The sieves whose cue stands next to the quote, inside any quotation around it.
OWN_CUES = frozenset({adjacent.NAME, pronoun.NAME})
#: A modal verb just before a cue, perhaps with an adverb between: words someone could or would say, not said.
MODAL_BEFORE = regex.compile(
    r"\b(?:will|would|can|could|may|might|shall|should|must)(?:\s+\p{Ll}+ly|\s+just|\s+not|\s+never)?\s+\Z"
    r"|\p{L}['’](?:ll|d)(?:\s+\p{Ll}+ly|\s+just)?\s+\Z",
    regex.REVERSE,
)


def own_quotations(attributed: Attributed) -> tuple[bool, ...]:
    """For each quote, whether it is a quotation in its own right, not part of another's words.

    A quote inside a spoken quotation is the speaker's words: speech they
    recall or imagine ("people say, 'Feel the Bern'"), a phrase they mark.
    It stands on its own only when a cue next to it, inside the quotation,
    names a speaker other than the quotation's: "he told the British
    people: '…'" in Massoud's words is Churchill's; a pronoun that stands
    for no one named ("we say") names nobody, and a modal verb before the
    cue ("then Sanders can say '…'", "they'll say '…'") makes the words
    imagined, not said.  A quote inside a title or a term is on its own as
    well.
    """
    quotes, attributions = attributed.extraction.quotes, attributed.attributions
    text = attributed.extraction.document.text
    return tuple(
        around is None or (
            quote.kind in SPOKEN and attribution.sieve in OWN_CUES and attribution.speaker is not None
            and attribution.speaker_kind != "pronoun" and attribution.speaker != attributions[around].speaker
            and MODAL_BEFORE.search(text, max(0, attribution.cue.start - 30), attribution.cue.start) is None
        )
        for quote, attribution, around in zip(quotes, attributions, speech_around(quotes))
    )


def speech_around(quotes: tuple[Quote, ...]) -> list[int | None]:
    """For each quote, the nearest spoken quote around it, if any: the one whose words hold it."""
    around: list[int | None] = []
    # A parent always comes before its children, so one pass suffices.
    for quote in quotes:
        parent = quote.parent
        around.append(None if parent is None else parent if quotes[parent].kind in SPOKEN else around[parent])
    return around


def unattributed(index: int) -> Attribution:
    """The record of a quote no sieve could attribute."""
    return Attribution(index, None, None, None, None, None, None)


def attribute(extraction: Extraction, *, sieves: Iterable[str] | None = None, roster: Roster | None = None) -> Attributed:
    """Decide the speaker of every quote of ``extraction``."""
    chosen = set(SIEVE_NAMES if sieves is None else sieves)
    unknown = chosen - set(SIEVE_NAMES)
    if unknown:
        raise ValueError(f"unknown sieve: {', '.join(sorted(unknown))}")
    if not any(quote.kind in SPOKEN for quote in extraction.quotes):
        # No quote needs a speaker, so no sentence or name is read now: a
        # check that wants the article's people builds them when it asks.
        return Attributed(extraction, tuple(unattributed(index) for index in range(len(extraction.quotes))),
                          roster=roster, deferred=True)
    text = prose(extraction.document)  # no one named in code or in a directive line speaks
    cast = cast_of(text, roster=roster)
    scene = scene_of(text, extraction.quotes, cast)
    decide(scene, chosen)
    return Attributed(extraction, tuple(
        decision or unattributed(index) for index, decision in enumerate(scene.decisions)
    ), cast)


def decide(scene: Scene, chosen: set[str]) -> None:
    """Run the ``chosen`` sieves over the spoken quotes of ``scene``, pass after pass while they decide something."""
    spoken = [index for index in range(len(scene.quotes)) if scene.spoken(index)]
    for scene.passes in range(PASSES):
        decided = False
        for name, sieve in SIEVES:
            if name not in chosen:
                continue
            for index in spoken:
                if scene.decisions[index] is None:
                    decision = sieve(scene, index)
                    if decision is not None:
                        scene.decisions[index] = decision
                        decided = True
        if not decided:
            break
