"""Constructions of tiles, revisions and notices: a tile's breakdown introduced by a line of its own, a publication
label over a tile, the lines of a breakdown a list's introduction opens, a table whose label column names a part of a
year, a target's month to come, one value given to several programmes one by one, a cue in the subject of a target's
revision, a national passage, a programme named as the subject of its own start, branch words naming no branch, money
placed "from the portfolio", projects' worth, a count of companies after a count of people, a province or a host country
as a clause's subject, people said to have received a benefit, and a wire's dateline dated by the page's copyright
notice."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_a_tiles_breakdown_introduced_by_a_line_of_its_own():
    page = ("DataNusa.id\nPublished on 14 Feb 2022 | Tim Riset DataNusa\n\n"
            "[Gambar: Infografis kinerja BPJS Ketenagakerjaan. Sumber: Laporan 2021]\n\n"
            "PESERTA AKTIF SEPANJANG 2021\n30,66 juta pekerja\n\nPeserta aktif menurut segmen:\n"
            "- Penerima upah (PU): 19,92 juta\n- Bukan penerima upah (BPU): 3,12 juta\n\n"
            "DANA KELOLAAN AKHIR 2021\nRp 553,5 triliun\n(tumbuh 13,3% dibandingkan tahun sebelumnya)\n")
    got = _facts(page)
    assert ("participants", "active_participants", "all", None, 2021, 30_660_000) in got
    assert ("participants", "active_participants", "formal", None, 2021, 19_920_000) in got
    assert ("funds", "managed_funds", "all", None, 2021, 553_500_000_000_000) in got


def test_the_lines_of_a_breakdown_a_list_introduction_opens_take_its_measure(facts_of):
    body = ("BPJS Ketenagakerjaan menutup 2022 dengan capaian kepesertaan tertinggi sepanjang sejarahnya.\n"
            "Direktur Kepesertaan menjelaskan, peserta aktif tersebut terdiri dari:\n"
            "pekerja penerima upah (PU) 20,05 juta;\npekerja bukan penerima upah (BPU) 6,31 juta;\n"
            "pekerja jasa konstruksi 9,14 juta.")
    got = facts_of(body, published_on=date(2023, 1, 16))
    assert ("participants", "active_participants", "formal", None, 2022, 20_050_000) in got
    assert ("participants", "active_participants", "construction", None, 2022, 9_140_000) in got


def test_a_label_column_naming_a_part_of_a_year():
    page = ("detikFinance\nKamis, 18 Jul 2019 15:20 WIB\n\nJakarta - BPJS Ketenagakerjaan memaparkan kinerja semester I "
            "2019.\n\nKinerja Semester I 2019 | Realisasi | Target 2019\nHasil investasi | Rp 14,8 triliun | Rp 29,5 triliun\n"
            "Peserta aktif | 31,7 juta | 34 juta\n")
    got = _facts(page)
    assert ("funds", "investment_returns", "all", None, 2019, 14_800_000_000_000) in got
    assert ("targets", "investment_returns", "all", None, 2019, 29_500_000_000_000) in got
    assert ("participants", "active_participants", "all", None, 2019, 31_700_000) in got


def test_the_month_a_target_is_to_be_reached_by_is_to_come(facts_of):
    body = "For this year, the agency aims to have 34.1 million active members by the end of December."
    assert facts_of(body, published_on=date(2019, 2, 12)) == [("targets", "active_participants", "all", None, 2019, 34.1e6)]


def test_one_value_given_to_several_programmes_one_by_one_keeps_the_total():
    page = ("PRESS RELEASE\nJakarta, 5 February 2020 – BPJS Ketenagakerjaan today announced its unaudited 2019 results.\n"
            "The agency had 34.2 million active participants at the end of 2019.\n"
            "Active participants by programme (December 2019):\nJKK: 34.2 million\nJKM: 34.2 million\nJHT: 16.1 million\n")
    got = _facts(page)
    assert ("participants", "active_participants", "all", None, 2019, 34_200_000) in got
    assert ("participants", "active_participants", "all", "JKK", 2019, 34_200_000) in got


def test_a_cue_in_the_subject_of_a_targets_revision_dates_both_targets(facts_of):
    body = "Target dana kelolaan tahun lalu sempat direvisi dari Rp950 triliun menjadi Rp920 triliun."
    got = facts_of(body, published_on=date(2026, 1, 20))
    assert ("targets", "managed_funds", "all", None, 2025, 950e12) in got
    assert ("targets", "managed_funds", "all", None, 2025, 920e12) in got


def test_a_national_passage_goes_on_until_a_region_is_named(facts_of):
    body = ("TRIBUNKAPUAS.COM, PONTIANAK - Kepala Kantor Cabang Pontianak, Hendra Wijaya, mengatakan peserta aktif di "
            "Kalbar saat ini 148 ribu orang. Secara nasional, kata Hendra, jumlah peserta aktif mencapai 12,4 juta per "
            'Maret 2014. "Tahun ini dana kelolaan ditargetkan Rp 186 triliun. Selain itu, jumlah peserta informal '
            'ditargetkan mencapai satu juta orang pada akhir tahun ini," ujarnya. Ia menambahkan, Kalbar mendapat jatah '
            "target 20 ribu peserta.")
    got = facts_of(body, published_on=date(2014, 5, 5))
    assert ("targets", "participants", "informal", None, 2014, 1e6) in got
    assert not any(f[5] in (148e3, 20e3) for f in got)


def test_a_programme_named_as_the_subject_of_its_own_start_is_no_topic(facts_of):
    body = ("Menurut dia, sekitar 3.200 perusahaan masih menunggak iuran, dan program jaminan pensiun akan mulai berjalan "
            "1 Juli 2015. Untuk tahun ini lembaganya menargetkan iuran Rp32 triliun.")
    assert facts_of(body, published_on=date(2015, 4, 9)) == [("targets", "contributions", "all", None, 2015, 32e12)]


def test_branch_words_naming_no_branch_make_no_regional_article(facts_of):
    body = ("JAKARTA - Aturan baru pencairan Jaminan Hari Tua (JHT) membuat kantor cabang BPJS Ketenagakerjaan dipadati "
            "peserta. Dana JHT yang saat ini dikelola sekitar Rp 180 triliun. Tahun lalu, klaim JHT mencapai Rp 13,9 "
            "triliun, jadi kami siap.")
    assert ("funds", "benefits_paid", "all", "JHT", 2014, 13.9e12) in facts_of(body, published_on=date(2015, 9, 3))


def test_money_placed_from_the_portfolio_and_projects_worth_are_no_funds(facts_of):
    body = ("Dana kelolaan ditargetkan Rp900 triliun tahun ini. Sebanyak Rp412 triliun dari portofolio ditempatkan di SBN. "
            "The government pushed contractors to register laborers on state-funded projects worth some Rp 1,200 "
            "trillion.")
    got = facts_of(body, published_on=date(2025, 3, 1))
    assert [f[5] for f in got] == [900e12]


def test_a_count_of_companies_takes_no_reading_of_a_count_of_people(facts_of):
    body = ("The agency aims to enroll 10.5 million construction workers by the end of this year. Labor inspectors found "
            "some 48,000 companies had under-reported wages last year.")
    assert facts_of(body, published_on=date(2026, 1, 22)) == [("targets", "participants", "construction", None, 2026, 10.5e6)]


def test_a_province_or_a_host_country_as_a_clauses_subject(facts_of):
    body = ("Active participants reached 42.3 million in 2024. Regional governments set aside Rp 1.2 trillion to "
            "subsidize contributions, and Central Java alone enrolled 1.4 million BPU participants. Malaysia hosts an "
            "estimated 1.6 million Indonesian workers, but only about 84,000 of them are covered.")
    assert facts_of(body, published_on=date(2025, 2, 1)) == [("participants", "active_participants", "all", None, 2024, 42.3e6)]


def test_people_said_to_have_received_a_benefit_are_recipients(facts_of):
    body = "Tahun lalu ada sekitar 31.000 peserta BPU yang menerima santunan, itu yang kami pakai untuk sosialisasi."
    assert facts_of(body, published_on=date(2025, 3, 1)) == []


def test_a_wires_dateline_is_dated_by_the_pages_copyright_notice():
    page = ("JAKARTA, Nov 8 (Reuters) - Indonesia's BPJS Ketenagakerjaan expects its investment funds to reach 320 "
            "trillion rupiah ($23.6 billion) by year-end, up from 302.6 trillion rupiah as of October, a director said on "
            "Wednesday.\n(Reporting by Hidayat Setiaji)\n\n© 2017 Thomson Reuters. All rights reserved.\n")
    article = clean_article("t", page)
    assert article.published_on == date(2017, 11, 8)
    got = _facts(page)
    assert ("targets", "managed_funds", "all", None, 2017, 320e12) in got
    assert ("funds", "managed_funds", "all", None, 2017, 302.6e12) in got
