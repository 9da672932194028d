"""Constructions of lists, quotations and asides: a registration said to be active, the purposes of an English list,
workers actively protected, another fund manager, an instrument's holdings, a rise supposed, the second end of a range
a veto governs, a segment labelling the next figure, a programme a speaker names in a quotation, the last items of a
list of programmes, money paid "in benefits to" a number of people, a possessive after a clause setting the scene, and
a programme named before a contrast, and a total said later to be an industry's."""
from __future__ import annotations

from datetime import date


def test_registered_as_active_participants_is_an_active_count_and_so_are_its_parts(facts_of):
    got = facts_of("Hingga Juli 2024, sebanyak 43,7 juta pekerja telah terdaftar sebagai peserta aktif BPJS "
                   "Ketenagakerjaan, termasuk 9,1 juta pekerja bukan penerima upah.", published_on=date(2024, 9, 3))
    assert ("participants", "active_participants", "all", None, 2024, 43_700_000) in got
    assert ("participants", "active_participants", "informal", None, 2024, 9_100_000) in got
    assert not any(f[1] == "registered_participants" for f in got)


def test_the_purposes_of_an_english_list_are_its_programmes(facts_of):
    got = facts_of("BPJS Ketenagakerjaan paid Rp 52.1 trillion in benefits in 2023. By program:\n"
                   "Death: Rp 3.0 trillion.\nPension: Rp 1.4 trillion.", published_on=date(2024, 2, 1))
    assert ("funds", "benefits_paid", "all", "JKM", 2023, 3_000_000_000_000) in got
    assert ("funds", "benefits_paid", "all", "JP", 2023, 1_400_000_000_000) in got


def test_workers_actively_protected_are_active_participants(facts_of):
    got = facts_of("The number of informal workers actively protected by BPJS Ketenagakerjaan stood at 3.4 million "
                   "people in 2022.", published_on=date(2023, 1, 10))
    assert got == [("participants", "active_participants", "informal", None, 2022, 3_400_000)]


def test_the_hajj_fund_manager_is_another_body(facts_of):
    got = facts_of("BPJS Ketenagakerjaan mengelola dana Rp 690 triliun. Sementara itu, Badan Pengelola Keuangan Haji "
                   "mengelola dana Rp 160 triliun.", published_on=date(2023, 5, 2))
    assert got == [("funds", "managed_funds", "all", None, 2023, 690_000_000_000_000)]


def test_an_instruments_holdings_are_an_allocation(facts_of):
    got = facts_of("BPJS Ketenagakerjaan manages IDR 600 trillion in funds. Bond holdings alone amount to about "
                   "IDR 400 trillion.", published_on=date(2022, 3, 1))
    assert got == [("funds", "managed_funds", "all", None, 2022, 600_000_000_000_000)]


def test_a_rise_supposed_under_a_modal_is_hypothetical(facts_of):
    got = facts_of("BPJS Ketenagakerjaan paid IDR 52 trillion in claims last year. A 15% rise would take annual benefit "
                   "payments to about IDR 60 trillion.", published_on=date(2024, 6, 1))
    assert got == [("funds", "benefits_paid", "all", None, 2023, 52_000_000_000_000)]


def test_the_second_end_of_a_range_a_veto_governs_is_vetoed_too(facts_of):
    assert facts_of("Potensi iuran BPJS Ketenagakerjaan yang hilang diperkirakan Rp6 triliun hingga Rp9 triliun.",
                    published_on=date(2021, 4, 1)) == []
    # (a range that is a fact stays one)
    got = facts_of("BPJS Ketenagakerjaan memperkirakan klaim tahun ini Rp40 triliun hingga Rp45 triliun.",
                   published_on=date(2021, 4, 1))
    assert ("targets", "benefits_paid", "all", None, 2021, 45_000_000_000_000) in got


def test_a_segment_right_before_the_next_figure_labels_that_figure(facts_of):
    got = facts_of("Peserta aktif: 30,5 juta (PU 24,1 juta; BPU 2,7 juta; Jasa Konstruksi 3,7 juta).",
                   published_on=date(2019, 7, 1))
    assert ("participants", "active_participants", "all", None, 2019, 30_500_000) in got
    assert ("participants", "active_participants", "formal", None, 2019, 24_100_000) in got
    assert ("participants", "active_participants", "informal", None, 2019, 2_700_000) in got


def test_a_programme_a_speaker_names_in_a_quotation_is_not_the_passages(facts_of):
    body = ("Anggota DPR meminta BPJS Ketenagakerjaan berbenah. \"Dana itu milik pekerja. Banyak peserta mengeluh soal "
            "lamanya pencairan JHT,\" katanya.\nDirut menjelaskan, hingga Mei 2018 pihaknya telah membayarkan klaim "
            "Rp 11,2 triliun.")
    assert facts_of(body, published_on=date(2018, 7, 2)) == [("funds", "benefits_paid", "all", None, 2018, 11_200_000_000_000)]
    # (named outside quotation marks, the programme goes on)
    said = ("Pencairan klaim JHT terus naik. Hingga Mei 2018 klaim yang dibayarkan mencapai Rp 11,2 triliun.")
    assert facts_of(said, published_on=date(2018, 7, 2)) == [("funds", "benefits_paid", "all", "JHT", 2018, 11_200_000_000_000)]


def test_the_last_items_of_a_list_of_programmes_amounts_give_no_passage_its_programme(facts_of):
    body = ("Dana investasi per program (Juni 2023):\nJKM: Dana investasi Rp16,1 triliun.\nJKP: Dana investasi Rp11,0 "
            "triliun.\nSebagian besar dana ditempatkan di surat utang. Imbal hasil tercatat 7,4%.\nAdapun iuran yang diterima sepanjang Januari-Juni "
            "2023 sebesar Rp47,9 triliun.")
    got = facts_of(body, published_on=date(2023, 8, 17))
    assert ("funds", "contributions", "all", None, 2023, 47_900_000_000_000) in got
    assert ("funds", "managed_funds", "all", "JKP", 2023, 11_000_000_000_000) in got


def test_money_paid_in_benefits_to_a_number_of_people_counts_recipients(facts_of):
    got = facts_of("We now have 41 million active participants. Of them, 9 million are non-wage earners.\n"
                   "The job loss program (JKP) has paid Rp 380 billion in benefits to about 85,000 workers since 2022.",
                   published_on=date(2023, 11, 1))
    assert ("participants", "active_participants", "all", None, 2023, 41_000_000) in got
    assert not any(f[-1] == 85_000 for f in got)


def test_a_possessive_after_a_clause_setting_the_scene_is_the_programme_pointed_at(facts_of):
    body = ("Program JKP mulai berjalan pada Februari 2022. Sejak diluncurkan pada 2022, program itu telah membayar manfaat "
            "kepada pekerja yang terkena PHK. Dana kelolaannya kini Rp 11,8 triliun.")
    assert facts_of(body, published_on=date(2023, 10, 1)) == [("funds", "managed_funds", "all", "JKP", 2023, 11_800_000_000_000)]


def test_a_programme_before_a_contrast_stays_with_the_figure_of_its_own_clause(facts_of):
    got = facts_of("Secara nasional, pembayaran klaim jaminan kematian hingga September 2018 mencapai Rp650 miliar, "
                   "sedangkan peserta bukan penerima upah yang aktif sebanyak 2,4 juta orang.", published_on=date(2018, 11, 5))
    assert ("funds", "benefits_paid", "all", "JKM", 2018, 650_000_000_000) in got
    assert ("participants", "active_participants", "informal", None, 2018, 2_400_000) in got


def test_a_total_said_later_to_be_an_industrys_is_not_the_agencys(facts_of):
    got = facts_of("BPJS Ketenagakerjaan's assets reached Rp 800 trillion in 2023. By comparison, the regulator recorded "
                   "Rp 1,050 trillion in total assets for the insurance industry.", published_on=date(2024, 3, 1))
    assert got == [("funds", "assets", "all", None, 2023, 800_000_000_000_000)]
