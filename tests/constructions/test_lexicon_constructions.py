"""Constructions that are lexicon entries: a typo'd scale word, a segment named by what it
is not, a payout named by its verb, a breakdown opened by "di dalamnya", an achievement
after "ternyata", a name change that is no time cue."""
from datetime import date

import pytest


def test_a_misspelt_scale_word(facts_of):
    assert facts_of("Per Juni 2020 klaim JHT sebesar Rp 14,34 trilun.") == [("funds", "benefits_paid", "all", "JHT", 2020, 14.34e12)]


def test_workers_without_wages_are_informal(facts_of):
    body = "Per November 2020, peserta terdiri dari 39 juta pekerja penerima upah dan 2,79 juta pekerja non-upah."
    assert ("participants", "participants", "informal", None, 2020, 2.79e6) in facts_of(body)


def test_funds_paid_out_are_benefits(facts_of):
    got = facts_of("Per September 2022, dana JHT yang telah dikeluarkan untuk 2,2 juta peserta tersebut senilai Rp 26 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2022, 26e12)]


def test_a_part_within_a_total(facts_of):
    body = "Per September 2022 total peserta aktif sejumlah 35,6 juta, di mana di dalamnya terdapat pekerja BPU sejumlah 4,6 juta."
    assert ("participants", "active_participants", "informal", None, 2022, 4.6e6) in facts_of(body)


def test_what_was_reached_after_a_target(facts_of):
    body = "Pada 2014, peserta tenaga kerja aktif yang awalnya ditargetkan sebanyak 15,197 juta ternyata mampu menjaring 17,791 juta jiwa."
    got = facts_of(body, published_on=date(2015, 2, 2))
    assert ("targets", "active_participants", "all", None, 2014, 15_197_000) in got
    assert ("participants", "active_participants", "all", None, 2014, 17_791_000) in got


def test_a_name_change_is_no_time_cue(facts_of):
    body = "Tahun lalu, BPJS Ketenagakerjaan atau kini dikenal dengan BPJAMSOSTEK telah melindungi 544,5 ribu Pekerja Migran Indonesia (PMI)."
    assert facts_of(body, published_on=date(2020, 2, 1)) == [("participants", "participants", "migrant", None, 2019, 544_500)]


def test_the_participation_of_companies_counts_employers(facts_of):
    body = "Target kepesertaan perusahaan aktif pada 2014 sebanyak 214.518, ternyata capaian yang mendaftar sebesar 216 ribu."
    got = facts_of(body, published_on=date(2015, 2, 2))
    assert ("targets", "active_employers", "all", None, 2014, 214_518) in got
    assert ("participants", "active_employers", "all", None, 2014, 216_000) in got


def test_a_sentence_pointing_back_at_the_quantity_named_before(facts_of):
    body = ("Jumlah peserta aktif di BPJS Ketenagakerjaan kini kembali naik mendekati angka sebelum pandemi. "
            "Direktur Utama mengatakan jumlahnya mencapai 30,6 juta per Oktober 2021.")
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2021, 30.6e6)]


def test_claimants_counted_in_a_sentence_about_claims(facts_of):
    body = "Pada 2016, dari sisi klaim JHT telah mencapai 1,23 juta orang dengan total nilai Rp9,8 triliun."
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JHT", 2016, 9.8e12)]


def test_coverage_for_workers_is_no_recipient_count(facts_of):
    body = "BPJS Ketenagakerjaan tengah meninjau kembali target perlindungan bagi 70 juta pekerja Indonesia pada 2026."
    assert facts_of(body) == [("targets", "participants", "all", None, 2026, 70e6)]


def test_the_agencys_own_fund_in_a_list_of_programmes(facts_of):
    body = "Per Mei 2024, program JP mencapai Rp170,14 triliun, JKP Rp13,02 triliun, dan BPJS Rp13,41 triliun."
    got = facts_of(body)
    assert ("funds", "managed_funds", "all", "JKP", 2024, 13.02e12) in got
    assert not any(f[-1] == 13.41e12 for f in got)


def test_a_fund_named_after_a_money_word_qualifies_it(facts_of):
    assert facts_of("Pada 2014 hasil investasi DJS mencapai Rp12,48 triliun.") == [
        ("funds", "investment_returns", "all", None, 2014, 12.48e12)]


def test_a_fund_managed_is_managed_funds_whatever_it_was_collected_as(facts_of):
    assert facts_of("Pada 2017 BPJS Ketenagakerjaan mengelola dana iuran pekerja sebesar Rp 271 triliun.") == [
        ("funds", "managed_funds", "all", None, 2017, 271e12)]


def test_money_disbursed_to_pay_claims_is_benefits_paid(facts_of):
    body = "BPJS Ketenagakerjaan menggelontorkan Rp263,95 miliar untuk pembayaran klaim JKP sepanjang Januari hingga Agustus 2024."
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JKP", 2024, 263.95e9)]


def test_per_month_named_is_an_as_of_date_not_a_rate(facts_of):
    assert facts_of("Pada 2015 penerimaan iuran per bulan Juni mencapai Rp15,46 triliun.", with_as_of=True) == [
        ("funds", "contributions", "all", None, 2015, "2015-06", 15.46e12)]


def test_workers_following_a_programme_are_its_participants(facts_of):
    body = "Hingga Juli 2015 jumlah tenaga kerja yang mengikuti program jaminan pensiun mencapai 1,5 juta orang."
    assert facts_of(body) == [("participants", "participants", "all", "JP", 2015, 1.5e6)]


def test_companies_that_registered_their_workers_are_employers(facts_of):
    body = ("Jumlah perusahaan yang telah mendaftarkan pekerjanya ke program BPJS Ketenagakerjaan hingga April 2016 "
            "yakni sekitar 334 ribu perusahaan.")
    assert facts_of(body) == [("participants", "employers", "all", None, 2016, 334_000)]


def test_a_segment_describing_a_programmes_members_is_not_the_counts(facts_of):
    body = ("Pada Januari 2020, program Jaminan Pensiun (JP) yang seluruhnya merupakan peserta PU dengan jumlah "
            "peserta aktif program itu mencapai 12,95 juta.")
    assert facts_of(body) == [("participants", "active_participants", "all", "JP", 2020, 12.95e6)]


def test_a_speakers_title_before_the_verb_of_saying_is_no_region(facts_of):
    body = ("BPJS Ketenagakerjaan terus memperluas kepesertaan pekerja informal di seluruh Indonesia. "
            "Sosialisasi digelar di banyak kota. Kepala Kanwil BPJS Ketenagakerjaan Jateng-DIY, Indriasari "
            "mengatakan, pada tahun 2026, BPJS Ketenagakerjaan menargetkan bisa melindungi 70 juta pekerja.")
    assert facts_of(body) == [("targets", "participants", "all", None, 2026, 70e6)]


def test_a_figure_restated_with_no_fund_word_is_the_figure_before(facts_of):
    body = ("BPJS Ketenagakerjaan membayar klaim JKP Rp263,95 miliar sepanjang Januari hingga Agustus 2024. "
            "Deputi Komunikasi mengatakan total dana Rp263,95 miliar itu diberikan kepada peserta.")
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JKP", 2024, 263.95e9)]


def test_a_sentence_framed_by_its_data_source_dates_the_figures_after_it(facts_of):
    from datetime import date
    body = ("Sepanjang tahun 2019, pembayaran klaim mencapai Rp 29,2 triliun. Data DJSN RI 2020, jumlah pekerja di "
            "Indonesia sebesar 92,45 juta orang. Peserta BPJS Ketenagakerjaan terdaftar sebanyak 49,65 juta orang.")
    assert ("participants", "registered_participants", "all", None, 2020, 49.65e6) in facts_of(body, published_on=date(2020, 12, 5))


def test_a_plans_year_to_come_dates_no_figure_after_it(facts_of):
    from datetime import date
    body = ("Direksi menyampaikan kesiapan untuk beroperasi penuh tahun depan. Jumlah tersebut di atas RKAT yang "
            "menargetkan jumlah peserta sebanyak 15,3 juta orang.")
    assert facts_of(body, published_on=date(2014, 11, 26)) == [("targets", "participants", "all", None, 2014, 15.3e6)]


import pytest  # noqa: E402


@pytest.mark.parametrize("body, metric", [
    ("Hingga akhir 2023, jumlah pekerja yang ikut program BPJS Ketenagakerjaan mencapai 41 juta orang.", "participants"),
    ("Jumlah pekerja yang tergabung dalam BPJS Ketenagakerjaan sebanyak 41 juta orang pada 2023.", "participants"),
    ("Pada 2023, sebanyak 41 juta pekerja telah memperoleh manfaat perlindungan BPJS Ketenagakerjaan.", "participants"),
    ("Pada 2023 pekerja yang telah mendaftarkan diri mencapai 41 juta orang.", "registered_participants"),
])
def test_totals_named_by_what_members_do(facts_of, body, metric):
    assert facts_of(body) == [("participants", metric, "all", None, 2023, 41e6)]


@pytest.mark.parametrize("body, metric", [
    ("Sepanjang 2023, dana yang dihimpun dari iuran peserta mencapai Rp 90 triliun.", "contributions"),
    ("Hasil dari investasi tersebut mencapai Rp 90 triliun pada 2023.", "investment_returns"),
    ("Total aset DJS mencapai Rp 90 triliun pada 2023.", "assets"),
])
def test_money_named_by_what_is_done_with_it(facts_of, body, metric):
    assert facts_of(body) == [("funds", metric, "all", None, 2023, 90e12)]


def test_another_countrys_hiring_target_is_not_a_fact(facts_of):
    assert facts_of("Jepang menargetkan merekrut 70 ribu pekerja Indonesia pada 2024.") == []


def test_an_english_page_reads_with_the_same_rules(facts_of):
    body = "Currently, BPJS Ketenagakerjaan has covered 43 million participants. Its managed funds reached Rp 750 trillion last year."
    got = facts_of(body)
    assert ("participants", "participants", "all", None, 2024, 43e6) in got
    assert ("funds", "managed_funds", "all", None, 2023, 750e12) in got


def test_workers_not_yet_protected_are_not_participants(facts_of):
    body = ("Peserta aktif mencapai 40 juta pada 2024. Masih ada 100 juta lebih tenaga kerja yang "
            "belum mendapat perlindungan jaminan sosial.")
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2024, 40e6)]


def test_a_wage_threshold_is_no_count_but_the_wage_earners_segment_is(facts_of):
    body = ("Sebanyak 18 juta peserta terdaftar pada 2020, di antaranya dengan upah di atas 5 juta. "
            "Peserta aktif bukan penerima upah sebesar 3,04 juta pada 2021.")
    assert facts_of(body) == [("participants", "registered_participants", "all", None, 2020, 18e6),
                              ("participants", "active_participants", "informal", None, 2021, 3.04e6)]


def test_people_who_received_a_named_benefit_are_no_participants(facts_of):
    body = "Sepanjang 2022, peserta yang memperoleh manfaat JHT mencapai 3,1 juta orang dengan nilai Rp 45 triliun."
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JHT", 2022, 45e12)]
    body = "Jumlah pekerja yang memperoleh manfaat perlindungan BPJS Ketenagakerjaan hingga 2023 mencapai 41 juta orang."
    assert facts_of(body) == [("participants", "participants", "all", None, 2023, 41e6)]


def test_funds_gathered_are_the_managed_fund_and_contributions_gathered_are_contributions(facts_of):
    assert facts_of("Dana yang dihimpun BPJS Ketenagakerjaan hingga akhir 2023 mencapai Rp 700 triliun.") == [
        ("funds", "managed_funds", "all", None, 2023, 700e12)]
    assert facts_of("Iuran yang dihimpun sepanjang 2023 mencapai Rp 98 triliun.") == [
        ("funds", "contributions", "all", None, 2023, 98e12)]


def test_active_and_inactive_named_before_the_clause_is_registered(facts_of):
    body = "Pekerja yang tercatat sebagai peserta, baik aktif maupun tidak aktif, mencapai 60 juta pada 2023."
    assert facts_of(body) == [("participants", "registered_participants", "all", None, 2023, 60e6)]
    assert facts_of("Peserta tidak aktif BPJS Ketenagakerjaan mencapai 20 juta orang pada 2023.") == []


def test_an_english_page_names_assets_and_funds_under_management(facts_of):
    assert facts_of("BPJS Ketenagakerjaan's assets stood at Rp750 trillion in 2023.") == [
        ("funds", "assets", "all", None, 2023, 750e12)]
    assert facts_of("Its assets under management reached Rp700 trillion in 2023.") == [
        ("funds", "managed_funds", "all", None, 2023, 700e12)]


@pytest.mark.parametrize("body, metric", [
    ("Pada 2023 jumlah pekerja yang terproteksi BPJS Ketenagakerjaan mencapai 41 juta.", "participants"),
    ("Pada 2023 pekerja yang memiliki jaminan sosial ketenagakerjaan mencapai 41 juta orang.", "participants"),
    ("Dana JHT yang dicairkan pada 2023 mencapai Rp 40 triliun.", "benefits_paid"),
    ("Dana JHT pada 2023 mencapai Rp 450 triliun.", "managed_funds"),
    ("Jumlah perusahaan yang menjadi peserta aktif pada 2023 sebanyak 750 ribu.", "active_employers"),
])
def test_more_ways_to_name_a_metric(facts_of, body, metric):
    assert [f[1] for f in facts_of(body)] == [metric]


def test_asset_spelt_in_english_and_pension_protection(facts_of):
    assert facts_of("Total asset BPJS Ketenagakerjaan pada 2023 mencapai Rp 745 triliun.") == [
        ("funds", "assets", "all", None, 2023, 745e12)]
    assert facts_of("Program perlindungan pensiun membayar klaim Rp 1,5 triliun sepanjang 2023.") == [
        ("funds", "benefits_paid", "all", "JP", 2023, 1.5e12)]


def test_a_hope_stated_by_the_agency_is_a_target(facts_of):
    got = facts_of("Kami harap pada akhir 2024 ini dana kelolaan BPJS Ketenagakerjaan mencapai Rp 800 triliun.")
    assert got == [("targets", "managed_funds", "all", None, 2024, 800e12)]


def test_english_activity_words_and_programme_funds(facts_of):
    got = facts_of("By December 2023, 38 million workers were actively participating, out of 60 million registered. "
                   "The remaining 22 million have remained inactive. The social security program funds have reached "
                   "Rp 700 trillion.")
    assert ("participants", "active_participants", "all", None, 2023, 38e6) in got
    assert ("funds", "managed_funds", "all", None, 2023, 700e12) in got
    assert not [f for f in got if f[5] == 22e6]


def test_a_year_later_is_no_rate_per_year(facts_of):
    got = facts_of("Pada 2020, peserta aktif BPJS Ketenagakerjaan mencapai 29,98 juta, lalu naik menjadi 30,66 juta "
                   "setahun kemudian.")
    assert ("participants", "active_participants", "all", None, 2021, 30.66e6) in got
    assert facts_of("Pada 2023 iuran peserta BPU Rp 200 ribu setahun.") == []


def test_english_changes_segments_and_figures(facts_of):
    got = facts_of("The agency booked investment returns of Rp 39.73 trillion in 2023, up from Rp 32.84 trillion a year "
                   "earlier. Contributions collected rose 9.6 percent to Rp 81.27 trillion, while benefit payouts "
                   "totalled Rp 43.06 trillion.")
    assert ("funds", "investment_returns", "all", None, 2022, 32.84e12) in got
    assert ("funds", "contributions", "all", None, 2023, 81.27e12) in got
    assert ("funds", "benefits_paid", "all", None, 2023, 43.06e12) in got
    got = facts_of("Wage-earning members accounted for 29.34 million of the active total in 2023, and migrant workers "
                   "for 612,000.")
    assert ("participants", "active_participants", "formal", None, 2023, 29.34e6) in got
    # ("and migrant workers for 612,000": the next item of the list, of the same active total)
    assert ("participants", "active_participants", "migrant", None, 2023, 612e3) in got
    assert facts_of("The agency aims to cross the Rp 1,000 trillion mark in managed funds next year.") == [
        ("targets", "managed_funds", "all", None, 2025, 1e15)]


def test_forecasts_placements_projects_and_certificates(facts_of):
    got = facts_of("BPJS Ketenagakerjaan memperkirakan pembayaran manfaat JKP hingga akhir 2024 berada di kisaran "
                   "Rp600 miliar.")
    assert got == [("targets", "benefits_paid", "all", "JKP", 2024, 600e9)]
    assert facts_of("Data BP2MI menunjukkan penempatan PMI sepanjang 2023 hanya 104.112 orang.") == []
    assert facts_of("Pada 2023 peserta jasa konstruksi tercatat dari 171.560 proyek konstruksi.") == []
    assert facts_of("Pada 2023 sertifikasi tenaga kerja konstruksi baru mencapai 616 ribu orang.") == []


def test_english_figures_are_written_the_english_way(facts_of):
    assert facts_of("The agency projects its AUM to reach Rp 1,050 trillion in 2026.") == [
        ("targets", "managed_funds", "all", None, 2026, 1.05e15)]
    assert facts_of("In 2023 the agency revised its full-year investment-return target from Rp 55.1 trillion to "
                    "Rp 53.4 trillion.") == [("targets", "investment_returns", "all", None, 2023, 55.1e12),
                                             ("targets", "investment_returns", "all", None, 2023, 53.4e12)]


def test_other_bodies_reliefs_and_subsidies_are_no_facts(facts_of):
    assert facts_of("Sebagai pembanding, aset industri dana pensiun swasta yang diawasi OJK pada 2023 sekitar Rp 360 "
                    "triliun.") == []
    assert facts_of("Selama 2023 BPJS Ketenagakerjaan memberikan keringanan iuran senilai Rp 9,6 triliun.") == []
    assert facts_of("Pada 2023 bantuan subsidi upah (BSU) sebesar Rp 8 triliun disalurkan kepada 8 juta pekerja.") == []
    assert facts_of("Di DKI Jakarta saja, klaim JHT pada 2023 mencapai Rp 5,1 triliun.") == []


def test_the_end_of_a_month_already_past_is_last_years(facts_of):
    got = facts_of("The agency's active membership stood at 31 million workers at the end of December, up from 29 "
                   "million at the end of 2022.", published_on=date(2024, 2, 20))
    assert ("participants", "active_participants", "all", None, 2023, 31e6) in got


def test_english_benefits_and_employers_and_a_projection(facts_of):
    got = facts_of("In 2023 the agency collected contributions of Rp90 trillion and paid benefits of Rp50 trillion. "
                   "It also counted 700,000 active employers.")
    assert ("funds", "benefits_paid", "all", None, 2023, 50e12) in got
    assert ("participants", "active_employers", "all", None, 2023, 700e3) in got
    assert facts_of("Hingga akhir tahun 2024, hasil investasi kami proyeksikan mencapai Rp 52 triliun.") == [
        ("targets", "investment_returns", "all", None, 2024, 52e12)]


def test_a_count_including_the_inactive_is_the_registered_total(facts_of):
    for body in ("Total tenaga kerja yang pernah tercatat sebagai peserta, baik aktif maupun non aktif, kini mencapai 39,5 juta orang.",
                 "Adapun total pekerja yang terdaftar, termasuk yang sudah tidak aktif, sebanyak 53,1 juta orang.",
                 "Kalau dihitung dengan yang non aktif, yang pernah terdaftar, jumlahnya sudah 44,2 juta lebih.",
                 "If we count everyone who was registered with us, including the inactive ones, the number was 40.5 million."):
        assert [f[:2] for f in facts_of(body)] == [("participants", "registered_participants")], body
    assert facts_of("Peserta tidak aktif mencapai 15 juta orang.") == []


def test_companies_counted_enrolled_or_paying(facts_of):
    body = ("At the end of June, the number of companies enrolled in the programmes stood at 231,400, of which "
            "198,500 were actively paying contributions.")
    assert facts_of(body) == [("participants", "employers", "all", None, 2023, 231_400),  # (last June, in May)
                              ("participants", "active_employers", "all", None, 2023, 198_500)]
    assert facts_of("Peserta aktif tersebut berasal dari 193.400 perusahaan yang masih rutin membayar iuran.") == [
        ("participants", "active_employers", "all", None, 2024, 193_400)]
    assert facts_of("Some 204,600 companies were actively paying contributions at the end of 2014.") == [
        ("participants", "active_employers", "all", None, 2014, 204_600)]


def test_the_old_health_programme_jpk_is_another_bodys(facts_of):
    body = ("Peserta program JPK sampai kuartal III terdiri dari perusahaan sebanyak 85.300 perusahaan dan tenaga kerja "
            "sebanyak 3.342.000 orang.")
    assert facts_of(body) == []


def test_english_and_spoken_words_of_expectation_are_targets(facts_of):
    assert facts_of("The agency still aims for Rp885 trillion in managed funds by the end of the year.") == [
        ("targets", "managed_funds", "all", None, 2024, 885e12)]
    assert facts_of("Akhir tahun kita perkirakan dana kelolaan Rp 785 triliun lebih.") == [
        ("targets", "managed_funds", "all", None, 2024, 785e12)]


def test_english_benefits_sign_ups_and_an_as_of_after_a_target(facts_of):
    body = "The agency paid Rp29.5 trillion in benefits in the first half of 2023, compared to Rp25.5 trillion a year earlier."
    assert facts_of(body) == [("funds", "benefits_paid", "all", None, 2023, 29.5e12),
                              ("funds", "benefits_paid", "all", None, 2022, 25.5e12)]
    body = "Since the pension programme (Jaminan Pensiun) was launched on July 1, some 842,500 workers have signed up for it."
    assert facts_of(body, published_on=date(2015, 10, 1)) == [("participants", "participants", "all", "JP", 2015, 842_500)]
    body = "The new target is 47.5 million active participants, and as of June we are at 44.2 million active participants."
    assert ("participants", "active_participants", "all", None, 2024, 44.2e6) in facts_of(body, published_on=date(2024, 7, 30))


def test_a_fund_glossed_by_an_appositive_keeps_its_head(facts_of):
    body = "Berapa total aset yang dikelola? Aset DJS, yaitu dana jaminan sosial milik peserta, Rp640,5 triliun."
    assert facts_of(body) == [("funds", "assets", "all", None, 2024, 640.5e12)]


def test_a_portfolio_laid_out_as_labelled_lines(facts_of):
    body = ("Dana kelolaan tercatat Rp 334,2 triliun.\nSurat utang: Rp 197,1 triliun (59,1%)\nSaham: Rp 64,1 triliun (19,2%)\n"
            "Wahyu menambahkan, sekitar Rp64 triliun dana saat ini ditempatkan di deposito.")
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2024, 334.2e12)]


def test_more_words_of_hope_funds_managed_placements_and_not_facts(facts_of):
    assert facts_of("Tahun ini kita harapkan hasil investasi bisa Rp 32,2 triliun.") == [
        ("targets", "investment_returns", "all", None, 2024, 32.2e12)]
    assert facts_of("The JKP fund managed by BPJS Ketenagakerjaan stood at Rp8.3 trillion at the end of 2021.") == [
        ("funds", "managed_funds", "all", "JKP", 2021, 8.3e12)]
    assert facts_of("Dana kelolaan Rp 700 triliun. Dari total dana, sekitar Rp510 triliun ada di SBN, sisanya deposito.") == [
        ("funds", "managed_funds", "all", None, 2024, 700e12)]
    for body in ("BPJS Ketenagakerjaan juga menyiapkan Rp2,1 triliun untuk program pinjaman uang muka perumahan bagi peserta.",
                 "Sampai hari ini rekening peserta yang sudah valid 12,9 juta, kata Hadi.",
                 "The Manpower Ministry has recorded some 43,000 layoffs of participants in January alone."):
        assert facts_of(body) == [], body


def test_english_employers_pension_participants_and_expectations(facts_of):
    assert facts_of("Some 205,300 companies had registered their workers with the agency.") == [
        ("participants", "employers", "all", None, 2024, 205_300)]
    assert facts_of("We are targeting 6.7 million pension participants by December, he told reporters.") == [
        ("targets", "participants", "all", "JP", 2024, 6.7e6)]
    assert facts_of("Bagus said the agency expected its managed funds to reach Rp 221 trillion by the end of the year.") == [
        ("targets", "managed_funds", "all", None, 2024, 221e12)]


def test_another_body_as_the_sentences_subject_or_the_speakers_own_region(facts_of):
    assert facts_of("Meanwhile, state insurer PT Taspen, which runs a separate pension scheme for civil servants, "
                    "manages about Rp 140 trillion in assets.") == []
    assert facts_of("Jika digabungkan, kedua BPJS kini melindungi lebih dari 235 juta jiwa.") == []
    assert facts_of("Sebanyak 96,5 juta di antaranya peserta PBI yang iurannya dibayar APBN.") == []
    assert facts_of("Klaim Jaminan Hari Tua (JHT) di wilayahnya sepanjang Januari-November mencapai Rp1,05 triliun.") == []
    # our agency named after the other body makes the figure ours again
    assert facts_of("Berbeda dengan Taspen, BPJS Ketenagakerjaan mengelola dana Rp 700 triliun.") == [
        ("funds", "managed_funds", "all", None, 2024, 700e12)]


def test_english_managed_that_amount_wage_subsidies_and_a_population_whose_number_is(facts_of):
    body = ("Investment returns slowed in 2019. The agency, one of the largest pension funds, managed 409.5 trillion rupiah "
            "as of September.")
    assert facts_of(body, published_on=date(2019, 11, 20)) == [("funds", "managed_funds", "all", None, 2019, 409.5e12)]
    body = ("Benefits paid out in 2020 totaled Rp 36.5 trillion. Of that amount, Rp 21.2 trillion went to the old-age "
            "savings program, known locally as JHT.")
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 21.2e12) in facts_of(body, published_on=date(2021, 1, 20))
    assert facts_of("BP Jamsostek data is used to channel the government's wage subsidy, a Rp 37.5 trillion program.") == []
    assert facts_of("Ia meminta perlindungan bagi pekerja informal yang jumlahnya sekitar 84 juta orang.") == []


def test_a_level_before_sebelumnya_purposes_after_sedangkan_and_english_projections(facts_of):
    body = "Untuk hari tua saja kami bayarkan Rp 18,9 triliun pada 2017, sebelumnya Rp 15,2 triliun."
    assert facts_of(body, published_on=date(2018, 2, 1)) == [("funds", "benefits_paid", "all", "JHT", 2017, 18.9e12),
                                                               ("funds", "benefits_paid", "all", "JHT", 2016, 15.2e12)]
    body = "Manfaat untuk kematian tercatat Rp 660 miliar, sedangkan pensiun Rp 215 miliar."
    assert [f[3] for f in facts_of(body)] == ["JKM", "JP"]
    assert facts_of("Managed funds are projected to reach Rp 425 trillion by the end of 2024.") == [
        ("targets", "managed_funds", "all", None, 2024, 425e12)]
    body = "The agency had 50.1 million registered members at the end of 2018, of whom 30.8 million were active."
    assert [f[1] for f in facts_of(body)] == ["registered_participants", "active_participants"]
    assert facts_of("Sepekan berjalan, program JP sudah diikuti 1,6 juta pekerja.") == [
        ("participants", "participants", "all", "JP", 2024, 1.6e6)]


def test_a_partner_named_before_the_figure_is_no_subject(facts_of):
    body = ("Setelah rekonsiliasi dengan Badan Pelindungan Pekerja Migran Indonesia (BP2MI), jumlah PMI yang menjadi "
            "peserta per April 2022 ternyata 368.200 orang.")
    assert facts_of(body, published_on=date(2022, 6, 9)) == [("participants", "participants", "migrant", None, 2022, 368_200)]
    assert facts_of("Data BP2MI mencatat sekitar 297.400 PMI ditempatkan sepanjang 2024.") == []


def test_english_payments_for_benefits_and_funds_under_management(facts_of):
    body = "The agency paid Rp685 billion for work accident benefits and Rp585 billion for death benefits in 2015."
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JKK", 2015, 685e9),
                              ("funds", "benefits_paid", "all", "JKM", 2015, 585e9)]
    body = "The funds under the agency's management stood at Rp211.5 trillion at the end of December 2015."
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2015, 211.5e12)]


def test_english_sign_ups_coverage_pension_benefits_and_the_programme_pointed_at(facts_of):
    assert facts_of("The agency expects to sign up 8.4 million workers in the pension programme by the end of this year.") == [
        ("targets", "participants", "all", "JP", 2024, 8.4e6)]
    assert facts_of("Currently, JKP covers 19.6 million workers.") == [("participants", "participants", "all", "JKP", 2024, 19.6e6)]
    body = ("She noted that JKP benefits paid in 2023 amounted to Rp374.1 billion, while contributions to the programme "
            "collected over the year reached Rp3.04 trillion.")
    assert ("funds", "contributions", "all", "JKP", 2023, 3.04e12) in facts_of(body)


def test_english_new_members_are_newcomers(facts_of):
    assert facts_of("We want to sign up around 4 million new active members this year, mainly from the informal sector.") == []


def test_money_collected_from_a_source_is_contributions(facts_of):
    """"dana yang dihimpun dari iuran peserta", "dari program JP": collected from a source; with no source the
    fund gathered is the managed fund (above)."""
    assert facts_of("Dana yang dihimpun dari iuran peserta sepanjang 2018 mencapai Rp65,12 triliun.") == [
        ("funds", "contributions", "all", None, 2018, 65.12e12)]
    assert facts_of("Dana yang dihimpun dari program Jaminan Pensiun (JP) sejak diluncurkan hingga akhir Oktober "
                    "2015 mencapai Rp861,4 miliar.") == [("funds", "contributions", "all", "JP", 2015, 861.4e9)]


def test_active_participants_of_a_segment_and_a_job_loss_benefit_by_its_purpose(facts_of):
    assert facts_of("The agency aims to have 2.35 million active non-wage earner participants by December 2016.",
                    published_on=date(2016, 3, 1)) == [
        ("targets", "active_participants", "informal", None, 2016, 2_350_000)]
    assert facts_of("Manfaat bagi peserta yang kehilangan pekerjaan akibat PHK telah dibayarkan Rp642,5 miliar hingga "
                    "Agustus 2025.", published_on=date(2025, 9, 1)) == [("funds", "benefits_paid", "all", "JKP", 2025, 642.5e9)]


def test_a_quadrillion(facts_of):
    assert facts_of("Its funds under management reached Rp 1.02 quadrillion in 2025.", published_on=date(2025, 9, 1)) == [
        ("funds", "managed_funds", "all", None, 2025, 1.02e15)]


def test_the_fund_of_the_programme_pointed_at(facts_of):
    body = ("Program JKP terus berjalan sejak 2022. Dana program tersebut kini mencapai Rp17,2 triliun.")
    assert facts_of(body, published_on=date(2025, 6, 1)) == [("funds", "managed_funds", "all", "JKP", 2025, 17.2e12)]


def test_made_up_of_the_total_an_investment_fund_and_a_rise_each_year_to_a_target(facts_of):
    got = facts_of("Withdrawals from the old-age savings program (JHT) made up Rp 22.40 trillion of the total in 2023.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 22.4e12)]
    assert facts_of("The agency's investment fund stood at Rp 192.5 trillion at the end of February 2015.",
                    published_on=date(2015, 3, 10)) == [("funds", "managed_funds", "all", None, 2015, 192.5e12)]
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in facts_of(
        "Dalam dokumen itu, jumlah peserta aktif dipatok terus naik setiap tahun hingga mencapai 70 juta pada 2026.",
        published_on=date(2022, 1, 10))


def test_the_agencys_own_investment_returns_take_no_programme_from_the_passage(facts_of):
    body = ("Dana program JP per akhir 2015 mencapai Rp 2,66 triliun. Sepanjang 2015, BPJS Ketenagakerjaan meraup hasil "
            "investasi Rp 19,46 triliun.")
    assert ("funds", "investment_returns", "all", None, 2015, 19.46e12) in facts_of(body, published_on=date(2016, 1, 20))


def test_a_target_measured_against_the_achievement_pointed_at_is_of_its_period(facts_of):
    body = ("Hasil investasi sepanjang 2018 tercatat Rp 27,23 triliun. Dana kelolaan hingga akhir Desember 2018 mencapai "
            "Rp 365,48 triliun.\n\nCapaian hasil investasi itu lebih rendah dari target Rp 30,4 triliun.")
    assert ("targets", "investment_returns", "all", None, 2018, 30.4e12) in facts_of(body, published_on=date(2019, 2, 13))


def test_money_by_programme_words_of_this_round(facts_of):
    """A row labelled with a programme's name and abbreviation, a programme named by purpose after "khusus", the
    claims expense, a programme's fund in English, "sepanjang tahun" after a dated clause, and members still paying."""
    got = facts_of("Kinerja program sepanjang 2018:\nJaminan Hari Tua (JHT): Iuran Rp 41,27 triliun; Klaim Rp 24,51 "
                   "triliun.\n")
    assert ("funds", "benefits_paid", "all", "JHT", 2018, 24.51e12) in got
    assert facts_of("Khusus kecelakaan kerja, secara nasional nilai klaimnya Rp 1,08 triliun pada 2017.") == [
        ("funds", "benefits_paid", "all", "JKK", 2017, 1.08e12)]
    assert facts_of("Pada 2022 beban klaim yang dibayarkan kepada peserta mencapai Rp 49,7 triliun.") == [
        ("funds", "benefits_paid", "all", None, 2022, 49.7e12)]
    assert ("funds", "managed_funds", "all", "JHT", 2024, 493.15e12) in facts_of(
        "Of the total, the old-age savings (JHT) fund accounted for Rp 493.15 trillion in 2024.",
        published_on=date(2025, 2, 1))
    got = facts_of("Hingga akhir Desember 2020, dana yang dikelola mencapai Rp 488,26 triliun dengan hasil investasi "
                   "sepanjang tahun Rp 32,71 triliun.", published_on=date(2021, 3, 16))
    assert ("funds", "investment_returns", "all", None, 2020, 32.71e12) in got
    got = facts_of("Hingga Juni 2025, jumlah pekerja yang tergabung dan masih aktif membayar iuran tercatat 42,13 juta "
                   "orang.", published_on=date(2025, 8, 1))
    assert got == [("participants", "active_participants", "all", None, 2025, 42_130_000)]


def test_projections_hopes_money_gone_into_bonds_and_four_bodies(facts_of):
    got = facts_of("The agency now projects JHT payouts for the full year 2015 to reach around Rp15.6 trillion.",
                   published_on=date(2015, 9, 20))
    assert got == [("targets", "benefits_paid", "all", "JHT", 2015, 15.6e12)]
    assert facts_of("Dari BPJS Ketenagakerjaan saja, lebih dari Rp 400 triliun masuk SBN pada 2022.") == []
    assert facts_of("Dana yang dikelola empat badan penyelenggara jaminan sosial kini melampaui Rp 1.000 triliun pada "
                    "2023.") == []


def test_words_of_the_fourth_round(facts_of):
    """Contribution revenue; members who pay regularly; a programme joined by so many; those who withdrew; a daily
    rate; money of the fund placed in instruments; contract values; vulnerable workers; the unprotected."""
    assert ("targets", "contributions", "all", None, 2016, 42.1e12) in facts_of(
        "This year, the agency is targeting contribution revenue of Rp 42.1 trillion in 2016.", published_on=date(2016, 2, 1))
    assert ("participants", "active_participants", "informal", None, 2016, 410_000) in facts_of(
        "Pekerja informal yang terdaftar 1,2 juta pada 2016. Tapi yang rutin membayar iuran hanya sekitar 410.000 "
        "pekerja informal.")
    assert facts_of("Program jaminan pensiun yang berlaku sejak 1 Juli 2015 telah diikuti 4,87 juta pekerja secara "
                    "nasional. Peserta aktif seluruh program 19 juta.", published_on=date(2015, 10, 1))[0] == (
        "participants", "participants", "all", "JP", 2015, 4_870_000)
    assert facts_of("Pada September 2015 saja, jumlah peserta yang mencairkan JHT mencapai 287.000 orang.") == []
    assert facts_of("Sehari kami bisa bayar sampai Rp 120 miliar pada 2015.") == []
    assert facts_of("Sekitar Rp72 triliun dari dana kelolaan ditempatkan pada obligasi BUMN pada 2017.") == []
    assert facts_of("Proyek yang terdaftar hingga Juni 2019 dengan total nilai kontrak sekitar Rp412 triliun.") == []
    assert facts_of("Dari jumlah tersebut sekitar 2,9 juta merupakan pekerja rentan pada 2024.") == []
    assert facts_of("There are at least 80 million informal workers who have no protection at all in 2015.") == []


def test_a_wish_to_reach_a_level_is_a_target(facts_of):
    got = facts_of("Setelah menutup 2017 dengan 27,04 juta peserta aktif, lembaga ini ingin kepesertaan aktif menembus "
                   "31,4 juta pada akhir 2018.", published_on=date(2018, 1, 20))
    assert ("targets", "active_participants", "all", None, 2018, 31.4e6) in got


def test_a_target_revised_is_a_target_whatever_now_says(facts_of):
    body = ("Target peserta aktif 2020 semula 38,2 juta. Target itu kini diturunkan menjadi 31,5 juta.")
    assert ("targets", "active_participants", "all", None, 2020, 31.5e6) in facts_of(body, published_on=date(2020, 7, 1))


def test_counting_the_active_and_the_inactive_is_the_registered_total(facts_of):
    assert facts_of("Kalau dihitung yang aktif dan tidak aktif, pekerja yang terdaftar sudah 52,9 juta pada 2019.",
                    published_on=date(2019, 9, 1)) == [
        ("participants", "registered_participants", "all", None, 2019, 52.9e6)]


def test_a_count_qualified_as_now_inactive_is_no_fact(facts_of):
    assert facts_of("Pada 2021 sebanyak 22 juta peserta yang kini nonaktif perlu diaktifkan kembali.") == []


def test_a_wish_with_words_between_and_a_chase_are_targets(facts_of):
    got = facts_of("Tahun ini, BPJS Ketenagakerjaan ingin jumlah peserta BPU aktif menembus 12 juta orang.")
    assert got == [("targets", "active_participants", "informal", None, 2024, 12e6)]
    got = facts_of("Untuk kepesertaan, mengejar 45 juta peserta dalam enam bulan hampir mustahil.")
    assert got == [("targets", "participants", "all", None, 2024, 45e6)]


def test_a_target_after_an_increase_is_the_targets_level(facts_of):
    got = facts_of("Kenaikan pada tahun lalu belum mampu mengejar target yang dipatok sebesar 33,67 juta peserta aktif.",
                   published_on=date(2022, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2021, 33.67e6)]
    got = facts_of("Penambahan tenaga kerja pada tahun 2014 yang ditarget 11,724 juta jiwa ternyata tercapai.")
    assert got == []


def test_a_composition_points_back_at_what_the_sentence_before_names(facts_of):
    got = facts_of("Peserta aktif tersebut terbagi ke dalam beberapa segmen. Pada akhir 2021, komposisinya adalah 20,51 "
                   "juta, 7,09 juta, dan 3,06 juta, masing-masing untuk pekerja penerima upah, jasa konstruksi, dan bukan "
                   "penerima upah.")
    assert got == [("participants", "active_participants", "formal", None, 2021, 20.51e6),
                   ("participants", "active_participants", "construction", None, 2021, 7.09e6),
                   ("participants", "active_participants", "informal", None, 2021, 3.06e6)]


def test_a_count_including_those_a_veto_word_describes_is_a_fact(facts_of):
    got = facts_of("Hingga akhir tahun lalu, jumlah pekerja yang pernah terdaftar, termasuk yang kini tidak aktif, mencapai "
                   "44,6 juta orang.", published_on=date(2017, 2, 1))
    assert got == [("participants", "registered_participants", "all", None, 2016, 44.6e6)]
    assert facts_of("Dana kelolaan 2014 Rp 187 triliun. Ini belum termasuk potensi keuntungan Rp 5,18 triliun.") == \
        [("funds", "managed_funds", "all", None, 2014, 187e12)]
    assert facts_of("Pada 2019 total dana kelolaan, termasuk dana badan, mencapai Rp431,9 triliun.") == \
        [("funds", "managed_funds", "all", None, 2019, 431.9e12)]


def test_what_a_fund_includes_after_it_names_no_measure_of_its_own(facts_of):
    got = facts_of("Pada 2022 dana JKP yang dikelola kini hampir delapan triliun rupiah termasuk hasil pengembangannya.")
    assert got == [("funds", "managed_funds", "all", "JKP", 2022, 8e12)]
    got = facts_of("Asset under management kita per Juli 2016 Rp 231,4 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2016, 231.4e12)]


def test_returns_named_by_the_investment_side_before_them(facts_of):
    got = facts_of("Di sisi investasi, hasil yang kami bukukan tahun lalu mencapai Rp 31,4 triliun.",
                   published_on=date(2019, 2, 1))
    assert got == [("funds", "investment_returns", "all", None, 2018, 31.4e12)]


def test_wanting_a_count_to_become_a_figure_is_a_target(facts_of):
    got = facts_of("Tahun ini kami ingin peserta aktif menjadi 37,5 juta.", published_on=date(2021, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2021, 37.5e6)]
    got = facts_of("Untuk jaminan pensiun, kami ingin pesertanya paling tidak 5 juta di akhir tahun ini.",
                   published_on=date(2016, 2, 1))
    assert got == [("targets", "participants", "all", "JP", 2016, 5e6)]


@pytest.mark.parametrize("body", [
    "Pada 2025 peserta aktif 42,1 juta. Padahal jumlah pekerja yang pernah terdaftar, aktif maupun tidak aktif, sudah 68 juta.",
    "Pada 2025 peserta aktif 42,1 juta. Kalau dihitung dengan yang sudah tidak aktif, jadi semua yang pernah terdaftar, "
    "angkanya 68 juta.",
])
def test_a_count_of_all_ever_registered_is_the_registered_total(facts_of, body):
    assert ("participants", "registered_participants", "all", None, 2025, 68e6) in facts_of(body, published_on=date(2025, 9, 1))


@pytest.mark.parametrize("body", [
    "Pada 2021 dana kelolaan Rp 600 triliun. Sekitar 64 persen ditempatkan pada surat utang, sementara Rp 71 triliun "
    "lainnya berada di instrumen saham.",
    "Pada 2021 dana kelolaan Rp 600 triliun. Dari sisi portofolio, sebanyak Rp 366 triliun atau 61% ditempatkan di "
    "surat utang.",
    "Pada 2021 dana kelolaan Rp 600 triliun. Saat ini kira-kira Rp 52 triliun sudah di instrumen terkait infrastruktur.",
    "Pada 2021 dana kelolaan Rp 600 triliun. Sekitar Rp 416 triliun dana peserta tertanam di surat berharga negara.",
    "In 2021 funds under management reached Rp 600 trillion. About Rp 430 trillion, or 71 percent of the portfolio, "
    "is now in fixed-income instruments.",
    "In 2021 funds under management reached Rp 600 trillion. We have also put about Rp 58 trillion into "
    "infrastructure-related instruments.",
])
def test_money_placed_in_an_instrument_is_an_allocation(facts_of, body):
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2021, 600e12)]


def test_programmes_named_by_purpose_in_english(facts_of):
    body = ("At the end of September 2022 the agency had IDR 608 trillion in funds under management. The work-accident "
            "fund held IDR 49.5 trillion, the death-benefit fund IDR 14.8 trillion and the fund for the job-loss program "
            "IDR 9.1 trillion.")
    got = facts_of(body, published_on=date(2022, 10, 5))
    assert [f[3] for f in got] == [None, "JKK", "JKM", "JKP"]


@pytest.mark.parametrize("body", [
    "Pada 2021 dana kelolaan Rp 554 triliun. Di luar itu, dana milik badan sendiri, yang dipakai untuk operasional, "
    "sebesar Rp 11,9 triliun.",
    "In 2021 funds under management reached Rp 554 trillion. The remaining Rp 11.9 trillion belongs to the agency "
    "itself as an operating body.",
])
def test_the_agencys_own_fund_is_no_fund_of_the_participants(facts_of, body):
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2021, 554e12)]


def test_english_contribution_target_members_of_them_active_and_against(facts_of):
    got = facts_of("The agency had 51.2 million registered workers as of May 2019, 31.8 million of them active. It has "
                   "raised its contribution target for this year from Rp 71.5 trillion to Rp 75 trillion.",
                   published_on=date(2019, 6, 20))
    assert ("participants", "active_participants", "all", None, 2019, 31.8e6) in got
    assert ("targets", "contributions", "all", None, 2019, 75e12) in got
    got = facts_of("The agency has set a target of 23.2 million active members for this year, against 19.2 million at "
                   "the end of last year.", published_on=date(2016, 3, 1))
    assert got == [("targets", "active_participants", "all", None, 2016, 23.2e6),
                   ("participants", "active_participants", "all", None, 2015, 19.2e6)]


def test_a_quadrillion_and_a_road_map_of_the_agencys_own(facts_of):
    got = facts_of("The agency's own road map aims to push funds past Rp 1 quadrillion by 2026.", published_on=date(2024, 3, 1))
    assert got == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_an_amount_said_to_be_a_share_of_a_named_total_is_of_that_quantity(facts_of):
    got = facts_of("Hingga Juni 2019, untuk JHT saja nilainya Rp 12,6 triliun, atau hampir 89% dari total klaim.",
                   published_on=date(2019, 7, 20))
    assert got == [("funds", "benefits_paid", "all", "JHT", 2019, 12.6e12)]


def test_a_figure_set_up_by_us_is_a_target(facts_of):
    got = facts_of("Di awal tahun kami pasang dana kelolaan Rp 371 triliun.", published_on=date(2018, 9, 1))
    assert got == [("targets", "managed_funds", "all", None, 2018, 371e12)]


def test_money_among_the_figure_placed_in_an_instrument(facts_of):
    got = facts_of("Pada 2022 dana kelolaan Rp 600 triliun. Sekitar 70 persen ditempatkan di surat utang, dan Rp 280 "
                   "triliun di antaranya di Surat Berharga Negara.")
    assert got == [("funds", "managed_funds", "all", None, 2022, 600e12)]


def test_what_we_chase_is_a_target(facts_of):
    got = facts_of("Tahun ini kami kejar 36 juta peserta aktif.", published_on=date(2019, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2019, 36e6)]


def test_a_count_including_those_no_longer_active_for_a_reason_is_the_registered_total(facts_of):
    body = ("Pada 2018 total tenaga kerja yang terdaftar, termasuk mereka yang sudah tidak aktif karena berhenti bekerja, "
            "mencapai 50,5 juta.")
    assert facts_of(body) == [("participants", "registered_participants", "all", None, 2018, 50.5e6)]


@pytest.mark.parametrize("body, expected", [
    ("The agency had 30.6 million active members in 2021. Wage earners account for 20.6 million.", ("formal", 20.6e6)),
    ("Counting members who are no longer active, the agency's register held 66.7 million workers in 2025.", ("all", 66.7e6)),
])
def test_english_parts_and_registered_totals(facts_of, body, expected):
    assert any((f[2], f[5]) == expected and f[1] in ("active_participants", "registered_participants")
               for f in facts_of(body))


@pytest.mark.parametrize("body", [
    "In 2025, women accounted for 14.9 million of the active participants.",
    "The figure leaves out roughly 14 million members whose accounts have gone dormant in 2015.",
    "Had the 8 percent rate been adopted, annual contributions would already exceed Rp 15 trillion in 2016.",
    "Pada 2018, porsi saham kami sekitar 19 persen, kira-kira Rp 75 triliun.",
    "In 2018, another 20 million registered workers had stopped paying contributions.",
    "That is still far from the roughly 90 million workers who could join in 2022.",
])
def test_english_and_indonesian_figures_out_of_the_contract(facts_of, body):
    assert facts_of(body) == []


def test_a_report_compiled_by_someone_is_no_collection(facts_of):
    got = facts_of("Dana kelolaan terus naik. Berdasarkan laporan yang dihimpun DataRupa, pada 2018 nilainya Rp 365,5 triliun.",
                   published_on=date(2023, 1, 5))
    assert got == [("funds", "managed_funds", "all", None, 2018, 365.5e12)]


def test_workers_registered_active_or_not(facts_of):
    got = facts_of("Saat ini pekerja yang tercatat sebagai peserta, baik yang masih aktif maupun tidak, sudah mencapai 40,2 "
                   "juta orang.", published_on=date(2014, 11, 1))
    assert got == [("participants", "registered_participants", "all", None, 2014, 40.2e6)]
    got = facts_of("Per akhir Desember 2023, jumlah peserta aktif mencapai 41,5 juta, sedangkan total pekerja yang terdaftar, "
                   "baik yang aktif maupun yang sudah tidak aktif, mencapai 61,2 juta.", published_on=date(2024, 2, 6))
    assert ("participants", "registered_participants", "all", None, 2023, 61.2e6) in got


def test_an_active_count_out_of_a_larger_one_in_english(facts_of):
    got = facts_of("The number of active members climbed to 12.3 million workers in 2013, out of roughly 29 million people "
                   "whose names are on Jamsostek's books.")
    assert ("participants", "registered_participants", "all", None, 2013, 29e6) in got


def test_the_job_loss_cash_benefit_and_a_new_programme_pointed_at(facts_of):
    got = facts_of("Sepanjang 2024 manfaat uang tunai kehilangan pekerjaan yang dibayarkan Rp 380 miliar.",
                   published_on=date(2025, 1, 10))
    assert got == [("funds", "benefits_paid", "all", "JKP", 2024, 380e9)]
    body = ("Program Jaminan Pensiun mulai berjalan Juli 2015. Untuk program baru tersebut, BPJS Ketenagakerjaan "
            "menargetkan 5 juta peserta hingga akhir 2015.")
    assert facts_of(body, published_on=date(2015, 6, 1)) == [("targets", "participants", "all", "JP", 2015, 5e6)]


def test_a_fund_named_in_a_contrasting_clause_after_the_figure_is_not_its_fund(facts_of):
    body = ('"Penerimaan iuran tahun lalu Rp 36,2 triliun atau 101 persen dari target. Tahun ini kantor pusat '
            'menargetkan Rp 42,8 triliun, sedangkan dana investasi diharapkan mencapai Rp 250 triliun," kata dia.')
    got = facts_of(body, published_on=date(2016, 1, 28))
    assert ("targets", "contributions", "all", None, 2016, 42.8e12) in got


def test_benefits_named_as_jaminan_dibayar(facts_of):
    got = facts_of("Jaminan dibayar pada 2018 sebesar Rp25,4 triliun.", published_on=date(2019, 1, 30))
    assert got == [("funds", "benefits_paid", "all", None, 2018, 25.4e12)]


def test_a_company_noun_before_a_figure_does_not_head_the_words_after_it(facts_of):
    body = ("Dalam Rencana Jangka Panjang Perusahaan (RJPP) 2016-2020, badan ini membidik 50 juta peserta aktif pada "
            "2020.")
    assert facts_of(body, published_on=date(2016, 2, 1)) == [("targets", "active_participants", "all", None, 2020, 50e6)]


def test_a_benefit_word_in_a_clause_of_reason_after_the_figure_is_not_its_metric(facts_of):
    body = ("Klaim yang kami bayarkan tahun lalu sekitar Rp 20,8 triliun. Paling banyak tentu untuk jaminan hari tua, Rp "
            "18,6 triliun, karena aturan pencairan JHT yang baru membuat banyak pekerja mencairkan saldonya.")
    got = facts_of(body, published_on=date(2017, 2, 1))
    assert ("funds", "benefits_paid", "all", "JHT", 2016, 18.6e12) in got


def test_companies_of_which_some_have_active_status(facts_of):
    got = facts_of("Adapun jumlah perusahaan yang terdaftar sebagai peserta per Juni 2025 mencapai 1,03 juta badan usaha, "
                   "dengan 812 ribu di antaranya berstatus aktif.", published_on=date(2025, 7, 1))
    assert ("participants", "active_employers", "all", None, 2025, 812e3) in got


def test_the_speakers_title_after_the_figure_names_no_measure_of_it(facts_of):
    body = ("Jumlah peserta bukan penerima upah (BPU) hingga Agustus tercatat 1,28 juta orang. \"Kami harap akhir tahun ini "
            "bisa tembus 1,5 juta,\" kata Kepala Divisi Kepesertaan Sektor Informal.")
    got = facts_of(body, published_on=date(2016, 9, 5))
    assert ("targets", "participants", "informal", None, 2016, 1.5e6) in got


def test_a_part_qualified_by_its_status_after_the_subset_word(facts_of):
    body = ("Jumlah pekerja yang terdaftar hingga Oktober 2018 mencapai 50,1 juta orang. Namun, hanya 29,9 juta di antaranya "
            "yang berstatus peserta aktif.")
    got = facts_of(body, published_on=date(2018, 11, 15))
    assert ("participants", "active_participants", "all", None, 2018, 29.9e6) in got


def test_a_month_later_is_no_rate_and_the_next_items_words_are_not_the_figures(facts_of):
    body = ("Program jaminan pensiun (JP) terus menambah peserta. Pada akhir Juli jumlah pekerja yang ikut program itu baru "
            "463.000 orang. Sebulan kemudian angkanya melonjak menjadi 1,08 juta, lalu per akhir September 2015 tercatat "
            "1,52 juta peserta.")
    got = facts_of(body, published_on=date(2015, 10, 14))
    assert ("participants", "participants", "all", "JP", 2015, 1.08e6) in got
    assert ("participants", "participants", "all", "JP", 2015, 1.52e6) in got


def test_english_plans_funds_payouts_registries_and_money_committed_or_seeded(facts_of):
    got = facts_of("For 2018 our work plan assumes Rp 30.8 trillion in investment returns, and we aim for Rp 58 trillion in "
                   "contributions this year.", published_on=date(2018, 3, 1))
    assert ("targets", "investment_returns", "all", None, 2018, 30.8e12) in got
    assert ("targets", "contributions", "all", None, 2018, 58e12) in got
    assert facts_of("The agency expects its fund to swell to Rp 300 trillion by December.", published_on=date(2017, 2, 15)) \
        == [("targets", "managed_funds", "all", None, 2017, 300e12)]
    assert facts_of("It has already committed Rp 54 trillion to infrastructure projects in 2017.") == []
    assert facts_of("The JKP fund, seeded with Rp 6 trillion in state capital in 2021, grew.") == []
    got = facts_of("Including members who no longer pay contributions, the agency's registry lists 50.1 million workers in "
                   "2021. Some 694,000 employers were actively paying contributions at the end of 2021.")
    assert ("participants", "registered_participants", "all", None, 2021, 50.1e6) in got
    assert ("participants", "active_employers", "all", None, 2021, 694e3) in got
    got = facts_of("The JKP programme is expected to pay out about Rp 1.2 trillion this year.", published_on=date(2022, 3, 14))
    assert got == [("targets", "benefits_paid", "all", "JKP", 2022, 1.2e12)]


def test_hopes_proposed_targets_and_targets_laid_on_the_agency_are_targets(facts_of):
    got = facts_of("Dana kelolaan per Oktober Rp 205 triliun. Akhir tahun ini mudah-mudahan Rp 210 triliun.",
                   published_on=date(2015, 11, 2))
    assert ("targets", "managed_funds", "all", None, 2015, 210e12) in got
    got = facts_of("Untuk 2019 kami mengajukan target peserta aktif 31 juta.", published_on=date(2018, 10, 2))
    assert got == [("targets", "active_participants", "all", None, 2019, 31e6)]
    got = facts_of("Pada tahun depan, BPJS Ketenagakerjaan dibebani target 60 juta peserta.", published_on=date(2022, 9, 2))
    assert got == [("targets", "participants", "all", None, 2023, 60e6)]


def test_wishes_and_musts_in_english_and_indonesian_are_targets(facts_of):
    got = facts_of("For employers we want 420,000 active companies this year.", published_on=date(2018, 3, 1))
    assert got == [("targets", "active_employers", "all", None, 2018, 420e3)]
    got = facts_of("Tahun ini kami ingin peserta BPU aktif bisa 9,5 juta. Tahun depan harus sudah 12 juta.",
                   published_on=date(2023, 3, 1))
    assert ("targets", "active_participants", "informal", None, 2023, 9.5e6) in got
    assert ("targets", "active_participants", "informal", None, 2024, 12e6) in got
    got = facts_of("Target peserta aktif tahun ini semula 35 juta. Kantor pusat sudah merevisinya menjadi 31 juta.",
                   published_on=date(2020, 8, 1))
    assert ("targets", "active_participants", "all", None, 2020, 31e6) in got


def test_the_company_setting_a_target_is_no_employer_count(facts_of):
    got = facts_of("Untuk tahun ini, perusahaan menargetkan peserta aktif 36,1 juta dan dana kelolaan Rp620 triliun.",
                   published_on=date(2022, 2, 1))
    assert ("targets", "active_participants", "all", None, 2022, 36.1e6) in got


def test_english_abbreviated_scales_withdrawals_and_guidance(facts_of):
    got = facts_of("The agency closed 2020 with Rp486.4tn in assets under management and booked investment income of "
                   "Rp32.3tn in 2020. Management guides to Rp555tn by end-2021 (RKAT target).", published_on=date(2021, 2, 1))
    assert ("funds", "managed_funds", "all", None, 2020, 486.4e12) in got
    assert ("funds", "investment_returns", "all", None, 2020, 32.3e12) in got
    assert ("targets", "managed_funds", "all", None, 2021, 555e12) in got
    got = facts_of("Indonesian workers withdrew 26.7 trillion rupiah from their old-age savings accounts in the first ten "
                   "months of 2020.", published_on=date(2020, 11, 20))
    assert got == [("funds", "benefits_paid", "all", "JHT", 2020, 26.7e12)]
    got = facts_of("The number of active BPU members rose to 5.3 million in July 2022.", published_on=date(2022, 8, 1))
    assert got == [("participants", "active_participants", "informal", None, 2022, 5.3e6)]


def test_english_hopes_budgets_compensation_and_death_claims(facts_of):
    got = facts_of("Active membership stood at 42.3 million at the end of March 2024, short of the 50 million it hopes to "
                   "reach by December.", published_on=date(2024, 4, 10))
    assert ("targets", "active_participants", "all", None, 2024, 50e6) in [g[:6] for g in got]
    got = facts_of("The agency is budgeting for funds under management to reach Rp555tn by the end of 2021.",
                   published_on=date(2021, 2, 1))
    assert got == [("targets", "managed_funds", "all", None, 2021, 555e12)]
    got = facts_of("Work-accident compensation reached Rp1.9 trillion in 2024 and death claims Rp1.8 trillion.",
                   published_on=date(2025, 1, 20))
    assert ("funds", "benefits_paid", "all", "JKK", 2024, 1.9e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2024, 1.8e12) in got


def test_millions_written_mn(facts_of):
    got = facts_of("Active participants reached 44.1mn at the end of last year, of whom 9.2mn are informal workers.",
                   published_on=date(2025, 2, 3))
    assert ("participants", "active_participants", "all", None, 2024, 44.1e6) in got
    assert ("participants", "active_participants", "informal", None, 2024, 9.2e6) in got


def test_workers_who_ever_signed_up_are_registered(facts_of):
    got = facts_of("Dari sekitar 1,4 juta pekerja informal yang pernah mendaftar, yang rutin membayar iuran hanya separuhnya.")
    assert ("participants", "registered_participants", "informal", None, 2024, 1.4e6) in got


def test_a_fund_word_after_for_names_the_amounts_measure(facts_of):
    got = facts_of("Tahun ini targetnya? Kami pasang Rp58,2 triliun untuk hasil investasi.", published_on=date(2025, 3, 1))
    assert got == [("targets", "investment_returns", "all", None, 2025, 58.2e12)]


def test_the_health_funds_assets_and_workers_who_could_be_a_target_are_out_of_the_contract(facts_of):
    body = ("Aset dana jaminan sosial kesehatan sekitar Rp61 triliun. Jumlah pekerja formal di Indonesia yang bisa menjadi "
            "sasaran kepesertaan diperkirakan 52 juta orang.")
    assert facts_of(body) == []


def test_a_fiscal_years_prefix_a_placement_and_a_head_noun_before_of(facts_of):
    body = ("The agency paid out Rp 55.1 trillion in benefits in FY2024, up from Rp 50.3 trillion in FY2023. Some Rp 48 "
            "trillion sat in time deposits. Total assets of the agency's social security funds, known as DJS, stood at "
            "Rp 760.2 trillion.")
    got = facts_of(body, published_on=date(2025, 3, 4))
    assert ("funds", "benefits_paid", "all", None, 2024, 55.1e12) in got
    assert ("funds", "benefits_paid", "all", None, 2023, 50.3e12) in got
    assert ("funds", "assets", "all", None, 2024, 760.2e12) in got
    assert all(f[-1] != 48e12 for f in got)


def test_companies_still_active_workers_outside_the_net_and_a_programme_in_a_clause_of_reason(facts_of):
    body = ("Adapun perusahaan peserta yang aktif mencapai 201.000. Some 105 million workers were still outside the social "
            "security net. Tahun depan, dengan dimulainya program pensiun, dana kelolaan diproyeksikan mencapai Rp 230 "
            "triliun.")
    got = facts_of(body, published_on=date(2014, 10, 1))
    assert ("participants", "active_employers", "all", None, 2014, 201e3) in got
    assert ("targets", "managed_funds", "all", None, 2015, 230e12) in got
    assert all(f[-1] != 105e6 for f in got)


def test_the_active_total_a_segments_active_count_is_part_of_is_no_registered_total(facts_of):
    body = ("Secara nasional, hingga September 2022 peserta jasa konstruksi yang aktif mencapai 6,2 juta pekerja dari total "
            "35,1 juta peserta aktif BPJS Ketenagakerjaan.")
    got = facts_of(body, published_on=date(2022, 10, 3))
    assert ("participants", "active_participants", "all", None, 2022, 35.1e6) in got


def test_english_pension_fund_and_death_programmes(facts_of):
    body = ("The bulk of that money, Rp 280 trillion, belongs to the old-age savings programme, while the pension fund held "
            "Rp 50.2 trillion and the work accident and death programmes held Rp 31.1 trillion and Rp 11.9 trillion "
            "respectively.")
    got = facts_of("Funds under management stood at Rp 373.2 trillion at the end of June 2019. " + body,
                   published_on=date(2019, 7, 20))
    assert ("funds", "managed_funds", "all", "JP", 2019, 50.2e12) in got
    assert ("funds", "managed_funds", "all", "JKM", 2019, 11.9e12) in got


def test_english_active_coverage_employers_actively_paying_and_workers_without_any_protection(facts_of):
    body = ("The agency aims to lift active coverage to 54 million workers by end-2026. Employers actively paying in "
            "numbered 512,000. There are still about 60 million informal workers without any protection.")
    got = facts_of(body, published_on=date(2024, 10, 1))
    assert ("targets", "active_participants", "all", None, 2026, 54e6) in got
    assert ("participants", "active_employers", "all", None, 2024, 512e3) in got
    assert all(f[-1] != 60e6 for f in got)


def test_an_estimate_of_a_total_takes_no_programme_from_the_sentence_before(facts_of):
    body = ("Kenaikan klaim terutama dipicu pencairan JHT oleh pekerja yang terkena PHK. Direksi memperkirakan total klaim "
            "hingga akhir tahun ini bisa mencapai Rp 55 triliun.")
    assert facts_of(body, published_on=date(2024, 6, 2)) == [("targets", "benefits_paid", "all", None, 2024, 55e12)]


def test_members_paying_into_a_programme_a_programme_in_place_and_a_roadmaps_mandate(facts_of):
    body = ("The agency counted 50.5 million registered workers at the end of December, of whom 30.46 million were active "
            "members paying monthly contributions. Elvyn said that with the pension scheme in place the agency projects "
            "its funds under management to reach Rp 1,000 trillion by 2020.")
    got = facts_of(body, published_on=date(2019, 1, 20))
    assert ("participants", "active_participants", "all", None, 2018, 30.46e6) in got
    assert ("targets", "managed_funds", "all", None, 2020, 1e15) in got
    got = facts_of("Claims under the old-age savings (JHT) scheme reached Rp 37.1 trillion last year. About 19.7 million workers "
                   "currently pay into the programme.", published_on=date(2022, 3, 1))
    assert ("participants", "active_participants", "all", "JHT", 2022, 19.7e6) in got
    got = facts_of("J: Dana kelolaan Rp1.000 triliun, itu mandat Peta Jalan.", published_on=date(2024, 5, 2))
    assert got == [("targets", "managed_funds", "all", None, 2024, 1e15)]


def test_words_of_the_seventh_round(facts_of):
    got = facts_of("In the first half, the agency disbursed Rp 21.4 trillion in old-age savings (JHT) benefits.",
                   published_on=date(2021, 8, 8))
    assert got == [("funds", "benefits_paid", "all", "JHT", 2021, 21.4e12)]
    got = facts_of("BPJS Employment had 240,000 active employer members at the end of 2015.", published_on=date(2016, 1, 9))
    assert got == [("participants", "active_employers", "all", None, 2015, 240e3)]
    got = facts_of("Program jaminan pensiun berjalan sejak Juli 2015. Perusahaan yang sudah mengikutsertakan pekerjanya "
                   "dalam program tersebut tercatat 160.000 perusahaan pada akhir 2016.", published_on=date(2017, 1, 9))
    assert got == [("participants", "employers", "all", "JP", 2016, 160e3)]


def test_english_words_of_the_eighth_round(facts_of):
    got = facts_of("The number of companies taking part in the programmes had reached 310 thousand by the end of 2015.",
                   published_on=date(2016, 2, 2))
    assert got == [("participants", "employers", "all", None, 2015, 310e3)]
    got = facts_of("The agency aims to lift active membership to 50 million in 2025, with an additional 5.5 million expected "
                   "from informal workers.", published_on=date(2024, 11, 2))
    assert got == [("targets", "active_participants", "all", None, 2025, 50e6)]
    got = facts_of("For 2021, the agency is budgeting investment returns of Rp 35.2 trillion.", published_on=date(2021, 1, 5))
    assert got == [("targets", "investment_returns", "all", None, 2021, 35.2e12)]
    got = facts_of("Many of the 19.8 million active wage earners covered by the agency in 2021 cannot claim it.",
                   published_on=date(2022, 1, 5))
    assert got == [("participants", "active_participants", "formal", None, 2021, 19.8e6)]
    got = facts_of("The fund stood at Rp 9.4 trillion in 2021, financed by an initial government injection of Rp 6 trillion.",
                   published_on=date(2022, 1, 5))
    assert [f[-1] for f in got] == [9.4e12]
    got = facts_of("Active members totalled 40 million in 2023, including 9.1 million construction workers registered "
                   "through project-based schemes.", published_on=date(2024, 1, 5))
    assert ("participants", "active_participants", "construction", None, 2023, 9.1e6) in got


def test_a_count_to_be_pushed_to_a_figure_is_a_target(facts_of):
    body = "Direktur menyebut jumlah perusahaan aktif itu akan didorong ke 510.000 perusahaan sebelum tutup tahun ini."
    assert facts_of(body, published_on=date(2018, 10, 16)) == [("targets", "active_employers", "all", None, 2018, 510e3)]


def test_actively_registered_workers_are_active(facts_of):
    body = "As of June, 23.9 million workers were actively registered, out of 45.6 million registered."
    assert ("participants", "active_participants", "all", None, 2017, 23.9e6) in facts_of(body, published_on=date(2017, 8, 2))


def test_funds_coordinated_with_a_count_in_a_target_are_managed_funds(facts_of):
    body = ("For the old-age savings programme alone, Rp23.1 trillion was disbursed last year. \"This year we want to reach "
            "35 million active participants and funds of Rp415 trillion,\" he said.")
    assert facts_of(body, published_on=date(2019, 1, 20))[1:] == [
        ("targets", "active_participants", "all", None, 2019, 35e6), ("targets", "managed_funds", "all", None, 2019, 415e12)]


@pytest.mark.parametrize("body", [
    "Jumlah peserta program pensiun tercatat 8,7 juta pekerja, sementara 1.300 perusahaan belum mendaftarkan pekerjanya.",
    "DJSN mencatat ada sekitar 6.900 dana pensiun lembaga keuangan dan dana pensiun pemberi kerja yang saat ini mengelola "
    "aset Rp 210 triliun.",
])
def test_employers_not_registering_and_private_pension_funds_are_no_facts(facts_of, body):
    assert all(value not in {1300, 6900, 210e12} for *_, value in facts_of(body, published_on=date(2016, 1, 5)))


def test_what_the_agency_earned_is_its_investment_return(facts_of):
    body = "BPJS Ketenagakerjaan earned Rp 6.9 trillion from investments in the first quarter, up from Rp 5.9 trillion a year earlier."
    assert facts_of(body, published_on=date(2017, 5, 2)) == [
        ("funds", "investment_returns", "all", None, 2017, 6.9e12), ("funds", "investment_returns", "all", None, 2016, 5.9e12)]


@pytest.mark.parametrize("body", [
    "Menurut dia, peserta yang baru mendaftar pada 2024 mencapai 5,6 juta orang.",
    "Q: How big is the JHT fund? A: Rp 370 trillion. Q: What about the job-loss insurance? A: The new job-loss insurance "
    "(JKP) program, which starts paying benefits this month, has an initial government-funded capital of Rp 6 trillion.",
    "\"We want to cover informal workers, whose number is around 72 million,\" he said.",
])
def test_newcomers_seed_capital_and_a_workforce_larger_than_the_segment_are_no_facts(facts_of, body):
    assert [f for f in facts_of(body, published_on=date(2024, 6, 1)) if f[-1] != 370e12] == []
