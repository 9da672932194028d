"""Constructions of posts, baselines and purposes: a post's sentence ended by its pictures, a level a target is set
after ("after the number stood at"), a baseline "at present", a region owning a figure ("Jakarta's"), a baseline dated
before the figure a heading dates, a data file's row falling below zero, one programme set apart from the whole told
around it, a programme named by its purpose with a word of time inside, and the old-age programme."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> list[tuple]:
    return [(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]


def test_a_posts_sentence_ended_by_its_pictures_is_body_text():
    page = ("Andi Wijaya • 1st\nAnalyst at a pension fund\n3mo • 🌐\n"
            "Happy to report that BP Jamsostek closed 2022 with Rp 610 trillion in managed funds 🚀\n"
            "Highlights from the annual report:\n✅ 35.9 million active participants\n#SocialSecurity #Indonesia\n")
    assert _page_facts(page) == [("funds", "managed_funds", "all", None, 2022, 610e12),
                                 ("participants", "active_participants", "all", None, 2022, 35.9e6)]


def test_the_level_a_target_is_set_after_is_an_achievement(facts_of):
    body = ("BPJS Ketenagakerjaan has set a target of 30 million active participants for 2019, after the number stood at "
            "27.2 million as of October, the director said.")
    assert facts_of(body, published_on=date(2018, 11, 20)) == [
        ("targets", "active_participants", "all", None, 2019, 30e6),
        ("participants", "active_participants", "all", None, 2018, 27.2e6)]


def test_a_forecasts_baseline_at_present_is_what_stands_now(facts_of):
    body = "The agency's investment funds are forecast to grow to Rp 400 trillion next year, from Rp 350 trillion at present."
    assert facts_of(body, published_on=date(2018, 12, 1)) == [
        ("targets", "managed_funds", "all", None, 2019, 400e12),
        ("funds", "managed_funds", "all", None, 2018, 350e12)]


def test_a_figure_the_capital_owns_is_a_regions(facts_of):
    body = ("The agency counts 30 million active participants as of June. It will rely on its agents to reach workers "
            "in the informal sector, and Jakarta's 3.5 million participants make the capital its largest market.")
    assert facts_of(body, published_on=date(2019, 7, 2)) == [
        ("participants", "active_participants", "all", None, 2019, 30e6)]


def test_a_baseline_under_a_heading_is_of_the_year_before_the_figure_it_is_compared_with():
    page = ("Warta Kerja | Ekonomi\n\nBPJS Ketenagakerjaan Paparkan Kinerja\n\n"
            "Jakarta - BPJS Ketenagakerjaan menggelar paparan kinerja di Jakarta, Kamis (16/1/2020).\n\n"
            "Kinerja 2019 dalam angka:\n"
            "• Dana kelolaan tumbuh 13 persen menjadi Rp 431 triliun dari tahun sebelumnya Rp 381 triliun\n"
            "• Hasil investasi Rp 29,2 triliun\n")
    assert _page_facts(page) == [("funds", "managed_funds", "all", None, 2019, 431e12),
                                 ("funds", "managed_funds", "all", None, 2018, 381e12),
                                 ("funds", "investment_returns", "all", None, 2019, 29.2e12)]


def test_a_data_files_rows_go_on_past_a_figure_below_zero():
    page = ("Portal Data Ketenagakerjaan\n\nPeserta Aktif Menurut Segmen, 2020-2021\n\nPratinjau data\n"
            "tahun,segmen,peserta_aktif,pertumbuhan_persen\n"
            "2020,Penerima Upah,19000000,-5.1\n2020,Total,29500000,-13.2\n"
            "2021,Penerima Upah,20100000,5.8\n2021,Total,30600000,3.7\n")
    assert [(f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("formal", 2020, 19_000_000), ("all", 2020, 29_500_000), ("formal", 2021, 20_100_000), ("all", 2021, 30_600_000)]


def test_a_programme_set_apart_from_the_whole_opens_no_passage_about_it(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat dana kelolaan hingga akhir 2023 sebesar Rp 700 triliun. Sebagian besar dana "
            "berasal dari program jaminan hari tua. \"Untuk jaminan hari tua, dana yang dikelola Rp 450 triliun. Program "
            "itu juga paling banyak diklaim,\" ujarnya. Sepanjang 2023, klaim yang dibayarkan mencapai Rp 50 triliun.")
    assert ("funds", "benefits_paid", "all", None, 2023, 50e12) in facts_of(body, published_on=date(2024, 2, 1))


def test_a_programme_named_by_its_purpose_holds_a_word_of_time(facts_of):
    body = ("Untuk program perlindungan ketika meninggal dunia, BPJS Ketenagakerjaan membayar Rp 600 miliar "
            "sepanjang 2020.")
    assert facts_of(body, published_on=date(2021, 1, 20)) == [("funds", "benefits_paid", "all", "JKM", 2020, 600e9)]


def test_the_old_age_programme_is_the_old_age_savings(facts_of):
    body = ("The agency managed funds of Rp 500 trillion at the end of 2020, of which Rp 380 trillion belongs to the "
            "old-age programme.")
    facts = facts_of(body, published_on=date(2021, 2, 3))
    assert ("funds", "managed_funds", "all", "JHT", 2020, 380e12) in facts
    assert ("funds", "managed_funds", "all", None, 2020, 500e12) in facts
