"""constructions/regional.py: a region's figure, an article about a region, national scope."""
import pytest
from datetime import date


def test_the_national_head_titled_kepala_is_not_a_branch(facts_of):
    body = "Kepala BPJS Ketenagakerjaan Agus Susanto mengatakan ada 51 juta pekerja terdaftar sebagai peserta pada 2019."
    assert facts_of(body) == [("participants", "registered_participants", "all", None, 2019, 51e6)]


def test_a_branch_head_with_its_city_is_a_branch(facts_of):
    body = "Kepala BPJS Ketenagakerjaan Batam mengatakan ada 510.000 pekerja terdaftar sebagai peserta pada 2019."
    assert facts_of(body) == []


def test_the_province_ranked_first_nationally_is_still_a_province(facts_of):
    body = ("Berdasarkan wilayah, DKI Jakarta menjadi provinsi dengan jumlah peserta aktif terbanyak nasional, "
            "yakni sebanyak 8,01 juta orang sampai Februari 2025.")
    assert facts_of(body) == []


def test_a_national_sentence_in_a_regional_article_counts(facts_of):
    body = "Secara nasional, per Maret 2018, klaim JKK mencapai Rp156 miliar."
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JKK", 2018, 156e9)]


def test_a_list_of_regions_figures(facts_of):
    body = "Per Februari 2025, peserta aktif terbanyak berada di Jakarta 8,02 juta, Jawa Barat 4,96 juta, dan Jawa Timur 4,5 juta."
    assert facts_of(body) == []


def test_a_venue_is_no_region(facts_of):
    body = "Di Jakarta, Direktur Utama mengatakan peserta aktif mencapai 40 juta pada 2024."
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2024, 40e6)]


def test_a_figure_scoped_to_a_province_in_its_clause(facts_of):
    body = "BPJS Ketenagakerjaan mengungkapkan klaim JKK di wilayah Jawa Timur per April 2018 mencapai Rp47 miliar."
    assert facts_of(body) == []


def test_a_regional_article_keeps_its_counts_and_a_count_no_region_has(facts_of):
    body = ("BPJS Ketenagakerjaan Kantor Wilayah Sumbagut meluncurkan program perlindungan pekerja desa di Medan. "
            "Sepanjang 2023 tercatat 1,2 juta pekerja terdaftar sebagai peserta. "
            "Pada tahun 2026, BPJS Ketenagakerjaan menargetkan bisa melindungi 70 juta pekerja.")
    assert facts_of(body) == [("targets", "participants", "all", None, 2026, 70e6)]


def test_a_region_setting_the_sentence_scopes_its_figures(facts_of):
    assert facts_of("Di Jawa Timur, jumlah peserta aktif BPJS Ketenagakerjaan mencapai 5,2 juta pekerja.") == []
    body = "Di Jawa Timur, Direktur Utama BPJS Ketenagakerjaan menyebut peserta aktif pada 2023 mencapai 41 juta."
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2023, 41e6)]


def test_a_regional_article_keeps_an_amount_no_region_has(facts_of):
    body = ("BPJS Ketenagakerjaan Cabang Kediri membayar klaim Rp 50 miliar sepanjang 2023 kepada peserta di wilayahnya. "
            "Ia menambahkan, dana kelolaan BPJS Ketenagakerjaan hingga akhir 2023 mencapai Rp 700 triliun.")
    got = facts_of(body, title="BPJS Ketenagakerjaan Cabang Kediri Bayar Klaim Rp 50 Miliar")
    assert got == [("funds", "managed_funds", "all", None, 2023, 700e12)]


def test_a_province_scoping_the_clause_after_the_figure(facts_of):
    assert facts_of("BPJS Ketenagakerjaan menargetkan melindungi 90.000 pekerja informal di Provinsi Jawa Tengah "
                    "pada 2024.") == []
    assert facts_of("BPJS Ketenagakerjaan mencatat 40 juta peserta aktif pada 2023, kata direktur utamanya di "
                    "Jakarta.") == [("participants", "active_participants", "all", None, 2023, 40e6)]


def test_a_regions_figure_said_again_by_its_branch_head_stays_the_regions(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan melindungi 90.000 pekerja jasa konstruksi di Provinsi Jawa Tengah "
            "pada 2024. \"Yang sudah terlindungi baru 10 persen dari target sebesar 90.000 pekerja tahun ini,\" kata "
            "Kepala Cabang BPJS Ketenagakerjaan Semarang.")
    assert facts_of(body) == []


def test_a_national_passage_in_a_regional_article(facts_of):
    body = ("Kepala Kantor Wilayah BPJS Ketenagakerjaan Sumbagsel mencatat 1,2 juta peserta aktif di wilayahnya pada "
            "2023. Sepanjang 2023, total klaim yang dibayarkan secara nasional mencapai Rp50 triliun. Peserta aktif "
            "nasional kini 38 juta orang. Peserta bukan penerima upah aktif 6 juta.")
    got = facts_of(body, title="Kantor Wilayah Sumbagsel catat 1,2 juta peserta aktif")
    assert ("funds", "benefits_paid", "all", None, 2023, 50e12) in got
    assert ("participants", "active_participants", "informal", None, 2024, 6e6) in got  # "kini"
    assert not [f for f in got if f[5] == 1.2e6]


def test_in_a_regions_article_a_fund_only_the_agency_holds_is_the_nations(facts_of):
    body = ("Kepala Kantor Wilayah BPJS Ketenagakerjaan Sulawesi mengatakan kinerja wilayahnya membaik. "
            "\"Hasil investasi tahun lalu Rp 15,2 triliun. Semua itu dikembalikan ke peserta,\" kata dia. "
            "Iuran yang diterima kantor wilayah sepanjang tahun lalu Rp 1,4 triliun.")
    assert facts_of(body) == [("funds", "investment_returns", "all", None, 2023, 15.2e12)]


def test_the_head_office_in_a_regions_article_speaks_for_the_nation(facts_of):
    body = ("Kepala Kantor Cabang BPJS Ketenagakerjaan Surabaya menargetkan 50.000 peserta baru. Kantor pusat BPJS "
            "Ketenagakerjaan menargetkan peserta aktif mencapai 23,5 juta orang pada akhir 2016.")
    assert facts_of(body, title="Kacab Surabaya Kejar Peserta Baru") == [
        ("targets", "active_participants", "all", None, 2016, 23.5e6)]


# two opening sentences about the nation: the sentences after them are no region's by the lead
NATIONAL_LEAD = ("BPJS Ketenagakerjaan terus memperluas kepesertaan di seluruh Indonesia. Direksi menyampaikan "
                 "hal itu dalam rapat kerja. ")


def test_the_speakers_own_region_is_never_a_title(facts_of):
    """"menyebut peserta aktif di wilayahnya": a verb of saying before it does not make the region a title."""
    body = NATIONAL_LEAD + ("Kepala Kantor Wilayah BPJS Ketenagakerjaan Jawa Tengah, Sugeng, menyebut peserta aktif di wilayahnya "
            "saat ini 12,86 juta tenaga kerja.")
    assert facts_of(body) == []


def test_what_was_said_after_a_verb_of_saying_is_no_title(facts_of):
    """"Wahyu menyebut, sepanjang 2023 Cabang Lamongan membayar klaim …": a branch in what was said is the subject;
    "kata Kepala Cabang Medan" is still a speaker's title."""
    assert facts_of("Wahyu menyebut, sepanjang Januari hingga Mei 2023 Cabang Lamongan membayar klaim JKK "
                    "senilai Rp3,8 miliar.") == []
    assert ("participants", "active_participants", "all", None, 2023, 38e6) in facts_of(
        "Peserta aktif BPJS Ketenagakerjaan mencapai 38 juta pada 2023, kata Kepala Kantor Cabang Medan, Budi.")


def test_a_branch_heads_own_office_is_the_branchs(facts_of):
    body = NATIONAL_LEAD + ("Kepala BPJS Ketenagakerjaan Cabang Malang Sri Endah menyampaikan, sepanjang semester I 2025 pihaknya "
            "menerima iuran Rp412,6 miliar dari 6.218 perusahaan.")
    assert facts_of(body, published_on=date(2025, 8, 6)) == []


def test_a_region_setting_the_sentence_before_its_first_comma(facts_of):
    """"Sementara untuk Kalimantan Timur, targetnya 45 ribu peserta" and "Sementara di wilayah Jatim, pencairan
    JHT …": the opening phrase sets the whole sentence in the region."""
    assert facts_of("Sementara untuk Kalimantan Timur dan Kalimantan Utara, targetnya 45 ribu peserta BPU "
                    "pada 2016.") == []
    assert facts_of("Sementara di wilayah Jatim, pencairan JHT sepanjang 2015 mencapai Rp1,21 triliun.") == []


def test_a_region_in_the_figures_own_clause_beats_the_nation_in_another(facts_of):
    got = facts_of("Untuk jaminan kematian, pembayaran secara nasional hingga Juni 2017 mencapai Rp 341,6 miliar, "
                   "sedangkan di Jateng-DIY Rp 38,4 miliar.")
    assert got == [("funds", "benefits_paid", "all", "JKM", 2017, 341.6e9)]
    assert facts_of("Sementara di Sulawesi dan Maluku, klaim yang dibayarkan pada 2022 mencapai Rp 1,92 triliun.") == []
    assert facts_of("Klaim terbanyak berasal dari Jawa Barat dengan nilai Rp2,1 triliun pada 2015.") == []


def test_a_region_as_the_subject_of_its_count(facts_of):
    body = NATIONAL_LEAD + ("DKI Jakarta memiliki peserta aktif terbanyak pada 2023, yakni 7,02 juta pekerja, disusul "
                            "Jawa Barat 5,11 juta.")
    assert facts_of(body) == []
    body = NATIONAL_LEAD + "Deputi Direktur menyebutkan Jatim kini menyumbang 5,42 juta peserta aktif pada 2023."
    assert facts_of(body) == []


def test_a_region_set_earlier_in_the_sentence_goes_on_and_what_was_said_after_a_pronoun(facts_of):
    """"Menurut dia, jumlah pekerja informal di Kota Pontianak diperkirakan 132.000 orang, sedangkan yang sudah menjadi
    peserta baru 3.412 orang": what he said, set in the city; the small count after "sedangkan" is the city's."""
    body = NATIONAL_LEAD + ("Menurut dia, jumlah pekerja informal di Kota Pontianak diperkirakan 132.000 orang pada 2015, "
                            "sedangkan yang sudah menjadi peserta BPJS Ketenagakerjaan baru 3.412 orang.")
    assert facts_of(body) == []


def test_a_region_in_the_speakers_occasion_is_where_it_was_said(facts_of):
    got = facts_of("Direktur Kepesertaan BPJS Ketenagakerjaan, saat meresmikan kantor layanan baru di Samarinda, Senin "
                   "(20/1/2025), merinci 44,9 juta peserta aktif itu terdiri dari pekerja penerima upah (PU) 29,1 juta, "
                   "bukan penerima upah (BPU) 9,6 juta, dan jasa konstruksi 5,8 juta.", published_on=date(2025, 1, 21))
    assert ("participants", "active_participants", "informal", None, 2025, 9.6e6) in got
    assert ("participants", "active_participants", "construction", None, 2025, 5.8e6) in got


def test_a_region_setting_the_sentence_now_is_still_its_scope(facts_of):
    got = facts_of("Saat ini di Kalimantan Timur, peserta aktif tercatat 600 ribu orang, kata kepala kantor wilayah.",
                   published_on=date(2025, 1, 21))
    assert got == []


def test_this_region_is_the_speakers_own(facts_of):
    assert facts_of("Klaim JHT yang dibayarkan di wilayah ini sejak Januari 2014 mencapai Rp 612 miliar.") == []


def test_the_capital_alone_is_a_region(facts_of):
    assert facts_of("Di Jakarta saja, klaim JHT selama semester I 2021 mencapai Rp 4,2 triliun.") == []


@pytest.mark.parametrize("body", [
    "Pada 2018 Jawa Barat menjadi penyumbang peserta aktif terbesar dengan 5,2 juta pekerja.",
    "Pada 2020 DKI Jakarta masih menjadi penyumbang peserta terbesar dengan 5,9 juta pekerja aktif.",
    "Pada 2023 Jawa Tengah dan Jawa Timur menjadi penyumbang terbesar, masing-masing 1,8 juta dan 1,6 juta peserta BPU aktif.",
])
def test_a_province_contributing_the_most_is_the_subject(facts_of, body):
    assert facts_of(body) == []


def test_the_nation_said_after_a_regions_figure_is_the_nations(facts_of):
    got = facts_of("Kepala Kanwil BPJS Ketenagakerjaan Sumbagut menyebutkan klaim terbesar masih untuk jaminan hari tua. "
                   "\"Di Sumbagut, JHT itu Rp 930 miliar pada 2024. Nasional Rp 21,1 triliun,\" ujarnya.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2024, 21.1e12)]


def test_a_part_of_the_nations_total_is_the_nations_in_a_regions_article(facts_of):
    body = ("Kantor Wilayah BPJS Ketenagakerjaan Jawa Barat terus mendorong kepesertaan. Secara keseluruhan jumlah "
            "peserta aktif BPJS Ketenagakerjaan per Juni 2023 mencapai 37,2 juta pekerja. Dari jumlah itu, peserta "
            "bukan penerima upah yang aktif sekitar 7,1 juta.")
    got = facts_of(body, published_on=date(2023, 7, 10))
    assert ("participants", "active_participants", "informal", None, 2023, 7.1e6) in got


def test_the_agencys_regional_offices_are_regions(facts_of):
    got = facts_of("\"Di wilayah Sumbagsel sendiri dana peserta yang kami kelola sekitar Rp 4,2 triliun pada 2013,\" kata "
                   "Teguh.")
    assert got == []


def test_offices_counted_are_the_agencys_network_not_a_region(facts_of):
    body = ("Terhitung 1 Januari 2014, PT Jamsostek resmi menjadi BPJS Ketenagakerjaan, tidak sekadar mengganti papan nama di "
            "121 kantor cabang. Hingga Desember 2013 tercatat 12,2 juta peserta aktif.")
    got = facts_of(body, published_on=date(2014, 1, 8), title="Resmi Jadi BPJS, Jamsostek Bawa Dana Kelolaan Rp158 Triliun")
    assert got == [("participants", "active_participants", "all", None, 2013, 12.2e6)]
    got = facts_of("Melalui 325 kantor cabang di seluruh Indonesia, peserta aktif pada 2023 mencapai 41,5 juta pekerja.")
    assert got == [("participants", "active_participants", "all", None, 2023, 41.5e6)]


def test_a_region_set_apart_stays_a_region_with_a_share_of_the_national_total(facts_of):
    body = ("Secara nasional, klaim yang dibayarkan sepanjang 2019 mencapai Rp 29,2 triliun. Untuk Jateng sendiri, klaim "
            "yang dibayarkan mencapai Rp 2,7 triliun atau sekitar 9,2 persen dari total nasional.")
    got = facts_of(body, published_on=date(2020, 1, 15))
    assert got == [("funds", "benefits_paid", "all", None, 2019, 29.2e12)]
    got = facts_of("It had 40.1 million active members in 2023. In West Java alone, 4.9 million workers are active members.",
                   published_on=date(2024, 2, 1))
    assert got == [("participants", "active_participants", "all", None, 2023, 40.1e6)]


def test_the_province_with_the_largest_payouts_is_a_region(facts_of):
    body = ("Total payouts reached Rp 29.2 trillion in 2019. Central Java was the province with the largest payouts, at "
            "Rp 3.1 trillion, followed by West Java.")
    got = facts_of(body, published_on=date(2020, 1, 20))
    assert got == [("funds", "benefits_paid", "all", None, 2019, 29.2e12)]


def test_a_branch_cell_of_a_row_and_a_heading_naming_the_scope(facts_of):
    body = "Kinerja semester I 2022\nIuran: Nasional Rp41,6 triliun; Kanwil Sumbagsel Rp1,2 triliun."
    got = facts_of(body, published_on=date(2022, 8, 4))
    assert got == [("funds", "contributions", "all", None, 2022, 41.6e12)]
    body = ("Kantor Wilayah BPJS Ketenagakerjaan Kalimantan memaparkan kinerja 2023 bersama kinerja nasional.\nNasional\n"
            "- Pemberi kerja aktif: 802.100\nKanwil Kalimantan\n- Pemberi kerja aktif: 41.800")
    got = facts_of(body, published_on=date(2024, 2, 1))
    assert got == [("participants", "active_employers", "all", None, 2023, 802.1e3)]


def test_a_branch_heads_figure_for_his_branch_is_regional(facts_of):
    body = ("Kepala BPJS Ketenagakerjaan Cabang Bogor Kota, Rudi Hartono, mengatakan cabangnya saat ini melayani 210.500 "
            "peserta aktif dari 4.120 perusahaan.")
    assert facts_of(body) == []


def test_many_branch_offices_are_no_region_and_a_province_on_its_own_is(facts_of):
    body = ("Antrean pencairan JHT mengular di banyak kantor cabang. Sampai Agustus, klaim yang dibayarkan untuk seluruh "
            "program Rp24,1 triliun. Untuk jaminan hari tua saja Rp20,2 triliun.")
    got = facts_of(body, published_on=date(2020, 9, 20))
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 20.2e12) in got
    body = "Tahun ini target nasional peserta BPU aktif 12 juta. Sumut sendiri dibebani target 2,1 juta."
    got = facts_of(body, published_on=date(2024, 3, 1))
    assert all(f[-1] != 2.1e6 for f in got)


def test_a_regional_heads_breakdown_of_the_national_total_is_national(facts_of):
    body = ("Kepesertaan aktif BPJS Ketenagakerjaan secara nasional hingga Juni 2018 baru mencapai 28,3 juta pekerja. Deputi "
            "Direktur Wilayah Sumbagbar BPJS Ketenagakerjaan, Rizal Fahmi, merinci peserta aktif tersebut terdiri dari pekerja "
            "penerima upah 20,2 juta, bukan penerima upah 2,4 juta, dan jasa konstruksi 5,7 juta.")
    got = facts_of(body, published_on=date(2018, 8, 14))
    assert ("participants", "active_participants", "formal", None, 2018, 20.2e6) in got


def test_the_branches_in_general_are_no_region_and_across_a_region_is_one(facts_of):
    body = ("JAKARTA – Sejak aturan baru berlaku, antrean di kantor-kantor cabang BPJS Ketenagakerjaan belum juga surut. "
            "Dengan tambahan itu, total klaim JHT sepanjang Januari–September 2015 mencapai Rp11,8 triliun.")
    assert facts_of(body, published_on=date(2015, 10, 7)) == [("funds", "benefits_paid", "all", "JHT", 2015, 11.8e12)]
    body = ("Kepala Kantor Wilayah BPJS Ketenagakerjaan Kalimantan, Tri Wahyudi, mengatakan peserta aktif di seluruh "
            "Kalimantan saat ini sekitar 2,3 juta orang.")
    assert facts_of(body, published_on=date(2024, 5, 2)) == []
