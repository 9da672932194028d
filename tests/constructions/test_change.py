"""constructions/change.py: the two levels of a change and the change itself."""
from datetime import date


def test_dari_x_ke_y_names_two_levels(facts_of):
    got = facts_of("Pada Maret 2021 jumlah peserta aktif turun dari 29,98 juta ke 27,79 juta.", with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2021, "2021-03", 27.79e6) in got
    assert ("participants", "active_participants", "all", None, 2020, None, 29.98e6) in got


def test_dari_x_pada_tahun_mencapai_y(facts_of):
    got = facts_of("Dana kelolaan dari Rp 500 triliun pada 2021 mencapai Rp 700 triliun pada 2023.")
    assert got == [("funds", "managed_funds", "all", None, 2021, 500e12),
                   ("funds", "managed_funds", "all", None, 2023, 700e12)]


def test_the_difference_between_the_two_levels_is_the_change(facts_of):
    got = facts_of("Sejak 2019 hingga Agustus 2021, jumlah peserta aktif mengalami penurunan dari "
                   "34,17 juta ke 29,2 juta atau hampir 5 juta peserta.", with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2021, "2021-08", 29.2e6) in got
    assert not any(f[-1] == 5e6 for f in got)


def test_a_change_over_a_period_starts_from_the_periods_first_year(facts_of):
    got = facts_of("Sejak 2019 hingga Agustus 2021, jumlah peserta aktif turun dari 34 juta ke 29 juta.")
    assert ("participants", "active_participants", "all", None, 2019, 34e6) in got


def test_a_level_reached_after_a_change_is_a_level(facts_of):
    body = ("Kepesertaan aktif segmen penerima upah tumbuh 3,1 juta jiwa. Pada September 2022 segmen penerima "
            "upah kembali membaik mencapai 17.973.673.")
    assert ("participants", "active_participants", "formal", None, 2022, 17_973_673) in facts_of(body)


def test_a_year_a_comparison_word_governs_is_the_baselines(facts_of):
    got = facts_of("Sepanjang 2021, iuran JKK naik 39 persen dibandingkan 2020 dari Rp3,7 triliun menjadi Rp5,2 triliun.")
    assert got == [("funds", "contributions", "all", "JKK", 2020, 3.7e12),
                   ("funds", "contributions", "all", "JKK", 2021, 5.2e12)]


def test_dari_tahun_sebelumnya_introduces_a_baseline(facts_of):
    body = "Klaim JHT pada 2021 mencapai Rp37 triliun. Pembayaran itu naik 12 persen dari tahun sebelumnya yang Rp33 triliun."
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 33e12) in facts_of(body)


def test_the_new_level_is_the_quantity_its_changes_subject_names(facts_of):
    got = facts_of("Jumlah peserta aktif turun dari 35 juta menjadi 33 juta peserta pada 2020.")
    assert got == [("participants", "active_participants", "all", None, 2019, 35e6),
                   ("participants", "active_participants", "all", None, 2020, 33e6)]


def test_a_chain_of_per_programme_comparisons_with_the_year_before(facts_of):
    body = ("Klaim JHT pada 2023 Rp 45 triliun, naik dari Rp 40 triliun tahun sebelumnya. "
            "Klaim JKK Rp 3 triliun dari Rp 2,5 triliun tahun sebelumnya.")
    got = facts_of(body)
    assert ("funds", "benefits_paid", "all", "JKK", 2023, 3e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2022, 2.5e12) in got


def test_the_following_year_counts_from_the_year_named_before(facts_of):
    from datetime import date
    body = "Tercatat pada 2019 jumlah peserta aktif PMI mencapai 539.239 orang, kemudian turun menjadi 389.760 orang pada tahun berikutnya."
    assert facts_of(body, published_on=date(2021, 3, 1)) == [
        ("participants", "active_participants", "migrant", None, 2019, 539_239),
        ("participants", "active_participants", "migrant", None, 2020, 389_760)]


def test_a_month_named_in_a_comparison_is_the_last_one_before_the_figure(facts_of):
    body = ("BPJS Ketenagakerjaan membayar klaim JKP Rp263,95 miliar sepanjang Januari hingga Agustus 2024. "
            "Jumlah itu naik dari pembayaran pada Juni lalu sebesar Rp184 miliar.")
    assert ("funds", "benefits_paid", "all", "JKP", 2024, 184e9) in facts_of(body, published_on=None)


def test_a_year_in_a_later_figures_clause_is_that_figures(facts_of):
    from datetime import date
    body = ("Pada 2016, target kepesertaan era direksi ini (22 juta) dibawah target era sebelumnya (23,2 juta) "
            "bahkan jauh di bawah rencana jangka panjang 2017 capai 37 juta pekerja.")
    got = facts_of(body, published_on=date(2016, 1, 9))
    assert ("targets", "participants", "all", None, 2016, 22e6) in got
    assert ("targets", "participants", "all", None, 2017, 37e6) in got


def test_a_change_carried_on_to_a_date_reaches_a_level(facts_of):
    body = ("Peserta aktif pada 2020 tercatat 29 juta. Angka ini terus turun hingga Maret 2021 yang mencapai "
            "27 juta sebelum akhirnya naik lagi.")
    assert ("participants", "active_participants", "all", None, 2021, 27e6) in facts_of(body)


def test_until_a_date_in_a_comparison_names_a_period_not_a_new_level(facts_of):
    body = ("Pada April 2025 jumlah peserta aktif 39,7 juta, turun jika dibandingkan posisi hingga Maret 2025 yang "
            "sebanyak 40,2 juta orang dan posisi hingga Desember 2024 yang sebanyak 45,22 juta orang.")
    got = facts_of(body, with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2024, "2024-12", 45.22e6) in got


def test_a_series_with_each_year_in_brackets(facts_of):
    body = "Dana kelolaan tumbuh dari tahun ke tahun, yakni Rp 431 triliun (2019), Rp 486 triliun (2020) dan Rp 553 triliun (2021)."
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2019, 431e12),
                              ("funds", "managed_funds", "all", None, 2020, 486e12),
                              ("funds", "managed_funds", "all", None, 2021, 553e12)]


def test_a_comparison_with_no_figure_then_what_it_becomes(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan jumlah peserta aktif tahun ini naik 10 persen dibandingkan tahun lalu "
            "menjadi 44 juta.")
    assert facts_of(body) == [("targets", "active_participants", "all", None, 2024, 44e6)]


def test_a_target_an_achievement_is_compared_with_is_of_its_period(facts_of):
    body = ("Sampai Oktober 2023 hasil investasi BPJS Ketenagakerjaan mencapai Rp 40 triliun. Capaian ini lebih tinggi "
            "daripada target yang dipasang, yaitu Rp 38 triliun.")
    got = facts_of(body)
    assert ("targets", "investment_returns", "all", None, 2023, 38e12) in got


def test_the_levels_of_a_change_stated_before(facts_of):
    body = ("Jumlah peserta aktif BPJS Ketenagakerjaan mengalami penurunan 3 juta. Tepatnya, dari 33 juta per "
            "Desember 2019 menjadi 30 juta per Desember 2020.")
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2019, 33e6),
                              ("participants", "active_participants", "all", None, 2020, 30e6)]


def test_a_series_of_years_handed_out_in_order(facts_of):
    got = facts_of("Jumlah peserta aktif dari 2019 hingga 2023 masing-masing tercatat 34 juta, 30 juta, 31 juta, 36 juta "
                   "dan 42 juta.")
    assert [(f[4], f[5]) for f in got] == [(2019, 34e6), (2020, 30e6), (2021, 31e6), (2022, 36e6), (2023, 42e6)]
    got = facts_of("From 2020 to 2022, active members were 29 million, 31 million and 35 million respectively.")
    assert [(f[4], f[5]) for f in got] == [(2020, 29e6), (2021, 31e6), (2022, 35e6)]
    got = facts_of("Dana kelolaan 2021-2023 masing-masing Rp 553 triliun, Rp 630 triliun dan Rp 712 triliun.")
    assert [(f[4], f[5]) for f in got] == [(2021, 553e12), (2022, 630e12), (2023, 712e12)]


def test_that_year_is_the_year_named_before(facts_of):
    got = facts_of("Kinerja BPJS Ketenagakerjaan pada 2022 membaik. Iuran yang diterima sepanjang tahun itu mencapai Rp90 "
                   "triliun.")
    assert got == [("funds", "contributions", "all", None, 2022, 90e12)]


def test_dari_after_the_new_level_of_a_fall_is_where_it_started_not_a_registered_total(facts_of):
    body = "Jumlah peserta aktif per Juni 2021 turun menjadi 27,5 juta dari 29,8 juta pada Desember 2020."
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2021, 27.5e6),
                              ("participants", "active_participants", "all", None, 2020, 29.8e6)]
    # a smaller count after "dari" is no total of an active count either
    rise = "Jumlah peserta aktif per Juni 2021 tercatat 31,2 juta dari 29,8 juta pada Desember 2020."
    assert ("participants", "registered_participants", "all", None, 2020, 29.8e6) not in facts_of(rise)


def test_an_english_comparison_makes_a_baseline_whose_year_sets_no_running_year(facts_of):
    body = ("Investment returns reached Rp 31.5 trillion last year, compared with Rp 29.9 trillion in 2021. "
            "Contributions collected rose to Rp 80.1 trillion from Rp 75.2 trillion.")
    assert facts_of(body, published_on=date(2023, 2, 20)) == [
        ("funds", "investment_returns", "all", None, 2022, 31.5e12),
        ("funds", "investment_returns", "all", None, 2021, 29.9e12),
        ("funds", "contributions", "all", None, 2022, 80.1e12),
        ("funds", "contributions", "all", None, 2021, 75.2e12)]


def test_a_comparison_does_not_go_on_into_a_clause_naming_its_own_fund(facts_of):
    body = ("Contributions collected in 2021 rose to Rp 80.1 trillion from Rp 75.2 trillion, while benefits paid out "
            "totaled Rp 41.3 trillion, of which Rp 35.2 trillion went to old-age savings (JHT) claims.")
    assert facts_of(body, published_on=date(2022, 2, 20)) == [
        ("funds", "contributions", "all", None, 2021, 80.1e12),
        ("funds", "contributions", "all", None, 2020, 75.2e12),
        ("funds", "benefits_paid", "all", None, 2021, 41.3e12),
        ("funds", "benefits_paid", "all", "JHT", 2021, 35.2e12)]


def test_dari_x_pada_a_year_mencapai_y_names_the_level_reached(facts_of):
    body = "Sepanjang 2013, dana kelolaan naik dari Rp131,5 triliun pada 2012 mencapai Rp150,5 triliun."
    assert facts_of(body, published_on=date(2014, 2, 1)) == [("funds", "managed_funds", "all", None, 2012, 131.5e12),
                                                               ("funds", "managed_funds", "all", None, 2013, 150.5e12)]


def test_a_year_past_a_coordinator_after_a_figure_dates_the_next_item(facts_of):
    body = ("Dana kelolaan pada akhir tahun lalu tercatat Rp 433,5 triliun dan per Juni 2020 naik menjadi Rp 462,5 "
            "triliun.")
    assert [f[4] for f in facts_of(body, published_on=date(2020, 8, 1))] == [2019, 2020]


def test_a_targets_baseline_said_to_be_the_level_now_is_an_actual(facts_of):
    """"ditargetkan naik dari 208.300 perusahaan saat ini menjadi 245.000", "up from the 26.87 million active
    members it recorded at the end of last year": the baseline's own words make it the level reached."""
    got = facts_of("The agency has set a target of 30.9 million active members for 2018, up from the 26.87 million "
                   "active members it recorded at the end of last year.", published_on=date(2018, 2, 1))
    assert ("targets", "active_participants", "all", None, 2018, 30_900_000) in got
    assert ("participants", "active_participants", "all", None, 2017, 26_870_000) in got


def test_a_later_targets_year_is_not_the_level_before_it(facts_of):
    """"sudah mencapai Rp313 triliun dan ditargetkan menjadi Rp350 triliun pada akhir tahun depan": the year after
    the target is the target's; the level reached is this year's."""
    got = facts_of("Dana kelolaan BPJS Ketenagakerjaan sudah mencapai Rp313 triliun dan ditargetkan menjadi "
                   "Rp350 triliun pada akhir tahun depan.", published_on=date(2017, 11, 20))
    assert got == [("funds", "managed_funds", "all", None, 2017, 313e12),
                   ("targets", "managed_funds", "all", None, 2018, 350e12)]


def test_a_clause_with_its_own_subject_after_an_increases_clause_states_a_level(facts_of):
    """"Dengan tambahan hasil pengembangan, dana kelolaan program JKP per Oktober 2022 mencapai Rp9,06 triliun": the
    increase is the opening phrase's; the fund after it is a level. "bertambahnya peserta, yang mencapai 2 juta"
    is still the increase."""
    got = facts_of("Dengan tambahan hasil pengembangan, dana kelolaan program JKP per Oktober 2022 mencapai "
                   "Rp9,06 triliun.")
    assert got == [("funds", "managed_funds", "all", "JKP", 2022, 9.06e12)]
    assert facts_of("Sepanjang 2022 terjadi penambahan peserta, yang mencapai 2 juta orang.") == []


def test_a_new_level_is_of_the_segment_its_changes_subject_names(facts_of):
    """"Peserta PU aktif turun dari 27,1 juta menjadi 22,71 juta": both levels are the wage earners'."""
    got = facts_of("Peserta PU aktif turun dari 27,1 juta pada Desember 2019 menjadi 22,71 juta pada Agustus 2020.")
    assert ("participants", "active_participants", "formal", None, 2020, 22_710_000) in got
    assert ("participants", "active_participants", "formal", None, 2019, 27_100_000) in got


def test_workers_and_the_companies_they_come_from_are_no_change(facts_of):
    """"13,27 juta tenaga kerja aktif yang berasal dari 187.350 perusahaan aktif": two quantities of the same time;
    the breakdown after it ("Jumlah itu terdiri dari ... pekerja") is of the workers."""
    body = ("Per Juni 2014, jumlah tenaga kerja aktif yang menjadi peserta mencapai 13,24 juta orang dari 196.450 "
            "perusahaan aktif. Jumlah itu terdiri dari 12,86 juta pekerja penerima upah dan 380.000 pekerja bukan "
            "penerima upah.")
    got = facts_of(body, published_on=date(2014, 8, 1))
    assert ("participants", "active_employers", "all", None, 2014, 196_450) in got
    assert ("participants", "active_participants", "formal", None, 2014, 12_860_000) in got
    assert ("participants", "active_participants", "informal", None, 2014, 380_000) in got


def test_a_target_answering_a_question_about_an_increase_is_a_level(facts_of):
    """"Dari mana tambahan peserta itu? Paling besar dari penerima upah, target kami 17,3 juta pekerja PU aktif pada
    akhir 2015": the answer names a target level after the question's increase."""
    body = ("Dari mana tambahan peserta itu? Paling besar dari penerima upah, target kami 17,3 juta pekerja PU aktif "
            "pada akhir 2015.")
    assert ("targets", "active_participants", "formal", None, 2015, 17.3e6) in facts_of(body, published_on=date(2015, 1, 5))


def test_a_targets_value_before_its_revision_stays_a_target(facts_of):
    got = facts_of("Target kepesertaan aktif 2025 yang semula 58,2 juta kini direvisi menjadi 50,6 juta.",
                   published_on=date(2025, 8, 1))
    assert ("targets", "active_participants", "all", None, 2025, 58.2e6) in got
    assert ("targets", "active_participants", "all", None, 2025, 50.6e6) in got


def test_a_level_of_the_month_before(facts_of):
    got = facts_of("Penurunan paling tajam terjadi pada April 2020, ketika peserta aktif tinggal 31,2 juta dari 32,9 juta "
                   "pada bulan sebelumnya.", with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2020, "2020-04", 31.2e6) in got
    assert ("participants", "active_participants", "all", None, 2020, "2020-03", 32.9e6) in got


def test_a_whole_set_beside_a_programmes_count_is_no_level_before_it(facts_of):
    got = facts_of("\"Sampai akhir tahun ini kami berharap peserta jaminan pensiun bisa 3 juta orang,\" ujarnya. Menurut "
                   "Sugeng, jumlah itu masih kecil dibanding total peserta aktif BPJS Ketenagakerjaan secara nasional yang "
                   "mencapai 19,2 juta orang.", published_on=date(2015, 11, 4))
    assert ("targets", "participants", "all", "JP", 2015, 3e6) in got
    assert ("participants", "active_participants", "all", None, 2015, 19.2e6) in got


def test_a_level_right_after_a_comparison_with_the_year_before(facts_of):
    got = facts_of("Pada 2017 dana kelolaan tumbuh 21 persen menjadi Rp 317 triliun dibandingkan tahun sebelumnya Rp 262 "
                   "triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2017, 317e12), ("funds", "managed_funds", "all", None, 2016, 262e12)]


def test_a_level_of_another_subject_after_an_increase(facts_of):
    got = facts_of("Direktur Utama mengatakan, pertumbuhan dana tersebut terutama ditopang penerimaan iuran yang sepanjang "
                   "2014 mencapai Rp 28,6 triliun.")
    assert got == [("funds", "contributions", "all", None, 2014, 28.6e12)]
    assert facts_of("Sepanjang 2014 kenaikan iuran yang diterima mencapai Rp 5 triliun.") == []


def test_a_baseline_opening_a_sentence_is_of_the_quantity_the_increase_after_it_names(facts_of):
    got = facts_of("Peserta PMI tercatat 420 ribu pada Juni 2024. Dibandingkan akhir tahun lalu yang sebanyak 41,49 juta, "
                   "terdapat kenaikan 2,63 juta peserta aktif.", published_on=date(2024, 7, 1))
    assert ("participants", "active_participants", "all", None, 2023, 41.49e6) in got


def test_a_level_after_a_comparison_with_a_dated_period_in_the_increase_before(facts_of):
    got = facts_of("BPJS Ketenagakerjaan mencatat jumlah peserta aktif per Juni 2022 sebanyak 34,9 juta pekerja, bertambah "
                   "4,2 juta dibandingkan akhir Desember 2021 yang sebanyak 30,7 juta.", with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2021, "2021-12", 30.7e6) in got


def test_a_baseline_naming_its_own_quantity_takes_no_segment_from_another_sentence(facts_of):
    body = ("Per April 2024 peserta aktif 41,9 juta, dengan jasa konstruksi 5,5 juta. Jumlah peserta aktif tersebut turun "
            "dibandingkan Maret 2024 yang mencapai 42,5 juta.")
    assert ("participants", "active_participants", "all", None, 2024, 42.5e6) in facts_of(body)


def test_an_english_change_in_percent_from_the_level_before(facts_of):
    got = facts_of("Funds under management reached Rp 186.4 trillion at the end of 2014, up 15.6 percent from the "
                   "Rp 161.2 trillion managed at the end of 2013.", published_on=date(2015, 2, 1))
    assert got == [("funds", "managed_funds", "all", None, 2014, 186.4e12),
                   ("funds", "managed_funds", "all", None, 2013, 161.2e12)]


def test_a_comparison_word_ends_the_figures_noun_phrase(facts_of):
    got = facts_of("Iuran yang dihimpun pada semester I 2019 naik 11,2% menjadi Rp 35,6 triliun dibandingkan periode yang "
                   "sama tahun lalu sebesar Rp 32,0 triliun.", published_on=date(2019, 8, 1))
    assert ("funds", "contributions", "all", None, 2018, 32e12) in got


def test_what_remains_after_a_fall_from_a_position(facts_of):
    got = facts_of("Dari posisi 34,2 juta pada Desember 2019, peserta aktif tinggal 29,8 juta pada akhir Juli 2020.",
                   published_on=date(2020, 8, 20))
    assert got == [("participants", "active_participants", "all", None, 2019, 34.2e6),
                   ("participants", "active_participants", "all", None, 2020, 29.8e6)]


def test_an_increase_that_introduces_a_series_of_levels_with_a_colon(facts_of):
    got = facts_of("Dalam tiga tahun terakhir, dana kelolaan terus tumbuh: Rp 111,9 triliun pada 2011, Rp 132,7 triliun pada "
                   "2012, dan Rp 165,9 triliun pada akhir 2013.", published_on=date(2014, 3, 1))
    assert [(f[4], f[5]) for f in got] == [(2011, 111.9e12), (2012, 132.7e12), (2013, 165.9e12)]


def test_a_baseline_compared_with_the_whole_of_its_size_not_the_last_part(facts_of):
    body = ("Hingga Juni 2022 jumlah peserta aktif mencapai 34,9 juta orang. Rinciannya, penerima upah 21,6 juta, bukan "
            "penerima upah 5,8 juta, dan pekerja migran sekitar 300 ribu. Angka nasional tersebut naik dari 30,7 juta pada "
            "Desember 2021.")
    assert ("participants", "active_participants", "all", None, 2021, 30.7e6) in facts_of(body, published_on=date(2022, 7, 1))


def test_a_baseline_compared_with_the_fact_of_its_size_not_a_population(facts_of):
    body = ("Hingga September 2025, peserta BPU yang aktif baru 10,43 juta orang, padahal jumlah pekerja informal menurut "
            "BPS mencapai 86,6 juta. Angka itu naik dari 9,92 juta pada akhir 2024.")
    assert ("participants", "active_participants", "informal", None, 2024, 9.92e6) in facts_of(body, published_on=date(2025, 10, 1))


def test_a_target_proposed_down_from_one_figure_to_another_is_two_targets(facts_of):
    got = facts_of("Target dalam RKAT 2025 diusulkan turun dari 49,5 juta menjadi 46,4 juta peserta aktif.",
                   published_on=date(2025, 6, 1))
    assert got == [("targets", "active_participants", "all", None, 2025, 49.5e6),
                   ("targets", "active_participants", "all", None, 2025, 46.4e6)]


def test_a_level_stated_now_after_a_change_is_its_new_level(facts_of):
    got = facts_of("Perusahaan aktif kita masih bertambah, sekarang 690 ribu,\" kata dia, Senin (25/1/2021).",
                   published_on=date(2021, 1, 25))
    assert got == [("participants", "active_employers", "all", None, 2021, 690e3)]


def test_a_pointer_at_a_fund_compares_the_actual_not_the_target_beside_it(facts_of):
    body = ("Dana kelolaan per September 2025 mencapai Rp 858,4 triliun, sedangkan target Rp 1.000 triliun pada 2026 "
            "tetap dipertahankan. Dana itu tumbuh 9,8 persen dibandingkan Rp 781,7 triliun pada periode yang sama "
            "tahun lalu.")
    assert ("funds", "managed_funds", "all", None, 2024, 781.7e12) in facts_of(body, published_on=date(2025, 10, 28))


def test_the_registered_whole_of_an_active_count_is_no_level_before_it(facts_of):
    got = facts_of("Jumlah pekerja yang aktif menjadi peserta per Desember 2018 mencapai 30,46 juta orang, dari 50,2 juta "
                   "pekerja yang terdaftar.", published_on=date(2019, 2, 1))
    assert ("participants", "registered_participants", "all", None, 2018, 50.2e6) in got


def test_a_company_noun_before_a_count_of_its_own_does_not_make_it_companies(facts_of):
    got = facts_of("Gelombang PHK dan perusahaan yang menunggak iuran membuat jumlah peserta aktif turun dari 33,9 juta "
                   "pada Januari 2020 menjadi 30,2 juta pada Mei 2020.")
    assert {g[1] for g in got} == {"active_participants"}


def test_a_targets_baseline_dated_by_its_own_words_is_what_was_realised(facts_of):
    got = facts_of("Jumlah peserta aktif ditargetkan 27,1 juta, dari posisi akhir 2016 sebanyak 22,4 juta peserta aktif "
                   "dari total 44,0 juta pekerja terdaftar.", published_on=date(2017, 2, 1))
    assert ("participants", "active_participants", "all", None, 2016, 22.4e6) in got
    # (the registered whole of that actual is an actual too)
    assert [g[0] for g in got if g[1] == "registered_participants"] == ["participants"]


def test_a_comparison_with_no_figure_near_its_size_takes_no_programme(facts_of):
    body = ("Sepanjang 2018 klaim yang dibayarkan mencapai Rp 26,6 triliun. Santunan kecelakaan kerja mencapai Rp 1,2 "
            "triliun. Manfaat pensiun masih kecil, Rp 140 miliar, karena program tersebut baru berjalan. Jumlah klaim "
            "tersebut naik 22 persen dibandingkan 2017 yang sebesar Rp 21,8 triliun.")
    assert ("funds", "benefits_paid", "all", None, 2017, 21.8e12) in facts_of(body, published_on=date(2019, 1, 20))


def test_the_year_a_change_is_compared_with_does_not_date_the_change_or_what_follows(facts_of):
    body = ("Hingga April 2025, jumlah peserta aktif mencapai 42,3 juta pekerja. Angka ini bertambah 2,1 juta dibanding "
            "akhir 2024.\n\nPeserta bukan penerima upah (BPU) aktif tercatat 9,4 juta.")
    got = facts_of(body, published_on=date(2025, 5, 14))
    assert ("participants", "active_participants", "informal", None, 2025, 9.4e6) in got


def test_terdiri_dari_before_a_figure_opens_a_breakdown_not_a_change(facts_of):
    body = ("Realisasi sampai akhir Juni sebanyak 28,6 juta peserta aktif, terdiri dari 20,4 juta penerima upah, "
            "2,3 juta bukan penerima upah dan 5,9 juta pekerja jasa konstruksi.")
    got = facts_of(body, published_on=date(2018, 8, 7))
    assert ("participants", "active_participants", "formal", None, 2018, 20.4e6) in got
    assert ("participants", "active_participants", "construction", None, 2018, 5.9e6) in got


def test_sebagai_tambahan_opens_an_aside_not_an_increase(facts_of):
    body = "Sebagai tambahan, BPJS Ketenagakerjaan mencatat per Juli 29,4 juta peserta aktif."
    got = facts_of(body, published_on=date(2020, 8, 20))
    assert got == [("participants", "active_participants", "all", None, 2020, 29.4e6)]


def test_a_clause_opening_with_a_verb_of_reaching_after_an_increase_is_the_level_reached(facts_of):
    body = "Jumlah pemberi kerja yang aktif pada 2018 juga naik, mencapai 587.000 perusahaan."
    got = facts_of(body, published_on=date(2019, 1, 20))
    assert got == [("participants", "active_employers", "all", None, 2018, 587e3)]


def test_an_english_amount_higher_than_another_is_compared_with_it_and_sets_no_running_year(facts_of):
    body = ("The agency disbursed Rp 17.3 trillion in old-age savings claims from January to July 2020. The amount was 27 "
            "percent higher than the Rp 13.6 trillion paid in the same period last year. Total benefit payments reached "
            "Rp 19.4 trillion in the period.")
    got = facts_of(body, published_on=date(2020, 8, 12))
    assert ("funds", "benefits_paid", "all", None, 2020, 19.4e12) in got


def test_grew_by_x_to_y_x_is_the_increase(facts_of):
    got = facts_of("Pada 2022 jumlah pemberi kerja aktif bertambah 51 ribu menjadi 711 ribu.", published_on=date(2023, 1, 5))
    assert got == [("participants", "active_employers", "all", None, 2022, 711e3)]


def test_a_level_reached_after_a_rise_closed_by_a_coordinator_is_the_new_level(facts_of):
    got = facts_of("Total peserta aktif juga naik, dan per akhir tahun lalu mencapai 41,6 juta orang.",
                   published_on=date(2024, 2, 2))
    assert got == [("participants", "active_participants", "all", None, 2023, 41.6e6)]


def test_a_start_from_around_a_figure_now_is_what_there_is(facts_of):
    got = facts_of("The agency aims to reach 70 million active participants by 2026, from around 31.2 million currently.",
                   published_on=date(2021, 11, 1))
    assert ("participants", "active_participants", "all", None, 2021, 31.2e6) in got
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in got


def test_compares_with_names_a_baseline(facts_of):
    body = ("BP Jamsostek said its funds under management rose to Rp 810 trillion as of April 2025, on course for its "
            "goal of Rp 1,000 trillion by 2026. The figure compares with Rp 760 trillion at the end of 2024.")
    got = facts_of(body, published_on=date(2025, 5, 20))
    assert ("funds", "managed_funds", "all", None, 2024, 760e12) in got
    assert ("targets", "managed_funds", "all", None, 2026, 1000e12) in got and len(got) == 3


def test_a_change_of_a_figure_pointed_back_at_over_a_rejected_region_is_of_the_fact_before(facts_of):
    body = ("Jumlah pekerja migran yang menjadi peserta hingga Juni 2019 sebanyak 350.000 orang. Sekitar 40 ribu di "
            "antaranya berasal dari Jawa Timur. Jumlah itu naik dari 280 ribu pada akhir 2018.")
    got = facts_of(body, published_on=date(2019, 7, 7))
    assert ("participants", "participants", "migrant", None, 2018, 280e3) in got


def test_a_baseline_reaches_over_a_sentence_with_no_figure_for_what_it_counts(facts_of):
    body = ("Payouts from the old-age savings programme (JHT) reached Rp 12.4 trillion by the end of March 2021. Most "
            "of the withdrawals came from laid-off workers. That was up from Rp 9.1 trillion in the same period of 2020.")
    got = facts_of(body, published_on=date(2021, 4, 10))
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 9.1e12) in got


def test_the_size_of_an_increase_set_off_bare_is_the_increase(facts_of):
    body = ("Dana kelolaan per Juni 2024 mencapai Rp752 triliun. Kenaikan terbesar terjadi pada Maret, yakni Rp 18,4 "
            "triliun, seiring masuknya iuran.")
    assert [f[-1] for f in facts_of(body, published_on=date(2024, 7, 10))] == [752e12]
    # (after a verb it is the level reached)
    body = "Sejak Agustus, jumlah peserta yang aktif kembali merangkak naik, yakni 29,3 juta pada September 2020."
    assert facts_of(body, published_on=date(2020, 11, 2)) == [
        ("participants", "active_participants", "all", None, 2020, 29.3e6)]


def test_a_total_after_the_increases_clause_is_a_level(facts_of):
    body = "\"Tahun ini kami memperkirakan klaim naik lagi, totalnya sekitar Rp22 triliun,\" katanya."
    assert facts_of(body, published_on=date(2017, 2, 10)) == [("targets", "benefits_paid", "all", None, 2017, 22e12)]
