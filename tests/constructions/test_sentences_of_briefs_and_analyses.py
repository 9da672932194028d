"""Constructions of English briefs, analyses and hearings: a baseline's own date after how far back it lies, the present
an English "has" states, a target year before its target word on an undated page, a change named by a noun, an
actual a target is set after, a condition after its figure or opened after "that", a part of the country's workforce
named between two figures, a comparison with the same period last year, newcomers named by a predicate, a fund named
as a programme's savings, a programme pointed at across a clause set off about it, placements named by holding,
absorbing or a restated share, recipients handed money over an amount, a target owned by the count before it, an
undated year whose end is told after it, a most-of-it part, a realisation pointing back at a target, a clause of
time after a period, fractions of a pool, a realisation of a named year, inverted and trailing conditions, English
tasks, accidents and segment members, and "the same programme"."""
from __future__ import annotations

from datetime import date


def test_a_baselines_own_date_may_follow_how_far_back_it_lies(facts_of):
    got = facts_of("The fund for the program grew to Rp 56.6 trillion from Rp 42.3 trillion a year earlier, in January "
                   "2018. Pension payouts in January were Rp 31 billion.", published_on=date(2019, 3, 4))
    assert ("funds", "managed_funds", "all", None, 2018, 42.3e12) in got
    assert ("funds", "benefits_paid", "all", "JP", 2019, 31e9) in got
    got = facts_of("The assets of the pension (JP) programme rose to Rp 174.6tn, compared with Rp 124.2tn two years "
                   "earlier, in April 2022.", published_on=date(2024, 6, 5))
    assert ("funds", "assets", "all", "JP", 2022, 124.2e12) in got


def test_an_english_has_states_the_present_over_the_year_of_a_sentence_looking_back(facts_of):
    got = facts_of("Total assets had been Rp 722.5tn at the end of 2023. The agency, which covers private-sector "
                   "employees and the self-employed, has 42.1 million active participants.", published_on=date(2024, 6, 5))
    assert ("participants", "active_participants", "all", None, 2024, 42.1e6) in got


def test_a_year_before_its_target_word_is_no_undated_pages_present(facts_of):
    got = facts_of("At the end of 2013, the agency had 12.3 million active participants. Funds under management reached "
                   "Rp 158 trillion at the end of last year. This year, the agency targets managed funds of Rp 184 "
                   "trillion. By 2019, the goal is 26 million active participants.", published_on=None)
    assert ("funds", "managed_funds", "all", None, 2013, 158e12) in got
    assert ("targets", "managed_funds", "all", None, 2014, 184e12) in got


def test_a_change_named_by_a_noun_starts_from_its_baseline(facts_of):
    got = facts_of("BPJS Ketenagakerjaan closed 2017 with managed funds of Rp317.3 trillion, an increase from Rp260.5 "
                   "trillion in 2016. The growth was supported by investment returns of Rp27.3 trillion.",
                   published_on=date(2018, 2, 14))
    assert ("funds", "investment_returns", "all", None, 2017, 27.3e12) in got


def test_the_level_a_target_is_set_after_is_an_actual(facts_of):
    got = facts_of("Riyadi said the agency had set a target of 21.9 million active members for 2016, after it closed "
                   "last year with 19.2 million.", published_on=date(2016, 3, 10))
    assert ("participants", "active_participants", "all", None, 2015, 19.2e6) in got
    assert ("targets", "active_participants", "all", None, 2016, 21.9e6) in got


def test_a_condition_opened_after_that_or_told_after_its_figure_makes_it_hypothetical(facts_of):
    got = facts_of("He added that if only a quarter of the informal workers joined the programs, the agency could sign up "
                   "another 17 million people.", published_on=date(2015, 1, 15))
    assert got == []
    got = facts_of("For 2017, the agency targets 26.5 million active participants. Its president director has said the "
                   "number could reach 30 million \"if regional governments enforce the rules.\"",
                   published_on=date(2017, 4, 21))
    assert got == [("targets", "active_participants", "all", None, 2017, 26.5e6)]


def test_a_part_of_the_workforce_named_between_two_figures_is_no_count_of_members(facts_of):
    got = facts_of("Peserta aktif tercatat 17,1 juta orang pada akhir 2014. Angka itu masih kecil dibandingkan angkatan "
                   "kerja nasional yang sekitar 120 juta orang, di antaranya 70 juta bekerja di sektor informal.",
                   published_on=date(2015, 1, 15))
    assert got == [("participants", "active_participants", "all", None, 2014, 17.1e6)]
    got = facts_of("The figure was still small compared with the country's workforce of around 120 million, of which "
                   "about 70 million work in the informal sector.", published_on=date(2015, 1, 15))
    assert got == []


def test_a_sentence_on_the_same_period_last_year_sets_no_running_year(facts_of):
    got = facts_of("The agency paid Rp19.4 trillion in old-age savings (JHT) claims from January to July 2020. In the "
                   "same period last year, JHT claims totaled Rp15.8 trillion. \"The old-age savings fund is more than "
                   "Rp 320 trillion,\" he said.", published_on=date(2020, 8, 11))
    assert ("funds", "benefits_paid", "all", "JHT", 2019, 15.8e12) in got
    assert ("funds", "managed_funds", "all", "JHT", 2020, 320e12) in got


def test_newcomers_named_by_a_predicate_or_a_qualified_noun_are_no_level(facts_of):
    got = facts_of("BPJS Ketenagakerjaan ended 2022 with 35.86 million active participants. Of the active participants, "
                   "3.2 million were newly registered in 2022.", published_on=date(2023, 1, 27))
    assert got == [("participants", "active_participants", "all", None, 2022, 35.86e6)]
    got = facts_of("Total contributions are expected to rise to Rp62 trillion this year as the agency pushes to sign up "
                   "5 million new informal workers.", published_on=date(2018, 1, 20))
    assert got == [("targets", "contributions", "all", None, 2018, 62e12)]


def test_a_programmes_savings_fund_is_its_managed_fund(facts_of):
    got = facts_of("The minister defended a new rule that allows old-age savings to be withdrawn only at 56. "
                   "The old-age savings fund (JHT) managed by BPJS Ketenagakerjaan stood at Rp372.5 trillion at the end "
                   "of January, according to agency data.", published_on=date(2022, 2, 16))
    assert got == [("funds", "managed_funds", "all", "JHT", 2022, 372.5e12)]


def test_a_programme_pointed_at_before_a_clause_set_off_about_it_reaches_the_main_clause(facts_of):
    got = facts_of("The job loss insurance (JKP) fund reached IDR 12.9 tn at the end of 2023. The program, which received "
                   "IDR 6 tn in seed capital from the government, paid IDR 279.6 bn in benefits last year.",
                   published_on=date(2024, 1, 30))
    assert ("funds", "benefits_paid", "all", "JKP", 2023, 279.6e9) in got


def test_placements_held_absorbed_or_restated_in_brackets_are_allocations(facts_of):
    got = facts_of("Total assets stood at Rp 748.4tn at the end of April. Rp 486tn of the total is held in government "
                   "bonds, and a further Rp 72tn in corporate bonds.", published_on=date(2024, 6, 5))
    assert got == [("funds", "assets", "all", None, 2024, 748.4e12)]
    got = facts_of("The agency reported that Rp187 trillion of its funds was invested in fixed-income instruments, "
                   "including around Rp 140 trillion in government debt. We see it absorbing IDR60tn of new SBN supply "
                   "this year. Government bonds make up c.64% of the portfolio (about IDR311tn).",
                   published_on=date(2021, 2, 1))
    assert got == []
    got = facts_of("\"This year we aim for the managed funds to reach Rp250 trillion,\" he said, adding that the agency "
                   "would put more money into infrastructure bonds, with about Rp30 trillion planned for that "
                   "instrument.", published_on=date(2016, 2, 10))
    assert got == [("targets", "managed_funds", "all", None, 2016, 250e12)]


def test_recipients_handed_money_over_an_amount_and_retirees_are_no_members(facts_of):
    got = facts_of("The government plans to give wage subsidies of Rp600,000 a month to 15.7 million workers registered "
                   "with the agency.", published_on=date(2020, 8, 11))
    assert got == []
    got = facts_of("Pension payouts in January were Rp 31 billion to 56,000 retirees.", published_on=date(2019, 3, 4))
    assert got == [("funds", "benefits_paid", "all", "JP", 2019, 31e9)]


def test_a_target_owned_by_the_count_before_it_counts_what_that_counts(facts_of):
    got = facts_of("Peserta aktif tahun lalu tercatat 42,3 juta pekerja. Tahun ini targetnya 49 juta pekerja.",
                   published_on=date(2025, 1, 29))
    assert ("targets", "active_participants", "all", None, 2025, 49e6) in got


def test_an_undated_years_end_told_after_it_makes_the_page_of_the_year_after(facts_of):
    got = facts_of("BPJS Ketenagakerjaan membukukan hasil investasi Rp51,6 triliun sepanjang 2023, dengan dana investasi "
                   "mencapai Rp711,9 triliun pada akhir tahun. Tahun ini, dana investasi ditargetkan tumbuh menjadi Rp790 "
                   "triliun.", published_on=None)
    assert ("targets", "managed_funds", "all", None, 2024, 790e12) in got


def test_a_level_with_most_of_it_named_after_is_of_no_one_programme(facts_of):
    got = facts_of("Dana kelolaan BPJS Ketenagakerjaan hingga Oktober 2014 mencapai Rp178,4 triliun dan sebagian besar "
                   "merupakan dana program jaminan hari tua.", published_on=date(2014, 11, 19))
    assert got == [("funds", "managed_funds", "all", None, 2014, 178.4e12)]


def test_a_figure_from_a_level_of_an_earlier_year_is_that_changes_baseline(facts_of):
    got = facts_of("Dana investasi per akhir Desember 2022 mencapai Rp632,4 triliun dari Rp553,5 triliun pada akhir 2021. "
                   "Hasil investasi tercatat Rp42,4 triliun.", published_on=date(2023, 2, 21))
    assert ("funds", "managed_funds", "all", None, 2021, 553.5e12) in got
    assert ("funds", "investment_returns", "all", None, 2022, 42.4e12) in got


def test_a_realisation_pointing_back_at_a_target_is_of_the_targets_year(facts_of):
    got = facts_of("Direktur Utama BPJS Ketenagakerjaan mengakui target kepesertaan aktif 2023 sebesar 44,6 juta pekerja "
                   "tidak tercapai. Realisasinya hanya 41,6 juta peserta aktif.", published_on=date(2024, 6, 12))
    assert ("participants", "active_participants", "all", None, 2023, 41.6e6) in got


def test_a_small_target_pointing_back_at_a_programmes_count_is_that_programmes(facts_of):
    got = facts_of("Jumlah peserta program jaminan pensiun naik dari 1,1 juta pada akhir Agustus menjadi 2,3 juta. Meski "
                   "demikian, capaian tersebut masih di bawah target akhir tahun sebanyak 3 juta peserta.",
                   published_on=date(2015, 12, 9))
    assert ("targets", "participants", "all", "JP", 2015, 3e6) in got


def test_a_clause_of_time_after_a_period_is_of_that_period(facts_of):
    got = facts_of("The agency paid IDR 27.41 trillion in benefits from January to September 2020, 31.2% more than in "
                   "the same period last year, when benefits paid stood at IDR 20.89 trillion.",
                   published_on=date(2020, 10, 15))
    assert ("funds", "benefits_paid", "all", None, 2019, 20.89e12) in got


def test_a_year_in_a_clause_set_off_about_the_agency_dates_no_target_after_it(facts_of):
    got = facts_of("The agency, which will begin operating its pension program in July 2015, targets 17.5 million active "
                   "participants nationwide by year-end.", published_on=date(2014, 8, 20))
    assert got == [("targets", "active_participants", "all", None, 2014, 17.5e6)]


def test_a_fraction_of_a_pool_takes_the_pool_as_a_share_base(facts_of):
    got = facts_of("BPJS Ketenagakerjaan masih punya pekerjaan rumah besar: peserta aktifnya baru sekitar sepertiga dari "
                   "91 juta pekerja yang layak menjadi peserta.", published_on=date(2020, 3, 6))
    assert got == []


def test_english_targets_funds_baselines_and_net_flows(facts_of):
    got = facts_of("For this year, the agency is targeting 30.5 million active members and a fund of Rp370 trillion.",
                   published_on=date(2018, 1, 20))
    assert ("targets", "managed_funds", "all", None, 2018, 370e12) in got
    got = facts_of("The fund manages 360 trillion rupiah. Around 58 trillion rupiah of that is currently invested in "
                   "infrastructure.", published_on=date(2018, 5, 2))
    assert got == [("funds", "managed_funds", "all", None, 2018, 360e12)]
    got = facts_of("The pension program now has 2.4 million participants, short of the 3 million the agency had hoped to "
                   "sign up by the end of 2015.", published_on=date(2016, 1, 10))
    assert ("targets", "participants", "all", "JP", 2015, 3e6) in got
    got = facts_of("Contribution inflows reached IDR88.5tn in FY23, leaving net inflows after benefit payouts of "
                   "c.IDR35.7tn. We expect net SBN purchases of IDR40tn in 2024.", published_on=date(2024, 3, 5))
    assert got == [("funds", "contributions", "all", None, 2023, 88.5e12)]


def test_a_realisation_of_a_year_it_names_leaves_the_target_its_own_year(facts_of):
    got = facts_of("Dana kelolaan ditargetkan Rp880 triliun pada akhir 2025. Hasil investasi ditargetkan Rp56 triliun, "
                   "sementara realisasi 2024 sebesar Rp55,1 triliun.", published_on=date(2025, 5, 6))
    assert ("targets", "investment_returns", "all", None, 2025, 56e12) in got
    assert ("funds", "investment_returns", "all", None, 2024, 55.1e12) in got


def test_what_is_recorded_meanwhile_after_a_target_is_an_actual(facts_of):
    got = facts_of("Secara nasional, target peserta aktif 2016 sebesar 23,8 juta, sementara hingga Agustus tercatat 21,4 "
                   "juta.", published_on=date(2016, 9, 20))
    assert ("participants", "active_participants", "all", None, 2016, 21.4e6) in got
    got = facts_of("Target jumlah peserta aktif pada 2021 tercatat sebesar 33,67 juta peserta.", published_on=date(2021, 3, 2))
    assert got == [("targets", "active_participants", "all", None, 2021, 33.67e6)]


def test_an_inverted_condition_and_a_modal_after_the_figure_make_it_hypothetical(facts_of):
    got = facts_of("Should the fund keep growing at a double-digit pace, its assets could exceed IDR1,000 trillion.",
                   published_on=date(2021, 6, 1))
    assert got == []
    got = facts_of("If the government made enrolment compulsory for all placements, an extra 300,000 workers a year could "
                   "be covered.", published_on=date(2023, 12, 1))
    assert got == []


def test_english_tasks_accidents_and_active_members_of_a_segment(facts_of):
    got = facts_of("The agency has been set the task of covering 20 million active workers this year.",
                   published_on=date(2014, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2014, 20e6)]
    got = facts_of("Work accident (JKK) benefits paid nationally amounted to Rp 1.31 trillion, covering some 157,000 "
                   "accidents, of which 4,000 were fatal.", published_on=date(2019, 11, 20))
    assert got == [("funds", "benefits_paid", "all", "JKK", 2019, 1.31e12)]
    got = facts_of("The agency counted 0.42 million active migrant-worker participants (PMI) as of November.",
                   published_on=date(2023, 12, 18))
    assert got == [("participants", "active_participants", "migrant", None, 2023, 420_000)]


def test_a_count_many_times_a_segments_count_before_it_takes_the_whole_passage(facts_of):
    got = facts_of("As of June 2023 we have 39.2 million active participants. Of those, about 7.1 million are non-wage "
                   "earners [BPU]. Last year we closed at 35.86 million.", published_on=date(2023, 8, 1))
    assert ("participants", "active_participants", "all", None, 2022, 35.86e6) in got


def test_workers_who_could_become_members_are_a_pool(facts_of):
    got = facts_of("Agus juga mengatakan pekerja yang bisa menjadi peserta mencapai sekitar 91 juta orang.",
                   published_on=date(2019, 5, 1))
    assert got == []


def test_the_same_programme_points_back_at_the_one_named_before(facts_of):
    got = facts_of("BPJS Ketenagakerjaan telah membayarkan klaim jaminan hari tua atau JHT sebesar Rp11,2 triliun hingga "
                   "Maret 2024. Sepanjang tahun sebelumnya, klaim untuk program yang sama mencapai Rp44,9 triliun.",
                   published_on=date(2024, 4, 29))
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 44.9e12) in got



def test_english_participation_relative_targets_and_achievements_after_a_plan(facts_of):
    got = facts_of("Four months after Indonesia launched its mandatory pension program, participation has risen from 6.2 "
                   "million workers at the end of July to 9.6 million as of October. That is still short of the 12 million "
                   "participants the agency wants in the scheme by December.", published_on=date(2015, 11, 4))
    assert ("participants", "participants", "all", "JP", 2015, 9.6e6) in got
    assert ("targets", "participants", "all", "JP", 2015, 12e6) in got
    got = facts_of("The agency plans to lift the share of equities this year, its president director said, after funds "
                   "under management climbed to 365.5 trillion rupiah at the end of 2018.", published_on=date(2019, 2, 14))
    assert got == [("funds", "managed_funds", "all", None, 2018, 365.5e12)]
    got = facts_of("Investment yield was Rp19.2 trillion in 2015. For next year, the agency sets a target of Rp 56 trillion "
                   "in contribution collections.", published_on=date(2015, 11, 4))
    assert got == [("funds", "investment_returns", "all", None, 2015, 19.2e12),
                   ("targets", "contributions", "all", None, 2016, 56e12)]


def test_a_countrys_workers_dollars_and_years_ago(facts_of):
    got = facts_of("Ten years ago, when PT Jamsostek became BPJS Ketenagakerjaan, we protected 13 million active workers. "
                   "Indonesia has almost 140 million workers. By the end of July, the funds we manage exceeded Rp 750 "
                   "trillion, or about 48 billion US dollars.", published_on=date(2024, 9, 10))
    assert got == [("participants", "active_participants", "all", None, 2014, 13e6),
                   ("funds", "managed_funds", "all", None, 2024, 750e12)]


def test_a_target_an_achievement_falls_below_and_a_programme_wanted_followed(facts_of):
    got = facts_of("Contribution income was Rp 73.3 trillion in 2020, below the initial target of Rp 83 trillion.",
                   published_on=date(2021, 2, 1))
    assert ("targets", "contributions", "all", None, 2020, 83e12) in got
    got = facts_of("Program Jaminan Pensiun diikuti 2 juta pekerja. Direktur Kepesertaan mengatakan tahun ini pihaknya "
                   "ingin program tersebut diikuti 3,5 juta pekerja.", published_on=date(2016, 1, 11))
    assert ("targets", "participants", "all", "JP", 2016, 3.5e6) in got


def test_english_wants_to_bring_achieved_and_a_targets_coming_month(facts_of):
    got = facts_of("Active participants: target 46 million, achieved 45.2 million.", published_on=date(2025, 2, 1))
    assert ("participants", "active_participants", "all", None, 2025, 45.2e6) in got
    got = facts_of("The agency wants to bring 43 million workers into active membership this year.",
                   published_on=date(2023, 3, 1))
    assert got == [("targets", "active_participants", "all", None, 2023, 43e6)]
    got = facts_of("Managed funds stood at Rp 206 trillion at the end of December 2015. \"We want managed funds to reach "
                   "Rp 250 trillion by December,\" Elvyn said.", published_on=date(2016, 2, 18))
    assert ("targets", "managed_funds", "all", None, 2016, 250e12) in got


def test_a_list_pointing_back_at_a_total_breaks_it_down_and_funds_by_purpose(facts_of):
    got = facts_of("BPJS Ketenagakerjaan membayarkan klaim sebesar Rp 19,6 triliun sepanjang 2017.\n"
                   "Rinciannya adalah sebagai berikut:\n"
                   "Jaminan Hari Tua (JHT): Rp 17,1 triliun (2,0 juta kasus)\n"
                   "Jaminan Pensiun (JP): Rp 58 miliar (18.000 kasus)", published_on=date(2018, 1, 9))
    assert ("funds", "benefits_paid", "all", "JHT", 2017, 17.1e12) in got
    got = facts_of("Dana kelolaan mencapai Rp 206 triliun. Dari jumlah itu, dana program hari tua sebesar Rp 172,3 "
                   "triliun, sementara dana kematian Rp 7,4 triliun.", published_on=date(2016, 1, 20))
    assert ("funds", "managed_funds", "all", "JKM", 2016, 7.4e12) in got


def test_arrears_the_agencys_own_assets_and_placements_after_its_name_are_no_facts(facts_of):
    got = facts_of("Iuran yang masih tertunggak dari perusahaan mencapai Rp3,4 triliun. Adapun aset Badan, terpisah dari "
                   "dana jaminan sosial, sebesar Rp12,1 triliun. Sebanyak Rp 570 triliun dana BPJS Ketenagakerjaan "
                   "ditempatkan di surat berharga negara.", published_on=date(2024, 5, 1))
    assert got == []
