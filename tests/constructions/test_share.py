"""roles.py: a share of a total, the base a share is taken of, and coverage of a population."""
import pytest


def test_the_base_of_a_share_is_a_population(facts_of):
    body = "Pada 2018 peserta aktif telah memenuhi 32% dari total 87,8 juta orang."
    assert facts_of(body) == []


def test_coverage_of_a_population_is_a_level(facts_of):
    body = ("Saat ini BP Jamsostek sudah memiliki peserta sebanyak 49,7 juta atau 53% dari total populasi "
            "tenaga kerja yang berpotensi menjadi peserta.")
    assert facts_of(body) == [("participants", "participants", "all", None, 2024, 49.7e6)]


def test_a_part_of_a_fund_stated_as_its_share_is_no_fund_total(facts_of):
    body = ("Obligasi menjadi instrumen dengan alokasi terbesar pada 2023, yaitu Rp 513,4 triliun atau "
            "72,22 persen dari total dana investasi.")
    assert facts_of(body) == []


def test_a_changes_rate_before_dari_is_no_share(facts_of):
    got = facts_of("Klaim JKK pada 2018 naik 23,58% dari Rp971 miliar pada 2017 menjadi Rp1,2 triliun.")
    assert ("funds", "benefits_paid", "all", "JKK", 2017, 971e9) in got


def test_money_placed_in_a_sector_after_the_figure_is_an_allocation(facts_of):
    assert facts_of("Pada 2017, sebesar Rp 56 triliun sudah kami investasikan ke sektor infrastruktur.") == []


@pytest.mark.parametrize("body", [
    "Pada 2024 sekitar 72 persen dana ditempatkan pada instrumen surat utang, atau setara Rp 541 triliun.",
    "In 2016 stocks currently make up about 20 percent of the portfolio, or roughly Rp 41 trillion.",
    "Pada 2017 BPJS Ketenagakerjaan telah menanamkan sekitar Rp62 triliun melalui obligasi BUMN karya.",
    "Pada 2017 sekitar 78 persen dana di surat utang, termasuk Rp 61 triliun yang masuk ke proyek infrastruktur.",
    "Kalau dirupiahkan, pada 2016 saham itu sekitar Rp 57 triliun.",
])
def test_a_share_of_the_portfolio_restated_in_rupiah_is_an_allocation(facts_of, body):
    assert facts_of(body) == []


@pytest.mark.parametrize("body", [
    "Pada 2017 sekitar 62 persen, atau kurang lebih Rp 196 triliun, ditempatkan di surat utang.",
    "Pada 2024 sekitar 71 persen di obligasi, terutama SBN, atau kurang lebih Rp 534 triliun.",
    "Pada 2016 sebagian besar dana itu masih kami tempatkan di surat utang negara, sekitar Rp95 triliun.",
    "Pada 2021 porsi surat berharga negara saja mencapai Rp250,9 triliun.",
    "Pada 2017 saham menyerap sekitar Rp 60 triliun, sisanya deposito dan reksa dana.",
])
def test_more_placements_of_the_portfolio(facts_of, body):
    assert facts_of(body) == []


def test_a_fund_after_a_comma_with_no_placement_stays_a_fund(facts_of):
    got = facts_of("Pada 2023 iuran terus tumbuh, dana kelolaan mencapai Rp 700 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2023, 700e12)]
