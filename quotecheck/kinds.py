"""Decide what a quoted span is: a quote, a fragment, a term or a title.

The decision rests on evidence around the span, after the way style guides
describe the uses of quotation marks: words that introduce a title ("author
of", "titled", "the script for", a show on a network, a verb of performing,
watching, writing or recording), a verb whose subject is a work ("opens
Friday"), the same words already a title in the text, words that introduce a
term ("so-called", "the word", "the word for it is", "known to friends as"),
speech verbs that mark reported speech (a verb of naming, "dubbed", "labeled",
reports the namer's words), capitalisation and sentence shape.  A span with no
evidence either way stays a quote or a fragment, since a missed quotation
costs an editor more than a scare quote listed once too often.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import regex

from quotecheck.cues import cue_follows, has_cue
from quotecheck.partial import runs_into
from quotecheck.works import (
    BYLINE_AFTER, JOINED, MADE, SENTENCE_INSIDE, SONG_WORDS, SUNG, TITLE_BEFORE, TITLED_BEFORE, WORK_AFTER, WORK_BEFORE,
    WORK_VERB_AFTER, WRITTEN_ON, ordinal_for_work,
)

#: Words just before a span that introduce a term, a name or a word as a word.
TERM_BEFORE = regex.compile(
    r"(?:\bso-called|\bso called|\bthe (?:word|words|term|terms|phrase|label|name|"
    r"slogan|motto|hashtag|moniker|nickname|expression|acronym)|\bnicknamed|"
    # A word a language or a people has: "The Welsh have a word, "hiraeth", for that longing".
    r"\b(?:a|one) (?:word|term)|"
    # Known to friends as, known in Washington as; not known by some as, which names who said it.
    r"\bknown(?:\s+(?:to|among|in|around|inside|within)(?:\s+[\p{L}'’-]+){1,3})?\s+as|"
    # The word for it is, the term doctors use is, a word for it: the word itself.  Not "the word he used
    # was", a past use, which quotes the user's words.
    r"\b(?:word|term|phrase|expression|name)\s+(?:for(?:\s+[\p{L}'’-]+){1,4}|(?:[\p{L}'’-]+\s+){1,3}uses?)"
    r"(?:\s+(?:is|was)|\s*:)|\b(?:word|term|phrase|expression)\s+that\s+means|"
    r"\ba\.k\.a\.|\baka|\bquote-unquote)"
    r",?(?:\s+(?:the|a|an))?\s*$",
    regex.IGNORECASE,
)

#: A verb of using words just before "the word", "the term" or "the phrase": the span is words someone used,
#: their quotation ("for not using the term “radical Islamic terrorism”", "refused to say the words").
#: So are the words someone replied, ended or greeted with ("answered with the words "Not now"", "ended the
#: call with a wave and the words "Never again."").
USED_BEFORE = regex.compile(
    r"(?:\b(?:use|uses|used|using|use of|say|says|said|saying|utter|utters|uttered|uttering|repeat|repeats|repeated|"
    r"repeating|coin|coins|coined|coining|invoke|invokes|invoked|invoking)"
    r"|\b(?:repl(?:y|ies|ied|ying)|(?:answer|respond|end|greet|finish|start|open)(?:s|ed|ing)?"
    r"|(?:clos|conclud)(?:e|es|ed|ing)|sign(?:s|ed|ing)?\s+off|beg(?:in|ins|an|inning))"
    r"(?:\s+[\p{L}'’-]+){0,3}?\s+with(?:\s+[\p{L}'’-]+){0,3}?)"
    r"\s+(?:the|a)\s+(?:word|words|term|terms|phrase|expression|slogan),?\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
#: A noun of words said and a verb "to be" just before a span: the span is those words, and a sentence
#: there is a quotation ("His last words were "Look after the dog."", "Her reaction was "This cannot be right."").
WORDS_WERE = regex.compile(
    r"\b(?:words|reply|reaction|answer|response|retort|message)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:was|were)\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
#: What follows one word discussed as a word: "hiraeth" means, what "synergy" means, "folk" is not a personality.
WORD_TOLD_AFTER = regex.compile(
    r"[ \t]+(?:means|meant|(?:does|do|did)(?:[ \t]+not|n['’]t)[ \t]+mean"
    r"|(?:is|was)(?:[ \t]+not|n['’]t)?[ \t]+(?:a|an)[ \t])"
)
#: A determiner just before a span, but not "that", which as often opens a clause: that "folk" is not a personality.
OWNER_BEFORE = regex.compile(
    r"\b(?:the|a|an|this|these|those|his|her|its|their|our|your|my)\s*$", regex.IGNORECASE | regex.REVERSE
)
#: What follows a span inside its sentence: a space or a comma, and a word or a mark.
SENTENCE_GOES_ON = regex.compile(r"[ \t,]*[^\s.!?;]")
#: A verb "to be" just before a span: one word there is what the subject is called ("that is "optics".").
COPULA_BEFORE = regex.compile(r"\b(?:is|was|are|were)[ \t]+$", regex.IGNORECASE | regex.REVERSE)

#: Words of calling out just before a span: a chant, a cry, a heckle.  What
#: follows them was said aloud, whatever its capitals ("chants of "Feel the
#: Bern!"", a man yelled "Stay there!").
CALLED_OUT = frozenset("""
chant chants chanted chanting cry cries cried crying shout shouts shouted shouting yell yells yelled
yelling scream screams screamed screaming jeer jeers jeered jeering heckled heckling chorus refrain
""".split())
#: Words that may stand between a word of calling out and the span: chants of, cried out.
CALLED_OUT_PARTICLES = frozenset({"of", "out", "back"})


def called_out(before: str) -> bool:
    """True when ``before`` ends with a word of calling out, and perhaps "of" or "out", a comma or a colon."""
    words = before[-30:].rstrip().rstrip(",:").split()
    if words and words[-1].lower() in CALLED_OUT_PARTICLES:
        words.pop()
    return bool(words) and words[-1].lower() in CALLED_OUT


#: A capitalised word or an initial just before, and a capitalised word just after: a name.
NAME_BEFORE = regex.compile(r"(?:\b\p{Lu}\p{Ll}+|\b\p{Lu}\.)[^\S\n]$")
NAME_AFTER = regex.compile(r"\s\p{Lu}\p{Ll}+\b")
#: An organisation's possessive just before: Fox News's, the Times's.
POSSESSIVE_BEFORE = regex.compile(r"\b\p{Lu}[\p{L}&.-]*['’]s?\s$", regex.REVERSE)

DETERMINER_BEFORE = regex.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my)(?:\s+(?:\d{4}|\d+(?:st|nd|rd|th)))?\s*$",
    regex.IGNORECASE | regex.REVERSE,
)

#: A word in lower case just after a span, as a noun after the adjective or noun a span holds: the "comeback"
#: single.  Not a preposition or a conjunction, after which the span is a noun quoted whole: a "belt" of prosperity.
WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}[\p{L}-]*)\b")
PHRASE_GOES_ON = frozenset(
    "of in on at to for from with by as into onto than and or but nor about over under after before".split()
)
#: How far a sentence is read on either side of a span for a cue that reports it.
SENTENCE_REACH = 300

SINGLE_MARKS = "'‘’‚‹›"
MARKS = "\"“”„«»‘’‚‹›' \n\t"
#: How much of a span's text the decision reads.
WINDOW = 240
#: The most words a nickname or label in capitals runs to.
NAME_WORDS = 6
#: How much of it is read for its first words.
FIRST_WORDS = 80

#: Pronouns and demonstratives: alone in quotation marks with no cue after them, a word as a word.
PRONOUN_WORDS = frozenset(
    "i me my you your he him his she her it its we us our they them their this that these those".split()
)
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via nor "
    "is are be it its".split()
)
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
#: What ends a sentence, and the characters the pattern syntax calls space (``\s``), which
#: may follow it: a test of the last character costs less than a search from each place.
SENTENCE_ENDS = (".", "?", "!", "…")
SPACES = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
#: The dashes that cut off a sentence of speech before its end: "“We never—” he stopped."
CUT_OFF = ("—", "–", "--")
#: What ends a sentence or a clause of speech; a span that opens a paragraph and ends otherwise is no speech.
CLAUSE_ENDS = SENTENCE_ENDS + (",", ":", ";")
INNER_SENTENCE = regex.compile(r"[.?!]\s+[\p{Lu}\"“‘]")
#: Where a sentence ends and the next begins, as a split of the text before a span.
SENTENCE_BREAK = regex.compile(r"[.?!][\"”’]?\s+")


def title_case(words: list[str]) -> bool:
    """True when every word that is not a small word begins with a capital."""
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    # Read up to the first word in lower case, which most quotes come to early.
    return all(word[:1].isupper() or word[:1].isdigit() for word in words if word.lower() not in SMALL_WORDS)


def name_like(words: list[str]) -> bool:
    """True for a few words capitalised as a name is, after an article: "the Lion of the North"."""
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return len(words) <= NAME_WORDS and title_case(words)


def head_words(head: str) -> list[str]:
    """The words of a span's head, or as many of its first words as decide its kind.

    Eight whole words, one of them neither capitalised nor a small word,
    settle the tests of length and of capitals alike, and most quotes show
    them early: the rest of the head is read only for a short or
    title-cased span.
    """
    # concurrent=False keeps the GIL: the regex module would release and retake it at every word.
    if len(head) <= FIRST_WORDS:
        return WORD.findall(head, concurrent=False)
    words = WORD.findall(head, 0, FIRST_WORDS, concurrent=False)
    words = words[:-1]  # the last may be cut short at the window's edge; those before it are whole
    if len(words) < 8 or title_case(words):
        return WORD.findall(head, concurrent=False)
    return words


def title_words(text: str, start: int, end: int) -> str:
    """The words of the span ``text[start:end]`` as ``classify`` looks up an earlier title's."""
    return " ".join(head_words(text[start: min(end, start + WINDOW)].strip(MARKS))).rstrip(".")


def set_in_name(text: str, start: int, end: int) -> bool:
    """True when the span ``text[start:end]`` is a nickname set inside a name: Robert C. "Bobby" Scott."""
    if NAME_BEFORE.search(text, max(0, start - 40), start) is None or NAME_AFTER.match(text, end) is None:
        return False
    words = head_words(text[start: min(end, start + WINDOW)].strip(MARKS))
    return len(words) <= 3 and all(word[:1].isupper() for word in words)


def opens_sentence(before: str) -> bool:
    """True when nothing but a sentence's end comes before a span in its paragraph."""
    before = before.rstrip(SPACES).rstrip("\"”’")
    return not before or before.endswith(SENTENCE_ENDS)


def classify(
    text: str, start: int, end: int, *, nested: bool = False, double_house: bool = False,
    titles: AbstractSet[str] = frozenset(), title_end: int | None = None, nicknames: AbstractSet[str] = frozenset(),
) -> str:
    """The kind of the span ``text[start:end]``, marks included.

    ``nested`` says the span lies inside another quotation; ``double_house``
    that the text sets its own quotations in double marks.  ``titles`` holds
    the ``title_words`` of the titles before the span, and ``title_end`` is
    where the last of them ends: the same words again, or a span listed
    after it, name a work too.  ``nicknames`` holds the ``title_words`` of
    the nicknames set inside a name before the span: the same words alone
    name the person, whatever follows them (Joe "Hammer" Rook ... "Hammer"
    said little).
    """
    # Only the span's head and tail are read, so that deeply nested spans
    # do not cost their whole length each.
    head = text[start: min(end, start + WINDOW)].lstrip(MARKS)
    content = head if end - start <= WINDOW else head + " " + text[end - WINDOW // 4: end]
    content = content.strip(MARKS)
    words = head_words(head.strip(MARKS))
    if not words:
        return "term"
    before = text[max(0, start - 60): start]
    paragraph_start = before.rfind("\n")
    if paragraph_start != -1:
        before = before[paragraph_start + 1:]
    after = text[end: end + 120]
    short = len(words) <= 3
    ends_sentence = content.rstrip(SPACES).endswith(SENTENCE_ENDS)
    cue_after = cue_follows(after)
    if len(words) == 1 and not cue_after and words[0].lower().rstrip(".") in PRONOUN_WORDS:
        return "term"  # a pronoun as a word: because "she" is a "he"
    if nicknames and short and not content.rstrip(SPACES).endswith(CLAUSE_ENDS) \
            and title_words(text, start, end) in nicknames:
        return "term"
    if called_out(before):
        return "quote" if words[0][:1].isupper() or ends_sentence else "fragment"
    if len(words) == 1 and words[0][:1].islower() and not cue_after and word_as_word(text, start, end, before):
        return "term"
    is_title_case = title_case(words)
    if short and TERM_BEFORE.search(before):
        return "fragment" if USED_BEFORE.search(before) else "term"
    if short and set_in_name(text, start, end):
        return "term"
    if content.endswith(",") and BYLINE_AFTER.match(after):
        return "title"  # an article's headline, as link lists give it
    if is_title_case and not INNER_SENTENCE.search(content) and (
        WORK_BEFORE.search(before) or WORK_AFTER.match(after) or not cue_after and (
            TITLE_BEFORE.search(before) or POSSESSIVE_BEFORE.search(before)
            or MADE.search(before) and not ends_sentence and not WRITTEN_ON.match(after)
            or SUNG.search(before) and not ends_sentence and len(words) <= SONG_WORDS
            or titles and title_words(text, start, end) in titles
            or ordinal_for_work(text, start)
            or title_end is not None and JOINED.fullmatch(text, title_end, start)
            # The subject of a sentence whose verb a work has, not a speaker, and no cue: "Jaws" opens Friday.
            or opens_sentence(before) and not content.endswith(CLAUSE_ENDS) and WORK_VERB_AFTER.match(after)
            and not has_cue(SENTENCE_BREAK.split(after, maxsplit=1)[0]))
    ):
        return "title"
    if words[0][:1].isupper() and TITLED_BEFORE.search(before) and not SENTENCE_INSIDE.search(content):
        return "title"  # a title in sentence case: a paper titled "Sleep loss and memory in older adults"
    if is_title_case and not cue_after and len(words) >= 2 and before.strip() \
            and not INNER_SENTENCE.search(content) and not content.endswith(("?", "!")) \
            and (DETERMINER_BEFORE.search(before) or TITLE_BEFORE.search(before)) and not has_cue(before[-40:]):
        return "title"
    if not short and name_like(words) and TERM_BEFORE.search(before) and not USED_BEFORE.search(before):
        return "term"  # a longer nickname or label, capitalised as a name: known as "the Lion of the North"
    if words[0][:1].isupper() and ends_sentence and WORDS_WERE.search(before):
        return "quote"  # his last words were "Look after the dog."
    lead_in = before.rstrip().endswith((":", ",", "—", "("))
    # A cue before the quote counts only for a lead-in, which few quotes have: it is read only then.
    # After a span closed by a full stop, a capital opens the next sentence, whose cue is its own: she had
    # been "cordial but short." Asked about it, she laughed.  (Against a title, any cue near counts.)
    # Words in lower case that a cue inside the sentence reports are that cue's object, and a cue after them
    # the sentence's own: the governor, who called it "a disgrace," said she would appeal.
    # Words in lower case that the writer's sentence runs into are a partial quotation, whatever cue is beside.
    # (Inside a quotation the sentence is the speaker's, whose cue may speak for the span too.)
    partial = not nested and words[0][:1].islower() and runs_into(sentence_before(text, start), lead_in)
    spoken = not partial and (
        cue_after and not (content.endswith(".") and after.lstrip(" \t")[:1].isupper())
        or lead_in and has_cue(before[-40:])
    )
    subhead = not before.strip() and not after.split("\n", 1)[0].strip()
    if subhead and len(words) >= 2 and content.upper() == content and not cue_after:
        return "title"  # a paragraph of capitals, quotation marks and all: a subhead
    if double_house and not nested and text[start] in SINGLE_MARKS and not spoken and (
            short or subhead or is_title_case):
        # AP style keeps single marks for quotes inside quotes and for
        # headlines: outside a quotation, a short or headline-cased span in
        # them is a term, and one that fills its paragraph a subhead.
        return "title" if subhead else "term"
    if not before.strip() and not spoken and len(words) == 1 and not content.rstrip(SPACES).endswith(CLAUSE_ENDS):
        # One word that opens a paragraph with no point, comma or cue after it: a word as a word
        # (“Containment” has been policy …) or a transcript's stage direction ("(CROSSTALK.)").
        return "term"
    if not before.strip() or spoken:
        return "quote"
    if lead_in:
        return "quote" if words[0][:1].isupper() or ends_sentence and not partial else "fragment"
    if words[0][:1].isupper() and before.rstrip()[-1:] in ".?!\"”" and (
            ends_sentence or len(words) > 6 or content.endswith(",") and cue_follows(after, unnamed=True)
            or content.rstrip(SPACES).endswith(CUT_OFF)):
        # A sentence of its own, one a cue after closes ("“He has a war to run,” one said"), or one cut
        # off by a dash ("“Don't—” she began").
        return "quote"
    if len(words) == 1 and words[0][:1].islower() and not content.rstrip(SPACES).endswith(CLAUSE_ENDS) \
            and DETERMINER_BEFORE.search(before) and in_unreported_phrase(text, start, end):
        return "term"
    # A word or two set off inside someone's quotation is the speaker's scare
    # quote, unless a cue just before gives them to someone (he said 'no').
    return "term" if nested and short and not has_cue(" ".join(before.split()[-1:])) else "fragment"


def sentence_before(text: str, start: int) -> str:
    """The words of the span's sentence before ``start``, in its paragraph."""
    return SENTENCE_BREAK.split(text[max(0, start - SENTENCE_REACH): start].rsplit("\n", 1)[-1])[-1]


def word_as_word(text: str, start: int, end: int, before: str) -> bool:
    """True when the one word ``text[start:end]`` is discussed as a word, or named with a "to be" no cue reports.

    "hiraeth" means, what "synergy" means, "irregardless" is not a word:
    one word with no determiner before it, whose meaning or kind the
    sentence tells, is a word as a word.  And one word after "is" that ends
    its sentence is the writer's label ("that is "optics"."), unless a cue
    in the sentence or the paragraph after gives it to someone.
    """
    if text[end - 2: end - 1] in CLAUSE_ENDS or OWNER_BEFORE.search(before):
        return False
    if WORD_TOLD_AFTER.match(text, end):
        return True
    return COPULA_BEFORE.search(before) is not None and SENTENCE_GOES_ON.match(text, end) is None \
        and unreported(text, start, end)


def in_unreported_phrase(text: str, start: int, end: int) -> bool:
    """True when the span ``text[start:end]`` modifies the noun after it in a sentence no cue reports.

    The "independent" review, a "closed" primary: one word set between a
    determiner and its noun, with no one in the sentence who said it, is the
    writer's scare quote.  With a cue the word is the speaker's (he called it
    a "rigged" process), and a cue anywhere after it in the paragraph counts.
    """
    following = WORD_AFTER.match(text, end)
    if following is None or following.group(1) in PHRASE_GOES_ON:
        return False
    return unreported(text, start, end)


def unreported(text: str, start: int, end: int) -> bool:
    """True when no cue reports the span ``text[start:end]``: none before it in its sentence, none after it in its
    paragraph."""
    before = sentence_before(text, start)
    # After the span the rest of the paragraph is read, past points that may end an abbreviation ("Mr.").
    return not has_cue(before) and not has_cue(text[end: end + SENTENCE_REACH].split("\n", 1)[0])
