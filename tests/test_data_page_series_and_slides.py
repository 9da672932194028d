"""Data pages laid out as series, slides and key lists: a year-by-year series on one line parted by middle dots, a
monthly series parted by bars whose keys carry their year, a heading noting a rate that ends the amounts' unit, a row
whose label stands two spaces from its first cell, a slide's number before its heading, a key counting people under a
note of money, a heading naming its columns in brackets, a header of years alone, and a list a fund pointer
introduces."""
from __future__ import annotations

from test_data_page_tables import _page_facts


def test_a_series_of_years_parted_by_middle_dots_under_its_unit():
    page = ("Portal Data\n\nPerkembangan dana lembaga dari tahun ke tahun.\n\n"
            "Dana kelolaan BPJS Ketenagakerjaan (triliun rupiah)\n"
            "2015: 206,1 · 2016: 260,5 · 2017: 317,3\n\n"
            "Imbal hasil investasi (persen)\n"
            "2015: 9,1 · 2016: 9,8 · 2017: 9,3\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2015, 206_100_000_000_000) in got
    assert ("funds", "managed_funds", None, 2017, 317_300_000_000_000) in got
    # (the rates' heading ends the amounts' unit: its percentages are no rupiah)
    assert all(value >= 1e12 for *_, value in got) and len(got) == 3


def test_a_monthly_series_parted_by_bars_whose_keys_carry_their_year():
    page = ("Kabar Ekonomi\n\nJumlah peserta aktif lembaga terus bertambah sepanjang awal tahun ini.\n\n"
            "Peserta aktif (juta orang)\n"
            "Des 2022: 35,8 | Jan 2023: 36,2 | Feb: 36,9 | Mar: 37,4\n\n"
            "Klaim JHT (Rp triliun)\n"
            "Jan: 3,4; Feb: 3,3; Mar: 3,9.\n"
            "Total Januari-Maret 2023: 10,6\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2022, 35_800_000) in got
    assert ("participants", "active_participants", None, 2023, 36_900_000) in got
    assert ("participants", "active_participants", None, 2023, 37_400_000) in got
    assert ("funds", "benefits_paid", "JHT", 2023, 10_600_000_000_000) in got


def test_a_row_whose_label_stands_two_spaces_from_its_first_cell_stays_in_its_table():
    page = ("Pusat Data\n\nData kepesertaan jaminan sosial ketenagakerjaan menurut segmen disajikan berikut ini.\n\n"
            "Tabel 1. Kepesertaan menurut Segmen, Desember 2018 (juta orang)\n\n"
            "Segmen            Terdaftar   Aktif\n"
            "Penerima Upah       38,1      21,3\n"
            "Bukan Penerima Upah  2,6       1,7\n"
            "Jumlah              50,2      30,5\n")
    got = _page_facts(page)
    assert ("participants", "registered_participants", None, 2018, 2_600_000) in got
    assert ("participants", "active_participants", None, 2018, 1_700_000) in got
    assert ("participants", "active_participants", None, 2018, 30_500_000) in got


def test_a_slides_number_before_its_heading_ends_the_programme_of_the_slide_before():
    page = ("Siaran Pers\n\nLembaga memaparkan kinerja tahun buku 2021 dalam temu media. Berikut materi paparannya.\n\n"
            "SLIDE 2 — KINERJA PROGRAM 2021\n"
            "JAMINAN HARI TUA\n"
            "Iuran: Rp 55,1 T\n"
            "Dana investasi: Rp 372,5 T\n"
            "JAMINAN PENSIUN\n"
            "Iuran: Rp 19,8 T\n"
            "Dana investasi: Rp 100,4 T\n\n"
            "SLIDE 3 — INVESTASI\n"
            "Total dana investasi: Rp 553,5 T\n"
            "Hasil investasi: Rp 36,6 T\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JP", 2021, 100_400_000_000_000) in got
    assert ("funds", "managed_funds", None, 2021, 553_500_000_000_000) in got
    assert ("funds", "investment_returns", None, 2021, 36_600_000_000_000) in got


def test_a_key_counting_people_under_a_note_of_money_keeps_its_count():
    page = ("Infobank\n\nBerikut ikhtisar kinerja 2015 yang dipaparkan manajemen di Jakarta pekan lalu.\n\n"
            "Ikhtisar Kinerja 2015 (dalam Rp miliar, kecuali dinyatakan lain)\n"
            "Dana investasi ............ 206.050\n"
            "Peserta aktif (orang) ..... 19.200.000\n"
            "Perusahaan aktif (unit) ... 315.000\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2015, 206_050_000_000_000) in got
    assert ("participants", "active_participants", None, 2015, 19_200_000) in got
    assert ("participants", "active_employers", None, 2015, 315_000) in got


def test_a_heading_naming_its_columns_in_brackets_parted_by_slashes():
    page = ("Siaran Pers\n\nLembaga kembali meraih opini wajar tanpa modifikasian atas laporan keuangan tahun buku 2019.\n\n"
            "Rincian kinerja per program tahun 2019 (Iuran / Klaim / Dana Kelolaan):\n"
            "Jaminan Hari Tua (JHT)      Rp49,7 T    Rp26,7 T    Rp312,1 T\n"
            "Jaminan Pensiun (JP)      Rp14,1 T    Rp0,5 T    Rp66,2 T\n")
    got = _page_facts(page)
    assert ("funds", "contributions", "JHT", 2019, 49_700_000_000_000) in got
    assert ("funds", "benefits_paid", "JHT", 2019, 26_700_000_000_000) in got
    assert ("funds", "managed_funds", "JP", 2019, 66_200_000_000_000) in got


def test_a_header_of_years_alone_over_rows_with_their_own_units():
    page = ("Asia Pensions\n\nThe agency remains the country's largest institutional investor by some distance.\n\n"
            "Key figures\n"
            "                                  2019        2020\n"
            "AUM (IDR tn)                      431.9       486.4\n"
            "Active members (mn)                34.2        29.9\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2019, 431_900_000_000_000) in got
    assert ("participants", "active_participants", None, 2020, 29_900_000) in got


def test_a_list_introduced_by_a_pointer_at_a_fund_is_that_funds_breakdown():
    page = ("Bisnis\n\nBPJS Ketenagakerjaan membukukan hasil investasi sepanjang tahun lalu sebesar Rp 27,3 triliun.\n\n"
            "Direktur Investasi mengatakan dana kelolaan pada akhir 2017 mencapai Rp 317,3 triliun.\n\n"
            "\"Pasar saham yang membaik ikut mendorong hasil investasi,\" ujarnya.\n\n"
            "Berdasarkan program, dana tersebut terdiri atas:\n"
            "- Jaminan Hari Tua: Rp 258,2 triliun\n"
            "- Jaminan Pensiun: Rp 23,5 triliun\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JHT", 2017, 258_200_000_000_000) in got
    assert ("funds", "managed_funds", "JP", 2017, 23_500_000_000_000) in got
