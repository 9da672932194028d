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


def test_a_data_dates_month_later_in_the_year_than_publication_is_last_years(facts_of):
    assert facts_of("Per Desember, jumlah peserta aktif mencapai 40 juta.", with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2023, "2023-12", 40e6)]
    assert facts_of("Per Maret, jumlah peserta aktif mencapai 40 juta.", with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2024, "2024-03", 40e6)]
    body = "BPJS Ketenagakerjaan menargetkan hingga Desember peserta aktif mencapai 45 juta."
    assert facts_of(body, with_as_of=True) == [("targets", "active_participants", "all", None, 2024, "2024-12", 45e6)]


def test_a_data_date_written_in_figures(facts_of):
    assert facts_of("Dana kelolaan per 31/12/2023 tercatat Rp 700 triliun.", with_as_of=True) == [
        ("funds", "managed_funds", "all", None, 2023, "2023-12-31", 700e12)]
    body = "Dana kelolaan tercatat Rp 700 triliun, kata Dirut, Senin (26/2/2024)."  # a statement's date
    assert facts_of(body, published_on=date(2024, 2, 27), with_as_of=True) == [
        ("funds", "managed_funds", "all", None, 2024, None, 700e12)]
