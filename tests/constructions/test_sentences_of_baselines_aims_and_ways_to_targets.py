"""Constructions of baselines, aims and ways to targets: a target's baseline recorded at the end of last year, a
payout to a count of people, claims filed by a count, another country's agency, a heading over the workers still to
cover, an undated page's year of results, a comparison closed before a clause of its own, the agency's own revenue, a
programme in a clause of circumstance, an achievement after a time, a group aimed at, and the way to a target from a
level ruled out on its own."""
from datetime import date

from bpjs_pipeline.lexicon import phrase_pattern


def test_a_targets_baseline_recorded_at_the_end_of_last_year_is_what_was_realised(facts_of):
    body = ("Jakarta (ANTARA) - BPJS Ketenagakerjaan has set a target of 35.1 million active participants in 2020, up from "
            "32.4 million recorded at the end of last year, an official said.")
    assert facts_of(body, published_on=date(2020, 2, 10)) == [
        ("targets", "active_participants", "all", None, 2020, 35.1e6),
        ("participants", "active_participants", "all", None, 2019, 32.4e6)]


def test_a_targets_baseline_from_last_year_is_what_was_realised(facts_of):
    body = "This year, the agency targets 55 million active participants, from 48.1 million last year."
    assert facts_of(body, published_on=date(2026, 2, 12)) == [
        ("targets", "active_participants", "all", None, 2026, 55e6),
        ("participants", "active_participants", "all", None, 2025, 48.1e6)]


def test_the_people_a_payout_went_to_after_its_period_are_recipients(facts_of):
    body = ("BPJS Ketenagakerjaan paid Rp20.5 trillion in old-age savings (JHT) benefits from January to June 2022 to 1.4 "
            "million participants.")
    assert facts_of(body, published_on=date(2022, 7, 8)) == [("funds", "benefits_paid", "all", "JHT", 2022, 20.5e12)]


def test_an_optional_space_in_a_lexicon_entry_may_be_missing():
    assert phrase_pattern(["Rp ?\\d+ triliun"]).search("sebesar Rp24 triliun")
    assert phrase_pattern(["Rp ?\\d+ triliun"]).search("sebesar Rp 24 triliun")


def test_the_workers_who_filed_claims_are_claimants(facts_of):
    body = ("BPJS Ketenagakerjaan had 31.2 million active participants at the end of 2022, up from 30.7 million a year "
            "earlier.\nThe agency paid Rp 40.2 trillion in benefits last year, 90 percent of which went to old-age savings "
            "(JHT) claims filed by 3.1 million workers.")
    assert facts_of(body, published_on=date(2023, 3, 1)) == [
        ("participants", "active_participants", "all", None, 2022, 31.2e6),
        ("participants", "active_participants", "all", None, 2021, 30.7e6),
        ("funds", "benefits_paid", "all", None, 2022, 40.2e12)]


def test_another_countrys_agency_is_not_ours(facts_of):
    body = ("Indonesia's BPJS Ketenagakerjaan had 41.2 million active members at end-2023, against Socso's 8.9 million "
            "active contributors.")
    assert facts_of(body, published_on=date(2024, 3, 5)) == [
        ("participants", "active_participants", "all", None, 2023, 41.2e6)]


def test_a_heading_naming_the_workers_still_to_cover_rules_out_its_lines(facts_of):
    body = ("Capaian Kepesertaan per Juni 2024\nTotal peserta aktif: 43,1 juta\n\nPotensi Pekerja Belum Terlindungi\n"
            "60,2 juta pekerja\n")
    assert facts_of(body, published_on=date(2024, 7, 20)) == [
        ("participants", "active_participants", "all", None, 2024, 43.1e6)]


def test_an_undated_page_reporting_a_whole_year_is_written_the_year_after(facts_of):
    body = ("Secara nasional, sepanjang 2021 BPJS Ketenagakerjaan membayar klaim Rp 40,1 triliun.\n"
            "Dana kelolaan hingga akhir tahun lalu Rp 553,5 triliun.")
    assert facts_of(body, published_on=None) == [
        ("funds", "benefits_paid", "all", None, 2021, 40.1e12), ("funds", "managed_funds", "all", None, 2021, 553.5e12)]


def test_a_pool_named_in_a_clause_of_its_own_is_the_next_figures(facts_of):
    body = ("Peserta bukan penerima upah yang aktif baru 8,2 juta, padahal potensi pekerja informal ditaksir lebih dari 75 "
            "juta orang.")
    assert facts_of(body, published_on=date(2023, 5, 2)) == [
        ("participants", "active_participants", "informal", None, 2023, 8.2e6)]


def test_a_comparison_closed_before_a_clause_naming_its_own_measure_does_not_reach_it(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat dana kelolaan sebesar Rp 300 triliun hingga akhir 2017, tumbuh 15 persen "
            "dibandingkan tahun sebelumnya, dengan hasil investasi Rp 25,1 triliun.")
    assert facts_of(body, published_on=date(2018, 1, 24)) == [
        ("funds", "managed_funds", "all", None, 2017, 300e12), ("funds", "investment_returns", "all", None, 2017, 25.1e12)]


def test_the_agencys_revenue_as_a_body_is_no_fund(facts_of):
    body = ("BPJS Ketenagakerjaan membukukan dana kelolaan Rp 905 triliun pada akhir 2025. Pendapatan operasional BPJS "
            "Ketenagakerjaan sebagai badan tercatat Rp 5,2 triliun.")
    assert facts_of(body, published_on=date(2026, 2, 11)) == [("funds", "managed_funds", "all", None, 2025, 905e12)]


def test_a_programme_in_a_clause_of_circumstance_is_not_the_figures(facts_of):
    body = ("Dengan program jaminan pensiun yang mulai berjalan Juli 2015, direksi memperkirakan dana kelolaan akan "
            "menembus Rp 210 triliun di akhir tahun.")
    assert facts_of(body, published_on=date(2015, 2, 3)) == [("targets", "managed_funds", "all", None, 2015, 210e12)]


def test_an_achievement_after_its_time_is_an_actual(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan peserta aktif pada 2017 mencapai 25 juta orang, setelah pada akhir 2016 "
            "membukukan 22,6 juta peserta aktif.")
    assert facts_of(body, published_on=date(2017, 1, 18)) == [
        ("targets", "active_participants", "all", None, 2017, 25e6),
        ("participants", "active_participants", "all", None, 2016, 22.6e6)]


def test_a_group_aimed_at_is_not_the_counts(facts_of):
    body = ("Peserta aktif tercatat 44,9 juta pada akhir 2024. Menurutnya, jumlah peserta yang kini sekitar 45 juta itu "
            "perlu dinaikkan dengan menyasar pekerja rentan.")
    assert facts_of(body, published_on=date(2025, 1, 21)) == [
        ("participants", "active_participants", "all", None, 2024, 44.9e6)]


def test_the_way_to_a_target_from_a_level_ruled_out_on_its_own_restates_the_target(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat peserta aktif hingga November 2025 sebanyak 48,2 juta orang.\n"
            "Untuk 2026, BPJS Ketenagakerjaan menargetkan 70 juta peserta aktif dan dana kelolaan Rp 1.000 triliun. Iuran "
            "tahun depan juga ditargetkan Rp 118 triliun.\nArtinya, perlu tambahan 21,8 juta peserta dalam setahun. "
            "Potensi pekerja yang belum terlindungi masih sekitar 95 juta orang.\n"
            "\"Dari sekitar 48 juta ke 70 juta memang berat, tapi bisa,\" ujar Direktur Kepesertaan.")
    assert facts_of(body, published_on=date(2025, 12, 18)) == [
        ("participants", "active_participants", "all", None, 2025, 48.2e6),
        ("targets", "active_participants", "all", None, 2026, 70e6), ("targets", "managed_funds", "all", None, 2026, 1e15),
        ("targets", "contributions", "all", None, 2026, 118e12)]
