"""constructions/segment.py: a count too small to be national takes the one segment its
passage names, else the one its headline names."""
from datetime import date

BODY = "Tercatat pada 2019 jumlah peserta aktif mencapai 539.239 orang, kemudian turun menjadi 389.760 orang pada 2020."


def test_a_small_count_takes_the_segment_its_headline_names(facts_of):
    title = "Jumlah Pekerja Migran yang Jadi Peserta Aktif BPJS Ketenagakerjaan Berkurang"
    assert facts_of(BODY, date(2021, 3, 1), title=title) == [
        ("participants", "active_participants", "migrant", None, 2019, 539239),
        ("participants", "active_participants", "migrant", None, 2020, 389760)]


def test_a_small_count_under_a_headline_of_no_segment_is_no_national_count(facts_of):
    assert facts_of(BODY, date(2021, 3, 1), title="Jumlah Peserta Aktif BPJS Ketenagakerjaan Berkurang") == []
