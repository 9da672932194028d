"""Constructions of slides, halves and reports: a table's unit named by the page's title, a list introduced by
pointing at a fund, a statement's day dating an undated page, the workforce "there are", a group named in a speaker's
own clause, a slide's number in brackets, expenses that are benefits paid, a spelled half, and a target named after its
figure ("the 43.1 million targeted for the year")."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.parsing.numbers import find_figures


def _facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_a_tables_unit_named_by_the_pages_title():
    page = ("Datakita.id | Beranda > Ekonomi\nDana Kelolaan BPJS Ketenagakerjaan per Program, 2022-2023 (Rp triliun)\n"
            "Senin, 11 Maret 2024 09:15 WIB | Penulis: Rani Pramesti\n"
            "BPJS Ketenagakerjaan mencatat dana kelolaan sebesar Rp 731,4 triliun pada akhir 2023.\n"
            "Program JHT masih menjadi penyumbang terbesar. Berikut rinciannya:\n"
            "Program | 2022 | 2023\nJHT | 431,2 | 462,9\nJP | 148,6 | 172,3\n")
    got = _facts(page)
    assert ("funds", "managed_funds", "all", "JHT", 2022, 431_200_000_000_000) in got
    assert ("funds", "managed_funds", "all", "JP", 2023, 172_300_000_000_000) in got


def test_a_list_introduced_by_pointing_at_a_fund_breaks_that_fund_down(facts_of):
    body = ("BPJS Ketenagakerjaan melaporkan dana kelolaan per Desember 2025 mencapai Rp875,6 triliun, sedangkan aset DJS "
            "tercatat Rp889,3 triliun.\nBerdasarkan program, dana kelolaan tersebut terdiri dari:\nJHT: Rp542,6 triliun.\n"
            "JP: Rp231,4 triliun.")
    got = facts_of(body, published_on=date(2026, 1, 22))
    assert ("funds", "managed_funds", "all", "JHT", 2025, 542.6e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2025, 231.4e12) in got


def test_a_statements_day_dates_an_undated_page_and_a_group_in_the_speakers_clause_is_not_the_figures():
    page = ("TEMPO.CO, Jakarta - Manpower Minister Hanif Dhakiri has asked BPJS Ketenagakerjaan to step up efforts to "
            "cover informal workers, saying that of the agency's 23.4 million active participants, only 1.3 million are "
            "non-wage earners.\n\"The potential is huge. There are 70 million informal workers,\" Hanif said on Tuesday, "
            "April 18, 2017.\nIn the first quarter, the agency collected contributions of Rp 12.9 trillion, the minister "
            "said.\n")
    assert clean_article("t", page).published_on == date(2017, 4, 18)
    assert _facts(page) == {("participants", "active_participants", "all", None, 2017, 23_400_000),
                            ("participants", "active_participants", "informal", None, 2017, 1_300_000),
                            ("funds", "contributions", "all", None, 2017, 12_900_000_000_000)}


def test_a_slides_number_in_brackets_opens_its_heading():
    page = ("ParlemenNews.id\nPaparan BPJamsostek di Komisi IX\nJAKARTA, PARLEMENNEWS.ID - Direksi BPJS Ketenagakerjaan "
            "memaparkan capaian kinerja 2020, Senin (8/2/2021).\n[Slide 3] Capaian Kepesertaan s.d. Desember 2020\n"
            "- Peserta aktif: 30,41 juta\n[Slide 7] Target 2021\n- Peserta aktif: 35,2 juta\n- Dana kelolaan: Rp 530 T\n")
    got = _facts(page)
    assert ("targets", "active_participants", "all", None, 2021, 35_200_000) in got
    assert ("targets", "managed_funds", "all", None, 2021, 530_000_000_000_000) in got


def test_benefits_paid_named_as_an_expense(facts_of):
    body = "Beban Manfaat (klaim): pada 2016 sebesar Rp17.905 miliar; pada 2017 sebesar Rp20.712 miliar."
    got = facts_of(body, published_on=date(2018, 5, 30))
    assert ("funds", "benefits_paid", "all", None, 2017, 20_712e9) in got


def test_a_spelled_half():
    assert [f.value for f in find_figures("membidik dua puluh satu setengah juta pekerja, satu setengah juta")] == \
        [21.5e6, 1.5e6]


def test_a_target_named_after_its_figure(facts_of):
    body = "Membership stood at 41.56 million active workers at the end of 2023, short of the 43.1 million targeted for the year."
    got = facts_of(body, published_on=date(2024, 1, 20))
    assert ("targets", "active_participants", "all", None, 2023, 43.1e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 41.56e6) in got
