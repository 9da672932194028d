"""The Indonesian number grammar."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bpjs_pipeline.parsing.numbers import find_figures, parse_figure, parse_number


@pytest.mark.parametrize("text, value", [
    ("35,86 juta", 35_860_000),
    ("Rp1.000 T", 1e15),
    ("Rp907,6 miliar", 907.6e9),
    ("735.000", 735_000),
    ("Rp 14.000 triliun", 1.4e16),
    ("632.794", 632_794),
    ("25,004 juta", 25_004_000),
    ("41.56 juta", 41_560_000),  # a decimal point before a scale word
    ("6,1 jutaan", 6_100_000),
    ("30 [juta]", 30_000_000),
    ("0,64 juta", 640_000),
    ("Rp. 5,5 triliun", 5.5e12),
    ("IDR 3 triliun", 3e12),
    ("Rp 1,2 M", 1.2e9),
    ("400 ribu", 400_000),
    ("12 rb", 12_000),
    ("2,5 jt", 2_500_000),
    ("Rp 250 milyar", 250e9),
    ("Rp27–28 triliun", 27.5e12),  # a range is stored at its midpoint
])
def test_figures_parse_to_base_units(text, value):
    assert parse_figure(text) == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "69,04 persen", "15,89%", "2026", "tahun 2023", "PP Nomor 14 Tahun 1993", "PER.24/MEN/VI/2006",
    "12/05/2023, 20:30 WIB", "Senin (26/2/2024)", "9 tahun terakhir", "5-10 hari", "kuartal I 2024", "83 desa",
])
def test_non_figures_are_not_figures(text):
    assert find_figures(text) == []


def test_money_is_told_from_counts():
    rp, count, bare_trillion = find_figures("Rp 88,31 triliun dari 35,86 juta peserta, iuran 8,63 triliun")
    assert rp.is_money and not count.is_money and bare_trillion.is_money
    assert (rp.start, rp.end) == (0, len("Rp 88,31 triliun"))


def test_range_and_approximation_are_flagged():
    (fig,) = find_figures("Rp27–28 triliun")
    assert (fig.low, fig.high, fig.approximate) == (27e12, 28e12, True)
    assert find_figures("6,1 jutaan")[0].approximate


def test_separators_follow_indonesian_usage():
    assert parse_number("1.325.000", has_scale=False) == 1_325_000
    assert parse_number("35,86", has_scale=True) == 35.86
    assert parse_number("1,300", has_scale=False) == 1300
    assert parse_number("1.234,5", has_scale=False) == 1234.5


SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}


def _indonesian(units: int, cents: int) -> str:
    grouped = f"{units:,}".replace(",", ".")
    return f"{grouped},{cents:02d}" if cents else grouped


@settings(max_examples=300, deadline=None)
@given(units=st.integers(min_value=1, max_value=999_999), cents=st.integers(min_value=0, max_value=99),
       scale=st.sampled_from(sorted(SCALES)), rupiah=st.booleans())
def test_a_formatted_figure_parses_back_to_itself(units, cents, scale, rupiah):
    text = ("Rp " if rupiah else "") + f"{_indonesian(units, cents)} {scale}"
    expected = (units + cents / 100) * SCALES[scale]
    assert parse_figure(text) == pytest.approx(expected, rel=1e-12)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.,/-–[] RpTMjutaribmilyartnIDR%persn\n"), max_size=60) | st.text(max_size=80))
def test_no_input_raises_or_yields_a_bad_value(text):
    for fig in find_figures(text):
        assert math.isfinite(fig.value) and fig.value > 0
        assert 0 <= fig.start < fig.end <= len(text)


@pytest.mark.parametrize("text", ["US$ 1 miliar", "USD 5 juta", "5 miliar dolar AS"])
def test_other_currencies_are_not_rupiah_figures(text):
    assert find_figures(text) == []


def test_quadrillion():
    assert parse_figure("Rp 1 kuadriliun") == 1e15


def test_rupiah_written_after_the_figure_is_part_of_it():
    got = find_figures("sekitar 513,4 triliun rupiah setiap bulannya, dan 5 juta pekerja")
    assert [(f.text, f.value, f.is_money) for f in got] == [("513,4 triliun rupiah", 513.4e12, True),
                                                              ("5 juta", 5e6, False)]


@pytest.mark.parametrize("text, value", [("Rp 700-an triliun", 700e12), ("Rp 700an triliun", 700e12), ("30-an juta", 30e6),
                                         ("Rp 700 trilliun", 700e12)])
def test_about_so_many_and_a_misspelt_scale(text, value):
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.approximate) == (text, value, "an " in text)


def test_a_decade_is_no_figure():
    assert find_figures("sejak 1990-an dan tahun 2020-an") == []


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    from bpjs_pipeline.parsing.sentences import split_sentences
    texts = [s.text for s in split_sentences("Peserta BPU aktif baru 3,1 juta.Karena pandemi, target 33,7 juta. Lihat Detik.Com.")]
    assert texts == ["Peserta BPU aktif baru 3,1 juta.", "Karena pandemi, target 33,7 juta.", "Lihat Detik.Com."]


def test_a_full_stop_after_a_dates_bracket_glued_to_the_next_sentence_ends_it():
    from bpjs_pipeline.parsing.sentences import split_sentences
    texts = [s.text for s in split_sentences("Ia berbicara Senin (8/11/2021).Menurut dia, peserta aktif 30,4 juta.")]
    assert texts == ["Ia berbicara Senin (8/11/2021).", "Menurut dia, peserta aktif 30,4 juta."]
