"""parsing/numbers.py: figures written in words."""
import pytest

from bpjs_pipeline.parsing.numbers import find_figures


@pytest.mark.parametrize("text, value", [
    ("bisa mencapai dua juta orang", 2e6),
    ("dua puluh lima juta pekerja", 25e6),
    ("sebelas juta peserta", 11e6),
    ("tiga belas ribu perusahaan", 13e3),
    ("dana sepuluh triliun", 10e12),
])
def test_a_number_written_in_words_before_a_scale_word(text, value):
    (figure,) = find_figures(text)
    assert figure.value == value


def test_words_that_are_no_number_are_no_figure():
    assert find_figures("satu-satunya juta") == []
    assert find_figures("juta orang") == []


def test_a_figure_written_scale_by_scale_in_words_is_one_figure():
    from bpjs_pipeline.parsing.numbers import find_figures
    figures = find_figures("mencapai satu triliun seratus miliar rupiah (Rp 1,1 triliun)")
    assert [(f.text, f.value) for f in figures] == [("satu triliun seratus miliar", 1.1e12), ("Rp 1,1 triliun", 1.1e12)]


@pytest.mark.parametrize("text, value", [
    ("Tujuh koma sembilan juta itu yang informal", 7.9e6),
    ("dana dua koma lima triliun", 2.5e12),
    ("nol koma delapan juta pekerja", 0.8e6),
])
def test_a_spelled_number_with_a_decimal_point_said_as_koma(text, value):
    (figure,) = find_figures(text)
    assert figure.value == pytest.approx(value)
    assert figure.text.split()[-1] in ("juta", "triliun")
