"""Constructions of growth, staff and stopped payers: the level a change reaches in a clause after it ("grew,
reaching"), colleagues thanked, new members of a segment, members who "have stopped paying", a unit note closed by a
sentence's full stop, and the start of a target wished for again in one sentence with the target."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_the_level_a_change_reaches_in_the_clause_after_it_is_a_level(facts_of):
    body = "Contributions still grew in 2020, reaching Rp 74.1 trillion for the full year, the director said."
    assert facts_of(body, published_on=date(2021, 2, 2)) == [("funds", "contributions", "all", None, 2020, 74.1e12)]


def test_colleagues_thanked_and_new_members_of_a_segment_are_no_levels(facts_of):
    body = ("BP Jamsostek ended 2022 with 35.9 million active participants. Informal workers: +1.5 million new BPU members. "
            "Thank you to 1,300 colleagues in the branch offices who made it happen.")
    assert facts_of(body, published_on=date(2023, 1, 20)) == [
        ("participants", "active_participants", "all", None, 2022, 35.9e6)]


def test_members_who_have_stopped_paying_are_no_active_count(facts_of):
    body = ("The agency had 52.1 million registered members at the end of 2020, of whom 29.8 million were active. The "
            "other 22.3 million have stopped paying, mostly because they changed jobs.")
    assert all(f[5] != 22.3e6 for f in facts_of(body, published_on=date(2021, 1, 12)))


def test_a_unit_note_closed_by_a_full_stop_gives_the_rows_their_unit():
    page = ("StatKerja | Seri Bulanan\nSeri Bulanan: Peserta Aktif BPJS Ketenagakerjaan Januari-Maret 2024\n"
            "Diperbarui: 20 April 2024\nSatuan: juta orang. Cakupan: nasional.\nBulan | Peserta aktif\n"
            "Januari 2024 | 41,9\nFebruari 2024 | 42,2\nMaret 2024 | 42,6\n")
    assert [(f.year, f.as_of, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        (2024, "2024-01", 41_900_000), (2024, "2024-02", 42_200_000), (2024, "2024-03", 42_600_000)]


def test_the_start_of_a_target_wished_for_in_the_targets_own_sentence_is_no_target(facts_of):
    body = ("The agency counted 31.5 million active participants at the end of 2022. \"We want to go from 30 million to "
            "70 million,\" the director said, referring to the target of 70 million active members by 2026.")
    facts = facts_of(body, published_on=date(2023, 2, 1))
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in facts
    assert not any(f[0] == "targets" and f[5] == 30e6 for f in facts)
