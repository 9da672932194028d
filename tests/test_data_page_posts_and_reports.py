"""Data pages of posts and reports: a heading over a header of years alone, a slide's caption led by a figure, a list
marked with check marks, a header naming another body by an abbreviation with a digit, a unit in one column's name,
a table of placements by instrument, a dateline signed with the outlet's domain under the headline, tables of
columns side by side or under uneven merged headers, notes naming the rows of a unit, a label column naming the year,
labels then amounts, carousel pairs, a preview by province and a count too large for the informal heading."""
from __future__ import annotations

from test_data_page_tables import _page_facts

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_a_heading_over_a_header_of_years_alone_is_no_rows_label():
    page = ("Annual Report 2022 | BPJS Ketenagakerjaan\n"
            "Financial and Operational Highlights\n"
            "                                   2022       2021\n"
            "Investment fund (IDR tn)         638.18     553.50\n"
            "Active participants (mn)          35.86      30.66\n"
            "Number of branch offices            325        325\n"
            "The investment fund grew 15.3% year on year, driven by contributions and returns.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2022, 638_180_000_000_000) in got
    assert ("funds", "managed_funds", None, 2021, 553_500_000_000_000) in got
    assert ("participants", "active_participants", None, 2021, 30_660_000) in got


def test_a_slides_caption_led_by_a_figure_is_a_sentence():
    page = ("Instagram\nbpjs.ketenagakerjaan • Ikuti\n"
            "bpjs.ketenagakerjaan Sobat, yuk geser untuk lihat capaian kami sepanjang 2021! 👉\n"
            "Slide 1: CAPAIAN 2021\n"
            "Slide 2: 30,66 juta pekerja aktif terlindungi hingga Desember 2021\n"
            "Slide 3: Dana investasi Rp 553,5 triliun, naik 13,6% dari tahun sebelumnya\n"
            "Slide 4: Terima kasih, Sobat!\n"
            "12.408 suka\n29 Desember 2021\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2021, 30_660_000) in got
    assert ("funds", "managed_funds", None, 2021, 553_500_000_000_000) in got


def test_a_list_marked_with_check_marks_is_read_as_its_items():
    page = ("X\nPostingan\nBPJAMSOSTEK\n@BPJSTKinfo\n"
            "Update program Jaminan Kehilangan Pekerjaan (JKP) 📊\n"
            "Per 30 September 2023:\n"
            "✅ Manfaat uang tunai JKP dibayarkan Rp 289,3 miliar\n"
            "✅ Iuran JKP yang terkumpul Rp 1,78 triliun\n"
            "10:02 AM · 9 Okt 2023 · 48,2 rb Tayangan\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JKP", 2023, 289_300_000_000) in got
    assert ("funds", "contributions", "JKP", 2023, 1_780_000_000_000) in got


def test_a_unit_in_one_columns_name_is_that_columns_and_a_name_may_hold_a_digit():
    page = ("WE Online, Jakarta -\n\n"
            "BP Jamsostek mencatat kepesertaan pekerja migran Indonesia (PMI) terus bertambah sejak 2017.\n\n"
            "Tahun | PMI terdaftar | Iuran PMI (Rp miliar) | Penempatan PMI (BP2MI)\n"
            "2018 | 349.461 | 46,3 | 283.640\n"
            "2019 | 416.027 | 58,9 | 276.553\n\n"
            "Sebagai perbandingan, BP2MI mencatat penempatan pekerja migran sepanjang 2019 sebanyak 276.553 orang.\n")
    got = _page_facts(page)
    assert ("participants", "registered_participants", None, 2019, 416_027) in got
    assert ("funds", "contributions", None, 2019, 58_900_000_000) in got
    assert all(value != 416_027_000_000_000 for *_, value in got)


def test_a_table_of_placements_by_instrument_holds_no_fund_but_its_total():
    page = ("Home > Asuransi\nDana Investasi BPJS Ketenagakerjaan Rp 346 Triliun\nRabu, 15 Agustus 2018\n"
            "Jakarta - BPJS Ketenagakerjaan mencatat dana investasi sebesar Rp 346,2 triliun hingga Juli 2018. Berikut "
            "komposisi portofolionya:\n"
            "Instrumen | Nilai (Rp triliun) | Porsi (%)\n"
            "Surat utang | 213,9 | 61,8\n"
            "Saham | 73,7 | 21,3\n"
            "Properti & penyertaan | 0,8 | 0,2\n"
            "Hasil investasi hingga Juli 2018 tercatat Rp 15,4 triliun dengan imbal hasil (YOI) 7,9 persen.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2018, 346_200_000_000_000) in got
    assert ("funds", "investment_returns", None, 2018, 15_400_000_000_000) in got
    assert all(value not in (213_900_000_000_000, 73_700_000_000_000, 800_000_000_000) for *_, value in got)


def test_a_dateline_signed_with_the_outlets_domain_opens_the_body_under_its_headline():
    page = ("JPNN.com\nHome | Nasional | Ekonomi\n"
            "BPJS Ketenagakerjaan Lindungi 45,1 Juta Pekerja, Ini Target 2025\n"
            "jpnn.com, JAKARTA - BPJS Ketenagakerjaan mencatat jumlah peserta aktif sepanjang 2024 mencapai 45,1 juta "
            "pekerja.\n"
            "Untuk 2025, BPJS Ketenagakerjaan menargetkan 50 juta peserta aktif.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2024, 45_100_000) in got
    assert ("targets", "active_participants", None, 2025, 50_000_000) in got


def test_a_label_column_naming_the_year_gives_its_rows_months_that_year():
    page = ("Indonesia Business Post\nHome | Economy | Finance\n"
            "BPJS Ketenagakerjaan membership: monthly data show slow recovery\n"
            "Data from BPJS Ketenagakerjaan show active membership creeping up through the first months of 2025:\n"
            "Month (2025) | Active participants | Registered (active + non-active)\n"
            "January | 39.9 million | 59.6 million\n"
            "February | 40.0 million | 59.8 million\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2025, 39_900_000) in got
    assert ("participants", "registered_participants", None, 2025, 59_800_000) in got


def test_columns_laid_side_by_side_under_two_bodies_headings_are_each_their_bodys():
    page = ("CNBC Indonesia\nMarket  News\n\nInfografis: Adu Kinerja Dua Badan\n\n06 March 2020 16:40\n\n"
            "Jakarta, CNBC Indonesia - Dua badan penyelenggara jaminan sosial menutup 2019 dengan nasib berbeda.\n\n"
            "BPJS KESEHATAN                          BPJS KETENAGAKERJAAN\n"
            "Peserta: 224,1 juta jiwa                Peserta aktif: 34,17 juta\n"
            "Iuran: Rp102,8 triliun                  Dana kelolaan: Rp431,99 triliun\n"
            "Beban klaim: Rp108,5 triliun            Klaim dibayar: Rp29,2 triliun\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2019, 34_170_000) in got
    assert ("funds", "managed_funds", None, 2019, 431_990_000_000_000) in got
    assert all(value not in (224_100_000, 102_800_000_000_000, 108_500_000_000_000) for *_, value in got)


def test_a_header_of_periods_over_columns_spanning_unevenly_is_read_by_position():
    page = ("Bisnis.com\n\nTarget Dana Investasi 2017\n\n11 Januari 2017 | 17:25 WIB\n\n"
            "Bisnis.com, JAKARTA -- BPJS Ketenagakerjaan memaparkan perbandingan target dan realisasi.\n\n"
            "Indikator            2016                        2017\n"
            "                     Target     Realisasi        Target\n"
            "Peserta aktif*       22,50      22,63            25,90\n"
            "Iuran**              46,10      47,96            55,40\n"
            "*) juta orang  **) Rp triliun\n")
    got = _page_facts(page)
    assert ("targets", "active_participants", None, 2016, 22_500_000) in got
    assert ("participants", "active_participants", None, 2016, 22_630_000) in got
    assert ("targets", "contributions", None, 2017, 55_400_000_000_000) in got


def test_a_note_under_a_table_naming_its_rows_gives_them_its_unit():
    page = ("KONTAN.CO.ID\n\nPeserta aktif naik\n\nRabu, 03 Februari 2016 / 18:42 WIB\n\n"
            "KONTAN.CO.ID - JAKARTA. BPJS Ketenagakerjaan menutup tahun 2015 dengan 19,23 juta peserta aktif.\n\n"
            "Uraian                      2014        2015      Pertumbuhan\n"
            "Perusahaan aktif          215.908     237.412       10,0%\n"
            "Iuran                        28,48       36,21       27,1%\n"
            "Dana investasi              187,26      206,05      10,0%\n"
            "Keterangan: iuran dan dana investasi dalam Rp triliun\n")
    got = _page_facts(page)
    assert ("funds", "contributions", None, 2014, 28_480_000_000_000) in got
    assert ("funds", "managed_funds", None, 2015, 206_050_000_000_000) in got
    assert ("participants", "active_employers", None, 2015, 237_412) in got


def test_benefits_by_programme_head_their_lines():
    page = ("BPJAMSOSTEK\nHome | News\n\nBPJAMSOSTEK Pays IDR 27.41 Trillion in Benefits\n\n"
            "Jakarta, 15 October 2020 - The agency paid IDR 27.41 trillion in benefits from January to September 2020.\n\n"
            "Benefits by program, January-September 2020:\n"
            "Old-Age Savings (JHT): IDR 25.09 trillion\n"
            "Pension (JP): IDR 402.6 billion\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2020, 25_090_000_000_000) in got
    assert ("funds", "benefits_paid", "JP", 2020, 402_600_000_000) in got


def test_lines_of_a_label_then_its_amount_under_a_heading_are_labelled_lines_but_not_related_titles():
    page = ("BPJS Ketenagakerjaan\nBeranda | Kinerja\nKinerja BPJS Ketenagakerjaan Tahun 2023\nSenin, 05 Februari 2024\n"
            "BPJS Ketenagakerjaan mencatat 41,56 juta peserta aktif per 31 Desember 2023.\n"
            "Komposisi Peserta Aktif\n"
            "Penerima Upah (PU) 25,96 Juta\n"
            "Bukan Penerima Upah (BPU) 9,28 Juta\n"
            "Berita Terkait\n"
            "Klaim JHT Nasional Tembus Rp12 Triliun\n"
            "Peserta BPJS Ketenagakerjaan Tembus 40 Juta\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2023, 25_960_000) in got
    assert ("participants", "active_participants", None, 2023, 9_280_000) in got
    assert all(value not in (12_000_000_000_000, 40_000_000) for *_, value in got)


def test_a_carousels_label_and_amount_pairs_with_slide_numbers_and_notes_between():
    page = ("bpjs.ketenagakerjaan\nTerverifikasi • Ikuti\n"
            "bpjs.ketenagakerjaan Sobat, yuk intip capaian #BPJAMSOSTEK sepanjang semester I 2022! 💪\n"
            "Slide 1\nCAPAIAN SEMESTER I 2022\n"
            "Slide 2\nPeserta Aktif\n33,12 juta pekerja\nnaik 14,6% dibandingkan Juni 2021\n"
            "Slide 3\nDana Kelolaan\nRp602,6 triliun\n"
            "Slide 4\nKlaim JHT Dibayarkan\nRp22,4 triliun\nkepada 1,7 juta peserta\n"
            "12 AGUSTUS 2022\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2022, 33_120_000) in got
    assert ("funds", "managed_funds", None, 2022, 602_600_000_000_000) in got
    assert ("funds", "benefits_paid", "JHT", 2022, 22_400_000_000_000) in got
    assert all(value != 1_700_000 for *_, value in got)


def test_a_note_labelling_its_own_figure_under_a_tiles_amount_is_no_label_of_the_amount():
    page = ("detikFinance\nBerita | Infografis\nRapor BPJS Ketenagakerjaan 2017\nSenin, 29 Jan 2018 13:20 WIB\n"
            "Jakarta - BPJS Ketenagakerjaan memaparkan kinerja tahun 2017. Berikut angka-angkanya.\n"
            "PESERTA AKTIF\n26,3 juta\ntarget 2017: 27,4 juta\n"
            "IURAN TERKUMPUL\nRp 56,8 triliun\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2017, 26_300_000) in got
    assert ("targets", "active_participants", None, 2017, 27_400_000) in got


def test_a_label_column_naming_the_tables_year_dates_its_columns():
    page = ("Bisnis.com\nFinansial > Asuransi\nRealisasi Iuran 2018 Lampaui Target\n13 Februari 2019 | 18:45 WIB\n"
            "Bisnis.com, JAKARTA — BPJS Ketenagakerjaan melaporkan kinerja 2018. Berikut perbandingan target dan "
            "realisasi.\n"
            "Indikator 2018 | Target RKAT | Realisasi | Capaian\n"
            "Peserta aktif | 31,1 juta | 30,46 juta | 97,9%\n"
            "Penerimaan iuran | Rp67,2 triliun | Rp70,1 triliun | 104,3%\n")
    got = _page_facts(page)
    assert ("targets", "active_participants", None, 2018, 31_100_000) in got
    assert ("participants", "active_participants", None, 2018, 30_460_000) in got
    assert ("funds", "contributions", None, 2018, 70_100_000_000_000) in got


def test_a_previews_rows_by_province_are_the_provinces_and_the_nations_row_is_the_nations():
    page = ("SATUDATA KEMNAKER\nBeranda | Dataset\nDataset\n"
            "Jumlah Peserta Aktif dan Pemberi Kerja Aktif BPJS Ketenagakerjaan per Provinsi Tahun 2019\n"
            "Diperbarui: 14 Februari 2020\n"
            "Jumlah peserta aktif menurut provinsi, posisi 31 Desember 2019. Baris INDONESIA adalah total nasional.\n"
            "Pratinjau (JSON, 3 dari 35 baris)\n[\n"
            '  {"tahun": 2019, "provinsi": "ACEH", "peserta_aktif": 412385, "pemberi_kerja_aktif": 9841},\n'
            '  {"tahun": 2019, "provinsi": "DKI JAKARTA", "peserta_aktif": 5530917, "pemberi_kerja_aktif": 98102},\n'
            '  {"tahun": 2019, "provinsi": "INDONESIA", "peserta_aktif": 34116421, "pemberi_kerja_aktif": 626451}\n]\n')
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2019, 34_116_421) in got
    assert ("participants", "active_employers", None, 2019, 626_451) in got
    assert all(value not in (412_385, 9_841, 5_530_917, 98_102) for *_, value in got)


def test_a_month_and_year_dashed_before_an_amount_is_no_range():
    page = ("Okezone\nEkonomi\nDana Kelolaan BPJS Ketenagakerjaan Terus Naik\nSenin, 22 Juni 2015 - 09:12 WIB\n"
            "JAKARTA - Dana kelolaan BPJS Ketenagakerjaan terus bertambah setiap bulan sejak awal tahun.\n"
            "Posisi dana kelolaan (kumulatif):\n"
            "Januari 2015 — Rp189,6 triliun\n"
            "Februari 2015 — Rp191,8 triliun\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2015, 189_600_000_000_000) in got
    assert all(value < 1e15 for *_, value in got)


def test_a_count_larger_than_the_informal_segment_takes_no_informal_heading():
    page = ("Medcom.id\nNasional | Ekonomi\nEkonomi\n5 Poin Penting Kepesertaan Informal BPJS Ketenagakerjaan\n"
            "Annisa ayu artanti • 21 November 2017 17:48\n"
            "Jakarta: BPJS Ketenagakerjaan menggelar diskusi soal perlindungan pekerja bukan penerima upah di Jakarta, "
            "Selasa, 21 November 2017. Berikut poin-poin pentingnya:\n"
            "1. Per Oktober 2017, peserta aktif BPJS Ketenagakerjaan mencapai 25,8 juta pekerja.\n"
            "2. Peserta bukan penerima upah (BPU) aktif baru 1,9 juta orang.\n")
    got = [(f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("all", 2017, 25_800_000) in got
    assert ("informal", 2017, 1_900_000) in got


def test_a_dated_page_titled_with_the_results_of_a_past_year_dates_its_tiles_that_year():
    page = ("katadata.co.id\nBerita | Dashboard\nDashboard • 31 Januari 2025, 16.20 WIB\n\n"
            "Dashboard: Ringkasan Kinerja BPJS Ketenagakerjaan 2024\nTim Riset Katadata\n\n"
            "PESERTA AKTIF (Des 2024)\n45,21 juta\n▲ 8,9% yoy\n\n"
            "PEMBERI KERJA AKTIF\n1.021.770\n\n"
            "DANA KELOLAAN\nRp786,3 T\n2023: Rp712,1 T\n\n"
            "HASIL INVESTASI 2024\nRp53,7 T | YoI 6,9%\n\n"
            "Peserta aktif menurut segmen (juta orang)\nPenerima upah | 22,30\nBukan penerima upah | 9,60\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2024, 45_210_000) in got
    assert ("funds", "managed_funds", None, 2024, 786_300_000_000_000) in got
    assert ("funds", "investment_returns", None, 2024, 53_700_000_000_000) in got


def test_companies_named_as_a_cell_are_employers_and_a_label_glued_to_its_first_figure_is_parted():
    page = ("detikFinance\nBerita\nPeserta Jaminan Pensiun Terus Bertambah\nSenin, 11 Januari 2016 10:00 WIB\n"
            "Jakarta - Program Jaminan Pensiun (JP) terus bertambah pesertanya sejak Juli 2015.\n"
            "Bulan | Peserta JP | Perusahaan\n"
            "Juli 2015 | 612.450 | 14.208\n"
            "Agustus 2015 | 1.104.392 | 29.771\n\n"
            "Key figures\n"
            "                          2014        2015\n"
            "Contributions (Rp tn)     28.5        36.2\n"
            "Investment returns (Rp tn) 15.8        18.3\n"
            "Active members (mn)     19.2  21.9\n")
    got = [(f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("employers", 2015, 14_208) in got and ("participants", 2015, 612_450) in got
    assert ("investment_returns", 2014, 15_800_000_000_000) in got
    assert ("active_participants", 2015, 21_900_000) in got


def test_a_short_bulleted_sentence_is_body():
    page = ("Mandiri Sekuritas | Research\nFIXED INCOME FLASH | 9 March 2022\n"
            "BPJS Ketenagakerjaan remains the anchor buyer of long-dated SUN\nKey takeaways\n"
            "• BPJS Ketenagakerjaan reported unaudited investment funds of IDR 553.5tn as of end-2021.\n"
            "• Management guides AUM of IDR 625tn for FY22.\n"
            "• Benefit payouts moderated to IDR 42.8tn in FY21 as JHT withdrawals normalised.\n")
    got = _page_facts(page)
    assert ("targets", "managed_funds", None, 2022, 625_000_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2021, 42_800_000_000_000) in got


def test_a_previews_rows_go_on_after_an_elision_and_its_keys_keep_their_abbreviations():
    page = ("SATU DATA KETENAGAKERJAAN\nBeranda  Kumpulan Data\n\n"
            "Jumlah Peserta Aktif BPJS Ketenagakerjaan Menurut Provinsi, Desember 2020\nTanggal rilis: 8 Maret 2021\n\n"
            "Deskripsi:\nJumlah tenaga kerja yang tercatat sebagai peserta aktif per 31 Desember 2020, dirinci menurut "
            "provinsi.\n\nPratinjau data (35 baris)\n"
            "provinsi,peserta_aktif_pu,peserta_aktif_bpu,total\n"
            "ACEH,214873,51204,426989\n"
            "... (32 baris lainnya)\n"
            "INDONESIA,19712040,2341802,29975197\n")
    got = [(f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("formal", 2020, 19_712_040) in got and ("informal", 2020, 2_341_802) in got
    assert ("all", 2020, 29_975_197) in got
    assert all(value not in (214_873, 51_204, 426_989) for *_, value in got)


def test_labels_in_capitals_over_their_amounts_are_not_amounts_over_the_next_label():
    page = ("Katadata.co.id\nHome  Infografik\n\nInfografik: Potret Jaminan Sosial Ketenagakerjaan 2022\n"
            "30/01/2023, 07.00 WIB\n\n"
            "BPJS Ketenagakerjaan menutup 2022 dengan jumlah peserta aktif yang kembali tumbuh.\n\n"
            "PESERTA AKTIF\n35,86 juta\nPenerima Upah\n20,62 juta\nBukan Penerima Upah\n6,21 juta\n\n"
            "DANA KELOLAAN\nRp 630,5 triliun\nnaik 13,9% yoy\n\n"
            "HASIL INVESTASI\nRp 44,9 triliun\nyield 7,35%\n")
    got = [(f.segment, f.metric, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("all", "active_participants", 35_860_000) in got
    assert ("formal", "active_participants", 20_620_000) in got and ("informal", "active_participants", 6_210_000) in got
    assert ("all", "managed_funds", 630_500_000_000_000) in got


def test_a_dashboards_date_of_data_and_a_heading_of_employers_over_its_lines():
    page = ("BPJS Ketenagakerjaan\nBeranda  Informasi Publik  Dashboard  Kontak 175\n\n"
            "Dashboard Kepesertaan Nasional\nData per 30 September 2024\n\n"
            "Tenaga Kerja\nAktif                44.612.338\nNon Aktif            20.917.505\n\n"
            "Segmen (tenaga kerja aktif)\nPekerja Migran          353.539\n\n"
            "Pemberi Kerja\nAktif                   781.004\n")
    got = [(f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("active_participants", "all", 2024, 44_612_338) in got
    assert ("active_employers", "all", 2024, 781_004) in got
    assert all(value != 20_917_505 for *_, value in got)


def test_counts_with_their_scale_parted_by_bars_are_labelled_figures():
    page = ("BPJS Ketenagakerjaan\nBeranda | Berita\n\nKinerja 2018 dalam Angka\n\n"
            "Jakarta, 14 Februari 2019 - BPJS Ketenagakerjaan menyampaikan laporan kinerja tahun 2018.\n"
            "KINERJA 2018 DALAM ANGKA\n30,46 JUTA\nPeserta aktif\n"
            "Penerima Upah 19,93 juta | Bukan Penerima Upah 2,05 juta | Jasa Konstruksi 8,48 juta\n")
    got = [(f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("formal", 2018, 19_930_000) in got and ("construction", 2018, 8_480_000) in got


def test_a_bracketed_note_gives_each_named_column_its_unit():
    page = ("Kinerja tiga tahun\nSenin, 8 Februari 2016\n\n"
            "Data tersebut (dana dan iuran dalam triliun rupiah, peserta dalam juta orang) sebagai berikut:\n\n"
            "tahun,peserta_aktif,iuran,dana_kelolaan\n2014,16.4,27.9,183.2\n2015,18.8,35.1,204.9\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2014, 16_400_000) in got
    assert ("funds", "contributions", None, 2015, 35_100_000_000_000) in got
    assert ("funds", "managed_funds", None, 2015, 204_900_000_000_000) in got


def test_lines_naming_their_programmes_under_a_heading_are_a_list_no_amount_after_it_takes():
    page = ("Siaran Pers\n24 Februari 2022\n\n"
            "Jakarta - Total dana investasi yang dikelola per 31 Desember 2021 mencapai Rp550,2 triliun.\n\n"
            "Rincian dana investasi per program:\nJaminan Hari Tua (JHT): Rp370,1 triliun\n"
            "Jaminan Kehilangan Pekerjaan (JKP): Rp7,1 triliun\n\n"
            "Direktur Utama menyampaikan, jumlah peserta aktif pada akhir 2021 sebanyak 30,1 juta pekerja. Angka ini naik "
            "dari 29,2 juta pada tahun sebelumnya.\n\n"
            "Sepanjang 2021, BPJS Ketenagakerjaan membayarkan manfaat kepada peserta sebesar Rp46,3 triliun.\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JKP", 2021, 7_100_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2021, 46_300_000_000_000) in got


def test_an_introduction_naming_its_own_subject_takes_no_programme_its_paragraph_names():
    page = ("detikFinance\nSelasa, 30/12/2014 14:22 WIB\n\n"
            "Jakarta - BPJS Ketenagakerjaan bersiap beroperasi penuh, termasuk menjalankan program jaminan pensiun. "
            "Berikut target perusahaan untuk tahun depan:\n\n- Iuran: Rp38,2 triliun\n- Dana kelolaan: Rp215 triliun\n")
    got = _page_facts(page)
    assert ("targets", "contributions", None, 2015, 38_200_000_000_000) in got
    assert ("targets", "managed_funds", None, 2015, 215_000_000_000_000) in got


def test_a_previews_column_names_may_close_with_their_units_in_brackets():
    page = ("Rincian Dana per Program\nOleh Redaksi pada 14 Mar 2017, 10:00 WIB\n\n"
            "Jakarta - BPJS Ketenagakerjaan membuka data program tahun 2016 dalam format tabel:\n\n"
            "program;dana_kelolaan (Rp miliar);iuran (Rp miliar)\nJHT;206.120;27.310\nJP;11.250;6.020\n"
            "Total;217.370;33.330\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JHT", 2016, 206_120_000_000_000) in got
    assert ("funds", "contributions", "JP", 2016, 6_020_000_000_000) in got
    assert ("funds", "managed_funds", None, 2016, 217_370_000_000_000) in got


def test_an_infographics_number_over_its_scale_word_is_one_amount():
    page = ("Jakarta (ANTARA) - BPJS Ketenagakerjaan merilis capaian kinerja sepanjang 2022. Berikut ringkasannya.\n\n"
            "KEPESERTAAN\n35,86\njuta\npekerja aktif terlindungi (Desember 2022)\n")
    got = _page_facts(page)
    assert got == [("participants", "active_participants", None, 2022, 35_860_000)]


def test_a_line_including_part_of_an_item_heads_no_items_below_it():
    page = ("Kinerja 2024\nSelasa, 14 Januari 2025\n\n"
            "BPJS Ketenagakerjaan mencatat kepesertaan aktif sepanjang 2024 mencapai 44,11 juta pekerja. Berikut "
            "rinciannya dibandingkan target:\n\n"
            "Segmen                    Realisasi 2024    Target 2024\n"
            "Total peserta aktif       44,11 juta        47,0 juta\n"
            "- Penerima upah (PU)      26,90 juta        27,5 juta\n"
            "   termasuk non-ASN        4,12 juta         -\n"
            "- Bukan penerima upah     10,52 juta        11,0 juta\n"
            "- Pekerja migran (PMI)     0,34 juta         0,4 juta\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2024, 340_000) in got
    assert ("targets", "active_participants", None, 2024, 400_000) in got


def test_a_list_introduced_by_pointing_at_the_funds_breaks_down_the_managed_funds():
    page = ("Jakarta (ANTARA) - Contributions collected last year amounted to Rp80.1 trillion. Investment returns "
            "totaled Rp40.2 trillion in 2022.\n\nBy program, the funds were distributed as follows:\n"
            "Old-age savings (JHT): Rp401.2 trillion\nPension (JP): Rp140.9 trillion\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "JHT", 2022, 401_200_000_000_000) in got
    assert ("funds", "investment_returns", "JP", 2022, 140_900_000_000_000) not in got


def test_a_previews_rate_column_takes_no_amounts_unit():
    page = ("Kinerja investasi\nSenin, 8 Januari 2018\n\nData berikut (dana dalam triliun rupiah):\n\n"
            "tahun;dana_kelolaan;hasil_investasi;yoi_persen\n2016;260,5;23,81;10,33\n2017;317,3;27,13;9,39\n")
    got = _page_facts(page)
    assert ("funds", "investment_returns", None, 2017, 27_130_000_000_000) in got
    assert not any(value == 9_390_000_000_000 for *_, value in got)


def test_amounts_two_spaces_apart_are_two_cells():
    page = ("Jamsostek Tutup 2013\n11 Februari 2014\n\nManajemen memaparkan realisasi 2013 dan target 2014\n\n"
            "Uraian                     Realisasi 2013     Target 2014\n"
            "Iuran                      Rp 24,07 triliun   Rp 28,3 triliun\n"
            "Dana investasi             Rp 158,16 triliun  Rp 183,4 triliun\n"
            "Hasil investasi            Rp 14,98 triliun   Rp 17,1 triliun\n")
    got = _page_facts(page)
    assert ("targets", "managed_funds", None, 2014, 183_400_000_000_000) in got
    assert ("funds", "investment_returns", None, 2013, 14_980_000_000_000) in got


def test_a_dashboards_labels_in_square_brackets_label_their_figures():
    page = ("Dashboard Kepesertaan\nData per 28 Februari 2025\n\n[Tenaga Kerja Aktif] 41.962.504\n"
            "[Pemberi Kerja Aktif] 748.316\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2025, 41_962_504) in got
    assert ("participants", "active_employers", None, 2025, 748_316) in got


def test_an_infographics_label_may_carry_a_target_in_brackets():
    page = ("Jakarta - Berikut capaian BPJS Ketenagakerjaan sepanjang 2014:\n\nPESERTA\n17,1 juta\n"
            "tenaga kerja aktif (target 2014: 16,3 juta)\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2014, 17_100_000) in got


def test_labels_over_amounts_with_notes_in_a_breakdown_of_the_nations_total_in_a_regions_release():
    page = ("Perluas Perlindungan, BPJS Ketenagakerjaan Sumbagsel Sasar Pekerja Perkebunan\n\n"
            "Palembang, 19 Juli 2018 - BPJS Ketenagakerjaan Kantor Wilayah Sumbagsel menggelar sosialisasi.\n\n"
            "Sepanjang semester I 2018, total klaim yang dibayarkan secara nasional mencapai Rp 11,2 triliun, dengan "
            "rincian sebagai berikut:\n\nJaminan Hari Tua\nRp 10,1 triliun (1,01 juta kasus)\n\n"
            "Jaminan Kecelakaan Kerja\nRp 610 miliar (77.100 kasus)\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2018, 10_100_000_000_000) in got
    assert ("funds", "benefits_paid", "JKK", 2018, 610_000_000_000) in got


def test_recipients_named_in_a_rows_label_are_no_participants():
    page = ("Kemnaker\n10 Januari 2023\n\nCapaian program JKP hingga Desember 2022:\n\n"
            "Peserta JKP: 13,98 juta orang\nPenerima manfaat JKP: 10.523 orang\n")
    got = _page_facts(page)
    assert not any(value == 10_523 for *_, value in got)


def test_a_previews_columns_may_be_years_under_a_unit_said_in_the_sentence_before():
    page = ("KONTAN.CO.ID - JAKARTA. BPJS Ketenagakerjaan membayarkan manfaat sepanjang 2022.\n\n"
            "Berikut rincian pembayaran klaim per program, dalam miliar rupiah, sebagaimana dipaparkan manajemen:\n\n"
            "program,2021,2022\nJHT,36.950,39.710\nJKK,1.760,2.120\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2021, 36_950_000_000_000) in got
    assert ("funds", "benefits_paid", "JKK", 2022, 2_120_000_000_000) in got
