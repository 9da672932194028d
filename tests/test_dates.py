"""Years, months and publication dates."""
from datetime import date

import pytest

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.parsing.dates import find_publication_dates, find_years


@pytest.mark.parametrize("text, expected", [
    ("Kompas.com - 12/05/2023, 20:30 WIB", date(2023, 5, 12)),
    ("ujarnya, Senin (26/2/2024).", date(2024, 2, 26)),
    ("Kamis, 08 Mei 2025 / 17:02 WIB", date(2025, 5, 8)),
    ("Yunike Purnama - Selasa, 11 Juli 2023 15:30", date(2023, 7, 11)),
    ("3 Juni 2024 14:32 WIB", date(2024, 6, 3)),
    ("katanya di Jakarta (6/4/2022).", date(2022, 4, 6)),
    ("Jakarta, May 17, 2023 (ANTARA) - The number of active participants", date(2023, 5, 17)),
    ("Kamis 18-01-2024 / 10:15", date(2024, 1, 18)),
    ("18.01.2024 10:15", date(2024, 1, 18)),
    ("2024/01/18 10:15", date(2024, 1, 18)),
    # (a comma between the month and the year: a byline's date, a weekday's)
    ("By Rina Hartono | 11 April, 2021", date(2021, 4, 11)),
    ("Senin, 9 Agustus, 2021", date(2021, 8, 9)),
])
def test_publication_dates(text, expected):
    assert find_publication_dates(text)[0].when == expected


def test_a_weekday_without_a_year_takes_the_year_it_falls_on():
    # 15 November was a Monday in 2021, a Sunday in 2020
    (c,) = find_publication_dates("ujar Anggoro, Senin (15/11).", years_named=[2020, 2021])
    assert c.when == date(2021, 11, 15)


def test_a_weekday_without_a_year_prefers_a_year_named_with_a_month():
    # 30 June was a Tuesday in 2015 and in 2020; "per Mei 2015" dates the news, "pada 2019" is a target
    (c,) = find_publication_dates("katanya, Selasa (30/6).", years_named=[2015, 2019], years_dated=[2015])
    assert c.when == date(2015, 6, 30)
    (c,) = find_publication_dates("katanya, Selasa (30/6).", years_named=[2015, 2019])
    assert c.when == date(2020, 6, 30)


def test_a_photo_captions_date_does_not_win():
    page = (
        "BPJS Ketenagakerjaan Targetkan Tambah Peserta Informal\n"
        "Direktur Utama BPJS Ketenagakerjaan berbicara di Portland, Senin (2/10/2017)./Dok. BPJS Ketenagakerjaan\n"
        "Bisnis.com, GIANYAR - BPJS Ketenagakerjaan menargetkan jumlah peserta dari sektor informal mencapai 2,4 juta jiwa.\n"
        "“Sampai akhir tahun ini, kami batasi hingga 10.000 agen,” ujarnya, Senin (5/2/2018).\n"
    )
    assert clean_article("x", page).published_on == date(2018, 2, 5)


def test_a_header_date_beats_an_event_date_in_the_body():
    page = ("Judul Berita Tentang BPJS Ketenagakerjaan\nKompas.com - 06/04/2023, 11:10 WIB\n"
            "JAKARTA, KOMPAS.com - Pada 20 Oktober 2022, BPJS Ketenagakerjaan meluncurkan strategi komunikasi baru yang panjang.")
    assert clean_article("x", page).published_on == date(2023, 4, 6)


def test_year_mentions():
    text = "Hingga Februari 2023, per 31 Januari 2024, tahun lalu, akhir tahun lalu, saat ini, PP Nomor 14 Tahun 1993, Januari-Maret 2021"
    found = [(text[y.start:y.end], y.year, y.offset, y.month, y.day) for y in find_years(text)]
    assert ("Februari 2023", 2023, None, 2, None) in found
    assert ("31 Januari 2024", 2024, None, 1, 31) in found
    assert ("tahun lalu", None, -1, None, None) in found
    assert ("akhir tahun lalu", None, -1, None, None) in found
    assert ("Januari-Maret 2021", 2021, None, 3, None) in found
    assert not any(y == 1993 for _, y, *_ in found)


@pytest.mark.parametrize("text", ["SENİN (10/7)", "TAHUN İNİ", "ſepanjang tahun", "ＴＡＨＵＮ ＬＡＬＵ"])
def test_words_in_any_case_or_compatibility_form_never_break_the_lookups(text):
    from bpjs_pipeline.parsing.dates import find_publication_dates

    find_years(text)
    find_publication_dates(text, [2023], [2023])
    assert [y.offset for y in find_years("tahun İNİ")] == [0]


@pytest.mark.parametrize("text, expected", [
    ("ujar Pramudya dalam konferensi pers di Tangerang, Kamis, 23 Oktober 2025.", date(2025, 10, 23)),
    ("ujar Widhi dalam keterangannya, Minggu 14 Desember 2025. Data per 30 November 2025.", date(2025, 12, 14)),
    ("Jumat, 27 Desember 2019 - 06:20 WIB", date(2019, 12, 27)),
])
def test_a_day_named_with_its_weekday_dates_the_news(text, expected):
    assert find_publication_dates(text)[0].when == expected


def test_a_weekday_that_is_not_that_days_weekday_is_no_date():
    # 23 October 2025 was a Thursday, not a Monday
    assert all(c.kind != "weekday_named" for c in find_publication_dates("kata dia, Senin, 23 Oktober 2025."))


def test_a_statement_date_is_marked_said():
    assert find_publication_dates("kata Oni, Selasa (2/7/2024).")[0].said
    assert not find_publication_dates("Spanduk terpampang di kantor cabang, Rabu (23/2/2022).")[0].said


@pytest.mark.parametrize("url, expected", [
    ("https://www.cnbcindonesia.com/market/20201230152536-17-212605/ini-rahasia", date(2020, 12, 30)),
    ("https://finansial.bisnis.com/read/20190123/215/881505/klaim", date(2019, 1, 23)),
    ("https://example.com/2024/02/19/judul", date(2024, 2, 19)),
    ("https://radar.example.com/daerah/kota/15/10/2024/baru-2140-nelayan-terlindungi/", date(2024, 10, 15)),
    ("https://www.wire.example.com/article/indonesia-fund-bonds-idUSL4N0XK2AB20160712", date(2016, 7, 12)),
])
def test_dates_in_addresses(url, expected):
    # (the last closes an article's code, as a wire's address does)
    from bpjs_pipeline.parsing.dates import date_in_address
    assert date_in_address(url).when == expected


@pytest.mark.parametrize("text, offset", [
    ("Kami menargetkan dalam 5 tahun tumbuh dua kali lipat", 5),
    ("lima tahun ke depan", 5),
    ("3 tahun lagi", 3),
])
def test_years_ahead_count_from_publication(text, offset):
    (y,) = find_years(text)
    assert y.offset == offset and y.year is None


@pytest.mark.parametrize("furniture", ["Diterbitkan: 12/01/2023", "Diposting : 12 Januari 2023 19:45",
                                       "Penulis: Andi | Published: Kamis, 12 Januari 2023 14:32"])
def test_a_publication_label_dates_the_page_wherever_it_stands(furniture):
    page = ("Dana Kelolaan BPJS TK Capai Rp 600 T\n"
            "Liputan6.com, Jakarta - Dana kelolaan BPJS Ketenagakerjaan hingga akhir 2022 mencapai Rp 600 triliun.\n"
            "Sebagai perbandingan, BPJS Kesehatan mengelola dana Rp 120 triliun.\n" + furniture + "\n")
    assert clean_article("a", page).published_on == date(2023, 1, 12)


def test_a_word_of_publishing_in_a_sentence_is_no_label():
    page = ("BPJS Ketenagakerjaan Luncurkan Buku\n"
            "JAKARTA, 3 Maret 2021 - Buku panduan peserta yang terbit 12 Januari 2020 dicetak ulang.\n")
    assert clean_article("a", page).published_on == date(2021, 3, 3)


def test_a_byline_written_on_a_date_is_the_publication_date():
    from bpjs_pipeline.parsing.dates import labelled_date

    assert labelled_date("Judul\nDitulis oleh redaksi pada Januari 15, 2024\nIsi, Minggu (14/1/2024).") == date(2024, 1, 15)
    assert labelled_date("Ditulis oleh Andi Saputra pada 3 Maret 2023") == date(2023, 3, 3)
    assert labelled_date("Written by a staff writer on May 3, 2023") == date(2023, 5, 3)


def test_an_english_date_without_a_comma_in_a_byline_cut_into_fields():
    from bpjs_pipeline.clean import clean_article

    page = ("The Jakarta Post\nBusiness\n\nJamsostek eyes Rp 158 trillion in funds\n\n"
            "Hendra Kusuma, The Jakarta Post, Jakarta | Business | Thu, January 10 2013, 10:45 AM\n\n"
            "State-owned insurer PT Jamsostek said its investment funds reached Rp 132.9 trillion by the end of 2012.\n")
    assert clean_article("x", page).published_on == date(2013, 1, 10)
    lead = ("Makassar (ANTARA) - BPJS Ketenagakerjaan menargetkan dana kelola Rp233 triliun.\n\n"
            "\"Pada 1 Januari 2015 kami mulai dengan dana kelola Rp187 triliun,\" kata direktur.\n")
    assert clean_article("x", lead).published_on is None  # a data date in the body is no byline


def test_an_address_with_its_date_joined_by_hyphens():
    from bpjs_pipeline.parsing.dates import date_in_address

    found = date_in_address("https://example.net/index.php/news/2008-01-11/jamsostek-profits.html")
    assert (found.year, found.month, found.day) == (2008, 1, 11)
    assert date_in_address("https://example.net/news/2019-2020/laporan") is None  # a span of years
    assert date_in_address("https://example.net/news/2015-13-01/x") is None


def test_a_numbered_part_of_a_year_before_a_slash_names_the_year():
    from bpjs_pipeline.parsing.dates import years_in

    for text in ("hasil investasi pada semester I/2024 mencapai", "kuartal III/2019 tercatat", "pada Q1/2024"):
        assert [y.year for y in years_in(text)] == [int(text.split("/")[1][:4])], text
    assert years_in("HIV/2019") == ()


def test_a_part_of_a_year_with_no_year_but_this_or_last():
    from bpjs_pipeline.parsing.dates import years_in

    (this,) = years_in("Semester I ini klaim JHT naik")
    assert this.relative and this.offset == 0
    (past,) = years_in("Kuartal ketiga lalu iuran naik")
    assert past.month_only and past.month == 9


def test_english_month_abbreviations_in_a_dateline():
    """"Kamis 19 Aug 2021 14:32 WIB", "Jumat 27 Dec 2024": a page's date with the month abbreviated the English way."""
    assert find_publication_dates("Kamis 19 Aug 2021 14:32 WIB")[0].when == date(2021, 8, 19)
    assert find_publication_dates("Jumat 27 Dec 2024 14:05 WIB")[0].when == date(2024, 12, 27)
    assert find_publication_dates("Senin 11 Oct 2021 10:00 WIB")[0].when == date(2021, 10, 11)


def test_so_many_years_later_counts_from_the_year_named_before():
    text = "Pada akhir 2015 dana kelolaan Rp 206 triliun, dan tiga tahun kemudian sudah Rp 365 triliun."
    later = [y for y in find_years(text) if y.year is None]
    assert [(text[y.start:y.end], y.offset, y.anaphoric) for y in later] == [("tiga tahun kemudian", 3, True)]


def test_a_wires_dateline_without_a_year_takes_the_year_its_weekday_falls_on():
    text = ("Nusantara Wire | Business\nIndonesia's worker insurer grows fund\n\nJAKARTA, Jan 14 (Nusantara Wire) - "
            "BPJS Ketenagakerjaan said on Wednesday its funds under management rose to Rp 186.8 trillion at the end of "
            "December 2014.\n")
    assert clean_article("a", text).published_on == date(2015, 1, 14)


def test_a_code_of_digits_in_an_address_is_no_date():
    from bpjs_pipeline.parsing.dates import date_in_address
    assert date_in_address("https://news.example.com/ekonomi/berita-212605") is None
    assert date_in_address("https://news.example.com/ekonomi/abc20150630x") is None


@pytest.mark.parametrize("text, expected", [
    ("ended FY23 with AUM of IDR712.9tn", [("FY23", 2023, None)]),
    ("returns in 1H24 rose", [("1H24", 2024, 6)]),
    ("Q3-22 and 9M23", [("Q3-22", 2022, 9), ("9M23", 2023, 9)]),
    ("Active members rose (Dec-22: 35.9mn).", [("Dec-22", 2022, 12)]),
    ("H1 2024", [("2024", 2024, None)]),
    ("tanggal 12-22 dan mar-22", []),
])
def test_a_period_written_with_a_two_digit_year_is_that_year(text, expected):
    assert [(text[y.start:y.end], y.year, y.month) for y in find_years(text)] == expected
