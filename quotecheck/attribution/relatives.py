"""The name or phrase a relative pronoun subject stands for: ``said Beck, who said``, ``critics who say``.

The antecedent is the name right before the pronoun ("Rep. Gary Lindqvist of
Texas, who said": the one from the place), or the name before an appositive
set between commas ("McConnell, now the Senate majority leader, who said"),
else the unnamed phrase before it ("the Mexican president, who said"), with
the pronoun as its mention.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Finding, Span
from quotecheck.attribution.phrases import antecedent_phrase
from quotecheck.names import name_ending

#: How far back a relative pronoun looks past an appositive for its name.
APPOSITIVE_REACH = 60
#: What joins a name to the place it comes from: "Rep. Gary Lindqvist of Texas".
HOME_BEFORE = regex.compile(r"[ \t]+(?:of|from)[ \t]+\Z")
#: How an appositive opens: "now the Senate majority leader", "a former aide".
APPOSITIVE_OPENS = regex.compile(
    r"[ \t\n]*(?:(?:now|then|also|once|still|former)[ \t\n]+)?(?:a|an|the|his|her|its|their)[ \t\n]", regex.IGNORECASE,
)


def resolve_relative(text: str, finding: Finding) -> Finding:
    """A finding whose relative pronoun subject ("who") is tied to the name before it."""
    if finding.subject_type != "relative":
        return finding
    end = finding.subject.start
    while end > 0 and text[end - 1] in " ,\n—–-":
        end -= 1
    name = name_ending(text, max(0, end - 80), end)
    if name is not None:
        # "Rep. Gary Lindqvist of Texas, who said": the one from the place, not the place.
        of = HOME_BEFORE.search(text, max(0, name.start - 12), name.start)
        holder = name_ending(text, max(0, of.start() - 80), of.start()) if of else None
        name = holder or name
    if name is None and text[end: finding.subject.start].strip() == ",":
        # "McConnell, now the Senate majority leader, who said": past an appositive to its name.
        comma = text.rfind(",", max(0, end - APPOSITIVE_REACH), end)
        if comma > 0 and APPOSITIVE_OPENS.match(text, comma + 1, end):
            name = name_ending(text, max(0, comma - 80), comma)
    if name is None:
        # "the Mexican president, who said", "critics who say": an unnamed source, with the
        # relative pronoun as its mention.
        phrase = antecedent_phrase(text, end)
        if phrase is None:
            return Finding(finding.cue, None, None)
        comma = phrase.start - 1
        while comma > 0 and text[comma] in " \t":
            comma -= 1
        if comma > 0 and text[comma] == ",":
            # "Braynard, a South Carolina native who writes": the phrase is set beside a name.
            name = name_ending(text, max(0, comma - 80), comma)
        if name is None:
            return Finding(finding.cue, finding.subject, "phrase", phrase)
    return Finding(finding.cue, finding.subject, "name", Span.of(text, name))
