"""Constructions of news and interviews: an amount with its share of the total after it, a target's starting
level, a covered part of a workforce, English targets ("wants ... to double to", "estimate ... could reach", "should be
around"), a pointer "the number", a quotation closed before the speaker's title, a time in a clause that turns to
another matter, a programme that began last July, the whole of all programmes after a programme's small amount, a
programme in brackets after a row's name, the fund of a programme pointed at, a past level set beside the present
one, allocations and expenses in English, and a part's change over the period of the whole's change."""
from __future__ import annotations

from datetime import date


def test_an_amount_with_its_share_of_the_total_after_it_is_that_parts_amount(facts_of):
    got = facts_of("Dari jumlah tersebut, porsi terbesar berasal dari Jaminan Hari Tua yang mencapai Rp8,2 triliun atau "
                   "88,1% dari total klaim.", published_on=date(2017, 7, 20))
    assert ("funds", "benefits_paid", "all", "JHT", 2017, 8.2e12) in got


def test_a_past_level_after_a_targets_figure_is_where_the_target_starts(facts_of):
    got = facts_of("Sementara peserta aktif ditargetkan 33,2 juta pekerja, dari 28,1 juta pada 2018.",
                   published_on=date(2019, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2019, 33.2e6),
                   ("participants", "active_participants", "all", None, 2018, 28.1e6)]


def test_the_covered_part_of_a_workforce_naming_its_own_measure_is_a_fact(facts_of):
    got = facts_of("Indonesia has about 140 million workers, of whom 41.5 million were active participants of the agency "
                   "at the end of 2023.", published_on=date(2024, 3, 1))
    assert got == [("participants", "active_participants", "all", None, 2023, 41.5e6)]


def test_english_wants_to_double_to_and_that_number_point_at_a_target(facts_of):
    got = facts_of("The agency had 32.1 million active participants as of October. The agency wants that number to "
                   "double to 64 million by 2026.", published_on=date(2021, 11, 2))
    assert ("targets", "active_participants", "all", None, 2026, 64e6) in got


def test_english_estimate_could_reach_and_should_be_around_are_forecasts(facts_of):
    got = facts_of("Agency officials estimate total claims paid across all programs this year could reach Rp 40 trillion.",
                   published_on=date(2021, 9, 1))
    assert got == [("targets", "benefits_paid", "all", None, 2021, 40e12)]
    got = facts_of("Investment returns this year should be around Rp 45 trillion, despite the bond market.",
                   published_on=date(2023, 6, 1))
    assert got == [("targets", "investment_returns", "all", None, 2023, 45e12)]


def test_a_quotation_closed_before_the_speakers_title_reads_its_own_words(facts_of):
    """"the number" points at the total of the sentence before; "membership" in the speaker's title after the closed
    quotation names nothing of the figure."""
    got = facts_of('Active participants reached 33.1 million as of June 2020, comprising 25.2 million wage earners and '
                   '2.7 million non-wage earners, an official said. "We aim to raise the number to 35.5 million by '
                   'year-end," the agency\'s director for membership told journalists.', published_on=date(2020, 7, 10))
    assert ("targets", "active_participants", "all", None, 2020, 35.5e6) in got


def test_a_time_in_a_clause_turning_to_another_matter_does_not_date_the_figure(facts_of):
    got = facts_of("A watchdog said the agency remained solid, with managed funds of around Rp 480 trillion, but warned "
                   "that the drop in members would hurt income next year.", published_on=date(2020, 10, 5))
    assert got == [("funds", "managed_funds", "all", None, 2020, 480e12)]


def test_a_programme_that_began_last_july_does_not_date_what_it_counts_now(facts_of):
    got = facts_of("Bagaimana dengan Jaminan Pensiun yang baru berjalan Juli tahun lalu?\n"
                   "Program itu sekarang pesertanya sudah 9,4 juta pekerja.", published_on=date(2016, 4, 1))
    assert got == [("participants", "participants", "all", "JP", 2016, 9.4e6)]


def test_a_total_many_times_a_programmes_amount_is_all_programmes(facts_of):
    got = facts_of("Klaim jaminan kehilangan pekerjaan sepanjang semester I 2025 sebesar Rp140 miliar. Pemerintah "
                   "menaikkan manfaat uang tunai JKP menjadi 60 persen upah. Sepanjang tahun lalu, total klaim yang "
                   "dibayarkan Rp55,1 triliun.", published_on=date(2025, 7, 24))
    assert ("funds", "benefits_paid", "all", None, 2024, 55.1e12) in got


def test_a_rows_name_then_its_programme_in_brackets(facts_of):
    got = facts_of("Kinerja per program 2023:\nDeath (JKM): Assets Rp14.1 trillion; Contributions Rp4.2 trillion.\n"
                   "Pension (JP): Assets Rp150.2 trillion; Contributions Rp21.8 trillion.", published_on=date(2024, 2, 1))
    assert ("funds", "contributions", "all", "JKM", 2023, 4.2e12) in got
    assert ("funds", "contributions", "all", "JP", 2023, 21.8e12) in got


def test_the_fund_of_a_programme_pointed_at_is_its_managed_fund(facts_of):
    got = facts_of("Pada 2021, program jaminan pensiun menghimpun iuran Rp19,3 triliun dan membayar manfaat Rp612 miliar. "
                   "Dewan Jaminan Sosial Nasional memproyeksikan dana program pensiun tersebut bisa mencapai Rp900 triliun "
                   "pada 2035.", published_on=date(2022, 3, 1))
    assert ("targets", "managed_funds", "all", "JP", 2035, 900e12) in got


def test_a_past_level_set_beside_the_present_one_is_a_look_back(facts_of):
    """After "sekarang Rp A. Tahun lalu Rp B.", the figures go on in the present, not last year."""
    body = ("Bagaimana dengan dana kelolaan?\nDana yang kami kelola sekarang Rp 210,5 triliun. Tahun lalu Rp 190,1 "
            "triliun.\nBagaimana dengan pekerja informal?\nPotensinya besar. Yang sudah menjadi peserta baru sekitar "
            "800.000 orang.")
    got = facts_of(body, published_on=date(2015, 6, 3))
    assert ("funds", "managed_funds", "all", None, 2014, 190.1e12) in got
    assert ("participants", "participants", "informal", None, 2015, 800_000) in got
    got = facts_of("As of September, we have 36.1 million active members. At the end of last year it was 31.2 million. "
                   "Registered members number around 60 million.", published_on=date(2022, 10, 24))
    assert ("participants", "registered_participants", "all", None, 2022, 60e6) in got


def test_english_allocations_holdings_and_expenses_are_no_fund(facts_of):
    got = facts_of("The agency plans to raise its allocation to infrastructure-linked bonds to about Rp 55 trillion "
                   "this year.", published_on=date(2017, 4, 1))
    assert got == []
    got = facts_of("An analyst said the agency's stock holdings of around Rp65 trillion make it a large investor.",
                   published_on=date(2018, 4, 1))
    assert got == []
    got = facts_of("Operating expenses of the agency were Rp5.8 trillion.", published_on=date(2023, 4, 1))
    assert got == []


def test_a_parts_change_runs_over_the_period_of_the_wholes_change_before_it(facts_of):
    got = facts_of("Pada akhir 2024, peserta aktif tercatat 45,1 juta orang, naik dari 31,2 juta orang pada 2021. Segmen "
                   "bukan penerima upah (BPU) mencatat pertumbuhan paling pesat, dari 3,2 juta menjadi 9,9 juta peserta.",
                   published_on=date(2025, 3, 18))
    assert ("participants", "active_participants", "informal", None, 2021, 3.2e6) in got
    assert ("participants", "active_participants", "informal", None, 2024, 9.9e6) in got


def test_scales_abbreviated_trn_and_other_bodies_of_insurance(facts_of):
    got = facts_of("Payouts to members in the quarter totalled Rp12.87trn. Separately, the regulator reported that life "
                   "insurers' premium income fell to Rp44.6trn.", published_on=date(2023, 5, 2))
    assert got == [("funds", "benefits_paid", "all", None, 2023, 12.87e12)]


def test_examples_of_a_segment_name_no_sub_group(facts_of):
    got = facts_of("Non-wage earners, or informal workers such as street vendors, farmers and drivers, are a key focus: "
                   "the agency currently counts 1.9 million active informal members.", published_on=date(2017, 8, 1))
    assert got == [("participants", "active_participants", "informal", None, 2017, 1.9e6)]


def test_enrollees_are_members_and_now_is_no_target(facts_of):
    got = facts_of("The number of active enrollees had dropped to 31.5 million as of end-June.", published_on=date(2020, 8, 1))
    assert got == [("participants", "active_participants", "all", None, 2020, 31.5e6)]
    got = facts_of("We also want 650,000 active employers. Now there are about 560,000.", published_on=date(2019, 5, 1))
    assert got == [("targets", "active_employers", "all", None, 2019, 650_000),
                   ("participants", "active_employers", "all", None, 2019, 560_000)]


def test_an_inverted_condition_and_losses_are_no_facts(facts_of):
    got = facts_of("Were every one of the country's more than 100 million eligible workers enrolled, the fund could top "
                   "Rp1,500 trillion.", published_on=date(2024, 9, 1))
    assert got == []
    got = facts_of("Investigators are looking into unrealised losses of around 43 trillion rupiah.",
                   published_on=date(2021, 1, 18))
    assert got == []


def test_an_amount_placed_reportedly_in_an_instrument_is_an_allocation(facts_of):
    got = facts_of("Sebagian dana tersebut, kurang lebih Rp 30 triliun, kabarnya sudah ditempatkan pada obligasi.",
                   published_on=date(2016, 5, 1))
    assert got == []


def test_a_target_stated_after_the_level_it_starts_from_and_its_year(facts_of):
    got = facts_of("Untuk 2019, manajemen menetapkan target iuran Rp73 triliun. Peserta aktif yang pada akhir 2018 "
                   "berjumlah 30,46 juta ditargetkan naik menjadi 34,9 juta.", published_on=date(2019, 2, 1))
    assert ("participants", "active_participants", "all", None, 2018, 30.46e6) in got
    assert ("targets", "active_participants", "all", None, 2019, 34.9e6) in got


def test_english_allocating_portfolios_could_top_and_workers_who_received(facts_of):
    got = facts_of("The agency will consider allocating up to IDR 5 tn to private placements. Its equity portfolio is "
                   "worth about IDR 96 tn.", published_on=date(2022, 6, 1))
    assert got == []
    got = facts_of("The agency said the full-year payout could top IDR 58 trillion.", published_on=date(2025, 7, 1))
    assert got == [("targets", "benefits_paid", "all", None, 2025, 58e12)]
    got = facts_of("In 2023, some 52,000 workers received JKP benefits.", published_on=date(2024, 2, 1))
    assert got == []


def test_recorded_as_active_is_active(facts_of):
    got = facts_of("Dari sisi kepesertaan, jumlah pekerja yang tercatat aktif per Juni 2017 mencapai 24,6 juta orang.",
                   published_on=date(2017, 8, 1))
    assert got == [("participants", "active_participants", "all", None, 2017, 24.6e6)]


def test_a_change_in_the_same_period_starts_where_the_change_before_it_started(facts_of):
    got = facts_of("Dana kelolaan naik dari Rp206,1 triliun pada 2015 menjadi Rp365,5 triliun pada 2018. Peserta aktif pun "
                   "bertambah dari 19,2 juta menjadi 30,46 juta dalam periode yang sama.", published_on=date(2019, 1, 30))
    assert ("participants", "active_participants", "all", None, 2015, 19.2e6) in got
    assert ("participants", "active_participants", "all", None, 2018, 30.46e6) in got


def test_employers_pointed_at_are_the_active_employers_named_before(facts_of):
    got = facts_of("Pemberi kerja aktif tercatat 678.000 perusahaan pada 2021. Jumlah pemberi kerja itu naik dari 664.000 "
                   "pada tahun sebelumnya.", published_on=date(2022, 1, 20))
    assert ("participants", "active_employers", "all", None, 2020, 664_000) in got


def test_english_a_fund_that_earned_under_management_and_who_actively_pay(facts_of):
    body = ("The agency, which had 415.3 trillion rupiah ($29.3 billion) under management at the end of August, expects "
            "to earn about 29 trillion rupiah this year. The fund earned 27.1 trillion rupiah last year. The agency covers "
            "34.1 million workers who actively pay contributions.")
    got = facts_of(body, published_on=date(2019, 10, 3))
    assert ("funds", "managed_funds", "all", None, 2019, 415.3e12) in got
    assert ("targets", "investment_returns", "all", None, 2019, 29e12) in got
    assert ("funds", "investment_returns", "all", None, 2018, 27.1e12) in got
    assert ("participants", "active_participants", "all", None, 2019, 34.1e6) in got


def test_english_the_biggest_pension_fund_and_a_programme_in_a_clause_of_time_name_no_programme(facts_of):
    got = facts_of("Indonesia's biggest pension fund manages about Rp 300 trillion. The agency expects the funds it manages "
                   "to grow to Rp 215 trillion by the end of next year as it prepares to take on a pension program.",
                   published_on=date(2014, 10, 1))
    assert all(program is None for _, _, _, program, _, _ in got)


def test_english_road_maps_wants_to_have_and_money_to_buy_or_invest(facts_of):
    got = facts_of("Its road map calls for coverage of 33 million workers by 2019.", published_on=date(2014, 10, 1))
    assert got == [("targets", "participants", "all", None, 2019, 33e6)]
    got = facts_of("The agency would also buy around 12 trillion rupiah of infrastructure bonds. It could invest up to "
                   "50 trillion rupiah this year in government bonds. About Rp40 trillion will be invested in "
                   "infrastructure-related instruments.", published_on=date(2017, 3, 1))
    assert got == []


def test_a_segments_workers_counted_by_their_cover_are_participants_even_as_a_part(facts_of):
    got = facts_of("Peserta aktif tercatat 33,87 juta per Oktober 2019. Dari angka tersebut, peserta aktif sektor informal "
                   "sebanyak 2,72 juta. Adapun pekerja migran Indonesia yang terlindungi sebanyak 427.600 orang. Selain itu, "
                   "sebanyak 310.000 pekerja migran lain turut terlindungi.", published_on=date(2019, 11, 5))
    assert ("participants", "participants", "migrant", None, 2019, 427_600) in got
    assert ("participants", "active_participants", "informal", None, 2019, 2.72e6) in got


def test_english_versus_a_year_earlier_and_estimated_that_would_reach(facts_of):
    got = facts_of("Investment returns were Rp22.6 trillion versus Rp18.9 trillion a year earlier.", published_on=date(2016, 3, 1))
    assert got == [("funds", "investment_returns", "all", None, 2016, 22.6e12),
                   ("funds", "investment_returns", "all", None, 2015, 18.9e12)]
    got = facts_of("Anggoro estimated that active membership would reach about 32 million by December.",
                   published_on=date(2021, 9, 1))
    assert got == [("targets", "active_participants", "all", None, 2021, 32e6)]


def test_english_realization_paying_benefits_wage_earner_participants_and_wanting_to_cover(facts_of):
    got = facts_of("Active members (million): 2019 target 35.6 million; Realization 34.1 million.", published_on=date(2020, 1, 30))
    assert got == [("targets", "active_participants", "all", None, 2019, 35.6e6),
                   ("participants", "active_participants", "all", None, 2019, 34.1e6)]
    got = facts_of("Meanwhile, the agency plans to pay benefits of around Rp22 trillion this year.", published_on=date(2017, 2, 1))
    assert got == [("targets", "benefits_paid", "all", None, 2017, 22e12)]
    got = facts_of("The agency reported some 26.1 million active wage-earner participants in March.", published_on=date(2023, 5, 1))
    assert got == [("participants", "active_participants", "formal", None, 2023, 26.1e6)]
    got = facts_of("It wants to cover 70 million workers by 2026.", published_on=date(2021, 5, 1))
    assert got == [("targets", "participants", "all", None, 2026, 70e6)]


def test_english_an_increase_of_a_share_from_a_level_is_its_baseline(facts_of):
    got = facts_of("Total funds under management as of 31 December 2022 stood at IDR 629.1 trillion, an increase of 13.6% "
                   "from IDR 553.7 trillion in 2021. Investment returns throughout the year reached IDR 36.9 tn.",
                   published_on=date(2023, 2, 15))
    assert ("funds", "managed_funds", "all", None, 2021, 553.7e12) in got
    assert ("funds", "investment_returns", "all", None, 2022, 36.9e12) in got


def test_english_stimulus_operating_budgets_and_agents_are_no_facts(facts_of):
    for sentence in ("The government last month announced a 405 trillion rupiah stimulus package.",
                     "The agency's operating budget for 2025 was set at IDR 6.1 trillion.",
                     "The agency now works with some 10,000 agents who collect contributions."):
        assert facts_of(sentence, published_on=date(2020, 4, 1)) == [], sentence


def test_a_year_in_brackets_labelling_a_figure_dates_that_figure_not_the_one_before(facts_of):
    body = ("Benefits totaling Rp57.9 trillion were paid in 2024 (2023: Rp52.6 trillion), the agency said. The payments "
            "were distributed as follows:\n- Old-age savings (JHT): Rp48.2 trillion\n- Death (JKM): Rp3.5 trillion\n"
            "Managed funds: Rp365.5 trillion (2017: Rp317.3 trillion).")
    got = facts_of(body, published_on=date(2025, 1, 15))
    assert ("funds", "benefits_paid", "all", None, 2023, 52.6e12) in got
    assert ("funds", "benefits_paid", "all", "JHT", 2024, 48.2e12) in got
    assert ("funds", "managed_funds", "all", None, 2017, 317.3e12) in got


def test_english_a_provinces_own_figures_are_the_provinces(facts_of):
    got = facts_of("Nationally, the agency had 40.9 million active participants in 2023. Bali's own target for this year is "
                   "750,000 participants. The office paid Rp412 billion in claims in the province during the period.",
                   published_on=date(2023, 8, 1))
    assert got == [("participants", "active_participants", "all", None, 2023, 40.9e6)]
