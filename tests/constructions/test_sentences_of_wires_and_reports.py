"""Constructions of wire stories and year-end reports: an amount paid to a count of people is no change, a programme
named in a clause set off about the subject, a part of the country's workforce, a baseline dated "at the end of" a past
year beside a target, a target proposed ("mengajukan sasaran"), a comparison told in brackets, an amount naming its
own measure beside a change, a target's own words after a change's baseline, active members thanked ("kepada"), a
ceremony's handover, and an allocation to fixed income."""
from __future__ import annotations

from datetime import date


def test_an_amount_paid_to_a_count_of_people_is_no_change_to_that_count(facts_of):
    got = facts_of("The agency paid benefits worth Rp27.1 trillion to 2.1 million claimants in 2018, up from Rp21.8 "
                   "trillion in 2017, its president director said.", published_on=date(2019, 1, 20))
    assert got == [("funds", "benefits_paid", "all", None, 2018, 27.1e12),
                   ("funds", "benefits_paid", "all", None, 2017, 21.8e12)]


def test_a_programme_named_in_a_clause_set_off_about_the_subject_is_not_the_amounts(facts_of):
    got = facts_of("BPJS Ketenagakerjaan, which provides old-age savings and pensions to around 30 million active members, "
                   "manages about 550 trillion rupiah as of the end of September.", published_on=date(2021, 10, 20))
    assert ("funds", "managed_funds", "all", None, 2021, 550e12) in got


def test_a_part_of_the_countrys_workforce_takes_what_is_said_of_it(facts_of):
    got = facts_of("Only 2.1 million of the country's estimated 74 million informal workers are active members, the "
                   "official said.", published_on=date(2019, 5, 2))
    assert got == [("participants", "active_participants", "informal", None, 2019, 2.1e6)]


def test_a_baseline_at_the_end_of_a_past_year_beside_a_target_is_what_was_realised(facts_of):
    got = facts_of("The agency also aims to have 650,000 active employers by the end of this year, compared with 590,000 "
                   "companies actively paying contributions at the end of 2022.", published_on=date(2023, 2, 1))
    assert ("targets", "active_employers", "all", None, 2023, 650_000) in got
    assert ("participants", "active_employers", "all", None, 2022, 590_000) in got


def test_a_target_proposed_to_parliament_is_a_target(facts_of):
    got = facts_of("BPJS Ketenagakerjaan mengajukan sasaran dana kelolaan sebesar Rp241 triliun untuk tahun anggaran 2016 "
                   "dalam rapat dengar pendapat dengan Komisi IX DPR.", published_on=date(2015, 9, 8))
    assert got == [("targets", "managed_funds", "all", None, 2016, 241e12)]


def test_a_comparison_told_in_brackets_ends_with_them(facts_of):
    got = facts_of("BPJS Ketenagakerjaan menutup tahun 2019 dengan 34,2 juta peserta aktif. Dari sisi keuangan, lembaga "
                   "membukukan Rp431,9 triliun dana kelolaan (naik 18 persen dari Rp365,5 triliun pada 2018), Rp29,2 "
                   "triliun hasil investasi, dan Rp73,2 triliun iuran yang diterima sepanjang tahun.",
                   published_on=date(2020, 2, 10))
    assert ("funds", "managed_funds", "all", None, 2018, 365.5e12) in got
    assert ("funds", "investment_returns", "all", None, 2019, 29.2e12) in got
    assert ("funds", "contributions", "all", None, 2019, 73.2e12) in got


def test_an_amount_naming_its_own_measure_is_no_changes_difference(facts_of):
    got = facts_of("Lembaga membukukan Rp500 triliun dana kelolaan, naik dari Rp420 triliun pada 2019, serta Rp80,2 "
                   "triliun iuran sepanjang 2020.", published_on=date(2021, 2, 1))
    assert ("funds", "contributions", "all", None, 2020, 80.2e12) in got


def test_a_targets_own_words_after_a_changes_baseline_decide_its_kind(facts_of):
    got = facts_of("Dana kelolaan per 30 Juni 2017 telah mencapai Rp286,1 triliun, naik dari Rp226,9 triliun pada Juni "
                   "2016, dan ditargetkan menjadi Rp313 triliun pada akhir 2017.", published_on=date(2017, 7, 20))
    assert ("targets", "managed_funds", "all", None, 2017, 313e12) in got
    assert ("funds", "managed_funds", "all", None, 2017, 286.1e12) in got


def test_active_members_thanked_are_a_level_not_recipients(facts_of):
    got = facts_of("\"Kami berterima kasih kepada 680.000 pemberi kerja aktif yang setia mendaftarkan pekerjanya,\" ujar "
                   "Direktur Utama BPJS Ketenagakerjaan.", published_on=date(2022, 12, 5))
    assert got == [("participants", "active_employers", "all", None, 2022, 680_000)]


def test_a_ceremonys_handover_is_no_benefits_total(facts_of):
    got = facts_of("Dalam rangkaian HUT itu, BPJS Ketenagakerjaan juga menyerahkan beasiswa senilai Rp 2,4 miliar kepada "
                   "1.200 anak peserta.", published_on=date(2018, 12, 5))
    assert got == []


def test_english_an_amount_in_fixed_income_is_an_allocation(facts_of):
    got = facts_of("By asset class, the fund had about IDR 250tn in fixed income at the end of 2019, and the agency "
                   "managed IDR 431.9tn in total.", published_on=date(2020, 3, 1))
    assert got == [("funds", "managed_funds", "all", None, 2019, 431.9e12)]


def test_a_clause_describing_the_agency_takes_no_programme_from_before_it(facts_of):
    got = facts_of("Indonesia will start a mandatory pension programme for private-sector workers on Wednesday. The "
                   "programme will be run by BPJS Ketenagakerjaan, the state social security agency, which manages "
                   "230 trillion rupiah in workers' funds as of May.", published_on=date(2016, 6, 30))
    assert got == [("funds", "managed_funds", "all", None, 2016, 230e12)]


def test_a_target_for_the_year_end_after_the_level_of_the_year_still_running(facts_of):
    got = facts_of("Targetnya?\nTahun depan kami targetkan 23 juta peserta aktif.\n"
                   "Dana kelolaan?\nDana kelolaan sekarang Rp190 triliun. Akhir tahun kami proyeksikan Rp205 triliun.",
                   published_on=date(2014, 10, 1))
    assert ("targets", "managed_funds", "all", None, 2014, 205e12) in got


def test_hoping_and_being_realistic_are_forecasts(facts_of):
    assert facts_of("Akhir tahun kita harap dana kelolaan sekitar Rp600 triliun.", published_on=date(2022, 3, 1)) == \
        [("targets", "managed_funds", "all", None, 2022, 600e12)]
    got = facts_of("Target peserta aktif tahun ini 25 juta. Tapi terus terang, yang realistis mungkin di 23 juta.",
                   published_on=date(2016, 5, 1))
    assert ("targets", "active_participants", "all", None, 2016, 23e6) in got


def test_a_sentence_naming_the_largest_part_leaves_the_whole_the_topic(facts_of):
    got = facts_of("Jumlah klaim meningkat 12% dibanding 2017. Kenaikan paling tinggi terjadi pada klaim JHT. Tahun ini, "
                   "perseroan memproyeksikan pembayaran klaim mencapai Rp27 triliun.", published_on=date(2019, 2, 1))
    assert got == [("targets", "benefits_paid", "all", None, 2019, 27e12)]


def test_english_paying_out_contribution_inflows_and_funds_managed(facts_of):
    got = facts_of("The agency reported contribution inflows of Rp 36.2 trillion, while paying out Rp 12.1 trillion in "
                   "old-age savings (JHT) benefits from January to June.", published_on=date(2018, 8, 1))
    assert ("funds", "contributions", "all", None, 2018, 36.2e12) in got
    assert ("funds", "benefits_paid", "all", "JHT", 2018, 12.1e12) in got
    got = facts_of("The fund's net assets reached IDR501.7 trillion. By programme, the funds were managed as follows:\n"
                   "- Old-age savings (JHT): IDR340.1 trillion\n- Pension (JP): IDR95.4 trillion",
                   published_on=date(2021, 3, 1))
    assert ("funds", "managed_funds", "all", "JHT", 2021, 340.1e12) in got


def test_english_expected_to_close_the_year_and_months_of_the_year(facts_of):
    got = facts_of("Funds under management reached Rp 240.1 trillion at the end of October. He expected the figure to "
                   "close the year at around Rp 250 trillion.", published_on=date(2016, 11, 20))
    assert ("targets", "managed_funds", "all", None, 2016, 250e12) in got
    got = facts_of("It earned investment income of 14.2 trillion rupiah in the first five months of the year, he said, "
                   "after returns of 29.2 trillion rupiah in 2019.", published_on=date(2020, 6, 10))
    assert ("funds", "investment_returns", "all", None, 2020, 14.2e12) in got


def test_a_provincial_governments_scheme_and_other_bodies_are_no_facts(facts_of):
    for sentence in ("The Central Java Provincial Government, for instance, has covered 300.000 informal workers.",
                     "Program Kartu Prakerja menjangkau 5,6 juta peserta sepanjang tahun ini.",
                     "Danantara mengelola aset lebih dari Rp14.000 triliun."):
        assert facts_of(sentence, published_on=date(2025, 3, 1)) == [], sentence


def test_the_capital_alone_and_a_regional_deputy_make_figures_regional(facts_of):
    got = facts_of("Nationally, 40.1 million workers were active members at the end of 2023. In Jakarta alone, 7.9 million "
                   "workers were covered as of December, the highest of any province.", published_on=date(2024, 1, 20))
    assert got == [("participants", "active_participants", "all", None, 2023, 40.1e6)]
    got = facts_of("Kepesertaan di Jawa Barat terus tumbuh. Kami berbincang dengan Deputi Direktur BPJS Ketenagakerjaan "
                   "Wilayah Jawa Barat.\nPeserta bukan penerima upah baru 318.000 orang.", published_on=date(2019, 4, 1))
    assert got == []


def test_money_the_government_sets_aside_is_not_the_agencys(facts_of):
    for sentence in ("Pemerintah menyiapkan Rp37,7 triliun untuk 15,7 juta pekerja.",
                     "The government has set aside Rp 6 trillion for the new programme."):
        assert facts_of(sentence, published_on=date(2020, 9, 1)) == [], sentence


def test_english_a_clause_describing_what_the_agency_runs_names_no_programme(facts_of):
    got = facts_of("BPJS Ketenagakerjaan, the state agency that runs old-age savings, pension and accident insurance for "
                   "private-sector workers, had 650.2 trillion rupiah in funds under management at the end of 2022.",
                   published_on=date(2023, 3, 1))
    assert got == [("funds", "managed_funds", "all", None, 2022, 650.2e12)]


def test_english_members_working_in_a_sector_and_a_registry_including_the_inactive(facts_of):
    got = facts_of("Of the active members, 25.1 million were wage earners and 2.7 million were non-wage earners working "
                   "in the informal sector. Registered membership, which includes inactive accounts, stood at 52.3 "
                   "million.", published_on=date(2019, 8, 1))
    assert ("participants", "active_participants", "informal", None, 2019, 2.7e6) in got
    assert ("participants", "registered_participants", "all", None, 2019, 52.3e6) in got


def test_english_listed_stocks_an_investment_returns_target_and_funds_that_now_exceed(facts_of):
    got = facts_of("For 2019, the agency has set an AUM target of Rp 414 trillion and an investment-returns target of "
                   "Rp 32.5 trillion, with about Rp 80 trillion in listed stocks.", published_on=date(2019, 2, 1))
    assert got == [("targets", "managed_funds", "all", None, 2019, 414e12),
                   ("targets", "investment_returns", "all", None, 2019, 32.5e12)]
    got = facts_of("The agency had 650 trillion rupiah a year ago. Funds under management now exceed Rp750 trillion.",
                   published_on=date(2024, 5, 1))
    assert ("funds", "managed_funds", "all", None, 2024, 750e12) in got


def test_english_members_of_the_wage_earner_segment_are_formal(facts_of):
    got = facts_of("Active members in the wage-earner segment numbered 27.2 million at the end of 2018.",
                   published_on=date(2019, 2, 1))
    assert got == [("participants", "active_participants", "formal", None, 2018, 27.2e6)]


def test_english_a_fiscal_year_in_brackets_labels_only_its_own_figure(facts_of):
    got = facts_of("BPJS Ketenagakerjaan released its unaudited FY2023 figures last week. Managed funds reached Rp 711,120 "
                   "bn (FY2022: Rp 635,420 bn), while investment income rose to Rp 47,010 bn.", published_on=date(2024, 3, 1))
    assert ("funds", "managed_funds", "all", None, 2023, 711.12e12) in got
    assert ("funds", "managed_funds", "all", None, 2022, 635.42e12) in got
    assert ("funds", "investment_returns", "all", None, 2023, 47.01e12) in got
