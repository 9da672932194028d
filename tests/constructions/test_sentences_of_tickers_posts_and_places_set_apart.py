"""Constructions of tickers, posts and places set apart: a post's sentence closed by pictures, a rate of exchange,
members who received a subsidy, an amount higher than a year earlier's, a slide's item opening with its amount, a data
file's rows in semicolons with dashes and decimal commas, a ticker's items, a place set apart from the nation, an
instrument with its letters in brackets, and "the same year", a target's too."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> list[tuple]:
    return [(f.table, f.metric, f.segment, f.program, f.year, f.as_of, round(f.value))
            for f in extract_facts(clean_article("t", page))]


def test_a_posts_sentence_closed_by_pictures_is_body():
    page = ("Andi Pratama • 2nd\nDeputy Director, Membership | BPJS Ketenagakerjaan\n6y • Edited\n"
            "Proud to share that as of September 2018, BPJS Ketenagakerjaan protects 29.4 million active workers across "
            "Indonesia! 🇮🇩\nOur funds under management have crossed IDR 350 trillion.\n")
    assert ("participants", "active_participants", "all", None, 2018, "2018-09", 29_400_000) in _page_facts(page)


def test_a_rate_of_exchange_counts_nothing(facts_of):
    body = ("The pension programme (JP), which is compulsory only for medium and large firms, had 12.5 million participants "
            "in 2018. Indonesia's workforce numbers about 131 million, of whom fewer than a quarter are covered by the "
            "scheme. ($1 = 14,020 rupiah) - Reuters")
    assert facts_of(body, published_on=date(2019, 1, 30)) == [("participants", "participants", "all", "JP", 2018, 12.5e6)]


def test_members_who_received_a_subsidy_are_recipients(facts_of):
    body = ("At the end of 2020, active participants totaled 29.98 million. Meanwhile, some 12.4 million BP Jamsostek "
            "members received the government's wage subsidy last year.")
    assert facts_of(body, published_on=date(2021, 2, 17)) == [
        ("participants", "active_participants", "all", None, 2020, 29.98e6)]


def test_an_amount_higher_than_a_year_earlier_is_compared_with_it(facts_of):
    body = ("BPJS Ketenagakerjaan disbursed benefits worth Rp 58.4 trillion to participants in 2024, higher than Rp 52.6 "
            "trillion a year earlier. Claims under the job loss programme (Jaminan Kehilangan Pekerjaan) totaled Rp 412 "
            "billion.")
    assert facts_of(body, published_on=date(2025, 2, 4)) == [
        ("funds", "benefits_paid", "all", None, 2024, 58.4e12), ("funds", "benefits_paid", "all", None, 2023, 52.6e12),
        ("funds", "benefits_paid", "all", "JKP", 2024, 412e9)]


def test_a_slides_item_opening_with_its_amount_is_body():
    page = ("Paparan Kinerja BPJS Ketenagakerjaan 2016\nSenin, 16 Januari 2017\n\n[Slide 3] Kinerja Kepesertaan 2016\n"
            "• Tenaga kerja aktif: 22,6 juta\n\n[Slide 6] Klaim 2016\n• Rp 16,9 T dibayarkan kepada 1,98 juta peserta\n")
    assert ("funds", "benefits_paid", "all", None, 2016, None, 16_900_000_000_000) in _page_facts(page)


def test_a_data_files_rows_in_semicolons_may_hold_dashes_and_decimal_commas():
    page = ("KerjaData - Portal Statistik\nDataset: Peserta Aktif BPJS Ketenagakerjaan Bulanan, Januari-Maret 2021\n"
            "Diperbarui: 15 Juli 2021\n\nPratinjau:\nbulan;peserta_aktif;pertumbuhan_mom_persen\n2021-01;29.981.204;-\n"
            "2021-02;30.214.880;0,78\n2021-03;30.566.015;1,16\n")
    assert _page_facts(page) == [
        ("participants", "active_participants", "all", None, 2021, "2021-01", 29_981_204),
        ("participants", "active_participants", "all", None, 2021, "2021-02", 30_214_880),
        ("participants", "active_participants", "all", None, 2021, "2021-03", 30_566_015)]


def test_a_tickers_items_are_body():
    page = ("KILAS EKONOMI | 18/04/2024 16:20 | PasarDana.id\n- BPJS Ketenagakerjaan: aset DJS Rp 752,4 T per Maret 2024\n"
            "- BPJS Ketenagakerjaan: peserta aktif 41,2 juta per Maret 2024\n- BPJS Kesehatan: peserta JKN 267,3 juta\n")
    assert _page_facts(page) == [
        ("funds", "assets", "all", None, 2024, "2024-03", 752_400_000_000_000),
        ("participants", "active_participants", "all", None, 2024, "2024-03", 41_200_000)]


def test_a_place_set_apart_from_the_nation_is_a_region(facts_of):
    body = ("Secara nasional, peserta aktif BPJS Ketenagakerjaan per Agustus 2023 sudah mencapai 40,12 juta orang. Adapun "
            "dana kelolaan hingga Juli 2023 tercatat Rp 701,4 triliun. Di Banyumas sendiri, klaim JHT yang dibayarkan "
            "hingga Agustus mencapai Rp 96,2 miliar.")
    assert facts_of(body, published_on=date(2023, 9, 14)) == [
        ("participants", "active_participants", "all", None, 2023, 40.12e6),
        ("funds", "managed_funds", "all", None, 2023, 701.4e12)]


def test_an_instrument_with_its_letters_in_brackets_holds_an_allocation(facts_of):
    body = ("Dana kelolaan per Desember 2020 mencapai Rp 486,4 triliun. Dari sisi portofolio, sebanyak 64 persen dana "
            "ditempatkan pada surat utang, terutama Surat Berharga Negara (SBN) senilai Rp312 triliun.")
    assert facts_of(body, published_on=date(2021, 2, 1)) == [("funds", "managed_funds", "all", None, 2020, 486.4e12)]


def test_the_same_year_is_the_year_named_before(facts_of):
    body = ("Hingga akhir 2020, nelayan yang tercatat sebagai peserta BPJS Ketenagakerjaan baru sekitar 215 ribu orang. "
            "Pada tahun yang sama, total peserta aktif BPJS Ketenagakerjaan 29,98 juta.")
    assert facts_of(body, published_on=None) == [("participants", "active_participants", "all", None, 2020, 29.98e6)]


def test_a_target_in_the_same_year_is_of_the_targets_year(facts_of):
    body = ("BPJS Ketenagakerjaan memasang target 70 juta peserta aktif pada 2026. Sepanjang 2022, jumlah peserta aktif baru "
            "35,12 juta pekerja. Untuk dana kelolaan, BPJS Ketenagakerjaan ingin capai Rp 1.000 triliun pada tahun yang "
            "sama.")
    assert facts_of(body, published_on=None) == [
        ("targets", "active_participants", "all", None, 2026, 70e6),
        ("participants", "active_participants", "all", None, 2022, 35.12e6),
        ("targets", "managed_funds", "all", None, 2026, 1e15)]
