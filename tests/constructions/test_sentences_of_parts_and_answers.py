"""Constructions of parts, wholes and answers: a programme's active count out of a total its own words name active, an
inverted "Were ..." or "Had ..." that asks rather than supposes, the largest contributor to a total whose own amount
follows, an opening that points back at the whole fund before its yield, and a count of "active ones" after the
registered count."""
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
