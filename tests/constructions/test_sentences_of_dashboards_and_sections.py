"""Constructions of dashboards, sections and asides: a year in brackets after a word of realisation, a list
introduced as set beside last year's realisation, a pension fund named by its purpose, a condition after a
conjunction that opens its sentence, a count of the whole membership that turns a passage from one programme, a part
that met a criterion, a fund in the singular, a ceremony a speaker attends, a population after a comma, a column named
"Active", a figure's own words that only look like a table's period, "a year earlier" counted from the figure compared,
those who remain uninsured, a section's heading over its programmes' sub-headings, a heading's second line naming its
period, government securities, a bare fund word of another size than the amounts before it, and an increase of a
count "from the previous year"."""
from __future__ import annotations

from datetime import date


def test_a_year_in_brackets_after_a_word_of_realisation_dates_the_figure_in_the_brackets(facts_of):
    got = facts_of("BPJS Ketenagakerjaan membeberkan target kinerja tahun ini. Berikut daftarnya, disandingkan dengan "
                   "realisasi tahun lalu:\nIuran: target Rp 45 triliun (realisasi 2016: Rp 34,6 triliun).\n"
                   "Peserta aktif: target 26 juta (realisasi 2016: 22,6 juta).", published_on=date(2017, 1, 20))
    assert ("targets", "contributions", "all", None, 2017, 45e12) in got
    assert ("funds", "contributions", "all", None, 2016, 34.6e12) in got
    assert ("targets", "active_participants", "all", None, 2017, 26e6) in got
    assert ("participants", "active_participants", "all", None, 2016, 22.6e6) in got


def test_a_pension_fund_named_by_its_purpose_is_the_programme_fund(facts_of):
    got = facts_of("Iuran JP saat ini 3 persen dari upah. Ia memperkirakan dana pensiun akan mencapai Rp 50 triliun di "
                   "akhir tahun ini.", published_on=date(2018, 7, 26))
    assert got == [("targets", "managed_funds", "all", "JP", 2018, 50e12)]
    # (the industry's pension funds are not the agency's)
    assert facts_of("Sementara itu, aset industri dana pensiun swasta mencapai Rp 340 triliun.") == []


def test_a_condition_after_a_conjunction_that_opens_the_sentence_is_hypothetical(facts_of):
    body = ("Dana JHT BPJS Ketenagakerjaan mencapai Rp 180 triliun pada 2015. Namun jika pertumbuhan iuran bertahan di "
            "kisaran 12%, dana program tersebut bisa mendekati Rp 200 triliun pada akhir tahun.")
    assert facts_of(body, published_on=date(2015, 8, 1)) == [("funds", "managed_funds", "all", "JHT", 2015, 180e12)]


def test_a_count_of_the_whole_membership_turns_the_passage_from_its_programme(facts_of):
    got = facts_of("Untuk program jaminan pensiun pihaknya menargetkan 5 juta peserta. Iuran program itu ditargetkan "
                   "terkumpul Rp 1,6 triliun pada 2015. Saat ini, peserta aktif BPJS Ketenagakerjaan tercatat 18,2 juta "
                   "pekerja. Sementara aset yang dikelola mencapai Rp 199 triliun per Mei 2015.",
                   published_on=date(2015, 7, 1))
    assert ("funds", "assets", "all", None, 2015, 199e12) in got
    assert ("targets", "contributions", "all", "JP", 2015, 1.6e12) in got


def test_a_part_that_met_a_criterion_is_no_segment(facts_of):
    got = facts_of("As of July, 30.5 million workers were active participants, of whom 15.7 million have met the "
                   "criteria for the subsidy.", published_on=date(2020, 8, 11))
    assert got == [("participants", "active_participants", "all", None, 2020, 30.5e6)]
    assert facts_of("Kadin memperkirakan 6,4 juta pekerja dirumahkan atau terkena PHK.") == []
    # (but those who meet the requirements as the programme's participants are its participants)
    assert facts_of("Hingga Oktober 2021 jumlah peserta yang memenuhi syarat sebagai peserta JKP mencapai 10,6 juta.",
                    published_on=date(2021, 11, 2)) == [("participants", "participants", "all", "JKP", 2021, 10.6e6)]


def test_a_managed_fund_in_the_singular(facts_of):
    assert facts_of('Would the withdrawals disrupt the agency\'s finances? Agus said no. "Our managed fund is now Rp 470 '
                    'trillion. Liquidity is safe," he said.', published_on=date(2020, 8, 11)) == \
        [("funds", "managed_funds", "all", None, 2020, 470e12)]


def test_a_region_of_the_ceremony_a_speaker_attends_is_no_scope(facts_of):
    got = facts_of("Speaking at a ceremony in Semarang, Central Java, on Wednesday, the President was informed that "
                   "the agency currently protects 25.9 million active workers, including 5.2 million construction "
                   "workers.", published_on=date(2017, 11, 9))
    assert ("participants", "active_participants", "construction", None, 2017, 5.2e6) in got


def test_a_population_after_a_comma_that_closes_the_coverage_is_no_fact(facts_of):
    got = facts_of("Only 1.1 million non-wage earners are currently registered with the Workers Social Security Agency "
                   "(BPJS Ketenagakerjaan), out of some 70 million informal workers across the country.",
                   published_on=date(2016, 3, 4))
    assert got == [("participants", "registered_participants", "informal", None, 2016, 1.1e6)]


def test_a_column_named_active_counts_active_participants(facts_of):
    got = facts_of("COVERAGE DASHBOARD (June 2022)\nMigrant workers (PMI): Active 241,870; Target 2022 300,000.",
                   published_on=date(2022, 8, 8))
    assert ("participants", "active_participants", "migrant", None, 2022, 241870) in got
    assert ("targets", "active_participants", "migrant", None, 2022, 300000) in got


def test_words_that_only_look_like_a_tables_period_set_the_running_year(facts_of):
    got = facts_of("BPJS Ketenagakerjaan sepanjang tahun 2018 telah membayarkan manfaat kepada peserta sebesar Rp 20,6 "
                   "triliun. Rincian pembayaran manfaat per program adalah sebagai berikut:\n"
                   "Jaminan Hari Tua (JHT): Jumlah Kasus 2.020.512; Nominal Rp 18,71 triliun.",
                   published_on=date(2019, 1, 16))
    assert ("funds", "benefits_paid", "all", "JHT", 2018, 18.71e12) in got


def test_a_year_earlier_counts_from_the_figure_compared(facts_of):
    got = facts_of("BPJS Ketenagakerjaan released its FY2022 figures. Managed funds reached Rp 635,420 bn (FY2021: "
                   "Rp 553,540 bn), while investment income rose to Rp 43,490 bn from Rp 37,210 bn a year earlier.",
                   published_on=date(2023, 2, 1))
    assert ("funds", "investment_returns", "all", None, 2022, 43.49e12) in got
    assert ("funds", "investment_returns", "all", None, 2021, 37.21e12) in got
    # (a baseline with no new level in its sentence: a year before the running year)
    got = facts_of("The agency closed 2024 with more money under management than ever. Key figures:\nAT A GLANCE (as of "
                   "Dec. 31, 2024)\nFunds under management: Rp 808.5 trillion\nActive members: 45.22 million\nFunds under "
                   "management grew from Rp 737.2 trillion a year earlier. Investment yield stood at 7.07 percent.",
                   published_on=date(2025, 2, 12))
    assert ("funds", "managed_funds", "all", None, 2023, 737.2e12) in got


def test_workers_who_remain_uninsured_are_no_participants(facts_of):
    assert facts_of("The agency has set a goal of covering 53.3 million active workers this year. The government "
                    "estimates that some 80 million informal workers remain uninsured.", published_on=date(2025, 2, 12)) \
        == [("targets", "active_participants", "all", None, 2025, 53.3e6)]


def test_a_sections_heading_reaches_the_lines_under_its_programmes_sub_headings(facts_of):
    got = facts_of("RINCIAN PEMBAYARAN MANFAAT 2022\nJaminan Hari Tua (JHT)\nKasus: 3,18 juta\nNominal: Rp41,12 "
                   "triliun\nJaminan Kecelakaan Kerja (JKK)\nKasus: 297.725\nNominal: Rp2,21 triliun",
                   published_on=date(2023, 1, 19))
    assert got == [("funds", "benefits_paid", "all", "JHT", 2022, 41.12e12),
                   ("funds", "benefits_paid", "all", "JKK", 2022, 2.21e12)]


def test_a_headings_second_line_naming_its_period_keeps_its_programme(facts_of):
    got = facts_of("KLAIM JAMINAN KEHILANGAN PEKERJAAN (JKP)\nJanuari - April 2024\n> Nilai manfaat dibayarkan: Rp 95,7 "
                   "miliar\n> Sepanjang 2023: Rp 289,9 miliar", published_on=date(2024, 5, 21))
    assert ("funds", "benefits_paid", "all", "JKP", 2024, 95.7e9) in got
    assert ("funds", "benefits_paid", "all", "JKP", 2023, 289.9e9) in got


def test_government_securities_are_an_instrument(facts_of):
    got = facts_of("Around 71 percent of the funds are placed in bonds, mostly government securities worth Rp480 "
                   "trillion.", published_on=date(2023, 8, 3))
    assert got == []


def test_a_bare_fund_word_of_another_size_than_the_amounts_before_it_is_the_fund_under_management(facts_of):
    got = facts_of("Dalam periode yang sama, hasil investasi yang dibukukan mencapai Rp23,61 triliun. Direktur Utama "
                   "menyebut dana pada akhir tahun ini diproyeksikan mencapai Rp890 triliun.",
                   published_on=date(2025, 6, 17))
    assert ("targets", "managed_funds", "all", None, 2025, 890e12) in got


def test_an_increase_of_a_count_from_the_previous_year_is_dated_by_its_level(facts_of):
    got = facts_of("In 2017, BPJS Ketenagakerjaan recorded 26.32 million active participants, an increase of 3.74 "
                   "million from the previous year. Investment funds grew 21.8% to IDR 317.33 trillion.",
                   published_on=None)
    assert ("funds", "managed_funds", "all", None, 2017, 317.33e12) in got


def test_a_list_of_programmes_gives_a_pointer_no_subject(facts_of):
    got = facts_of("BPJS Ketenagakerjaan membayarkan klaim sebesar Rp57,2 triliun sepanjang 2024. Dari jumlah tersebut, "
                   "jaminan hari tua sebesar Rp47,9 triliun, jaminan kecelakaan kerja Rp3,3 triliun, jaminan kematian "
                   "Rp3,5 triliun. Jumlah peserta aktif hingga Desember 2024 mencapai 45,2 juta. Dana tersebut dikelola "
                   "dengan total dana investasi Rp807,3 triliun.", published_on=date(2025, 3, 11))
    assert ("funds", "managed_funds", "all", None, 2024, 807.3e12) in got


def test_an_answer_after_a_question_takes_no_kind_from_before_the_question(facts_of):
    got = facts_of("Per Juli 2019 dana kelolaan kami Rp 397,5 triliun. Akhir tahun kami proyeksikan Rp 430 triliun.\n"
                   "Program mana yang paling besar?\nJaminan hari tua, sekitar Rp 290 triliun.",
                   published_on=date(2019, 8, 27))
    assert ("funds", "managed_funds", "all", "JHT", 2019, 290e12) in got
    assert ("targets", "managed_funds", "all", None, 2019, 430e12) in got


def test_a_part_of_the_whole_pointed_back_at_takes_its_period(facts_of):
    got = facts_of("BPJS Ketenagakerjaan menargetkan jumlah peserta aktif pada akhir tahun ini mencapai 25 juta pekerja. "
                   "Tahun lalu, jumlah peserta aktif tercatat 19,2 juta pekerja.\nDirektur Utama BPJS Ketenagakerjaan Agus "
                   "Susanto mengatakan, dari jumlah itu, pekerja bukan penerima upah yang aktif baru sekitar 870.000 orang.",
                   published_on=date(2016, 2, 16))
    assert ("participants", "active_participants", "informal", None, 2015, 870000) in got


def test_what_could_be_many_years_ahead_is_no_target(facts_of):
    got = facts_of('"Dengan iuran 8 persen, dana pensiun yang terkumpul dalam 15 tahun bisa mencapai Rp1.000 triliun," '
                   'katanya. Tahun ini BPJS Ketenagakerjaan menargetkan iuran JP Rp 3 triliun.', published_on=date(2015, 2, 3))
    assert got == [("targets", "contributions", "all", "JP", 2015, 3e12)]


def test_a_plain_count_restating_an_exact_one_is_read_as_it_was(facts_of):
    got = facts_of("Direktur Utama BPJS Ketenagakerjaan menyampaikan bahwa hingga akhir Desember 2021 jumlah peserta aktif "
                   "mencapai 30,66 juta pekerja. Dari jumlah tersebut, peserta penerima upah (PU) sebanyak 20,1 juta, bukan "
                   "penerima upah (BPU) 2,9 juta, jasa konstruksi 7,3 juta.\nAnggota Komisi IX, Rahmad Handoyo, menilai "
                   "cakupan pekerja informal masih sangat kecil dibandingkan potensinya. \"Pekerja informal kita ada sekitar "
                   "78 juta orang. Kalau yang ikut baru 2,9 juta, itu belum ada lima persen,\" tegasnya.",
                   published_on=date(2022, 1, 31))
    assert ("participants", "participants", "informal", None, 2021, 2.9e6) not in got
    assert ("participants", "active_participants", "informal", None, 2021, 2.9e6) in got


def test_english_targets_to_lift_aim_for_and_an_aim_that_is_for(facts_of):
    got = facts_of("The agency also wants to lift returns to Rp 31.5 trillion this year. It had aimed for 33.5 million "
                   "active participants in 2021.", published_on=date(2019, 1, 30))
    assert ("targets", "investment_returns", "all", None, 2019, 31.5e12) in got
    assert ("targets", "active_participants", "all", None, 2021, 33.5e6) in got
    assert facts_of("The government's long-term aim is for BPJS Ketenagakerjaan to cover 60 million active workers by "
                    "2024.", published_on=date(2020, 1, 5)) == [("targets", "active_participants", "all", None, 2024, 60e6)]


def test_counts_of_projects_and_participating_employers(facts_of):
    got = facts_of("Construction workers with active coverage reached 8.1 million as of September. The coverage came "
                   "from some 168,000 construction projects. The agency also counted 680,000 participating employers.",
                   published_on=date(2022, 10, 5))
    assert all(value != 168000 for *_, value in got)
    assert ("participants", "employers", "all", None, 2022, 680000) in got


def test_a_self_employed_part_and_a_bracketed_segment_between_active_and_its_noun(facts_of):
    got = facts_of("It covers 37.8 million active workers, including 2.6 million self-employed, or informal, workers.",
                   published_on=date(2023, 5, 2))
    assert ("participants", "active_participants", "informal", None, 2023, 2.6e6) in got
    assert facts_of("As of April 2021, the number of active non-wage earner (BPU) participants stood at 2.61 million.",
                    published_on=date(2021, 5, 2)) == [("participants", "active_participants", "informal", None, 2021, 2.61e6)]


def test_a_baseline_whose_subject_points_back_is_compared_with_the_level_before(facts_of):
    got = facts_of("Pada akhir 2024, peserta aktif tercatat 45,2 juta, terdiri dari penerima upah 29,1 juta dan bukan "
                   "penerima upah 9,9 juta.\nJumlah itu naik dari 41,5 juta pada tahun sebelumnya, atau bertambah 3,7 juta "
                   "peserta.", published_on=date(2025, 1, 20))
    assert ("participants", "active_participants", "all", None, 2023, 41.5e6) in got


def test_a_rows_first_cell_takes_no_kind_from_the_row_before(facts_of):
    got = facts_of("Tabel. Peserta aktif per segmen (juta orang)\nPenerima Upah: pada Des 2022 sebesar 20,01 juta; pada "
                   "Jun 2023 sebesar 21,35 juta; Target 2023 23,40 juta.\nBukan Penerima Upah: pada Des 2022 sebesar 6,18 "
                   "juta; pada Jun 2023 sebesar 7,92 juta; Target 2023 9,10 juta.", published_on=date(2023, 7, 24))
    assert ("participants", "active_participants", "informal", None, 2022, 6.18e6) in got
    assert ("targets", "active_participants", "informal", None, 2022, 6.18e6) not in got


def test_a_row_labelled_by_a_segments_workers_under_a_heading_of_active_counts(facts_of):
    got = facts_of("Berikut target dan realisasi kepesertaan aktif per segmen dalam dua tahun terakhir:\nPekerja Migran: "
                   "Target 2022 0,30 juta; Realisasi 2022 0,31 juta.", published_on=date(2024, 2, 20))
    assert got == [("targets", "active_participants", "migrant", None, 2022, 300000),
                   ("participants", "active_participants", "migrant", None, 2022, 310000)]


def test_a_fund_broken_down_per_programme(facts_of):
    got = facts_of("Sepanjang 2023, total dana kelolaan mencapai Rp711,6 triliun. Hasil investasi yang dibukukan sebesar "
                   "Rp50,7 triliun, sementara iuran yang diterima sebesar Rp93,1 triliun.\nRincian dana per program adalah "
                   "sebagai berikut:\nJHT: Rp450,7 triliun.\nJP: Rp159,8 triliun.", published_on=date(2024, 5, 3))
    assert ("funds", "managed_funds", "all", "JHT", 2023, 450.7e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2023, 159.8e12) in got


def test_a_protection_for_the_laid_off_is_the_job_loss_programme(facts_of):
    got = facts_of("Dana jaminan sosial untuk program perlindungan bagi korban PHK itu kini mencapai Rp 10,2 triliun.",
                   published_on=date(2022, 11, 23))
    assert got == [("funds", "managed_funds", "all", "JKP", 2022, 10.2e12)]


def test_a_month_named_with_its_year_before_a_list_of_months(facts_of):
    got = facts_of("Data BPJS Ketenagakerjaan menunjukkan peserta aktif mencapai 28,74 juta orang pada Juni 2021, naik "
                   "dari 26,9 juta pada Januari 2021.\nBerikut jumlah peserta aktif bulanan:\nJanuari: 26,90 juta.\n"
                   "Februari: 27,15 juta.", published_on=None)
    assert ("participants", "active_participants", "all", None, 2021, 27.15e6) in got
    assert all(year != 2022 for *_, year, _ in got)


def test_english_allocations_the_bond_market_and_signing_up_employers(facts_of):
    got = facts_of("Government bonds alone account for Rp125 trillion of the portfolio, and some Rp60 trillion has been "
                   "earmarked for infrastructure projects.", published_on=date(2017, 7, 20))
    assert got == []
    assert facts_of("Indonesia's bond market has outstanding issuance of around Rp 6,000 trillion.",
                    published_on=date(2024, 3, 1)) == []
    got = facts_of("It also wants to sign up 260,000 active employers, up from 213,000 at the end of 2014.",
                   published_on=date(2015, 1, 20))
    assert ("targets", "active_employers", "all", None, 2015, 260000) in got


def test_an_increase_named_by_a_noun_and_growth_by_an_amount_are_changes(facts_of):
    assert facts_of("The increase of 5.1 million participants would come mainly from informal workers.",
                    published_on=date(2024, 6, 1)) == []
    assert facts_of("With contributions flowing in faster than claims, the fund will keep growing by around Rp 40 "
                    "trillion a year.", published_on=date(2017, 6, 1)) == []


def test_workers_who_could_qualify_and_money_that_would_be_needed_are_no_facts(facts_of):
    assert facts_of("The ministry estimates that around 2.1 million workers could qualify for JKP cash benefits.",
                    published_on=date(2020, 10, 7)) == []
    assert facts_of('"Jika satu juta pekerja terkena PHK, dana yang dibutuhkan sekitar Rp5 triliun," ujarnya.',
                    published_on=date(2021, 11, 2)) == []


def test_the_part_said_after_the_registered_total_it_is_part_of(facts_of):
    got = facts_of("Semarang (ANTARA) - BPJS Ketenagakerjaan mencatat sebanyak 30,5 juta dari 50,4 juta pekerja yang "
                   "terdaftar merupakan peserta aktif hingga Januari 2019.", published_on=date(2019, 2, 4))
    assert got == [("participants", "active_participants", "all", None, 2019, 30.5e6),
                   ("participants", "registered_participants", "all", None, 2019, 50.4e6)]


def test_registered_active_or_not_is_the_registered_count(facts_of):
    got = facts_of("Peserta aktif per Oktober 2018 sudah 30,1 juta, sedangkan pekerja yang terdaftar aktif maupun tidak "
                   "aktif mencapai 50,2 juta.", published_on=date(2018, 11, 5))
    assert ("participants", "registered_participants", "all", None, 2018, 50.2e6) in got


def test_an_allocation_restated_as_an_amount_after_or_around(facts_of):
    assert facts_of("The agency plans to allocate up to 10 percent of its portfolio, or around 30 trillion rupiah, to "
                    "equities.", published_on=date(2017, 5, 3)) == []


def test_what_could_eventually_be_is_no_target(facts_of):
    assert facts_of("Industry estimates suggest it could eventually hold more than Rp 1,000 trillion in assets.",
                    published_on=date(2015, 6, 1)) == []


def test_the_recipients_a_programme_aims_at_are_no_participants(facts_of):
    assert facts_of("Sasaran penerima: 15,7 juta pekerja/buruh.", published_on=date(2020, 8, 20)) == []


def test_a_month_or_a_quarter_opening_brackets_labels_the_figure_in_them(facts_of):
    got = facts_of("DASBOR KINERJA posisi 30 September 2024\nTotal Aset: Rp790,2 T (Q3 2023: Rp739,1 T)\nPeserta Aktif: "
                   "44,1 jt (Des 2023: 41,56 jt)", published_on=date(2024, 10, 30))
    assert ("funds", "assets", "all", None, 2024, 790.2e12) in got
    assert ("funds", "assets", "all", None, 2023, 739.1e12) in got
    assert ("participants", "active_participants", "all", None, 2024, 44.1e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 41.56e6) in got


def test_an_addition_named_by_a_noun_is_a_change_word():
    from bpjs_pipeline.extract.vocabulary import vocabulary
    assert vocabulary().increment.search("That is an addition of about 4 million in one year") is not None
    assert vocabulary().increment.search("In addition, the agency") is None
