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


def test_an_infographics_amounts_over_their_labels_under_a_heading_with_their_targets_in_brackets():
    page = ("Berita Kementerian\n\nLaporan Kinerja Diterima Menteri\nRabu, 10 Februari 2021\n\n"
            "Jakarta - Menteri menerima laporan kinerja 2020 lembaga jaminan sosial ketenagakerjaan di kantornya, Rabu.\n\n"
            "INFOGRAFIS\nCAPAIAN BPJS KETENAGAKERJAAN 2020\n\n"
            "29,98 juta\npeserta aktif\n(target: 33,10 juta)\n\n"
            "Rp486,38 triliun\ndana kelolaan\n(target: Rp470 triliun)\n\n"
            "Rp32,30 triliun\nhasil investasi\n\n2,31 juta\nkasus klaim\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2020, 29_980_000) in got
    assert ("targets", "active_participants", None, 2020, 33_100_000) in got
    assert ("targets", "managed_funds", None, 2020, 470_000_000_000_000) in got
    assert ("funds", "investment_returns", None, 2020, 32_300_000_000_000) in got
    assert all(value != 2_310_000 for *_, value in got)


def test_years_on_lines_of_their_own_over_bare_figures_under_a_unit_note():
    page = ("Data Kita\n\nPeserta Aktif Naik Lagi\n\nJumlah peserta aktif terus bertambah dalam beberapa tahun terakhir, "
            "menurut data lembaga itu.\n\nJumlah Peserta Aktif BPJS Ketenagakerjaan (2020-2022)\n(juta orang)\n"
            "2020\n29,98\n2021\n30,66\n2022\n35,86\nSumber: BPJS Ketenagakerjaan\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2020, 29_980_000) in got
    assert ("participants", "active_participants", None, 2022, 35_860_000) in got


def test_bold_cells_a_numbering_column_and_a_total_row_named_national():
    page = ("Data Kita\n\nDana Kelolaan per Program\n\nBerikut dana kelolaan lembaga itu menurut program, dalam triliun "
            "rupiah, menurut laporan keuangannya.\n\n(Rp triliun)\n\n| Program | 2021 | 2022 |\n|---|---:|---:|\n"
            "| JHT | 385,23 | 436,10 |\n| **Total** | **549,19** | **629,00** |\n\n"
            "Peserta Aktif per Provinsi (Juni 2023)\nNo\tProvinsi\tPeserta Aktif (orang)\n1\tDKI Jakarta\t7.514.562\n"
            "-\tProvinsi lainnya (33 provinsi)\t31.149.729\n\tTotal Nasional*\t38.664.291\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2022, 629_000_000_000_000) in got
    assert ("participants", "active_participants", None, 2023, 38_664_291) in got
    assert all(value not in (7_514_562, 31_149_729) for *_, value in got)


def test_the_total_of_the_active_and_the_inactive_is_the_registered_count():
    page = ("Data Kita\n\nKepesertaan Bulanan\n\nBerikut data bulanan kepesertaan BPJS Ketenagakerjaan sepanjang tahun "
            "ini:\n\nKepesertaan BPJS Ketenagakerjaan 2021 (juta orang)\nBulan\tAktif\tNonaktif\tJumlah\n"
            "Januari\t30,84\t19,10\t49,94\nFebruari\t30,51\t19,52\t50,03\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2021, 30_840_000) in got
    assert ("participants", "registered_participants", None, 2021, 49_940_000) in got
    assert all(value != 19_100_000 for *_, value in got)


def test_firms_under_a_note_of_millions_of_persons_take_no_scale_and_cases_are_no_members():
    page = ("ANTARA News\n\nAgency manages funds\n\nJakarta (ANTARA) - The agency released the following key figures for "
            "2019, its president director said here on Tuesday.\n\nMembership (million persons)\n"
            "Active participants: 34.17\nActive employers: 681,450\nFinance (Rp trillion)\nManaged funds: 431.99\n"
            "Claims processed: 2.49 million cases\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2019, 34_170_000) in got
    assert ("participants", "active_employers", None, 2019, 681_450) in got
    assert ("funds", "managed_funds", None, 2019, 431_990_000_000_000) in got
    assert all(value != 2_490_000 for *_, value in got)


def test_a_column_of_cases_beside_columns_of_money_and_a_sub_row_with_its_target_cell():
    page = ("Data Kita\n\nKlaim per Program\n\nBerikut rincian pembayaran klaim per program:\n\n"
            "Program\tKasus 2021\tNominal 2021 (Rp miliar)\nJHT\t2.276.935\t37.183,20\nJKM\t86.133\t2.730,20\n\n"
            "Berikut perbandingan realisasi 2024 dan target 2025:\n\n| Indikator | Realisasi 2024 | Target 2025 |\n"
            "|---|---|---|\n| Peserta aktif (juta orang) | 45,22 | 52,30 |\n| - Penerima Upah | 29,31 | 31,50 |\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2021, 37_183_200_000_000) in got
    assert all(value != 2_276_935 * 10**9 for *_, value in got)
    assert ("participants", "active_participants", None, 2024, 29_310_000) in got
    assert ("targets", "active_participants", None, 2025, 31_500_000) in got


def test_a_row_labelled_with_the_agencys_name_is_its_whole_account():
    page = ("Riset\n\nTiga Raksasa Dana Pekerja\n\nBerikut perbandingan tiga pengelola dana pensiun dan hari tua per akhir "
            "2023:\n\nLembaga | Dana kelolaan | Jumlah peserta\nBPJS Ketenagakerjaan | Rp712,3 triliun | 41,56 juta peserta aktif\n"
            "PT Taspen (Persero) | Rp297 triliun | 6,9 juta\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2023, 712_300_000_000_000) in got


def test_a_change_pointed_at_after_the_items_of_a_list_is_the_totals():
    page = ("InfoKita\n\nPemkab Teken Kesepakatan\nRabu, 14 Mei 2025 | 13:10 WIB\n\n"
            "Asisten Deputi Kepesertaan memaparkan data kepesertaan nasional. Menurut dia, per Maret 2025 peserta aktif "
            "BPJS Ketenagakerjaan secara nasional sebanyak 41,9 juta pekerja, yang terdiri dari:\n"
            "1. Penerima Upah (PU): 26,6 juta\n2. Bukan Penerima Upah (BPU): 9,5 juta\n3. Jasa Konstruksi: 5,8 juta\n\n"
            "\"Angka ini turun dibanding akhir tahun lalu yang sempat mencapai 45 juta,\" ujarnya.\n")
    got = [(f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("active_participants", "all", 2024, 45_000_000) in got
    assert ("active_participants", "construction", 2025, 5_800_000) in got


def test_keys_naming_their_own_unit_and_a_province_in_a_rows_cell():
    page = ("Siaran Pers\n\nKinerja 2020\n\nBerikut ringkasan kinerja lembaga itu sepanjang 2020, menurut laporan yang "
            "dirilis pekan ini di Jakarta:\n\nDana kelolaan (Rp T): 486,4\nYield on investment (%): 7,38\n"
            "Pembayaran manfaat (Rp T): 36,4 (2,54 juta kasus)\nPeserta aktif (juta): 30,02\nPemberi kerja aktif (ribu): 636,3\n\n"
            "Data kepesertaan per Juni 2020\nUraian | Nasional | DIY\nPeserta aktif | 29.812.544 | 528.301\n"
            "Perusahaan aktif | 661.450 | 12.307\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2020, 486_400_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2020, 36_400_000_000_000) in got
    assert ("participants", "active_participants", None, 2020, 30_020_000) in got
    assert ("participants", "active_employers", None, 2020, 636_300) in got
    assert ("participants", "active_employers", None, 2020, 661_450) in got
    assert all(value not in (12_307, 528_301) for *_, value in got)


def test_a_spaced_table_with_a_label_two_spaces_from_its_figure_thousands_and_an_empty_cell():
    page = ("The Post\n\nAgency at a glance\n\nThe agency says its funds under management reached Rp 420.5 trillion as of "
            "September, as more employers registered their staff.\n\nBPJS Ketenagakerjaan at a glance\n"
            "                                   2017      2018      Sept. 2019\n"
            "Registered participants (million)  45.1      50.4      54.6\n"
            "Active employers ('000)            531.2     585.6     624.1\n"
            "Claims paid (Rp trillion)          19.0      24.9      n.a.\n")
    got = _page_facts(page)
    assert ("participants", "registered_participants", None, 2019, 54_600_000) in got
    assert ("participants", "active_employers", None, 2018, 585_600) in got
    assert ("funds", "benefits_paid", None, 2018, 24_900_000_000_000) in got


def test_a_lettered_list_an_item_with_no_figure_a_notes_column_and_quarters():
    page = ("Bisnis\n\nKlaim 2014\nSelasa, 20 Januari 2015\n\nBPJS Ketenagakerjaan membayarkan klaim jaminan sebesar Rp11,35 triliun sepanjang 2014, "
            "kata direkturnya.\n\nBerikut rincian pembayaran jaminan sepanjang 2014:\n"
            "a. Jaminan Hari Tua (JHT): Rp10,42 triliun (766.315 kasus)\nb. Jaminan Pensiun (JP): n.a.\n"
            "Riadi memperkirakan pembayaran klaim tahun ini akan meningkat menjadi sekitar Rp14 triliun.\n\n"
            "Indikator\tDes 2013\tSep 2014\tKeterangan\nDana kelolaan (Rp T)\t158,2\t179,6\tbelum diaudit*\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2014, 10_420_000_000_000) in got
    assert ("targets", "benefits_paid", None, 2015, 14_000_000_000_000) in got
    assert ("funds", "managed_funds", None, 2013, 158_200_000_000_000) in got
    page = ("Agency Release\n\nFirst-quarter results\nMay 2, 2023\n\nThe agency released its first-quarter figures on "
            "Tuesday, its president director said in Jakarta.\n\nIndicator | 1Q23 | 1Q22\n"
            "Managed funds (IDR tn) | 650.8 | 569.2\n")
    assert ("funds", "managed_funds", None, 2022, 569_200_000_000_000) in _page_facts(page)


def test_a_question_ends_the_heading_of_the_lines_above_it():
    page = ("Warta\n\nWawancara\n\nPandemi memukul kepesertaan lembaga itu, menurut direkturnya dalam wawancara pekan ini.\n\n"
            "Ringkasan data (per 31 Agustus 2020)\nPeserta terdaftar (juta orang): 50,9\n"
            "Klaim JHT Jan-Agu 2020 (Rp T): 21,6\nBerapa jumlah peserta saat ini?\n"
            "Per akhir Agustus, peserta terdaftar kami 50,9 juta orang, tetapi yang aktif membayar iuran 29,7 juta.\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2020, 21_600_000_000_000) in got
    assert ("participants", "active_participants", None, 2020, 29_700_000) in got


def test_items_under_a_totals_line_each_take_its_measure_and_a_note_of_two_units():
    page = ("Investor\n\nLaporan Keuangan DJS\n\nLembaga itu merilis laporan keuangan dana jaminan sosial tahun buku 2020 "
            "pekan ini, menurut keterangan resminya.\n\nIkhtisar Laporan Keuangan DJS Ketenagakerjaan\n(dalam miliar rupiah)\n\n"
            "Uraian                            31 Des 2020      31 Des 2019\n"
            "Jumlah Aset DJS                     495.812,4        437.105,6\n"
            "  - JHT                             372.504,1        335.867,2\n"
            "  - JKK                              39.620,8         35.210,5\n\n"
            "Berikut rincian pembayaran klaim per program:\n(nominal dalam Rp miliar; jumlah kasus dalam ribu)\n\n"
            "Program | 2019 Nominal | 2019 Kasus | 2020 Nominal | 2020 Kasus\nJKK | 1.538 | 182 | 1.571 | 177\n")
    got = _page_facts(page)
    assert ("funds", "assets", "JKK", 2020, 39_620_800_000_000) in got
    assert ("funds", "benefits_paid", "JKK", 2020, 1_571_000_000_000) in got
    assert all(value not in (182_000_000_000, 177_000_000_000) for *_, value in got)


def test_a_lists_introduction_naming_a_measure_and_a_target_heads_both():
    page = ("Kontan\n\nIuran Semester I\nSelasa, 26 Juli 2016\n\nIuran yang dihimpun lembaga itu naik pada semester I, kata "
            "direkturnya di Jakarta.\n\nBerikut rincian iuran per program dan target sepanjang tahun 2016:\n\n"
            "Program | Iuran Semester I-2016 | Target 2016\nJHT | Rp 14,86 triliun | Rp 29,4 triliun\n"
            "JP | Rp 3,67 triliun | Rp 6,9 triliun\n\nTotal liabilities: Rp 6,2 triliun.\n")
    got = _page_facts(page)
    assert ("funds", "contributions", "JHT", 2016, 14_860_000_000_000) in got
    assert ("targets", "contributions", "JHT", 2016, 29_400_000_000_000) in got
    assert all(value != 6_200_000_000_000 for *_, value in got)


def test_numbered_headings_over_lettered_items_a_rate_column_and_periods_with_kinds():
    page = ("JPNN\n\nKinerja Tahun Pertama\nSelasa, 26 Januari 2016\n\nLembaga itu memaparkan kinerjanya di hadapan Komisi IX "
            "DPR di Jakarta, Selasa.\n\nBerikut poin-poin capaian 2015 yang dipaparkan dalam rapat tersebut:\n1. Kepesertaan\n"
            "   a. Tenaga kerja aktif: 19,24 juta orang\n   b. Perusahaan aktif: 331.614 perusahaan\n2. Keuangan\n"
            "   a. Iuran: Rp35,91 triliun\n\nIndikator | RKAT 2015 | Realisasi 2015 | Capaian (%)\n"
            "Tenaga kerja aktif (juta orang) | 20,50 | 19,24 | 93,85\n\n"
            "Tahun | Peserta aktif (juta) | Iuran (Rp T)\n2014 | 16,20 | 31,20\n2015 (target) | 21,00 | 36,50\n\n"
            "Klaim semester I (dalam miliar rupiah):\n\nPeriode | JHT | Total\nJan-Jun 2015 | 6.571 | 6.980\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2015, 19_240_000) in got
    assert ("participants", "active_employers", None, 2015, 331_614) in got
    assert ("targets", "active_participants", None, 2015, 20_500_000) in got
    assert all(value != 93_850_000 for *_, value in got)
    assert ("targets", "contributions", None, 2015, 36_500_000_000_000) in got
    assert ("participants", "active_participants", None, 2014, 16_200_000) in got
    assert ("funds", "benefits_paid", "JHT", 2015, 6_571_000_000_000) in got


def test_an_amount_over_a_label_in_capitals_items_parted_by_bars_and_english_realization():
    page = ("JawaPos\n\nKinerja Terbaru\nKamis, 12 Juni 2025\n\nHingga akhir Mei 2025, lembaga itu melindungi 41,2 juta peserta "
            "aktif. Berikut data kinerja terbarunya.\n\nRp816,3 T\nDana kelolaan\n\nRp24,9 T\nManfaat dibayarkan (Jan-Mei 2025)\n"
            "  JHT Rp21,6 T | JKM Rp1,5 T | JKP Rp0,09 T\n\n"
            "Indicator\t2019 target\tRealization\nActive members (million)\t35.6\t34.1\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2025, 816_300_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2025, 24_900_000_000_000) in got
    assert ("funds", "benefits_paid", "JKM", 2025, 1_500_000_000_000) in got
    assert ("funds", "benefits_paid", "JKP", 2025, 90_000_000_000) in got


def test_a_title_and_keyed_figures_parted_by_bars_and_rows_labelled_by_a_province():
    page = ("detikFinance\nSelasa, 11 Feb 2025 13:45 WIB\n\nDana Kelolaan Naik\n\nLembaga itu mencatat dana kelolaan Rp 792,4 "
            "triliun pada akhir 2024, naik dari tahun sebelumnya, kata direkturnya.\n\n"
            "Sekilas angka 2024 | Iuran: Rp 95,8 T | Klaim dibayar: Rp 57,3 T | Yield: 6,9%\n\n"
            "Berikut sebaran peserta aktif per Juni 2025:\n\nWilayah | Penerima Upah | Bukan Penerima Upah\n"
            "Nasional | 26.210.400 | 9.301.150\nJawa Tengah | 2.148.600 | 701.300\nDIY | 412.300 | 98.450\n")
    got = _page_facts(page)
    assert ("funds", "contributions", None, 2024, 95_800_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2024, 57_300_000_000_000) in got
    assert all(value not in (2_148_600, 701_300, 412_300, 98_450) for *_, value in got)


def test_sections_in_capitals_between_a_tables_rows_a_section_of_rates_and_a_csv_preview():
    page = ("Annual Report\n\nKey Performance Highlights\n\nThe agency published its annual report for 2017 on its website "
            "this week, its directors said.\n\nKEY PERFORMANCE HIGHLIGHTS\n(in trillion Rupiah, unless otherwise stated)\n\n"
            "Description                                   2017      2016\nMEMBERSHIP\n"
            "Active participants (million persons)        26.32     22.58\n\nSOCIAL SECURITY FUND (DJS)\n"
            "Investment funds                             317.33    260.48\n\nRATIOS (%)\n"
            "Return on investment                           8.84      8.80\n\n"
            "Pratinjau data\ntahun,perusahaan_aktif,tenaga_kerja_aktif\n2014,215672,16021118\n2015,290310,19210734\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2016, 22_580_000) in got
    assert ("funds", "managed_funds", None, 2016, 260_480_000_000_000) in got
    assert all(value not in (8_840_000_000_000, 8_800_000_000_000) for *_, value in got)
    assert ("participants", "active_employers", None, 2015, 290_310) in got
    assert ("participants", "active_participants", None, 2014, 16_021_118) in got


def test_a_csv_preview_parted_by_semicolons_with_labels_in_its_rows():
    page = ("Satu Data\n\nPeserta per Segmen\n\nDataset ini berisi jumlah peserta aktif BPJS Ketenagakerjaan menurut segmen, "
            "posisi Desember 2021.\n\nPratinjau\nsegmen;peserta_aktif\nPenerima Upah (PU);20.130.552\n"
            "Bukan Penerima Upah (BPU);3.021.448\n")
    got = [(f.metric, f.segment, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("active_participants", "formal", 20_130_552) in got
    assert ("active_participants", "informal", 3_021_448) in got


def test_a_csv_preview_whose_rows_give_a_status_after_their_label():
    page = ("Satu Data Ketenagakerjaan\n\nPeserta menurut Status\n\nJumlah peserta program jaminan sosial ketenagakerjaan "
            "per Desember 2022 menurut status kepesertaan dan segmen.\n\nPratinjau\ntahun,segmen,status,jumlah_peserta\n"
            "2022,PU,aktif,24903118\n2022,Jasa Konstruksi,aktif,6021195\n2022,Total,aktif,35861000\n"
            "2022,PU,nonaktif,17804556\n2022,Total,aktif+nonaktif,55402000\n")
    got = [(f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("active_participants", "formal", 2022, 24_903_118) in got
    assert ("active_participants", "construction", 2022, 6_021_195) in got
    assert ("active_participants", "all", 2022, 35_861_000) in got
    assert ("registered_participants", "all", 2022, 55_402_000) in got
    assert all(value != 17_804_556 for *_, value in got)  # (the inactive)
