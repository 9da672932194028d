"""Constructions of dates, targets and placements: a date right after a figure, a relative clause of targeting, an
item listed with the nation's figure in a region's article, a forum where something was said, "it expected", a region
that recorded a figure, claimants counted, a sector's investment, a placement's value, the total fund after one
programme's, and a heading's cumulative lines."""
from __future__ import annotations

from datetime import date


def test_a_date_right_after_the_figure_beats_a_year_earlier_in_its_clause(facts_of):
    body = ("BPJS Ketenagakerjaan yang mulai beroperasi pada 1 Januari 2014 memiliki dana kelolaan sebesar Rp 170,2 "
            "triliun per 31 Desember 2013 dari PT Jamsostek.")
    assert facts_of(body, published_on=date(2014, 2, 3), with_as_of=True) == [
        ("funds", "managed_funds", "all", None, 2013, "2013-12-31", 170_200_000_000_000)]


def test_a_month_after_per_akhir_dates_the_figure_before_it(facts_of):
    body = ("BPJS Ketenagakerjaan yang beroperasi penuh sejak Juli 2015 memiliki aset Rp 205,1 triliun per akhir "
            "Desember 2014.")
    assert facts_of(body, published_on=date(2015, 9, 1), with_as_of=True) == [
        ("funds", "assets", "all", None, 2014, "2014-12", 205_100_000_000_000)]


def test_a_relative_clause_of_targeting_after_the_figure_makes_it_the_target_of_the_achievement(facts_of):
    body = ("Hingga Maret 2024, peserta aktif BPJS Ketenagakerjaan baru 40,2 juta pekerja dari 45,5 juta yang "
            "ditargetkan untuk tahun ini.")
    assert facts_of(body, published_on=date(2024, 4, 2)) == [
        ("participants", "active_participants", "all", None, 2024, 40_200_000),
        ("targets", "active_participants", "all", None, 2024, 45_500_000)]


def test_an_item_listed_with_the_nations_figure_in_a_regions_article_is_the_nations(facts_of):
    body = ("BPJS Ketenagakerjaan Kantor Wilayah Jawa Timur terus mengajak pemerintah daerah melindungi pekerja rentan. "
            "Di Jawa Timur, peserta aktif tercatat 5,1 juta pekerja. "
            '"Target kami tahun ini 48 juta peserta aktif, dan untuk pekerja bukan penerima upah kami bidik 11 juta," '
            "kata Deputi Direktur.")
    got = facts_of(body, published_on=date(2024, 6, 4), title="Kanwil Jatim Ajak Pemda Lindungi Pekerja Rentan")
    assert got == [("targets", "active_participants", "all", None, 2024, 48_000_000),
                   ("targets", "active_participants", "informal", None, 2024, 11_000_000)]


def test_a_city_named_with_a_forum_is_where_it_was_said(facts_of):
    body = ("Dalam forum bersama pemerintah daerah di Palembang, Direktur Utama BPJS Ketenagakerjaan menyebut hasil "
            "investasi per Maret 2025 sebesar Rp13,2 triliun.")
    assert facts_of(body, published_on=date(2025, 4, 20)) == [
        ("funds", "investment_returns", "all", None, 2025, 13_200_000_000_000)]


def test_what_the_agency_expected_is_a_target(facts_of):
    body = ("Managed funds reached Rp 460 trillion in June, while the agency expected investment returns of Rp 34 "
            "trillion for the full year.")
    assert facts_of(body, published_on=date(2021, 7, 14)) == [
        ("funds", "managed_funds", "all", None, 2021, 460_000_000_000_000),
        ("targets", "investment_returns", "all", None, 2021, 34_000_000_000_000)]


def test_a_province_that_recorded_the_highest_payouts_owns_its_figure(facts_of):
    body = ("The agency paid Rp 11.4 trillion in job-loss benefits (JKP) in 2023. East Java recorded the largest share, "
            "with Rp 1.3 trillion paid.")
    assert facts_of(body, published_on=date(2024, 1, 20)) == [("funds", "benefits_paid", "all", "JKP", 2023,
                                                               11_400_000_000_000)]


def test_claimants_are_counted_cases_not_members(facts_of):
    body = ("BPJS Ketenagakerjaan had 42.3 million active participants in November 2023. Claims paid to migrant workers "
            "and their families totalled Rp 18.5 billion this year, covering 1,320 claimants.")
    got = facts_of(body, published_on=date(2023, 12, 2))
    assert ("participants", "active_participants", "all", None, 2023, 42_300_000) in got
    assert [f for f in got if f[0] == "participants" and f[5] == 1_320] == []


def test_a_sectors_investment_is_a_placement_not_the_fund(facts_of):
    body = ("BPJS Ketenagakerjaan managed 350 trillion rupiah at the end of 2018. The agency aims to lift its "
            "infrastructure investment to 90 trillion rupiah by December 2019, from around 60 trillion rupiah now.")
    assert facts_of(body, published_on=date(2019, 3, 4)) == [("funds", "managed_funds", "all", None, 2018,
                                                              350_000_000_000_000)]


def test_the_value_of_a_share_placed_in_an_instrument_is_a_placement(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan per akhir 2022 mencapai Rp 680 triliun. Sekitar 70 persen dana "
            "ditempatkan di surat utang, dengan nilai sekitar Rp 476 triliun.")
    assert facts_of(body, published_on=date(2023, 2, 1)) == [("funds", "managed_funds", "all", None, 2022,
                                                              680_000_000_000_000)]


def test_the_total_fund_after_one_programmes_fund_is_the_whole(facts_of):
    body = ("The old-age savings (JHT) fund stood at Rp 380 trillion as of February 2022. The total funds managed by the "
            "agency reached Rp 560 trillion at end-2021.")
    assert facts_of(body, published_on=date(2022, 3, 1)) == [
        ("funds", "managed_funds", "all", "JHT", 2022, 380_000_000_000_000),
        ("funds", "managed_funds", "all", None, 2021, 560_000_000_000_000)]


def test_each_cumulative_line_under_a_heading_keeps_the_passages_programme(facts_of):
    body = ("Manfaat uang tunai JKP yang dibayarkan sepanjang 2023 mencapai Rp 300 miliar. Adapun pembayaran tahun ini "
            "(kumulatif):\n- s.d. Februari 2024: Rp 40,5 miliar\n- s.d. April 2024: Rp 90,1 miliar\n"
            "- s.d. Juni 2024: Rp 170,6 miliar")
    assert [f[3] for f in facts_of(body, published_on=date(2024, 7, 8))] == ["JKP", "JKP", "JKP", "JKP"]
