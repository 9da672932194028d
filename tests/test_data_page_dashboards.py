"""Data pages laid out as dashboards: a row whose empty cell is written with two dashes, a preview's rows led by a
month joined to its year by a dash, sub-rows under a dot-leader row each on a line of their own, a count written
with "m" glued to it, and a line of labelled cells under the rows."""
from __future__ import annotations

from test_data_page_tables import _page_facts

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.parsing.numbers import find_figures


def test_a_row_whose_empty_cell_is_two_dashes_is_kept():
    page = ("The Jakarta Post\n\nBPJS Ketenagakerjaan pushes to cover more migrant workers\n"
            "Jakarta  ●  Mon, August 8, 2022\n\n"
            "The workers' social security agency BPJS Ketenagakerjaan says coverage of migrant workers is lagging.\n\n"
            "COVERAGE DASHBOARD (June 2022)\n"
            "Segment                        Active    Target 2022\n"
            "Migrant workers (PMI)          241,870   300,000\n"
            "All active participants        33.9 mn   --\n\n"
            "The figure for migrant workers rose sharply this year, the agency said.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2022, 33_900_000) in got
    assert ("participants", "active_participants", None, 2022, 241_870) in got
    assert ("targets", "active_participants", None, 2022, 300_000) in got


def test_a_previews_rows_led_by_a_month_joined_to_its_year_are_that_months():
    page = ("KONTAN.CO.ID > Keuangan\nDana kelolaan BPJS Ketenagakerjaan tembus Rp 317 triliun\n"
            "Senin, 15 Januari 2018 / 18:40 WIB\n\n"
            "KONTAN.CO.ID - JAKARTA. BPJS Ketenagakerjaan menutup tahun 2017 dengan dana kelolaan Rp 317,24 triliun.\n\n"
            "Berikut pergerakan dana kelolaan sepanjang tahun lalu yang dihimpun KONTAN:\n\n"
            "periode,dana_kelolaan_rp_triliun,hasil_investasi_rp_triliun\n"
            "Mar-2017,275.12,6.41\nJun-2017,288.93,13.05\n\n"
            "Catatan: hasil investasi bersifat kumulatif sejak Januari.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2017, 275_120_000_000_000) in got
    assert ("funds", "investment_returns", None, 2017, 13_050_000_000_000) in got


def test_sub_rows_under_a_dot_leader_row_are_each_a_line_of_their_own():
    page = ("The Jakarta Post | Business\nBPJS Ketenagakerjaan by the numbers\nJakarta | Wed, February 12, 2025\n\n"
            "The Workers Social Security Agency (BPJS Ketenagakerjaan) closed 2024 with more members than ever. Key "
            "figures from its annual briefing on Tuesday:\n\n"
            "AT A GLANCE (as of Dec. 31, 2024)\n"
            "Active members ................ 45.22 million\n"
            "  of which informal workers ... 9.87 million\n"
            "  of which migrant workers .... 0.41 million\n"
            "Active employers .............. 782,400\n\n"
            "Investment yield stood at 7.07 percent.\n")
    body = clean_article("t", page).body
    assert "\nof which informal workers: 9.87 million\nof which migrant workers: 0.41 million\n" in body
    got = [(f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))
           if f.metric == "active_participants"]
    assert ("informal", 2024, 9_870_000) in got
    assert ("migrant", 2024, 410_000) in got


def test_m_glued_to_a_number_is_millions_and_apart_from_it_is_a_length():
    assert [(f.text, f.value) for f in find_figures("the agency had 30.5m active members")] == [("30.5m", 30_500_000)]
    assert find_figures("gedung setinggi 20 m itu") == []


def test_a_columns_unit_in_a_footnote_its_mark_points_to():
    page = ("Kementerian Ketenagakerjaan Republik Indonesia\n\nKlaim Jaminan Sosial Ketenagakerjaan 2021\n\n"
            "Selasa, 25 Januari 2022\n\n"
            "Jakarta - Kemnaker mencatat pembayaran manfaat oleh BPJS Ketenagakerjaan sepanjang 2021 mencapai Rp42,89 "
            "triliun. Berikut rincian pembayaran klaim per program:\n\n"
            "Program     Jumlah Kasus     Nominal*)\n"
            "JHT          2.305.117        37.130,2\n"
            "JKK            234.370         1.790,5\n"
            "*) nominal dalam miliar rupiah\n\n"
            "Biro Humas Kemnaker\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2021, 37_130_200_000_000) in got
    assert ("funds", "benefits_paid", "JKK", 2021, 1_790_500_000_000) in got


def test_a_data_pages_national_row_takes_the_measure_its_title_names():
    page = ("Satu Data Ketenagakerjaan\nBeranda > Dataset > Jaminan Sosial\n\n"
            "Jumlah Peserta Aktif BPJS Ketenagakerjaan menurut Provinsi dan Segmen, Desember 2020\n\n"
            "Produsen data: BPJS Ketenagakerjaan\nSatuan: orang\n\n"
            "provinsi,penerima_upah,bukan_penerima_upah,total\n"
            "ACEH,312405,98210,410615\n"
            "INDONESIA,19102556,2489403,21591959\n\n"
            "Catatan: data posisi 31 Desember 2020.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2020, 21_591_959) in got
    assert all(value != 410_615 for *_, value in got)


def test_the_date_of_an_event_the_opening_tells_of_is_no_publication_date():
    page = ("Jaminan Sosial Indonesia\nBeranda | Tentang | Kontak\n\n"
            "Perkembangan BPJS Ketenagakerjaan dari Tahun ke Tahun\n\n"
            "Sejak bertransformasi dari PT Jamsostek pada 1 Januari 2014 dan beroperasi penuh pada 1 Juli 2015, BPJS "
            "Ketenagakerjaan mengelola empat program.\n\n"
            "Jumlah peserta aktif pada akhir 2018 sebanyak 30,46 juta pekerja.\n")
    article = clean_article("t", page)
    assert article.published_on is None
    assert [(f.table, f.metric, f.year) for f in extract_facts(article)] == \
        [("participants", "active_participants", 2018)]



def test_a_line_of_labelled_cells_under_a_dashboards_rows_is_kept_not_taken_for_a_title():
    page = ("Dashboard Kepesertaan\n\nRINGKASAN\n"
            "Peserta Aktif ........................ 41,20 jt\n"
            "Peserta Nonaktif ..................... 21,10 jt\n\n"
            "Target RKAT 2023 Peserta Aktif: 45,5 jt   Realisasi: 90,5%\n\n"
            "Catatan: jt = juta.\n")
    assert clean_article("t", page).body.splitlines()[-2:] == ["Target RKAT 2023 Peserta Aktif: 45,5 jt Realisasi: 90,5%",
                                                               "Catatan: jt = juta."]
    assert ("targets", "active_participants", None, 2023, 45_500_000) in _page_facts(page)
