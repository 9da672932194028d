"""Fact extraction on Indonesian sentences (each written for the test, not taken from an article)."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.model import CleanedArticle


def facts_of(body: str, published_on=date(2024, 5, 12)):
    article = CleanedArticle("t", "Judul", "Kompas.com", published_on, body)
    return [(f.table, f.metric, f.segment, f.program, f.year, f.value) for f in extract_facts(article)]


def test_target_with_year_in_the_same_clause():
    assert facts_of("BPJS Ketenagakerjaan menargetkan jumlah kepesertaan aktif sebanyak 70 juta pada 2026.") == [
        ("targets", "active_participants", "all", None, 2026, 70e6)]


def test_verb_first_word_order_and_a_level_after_an_increment():
    assert facts_of("Di tahun 2025, BP Jamsostek menargetkan peserta aktif bertambah 5 juta atau menjadi 50 juta peserta aktif.") == [
        ("targets", "active_participants", "all", None, 2025, 50e6)]


def test_increments_are_not_facts():
    assert facts_of("BPJS Ketenagakerjaan mencatat tambahan 700.000 peserta baru sepanjang 2023.") == []


def test_part_of_a_total_makes_the_total_registered():
    got = facts_of("Saat ini total peserta aktif BPJS Ketenagakerjaan mencapai 30,1 juta jiwa dari 50,2 juta jiwa.")
    assert got == [("participants", "active_participants", "all", None, 2024, 30.1e6),
                   ("participants", "registered_participants", "all", None, 2024, 50.2e6)]


def test_total_then_active_share():
    got = facts_of("Jumlah peserta BP Jamsostek mencapai 55 juta orang, dari jumlah tersebut peserta aktifnya 37 juta.")
    assert ("participants", "registered_participants", "all", None, 2024, 55e6) in got
    assert ("participants", "active_participants", "all", None, 2024, 37e6) in got


def test_programme_lists():
    got = facts_of("Sepanjang 2023, pembayaran klaim JHT Rp 40 triliun, JKK Rp 2,5 triliun dan JKM Rp 1,2 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 40e12),
                   ("funds", "benefits_paid", "all", "JKK", 2023, 2.5e12),
                   ("funds", "benefits_paid", "all", "JKM", 2023, 1.2e12)]


def test_fund_phrase_after_the_verb():
    assert facts_of("Hingga Maret 2024, dana kelolaan BPJS Ketenagakerjaan tembus di angka Rp 750,5 triliun.") == [
        ("funds", "managed_funds", "all", None, 2024, 750.5e12)]


def test_relative_years_follow_the_publication_year():
    got = facts_of("Jumlah pekerja formal sekarang 22 juta dibanding 20 juta tahun lalu.", published_on=date(2023, 4, 6))
    assert got == [("participants", "participants", "formal", None, 2023, 22e6),
                   ("participants", "participants", "formal", None, 2022, 20e6)]


def test_a_target_takes_the_earlier_targets_year():
    body = ("BPJS Ketenagakerjaan menargetkan, pada tahun 2019, peserta aktif mencapai 30 juta. "
            "Sementara iuran ditargetkan mencapai Rp 80 triliun.")
    assert ("targets", "contributions", "all", None, 2019, 80e12) in facts_of(body)


def test_an_actual_takes_the_earlier_actuals_year():
    body = "Pada 2021, jumlah peserta aktif mencapai 30 juta. Sementara itu, pemberi kerja aktif 700.000."
    assert ("participants", "active_employers", "all", None, 2021, 700_000) in facts_of(body)


@pytest.mark.parametrize("body", [
    "BPJS Kesehatan mencatat peserta JKN mencapai 250 juta jiwa pada 2023.",
    "Kantor Cabang Medan mencatat 120.000 peserta aktif pada 2023.",
    "Total pekerja di Indonesia mencapai 130 juta orang.",
    "Pembayaran klaim Rp 40 triliun diberikan kepada 3,5 juta pekerja pada 2023.",
    "Jumlah peserta yang berpotensi menjadi peserta BPJS Ketenagakerjaan mencapai 90 juta jiwa.",
    "Iuran peserta bukan penerima upah Rp 16.800 per bulan.",
    "Sebanyak 31 persen atau 19 juta orang merupakan peserta non aktif.",
    "Menurut PP Nomor 14 Tahun 1993, sebanyak 10.000 agen direkrut pada 2018.",
])
def test_non_facts(body):
    assert [f for f in facts_of(body) if f[1] != "benefits_paid"] == []


def test_segments():
    got = facts_of("Peserta aktif dari PU mencapai 25 juta orang, peserta aktif Bukan Penerima Upah (BPU) 9 juta orang, "
                   "Jasa Konstruksi (Jakon) 4,6 juta orang dan Pekerja Migran Indonesia (PMI) 0,6 juta orang per April 2024.")
    assert {(f[2], f[5]) for f in got} == {("formal", 25e6), ("informal", 9e6), ("construction", 4.6e6), ("migrant", 0.6e6)}


def test_every_fact_points_at_its_sentence():
    body = "Pembukaan tanpa angka. Hingga Februari 2023, jumlah peserta aktif sebanyak 35,3 juta."
    (fact,) = extract_facts(CleanedArticle("t", None, None, date(2023, 4, 6), body))
    assert body[fact.sentence_start:fact.sentence_end] == fact.quote == "Hingga Februari 2023, jumlah peserta aktif sebanyak 35,3 juta."
    assert body[fact.value_start:fact.value_end] == "35,3 juta"
    assert fact.as_of == "2023-02"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400) | st.lists(st.sampled_from(
    ["peserta", "aktif", "Rp", "35,86", "juta", "triliun", "2023", "menargetkan", "tahun lalu", ".", ",", "dari", "BPJS", "\n", "JHT", "saat ini"]),
    max_size=60).map(" ".join))
def test_random_text_never_raises(body):
    for fact in extract_facts(CleanedArticle("t", None, None, None, body)):
        assert fact.value > 0 and fact.year


def test_the_last_word_of_a_relative_cue_decides():
    got = facts_of("Iuran yang terkumpul sepanjang tahun lalu sebesar Rp 88 triliun.", published_on=date(2024, 2, 20))
    assert got == [("funds", "contributions", "all", None, 2023, 88e12)]


def test_a_quarter_names_its_year():
    got = facts_of("Hingga kuartal III-2023, BPJS Ketenagakerjaan telah membayarkan JHT sebesar Rp 32 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 32e12)]


def test_a_list_after_a_total_takes_its_metric_and_own_segments():
    got = facts_of("Peserta aktif per Desember 2023 sebanyak 41,5 juta pekerja, terdiri dari 22,6 juta pekerja penerima upah (PU), "
                   "9,4 juta pekerja bukan penerima upah (BPU) dan 0,2 juta pekerja migran Indonesia.")
    assert {(f[1], f[2], f[5]) for f in got} == {
        ("active_participants", "all", 41.5e6), ("active_participants", "formal", 22.6e6),
        ("active_participants", "informal", 9.4e6), ("active_participants", "migrant", 0.2e6)}


def test_a_date_right_after_a_figure_is_its_own():
    got = facts_of("Aset BPJS Ketenagakerjaan tumbuh menjadi Rp 752 triliun pada akhir 2023 dari Rp 690 triliun pada 2022.")
    assert got == [("funds", "assets", "all", None, 2023, 752e12), ("funds", "assets", "all", None, 2022, 690e12)]


def test_claimants_are_not_participants_but_their_benefit_is_a_fact():
    got = facts_of("Sepanjang 2023, sebanyak 1,4 juta peserta menerima manfaat JHT senilai Rp 30 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 30e12)]


def test_a_branch_article_gives_no_national_count():
    body = ("BPJS Ketenagakerjaan Cabang Bandung Suci mencatat jumlah peserta aktif di wilayahnya mencapai 250 ribu orang. "
            "Peserta aktif itu naik dari 230 ribu pada 2022.")
    assert facts_of(body) == []


def test_a_count_of_claims_is_not_a_count_of_participants():
    body = ("Target kepesertaan aktif tahun ini mencapai 20 juta pekerja. "
            "Sementara itu, sebanyak 1,2 juta klaim JHT telah dibayarkan hingga Maret 2015. "
            "Dana JHT peserta yang tercatat per Maret 2015 sebesar Rp 168 triliun.")
    got = facts_of(body, published_on=date(2015, 4, 7))
    assert got == [("targets", "active_participants", "all", None, 2015, 20e6),
                   ("funds", "managed_funds", "all", "JHT", 2015, 168e12)]


def test_words_with_an_enclitic():
    body = ("BPJS Ketenagakerjaan menargetkan hasil investasi 2023 sebesar Rp 55 triliun, "
            "sedangkan realisasinya mencapai Rp 51,6 triliun.")
    assert facts_of(body) == [("targets", "investment_returns", "all", None, 2023, 55e12),
                              ("funds", "investment_returns", "all", None, 2023, 51.6e12)]


def test_a_roadmap_names_a_target():
    body = "Peta jalan BPJS Ketenagakerjaan menetapkan 70 juta peserta aktif pada 2026."
    assert facts_of(body) == [("targets", "active_participants", "all", None, 2026, 70e6)]


# --- regional articles, comparisons, lists of programmes ---------------------------------

def facts_of_titled(title: str, body: str, published_on=date(2024, 5, 12)):
    article = CleanedArticle("t", title, None, published_on, body)
    return [(f.table, f.metric, f.segment, f.program, f.year, f.value) for f in extract_facts(article)]


@pytest.mark.parametrize("title, body", [
    ("BP Jamsostek Sulsel Salurkan Klaim Rp 410 Miliar",
     "Sepanjang 2023 klaim yang dibayarkan mencapai Rp 410 miliar. Pembayaran klaim JHT sebesar Rp 350 miliar."),
    ("Klaim Naik Tajam",
     "Kepala BPJS Ketenagakerjaan Tegal, Budi, menyebut klaim naik. Di tahun 2023 klaim yang dibayarkan "
     "mencapai Rp 120 miliar. Program JHT menyumbang Rp 95 miliar."),
    ("Santunan Dibayarkan",
     "BPJS Ketenagakerjaan Cabang Kendari membayar klaim Rp 40 miliar pada 2023. Pada periode yang sama tahun "
     "2022, realisasi klaim mencapai Rp 35 miliar."),
])
def test_an_article_about_a_branch_or_region_states_no_national_figures(title, body):
    assert facts_of_titled(title, body) == []


def test_a_regional_article_keeps_what_it_says_is_national():
    got = facts_of_titled("BPJS Ketenagakerjaan Jatim Gelar Sosialisasi",
                          "Kantor Wilayah Jawa Timur mencatat 3 juta peserta aktif. Secara nasional, jumlah "
                          "peserta aktif mencapai 41 juta pada 2023.")
    assert got == [("participants", "active_participants", "all", None, 2023, 41e6)]


def test_a_branch_head_quoted_in_a_national_article_changes_nothing():
    got = facts_of_titled("Dana Kelolaan BPJS Ketenagakerjaan Naik",
                          "BPJS Ketenagakerjaan mencatat dana kelolaan Rp 700 triliun pada 2023. Angka itu naik "
                          "dari tahun sebelumnya. Kepala BPJS Ketenagakerjaan Medan menyambut baik capaian itu.")
    assert got == [("funds", "managed_funds", "all", None, 2023, 700e12)]


def test_a_later_year_across_a_comma_is_not_the_figure_s():
    got = facts_of("Di tahun 2022 klaim yang dibayarkan mencapai Rp 9 triliun, jumlah itu meningkat di tahun 2023.")
    assert got == [("funds", "benefits_paid", "all", None, 2022, 9e12)]


def test_a_comparison_s_year_does_not_date_the_figure():
    got = facts_of("Hingga Februari, peserta aktif mencapai 36 juta atau naik 10 persen dibandingkan periode "
                   "yang sama tahun sebelumnya.", published_on=date(2023, 4, 5))
    assert got == [("participants", "active_participants", "all", None, 2023, 36e6)]


def test_a_month_without_a_year_pins_as_of_in_the_publication_year():
    article = CleanedArticle("t", "Judul", None, date(2023, 4, 5),
                             "Hingga Februari, peserta aktif BPJS Ketenagakerjaan mencapai 36 juta.")
    (fact,) = extract_facts(article)
    assert (fact.year, fact.as_of) == (2023, "2023-02")


def test_a_population_s_year_is_not_passed_on():
    got = facts_of("Menurut BPS, pada 2022 penduduk yang bekerja ada 135 juta orang. Peserta aktif BPJS "
                   "Ketenagakerjaan kini mencapai 36 juta.", published_on=date(2023, 4, 5))
    assert got == [("participants", "active_participants", "all", None, 2023, 36e6)]


def test_the_previous_year_of_a_baseline_counts_from_the_figure_it_is_compared_with():
    got = facts_of("Dana investasi tercatat Rp 700 triliun pada 2023. Angka tersebut naik 12 persen dibandingkan "
                   "dengan tahun sebelumnya, yakni Rp 625 triliun.", published_on=date(2024, 7, 8))
    assert got == [("funds", "managed_funds", "all", None, 2023, 700e12),
                   ("funds", "managed_funds", "all", None, 2022, 625e12)]


def test_a_figure_for_a_list_of_programmes_is_for_no_one_programme():
    got = facts_of("Dana jaminan sosial yang meliputi JHT, JKK, JKM dan JP per akhir 2016 sebesar Rp 240 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2016, 240e12)]


def test_respectively_hands_out_the_listed_programmes_in_order():
    got = facts_of("Program JKK dan JKM memberikan hasil investasi masing-masing Rp 3,9 triliun dan Rp 1,2 triliun pada 2023.")
    assert got == [("funds", "investment_returns", "all", "JKK", 2023, 3.9e12),
                   ("funds", "investment_returns", "all", "JKM", 2023, 1.2e12)]


def test_a_breakdown_after_a_total_does_not_give_the_total_its_segment():
    got = facts_of("Peserta aktif program JHT mencapai 18 juta yang terdiri dari 17 juta peserta PU dan 1 juta peserta BPU pada 2023.")
    assert ("participants", "active_participants", "all", "JHT", 2023, 18e6) in got


def test_registered_companies_are_employers():
    got = facts_of("Total perusahaan yang sudah terdaftar di BPJS Ketenagakerjaan sebanyak 600 ribu pada 2019.")
    assert got == [("participants", "employers", "all", None, 2019, 600e3)]


def test_the_start_of_a_change_dates_its_baseline_not_the_new_level():
    got = facts_of("Direksi dilantik sejak 22 Februari 2021. Sejak itu kepesertaan BPJS Ketenagakerjaan meningkat "
                   "dari 28 juta peserta menjadi 35 juta peserta.", published_on=date(2022, 10, 7))
    assert got == [("participants", "participants", "all", None, 2021, 28e6),
                   ("participants", "participants", "all", None, 2022, 35e6)]


def test_an_increment_word_governs_the_rate_after_it_not_a_later_figure():
    got = facts_of("Klaim JHT pada 2024 mencapai 850 ribu klaim atau naik 26 persen, dengan total pembayaran Rp 13 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2024, 13e12)]


def test_the_sentence_s_programme_reaches_a_sum_after_a_count_of_claims():
    got = facts_of("Hingga Agustus 2024, klaim JHT yang telah dibayarkan sebanyak 2 juta klaim dengan total manfaat Rp 31 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2024, 31e12)]


@pytest.mark.parametrize("sentence", [
    "Peserta JHT yang mengajukan pencairan pada semester I 2019 mencapai 1.048.966 orang.",
    "Untuk program pelatihan, BPJS Ketenagakerjaan akan menggelontorkan dana Rp 294 miliar pada 2019.",
])
def test_claimants_and_project_spending_are_not_facts(sentence):
    assert facts_of(sentence) == []


def test_non_formal_workers_are_informal():
    got = facts_of("Pada 2019 BPJS Ketenagakerjaan menargetkan 2,2 juta pekerja non formal menjadi peserta.")
    assert got == [("targets", "participants", "informal", None, 2019, 2.2e6)]


def test_another_country_s_fund_is_not_a_fact():
    got = facts_of("Dana kelolaan BPJS Ketenagakerjaan Rp 203 triliun pada 2015 masih kecil. Di Malaysia, kata dia, "
                   "lembaga jaminan sosialnya mengelola dana senilai Rp 2.500 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2015, 203e12)]


@pytest.mark.parametrize("sentence", [
    "Dari pekerja konstruksi, BPJS Ketenagakerjaan mengincar 8 juta peserta baru pada 2016.",
    "Peserta baru dari kalangan penerima upah ditargetkan mencapai 7,5 juta orang pada 2016.",
])
def test_newcomers_are_increments(sentence):
    assert facts_of(sentence) == []


def test_assets_are_assets_and_managing_funds_is_managed_funds():
    got = facts_of("BPJS Ketenagakerjaan menargetkan dapat mengelola aset pekerja senilai Rp 500 triliun pada 2019.")
    assert got == [("targets", "assets", "all", None, 2019, 500e12)]
    got = facts_of("Saat ini BPJS Ketenagakerjaan mengelola dana sebesar Rp 650 triliun.", published_on=date(2023, 3, 1))
    assert got == [("funds", "managed_funds", "all", None, 2023, 650e12)]


# --- constructions: each with sentences written for it ------------------------------------

@pytest.mark.parametrize("body, expected", [
    # a change names two levels; the level after "menjadi" keeps its own clause's period
    ("Aset BPJS Ketenagakerjaan naik dari Rp 500 triliun pada 2021 menjadi Rp 560 triliun.",
     [("funds", "assets", "all", None, 2021, 500e12), ("funds", "assets", "all", None, 2024, 560e12)]),
    # "Y dari tahun sebelumnya X": the baseline is the year before the level
    ("Pada 2023 iuran tumbuh 10 persen menjadi Rp 61 triliun dari tahun sebelumnya Rp 55 triliun.",
     [("funds", "contributions", "all", None, 2023, 61e12), ("funds", "contributions", "all", None, 2022, 55e12)]),
    # a comparison's own words date its figure, and the figures coordinated with it
    ("Jumlah peserta aktif 2023 mencapai 40 juta, dibandingkan tahun 2021 yang sebesar 30 juta dengan 20 juta "
     "peserta PU.",
     [("participants", "active_participants", "all", None, 2023, 40e6),
      ("participants", "active_participants", "all", None, 2021, 30e6),
      ("participants", "active_participants", "formal", None, 2021, 20e6)]),
    # a revised target gives two targets for the same year
    ("Target iuran 2024 dinaikkan dari Rp 31 triliun menjadi Rp 34 triliun.",
     [("targets", "contributions", "all", None, 2024, 34e12), ("targets", "contributions", "all", None, 2024, 31e12)]),
])
def test_changes_name_two_levels(body, expected):
    assert sorted(facts_of(body)) == sorted(expected)


def test_a_baseline_is_the_same_quantity_as_the_figure_it_is_compared_with():
    body = ("Peserta aktif mencapai 31 juta hingga akhir 2021. Rinciannya, sebanyak 21 juta peserta merupakan "
            "penerima upah (PU). Angka ini naik dibandingkan PU tahun sebelumnya yang berjumlah 20 juta peserta.")
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2021, 31e6),
                              ("participants", "active_participants", "formal", None, 2021, 21e6),
                              ("participants", "active_participants", "formal", None, 2020, 20e6)]


def test_achievement_against_a_target():
    assert facts_of("Iuran sudah mencapai Rp 21 triliun dari target Rp 23 triliun.") == [
        ("funds", "contributions", "all", None, 2024, 21e12), ("targets", "contributions", "all", None, 2024, 23e12)]
    assert facts_of("Pada 2023 BPJS Ketenagakerjaan telah melampaui target, yaitu sebanyak 450.000 pemberi kerja aktif.") == [
        ("participants", "active_employers", "all", None, 2023, 450_000)]
    assert facts_of("Peserta sudah 15 juta atau melampaui target akhir tahun yang sebanyak 14 juta orang.") == [
        ("participants", "participants", "all", None, 2024, 15e6), ("targets", "participants", "all", None, 2024, 14e6)]


@pytest.mark.parametrize("body, metric, segment", [
    ("Peserta PU yang aktif tercatat 19 juta orang.", "active_participants", "formal"),
    ("Jumlah peserta BPU aktif 2,3 juta.", "active_participants", "informal"),
    ("Terdapat 29 juta jumlah peserta yang aktif.", "active_participants", "all"),
    ("Total peserta aktif dan non aktif mencapai 60 juta.", "registered_participants", "all"),
    ("Ada 44 juta pekerja yang terdata menjadi peserta BPJS Ketenagakerjaan.", "registered_participants", "all"),
    ("Sebanyak 80.000 pekerja migran yang sudah terdaftar di BPJS Ketenagakerjaan.", "registered_participants", "migrant"),
])
def test_qualifiers_after_the_noun_count(body, metric, segment):
    (fact,) = facts_of(body)
    assert (fact[1], fact[2]) == (metric, segment)


def test_a_company_head_noun_makes_an_employer_metric():
    got = facts_of("Jumlah perusahaan yang tercatat sebagai peserta aktif sudah mencapai 450.000.")
    assert [(f[1], f[5]) for f in got] == [("active_employers", 450_000)]


def test_a_part_named_after_the_figure_is_the_active_count_of_a_registered_total():
    got = facts_of("Saat ini terdapat 44 juta pekerja yang terdata menjadi peserta dan 25 juta di antaranya peserta aktif.")
    assert got == [("participants", "registered_participants", "all", None, 2024, 44e6),
                   ("participants", "active_participants", "all", None, 2024, 25e6)]


def test_a_breakdown_goes_on_across_sentences_while_its_parts_are_smaller():
    body = ("BPJS Ketenagakerjaan memiliki 30 juta peserta aktif pada 2021. Rinciannya, sebanyak 20 juta peserta "
            "merupakan pekerja penerima upah. Kemudian, sebanyak 6 juta peserta merupakan pekerja jasa konstruksi. "
            "Sementara itu, sebanyak 4 juta peserta merupakan pekerja bukan penerima upah.")
    assert {(f[1], f[2], f[4]) for f in facts_of(body)} == {
        ("active_participants", "all", 2021), ("active_participants", "formal", 2021),
        ("active_participants", "construction", 2021), ("active_participants", "informal", 2021)}


def test_an_answer_reads_its_question():
    body = "Jumlah kepesertaan mandiri saat ini? Ada 6 juta. Target tahun ini? Sekitar 11 jutaan, yang mandiri ya."
    assert facts_of(body, published_on=date(2023, 7, 31)) == [
        ("participants", "participants", "informal", None, 2023, 6e6), ("targets", "participants", "informal", None, 2023, 11e6)]


@pytest.mark.parametrize("sentence", [
    "BPJS Ketenagakerjaan menginvestasikan dana kelolaan sebesar Rp 73 triliun di infrastruktur.",
    "Dari dana tersebut, Rp 259 triliun ditempatkan di surat berharga negara.",
    "Jumlah penerima manfaat bertambah menjadi 15.725.232 orang, dari yang semula ditargetkan 13.870.496 orang.",
    "BPJS Ketenagakerjaan menargetkan 21 juta peserta jaminan sosial baru untuk 2019.",
    "Manfaat disalurkan kepada 4,2 juta peserta maupun ahli waris.",
])
def test_allocations_recipients_and_newcomers_are_not_facts(sentence):
    assert [f for f in facts_of(sentence) if f[0] != "funds" or "Rp 73" in sentence or "Rp 259" in sentence] == []


def test_money_invested_that_yields_a_return_is_a_return():
    got = facts_of("Dana tersebut diinvestasikan dan menghasilkan Rp 19 triliun pada 2017.")
    assert got == [("funds", "investment_returns", "all", None, 2017, 19e12)]


def test_a_year_after_publication_makes_a_target():
    got = facts_of("Mereka berencana meningkatkan dana kelolaan menjadi Rp 1.000 triliun pada tahun 2026.",
                   published_on=date(2025, 10, 23))
    assert got == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_a_segment_the_passage_names_reaches_a_small_figure():
    body = ("Total peserta PMI mencapai 592.392 peserta pada Juni 2024. Tren kepesertaan PMI naik. "
            "Pada 2021 terdapat 235 ribu peserta.")
    assert ("participants", "participants", "migrant", None, 2021, 235e3) in facts_of(body)


def test_a_speaker_s_branch_title_does_not_make_the_article_regional():
    got = facts_of_titled("Peserta Aktif Capai 41 Juta",
                          "Jumlah peserta aktif mencapai 41 juta pada 2023, kata Kepala Kantor Cabang Medan, Budi.")
    assert got == [("participants", "active_participants", "all", None, 2023, 41e6)]


def test_a_level_restated_after_an_appositive_is_not_the_change():
    got = facts_of("Jumlah peserta aktif hingga akhir 2024 mengalami peningkatan baik dari sisi kualitas maupun "
                   "kuantitas, yakni mencapai 45,2 juta pekerja.")
    assert got == [("participants", "active_participants", "all", None, 2024, 45.2e6)]


def test_outflows_and_increments_without_a_change_verb_are_not_facts():
    assert facts_of("Jumlah peserta yang keluar dari keanggotaan mencapai 6,8 juta orang sepanjang semester I 2016.") == []
    assert facts_of("Pada semester I ini sudah ada pertambahan 7,2 juta orang.") == []


def test_the_amount_of_counted_cases_is_the_benefit_paid():
    got = facts_of("Pada 2022, Jaminan Kecelakaan Kerja (JKK) sebanyak 297.725 kasus dengan nominal Rp 2,40 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JKK", 2022, 2.4e12)]


def test_the_programme_of_the_sentence_before_reaches_a_sum_of_the_same_kind():
    body = ("BPJS Ketenagakerjaan melaporkan lonjakan pengajuan klaim Jaminan Hari Tua (JHT) hingga Mei 2025. "
            "Data menunjukkan total klaim mencapai 1,39 juta dengan nilai manfaat yang dibayarkan Rp 21,24 triliun.")
    assert facts_of(body, published_on=date(2025, 6, 18)) == [("funds", "benefits_paid", "all", "JHT", 2025, 21.24e12)]
    body = ("Besaran klaim tersebut terbagi dalam klaim JHT dan klaim PHK. "
            "Sementara itu, premi yang telah terkumpul sebesar Rp 27 triliun.")
    assert facts_of(body, published_on=date(2015, 11, 6)) == [("funds", "contributions", "all", None, 2015, 27e12)]


def test_a_period_ends_with_its_later_year():
    got = facts_of("BPJS Ketenagakerjaan membayarkan klaim sebesar Rp 68,9 miliar di sepanjang tahun 2024 hingga "
                   "Oktober 2025.", published_on=date(2025, 12, 11))
    assert got == [("funds", "benefits_paid", "all", None, 2025, 68.9e9)]


def test_an_item_with_a_noun_of_its_own_does_not_take_the_programme_before_it():
    got = facts_of("Dana kelolaan terdiri dari JKP Rp 14,92 triliun dan dana lainnya Rp 13,66 triliun.")
    assert ("funds", "managed_funds", "all", "JKP", 2024, 14.92e12) in got
    assert ("funds", "managed_funds", "all", None, 2024, 13.66e12) in got


@pytest.mark.parametrize("sentence", [
    "Dana kelolaan JKP Rp 14,92 triliun dan dana badan Rp 13,66 triliun.",
    "Dana investasi BPJS sebanyak Rp13,32 triliun atau mencapai 1,87%.",
])
def test_the_agency_s_own_fund_is_not_a_fund_figure(sentence):
    assert all(f[5] != 13.66e12 and f[5] != 13.32e12 for f in facts_of(sentence))


def test_a_budget_revised_by_menjadi_gives_two_targets():
    got = facts_of("Dana investasi 2017 yang sebelumnya dianggarkan sebesar Rp297 triliun menjadi Rp315 triliun.")
    assert sorted(got) == [("targets", "managed_funds", "all", None, 2017, 297e12),
                           ("targets", "managed_funds", "all", None, 2017, 315e12)]


def test_a_forecast_is_a_target():
    got = facts_of("Hingga Agustus 2021, imbal hasil investasi mencapai Rp 22,35 triliun atau setara 67,23% dari "
                   "prognosa sampai akhir 2021 senilai Rp 33,24 triliun.", published_on=date(2021, 9, 15))
    assert [f[:5] + (round(f[5] / 1e9),) for f in got] == [("funds", "investment_returns", "all", None, 2021, 22350),
                                                            ("targets", "investment_returns", "all", None, 2021, 33240)]


def test_a_figure_after_a_workforce_frame_and_the_list_after_it_are_not_facts():
    body = "Dari jumlah angkatan kerja itu, sebanyak 7,4 juta menganggur, 41 juta pekerja formal dan 69,8 juta pekerja informal."
    assert facts_of(body) == []


def test_a_part_without_a_metric_word_reads_as_the_part_before_it():
    got = facts_of("Pada Februari 2025 jumlah peserta mencapai 41 juta. Jumlah ini sendiri terdiri atas 26 juta peserta "
                   "aktif penerima upah (PU), 9,5 juta peserta aktif bukan penerima upah (BPU), dan 5,5 juta peserta jasa konstruksi.")
    assert {(f[1], f[2]) for f in got if f[5] < 40e6} == {
        ("active_participants", "formal"), ("active_participants", "informal"), ("active_participants", "construction")}


def test_a_province_s_figure_is_regional_even_if_the_sentence_later_says_national():
    body = ("Per Februari 2025, Jakarta menjadi provinsi dengan jumlah peserta aktif terbanyak, jumlahnya mencapai "
            "8,02 juta peserta, setara dengan 19,38% dari total peserta aktif nasional.")
    assert facts_of(body) == []


def test_the_second_of_two_coordinated_subjects_is_not_the_first_s_programme():
    got = facts_of("Pada 2023, program JKP dan BPJS memberikan hasil investasi sebanyak Rp629 miliar dan Rp907,6 miliar.")
    assert got == [("funds", "investment_returns", "all", "JKP", 2023, 629e9),
                   ("funds", "investment_returns", "all", None, 2023, 907.6e9)]


def test_the_subject_s_year_dates_the_new_level_not_only_the_baseline():
    got = facts_of("Aset BPJS Ketenagakerjaan tahun 2022 naik dari Rp 500 triliun menjadi Rp 560 triliun.")
    assert sorted(got) == [("funds", "assets", "all", None, 2021, 500e12), ("funds", "assets", "all", None, 2022, 560e12)]


def test_a_figure_restated_without_its_programme_is_the_same_fact():
    body = ("Pada 2021, BPJamsostek telah membayarkan klaim jaminan hari tua (JHT) sebesar Rp37 triliun. "
            '"Klaim Rp37 triliun masih bisa ditutup dari iuran," kata Anggoro.')
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JHT", 2021, 37e12)]


def test_a_figure_without_its_own_words_does_not_set_the_running_year():
    body = ("Pembayaran klaim JHT per September 2022 mencapai Rp26 triliun. "
            '"Tahun lalu sampai bulan ini di angka 1,9 juta," ujarnya. Adapun realisasi klaim JKP mencapai Rp18 miliar.')
    assert ("funds", "benefits_paid", "all", "JKP", 2022, 18e9) in facts_of(body, published_on=date(2022, 10, 20))


def test_the_segment_nearest_the_figure_is_its_own():
    body = ("Asisten Deputi Bidang Perluasan peserta BPU dan Jasa Konstruksi mengungkapkan pada tahun ini target "
            "peserta kelompok BPU yang aktif sebanyak 2,5 juta.")
    assert facts_of(body, published_on=date(2018, 4, 16)) == [("targets", "active_participants", "informal", None, 2018, 2.5e6)]
    assert facts_of("Hingga September 2022, total peserta aktif 35,6 juta orang. Adapun dari jumlah tersebut, 4,6 juta "
                    "orang di antaranya adalah pekerja BPU.")[1] == ("participants", "active_participants", "informal", None, 2022, 4.6e6)


def test_a_later_year_makes_a_target_only_against_a_known_publication_date():
    body = "Dana investasi yang dikelola mencapai Rp627 triliun pada 2022, dibandingkan 2021 yang sebesar Rp554 triliun."
    assert ("funds", "managed_funds", "all", None, 2022, 627e12) in facts_of(body, published_on=None)
    assert facts_of("BPJS Ketenagakerjaan mencanangkan dapat mengelola dana investasi Rp 1.000 triliun pada 2026.",
                    published_on=None) == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_a_back_reference_to_a_programme_s_claims_keeps_the_programme():
    body = ("Jumlah pengajuan klaim JHT hingga Juni 2020 mencapai 1,15 juta kasus. "
            "Nominalnya mencapai Rp14,35 triliun atau meningkat 16 persen (yoy).")
    assert facts_of(body, published_on=date(2020, 7, 20)) == [("funds", "benefits_paid", "all", "JHT", 2020, 14.35e12)]
    body = "Program JHT paling banyak diminati. Dari lima program tersebut, ada Rp 540 triliun dana kelolaan milik pekerja."
    assert facts_of(body, published_on=date(2022, 2, 14)) == [("funds", "managed_funds", "all", None, 2022, 540e12)]


def test_companies_that_joined_are_employers():
    got = facts_of("Dia menyebutkan sampai saat ini ada 218 ribu perusahaan yang telah bergabung di BPJS, dan jumlah itu "
                   "sudah termasuk perusahaan kecil.", published_on=date(2014, 10, 14))
    assert got == [("participants", "employers", "all", None, 2014, 218e3)]


def test_money_from_one_instrument_and_migrants_in_one_country_are_not_facts():
    body = ("Dana investasi naik menjadi Rp143,636 triliun pada Juni 2013 dengan kontribusi terbesar dari obligasi "
            "sebesar Rp63,302 triliun.")
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2013, 143.636e12)]
    body = "Jumlah PMI terbanyak ada di Taiwan dengan porsi 36,55% yaitu sejumlah 216.738 peserta."
    assert facts_of(body) == []


def test_a_year_in_the_baseline_s_clause_is_the_baseline_s():
    body = ("Pembayaran JKK naik 2,14 persen menjadi Rp412,89 miliar dari Rp404,239 miliar pada periode yang sama "
            "tahun 2012.")
    assert sorted(facts_of(body, published_on=date(2013, 10, 25))) == [
        ("funds", "benefits_paid", "all", "JKK", 2012, 404.239e9), ("funds", "benefits_paid", "all", "JKK", 2013, 412.89e9)]


def test_rising_up_to_a_figure_names_the_new_level():
    got = facts_of("Saat itu, BPJS Ketenagakerjaan menargetkan jumlah peserta meningkat hingga 70 juta orang pada 2026.",
                   published_on=date(2025, 10, 23))
    assert got == [("targets", "participants", "all", None, 2026, 70e6)]


def test_segments_listed_across_a_comma_are_all_and_a_segment_after_the_figure_is_its_own():
    assert facts_of("Sekarang formal, informal ini sudah 36,7 juta peserta.", published_on=date(2023, 7, 31)) == [
        ("participants", "participants", "all", None, 2023, 36.7e6)]
    got = facts_of("Pada 2016 ditargetkan 1,3 juta peserta di sektor bukan penerima upah, dan 8 juta di sektor konstruksi.")
    assert ("targets", "participants", "construction", None, 2016, 8e6) in got


def test_a_total_broken_into_an_active_part_is_the_registered_total():
    got = facts_of("Pada 2023 total kepesertaan mencapai 50 juta, terdiri dari 30 juta peserta aktif dan 20 juta peserta non aktif.")
    assert sorted(got) == [("participants", "active_participants", "all", None, 2023, 30e6),
                           ("participants", "registered_participants", "all", None, 2023, 50e6)]


def test_a_branch_named_as_the_venue_of_the_lead_does_not_make_the_article_regional():
    got = facts_of_titled("Layanan Baru Diresmikan",
                          "Direktur Utama BPJS Ketenagakerjaan meresmikan layanan di Kantor Cabang Bekasi. "
                          "Secara keseluruhan, jumlah peserta aktif mencapai 41 juta pada 2023.")
    assert got == [("participants", "active_participants", "all", None, 2023, 41e6)]
    got = facts_of_titled("Layanan Baru Diresmikan",
                          "Direktur Utama BPJS Ketenagakerjaan meresmikan layanan di Kantor Cabang Bekasi. "
                          "Hingga kini, jumlah peserta aktif mencapai 41 juta pada 2023.")
    assert got == [("participants", "active_participants", "all", None, 2023, 41e6)]


def test_being_active_in_a_campaign_does_not_make_the_count_active():
    got = facts_of("Kami terus aktif mengedukasi pekerja, sehingga jumlah peserta mencapai 35 juta.", published_on=date(2023, 1, 9))
    assert got == [("participants", "participants", "all", None, 2023, 35e6)]


def test_a_full_stop_after_an_abbreviated_scale_ends_the_sentence():
    from bpjs_pipeline.parsing.sentences import split_sentences
    text = "Klaim sebesar Rp 11,1 T. Besaran klaim itu dari JHT, kata Elvyn G. Masassya."
    assert [s.text for s in split_sentences(text)] == ["Klaim sebesar Rp 11,1 T.",
                                                      "Besaran klaim itu dari JHT, kata Elvyn G. Masassya."]


def test_a_numbered_caption_opening_a_line_is_one_sentence():
    from bpjs_pipeline.parsing.sentences import split_sentences
    texts = [s.text for s in split_sentences("Tabel 2. Peserta Nonaktif (orang)\nTable 5.3. Key figures\nIa bicara. Lalu pergi.")]
    assert texts == ["Tabel 2. Peserta Nonaktif (orang)", "Table 5.3. Key figures", "Ia bicara.", "Lalu pergi."]
