"""constructions/segment.py: a count too small to be national takes the one segment its
passage names, else the one its headline names."""
from datetime import date

from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.model import CleanedArticle

BODY = "Tercatat pada 2019 jumlah peserta aktif mencapai 539.239 orang, kemudian turun menjadi 389.760 orang pada 2020."


def _facts(title: str):
    article = CleanedArticle("t", title, "Kompas.com", date(2021, 3, 1), BODY)
    return [(f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(article)]


def test_a_small_count_takes_the_segment_its_headline_names():
    assert _facts("Jumlah Pekerja Migran yang Jadi Peserta Aktif BPJS Ketenagakerjaan Berkurang") == [
        ("active_participants", "migrant", 2019, 539239), ("active_participants", "migrant", 2020, 389760)]


def test_a_small_count_under_a_headline_of_no_segment_is_no_national_count():
    assert _facts("Jumlah Peserta Aktif BPJS Ketenagakerjaan Berkurang") == []
