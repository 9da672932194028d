"""Constructions of totals, months and gathered funds: a part "of the" registered total said after it to be active, a
table's rows of months under a heading naming their year, the rows of one column written as labelled lines, funds
"terhimpun" and a target of "pengelolaan dana"."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_a_part_of_the_registered_total_said_after_it_to_be_active_is_active(facts_of):
    body = ("Only 29.4 million of the 52.6 million workers registered with BPJS Ketenagakerjaan were still active members "
            "as of March 2022, the agency said.")
    assert facts_of(body, published_on=date(2022, 4, 7)) == [
        ("participants", "active_participants", "all", None, 2022, 29.4e6),
        ("participants", "registered_participants", "all", None, 2022, 52.6e6)]


def test_a_tables_rows_of_months_take_the_year_its_heading_names():
    page = ("PORTAL DATA JAMINAN SOSIAL\nBeranda > Kepesertaan > Tabel\nPeserta Aktif BPJS Ketenagakerjaan per Bulan, 2020\n"
            "Satuan: orang | Sumber: BPJS Ketenagakerjaan\nbulan,peserta_aktif\nJanuari,34.105.221\nJuni,30.882.710\n"
            "Desember,29.980.114\nCatatan: data per akhir bulan.\n")
    assert [(f.metric, f.year, f.as_of, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("active_participants", 2020, "2020-01", 34_105_221), ("active_participants", 2020, "2020-06", 30_882_710),
        ("active_participants", 2020, "2020-12", 29_980_114)]


def test_funds_gathered_are_the_managed_fund(facts_of):
    body = ("Untuk jaminan hari tua, dana yang terhimpun pada akhir 2016 mencapai Rp 190 triliun atau sekitar 80 persen "
            "dari total aset.")
    assert facts_of(body, published_on=date(2017, 1, 10)) == [("funds", "managed_funds", "all", "JHT", 2016, 190e12)]


def test_a_target_of_managing_funds_is_the_managed_funds(facts_of):
    body = ("Iuran 2023 mencapai Rp 101 triliun, dan untuk 2024 BPJS Ketenagakerjaan menargetkan pengelolaan dana "
            "Rp 800 triliun.")
    assert ("targets", "managed_funds", "all", None, 2024, 800e12) in facts_of(body, published_on=date(2024, 1, 15))
