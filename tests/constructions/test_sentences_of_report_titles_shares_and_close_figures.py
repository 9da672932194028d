"""Constructions of report titles, shares and close figures: an undated report's title naming the year of its results,
an instrument's labelled share with its amount in brackets, total benefits, and a figure as close to an earlier one of
another measure as the scoring's tolerance but no rounding of it."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_an_undated_reports_title_names_the_year_of_its_results():
    page = ("IKHTISAR KINERJA 2018\nHighlights of 2018 Performance\nKepesertaan\n"
            "- Tenaga kerja aktif: 30.461.279 orang (2017: 26.277.381)\n- Peserta jasa konstruksi aktif: 5.642.317 orang\n")
    got = [(f.table, f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("participants", "active_participants", "all", 2018, 30_461_279) in got
    assert ("participants", "active_participants", "all", 2017, 26_277_381) in got
    assert ("participants", "active_participants", "construction", 2018, 5_642_317) in got


def test_an_instruments_labelled_share_with_its_amount_in_brackets_is_an_allocation(facts_of):
    body = ("Dana kelolaan per Desember 2022: Rp 652,2 triliun\nPorsi surat utang negara: 68 persen (sekitar Rp 443 "
            "triliun)\n")
    assert facts_of(body, published_on=date(2023, 1, 20)) == [("funds", "managed_funds", "all", None, 2022, 652.2e12)]


def test_total_benefits_are_benefits_paid(facts_of):
    body = "Total benefits for all programs reached Rp42.1 trillion last year, the agency added."
    assert facts_of(body, published_on=date(2022, 2, 10)) == [("funds", "benefits_paid", "all", None, 2021, 42.1e12)]


def test_a_figure_as_close_to_another_measures_as_the_tolerance_is_not_it(facts_of):
    body = ("Hasil investasi sepanjang 2021 mencapai Rp37,2 triliun. Dari sisi manfaat, BP Jamsostek membayarkan klaim "
            "Rp42,4 triliun kepada 3,1 juta peserta. Untuk jaminan hari tua saja, nilainya mencapai Rp37,1 triliun.")
    assert facts_of(body, published_on=date(2022, 1, 20)) == [
        ("funds", "investment_returns", "all", None, 2021, 37.2e12), ("funds", "benefits_paid", "all", None, 2021, 42.4e12),
        ("funds", "benefits_paid", "all", "JHT", 2021, 37.1e12)]
