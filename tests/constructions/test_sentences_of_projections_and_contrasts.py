"""Constructions of projections, contrasts and pointers: a target under a condition that a trend goes on, an
achievement after "after reaching", assets under management, a placement "went to" an instrument, money paid over an
amount to a count of people, a segment named as outside the wage sector, a programme pointed at by "under it", active
participants registered as active, a branch set against the nation in a contrasting clause, another body's programme
whose data come from the agency, the whole a pointed-at part belongs to, a new level's month before its baseline's
dated month, a relative period the figure is set against, a programme's fund named by its purpose, and a region's
portion of a national target, the manpower ministry paying its own programme, a rate of growth assumed as the subject
of a modal, a region's part of a national achievement, what helped a target along, funds a programme held, last
year's figure set beside a projection, the fund of the programme the sentence before opens with, those who
participate in it, a programme's fund in the possessive, service points counted, money to allocate, workers moved to
inactive status, a measure set beside another of its year, the present an English "covers" states, a supposition that
all of a count joined, a count of "those active" after its sentence's own total, a branch visited, a first year named
before the figure, companies yet to register, funds to manage and the position a target starts from, a programme named
in brackets after another, a position a target rises from dated by a month alone, what the agency wanted, money placed
or directed, workers enrolled in it, an amount more than the one it is set against, the unit noun of active employers,
a target set against an achievement after a comma and the total a programme's fund is part of, the nation's count of
employers in a region's article, "those benefits", funds that had been placed, what the agency expected a programme to
collect, what "we also expect", service requests and a budget for contributions, a row labelled by a programme's
purpose, money received by a count of people, what is said after "adding that", villages counted and a cause the
government set after a figure."""
from __future__ import annotations

from datetime import date


def test_a_target_under_a_condition_that_a_trend_goes_on_is_a_projection(facts_of):
    got = facts_of("Jika pandemi berlanjut hingga akhir tahun ini, ia memperkirakan klaim JHT bisa menembus Rp 31 "
                   "triliun.", published_on=date(2020, 6, 3))
    assert got == [("targets", "benefits_paid", "all", "JHT", 2020, 31e12)]
    # (a condition of another kind stays what would be)
    assert facts_of("Jika semua pekerja informal mendaftar, iuran tahun ini bisa menembus Rp 90 triliun.") == []


def test_a_figure_after_after_reaching_is_the_achievement_a_target_follows(facts_of):
    got = facts_of("The agency has set a target of 61.2 million active participants for next year, after reaching "
                   "44.1 million as of October 2024.", published_on=date(2024, 11, 20))
    assert ("targets", "active_participants", "all", None, 2025, 61.2e6) in got
    assert ("participants", "active_participants", "all", None, 2024, 44.1e6) in got
    assert ("targets", "active_participants", "all", None, 2024, 44.1e6) not in got


def test_total_assets_under_management_are_the_managed_funds(facts_of):
    got = facts_of("Total assets under management reached Rp 298.4 trillion by the end of June 2017.")
    assert got == [("funds", "managed_funds", "all", None, 2017, 298.4e12)]
    assert facts_of("Total assets reached Rp 301.2 trillion at the end of 2017.") == \
        [("funds", "assets", "all", None, 2017, 301.2e12)]


def test_money_that_went_to_an_instrument_is_a_placement(facts_of):
    got = facts_of("Funds under management stood at Rp 512.1 trillion in 2020. About Rp 81 trillion of the total was "
                   "placed in corporate bonds, while some Rp 64 trillion went to infrastructure-related instruments.")
    assert got == [("funds", "managed_funds", "all", None, 2020, 512.1e12)]


def test_a_count_money_was_paid_to_over_its_amount_counts_recipients(facts_of):
    got = facts_of("The agency is targeting 45 million active participants this year. Its job-loss insurance (JKP) "
                   "programme paid Rp 98 billion to 31,500 workers last year.", published_on=date(2023, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2023, 45e6),
                   ("funds", "benefits_paid", "all", "JKP", 2022, 98e9)]


def test_workers_outside_the_wage_sector_are_the_informal_segment(facts_of):
    got = facts_of("Nationally, 37.2 million workers were active members as of April 2023, including 8.4 million "
                   "outside the wage sector.", published_on=date(2023, 6, 1))
    assert ("participants", "active_participants", "all", None, 2023, 37.2e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 8.4e6) in got


def test_benefits_paid_under_it_are_the_programmes_the_clause_before_named(facts_of):
    got = facts_of("Contributions to the job-loss (JKP) programme reached Rp1.9 trillion in 2022, while benefits paid "
                   "under it totaled Rp271 billion.", published_on=date(2023, 3, 1))
    assert ("funds", "contributions", "all", "JKP", 2022, 1.9e12) in got
    assert ("funds", "benefits_paid", "all", "JKP", 2022, 271e9) in got


def test_workers_registered_as_active_are_active_participants(facts_of):
    got = facts_of("BPJS Ketenagakerjaan mencatat jumlah pekerja yang terdaftar aktif per Juni 2023 sebanyak 38,7 juta "
                   "orang.", published_on=date(2023, 7, 10))
    assert got == [("participants", "active_participants", "all", None, 2023, 38.7e6)]


def test_a_branch_in_a_clause_set_against_the_nations_is_regional(facts_of):
    got = facts_of("Kantor pusat menargetkan peserta aktif nasional mencapai 41,5 juta hingga akhir 2023, sementara "
                   "Kanwil Jabar ditargetkan 6,2 juta.", published_on=date(2023, 2, 14))
    assert got == [("targets", "active_participants", "all", None, 2023, 41.5e6)]


def test_another_bodys_programme_is_its_own_though_its_data_come_from_the_agency(facts_of):
    got = facts_of("Bantuan Subsidi Upah (BSU) dari Kementerian Ketenagakerjaan yang datanya berasal dari BPJS "
                   "Ketenagakerjaan telah disalurkan kepada 9,4 juta pekerja dengan nilai Rp 8,8 triliun pada 2022.",
                   published_on=date(2022, 12, 1))
    assert got == []
    # (the agency named as the subject after the other body still makes the figure ours)
    got = facts_of("Selain program subsidi upah, BPJS Ketenagakerjaan membayarkan klaim Rp 45,1 triliun pada 2022.",
                   published_on=date(2023, 1, 9))
    assert got == [("funds", "benefits_paid", "all", None, 2022, 45.1e12)]


def test_the_whole_a_pointed_at_fund_is_part_of_has_no_programme(facts_of):
    got = facts_of("Dana program jaminan hari tua yang dikelola per Juni mencapai Rp243,6 triliun. Dana tersebut "
                   "merupakan bagian terbesar dari total dana kelolaan sebesar Rp298,1 triliun.",
                   published_on=date(2017, 7, 20))
    assert ("funds", "managed_funds", "all", "JHT", 2017, 243.6e12) in got
    assert ("funds", "managed_funds", "all", None, 2017, 298.1e12) in got


def test_a_new_levels_month_precedes_the_dated_month_its_change_started_from(facts_of):
    got = facts_of("Its managed funds grew to Rp 211.4 trillion in July, from Rp 187.4 trillion in December 2014.",
                   published_on=date(2015, 9, 17))
    assert ("funds", "managed_funds", "all", None, 2015, 211.4e12) in got
    assert ("funds", "managed_funds", "all", None, 2014, 187.4e12) in got


def test_a_relative_period_the_figure_is_set_against_is_not_its_own(facts_of):
    got = facts_of("Investment returns in the first half reached 25.9 trillion rupiah, an annualised yield of 6.5%, "
                   "below the 7.0% booked last year.", published_on=date(2025, 8, 6))
    assert got == [("funds", "investment_returns", "all", None, 2025, 25.9e12)]


def test_a_programmes_fund_may_be_named_by_its_purpose(facts_of):
    got = facts_of("Iuran program pensiun sejak Juli hingga Desember 2016 mencapai Rp 5,3 triliun. Direktur itu "
                   "mengatakan, dana program pensiun per akhir Desember 2016 tercatat Rp 11,2 triliun.",
                   published_on=date(2017, 1, 20))
    assert got == [("funds", "contributions", "all", "JP", 2016, 5.3e12),
                   ("funds", "managed_funds", "all", "JP", 2016, 11.2e12)]


def test_a_regions_portion_of_a_national_target_is_the_regions(facts_of):
    got = facts_of("Untuk 2025, BPJS Ketenagakerjaan menargetkan 53 juta peserta aktif secara nasional. Jawa Barat "
                   "mendapat porsi 7,3 juta pekerja.", published_on=date(2025, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2025, 53e6)]


def test_the_manpower_ministrys_own_payments_are_not_the_agencys(facts_of):
    got = facts_of("Workers registered with BPJS Ketenagakerjaan qualify. Last year the Manpower Ministry paid Rp 8.8 "
                   "trillion to 9.4 million workers.", published_on=date(2023, 2, 3))
    assert got == []


def test_a_rate_of_growth_assumed_as_the_subject_of_a_modal_is_hypothetical(facts_of):
    got = facts_of("Funds under management stood at Rp 512 trillion at the end of 2020. Growth of 12 percent a year "
                   "would bring total funds close to Rp 1,000 trillion within six years, analysts estimate.",
                   published_on=date(2021, 4, 1))
    assert got == [("funds", "managed_funds", "all", None, 2020, 512e12)]


def test_a_regions_part_of_a_national_achievement_is_the_regions(facts_of):
    got = facts_of("Secara nasional, peserta aktif mencapai 41,5 juta. \"Dari capaian nasional itu, wilayah Jawa Barat "
                   "menyumbang 6,1 juta peserta aktif dan pembayaran manfaat Rp7,3 triliun,\" ujarnya.",
                   published_on=date(2024, 1, 20))
    assert got == [("participants", "active_participants", "all", None, 2024, 41.5e6)]


def test_what_helped_a_target_along_is_an_achievement(facts_of):
    got = facts_of("The agency was on track to meet its year-end target of Rp 205 trillion in managed funds, helped by "
                   "investment returns of Rp 13.4 trillion in the first nine months of the year.",
                   published_on=date(2015, 10, 8))
    assert ("targets", "managed_funds", "all", None, 2015, 205e12) in got
    assert ("funds", "investment_returns", "all", None, 2015, 13.4e12) in got


def test_funds_a_programme_held_are_its_managed_funds(facts_of):
    got = facts_of("Old-age savings (JHT) made up Rp 19.2 trillion of the benefits paid in 2017. The pension programme "
                   "(JP), now in its third year, held funds of Rp 27.4 trillion at year-end.",
                   published_on=date(2018, 2, 1))
    assert ("funds", "managed_funds", "all", "JP", 2017, 27.4e12) in got


def test_last_years_figure_beside_a_projection_is_last_years_achievement(facts_of):
    got = facts_of("The agency projects total claims to reach Rp 61 trillion by the end of this year, above last "
                   "year's Rp 57.2 trillion.", published_on=date(2024, 9, 2))
    assert ("targets", "benefits_paid", "all", None, 2024, 61e12) in got
    assert ("funds", "benefits_paid", "all", None, 2023, 57.2e12) in got


def test_its_fund_and_those_who_participate_in_it_are_the_programmes_the_sentence_before_opens_with(facts_of):
    got = facts_of("The defined-benefit pension programme (Jaminan Pensiun, JP) is much smaller. Its fund stood at "
                   "Rp 160.1 trillion at the end of 2022, and only 14.2 million workers participate in it.",
                   published_on=date(2023, 5, 2))
    assert ("funds", "managed_funds", "all", "JP", 2022, 160.1e12) in got
    assert ("participants", "participants", "all", "JP", 2022, 14.2e6) in got


def test_a_programmes_fund_in_the_possessive_is_its_managed_fund(facts_of):
    got = facts_of("Contributions to the job loss (JKP) programme totaled Rp2.2 trillion in 2023, while the "
                   "programme's fund reached Rp11.9 trillion at the end of December.", published_on=date(2024, 1, 30))
    assert ("funds", "managed_funds", "all", "JKP", 2023, 11.9e12) in got


def test_service_points_money_to_allocate_and_workers_moved_to_inactive_status_are_no_facts(facts_of):
    assert facts_of("The agency plans to open 1,200 service points by 2018.", published_on=date(2017, 3, 1)) == []
    assert facts_of("Nasution said the agency planned to allocate up to 60 trillion rupiah to infrastructure-related "
                    "instruments over the next five years.", published_on=date(2016, 4, 1)) == []
    got = facts_of("Active participants fell to 28.4 million in June from 32.1 million at the end of last year. Around "
                   "4 million workers have thus moved to inactive status.", published_on=date(2020, 8, 10))
    assert ("participants", "active_participants", "all", None, 2020, 4e6) not in got


def test_a_measure_set_beside_another_is_of_its_year(facts_of):
    got = facts_of("The agency paid out Rp45.1 trillion in claims in 2022, against contributions of Rp82.3 trillion.",
                   published_on=date(2023, 3, 1))
    assert ("funds", "contributions", "all", None, 2022, 82.3e12) in got


def test_an_english_covers_states_the_present(facts_of):
    got = facts_of("Q: Which programme lags?\nA: We added more than 2 million members last year. The pension programme "
                   "covers only 14.6 million participants.", published_on=date(2023, 4, 18))
    assert ("participants", "participants", "all", "JP", 2023, 14.6e6) in got


def test_a_supposition_that_all_of_a_count_joined_is_hypothetical(facts_of):
    got = facts_of("Menurut dia, jika seluruh 80 juta pekerja informal terdaftar dengan iuran minimal Rp16.800 per bulan, "
                   "iuran yang terkumpul mencapai Rp16 triliun setahun.", published_on=date(2024, 10, 1))
    assert got == []


def test_those_active_after_their_sentences_own_total_are_of_that_total(facts_of):
    got = facts_of("Kepesertaan pekerja bukan penerima upah (BPU) nasional baru 1,9 juta. \"Total pekerja terdaftar "
                   "nasional sudah 46,1 juta, yang aktif 26,9 juta,\" ujarnya.", published_on=date(2017, 11, 2))
    assert ("participants", "active_participants", "all", None, 2017, 26.9e6) in got


def test_a_branch_visited_is_where_it_was_said(facts_of):
    got = facts_of("Di sela kunjungan ke Kantor Wilayah Sumbagut di Medan, Selasa (19/5), Direktur Utama menyebut program "
                   "pensiun ditargetkan diikuti 5 juta peserta hingga akhir tahun ini.", published_on=date(2015, 5, 20))
    assert got == [("targets", "participants", "all", "JP", 2015, 5e6)]


def test_a_first_year_named_before_the_figure_is_the_year_the_programme_starts(facts_of):
    got = facts_of("BPJS Ketenagakerjaan menyiapkan program jaminan pensiun yang wajib berjalan mulai 1 Juli 2015. "
                   "Direktur Utama mengatakan program pensiun pada tahun pertama ditargetkan diikuti 6 juta pekerja.",
                   published_on=date(2014, 11, 12))
    assert got == [("targets", "participants", "all", "JP", 2015, 6e6)]


def test_funds_to_manage_and_the_position_a_target_starts_from(facts_of):
    got = facts_of("The agency paid benefits worth Rp 27.1 trillion in 2018, the bulk of it old-age savings (JHT) claims "
                   "of Rp 24.2 trillion. For 2019, the agency aims to have 35.2 million active members and to manage "
                   "funds of Rp 471 trillion.", published_on=date(2019, 1, 20))
    assert ("targets", "managed_funds", "all", None, 2019, 471e12) in got
    got = facts_of("Elvyn menyebutkan pihaknya juga menargetkan dana kelolaan mencapai Rp207 triliun pada akhir 2015, dari "
                   "posisi Juli 2015 sebesar Rp194,6 triliun.", published_on=date(2015, 8, 20))
    assert ("targets", "managed_funds", "all", None, 2015, 207e12) in got
    assert ("funds", "managed_funds", "all", None, 2015, 194.6e12) in got


def test_a_programme_named_in_brackets_after_another_is_not_the_figures(facts_of):
    got = facts_of("Iuran JKP (rekomposisi iuran JKK-JKM) sepanjang 2022 tercatat Rp 2,1 triliun.", published_on=date(2023, 2, 1))
    assert got == [("funds", "contributions", "all", "JKP", 2022, 2.1e12)]


def test_a_position_a_target_rises_from_dated_by_a_month_alone_is_what_was_realised(facts_of):
    got = facts_of("It targets 55 million active participants in 2025, up from 44.9 million in December.",
                   published_on=date(2025, 1, 22))
    assert ("targets", "active_participants", "all", None, 2025, 55e6) in got
    assert ("participants", "active_participants", "all", None, 2024, 44.9e6) in got


def test_what_the_agency_wanted_to_reach_is_a_target(facts_of):
    got = facts_of("He added that the agency wanted to reach 22 million active participants by the end of this year.",
                   published_on=date(2016, 3, 2))
    assert got == [("targets", "active_participants", "all", None, 2016, 22e6)]


def test_money_placed_or_directed_somewhere_is_a_placement(facts_of):
    assert facts_of("Lawmakers have floated placing up to 90 trillion rupiah of the agency's funds in projects.",
                    published_on=date(2024, 5, 1)) == []
    got = facts_of("Dana kelolaan mencapai Rp 330 triliun pada 2018. Sekitar 61% portofolio ditempatkan di surat utang "
                   "negara, sementara Rp 25 triliun di antaranya diarahkan untuk membiayai proyek infrastruktur.",
                   published_on=date(2019, 1, 10))
    assert got == [("funds", "managed_funds", "all", None, 2018, 330e12)]


def test_workers_enrolled_in_it_are_the_programmes(facts_of):
    got = facts_of("The pension programme (JP) is younger. Only about 14.2 million workers are enrolled in it.",
                   published_on=date(2023, 5, 2))
    assert got == [("participants", "participants", "all", "JP", 2023, 14.2e6)]


def test_an_amount_more_than_the_one_it_is_set_against_is_compared_with_it(facts_of):
    got = facts_of("BPJS Ketenagakerjaan paid Rp0.48 trillion in job loss insurance (JKP) benefits from January to "
                   "July 2025, already more than the Rp0.39 trillion paid in the whole of last year.",
                   published_on=date(2025, 9, 1))
    assert ("funds", "benefits_paid", "all", "JKP", 2024, 0.39e12) in got


def test_the_noun_after_a_count_of_active_employers_is_its_unit(facts_of):
    got = facts_of("Anggoro menyebut kepesertaan perusahaan aktif juga naik menjadi 681.000 pemberi kerja pada 2021.",
                   published_on=date(2022, 2, 1))
    assert got == [("participants", "active_employers", "all", None, 2021, 681_000)]
    got = facts_of("Jumlah perusahaan aktif per Desember 2023 mencapai 749.000, sementara target 2023 sebanyak 790.000 "
                   "perusahaan.", published_on=date(2024, 1, 20))
    assert ("targets", "active_employers", "all", None, 2023, 790_000) in got


def test_the_total_a_programmes_fund_is_part_of_is_all_programmes(facts_of):
    got = facts_of("Sepanjang 2019, klaim yang dibayarkan mencapai Rp28,7 triliun. Sebagian besar untuk program hari tua, "
                   "yakni Rp25,9 triliun.\nBerapa dana yang dikelola untuk program itu?\nDana JHT per Desember 2019 "
                   "mencapai Rp337,1 triliun, dari total dana kelolaan Rp430,2 triliun.", published_on=date(2020, 2, 1))
    assert ("funds", "managed_funds", "all", "JHT", 2019, 337.1e12) in got
    assert ("funds", "managed_funds", "all", None, 2019, 430.2e12) in got


def test_more_employers_than_a_region_has_are_the_nations_in_a_regions_article(facts_of):
    got = facts_of("Kanwil Sumbagut Gelar Apresiasi Pemda. Jumlah pemberi kerja aktif tercatat 741.200 perusahaan.",
                   published_on=date(2024, 7, 18), title="Kanwil Sumbagut Gelar Apresiasi Pemda")
    assert got == [("participants", "active_employers", "all", None, 2024, 741_200)]


def test_those_benefits_are_benefits_paid(facts_of):
    got = facts_of("The agency paid benefits worth Rp44.1 trillion in 2022. Most of those benefits, Rp37.6 trillion, went "
                   "to old-age savings (JHT) withdrawals.", published_on=date(2023, 2, 1))
    assert ("funds", "benefits_paid", "all", "JHT", 2022, 37.6e12) in got


def test_funds_that_had_been_placed_are_a_placement(facts_of):
    got = facts_of("Funds under management reached Rp 317 trillion in 2017. Agus said around Rp 58 trillion of the funds "
                   "had been placed in infrastructure-related instruments.", published_on=date(2018, 1, 20))
    assert got == [("funds", "managed_funds", "all", None, 2017, 317e12)]


def test_what_the_agency_expected_a_programme_to_collect_and_what_we_also_expect_are_targets(facts_of):
    got = facts_of("The agency expected the program to collect Rp 3.5 trillion in contributions in its first six months.",
                   published_on=date(2015, 6, 30))
    assert got == [("targets", "contributions", "all", None, 2015, 3.5e12)]
    got = facts_of("We also expect managed funds to reach Rp 640 trillion.", published_on=date(2022, 3, 1))
    assert got == [("targets", "managed_funds", "all", None, 2022, 640e12)]


def test_service_requests_are_no_participants(facts_of):
    got = facts_of("Migrant workers covered by the agency now number about 640,000. Anggoro said the head office alone "
                   "handles around 21,000 service requests a month.", published_on=date(2024, 3, 1))
    assert not any(value == 21_000 for *_, value in got)


def test_a_row_labelled_by_a_programmes_purpose_is_that_programmes(facts_of):
    got = facts_of("Rincian dana kelolaan per Agustus 2019:\nPensiun: Rp60,1 triliun.\nKematian: Rp11,8 triliun.",
                   published_on=date(2019, 9, 10))
    assert ("funds", "managed_funds", "all", "JP", 2019, 60.1e12) in got
    assert ("funds", "managed_funds", "all", "JKM", 2019, 11.8e12) in got


def test_money_received_by_a_count_of_people_counts_recipients(facts_of):
    got = facts_of("Manfaat JKP yang dibayarkan hingga Juni 2022 mencapai Rp 37,2 miliar. Dana tersebut diterima 9.100 "
                   "peserta.", published_on=date(2022, 7, 1))
    assert got == [("funds", "benefits_paid", "all", "JKP", 2022, 37.2e9)]


def test_what_is_said_after_adding_that_is_no_longer_the_target(facts_of):
    got = facts_of("\"We expect our managed funds to reach Rp 230 trillion by December,\" he said, adding that total "
                   "participants now stood at 17.9 million workers.", published_on=date(2015, 9, 20))
    assert ("targets", "managed_funds", "all", None, 2015, 230e12) in got
    assert ("participants", "participants", "all", None, 2015, 17.9e6) in got


def test_villages_counted_are_no_participants(facts_of):
    got = facts_of("Informal participants reached 2.1 million in 2016. That figure is expected to rise as the agency "
                   "works with village heads in 74,000 villages.", published_on=date(2017, 1, 10))
    assert not any(value == 74_000 for *_, value in got)


def test_a_programme_named_in_a_cause_the_government_set_after_a_figure_is_not_its(facts_of):
    got = facts_of("Contributions last year fell to Rp71.4 trillion after the government cut work accident and death "
                   "premiums.", published_on=date(2021, 3, 1))
    assert got == [("funds", "contributions", "all", None, 2020, 71.4e12)]
