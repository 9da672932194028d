"""Data pages comparing periods: a table of comma-separated values under a note of its unit, a heading comparing
two periods over rows whose two figures an arrow parts (bulleted or not, after a sentence on the heading's line or a
blank line), a unit note naming a status, a running total's rows led by their
bound ("s.d. Januari 2024"), a row whose label filled its column under rows labelled by a colon, and a chart's rows of
years and counts under its heading, a table whose label column has no header and stands apart from the first figure by
spaces alone (its columns named by quarters), a preview with a column counting the branch offices, a table of no period
over the line giving its data's date, a preview of months written as data files write them ("2024-01"), and a
preview's note naming the unit of its value column."""
from __future__ import annotations

from test_data_page_tables import _page_facts

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.clean.boilerplate import comma_separated_rows, paired_column_rows
from bpjs_pipeline.extract import extract_facts


def test_a_table_of_comma_separated_values_is_read_as_a_table():
    page = ("Warta Harian > Ekonomi\n\nBPJS Ketenagakerjaan Incar Iuran Lebih Besar\nSelasa, 12 Mei 2015, 09:10 WIB\n\n"
            "Jakarta - BPJS Ketenagakerjaan memasang target baru tahun ini.\n\n"
            "Ringkasan kinerja (Rp miliar)\n"
            "Uraian, 2013, 2014, Target 2015\n"
            "Iuran, 30.100, 37.900, 47.500\n"
            "Klaim dibayar, 10.800, 12.600, 15.900\n\n"
            "Manajemen optimistis target tercapai.\n")
    got = _page_facts(page)
    assert ("funds", "contributions", None, 2013, 30_100_000_000_000) in got
    assert ("funds", "contributions", None, 2014, 37_900_000_000_000) in got
    assert ("targets", "contributions", None, 2015, 47_500_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2014, 12_600_000_000_000) in got
    assert ("targets", "benefits_paid", None, 2015, 15_900_000_000_000) in got


def test_only_rows_of_a_label_and_as_many_figures_as_the_header_has_periods_make_the_table():
    lines = ["Uraian, 2013, 2014", "Iuran, 30.100, 37.900", "Menurut dia, 2014, 2015 dan 2016 berat."]
    assert comma_separated_rows(lines) == ["Uraian | 2013 | 2014", "Iuran | 30.100 | 37.900", lines[2]]
    # (prose listing years, and decimals written with a comma, are no table)
    prose = ["Pada 2013, 2014, dan 2015 iuran naik.", "Iuran 13,9 triliun, naik 5,2 persen, kata dia."]
    assert comma_separated_rows(prose) == prose


def test_rows_parted_by_an_arrow_under_a_heading_comparing_two_periods_are_those_periods():
    page = ("Bisnis Hari Ini | Keuangan\n\nBPJS Ketenagakerjaan Pasang Target Tinggi\n20 Februari 2025 10:15\n\n"
            "Jakarta - BPJS Ketenagakerjaan mematok target yang jauh di atas capaian tahun lalu.\n\n"
            "Capaian 2024 vs target 2025:\n"
            "Peserta aktif: 44,8 juta -> 51 juta\n"
            "Dana kelolaan: Rp801 triliun → Rp870 triliun\n\n"
            "Direksi menyebut target itu realistis.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2024, 44_800_000) in got
    assert ("targets", "active_participants", None, 2025, 51_000_000) in got
    assert ("funds", "managed_funds", None, 2024, 801_000_000_000_000) in got
    assert ("targets", "managed_funds", None, 2025, 870_000_000_000_000) in got
    # (an arrow with no such heading over it is left as written)
    assert paired_column_rows(["Peserta aktif: 44,8 juta -> 51 juta"]) == ["Peserta aktif: 44,8 juta -> 51 juta"]


def test_a_unit_note_naming_a_status_gives_the_rows_their_unit_and_their_status():
    page = ("kumparanBISNIS\n21 Januari 2025 10:05 WIB\n\n"
            "BPJS Ketenagakerjaan memasang target kepesertaan aktif baru untuk tahun ini.\n\n"
            "Realisasi 2024 vs target 2025 (juta pekerja aktif)\n"
            "Segmen | Realisasi 2024 | Target 2025\n"
            "Penerima Upah | 26,5 | 30,0\n"
            "Bukan Penerima Upah | 9,7 | 13,5\n\n"
            "Direksi menyebut sektor informal menjadi kunci.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2024, 26_500_000) in got
    assert ("targets", "active_participants", None, 2025, 13_500_000) in got


def test_a_running_totals_rows_led_by_their_bound_are_dated_by_their_months():
    page = ("Liputan6.com\n\nKlaim JHT Terus Naik\n10 Jul 2024, 13:30 WIB\n\n"
            "Liputan6.com, Jakarta - BPJS Ketenagakerjaan membayarkan klaim Jaminan Hari Tua (JHT) sebesar Rp20,5 triliun "
            "sepanjang Januari hingga Juni 2024. Berikut perkembangan nilai klaim JHT secara kumulatif:\n\n"
            "Posisi | Klaim JHT kumulatif\n"
            "s.d. Januari 2024 | Rp3,3 triliun\n"
            "s.d. Februari 2024 | Rp6,8 triliun\n\n"
            "Rata-rata klaim per bulan sekitar Rp3,4 triliun.\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2024, 3_300_000_000_000) in got
    assert ("funds", "benefits_paid", "JHT", 2024, 6_800_000_000_000) in got


def test_a_row_whose_label_filled_its_column_is_read_with_the_rows_above_it():
    page = ("Kanal Berita\n\nKinerja Nasional Dipaparkan\nSelasa, 28 Februari 2023\n\n"
            "Direktur Keuangan memaparkan kinerja nasional. Dana kelolaan tumbuh menjadi Rp 620 triliun pada akhir 2022. "
            "Dana tersebut terbagi atas:\n"
            "Jaminan Hari Tua (JHT)      Rp 405,0 triliun\n"
            "Jaminan Kematian            Rp 14,0 triliun\n"
            "Jaminan Kehilangan Pekerjaan Rp 9,0 triliun\n"
            "Hasil investasi sepanjang 2022 tercatat Rp 38 triliun.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JKM", 2022, 14_000_000_000_000) in got
    assert ("funds", "managed_funds", "JKP", 2022, 9_000_000_000_000) in got


def test_a_charts_rows_of_years_and_counts_under_its_heading_are_the_series_it_names():
    page = ("DataStats\nStatistik  Topik  Infografis  Tentang\nJumlah Pemberi Kerja Aktif Naik Lagi\n11 September 2023\n\n"
            "[Grafik batang] Jumlah Pemberi Kerja Aktif BPJS Ketenagakerjaan (2019-2022)\n"
            "2019: 615.200\n2020: 590.100\n2021: 677.300\n2022: 709.800\n"
            "Sumber: Laporan Tahunan BPJS Ketenagakerjaan\n\n"
            "Jumlah pemberi kerja aktif sempat turun pada 2020 saat pandemi.\n")
    got = _page_facts(page)
    assert ("participants", "active_employers", None, 2019, 615_200) in got
    assert ("participants", "active_employers", None, 2022, 709_800) in got


def test_a_table_whose_label_column_has_no_header_and_stands_apart_by_spaces_is_read_by_quarter():
    page = ("Harian Bisnis > Keuangan\n\nKinerja BPJS Ketenagakerjaan Kuartal II\nRabu, 30 Juli 2025 | 11:00 WIB\n\n"
            "JAKARTA - Berikut ikhtisar kinerja BPJS Ketenagakerjaan (Rp triliun, kecuali disebutkan lain):\n"
            "                          Kuartal II-2025 | Kuartal II-2024\n"
            "Dana kelolaan                    830,4   |   771,2\n"
            "Iuran                             52,3   |   47,9\n"
            "Peserta aktif (juta orang)        44,9   |   42,2\n"
            "Catatan: posisi akhir periode.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2025, 830_400_000_000_000) in got
    assert ("funds", "managed_funds", None, 2024, 771_200_000_000_000) in got
    assert ("funds", "contributions", None, 2024, 47_900_000_000_000) in got
    assert ("participants", "active_participants", None, 2025, 44_900_000) in got


def test_a_column_counting_the_branch_offices_makes_no_row_a_regions():
    page = ("Portal Data > Dataset > BPJS Ketenagakerjaan\n"
            "Peserta Aktif BPJS Ketenagakerjaan Menurut Segmen, 2017-2018\n"
            "Terakhir diperbarui: 9 April 2019\n"
            "Pratinjau data (satuan: orang):\n"
            "tahun,segmen,peserta_aktif,jumlah_kantor_cabang\n"
            "2017,Penerima Upah,16110200,325\n"
            "2017,Bukan Penerima Upah,1440300,325\n"
            "2018,Penerima Upah,17850400,326\n"
            "2018,Total,27420600,326\n"
            "Unduh CSV | API\n")
    got = [(f.table, f.metric, f.segment, f.year, round(f.value))
           for f in extract_facts(clean_article("t", page))]
    assert ("participants", "active_participants", "formal", 2017, 16_110_200) in got
    assert ("participants", "active_participants", "informal", 2017, 1_440_300) in got
    assert ("participants", "active_participants", "formal", 2018, 17_850_400) in got
    assert ("participants", "active_participants", "all", 2018, 27_420_600) in got
    assert not [f for f in got if f[4] < 1000]  # (the offices counted are no fact)


def test_a_table_of_no_period_takes_the_date_of_the_line_under_it():
    page = ("Liputan Ekonomi\n\nDana Kelolaan BPJS Ketenagakerjaan Per Program\nRabu, 14 Mei 2025 10:00 WIB\n\n"
            "Jakarta - Sepanjang 2024, dana kelolaan BPJS Ketenagakerjaan tumbuh menjadi Rp790,2 triliun.\n\n"
            "| Program | Dana (Rp triliun) |\n| JHT | 510,4 |\n| JKK | 70,9 |\n| JP | 204,1 |\n"
            "Data per April 2025\n\nKinerja itu ditopang hasil investasi.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JHT", 2025, 510_400_000_000_000) in got
    assert ("funds", "managed_funds", "JP", 2025, 204_100_000_000_000) in got
    assert ("funds", "managed_funds", None, 2024, 790_200_000_000_000) in got


def test_a_preview_of_months_as_data_files_write_them():
    page = ("Portal Data Ketenagakerjaan\nDataset > Kepesertaan BPJS Ketenagakerjaan Bulanan 2023\n\n"
            "Pratinjau data (CSV)\nSumber: BPJS Ketenagakerjaan | Satuan: orang\n\n"
            "bulan,peserta_aktif,peserta_aktif_bpu,peserta_nonaktif\n"
            "2023-10,38112004,8003311,19904551\n2023-11,38450120,8102002,19816020\n\n"
            "Catatan: data per akhir bulan.\n")
    got = [(f.metric, f.segment, f.year, f.as_of, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("active_participants", "all", 2023, "2023-10", 38_112_004) in got
    assert ("active_participants", "informal", 2023, "2023-11", 8_102_002) in got
    assert not [f for f in got if f[4] > 19_000_000 and f[4] < 20_000_000]  # (the non-active column is no fact)


def test_a_previews_note_names_the_unit_of_the_value_column():
    page = ("Portal Data Ketenagakerjaan\nDataset > Klaim BPJS Ketenagakerjaan per Program\n"
            "Diperbarui: 2 Juli 2023 | Format: CSV\n\n"
            "Pratinjau (nilai dalam Rp miliar)\n"
            "tahun,program,jumlah_kasus,nilai_klaim\n"
            "2022,JHT,3012400,41203\n2022,JKM,101300,1870\n\n"
            "Unduh CSV\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2022, 41_203_000_000_000) in got
    assert ("funds", "benefits_paid", "JKM", 2022, 1_870_000_000_000) in got
    assert not [f for f in got if f[0] == "participants"]  # (the cases counted are no fact)


def test_bulleted_arrow_rows_under_a_sentence_comparing_two_positions_a_blank_line_apart():
    page = ("Liputan6.com, Jakarta\nSenin, 11 Nov 2019, 09:00 WIB\n\n"
            "BPJS Ketenagakerjaan terus tumbuh sepanjang 2019. Berikut perbandingan posisi akhir Desember 2018 dengan "
            "posisi akhir September 2019:\n\n"
            "- Peserta aktif: 30,1 juta → 33,8 juta\n"
            "- Dana kelolaan: Rp361,2 triliun → Rp418,6 triliun\n\n"
            "Direksi optimistis kinerja terus membaik.\n")
    assert sorted(_page_facts(page), key=str) == sorted([
        ("participants", "active_participants", None, 2018, 30_100_000),
        ("participants", "active_participants", None, 2019, 33_800_000),
        ("funds", "managed_funds", None, 2018, 361_200_000_000_000),
        ("funds", "managed_funds", None, 2019, 418_600_000_000_000)], key=str)
