"""Constructions of statements, slides and sums: the level a target is to be reached from, "harus ke" as a target, the
day a statement was made, a contrasting clause naming its measure after the figure, employers called registered, an
undated level and the dated one it rose from, a segment beside one said to be active, a breakdown that already adds up,
the participants of some programmes, a programme named in an opening clause of time, numbers spelled in English, the
road ahead, a cue read once for every figure after it, money handed out as subsidies, a heading naming a province in
capitals, and a note of change under an infographic's amount."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.parsing.dates import years_in
from bpjs_pipeline.parsing.numbers import find_figures


def test_the_level_a_target_is_to_be_reached_from_is_the_present(facts_of):
    body = ("Realisasi peserta aktif pada 2022 tercatat 35,61 juta pekerja. "
            '"Kami harus naik dari 35 juta ke 70 juta pada 2026," ujarnya.')
    got = facts_of(body, published_on=date(2023, 2, 7))
    assert ("participants", "active_participants", "all", None, 2022, 35e6) in got
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in got


def test_what_must_be_gone_to_is_a_target(facts_of):
    body = '"Dari 47 juta, kita harus ke 53 juta peserta aktif tahun ini," ujarnya.'
    got = facts_of(body, published_on=date(2026, 1, 12))
    assert ("targets", "active_participants", "all", None, 2026, 53e6) in got
    assert ("participants", "active_participants", "all", None, 2026, 53e6) not in got


def test_the_day_a_statement_was_made_is_no_figures_period(facts_of):
    body = ("The agency's funds under management reached Rp 688.4 trillion at the end of last year, president director "
            "Anggoro Eko Cahyo said on Tuesday, January 9, 2024.")
    assert facts_of(body, published_on=date(2024, 1, 10)) == [("funds", "managed_funds", "all", None, 2023, 688.4e12)]
    body = ("Sepanjang tahun lalu BPJS Ketenagakerjaan mencatat hasil investasi Rp 51,8 triliun. Dana kelolaan mencapai "
            "Rp 688,4 triliun, ujar Anggoro di Jakarta, Selasa, 9 Januari 2024.")
    assert ("funds", "managed_funds", "all", None, 2023, 688.4e12) in facts_of(body, published_on=date(2024, 1, 10))


def test_a_date_written_month_first_is_one_date():
    (mention,) = [y for y in years_in("As of December 31, 2023, it was so.") if y.year]
    assert (mention.year, mention.month, mention.day) == (2023, 12, 31)


def test_a_contrasting_clause_naming_its_measure_after_the_figure_has_a_kind_of_its_own(facts_of):
    body = ("Jumlah perusahaan aktif yang menjadi peserta ditargetkan 405.000, sedangkan hingga akhir 2016 tercatat "
            "363.200 perusahaan aktif.")
    got = facts_of(body, published_on=date(2017, 1, 20))
    assert ("participants", "active_employers", "all", None, 2016, 363_200) in got
    assert ("targets", "active_employers", "all", None, 2016, 363_200) not in got


def test_employers_called_registered_are_no_active_employers(facts_of):
    body = ("Hingga Juni 2025, jumlah pemberi kerja aktif mencapai 742.118, sementara perusahaan yang terdaftar sebagai "
            "peserta sebanyak 1.018.446 badan usaha.")
    got = facts_of(body, published_on=date(2025, 7, 20))
    assert ("participants", "active_employers", "all", None, 2025, 742_118) in got
    assert ("participants", "employers", "all", None, 2025, 1_018_446) in got


def test_an_undated_level_and_the_dated_one_it_rose_from(facts_of):
    body = "Laporan kinerja 2018 memuat sejumlah poin. Peserta aktif: 30,46 juta, dari 26,3 juta pada 2017."
    got = facts_of(body, published_on=date(2019, 2, 13))
    assert ("participants", "active_participants", "all", None, 2018, 30.46e6) in got
    assert ("participants", "active_participants", "all", None, 2017, 26.3e6) in got


def test_a_segment_beside_one_said_to_be_active_is_not(facts_of):
    body = ("Jumlah peserta terdaftar tercatat 71,2 juta pekerja, sementara peserta aktif 42,8 juta. Peserta pekerja "
            "migran Indonesia mencapai 560 ribu orang dan peserta jasa konstruksi aktif 7,1 juta.")
    got = facts_of(body, published_on=date(2025, 10, 20))
    assert ("participants", "participants", "migrant", None, 2025, 560_000) in got
    assert ("participants", "active_participants", "construction", None, 2025, 7.1e6) in got


def test_a_segment_beside_a_breakdown_that_adds_up_is_no_part_of_it(facts_of):
    body = ("Jumlah peserta aktif hingga November 2022 mencapai 35,4 juta pekerja. Dari jumlah itu, peserta penerima upah "
            "sebanyak 21,6 juta, bukan penerima upah 5,8 juta dan jasa konstruksi 8 juta. Adapun peserta pekerja migran "
            "Indonesia sebanyak 348.210 orang.")
    got = facts_of(body, published_on=date(2022, 12, 27))
    assert ("participants", "participants", "migrant", None, 2022, 348_210) in got
    assert ("participants", "active_participants", "informal", None, 2022, 5.8e6) in got


def test_the_participants_of_some_programmes_are_no_part_of_the_active_total(facts_of):
    body = ("Peserta aktif per November 2023 mencapai 40,2 juta orang. Khusus peserta program JKK dan JKM dari kalangan "
            "bukan penerima upah, jumlahnya 9,2 juta orang.")
    got = facts_of(body, published_on=date(2023, 12, 10))
    assert not any(f[1] == "active_participants" and f[2] == "informal" for f in got)


def test_a_programme_named_in_an_opening_clause_of_time_is_not_the_figures(facts_of):
    body = ("Setahun setelah program Jaminan Pensiun diluncurkan, BPJS Ketenagakerjaan mencatat dana kelolaan secara "
            "total mencapai Rp240 triliun per Juni 2016.")
    assert facts_of(body, published_on=date(2016, 7, 21)) == [("funds", "managed_funds", "all", None, 2016, 240e12)]


def test_numbers_spelled_in_english():
    values = [f.value for f in find_figures("nineteen million three hundred thousand members, twenty-five million "
                                            "workers and one hundred twenty thousand employers")]
    assert values == [19.3e6, 25e6, 120e3]


def test_an_english_target_spelled_out(facts_of):
    body = "BPJS Ketenagakerjaan has set a target of three million informal-sector participants in 2017."
    assert facts_of(body, published_on=date(2017, 1, 5)) == [("targets", "participants", "informal", None, 2017, 3e6)]


def test_the_road_ahead_is_a_target(facts_of):
    body = ("As of 31 December 2022, BPJAMSOSTEK protected 35,612,874 active participants. "
            "Our road ahead: 70 million active workers by 2026.")
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in facts_of(body, published_on=None)


def test_a_cue_before_a_list_counts_every_figure_from_the_same_year(facts_of):
    body = ("State-owned insurer PT Jamsostek formally became BPJS Ketenagakerjaan on Jan. 1, ending the year before with "
            "Rp 165.9 trillion in managed funds, 12.3 million active members and 29.4 million registered participants.")
    got = facts_of(body, published_on=date(2014, 1, 2))
    assert ("funds", "managed_funds", "all", None, 2013, 165.9e12) in got
    assert ("participants", "active_participants", "all", None, 2013, 12.3e6) in got
    assert ("participants", "registered_participants", "all", None, 2013, 29.4e6) in got


def test_workers_handed_subsidies_are_recipients(facts_of):
    body = ("Separately, the government has disbursed Rp 29.4 trillion in wage subsidies to 12.4 million workers using "
            "the agency's membership data.")
    assert not any(f[0] == "participants" for f in facts_of(body, published_on=date(2020, 12, 1)))


def test_a_heading_naming_a_province_in_capitals_makes_its_lines_regional():
    page = ("Paparan BPJamsostek di Komisi IX\nSelasa, 13 Juli 2021 - 16:05 WIB\n\n"
            "JAKARTA - BPJS Ketenagakerjaan memaparkan kinerja semester I dalam rapat dengar pendapat.\n\n"
            "SLIDE 3 - KEPESERTAAN (per 30 Juni 2021)\n- Peserta aktif: 30,7 juta\n"
            "SLIDE 7 - KEPESERTAAN JAWA BARAT\n- Peserta aktif: 5,1 juta\n")
    values = [f.value for f in extract_facts(clean_article("t", page))]
    assert 30.7e6 in values and 5.1e6 not in values


def test_a_note_of_change_under_an_infographics_amount_is_not_its_label():
    page = ("Harian Nusantara Online\nRabu, 18 Januari 2017 09:30 WIB\n\nKINERJA 2016\nASET\nRp 260,5 T\n"
            "naik 27,4% dari 2015\nPESERTA AKTIF\n22,6 juta pekerja\n")
    got = {(f.metric, f.year, f.value) for f in extract_facts(clean_article("t", page))}
    assert ("assets", 2016, 260.5e12) in got and ("active_participants", 2016, 22.6e6) in got
