"""Constructions of the same year and a group's own count: a target "in the same year" as the achievement before it, a
segment's own count after a sub-group's, a level many times a group's count, English work towards a target, the
agency's own assets, people who received a benefit, a table of English labels, and a data page's rows in semicolons."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_a_target_in_the_same_year_as_the_achievement_before_it(facts_of):
    body = ("Program jaminan pensiun (JP) BPJS Ketenagakerjaan hingga akhir 2015 baru diikuti 8,2 juta pekerja. Padahal, "
            "program itu ditargetkan menjangkau 9 juta pekerja pada tahun yang sama.")
    assert ("targets", "participants", "all", "JP", 2015, 9e6) in facts_of(body, published_on=date(2016, 1, 20))


def test_a_segments_own_count_after_a_sub_groups_and_a_level_many_times_a_groups(facts_of):
    body = ("Hingga kini baru sekitar 1,9 juta petani yang terdaftar. \"Tahun ini BPU harus menjadi 12 juta,\" kata Hadi.")
    got = facts_of(body, published_on=date(2025, 2, 3))
    assert [(f[0], f[2], f[4], f[5]) for f in got] == [("targets", "informal", 2025, 12e6)]
    body = ("Peserta BPU yang aktif kini 6,1 juta. Direktur Utama menyebut angka itu harus naik dua kali lipat menjadi 70 "
            "juta pada 2026.")
    got = facts_of(body, published_on=date(2024, 3, 1))
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in got


def test_english_work_towards_a_target_and_the_agencys_own_assets(facts_of):
    body = "And we are not stopping there: our team is working hard towards 70 million participants by 2026."
    assert facts_of(body, published_on=date(2024, 5, 1)) == [("targets", "participants", "all", None, 2026, 70e6)]
    body = ("Old-age savings (JHT) claims reached Rp 12.9 trillion in the first half. BPJS Ketenagakerjaan assets hit Rp "
            "340 trillion.")
    assert ("funds", "assets", "all", None, 2018, 340e12) in facts_of(body, published_on=date(2018, 7, 20))


def test_people_who_received_a_benefit_are_recipients(facts_of):
    body = ("Pekerja migran yang terdaftar sebagai peserta mencapai 380.000 orang. Sebanyak 2.140 PMI telah menerima "
            "santunan kecelakaan kerja.")
    assert [f[5] for f in facts_of(body, published_on=date(2019, 5, 1))] == [380_000]


def test_a_table_of_english_labels_registered_workforce_and_claim_cases():
    page = ("Annual report highlights\nThe following table is reproduced from the agency's 2019 annual report.\n"
            "Indicator | 2018 | 2019\nRegistered workforce (million) | 50.5 | 55.2\nActive employers | 574,300 | 622,900\n"
            "Claim cases (thousand) | 2,210 | 2,460\n")
    got = _page_facts(page)
    assert ("participants", "registered_participants", "all", None, 2019, 55_200_000) in got
    assert not any(f[5] in (2_210_000, 2_460_000) for f in got)


def test_a_data_pages_rows_in_semicolons_under_their_column_names():
    page = ("Portal Statistik Ketenagakerjaan > Publikasi > Tabel\nTabel 2. Jumlah Pemberi Kerja Terdaftar BPJS "
            "Ketenagakerjaan, 2014-2017\nTahun;Pemberi Kerja\n2014;242.100\n2015;318.560\n")
    got = _page_facts(page)
    assert ("participants", "employers", "all", None, 2014, 242_100) in got
    assert ("participants", "employers", "all", None, 2015, 318_560) in got
