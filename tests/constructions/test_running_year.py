"""constructions/running_year.py and period.py: the year later figures of a kind take."""
from datetime import date


def test_the_date_of_a_count_of_those_paid_dates_the_amount_after_it(facts_of):
    body = ("Deputi mengatakan klaim naik 100 persen dari 31 Maret 2024 dibandingkan 31 Maret 2025. "
            "Per 31 Maret 2025, BPJS Ketenagakerjaan telah menyalurkan manfaat JKP kepada lebih dari 35 ribu pekerja. "
            "Total nilai manfaat yang dibayarkan mencapai Rp 161 miliar.")
    assert facts_of(body, published_on=date(2025, 5, 8)) == [("funds", "benefits_paid", "all", "JKP", 2025, 161e9)]


def test_a_count_of_those_paid_without_a_date_of_its_own_sets_no_year(facts_of):
    body = ("Pada 2023 dana kelolaan mencapai Rp 700 triliun. BPJS Ketenagakerjaan menyalurkan manfaat JKP kepada "
            "35 ribu pekerja. Total nilai manfaat yang dibayarkan mencapai Rp 161 miliar.")
    assert ("funds", "benefits_paid", "all", "JKP", 2023, 161e9) in facts_of(body, published_on=date(2025, 5, 8))
