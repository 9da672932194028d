"""Tables as data pages lay them out: dot leaders with spaces around them, a header of years over rows whose label
column has no name, a heading over a note of the count the rows are of (and a stamp of the day the table was updated),
a column of counts beside columns of money, a row of increases, and two exact counts that differ only a little."""
from __future__ import annotations

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> list[tuple]:
    """(table, metric, program, year, value) of each fact of a whole page, cleaned first."""
    return [(f.table, f.metric, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]


def test_dot_leaders_with_spaces_on_either_side_part_the_cells():
    page = ("Laporan Tahunan Lembaga\n\nIkhtisar Keuangan\n\n(dalam miliar Rupiah)\n\n"
            "Uraian                                  2020          2019\n"
            "Dana Investasi ......................  400.250 ...... 350.120\n"
            "Pendapatan Iuran .....................    60.500 ......  55.400\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2020, 400_250_000_000_000) in got
    assert ("funds", "managed_funds", None, 2019, 350_120_000_000_000) in got
    assert ("funds", "contributions", None, 2019, 55_400_000_000_000) in got


def test_a_row_of_increases_counts_changes_not_levels():
    page = ("Laporan Tahunan Lembaga\n\nIkhtisar Keuangan\n\n(dalam miliar Rupiah)\n\n"
            "Uraian                                  2020          2019\n"
            "Aset Dana Jaminan Sosial .............  410.000 ...... 360.000\n"
            "Kenaikan Aset Bersih .................   50.000 ......  45.000\n")
    got = _page_facts(page)
    assert ("funds", "assets", None, 2020, 410_000_000_000_000) in got
    assert all(value not in (50_000_000_000_000, 45_000_000_000_000) for *_, value in got)


def test_a_header_of_years_over_rows_whose_label_column_has_no_name():
    page = ("PORTAL DATA\nBeranda | Tabel\n\nJumlah Perusahaan Aktif Peserta BPJS Ketenagakerjaan, 2019-2021\n\n"
            "Satuan: perusahaan\n\n"
            "                                      2019          2020          2021\n"
            "Pemberi Kerja Aktif                 601.230       640.115       690.870\n")
    got = _page_facts(page)
    assert ("participants", "active_employers", None, 2019, 601_230) in got
    assert ("participants", "active_employers", None, 2021, 690_870) in got


def test_a_heading_over_a_stamp_and_a_note_of_the_count_gives_the_rows_their_measure():
    page = ("PORTAL DATA\nBeranda | Tabel\n\nJumlah Peserta Aktif Jaminan Sosial Ketenagakerjaan Menurut Program, 2019-2020\n\n"
            "Diperbarui: 3 Maret 2021\n\nSatuan: orang\n\n"
            "Program                               2019          2020\n"
            "Jaminan Kematian (JKM)          31.120.400    28.310.950\n"
            "Jaminan Pensiun (JP)            13.402.110    12.720.300\n"
            "Jumlah Peserta Aktif            34.050.700    29.980.100\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", "JKM", 2019, 31_120_400) in got
    assert ("participants", "active_participants", "JP", 2020, 12_720_300) in got
    assert ("participants", "active_participants", None, 2020, 29_980_100) in got


def test_two_exact_counts_a_little_apart_are_two_figures():
    """A total with no programme is no restatement of a programme's count a fraction of a percent from it, when both
    are exact counts."""
    page = ("PORTAL DATA\nBeranda | Tabel\n\nJumlah Peserta Aktif BPJS Ketenagakerjaan Menurut Program, 2017-2018\n\n"
            "Satuan: orang\n\n"
            "Program                               2017          2018\n"
            "Jaminan Kecelakaan Kerja (JKK)    26.207.116    30.118.542\n"
            "Jumlah Peserta Aktif            26.327.404    30.492.178\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", "JKK", 2017, 26_207_116) in got
    assert ("participants", "active_participants", None, 2017, 26_327_404) in got


def test_a_column_of_counts_takes_no_money_unit_and_a_row_goes_on_under_its_introduction():
    page = ("Riset Kita\n\nTiga Tahun Program Kehilangan Pekerjaan\n\n"
            "Program Jaminan Kehilangan Pekerjaan (JKP) yang dikelola BPJS Ketenagakerjaan genap berusia tiga tahun pada "
            "bulan ini, menurut data yang dihimpun tim riset kami.\n\n"
            "Bagaimana kinerja program itu sejauh ini? Berikut datanya:\n\n"
            "Tahun | Iuran JKP (Rp miliar) | Manfaat dibayar (Rp miliar) | Penerima manfaat (orang)\n"
            "2022 | 2.100 | 60,5 | 9.800\n2023 | 2.600 | 280,4 | 51.200\n2024 | 2.900 | 370,1 | 56.300\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JKP", 2024, 370_100_000_000) in got
    assert ("funds", "contributions", "JKP", 2023, 2_600_000_000_000) in got
    assert all(value not in (9_800, 51_200, 56_300, 56_300_000_000_000) for *_, value in got)
