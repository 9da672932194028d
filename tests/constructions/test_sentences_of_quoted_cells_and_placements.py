"""Constructions of quoted cells and placements: a data file quoting its cells, potential participants, a bare target of
the fund's size a few sentences after the fund, an active qualifier before a group's members, money added to a
portfolio, and money of a fund channelled to the building of an instrument."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_a_data_files_quoted_cells_are_its_rows():
    page = ("SatuData Kerja - Portal Data\nDataset: Jumlah Peserta Aktif BPJS Ketenagakerjaan Bulanan 2022\n"
            "Diperbarui: 9 Juni 2022\n\nPratinjau:\nbulan,peserta_aktif,peserta_aktif_bpu,pertumbuhan_mom_persen\n"
            '2022-01,"31.205.477","3.812.004","0,8"\n2022-02,"31.488.910","3.905.662","0,9"\n')
    assert [(f.metric, f.segment, f.year, f.as_of, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("active_participants", "all", 2022, "2022-01", 31_205_477),
        ("active_participants", "informal", 2022, "2022-01", 3_812_004),
        ("active_participants", "all", 2022, "2022-02", 31_488_910),
        ("active_participants", "informal", 2022, "2022-02", 3_905_662)]


def test_potential_participants_are_no_count_of_members(facts_of):
    body = ("The agency had 30.2 million active participants as of June 2021. The agency estimates there are some 70 "
            "million potential informal participants nationwide.")
    assert facts_of(body, published_on=date(2021, 7, 8)) == [
        ("participants", "active_participants", "all", None, 2021, 30.2e6)]


def test_a_bare_target_of_the_funds_size_a_few_sentences_on_is_the_funds(facts_of):
    body = ("BPJS Ketenagakerjaan said its managed funds reached Rp 201.3 trillion as of September. Investment returns "
            "amounted to Rp 16.4 trillion, while claims paid to members reached Rp 14.7 trillion. The agency is targeting "
            "more members. \"We want to reach Rp 206 trillion by the end of the year,\" the director said.")
    assert ("targets", "managed_funds", "all", None, 2015, 206e12) in facts_of(body, published_on=date(2015, 11, 3))


def test_an_active_qualifier_before_a_groups_members_makes_them_active(facts_of):
    body = "The agency had 612,457 active migrant worker members at the end of last year."
    assert facts_of(body, published_on=date(2026, 1, 15)) == [
        ("participants", "active_participants", "migrant", None, 2025, 612457)]


def test_money_added_to_a_portfolio_is_an_allocation(facts_of):
    body = ("Dana kelolaan per Maret 2023 mencapai Rp 680 triliun. Sebanyak Rp 1,2 T di antaranya ditambahkan ke "
            "portofolio saham sepanjang kuartal pertama.")
    assert facts_of(body, published_on=date(2023, 4, 20)) == [("funds", "managed_funds", "all", None, 2023, 680e12)]


def test_money_of_a_fund_channelled_to_building_an_instrument_is_an_allocation(facts_of):
    body = ("Dana kelolaan per Oktober 2018 mencapai Rp 360 triliun. Sebanyak Rp 80 triliun dana tersebut disalurkan "
            "untuk pembangunan infrastruktur.")
    assert facts_of(body, published_on=date(2018, 11, 5)) == [("funds", "managed_funds", "all", None, 2018, 360e12)]
