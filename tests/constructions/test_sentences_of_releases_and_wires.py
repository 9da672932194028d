"""Constructions of releases and wires: a level compared with "the previous year's", a possessive of managed funds, a
relative clause set off with a figure of its own, a main clause's allocation before a clause of time naming the
figure's measure, a subordinate "as companies ...", a registration no longer active, a segment's workforce after "out
of", a list's items under an introduction naming their date after a change, a condition closing right after its figure,
a fund described by where it mostly went, an instrument that "covers" an amount, other bodies (business associations,
the wage subsidy), a fund "split into" programmes, a speaker detailing a list, companies covered or not
enrolled, a breakdown of the fund a pointer names, contributions lost or reduced, a potential, and members no longer
active."""
from __future__ import annotations

from datetime import date


def test_a_level_compared_with_the_previous_years_figure_leaves_the_running_year_its_own(facts_of):
    body = ("BPJS Ketenagakerjaan recorded managed funds of Rp700 trillion as of 31 December 2023, growing 12.1% from the "
            "previous year's Rp624 trillion.\nQ: How much did the fund earn?\nA: Investment returns reached Rp50.2 trillion.")
    got = facts_of(body, published_on=date(2024, 2, 10))
    assert ("funds", "managed_funds", "all", None, 2022, 624_000_000_000_000) in got
    assert ("funds", "investment_returns", "all", None, 2023, 50_200_000_000_000) in got


def test_its_managed_funds_are_the_programmes_the_sentence_before_opens_with(facts_of):
    body = ("The job loss insurance program (JKP) began paying benefits last month. The program's initial capital came "
            "from the government. Its managed funds reached Rp7.5 trillion at the end of 2021.")
    assert facts_of(body, published_on=date(2022, 3, 15)) == [("funds", "managed_funds", "all", "JKP", 2021, 7_500_000_000_000)]


def test_a_relative_clause_set_off_with_a_figure_of_its_own_gives_the_figure_after_it_no_kind(facts_of):
    body = ("The fund, which projects funds under management to reach 350 trillion rupiah by year-end, had 310.5 trillion "
            "rupiah at the end of 2017.")
    got = facts_of(body, published_on=date(2018, 5, 20))
    assert ("targets", "managed_funds", "all", None, 2018, 350_000_000_000_000) in got
    assert ("funds", "managed_funds", "all", None, 2017, 310_500_000_000_000) in got


def test_an_allocation_in_the_main_clause_is_not_the_figure_of_a_clause_of_time_naming_its_measure(facts_of):
    got = facts_of("BPJS Ketenagakerjaan plans to raise its equity allocation after its managed funds grew to 340 trillion "
                   "rupiah as of April.", published_on=date(2018, 5, 28))
    assert got == [("funds", "managed_funds", "all", None, 2018, 340_000_000_000_000)]


def test_a_count_followed_by_as_companies_keeps_its_own_noun(facts_of):
    body = ("Active members of BPJS Ketenagakerjaan numbered 34.2 million at the end of 2019. By July 2020, that number had "
            "fallen to 29.5 million as companies laid off staff.")
    got = facts_of(body, published_on=date(2020, 9, 1))
    assert ("participants", "active_participants", "all", None, 2020, 29_500_000) in got


def test_workers_registered_but_no_longer_active_are_not_a_fact(facts_of):
    got = facts_of("BPJS Ketenagakerjaan had 22 million active members in 2016. A further 17 million workers are "
                   "registered but no longer active.", published_on=date(2016, 12, 1))
    assert got == [("participants", "active_participants", "all", None, 2016, 22_000_000)]


def test_a_segments_workforce_after_out_of_is_no_registered_total(facts_of):
    got = facts_of("Only 9.1 million non-wage earners are active members of BPJS Ketenagakerjaan, out of roughly 80 million "
                   "informal workers.", published_on=date(2024, 5, 1))
    assert got == [("participants", "active_participants", "informal", None, 2024, 9_100_000)]
    # (the active part of a registered total stays one)
    got = facts_of("Jumlah peserta aktif BPJS Ketenagakerjaan 26,2 juta dari 44,9 juta pekerja.", published_on=date(2024, 5, 1))
    assert ("participants", "registered_participants", "all", None, 2024, 44_900_000) in got


def test_a_lists_items_under_an_introduction_naming_their_date_are_levels_after_a_change(facts_of):
    body = ("Sepanjang Januari-Juni kepesertaan aktif BPJS Ketenagakerjaan bertambah 2,5 juta orang.\n"
            "Rincian posisi Juni 2022 menurut segmen:\n- Penerima Upah (PU): 21,4 juta\n- Bukan Penerima Upah (BPU): 4,1 juta")
    got = facts_of(body, published_on=date(2022, 7, 20))
    assert ("participants", "active_participants", "formal", None, 2022, 21_400_000) in got
    assert ("participants", "active_participants", "informal", None, 2022, 4_100_000) in got


def test_a_figure_in_a_condition_closing_right_after_it_is_hypothetical(facts_of):
    got = facts_of("Anggota DPR mencontohkan, jika cakupan kepesertaan BPJS Ketenagakerjaan mencapai 65 juta, iuran bisa "
                   "menembus Rp140 triliun.", published_on=date(2024, 6, 1))
    assert got == []


def test_a_fund_described_by_where_it_mostly_went_is_the_fund(facts_of):
    got = facts_of("Dana jaminan pensiun yang dikelola BPJS Ketenagakerjaan per Juni 2023 mencapai Rp158 triliun, "
                   "diinvestasikan terutama di surat berharga negara.", published_on=date(2023, 8, 1))
    assert got == [("funds", "managed_funds", "all", "JP", 2023, 158_000_000_000_000)]


def test_an_instrument_that_covers_an_amount_is_an_allocation(facts_of):
    got = facts_of("Dana kelolaan BPJS Ketenagakerjaan mencapai Rp490 triliun. Dari sisi portofolio, sekitar Rp300 triliun "
                   "ditempatkan pada surat utang, sedangkan saham mencakup Rp70 triliun.", published_on=date(2021, 1, 20))
    assert got == [("funds", "managed_funds", "all", None, 2021, 490_000_000_000_000)]


def test_a_business_associations_estimate_and_the_wage_subsidy_are_other_bodies(facts_of):
    assert facts_of("Sementara itu, Kadin memperkirakan jumlah pekerja yang terdampak bisa mencapai 5 juta orang.",
                    published_on=date(2020, 5, 1)) == []
    assert facts_of("Hingga tahap III, BSU telah disalurkan dengan nilai Rp12,1 triliun.", published_on=date(2020, 11, 1)) == []


def test_a_fund_split_into_programmes_is_the_whole_its_rows_break_down(facts_of):
    body = ("Kepala Kantor Wilayah Sumbagut mengatakan sepanjang 2022 kanwilnya membayarkan klaim Rp 3,2 triliun.\n"
            "Pada kesempatan yang sama, direksi memaparkan kinerja nasional. Dana kelolaan mencapai Rp 620 triliun pada akhir "
            "2022. Dana tersebut terbagi atas:\nJaminan Hari Tua (JHT): Rp 405 triliun\nJaminan Kematian: Rp 13,9 triliun")
    got = facts_of(body, published_on=date(2023, 2, 28))
    assert ("funds", "managed_funds", "all", "JKM", 2022, 13_900_000_000_000) in got


def test_a_speaker_detailing_a_list_hands_it_the_programme_of_its_paragraph(facts_of):
    body = ("Klaim JHT yang dibayarkan per bulan juga melonjak. Ia merinci:\n- Juni 2020: Rp 3,0 triliun\n"
            "- Juli 2020: Rp 3,3 triliun")
    got = facts_of(body, published_on=date(2020, 9, 23))
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 3_000_000_000_000) in got
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 3_300_000_000_000) in got


def test_an_english_count_of_companies_covered_counts_employers(facts_of):
    got = facts_of("BPJS Ketenagakerjaan has 24 million active members. The agency also covers some 410,000 companies, he "
                   "added.", published_on=date(2017, 6, 1))
    assert ("participants", "employers", "all", None, 2017, 410_000) in got


def test_companies_that_have_not_enrolled_are_not_a_count_of_employers(facts_of):
    assert facts_of("There are still around 1.4 million companies that have not enrolled their workers in BPJS "
                    "Ketenagakerjaan.", published_on=date(2023, 6, 1)) == []


def test_a_breakdown_of_the_fund_a_pointer_names_is_of_that_fund_not_of_the_figure_told_last(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan per 30 Juni 2025 mencapai Rp820 triliun dengan aset Rp845 triliun. Dana itu "
            "terbagi dalam lima program, masing-masing JHT Rp495 triliun, JP Rp200 triliun, JKK Rp70 triliun, JKM Rp18 "
            "triliun dan JKP Rp17 triliun.")
    got = facts_of(body, published_on=date(2025, 8, 1))
    assert ("funds", "managed_funds", "all", "JHT", 2025, 495_000_000_000_000) in got
    assert not any(f[1] == "assets" and f[3] for f in got)


def test_contributions_lost_or_reduced_and_a_potential_are_not_facts(facts_of):
    assert facts_of("Jika relaksasi berjalan enam bulan, iuran JKK dan JKM yang hilang diperkirakan mencapai Rp11 triliun.",
                    published_on=date(2020, 9, 1)) == []
    assert facts_of("The agency estimates the relaxation will reduce contributions collected by around Rp11 trillion.",
                    published_on=date(2020, 9, 1)) == []
    assert facts_of("Q: What about the informal sector?\nA: The potential is more than 55 million informal workers.",
                    published_on=date(2022, 3, 1)) == []


def test_members_whose_membership_was_no_longer_active_are_not_counted(facts_of):
    got = facts_of("BPJS Ketenagakerjaan had 34 million active participants in 2019. Susanto said the figure excludes 19.8 "
                   "million participants whose membership was no longer active.", published_on=date(2020, 1, 10))
    assert got == [("participants", "active_participants", "all", None, 2019, 34_000_000)]
