"""Scale tests of ``parse_quotes``: time and memory stay linear in the text.

The texts are generated here from a few invented news paragraphs (quotes,
a nested quote, a quotation running over two paragraphs, apostrophes, an
inch mark, stray marks and an opener never closed), repeated to tens of
megabytes, and from runs of one mark shape repeated a hundred thousand
times.  Linearity is checked by ratio rather than by absolute time: the best
of a few runs at size N against the best at 4N, which a linear parser keeps
near 4 and a quadratic one near 16.  Memory is checked with ``tracemalloc``.

The fifty-megabyte test carries the ``slow`` mark; it runs in the normal
suite and can be left out with ``-m "not slow"``.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

import pytest

from quotecheck.quotes import parse_quotes

#: Invented wire copy.  Each block parses to ``QUOTES_PER_BLOCK`` quotes and
#: ``DIAGNOSTICS_PER_BLOCK`` diagnostics, whatever blocks stand around it.
BLOCK = (
    "HARBOURTON — The council of this small port town voted late on Tuesday to keep "
    "the old ferry running for another winter. \"We can't let the island go dark,\" "
    "said Mayor Edda Kastelein, who grew up on the crossing in the '90s. "
    "Opponents called the subsidy a \"floating pension\" for a boat nobody rides.\n\n"
    "Tomas O'Brien, the ferry's engineer, said the hull had passed its survey. "
    "“She's older than me, but she's sound,” he said. “The inspector told me, "
    "‘I've seen worse on newer ships,’ and he meant it.”\n\n"
    "The harbourmaster sent a letter that was read aloud at the meeting:\n\n"
    "“The crossing is the island's only road. Close it and the school closes next.\n\n"
    "“I ask the council to think of the winter, not the ledger,” she wrote.\n\n"
    "Not everyone was convinced. A resident who stood up with a 12\" length of rusted pipe "
    "asked the council to \" look again \" at the figures, and a handwritten sign by the door "
    "read “Keep Her Afloat.\n\n"
    "The vote was seven to four. The ferry sails again on Monday at 6 a.m.\n\n"
)
#: Two straight-quoted, one curly, one curly with a nested single quote
#: inside, the letter in two paragraph pieces, and the sign, kept to the end
#: of its paragraph though its closing mark is missing.
QUOTES_PER_BLOCK = 8
#: Two stray straight marks around "look again" and the sign left unclosed.
DIAGNOSTICS_PER_BLOCK = 3

FIFTY_MEGABYTES = 50_000_000
MARKS = 100_000


def article(characters: int) -> tuple[str, int]:
    """Whole blocks adding up to about ``characters``, and how many blocks."""
    repetitions = max(1, characters // len(BLOCK))
    return BLOCK * repetitions, repetitions


def best_time(text: str, repeats: int = 3, run=parse_quotes) -> float:
    """The shortest of ``repeats`` runs of ``run`` (by default a parse) over ``text``, in seconds."""
    times = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - started)
    return min(times)


#: How many times a pair of timings is taken before a ratio over the bound fails.
ATTEMPTS = 3


def assert_linear(make_text, size: int, repeats: int = 3, run=parse_quotes) -> None:
    """Running over ``make_text(4 * size)`` takes less than 8 times ``make_text(size)``.

    Linear work gives a ratio near 4 and quadratic work one near 16 at every
    try; another job on the machine can stretch one timing and not the other,
    so a ratio over 8 is measured again, up to ATTEMPTS times, before it fails.
    """
    small = make_text(size)
    large = make_text(4 * size)
    best_time(small, repeats=1, run=run)  # warm up regex caches and the allocator
    ratios = []
    for _ in range(ATTEMPTS):
        small_time = best_time(small, repeats, run)
        large_time = best_time(large, repeats, run)
        ratios.append(large_time / small_time)
        if ratios[-1] < 8:
            return
    raise AssertionError(f"4x the input took {min(ratios):.1f}x the time at best of {ATTEMPTS} tries "
                         f"(last: {small_time:.3f} s -> {large_time:.3f} s)")


def test_block_parses_as_documented():
    result = parse_quotes(BLOCK)
    assert len(result.quotes) == QUOTES_PER_BLOCK
    assert len(result.diagnostics) == DIAGNOSTICS_PER_BLOCK
    assert sum(quote.parent is not None for quote in result.quotes) == 1
    assert sum(quote.continues is not None for quote in result.quotes) == 1
    assert [diagnostic.code for diagnostic in result.diagnostics] == ["stray-mark", "stray-mark", "unclosed-quote"]


@pytest.mark.slow
def test_fifty_megabyte_article():
    text, repetitions = article(FIFTY_MEGABYTES)
    assert len(text) >= FIFTY_MEGABYTES - len(BLOCK)
    result = parse_quotes(text)
    assert len(result.quotes) == repetitions * QUOTES_PER_BLOCK
    assert len(result.diagnostics) == repetitions * DIAGNOSTICS_PER_BLOCK
    assert sum(quote.continues is not None for quote in result.quotes) == repetitions
    last = result.quotes[-1]
    assert text[last.start:last.end] == "“Keep Her Afloat."


def test_fifty_thousand_tiny_quotes():
    text = '"a" ' * (MARKS // 2)
    result = parse_quotes(text)
    assert len(result.quotes) == MARKS // 2
    assert result.diagnostics == ()
    assert all(quote.end - quote.start == 3 for quote in result.quotes)


def test_hundred_thousand_stray_marks():
    text = '" ' * MARKS
    result = parse_quotes(text)
    assert result.quotes == ()
    assert len(result.diagnostics) == MARKS
    assert {diagnostic.code for diagnostic in result.diagnostics} == {"stray-mark"}


@pytest.mark.parametrize("opener", ["“", "„", "«"])
def test_hundred_thousand_openers_in_one_paragraph(opener):
    text = f"{opener}word " * MARKS
    result = parse_quotes(text)
    assert result.quotes == ()
    assert len(result.diagnostics) == MARKS
    assert {diagnostic.code for diagnostic in result.diagnostics} == {"unclosed-quote"}


def test_hundred_thousand_unopened_closers():
    text = "word” " * MARKS
    result = parse_quotes(text)
    assert result.quotes == ()
    assert len(result.diagnostics) == MARKS
    assert {diagnostic.code for diagnostic in result.diagnostics} == {"unopened-quote"}


def test_article_time_is_linear():
    assert_linear(lambda characters: article(characters)[0], 1_000_000)


@pytest.mark.parametrize(
    "unit",
    ['"a" ', '" ', "“word ", "„word ", "word” ", "‘word ", "'s "],
    ids=["tiny-quotes", "stray", "curly-openers", "low-openers", "closers", "single-openers", "apostrophes"],
)
def test_mark_runs_time_is_linear(unit):
    assert_linear(lambda count: unit * count, 10_000)


def test_openers_then_other_family_time_is_linear():
    assert_linear(lambda count: "„a " * count + "«b» " * count, 1_000, repeats=2)


def test_web_address_lines_in_an_open_quotation_time_is_linear():
    # Each paragraph break inside the run of address lines keeps the quotation open (a lower-case word
    # follows the run); the run is read once, not again from every break in it.
    assert_linear(lambda count: '"The ferry\n\n' + "https://example.org/ferry\n\n" * count + "sails on", 2_000)


def test_deep_nesting_time_is_linear():
    assert_linear(lambda count: "„a " * count + "a“ " * count, 600, repeats=2)


def test_peak_memory_is_linear():
    text, _ = article(4_000_000)
    input_bytes = len(text.encode("utf-8"))
    gc.collect()
    tracemalloc.start()
    try:
        result = parse_quotes(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.quotes) > 0
    assert peak < 30 * input_bytes, f"peak {peak / 1e6:.1f} MB for {input_bytes / 1e6:.1f} MB of text"
