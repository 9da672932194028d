"""Constructions of wishes, comments, offices and unit notes: the start of a target wished for again is the level now,
a box of readers' comments under its header ("Most relevant comments") is no body, a region's "office" is the region,
a heading's unit note with what its figures cover after it ("(juta orang), 2019-2023") gives its rows their unit, the
rows under a breakdown word standing alone ("Rinciannya:") are the parts of the figure before it, a total row
("Jumlah") is every segment's, and the participants of programmes are no passage's active count."""
from datetime import date

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract import extract_facts


def test_the_start_of_a_target_wished_for_again_is_the_level_now(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan 70 juta peserta aktif pada 2026. Saat ini peserta aktif tercatat 31,2 juta "
            "orang. \"Kami ingin melompat dari 31 juta ke 70 juta peserta aktif,\" ujarnya.")
    facts = facts_of(body, published_on=date(2022, 3, 1))
    assert ("targets", "active_participants", "all", None, 2026, 70e6) in facts
    assert not any(f[0] == "targets" and f[5] == 31e6 for f in facts)


def test_readers_comments_under_their_header_are_no_body():
    page = ("LinkedIn\nSari Wulandari • 2nd\nOfficer at BPJS Ketenagakerjaan\n3d • 🌐\n"
            "As of end of June 2024, BPJS Ketenagakerjaan protects 43.2 million active participants across Indonesia.\n"
            "👍 512 · 40 comments\nMost relevant comments\nBudi P. • HR Manager\n"
            "Great work. Hope informal workers can reach 12 million soon!\n")
    assert [(f.table, f.metric, f.segment, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("participants", "active_participants", "all", 2024, 43_200_000)]


def test_a_regions_office_is_the_region(facts_of):
    body = ("BPJS Ketenagakerjaan collected Rp 40.1 trillion in contributions in the first half of 2016. The Jambi office "
            "collected Rp 420 billion in contributions in the same period, he said.")
    assert facts_of(body, published_on=date(2016, 8, 2)) == [("funds", "contributions", "all", None, 2016, 40.1e12)]


def test_a_unit_note_followed_by_the_years_it_covers_gives_the_rows_their_unit():
    page = ("Datakita | Infografik\n\nPeserta Aktif BPJS Ketenagakerjaan Naik\nPublikasi: 3 Maret 2023\n\n"
            "Jumlah peserta aktif BPJS Ketenagakerjaan (juta orang), 2020-2022\n2020 : 29,87\n2021 : 30,64\n2022 : 35,52\n\n"
            "Jumlah peserta aktif pada akhir 2022 naik dibandingkan tahun sebelumnya.\n")
    assert [(f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))] == [
        ("active_participants", 2020, 29_870_000), ("active_participants", 2021, 30_640_000),
        ("active_participants", 2022, 35_520_000)]


def test_the_rows_under_a_breakdown_word_standing_alone_are_the_parts_of_the_figure_before_it():
    page = ("Warta Dana | Ekonomi\n\nDana Kelolaan BPJS Ketenagakerjaan Naik\n\n"
            "Jakarta, Warta Dana - Total aset BPJS Ketenagakerjaan per Juni 2024 mencapai Rp 790 triliun.\n"
            "Dari jumlah itu, dana kelolaan tercatat Rp 770 triliun. Rinciannya:\n"
            "Jaminan Hari Tua: Rp 500 triliun\nJaminan Pensiun: Rp 190 triliun\nJaminan Kecelakaan Kerja: Rp 50 triliun\n"
            "Jaminan Kematian: Rp 16 triliun\nJaminan Kehilangan Pekerjaan: Rp 14 triliun\n")
    facts = [(f.metric, f.program, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert [f for f in facts if f[1]] == [("managed_funds", "JHT", 500e12), ("managed_funds", "JP", 190e12),
                                          ("managed_funds", "JKK", 50e12), ("managed_funds", "JKM", 16e12),
                                          ("managed_funds", "JKP", 14e12)]


def test_a_total_row_under_the_segments_rows_is_every_segments():
    page = ("Komposisi peserta aktif BPJS Ketenagakerjaan per Desember 2023\n"
            "Penerima Upah (PU) .............. 26,0 juta\nBukan Penerima Upah (BPU) ....... 9,0 juta\n"
            "Jasa Konstruksi (Jakon) ......... 6,2 juta\nJumlah .......................... 41,2 juta\n")
    assert [(f.segment, round(f.value)) for f in extract_facts(clean_article("t", page))][-1] == ("all", 41_200_000)


def test_the_participants_of_programmes_are_no_passages_active_count(facts_of):
    body = ("Peserta aktif BPJS Ketenagakerjaan pada akhir 2018 mencapai 30,4 juta orang. Adapun peserta program JKK dan "
            "JKM mencapai 30,9 juta.")
    assert ("participants", "active_participants", "all", None, 2018, 30.9e6) not in facts_of(body, published_on=date(2019, 3, 1))
