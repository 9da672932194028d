"""Data portals, infographics and financial statements: an amount set before its label, a heading in capitals dated
in brackets over the heading of its lines, a dataset's title over its metadata and a table, a table of one value
column, a preview whose column names end in their units, figures of another year in brackets, a statement in
"jutaan rupiah" whose label column names its section, a column named by two names of one value, the total row
under a programme's heading, and a preview's rows by programme with a year column, a column in whole rupiah and an empty
cell."""
from __future__ import annotations

from test_data_page_tables import _page_facts


def test_an_infographics_amount_set_before_its_label():
    page = ("KOMPAS.id\nEkonomi | Infografik\n\nInfografik: Kinerja Lembaga Sepanjang 2022\n\n"
            "INFOGRAFIK\nLEMBAGA 2022 DALAM ANGKA\n\n"
            "PESERTA\n"
            "35,8 juta   peserta aktif (Desember 2022)\n\n"
            "DANA\n"
            "Rp 633,3 triliun   dana kelolaan\n"
            "Rp 42,4 triliun    hasil investasi (imbal hasil 7,1 persen)\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2022, 35_800_000) in got
    assert ("funds", "managed_funds", None, 2022, 633_300_000_000_000) in got
    assert ("funds", "investment_returns", None, 2022, 42_400_000_000_000) in got


def test_a_heading_in_capitals_dated_in_brackets_over_the_heading_of_its_lines():
    page = ("Portal Informasi\n\nSekilas Lembaga: Data Kunci\n\nDiterbitkan: Jumat, 14 Februari 2020 | 09:30 WIB\n\n"
            "BPJS Ketenagakerjaan adalah badan hukum publik yang menyelenggarakan program jaminan sosial bagi pekerja di "
            "Indonesia. Berikut data kunci badan tersebut.\n\n"
            "DATA KUNCI (posisi 31 Desember 2019)\n\n"
            "Kepesertaan\n"
            "Tenaga kerja aktif : 34.170.402 orang\n\n"
            "Keuangan\n"
            "Dana investasi : 431,99 triliun rupiah\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2019, 34_170_402) in got
    assert ("funds", "managed_funds", None, 2019, 431_990_000_000_000) in got


def test_a_datasets_title_over_its_metadata_and_a_table_of_years():
    page = ("SATU DATA\nBeranda | Dataset | Tentang\n\n"
            "Jumlah Peserta Aktif BPJS Ketenagakerjaan Menurut Segmen, 2020-2021\n\n"
            "Organisasi: Pusat Data dan Informasi\nTanggal rilis: 14/03/2022\nSatuan: orang\nFrekuensi: Tahunan\n"
            "Dilihat: 1.204 kali\n\n"
            "Segmen\t2020\t2021\n"
            "Penerima Upah (PU)\t20.335.201\t20.891.663\n"
            "Jumlah\t29.980.722\t30.663.141\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2021, 20_891_663) in got
    assert ("participants", "active_participants", None, 2020, 29_980_722) in got
    assert all(value != 1204 for *_, value in got)


def test_a_table_of_one_value_column_gives_each_row_its_figure():
    page = ("databoks\nHome | Ekonomi\n\nDana Investasi per Program Tembus Rp554 Triliun\n\n"
            "Dana Investasi BPJS Ketenagakerjaan per Program (31 Desember 2021)\n"
            "Program\tNilai (Rp triliun)\n"
            "Jaminan Hari Tua (JHT)\t372,5\n"
            "Jaminan Pensiun (JP)\t116,2\n"
            "Sumber: BPJS Ketenagakerjaan\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JHT", 2021, 372_500_000_000_000) in got
    assert ("funds", "managed_funds", "JP", 2021, 116_200_000_000_000) in got


def test_a_previews_column_names_ending_in_their_units_and_a_provisional_year():
    page = ("Portal Data Indonesia\n\nPerkembangan Kepesertaan dan Iuran 2012-2013\n\n"
            "Data perkembangan tenaga kerja aktif dan penerimaan iuran program jaminan sosial tenaga kerja.\n\n"
            "tahun,tenaga_kerja_aktif_ribu_orang,iuran_rp_miliar\n"
            "2012,11340,20410\n"
            "2013*,12350,22610\n\n"
            "* angka sementara\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2012, 11_340_000) in got
    assert ("funds", "contributions", None, 2013, 22_610_000_000_000) in got


def test_figures_of_another_year_in_brackets_under_a_note_that_says_so():
    page = ("JawaPos\n\nLembaga membayarkan jaminan senilai Rp36,4 triliun sepanjang 2020. Berikut rincian pembayaran jaminan "
            "per program yang disampaikan manajemen lembaga tersebut:\n\n"
            "RINCIAN PEMBAYARAN JAMINAN 2020 (angka 2019 dalam kurung)\n\n"
            "Jaminan Kecelakaan Kerja (JKK)\n"
            "Kasus: 221.740 (182.835)\n"
            "Nominal: Rp1,55 triliun (Rp1,57 triliun)\n\n"
            "Jaminan Hari Tua (JHT)\n"
            "Nominal: Rp33,1 triliun (Rp26,41 triliun)\n\n"
            "Total: Rp36,4 triliun (Rp28,97 triliun)\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JKK", 2020, 1_550_000_000_000) in got
    assert ("funds", "benefits_paid", "JKK", 2019, 1_570_000_000_000) in got
    assert ("funds", "benefits_paid", "JHT", 2019, 26_410_000_000_000) in got
    # (the total of all programmes under the last programme's heading is no programme's)
    assert ("funds", "benefits_paid", None, 2020, 36_400_000_000_000) in got


def test_a_statement_in_millions_whose_label_column_names_its_section():
    page = ("Investor.id\n\nLembaga mempublikasikan laporan keuangan dana jaminan sosial tahun buku 2019 yang telah diaudit.\n\n"
            "IKHTISAR LAPORAN KEUANGAN\n"
            "Per 31 Desember 2019 dan 2018 (dalam jutaan rupiah)\n\n"
            "ASET\t2019\t2018\n"
            "JHT\t340.112.430\t299.812.430\n"
            "JP\t45.120.664\t36.920.664\n"
            "Jumlah aset DJS\t431.990.437\t382.049.437\n\n"
            "PENDAPATAN DAN BEBAN (1 Januari-31 Desember)\n"
            "Pendapatan iuran\t73.201.113\t64.892.113\n")
    got = _page_facts(page)
    assert ("funds", "assets", "JHT", 2019, 340_112_430_000_000) in got
    assert ("funds", "contributions", None, 2018, 64_892_113_000_000) in got


def test_a_column_named_by_two_names_of_one_value_reads_as_the_first():
    page = ("Katadata\n\nPerbandingan dana yang dikelola beberapa lembaga pada akhir 2021 disajikan dalam tabel berikut.\n\n"
            "Lembaga | Dana kelolaan / aset (Rp triliun) | Pertumbuhan (%)\n"
            "BPJS Ketenagakerjaan | 553,5 | 13,8\n"
            "Lembaga Penjamin Simpanan (LPS) | 171,2 | 7,7\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2021, 553_500_000_000_000) in got
    assert all(value != 171_200_000_000_000 for *_, value in got)


def test_a_tables_numbered_caption_heads_it_and_a_heading_naming_the_inactive_rules_its_rows_out():
    page = ("Satu Data\nBeranda | Dataset\n\nDeskripsi\nDataset ini memuat jumlah tenaga kerja yang tercatat sebagai "
            "peserta aktif BPJS Ketenagakerjaan menurut segmen kepesertaan.\n\n"
            "Tabel 1. Jumlah Peserta Aktif Menurut Segmen (orang)\n"
            "Segmen | 2022 | 2023\n"
            "Penerima Upah (PU) | 21.674.905 | 25.063.117\n"
            "Bukan Penerima Upah (BPU) | 6.481.330 | 9.204.886\n"
            "Total Peserta Aktif | 35.867.837 | 41.556.543\n\n"
            "Tabel 2. Peserta Nonaktif (orang)\n"
            "Segmen | 2022 | 2023\n"
            "Penerima Upah (PU) | 18.902.446 | 18.527.903\n"
            "Bukan Penerima Upah (BPU) | 854.117 | 981.420\n\n"
            "Tabel 3. Pemberi Kerja dan Peserta Tidak Aktif\n"
            "Uraian | 2022 | 2023\n"
            "Pemberi Kerja Aktif (unit) | 701.220 | 744.100\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2023, 25_063_117) in got
    assert ("participants", "active_employers", None, 2023, 744_100) in got
    assert all(value not in (18_527_903, 981_420) for *_, value in got)


def test_a_row_counting_people_under_a_note_of_money_keeps_its_count():
    page = ("Laporan Tahunan\n\nIkhtisar kinerja lembaga dalam dua tahun terakhir disajikan dalam tabel berikut ini.\n\n"
            "Ikhtisar Kinerja (miliar rupiah, kecuali dinyatakan lain)\n"
            "Uraian | 2018 | 2017\n"
            "Dana Investasi | 365.470 | 317.300\n"
            "Beban Jaminan (Klaim) | 23.050 | 19.640\n"
            "Peserta Aktif (tenaga kerja) | 30.518.470 | 26.284.107\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", None, 2018, 23_050_000_000_000) in got
    assert ("participants", "active_participants", None, 2017, 26_284_107) in got


def test_a_statistics_offices_table_with_numbered_columns_and_thousands_set_apart_by_spaces():
    page = ("Badan Pusat Statistik\n\nPublikasi > Statistik Indonesia\n\n"
            "Tabel 4.3.2 Perusahaan Peserta, Tenaga Kerja Peserta dan Iuran BPJS Ketenagakerjaan, 2017-2018\n\n"
            "Tahun | Perusahaan Peserta Aktif (unit) | Tenaga Kerja Peserta Aktif (ribu orang) | Iuran (miliar rupiah)\n"
            "(1) | (2) | (3) | (4)\n"
            "2017 | 488 210 | 26 284,1 | 55 431,2\n"
            "2018 | 521 304 | 30 518,5 | 64 892,1\n\n"
            "Tabel 4.3.3 Jumlah Peserta Jaminan Kesehatan Nasional (JKN) BPJS Kesehatan, 2017-2018 (juta jiwa)\n"
            "Tahun | Penerima Bantuan Iuran | Non-PBI | Jumlah\n"
            "2017 | 92,3 | 95,6 | 187,9\n")
    got = _page_facts(page)
    assert ("participants", "active_employers", None, 2017, 488_210) in got
    assert ("participants", "active_participants", None, 2018, 30_518_500) in got
    assert ("funds", "contributions", None, 2018, 64_892_100_000_000) in got
    assert all(value != 187_900_000 for *_, value in got)


def test_a_portfolios_items_are_allocations_and_its_total_is_the_fund():
    page = ("Statistik Perasuransian\n\nBab V. Penyelenggara Program Jaminan Sosial\n\n"
            "Tabel 5.3 Portofolio Investasi DJS BPJS Ketenagakerjaan per 31 Desember 2018 (miliar rupiah)\n"
            "Jenis Investasi | Nilai | Porsi (%)\n"
            "Surat Utang | 228.410 | 62,49\n"
            "Saham | 73.120 | 20,01\n"
            "Jumlah | 365.470 | 100,00\n")
    got = _page_facts(page)
    assert got == [("funds", "managed_funds", None, 2018, 365_470_000_000_000)]


def test_a_list_introduced_as_performance_and_its_target_heads_both():
    page = ("Beritasatu\n\nJakarta - Lembaga menyampaikan capaian tahun 2017 sekaligus target 2018 dalam paparan di "
            "Jakarta. Berikut perbandingan kinerja dua tahun terakhir dan targetnya:\n\n"
            "Uraian | 2016 | 2017 | Target 2018\n"
            "Iuran (Rp triliun) | 47,0 | 55,4 | 61,5\n"
            "Peserta aktif (juta) | 22,6 | 26,3 | 30,0\n")
    got = _page_facts(page)
    assert ("funds", "contributions", None, 2017, 55_400_000_000_000) in got
    assert ("targets", "contributions", None, 2018, 61_500_000_000_000) in got
    assert ("participants", "active_participants", None, 2016, 22_600_000) in got


def test_a_previews_rows_by_programme_with_a_year_column_and_a_column_in_whole_rupiah():
    page = ("Satu Data\n\nDataset: Nominal Klaim per Program Tahun 2021\n\n"
            "Sumber data: BPJS Ketenagakerjaan\nTanggal dibuat: 10 Januari 2022\n\n"
            "Pratinjau data (4 baris):\n\n"
            "program,tahun,jumlah_kasus,jumlah_penerima,nominal_klaim_rp\n"
            "JHT,2021,2812034,2700551,37120456010300\n"
            "JKM,2021,41210,41210,1515022000000\n"
            "TOTAL,2021,2853244,,38635478010300\n\n"
            "Unduh CSV\n")
    assert sorted(_page_facts(page), key=str) == sorted([
        ("funds", "benefits_paid", "JHT", 2021, 37_120_456_010_300),
        ("funds", "benefits_paid", "JKM", 2021, 1_515_022_000_000),
        ("funds", "benefits_paid", None, 2021, 38_635_478_010_300)], key=str)
