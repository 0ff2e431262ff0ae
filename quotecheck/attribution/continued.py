"""A sentence that "he" or "she" opens, quoting no one, goes on about the one whose gender the reader knows.

"Freya Curtis made an album. One critic called it "dull". She has the
review framed. “…,” she says": the critic is brought in for one word;
"She has the review framed" goes on about Freya Curtis, and so does the
"she" after it.  A writer who meant the critic would have had to give the
critic's gender before calling the critic "she" in a sentence of its own.
So before such a sentence, someone the article does not name and gave no
gender (an unnamed source) waits behind the people a pronoun of that gender
fits (``people.resolve``).  Not a named person of no known gender: a name is
the one an article goes on about ("Luay Sami came to Clarkston in 2011. He
got a car"), though no list knows the given name.  A sentence that reports
speech ("She added that the talks would go on", "He found none, he said")
is the source's own and changes nothing.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from quotecheck.attribution.context import Span
from quotecheck.attribution.lookup import inside_quote
from quotecheck.attribution.scene import Scene
from quotecheck.cues import WORDS as CUE_WORDS

#: A sentence's opening "he" or "she", perhaps after a short phrase of time or place ("In later life she"), an
#: adverb after it, its verb and the rest of the sentence.
OPENING = regex.compile(
    r"(?:\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,3},?[ \t]+)?(?P<pronoun>[Hh]e|[Ss]he)[ \t]+"
    r"(?:(?:also|still|now|often|never|\p{Ll}+ly)[ \t]+)?(?P<verb>\p{Ll}+)\b(?P<rest>[^.!?\n]*)"
)
#: How many words may follow a cue's verb for the sentence to tell what the one it opens did, not what they said:
#: "She laughs about it now", but "She added that the talks would go on".
REACTION_WORDS = 3


def continued(scene: Scene, pronoun: Span, starts: list[int]) -> int | None:
    """Where the latest sentence before ``pronoun``'s starts that its own word opens, quoting no one; None if none.

    ``starts`` are where the sentences before the pronoun's start, its own
    last; the first may start mid-sentence and is not read.
    """
    word, text = pronoun.text.lower(), scene.text
    if word not in ("he", "she"):
        return None
    for at in range(len(starts) - 2, 0, -1):
        start, end = starts[at], starts[at + 1]
        opening = OPENING.match(text, start, end)
        if opening is None or opening.group("pronoun").lower() != word or inside_quote(scene, start) is not None:
            continue
        following = bisect_left(scene.starts, start)
        if following < len(scene.starts) and scene.starts[following] < end:
            continue  # a sentence with a quotation in it is that quotation's attribution
        rest = opening.group("rest").replace(",", " ").split()
        if opening.group("verb") in CUE_WORDS and len(rest) > REACTION_WORDS or not CUE_WORDS.isdisjoint(rest):
            continue  # "She added that …", "He was unable to find one, he said": speech, the source's own
        return start
    return None
