"""Whether a span in lower case is part of the writer's sentence: a fragment, though a cue stands next to it.

A partial quotation is the words of a source that the reporter's own
sentence runs into: 'Turnout was "low", according to the returning
officer', 'Ann Cole is, she says, "very tired"'.  A cue set off by commas
beside it names the source without making the span a sentence of its own.
The partial quotation of news style opens in lower case and completes the
reporter's sentence; kinds.classify asks here only about such a span.
"""

from __future__ import annotations

from quotecheck.cues import TOKEN, WORDS, has_cue

#: Quotation marks, not the apostrophes that share a shape with some (the team's, it’s): a sentence that holds one
#: quotes before the span, which then goes on that quotation.
QUOTE_MARKS = "\"“”„«»‘‚‹›"
#: The most words a cue set off by commas runs to: "the lawyers said", "she says", "a top aide said".
ASIDE_WORDS = 4
#: Words that open an adverbial phrase or a clause before a sentence's subject ("In most cases, it said, "the
#: tenant is the victim."", "But, he said, "there is a line.""): the span after such an opening and a cue may be
#: the whole of the source's sentence.
OPENERS = frozenset("""
but and or so yet nor then now still also instead meanwhile however moreover indeed later earlier finally today
yesterday tomorrow in on at for with after before since when while if as although though because unless until once
from during under over by to into about through across against among between without within beyond despite
particularly specifically especially notably asked speaking writing yes no well
""".split())


def runs_into(sentence: str, lead_in: bool) -> bool:
    """True when the writer's ``sentence`` runs into the span after it, which opens in lower case.

    ``sentence`` is the text of the span's sentence before it, in its
    paragraph, and ``lead_in`` says it ends with a colon, a comma, a dash or
    a bracket.  With no lead-in, any words of the sentence run into the span
    ('Turnout was "low", according to Sam Martinon').  After a comma, the
    sentence runs into the span when a cue set off by commas stands between
    its subject and the span ('Bees left the patch, the study says, "even
    when nectar remained"'), but not when the cue is the sentence's own verb
    ('He told the council, "we will stay"'), nor after a quotation (the
    second half of a split quote).
    """
    if not lead_in:
        return bool(TOKEN.search(sentence))
    if not sentence.rstrip().endswith(",") or any(mark in sentence for mark in QUOTE_MARKS):
        return False
    first, *asides = sentence.rstrip().rstrip(",").split(",")
    opening = TOKEN.findall(first)
    if not opening or opening[0].lower() in OPENERS or has_cue(first):
        return False
    return any(set_off_cue(TOKEN.findall(aside)) for aside in asides)


def set_off_cue(words: list[str]) -> bool:
    """True for the words of a short cue between commas, a source and its verb: "she says", "said Ann Cole".

    Not a participle ("saying", "calling him"), which goes on the sentence's own verb and may introduce the
    source's whole sentence: she sent an email saying, "done."
    """
    return 0 < len(words) <= ASIDE_WORDS and any(
        word.lower() in WORDS and not word.endswith("ing") for word in (words[0], words[-1])
    )
