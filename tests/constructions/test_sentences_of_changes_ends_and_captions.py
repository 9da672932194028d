"""Constructions of changes' ends and captions: the level a change reaches named only by a noun for workers, another
body's measure in the sentence before, a clause of reason after the figure, money that had been placed, workers to be
registered by a year, an English number spelled with a decimal point, and a caption in brackets."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_the_level_a_change_reaches_counts_what_its_subject_names(facts_of):
    body = ("Untuk tahun ini, lembaga tersebut menargetkan peserta aktif bertambah 2,1 juta orang sehingga menjadi 14,5 "
            "juta pekerja.")
    assert facts_of(body, published_on=date(2014, 2, 10)) == [("targets", "active_participants", "all", None, 2014, 14.5e6)]


def test_another_bodys_measure_in_the_sentence_before_is_not_the_amounts(facts_of):
    body = ("Direktur Utama mengatakan lembaganya kini mengelola dana Rp 790,3 triliun. Dana itu setara kira-kira empat "
            "puluh persen dari total aset industri dana pensiun dan asuransi nasional. \"Komposisi terbesar tetap program "
            "jaminan hari tua, sekitar Rp 470 triliun,\" katanya.")
    assert facts_of(body, published_on=date(2024, 12, 30)) == [
        ("funds", "managed_funds", "all", None, 2024, 790.3e12), ("funds", "managed_funds", "all", "JHT", 2024, 470e12)]


def test_a_group_in_a_clause_of_reason_after_the_figure_is_not_its(facts_of):
    body = ("Jakarta (ANTARA) - BPJS Ketenagakerjaan is targeting 40 million active participants in 2024 as it steps up "
            "outreach to informal workers, an official said.")
    assert facts_of(body, published_on=date(2024, 1, 17)) == [("targets", "active_participants", "all", None, 2024, 40e6)]


def test_money_that_had_been_placed_in_bonds_is_an_allocation(facts_of):
    body = ("The agency's managed funds reached Rp 431 trillion at the end of 2019. He said around Rp250 trillion had been "
            "placed in government bonds.")
    assert facts_of(body, published_on=date(2020, 1, 15)) == [("funds", "managed_funds", "all", None, 2019, 431e12)]


def test_workers_to_be_registered_by_a_year_are_a_registered_target(facts_of):
    body = "The agency aims to have one million migrant workers registered by 2019."
    assert facts_of(body, published_on=date(2017, 5, 2)) == [
        ("targets", "registered_participants", "migrant", None, 2019, 1e6)]


def test_an_english_number_spelled_with_a_decimal_point(facts_of):
    body = "Currently the agency has seventeen point three million participants, its president director said."
    assert facts_of(body, published_on=date(2015, 3, 4)) == [("participants", "participants", "all", None, 2015, 17.3e6)]


def test_a_caption_in_brackets_is_no_body():
    page = ("Jakarta Globe\nBPJS Ketenagakerjaan Assets Reach Rp 553 Trillion\nJanuary 20, 2022\n"
            "The agency's total assets reached Rp 553.5 trillion at the end of 2021, its president director said on "
            "Thursday.\n[Caption: Workers rally in front of the Manpower Ministry. Labour unions say Rp 400 trillion "
            "belongs to workers.]\n")
    assert [(f.table, f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("funds", "assets", 2021, 553_500_000_000_000)]
