"""Constructions of increments, pools, payouts and conditions: an increase after a comparison opening its sentence,
"a potential of", a fund's money said to be paid out, a target's baseline recorded in an earlier year, and a condition
added by a coordinator."""
from __future__ import annotations

from datetime import date


def test_an_increase_after_a_comparison_opening_its_sentence_is_the_increment(facts_of):
    body = ("Peserta aktif BPJS Ketenagakerjaan pada akhir 2023 mencapai 41,5 juta pekerja. \"Dibandingkan tahun lalu, "
            "jumlah peserta aktif bertambah 5,8 juta,\" kata Direktur Kepesertaan.")
    assert facts_of(body, published_on=date(2024, 1, 15)) == [
        ("participants", "active_participants", "all", None, 2023, 41_500_000)]


def test_a_potential_of_so_many_is_the_pool_not_members(facts_of):
    body = "The agency aims to cover 70 million active workers by 2026, against a potential of some 110 million."
    assert facts_of(body, published_on=date(2023, 8, 1)) == [("targets", "active_participants", "all", None, 2026,
                                                              70_000_000)]


def test_a_funds_money_said_to_be_paid_out_is_what_was_paid(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat dana jaminan hari tua (JHT) yang dicairkan peserta sepanjang semester I tahun "
            "ini mencapai Rp14,1 triliun.")
    assert facts_of(body, published_on=date(2020, 7, 20)) == [("funds", "benefits_paid", "all", "JHT", 2020,
                                                               14_100_000_000_000)]


def test_a_targets_baseline_recorded_in_an_earlier_year_is_that_years_actual(facts_of):
    body = ("The agency is targeting 23.5 million active participants by the end of this year, up from 20.1 million "
            "active participants recorded at the end of 2016.")
    assert facts_of(body, published_on=date(2017, 2, 2)) == [
        ("targets", "active_participants", "all", None, 2017, 23_500_000),
        ("participants", "active_participants", "all", None, 2016, 20_100_000)]


def test_a_condition_added_by_a_coordinator_supposes_its_figures(facts_of):
    body = ("Iuran program pensiun ditetapkan 3 persen dari upah. Dengan iuran sebesar itu, dan jika diikuti sekitar 18 "
            "juta pekerja formal, dana program itu pada tahun pertama diperkirakan bisa mencapai Rp 35 triliun.")
    assert facts_of(body, published_on=date(2014, 10, 1)) == []


def test_figures_looked_at_month_by_month_are_a_series_not_a_rate(facts_of):
    body = ("Per Juli 2022, peserta aktif kami 35,1 juta pekerja. Kalau dilihat per bulan, Februari 33,4 juta, Mei 34,2 "
            "juta.")
    assert facts_of(body, published_on=date(2022, 8, 10), with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2022, "2022-07", 35_100_000),
        ("participants", "active_participants", "all", None, 2022, "2022-02", 33_400_000),
        ("participants", "active_participants", "all", None, 2022, "2022-05", 34_200_000)]


def test_the_part_after_a_frame_counting_a_potential_is_no_item_of_it(facts_of):
    body = "Dari potensi sekitar 65 juta pekerja bukan penerima upah, baru 2,1 juta yang menjadi peserta aktif."
    assert facts_of(body, published_on=date(2018, 4, 2)) == [("participants", "active_participants", "informal", None,
                                                              2018, 2_100_000)]


def test_last_years_figure_beside_this_years_in_one_sentence_leaves_the_answers_after_it_in_the_present(facts_of):
    body = ("Bagaimana klaim JHT? Total pembayaran JHT sampai September Rp10,2 triliun, tahun lalu setahun penuh hanya "
            "Rp8,1 triliun. Kalau pekerja informal? Dari sekitar 72 juta pekerja informal, yang ikut baru 1,3 juta.")
    got = facts_of(body, published_on=date(2016, 10, 20))
    assert ("participants", "participants", "informal", None, 2016, 1_300_000) in got
