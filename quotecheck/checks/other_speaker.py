"""QC303: the same words given to a different speaker elsewhere.

When the provenance index holds the quote (word for word or as an excerpt)
with a named speaker who cannot be this quote's speaker, one of the two
articles has the attribution wrong.  Names are compared loosely: "Trump" and
"Donald J. Trump" can be one person, "Lisa Curtis" and "Lisa Maddox"
cannot.  Quotes with no speaker here, or none there, are left to QC101.
"""

from __future__ import annotations

from typing import Iterator

from quotecheck.checks import provenance
from quotecheck.checks.model import Context, Finding, Rule
from quotecheck.checks.published import REPEATS


def check(context: Context) -> Iterator[Finding]:
    """Every quote whose words the index gives to someone else."""
    from quotecheck.index.clusters import same_person

    attributions = context.attributed.attributions
    for number, found in provenance.matches(context).items():
        speaker = attributions[number].speaker
        if not speaker or attributions[number].speaker_kind == "anonymous":
            continue
        others = [one for one in found if one.kind in REPEATS and one.speaker
                  and not same_person(speaker, one.speaker)]
        if not others:
            continue
        first = others[0]
        quote = context.quotes[number]
        yield Finding(RULE.code, quote.start, quote.end, {
            "speaker": speaker, "other": first.speaker, "where": provenance.where(first),
            "outlet": first.outlet, "date": first.date, "url": first.url}, quote=number)


RULE = Rule("QC303", "different-speaker", "warning",
            "these words are {speaker}'s here but {other}'s in {where}",
            "The same words attributed to a different speaker elsewhere.", check)
