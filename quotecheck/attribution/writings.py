"""Writings and their authors: ``a statement from the ministry``, ``read a letter from his wife, Lisa Curtis``.

A statement, a letter or a post speaks for whoever wrote it (see the
document sieve), and words someone reads out from another's letter, statement
or poem are the author's, not the reader's: "Tom read a statement from the
victim's mother, Lisa Curtis" gives Lisa Curtis, and so do "read out a poem
written by …", "read a letter Massoud had sent her" and "The statement from
Lisa Curtis was read by …".  A reading that names no author ("read a
statement outside court") leaves the reader as the speaker.
"""

from __future__ import annotations

import regex

from quotecheck.attribution.context import Span
from quotecheck.names import mention_at

#: Nouns for a document that speaks for whoever issued it.
DOCUMENTS = frozenset("""
statement letter memo memorandum email e-mail release post tweet message note report filing complaint
notice editorial op-ed ad advertisement announcement petition ruling communique communiqué transcript
""".split())
#: Nouns for a message that are a document only with its sender named after them: "a text from Tom Fane", not "the
#: text of the bill".
MESSAGES = frozenset({"text"})
#: The verbs of sending a message of each noun, with which an article may bring in the one a description then
#: refers to: "Ann Cole emailed him back. "…," the email read."  Replying is sending a message of any of them.
SENT = {
    "email": "emailed|e-mailed", "e-mail": "emailed|e-mailed", "message": "messaged|texted|emailed|e-mailed",
    "text": "texted", "tweet": "tweeted", "post": "posted", "letter": "wrote", "note": "wrote",
}
REPLIED = "replied|responded|wrote[ \t]+back"
#: What may be read out in another's words: a document, or a piece of writing.
WRITINGS = DOCUMENTS | frozenset("poem verse tribute eulogy passage extract excerpt".split())
#: The issuer after the noun: "a statement from the ministry", "a letter signed by Lisa Curtis", "a second email,
#: sent by Tom Fane two days later,".  A comma before the issuer only with a participle.
ISSUED_BY = regex.compile(
    r"(?:[ \t\n]+|,[ \t\n]*(?=\p{Ll}+[ \t\n]+by\b))"
    r"(?:(?:issued|released|sent|posted|put[ \t]+out|published|signed|written|circulated|distributed)"
    r"[ \t\n]+)?(?:from|by)[ \t\n]+(?:the[ \t\n]+)?(?=\p{Lu})"
)
#: Up to two words between a determiner or owner and the noun: "a joint statement", "Massoud's brief written note".
MODIFIERS = r"(?:[\p{L}-]+[ \t\n]+){0,2}"
#: A writing's noun, singular or plural, the longest first.
WRITING = r"(?:" + "|".join(sorted(WRITINGS, key=len, reverse=True)) + r")s?\b"
#: What a reader reads, after "read": "out a statement", "aloud from a letter", "a short poem".
READ_OBJECT = regex.compile(
    r"[ \t\n]+(?:(?:out|aloud)[ \t\n]+)?(?:(?:from|out[ \t\n]+of)[ \t\n]+)?(?:a|an|the|his|her|its|their|one)[ \t\n]+"
    + MODIFIERS + WRITING
)
#: The author after the noun and its preposition: "from", "by", "written by", "on behalf of".
AUTHORED_BY = regex.compile(
    r"[ \t\n]+(?:(?:written|sent|penned|composed|signed|dictated|left)[ \t\n]+)?(?:from|by|on[ \t\n]+behalf[ \t\n]+of)"
    r"[ \t\n]+"
)
#: A description of the author set before the name by a comma: "the victim's mother, ", "his late wife, ".
DESCRIBED = regex.compile(
    r"(?:the|a|an|his|her|its|their|my|our)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}[\p{L}'’-]+,[ \t\n]+"
)
#: A clause whose subject wrote the writing: "a letter Massoud had sent her", "the note she wrote".
WROTE = regex.compile(r"[ \t\n]+(?:(?:had|has)[ \t\n]+)?(?:sent|written|wrote|penned|composed|left)\b")
#: What may follow the author to the end of the sentence or to the quote, so that what is read is what is quoted:
#: "her", "to the court", "at the ceremony", "in 1984"; not another verb ("and was furious").
REACHES_QUOTE = regex.compile(
    r"(?:[ \t\n]+(?:him|her|them|me|us)\b)?(?:,?[ \t\n]+(?:to|at|in|on|during|outside|before|after|into)\b"
    r"[^,.;:!?\"“”]*)*,?[ \t\n]*[.:]?[ \t\n]*\Z"
)
#: A writing and its author in the words before a passive "read": "The statement from Lisa Curtis was read by".
WRITING_FROM = regex.compile(r"\b" + WRITING)


def author_read(text: str, end: int, ceiling: int) -> Span | None:
    """The author of the writing read out after a "read" that ends at ``end``: "read a statement from Lisa Curtis"."""
    read = READ_OBJECT.match(text, end, ceiling)
    if read is None:
        return None
    named = mention_at(text, read.end() + 1, ceiling) if text[read.end(): read.end() + 1] == " " else None
    wrote = WROTE.match(text, named.end, ceiling) if named is not None else None
    if wrote is not None:  # "read a letter Massoud had sent her"
        author, end = Span.of(text, named), wrote.end()
    else:
        author = author_after(text, read.end(), ceiling)
        end = author.end if author is not None else ceiling
    return author if author is not None and REACHES_QUOTE.match(text, end, ceiling) else None


def author_after(text: str, end: int, ceiling: int) -> Span | None:
    """The author named after a writing's noun that ends at ``end``: "by Lisa Curtis", "from his wife, Lisa Curtis"."""
    by = AUTHORED_BY.match(text, end, ceiling)
    if by is None:
        return None
    start = by.end()
    if text.startswith(("the ", "The "), start) and mention_at(text, start + 4, ceiling) is not None:
        start += 4  # "from the Taliban"
    named = mention_at(text, start, ceiling)
    if named is None:
        described = DESCRIBED.match(text, start, ceiling)
        named = mention_at(text, described.end(), ceiling) if described is not None else None
    return Span.of(text, named) if named is not None else None


def author_before(text: str, floor: int, start: int) -> Span | None:
    """The author of a writing named before a passive "read" at ``start``: "A letter from Lisa Curtis was read"."""
    for writing in reversed(list(WRITING_FROM.finditer(text, floor, start))):
        author = author_after(text, writing.end(), start)
        if author is not None:
            return author
    return None
