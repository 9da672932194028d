"""Data pages of posts and reports: a heading over a header of years alone, a slide's caption led by a figure, a list
marked with check marks, a header naming another body by an abbreviation with a digit, a unit in one column's name,
a table of placements by instrument, and a dateline signed with the outlet's domain under the headline."""
from __future__ import annotations

from test_data_page_tables import _page_facts


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
