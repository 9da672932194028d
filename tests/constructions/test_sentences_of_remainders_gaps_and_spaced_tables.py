"""Constructions of remainders, gaps and spaced tables: a programme an amount belongs to, companies workers come from, an
amount of new money placed, a milestone, a year said to have ended, a remainder still to go, a gap, two columns aligned
by spaces under the page's title, a count said to be overall, an inclusion set off by commas, a clause of cause, a list
of programmes by purpose, migrant workers abroad, "our capital" for a target, a share of a portfolio, and the way to a
target from a rounded level."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_an_amount_belonging_to_a_programme_named_after_it_is_its(facts_of):
    body = ("Of the Rp520.1 trillion we manage as of May, Rp380.5 trillion belongs to the old-age savings programme (JHT) "
            "and Rp101.2 trillion to the pension programme.")
    assert facts_of(body, published_on=date(2021, 6, 10)) == [
        ("funds", "managed_funds", "all", None, 2021, 520.1e12), ("funds", "managed_funds", "all", "JHT", 2021, 380.5e12),
        ("funds", "managed_funds", "all", "JP", 2021, 101.2e12)]


def test_the_companies_workers_come_from_are_employers(facts_of):
    body = "BPJS Ketenagakerjaan covered 19.1 million workers from 351,000 employers as of June 2015, a 12 percent rise."
    assert facts_of(body, published_on=date(2015, 7, 22)) == [
        ("participants", "participants", "all", None, 2015, 19.1e6), ("participants", "employers", "all", None, 2015, 351e3)]


def test_new_money_to_be_placed_in_bonds_is_an_allocation(facts_of):
    body = ("Last year it ended with managed funds of Rp 880.2 trillion. About Rp 125 trillion of new money will be placed "
            "in government bonds (SBN), he said.")
    assert facts_of(body, published_on=date(2026, 1, 21)) == [("funds", "managed_funds", "all", None, 2025, 880.2e12)]


def test_a_milestone_is_a_target(facts_of):
    body = ("Closing 2022, BPJS Ketenagakerjaan protects 35.9 million active participants. Our next milestone: 70 million "
            "active participants by 2026.")
    assert facts_of(body, published_on=None) == [
        ("participants", "active_participants", "all", None, 2022, 35.9e6),
        ("targets", "active_participants", "all", None, 2026, 70e6)]


def test_an_undated_page_saying_a_year_ended_is_written_the_year_after(facts_of):
    body = ('"We also target funds under management of Rp240 trillion this year," the director said. The agency ended 2015 '
            "with Rp206 trillion in managed funds.")
    assert facts_of(body, published_on=None) == [
        ("targets", "managed_funds", "all", None, 2016, 240e12), ("funds", "managed_funds", "all", None, 2015, 206e12)]


def test_what_still_remains_to_go_is_no_level(facts_of):
    body = "Per akhir Juni 2023, peserta aktif baru mencapai 37,2 juta, sehingga masih tersisa sekitar 33 juta lagi."
    assert facts_of(body, published_on=date(2023, 8, 1)) == [
        ("participants", "active_participants", "all", None, 2023, 37.2e6)]


def test_a_gap_still_to_close_is_no_level(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat jumlah peserta aktif pada 2025 sebanyak 49,8 juta orang. Ia mengakui kesenjangan "
            "sekitar 20 juta peserta masih harus dikejar.")
    assert facts_of(body, published_on=date(2026, 1, 14)) == [
        ("participants", "active_participants", "all", None, 2025, 49.8e6)]


def test_two_columns_aligned_by_spaces_under_the_pages_title_take_its_unit():
    page = ("PORTALDATA.ID — Statistik Populer\nKategori: Ketenagakerjaan\n"
            "Jumlah Peserta Aktif BPJS Ketenagakerjaan per Bulan, Januari–Maret 2023 (juta orang)\n"
            "Diperbarui: 18 Juli 2023\n\nBulan        Peserta aktif\nJanuari      35,12\nFebruari     35,40\n"
            "Maret        35,87\n")
    assert [(f.table, f.metric, f.year, f.as_of, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("participants", "active_participants", 2023, "2023-01", 35_120_000),
        ("participants", "active_participants", 2023, "2023-02", 35_400_000),
        ("participants", "active_participants", 2023, "2023-03", 35_870_000)]


def test_a_count_said_to_be_overall_takes_no_group_from_the_question(facts_of):
    body = ("T: Berapa jumlah peserta BPU saat ini?\nJ: Hingga akhir Desember 2024, peserta bukan penerima upah (BPU) yang "
            "aktif tercatat 9.612.304 orang. Secara keseluruhan, peserta aktif BPJS Ketenagakerjaan pada 2024 mencapai "
            "45,2 juta pekerja.")
    assert facts_of(body, published_on=date(2025, 2, 3)) == [
        ("participants", "active_participants", "informal", None, 2024, 9612304),
        ("participants", "active_participants", "all", None, 2024, 45.2e6)]


def test_an_inclusion_set_off_by_commas_names_no_measure(facts_of):
    body = "Total aset kami, termasuk DJS dan badan, sekitar Rp 752 triliun per akhir Juni."
    assert facts_of(body, published_on=date(2024, 7, 15)) == [("funds", "assets", "all", None, 2024, 752e12)]


def test_a_clause_of_cause_holding_the_figure_takes_nothing_from_before_it(facts_of):
    body = ("Sejumlah anggota Komisi IX menilai target kepesertaan terlalu ambisius, mengingat jumlah pekerja informal "
            "mencapai 84 juta orang.")
    assert facts_of(body, published_on=date(2025, 9, 1)) == []


def test_a_list_of_programmes_by_purpose_is_for_none_of_them(facts_of):
    body = ("Lembaga ini juga menyalurkan manfaat untuk jaminan hari tua, kecelakaan kerja, kematian, pensiun dan "
            "kehilangan pekerjaan senilai Rp 71,5 triliun sepanjang 2025.")
    assert facts_of(body, published_on=date(2026, 1, 20)) == [("funds", "benefits_paid", "all", None, 2025, 71.5e12)]


def test_migrant_workers_abroad_are_the_workforce(facts_of):
    body = "Per Juni 2025, peserta PMI yang aktif ada 512.430 orang. Padahal PMI di luar negeri diperkirakan 4,6 juta orang?"
    assert facts_of(body, published_on=date(2025, 7, 8)) == [
        ("participants", "active_participants", "migrant", None, 2025, 512430)]


def test_our_capital_for_a_target_is_no_capital(facts_of):
    body = ('"Ini modal kami untuk mengejar target 21 juta peserta aktif hingga akhir tahun," kata Direktur Kepesertaan '
            "BPJS Ketenagakerjaan.")
    assert facts_of(body, published_on=date(2015, 4, 13)) == [("targets", "active_participants", "all", None, 2015, 21e6)]


def test_an_instruments_share_of_the_portfolio_is_an_allocation(facts_of):
    body = ("Hasil investasi sepanjang tahun lalu mencapai Rp 58,4 triliun. Porsi saham dalam portofolio sekitar Rp 96 "
            "triliun.")
    assert facts_of(body, published_on=date(2026, 2, 2)) == [("funds", "investment_returns", "all", None, 2025, 58.4e12)]


def test_the_way_to_a_target_from_a_rounded_level_starts_from_that_level(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan jumlah peserta aktif mencapai 70 juta pekerja pada 2026.\n"
            "Hingga akhir 2023, jumlah peserta aktif tercatat 41,56 juta orang, naik dari 35,92 juta pada tahun "
            "sebelumnya.\n\"Untuk tahun ini kami membidik 48 juta peserta aktif. Perjalanan dari 40 juta ke 70 juta memang "
            "tidak mudah,\" kata Direktur Kepesertaan.")
    assert facts_of(body, published_on=date(2024, 2, 7)) == [
        ("targets", "active_participants", "all", None, 2026, 70e6),
        ("participants", "active_participants", "all", None, 2023, 41.56e6),
        ("participants", "active_participants", "all", None, 2022, 35.92e6),
        ("targets", "active_participants", "all", None, 2024, 48e6),
        ("participants", "active_participants", "all", None, 2023, 40e6)]
