"""Constructions of purposes and pools: the job-loss programme named by whom it is for, and workers who have not been
protected."""
from datetime import date


def test_the_job_loss_programme_named_by_whom_it_is_for(facts_of):
    body = ("Program untuk pekerja korban PHK itu juga telah menghimpun iuran Rp 1,9 triliun pada periode Januari hingga "
            "November 2023.")
    assert facts_of(body, published_on=date(2023, 12, 5)) == [("funds", "contributions", "all", "JKP", 2023, 1.9e12)]


def test_workers_who_have_not_been_protected_are_a_pool(facts_of):
    body = ("The agency had 31.6 million active participants. There are potentially 80 million workers there who have "
            "not been protected, the agency's director said.")
    assert facts_of(body, published_on=date(2017, 3, 1)) == [
        ("participants", "active_participants", "all", None, 2017, 31.6e6)]
