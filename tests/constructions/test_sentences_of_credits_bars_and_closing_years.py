"""Constructions of credits, bars and closing years: a photo's caption under its credit (and a writer's credit under
the article's last line), figures labelled by year and parted by bars under a unit note, "now number", a place set
apart after "di wilayah", a short question as the headline under an outlet's tag, an undated page closing the year it
gives "this year's" actuals for, an amount written out in full with "rupiah" after it, and "s.d." before a date of
data."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _facts(page: str):
    return [(f.table, f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]


def test_a_caption_under_its_credit_is_no_body_and_its_day_is_no_publication_date():
    page = ("...ujar Direktur Keuangan dalam jumpa pers tahunan.\n"
            "Ia menyebutkan, peserta aktif hingga Oktober 2021 mencapai 30,1 juta pekerja.\n"
            "Sementara klaim yang dibayarkan hingga Oktober 2021 senilai Rp 33,2 triliun.\n"
            "WARTAKOTA.com/Budi Santoso\n"
            "Direktur Keuangan BPJS Ketenagakerjaan saat jumpa pers di Jakarta, Selasa (16/11/2021). Dana kelolaan "
            "tercatat Rp 540 triliun.\n"
            "Untuk 2022, BPJS Ketenagakerjaan membidik 35 juta peserta aktif.\n")
    article = clean_article("t", page)
    assert article.published_on is None
    assert "Rp 540 triliun" not in article.body
    assert ("funds", "benefits_paid", 2021, 33_200_000_000_000) in _facts(page)
    assert not any(f[3] == 540_000_000_000_000 for f in _facts(page))


def test_a_writers_credit_under_a_line_of_words_said_takes_no_line_with_it():
    page = ("BPJS Ketenagakerjaan menargetkan 800 ribu pekerja migran menjadi peserta\n"
            "JAKARTA (Antara) - BPJS Ketenagakerjaan menargetkan kepesertaan pekerja migran mencapai 800 ribu orang.\n"
            "Hingga Mei 2023, peserta PMI tercatat 611.420 orang, kata Deputi Direktur Bidang Kepesertaan di Jakarta, "
            "Senin.\n"
            "(Antara/Rudi Hartono)\n")
    assert ("participants", "participants", 2023, 611_420) in _facts(page)


def test_figures_labelled_by_year_and_parted_by_bars_under_a_unit_note_are_a_series():
    page = ("DataKerja\nDana Kelolaan BPJS Ketenagakerjaan Lima Tahun Terakhir\n"
            "Dana kelolaan BPJS Ketenagakerjaan terus bertambah. Pada 2021, dana kelolaan mencapai Rp 553,5 triliun.\n"
            "Dana kelolaan BPJS Ketenagakerjaan (triliun rupiah)\n"
            "2017: 317,2 | 2018: 364,3 | 2019: 431,4 | 2020: 486,4 | 2021: 553,5\n"
            "Bagikan: Twitter | Facebook | Salin tautan\n")
    assert sorted(_facts(page)) == [("funds", "managed_funds", year, value) for year, value in (
        (2017, 317_200_000_000_000), (2018, 364_300_000_000_000), (2019, 431_400_000_000_000),
        (2020, 486_400_000_000_000), (2021, 553_500_000_000_000))]


def test_a_count_that_now_numbers_is_the_present_years(facts_of):
    body = ("The agency paid Rp 49.1 trillion in claims in 2023. \"Active members now number 41.6 million,\" the director "
            "said.")
    assert ("participants", "active_participants", "all", None, 2024, 41_600_000) in facts_of(
        body, published_on=date(2024, 3, 4))


def test_a_place_set_apart_after_di_wilayah_makes_its_figures_regional(facts_of):
    body = ("Secara nasional, peserta BPU aktif per Mei 2024 sebanyak 9,7 juta orang. Di wilayah Sukamaju sendiri, "
            "peserta BPU aktif tercatat 41.200 orang.")
    assert facts_of(body, published_on=date(2024, 6, 3)) == [
        ("participants", "active_participants", "informal", None, 2024, 9_700_000)]


def test_a_short_question_under_an_outlets_tag_is_the_headline():
    page = ("HARIANEKONOMI.ID | Opini\n"
            "BPJS Ketenagakerjaan: aset tembus Rp 1.000 T pada 2027?\n"
            "Opini oleh Sri Lestari\n"
            "Hingga akhir 2024, aset BPJS Ketenagakerjaan sudah mencapai Rp 810 triliun.\n")
    article = clean_article("t", page)
    assert article.title == "BPJS Ketenagakerjaan: aset tembus Rp 1.000 T pada 2027?"
    assert _facts(page) == [("funds", "assets", 2024, 810_000_000_000_000)]


def test_an_undated_page_giving_this_years_actuals_is_of_the_year_whose_end_it_reports():
    page = ("BERITA KERJA - BPJS Ketenagakerjaan menutup tahun 2016 dengan aset Rp 266 triliun per 30 Desember 2016.\n"
            "Iuran yang terkumpul sepanjang tahun ini sebesar Rp 49,3 triliun.\n")
    assert ("funds", "contributions", 2016, 49_300_000_000_000) in _facts(page)


def test_an_amount_written_out_in_full_with_rupiah_after_it_is_money(facts_of):
    body = "Total aset per 31 Desember 2015 tercatat 206.050.000.000.000 rupiah."
    assert facts_of(body, published_on=date(2016, 1, 20)) == [("funds", "assets", "all", None, 2015, 206_050_000_000_000)]


def test_a_date_after_s_d_is_a_date_of_data_not_of_publication():
    page = ("Paparan Kinerja BPJS Ketenagakerjaan Semester I 2017\n"
            "Slide 1 of 4\n"
            "CAPAIAN KEPESERTAAN s.d. 30 Juni 2017\n"
            "- Tenaga kerja aktif: 24.123.456\n")
    assert clean_article("t", page).published_on is None
