"""Data pages laid out as tiles and previews: an infographic's tiles (an amount over its label, with or without blank
lines between them, a count standing bare), headings in capitals over them, a tile under another body's heading, a
programme's tiles parted by notes of their cases, a dashboard's labels over bare counts, a preview's rows led by their
period and label, records previewed as JSON, a numbered heading naming a target's year, cells parted by spaced dashes,
a list introduced after the sentence naming its programme, "(mln)" in a row's label, and tiles whose amounts have items
of their own under them (on lines of their own, or on one line parted by dots), a total's word before them or more
labelled figures after bars."""
from __future__ import annotations

from test_data_page_tables import _page_facts


def test_an_infographics_tiles_under_headings_in_capitals():
    page = ("BPJS Ketenagakerjaan\nBeranda | Berita\n\nDiterbitkan: 20 Februari 2023 | Humas\n\n"
            "KINERJA 2022\nBPJAMSOSTEK\nKerja Keras Bebas Cemas\n\n"
            "35,86 Juta\nPekerja Aktif Terlindungi\n\n"
            "774.582\nPemberi Kerja Aktif\n\n"
            "Rp634,7 Triliun\nDana Investasi\n\n"
            "MANFAAT PER PROGRAM\n"
            "Jaminan Hari Tua (JHT)\nRp38,6 Triliun\n2,9 Juta Kasus\n\n"
            "Jaminan Kematian (JKM)\nRp2,9 Triliun\n101.220 Kasus\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2022, 35_860_000) in got
    assert ("participants", "active_employers", None, 2022, 774_582) in got
    assert ("funds", "managed_funds", None, 2022, 634_700_000_000_000) in got
    assert ("funds", "benefits_paid", "JHT", 2022, 38_600_000_000_000) in got
    assert ("funds", "benefits_paid", "JKM", 2022, 2_900_000_000_000) in got


def test_tiles_with_no_blank_lines_and_another_bodys_tiles():
    page = ("Pikiran Rakyat\n\nBANDUNG - Tahun 2015 menjadi tahun kedua dua badan penyelenggara jaminan sosial "
            "beroperasi. Berikut angka-angka keduanya menjelang tutup tahun.\n\n"
            "BPJS KESEHATAN\n156,8 juta\npeserta JKN\nRp52,7 triliun\niuran terkumpul\n\n"
            "BPJS KETENAGAKERJAAN\n19,2 juta\ntenaga kerja aktif (per November 2015)\n242.120\nperusahaan aktif\n"
            "Rp202,3 triliun\ndana investasi (per November 2015)\n")
    got = _page_facts(page)
    assert ("participants", "active_employers", None, 2015, 242_120) in got
    assert ("funds", "managed_funds", None, 2015, 202_300_000_000_000) in got
    assert all(value != 52_700_000_000_000 for *_, value in got)


def test_a_dashboards_labels_over_bare_counts():
    page = ("SATU DATA\nBeranda | Dashboard\n\nDashboard Jaminan Sosial Ketenagakerjaan Desember 2021\n\n"
            "Peserta Aktif\n30.662.814\nPemberi Kerja Aktif\n685.742\n\n"
            "Peserta Aktif per Segmen\nPenerima Upah (PU)\n20.118.342\nJasa Konstruksi\n7.577.451\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2021, 30_662_814) in got
    assert ("participants", "active_employers", None, 2021, 685_742) in got


def test_a_previews_rows_led_by_their_period_and_label():
    page = ("Satu Data Ketenagakerjaan\n\nDataset ini memuat jumlah peserta aktif menurut segmen kepesertaan.\n\n"
            "tahun,segmen,jumlah_peserta_aktif,persentase_terhadap_total\n"
            "2020,Penerima Upah,19952184,66.54\n"
            "2020,Total,29983920,100.00\n"
            "2021,Penerima Upah,20318547,66.27\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2020, 29_983_920) in got
    assert ("participants", "active_participants", None, 2021, 20_318_547) in got


def test_records_previewed_as_json():
    page = ("Portal Data\n\nPenerimaan iuran dan pembayaran klaim menurut program selama 2022.\n\n"
            "[\n"
            '  {"tahun": 2022, "program": "JHT", "iuran_miliar_rp": 50812.4, "klaim_miliar_rp": 37873.6},\n'
            '  {"tahun": 2022, "program": "TOTAL", "iuran_miliar_rp": 83621.1, "klaim_miliar_rp": 46726.9}\n'
            "]\n")
    got = _page_facts(page)
    assert ("funds", "contributions", "JHT", 2022, 50_812_400_000_000) in got
    assert ("funds", "benefits_paid", None, 2022, 46_726_900_000_000) in got


def test_a_numbered_heading_naming_a_targets_year():
    page = ("Bisnis.com\n\nLembaga memaparkan kinerja 2020 dalam rapat dengar pendapat dengan Komisi IX DPR berikut:\n"
            "1. Kepesertaan\n- Peserta aktif: 29,98 juta\n"
            "2. Target 2021\n- Peserta aktif: 36,6 juta\n- Dana kelolaan: Rp544,8 triliun\n")
    got = _page_facts(page)
    assert ("targets", "active_participants", None, 2021, 36_600_000) in got
    assert ("targets", "managed_funds", None, 2021, 544_800_000_000_000) in got


def test_cells_parted_by_spaced_dashes():
    page = ("Liputan6\n\nLembaga memaparkan capaian hingga September 2017 dibandingkan target tahun ini.\n\n"
            "Indikator - Realisasi - Target 2017 - Persentase\n"
            "Peserta aktif - 24,3 juta - 25,8 juta - 94,2%\n"
            "Iuran - Rp 40,1 triliun - Rp 52,2 triliun - 76,8%\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2017, 24_300_000) in got
    assert ("targets", "contributions", None, 2017, 52_200_000_000_000) in got


def test_a_list_introduced_after_the_sentence_naming_its_programme():
    page = ("Kompas.com\n\nBerapa klaim JHT yang sudah dibayarkan tahun ini?\n\n"
            "Hingga April 2023, lembaga telah membayarkan klaim JHT sebesar Rp 14,2 triliun kepada 1,1 juta peserta. "
            "Berikut perkembangannya secara kumulatif:\n\n"
            "Januari: Rp 3,5 triliun\nFebruari: Rp 7,1 triliun\nMaret: Rp 10,6 triliun\nApril: Rp 14,2 triliun\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "JHT", 2023, 10_600_000_000_000) in got


def test_millions_abbreviated_in_a_rows_label_and_a_charge_of_benefits():
    page = ("The Insider Stories\n\nKey figures of the agency over the last two years are set out below.\n\n"
            "                                   2018     2019\n"
            "Active members (mln)               30.5     34.2\n\n"
            "Uraian | 2018 | 2019\nBeban jaminan (Rp triliun) | 24,2 | 29,7\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2019, 34_200_000) in got
    assert ("funds", "benefits_paid", None, 2018, 24_200_000_000_000) in got


def test_a_header_of_periods_over_the_columns_each_spans_and_a_label_wrapped_over_its_row():
    page = ("Kompas.com\n\nBerikut target dan realisasi kepesertaan aktif per segmen dalam dua tahun terakhir:\n\n"
            "Segmen               2021                    2022\n"
            "                Target   Realisasi      Target   Realisasi\n"
            "Penerima Upah    23,10     20,32         24,80     22,05\n"
            "Bukan Penerima\n"
            "Upah              4,00      3,05          7,50      6,26\n"
            "Total            32,10     30,66         39,60     35,86\n"
            "Satuan: juta orang. Capaian 2022: 90,6%\n")
    got = _page_facts(page)
    assert ("targets", "active_participants", None, 2022, 24_800_000) in got
    assert ("participants", "active_participants", None, 2021, 3_050_000) in got
    assert ("participants", "active_participants", None, 2022, 35_860_000) in got


def test_fiscal_years_and_halves_as_a_tables_periods():
    page = ("BNI Sekuritas\n\nThe agency published its half-year financial highlights last week.\n\n"
            "Key figures (IDR tn)\n"
            "Item                     FY2018    FY2019    1H2020\n"
            "Managed funds             365.5     431.9     456.0\n"
            "Contributions              62.3      73.2      36.1\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", None, 2019, 431_900_000_000_000) in got
    assert ("funds", "contributions", None, 2020, 36_100_000_000_000) in got


def test_units_in_footnotes_marked_on_the_rows_and_labels_wrapped_over_their_cells():
    page = ("Katadata\n\nManajemen menyajikan perbandingan indikator kinerja dua tahun terakhir dalam laporan tahunan.\n\n"
            "Indikator Kinerja          2015          2016\n"
            "Tenaga Kerja Aktif\n"
            " (orang)              19.230.000    22.630.000\n"
            "Iuran¹                    36.210        47.960\n"
            "Pembayaran\n"
            "Jaminan¹                  14.380        19.930\n"
            "¹ dalam miliar rupiah\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2016, 22_630_000) in got
    assert ("funds", "contributions", None, 2015, 36_210_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2016, 19_930_000_000_000) in got


def test_a_header_going_on_under_itself_and_a_unit_in_the_label_column_of_a_merged_header():
    page = ("ANTARA\n\nLembaga menyampaikan capaian kinerja tahun 2021 terhadap rencana kerja dan anggaran tahunannya.\n\n"
            "Indikator                     Target RKAT   Realisasi    Capaian\n"
            "                              2021          2021         (%)\n"
            "Peserta aktif (juta)          33,60         30,66        91,3\n"
            "Iuran (Rp triliun)            76,20         73,10        95,9\n\n"
            "Berikut pos-pos utama laporan keuangan dua tahun terakhir.\n\n"
            "                       |        2020         |        2021\n"
            "(Rp triliun)           | Target  | Realisasi | Target  | Realisasi\n"
            "-----------------------|---------|-----------|---------|----------\n"
            "Hasil investasi        | 31,00   | 32,30     | 35,50   | 36,59\n")
    got = _page_facts(page)
    assert ("targets", "active_participants", None, 2021, 33_600_000) in got
    assert ("participants", "active_participants", None, 2021, 30_660_000) in got
    assert ("funds", "contributions", None, 2021, 73_100_000_000_000) in got
    assert ("funds", "investment_returns", None, 2021, 36_590_000_000_000) in got
    assert ("targets", "investment_returns", None, 2020, 31_000_000_000_000) in got


def test_an_infographics_tiles_with_items_under_their_amounts():
    page = ("Beranda | Tentang Kami | Program | Berita | Kontak\n"
            "Infografis: Capaian BPJS Ketenagakerjaan Tahun 2016\n"
            "Jakarta, 6 Februari 2017\n"
            "CAPAIAN 2016 (data per 31 Desember 2016)\n"
            "PESERTA AKTIF\n22,64 juta pekerja\n"
            "  - Penerima Upah (PU): 14,63 juta\n  - Bukan Penerima Upah (BPU): 1,07 juta\n"
            "PEMBERI KERJA AKTIF\n375.201 perusahaan\n"
            "IURAN DITERIMA\nRp 47,12 triliun\n"
            "KLAIM DIBAYARKAN\nTotal Rp 16,81 triliun (1,91 juta kasus)\n"
            "  - Jaminan Hari Tua: Rp 14,62 triliun\n  - Jaminan Kematian: Rp 0,61 triliun\n"
            "DANA KELOLAAN\nRp 260,53 triliun | Hasil investasi Rp 22,01 triliun | Yield 9,1%\n"
            "Bagikan: Facebook | Twitter | WhatsApp\n")
    assert sorted(_page_facts(page), key=str) == sorted([
        ("participants", "active_participants", None, 2016, 22_640_000),
        ("participants", "active_participants", None, 2016, 14_630_000),
        ("participants", "active_participants", None, 2016, 1_070_000),
        ("participants", "active_employers", None, 2016, 375_201),
        ("funds", "contributions", None, 2016, 47_120_000_000_000),
        ("funds", "benefits_paid", None, 2016, 16_810_000_000_000),
        ("funds", "benefits_paid", "JHT", 2016, 14_620_000_000_000),
        ("funds", "benefits_paid", "JKM", 2016, 610_000_000_000),
        ("funds", "managed_funds", None, 2016, 260_530_000_000_000),
        ("funds", "investment_returns", None, 2016, 22_010_000_000_000),
    ], key=str)


def test_a_tiles_parts_on_one_line_under_its_amount_parted_by_dots():
    page = ("Infografik: Kinerja BPJS Ketenagakerjaan\n"
            "Kamis, 14 Januari 2021 10:00 WIB\n\n"
            "BPJAMSOSTEK DALAM ANGKA\nPer 31 Desember 2020\n\n"
            "PESERTA AKTIF\n29,98 juta\nPU 20,1 juta · BPU 2,3 juta · Jakon 7,3 juta\n\n"
            "DANA KELOLAAN\nRp 486,4 triliun\n\n"
            "Bagikan: Facebook | Twitter\n")
    assert sorted(_page_facts(page), key=str) == sorted([
        ("participants", "active_participants", None, 2020, 29_980_000),
        ("participants", "active_participants", None, 2020, 20_100_000),
        ("participants", "active_participants", None, 2020, 2_300_000),
        ("participants", "active_participants", None, 2020, 7_300_000),
        ("funds", "managed_funds", None, 2020, 486_400_000_000_000)], key=str)
