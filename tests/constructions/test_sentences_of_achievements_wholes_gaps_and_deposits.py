"""Constructions of achievements, wholes, gaps and deposits: the achievement a target is set after, named after
"setelah" and its period, a count said to be "for the whole" after a question about one group, a gap still to close
("masih kurang"), and an instrument as the subject of a recorded amount ("Deposito tercatat ...")."""
from datetime import date


def test_an_achievement_a_target_is_set_after_is_an_actual(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan 48 juta peserta aktif pada tahun ini, setelah sepanjang 2023 jumlah pekerja "
            "terdaftar menembus 55,1 juta orang, dengan 41,6 juta di antaranya merupakan peserta aktif.")
    assert facts_of(body, published_on=date(2024, 2, 8)) == [
        ("targets", "active_participants", "all", None, 2024, 48_000_000),
        ("participants", "registered_participants", "all", None, 2023, 55_100_000),
        ("participants", "active_participants", "all", None, 2023, 41_600_000)]


def test_a_count_for_the_whole_after_a_question_about_one_group_is_all_segments(facts_of):
    body = ("Bagaimana dengan pekerja informal? Peserta BPU aktif baru 8,1 juta orang. Untuk keseluruhan, target peserta "
            "aktif tahun 2023 dipatok 40 juta orang.")
    facts = facts_of(body, published_on=date(2023, 3, 1))
    assert ("targets", "active_participants", "all", None, 2023, 40_000_000) in facts
    assert ("targets", "active_participants", "informal", None, 2023, 40_000_000) not in facts


def test_a_gap_still_to_close_is_no_fund(facts_of):
    body = ("Dana kelolaan per Desember 2024 tercatat Rp 786,4 triliun. Apakah target Rp 1.000 triliun realistis? Masih "
            "kurang sekitar Rp 213,6 triliun.")
    facts = facts_of(body, published_on=date(2025, 1, 20))
    assert ("funds", "managed_funds", "all", None, 2024, 786_400_000_000_000) in facts
    assert not any(f[5] == 213_600_000_000_000 for f in facts)


def test_an_instrument_as_the_subject_of_a_recorded_amount_is_a_placement(facts_of):
    body = ("Dana investasi BPJS Ketenagakerjaan per Desember 2023 mencapai Rp 745,3 triliun. Deposito tercatat Rp 89 "
            "triliun, saham Rp 84,1 triliun.")
    assert facts_of(body, published_on=date(2024, 1, 15)) == [
        ("funds", "managed_funds", "all", None, 2023, 745_300_000_000_000)]
