"""Constructions of reports, ways to a target and interview turns: a bilingual report's table, the way from a level to a
stated target, money set aside for housing, a pool of those who could be covered, a handover, a hundred spelled in one
word, an amount paid for the cases counted after it, the fund a flow came from, a count another body records, the next
item after one paid for, a present restatement, an interview's turn, a caption's label, total assets after one
programme's flows, and a dataset's series of one programme."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.parsing.numbers import find_figures


def _page_facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_a_bilingual_reports_table_with_a_column_of_english_labels():
    page = ("Kutipan Ikhtisar Kinerja Laporan Tahunan 2016\nBerikut kutipan halaman ikhtisar laporan tahunan.\n"
            "(dalam miliar rupiah, kecuali dinyatakan lain / in billion rupiah, unless otherwise stated)\n"
            "Uraian | 2016 | 2015 | Description\nIuran | 51.873 | 36.404 | Contributions\n"
            "Dana Kelolaan | 260.510 | 206.054 | Funds Under Management\n"
            "Peserta Aktif (orang) | 22.614.480 | 19.203.110 | Active Participants (persons)\n")
    got = _page_facts(page)
    assert ("funds", "contributions", "all", None, 2016, 51_873_000_000_000) in got
    assert ("funds", "managed_funds", "all", None, 2015, 206_054_000_000_000) in got
    assert ("participants", "active_participants", "all", None, 2016, 22_614_480) in got


def test_the_way_from_a_level_to_a_stated_target_restates_both(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat jumlah peserta aktif pada 2023 sebanyak 41,56 juta pekerja. \"Kemudian pada "
            "2026 sesuai peta jalan, 70 juta peserta aktif,\" kata Andi. Ia mengakui, lompatan dari 41 juta ke 70 juta "
            "peserta bukan pekerjaan mudah.")
    got = facts_of(body, published_on=date(2024, 1, 17))
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 41e6) in got
    assert not any(f[0] == "participants" and f[4] != 2023 for f in got)


def test_money_set_aside_for_workers_housing_is_no_fund(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan mencapai Rp 200 triliun. Dari dana tersebut, sekitar Rp 10 triliun "
            "disiapkan untuk program perumahan pekerja. Selain itu, BPJS Ketenagakerjaan menyiapkan Rp 1,5 triliun untuk "
            "pembiayaan rumah pekerja.")
    assert facts_of(body, published_on=date(2014, 11, 20)) == [("funds", "managed_funds", "all", None, 2014, 200e12)]


def test_a_pool_that_could_be_covered_and_a_ceremonys_handover_are_no_facts(facts_of):
    assert facts_of("The agency estimates some 26.5 million informal workers could still be covered.",
                    published_on=date(2020, 5, 1)) == []
    assert facts_of("The director said that 44.6 million formal workers were potential participants.",
                    published_on=date(2015, 5, 1)) == []
    assert facts_of("BPJS Ketenagakerjaan menyerahkan santunan jaminan kematian kepada 52 ahli waris. Total santunan "
                    "yang diserahkan hari ini mencapai Rp 2,18 miliar.", published_on=date(2023, 7, 20)) == []


def test_a_hundred_or_a_thousand_said_in_one_word_closes_its_group():
    assert [f.value for f in find_figures("seratus dua puluh triliun rupiah; seribu dua ratus triliun; "
                                          "seratus dua puluh lima juta")] == [120e12, 1.2e15, 125e6]


def test_an_amount_paid_for_the_cases_counted_after_it_is_their_programmes(facts_of):
    body = "Sepanjang 2017, BPJS Ketenagakerjaan membayarkan Rp 971 miliar untuk 123.000 kasus kecelakaan kerja."
    assert facts_of(body, published_on=date(2018, 2, 1)) == [("funds", "benefits_paid", "all", "JKK", 2017, 971e9)]


def test_the_fund_a_flow_came_from_with_its_own_amount_is_not_the_flows_measure(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat hasil investasi semester I 2016 sebesar Rp9,7 triliun dari dana kelolaan "
            "Rp229,5 triliun per 30 Juni 2016.")
    got = facts_of(body, published_on=date(2016, 7, 20))
    assert ("funds", "investment_returns", "all", None, 2016, 9.7e12) in got
    assert ("funds", "managed_funds", "all", None, 2016, 229.5e12) in got


def test_a_count_another_body_records_is_that_bodys(facts_of):
    body = ("Jumlah pekerja migran yang menjadi peserta aktif mencapai 368.900 orang. Itu masih kecil dibanding sekitar "
            "4,3 juta PMI yang tercatat di BP2MI.")
    assert facts_of(body, published_on=date(2023, 6, 1)) == [
        ("participants", "active_participants", "migrant", None, 2023, 368_900)]


def test_the_item_after_one_paid_for_a_programme_names_its_own(facts_of):
    body = ("Sepanjang 2024, total klaim mencapai Rp 58,9 triliun. Sebagian besar, Rp 47,6 triliun, dibayarkan untuk "
            "jaminan hari tua, disusul jaminan pensiun Rp 4,8 triliun.")
    got = facts_of(body, published_on=date(2025, 2, 1))
    assert ("funds", "benefits_paid", "all", "JHT", 2024, 47.6e12) in got
    assert ("funds", "benefits_paid", "all", "JP", 2024, 4.8e12) in got


def test_a_present_restatement_of_last_years_exact_count_is_not_another_fact():
    from bpjs_pipeline.model import CleanedArticle
    body = ("Kinerja BPJS Ketenagakerjaan 2015:\nPemberi kerja aktif: 315.471\nDirektur Utama mengatakan, jumlah pemberi "
            "kerja aktif yang kini sekitar tiga ratus lima belas ribu perusahaan itu naik 13 persen.")
    got = [(f.metric, f.year, f.value) for f in extract_facts(CleanedArticle("t", "Judul", None, date(2016, 2, 10), body))]
    assert got == [("active_employers", 2015, 315_471)]


def test_an_interviews_turn_opens_on_a_pointer_at_the_programme_asked_about(facts_of):
    body = ("T: Bagaimana dengan Jaminan Pensiun yang baru berjalan?\nJ: \"Program itu baru berjalan 1 Juli. Sampai pekan "
            "lalu pesertanya sudah 1,04 juta pekerja.\"")
    assert facts_of(body, published_on=date(2015, 8, 21)) == [("participants", "participants", "all", "JP", 2015, 1.04e6)]


def test_a_captions_label_and_total_assets_after_one_programmes_flows():
    page = ("Indonesia's BPJS Ketenagakerjaan paid more old-age claims\nWednesday, 22 January 2020\n"
            "JAKARTA: BPJS Ketenagakerjaan paid 9.9 trillion rupiah in old-age savings (JHT) claims in the first weeks "
            "of the year. The agency manages about 446 trillion rupiah in total assets, its director said.\n"
            "Photo caption: Workers queue at a branch in Bandung. The agency had 40 million members in 2019.\n")
    got = _page_facts(page)
    assert ("funds", "assets", "all", None, 2020, 446e12) in got
    assert not any(f[1] == "participants" for f in got)


def test_a_datasets_rows_by_period_are_of_the_one_programme_its_title_names():
    page = ("Dataset: Klaim Jaminan Hari Tua (JHT) BPJS Ketenagakerjaan per Bulan, 2020\n"
            "Diperbarui: 3 Juni 2020 | Format: CSV\nPratinjau (2 baris):\nperiode,nilai_klaim_rp,jumlah_kasus\n"
            "2020-01,2871450000000,201334\n2020-02,2690120000000,189020\n")
    got = _page_facts(page)
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 2_871_450_000_000) in got
    assert not any(f[3] is None for f in got)
