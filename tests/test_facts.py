"""extract/facts.py: one fact per distinct figure; ranges; restatements."""
from datetime import date

from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.model import CleanedArticle


def facts_of(body: str):
    article = CleanedArticle("t", "Judul", "Kompas.com", date(2024, 7, 2), body)
    return [(f.table, f.metric, f.program, f.year, round(f.value), f.approximate) for f in extract_facts(article)]


def test_a_range_gives_both_its_ends_as_approximate_figures():
    got = facts_of("Kemudian diperkirakan di akhir tahun angka klaim akan Rp50–54 triliun.")
    assert got == [("targets", "benefits_paid", None, 2024, 50e12, True), ("targets", "benefits_paid", None, 2024, 54e12, True)]


def test_a_lead_total_restated_after_a_sentence_about_one_programme_stays_a_total():
    body = ("BPJS Ketenagakerjaan telah membayar klaim sebesar Rp 9,4 triliun hingga April 2019. Tingginya pencairan "
            "JHT menjadi salah satu tantangan. Sampai April 2019, BPJS Ketenagakerjaan sudah bayar klaim Rp 9,4 triliun.")
    assert facts_of(body) == [("funds", "benefits_paid", None, 2019, 9.4e12, False)]


def test_a_figure_named_with_its_programme_once_keeps_it():
    body = "Pada 2023 klaim JHT sebesar Rp37 triliun. Klaim Rp37 triliun itu naik dari tahun lalu."
    assert facts_of(body) == [("funds", "benefits_paid", "JHT", 2023, 37e12, False)]
