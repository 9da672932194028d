"""Constructions of thousands, exceeded targets and tables: a target an achievement exceeded is of its period,
"seribu" is a thousand, English number words joined by "and", and a second table under a header of periods."""
from datetime import date

from bpjs_pipeline.parsing.numbers import find_figures


def test_a_target_an_achievement_exceeded_is_of_its_period(facts_of):
    body = ("The agency managed Rp206.05 trillion in investment funds by the end of 2015. Contributions collected reached "
            "Rp 46.5 trillion, exceeding the target of Rp 44.8 trillion.")
    got = facts_of(body, published_on=date(2016, 3, 22))
    assert ("targets", "contributions", "all", None, 2015, 44.8e12) in got
    assert ("funds", "contributions", "all", None, 2015, 46.5e12) in got


def test_a_thousand_written_out(facts_of):
    body = "Manajemen menargetkan dana kelolaan tembus seribu triliun rupiah pada 2026."
    assert facts_of(body, published_on=date(2024, 3, 1)) == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_english_number_words_joined_by_and():
    assert [f.value for f in find_figures("four hundred and ten thousand migrant workers; ten thousand and five million")] \
        == [410_000, 10_000, 5e6]


def test_a_second_table_under_a_header_of_periods_is_a_table_of_its_own():
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    page = ("IKHTISAR KINERJA 2019\nIkhtisar Keuangan Dana Jaminan Sosial (dalam miliar Rupiah)\nUraian | 2018 | 2019\n"
            "Aset DJS | 400.150 | 452.740\nIuran | 70.235 | 75.612\nLiabilitas | 3.102 | 3.455\nIkhtisar Kepesertaan\n"
            "Uraian | 2018 | 2019\nTenaga kerja aktif (orang) | 30.460.118 | 34.166.524\nPemberi kerja aktif | 587.212 | 637.021\n")
    got = {(f.table, f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}
    assert ("participants", "active_employers", 2019, 637_021) in got
    assert ("funds", "contributions", 2019, 75_612_000_000_000) in got
    assert not any(f[1] == "managed_funds" for f in got)
