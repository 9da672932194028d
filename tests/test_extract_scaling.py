"""Cleaning and extraction do work linear in the article: the function calls for a text four
times as long are compared with those for the shorter one (counted, not timed: the count does
not depend on the machine's load; `benchmarks/extract_growth.py` prints the times)."""
import random

import pytest

from work import extraction_calls

GROWTH = 4
# a linear step grows by GROWTH; a quadratic one by GROWTH ** 2 = 16
MAX_RATIO = 5




def _figures_in_one_sentence(n: int) -> str:
    return "Judul berita\n" + " ".join(f"peserta aktif {i % 90 + 10} juta dan iuran Rp {i % 40 + 1} triliun" for i in range(n)) + "."


def _run_of_dots(n: int) -> str:
    return "Judul berita\nPeserta aktif BPJS Ketenagakerjaan mencapai 40 juta " + "." * (n * 20) + " orang pada 2023."


def _short_lines(n: int) -> str:
    rng = random.Random(n)
    return "Judul berita\n" + "\n".join(
        f"Baris {i} peserta aktif {rng.randint(10, 99)} juta orang pada tahun {2000 + i % 25} dan iuran Rp {i % 50 + 1} triliun."
        for i in range(n))


@pytest.mark.parametrize("make", [_figures_in_one_sentence, _run_of_dots, _short_lines])
def test_four_times_the_text_takes_at_most_about_four_times_as_long(make):
    # the work in function calls, after a warm-up on a short text (the lexicon and the patterns
    # are loaded once, outside the count)
    _, small, large = extraction_calls(make(10), make(300), make(300 * GROWTH))
    assert large / small < MAX_RATIO, (small, large)
