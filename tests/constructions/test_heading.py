"""constructions/heading.py: headings over figures laid out line by line."""
from datetime import date

PUBLISHED = date(2025, 5, 2)


def _page_facts(page: str) -> list[tuple]:
    """The facts of a whole page, cleaned first: (table, metric, year, as_of, value)."""
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    return [(f.table, f.metric, f.year, f.as_of, round(f.value)) for f in extract_facts(clean_article("t", page))]


def test_a_heading_line_gives_its_programme_to_the_lines_below(facts_of):
    body = "Sepanjang 2025 klaim naik di semua program:\nJaminan Hari Tua (JHT)\nNilai klaim: Rp13,1 triliun\nJaminan Pensiun (JP)\nNilai klaim: Rp323 miliar"
    got = facts_of(body, published_on=PUBLISHED)
    assert ("funds", "benefits_paid", "all", "JHT", 2025, 13.1e12) in got
    assert ("funds", "benefits_paid", "all", "JP", 2025, 323e9) in got


def test_a_heading_glued_to_the_line_before_heads_the_lines_after(facts_of):
    body = ("Sepanjang 2025 klaim naik di semua program:\n- Jaminan Hari Tua (JHT)\n"
            "Nilai klaim: Rp13,132 triliun - Jaminan Kecelakaan Kerja (JKK)\n"
            "Nilai klaim: Rp1,006 triliun - Jaminan Kematian (JKM)\nNilai klaim: Rp1,142 triliun")
    got = facts_of(body, published_on=PUBLISHED)
    assert ("funds", "benefits_paid", "all", "JHT", 2025, 13.132e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2025, 1.006e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2025, 1.142e12) in got


def test_a_heading_names_the_metric_of_the_labelled_lines_below_it(facts_of):
    body = ("Berikut data kepesertaan BPJS Ketenagakerjaan per Desember 2023 yang dirilis hari ini.\nPeserta Aktif\n"
            "Penerima Upah: 20,5 juta\nBukan Penerima Upah: 8,5 juta\nJasa Konstruksi: 12,2 juta")
    assert facts_of(body) == [("participants", "active_participants", "formal", None, 2023, 20.5e6),
                              ("participants", "active_participants", "informal", None, 2023, 8.5e6),
                              ("participants", "active_participants", "construction", None, 2023, 12.2e6)]


def test_a_lists_introduction_hands_its_lines_its_programme_kind_and_period(facts_of):
    body = ("Ia memaparkan, pekerja yang telah mendaftarkan diri dalam program Jaminan Kehilangan Pekerjaan (JKP) sebanyak 17,1 juta.\n"
            "Khusus JKP, Pramono merinci kinerja program itu hingga Oktober 2025 sebagai berikut:\n"
            "- Iuran: Rp2,6 triliun\n- Dana kelolaan: Rp16,4 triliun\n")
    got = facts_of(body, published_on=date(2025, 11, 20))
    assert ("funds", "contributions", "all", "JKP", 2025, 2.6e12) in got
    assert ("funds", "managed_funds", "all", "JKP", 2025, 16.4e12) in got
    body = ("Pilihan Editor: Iuran Tapera Dinilai Membebani\n"
            "Berikut sejumlah target BPJS Ketenagakerjaan dalam RKAT 2025:\n"
            "- Iuran: Rp 101,2 triliun\n- Peserta aktif: 51,2 juta orang\n")
    assert facts_of(body, published_on=date(2024, 12, 20)) == [
        ("targets", "contributions", "all", None, 2025, 101.2e12),
        ("targets", "active_participants", "all", None, 2025, 51.2e6)]


def test_a_lists_introduction_naming_both_achievements_and_targets_hands_no_kind(facts_of):
    body = ("Berikut realisasi kinerja BPJS Ketenagakerjaan tahun lalu dan target 2014:\n"
            "Peserta aktif (juta orang): pada 2013 sebesar 12,5 juta; Target 2014 15,5 juta.\n")
    assert facts_of(body, published_on=date(2014, 1, 16)) == [
        ("participants", "active_participants", "all", None, 2013, 12.5e6),
        ("targets", "active_participants", "all", None, 2014, 15.5e6)]


def test_a_list_introduced_at_the_end_of_a_paragraph_takes_its_measure_and_period():
    page = ("Peserta Aktif Terus Menyusut\n14/08/2020, 11.20 WIB\n"
            "Jumlah peserta aktif BPJS Ketenagakerjaan terus menyusut sejak pandemi merebak. Berikut perkembangannya "
            "setiap bulan sepanjang semester I 2020:\n- Januari: 34,05 juta\n- Februari: 33,71 juta\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2020, "2020-01", 34.05e6) in got
    assert ("participants", "active_participants", 2020, "2020-02", 33.71e6) in got


def test_a_heading_line_of_a_target_year_heads_the_lines_under_it():
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    page = ("INFOGRAFIS: Rapor BPJS Ketenagakerjaan 2022\nKinerja BP Jamsostek sepanjang 2022 (data per 31 Desember "
            "2022)\nKEUANGAN\nDana kelolaan: Rp636,7 triliun\nTARGET 2023\nPeserta aktif: 41,5 juta\nDana kelolaan: "
            "Rp713 triliun\n")
    got = [(f.table, f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("targets", "active_participants", 2023, 41.5e6) in got
    assert ("targets", "managed_funds", 2023, 713e12) in got


def test_a_lists_introduction_takes_the_measure_and_segment_of_its_paragraph(facts_of):
    body = ("Jumlah pekerja bukan penerima upah yang aktif sebagai peserta pada semester I 2023 terus bertambah. "
            "Berikut perkembangannya:\n\nApril: 8,12 juta\nMei: 8,20 juta\nJuni: 8,31 juta\n")
    got = facts_of(body, with_as_of=True)
    assert ("participants", "active_participants", "informal", None, 2023, "2023-06", 8.31e6) in got
    assert len(got) == 3


def test_a_lists_introduction_pointing_at_a_fund_gives_its_lines_that_funds_programme(facts_of):
    body = ("Banyak pekerja bertanya berapa dana JHT yang dikumpulkan. Dana kelolaan BPJS Ketenagakerjaan di akhir 2015 "
            "tercatat Rp 206,1 triliun. Memasuki 2016, dana tersebut terus bertumbuh tiap bulan:\n\n"
            "Januari: Rp 209,8 triliun\nFebruari: Rp 214,1 triliun\n")
    got = facts_of(body, published_on=date(2016, 5, 1))
    assert ("funds", "managed_funds", "all", None, 2016, 209.8e12) in got
    assert ("funds", "managed_funds", "all", None, 2016, 214.1e12) in got


def test_a_data_pages_heading_names_the_measure_of_its_year_rows_and_a_period_heading_dates_the_labels(facts_of):
    body = ("DANA KELOLAAN BPJS KETENAGAKERJAAN (Rp triliun)\n2020: Rp486,4 triliun.\n2021: Rp553,5 triliun.\n"
            "RINCIAN PER PROGRAM (posisi akhir 2021)\nJaminan Hari Tua (JHT): Rp 372,1 triliun.\n"
            "Jaminan Pensiun (JP): Rp 113,9 triliun.\n")
    got = facts_of(body, published_on=date(2022, 3, 14))
    assert ("funds", "managed_funds", "all", None, 2020, 486.4e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2021, 113.9e12) in got


def test_a_longer_line_over_rows_of_months_hands_them_its_measure_segment_and_year(facts_of):
    body = ("Jumlah peserta Bukan Penerima Upah (BPU) aktif BPJS Ketenagakerjaan, 2023\nJanuari: 5,6 juta\n"
            "Juli: 7,0 juta\nTahun ini BPJS Ketenagakerjaan membidik 11 juta peserta BPU aktif.")
    got = facts_of(body, published_on=date(2024, 1, 22))
    assert ("participants", "active_participants", "informal", None, 2023, 5.6e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 7e6) in got


def test_a_tables_active_column_names_its_figures_active(facts_of):
    body = "Kepesertaan pekerja migran Indonesia\n2020; Terdaftar: 392.114; Aktif: 248.573.\n2021; Terdaftar: 417.860; Aktif: 235.402."
    got = facts_of(body, published_on=date(2022, 8, 1))
    assert ("participants", "active_participants", "migrant", None, 2021, 235402) in got
    assert ("participants", "registered_participants", "migrant", None, 2020, 392114) in got


def test_a_heading_measuring_against_a_target_heads_achievements(facts_of):
    body = ("Kepesertaan: di bawah target\n\nDi sisi kepesertaan, jumlah peserta aktif pada akhir 2017 sebanyak 26,3 juta "
            "orang atau sekitar 93 persen dari target 28,3 juta.")
    got = facts_of(body, published_on=date(2018, 3, 1))
    assert ("participants", "active_participants", "all", None, 2017, 26.3e6) in got


def test_a_note_in_brackets_under_a_heading_keeps_the_heading_over_its_rows(facts_of):
    body = "Jumlah Peserta Aktif BPJS Ketenagakerjaan (2021-2023)\n(juta orang)\n2021: 30,66 juta.\n2022: 35,63 juta."
    got = facts_of(body)
    assert ("participants", "active_participants", "all", None, 2021, 30.66e6) in got
    assert ("participants", "active_participants", "all", None, 2022, 35.63e6) in got


def test_a_heading_under_a_lists_introduction_keeps_the_introductions_measure(facts_of):
    body = ("Pembayaran manfaat per program sepanjang 2019:\nJaminan Hari Tua (JHT)\n- Jumlah kasus: 2,1 juta\n"
            "- Nominal: Rp 26,6 triliun\nJaminan Kematian (JKM)\n- Jumlah kasus: 30.100\n- Nominal: Rp 0,95 triliun")
    got = facts_of(body, published_on=date(2020, 2, 3))
    assert ("funds", "benefits_paid", "all", "JHT", 2019, 26.6e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2019, 0.95e12) in got


def test_bars_typed_with_one_mark_between_a_label_and_its_figure():
    page = ("Kepesertaan Pulih\nSelasa, 12 Oktober 2021\n"
            "Peserta aktif BPJS Ketenagakerjaan terus bertambah sepanjang tahun ini.\n\n"
            "Peserta Aktif BPJS Ketenagakerjaan 2021 (juta orang)\nMar |==========  27,5\nApr |===========   27,9\n"
            "Mei ########### 28,4\n\nKenaikan itu ditopang pemulihan ekonomi.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2021, "2021-03", 27.5e6) in got
    assert ("participants", "active_participants", 2021, "2021-05", 28.4e6) in got


def test_a_unit_note_whose_brackets_open_with_a_qualifier():
    page = ("Dana Kelolaan Tumbuh\nKamis, 8 Februari 2024\n"
            "Dana kelolaan BPJS Ketenagakerjaan terus tumbuh dalam tiga tahun terakhir.\n\n"
            "Dana kelolaan BPJS Ketenagakerjaan (posisi akhir tahun, Rp triliun):\n2021: 553,5\n2022: 636,7\n\n"
            "Pertumbuhan itu ditopang hasil investasi.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", 2021, None, 553.5e12) in got
    assert ("funds", "managed_funds", 2022, None, 636.7e12) in got


def test_a_rate_row_of_a_table_in_amounts_takes_no_amounts_unit():
    page = ("Kinerja Keuangan\nRabu, 7 Februari 2024\n\n"
            "Indikator (Rp triliun)   2022    2023\nIuran                    83,6    90,1\n"
            "Imbal hasil (%)          6,9     6,8\n\nIuran terus bertumbuh setiap tahun.\n")
    got = _page_facts(page)
    assert ("funds", "contributions", 2023, None, 90.1e12) in got
    assert all(f[-1] > 1e9 for f in got) and len(got) == 2


def test_an_infographics_amounts_over_the_words_naming_them():
    page = ("INFOGRAFIS: BPJS Ketenagakerjaan dalam Angka\nSenin, 10 Februari 2025\n\n"
            "BPJS Ketenagakerjaan merilis kinerja 2024. Berikut angka-angka pentingnya:\n\n"
            "Rp760,5 TRILIUN\ndana kelolaan per Desember 2024\n\nRp50,1 TRILIUN\nhasil investasi\n\n"
            "Rp88,7 TRILIUN\niuran yang diterima\n\nBagikan infografis ini\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", 2024, "2024-12", 760.5e12) in got
    assert ("funds", "investment_returns", 2024, None, 50.1e12) in got or \
        ("funds", "investment_returns", 2024, "2024-12", 50.1e12) in got
    assert any(f[1] == "contributions" and f[-1] == 88.7e12 for f in got)


def test_counts_of_a_data_page_with_their_nouns_under_a_title_naming_the_year():
    page = ("INFOGRAFIS | Kinerja BPJS Ketenagakerjaan Sepanjang 2021\n\nKINERJA BPJS KETENAGAKERJAAN 2021 DALAM ANGKA\n\n"
            "KEPESERTAAN\nPeserta aktif ............................ 30,66 juta orang\n"
            "Pemberi kerja aktif ...................... 668.109 perusahaan\n\n"
            "KEUANGAN (Rp triliun)\nIuran diterima ........................... 80,4\n\nTARGET 2022\n"
            "Peserta aktif ............................ 35,3 juta orang\n\nSumber: BPJS Ketenagakerjaan\n")
    got = _page_facts(page)  # (an undated page: its actuals take the one year its title names)
    assert ("participants", "active_participants", 2021, None, 30.66e6) in got
    assert ("participants", "active_employers", 2021, None, 668109) in got
    assert ("funds", "contributions", 2021, None, 80.4e12) in got
    assert ("targets", "active_participants", 2022, None, 35.3e6) in got


def test_a_page_counter_is_no_labelled_count():
    from bpjs_pipeline.clean import clean_article
    page = ("Judul Berita Ketenagakerjaan\nSelasa, 14 Januari 2025\nDibaca: 1.284 kali\n"
            "PONTIANAK - BPJS Ketenagakerjaan menggelar rapat koordinasi dengan pemerintah daerah se-Kalimantan Barat.\n")
    assert "Dibaca" not in clean_article("t", page).body


def test_thousands_set_apart_by_dots_under_a_unit_note_and_a_unit_after_satuan():
    page = ("Klaim Nasional 2022\nRabu, 11 Januari 2023\n"
            "BPJS Ketenagakerjaan membayar manfaat sepanjang 2022 dengan rincian sebagai berikut:\n"
            "Klaim dibayarkan secara nasional, 2022 (dalam miliar rupiah)\nJaminan Hari Tua ............... 37.208,4\n"
            "Jaminan Kematian ............... 1.104,2\n\nJumlah Peserta Aktif BPJS Ketenagakerjaan (2019-2020)\n"
            "Satuan: juta orang\n\nTahun | Peserta aktif\n2019 | 34,17\n2020 | 29,98\n\nData diolah redaksi.\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", 2022, None, 37208.4e9) in got
    assert ("participants", "active_participants", 2020, None, 29.98e6) in got


def test_a_lists_introduction_over_a_capital_heading_over_labelled_counts():
    page = ("INFOGRAFIS\nKinerja BPJS Ketenagakerjaan dalam Angka\n\nLensa | Jumat, 9 Februari 2024 07:15 WIB\n\n"
            "Berikut capaian kinerja BPJS Ketenagakerjaan sepanjang tahun 2023:\n\nKEPESERTAAN\n"
            "• Peserta aktif: 41,56 juta pekerja\n• Pemberi kerja aktif: 744.582 perusahaan\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2023, None, 41.56e6) in got


def test_a_heading_dated_in_brackets_over_labelled_lines():
    page = ("INFOGRAFIS\n\nKinerja BPJS Ketenagakerjaan dalam Angka\n\nTim Data\n\n"
            "KEPESERTAAN (per 31 Desember 2020)\nPeserta aktif .............................. 29,98 juta\n"
            "Perusahaan aktif ........................... 653.000\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2020, "2020-12-31", 29.98e6) in got


def test_a_table_laid_out_with_spaces_under_a_line_that_is_its_unit():
    page = ("Jumlah Peserta Aktif BPJS Ketenagakerjaan\nRabu, 10 Januari 2024\n"
            "Jumlah peserta aktif terus bertambah dalam sembilan tahun terakhir.\n\n"
            "Jumlah Peserta Aktif BPJS Ketenagakerjaan (2015-2017)\nSatuan: juta orang\n\n"
            "Tahun      Peserta aktif\n2015       19,20\n2016       22,63\n2017       26,28\n\nSumber: laporan tahunan\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2015, None, 19.2e6) in got
    assert ("participants", "active_participants", 2017, None, 26.28e6) in got


def test_months_with_years_of_two_digits_label_a_series():
    page = ("Peserta Aktif Terus Naik\nPublikasi: 27/05/2021\n"
            "Jumlah peserta aktif BP Jamsostek terus merangkak naik sepanjang awal 2021.\n\n"
            "Peserta aktif BP Jamsostek, Januari-Maret 2021 (juta orang)\nJan-21   30,12\nFeb-21   30,47\nMar-21   30,86\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2021, "2021-02", 30.47e6) in got
    assert ("participants", "active_participants", 2021, "2021-03", 30.86e6) in got


def test_the_titles_listed_under_a_related_data_header_are_links():
    page = ("Peserta Aktif Terus Naik\nPublikasi: 27/05/2021\n"
            "Jumlah peserta aktif BP Jamsostek pada April 2021 sudah 31,28 juta orang.\n\n"
            "Data Terkait:\n- Klaim JHT 2020 Capai Rp33 Triliun\n- Jumlah Pekerja Informal Indonesia Februari 2021\n")
    assert _page_facts(page) == [("participants", "active_participants", 2021, "2021-04", 31.28e6)]


def test_a_table_of_two_columns_laid_out_with_spaces_takes_its_headers_unit():
    page = ("Dana Kelolaan Terus Tumbuh\nRabu, 10 Februari 2021\n"
            "Dana kelolaan BPJS Ketenagakerjaan terus tumbuh dalam dua tahun terakhir.\n\n"
            "Tahun      Dana kelolaan (Rp triliun)\n2019       431,9\n2020       486,4\n\nSumber: laporan tahunan\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", 2019, None, 431.9e12) in got
    assert ("funds", "managed_funds", 2020, None, 486.4e12) in got


def test_a_table_laid_out_with_spaces_with_its_units_on_a_line_of_their_own():
    page = ("Lima Tahun Peserta Aktif\nSenin, 4 Maret 2019\n"
            "Jumlah pekerja yang aktif menjadi peserta terus bertambah. Berikut rekapitulasinya.\n\n"
            "Tabel 1. Kinerja BPJS Ketenagakerjaan 2014-2016\nTahun     Peserta aktif     Dana kelolaan\n"
            "          (juta orang)      (Rp triliun)\n2014         16,16             187,0\n"
            "2015         19,15             206,1\n2016         22,63             260,5\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2015, None, 19.15e6) in got
    assert ("funds", "managed_funds", 2015, None, 206.1e12) in got


def test_bars_typed_with_pipes_under_a_dated_heading_and_a_unit_line():
    page = ("Peserta Aktif Berangsur Pulih\nKamis, 15 Juli 2021\n"
            "Jumlah peserta aktif bergerak naik perlahan. Angka itu masih di bawah posisi akhir 2019 yang sebesar 34,17 juta "
            "orang.\n\nPeserta Aktif BP Jamsostek, Januari-Maret 2021\nSatuan: juta orang\n"
            "Jan   ||||||||||||||||||||||||||||  27,95\nFeb   ||||||||||||||||||||||||||||  27,81\n"
            "Mar   ||||||||||||||||||||||||||||  27,79\nSumber: BP Jamsostek\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2021, "2021-02", 27.81e6) in got
    assert ("participants", "active_participants", 2021, "2021-03", 27.79e6) in got


def test_a_table_with_a_rule_of_pluses_and_a_rejected_rows_cells_under_every_period():
    page = ("Ikhtisar Kinerja 2021\nSenin, 6 Juni 2022\nBerikut ikhtisar kinerja Dana Jaminan Sosial Ketenagakerjaan.\n\n"
            "IKHTISAR KEUANGAN\n(dalam miliar Rupiah, kecuali dinyatakan lain)\n\n"
            "Uraian                         |    2021    |    2020\n-------------------------------+------------+-----------\n"
            "Dana investasi                 |   553.452  |   486.380\nBeban jaminan (klaim dibayar)  |    42.960  |    36.449\n"
            "Beban operasional              |     4.118  |     3.962\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", 2020, None, 486.38e12) in got
    assert ("funds", "benefits_paid", 2021, None, 42.96e12) in got
    assert [f for f in got if f[-1] in (4.118e12, 3.962e12)] == []


def test_counts_of_millions_written_in_full_on_labelled_lines():
    page = ("REKAP KEPESERTAAN NASIONAL\nPosisi data : 31 Desember 2021\nSatuan      : orang, kecuali dinyatakan lain\n\n"
            "Tenaga kerja terdaftar (aktif + nonaktif) : 56.342.112\nTenaga kerja aktif                        : 30.663.492\n"
            "Tenaga kerja nonaktif                     : 25.678.620\n")
    got = _page_facts(page)
    # (the date of the data over the lines dates each: "Posisi data : 31 Desember 2021")
    assert ("participants", "registered_participants", 2021, "2021-12-31", 56342112) in got
    assert ("participants", "active_participants", 2021, "2021-12-31", 30663492) in got
    assert [f for f in got if f[-1] == 25678620] == []


def test_a_heading_over_a_unit_note_over_a_table_of_months_by_segment():
    page = ("StatistikKerja.id\nDirilis 3 Agustus 2020\n\n"
            "Peserta Aktif BPJS Ketenagakerjaan menurut Segmen, Januari–Februari 2020\n(juta orang)\n\n"
            "| Bulan     |  Total |     PU |   BPU |\n|-----------|--------|--------|-------|\n"
            "| Januari   |  33,58 |  23,92 |  2,81 |\n| Februari  |  33,41 |  23,79 |  2,78 |\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2020, "2020-01", 33.58e6) in got
    assert [f for f in got if f[-1] == 23.79e6 and f[1] == "active_participants"]


def test_a_column_of_units_and_a_row_of_newcomers():
    page = ("Kinerja BPJS Ketenagakerjaan Lampaui RKAT\nSenin, 5 Juni 2017\n"
            "Laporan tahunan menunjukkan hampir seluruh indikator melampaui RKAT.\n\nREALISASI TERHADAP RKAT 2016\n"
            "Indikator                 Satuan            RKAT     Realisasi     Capaian\n"
            "Peserta aktif             juta orang        21,9          22,6      103,2%\n"
            "Tambahan peserta baru     juta orang         6,5           7,1      109,2%\n"
            "Pendapatan iuran          Rp triliun        43,1          44,6      103,5%\n")
    got = _page_facts(page)
    assert ("targets", "active_participants", 2016, None, 21.9e6) in got
    assert ("participants", "active_participants", 2016, None, 22.6e6) in got
    assert ("funds", "contributions", 2016, None, 44.6e12) in got
    assert [f for f in got if f[-1] in (6.5e6, 7.1e6)] == []


def test_a_column_of_count_nouns_under_a_header_between_rules():
    page = ("Kinerja Dua Tahun\nRabu, 7 Februari 2018\nKinerja dua tahun terakhir dirangkum dalam tabel berikut.\n\n"
            "Tabel: Kinerja BPJS Ketenagakerjaan 2016-2017\n" + "-" * 60 + "\n"
            "Indikator             Satuan          2016        2017      Tumbuh\n" + "-" * 60 + "\n"
            "Peserta aktif         juta orang      22,63       26,32     16,3%\n"
            "Pemberi kerja aktif   perusahaan      383.213     455.206   18,8%\n"
            "Iuran                 Rp triliun      50,62       56,83     12,3%\n" + "-" * 60 + "\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2016, None, 22.63e6) in got
    assert ("participants", "active_employers", 2017, None, 455206) in got
    assert ("funds", "contributions", 2017, None, 56.83e12) in got


def test_units_in_brackets_two_spaces_apart_under_period_columns():
    page = ("Membandingkan Pengelola Dana Pekerja\nSenin, 12 April 2021\nAngka-angka di bawah diambil dari laporan tahunan.\n\n"
            "Tabel 1. Nilai aset pengelola dana pekerja\nLembaga                   2019          2020\n"
            "                          (Rp triliun)  (Rp triliun)\nBPJS Ketenagakerjaan      431,7*        486,4*\n\n"
            "*) Untuk BPJS Ketenagakerjaan yang dicantumkan adalah dana kelolaan program.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", 2019, None, 431.7e12) in got
    assert ("funds", "managed_funds", 2020, None, 486.4e12) in got


def test_a_bracket_in_a_columns_name_that_is_no_unit_and_a_column_of_growth_with_no_name():
    page = ("Kepesertaan Aktif Menurut Segmen\nStatistik Pekerja, Jumat, 4 Februari 2022\n\n"
            "Peserta aktif menurut segmen dan bulan, tahun 2021\nSatuan: juta orang\n\n"
            "Bulan         PU (Penerima Upah)    BPU (Bukan Penerima Upah)\nJanuari            20,31                   2,52\n"
            "Maret              19,87                   2,61\n\nKepesertaan                          2021        2020\n"
            "Pemberi kerja aktif (ribu)          682,0       612,1        11,4%\n"
            "Peserta aktif (juta orang)          30,66       29,98         2,3%\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", 2021, "2021-01", 20.31e6) in got
    assert ("participants", "active_employers", 2020, None, 612100) in got


def test_cells_parted_by_dot_leaders_a_rejected_cells_label_and_a_unit_in_a_sentence():
    page = ("Ikhtisar Keuangan\nSenin, 6 Maret 2023\nBerikut ikhtisar keuangan dana jaminan sosial.\n\n"
            "(dalam miliar Rupiah, kecuali dinyatakan lain)\n\nUraian                                   2022            2021\n"
            "Dana kelolaan ................... 637.746 ........ 553.540\n"
            "Pendapatan iuran ................. 88.014 .......... 80.613\n\n"
            "Tahun | Peserta aktif | Peserta nonaktif\n2022 | 35,86 juta | 23,48 juta\n2021 | 30,66 juta | 24,31 juta\n\n"
            "Berikut iuran yang diterima menurut laporan pengelolaan program (satuan: Rp triliun).\n\nIuran diterima\n"
            "2017 : 59,5\n2018 : 66,8\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", 2021, None, 553.54e12) in got
    assert ("funds", "contributions", 2022, None, 88.014e12) in got
    assert ("participants", "active_participants", 2022, None, 35.86e6) in got
    assert [f for f in got if f[-1] in (23.48e6, 24.31e6)] == []
    assert ("funds", "contributions", 2018, None, 66.8e12) in got


def test_a_list_introduced_by_what_it_breaks_down_by_takes_the_measure_of_the_figure_before(facts_of):
    body = ("Total manfaat dibayarkan: Rp52,4 triliun\n(4,0 juta kasus)\n\nPer program:\nJAMINAN HARI TUA\n"
            "Rp44,6 triliun | 3,0 juta kasus\nJAMINAN KEMATIAN\nRp3,2 triliun | 140.112 kasus")
    got = facts_of(body, published_on=date(2024, 2, 9))
    assert ("funds", "benefits_paid", "all", "JHT", 2024, 44.6e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2024, 3.2e12) in got
    assert not any(metric == "managed_funds" for _, metric, *_ in got)


def test_a_qualifier_in_brackets_after_the_noun_of_a_tables_introduction_names_its_measure(facts_of):
    body = ("Participants by segment (active, 31 December 2023):\n| Segment | Participants |\n| Wage earners | 27.1 million |\n"
            "| Non-wage earners | 9.2 million |")
    got = facts_of(body, published_on=date(2024, 2, 1))
    assert ("participants", "active_participants", "formal", None, 2023, 27.1e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 9.2e6) in got


def test_employers_a_qualifier_after_the_noun_describes_head_the_list_under_them(facts_of):
    body = ("Pemberi kerja aktif yang terdaftar di BPJS Ketenagakerjaan sempat turun saat pandemi, lalu pulih. Berikut datanya "
            "(dalam ribu):\n• 2019: 660,1 ribu\n• 2020: 581,2 ribu")
    assert facts_of(body, published_on=date(2023, 3, 1)) == [
        ("participants", "active_employers", "all", None, 2019, 660.1e3), ("participants", "active_employers", "all", None, 2020, 581.2e3)]
