"""Constructions of wholes, questions and flows: a group's level in its own clause after an increase, the workforce
"dari sekitar" so many, the total a fund is the largest portion of, a question opening an answer's topic, a programme
in a clause of time, "diproyeksi", holdings of an instrument, downloads and contributions not collected, another flow
of a programme set against the first, and the head noun of the sentence over a table's rows."""
from __future__ import annotations

from datetime import date

from test_data_page_tables import _page_facts


def test_a_groups_level_in_its_own_clause_after_an_increase_is_a_level(facts_of):
    body = ("Peserta aktif naik 2 juta pada 2022. Direktur mengatakan kenaikan didorong pekerja bukan penerima upah, yang "
            "kini mencapai 5,1 juta peserta aktif.")
    assert ("participants", "active_participants", "informal", None, 2022, 5_100_000) in \
        facts_of(body, published_on=date(2022, 12, 20))


def test_workers_dari_sekitar_so_many_after_the_covered_are_the_workforce(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat peserta jasa konstruksi sepanjang 2017 sebanyak 5,2 juta pekerja, dari sekitar "
            "8,5 juta tenaga kerja konstruksi nasional.")
    assert facts_of(body, published_on=date(2018, 1, 9)) == [("participants", "participants", "construction", None, 2017,
                                                              5_200_000)]


def test_the_total_a_programmes_fund_is_the_largest_portion_of_is_the_whole(facts_of):
    body = ("Dana program JHT per Agustus 2016 mencapai Rp 180 triliun. Dana tersebut merupakan porsi terbesar dari total "
            "dana kelolaan Rp 245 triliun.")
    got = facts_of(body, published_on=date(2016, 9, 5))
    assert ("funds", "managed_funds", "all", None, 2016, 245_000_000_000_000) in got


def test_a_question_before_the_answer_opens_a_topic_of_its_own(facts_of):
    body = ("Dana kelolaan tahun lalu mencapai Rp 640 triliun. Untuk program JHT, imbal hasil yang dikreditkan ke saldo "
            "peserta sebesar 6,5%. Bagaimana dengan tahun ini? Manajemen memproyeksikan dana kelolaan akan mencapai Rp 690 "
            "triliun pada akhir tahun ini.")
    assert ("targets", "managed_funds", "all", None, 2023, 690_000_000_000_000) in \
        facts_of(body, published_on=date(2023, 3, 2))


def test_a_programme_in_a_clause_of_time_set_off_before_the_figure_is_not_its_programme(facts_of):
    body = '"Tahun depan, saat program pensiun berjalan, dana kelolaan kami harus menjadi Rp 225 triliun," kata Direktur Utama.'
    assert facts_of(body, published_on=date(2014, 11, 3)) == [("targets", "managed_funds", "all", None, 2015,
                                                               225_000_000_000_000)]


def test_diproyeksi_sets_a_target(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan per Juni 2024 tercatat Rp 760 triliun. Angka ini diproyeksi menjadi Rp 810 "
            "triliun pada akhir tahun ini.")
    assert ("targets", "managed_funds", "all", None, 2024, 810_000_000_000_000) in \
        facts_of(body, published_on=date(2024, 7, 30))


def test_holdings_of_an_instrument_downloads_and_contributions_not_collected_are_no_facts(facts_of):
    body = ("BPJS Ketenagakerjaan managed IDR 750 trillion at the end of 2023. It also plans to raise its sukuk holdings to "
            "IDR85 trillion. The JMO application has been downloaded more than 22 million times. Dengan relaksasi itu, iuran "
            "yang tidak dipungut diperkirakan sekitar Rp 10,2 triliun.")
    assert facts_of(body, published_on=date(2024, 2, 2)) == [("funds", "managed_funds", "all", None, 2023,
                                                              750_000_000_000_000)]


def test_another_flow_of_a_programme_set_against_the_first_is_that_programmes(facts_of):
    body = '"Iuran JKP sepanjang 2024 Rp3,1 triliun, sementara manfaat yang dibayarkan Rp402 miliar," kata Direktur.'
    assert facts_of(body, published_on=date(2025, 1, 20)) == [
        ("funds", "contributions", "all", "JKP", 2024, 3_100_000_000_000),
        ("funds", "benefits_paid", "all", "JKP", 2024, 402_000_000_000)]


def test_the_head_noun_of_the_sentence_over_a_tables_rows_names_their_measure():
    page = ("Infobanknews\n\nAset DJS Capai Rp 809 Triliun\n\nJakarta - Redaksi mengolah laporan keuangan lembaga. Aset Dana "
            "Jaminan Sosial (DJS) per program, dalam Rp triliun:\n\n"
            "Program            | 2023   | 2024\n"
            "Jaminan Hari Tua   | 455,0  | 505,3\n"
            "Jaminan Pensiun    | 150,2  | 190,4\n\n"
            "Aset itu dikelola untuk peserta.\n")
    got = _page_facts(page)
    assert ("funds", "assets", "JHT", 2024, 505_300_000_000_000) in got
    assert ("funds", "assets", "JP", 2023, 150_200_000_000_000) in got
