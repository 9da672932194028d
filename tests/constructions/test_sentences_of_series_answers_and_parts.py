"""Constructions of series, answers and parts: comma-separated rows by period under measures' names, the items of an
introduced list under headings of their own, a level joined to its increase, a target after the parts of a breakdown, an
answer after a question naming a group, a count "of" the total after it, an amount for one sector "and the others", a
parliamentarian who is no member, increments in English word order, and a placement named through its programme."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_comma_separated_rows_by_period_under_the_names_of_their_measures():
    page = ("Statistik Kepesertaan Bulanan\nSatuan: orang | Sumber: BPJS Ketenagakerjaan (nasional)\n\n"
            "Bulan, Peserta Aktif, Pemberi Kerja Aktif\n2024-01, 37.214.550, 762.118\n2024-02, 37.509.004, 768.902\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", "all", None, 2024, 37_214_550) in got
    assert ("participants", "active_employers", "all", None, 2024, 768_902) in got


def test_the_items_of_an_introduced_list_under_headings_of_their_own():
    page = ("Data: Kepesertaan per Program, Juli 2022\nKamis, 25 Agustus 2022\n\n"
            "Jumlah peserta per program, nasional, per 31 Juli 2022:\n\nJHT\n  • 17,9 juta peserta\nJP\n"
            "  • 14,2 juta peserta\n")
    got = _page_facts(page)
    assert ("participants", "participants", "all", "JHT", 2022, 17_900_000) in got
    assert ("participants", "participants", "all", "JP", 2022, 14_200_000) in got


def test_a_level_joined_to_its_increase_is_the_level_it_grew_to(facts_of):
    body = "Direksi menjawab, dana kelolaan per Juli 2020 masih tumbuh dan mencapai Rp 471,2 triliun."
    assert facts_of(body, published_on=date(2020, 8, 20)) == [("funds", "managed_funds", "all", None, 2020, 471.2e12)]


def test_a_target_after_the_parts_of_a_breakdown_is_the_wholes(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan per akhir Juli 2025 mencapai Rp 851,7 triliun. Dana tersebut terdiri atas "
            "dana jaminan hari tua Rp 563,4 triliun, jaminan pensiun Rp 198,5 triliun, dan sisanya untuk program lain. "
            "\"Sampai akhir tahun ini kami membidik Rp 880 triliun,\" ujar Direktur Utama.")
    assert ("targets", "managed_funds", "all", None, 2025, 880e12) in facts_of(body, published_on=date(2025, 9, 3))


def test_an_answer_counts_the_group_its_question_asks_about(facts_of):
    body = ("Question: And informal workers?\nAnswer: That is the weak spot. Only 9.8 million of them are active members, "
            "out of some 84 million informal workers in the country.")
    assert facts_of(body, published_on=date(2025, 8, 14)) == [
        ("participants", "active_participants", "informal", None, 2025, 9.8e6)]


def test_a_count_of_the_total_after_it_counts_what_the_total_counts(facts_of):
    body = ("Construction workers now account for around 7.9 million of BPJamsostek's 37.5 million active participants, "
            "according to data as of June 2023.")
    got = facts_of(body, published_on=date(2023, 8, 1))
    assert ("participants", "active_participants", "construction", None, 2023, 7.9e6) in got


def test_an_amount_for_one_sector_and_the_others_is_everyones(facts_of):
    body = ("Sepanjang 2015, BPJS Ketenagakerjaan membayarkan klaim Jaminan Kecelakaan Kerja (JKK) untuk sektor konstruksi "
            "dan sektor lainnya sebesar Rp 281,5 miliar.")
    assert facts_of(body, published_on=date(2016, 4, 22)) == [("funds", "benefits_paid", "all", "JKK", 2015, 281.5e9)]


def test_a_member_of_parliament_is_no_member_counted(facts_of):
    body = ("Anggota Komisi IX, Hj. Nurlaila, mempertanyakan mengapa dari sekitar 58 juta pekerja informal di Indonesia, "
            "baru sedikit yang terlindungi.")
    assert facts_of(body, published_on=date(2024, 6, 12)) == []


def test_an_increment_in_english_word_order_and_a_placement_through_its_programme(facts_of):
    assert facts_of("It hopes to sign up one hundred thousand companies more before the year ends.",
                    published_on=date(2014, 5, 2)) == []
    body = ("Dana kelolaan BPJS Ketenagakerjaan Rp 800 triliun. Sebesar Rp 1,3 triliun dialokasikan untuk program "
            "perumahan pekerja.")
    assert facts_of(body, published_on=date(2025, 3, 1)) == [("funds", "managed_funds", "all", None, 2025, 800e12)]
