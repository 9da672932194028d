"""Constructions of inclusions, items and users: funds "worth" so much to manage, programmes a total includes, a
placement restated as a share, a programme named for the amount of a clause before, a group's part of a programme's
members, and those who used a programme, workers not all covered and a reduction."""
from __future__ import annotations

from datetime import date


def test_funds_worth_so_much_to_manage_are_the_managed_funds(facts_of):
    body = ("Contributions reached Rp45.1 trillion last year. The agency also aims to manage funds worth Rp310 trillion by "
            "the end of this year.")
    assert facts_of(body, published_on=date(2017, 5, 2)) == [
        ("funds", "contributions", "all", None, 2016, 45_100_000_000_000),
        ("targets", "managed_funds", "all", None, 2017, 310_000_000_000_000)]


def test_programmes_a_total_includes_are_not_its_programme(facts_of):
    body = ("In total, including work accident, death and pension benefits, the agency paid Rp 25.1 trillion in claims as "
            "of August.")
    assert facts_of(body, published_on=date(2020, 9, 10)) == [("funds", "benefits_paid", "all", None, 2020,
                                                               25_100_000_000_000)]


def test_an_amount_restated_as_a_share_then_invested_is_a_placement(facts_of):
    body = ("The agency managed Rp 640 trillion at the end of 2022. Of the total funds, Rp 460 trillion, or 72 percent, is "
            "invested in debt securities.")
    assert facts_of(body, published_on=date(2023, 2, 1)) == [("funds", "managed_funds", "all", None, 2022,
                                                              640_000_000_000_000)]


def test_a_programme_named_for_the_amount_of_a_clause_before_is_not_the_counts(facts_of):
    body = ("Secara nasional, klaim JHT yang dibayarkan hingga Juli 2019 mencapai Rp16,2 triliun, dan jumlah peserta aktif "
            "nasional mencapai 31,9 juta orang.")
    assert facts_of(body, published_on=date(2019, 8, 20)) == [
        ("funds", "benefits_paid", "all", "JHT", 2019, 16_200_000_000_000),
        ("participants", "active_participants", "all", None, 2019, 31_900_000)]


def test_a_groups_part_of_a_programmes_members_is_that_programmes(facts_of):
    body = ("Jumlah peserta JP aktif saat ini sebanyak 14,5 juta pekerja, terdiri dari 14,1 juta peserta penerima upah dan "
            "sekitar 400 ribu pekerja migran.")
    got = facts_of(body, published_on=date(2023, 6, 6))
    assert ("participants", "active_participants", "formal", "JP", 2023, 14_100_000) in got
    assert ("participants", "active_participants", "migrant", "JP", 2023, 400_000) in got


def test_users_of_a_programme_workers_not_all_covered_and_a_reduction_are_no_facts(facts_of):
    body = ('"Program kehilangan pekerjaan dimanfaatkan 48.000 peserta yang terkena PHK," kata Direktur. "Pekerja formal saja '
            'ada sekitar 41 juta orang yang belum semuanya terlindungi," katanya. The relief would reduce the agency\'s '
            "contribution income by an estimated Rp 12 trillion.")
    assert facts_of(body, published_on=date(2021, 3, 1)) == []
