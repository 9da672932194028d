"""constructions/achievement.py: a target against an achievement."""
from datetime import date

import pytest


def test_a_targeted_change_from_last_years_realisation(facts_of):
    body = "Iuran tahun ini yang ditargetkan naik 14,34 persen dari Rp56,41 triliun tahun lalu menjadi Rp64,37 triliun."
    got = facts_of(body, published_on=date(2018, 1, 10))
    assert got == [("funds", "contributions", "all", None, 2017, 56.41e12),
                   ("targets", "contributions", "all", None, 2018, 64.37e12)]


def test_achieved_against_a_target(facts_of):
    got = facts_of("Sepanjang 2023, iuran sudah mencapai Rp21 triliun dari target Rp23 triliun.")
    assert got == [("funds", "contributions", "all", None, 2023, 21e12),
                   ("targets", "contributions", "all", None, 2023, 23e12)]


def test_exceeding_a_target_restates_what_was_achieved(facts_of):
    got = facts_of("Pada 2023, jumlah pemberi kerja aktif telah melampaui target, yaitu sebanyak 450.000 pemberi kerja aktif.")
    assert got == [("participants", "active_employers", "all", None, 2023, 450_000)]


def test_almost_meeting_a_target_names_the_targets_value(facts_of):
    body = "Jumlah peserta aktif tersebut hampir memenuhi target peserta aktif sampai akhir tahun, sebanyak 29,6 juta orang."
    assert facts_of(body) == [("targets", "active_participants", "all", None, 2024, 29.6e6)]


def test_meeting_a_target_with_an_appositive_restates_what_was_achieved(facts_of):
    body = ("Pada 2017, jumlah pemberi kerja aktif juga mencapai target yaitu sebanyak 488.188 atau mencapai "
            "114,86 persen dari target sebesar 425.000.")
    got = facts_of(body)
    assert ("participants", "active_employers", "all", None, 2017, 488_188) in got
    assert ("targets", "active_employers", "all", None, 2017, 425_000) in got


def test_a_target_the_actual_is_measured_against_is_of_its_period(facts_of):
    body = ("Kenaikan 2021 juga terjadi pada sisi kepesertaan. Jumlah peserta aktif naik 2,27% jadi 30.660.901 orang, "
            "meskipun jumlah itu lebih rendah dari target yang mencapai 33.673.202.")
    got = facts_of(body, published_on=date(2022, 1, 20))
    assert ("participants", "active_participants", "all", None, 2021, 30_660_901) in got
    assert ("targets", "active_participants", "all", None, 2021, 33_673_202) in got


@pytest.mark.parametrize("body", [
    "\"Pemerintah menargetkan 57 juta pada 2025. Saat ini baru tercakup 43 juta,\" katanya.",
    "\"The government is targeting 57 million for 2025. Currently, it has only covered 43 million,\" he said.",
])
def test_a_bare_target_counts_what_the_achievement_after_it_counts(facts_of, body):
    assert facts_of(body) == [("targets", "participants", "all", None, 2025, 57e6),
                              ("participants", "participants", "all", None, 2024, 43e6)]


def test_a_bare_figure_before_an_unrelated_sentence_stays_unnamed(facts_of):
    body = "Pemerintah menargetkan 57 juta pada 2025. Dana kelolaan saat ini Rp 700 triliun."
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2024, 700e12)]


def test_the_annual_work_plan_states_targets(facts_of):
    assert facts_of("RKAT 2024 menetapkan dana kelolaan Rp 800 triliun.") == [
        ("targets", "managed_funds", "all", None, 2024, 800e12)]


def test_the_target_after_an_achievement_counts_what_was_achieved(facts_of):
    got = facts_of("Total peserta aktif hingga Agustus 2024 telah mencapai 45 juta atau melebihi target akhir tahun ini "
                   "yang sebanyak 44 juta peserta.")
    assert ("participants", "active_participants", "all", None, 2024, 45e6) in got
    assert ("targets", "active_participants", "all", None, 2024, 44e6) in got


def test_the_target_an_increment_is_measured_against_is_an_increments(facts_of):
    assert facts_of("Penambahan peserta dari penerima upah pada 2024 sebanyak 3 juta orang atau 60% dari target akhir "
                    "tahun sebanyak 5 juta peserta.") == []


def test_a_count_written_with_a_stray_rupiah_sign(facts_of):
    assert facts_of("Total peserta aktif BPJS Ketenagakerjaan hingga Agustus 2024 telah mencapai Rp45,4 juta.") == [
        ("participants", "active_participants", "all", None, 2024, 45.4e6)]
    assert facts_of("Iuran peserta BPU Rp 36.800 per bulan pada 2024.") == []


def test_the_annual_plan_and_budget_states_targets_and_a_position_is_actual(facts_of):
    got = facts_of("Untuk tahun depan, rancangan rencana kerja dan anggaran tahunan (RKAT) menetapkan target iuran "
                   "Rp63,5 triliun.")
    assert got == [("targets", "contributions", "all", None, 2025, 63.5e12)]
    got = facts_of("Target dana kelolaan 2024 Rp800 triliun. Posisinya per April sudah Rp760 triliun.")
    assert ("funds", "managed_funds", "all", None, 2024, 760e12) in got


def test_a_target_an_achievement_is_measured_against_counts_what_it_counts(facts_of):
    body = "Sementara pemberi kerja aktif mencapai 349.500 perusahaan, melampaui target 330.500 perusahaan."
    assert facts_of(body) == [("participants", "active_employers", "all", None, 2024, 349_500),
                              ("targets", "active_employers", "all", None, 2024, 330_500)]


def test_baru_before_a_figure_after_a_target_marks_what_has_been_reached(facts_of):
    body = ("BPJamsostek menargetkan kepesertaan aktif nasional mencapai 70 juta pekerja pada 2026, sementara peserta "
            "aktif per Oktober 2022 baru 35,8 juta orang.")
    assert facts_of(body, published_on=date(2022, 11, 20)) == [
        ("targets", "active_participants", "all", None, 2026, 70e6),
        ("participants", "active_participants", "all", None, 2022, 35.8e6)]


def test_a_pointer_after_an_achievement_measured_against_a_target_points_at_what_was_achieved(facts_of):
    body = ("Hingga November, jumlah peserta aktif mencapai 33,8 juta orang atau 96,5% dari target 35,1 juta peserta "
            "aktif pada akhir tahun ini.\nJumlah tersebut terdiri dari 19,6 juta peserta penerima upah (PU) dan 2,5 juta "
            "peserta bukan penerima upah (BPU).")
    got = facts_of(body, published_on=date(2019, 12, 10))
    assert ("participants", "active_participants", "formal", None, 2019, 19.6e6) in got
    assert ("participants", "active_participants", "informal", None, 2019, 2.5e6) in got


def test_a_target_revised_in_the_speakers_own_words(facts_of):
    got = facts_of("Semula kami menargetkan 36 juta peserta aktif pada 2020, sekarang kami turunkan menjadi 32 juta.",
                   published_on=date(2020, 9, 1))
    assert got == [("targets", "active_participants", "all", None, 2020, 36e6),
                   ("targets", "active_participants", "all", None, 2020, 32e6)]


def test_the_target_a_revision_started_from(facts_of):
    got = facts_of("BPJS Ketenagakerjaan menutup 2023 dengan 41,56 juta peserta aktif. Capaian itu setara 91,7 persen dari "
                   "target akhir tahun sebesar 45,3 juta peserta aktif, yang sebelumnya sudah diturunkan dari angka awal "
                   "48 juta dalam RKAT 2023.", published_on=date(2024, 2, 1))
    assert ("targets", "active_participants", "all", None, 2023, 48e6) in got
    assert ("targets", "active_participants", "all", None, 2023, 45.3e6) in got


def test_a_target_before_its_revision_is_of_the_year_the_sentence_opens_with(facts_of):
    got = facts_of("Sepanjang 2023 peserta aktif mencapai 41,5 juta. Untuk tahun ini, perseroan semula menargetkan 50 juta "
                   "peserta aktif. Namun setelah evaluasi, target itu dinaikkan menjadi 53,2 juta.",
                   published_on=date(2024, 3, 1))
    assert ("targets", "active_participants", "all", None, 2024, 50e6) in got


def test_a_target_word_in_a_conceded_clause_does_not_make_a_target(facts_of):
    got = facts_of("Kendati iuran sedikit di bawah sasaran, dana kelolaan tumbuh 13 persen menjadi Rp 206,1 triliun "
                   "pada akhir 2015.", published_on=date(2016, 2, 1))
    assert got == [("funds", "managed_funds", "all", None, 2015, 206.1e12)]
    # (but a figure set in apposition to the target word is the target)
    got = facts_of("Peserta aktif pada 2021 mencapai 30 juta. Meski jauh dari target, yakni 33,67 juta peserta.",
                   published_on=date(2021, 12, 1))
    assert ("targets", "active_participants", "all", None, 2021, 33.67e6) in got


def test_a_year_end_forecast_after_a_year_so_far_is_that_years(facts_of):
    body = ("Tahun depan kami menargetkan peserta JP mencapai 5 juta pekerja. Sepanjang Januari-Oktober 2015 klaim JHT "
            "yang dicairkan sebesar Rp 13,9 triliun. Ia memperkirakan hingga akhir tahun klaim JHT akan menembus Rp 17 triliun.")
    assert ("targets", "benefits_paid", "all", "JHT", 2015, 17e12) in facts_of(body, published_on=date(2015, 11, 12))


def test_a_target_of_the_segment_achieved(facts_of):
    got = facts_of("Peserta bukan penerima upah (BPU) yang aktif hingga Desember 2024 mencapai 9,76 juta orang, atau 97,6 "
                   "persen dari target 10 juta peserta.", published_on=date(2025, 1, 10))
    assert ("targets", "active_participants", "informal", None, 2024, 10e6) in got


def test_a_sentence_closing_a_year_near_its_target_dates_the_actuals_after_it(facts_of):
    body = ("BPJS Ketenagakerjaan menutup tahun 2023 dengan kinerja yang mendekati target. Jumlah peserta aktif naik 15,9 "
            "persen menjadi 41,56 juta.")
    got = facts_of(body, published_on=date(2024, 2, 15))
    assert got == [("participants", "active_participants", "all", None, 2023, 41.56e6)]


def test_a_revised_target_and_the_same_target_named_again_keep_their_year(facts_of):
    body = ("Peta jalan menjanjikan 70 juta peserta aktif pada 2026. Dalam RKAT 2025, peserta aktif semula dipatok 51,2 "
            "juta. Angka itu kemudian direvisi menjadi 47 juta pada pertengahan tahun. Per September 2025 peserta aktif "
            "43,8 juta. Dibandingkan target 70 juta, capaian itu baru sekitar 63 persen.")
    got = facts_of(body, published_on=date(2025, 10, 1))
    assert ("targets", "active_participants", "all", None, 2025, 47e6) in got
    assert ("targets", "active_participants", "all", None, 2025, 70e6) not in got


def test_after_an_achievement_measured_against_a_target_the_achievement_goes_on(facts_of):
    body = ("Hingga Agustus 2022, peserta BPU yang aktif mencapai 5,1 juta orang, atau 63,8 persen dari target tahun ini "
            "sebesar 8 juta. Sejak awal tahun, jumlahnya memang bergerak naik: 4,3 juta pada Januari, 4,6 juta pada Maret.")
    got = facts_of(body, published_on=date(2022, 9, 1))
    assert ("participants", "active_participants", "informal", None, 2022, 4.3e6) in got


def test_what_we_try_to_reach_is_a_target(facts_of):
    got = facts_of("Akhir tahun ini kami usahakan peserta aktif bisa kembali di atas 30 juta.", published_on=date(2021, 6, 1))
    assert got == [("targets", "active_participants", "all", None, 2021, 30e6)]


@pytest.mark.parametrize("body", [
    "It had 30.5 million active members at the end of December 2018, short of its 32.7 million target.",
    "The agency ended 2018 with 30.5 million active participants, 93.3 percent of its 32.7 million target.",
])
def test_an_english_figure_before_the_word_target_is_the_target(facts_of, body):
    got = facts_of(body, published_on=date(2019, 1, 20))
    assert ("targets", "active_participants", "all", None, 2018, 32.7e6) in got
    assert ("participants", "active_participants", "all", None, 2018, 30.5e6) in got


def test_a_target_an_actual_is_measured_against_governs_its_own_figure_only(facts_of):
    got = facts_of("Dana kelolaan akhir 2022 mencapai Rp 611 triliun, di atas target Rp 600 triliun, dengan hasil "
                   "investasi Rp 38,8 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2022, 611e12),
                   ("targets", "managed_funds", "all", None, 2022, 600e12),
                   ("funds", "investment_returns", "all", None, 2022, 38.8e12)]


def test_what_was_collected_after_this_years_target_is_an_actual(facts_of):
    got = facts_of("Tahun ini targetnya Rp 32 triliun, dan sampai April sudah terkumpul Rp 10,4 triliun.")
    assert ("funds", "investment_returns", "all", None, 2024, 10.4e12) not in got
    assert [g[0] for g in got] == ["targets", "funds"]


def test_a_bare_target_an_achievement_pointed_at_is_measured_against_counts_what_it_counts(facts_of):
    body = ("Jumlah pekerja yang aktif terlindungi per Desember 2022 mencapai 35,9 juta. Rinciannya, 20,9 juta penerima "
            "upah, 6,1 juta bukan penerima upah, dan 8,6 juta jasa konstruksi. Namun capaian itu masih di bawah "
            "target 37,5 juta.")
    assert ("targets", "active_participants", "all", None, 2022, 37.5e6) in facts_of(body, published_on=date(2023, 2, 1))


def test_a_target_of_a_segment_pointed_back_at_is_that_segments(facts_of):
    body = ("Hingga Agustus 2022, jumlah peserta BPU yang aktif mencapai 5,06 juta orang. Angka ini masih jauh dari "
            "target akhir tahun ini sebesar 6,5 juta peserta.")
    assert ("targets", "active_participants", "informal", None, 2022, 6.5e6) in facts_of(body, published_on=date(2022, 9, 1))


def test_a_purpose_to_reach_an_amount_by_a_year_is_a_target(facts_of):
    got = facts_of("Menurut dia, untuk mencapai Rp 1.000 triliun pada 2026, dana kelolaan perlu tumbuh 12 persen per "
                   "tahun.", published_on=date(2024, 2, 1))
    assert ("targets", "managed_funds", "all", None, 2026, 1e15) in got
    assert facts_of("Dengan tambahan 4 juta peserta per tahun, butuh tujuh tahun untuk mencapai 70 juta.") == []


def test_an_english_level_short_of_its_target_is_a_level(facts_of):
    got = facts_of("The agency counted 30.2 million active members at the end of December 2018, slightly short of a "
                   "target of 31.1 million.")
    assert ("participants", "active_participants", "all", None, 2018, 30.2e6) in got


def test_already_so_many_is_an_actual_and_hoped_to_be_already_so_many_a_target(facts_of):
    body = ("Tahun ini BPJS Ketenagakerjaan menargetkan 21,9 juta peserta aktif. Per Juni kemarin sudah 19,2 juta, jadi "
            "masih kurang sekitar 2,7 juta lagi.")
    assert ("participants", "active_participants", "all", None, 2016, 19.2e6) in facts_of(body, published_on=date(2016, 8, 1))
    body = "Program JP sekarang diikuti 9,1 juta pekerja. Akhir tahun ini kami harapkan sudah 10,5 juta."
    assert ("targets", "participants", "all", "JP", 2016, 10.5e6) in facts_of(body, published_on=date(2016, 8, 1))


def test_an_english_wish_for_the_agency_to_cover_so_many_is_a_target(facts_of):
    got = facts_of("The government wants the agency to cover 70 million workers by 2026.", published_on=date(2023, 5, 2))
    assert got == [("targets", "participants", "all", None, 2026, 70e6)]


def test_a_target_dated_by_last_year_is_still_a_target(facts_of):
    got = facts_of("Agus mengatakan capaian tersebut setara 104,5 persen dari target dana kelolaan tahun lalu sebesar "
                   "Rp 303,5 triliun.", published_on=date(2018, 1, 20))
    assert got == [("targets", "managed_funds", "all", None, 2017, 303.5e12)]


def test_a_target_of_that_year_after_a_figure_pointed_at_is_that_figures_years(facts_of):
    body = ("Pada akhir 2021 peserta aktif tercatat 30,5 juta. Angka tersebut baru 94 persen dari target 32,5 juta yang "
            "dipatok untuk tahun itu.")
    assert ("targets", "active_participants", "all", None, 2021, 32.5e6) in facts_of(body, published_on=date(2022, 6, 1))


def test_a_pointer_after_a_target_followed_by_its_achievement_points_at_the_achievement(facts_of):
    body = ("Per Agustus 2025, peserta aktif tercatat 43,6 juta orang. Target tahun ini sebesar 48 juta, sehingga capaian "
            "baru 90,8 persen. Dari jumlah tersebut, peserta BPU yang aktif sebanyak 9,4 juta.")
    got = facts_of(body, published_on=date(2025, 9, 10))
    assert ("participants", "active_participants", "informal", None, 2025, 9.4e6) in got


def test_what_is_expected_to_have_been_done_by_a_date_is_a_target(facts_of):
    got = facts_of("Pada semester I tahun ini, BPJS Ketenagakerjaan diharapkan sudah membukukan 45 juta peserta aktif.",
                   published_on=date(2024, 2, 6))
    assert got == [("targets", "active_participants", "all", None, 2024, 45e6)]
    got = facts_of("Peserta aktif per Juni 2021 tercatat 30 juta. Realistisnya, kami perkirakan bisa tercapai sekitar 31 juta "
                   "pada akhir tahun.", published_on=date(2021, 7, 6))
    assert ("targets", "active_participants", "all", None, 2021, 31e6) in got


def test_a_targets_revision_original_then_now_and_the_value_it_was_revised_from(facts_of):
    got = facts_of("Target perusahaan aktif pada 2018, yang semula 540 ribu, kini dinaikkan menjadi 575 ribu.",
                   published_on=date(2018, 10, 2))
    assert ("targets", "active_employers", "all", None, 2018, 575e3) in got
    got = facts_of("Targetnya untuk BPU tahun ini semula 4 juta, sekarang kami realistis di 3,1 juta peserta aktif.",
                   published_on=date(2019, 8, 2))
    assert ("targets", "active_participants", "informal", None, 2019, 3.1e6) in got
    got = facts_of("Dalam revisi rencana kerja, target peserta aktif nasional untuk akhir 2018 dikerek menjadi 30,2 juta, dari "
                   "sebelumnya 28,7 juta.", published_on=date(2018, 10, 2))
    assert ("targets", "active_participants", "all", None, 2018, 28.7e6) in got


def test_what_should_be_reached_by_a_year_is_a_target(facts_of):
    got = facts_of("Dalam dokumen perencanaan pemerintah, peserta aktif jaminan sosial ketenagakerjaan pada 2025 seharusnya "
                   "mencapai 57,55 juta pekerja.", published_on=date(2024, 10, 1))
    assert got == [("targets", "active_participants", "all", None, 2025, 57.55e6)]


def test_a_target_beside_an_increment_is_no_increments_target(facts_of):
    got = facts_of("Kalau tiap tahun cuma bertambah lima juta, target 70 juta peserta pada 2026 itu sulit.",
                   published_on=date(2022, 5, 1))
    assert ("targets", "participants", "all", None, 2026, 70e6) in got


def test_a_target_in_brackets_after_an_achievement_is_of_its_period(facts_of):
    body = "Sepanjang 2016 kinerja BPJS Ketenagakerjaan tumbuh.\nJumlah peserta aktif: 22,6 juta tenaga kerja (target 24 juta)."
    got = facts_of(body, published_on=date(2017, 1, 20))
    assert ("targets", "active_participants", "all", None, 2016, 24e6) in got


def test_a_state_hoped_for_after_what_is_hoped_is_a_target(facts_of):
    got = facts_of("Pada semester I, direksi berharap peserta aktif sudah menembus 44 juta.", published_on=date(2025, 1, 20))
    assert got == [("targets", "active_participants", "all", None, 2025, 44e6)]


def test_an_estimate_does_not_reach_a_contrasting_clause_naming_a_measure_of_its_own(facts_of):
    body = ("Hingga semester I tahun ini klaim yang dibayarkan diperkirakan mencapai Rp21,5 triliun, sementara iuran sampai "
            "April tercatat Rp27,3 triliun.")
    got = facts_of(body, published_on=date(2022, 5, 30))
    assert ("targets", "benefits_paid", "all", None, 2022, 21.5e12) in got
    assert ("funds", "contributions", "all", None, 2022, 27.3e12) in got


def test_a_target_named_after_its_figure_is_measured_against_the_achievement_before_it(facts_of):
    body = ("Of the 58.4 million workers registered with the agency, 40.1 million were active at the end of 2023, short of the 42 "
            "million it had aimed for. Non-wage earners accounted for 8.7 million of the active total, well short of the 11 "
            "million the agency is aiming for this year.")
    got = facts_of(body, published_on=date(2024, 1, 20))
    assert ("targets", "active_participants", "all", None, 2023, 42e6) in got
    assert ("targets", "active_participants", "informal", None, 2024, 11e6) in got


def test_a_target_followed_by_its_realisation_is_of_the_realisations_period(facts_of):
    got = facts_of("Jumlah peserta aktif naik menjadi 19,2 juta pada akhir 2015. \"Kami menargetkan 18,5 juta, realisasinya "
                   "19,2 juta,\" katanya.", published_on=date(2016, 1, 20))
    assert ("targets", "active_participants", "all", None, 2015, 18.5e6) in got
    # (not a realisation it grows from)
    got = facts_of("Jumlah peserta aktif ditargetkan 23,2 juta pekerja, naik dari realisasi akhir 2015 sebanyak 19,2 juta.",
                   published_on=date(2016, 1, 20))
    assert ("targets", "active_participants", "all", None, 2016, 23.2e6) in got


def test_english_targets_of_the_ninth_round(facts_of):
    got = facts_of("Investment returns reached Rp 25.1 trillion in the first half of 2024. For the full year we are "
                   "projecting around Rp 52 trillion.", published_on=date(2024, 7, 3))
    assert ("targets", "investment_returns", "all", None, 2024, 52e12) in got
    got = facts_of("Government bonds made up Rp 420 trillion of the portfolio. The agency is targeting Rp 870 trillion in "
                   "funds by the end of this year.", published_on=date(2025, 2, 3))
    assert ("targets", "managed_funds", "all", None, 2025, 870e12) in got


def test_what_was_reached_after_a_target_in_its_sentence_is_actual(facts_of):
    body = ("BPJS Ketenagakerjaan is targeting funds under management of Rp880 trillion by the end of 2025, after the fund "
            "reached Rp805 trillion last year.")
    assert facts_of(body, published_on=date(2025, 2, 14)) == [
        ("targets", "managed_funds", "all", None, 2025, 880e12), ("funds", "managed_funds", "all", None, 2024, 805e12)]


def test_a_projection_after_while_is_a_target_of_its_own(facts_of):
    body = ("He said the agency expected its managed funds to reach Rp 225 trillion by year-end, while investment returns "
            "were projected at Rp 19.1 trillion.")
    assert facts_of(body, published_on=date(2015, 9, 8)) == [
        ("targets", "managed_funds", "all", None, 2015, 225e12), ("targets", "investment_returns", "all", None, 2015, 19.1e12)]


def test_a_pointer_after_a_branchs_achievement_against_its_target_points_at_the_achievement(facts_of):
    body = ("Hingga Agustus lalu, BPJS Ketenagakerjaan Cabang Jember baru mencatat 41.000 peserta aktif dari target 52.000 "
            "peserta hingga akhir tahun. Jumlah itu bagian dari 18,9 juta peserta aktif BPJS Ketenagakerjaan di seluruh "
            "Indonesia.")
    assert facts_of(body, published_on=date(2015, 9, 21)) == [("participants", "active_participants", "all", None, 2015, 18.9e6)]
