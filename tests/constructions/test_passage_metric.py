"""constructions/passage_metric.py: plain counts in a passage about active participants."""
from datetime import date


def test_a_series_after_an_active_count_stays_active(facts_of):
    body = ("Jumlah kepesertaan aktif BPJS Ketenagakerjaan pada 2018 mencapai 30 juta. "
            "Pada 2020 turun menjadi 28 juta peserta. Lalu, pada Maret 2021 turun dari 28 juta ke 27 juta.")
    got = facts_of(body, with_as_of=True)
    assert ("participants", "active_participants", "all", None, 2020, None, 28e6) in got
    assert ("participants", "active_participants", "all", None, 2021, "2021-03", 27e6) in got
    assert all(f[1] == "active_participants" for f in got)


def test_parts_named_by_segment_after_an_active_total_are_active(facts_of):
    body = ("Jumlah peserta aktif mencapai 40 juta pada 2024. Peserta penerima upah sebanyak 26 juta, "
            "dan peserta jasa konstruksi sebanyak 5 juta.")
    got = facts_of(body)
    assert ("participants", "active_participants", "formal", None, 2024, 26e6) in got
    assert ("participants", "active_participants", "construction", None, 2024, 5e6) in got


def test_a_count_much_larger_than_the_active_one_is_not_it(facts_of):
    body = "Peserta aktif sebanyak 30 juta pada 2023. Sementara total peserta mencapai 55 juta."
    got = facts_of(body)
    assert ("participants", "participants", "all", None, 2023, 55e6) in got


def test_workers_covered_by_a_target_do_not_take_the_passage_metric(facts_of):
    body = ("Peserta aktif tercatat 41 juta pada 2023. Tahun ini BP Jamsostek menargetkan dana kelolaan "
            "Rp 780 triliun yang mencakup 45 juta pekerja.")
    got = facts_of(body)
    assert ("targets", "participants", "all", None, 2024, 45e6) in got


def test_the_passage_ends_after_a_few_sentences(facts_of):
    body = ("Peserta aktif tercatat 41 juta pada 2023. Kalimat lain. Kalimat lain lagi. Berita lain. "
            "Topik lain sama sekali. Jumlah peserta 42 juta pada 2024.")
    assert ("participants", "participants", "all", None, 2024, 42e6) in facts_of(body)


def test_a_sentence_pointing_back_at_an_active_count_counts_the_same(facts_of):
    body = "Kepesertaan aktif mencapai 35,7 juta jiwa per September 2022. Jumlah ini ditargetkan menjadi 70 juta pekerja pada 2026."
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in facts_of(body)


def test_a_segments_change_in_a_passage_about_active_counts(facts_of):
    body = ("Kepesertaan aktif mencapai 35,7 juta jiwa per September 2022. Kepesertaan aktif segmen penerima upah "
            "juga naik. Pekerja migran Indonesia (PMI) mengalami peningkatan dari 99.800 pada 2017 menjadi 262.999.")
    got = facts_of(body)
    assert ("participants", "active_participants", "migrant", None, 2017, 99_800) in got
    assert ("participants", "active_participants", "migrant", None, 2022, 262_999) in got


def test_a_segments_count_of_another_year_is_not_a_part(facts_of):
    body = ("Hingga Februari 2023, jumlah peserta aktif sebanyak 35,3 juta. Kalimat lain. Kalimat lain lagi. "
            "Pekerja informal totalnya ada 6,1 jutaan per Februari 2022.")
    assert ("participants", "participants", "informal", None, 2022, 6.1e6) in facts_of(body)


def test_a_qualifier_right_after_the_figure_names_its_metric(facts_of):
    got = facts_of("Pada 2023, 60 juta pekerja terdaftar sebagai peserta BPJS Ketenagakerjaan dan 38 juta yang aktif.")
    assert ("participants", "registered_participants", "all", None, 2023, 60e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 38e6) in got
    got = facts_of("Peserta terdaftar BPJS Ketenagakerjaan pada 2023 sebanyak 60 juta, 38 juta di antaranya masih aktif.")
    assert ("participants", "active_participants", "all", None, 2023, 38e6) in got


def test_members_paying_contributions_are_no_claimants(facts_of):
    got = facts_of("Pada 2023 peserta terdaftar BPJS Ketenagakerjaan 60 juta orang, 38 juta di antaranya aktif "
                   "membayar iuran.")
    assert ("participants", "active_participants", "all", None, 2023, 38e6) in got
    assert facts_of("Pada 2023 BPJS Ketenagakerjaan membayar 1,2 juta klaim JHT.") == []


def test_a_sentence_with_no_figure_names_what_the_next_counts(facts_of):
    body = ("Sepanjang 2023 jumlah peserta aktif BPJS Ketenagakerjaan terus bertambah. Pada Maret tercatat 36 juta "
            "orang, lalu naik menjadi 37 juta pada Juni.")
    got = facts_of(body)
    assert ("participants", "active_participants", "all", None, 2023, 36e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 37e6) in got


def test_a_count_with_a_subject_of_its_own_is_not_the_one_named_before(facts_of):
    assert facts_of("Peserta aktif BPJS Ketenagakerjaan menurun pada 2023. Kini ada 7 juta orang yang menganggur.") == []
    assert facts_of("Peserta aktif BPJS Ketenagakerjaan menurun pada 2023. Data BPS: jumlah pekerja ada 140 juta "
                    "orang.") == []


def test_people_covered_named_after_the_figure(facts_of):
    got = facts_of("Dari 100 juta pekerja di Indonesia pada 2023, baru 40 juta yang terlindungi BPJS Ketenagakerjaan.")
    assert got == [("participants", "participants", "all", None, 2023, 40e6)]


def test_a_total_restating_the_active_count_before_it_stays_active(facts_of):
    body = ("Pada 2023 tenaga kerja terdaftar 61 juta, serta tenaga kerja aktif 41,5 juta. Adapun 41,5 juta orang "
            "tersebut terdiri dari 7,3 juta peserta Jakon, BPU 9,2 juta, serta PU 25 juta.")
    got = facts_of(body)
    assert ("participants", "active_participants", "all", None, 2023, 41.5e6) in got
    assert not [f for f in got if f[1] == "registered_participants" and f[5] == 41.5e6]


def test_members_then_those_still_active_after_a_comma(facts_of):
    got = facts_of("Dalam dua tahun peserta program itu pada 2023 mencapai 15 juta jiwa, yang aktif membayar iuran "
                   "mencapai 10 juta jiwa.")
    assert ("participants", "registered_participants", "all", None, 2023, 15e6) in got
    assert ("participants", "active_participants", "all", None, 2023, 10e6) in got


def test_active_coverage_and_a_population_after_a_registered_count(facts_of):
    assert facts_of("BPJS Ketenagakerjaan menargetkan pada 2024 cakupan kepesertaan aktif mencapai 45 juta "
                    "pekerja.") == [("targets", "active_participants", "all", None, 2024, 45e6)]
    assert facts_of("Pekerja formal yang terdaftar di BPJS Ketenagakerjaan mencapai 20 juta dari total 55 juta "
                    "pekerja formal di Indonesia pada 2023.") == [
        ("participants", "registered_participants", "formal", None, 2023, 20e6)]


def test_active_employers_among_the_registered_ones(facts_of):
    got = facts_of("Perusahaan yang terdaftar sebagai peserta pada 2023 sebanyak 1,2 juta, dengan 780.000 di antaranya "
                   "masih aktif membayar iuran.")
    assert ("participants", "employers", "all", None, 2023, 1.2e6) in got
    assert ("participants", "active_employers", "all", None, 2023, 780e3) in got


def test_one_persons_withdrawal_is_no_count(facts_of):
    assert facts_of("Seorang peserta, Rudi (34), mengaku mencairkan JHT sebesar Rp18,5 juta pada 2023.") == []


def test_the_same_figure_stated_again_and_a_figure_after_a_list_of_segments(facts_of):
    body = ("Per akhir Oktober 2023, peserta aktif kami 38 juta. Peserta terdaftar 58 juta. Dari 38 juta itu, "
            "bagaimana komposisinya? Yang penerima upah 26 juta, jasa konstruksi 8 juta, bukan penerima upah 4 juta. "
            "Untuk akhir tahun ini prognosanya 39 juta.")
    got = facts_of(body, published_on=date(2023, 11, 20))
    assert ("participants", "active_participants", "formal", None, 2023, 26e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 4e6) in got
    assert ("targets", "active_participants", "all", None, 2023, 39e6) in got


def test_a_question_before_active_employers(facts_of):
    got = facts_of("Bagaimana dengan kepesertaan perusahaan?\nPemberi kerja yang aktif sekarang 700.000 badan usaha.",
                   published_on=date(2023, 11, 20))
    assert got == [("participants", "active_employers", "all", None, 2023, 700e3)]


def test_an_amount_takes_the_fund_the_figureless_sentence_before_names(facts_of):
    body = ("BPJS Ketenagakerjaan merevisi target hasil investasi tahun ini. Target direvisi dari Rp 35 triliun "
            "menjadi Rp 31 triliun, seiring tekanan pasar saham dan lonjakan klaim JHT.")
    assert facts_of(body) == [("targets", "investment_returns", "all", None, 2024, 35e12),
                              ("targets", "investment_returns", "all", None, 2024, 31e12)]


def test_a_pointer_after_a_figureless_sentence_takes_what_that_sentence_names(facts_of):
    body = ("Pembayaran klaim kepada peserta mencapai Rp 22,8 triliun untuk 2,5 juta kasus. Untuk 2019, BPJS "
            "Ketenagakerjaan membidik dana kelolaan lebih tinggi. Target itu bahkan sudah direvisi dari Rp 400 triliun "
            "menjadi Rp 410 triliun.")
    got = facts_of(body, published_on=date(2019, 2, 1))
    assert ("targets", "managed_funds", "all", None, 2019, 400e12) in got
    assert ("targets", "managed_funds", "all", None, 2019, 410e12) in got


def test_a_count_named_by_joining_stays_participants_in_an_active_passage(facts_of):
    body = ("Hingga Oktober 2014, BPJS Ketenagakerjaan mencatat 16,83 juta peserta aktif, sementara pekerja sektor "
            "informal yang ikut baru sekitar 1,08 juta orang.")
    assert ("participants", "participants", "informal", None, 2014, 1_080_000) in facts_of(body)


def test_the_fund_pointed_at_is_the_one_named_with_its_noun(facts_of):
    got = facts_of("Dana yang dikelola BPJS Ketenagakerjaan terus membengkak seiring bertambahnya peserta dan iuran. "
                   "Hingga Agustus 2018, dana tersebut tercatat Rp 350,2 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2018, 350.2e12)]


def test_the_fund_pointed_at_after_other_amounts_is_the_fund_under_management(facts_of):
    got = facts_of("Pada 2020, hasil investasi yang diperoleh sebesar Rp 32,3 triliun. Sebanyak 64 persen ditempatkan di "
                   "surat utang. Manajemen memperkirakan dana tersebut menembus Rp 550 triliun pada akhir 2021.",
                   published_on=date(2021, 3, 1))
    assert ("targets", "managed_funds", "all", None, 2021, 550e12) in got


def test_a_fund_pointed_at_in_an_interviewers_question(facts_of):
    got = facts_of("Dana kelolaan per Desember 2022 Rp 635 triliun, hasil investasi Rp 45 triliun.\n"
                   "Dari total dana itu, berapa yang milik program jaminan hari tua?\nJHT sekitar Rp438 triliun, jaminan "
                   "pensiun Rp139 triliun.", published_on=date(2023, 2, 1))
    assert ("funds", "managed_funds", "all", "JHT", 2022, 438e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2022, 139e12) in got


def test_the_passages_count_is_the_level_not_the_one_it_rose_from(facts_of):
    got = facts_of("BPJS Ketenagakerjaan melaporkan jumlah peserta aktif sepanjang 2024 mencapai 45,2 juta pekerja, naik dari "
                   "41,6 juta pada tahun sebelumnya. Dari total tersebut, peserta penerima upah berjumlah 27,5 juta, bukan "
                   "penerima upah 9,9 juta.", published_on=date(2025, 2, 1))
    assert ("participants", "active_participants", "formal", None, 2024, 27.5e6) in got
    assert ("participants", "active_participants", "informal", None, 2024, 9.9e6) in got


def test_an_amount_with_no_words_takes_the_fund_of_its_own_size_before_it(facts_of):
    body = ("Dana yang dikelola hingga akhir Juni 2016 tercatat Rp 234,2 triliun, sementara hasil investasi sepanjang "
            "semester I mencapai Rp 10,4 triliun. \"Sampai Desember kami yakin bisa tembus Rp 250 triliun,\" ujarnya.")
    got = facts_of(body, published_on=date(2016, 7, 20))
    assert ("targets", "managed_funds", "all", None, 2016, 250e12) in got
    # (an amount of the size of the one right before it takes that one's)
    body = ("Dana yang dikelola hingga akhir Juni 2016 tercatat Rp 234,2 triliun, sementara hasil investasi sepanjang "
            "semester I mencapai Rp 10,4 triliun. Sampai Desember kami yakin bisa tembus Rp 20 triliun.")
    assert ("targets", "investment_returns", "all", None, 2016, 20e12) in facts_of(body, published_on=date(2016, 7, 20))


def test_a_fund_pointed_at_after_a_set_off_clause_is_the_figures_subject(facts_of):
    body = ("Dana kelolaan program JP pada 2020 mencapai Rp 100 triliun. Untuk program JP, yang iurannya baru 3% dari upah, "
            "dana tersebut diproyeksikan mencapai Rp 150 triliun pada 2023.")
    assert ("targets", "managed_funds", "all", "JP", 2023, 150e12) in facts_of(body, published_on=date(2021, 3, 1))
    # (but the flow of the fund pointed at is the flow's)
    body = "Dana kelolaan pada 2013 Rp 180 triliun. Hasil investasi dari dana itu sepanjang 2013 sebesar Rp 14,6 triliun."
    assert ("funds", "investment_returns", "all", None, 2013, 14.6e12) in facts_of(body, published_on=date(2014, 3, 1))


def test_a_bare_target_after_a_sub_groups_small_count_counts_the_passages_count(facts_of):
    body = ("Peserta aktif hingga Agustus 2025 sebanyak 43,2 juta orang. Pengemudi ojek online yang terdaftar sebagai "
            "peserta juga bertambah, kini 1,1 juta orang. Target akhir tahun ini sebelumnya dipatok 52,6 juta.")
    got = facts_of(body, published_on=date(2025, 9, 1))
    assert ("targets", "active_participants", "all", None, 2025, 52.6e6) in got


def test_a_count_of_companies_after_a_sentence_naming_active_employers_counts_them(facts_of):
    body = ("Hingga Juni 2019 peserta aktif tercatat 32,1 juta orang. Lukas menambahkan, jumlah pemberi kerja aktif juga "
            "tumbuh. Tahun lalu tercatat 560 ribu perusahaan, sedangkan saat ini sudah 612 ribu perusahaan.")
    got = facts_of(body, published_on=date(2019, 7, 1))
    assert ("participants", "active_employers", "all", None, 2018, 560e3) in got
    assert ("participants", "active_employers", "all", None, 2019, 612e3) in got


def test_a_worker_noun_that_is_only_the_unit_leaves_the_measure_to_the_sentence_before(facts_of):
    body = ("\"Tapi jumlah peserta aktif secara nasional juga terus naik. Per Agustus kemarin sudah 21,1 juta pekerja, "
            "dan pada akhir tahun ini kami targetkan mencapai 22 juta,\" katanya.")
    got = facts_of(body, published_on=date(2016, 9, 20))
    assert ("participants", "active_participants", "all", None, 2016, 21.1e6) in got
    assert ("targets", "active_participants", "all", None, 2016, 22e6) in got


def test_a_segments_workers_counted_by_their_cover_are_participants(facts_of):
    body = ("Peserta aktif BPJS Ketenagakerjaan per April 2019 mencapai 32,4 juta pekerja. Adapun pekerja migran "
            "Indonesia yang terlindungi mencapai 380 ribu orang.")
    got = facts_of(body, published_on=date(2019, 5, 2))
    assert ("participants", "participants", "migrant", None, 2019, 380e3) in got


def test_a_segments_covered_workers_beside_an_active_part_in_its_sentence_are_active(facts_of):
    body = ("Peserta aktif pada 2013 mencapai 12 juta. Menurut dia, peserta aktif tersebut sebagian besar penerima upah. "
            "Peserta sektor informal yang aktif baru sekitar 410 ribu orang, sementara pekerja proyek jasa konstruksi "
            "yang terlindungi sekitar 2,6 juta orang.")
    got = facts_of(body, published_on=date(2014, 1, 20))
    assert ("participants", "active_participants", "construction", None, 2013, 2.6e6) in got


def test_a_segments_target_is_no_part_of_the_passages_actual_active_count(facts_of):
    body = ("Secara nasional, peserta aktif BPJS Ketenagakerjaan per Juni 2023 mencapai 37,2 juta pekerja. \"Tahun ini target "
            "nasional untuk BPU 10,5 juta peserta,\" ujarnya.")
    got = facts_of(body, published_on=date(2023, 7, 12))
    assert ("targets", "participants", "informal", None, 2023, 10.5e6) in got


def test_a_forecast_with_a_reason_after_it_takes_the_measure_of_the_sentence_before(facts_of):
    body = ("Tahun lalu, total manfaat yang dibayarkan untuk seluruh program mencapai Rp 47,3 triliun. \"Tahun ini kami "
            "perkirakan bisa di atas Rp 50 triliun karena klaim JHT masih tinggi,\" katanya.")
    got = facts_of(body, published_on=date(2023, 5, 2))
    assert ("targets", "benefits_paid", "all", None, 2023, 50e12) in got


def test_a_speakers_title_after_the_figure_is_not_its_measure(facts_of):
    body = ("The agency had 37.2 million active members at the end of 2022. It aims to reach 45 million this year, "
            "membership director Budi Santoso told reporters.")
    got = facts_of(body, published_on=date(2023, 1, 25))
    assert ("targets", "active_participants", "all", None, 2023, 45e6) in got


def test_a_monthly_list_in_a_passage_about_active_members_is_active(facts_of):
    body = ("Jumlah peserta aktif terus bertambah sepanjang semester I 2023. Jumlah peserta yang aktif mencapai 38,5 juta "
            "orang per Juni 2023, meningkat 7,1% dibanding Juni 2022 yang sebanyak 35,9 juta.\n\nJumlah peserta sempat turun "
            "tipis pada Februari, sebelum kembali naik. Berikut perkembangannya per akhir bulan:\n"
            "Januari: 36,1 juta\nFebruari: 35,9 juta")
    got = facts_of(body, published_on=date(2023, 7, 10))
    assert ("participants", "active_participants", "all", None, 2023, 36.1e6) in got


def test_a_relative_clause_right_after_an_amount_says_what_it_is(facts_of):
    got = facts_of("Sampai Juni 2019 sudah Rp13,4 triliun yang dicairkan untuk jaminan hari tua.", published_on=date(2019, 7, 1))
    assert got == [("funds", "benefits_paid", "all", "JHT", 2019, 13.4e12)]
    got = facts_of("Pada 2016 perusahaan dan pekerja menyetor Rp 49,5 triliun.", published_on=date(2017, 1, 20))
    assert got == [("funds", "contributions", "all", None, 2016, 49.5e12)]


def test_one_sentence_naming_one_years_target_active_and_anothers_not_counts_the_other_as_participants(facts_of):
    body = ("Tahun depan, direksi memasang target 48 juta peserta aktif, sejalan dengan peta jalan menuju 70 juta peserta "
            "pada 2026.")
    got = facts_of(body, published_on=date(2024, 9, 2))
    assert ("targets", "active_participants", "all", None, 2025, 48e6) in got
    assert ("targets", "participants", "all", None, 2026, 70e6) in got


def test_a_count_pointing_back_at_a_figureless_sentence_takes_the_measure_it_names_besides_the_plain_word(facts_of):
    body = ("Jumlah pekerja bukan penerima upah (BPU) yang aktif sebagai peserta BPJS Ketenagakerjaan terus naik. Pada Juni "
            "2022 jumlahnya mencapai 3,6 juta orang.")
    assert facts_of(body, published_on=date(2022, 7, 20)) == [
        ("participants", "active_participants", "informal", None, 2022, 3.6e6)]


def test_a_programmes_amount_twice_the_figure_before_it_is_a_part_of_the_passages_fund(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan pada akhir 2023 mencapai Rp 720 triliun. Hasil investasinya Rp 51 "
            "triliun. Kalau dirinci per program, JHT paling besar, Rp 470 triliun.")
    got = facts_of(body, published_on=date(2024, 2, 2))
    assert ("funds", "managed_funds", "all", "JHT", 2023, 470e12) in got


def test_a_figure_after_an_allocation_refers_to_the_fund_not_the_allocation(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan per September tercatat Rp 480 triliun. Dana itu sebagian besar ditempatkan "
            "di surat utang negara, yakni Rp 320 triliun. \"Kami berharap akhir tahun ini bisa Rp 490 triliun,\" katanya.")
    got = facts_of(body, published_on=date(2020, 10, 10))
    assert ("targets", "managed_funds", "all", None, 2020, 490e12) in got


def test_the_head_noun_before_a_named_fund_and_its_qualifier(facts_of):
    got = facts_of("Total aset Dana Jaminan Sosial (DJS) yang dikelola BPJS Ketenagakerjaan naik menjadi Rp410,2 triliun "
                   "pada akhir 2019.", published_on=date(2020, 2, 2))
    assert got == [("funds", "assets", "all", None, 2019, 410.2e12)]


def test_words_naming_a_rate_give_no_metric_to_an_amount_after_them(facts_of):
    body = ("Bagaimana dengan dana kelolaan? Posisi Maret sekitar Rp720 triliun. Pertumbuhannya sehat, imbal hasilnya "
            "di atas 7 persen. Jadi target Rp1.000 triliun pada 2026 realistis?")
    got = facts_of(body, published_on=date(2024, 4, 20))
    assert ("targets", "managed_funds", "all", None, 2026, 1000e12) in got


def test_money_a_pointer_names_spent_for_a_programme_is_the_money_of_the_sentence_before(facts_of):
    body = ("Di sisi lain, pembayaran klaim sepanjang 2021 melonjak menjadi Rp42,3 triliun. \"Dana itu sebagian besar "
            "untuk jaminan hari tua, Rp37,1 triliun,\" ujarnya.")
    got = facts_of(body, published_on=date(2022, 2, 2))
    assert ("funds", "benefits_paid", "all", "JHT", 2021, 37.1e12) in got
