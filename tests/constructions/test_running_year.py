"""constructions/running_year.py and period.py: the year later figures of a kind take."""
from datetime import date


def test_the_date_of_a_count_of_those_paid_dates_the_amount_after_it(facts_of):
    body = ("Deputi mengatakan klaim naik 100 persen dari 31 Maret 2024 dibandingkan 31 Maret 2025. "
            "Per 31 Maret 2025, BPJS Ketenagakerjaan telah menyalurkan manfaat JKP kepada lebih dari 35 ribu pekerja. "
            "Total nilai manfaat yang dibayarkan mencapai Rp 161 miliar.")
    assert facts_of(body, published_on=date(2025, 5, 8)) == [("funds", "benefits_paid", "all", "JKP", 2025, 161e9)]


def test_a_count_of_those_paid_without_a_date_of_its_own_sets_no_year(facts_of):
    body = ("Pada 2023 dana kelolaan mencapai Rp 700 triliun. BPJS Ketenagakerjaan menyalurkan manfaat JKP kepada "
            "35 ribu pekerja. Total nilai manfaat yang dibayarkan mencapai Rp 161 miliar.")
    assert ("funds", "benefits_paid", "all", "JKP", 2023, 161e9) in facts_of(body, published_on=date(2025, 5, 8))


def test_a_data_dates_month_later_in_the_year_than_publication_is_last_years(facts_of):
    assert facts_of("Per Desember, jumlah peserta aktif mencapai 40 juta.", with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2023, "2023-12", 40e6)]
    assert facts_of("Per Maret, jumlah peserta aktif mencapai 40 juta.", with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2024, "2024-03", 40e6)]
    body = "BPJS Ketenagakerjaan menargetkan hingga Desember peserta aktif mencapai 45 juta."
    assert facts_of(body, with_as_of=True) == [("targets", "active_participants", "all", None, 2024, "2024-12", 45e6)]


def test_a_data_date_written_in_figures(facts_of):
    assert facts_of("Dana kelolaan per 31/12/2023 tercatat Rp 700 triliun.", with_as_of=True) == [
        ("funds", "managed_funds", "all", None, 2023, "2023-12-31", 700e12)]
    body = "Dana kelolaan tercatat Rp 700 triliun, kata Dirut, Senin (26/2/2024)."  # a statement's date
    assert facts_of(body, published_on=date(2024, 2, 27), with_as_of=True) == [
        ("funds", "managed_funds", "all", None, 2024, None, 700e12)]


def test_a_sentence_pointing_back_at_figures_takes_their_period_even_when_they_are_no_facts(facts_of):
    body = ("PT Jamsostek menjaring 5,1 juta pekerja baru pada 2007. Angka-angka tersebut membawa jumlah "
            "peserta aktif menjadi 8,2 juta pekerja.")
    assert facts_of(body, published_on=date(2008, 1, 11)) == [
        ("participants", "active_participants", "all", None, 2007, 8.2e6)]
    english = ("The company netted 5.1 million new workers in 2007. These figures bring the total to 8.2 million "
               "workers actively participating.")
    assert facts_of(english, published_on=date(2008, 1, 11)) == [
        ("participants", "active_participants", "all", None, 2007, 8.2e6)]
    # without the pointer, the publication year
    plain = ("The company netted 5.1 million new workers in 2007. The agency now has 8.2 million "
             "workers actively participating.")
    assert facts_of(plain, published_on=date(2008, 1, 11)) == [
        ("participants", "active_participants", "all", None, 2008, 8.2e6)]


def test_the_year_of_a_law_sets_no_period(facts_of):
    english = ("Jamsostek's funds reached Rp 61 trillion in 2007. It had no authority to enforce the 1992 law "
               "on social security programs. The social security program funds have reached Rp 62 trillion.")
    assert ("funds", "managed_funds", "all", None, 2007, 62e12) in facts_of(english, published_on=date(2008, 1, 11))


def test_a_year_right_after_each_figure_is_its_own_before_a_plans_span_earlier_in_the_clause(facts_of):
    body = ("Dalam peta jalan 2025-2029 BPJS Ketenagakerjaan menargetkan peserta aktif 62,5 juta pada 2026 "
            "dan 81 juta pada 2029.")
    assert facts_of(body) == [("targets", "active_participants", "all", None, 2026, 62.5e6),
                              ("targets", "active_participants", "all", None, 2029, 81e6)]


def test_a_figure_said_again_keeps_the_period_it_was_first_stated_for(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan peserta aktif 62,5 juta pada 2026 dan 81 juta pada 2029. "
            "\"Kalau mau mengejar 81 juta, pemerintah daerah harus ikut menanggung iuran,\" kata Ratna.")
    assert ("targets", "active_participants", "all", None, 2029, 81e6) in facts_of(body)
    assert all(f[4] != 2024 for f in facts_of(body))


def test_an_english_now_dates_the_figure_to_publication_whatever_a_later_clause_plans(facts_of):
    body = ("We now have 29.5 million active members, out of 49.1 million registered workers,\" Rahmat said, adding "
            "that the agency aims to have 34.2 million active members by the end of next year.")
    got = facts_of(body, published_on=date(2018, 10, 3))
    assert ("participants", "active_participants", "all", None, 2018, 29.5e6) in got
    assert ("targets", "active_participants", "all", None, 2019, 34.2e6) in got


def test_a_clause_of_reason_after_a_figure_gives_it_no_programme_and_no_year(facts_of):
    body = ("Tahun depan, BPJS Ketenagakerjaan menargetkan dana kelolaan Rp 226 triliun seiring mulai berjalannya "
            "program Jaminan Pensiun pada 1 Juli 2015.")
    assert facts_of(body, published_on=date(2014, 12, 30)) == [("targets", "managed_funds", "all", None, 2015, 226e12)]


def test_a_year_right_after_a_later_figure_in_a_clause_of_its_own_is_that_ones(facts_of):
    body = ("Akhir tahun ini, BPJS Ketenagakerjaan menargetkan dana kelolaan mencapai Rp 880 triliun, sebelum "
            "menembus Rp 1.000 triliun pada 2026 sesuai peta jalan.")
    assert facts_of(body, published_on=date(2025, 3, 3)) == [("targets", "managed_funds", "all", None, 2025, 880e12),
                                                               ("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_a_part_of_the_year_said_to_be_this_one_or_the_last_is_of_the_publication_year(facts_of):
    body = ("Akhir tahun lalu dana kelolaan masih Rp 360 triliun. Semester I kemarin hasil investasi sudah Rp 14,5 "
            "triliun. Semester I ini klaim JHT Rp 12,5 triliun.")
    got = facts_of(body, published_on=date(2019, 7, 24))
    assert ("funds", "investment_returns", "all", None, 2019, 14.5e12) in got
    assert ("funds", "benefits_paid", "all", "JHT", 2019, 12.5e12) in got


def test_a_data_month_earlier_in_the_year_than_publication_is_this_years(facts_of):
    body = "Akhir tahun lalu dana kelolaan masih Rp 360 triliun. Peserta aktif kita per Juni 32,4 juta."
    assert ("participants", "active_participants", "all", None, 2019, 32.4e6) in facts_of(body, published_on=date(2019, 7, 24))


def test_a_relative_year_in_the_figures_own_clause_before_a_year_of_another_clause(facts_of):
    body = ("Some 204,500 companies were actively paying contributions at the end of 2014, while the agency aims to "
            "bring that number to 248,500 this year.")
    assert facts_of(body, published_on=date(2015, 2, 10)) == [
        ("participants", "active_employers", "all", None, 2014, 204_500),
        ("targets", "active_employers", "all", None, 2015, 248_500)]


def test_a_year_beyond_a_clause_of_time_after_the_figure_is_that_clauses(facts_of):
    body = ("Dalam Rencana Kerja dan Anggaran Tahunan (RKAT) 2025, target dana kelolaan semula dipatok Rp 850 triliun "
            "sebelum dinaikkan menjadi Rp 870 triliun setelah realisasi 2024 melampaui perkiraan.")
    assert [f[4] for f in facts_of(body, published_on=date(2025, 2, 1))] == [2025, 2025]


def test_a_series_of_months_takes_the_year_it_ends_with(facts_of):
    body = ("Jumlah peserta aktif terus tergerus dari 33,2 juta pada Februari menjadi 31,3 juta pada April, lalu "
            "29,5 juta pada Agustus 2020.")
    assert facts_of(body, published_on=date(2020, 10, 2), with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2020, "2020-02", 33.2e6),
        ("participants", "active_participants", "all", None, 2020, "2020-04", 31.3e6),
        ("participants", "active_participants", "all", None, 2020, "2020-08", 29.5e6)]


def test_the_year_a_count_started_from_is_not_its_period(facts_of):
    body = ("Pada 2013 jumlah peserta aktif tercatat 12,5 juta pekerja dari sekitar 29,2 juta tenaga kerja yang pernah "
            "terdaftar sejak perusahaan itu berdiri pada 1977.")
    assert [f[4] for f in facts_of(body, published_on=date(2014, 1, 2))] == [2013, 2013]
    body = "Iuran yang diterima sejak Januari hingga Mei 2014 mencapai Rp14,2 triliun."
    assert [f[4] for f in facts_of(body, published_on=date(2014, 6, 20))] == [2014]
    body = ("Sejak diluncurkan Februari 2022 hingga akhir tahun, manfaat JKP yang dibayarkan mencapai Rp 46,5 miliar.")
    assert [f[4] for f in facts_of(body, published_on=date(2023, 3, 1))] == [2022]


def test_a_pointer_takes_the_period_of_the_level_not_of_where_its_change_started(facts_of):
    body = ("Sepanjang 2022, iuran yang dihimpun mencapai Rp87,4 triliun, naik dari Rp80,1 triliun pada 2021.\n"
            "Dari jumlah itu, Rp54,7 triliun berasal dari iuran hari tua dan Rp19,7 triliun untuk pensiun.")
    got = facts_of(body, published_on=date(2023, 2, 1))
    assert ("funds", "contributions", "all", "JHT", 2022, 54.7e12) in got
    assert ("funds", "contributions", "all", "JP", 2022, 19.7e12) in got


def test_a_year_after_a_coordinator_opens_the_next_item_not_the_figures_own(facts_of):
    body = ("Iuran yang terkumpul tahun 2020 mencapai Rp 73,5 triliun, tahun 2021 Rp 80,5 triliun dan tahun 2022 "
            "mencapai Rp 87,5 triliun.")
    assert [f[4] for f in facts_of(body)] == [2020, 2021, 2022]


def test_a_month_without_a_year_after_a_whole_years_figure_is_the_latest_such_month(facts_of):
    """"Sepanjang tahun lalu ... Rp97,48 triliun. Sementara klaim yang sudah dibayarkan hingga Juli mencapai
    Rp30,26 triliun" (published in August): July of the publication year, not last year's; a target "sampai
    Desember" keeps the target's year."""
    body = ("Sepanjang tahun lalu, BPJS Ketenagakerjaan menghimpun iuran Rp97,48 triliun. Sementara klaim yang sudah "
            "dibayarkan hingga Juli mencapai Rp30,26 triliun.")
    got = facts_of(body, published_on=date(2024, 8, 29), with_as_of=True)
    assert ("funds", "benefits_paid", "all", None, 2024, "2024-07", 30.26e12) in got
    assert ("funds", "contributions", "all", None, 2023, None, 97.48e12) in got
    # a month later in the year than the publication is last year's
    got = facts_of(body, published_on=date(2024, 3, 2), with_as_of=True)
    assert ("funds", "benefits_paid", "all", None, 2023, "2023-07", 30.26e12) in got


def test_the_day_something_was_said_sets_no_year(facts_of):
    """"kata Rahmat di Jakarta, Kamis, 9 Februari 2017": a date after a weekday is when it was said; the
    figures after it keep the year of the figures before."""
    body = ("BPJS Ketenagakerjaan mencatat peserta aktif 23,07 juta pada akhir 2016. Direktur Utama mengatakan, tahun "
            "ini lembaganya menargetkan peserta aktif sebanyak 26,8 juta.\n\n\"Kami sanggupi,\" kata Rahmat di Jakarta, "
            "Kamis, 9 Februari 2017.\n\nUntuk program pensiun, pekerja yang ikut tercatat 10,37 juta orang.")
    got = facts_of(body, published_on=date(2017, 2, 9))
    assert ("participants", "participants", "all", "JP", 2016, 10_370_000) in got


def test_a_sentence_pointing_back_takes_the_levels_period_not_its_changes(facts_of):
    """"Hingga akhir tahun lalu, dana kelolaan tercatat Rp 365,5 triliun, bertambah sekitar Rp 48 triliun dibandingkan
    akhir 2017. Dari jumlah tersebut, program JHT ... Rp 279,2 triliun": the level's year (2018), not the year its
    change is compared with."""
    body = ("Hingga akhir tahun lalu, dana kelolaan tercatat Rp 365,5 triliun, bertambah sekitar Rp 48 triliun "
            "dibandingkan akhir 2017. Dari jumlah tersebut, program Jaminan Hari Tua (JHT) menyumbang porsi terbesar, "
            "yakni Rp 279,2 triliun.")
    got = facts_of(body, published_on=date(2019, 2, 14))
    assert ("funds", "managed_funds", "all", "JHT", 2018, 279.2e12) in got


def test_a_sentence_looking_back_sets_no_year(facts_of):
    """"Setahun sebelumnya, yakni pada Juni 2013, dana investasi masih sebesar Rp 151,38 triliun": a look back for
    comparison; the programme's funds after it are of the current period."""
    body = ("Hingga akhir Juni 2014, dana investasi BPJS Ketenagakerjaan mencapai Rp 172,64 triliun. Setahun sebelumnya, "
            "yakni pada Juni 2013, dana investasi masih sebesar Rp 151,38 triliun.\n\nDana program Jaminan Hari Tua (JHT) "
            "masih menjadi porsi terbesar, yaitu Rp 155,12 triliun.")
    got = facts_of(body, published_on=date(2014, 7, 23))
    assert ("funds", "managed_funds", "all", None, 2013, 151.38e12) in got
    assert ("funds", "managed_funds", "all", "JHT", 2014, 155.12e12) in got


def test_a_year_a_figure_is_measured_against_is_not_its_own(facts_of):
    """"Pada kuartal I tahun ini, pembayaran manfaat JKP sudah mencapai Rp33,6 miliar, lebih dari separuh realisasi
    setahun penuh 2022": 2022 is what it is compared with; the figure is this year's."""
    got = facts_of("Pada kuartal I tahun ini, pembayaran manfaat JKP sudah mencapai Rp33,6 miliar, lebih dari separuh "
                   "realisasi setahun penuh 2022.", published_on=date(2023, 5, 2))
    assert got == [("funds", "benefits_paid", "all", "JKP", 2023, 33.6e9)]


def test_the_end_of_the_year_is_the_year_in_discussion(facts_of):
    got = facts_of("Sepanjang tahun lalu, jumlah peserta PMI sempat menyentuh 640.315 orang pada Agustus sebelum turun "
                   "di akhir tahun menjadi 601.880 orang.", published_on=date(2025, 2, 1))
    assert ("participants", "participants", "migrant", None, 2024, 601880) in got


def test_a_target_of_the_end_of_the_year_an_achievement_is_measured_against(facts_of):
    got = facts_of("BPJS Ketenagakerjaan menutup 2023 dengan 41,56 juta peserta aktif. Capaian itu setara 91,7 persen "
                   "dari target akhir tahun sebesar 45,3 juta peserta aktif.", published_on=date(2024, 2, 1))
    assert ("targets", "active_participants", "all", None, 2023, 45.3e6) in got


def test_the_end_of_the_year_to_come_is_this_year(facts_of):
    got = facts_of("Pada 2015 iuran mencapai Rp 20 triliun. Tahun depan diperkirakan naik 50% dari pencapaian akhir "
                   "tahun nanti yang diperkirakan berkisar Rp 30 triliun.", published_on=date(2016, 6, 1))
    assert ("targets", "contributions", "all", None, 2016, 30e12) in got


def test_an_undated_page_is_as_of_the_latest_month_it_gives_a_figure_for(facts_of):
    got = facts_of("Peta jalan menargetkan 70 juta peserta aktif pada 2026. Target 2026 itu ambisius. Per September 2023 "
                   "peserta aktif 38 juta. Kini dana kelolaan badan ini sudah Rp 700 triliun lebih.", published_on=None)
    assert ("funds", "managed_funds", "all", None, 2023, 700e12) in got


def test_a_month_after_the_december_before_it_is_the_next_years(facts_of):
    got = facts_of("Posisi Desember 2023 peserta aktif kami 41,56 juta. Januari turun ke 39,9 juta, lalu naik lagi, Februari "
                   "40,6 juta.", published_on=date(2024, 6, 5), with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2024, "2024-01", 39.9e6) in got
    assert ("participants", "active_participants", "all", None, 2024, "2024-02", 40.6e6) in got


def test_an_item_listed_with_a_dated_one_shares_its_period(facts_of):
    got = facts_of("PT Jamsostek (Persero), yang per 1 Januari bertransformasi menjadi BPJS Ketenagakerjaan, menutup tahun lalu "
                   "dengan dana kelolaan Rp 165,9 triliun dan hasil investasi Rp 15,2 triliun.", published_on=date(2014, 1, 15))
    assert got == [("funds", "managed_funds", "all", None, 2013, 165.9e12),
                   ("funds", "investment_returns", "all", None, 2013, 15.2e12)]


def test_a_count_since_a_programme_moved_to_the_agency_is_of_now(facts_of):
    got = facts_of("BPJS Ketenagakerjaan mencatat sebanyak 352.180 pekerja migran Indonesia (PMI) telah terdaftar sebagai "
                   "peserta sejak program perlindungan PMI dialihkan ke BPJS Ketenagakerjaan pada Agustus 2017.",
                   published_on=date(2018, 10, 12))
    assert got == [("participants", "registered_participants", "migrant", None, 2018, 352180)]


def test_a_month_named_alone_is_the_one_named_with_its_year_before(facts_of):
    body = ("Hingga akhir November 2019, peserta aktif tercatat 34,1 juta, jauh di atas capaian akhir 2018 yang sebesar "
            "30,46 juta. Adapun pekerja yang terdaftar hingga November, baik aktif maupun tidak aktif, mencapai 55,2 juta.")
    got = facts_of(body, published_on=date(2019, 12, 18))
    assert ("participants", "registered_participants", "all", None, 2019, 55.2e6) in got


def test_an_undated_page_reporting_a_years_results_is_of_the_year_after(facts_of):
    body = ("Dalam paparan kinerja 2017, BPJS Ketenagakerjaan menyebut telah menutup tahun lalu dengan 26,3 juta peserta "
            "aktif. Untuk tahun ini, manajemen membidik 30 juta peserta aktif.")
    assert facts_of(body, published_on=None) == [("participants", "active_participants", "all", None, 2017, 26.3e6),
                                                 ("targets", "active_participants", "all", None, 2018, 30e6)]
    body = ("Dalam paparan kinerja tahun buku 2021 itu, BPJamsostek membayarkan manfaat Rp 42,9 triliun. \"Untuk tahun ini "
            "target kami 36 juta peserta aktif,\" ujarnya.")
    assert ("targets", "active_participants", "all", None, 2022, 36e6) in facts_of(body, published_on=None)
    body = ("Target 70 juta peserta aktif pada 2026 dipasang tinggi. Kita tutup 2022 dengan 35,86 juta peserta aktif. Tahun "
            "ini kami pasang target 41,2 juta peserta aktif.")
    assert ("targets", "active_participants", "all", None, 2023, 41.2e6) in facts_of(body, published_on=None)


def test_a_month_named_after_a_baseline_is_the_last_such_month_before_the_level(facts_of):
    got = facts_of("Hingga Juni 2025, peserta aktif tercatat 41,9 juta, naik dari 40,2 juta pada Maret.",
                   published_on=date(2025, 7, 10), with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2025, "2025-03", 40.2e6) in got


def test_so_many_years_later(facts_of):
    got = facts_of("Pada akhir 2015 dana kelolaan Rp 206 triliun, dan tiga tahun kemudian angkanya sudah Rp 365,5 triliun.",
                   published_on=date(2019, 3, 1))
    assert ("funds", "managed_funds", "all", None, 2018, 365.5e12) in got


def test_by_year_end_and_an_undated_pages_year_that_is_no_targets(facts_of):
    body = ("Funds reached Rp 700 trillion in the first quarter of 2024. BPJS Ketenagakerjaan targets managed funds of "
            "Rp 810 trillion by year-end, and aims to cover 70 million active workers by 2026.")
    assert ("targets", "managed_funds", "all", None, 2024, 810e12) in facts_of(body, published_on=None)


def test_a_relative_period_since_the_figure_before_beats_that_figures_date(facts_of):
    got = facts_of("Klaim JHT hingga Agustus 2020 mencapai Rp 21,4 triliun, padahal sepanjang tahun lalu klaim JHT "
                   "\"hanya\" Rp 26,6 triliun.", published_on=date(2020, 9, 1))
    assert ("funds", "benefits_paid", "all", "JHT", 2019, 26.6e12) in got


def test_the_end_of_a_span_of_years_is_a_year_named(facts_of):
    got = facts_of("Ketika peta jalan 2021-2026 diluncurkan, BPJS Ketenagakerjaan menjanjikan dua angka: 70 juta peserta "
                   "aktif dan dana kelolaan Rp 1.000 triliun pada 2026.", published_on=date(2025, 10, 1))
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in got


def test_a_bare_part_of_the_year_is_the_one_named_before_or_the_latest(facts_of):
    body = ("BPJamsostek membukukan hasil investasi Rp 17,62 triliun pada semester I 2022. Penerimaan iuran semester I "
            "tercatat Rp 38,4 triliun, naik dari Rp 35,9 triliun pada semester I tahun lalu.")
    got = facts_of(body, published_on=date(2022, 8, 4))
    assert ("funds", "contributions", "all", None, 2022, 38.4e12) in got
    assert ("funds", "contributions", "all", None, 2021, 35.9e12) in got


def test_a_year_later_counts_from_the_year_named_before(facts_of):
    got = facts_of("Peserta aktif mencapai 34,17 juta pada 2019. Setahun berikutnya jumlahnya merosot ke 30,02 juta.",
                   published_on=date(2023, 1, 5))
    assert ("participants", "active_participants", "all", None, 2020, 30.02e6) in got


def test_a_year_end_forecast_after_a_half_years_change_is_of_this_year(facts_of):
    body = ("Pembayaran klaim JHT pada semester I tahun ini mencapai Rp 9,4 triliun, naik 52 persen dari Rp 6,2 triliun pada "
            "semester I tahun lalu. Hingga akhir tahun, total klaim JHT diperkirakan mencapai Rp 18 triliun.")
    assert ("targets", "benefits_paid", "all", "JHT", 2016, 18e12) in facts_of(body, published_on=date(2016, 7, 22))


def test_an_english_change_from_a_year_is_no_period_for_the_next_item(facts_of):
    got = facts_of("Funds under management rose to Rp 486.4 trillion at the end of December 2020, up 12.6 percent from 2019, "
                   "and investment returns reached Rp 32.6 trillion.", published_on=date(2021, 2, 1))
    assert ("funds", "investment_returns", "all", None, 2020, 32.6e12) in got


def test_a_relative_year_in_the_subject_of_a_change_dates_its_new_level(facts_of):
    got = facts_of("Target peserta aktif tahun depan diturunkan dari 55 juta menjadi 50 juta pekerja, menyesuaikan "
                   "rencana jangka menengah 2025-2029.", published_on=date(2024, 9, 2))
    assert ("targets", "active_participants", "all", None, 2025, 50e6) in got
    assert not any(g[4] == 2029 for g in got)


def test_an_english_end_of_the_year_is_this_years(facts_of):
    got = facts_of("The agency aims to end the year with 45 million active members, and to reach 70 million by 2026.",
                   published_on=date(2024, 3, 1))
    assert ("targets", "active_participants", "all", None, 2024, 45e6) in got


def test_the_year_a_programme_began_is_not_its_figures_year(facts_of):
    got = facts_of("Payouts under the job-loss insurance programme (JKP), introduced in 2022, reached Rp 410 billion.",
                   published_on=date(2024, 8, 1))
    assert got == [("funds", "benefits_paid", "all", "JKP", 2024, 410e9)]
    got = facts_of("Bagaimana perkembangan jaminan pensiun yang dimulai 2015?\nSekarang pesertanya 13,1 juta.",
                   published_on=date(2018, 3, 1))
    assert ("participants", "participants", "all", "JP", 2018, 13.1e6) in got


def test_since_in_a_clause_describing_the_subject_does_not_hold_back_the_year_after_it(facts_of):
    got = facts_of("PT Jamsostek (Persero), yang sejak 1 Januari 2014 beralih menjadi BPJS Ketenagakerjaan, menutup 2013 "
                   "dengan dana kelolaan Rp158,1 triliun.", published_on=date(2014, 1, 7))
    assert got == [("funds", "managed_funds", "all", None, 2013, 158.1e12)]


def test_a_figure_for_a_programmes_first_year_is_of_the_year_it_starts(facts_of):
    got = facts_of("Program jaminan pensiun wajib berjalan paling lambat 1 Juli tahun depan. BPJS Ketenagakerjaan membidik "
                   "5 juta peserta pada tahun pertama program tersebut.", published_on=date(2014, 1, 8))
    assert got == [("targets", "participants", "all", "JP", 2015, 5e6)]
    got = facts_of("Untuk akhir tahun ini, dana kelolaan dibidik Rp 185 triliun. Adapun program jaminan pensiun yang mulai "
                   "berlaku Juli 2015 ditargetkan diikuti 9 juta pekerja pada tahun pertamanya.", published_on=date(2014, 2, 3),
                   with_as_of=True)
    assert ("targets", "participants", "all", "JP", 2015, None, 9e6) in got


def test_a_year_far_after_sejak_in_its_clause_is_where_a_count_started(facts_of):
    got = facts_of("Sejak pelindungan pekerja migran Indonesia dialihkan ke BPJS Ketenagakerjaan pada Agustus tahun lalu, "
                   "hingga akhir Maret tercatat 236.540 PMI telah menjadi peserta.", published_on=date(2018, 4, 10))
    assert got == [("participants", "participants", "migrant", None, 2018, 236540)]


def test_now_before_a_figure_dates_it_over_a_year_of_the_figure_before_it(facts_of):
    got = facts_of("Dana kelolaan yang pada akhir 2014 sebesar Rp 187 triliun kini telah menembus Rp 300 triliun.",
                   published_on=date(2017, 8, 1))
    assert ("funds", "managed_funds", "all", None, 2017, 300e12) in got


def test_a_year_in_a_relative_clause_set_off_by_commas_is_not_the_figures(facts_of):
    body = ("Investment returns last year reached Rp 24.3 trillion. The agency, which was formed from PT Jamsostek in "
            "January 2014, ended the year with 22.6 million active members.")
    got = facts_of(body, published_on=date(2017, 2, 14))
    assert ("participants", "active_participants", "all", None, 2016, 22.6e6) in got


def test_throughout_the_year_after_last_year_is_last_years(facts_of):
    got = facts_of("\"Tahun lalu hasil investasi sepanjang tahun mencapai Rp 29,2 triliun,\" ujarnya.",
                   published_on=date(2019, 3, 4))
    assert got == [("funds", "investment_returns", "all", None, 2018, 29.2e12)]


def test_an_undated_page_reporting_a_years_end_is_written_the_year_after(facts_of):
    body = ("Dana kelolaan akhir 2021 Rp 553,5 triliun. Per Maret tahun ini sudah Rp 570,1 triliun. Target kami tahun "
            "ini 40 juta peserta aktif.")
    got = facts_of(body, published_on=None)
    assert ("funds", "managed_funds", "all", None, 2022, 570.1e12) in got
    assert ("targets", "active_participants", "all", None, 2022, 40e6) in got
    body = ("The agency said it had 37.4 million active members as of December 2022. It aims to reach 45 million this "
            "year. Claims paid last year reached Rp 47.2 trillion.")
    got = facts_of(body, published_on=None)
    assert ("funds", "benefits_paid", "all", None, 2022, 47.2e12) in got
    assert ("targets", "active_participants", "all", None, 2023, 45e6) in got


def test_today_and_within_two_years(facts_of):
    body = ("Around 6.2 million non-wage earners are active members today. Our aim is to bring that to 12 million within "
            "two years.")
    got = facts_of(body, published_on=date(2023, 10, 2))
    assert ("participants", "active_participants", "informal", None, 2023, 6.2e6) in got
    assert ("targets", "active_participants", "informal", None, 2025, 12e6) in got


def test_a_year_in_brackets_labelling_the_next_figure_is_not_the_one_befores(facts_of):
    got = facts_of("Kinerja keuangan 2021\n- Dana kelolaan: Rp553,5 triliun (2020: Rp486,4 triliun)",
                   published_on=date(2022, 2, 10))
    assert ("funds", "managed_funds", "all", None, 2021, 553.5e12) in got
    assert ("funds", "managed_funds", "all", None, 2020, 486.4e12) in got


def test_a_year_in_the_relative_clause_of_a_changes_start_is_its_own(facts_of):
    got = facts_of("Sementara itu, jumlah peserta aktif yang pada akhir 2019 mencapai 34,2 juta turun menjadi 29,9 juta.",
                   published_on=date(2021, 1, 20))
    assert ("participants", "active_participants", "all", None, 2019, 34.2e6) in got


def test_the_date_a_report_came_out_is_not_its_figures_period(facts_of):
    got = facts_of("Laporan keuangan tahun buku 2022 yang dipublikasikan Juni lalu menunjukkan aset dana jaminan sosial "
                   "mencapai Rp 636 triliun per 31 Desember 2022.", published_on=date(2023, 9, 1))
    assert [g[4] for g in got] == [2022]


def test_a_compared_year_is_no_anchor_for_year_end(facts_of):
    body = ("Contributions in 2016 amounted to Rp 49.5 trillion, an increase of 36 percent over 2015, while the number "
            "of active participants reached 22.6 million by year-end.")
    got = facts_of(body, published_on=date(2017, 1, 30))
    assert ("participants", "active_participants", "all", None, 2016, 22.6e6) in got


def test_an_amount_said_to_be_now(facts_of):
    got = facts_of("The agency had Rp 630 trillion under management at the end of 2022. A: We manage around Rp 690 "
                   "trillion now.", published_on=date(2023, 9, 1))
    assert ("funds", "managed_funds", "all", None, 2023, 690e12) in got


def test_a_year_after_versus_sets_no_running_year(facts_of):
    body = ("KEPESERTAAN (per 31 Desember 2024)\nPeserta aktif: 45,2 juta.\nTambahan peserta aktif vs 2023: 3,6 juta.\n"
            "KEUANGAN\nDana kelolaan: Rp791,7 T.")
    got = facts_of(body, published_on=date(2025, 2, 14))
    assert ("funds", "managed_funds", "all", None, 2024, 791.7e12) in got


def test_an_undated_pages_present_is_after_the_years_it_compares_with_and_not_a_plans_date(facts_of):
    body = ("Sepanjang tahun lalu, lembaga itu membayar klaim Rp42,1 triliun, naik 18 persen dibandingkan 2021. Tahun ini "
            "BPJS Ketenagakerjaan menargetkan 40 juta peserta aktif.")
    got = facts_of(body, published_on=None)
    assert ("funds", "benefits_paid", "all", None, 2022, 42.1e12) in got
    assert ("targets", "active_participants", "all", None, 2023, 40e6) in got
    body = ("Lembaga itu resmi beroperasi penuh sejak 1 Juli 2015. Pada akhir tahun lalu, dana investasi yang dikelola "
            "tercatat Rp181 triliun. Program baru, yang dijadwalkan mulai berlaku Januari 2016, masih dibahas.")
    got = facts_of(body, published_on=None)
    assert ("funds", "managed_funds", "all", None, 2014, 181e12) in got
    body = ("Secara nasional, lembaga itu membayar klaim JHT Rp 21,4 triliun sepanjang tahun lalu, naik dari Rp 18,2 "
            "triliun pada 2017.")
    got = facts_of(body, published_on=None)
    assert ("funds", "benefits_paid", "all", "JHT", 2018, 21.4e12) in got
    body = ("The agency launched its job-loss programme in February 2022. Its managed funds stood at Rp 631 trillion at "
            "the end of 2022. Claims paid last year reached Rp 49 trillion.")
    assert ("funds", "benefits_paid", "all", None, 2022, 49e12) in facts_of(body, published_on=None)


def test_that_year_is_the_year_the_sentence_before_names_whatever_it_dated(facts_of):
    body = ("Kewajiban lembaga itu tercatat Rp 6,2 triliun pada akhir 2022. Sementara hasil investasi yang dibukukan "
            "sepanjang tahun tersebut sebesar Rp 45,8 triliun.")
    got = facts_of("Dana kelolaan mencapai Rp 550 triliun pada 2021. " + body, published_on=date(2023, 4, 3))
    assert ("funds", "investment_returns", "all", None, 2022, 45.8e12) in got


def test_a_date_of_a_name_the_body_bore_is_no_period(facts_of):
    body = ("Jumlah peserta aktif sepanjang 2015 mencapai 19,2 juta. Lembaga yang hingga akhir 2013 bernama PT Jamsostek "
            "(Persero) itu juga membukukan dana kelolaan Rp 206 triliun.")
    got = facts_of(body, published_on=date(2016, 1, 27))
    assert ("funds", "managed_funds", "all", None, 2015, 206e12) in got


def test_a_year_an_achievement_beat_its_target_in_dates_the_actuals_and_the_target(facts_of):
    body = ("BPJS Ketenagakerjaan membukukan kinerja yang melampaui target sepanjang 2018. Penerimaan iuran tercatat sebesar "
            "Rp 62,9 triliun atau 101 persen dari target Rp 62,3 triliun.")
    got = facts_of(body, published_on=date(2019, 2, 11))
    assert ("funds", "contributions", "all", None, 2018, 62.9e12) in got
    assert ("targets", "contributions", "all", None, 2018, 62.3e12) in got


def test_a_year_in_a_clause_of_its_own_after_a_comma_and_a_coordinator_is_not_the_figures(facts_of):
    body = ("Pension contributions have grown steadily. The funds we manage for it have reached Rp 41 trillion, and full "
            "monthly pensions will only start in 2030.")
    got = facts_of(body, published_on=date(2018, 10, 1))
    assert all(f[4] != 2030 for f in got) and all(f[0] != "targets" for f in got)


def test_two_years_ago_and_this_january(facts_of):
    body = ("Peserta aktif kami kini 38 juta. Bandingkan dengan dua tahun lalu, waktu pandemi, yang jumlahnya sempat hanya "
            "sekitar 30 juta. Hingga akhir Desember lalu peserta aktif tercatat 37,2 juta orang, lalu turun menjadi 36,9 juta "
            "pada Januari ini.")
    got = facts_of(body, published_on=date(2023, 2, 20))
    assert ("participants", "active_participants", "all", None, 2021, 30e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 36.9e6) in got


def test_an_undated_page_naming_only_a_regulations_year_is_of_that_year_or_later(facts_of):
    body = ("Polemik Permenaker Nomor 2 Tahun 2022 ramai diperbincangkan. Tanya: Berapa klaim JHT? Jawab: Sepanjang tahun lalu "
            "totalnya Rp37,1 triliun.")
    assert ("funds", "benefits_paid", "all", "JHT", 2021, 37.1e12) in facts_of(body, published_on=None)
    body = ("Setahun setelah Presiden meneken Instruksi Presiden Nomor 2 Tahun 2021, kepesertaan aktif BPJS Ketenagakerjaan "
            "pada akhir tahun lalu sebanyak 30,66 juta pekerja.")
    assert ("participants", "active_participants", "all", None, 2021, 30.66e6) in facts_of(body, published_on=None)
    body = "Sesuai UU Nomor 24 Tahun 2011, dana kelolaan pada akhir tahun lalu mencapai Rp 190 triliun."
    assert facts_of(body, published_on=None) == []


def test_a_programmes_first_year_after_it_is_to_run_next_july(facts_of):
    body = ("Lembaganya bersiap menjalankan program jaminan pensiun pada Juli tahun depan. Program tersebut diperkirakan "
            "akan menarik sedikitnya 9 juta pekerja formal pada tahun pertama.")
    got = facts_of(body, published_on=date(2014, 9, 10))
    assert any(f[0] == "targets" and f[4] == 2015 and f[-1] == 9e6 for f in got)


def test_the_year_a_sentence_with_no_figure_names_dates_the_figure_after_it(facts_of):
    body = "Sepanjang 2018, kinerja BPJS Ketenagakerjaan melampaui sejumlah target. Iuran yang terkumpul mencapai Rp62,2 triliun."
    got = facts_of(body, published_on=date(2019, 1, 28))
    assert got == [("funds", "contributions", "all", None, 2018, 62.2e12)]


def test_in_the_same_period_is_the_period_of_the_figure_of_its_unit_before_it(facts_of):
    body = ("BPJS Ketenagakerjaan membayarkan manfaat jaminan kematian Rp1,4 triliun sepanjang tahun lalu. Program "
            "tersebut kini diikuti 27,5 juta peserta. Sementara santunan kecelakaan kerja yang dibayarkan pada periode "
            "yang sama mencapai Rp1,7 triliun.")
    got = facts_of(body, published_on=date(2020, 3, 3))
    assert ("funds", "benefits_paid", "all", "JKK", 2019, 1.7e12) in got


def test_a_month_with_no_year_a_figure_is_counted_since(facts_of):
    body = ("That figure was 30.66 million active participants at the end of last year. Since it started in February, "
            "the JKP program has paid benefits of Rp 11.2 billion.")
    got = facts_of(body, published_on=date(2022, 5, 19))
    assert ("funds", "benefits_paid", "all", "JKP", 2022, 11.2e9) in got
    # (a month after the publication's is last year's)
    got = facts_of("Peserta aktif 30,66 juta pada akhir tahun lalu. Sejak Oktober, program JKP telah membayarkan manfaat "
                   "Rp 11,2 miliar.", published_on=date(2022, 5, 19))
    assert ("funds", "benefits_paid", "all", "JKP", 2021, 11.2e9) in got


def test_english_now_after_are_and_so_far_are_the_present(facts_of):
    body = ("Membership fell to 30.66 million at the end of last year. Active non-wage earner participants are now 3.9 "
            "million. Pension contributions collected so far total Rp 3.1 trillion, officials said.")
    got = facts_of(body, published_on=date(2022, 5, 19))
    assert ("participants", "active_participants", "informal", None, 2022, 3.9e6) in got
    assert ("funds", "contributions", "all", "JP", 2022, 3.1e12) in got


def test_words_pointing_back_at_the_time_named_before(facts_of):
    body = ("BPJS Ketenagakerjaan managed Rp 317.3 trillion at the end of 2017, almost double what it held in 2014, when "
            "it took over the business of PT Jamsostek. At the time its funds stood at Rp 186 trillion.")
    got = facts_of(body, published_on=date(2018, 3, 5))
    assert ("funds", "managed_funds", "all", None, 2014, 186e12) in got
    body = ("Bagaimana capaian kepesertaan tahun lalu?\nKami menutup tahun dengan 30,46 juta peserta aktif.\n"
            "Berapa targetnya waktu itu?\nTarget kami 31,7 juta.")
    got = facts_of(body, published_on=date(2019, 3, 5))
    assert ("targets", "active_participants", "all", None, 2018, 31.7e6) in got


def test_a_target_by_year_end_after_last_years_achievement_in_its_sentence(facts_of):
    body = ("The agency booked investment returns of Rp 26.7 trillion last year, and expects its managed funds to hit "
            "Rp 365 trillion by year-end.")
    got = facts_of(body, published_on=date(2018, 3, 5))
    assert ("targets", "managed_funds", "all", None, 2018, 365e12) in got


def test_the_time_words_of_a_long_sentence_are_scanned_once():
    """The words pointing back at a time are found once per sentence: a sentence of n figures is scanned once, not
    n times (the year each figure takes is the same)."""
    from dataclasses import replace

    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.period import _time_pointed_at
    from bpjs_pipeline.extract.reader import read_figures
    from bpjs_pipeline.model import CleanedArticle

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.scanned = pattern, 0

        def finditer(self, text, start=0, end=None):
            self.scanned += (len(text) if end is None else end) - start
            return self.pattern.finditer(text, start, end)

    body = "Pada 2014 dana kelolaan Rp 186 triliun. Kala itu " + ", ".join(
        f"peserta aktif {i % 90 + 10} juta" for i in range(300)) + "."
    article = CleanedArticle("t", "Judul", "Kompas.com", date(2018, 3, 5), body)
    state = ArticleState(article)
    counting = Counting(state.vocab.time_pointer)
    state.vocab = replace(state.vocab, time_pointer=counting)
    years = [_time_pointed_at(state, r) for r in read_figures(article) if r.sentence.index == 1]
    assert len(years) == 300 and set(years) == {2014}
    assert counting.scanned <= len(body)


def test_the_year_a_plan_is_to_happen_in_sets_no_running_year(facts_of):
    body = ("Dana kelolaan pada akhir 2015 mencapai Rp 206 triliun. \"Kami akan lebih berhati-hati dengan saham tahun ini,\" "
            "ujarnya. Jumlah peserta aktif tercatat 19,4 juta.")
    assert ("participants", "active_participants", "all", None, 2015, 19.4e6) in facts_of(body, published_on=date(2016, 2, 3))
    english = ("Managed funds reached Rp 206 trillion at the end of 2015. \"We will be careful with equities this year,\" "
               "he said. He said the agency had 19.4 million active participants.")
    assert ("participants", "active_participants", "all", None, 2015, 19.4e6) in facts_of(english, published_on=date(2016, 2, 3))
    # (a year a sentence without figures names for what was done still runs on)
    done = "Dana kelolaan pada akhir 2015 mencapai Rp 206 triliun. Tahun ini kinerja membaik. Peserta aktif tercatat 21 juta."
    assert ("participants", "active_participants", "all", None, 2016, 21e6) in facts_of(done, published_on=date(2016, 8, 3))


def test_now_in_the_main_clause_dates_the_figure_not_the_opening_clause_of_time(facts_of):
    body = "Jakarta - Sebelum beroperasi penuh pada Juli 2015, lembaga itu kini mengelola dana sebesar Rp 175 triliun."
    assert facts_of(body, published_on=date(2014, 10, 2)) == [("funds", "managed_funds", "all", None, 2014, 175e12)]
    # (without "kini" the clause's year still dates it)
    dated = "Menjelang operasi penuh pada Juli 2015, dana kelolaan diperkirakan mencapai Rp 190 triliun."
    assert facts_of(dated, published_on=date(2014, 10, 2)) == [("targets", "managed_funds", "all", None, 2015, 190e12)]

