"""Constructions of parts, wholes and answers: a programme's active count out of a total its own words name active, an
inverted "Were ..." or "Had ..." that asks rather than supposes, the largest contributor to a total whose own amount
follows, an opening that points back at the whole fund before its yield, a count of "active ones" after the
registered count, target words said after an earlier figure, a baseline said to be "now", an amount the speaker is
optimistic the fund can reach, the place where it was said, all members supposed to do something, a potential pool
of workers, another body described by a clause naming the agency, an amount held in listed equities, workers "out
there", a baseline far from the size of the rows before it, and Sumatra spelled without its "e"."""
from __future__ import annotations

from datetime import date


def test_a_programmes_active_count_out_of_a_total_named_active_leaves_the_total_active(facts_of):
    got = facts_of("Ia menjelaskan, peserta aktif program pensiun BPJS Ketenagakerjaan saat ini sebanyak 12,4 juta orang "
                   "dari total 31,5 juta peserta aktif.", published_on=date(2022, 6, 1))
    assert ("participants", "active_participants", "all", None, 2022, 31_500_000) in got
    assert not [f for f in got if f[1] == "registered_participants"]
    # (an active count out of a total that names nothing stays a part of the registered count)
    got = facts_of("Jumlah peserta aktif BPJS Ketenagakerjaan 27,1 juta dari 46,3 juta pekerja.", published_on=date(2022, 6, 1))
    assert ("participants", "registered_participants", "all", None, 2022, 46_300_000) in got


def test_an_inverted_were_in_a_question_asks_and_vetoes_nothing_after_it(facts_of):
    body = ("Question: Were the agency's funds hit by the market slump? Answer: No. Our managed funds reached Rp 512.4 "
            "trillion at the end of December 2021.")
    got = facts_of(body, published_on=date(2022, 1, 20))
    assert got == [("funds", "managed_funds", "all", None, 2021, 512_400_000_000_000)]
    # (outside a question it still supposes)
    got = facts_of("Were all informal workers enrolled, BPJS Ketenagakerjaan's managed funds would reach Rp 1,200 trillion "
                   "by 2030.", published_on=date(2022, 1, 20))
    assert got == []


def test_the_largest_contributor_to_a_total_gives_the_totals_own_amount_no_programme(facts_of):
    body = ("Dana kelolaan program Jaminan Hari Tua (JHT) BPJS Ketenagakerjaan mencapai Rp 330,1 triliun pada akhir 2019. "
            "Program hari tua itu masih menjadi penyumbang terbesar dari total dana kelolaan yang mencapai Rp 431,9 triliun.")
    got = facts_of(body, published_on=date(2020, 2, 3))
    assert ("funds", "managed_funds", "all", "JHT", 2019, 330_100_000_000_000) in got
    assert ("funds", "managed_funds", "all", None, 2019, 431_900_000_000_000) in got
    # (the programme's own amount, said of it with the total named in passing, stays the programme's)
    got = facts_of("Dana JHT BPJS Ketenagakerjaan yang merupakan bagian terbesar dari total dana kelolaan mencapai Rp 330,1 "
                   "triliun pada 2019.", published_on=date(2020, 2, 3))
    assert got == [("funds", "managed_funds", "all", "JHT", 2019, 330_100_000_000_000)]


def test_an_opening_pointing_back_at_the_fund_after_its_programmes_gives_the_yield_no_programme(facts_of):
    body = ("BPJS Ketenagakerjaan merinci dana kelolaan untuk program hari tua mencapai Rp401,5 triliun dan program pensiun "
            "Rp140,3 triliun. Sementara dana program kehilangan pekerjaan tercatat Rp10,8 triliun. Dari pengelolaan dana "
            "tersebut, hasil investasi yang dibukukan sepanjang 2022 sebesar Rp46,3 triliun.")
    got = facts_of(body, published_on=date(2023, 2, 20))
    assert ("funds", "investment_returns", "all", None, 2022, 46_300_000_000_000) in got
    assert not [f for f in got if f[1] == "investment_returns" and f[3] is not None]


def test_active_ones_after_the_registered_count_are_the_active_count(facts_of):
    got = facts_of("BPJS Ketenagakerjaan as a whole had 52.7 million registered participants and 31.8 million active ones "
                   "in August 2019.", published_on=date(2019, 9, 10))
    assert ("participants", "registered_participants", "all", None, 2019, 52_700_000) in got
    assert ("participants", "active_participants", "all", None, 2019, 31_800_000) in got


def test_target_words_said_after_an_earlier_figure_are_that_figures_alone(facts_of):
    body = ("BPJS Ketenagakerjaan ended 2020 with 29.9 million active members. That is well short of the 32.6 million the "
            "agency had aimed for that year, and below the 33.1 million active members it had in 2019.")
    got = facts_of(body, published_on=date(2021, 3, 2))
    assert ("targets", "active_participants", "all", None, 2020, 32_600_000) in got
    assert ("participants", "active_participants", "all", None, 2019, 33_100_000) in got
    assert not [f for f in got if f[0] == "targets" and f[4] != 2020]


def test_a_targets_baseline_said_to_be_now_is_the_present_level(facts_of):
    got = facts_of("BPJS Ketenagakerjaan is aiming to cover 23 million active workers next year, up from about 18 million "
                   "now.", published_on=date(2015, 6, 1))
    assert ("targets", "active_participants", "all", None, 2016, 23_000_000) in got
    assert ("participants", "active_participants", "all", None, 2015, 18_000_000) in got


def test_an_amount_the_speaker_is_optimistic_the_fund_can_reach_is_a_target(facts_of):
    got = facts_of('BPJS Ketenagakerjaan\'s managed funds stood at Rp 170 trillion in June. "We are optimistic the fund can '
                   'top Rp 190 trillion at the end of this year," he said.', published_on=date(2014, 8, 5))
    assert ("targets", "managed_funds", "all", None, 2014, 190_000_000_000_000) in got


def test_a_place_before_the_day_and_a_verb_of_saying_is_where_it_was_said(facts_of):
    got = facts_of("Pekanbaru (ANTARA) - BPJS Ketenagakerjaan mencatat dana kelolaan hingga Januari 2017 mencapai Rp262,1 "
                   "triliun. Direktur Investasi BPJS Ketenagakerjaan Amran Nasution di Pekanbaru, Selasa, mengatakan hasil "
                   "investasi sepanjang 2016 tercatat Rp17,6 triliun. Sementara di Provinsi Riau, BPJS Ketenagakerjaan "
                   "Kantor Wilayah Sumbagut mencatat peserta aktif sebanyak 598.000 pekerja.", published_on=date(2017, 2, 7))
    assert ("funds", "investment_returns", "all", None, 2016, 17_600_000_000_000) in got
    assert not [f for f in got if f[1] == "active_participants"]
    # (a region setting the sentence still scopes it, a speaker named after it or not)
    assert facts_of("Di Pekanbaru, peserta aktif BPJS Ketenagakerjaan tercatat 412.300 orang pada 2016.",
                    published_on=date(2017, 2, 7)) == []
    assert facts_of("Di Banten, menurut Budi, peserta aktif BPJS Ketenagakerjaan mencapai 1,02 juta tenaga kerja pada 2016.",
                    published_on=date(2017, 2, 7)) == []


def test_all_members_supposed_to_do_something_make_the_amount_hypothetical(facts_of):
    got = facts_of("Dana JHT BPJS Ketenagakerjaan aman. Sebagai gambaran, kalau semua peserta mencairkan sekaligus, butuh "
                   "sekitar Rp 380 triliun.", published_on=date(2022, 3, 1))
    assert got == []


def test_a_potential_pool_of_workers_is_no_fact(facts_of):
    got = facts_of("BPJS Ketenagakerjaan had 21.9 million active members at the end of 2016. Indonesia's potential pool of "
                   "workers is around 118 million, according to the agency.", published_on=date(2017, 1, 20))
    assert got == [("participants", "active_participants", "all", None, 2016, 21_900_000)]


def test_another_body_described_by_a_clause_naming_the_agency_keeps_its_figure(facts_of):
    body = ("BPJS Ketenagakerjaan had 11.8 million active members in October. Meanwhile, BPJS Kesehatan, which took over "
            "Jamsostek's health program, had 129 million members.")
    got = facts_of(body, published_on=date(2014, 11, 3))
    assert got == [("participants", "active_participants", "all", None, 2014, 11_800_000)]


def test_an_amount_held_in_listed_equities_is_a_placement(facts_of):
    body = ("BPJS Ketenagakerjaan's investment returns reached 38.2 trillion rupiah in 2021. The agency held about 68 "
            "trillion rupiah in listed equities at the end of the year.")
    assert facts_of(body, published_on=date(2022, 2, 1)) == [("funds", "investment_returns", "all", None, 2021,
                                                              38_200_000_000_000)]


def test_workers_out_there_are_the_workforce(facts_of):
    body = ('BPJS Ketenagakerjaan had 18.9 million active participants at the end of December. "There are more than 68 '
            'million informal workers out there," he said.')
    assert facts_of(body, published_on=date(2016, 1, 20)) == [("participants", "active_participants", "all", None, 2015,
                                                               18_900_000)]


def test_a_baseline_naming_its_quantity_far_from_the_size_of_the_row_before_it_takes_no_programme(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan per program pada 2020: Jaminan Kecelakaan Kerja Rp 38,4 triliun, Jaminan "
            "Kematian Rp 12,9 triliun. Dana kelolaan tersebut meningkat 11,5% dibandingkan tahun 2019 yang tercatat Rp "
            "430,1 triliun.")
    got = facts_of(body, published_on=date(2021, 1, 15))
    assert ("funds", "managed_funds", "all", None, 2019, 430_100_000_000_000) in got
    assert ("funds", "managed_funds", "all", "JKM", 2020, 12_900_000_000_000) in got


def test_sumatra_spelled_without_its_e_is_a_region(facts_of):
    got = facts_of("Iuran BPJS Ketenagakerjaan nasional mencapai Rp 98,1 triliun pada 2023. Di Sumatra Utara, dana iuran "
                   "yang dihimpun tahun lalu sekitar Rp2,7 triliun.", published_on=date(2024, 3, 4))
    assert got == [("funds", "contributions", "all", None, 2023, 98_100_000_000_000)]
