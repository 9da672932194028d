"""constructions/segment.py: a count too small to be national takes the one segment its
passage names, else the one its headline names."""
from datetime import date

BODY = "Tercatat pada 2019 jumlah peserta aktif mencapai 539.239 orang, kemudian turun menjadi 389.760 orang pada 2020."


def test_a_small_count_takes_the_segment_its_headline_names(facts_of):
    title = "Jumlah Pekerja Migran yang Jadi Peserta Aktif BPJS Ketenagakerjaan Berkurang"
    assert facts_of(BODY, date(2021, 3, 1), title=title) == [
        ("participants", "active_participants", "migrant", None, 2019, 539239),
        ("participants", "active_participants", "migrant", None, 2020, 389760)]


def test_a_small_count_under_a_headline_of_no_segment_is_no_national_count(facts_of):
    assert facts_of(BODY, date(2021, 3, 1), title="Jumlah Peserta Aktif BPJS Ketenagakerjaan Berkurang") == []


def test_a_segment_after_a_bare_figure_opens_the_next_item(facts_of):
    body = ("Hingga akhir 2022 peserta aktif tercatat 35,8 juta orang. Rinciannya, segmen PU 20,5 juta, "
            "BPU 6,2 juta, Jakon 8,9 juta dan PMI 0,2 juta.")
    got = facts_of(body)
    assert ("participants", "active_participants", "construction", None, 2022, 8.9e6) in got
    assert ("participants", "active_participants", "migrant", None, 2022, 0.2e6) in got


def test_a_second_group_coordinated_to_the_figures_own_is_both(facts_of):
    body = "Pada 2023 peserta aktif mencapai 30 juta pekerja formal dan informal."
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2023, 30e6)]


def test_an_aside_in_brackets_is_not_the_figures_noun_phrase(facts_of):
    body = ("Pada 2020 peserta terdaftar terdiri dari pekerja penerima upah (PPU) 39,65 juta orang (termasuk PMI "
            "459.132 orang) dan bukan penerima upah (BPU) 2,4 juta orang.")
    assert ("participants", "registered_participants", "formal", None, 2020, 39.65e6) in facts_of(body)


def test_a_part_of_the_group_its_sentence_points_back_at(facts_of):
    body = ("Pekerja bukan penerima upah mendominasi angkatan kerja. Data BPS pada Februari 2023 mencatat angkanya "
            "84 juta jiwa. Dari jumlah itu, baru sekitar 9 juta pekerja yang terlindungi BPJS Ketenagakerjaan.")
    assert [f[:4] + f[5:] for f in facts_of(body)] == [("participants", "participants", "informal", None, 9e6)]


def test_a_pointer_at_a_count_takes_the_group_named_with_it_or_before_it(facts_of):
    """"... peserta aktif 38,47 juta. ... ditopang oleh segmen bukan penerima upah. "Dari jumlah itu, peserta yang ikut
    program JHT sebanyak 20,16 juta": the number pointed at counts all segments; a group named after it is no part."""
    body = ("BPJS Ketenagakerjaan mencatat jumlah peserta aktif pada semester I 2023 mencapai 38,47 juta orang. Direktur "
            "mengatakan pertumbuhan itu ditopang oleh segmen bukan penerima upah.\n\n\"Dari jumlah itu, peserta yang ikut "
            "program jaminan hari tua sebanyak 20,16 juta.")
    got = facts_of(body, published_on=date(2023, 8, 9))
    assert [f for f in got if f[-1] == 20_160_000 and f[2] == "informal"] == []


def test_workers_from_companies_counts_the_companies(facts_of):
    got = facts_of("Hingga akhir Agustus 2015, program JP sudah diikuti 1,28 juta pekerja dari 41.300 perusahaan.")
    assert ("participants", "participants", "all", "JP", 2015, 1.28e6) in got
    assert ("participants", "employers", "all", "JP", 2015, 41300) in got


def test_a_count_of_millions_or_of_a_segment_takes_no_company_metric_from_before(facts_of):
    got = facts_of("Sampai April 2015, peserta aktif kami 17,1 juta tenaga kerja, dari sekitar 200 ribu perusahaan aktif. "
                   "Target akhir tahun 20,8 juta. Untuk informal masih kecil, baru sekitar 1,2 juta.",
                   published_on=date(2015, 5, 12))
    assert ("participants", "active_employers", "all", None, 2015, 200000) in got
    assert ("targets", "active_participants", "all", None, 2015, 20.8e6) in got
    assert ("participants", "active_participants", "informal", None, 2015, 1.2e6) in got


def test_workers_of_construction_projects_are_construction_workers(facts_of):
    got = facts_of("Pekerja proyek konstruksi yang terlindungi naik dari 5,2 juta pada 2017 menjadi 6,9 juta di 2018.")
    assert [g[2] for g in got] == ["construction", "construction"]


def test_workers_named_after_a_companys_data_are_workers(facts_of):
    got = facts_of("Berdasarkan data perusahaan, hingga akhir 2013 jumlah tenaga kerja aktif peserta Jamsostek mencapai "
                   "12,6 juta orang.")
    assert got == [("participants", "active_participants", "all", None, 2013, 12.6e6)]


def test_a_total_before_an_appositive_breakdown_is_no_segments(facts_of):
    got = facts_of("Jumlah peserta aktif per Desember 2024 tercatat 45,2 juta pekerja, yakni PU 29,3 juta, BPU 9,9 juta, Jakon "
                   "5,4 juta dan PMI sekitar 600 ribu.")
    assert ("participants", "active_participants", "all", None, 2024, 45.2e6) in got
    assert ("participants", "active_participants", "formal", None, 2024, 29.3e6) in got


def test_a_figure_set_off_after_the_opening_counts_the_group_named_after_it(facts_of):
    body = ("Peserta aktif per Desember 2022 mencapai 35,9 juta. Rinciannya, 20,9 juta penerima upah dan 6,1 juta "
            "bukan penerima upah. Sisanya, sekitar 0,4 juta, pekerja migran Indonesia.")
    assert ("participants", "active_participants", "migrant", None, 2022, 0.4e6) in facts_of(body)


def test_this_segment_points_back_at_the_segment_named_last(facts_of):
    body = ("Tak hanya PMI, segmen jasa konstruksi juga menjadi perhatian. Hingga Oktober 2019, peserta yang aktif di "
            "segmen ini tercatat 6,2 juta pekerja.")
    assert ("participants", "active_participants", "construction", None, 2019, 6.2e6) in facts_of(body)


def test_a_bare_count_of_the_segment_its_sentence_names_counts_its_participants(facts_of):
    got = facts_of("Harus diakui, pada 2016 untuk bukan penerima upah memang masih kecil, baru sekitar 1,3 juta.",
                   published_on=date(2017, 2, 1))
    assert got == [("participants", "participants", "informal", None, 2016, 1.3e6)]


def test_a_segment_named_in_a_clause_of_reason_before_is_not_the_totals(facts_of):
    got = facts_of("Dengan masuknya pekerja konstruksi, total peserta aktif BPJS Ketenagakerjaan per Oktober 2017 mencapai "
                   "25,7 juta orang.", published_on=date(2017, 11, 2))
    assert got == [("participants", "active_participants", "all", None, 2017, 25.7e6)]


def test_a_list_of_segments_before_a_figure_is_all_of_them(facts_of):
    got = facts_of("Kalau semuanya, PU, BPU, jasa konstruksi, per Desember 2022 35,9 juta peserta aktif.",
                   published_on=date(2023, 2, 1))
    assert got == [("participants", "active_participants", "all", None, 2022, 35.9e6)]


def test_a_part_of_the_group_a_sentence_opens_with(facts_of):
    got = facts_of("Dari sekitar 84 juta pekerja informal, baru sekitar 9 juta yang terlindungi per Maret 2025.",
                   published_on=date(2025, 4, 10))
    assert got == [("participants", "participants", "informal", None, 2025, 9e6)]


def test_of_that_number_points_at_the_count_before_not_at_a_group_named_earlier(facts_of):
    body = ("Anggota dewan mempersoalkan lambatnya kepesertaan pekerja bukan penerima upah. Direktur Utama menyebutkan sampai "
            "Mei 2019 pekerja yang terdaftar sebagai peserta mencapai 50,1 juta orang. Dari jumlah itu yang aktif 30,2 juta.")
    got = facts_of(body, published_on=date(2019, 7, 2))
    assert ("participants", "active_participants", "all", None, 2019, 30.2e6) in got


def test_a_rows_label_names_the_group_of_every_item_after_it(facts_of):
    body = "Kepesertaan per Desember 2021\nPenerima Upah (PU): Terdaftar 40,1 juta; Aktif 21,2 juta."
    got = facts_of(body, published_on=date(2022, 2, 1))
    assert ("participants", "registered_participants", "formal", None, 2021, 40.1e6) in got
    assert ("participants", "active_participants", "formal", None, 2021, 21.2e6) in got


def test_the_new_level_of_a_count_pointed_at_is_of_its_group(facts_of):
    body = ("Secara nasional peserta BPU yang aktif saat ini sekitar 7,2 juta orang. BPJS Ketenagakerjaan menargetkan jumlah "
            "tersebut naik menjadi 9,5 juta peserta aktif pada akhir tahun.")
    got = facts_of(body, published_on=date(2023, 6, 5))
    assert ("targets", "active_participants", "informal", None, 2023, 9.5e6) in got


def test_a_group_named_after_the_next_item_of_a_list_is_the_next_items(facts_of):
    body = ("Wage earners made up the bulk, with 27.9 million, while non-wage earners - the agency's term for informal and "
            "self-employed workers - accounted for 8.3 million and construction workers for 3.4 million.")
    got = facts_of(body, published_on=date(2023, 11, 2))
    assert all(f[2] != "construction" or f[-1] == 3.4e6 for f in got)
    body = ("Of the active members, 27.1 million are wage earners, 9.6 million are self-employed and other informal "
            "workers, and 6.2 million are employed on construction projects.")
    got = facts_of("Active members reached 42.9 million in April. " + body, published_on=date(2025, 5, 2))
    assert ("participants", "active_participants", "informal", None, 2025, 9.6e6) in got


def test_a_row_led_by_its_period_has_no_rows_label_for_its_total(facts_of):
    body = ("Peserta aktif per kuartal (juta orang)\nMaret 2021; Penerima Upah: 19,5 juta; Bukan Penerima Upah: 2,7 juta; "
            "Jasa Konstruksi: 6,9 juta; Total Aktif: 29,1 juta.")
    got = facts_of(body, published_on=date(2021, 11, 2))
    assert ("participants", "active_participants", "all", None, 2021, 29.1e6) in got


def test_every_segment_named_beats_the_heading_of_its_lines():
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    page = ("Peserta BPU Naik\nKamis, 11 September 2025\n\nPESERTA BUKAN PENERIMA UPAH (BPU)\n"
            "- Peserta BPU aktif per Agustus 2025: 10,2 juta\n- Total peserta aktif seluruh segmen per Agustus 2025: 46,1 juta\n")
    got = [(f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("active_participants", "informal", 2025, 10.2e6) in got
    assert ("active_participants", "all", 2025, 46.1e6) in got


def test_active_after_a_long_name_of_the_group(facts_of):
    body = ("Jumlah peserta Bukan Penerima Upah (BPU) BPJS Ketenagakerjaan aktif naik dari 9,9 juta pada akhir 2024 menjadi "
            "10,2 juta per Agustus 2025.")
    got = facts_of(body, published_on=date(2025, 9, 11))
    assert ("participants", "active_participants", "informal", None, 2024, 9.9e6) in got
    assert ("participants", "active_participants", "informal", None, 2025, 10.2e6) in got
    # (not across the words of registration: "pekerja yang pernah terdaftar sebagai peserta aktif maupun tidak aktif")
    got = facts_of("Total pekerja yang pernah terdaftar sebagai peserta aktif maupun tidak aktif mencapai sekitar 63 juta "
                   "orang pada Juli 2024.", published_on=date(2024, 8, 1))
    assert got == [("participants", "registered_participants", "all", None, 2024, 63e6)]


def test_a_group_named_in_a_speakers_title_is_no_group_of_what_was_said(facts_of):
    body = ("Deputi Direktur Bidang Kepesertaan Bukan Penerima Upah, Budi Santoso, menyebut secara nasional hingga Juni 2019 "
            "peserta aktif BPJS Ketenagakerjaan mencapai 32,4 juta pekerja.")
    assert facts_of(body, published_on=date(2019, 8, 1)) == [("participants", "active_participants", "all", None, 2019, 32.4e6)]
