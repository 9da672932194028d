"""Constructions of pointers and funds held: the social security fund's assets named with the fund in brackets, money
held "under management" after its figure, the programme named as protection for laid-off workers, and a label and its
figure parted by a pointer ("2018 ▸ 2,1 juta")."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_the_assets_of_the_social_security_fund_named_with_it_in_brackets(facts_of):
    body = "Adapun aset jaminan sosial (DJS) per Desember 2020 sebesar Rp 486,38 triliun, sedangkan aset badan Rp 14,6 triliun."
    assert ("funds", "assets", "all", None, 2020, 486.38e12) in facts_of(body, published_on=date(2021, 2, 1))


def test_money_held_under_management_after_its_figure(facts_of):
    body = ("About Rp 430 trillion of the fund is placed in government bonds. For 2024 the agency aims to hold Rp 800 "
            "trillion under management.")
    assert facts_of(body, published_on=date(2024, 2, 1)) == [("targets", "managed_funds", "all", None, 2024, 800e12)]


def test_protection_for_laid_off_workers_is_the_job_loss_programme(facts_of):
    body = '"Untuk program perlindungan korban PHK itu, per Januari 2024 kami sudah membayar Rp41,2 miliar," ujarnya.'
    assert facts_of(body, published_on=date(2024, 2, 10)) == [("funds", "benefits_paid", "all", "JKP", 2024, 41.2e9)]


def test_a_label_and_its_figure_parted_by_a_pointer():
    page = ("detakekonomi > Infografis\nRabu, 17 Feb 2021 16:40 WIB\n\n[Teks infografis]\n"
            "PEKERJA BUKAN PENERIMA UPAH (BPU) AKTIF\n2019 ▸ 2,6 juta\n2020 ▸ 2,4 juta\nTARGET 2021 ▸ 3,5 juta\n\n"
            "TOTAL PESERTA TERDAFTAR 2020 ▸ 52,4 juta\n")
    got = {(f.table, f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}
    assert ("participants", "active_participants", "informal", 2020, 2_400_000) in got
    assert ("participants", "registered_participants", "all", 2020, 52_400_000) in got
