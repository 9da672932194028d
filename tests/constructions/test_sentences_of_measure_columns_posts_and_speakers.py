"""Constructions of measure columns, posts and speakers: a table's label column named by a measure over columns of
years, the first items of a post's list over the items that open its body, a word describing the speaker before the
verb of saying, "protects" as cover, a count "about to receive" a subsidy, a change's rate in English ("percent")
spending the change verb, and a programme named in the bulk of a whole when its own amount follows."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _facts(page: str):
    return sorted((f.table, f.metric, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page)))


def test_a_label_column_named_by_a_measure_over_years_names_the_rows_measure():
    page = ("Ringkasan Laporan Tahunan 2019\n"
            "Ikhtisar Keuangan (Rp miliar)\n"
            "Iuran | 2018 | 2019\n"
            "JHT | 41.201 | 45.330\n"
            "JKK | 5.102 | 5.617\n")
    assert _facts(page) == [
        ("funds", "contributions", "JHT", 2018, 41_201_000_000_000),
        ("funds", "contributions", "JHT", 2019, 45_330_000_000_000),
        ("funds", "contributions", "JKK", 2018, 5_102_000_000_000),
        ("funds", "contributions", "JKK", 2019, 5_617_000_000_000)]


def test_a_label_column_named_by_no_measure_names_no_section():
    page = ("Ringkasan Laporan Tahunan 2019\n"
            "Pembayaran klaim per program (Rp miliar)\n"
            "Program | 2018 | 2019\n"
            "JHT | 20.102 | 26.650\n")
    assert _facts(page) == [("funds", "benefits_paid", "JHT", 2018, 20_102_000_000_000),
                            ("funds", "benefits_paid", "JHT", 2019, 26_650_000_000_000)]


def test_the_first_items_of_a_posts_list_belong_to_the_body_with_their_introduction():
    page = ("Rina Wulandari • 3rd\n"
            "Analis di sebuah bank\n"
            "3w • Edited •\n"
            "Bangga berbagi angka terbaru 🚀\n"
            "📊 BPJamsostek per Juni 2024:\n"
            "• 45.120.300 peserta aktif\n"
            "• Dana kelolaan Rp 751,2 T\n"
            "#BPJamsostek\n")
    assert _facts(page) == [("funds", "managed_funds", None, 2024, 751_200_000_000_000),
                            ("participants", "active_participants", None, 2024, 45_120_300)]


def test_a_word_describing_the_speaker_before_the_verb_of_saying_is_not_the_figures(facts_of):
    body = ("Pejabat BPJS Ketenagakerjaan yang menyerahkan penghargaan menyebut jumlah peserta aktif nasional per "
            "Agustus 2023 tercatat 39,6 juta.")
    assert facts_of(body, published_on=date(2023, 9, 12)) == [
        ("participants", "active_participants", "all", None, 2023, 39_600_000)]


def test_a_count_the_agency_protects_is_a_count_of_participants(facts_of):
    body = "BPJS Ketenagakerjaan says it now protects 398,000 Indonesian migrant workers abroad."
    assert facts_of(body, published_on=date(2022, 8, 1)) == [("participants", "participants", "migrant", None, 2022, 398_000)]


def test_workers_about_to_receive_a_subsidy_are_recipients(facts_of):
    body = ("Hingga Agustus 2020 peserta aktif tercatat 30,1 juta. Direksi menyebut sebanyak 15,2 juta pekerja akan "
            "menerima subsidi upah.")
    assert facts_of(body, published_on=date(2020, 8, 20)) == [
        ("participants", "active_participants", "all", None, 2020, 30_100_000)]


def test_a_rate_in_percent_spends_the_change_verb_before_a_level_of_its_own(facts_of):
    body = ("In 2016, membership among informal workers grew 35 percent, and about 1.6 million informal workers were "
            "active at year-end.")
    assert facts_of(body, published_on=date(2017, 1, 20)) == [
        ("participants", "active_participants", "informal", None, 2016, 1_600_000)]


def test_a_programme_in_the_bulk_of_a_whole_is_the_programme_of_the_amount_its_own_words_lead_to(facts_of):
    body = ("Benefits paid rose to Rp 41.2 trillion in 2021, mostly old-age savings (JHT) withdrawals worth Rp 37.5 "
            "trillion.")
    assert facts_of(body, published_on=date(2022, 2, 1)) == [
        ("funds", "benefits_paid", "all", None, 2021, 41_200_000_000_000),
        ("funds", "benefits_paid", "all", "JHT", 2021, 37_500_000_000_000)]
