"""Constructions of other bodies, pools and wholes: the migrant workers' protection ministry, a programme's initial
money from the state budget, members registered whether active or not, an answer about all the funds, the capital
alone, a hypothetical fall, and workers who could join."""
from __future__ import annotations

from datetime import date


def test_the_migrant_workers_protection_ministry_is_another_body(facts_of):
    body = ("BPJS Ketenagakerjaan covered 640,000 migrant workers in 2024. The Migrant Workers Protection Ministry (KP2MI) "
            "recorded 291,000 placements abroad in 2024.")
    assert facts_of(body, published_on=date(2025, 2, 3)) == [("participants", "participants", "migrant", None, 2024,
                                                              640_000)]


def test_a_programmes_initial_money_from_the_state_budget_is_no_fund(facts_of):
    body = ("The job-loss program (JKP) paid Rp 280 billion in benefits in 2022. Its initial Rp 6 trillion came from the "
            "state budget.")
    assert facts_of(body, published_on=date(2023, 1, 10)) == [("funds", "benefits_paid", "all", "JKP", 2022,
                                                               280_000_000_000)]


def test_workers_registered_as_members_active_or_not_are_the_registered_count(facts_of):
    got = facts_of("Tahun lalu, pekerja yang terdaftar sebagai peserta aktif maupun tidak aktif BPJS Ketenagakerjaan "
                   "mencapai 66 juta, dengan peserta tidak aktif sebanyak 22 juta.", published_on=date(2024, 3, 1))
    assert got == [("participants", "registered_participants", "all", None, 2023, 66_000_000)]


def test_an_answer_about_all_the_funds_takes_no_programme_from_the_question_before(facts_of):
    body = ("Berapa imbal hasil JHT tahun lalu? Imbal hasil JHT 2017 sebesar 7,8 persen. Berapa hasil investasi BPJS "
            "Ketenagakerjaan? Sepanjang 2017, hasil investasi seluruh dana mencapai Rp 26,1 triliun.")
    assert facts_of(body, published_on=date(2018, 2, 1)) == [("funds", "investment_returns", "all", None, 2017,
                                                              26_100_000_000_000)]


def test_the_capital_alone_is_a_region(facts_of):
    body = ("BPJS Ketenagakerjaan had 36.4 million active workers in 2022. The capital alone accounts for 5.3 million "
            "active workers.")
    assert facts_of(body, published_on=date(2023, 1, 5)) == [("participants", "active_participants", "all", None, 2022,
                                                              36_400_000)]


def test_a_hypothetical_fall_supposes_its_figure(facts_of):
    body = ("BPJS Ketenagakerjaan had 34.2 million active members in 2019. A hypothetical 20 percent fall would mean around "
            "6.8 million fewer active members.")
    assert facts_of(body, published_on=date(2020, 3, 1)) == [("participants", "active_participants", "all", None, 2019,
                                                              34_200_000)]


def test_workers_who_could_join_are_a_pool_not_members(facts_of):
    body = ('"Pekerja formal yang bisa ikut jaminan pensiun kira-kira 27 juta orang," katanya. Peserta jaminan pensiun '
            'BPJS Ketenagakerjaan mencapai 1,9 juta pekerja pada akhir 2015.')
    assert facts_of(body, published_on=date(2016, 1, 12)) == [("participants", "participants", "all", "JP", 2015,
                                                               1_900_000)]
