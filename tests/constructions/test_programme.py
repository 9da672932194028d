"""constructions/programme.py: the programme of a figure, named or by its purpose."""


def test_programmes_named_by_purpose(facts_of):
    got = facts_of("Sepanjang 2023, klaim untuk kecelakaan kerja Rp 2,5 triliun, Rp 1,2 triliun untuk kematian, "
                   "dan untuk pensiun Rp 800 miliar.")
    assert got == [("funds", "benefits_paid", "all", "JKK", 2023, 2.5e12),
                   ("funds", "benefits_paid", "all", "JKM", 2023, 1.2e12),
                   ("funds", "benefits_paid", "all", "JP", 2023, 800e9)]


def test_retirement_age_is_no_pension_programme(facts_of):
    got = facts_of("Sepanjang 2023, klaim JHT karena usia pensiun mencapai Rp 15 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 15e12)]
