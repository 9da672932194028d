"""Constructions of cover, status and clauses of time: a count framed by its cover in a passage about active counts,
"formally" (no segment), a slide's item of a label and its amount with no colon, a status named after "yang berstatus",
a target an achievement has not yet reached, and a programme named in a clause of time before the figure's."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_a_count_framed_by_its_cover_is_of_participants_in_a_passage_about_active_counts(facts_of):
    body = ("Hingga Juni 2022, peserta aktif jasa konstruksi tercatat 5,1 juta pekerja. Tahun ini program itu ditargetkan "
            "melindungi 6 juta pekerja konstruksi sebagai peserta.")
    assert ("targets", "participants", "construction", None, 2022, 6_000_000) in facts_of(
        body, published_on=date(2022, 7, 4))


def test_migrant_workers_said_to_be_covered_are_participants(facts_of):
    body = ("Active participants reached 45.2 million at the end of 2024. Around 610 thousand Indonesian migrant workers "
            "are covered.")
    facts = facts_of(body, published_on=date(2024, 12, 20))
    assert ("participants", "participants", "migrant", None, 2024, 610_000) in facts
    assert ("participants", "active_participants", "migrant", None, 2024, 610_000) not in facts


def test_formally_names_no_segment(facts_of):
    body = ("BPJS Ketenagakerjaan formally launched its pension program on Monday, targeting 11.2 million workers "
            "enrolled in the scheme by the end of 2015.")
    assert facts_of(body, published_on=date(2015, 7, 1)) == [("targets", "participants", "all", "JP", 2015, 11_200_000)]


def test_a_slides_item_of_a_label_and_its_amount_is_a_line_of_the_body():
    page = ("Paparan Kinerja BPJS Ketenagakerjaan 2022\nSlide 3\nCapaian s.d. Desember 2022\n• Peserta aktif: 35,8 juta\n"
            "Slide 4\nRencana 2023\n• Target peserta aktif 41 juta\n• Penambahan 2 juta peserta BPU\n")
    assert [(f.table, f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("participants", "active_participants", 2022, 35_800_000), ("targets", "active_participants", 2023, 41_000_000)]


def test_a_status_named_after_yang_berstatus_is_the_counts_metric(facts_of):
    body = ("Hingga akhir tahun lalu, dari sekitar 1,8 juta perusahaan yang terdaftar, baru 910 ribu yang berstatus "
            "pemberi kerja aktif.")
    assert ("participants", "active_employers", "all", None, 2023, 910_000) in facts_of(body, published_on=date(2024, 2, 1))


def test_a_target_not_yet_reached_is_of_the_achievements_year(facts_of):
    body = ("Dana kelolaan per 31 Desember 2023 tercatat Rp717,8 triliun. Jumlah peserta aktif 41,6 juta, belum mencapai "
            "target 44 juta.")
    assert ("targets", "active_participants", "all", None, 2023, 44_000_000) in facts_of(
        body, published_on=date(2024, 2, 6))


def test_a_programme_named_in_a_clause_of_time_is_not_the_figures(facts_of):
    body = ("A year after the pension programme was launched, BPJS Ketenagakerjaan had 21.4 million active participants "
            "as of August 2016 and was managing Rp 240.5 trillion.")
    assert facts_of(body, published_on=date(2016, 9, 1)) == [
        ("participants", "active_participants", "all", None, 2016, 21_400_000),
        ("funds", "managed_funds", "all", None, 2016, 240_500_000_000_000)]
