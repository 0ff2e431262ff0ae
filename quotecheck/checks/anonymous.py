"""QC102: a quotation credited to an anonymous or vague source.

"Officials said", "a source close to the talks", "critics say": the
anonymous sieve keeps such a phrase as the speaker.  A desk lists the phrases
it accepts (``accepted-sources``), compared without regard to case or a
leading article.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks.model import Context, Finding, Rule

ARTICLES = ("a ", "an ", "the ")


def plain(phrase: str) -> str:
    """A source phrase as compared with the accepted ones: lower case, one space, no leading article."""
    phrase = " ".join(phrase.split()).casefold()
    for article in ARTICLES:
        if phrase.startswith(article):
            return phrase[len(article):]
    return phrase


def check(context: Context) -> Iterator[Finding]:
    """Every quote whose speaker is an unnamed source the desk has not accepted."""
    accepted = {plain(phrase) for phrase in context.accepted_sources}
    for attribution in context.attributed.attributions:
        if attribution.speaker_kind != "anonymous" or plain(attribution.speaker or "") in accepted:
            continue
        quote = context.quotes[attribution.quote]
        yield Finding(RULE.code, quote.start, quote.end, {"source": attribution.speaker}, quote=attribution.quote)


RULE = Rule("QC102", "anonymous-source", "warning", "quote credited to an unnamed source: {source!r}",
            "A quotation credited to an anonymous or vague source.", check)
