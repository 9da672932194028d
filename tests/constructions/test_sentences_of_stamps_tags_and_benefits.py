"""Constructions of stamps, tags and benefits: a page's stamp between its lines heads nothing, a section's tag before
a headline leaves the headline, English benefits named before their amount, a placement out of one programme's fund,
and companies that register only part of their workers."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_a_pages_stamp_between_its_lines_dates_nothing_under_it():
    page = ("Bisnis.com, JAKARTA — BPJS Ketenagakerjaan membukukan jumlah peserta aktif sebanyak 41,23 juta pekerja "
            "sepanjang 2023.\nRabu, 14 Feb 2024 14:05 WIB\nDirektur Kepesertaan menjelaskan, peserta aktif tersebut "
            "terdiri dari penerima upah (PU) 27,9 juta dan bukan penerima upah (BPU) 8,7 juta.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", "formal", None, 2023, 27_900_000) in got
    assert ("participants", "active_participants", "informal", None, 2023, 8_700_000) in got
    assert not any(f[4] == 2024 for f in got)


def test_a_section_tag_before_the_headline_leaves_the_headline_and_its_year():
    page = ("INFOGRAFIS | BPJS Ketenagakerjaan Sepanjang 2016\n• Peserta aktif: 22,6 juta (+2,3 juta peserta baru)\n"
            "• Dana kelolaan: Rp 259 triliun\nGrafis: Tim Redaksi\n")
    article = clean_article("t", page)
    assert article.title == "BPJS Ketenagakerjaan Sepanjang 2016"
    got = _page_facts(page)
    assert ("participants", "active_participants", "all", None, 2016, 22_600_000) in got
    assert ("funds", "managed_funds", "all", None, 2016, 259_000_000_000_000) in got


def test_english_benefits_named_before_their_amount_are_paid(facts_of):
    body = ("Funds under management reached IDR 798.1 trillion at the end of 2024. Benefits under the Job Loss Guarantee "
            "programme (Jaminan Kehilangan Pekerjaan, JKP) totalled IDR 412.6 billion.")
    assert ("funds", "benefits_paid", "all", "JKP", 2024, 412.6e9) in facts_of(body, published_on=date(2025, 2, 3))


def test_a_placement_out_of_one_programmes_fund_and_companies_registering_part_of_their_workers(facts_of):
    body = ("Dana kelolaan JHT mencapai Rp 300 triliun. Sebanyak Rp 58,4 triliun dari dana JHT ditempatkan di obligasi "
            "BUMN.")
    assert facts_of(body, published_on=date(2020, 3, 1)) == [("funds", "managed_funds", "all", "JHT", 2020, 300e12)]
    assert facts_of("\"Kami menemukan sekitar 12.000 perusahaan masih PDS upah maupun PDS tenaga kerja,\" kata Direktur.",
                    published_on=date(2015, 6, 1)) == []
