"""Constructions of pools, wishes and clauses: workers "still not covered", new employers that registered, a figure
"and some" restating an exact one, the running year ("tahun berjalan"), a clause of its own after a target ("after they
grew to"), a fund that "has accumulated", the date a subject began in a relative clause, a wish with a word between
("Kami juga ingin"), people working overseas, and a figure pointed at ("2,9 juta itu") that was stated
before."""
from datetime import date


def test_workers_still_not_covered_are_a_pool(facts_of):
    body = ("BPJS Ketenagakerjaan had 17.2 million active participants as of November. About 45 million informal "
            "workers are still not covered, officials said.")
    assert facts_of(body, published_on=date(2014, 12, 3)) == [
        ("participants", "active_participants", "all", None, 2014, 17.2e6)]


def test_new_employers_that_registered_are_an_increment(facts_of):
    body = "Jumlah pemberi kerja aktif per Maret 2025 mencapai 755.300 perusahaan. Pemberi kerja baru yang mendaftar pada Maret 2025: 4.100."
    assert facts_of(body, published_on=date(2025, 4, 17)) == [
        ("participants", "active_employers", "all", None, 2025, 755_300)]


def test_a_figure_and_some_restates_the_exact_one(facts_of):
    body = ("Jumlah peserta aktif naik dari 30,1 juta pada 2018 menjadi 34,2 juta pada akhir 2019. \"Dari sekitar 30 juta "
            "kini sudah 34 juta lebih,\" ujarnya.")
    assert facts_of(body, published_on=date(2020, 1, 9)) == [
        ("participants", "active_participants", "all", None, 2018, 30.1e6),
        ("participants", "active_participants", "all", None, 2019, 34.2e6)]


def test_the_running_year_is_the_year_of_publication(facts_of):
    body = ("Dalam RKAT 2018 yang diajukan, target hasil investasi dipatok Rp 30 triliun. Untuk tahun berjalan, target "
            "hasil investasi dinaikkan dari Rp 25 triliun menjadi Rp 26,5 triliun.")
    assert facts_of(body, published_on=date(2017, 9, 12)) == [
        ("targets", "investment_returns", "all", None, 2018, 30e12),
        ("targets", "investment_returns", "all", None, 2017, 25e12),
        ("targets", "investment_returns", "all", None, 2017, 26.5e12)]


def test_a_clause_with_its_own_subject_after_a_target_starts_no_change_from_it(facts_of):
    body = ("BPJS Ketenagakerjaan aims for its funds under management to top Rp 900 trillion this year after they grew "
            "to Rp 810 trillion at the end of last year.")
    assert facts_of(body, published_on=date(2025, 2, 10)) == [
        ("targets", "managed_funds", "all", None, 2025, 900e12),
        ("funds", "managed_funds", "all", None, 2024, 810e12)]


def test_what_a_fund_has_accumulated_is_the_fund(facts_of):
    body = "The pension fund has accumulated Rp 2.3 trillion since its launch, the agency said on Tuesday."
    assert facts_of(body, published_on=date(2016, 3, 1)) == [("funds", "managed_funds", "all", "JP", 2016, 2.3e12)]


def test_the_date_its_subject_began_in_a_relative_clause_is_no_period_of_the_figure(facts_of):
    body = ("PT Jamsostek (Persero) yang mulai 1 Januari 2015 beroperasi penuh sebagai BPJS Ketenagakerjaan mencatat dana "
            "kelolaan sebesar Rp 180 triliun hingga akhir November 2014.")
    assert facts_of(body, published_on=date(2014, 12, 5)) == [("funds", "managed_funds", "all", None, 2014, 180e12)]


def test_a_wish_with_a_word_between_sets_a_target(facts_of):
    body = "\"Kami juga ingin pemberi kerja aktif naik dari 600 ribu menjadi 680 ribu tahun ini,\" ujarnya."
    assert ("targets", "active_employers", "all", None, 2019, 680_000) in facts_of(body, published_on=date(2019, 2, 11))


def test_people_working_overseas_are_the_workforce(facts_of):
    body = ("BPJS Ketenagakerjaan had 510,000 active migrant worker members as of June. Around 5 million Indonesians "
            "are currently working overseas, according to the migrant worker agency.")
    assert facts_of(body, published_on=date(2024, 7, 1)) == [
        ("participants", "active_participants", "migrant", None, 2024, 510_000)]


def test_a_figure_pointed_at_after_a_breakdown_is_the_one_stated_before(facts_of):
    body = ("Hingga Desember 2019 sudah terdapat 2,9 juta peserta BPU aktif, dan tahun ini targetnya 3,6 juta. "
            "Dari jumlah itu, pengemudi ojek daring sekitar 450 ribu. Sebanyak 1.100 agen dilibatkan. Jumlah peserta bukan "
            "penerima upah 2,9 juta itu terus bertambah.")
    assert facts_of(body, published_on=date(2020, 2, 10)) == [
        ("participants", "active_participants", "informal", None, 2019, 2.9e6),
        ("targets", "active_participants", "informal", None, 2020, 3.6e6)]
