"""Cleaning page furniture away from the article body."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bpjs_pipeline.clean import clean_article

PAGE = """Baca berita tanpa iklan. Gabung Kompas.com+
Menu
BPJS Ketenagakerjaan Kejar Target Peserta Baru
Kompas.com - 12/05/2023, 20:30 WIB
JAKARTA, KOMPAS.com - BPJS Ketenagakerjaan menargetkan jumlah kepesertaan aktif sebanyak 70 juta pada 2026.
Baca juga: Nilai Aset BPJS Ketenagakerjaan Capai Rp 628 Triliun
Foto: Dok. BPJS Ketenagakerjaan
ADVERTISEMENT
1 | Aceh | 583.638 | 117.947 |
Hingga Februari 2023, jumlah peserta aktif sebanyak 35,3 juta.
Simak breaking news dan berita pilihan kami langsung di ponselmu.
Berita lainnya: Dana Kelolaan Capai Rp 900 Triliun
"""


def test_body_keeps_the_article_and_drops_furniture():
    a = clean_article("k", PAGE)
    assert a.title == "BPJS Ketenagakerjaan Kejar Target Peserta Baru"
    assert a.publisher == "Kompas.com"
    assert str(a.published_on) == "2023-05-12"
    assert "70 juta pada 2026" in a.body and "35,3 juta" in a.body
    for gone in ("Baca juga", "628", "Foto:", "ADVERTISEMENT", "Aceh", "Simak", "900", "Menu"):
        assert gone not in a.body


def test_an_article_without_a_header_keeps_its_first_line():
    a = clean_article("d", "JAKARTA - BPJS Ketenagakerjaan mencatat jumlah peserta hingga saat ini mencapai 19 juta tenaga kerja formal dan informal.\n")
    assert a.title is None and a.body.startswith("JAKARTA")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_random_text_never_raises(text):
    a = clean_article("r", text)
    assert isinstance(a.body, str)


def test_a_portal_page_reads_as_its_own_article():
    """A page written for this test in a common portal layout: menu, byline, caption,
    related links, video embed and a list of other headlines after the body."""
    from pathlib import Path

    from bpjs_pipeline.extract import extract_facts

    page = (Path(__file__).parent / "pages" / "portal_style.txt").read_text(encoding="utf-8")
    a = clean_article("portal", page)
    assert (a.title, a.publisher, str(a.published_on)) == (
        "BPJS Ketenagakerjaan Kelola Dana Rp 650 Triliun, Ini Rinciannya", "CNBC Indonesia", "2023-01-10")
    for gone in ("Next Article", "TERPOPULER", "Rp 35.000", "Gambas", "SCROLL", "Bayar Klaim Rp 50"):
        assert gone not in a.body
    got = {(f.table, f.metric, f.year, f.value) for f in extract_facts(a)}
    assert got == {
        ("funds", "managed_funds", 2022, 650e12), ("funds", "investment_returns", 2022, 44.5e12),
        ("targets", "managed_funds", 2023, 700e12), ("targets", "investment_returns", 2023, 49e12),
        ("participants", "active_participants", 2022, 35.86e6), ("participants", "active_employers", 2022, 753e3),
    }


def test_a_paragraph_cut_off_before_its_full_stop_is_still_body():
    page = ("Peserta BPJS Ketenagakerjaan Naik\n\n"
            "JAKARTA - BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 31,11 juta orang pada akhir 2019, "
            "kata Direktur Utama di Jakarta, Senin (6/1/2020). Pekerja informal ikut naik dan kafe baru ramai…\n")
    a = clean_article("cut", page)
    assert a.title == "Peserta BPJS Ketenagakerjaan Naik"
    assert "31,11 juta" in a.body


def test_a_caption_ending_in_a_photographer_credit_gives_no_date():
    page = (
        "Dana Investasi BPJS Ketenagakerjaan Naik\n"
        "Petugas melayani peserta di kantor pelayanan, Senin (4/3/2024). Harian/Andi S Putra\n"
        "Bisnis.com, JAKARTA - Dana investasi BPJS Ketenagakerjaan tercatat Rp 700 triliun, menurut laporan "
        "keuangan yang terbit Senin (8/7/2024).\n"
    )
    article = clean_article("t", page)
    assert "Andi S Putra" not in article.body
    assert article.published_on.isoformat() == "2024-07-08"


@pytest.mark.parametrize("dateline, outlet", [
    ("Wartaku.co.id, Jakarta - BPJS Ketenagakerjaan mencatat 40 juta peserta aktif.", "Wartaku.co.id"),
    ("SURABAYA, BERITAKITA.ID – BPJS Ketenagakerjaan mencatat 40 juta peserta aktif.", "BERITAKITA.ID"),
])
def test_an_outlet_missing_from_the_lexicon_is_named_by_its_dateline_domain(dateline, outlet):
    article = clean_article("t", "Peserta Aktif BPJS Ketenagakerjaan Bertambah Lagi\n" + dateline + "\n")
    assert article.publisher == outlet


PROGRAMME_BLOCKS = """Klaim BPJS Ketenagakerjaan Sepanjang 2023
Kinerja BPJS Ketenagakerjaan sepanjang 2023 terus membaik di tengah berbagai tantangan ekonomi nasional.
Jaminan Hari Tua (JHT)
Nilai klaim: Rp 40 triliun
Jumlah kasus: 3 juta
Jaminan Kecelakaan Kerja (JKK)
Nilai klaim: Rp 2,5 triliun
Berita Terpopuler Hari Ini
Baca juga: Iuran Naik Lagi
"""


def test_a_heading_over_figures_laid_out_line_by_line_stays_and_gives_them_its_programme():
    from bpjs_pipeline.extract import extract_facts

    article = clean_article("blocks", PROGRAMME_BLOCKS)
    assert "Jaminan Hari Tua (JHT)\nNilai klaim: Rp 40 triliun" in article.body
    assert "Baca juga" not in article.body and "Terpopuler" not in article.body
    facts = {(f.metric, f.program, f.year, f.value) for f in extract_facts(article)}
    assert facts == {("benefits_paid", "JHT", 2023, 40e12), ("benefits_paid", "JKK", 2023, 2.5e12)}


def test_a_date_in_the_address_is_used_when_the_text_has_none():
    from datetime import date

    body = "BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 40 juta pekerja pada akhir tahun lalu."
    assert clean_article("a", body, "https://example.id/2024/02/19/peserta-aktif").published_on == date(2024, 2, 19)
    assert clean_article("a", body, "https://example.id/read/20190123/215/1/x").published_on == date(2019, 1, 23)
    assert clean_article("a", body).published_on is None
    # a weekday date without a year takes the address's year
    quoted = body + ' "Kami optimistis," ujarnya, Rabu (15/6).'
    assert clean_article("a", quoted, "https://example.id/2022/06/x").published_on == date(2022, 6, 15)


def test_a_first_line_shaped_like_a_headline_ending_in_a_question_is_the_headline():
    page = ("Aset Investasi BPJS Ketenagakerjaan Tembus Rp627,69 Triliun, Berapa Yield untuk Pekerja?\n"
            "Bisnis.com, JAKARTA - BPJS Ketenagakerjaan mengumumkan dana investasi yang dikelola mencapai Rp627,69 triliun.\n")
    article = clean_article("q", page)
    assert article.title.startswith("Aset Investasi") and not article.body.startswith("Aset Investasi")


def test_a_dateline_with_bars_is_a_dateline_not_a_ticker():
    from datetime import date

    page = ("BPJS Ketenagakerjaan Tahun Ini Target 6 Juta Kepesertaan\n"
            "JUMAT, 21 FEBRUARI 2014 | 16:09 WIB | LAPORAN:\n"
            "BPJS Ketenagakerjaan menargetkan tambahan kepesertaan sebanyak enam juta pekerja pada tahun ini.\n")
    assert clean_article("d", page).published_on == date(2014, 2, 21)


def test_one_line_paragraphs_of_a_fragment_stay_in_the_body():
    page = ("Peserta aktif mencapai 40 juta orang pada 2023.\nIuran terkumpul Rp 80 triliun.\n"
            "Hal itu disampaikan Direktur Utama BPJS Ketenagakerjaan dalam keterangan tertulis di Jakarta pada hari ini.\n")
    article = clean_article("fragment", page)
    assert article.body.startswith("Peserta aktif mencapai 40 juta orang pada 2023.\nIuran terkumpul Rp 80 triliun.")


def test_a_numeric_dateline_in_the_opening_lines_dates_the_article():
    from datetime import date

    page = ("Peserta Aktif BPJS Ketenagakerjaan Tembus 40 Juta\n"
            "JAKARTA, 12/05/2023 - BPJS Ketenagakerjaan mencatat jumlah peserta aktif telah mencapai 40 juta pekerja.\n")
    assert clean_article("n", page).published_on == date(2023, 5, 12)


def test_an_undated_page_is_dated_by_the_day_a_statement_was_made_not_by_a_data_date():
    from datetime import date

    lead = ("Judul berita tentang klaim BPJS Ketenagakerjaan\n"
            "BPJS Ketenagakerjaan membayar klaim Rp49,03 triliun sepanjang tahun lalu.\n")
    said = lead + "\u201cKlaim JHT naik,\u201d ucap Anggoro dalam paparan di Jakarta, 12 Mei 2023.\n"
    assert clean_article("s", said).published_on == date(2023, 5, 12)
    data = lead + "Hingga 31 Mei 2023, jumlah peserta aktif mencapai 37 juta.\n"
    assert clean_article("d", data).published_on is None


def test_a_statement_date_weeks_before_the_address_date_stays_the_news_date():
    from datetime import date

    text = ("Judul berita tentang klaim BPJS Ketenagakerjaan\n"
            "\u201cSeluruh pembayaran klaim diambil dari DJS,\u201d kata Oni, Selasa (2/7/2024).\n")
    article = clean_article("a", text, "https://example.com/baca/317336/20240729/102500/judul")
    assert article.published_on == date(2024, 7, 2)


def test_a_scene_date_weeks_before_the_address_date_is_a_photos():
    from datetime import date

    text = ("Judul berita tentang program JKP BPJS Ketenagakerjaan\n"
            "Sosialisasi program JKP terpampang di salah satu kantor di Jakarta Pusat, Rabu (23/2/2022). "
            "Pemerintah masih menampung sejumlah masukan terkait regulasi program tersebut.\n")
    article = clean_article("a", text, "https://example.com/baca/ekonomi/2022/03/22/judul")
    assert article.published_on == date(2022, 3, 22)


def test_a_caption_above_a_photographers_credit_line_is_no_body_and_neither_is_its_repeat():
    caption = ("Pekerja menyelesaikan pembangunan hunian di kawasan Serpong, Kamis (7/9/2023). Dari jumlah tersebut, "
               "yang menjadi anggota BPJS Ketenagakerjaan baru 37,4 juta orang.")
    text = ("Judul analisis kepesertaan pekerja informal\n"
            "Diperlukan evaluasi dan sosialisasi lebih masif agar manfaat BPJS Ketenagakerjaan dapat dirasakan pekerja.\n"
            f"{caption}\nKOMPAS/TOTOK WIJAYANTO\n\n{caption}\n")
    assert "37,4 juta" not in clean_article("a", text).body
    assert "37,4 juta" not in clean_article("a", text.replace("\nKOMPAS/", "\n\nKOMPAS/")).body  # a blank line between


def test_a_labelled_figure_with_an_abbreviated_scale_is_no_headline():
    text = ("Klaim BPJS Ketenagakerjaan 2025\nBerikut rincian klaim per program hingga Juni 2025 yang dibayarkan kepada peserta.\n"
            "Jaminan Pensiun (JP)\nNilai klaim: Rp323,953 M\nBerita Lainnya\nKlaim JHT Tembus Rp 20 T\n")
    body = clean_article("a", text).body
    assert "Nilai klaim: Rp323,953 M" in body
    assert "Klaim JHT Tembus" not in body


@pytest.mark.parametrize("first_line, expected", [
    ("Rabu, 07 Februari 2018", (2018, 2, 7)),
    ("Page 1092 - e-KLIPING KETENAGAKERJAAN 28 AGUSTUS 2020", (2020, 8, 28)),
    (" date 2024-01-31 Baru 40 Juta Pekerja Jadi Peserta", (2024, 1, 31)),
    ("Jumat 20 May 2016 09:17 WIB", (2016, 5, 20)),
])
def test_the_pages_own_date_on_its_first_line_beats_a_quotes_day(first_line, expected):
    from datetime import date
    text = (f"{first_line}\nJudul berita tentang kepesertaan BPJS Ketenagakerjaan\n"
            "Jumlah peserta aktif mencapai 40 juta pekerja, kata Direktur Utama, Selasa (30/1/2024), di Jakarta hari itu.\n")
    assert clean_article("a", text).published_on == date(*expected)


@pytest.mark.parametrize("items, read", [
    ("- JHT: Rp 40 triliun\n- JKK: Rp 2,5 triliun", "JHT: Rp 40 triliun.\nJKK: Rp 2,5 triliun."),
    ("• JHT: Rp 40 triliun\n\n• JKK: Rp 2,5 triliun", "JHT: Rp 40 triliun.\nJKK: Rp 2,5 triliun."),
    ("1. Peserta aktif: 41,5 juta pekerja\n2. Dana kelolaan: Rp 700 triliun",
     "Peserta aktif: 41,5 juta pekerja.\nDana kelolaan: Rp 700 triliun."),
    ("1.\nPeserta aktif: 41,5 juta pekerja,\n2.\nDana kelolaan: Rp 700 triliun",
     "Peserta aktif: 41,5 juta pekerja.\nDana kelolaan: Rp 700 triliun."),
])
def test_a_list_introduced_by_a_colon_is_body(items, read):
    text = ("Kinerja BPJS Ketenagakerjaan Sepanjang 2023\n"
            "JAKARTA, 10 Januari 2024 - BPJS Ketenagakerjaan menyampaikan capaian kinerja tahun 2023. Berikut rinciannya:\n"
            f"{items}\n")
    body = clean_article("a", text).body
    # each item a sentence of its own, without its list mark
    assert body.startswith("JAKARTA, 10 Januari 2024") and body.endswith(read)


@pytest.mark.parametrize("furniture", [
    "Artikel ini telah tayang di Kompas.com dengan judul \"Peserta BPJS Ketenagakerjaan Capai 99 Juta\"",
    "(Baca: Peserta BPJS Ketenagakerjaan Capai 99 Juta)",
    "Video: Klaim JHT Capai Rp 99 Triliun",
    "Infografis: Peserta Aktif BPJS 99 Juta",
    "Pilihan Editor: Klaim JHT Rp 99 Triliun Sepanjang 2023",
    "Berita Terkait\nPeserta BPJS Ketenagakerjaan Capai 99 Juta\nDana Kelolaan Tembus Rp 999 Triliun",
    "BPJS Ketenagakerjaan Catat Dana Kelolaan Rp 999 Triliun pada 2023",
    "Iklan: Kredit Tanpa Agunan Rp 99 Juta, Cair 3 Hari. Ajukan Sekarang!",
])
def test_furniture_between_paragraphs_adds_no_fact_and_loses_none(furniture):
    from bpjs_pipeline.extract import extract_facts
    page = ("Peserta Aktif BPJS Ketenagakerjaan Naik\n"
            "JAKARTA, KOMPAS.com - Jumlah peserta aktif BPJS Ketenagakerjaan hingga Desember 2023 mencapai 41,5 juta "
            "pekerja, kata Direktur Utama BPJS Ketenagakerjaan di Jakarta, Senin (15/1/2024).\n"
            f"{furniture}\nDana kelolaan BPJS Ketenagakerjaan pada 2023 mencapai Rp 700 triliun.\n")
    facts = {(f.table, f.metric, f.year, f.value) for f in extract_facts(clean_article("a", page))}
    assert facts == {("participants", "active_participants", 2023, 41.5e6), ("funds", "managed_funds", 2023, 700e12)}


@pytest.mark.parametrize("line", ["Batch Ke 1 sebanyak 2.5 Juta peserta", "program Jaminan Kematian (JKM) sebesar 7,48%,"])
def test_an_item_of_a_list_in_the_body_is_no_headline(line):
    text = ("Judul Berita Tentang BPJS Ketenagakerjaan\n"
            "JAKARTA, 10 Januari 2024 - BPJS Ketenagakerjaan menyampaikan rincian penyaluran tahun 2023 sebagai berikut.\n"
            f"{line}\nDemikian rincian yang disampaikan kepada wartawan di Jakarta pada hari itu.\n")
    assert line in clean_article("a", text).body.split("\n")


def test_an_editors_initials_closing_a_paragraph_keep_it_in_the_body():
    from bpjs_pipeline.clean import clean_article

    text = ("Judul\nJAKARTA - Pembuka.\nUntil early 2021, BP Jamsostek managed funds amounting to IDR 494.06 "
            "trillion, nearly double the amount since 2016. (AM/VA)\n")
    assert "IDR 494.06 trillion" in clean_article("x", text).body
    caption = "Kantor BPJS Ketenagakerjaan di Jakarta, Senin (24/11/2025). (Bloomberg Technoz/Andrean Kristianto)"
    assert "Bloomberg" not in clean_article("x", "Judul\nJAKARTA - Pembuka.\n" + caption + "\nIsi.\n").body


def test_the_titles_under_a_bare_related_articles_line_are_dropped():
    from bpjs_pipeline.clean import clean_article

    text = ("Judul\nLiputan6.com, Jakarta BPJS Ketenagakerjaan mengoreksi data kepesertaan pekerja migran yang "
            "sebelumnya disampaikan ke publik, setelah rekonsiliasi data.\n\n"
            "Meski terkoreksi, jumlah tersebut tetap naik dibandingkan tahun lalu yang sebanyak 304.500 peserta PMI.\n\n"
            "Baca Juga\nKuota Penempatan PMI ke Korea Selatan Naik Jadi 12.000 Orang\n"
            "BPJS Kesehatan Tanggung Biaya Pemulihan PMI yang Dideportasi\n\n"
            "Lestari menambahkan, secara keseluruhan jumlah peserta aktif per April 2022 sebanyak 31,9 juta pekerja.\n")
    body = clean_article("x", text).body
    assert "Kuota" not in body and "Dideportasi" not in body and "31,9 juta" in body
    # a title that asks a question is a title too; a long question is the body's again
    asking = text.replace("Dideportasi\n", "Dideportasi?\n")
    body = clean_article("x", asking).body
    assert "Dideportasi" not in body and "31,9 juta" in body
    long_question = ("Judul\nBPJS Ketenagakerjaan mencatat kenaikan peserta sepanjang tahun ini di semua segmen.\n\n"
                     "Baca Juga\nApakah pekerja bukan penerima upah yang belum membayar iuran selama enam bulan masih "
                     "bisa mengajukan klaim jaminan kecelakaan kerja ke kantor cabang?\n")
    assert "kantor cabang?" in clean_article("x", long_question).body


def test_the_titles_under_a_related_line_with_its_colon_are_dropped():
    from bpjs_pipeline.clean import clean_article

    text = ("Headline\nJAKARTA - The agency ended the year with 31.2 million active members, it said on Monday.\n\n"
            "Related:\n- Pension fund industry assets climb to Rp 300 trillion\n- OJK tightens rules on insurers\n")
    body = clean_article("x", text).body
    assert "31.2 million" in body and "Rp 300 trillion" not in body and "OJK" not in body


def test_a_table_laid_out_with_runs_of_spaces_is_read_as_one():
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts

    text = ("Judul\nKlaim tumbuh lebih cepat daripada iuran dalam lima tahun terakhir.\n\n"
            "Tabel: Iuran dan Klaim BPJS Ketenagakerjaan, 2019-2020 (Rp triliun)\n"
            "Tahun   Iuran   Klaim\n2019    73,3    29,2\n2020    73,8    36,4\n")
    got = {(f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("x", text))}
    assert {("contributions", 2019, 73.3e12), ("benefits_paid", 2020, 36.4e12)} <= got


def test_a_table_with_a_header_row_becomes_labelled_lines_of_the_body():
    from bpjs_pipeline.clean import clean_article

    text = ("Judul\nJAKARTA - Kinerja BPJS Ketenagakerjaan lima tahun terakhir membaik secara konsisten.\n"
            "Tahun | Dana Kelolaan | Hasil Investasi\n2021 | Rp556,12 triliun | Rp35,21 triliun\n"
            "2022 | Rp626,57 triliun | Rp38,77 triliun\nHARGA EMAS | USD 2.000 | naik\n")
    body = clean_article("x", text).body
    assert "2021; Dana Kelolaan: Rp556,12 triliun; Hasil Investasi: Rp35,21 triliun." in body
    assert "2022; Dana Kelolaan: Rp626,57 triliun; Hasil Investasi: Rp38,77 triliun." in body
    assert "HARGA EMAS" not in body and "Tahun | Dana" not in body  # a ticker stays furniture


def test_a_byline_line_under_the_outlets_name_dates_the_page_before_a_quotes_day():
    from datetime import date

    page = ("Klaim JHT Melonjak Usai Aturan Baru Berlaku\nHarianContoh.com\nSelasa, 14 Maret 2017\nLaporan: Andi\n\n"
            "JAKARTA - Klaim JHT melonjak setelah aturan baru berlaku.\n"
            "\u201cDana kami cukup,\u201d kata Budi di Jakarta, Jumat (10/3/2017).\n")
    assert clean_article("b", page).published_on == date(2017, 3, 14)


def test_a_date_of_data_after_a_verb_of_saying_is_not_the_day_it_was_said():
    text = ("Judul berita tentang peserta pasif Jamsostek\n"
            "Jamsostek akan mendata ulang peserta pasif.\n"
            "Menurut dia, hingga 30 November 2010 terdapat sekitar 22 juta peserta pasif.\n")
    assert clean_article("d", text).published_on is None
    since = ("Judul berita tentang dana BPJS TK yang dikelola\n"
             "The agency, which manages Rp 187 trillion, has been a trust fund since Jan. 1, 2014. It said more.\n")
    assert clean_article("s", since).published_on is None


def test_a_date_followed_by_a_word_of_the_past_dates_an_earlier_event():
    text = ("Program Jaminan Pensiun Genap Sepuluh Tahun\n"
            "JAKARTA - Program JP yang diresmikan pada 1 Juli 2015 lalu kini menjangkau 14 juta peserta.\n")
    assert clean_article("p", text).published_on is None


def test_a_date_on_the_first_line_of_a_clipping_joined_into_its_lead_dates_the_page():
    from datetime import date

    from bpjs_pipeline.clean.metadata import find_published_on

    page = ("Page 12 - e-KLIPING KETENAGAKERJAAN 28 AGUSTUS 2020\nP. 12\nmenjadi sorotan dalam rapat kerja yang\n"
            "digelar pekan ini. \"Iuran yang masuk melambat,\" katanya, Rabu\n(26/8).\n")
    # cleaning joined the page's header lines into the lead of its wrapped lines
    lines = page.split("\n")
    body = [" ".join(lines[:3]), " ".join(lines[3:]).strip()]
    assert find_published_on([], body, page=page) == date(2020, 8, 28)


def test_a_clipping_label_pub_date_dates_the_page():
    from datetime import date

    page = ("Page 116 - e-KLIPING KETENAGAKERJAAN 17 DESEMBER 2019\nTitle PERLINDUNGAN PEKERJA MIGRAN\n"
            "Media Name contoh.com\nPub. Date 16 Desember 2019\n"
            "Jumlah pekerja migran yang terlindungi masih minim, kata dia, Minggu (15/12/2019).\n")
    assert clean_article("c", page).published_on == date(2019, 12, 16)


def test_an_english_dateline_with_an_ordinal_day():
    from datetime import date

    page = ("ANTARA News\nBPJS Ketenagakerjaan eyes 37 million active members in 2022\n\n22nd February 2022 19:05\n\n"
            "Jakarta (ANTARA) - The agency is targeting 37 million active participants this year.\n")
    assert clean_article("o", page).published_on == date(2022, 2, 22)


def test_a_caption_closed_by_a_credit_in_capitals_gives_no_date():
    from datetime import date

    page = ("Klaim JHT di Jateng Melonjak Selama Pandemi\n\n"
            "ANTRE - Sejumlah peserta menunggu giliran layanan klaim, Kamis (11/6/2020). TRIBUNJATENG/GALIH PERMADI\n\n"
            "SEMARANG - Klaim JHT melonjak, ujarnya saat ditemui di Semarang, Selasa (16/6/2020).\n")
    article = clean_article("c", page)
    assert article.published_on == date(2020, 6, 16)
    assert "ANTRE" not in article.body


def test_a_table_of_labelled_rows_under_columns_named_by_words_or_years():
    from bpjs_pipeline.clean import clean_article

    text = ("Judul\nJAKARTA - Berikut rincian aset DJS per program (dalam triliun rupiah):\n"
            "Program | 2017 | 2016\nJaminan Hari Tua (JHT) | 250,1 | 220,4\nJaminan Pensiun (JP) | 26,2 | -\n"
            "Klaim per program semester I:\nProgram | Jumlah Kasus | Nominal\nJHT | 1,5 juta | Rp22,4 triliun\n")
    body = clean_article("x", text).body
    assert "Jaminan Hari Tua (JHT): pada 2017 sebesar Rp250,1 triliun; pada 2016 sebesar Rp220,4 triliun." in body
    assert "Jaminan Pensiun (JP): pada 2017 sebesar Rp26,2 triliun." in body
    assert "JHT: Jumlah Kasus 1,5 juta; Nominal Rp22,4 triliun." in body


def test_a_table_laid_out_with_tabs_reads_as_one_laid_out_with_bars():
    from bpjs_pipeline.clean import clean_article

    text = ("Judul\nJAKARTA - BPJS Ketenagakerjaan merilis kinerja tahun 2017 yang hampir seluruhnya melampaui target.\n"
            "Indikator\tTarget 2017\tRealisasi 2017\nIuran\tRp56,0 triliun\tRp56,7 triliun\n")
    assert "Iuran: Target 2017 Rp56,0 triliun; Realisasi 2017 Rp56,7 triliun." in clean_article("x", text).body


def test_related_news_and_corrections_are_furniture():
    text = ("Judul berita tentang dana BPJS Ketenagakerjaan\n"
            "JAKARTA - BPJS Ketenagakerjaan membayar klaim JKK Rp 805 miliar pada semester I tahun ini.\n"
            "Related news: BPJS Ketenagakerjaan pays Rp5.4 trillion in old age claims\n"
            "Ralat: Artikel ini sebelumnya menyebut klaim jaminan kecelakaan kerja sebesar Rp 8,05 triliun.\n")
    body = clean_article("r", text).body
    assert "Rp5.4 trillion" not in body and "Rp 8,05 triliun" not in body and "Rp 805 miliar" in body


def test_a_tables_units_in_its_row_labels_or_the_note_above():
    from bpjs_pipeline.clean import clean_article

    text = ("Judul\nJAKARTA - BPJS Ketenagakerjaan memaparkan kinerja 2013 dan target 2014 di hadapan wartawan hari ini.\n"
            "Indikator | 2013 | Target 2014\nPeserta aktif (juta orang) | 12,5 | 15,5\nPerusahaan aktif (ribu) | 186,4 | 205\n"
            "Iuran (Rp triliun) | 23,3 | 27,3\n"
            "Berikut rincian peserta aktif per segmen (dalam juta orang):\nSegmen | Desember 2022 | Juni 2023\n"
            "Penerima Upah (PU) | 21,6 | 23,1\n")
    body = clean_article("x", text).body
    assert "Peserta aktif (juta orang): pada 2013 sebesar 12,5 juta; Target 2014 15,5 juta." in body
    assert "Perusahaan aktif (ribu): pada 2013 sebesar 186,4 ribu; Target 2014 205 ribu." in body
    assert "Iuran (Rp triliun): pada 2013 sebesar Rp23,3 triliun; Target 2014 Rp27,3 triliun." in body
    assert "Penerima Upah (PU): pada Desember 2022 sebesar 21,6 juta; pada Juni 2023 sebesar 23,1 juta." in body


def test_a_list_of_labels_each_over_its_bare_figure_under_a_note_of_their_unit():
    text = ("Judul berita tentang dana kelolaan BPJS Ketenagakerjaan\n"
            "JAKARTA - BPJS Ketenagakerjaan memaparkan kinerja keuangan tahun lalu di hadapan para wartawan.\n"
            "Adapun rincian dana kelolaan per 31 Desember 2020 adalah sebagai berikut (dalam triliun rupiah):\n"
            "Jaminan Hari Tua (JHT)\n350,1\nJaminan Pensiun (JP)\n80,6\n"
            "Dari sisi penerimaan, iuran turun menjadi Rp71,8 triliun pada 2020.\n")
    body = clean_article("v", text).body
    assert "Jaminan Hari Tua (JHT): Rp350,1 triliun." in body and "Jaminan Pensiun (JP): Rp80,6 triliun." in body


def test_a_printed_pages_broken_words_labels_set_apart_by_spaces_and_two_column_tab_tables():
    text = ("Judul berita tentang klaim BPJS Ketenagakerjaan\n"
            "JAKARTA - BPJS Ketenagakerjaan membayarkan klaim JHT sebesar Rp 12,8 tri-\nliun sepanjang 2015 kepada peserta.\n"
            "Peserta yang sama tercatat rata-\nrata dua kali.\n"
            "Aktif                      30,8 juta\n"
            "Berikut perkembangan peserta aktif sepanjang 2025:\nBulan\tPeserta Aktif\nFebruari 2025\t42.184.000\n")
    body = clean_article("h", text).body
    assert "Rp 12,8 triliun sepanjang 2015" in body and "rata-rata dua kali" in body
    assert "Aktif: 30,8 juta" in body
    assert "Februari 2025; Peserta Aktif: 42.184.000." in body


def test_a_clipping_services_page_furniture_is_dropped():
    text = ("Page 47 - e-KLIPING KETENAGAKERJAAN 17 JANUARI 2020\nP. 47\nJudul Dana Kelolaan Tembus Rp430 Triliun\n"
            "Nama Media Bisnis Indonesia\nNewstrend Kinerja BPJS Ketenagakerjaan\nAD Value Rp 45.000.000\n"
            "JAKARTA - BP Jamsostek membukukan dana kelolaan sebesar Rp430,1 triliun per 31 Desember 2019, naik dari tahun lalu.\n")
    body = clean_article("k", text).body
    assert "AD Value" not in body and "Nama Media" not in body and "P. 47" not in body and "Rp430,1 triliun" in body


def test_a_print_mastheads_date_or_a_pages_foot_date_over_a_quotes_day():
    from datetime import date

    text = ("KONTAN\nHarian | Kamis, 27 Juli 2017 | Halaman 7\nKEUANGAN\n\nBPJS TK Pangkas Target Dana Kelolaan\n\n"
            "JAKARTA. BPJS Ketenagakerjaan memangkas target dana kelolaan tahun ini, kata direktur, Rabu (26/7).\n")
    assert clean_article("m", text).published_on == date(2017, 7, 27)
    foot = ("BPJS Ketenagakerjaan Targetkan 21,6 Juta Peserta Aktif\n\n"
            "Surabaya (ANTARA) - BPJS Ketenagakerjaan menargetkan 21,6 juta peserta aktif pada tahun depan.\n\n"
            "Pewarta: Laily\nCOPYRIGHT © ANTARA 2014\nKamis, 18 Desember 2014 19:32 WIB | Dibaca 1.204 kali\n")
    assert clean_article("f", foot).published_on == date(2014, 12, 18)


def test_each_column_of_a_table_keeps_its_own_unit():
    text = ("Judul\nJAKARTA - BPJS Ketenagakerjaan memaparkan kinerja lima tahun terakhir di hadapan wartawan hari ini.\n"
            "Tahun\tDana Kelolaan (Rp T)\tHasil Investasi (Rp T)\tYoI (%)\n2019\t428,6\t29,8\t7,51\n")
    assert "2019; Dana Kelolaan (Rp T): Rp428,6 T; Hasil Investasi (Rp T): Rp29,8 T; YoI (%): 7,51." in \
        clean_article("t", text).body


def test_a_list_a_sentence_introduces_is_body_and_bulleted_links_are_not():
    page = ("BPJS Ketenagakerjaan Bayar Klaim Rp 49 Triliun\n"
            "JAKARTA - Sepanjang 2022 BPJS Ketenagakerjaan membayar klaim Rp 49,12 triliun. Rinciannya sebagai berikut:\n\n"
            "• Jaminan Hari Tua: Rp 43,31 triliun\n"
            "• Jaminan Kecelakaan Kerja: Rp 2,46 triliun\n\n"
            "- Jaminan Pensiun: Rp 574 miliar\n"
            "Klaim JHT masih mendominasi karena banyak peserta yang berhenti bekerja.\n"
            "Baca juga:\n"
            "• Taspen Catat Dana Kelolaan Rp 280 Triliun\n"
            "- BPJS Kesehatan Defisit Rp 9 Triliun\n")
    body = clean_article("k", page).body
    assert "Jaminan Hari Tua: Rp 43,31 triliun.\nJaminan Kecelakaan Kerja: Rp 2,46 triliun." in body
    assert "Jaminan Pensiun: Rp 574 miliar." in body
    assert "Taspen" not in body and "Defisit" not in body


def test_readers_comments_end_the_body_and_a_comment_count_above_it_does_not():
    page = ("Peserta Aktif BPJS Ketenagakerjaan Capai 44 Juta\n"
            "Kamis, 19 Januari 2017 | 3 Komentar\n"
            "JAKARTA - Jumlah peserta aktif BPJS Ketenagakerjaan pada akhir 2016 mencapai 22,6 juta orang, kata direktur.\n"
            "Dana kelolaan pada akhir 2016 tercatat Rp 260 triliun.\n"
            "KOMENTAR (3)\n"
            "Rudi_Hartono  19/01/2017 17:10\n"
            "Katanya 44 juta peserta, tapi klaim JHT saya sudah 2 bulan belum cair. Tolong diperbaiki pelayanannya.\n")
    body = clean_article("k", page).body
    assert body.startswith("JAKARTA - Jumlah peserta aktif") and body.endswith("Rp 260 triliun.")
    assert "Katanya" not in body


def test_an_editors_initials_after_the_last_paragraph_are_no_photographers_credit():
    text = ("Judul berita klaim\nJAKARTA - BPJS Ketenagakerjaan mencatat peserta aktif 30 juta pada 2018.\n\n"
            "Ia menjelaskan, pembayaran jaminan sepanjang 2018 mencapai Rp 27 triliun, didominasi klaim JHT.\n\n(AW/EH)\n")
    assert "Rp 27 triliun" in clean_article("a", text).body
    assert "Rp 27 triliun" not in clean_article("a", text.replace("(AW/EH)", "KOMPAS/TOTOK WIJAYANTO")).body


def test_the_ticks_of_a_charts_axis_are_no_figures():
    text = ("Judul data dana kelolaan\nDana kelolaan pada 2021 mencapai Rp 554 triliun.\n"
            "Dana Kelolaan BPJS Ketenagakerjaan (2016-2021)\n600T\n400T\n200T\n0\n2016 2017 2018 2019 2020 2021\n")
    body = clean_article("a", text).body
    assert "Rp 554 triliun" in body and "600T" not in body and "400T" not in body


@pytest.mark.parametrize("note, line, written", [
    ("Dana Kelolaan BPJS Ketenagakerjaan (triliun rupiah)", "2011: 121,2", "2011: Rp121,2 triliun."),
    ("Berikut perkembangan peserta aktif per bulan (juta orang):", "Januari 2020: 33,9", "Januari 2020: 33,9 juta."),
    ("Dana kelolaan per program (triliun rupiah):", "JHT 425,1", "JHT: Rp425,1 triliun."),
])
def test_a_label_and_a_bare_figure_on_one_line_under_a_note_of_their_unit(note, line, written):
    text = f"Judul data\nDana kelolaan terus tumbuh dalam lima tahun terakhir menurut laporan.\n\n{note}\n{line}\n"
    assert written in clean_article("a", text).body.split("\n")


def test_a_data_pages_rows_before_its_prose_are_body_with_their_heading():
    """An infographic: rows of a year and a bare figure with a bar between, under a heading naming their measure
    and unit, then labels each over an amount, all before the prose."""
    page = ("DataKita\nInfografik\n\nDana Kelolaan Terus Naik\n\nDANA KELOLAAN BPJS KETENAGAKERJAAN (Rp triliun)\n"
            "2020 | 486,4\n2021 | 553,5\n\nRINCIAN PER PROGRAM (posisi akhir 2021)\nJaminan Hari Tua (JHT)\n"
            "Rp 372,1 triliun\nJaminan Pensiun (JP)\nRp 113,9 triliun\n\n"
            "Dalam lima tahun terakhir, dana kelolaan tumbuh rata-rata belasan persen per tahun menurut laporan.\n")
    body = clean_article("i", page).body.split("\n")
    assert body[:3] == ["DANA KELOLAAN BPJS KETENAGAKERJAAN (Rp triliun)", "2020: Rp486,4 triliun.", "2021: Rp553,5 triliun."]
    assert "Jaminan Hari Tua (JHT): Rp 372,1 triliun." in body and "Jaminan Pensiun (JP): Rp 113,9 triliun." in body


def test_one_label_over_one_amount_is_left_as_it_is():
    page = ("Judul data\nDana kelolaan terus tumbuh dalam lima tahun terakhir menurut laporan tahunan.\n\n"
            "Dana Kelolaan\nRp 700 triliun\n\nPenutup paragraf ini tidak memuat angka sama sekali di dalamnya.\n")
    assert "Dana Kelolaan: Rp 700 triliun." not in clean_article("i", page).body


def test_news_in_brief_set_out_as_bulleted_sentences_is_body_and_a_breadcrumb_is_no_title():
    page = ("HarianKita.id\nBeranda > Ekonomi > Kilas\n\nKilas Ekonomi Selasa: Dana BPJS Ketenagakerjaan dan Taspen\n\n"
            "• BPJS Ketenagakerjaan: Dana kelolaan hingga September tembus Rp 778,3 triliun, naik dari Rp 712,1 "
            "triliun pada akhir tahun lalu.\n\n• Taspen: Dana kelolaan PT Taspen per Agustus Rp 306 triliun, ditopang "
            "pembayaran iuran.\n\nBerita Lainnya\n• Taspen Catat Dana Kelolaan Rp 280 Triliun\n")
    article = clean_article("k", page)
    assert article.title == "Kilas Ekonomi Selasa: Dana BPJS Ketenagakerjaan dan Taspen"
    assert article.body.startswith("BPJS Ketenagakerjaan: Dana kelolaan hingga September tembus Rp 778,3 triliun")
    assert "Rp 306 triliun" in article.body and "Rp 280 Triliun" not in article.body


def test_a_galleries_numbered_captions_with_an_agencys_two_word_credit_are_dropped():
    page = ("Lensa Kita\nFOTO\n\nPedagang Pasar Didaftarkan BPJamsostek\n\nJumat, 10 Juni 2022 16:40 WIB\n\n"
            "BPJamsostek mendaftarkan ratusan pedagang pasar sebagai peserta. Hingga Mei 2022, peserta BPU yang aktif "
            "tercatat 4,5 juta orang.\n\n1/2\nSecara nasional, peserta aktif BPJamsostek mencapai 35,1 juta pekerja "
            "per April 2022.\nLENSA KITA/Dimas Pradipta\n\n2/2\nPedagang antre mendaftar.\nANTARA FOTO/Aditya Pradana\n")
    body = clean_article("g", page).body
    assert "4,5 juta" in body and "35,1 juta" not in body and "Pradana" not in body


def test_a_carousels_rows_set_apart_by_spaces_under_its_heading_are_body():
    page = ("AngkaKita.id\n\nPeserta BPU Aktif Sepanjang 2023\n\nSlide 1/3\nJumlah peserta Bukan Penerima Upah (BPU) "
            "aktif BPJS Ketenagakerjaan, 2023\n\nSlide 2/3\nJanuari    5,6 juta\nJuli       7,0 juta\n\nSlide 3/3\n"
            "Tahun ini BPJS Ketenagakerjaan membidik 11 juta peserta BPU aktif.\n")
    body = clean_article("s", page).body.split("\n")
    assert body[:3] == ["Jumlah peserta Bukan Penerima Upah (BPU) aktif BPJS Ketenagakerjaan, 2023", "Januari: 5,6 juta",
                        "Juli: 7,0 juta"]
    assert not any(line.startswith("Slide") for line in body)


def test_a_most_viewed_list_ends_the_body():
    page = ("Agency Sees More Members\nJAKARTA - The agency had 30.5 million active members at the end of 2018, its "
            "president director said on Monday.\n\nMost viewed\n1. Rupiah strengthens as Fed signals patience\n"
            "2. Govt to auction Rp 15 trillion in sukuk next week\n")
    body = clean_article("m", page).body
    assert "30.5 million" in body and "sukuk" not in body


def test_a_table_flattened_one_cell_per_line_is_read_as_its_rows():
    page = ("Kinerja 2018\nJAKARTA - BPJS Ketenagakerjaan melaporkan kinerja tahun 2018 dalam konferensi pers, Rabu (30/1).\n"
            "Ringkasan kinerja:\n\nIndikator\n2017\n2018\nTumbuh\nPeserta aktif (juta orang)\n26,30\n30,46\n15,8%\n"
            "Jaminan dibayar (Rp triliun)\n19,1\n25,4\n33,0%\nSumber: BPJS Ketenagakerjaan\n")
    body = clean_article("t", page).body.split("\n")
    assert "Peserta aktif (juta orang): pada 2017 sebesar 26,30 juta; pada 2018 sebesar 30,46 juta; Tumbuh 15,8%." in body
    assert "Jaminan dibayar (Rp triliun): pada 2017 sebesar Rp19,1 triliun; pada 2018 sebesar Rp25,4 triliun; Tumbuh 33,0%." in body


def test_two_labelled_figures_on_one_line_under_a_note_of_their_unit():
    text = ("Judul data\nDana kelolaan terus tumbuh dalam lima tahun terakhir menurut laporan.\n\n"
            "Rincian dana kelolaan per program\n(dalam Rp triliun)\nJHT            512,6\nJKM 18,0 dan JKP 16,2\n")
    body = clean_article("a", text).body.split("\n")
    assert "JHT: Rp512,6 triliun." in body and "JKM: Rp18,0 triliun; JKP: Rp16,2 triliun." in body


def test_a_single_line_broken_mid_sentence_is_joined_to_its_rest():
    text = ("Judul Berita BPJS\nSementara itu, iuran yang diterima sepanjang semester I tahun ini mencapai Rp47,3 triliun, "
            "sedangkan manfaat yang dibayarkan kepada peserta\nsebesar Rp30,8 triliun.\n\nDaftar Berita Lain\n"
            "Paragraf penutup yang lengkap tanpa angka sama sekali di dalamnya ini.\n")
    body = clean_article("a", text).body
    assert "manfaat yang dibayarkan kepada peserta sebesar Rp30,8 triliun." in body


def test_a_related_link_in_brackets_glued_after_a_sentence_is_dropped():
    text = ("Judul Berita BPJS\nBPJS Ketenagakerjaan menargetkan dana kelolaan bisa mencapai Rp554 triliun pada akhir 2021. "
            "(Baca: Peserta Aktif BPJS Ketenagakerjaan Turun jadi 29,98 Juta pada 2020)\n")
    body = clean_article("a", text).body
    assert "Rp554 triliun" in body and "29,98" not in body


def test_an_infographics_headings_in_capitals_come_with_its_rows_and_a_year_is_no_bare_figure():
    page = ("LENSA KITA\nInfografis\n\nRapor 2020: Dana Kelolaan Tembus Rp 486 Triliun\n\nSenin, 8 Februari 2021 | 14:20 WIB\n\n"
            "KINERJA BPJS KETENAGAKERJAAN SEPANJANG 2020\n\nKEPESERTAAN (juta orang)\nPeserta aktif: 29,98\n\n"
            "KEUANGAN (Rp triliun)\nDana kelolaan: 486,38\n\nTARGET 2021\nPeserta aktif 33,70 juta orang\n\n"
            "Pandemi membuat kinerja kepesertaan BPJS Ketenagakerjaan tertekan sepanjang tahun lalu menurut laporan.\n")
    body = clean_article("i", page).body.split("\n")
    assert body[:3] == ["KINERJA BPJS KETENAGAKERJAAN SEPANJANG 2020", "KEPESERTAAN (juta orang)", "Peserta aktif: 29,98 juta."]
    assert "TARGET 2021" in body and "Dana kelolaan: Rp486,38 triliun." in body


def test_labelled_figures_set_out_as_bullets_are_body_under_any_line():
    text = ("Kinerja 2024\n\nBPJS Ketenagakerjaan merilis capaian kinerja sepanjang 2024 dalam keterangan resmi di Jakarta.\n\n"
            "Kepesertaan (posisi Desember 2024)\n• Peserta aktif: 45,3 juta\n  – Penerima Upah: 29,4 juta\n"
            "• Pemberi kerja aktif: 770.100\n\nBaca juga:\n• BPJS Ketenagakerjaan Salurkan Beasiswa untuk 1.200 Anak\n"
            "• DATA TIDAK VALID : 2.4 Juta\n")
    body = clean_article("x", text).body
    assert "Peserta aktif: 45,3 juta." in body
    assert "– Penerima Upah: 29,4 juta" in body  # a dash item under it stays as it is
    assert "Pemberi kerja aktif: 770.100." in body
    assert "Beasiswa" not in body  # a bulleted link is furniture
    assert "DATA TIDAK VALID" not in body  # a form's field in capitals is no label


def test_a_unit_note_with_a_qualifier_heads_its_rows():
    text = ("Funds under management have grown steadily over the past five years at BPJS Ketenagakerjaan, the agency said.\n"
            "Funds under management (Rp trillion, year-end)\n2021    553.5\n2022    629.1\nSource: annual reports\n")
    body = clean_article("x", text).body
    assert "2021: Rp553.5 trillion." in body and "2022: Rp629.1 trillion." in body


def test_a_byline_cut_into_fields_by_bars_beats_a_quotes_day():
    text = ("PortalJamsos.id | Berita Jaminan Sosial\nHome > Berita\n\nTanya Jawab Paparan Kinerja 2018\n\n"
            "Ditulis oleh Redaksi | 12 Februari 2019 | Dibaca 2.051 kali\n\n"
            "Direksi BPJS Ketenagakerjaan memaparkan kinerja 2018 dalam konferensi pers di Jakarta, Senin (11/2/2019). "
            "Berikut rangkuman tanya jawab wartawan dengan direksi.\n")
    assert str(clean_article("x", text).published_on) == "2019-02-12"


def test_a_table_parted_by_bars_and_aligned_by_spaces_keeps_its_rows():
    text = ("Capaian kinerja semester I 2022 disampaikan dalam temu media di Palembang oleh kantor wilayah.\n\n"
            "Uraian                   | Nasional          | Kanwil Sumbagsel\n"
            "Peserta aktif            | 33,2 juta         | 1,4 juta\n"
            "Iuran                    | Rp41,6 triliun    | Rp1,2 triliun\n")
    body = clean_article("x", text).body
    assert "Peserta aktif: Nasional 33,2 juta; Kanwil Sumbagsel 1,4 juta." in body


def test_lists_of_other_articles_titles_under_their_headers_are_furniture():
    text = ("Laporan Pasar\n\nBPJS Ketenagakerjaan mencatat dana kelolaan Rp 790 triliun pada akhir 2024, kata direksi di "
            "Jakarta.\n\nRead more:\n- Agency's investment return hits Rp 16 trillion in H1\n\nInfografik terkait:\n"
            "- Aset Dana Pensiun Indonesia Rp 280 Triliun\n\nMORE FROM THE MARKET DESK\n"
            "- BPJS Ketenagakerjaan paid Rp 15.8 trillion in claims in Q1\n")
    body = clean_article("x", text).body
    assert "Rp 790 triliun" in body
    assert "Rp 16 trillion" not in body and "Rp 280 Triliun" not in body and "Rp 15.8 trillion" not in body


def test_the_numbered_posts_of_a_thread_are_body():
    text = ("Data Ekonomi ID\n@dataekonomiID\n\n1/ BPJS Ketenagakerjaan menutup 2023 dengan 41,6 juta peserta aktif. Naik "
            "dari 35,9 juta di akhir 2022. Berikut rangkumannya 🧵👇\n\n5 j\n\n2/ Dana kelolaan per Desember 2023 mencapai "
            "Rp711,9 T, naik sekitar 12% setahun.\n")
    body = clean_article("x", text).body
    assert "BPJS Ketenagakerjaan menutup 2023 dengan 41,6 juta peserta aktif. Naik dari 35,9 juta di akhir 2022." in body
    assert "1/" not in body


def test_a_chart_drawn_in_text_gives_its_labelled_figures():
    text = ("Dana kelolaan BPJS Ketenagakerjaan terus tumbuh dari tahun ke tahun, menurut laporan tahunan lembaga itu.\n\n"
            "Dana kelolaan (Rp triliun)\n2016  ██████████              260,5\n2017  ████████████            317,3\n\n"
            "KEPESERTAAN (per 31 Desember 2024)\n   Penerima Upah                   29,30 juta   ■■■■■■■■■■\n")
    body = clean_article("x", text).body
    assert "2016: Rp260,5 triliun." in body and "2017: Rp317,3 triliun." in body
    assert "Penerima Upah: 29,30 juta" in body


def test_a_captions_day_is_no_byline_even_on_a_page_with_no_other_date():
    text = ("KABAR PEKERJA\nBeranda | Ekonomi\n\nKlaim Jaminan Hari Tua Melonjak Sepanjang Tahun Pandemi\n\n"
            "Peserta antre di kantor cabang Kebon Jeruk, Jakarta, Selasa (8/9/2020). Antrean mengular sejak pagi. "
            "(Dok. Kabar Pekerja)\n\n"
            "Sepanjang tahun lalu, lembaga itu membayar klaim jaminan hari tua senilai Rp33 triliun kepada peserta.\n")
    assert clean_article("x", text).published_on is None
    text = ("KaltimPost\n\nKlaim JHT di Samarinda Naik\n\nKepala cabang memberi sosialisasi di Samarinda, Senin (13/2/2017). "
            "FOTO: KALTIMPOST/RUDI\n\nSAMARINDA - Klaim jaminan hari tua di cabang ini naik sepanjang tahun lalu, katanya.\n")
    article = clean_article("y", text)
    assert article.published_on is None and "FOTO" not in article.body


def test_dot_leaders_and_a_dash_between_a_year_and_its_figure_label_the_figure():
    text = ("Berikut lembar fakta kinerja yang dibagikan kepada wartawan dalam jumpa pers di Jakarta.\n\nKEPESERTAAN\n"
            "  Peserta aktif ............... 41,20 juta\n  Pemberi kerja aktif ………… 780.100\n\n"
            "Jumlah peserta aktif pada akhir tiap tahun (juta orang):\n\n2016 — 22,6\n2017 – 26,3\n")
    body = clean_article("x", text).body
    assert "Peserta aktif: 41,20 juta" in body and "Pemberi kerja aktif: 780.100" in body
    assert "2016: 22,6 juta." in body and "2017: 26,3 juta." in body


def test_a_table_aligned_by_spaces_with_long_labels_a_rule_and_a_row_of_units_keeps_its_rows():
    text = ("Berikut ringkasan kinerja dari laporan tahunan yang dirilis lembaga itu pekan lalu di Jakarta.\n\n"
            "RINGKASAN KINERJA                          2018        2019*\n"
            "-----------------------------------------------------------\n"
            "Tenaga kerja peserta aktif (juta orang)     30,46       34,17\n"
            "Iuran yang diterima (Rp triliun)            62,10       73,30\n\n"
            "Program                         Dana kelolaan    Iuran     Klaim\n"
            "                                (Rp triliun)     (Rp T)    (Rp T)\n"
            "Jaminan Hari Tua (JHT)          320,50           41,10     26,80\n"
            "Jaminan Pensiun (JP)            48,20            12,30     -\n\n"
            "Bulan      Peserta aktif (juta)     Klaim dibayar s.d. bulan berjalan (Rp triliun)\n"
            "Januari    34,20                    2,41\n")
    body = clean_article("x", text).body
    assert "Tenaga kerja peserta aktif (juta orang): pada 2018 sebesar 30,46 juta; pada 2019 sebesar 34,17 juta." in body
    assert "Jaminan Hari Tua (JHT): Dana kelolaan (Rp triliun) Rp320,50 triliun; Iuran (Rp T) Rp41,10 T; Klaim (Rp T) " \
        "Rp26,80 T." in body
    assert "Jaminan Pensiun (JP): Dana kelolaan (Rp triliun) Rp48,20 triliun; Iuran (Rp T) Rp12,30 T." in body
    assert "Januari: Peserta aktif (juta) 34,20 juta; Klaim dibayar s.d. bulan berjalan (Rp triliun) Rp2,41 triliun." in body


def test_a_heading_over_a_unit_note_over_a_charts_rows_comes_into_the_body():
    text = ("Statistik Kita\n\nPeserta Aktif Kembali Naik pada 2023\n\nJumlah Peserta Aktif BPJS Ketenagakerjaan (2021-2023)\n"
            "(juta orang)\n\n2021  ███████████████   30,66\n2022  █████████████████ 35,63\n\n"
            "Setelah tergerus pandemi, jumlah pekerja yang terlindungi kembali naik, kata lembaga itu.\n")
    body = clean_article("x", text).body
    assert body.startswith("Jumlah Peserta Aktif BPJS Ketenagakerjaan (2021-2023)\n(juta orang)\n2021: 30,66 juta.")


def test_a_lists_introduction_and_its_heading_in_capitals_over_bulleted_figures_are_body():
    text = ("Warta Data\n\nINFOGRAFIS\nKinerja Lembaga Jaminan Sosial 2022 dalam Angka\n\n"
            "Berikut capaian kinerja BPJS Ketenagakerjaan sepanjang tahun 2022:\n\nKEPESERTAAN\n"
            "• Peserta aktif: 35,9 juta pekerja\n• Pemberi kerja aktif: 690.000 perusahaan\n")
    body = clean_article("x", text).body
    assert body.startswith("Berikut capaian kinerja BPJS Ketenagakerjaan sepanjang tahun 2022:\nKEPESERTAAN\n"
                           "Peserta aktif: 35,9 juta pekerja.")


def test_a_charts_description_in_brackets_is_a_caption_its_title_is_not():
    text = ("Angka Kita\n\nKlaim JHT Terus Naik\n\n[Grafik] Nilai Klaim JHT BPJS Ketenagakerjaan, 2019–Mei 2024 (triliun rupiah)\n\n"
            "Nilai klaim jaminan hari tua yang dibayarkan terus meningkat dalam lima tahun terakhir, menurut data lembaga itu.\n\n"
            "[Grafik: peserta aktif menembus 40 juta pada Maret 2024.]\n\nHingga Mei tahun ini klaim JHT mencapai Rp19,4 "
            "triliun, kata lembaga itu.\n")
    body = clean_article("x", text).body
    assert "menembus 40 juta" not in body and "Rp19,4 triliun" in body


def test_a_markdown_table_a_chart_with_bars_between_bars_and_shares_in_brackets_keep_their_rows():
    text = ("Paparan kinerja hingga akhir September 2023 disampaikan dalam rapat dengan Komisi IX DPR di Jakarta.\n\n"
            "| Indikator | Realisasi Sep 2023 | Target 2023 |\n|---|---|---|\n| Peserta aktif | 39,2 juta | 42,1 juta |\n\n"
            "Peserta aktif 2021 (juta orang)\nJan | ██████████████████ 30,1\nFeb | █████████████████▌ 29,8\n\n"
            "Komposisi dana kelolaan per program (Desember 2023)\nJHT   ■■■■■■■■■■■■■■■■■■■■   Rp460,1 T (64,6%)\n"
            "JP    ■■■■■■■                Rp160,2 T (22,5%)\n\nKEPESERTAAN\n  Bukan penerima upah (BPU) .. 9,1 juta\n")
    body = clean_article("x", text).body
    assert "Peserta aktif: Realisasi Sep 2023 39,2 juta; Target 2023 42,1 juta." in body
    assert "Jan: 30,1 juta." in body and "Feb: 29,8 juta." in body
    assert "JHT: Rp460,1 T (64,6%)" in body and "JP: Rp160,2 T (22,5%)" in body
    assert "Bukan penerima upah (BPU): 9,1 juta" in body


def test_a_table_by_regional_office_and_columns_dated_by_day():
    text = ("Tabel berikut menyajikan jumlah peserta aktif per kantor wilayah hingga Juni 2018, menurut data lembaga itu.\n\n"
            "KANWIL                     PESERTA AKTIF    PERUSAHAAN AKTIF\nDKI Jakarta                    6.204.118          118.920\n"
            "Banten                         2.101.334           31.640\n-----------------------------------------------\n"
            "NASIONAL                      27.913.402          531.806\n\nDana kelolaan per program (Rp triliun)\n"
            "Program                         31 Des 2022    31 Des 2023\nJaminan Hari Tua (JHT)              420,4          455,1\n"
            "Jaminan Pensiun (JP)                141,8          164,3\n")
    body = clean_article("x", text).body
    assert "KANWIL DKI Jakarta: PESERTA AKTIF 6.204.118; PERUSAHAAN AKTIF 118.920." in body
    assert "NASIONAL: PESERTA AKTIF 27.913.402; PERUSAHAAN AKTIF 531.806." in body
    assert "Jaminan Hari Tua (JHT): pada 31 Des 2022 sebesar Rp420,4 triliun; pada 31 Des 2023 sebesar Rp455,1 triliun." in body


def test_a_dot_leader_before_a_figure_is_tried_once_per_run_of_dots():
    """The dots leading a cell's figure are matched from the start of their run only: a long run of dots costs one
    scan, not one per dot."""
    from bpjs_pipeline.clean.boilerplate import _LEADER_BEFORE_FIGURE
    line = "Dana kelolaan ....... 637.746 ........ 553.540"
    assert len(_LEADER_BEFORE_FIGURE.findall(line)) == 2
    inside = _LEADER_BEFORE_FIGURE.search(line, line.index("..") + 1)  # (from inside the first run: the second run)
    assert inside.start() > line.index("637") and inside.group(0).strip() == "........"


def test_a_paragraph_signed_off_by_its_editors_initials_is_body_but_a_photos_credit_is_not():
    page = ("Liputan6.com, Jakarta - BPJS Ketenagakerjaan mengungkapkan data kinerja hingga akhir Oktober 2015 dalam "
            "jumpa pers di Jakarta, Rabu (18/11/2015).\n\n"
            "Direktur Utama BPJS Ketenagakerjaan menargetkan jumlah tenaga kerja aktif mencapai 19,8 juta orang hingga "
            "akhir tahun ini. (Dny/Ahm)\n\n"
            "Suasana kantor cabang BPJS Ketenagakerjaan di Jakarta. (Liputan6.com/Angga Yuniar)\n")
    body = clean_article("x", page).body
    assert "mencapai 19,8 juta orang hingga akhir tahun ini. (Dny/Ahm)" in body
    assert "Angga Yuniar" not in body
