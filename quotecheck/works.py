"""Words around a quoted span that show it names a work: a book, a show, a song, an article.

The evidence style guides give for setting a title in quotation marks: a
noun of the work's kind before it ("the novel", "the song"), a network's
possessive ("on NBC's"), a verb whose object is a work (performed, watched,
written, sung), a role in the work after it ("star", "host"), a verb whose
subject is a work ("opens Friday"), a list joined to a title before it, and
a byline after a headline.  kinds.classify weighs them against the cues.
"""

from __future__ import annotations

import regex

#: Words just before a span that name it a work: the title of a book, a show,
#: an ad, or a network's programme.  Evidence enough to outweigh a cue after it
#: (on NBC's "Meet the Press," Smith said).
#: Nouns of a work's kind: the novel, the song, the journal.
WORK_NOUNS = frozenset("""
book books memoir novel novella biography autobiography anthology debut film movie documentary show program programme
podcast series miniseries sitcom drama thriller comedy cartoon sketch song anthem album single
column op-ed essay editorial article report study play musical opera poem magazine newspaper journal newsletter
broadcast episode segment special reboot sequel hit bestseller best-seller headline website blog
ad advert advertisement commercial spot video script screenplay trailer soundtrack hymn ballad
""".split())
#: Words that name a span a work's title whatever its capitals: a paper "titled" in sentence case is one too.
TITLED = r"\btitled|\bentitled|\bheadlined"
WORK_BEFORE = regex.compile(
    r"(?:\b(?:author|authors|co-author|editor) of|" + TITLED + "|"
    r"\b(?:" + "|".join(sorted(WORK_NOUNS, key=len, reverse=True)) + ")"
    r",?(?:\s+(?:called|named))?"
    # A part or a making of a work: the script for, a staging of, the new season of, a sequel to.
    r"|\b(?:script|screenplay|trailer|soundtrack|lyrics|premiere|sequel|prequel|remake|adaptation|rendition"
    r"|performance|production|staging|screening|reading|cast|pilot|finale|season|chorus|verse)\s+(?:for|of|to)"
    r"|\b(?:NBC|CBS|ABC|CNN|Fox|MSNBC|PBS|NPR|HBO|Netflix|BBC|C-SPAN|ESPN|POLITICO|"
    r"Showtime|Comedy Central|News|channel|network|television|TV)['’]s)\s*$",
    # Read backwards from the end the pattern is tied to: one try rather than one at each place.
    regex.IGNORECASE | regex.REVERSE,
)
#: Verbs whose object is a work performed, read or watched: played "Born to Run", watched "Jaws".  Only
#: "read from" or "read aloud": a sign or a shirt that "read" something carries a slogan, which is words quoted;
#: and not "sang", whose object is as often the words sung ("singing "It's Our Time.""): SUNG weighs it apart.
PERFORMED = (
    r"\b(?:play|plays|played|playing|perform|performs|performed|performing"
    r"|watch|watches|watched|watching|(?:read|reads|reading)\s+(?:from|aloud))"
)
#: Verbs whose object is a work written, made or read again: wrote "The Salt Years", directed "Jaws", reread
#: "Middlemarch".  A writer's words are quoted after "wrote" too ("she wrote "We Will Win.""), so these count
#: only right before the span, with no comma or colon between, and for a span with no sentence's end.
MADE = regex.compile(
    r"\b(?:(?:co-)?(?:write|writes|wrote|writing|written|direct|directs|directed|directing)|penned"
    r"|(?:re-)?(?:record|records|recorded|recording)|re-?(?:read|reads|reading)"
    r"|publish|publishes|published|publishing|release|releases|released|releasing)\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
#: Verbs whose object is a song or a poem sung, hummed or recited: sang "Danny Boy", recited "The Lake Isle of
#: Innisfree".  Their object is as often the words sung ("singing "It's Our Time.""), so these count only right
#: before a span in Title Case, short, and with no sentence's end.
SUNG = regex.compile(
    r"\b(?:sing|sings|sang|sung|singing|hum|hums|hummed|humming|recite|recites|recited|reciting"
    r"|whistle|whistles|whistled|whistling)\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
#: The most words a song's or a poem's title runs to.
SONG_WORDS = 8
#: Words written on something are a message, not a work: wrote "Fake News" on the board.
WRITTEN_ON = regex.compile(r"[ \t]+(?:on|onto|across)\b")
#: The same, a preposition or a verb of performing: weaker evidence, which a cue after the span outweighs.
TITLE_BEFORE = regex.compile(
    WORK_BEFORE.pattern.replace(r")\s*$", r"|\bon|\bin|\bof|" + PERFORMED + r")\s*$"), WORK_BEFORE.flags
)

#: A role in a work, or the kind of work, just after a span: the "Broad Street" star, the
#: "Nightly" host, his "Keepin' It Real" radio program, the latest "Fast & Furious" movie.
WORK_AFTER = regex.compile(
    r"[ \t]+(?:star|stars|co-star|host|co-host|anchor|creator|actor|actress|cast|alum|producer|showrunner"
    r"|(?:(?:radio|TV|television|talk|news|reality|cable|web|online|hit)[ \t]+)?"
    r"(?:program|programme|show|series|miniseries|sitcom|podcast|documentary|segment|episode|column|book|album"
    r"|film|movie|song|newsletter|blog|franchise))\b"
)

#: A verb just after a span whose subject is a work, not a speaker: "The Long Quiet" opens Friday.
WORK_VERB_AFTER = regex.compile(
    r"[ \t]+(?:(?:also|first|finally|now|officially|originally)[ \t]+)?"
    r"(?:opens|opened|premieres|premiered|airs|aired|debuts|debuted|streams|streamed|grosses|grossed|stars|starred"
    r"|(?:hits|hit)[ \t]+(?:theaters|theatres|screens|shelves|stores|bookstores)"
    r"|(?:is|was|are|were|will[ \t]+be)[ \t]+(?:released|published|broadcast|screened|staged|nominated)"
    r"|(?:comes|came)[ \t]+out|sold[ \t]+[\d,.]+(?:[ \t]+million)?[ \t]+copies)\b"
)

#: What joins a span to a title just before it in a list: "Born to Run" and "Thunder Road", "Jaws," "Alien",
#: and after "and" a determiner with up to two words in lower case: "The Quiet Shore" and the underrated "Salt".
JOINED = regex.compile(
    r",?[ \t]+(?:(?:and|or|&)[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+){0,2})?)?"
)

#: A byline after a span closed by a comma: "Museum to close," by the Post's Ann Cole.
BYLINE_AFTER = regex.compile(
    r"[ \t]+by[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.&-]*[ \t]+)*\p{Lu}[\p{L}.&-]*['’]s?[ \t]+\p{Lu}"
)

#: "Titled" just before a span: the span is a title even in sentence case, as papers and reports give theirs
#: ("a paper titled "Sleep loss and memory in older adults"").  Not "titled," with a comma, which leads in
#: as a cue does.
TITLED_BEFORE = regex.compile(r"(?:" + TITLED + r")[ \t]*$", regex.IGNORECASE | regex.REVERSE)
#: A sentence's end inside a span, closing marks and all: a title is one sentence at most.
SENTENCE_INSIDE = regex.compile(r"[.?!][\"”’']*\s+[\p{Lu}\"“‘]")

#: Ordinals that may stand for a noun said before them.
ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth latest last next previous".split()
#: An ordinal after its determiner, set off by commas: "His first novel flopped. His second, "The Long Tide",
#: won".  ``work_noun_said`` looks for the noun it stands for.
ORDINAL_BEFORE = regex.compile(
    r"\b(?:the|his|her|its|their|our|my|your|[\p{L}.-]+['’]s?)[ \t]+(?:" + "|".join(ORDINALS) + r"),[ \t]*$",
    regex.IGNORECASE | regex.REVERSE,
)
#: How far back in its paragraph the noun an ordinal stands for is looked for: a sentence or two.
ORDINAL_REACH = 200
NOUN = regex.compile(r"[\p{L}-]+")


def work_noun_said(before: str) -> bool:
    """True when ``before`` holds a noun of a work's kind, singular or plural: two films, her debut."""
    for word in NOUN.findall(before.lower()):
        if word in WORK_NOUNS or word.endswith("s") and (
                word[:-1] in WORK_NOUNS or word[:-2] in WORK_NOUNS or word[:-3] + "y" in WORK_NOUNS):
            return True
    return False


def ordinal_for_work(text: str, start: int) -> bool:
    """True when an ordinal set off by commas just before ``start`` stands for a work named before it."""
    before = text[max(0, start - ORDINAL_REACH): start].rsplit("\n", 1)[-1]
    found = ORDINAL_BEFORE.search(before)
    return found is not None and work_noun_said(before[: found.start()])
