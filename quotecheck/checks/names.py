"""QC104: a speaker called by surname before the full name, or spelled two ways.

News style names a person in full the first time, then by surname.  A
surname that comes before the full name (outside a headline and outside
quotations, where a speaker may say what they like) sends the reader looking
for someone not yet introduced.  Two spellings one edit apart, such as
Haqqgani and Haqqani, are almost always a typing slip; they are found through
the spellings' one-letter deletions, so the check stays linear.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator

from quotecheck.checks.model import Context, Finding, Rule
from quotecheck.extract import PARAGRAPH_BREAK
from quotecheck.roster import given_name_gender
from quotecheck.speakers import front_matter, places, short_form

#: Shorter surnames are too often different people one letter apart (Kerry, Perry).
SHORTEST_VARIANT = 5


def quoted_spans(context: Context) -> tuple[list[int], list[int]]:
    """Starts and ends of the outermost quotes, for telling whether an offset is inside one."""
    starts, ends = [], []
    for quote in context.quotes:
        if quote.parent is None:
            starts.append(quote.start)
            ends.append(quote.end)
    return starts, ends


def inside(spans: tuple[list[int], list[int]], offset: int) -> bool:
    """True when ``offset`` falls inside one of the spans."""
    found = bisect_right(spans[0], offset) - 1
    return found >= 0 and offset < spans[1][found]


def headline_end(context: Context) -> int:
    """Where the front matter, short paragraphs up to the headline, ends; 0 when the article opens with a lede."""
    end = context.attributed.cast.headline_end
    paragraphs = PARAGRAPH_BREAK.split(context.text[:end].strip())
    return end if end and all(map(front_matter, paragraphs)) else 0


def check(context: Context) -> Iterator[Finding]:
    """A surname before its full name, and two spellings of one surname."""
    cast = context.attributed.cast
    if cast is None:
        return
    spans = quoted_spans(context)
    named = [(mention, cast.people[person]) for mention, person in zip(cast.mentions, cast.referents)
             if cast.people[person].kind == "person" and not cast.people[person].place
             and not inside(spans, mention.start)]
    yield from surname_first(named, headline_end(context))
    yield from variants(named)


def surname_first(named: list, headline: int) -> Iterator[Finding]:
    """The first surname-only mention of each person who is named in full only later."""
    introduced: dict[str, tuple[int, str]] = {}
    full_names: dict[str, set[str]] = {}
    for mention, person in named:
        # A full name is a person's when it has a given name or the person an honorific:
        # "Michigan Republican", "Georgia Republicans" and "Caesars Palace" are not anyone's full name.
        if not short_form(mention.words) and (person.title or given_name_gender(mention.words[0])) \
                and mention.words[0] not in places()["places"]:
            introduced.setdefault(mention.words[-1], (mention.start, " ".join(mention.words)))
            full_names.setdefault(mention.words[-1], set()).add(person.name)
    seen: set[str] = set()
    for mention, _ in named:
        if len(mention.words) != 1 or mention.start < headline or mention.words[0] in seen:
            continue
        full = introduced.get(mention.words[0])
        # A surname two people named in full share (Barack and Michelle Obama) may mean either.
        if full is not None and mention.start < full[0] and len(full_names[mention.words[0]]) == 1:
            seen.add(mention.words[0])
            yield Finding(RULE.code, mention.start, mention.end,
                          {"problem": f"{mention.words[0]!r} appears before the full name {full[1]!r}"})


def variants(named: list) -> Iterator[Finding]:
    """A finding at the first use of the rarer of two surname spellings one edit apart."""
    counts: dict[str, int] = {}
    first: dict[str, object] = {}
    in_full: set[str] = set()
    for mention, _ in named:
        surname = mention.words[-1]
        if len(surname) >= SHORTEST_VARIANT and surname.isalpha():
            counts[surname] = counts.get(surname, 0) + 1
            first.setdefault(surname, mention)
            if not short_form(mention.words):
                in_full.add(surname)
    by_key: dict[str, list[str]] = {}
    for surname in counts:
        for key in {surname} | {surname[:at] + surname[at + 1:] for at in range(len(surname))}:
            by_key.setdefault(key, []).append(surname)
    reported: set[str] = set()
    for spellings in by_key.values():
        for index, one in enumerate(spellings):
            for other in spellings[index + 1:]:
                if one[0] != other[0] or plural(one, other) or not ({one, other} & in_full):
                    continue
                # The slip is the rarer spelling; at a tie, the one never given with a full name, then the later.
                rarer, usual = sorted((one, other),
                                      key=lambda name: (counts[name], name in in_full, -first[name].start))
                if rarer not in reported:
                    reported.add(rarer)
                    mention = first[rarer]
                    yield Finding(RULE.code, mention.start, mention.end,
                                  {"problem": f"{rarer!r} is also spelled {usual!r}"})


def plural(one: str, other: str) -> bool:
    """True when one spelling is the other with an s: the Clintons, not a slip."""
    return one + "s" == other or other + "s" == one


RULE = Rule("QC104", "inconsistent-name", "warning", "{problem}",
            "A speaker called by surname before the full name is given, or spelled two ways.", check)
