"""Constructions of dated rows, pairs of programmes and places: the date of the data over an infographic's rows, a
speaker's presence somewhere, a sentence going on after one of the nation's figures, a member noun pointed back at, a
part set apart by where it works, joining in English, a pair of programmes no pointer can mean, another body in
English, a placement out of the social-security fund, and a rounded restatement of members."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def _page_facts(page: str) -> set[tuple]:
    return {(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))}


def test_the_date_of_the_data_over_an_infographics_rows_dates_them():
    page = ("INFOGRAFIS | Dana Kelolaan Tembus Rp431 T\nPublished on 14 Feb 2020 | Tim Grafis\n\n"
            "KINERJA 2019\nCapaian per 31 Desember 2019\n\n"
            "• Dana kelolaan: Rp431,9 triliun (naik 17,8% dari Rp366,5 triliun pada akhir tahun sebelumnya)\n"
            "• Iuran diterima: Rp73,2 triliun\n• Peserta aktif: 34,2 juta pekerja\n")
    got = _page_facts(page)
    assert ("funds", "managed_funds", "all", None, 2019, 431_900_000_000_000) in got
    assert ("funds", "managed_funds", "all", None, 2018, 366_500_000_000_000) in got
    assert ("funds", "contributions", "all", None, 2019, 73_200_000_000_000) in got
    assert ("participants", "active_participants", "all", None, 2019, 34_200_000) in got
    assert not any(f[4] == 2020 for f in got)


def test_where_the_speaker_was_does_not_make_the_nations_figure_a_regions(facts_of):
    body = ("Kantor Wilayah BPJS Ketenagakerjaan Jawa Tengah mencatat pembayaran klaim sepanjang 2018 sebesar Rp 2,7 "
            "triliun. Sementara itu secara nasional, Direktur Pelayanan BPJS Ketenagakerjaan yang hadir di Semarang "
            "menyebut total klaim yang dibayarkan sepanjang 2018 mencapai Rp 26,1 triliun.")
    got = facts_of(body, published_on=date(2019, 3, 14))
    assert got == [("funds", "benefits_paid", "all", None, 2018, 26.1e12)]


def test_the_sentence_after_a_figure_of_the_nations_size_goes_on_with_the_nation(facts_of):
    body = ("Gubernur Kalimantan Timur meminta perusahaan di Kaltim mendaftarkan pekerjanya ke BPJS Ketenagakerjaan. "
            "Berdasarkan data Kanwil BPJS Ketenagakerjaan Kalimantan, baru 398.000 pekerja di Kaltim yang terdaftar. "
            "\"Tahun ini kami menargetkan 21,6 juta peserta aktif. Program pensiun yang dimulai 1 Juli nanti juga "
            "ditargetkan diikuti 5,8 juta pekerja,\" katanya.")
    got = facts_of(body, published_on=date(2015, 4, 7))
    assert ("targets", "active_participants", "all", None, 2015, 21.6e6) in got
    assert ("targets", "participants", "all", "JP", 2015, 5.8e6) in got


def test_a_member_noun_pointed_back_at_counts_what_the_whole_counts(facts_of):
    for body in ("BPJS Ketenagakerjaan mencatat 35,7 juta peserta aktif dan 691.400 perusahaan aktif. Dari jumlah "
                 "peserta tersebut, 5,6 juta merupakan pekerja informal.",
                 "The agency counted 35.7 million active participants and 691,400 active employers. Of these "
                 "participants, 5.6 million are informal workers."):
        got = facts_of(body, published_on=date(2023, 1, 31))
        assert ("participants", "active_participants", "informal", None, 2023, 5.6e6) in got, body
        assert not any(f[1] == "participants" for f in got), body


def test_a_part_set_apart_by_where_it_works_is_not_the_nations(facts_of):
    body = ("Nationwide, the agency counts 612,400 migrant workers as active participants, 287,000 of them working in "
            "Malaysia, its deputy director said.")
    assert facts_of(body, published_on=date(2024, 8, 14)) == [
        ("participants", "active_participants", "migrant", None, 2024, 612_400)]


def test_english_joining_counts_members_and_a_pair_of_programmes_is_no_pointers(facts_of):
    body = ("The agency had registered 41.8 million workers since it began operating. Participation in the "
            "work-accident (JKK) and death (JKM) programmes stood at 24.9 million, he added. Out of about 70 million "
            "informal workers nationwide, only 1.2 million had joined the programme, he said.")
    got = facts_of(body, published_on=date(2017, 7, 17))
    assert ("participants", "participants", "informal", None, 2017, 1.2e6) in got
    assert ("participants", "registered_participants", "all", None, 2017, 41.8e6) in got
    assert not any(f[5] == 70e6 for f in got)
    assert not any(f[1] == "registered_participants" and f[3] is not None for f in got)


def test_another_body_named_in_english_and_a_placement_out_of_the_social_security_fund(facts_of):
    body = ("Indonesia has a workforce of 114.8 million people, while BPJS Health covers around 163 million people. "
            "Dana kelolaan BPJS Ketenagakerjaan Rp703,4 triliun. Sebanyak Rp78,4 triliun dari dana DJS ditempatkan "
            "pada deposito.")
    assert facts_of(body, published_on=date(2024, 3, 12)) == [("funds", "managed_funds", "all", None, 2024, 703.4e12)]


def test_a_rounded_count_of_members_restating_an_exact_one_is_not_another_fact(facts_of):
    body = ("1. Pesertanya hampir 45 juta\nHingga akhir 2024, jumlah peserta aktif BPJS Ketenagakerjaan mencapai "
            "44,87 juta orang.")
    assert facts_of(body, published_on=date(2025, 6, 9)) == [
        ("participants", "active_participants", "all", None, 2024, 44.87e6)]
