"""constructions/breakdown.py: a total and its parts."""
from datetime import date
import pytest


def test_bare_parts_named_by_segment_take_the_totals_metric(facts_of):
    body = ("Pada 2024, kepesertaan aktif mencapai 27 juta, terdiri dari 19 juta pekerja penerima upah, "
            "5 juta pekerja jasa konstruksi, dan 3 juta pekerja bukan penerima upah.")
    got = facts_of(body)
    assert ("participants", "active_participants", "formal", None, 2024, 19e6) in got
    assert ("participants", "active_participants", "construction", None, 2024, 5e6) in got
    assert ("participants", "active_participants", "informal", None, 2024, 3e6) in got


def test_the_parts_of_a_regions_total_are_the_regions(facts_of):
    body = ("Berdasarkan wilayahnya, DKI Jakarta menjadi provinsi dengan pekerja terdaftar aktif terbanyak, yakni "
            "7,49 juta pekerja pada 2023. Angka itu terdiri atas 5,46 juta pekerja PU; 1,26 juta pekerja BPU; "
            "dan 771 ribu pekerja jasa konstruksi.")
    assert facts_of(body) == []


def test_a_coordinated_item_shares_the_status_of_the_item_before(facts_of):
    body = ("Pada 2023, pekerja PU yang memiliki jaminan ketenagakerjaan tak aktif mencapai 18,53 juta dan "
            "pekerja BPU sebanyak 979 ribu pekerja.")
    assert facts_of(body) == []


def test_the_parts_after_a_forecast_are_the_actuals(facts_of):
    body = ("Klaim sampai Juni 2024 mencapai Rp25,43 triliun. Kemudian diperkirakan di akhir tahun angkanya akan "
            "Rp50 triliun. Adapun klaim tersebut meliputi program JKK dengan nominal manfaat sebanyak Rp1,57 triliun.")
    assert ("funds", "benefits_paid", "all", "JKK", 2024, 1.57e12) in facts_of(body)


def test_a_list_for_another_year_is_no_part_of_the_total_before(facts_of):
    body = ("Rinciannya, klaim JHT sampai Juni 2024 Rp21 triliun. Sementara di tahun 2023, pembayaran klaim untuk "
            "program JKK adalah sebesar Rp3,03 triliun. Kemudian di program JKM nominal pembayaran sebesar Rp3,21 triliun.")
    got = facts_of(body)
    assert ("funds", "benefits_paid", "all", "JKM", 2023, 3.21e12) in got


def test_parts_listed_after_a_breakdown_word_before_the_first(facts_of):
    body = ("Peserta BPJS Ketenagakerjaan terdaftar sebanyak 49,65 juta orang pada 2020. Mereka yang terdaftar sebagai "
            "peserta terdiri dari pekerja penerima upah (PPU) 39,65 juta orang; jasa konstruksi sebesar 7,6 juta orang; "
            "dan bukan penerima upah (BPU) sebesar 2,4 juta orang.")
    got = facts_of(body)
    assert ("participants", "registered_participants", "construction", None, 2020, 7.6e6) in got
    assert ("participants", "registered_participants", "informal", None, 2020, 2.4e6) in got


def test_a_part_by_status_of_one_segments_total(facts_of):
    body = ("Pada 2020, kelompok PPU sebanyak 39,65 juta orang tersebut berstatus peserta aktif hanya 19,1 juta orang "
            "dan peserta tidak aktif sebesar 20,6 juta orang.")
    got = facts_of(body)
    assert ("participants", "active_participants", "formal", None, 2020, 19.1e6) in got
    assert ("participants", "registered_participants", "formal", None, 2020, 39.65e6) in got


def test_parts_listed_before_the_total_they_add_up_to(facts_of):
    body = ("Jumlah itu terdiri dari 35 juta peserta penerima upah dan 6,5 juta bukan penerima upah, sehingga total "
            "peserta aktif pada 2023 mencapai 41,5 juta.")
    assert facts_of(body) == [("participants", "active_participants", "formal", None, 2023, 35e6),
                              ("participants", "active_participants", "informal", None, 2023, 6.5e6),
                              ("participants", "active_participants", "all", None, 2023, 41.5e6)]


def test_a_total_after_programmes_items_is_no_programmes(facts_of):
    body = "Pada 2023 klaim JHT Rp 40 triliun, JKK Rp 2,5 triliun dan JKM Rp 1,2 triliun, sehingga total klaim Rp 50 triliun."
    assert ("funds", "benefits_paid", "all", None, 2023, 50e12) in facts_of(body)


def test_shares_of_a_total_named_earlier_in_the_sentence_are_its_parts(facts_of):
    body = ("Dari 40 juta peserta aktif pada 2023, sebanyak 60% merupakan pekerja penerima upah atau 24 juta orang, "
            "25% pekerja bukan penerima upah atau 10 juta orang, dan 15% pekerja jasa konstruksi atau 6 juta orang.")
    got = facts_of(body)
    assert ("participants", "active_participants", "all", None, 2023, 40e6) in got
    assert ("participants", "active_participants", "formal", None, 2023, 24e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 10e6) in got
    assert ("participants", "active_participants", "construction", None, 2023, 6e6) in got


def test_a_table_of_targets_and_achievements_reads_each_column(facts_of):
    body = ("BPJS Ketenagakerjaan merilis kinerja tahun 2017.\n"
            "Iuran: Target 2017 Rp56,0 triliun; Realisasi 2017 Rp56,7 triliun.\n"
            "Dana kelolaan: Target 2017 Rp316,0 triliun; Realisasi 2017 Rp318,4 triliun.")
    assert facts_of(body, published_on=date(2018, 1, 29)) == [
        ("targets", "contributions", "all", None, 2017, 56.0e12), ("funds", "contributions", "all", None, 2017, 56.7e12),
        ("targets", "managed_funds", "all", None, 2017, 316.0e12), ("funds", "managed_funds", "all", None, 2017, 318.4e12)]


def test_a_rounded_restatement_of_an_exact_figure_is_the_same_fact(facts_of):
    body = ("BPJS Ketenagakerjaan membayarkan manfaat senilai Rp26,92 triliun sepanjang 2023. Direktur mengatakan "
            "hampir Rp27 triliun manfaat tersebut dibayarkan kepada sekitar 1,87 juta kasus.")
    assert facts_of(body) == [("funds", "benefits_paid", "all", None, 2023, 26.92e12)]


def test_a_subset_names_its_own_programme_after_it(facts_of):
    body = ("Pembayaran jaminan pada 2023 mencapai Rp 12,1 triliun, di mana Rp 10,6 triliun di antaranya merupakan "
            "klaim Jaminan Hari Tua (JHT).")
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 10.6e12) in facts_of(body)


def test_the_items_of_a_list_of_segments_and_the_total_after_them(facts_of):
    body = ("Dari sisi segmen, pekerja penerima upah masih mendominasi dengan 23,1 juta peserta aktif. Jasa konstruksi "
            "menyumbang 8,8 juta, bukan penerima upah 2,4 juta, dan pekerja migran 298.500.")
    assert [f[1:3] for f in facts_of(body)] == [("active_participants", "formal"), ("active_participants", "construction"),
                                                ("active_participants", "informal"), ("active_participants", "migrant")]
    table = ("Peserta aktif per segmen (dalam juta orang):\nPenerima Upah (PU): pada Juni 2023 sebesar 23,1 juta.\n"
             "Pekerja Migran Indonesia (PMI): pada Juni 2023 sebesar 0,4 juta.\nTotal: pada Juni 2023 sebesar 37,5 juta.")
    assert ("participants", "active_participants", "all", None, 2023, 37.5e6) in facts_of(table)


def test_a_sentence_of_another_kind_is_no_part_of_the_breakdown(facts_of):
    """A later sentence that says it is a target ("ditargetkan") does not go on with an actual total's parts."""
    body = ("Hingga akhir November 2014, jumlah peserta aktif tercatat 16,58 juta orang, terdiri dari 15,87 juta "
            "pekerja penerima upah dan 712.000 pekerja bukan penerima upah. Adapun jumlah perusahaan aktif "
            "ditargetkan naik dari 208.300 perusahaan saat ini menjadi 245.000 perusahaan pada 2015.")
    got = facts_of(body, published_on=date(2014, 12, 1))
    assert ("targets", "active_employers", "all", None, 2015, 245_000) in got


def test_the_rest_of_a_total_shared_out_by_programme(facts_of):
    """"Sebagian besar untuk JHT yakni Rp 5,18 triliun. Sisanya untuk kecelakaan kerja Rp 361,4 miliar, Rp 254,7
    miliar untuk kematian": the rest of the total, by programme, takes the total's reading."""
    body = ("Total klaim yang dibayarkan hingga Juni 2014 sebesar Rp 5,91 triliun. Sebagian besar untuk jaminan hari "
            "tua (JHT) yakni Rp 5,18 triliun. Sisanya untuk kecelakaan kerja Rp 361,4 miliar, Rp 254,7 miliar untuk "
            "kematian, dan sisanya masih dibayarkan pada masa peralihan.")
    got = facts_of(body, published_on=date(2014, 8, 13))
    assert ("funds", "benefits_paid", "all", "JKK", 2014, 361.4e9) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2014, 254.7e9) in got


def test_a_sentence_restating_a_total_breaks_it_down(facts_of):
    """"Dari target 70 juta itu, segmen bukan penerima upah diharapkan menyumbang 23 juta peserta": the 70 juta stated
    before, and its part, of its period."""
    body = ("BPJS Ketenagakerjaan menargetkan jumlah peserta aktif mencapai 70 juta pekerja pada 2026. Untuk tahun "
            "ini, target peserta aktif ditetapkan 45 juta.\n\nDari target 70 juta itu, segmen bukan penerima upah diharapkan menyumbang 23 juta "
            "peserta.")
    got = facts_of(body, published_on=date(2023, 3, 1))
    assert ("targets", "active_participants", "informal", None, 2026, 23e6) in got


def test_those_who_joined_a_programme_are_no_part_of_the_active_total(facts_of):
    body = ("Hingga Oktober 2015, peserta aktif BPJS Ketenagakerjaan tercatat 19,38 juta orang, terdiri dari 17 juta "
            "peserta penerima upah dan 1,1 juta peserta bukan penerima upah. Ia menjelaskan, program "
            "jaminan pensiun yang berlaku sejak 1 Juli 2015 telah diikuti 4,87 juta pekerja secara nasional.")
    assert ("participants", "participants", "all", "JP", 2015, 4_870_000) in facts_of(body, published_on=date(2015, 11, 1))


def test_items_followed_by_others_are_parts_of_the_same_total(facts_of):
    got = facts_of("Peserta aktif naik 18 persen sepanjang 2016. Dari total peserta aktif itu, pekerja penerima upah masih "
                   "mendominasi dengan 17,7 juta orang, disusul pekerja jasa konstruksi 3,6 juta dan pekerja bukan "
                   "penerima upah 1,3 juta.")
    assert ("participants", "active_participants", "construction", None, 2016, 3.6e6) in got
    assert ("participants", "active_participants", "informal", None, 2016, 1.3e6) in got


def test_the_rest_set_off_then_named_by_a_copula(facts_of):
    got = facts_of("Per Juli 2024, dari 43,12 juta peserta aktif tersebut, sebanyak 27,4 juta merupakan penerima upah (PU), "
                   "9,6 juta bukan penerima upah (BPU), dan 5,5 juta pekerja jasa konstruksi. Sisanya, sekitar 620 ribu, "
                   "adalah pekerja migran Indonesia (PMI).")
    assert ("participants", "active_participants", "migrant", None, 2024, 620e3) in got


def test_amounts_that_add_up_to_a_total_before_are_its_parts(facts_of):
    got = facts_of("BPJS Ketenagakerjaan mencatat dana kelolaan hingga akhir Juni 2024 mencapai Rp745,6 triliun. Dana itu naik "
                   "9,6 persen dibandingkan Juni 2023 yang sebesar Rp680,3 triliun. Direktur Keuangan menjelaskan kenaikan "
                   "ditopang iuran dan hasil pengembangan investasi. \"Rinciannya, JHT Rp465,2 triliun; JP Rp172,4 triliun; "
                   "JKK Rp63,1 triliun; JKM Rp17,0 triliun; JKP Rp13,4 triliun; dan dana BPJS badan Rp14,5 triliun.\"")
    assert ("funds", "managed_funds", "all", "JHT", 2024, 465.2e12) in got
    assert ("funds", "managed_funds", "all", "JKP", 2024, 13.4e12) in got


def test_three_amounts_adding_up_to_the_amount_before_are_its_parts(facts_of):
    got = facts_of("Klaim yang dibayarkan sepanjang 2024 mencapai Rp56,1 triliun kepada 4,1 juta kasus. Untuk jaminan hari tua "
                   "Rp46,4 triliun, jaminan pensiun Rp2,3 triliun, santunan kematian Rp3,6 triliun, kecelakaan kerja "
                   "Rp3,4 triliun, dan manfaat kehilangan pekerjaan Rp0,4 triliun.")
    assert ("funds", "benefits_paid", "all", "JHT", 2024, 46.4e12) in got
    assert ("funds", "benefits_paid", "all", "JP", 2024, 2.3e12) in got


def test_parts_take_the_total_they_add_up_to_not_the_figure_stated_last(facts_of):
    body = ("Peserta aktif mencapai 31,2 juta pekerja per akhir Juni 2022. Jumlah itu masih di bawah akhir 2019, ketika "
            "peserta aktif sempat 34,1 juta orang. Berdasarkan segmennya, peserta aktif tersebut terdiri atas penerima "
            "upah 21,4 juta, jasa konstruksi 6,6 juta dan bukan penerima upah 3,2 juta.")
    got = facts_of(body, published_on=date(2022, 8, 1))
    assert ("participants", "active_participants", "formal", None, 2022, 21.4e6) in got
    assert ("participants", "active_participants", "construction", None, 2022, 6.6e6) in got
    assert ("participants", "active_participants", "informal", None, 2022, 3.2e6) in got


def test_an_amount_said_to_be_among_the_total_before_is_its_part(facts_of):
    body = ("Manfaat yang dibayarkan selama semester I 2023 mencapai Rp 22,8 triliun. Sebanyak Rp 18,3 triliun di "
            "antaranya untuk jaminan hari tua, sementara santunan kecelakaan kerja Rp 1,4 triliun.")
    got = facts_of(body, published_on=date(2023, 8, 1))
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 18.3e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2023, 1.4e12) in got


def test_a_count_of_a_programme_after_parts_by_segment_is_no_part(facts_of):
    body = ("Peserta aktif pada 2019 mencapai 34 juta, terdiri atas penerima upah 27 juta dan bukan penerima upah 3 juta. "
            "Peserta program JP sekarang 12,9 juta pekerja.")
    assert ("participants", "participants", "all", "JP", 2019, 12.9e6) in facts_of(body, published_on=date(2019, 9, 1))


@pytest.mark.parametrize("body", [
    "Pembayaran jaminan sepanjang 2017 mencapai Rp 20,6 triliun, didominasi klaim jaminan hari tua sebesar Rp 18,4 triliun.",
    "Benefits paid rose to Rp 20.6 trillion in 2017 from Rp 18.9 trillion, with old-age savings accounting for Rp 18.4 trillion.",
])
def test_a_dominant_part_of_a_total(facts_of, body):
    assert ("funds", "benefits_paid", "all", "JHT", 2017, 18.4e12) in facts_of(body, published_on=date(2018, 1, 5))


def test_companies_are_no_part_of_a_count_of_workers(facts_of):
    body = ("Pada 2018 pekerja penerima upah mendominasi dengan 25,21 juta orang, sisanya pekerja bukan penerima upah "
            "1,82 juta orang. Adapun pemberi kerja aktif tercatat sebanyak 583.519 perusahaan.")
    assert ("participants", "active_employers", "all", None, 2018, 583519) in facts_of(body)


def test_a_total_split_by_dari_jumlah_itu_into_programmes_is_none_of_them(facts_of):
    body = ("Klaim JHT paling banyak diajukan pekerja usia 30-40 tahun. Secara nasional BPJS Ketenagakerjaan hingga "
            "Agustus 2024 telah membayarkan manfaat sebesar Rp 36,4 triliun. Dari jumlah itu, klaim JHT mencapai "
            "Rp 31,4 triliun, sementara klaim kematian Rp 2,31 triliun.")
    got = facts_of(body, published_on=date(2024, 9, 18))
    assert ("funds", "benefits_paid", "all", None, 2024, 36.4e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2024, 2.31e12) in got


def test_a_heading_naming_another_quantity_starts_a_list_of_its_own(facts_of):
    body = ("Total aset per 31 Mei 2023 sebesar Rp 701,2 triliun. Dari jumlah tersebut, dana kelolaan DJS tercatat Rp 676,6 "
            "triliun.\nRincian dana kelolaan per program:\n- JHT: Rp 440,9 triliun\n- JP: Rp 153,7 triliun\n")
    got = facts_of(body, published_on=date(2023, 7, 10))
    assert ("funds", "managed_funds", "all", "JHT", 2023, 440.9e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2023, 153.7e12) in got


def test_the_items_of_a_list_a_breakdown_word_introduces_are_parts(facts_of):
    body = ("Kepesertaan\nJumlah pekerja aktif per Desember 2024 tercatat 44,1 juta, terdiri atas:\n"
            "- Penerima Upah (PU): 28,9 juta\n- Bukan Penerima Upah (BPU): 9,6 juta\n")
    got = facts_of(body, published_on=date(2025, 1, 20))
    assert ("participants", "active_participants", "formal", None, 2024, 28.9e6) in got
    assert ("participants", "active_participants", "informal", None, 2024, 9.6e6) in got


def test_bulleted_items_under_a_totals_line_are_its_parts(facts_of):
    body = ("KEPESERTAAN 2022\nPeserta aktif: 35,86 juta pekerja\n› Penerima Upah (PU): 21,3 juta\n"
            "› Bukan Penerima Upah (BPU): 6,8 juta\nPemberi kerja aktif: 752.418 perusahaan\n")
    got = facts_of(body, published_on=date(2023, 2, 1))
    assert ("participants", "active_participants", "formal", None, 2022, 21.3e6) in got
    assert ("participants", "active_participants", "informal", None, 2022, 6.8e6) in got


def test_parts_that_add_up_to_a_total_a_few_sentences_back(facts_of):
    body = ("Peserta aktif per Juni 2024 mencapai 42,3 juta. Capaian ini setara 91,8 persen dari target akhir tahun 46,1 "
            "juta. Hal tersebut disampaikan dalam rapat dengar pendapat, Rabu (3/7/2024). Menurut dia, peserta aktif itu "
            "terdiri atas PU 26,9 juta, BPU 9,8 juta dan jakon 5,6 juta.")
    got = facts_of(body, published_on=date(2024, 7, 4))
    assert ("participants", "active_participants", "formal", None, 2024, 26.9e6) in got


def test_a_total_under_a_heading_naming_one_programme_split_into_programmes_is_none_of_them(facts_of):
    body = ("Klaim Didominasi JHT\nPembayaran klaim semester I 2024 mencapai Rp 25,4 triliun. Rinciannya, klaim JHT Rp "
            "21,1 triliun, klaim kematian Rp 1,8 triliun, santunan kecelakaan kerja Rp 1,6 triliun.")
    got = facts_of(body, published_on=date(2024, 7, 20))
    assert ("funds", "benefits_paid", "all", None, 2024, 25.4e12) in got


def test_an_amount_of_another_money_metric_after_a_breakdown_is_no_part_of_it(facts_of):
    body = ("Dana kelolaan per Desember 2023 tercatat Rp 700 triliun. Dana tersebut terdiri dari JHT Rp 450 triliun "
            "dan JP Rp 160 triliun. Iuran yang diterima naik menjadi Rp 95 triliun. Sepanjang tahun lalu, klaim yang "
            "dibayarkan mencapai Rp 52 triliun. Sebanyak Rp 44 triliun di antaranya untuk jaminan hari tua.")
    got = facts_of(body)
    assert ("funds", "benefits_paid", "all", None, 2023, 52e12) in got
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 44e12) in got


def test_a_breakdown_whose_parts_add_up_to_its_total_takes_no_further_part(facts_of):
    body = ("Realisasi sampai akhir Juni sebanyak 28,6 juta peserta aktif, terdiri dari 20,4 juta penerima upah, 2,3 "
            "juta bukan penerima upah dan 5,9 juta pekerja jasa konstruksi. Sementara itu, pekerja migran Indonesia yang "
            "terlindungi telah mencapai 310.000 orang.")
    got = facts_of(body, published_on=date(2018, 8, 7))
    assert ("participants", "participants", "migrant", None, 2018, 310e3) in got


def test_parts_by_programme_after_a_series_belong_to_the_total_they_fit_in(facts_of):
    body = ("BP Jamsostek menutup 2020 dengan dana kelolaan Rp 486,4 triliun. Dalam lima tahun terakhir, dana itu terus "
            "bertambah: Rp 317,3 triliun pada 2017 dan Rp 365,5 triliun pada 2018. Berdasarkan program, dana JHT "
            "mencapai Rp 340,9 triliun, JP Rp 84,4 triliun, JKK Rp 40,7 triliun dan JKM Rp 13,4 triliun.")
    got = facts_of(body, published_on=date(2021, 1, 15))
    assert ("funds", "managed_funds", "all", "JHT", 2020, 340.9e12) in got
    assert ("funds", "managed_funds", "all", "JKM", 2020, 13.4e12) in got


def test_the_target_a_part_is_measured_against_is_no_part(facts_of):
    body = ("Peserta aktif mencapai 35,4 juta pekerja hingga Oktober 2022. Jika dirinci per segmen, peserta penerima upah "
            "(PU) yang aktif tercatat 20,3 juta, atau 92,7 persen dari target 21,9 juta.")
    got = facts_of(body, published_on=date(2022, 11, 20))
    assert ("participants", "active_participants", "formal", None, 2022, 20.3e6) in got
    assert ("targets", "active_participants", "formal", None, 2022, 21.9e6) in got


def test_the_parts_of_an_increase_are_increases(facts_of):
    body = ("Untuk itu, lembaga ini membidik tambahan 3,5 juta peserta baru pada 2014, terdiri atas 2,7 juta pekerja formal "
            "dan 800 ribu pekerja informal.")
    assert facts_of(body, published_on=date(2014, 2, 1)) == []


def test_a_list_of_parts_after_a_target_belongs_to_the_achievement_of_its_kind(facts_of):
    body = ("Hingga akhir Juni 2024, total dana yang dikelola mencapai Rp 752,4 triliun. Direktur Investasi menjelaskan, "
            "dana itu ditargetkan menembus Rp 790 triliun pada akhir tahun ini.\nSecara rinci, dana kelolaan per Juni 2024 "
            "terdiri dari:\nJHT: Rp 471,9 triliun.\nJP: Rp 174,2 triliun.")
    got = facts_of(body, published_on=date(2024, 7, 20))
    assert ("funds", "managed_funds", "all", "JHT", 2024, 471.9e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2024, 174.2e12) in got


def test_parts_belong_to_the_level_their_sum_hits_closest_not_a_target_beside_it(facts_of):
    body = ("Jumlah peserta aktif pada akhir 2022 sebanyak 35,86 juta atau 99,3 persen dari target 36,1 juta. Rinciannya, "
            "penerima upah 20,9 juta, bukan penerima upah 6,1 juta, jasa konstruksi 8,51 juta dan pekerja migran 350 ribu.")
    got = facts_of(body, published_on=date(2023, 2, 6))
    assert ("participants", "active_participants", "informal", None, 2022, 6.1e6) in got
    assert not [g for g in got if g[0] == "targets" and g[2] != "all"]


def test_three_amounts_adding_up_to_a_level_before_are_its_parts_and_take_its_period(facts_of):
    body = ("Posisi Juni kemarin peserta aktif kita 37,1 juta. Itu jauh lebih baik dari akhir tahun lalu yang 33,1 juta. "
            "Penerima upah 22,3 juta, jasa konstruksi 9,2 juta, BPU sekitar 5,6 juta.")
    got = facts_of(body, published_on=date(2023, 8, 10))
    assert ("participants", "active_participants", "formal", None, 2023, 22.3e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 5.6e6) in got
    assert not [g for g in got if g[4] == 2022 and g[2] != "all"]


def test_the_largest_portion_opens_a_part_of_the_total_before(facts_of):
    body = ("Sepanjang 2015 BPJS Ketenagakerjaan membayarkan jaminan sebesar Rp 16,4 triliun. Porsi terbesar, Rp 13,1 "
            "triliun, tersalur untuk jaminan hari tua yang dicairkan oleh sekitar 800 ribu pekerja.")
    got = facts_of(body, published_on=date(2016, 1, 20))
    assert ("funds", "benefits_paid", "all", "JHT", 2015, 13.1e12) in got
    assert not [g for g in got if g[1] == "managed_funds"]


def test_dash_items_under_a_total_line_are_its_parts(facts_of):
    body = ("Kepesertaan (posisi Desember 2022)\nPeserta aktif: 41,2 juta.\n– Penerima Upah: 27,1 juta\n"
            "– Bukan Penerima Upah: 8,3 juta")
    got = facts_of(body, published_on=date(2023, 2, 1))
    assert ("participants", "active_participants", "formal", None, 2022, 27.1e6) in got
    assert ("participants", "active_participants", "informal", None, 2022, 8.3e6) in got


def test_a_list_introduced_after_a_part_is_that_parts_breakdown(facts_of):
    body = ("Hingga 31 Desember 2021, total peserta terdaftar sebanyak 55,4 juta pekerja. Dari jumlah itu, peserta aktif "
            "30,7 juta, terdiri atas:\nPenerima Upah (PU): 20,9 juta.\nBukan Penerima Upah (BPU): 3,1 juta.")
    got = facts_of(body, published_on=date(2022, 2, 1))
    assert ("participants", "active_participants", "formal", None, 2021, 20.9e6) in got
    assert ("participants", "active_participants", "informal", None, 2021, 3.1e6) in got


def test_parts_fit_a_level_named_further_back_than_the_last_sentences(facts_of):
    body = ("BPJS Ketenagakerjaan mencatat dana kelolaan per Juni 2025 mencapai Rp842,6 triliun. Capaian itu disampaikan "
            "dalam paparan kinerja semester I. Paparan digelar di Jakarta. Direktur Keuangan mengatakan pertumbuhan itu ditopang oleh iuran peserta dan "
            "hasil pengembangan investasi.\nRinciannya, Jaminan Hari Tua (JHT) Rp519,3 triliun dan Jaminan Pensiun (JP) "
            "Rp205,1 triliun.")
    got = facts_of(body, published_on=date(2025, 7, 22))
    assert ("funds", "managed_funds", "all", "JHT", 2025, 519.3e12) in got


def test_items_under_a_line_with_an_achievement_and_its_target_are_the_achievements_parts(facts_of):
    body = ("KEPESERTAAN\nPeserta aktif: 36,1 juta orang, dari target tahun ini 39,2 juta orang.\n– penerima upah 23,4 juta\n"
            "– bukan penerima upah 5,9 juta\n– jasa konstruksi 6,8 juta")
    got = facts_of(body, published_on=date(2022, 8, 4))
    assert ("participants", "active_participants", "formal", None, 2022, 23.4e6) in got
    assert ("participants", "active_participants", "construction", None, 2022, 6.8e6) in got


def test_a_part_after_di_mana_is_a_part_of_the_figure_before_it(facts_of):
    body = ("Dana kelolaan akhir 2023 tercatat Rp720 triliun, terdiri atas dana JHT Rp480 triliun dan dana JP Rp150 "
            "triliun. Sepanjang 2023, total klaim yang dibayarkan BPJS Ketenagakerjaan Rp52,7 triliun, di mana JHT "
            "menyumbang sekitar 80% atau Rp42,2 triliun.")
    got = facts_of(body, published_on=date(2024, 2, 2))
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 42.2e12) in got
