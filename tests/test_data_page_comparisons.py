"""Data pages comparing periods: a table of comma-separated values under a note of its unit, and a heading comparing
two periods over rows whose two figures an arrow parts."""
from __future__ import annotations

from test_data_page_tables import _page_facts

from bpjs_pipeline.clean.boilerplate import comma_separated_rows, paired_column_rows


def test_a_table_of_comma_separated_values_is_read_as_a_table():
    page = ("Warta Harian > Ekonomi\n\nBPJS Ketenagakerjaan Incar Iuran Lebih Besar\nSelasa, 12 Mei 2015, 09:10 WIB\n\n"
            "Jakarta - BPJS Ketenagakerjaan memasang target baru tahun ini.\n\n"
            "Ringkasan kinerja (Rp miliar)\n"
            "Uraian, 2013, 2014, Target 2015\n"
            "Iuran, 30.100, 37.900, 47.500\n"
            "Klaim dibayar, 10.800, 12.600, 15.900\n\n"
            "Manajemen optimistis target tercapai.\n")
    got = _page_facts(page)
    assert ("funds", "contributions", None, 2013, 30_100_000_000_000) in got
    assert ("funds", "contributions", None, 2014, 37_900_000_000_000) in got
    assert ("targets", "contributions", None, 2015, 47_500_000_000_000) in got
    assert ("funds", "benefits_paid", None, 2014, 12_600_000_000_000) in got
    assert ("targets", "benefits_paid", None, 2015, 15_900_000_000_000) in got


def test_only_rows_of_a_label_and_as_many_figures_as_the_header_has_periods_make_the_table():
    lines = ["Uraian, 2013, 2014", "Iuran, 30.100, 37.900", "Menurut dia, 2014, 2015 dan 2016 berat."]
    assert comma_separated_rows(lines) == ["Uraian | 2013 | 2014", "Iuran | 30.100 | 37.900", lines[2]]
    # (prose listing years, and decimals written with a comma, are no table)
    prose = ["Pada 2013, 2014, dan 2015 iuran naik.", "Iuran 13,9 triliun, naik 5,2 persen, kata dia."]
    assert comma_separated_rows(prose) == prose


def test_rows_parted_by_an_arrow_under_a_heading_comparing_two_periods_are_those_periods():
    page = ("Bisnis Hari Ini | Keuangan\n\nBPJS Ketenagakerjaan Pasang Target Tinggi\n20 Februari 2025 10:15\n\n"
            "Jakarta - BPJS Ketenagakerjaan mematok target yang jauh di atas capaian tahun lalu.\n\n"
            "Capaian 2024 vs target 2025:\n"
            "Peserta aktif: 44,8 juta -> 51 juta\n"
            "Dana kelolaan: Rp801 triliun → Rp870 triliun\n\n"
            "Direksi menyebut target itu realistis.\n")
    got = _page_facts(page)
    assert ("participants", "active_participants", None, 2024, 44_800_000) in got
    assert ("targets", "active_participants", None, 2025, 51_000_000) in got
    assert ("funds", "managed_funds", None, 2024, 801_000_000_000_000) in got
    assert ("targets", "managed_funds", None, 2025, 870_000_000_000_000) in got
    # (an arrow with no such heading over it is left as written)
    assert paired_column_rows(["Peserta aktif: 44,8 juta -> 51 juta"]) == ["Peserta aktif: 44,8 juta -> 51 juta"]
