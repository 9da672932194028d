"""constructions/programme.py: the programme of a figure, named or by its purpose."""
from datetime import date


def test_programmes_named_by_purpose(facts_of):
    got = facts_of("Sepanjang 2023, klaim untuk kecelakaan kerja Rp 2,5 triliun, Rp 1,2 triliun untuk kematian, "
                   "dan untuk pensiun Rp 800 miliar.")
    assert got == [("funds", "benefits_paid", "all", "JKK", 2023, 2.5e12),
                   ("funds", "benefits_paid", "all", "JKM", 2023, 1.2e12),
                   ("funds", "benefits_paid", "all", "JP", 2023, 800e9)]


def test_retirement_age_is_no_pension_programme(facts_of):
    got = facts_of("Sepanjang 2023, klaim JHT karena usia pensiun mencapai Rp 15 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 15e12)]


def test_amounts_after_one_programmes_amount_are_that_programmes(facts_of):
    body = ("BPJS Ketenagakerjaan mengelola dana program JHT sebesar Rp 372 triliun per 2021. Dana tersebut "
            "diinvestasikan dan menghasilkan keuntungan Rp 24 triliun sepanjang 2021. Di sisi lain, BPJS "
            "Ketenagakerjaan menerima dana iuran peserta sebesar Rp 51 triliun sepanjang 2021.")
    got = facts_of(body)
    assert ("funds", "investment_returns", "all", "JHT", 2021, 24e12) in got
    assert ("funds", "contributions", "all", "JHT", 2021, 51e12) in got


def test_an_item_after_several_programmes_items_is_none_of_theirs(facts_of):
    body = ("Sepanjang 2024, klaim program JKK mencapai Rp2,46 triliun. Kemudian klaim program JKM sebesar "
            "Rp2,84 triliun. Klaim manfaat beasiswa juga telah dibayarkan sebesar Rp347 miliar.")
    assert ("funds", "benefits_paid", "all", None, 2024, 347e9) in facts_of(body)


def test_a_total_after_a_programmes_share_is_no_programmes(facts_of):
    body = ("Sebesar 98 persen adalah klaim jaminan hari tua (JHT). Sementara pada 2018, klaim yang telah "
            "dibayarkan mencapai Rp24 triliun dimana Rp22 triliun dari JHT.")
    got = facts_of(body)
    assert ("funds", "benefits_paid", "all", None, 2018, 24e12) in got


def test_an_amount_no_smaller_than_the_programmes_is_a_total(facts_of):
    body = "Dana JHT mencapai Rp 400 triliun pada 2023. Adapun dana kelolaan mencapai Rp 700 triliun."
    assert ("funds", "managed_funds", "all", None, 2023, 700e12) in facts_of(body)


def test_a_series_of_one_programmes_amounts_by_month(facts_of):
    body = ("Data Juni 2020 mencatat 1,1 juta kasus klaim JHT sebesar Rp 14,34 triliun. Sedangkan pada Agustus "
            "2020 mencapai 1,33 juta klaim peserta dengan jumlah Rp 16,47 triliun.")
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 16.47e12) in facts_of(body)


def test_a_programme_after_untuk_is_the_figure_befores(facts_of):
    got = facts_of("Pada 2023 klaim sebesar Rp 45 triliun untuk JHT dan Rp 3 triliun untuk JKK.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2023, 45e12),
                   ("funds", "benefits_paid", "all", "JKK", 2023, 3e12)]


def test_one_programmes_amounts_listed_with_their_own_fund_words(facts_of):
    got = facts_of("Saat ini pendapatan iuran JKP senilai Rp1,9 triliun dan investasi senilai Rp7,7 triliun "
                   "dan jumlah aset senilai Rp7,9 triliun.")
    assert got == [("funds", "contributions", "all", "JKP", 2024, 1.9e12),
                   ("funds", "managed_funds", "all", "JKP", 2024, 7.7e12),
                   ("funds", "assets", "all", "JKP", 2024, 7.9e12)]


def test_one_programmes_amounts_joined_by_dengan(facts_of):
    got = facts_of("DJSN mencatat pembayaran klaim JKP pada 2024 sebesar Rp0,38 triliun dengan pendapatan iuran Rp2,98 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JKP", 2024, 0.38e12), ("funds", "contributions", "all", "JKP", 2024, 2.98e12)]


def test_a_change_in_a_passage_about_one_programme(facts_of):
    body = ("Klaim JKK pada 2021 naik dari Rp1,55 triliun menjadi Rp1,79 triliun. Maka aset kami meningkat 14 persen "
            "dari Rp41 triliun menjadi Rp46 triliun pada 2021.")
    got = facts_of(body)
    assert ("funds", "assets", "all", "JKK", 2021, 46e12) in got
    assert ("funds", "assets", "all", "JKK", 2020, 41e12) in got


import pytest  # noqa: E402


@pytest.mark.parametrize("body", [
    "Pada 2023, klaim yang dibayarkan Rp 40 triliun (JHT), Rp 2,5 triliun (JKK) dan Rp 1,2 triliun (JKM).",
    "Pada 2023, klaim terbanyak dari JHT sebesar Rp 40 triliun, disusul JKK Rp 2,5 triliun, lalu JKM Rp 1,2 triliun.",
    "Pada 2023, program JHT, JKK dan JKM masing-masing membayar klaim Rp 40 triliun, Rp 2,5 triliun dan Rp 1,2 triliun.",
])
def test_lists_of_programmes_map_each_figure_to_its_item(facts_of, body):
    assert [(f[3], f[5]) for f in facts_of(body)] == [("JHT", 40e12), ("JKK", 2.5e12), ("JKM", 1.2e12)]


def test_one_figure_handed_to_each_programme_by_masing_masing(facts_of):
    each = "Pada 2024 jumlah peserta yang terdaftar program JKK dan JKM masing-masing sebanyak 26,64 juta orang."
    assert facts_of(each) == [("participants", "registered_participants", "all", "JKK", 2024, 26640000),
                              ("participants", "registered_participants", "all", "JKM", 2024, 26640000)]
    in_turn = "Pada 2024 klaim program JKK dan JKM masing-masing Rp3,9 triliun dan Rp1,16 triliun."
    assert facts_of(in_turn) == [("funds", "benefits_paid", "all", "JKK", 2024, 3.9e12),
                                 ("funds", "benefits_paid", "all", "JKM", 2024, 1.16e12)]


def test_a_programme_named_as_the_kind_of_claim(facts_of):
    got = facts_of("Klaim kehilangan pekerjaan yang dibayarkan hingga Agustus 2024 mencapai Rp 300 miliar.")
    assert got == [("funds", "benefits_paid", "all", "JKP", 2024, 300e9)]


def test_program_itu_points_back_at_the_programme_before(facts_of):
    body = "Program JHT mencatat klaim terbesar. Pada 2023 klaim program itu mencapai Rp 47 triliun."
    assert facts_of(body) == [("funds", "benefits_paid", "all", "JHT", 2023, 47e12)]
    body = "Ada lima program yang dikelola, termasuk JHT. Dari lima program tersebut, klaim pada 2023 mencapai Rp 50 triliun."
    assert facts_of(body) == [("funds", "benefits_paid", "all", None, 2023, 50e12)]


def test_programmes_after_a_breakdown_word_are_the_parts(facts_of):
    body = "Dana kelolaan pada 2023 Rp 700 triliun terdiri atas dana JHT Rp 480 triliun dan JP Rp 150 triliun."
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2023, 700e12),
                              ("funds", "managed_funds", "all", "JHT", 2023, 480e12),
                              ("funds", "managed_funds", "all", "JP", 2023, 150e12)]


def test_a_flow_named_before_a_fund_word_is_the_head(facts_of):
    assert facts_of("Hingga Oktober 2023 hasil investasi dana kelolaan BPJS Ketenagakerjaan mencapai Rp 40 "
                    "triliun.") == [("funds", "investment_returns", "all", None, 2023, 40e12)]


def test_an_amount_named_by_its_source_after_it(facts_of):
    body = ("Penerimaan iuran BPJS Ketenagakerjaan per Oktober 2023 mencapai Rp 70 triliun. Perinciannya, "
            "Rp 40 triliun dari iuran JHT.")
    assert ("funds", "contributions", "all", "JHT", 2023, 40e12) in facts_of(body)


def test_the_programmes_other_than_one_are_not_that_one(facts_of):
    body = ("Hingga Oktober 2023 iuran JHT mencapai Rp 40 triliun. Nilai ini setara 83% dari target iuran JHT. "
            "Adapun iuran non-JHT sebesar Rp 20 triliun. Pembayaran klaim hingga Oktober 2023 mencapai Rp 35 triliun.")
    got = facts_of(body)
    assert ("funds", "contributions", "all", None, 2023, 20e12) in got
    assert ("funds", "benefits_paid", "all", None, 2023, 35e12) in got


def test_a_verb_of_collecting_before_a_fund_word_is_no_head(facts_of):
    assert facts_of("Per Desember 2023, BPJS Ketenagakerjaan telah mengumpulkan dana kelolaan sebesar Rp 750 "
                    "triliun.") == [("funds", "managed_funds", "all", None, 2023, 750e12)]


def test_profit_gained_from_investing_the_fund_is_returns(facts_of):
    assert facts_of("Adapun keuntungan yang diperoleh dari investasi dana kelolaan pada 2023 mencapai Rp 50 "
                    "triliun.") == [("funds", "investment_returns", "all", None, 2023, 50e12)]


def test_the_next_programmes_item_after_the_agencys_own_fund(facts_of):
    body = ("Pada 2023 dana investasi program JP mencapai Rp 190 triliun, sedangkan dana BPJS sebagai badan Rp 13 "
            "triliun. Adapun, program JKP mencapai Rp 12 triliun.")
    assert ("funds", "managed_funds", "all", "JKP", 2023, 12e12) in facts_of(body)


def test_the_active_part_of_a_programmes_members_is_that_programmes(facts_of):
    got = facts_of("Dalam dua tahun peserta program JP pada 2023 mencapai 15 juta jiwa, yang aktif membayar iuran "
                   "mencapai 10 juta jiwa.")
    assert ("participants", "registered_participants", "all", "JP", 2023, 15e6) in got
    assert ("participants", "active_participants", "all", "JP", 2023, 10e6) in got


def test_a_count_for_a_list_of_programmes_after_it_is_all_programmes(facts_of):
    assert facts_of("Pada 2023 sebanyak 41 juta orang merupakan peserta aktif pada program JKK dan JKM.") == [
        ("participants", "active_participants", "all", None, 2023, 41e6)]


def test_the_amount_for_the_other_programmes_is_none_of_the_one_before(facts_of):
    got = facts_of("Pada 2023 iuran terdiri dari iuran program JHT sebesar Rp 60 triliun dan non-JHT Rp 25 triliun.")
    assert ("funds", "contributions", "all", "JHT", 2023, 60e12) in got
    assert not [f for f in got if f[5] == 25e12 and f[3] == "JHT"]


def test_an_amount_then_what_it_is(facts_of):
    body = ("Sepanjang 2023 BPJS Ketenagakerjaan membayar klaim Rp13 triliun. Sebagian besar, yakni Rp11 triliun, "
            "merupakan klaim jaminan hari tua (JHT). Berikutnya jaminan kecelakaan kerja Rp786 miliar.")
    got = facts_of(body)
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 11e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2023, 786e9) in got


def test_a_full_sentence_after_lines_under_a_heading_is_none_of_theirs(facts_of):
    body = ("Kinerja 2023 per program:\nJaminan Kematian (JKM)\n- Dana kelolaan: Rp17 triliun\n- Iuran: Rp3 triliun\n"
            "Jaminan Kehilangan Pekerjaan (JKP)\n- Dana kelolaan: Rp14 triliun\n- Iuran: Rp2 triliun\n"
            "Secara total, dana jaminan sosial lima program tersebut bernilai Rp761 triliun pada 2023.\n"
            "Iuran seluruh program sepanjang 2023 terkumpul Rp96 triliun.")
    got = facts_of(body)
    assert ("funds", "managed_funds", "all", "JKP", 2023, 14e12) in got
    assert ("funds", "managed_funds", "all", None, 2023, 761e12) in got
    assert ("funds", "contributions", "all", None, 2023, 96e12) in got


def test_the_assets_of_the_social_security_fund(facts_of):
    assert facts_of("Total aset dana jaminan sosial (DJS) pada 2023 tercatat Rp712,8 triliun.") == [
        ("funds", "assets", "all", None, 2023, 712.8e12)]
    assert facts_of("Dana Jaminan Sosial (DJS) pada 2023 tercatat Rp700 triliun.") == [
        ("funds", "managed_funds", "all", None, 2023, 700e12)]


def test_program_itu_points_back_at_the_programme_the_sentence_before_is_about(facts_of):
    body = ("Secara nasional, jumlah pekerja yang ikut program JP hingga akhir September 2015 mencapai 1,71 juta orang. "
            "Iuran program itu yang terhimpun dalam tiga bulan pertama sebesar Rp1,05 triliun.")
    assert ("funds", "contributions", "all", "JP", 2015, 1.05e12) in facts_of(body, published_on=date(2015, 10, 21))
    # the subject of the sentence before, not the last programme it names
    body = ("Iuran JKP sebesar 0,46 persen dari upah, sebagian dari rekomposisi iuran JKK dan JKM. "
            "Iuran program itu yang terkumpul sepanjang tahun lalu mencapai Rp2,17 triliun.")
    assert facts_of(body) == [("funds", "contributions", "all", "JKP", 2023, 2.17e12)]


def test_programmes_named_by_purpose_as_the_items_of_a_list(facts_of):
    body = ("Dari total tersebut, untuk hari tua Rp25,9 triliun, Rp1,8 triliun untuk kecelakaan kerja, kematian "
            "Rp1,6 triliun, pensiun Rp1,1 triliun, dan kehilangan pekerjaan Rp350 miliar.")
    got = facts_of("Total manfaat yang dibayarkan tahun lalu Rp30,8 triliun. " + body)
    assert [f[3] for f in got] == [None, "JHT", "JKK", "JKM", "JP", "JKP"]


def test_a_total_broken_down_over_several_programmes_is_none_of_theirs(facts_of):
    body = ("Pembayaran klaim jaminan hari tua (JHT) sepanjang 2015 melonjak setelah aturan baru terbit. "
            "Direktur mengatakan, total jaminan yang dibayarkan sepanjang tahun lalu mencapai Rp14,7 triliun. "
            "Perinciannya, untuk hari tua Rp13,5 triliun, Rp0,7 triliun untuk kecelakaan kerja, Rp0,4 triliun untuk kematian.")
    got = facts_of(body, published_on=date(2016, 1, 20))
    assert ("funds", "benefits_paid", "all", None, 2015, 14.7e12) in got
    assert ("funds", "benefits_paid", "all", "JHT", 2015, 13.5e12) in got


def test_the_agencys_own_fund_takes_no_programme_from_the_passage(facts_of):
    body = ("Manfaat JKP yang dibayarkan hingga Juni 2024 mencapai Rp169 miliar. Dari sisi investasi, dana kelolaan "
            "BPJS Ketenagakerjaan per Juni 2024 tercatat Rp746 triliun.")
    assert facts_of(body, published_on=date(2024, 7, 30)) == [
        ("funds", "benefits_paid", "all", "JKP", 2024, 169e9), ("funds", "managed_funds", "all", None, 2024, 746e12)]


def test_a_row_with_a_label_of_its_own_or_a_total_takes_no_programme_from_the_row_before(facts_of):
    body = ("Berikut rincian dana per program:\nJHT: pada 2016 sebesar Rp216,1 triliun.\nJP: pada 2016 sebesar Rp7,9 triliun.\n"
            "BPJS (badan): pada 2016 sebesar Rp3,1 triliun.\nTotal: pada 2016 sebesar Rp257,5 triliun.\n"
            "Sepanjang 2016, hasil investasi yang dibukukan mencapai Rp21,4 triliun.")
    got = facts_of(body, published_on=date(2017, 3, 1))
    assert ("funds", "managed_funds", "all", None, 2016, 257.5e12) in got
    assert ("funds", "investment_returns", "all", None, 2016, 21.4e12) in got
    assert all(f[3] != "JP" for f in got if f[5] in (3.1e12, 257.5e12, 21.4e12))


def test_the_whole_fund_after_one_programmes_flows_is_no_programmes(facts_of):
    """A fund measure of the whole agency (managed funds, investment returns) after the amounts of one
    programme's claims takes no programme from them; a programme's assets in its own passage still do."""
    body = ("Sepanjang semester I 2025, klaim JHT yang dibayarkan mencapai Rp 25,1 triliun. Untuk semester I "
            "2025, hasil investasi tercatat Rp 28,9 triliun. Hingga akhir tahun ini, dana kelolaan ditargetkan "
            "mencapai Rp 880 triliun.")
    got = facts_of(body, published_on=date(2025, 7, 20))
    assert ("funds", "investment_returns", "all", None, 2025, 28.9e12) in got
    assert ("targets", "managed_funds", "all", None, 2025, 880e12) in got
    programme_assets = ("Sepanjang 2021, iuran JKK naik dari Rp3,7 triliun menjadi Rp5,2 triliun. "
                        "Maka aset kami meningkat menjadi Rp46 triliun pada 2021.")
    assert ("funds", "assets", "all", "JKK", 2021, 46e12) in facts_of(programme_assets)


def test_a_rows_programme_label_is_every_figure_of_the_row(facts_of):
    """"JKK: Iuran Rp6,12 triliun; Klaim Rp2,47 triliun": the label before the colon (or a table's bar)
    names the programme of each figure of its line, not only the first."""
    body = ("Kinerja program sepanjang 2022:\nJKK: Iuran Rp6,12 triliun; Klaim Rp2,47 triliun.\n"
            "JKM | Iuran Rp3,34 triliun; Klaim Rp2,63 triliun.\n")
    got = facts_of(body)
    assert ("funds", "benefits_paid", "all", "JKK", 2022, 2.47e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2022, 2.63e12) in got
    # a programme at the head of a sentence with no label's end is not a row label
    assert ("funds", "benefits_paid", "all", "JKK", 2012, 5.933e12) not in facts_of(
        "Pembayaran JKK naik menjadi Rp412 miliar pada 2013, pembayaran JHT naik menjadi Rp7,391 triliun "
        "dari Rp5,933 triliun pada 2012.")


def test_a_pointer_passes_through_sentences_that_point_back_themselves(facts_of):
    """'"Program itu wajib ..." ... Iuran yang dihimpun dari program itu ...': the sentence between points at the
    same programme, so the pointer reaches the one that names it."""
    body = ("Program jaminan pensiun (JP) sudah diikuti 2,47 juta pekerja hingga akhir September 2015. Pesertanya "
            "terus bertambah. \"Program itu wajib bagi pekerja penerima upah,\" ujar Ahmad. Sosialisasi terus "
            "dilakukan. Iuran yang dihimpun dari program itu selama tiga bulan pertama mencapai Rp 1,12 triliun.")
    assert ("funds", "contributions", "all", "JP", 2015, 1.12e12) in facts_of(body, published_on=date(2015, 10, 14))


def test_a_list_of_programmes_glossed_before_their_abbreviations_is_none_of_theirs(facts_of):
    """"which runs the old-age savings (JHT), work accident (JKK), death (JKM) and pension (JP) programs, managed
    Rp 351.2 trillion (US$24 billion) in funds": the fund of all of them; the dollar amount in brackets is the same
    figure, and the words after it still name what it is."""
    body = ("The agency, which runs the old-age savings (JHT), work accident (JKK), death (JKM) and pension (JP) "
            "programs, managed Rp 351.2 trillion (US$24 billion) in funds as of June 2018.")
    assert facts_of(body) == [("funds", "managed_funds", "all", None, 2018, 351.2e12)]
    assert facts_of("The agency booked Rp 30.84 trillion (US$2.2 billion) in investment returns in 2018.") == [
        ("funds", "investment_returns", "all", None, 2018, 30.84e12)]


def test_an_english_list_of_programmes_joined_by_and(facts_of):
    """"to complement the existing old-age savings (JHT), work accident (JKK) and death benefit (JKM) schemes, has
    signed up 1.93 million workers": a list, so no one programme of it is the figure's."""
    body = ("The agency's pension programme, launched on July 1 to complement the existing old-age savings (JHT), "
            "work accident (JKK) and death benefit (JKM) schemes, has signed up 1.93 million workers so far in 2015.")
    assert ("participants", "participants", "all", "JKM", 2015, 1_930_000) not in facts_of(body)


def test_a_fund_pointed_at_is_of_the_programme_named_before(facts_of):
    body = ("Iuran program JKP dibayar dari rekomposisi iuran JKK dan JKM, dan dananya dikelola terpisah. Dana tersebut "
            "menghasilkan imbal hasil Rp371 miliar sepanjang 2021.")
    assert ("funds", "investment_returns", "all", "JKP", 2021, 371e9) in facts_of(body, published_on=date(2022, 3, 1))


def test_a_programme_set_aside_and_the_next_item_with_its_own_amount(facts_of):
    """"Selain JHT, ... membayar Rp 487,1 miliar untuk kecelakaan kerja, Rp 402,7 miliar untuk kematian dan jaminan
    pensiun Rp 190,8 miliar": JHT is set aside; "kematian dan jaminan pensiun" is no list, the pension has its own."""
    got = facts_of("Selain JHT, BPJS Ketenagakerjaan membayar Rp 487,1 miliar untuk kecelakaan kerja, Rp 402,7 miliar "
                   "untuk kematian dan jaminan pensiun Rp 190,8 miliar sepanjang 2020.", published_on=date(2021, 2, 1))
    assert got == [("funds", "benefits_paid", "all", "JKK", 2020, 487.1e9),
                   ("funds", "benefits_paid", "all", "JKM", 2020, 402.7e9),
                   ("funds", "benefits_paid", "all", "JP", 2020, 190.8e9)]


def test_a_purpose_opening_a_sentence_a_few_words_before_its_amount(facts_of):
    """"Pensiun baru Rp 6,92 triliun", "Pensiun masih kecil, Rp62,4 miliar": the programme named by its purpose at
    the sentence's opening; "Kematian peserta meningkat tahun ini" names none."""
    body = "Dana JHT mencapai Rp 200 triliun pada 2016. Pensiun baru Rp 6,92 triliun karena programnya belum genap setahun."
    assert ("funds", "managed_funds", "all", "JP", 2016, 6.92e12) in facts_of(body)
    body = "Klaim JHT Rp18,34 triliun sepanjang 2017. Pensiun masih kecil, Rp62,4 miliar."
    assert ("funds", "benefits_paid", "all", "JP", 2017, 62.4e9) in facts_of(body, published_on=date(2018, 1, 20))


def test_a_programme_named_by_its_purpose_after_program(facts_of):
    assert facts_of("Adapun program kematian mengelola dana Rp15,11 triliun pada 2023.") == [
        ("funds", "managed_funds", "all", "JKM", 2023, 15.11e12)]


def test_a_list_of_programmes_under_a_colon_gives_each_item_its_programme():
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    page = ("Klaim BPJS Ketenagakerjaan Rp 49 Triliun\n"
            "JAKARTA - Sepanjang 2022 BPJS Ketenagakerjaan membayar klaim Rp 49,12 triliun. Rinciannya sebagai berikut:\n"
            "• Jaminan Hari Tua: Rp 43,31 triliun\n• Jaminan Kematian: Rp 2,71 triliun\n• Jaminan Pensiun: Rp 574 miliar\n")
    got = [(f.table, f.metric, f.program, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert ("funds", "benefits_paid", "JHT", 2022, 43.31e12) in got
    assert ("funds", "benefits_paid", "JKM", 2022, 2.71e12) in got
    assert ("funds", "benefits_paid", "JP", 2022, 574e9) in got


def test_claims_named_by_death_are_the_death_programmes(facts_of):
    got = facts_of("Sepanjang 2023, klaim JHT mencapai Rp 44,9 triliun, disusul klaim kematian Rp 3,2 triliun "
                   "dan santunan kecelakaan kerja Rp 3,0 triliun.")
    assert ("funds", "benefits_paid", "all", "JKM", 2023, 3.2e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2023, 3.0e12) in got


def test_one_programmes_claims_do_not_make_the_next_contributions_its_own(facts_of):
    got = facts_of("Untuk kecelakaan kerja, jumlah kasus sepanjang 2018 mencapai 173.105 kasus. Nilai klaim kecelakaan kerja "
                   "tersebut naik dari Rp 1,21 triliun pada 2017. Di sisi lain, penerimaan iuran sepanjang 2018 mencapai "
                   "Rp 61,4 triliun.")
    assert ("funds", "contributions", "all", None, 2018, 61.4e12) in got


def test_a_programme_in_a_clause_of_reason_is_not_the_figures(facts_of):
    got = facts_of("Tahun depan, seiring beroperasinya program jaminan pensiun mulai Juli 2015, BPJS Ketenagakerjaan "
                   "menargetkan peserta aktif mencapai 21,5 juta orang.", published_on=date(2014, 12, 20))
    assert got == [("targets", "active_participants", "all", None, 2015, 21.5e6)]


def test_an_interviewers_question_opens_a_topic_of_its_own(facts_of):
    got = facts_of("Dana kelolaan program jaminan pensiun sudah Rp 5,4 triliun per Juli 2016.\n"
                   "Target hasil investasi tahun ini?\nKami menargetkan hasil investasi Rp 22,5 triliun.",
                   published_on=date(2016, 8, 1))
    assert ("targets", "investment_returns", "all", None, 2016, 22.5e12) in got


def test_a_programme_pointer_before_a_speakers_clause(facts_of):
    got = facts_of("Heru menargetkan peserta JP di Jawa Tengah mencapai 400 ribu orang pada 2015. Secara nasional program "
                   "tersebut telah diikuti 2,3 juta pekerja per Oktober 2015. Iuran program tersebut yang terkumpul secara "
                   "nasional sejak Juli, kata Sugeng, sudah mencapai Rp 1,1 triliun.", published_on=date(2015, 11, 5))
    assert ("funds", "contributions", "all", "JP", 2015, 1.1e12) in got


def test_a_programme_pointed_at_across_a_relative_clause(facts_of):
    got = facts_of("Dana kelolaan program Jaminan Pensiun (JP) per akhir Februari 2025 mencapai Rp 194,1 triliun. Program "
                   "yang mulai berjalan sejak Juli 2015 itu kini melindungi 15,3 juta peserta aktif.",
                   published_on=date(2025, 3, 10))
    assert ("participants", "active_participants", "all", "JP", 2025, 15.3e6) in got


def test_a_fund_pointed_at_has_the_programme_named_with_it(facts_of):
    got = facts_of("Program JP diikuti 13 juta peserta. Berapa dana kelolaan sekarang? Posisi Juni 2017 itu Rp 287,9 "
                   "triliun. Sampai akhir tahun kami proyeksikan dana itu mencapai Rp 310 triliun.",
                   published_on=date(2017, 7, 20))
    assert ("targets", "managed_funds", "all", None, 2017, 310e12) in got


def test_a_sentence_pointing_back_passes_the_pointer_on(facts_of):
    got = facts_of("Manfaat Jaminan Kehilangan Pekerjaan (JKP) yang dibayarkan hingga Mei 2022 mencapai Rp 10,3 miliar. "
                   "Program tersebut bersumber dari rekomposisi iuran JKK dan JKM. Saat ini dana yang dikelola untuk "
                   "program tersebut mencapai Rp 8,6 triliun.", published_on=date(2022, 6, 10))
    assert ("funds", "managed_funds", "all", "JKP", 2022, 8.6e12) in got


def test_a_clause_about_the_subject_listing_programmes_names_none_of_the_figures(facts_of):
    got = facts_of("The agency, which runs the old-age savings (JHT), pension, work accident, death and job-loss programs, "
                   "had 41.6 million active participants at the end of 2023.")
    assert got == [("participants", "active_participants", "all", None, 2023, 41.6e6)]


def test_the_pension_fund_managed_is_the_pension_programmes(facts_of):
    got = facts_of("Dana pensiun yang dikelola BPJS Ketenagakerjaan per Mei 2017 mencapai Rp 28,4 triliun.")
    assert got == [("funds", "managed_funds", "all", "JP", 2017, 28.4e12)]
    assert facts_of("Aset industri dana pensiun swasta pada 2017 mencapai Rp 260 triliun.") == []


def test_a_programmes_yearly_series_goes_on_and_a_total_its_share_is_taken_of_is_none_of_its(facts_of):
    got = facts_of("Nilai klaim Jaminan Hari Tua (JHT) terus meningkat. Pada 2018 nilainya Rp 22,01 triliun dan Rp 26,65 "
                   "triliun pada 2019. Pandemi Covid-19 membuat klaim melonjak menjadi Rp 33,17 triliun pada 2020. Porsi "
                   "JHT mencapai 87 persen dari total klaim BPJS Ketenagakerjaan 2021 yang sebesar Rp 42,89 triliun.",
                   published_on=date(2022, 2, 20))
    assert ("funds", "benefits_paid", "all", "JHT", 2020, 33.17e12) in got
    assert ("funds", "benefits_paid", "all", None, 2021, 42.89e12) in got
    got = facts_of("Pada 2018 klaim (JHT) mendominasi hingga 90% dari total klaim atau senilai Rp21,6 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2018, 21.6e12)]


def test_most_of_an_amount_set_off_then_named_by_what_it_paid_for(facts_of):
    got = facts_of("Sepanjang 2014 BPJS Ketenagakerjaan menyalurkan manfaat Rp12,43 triliun kepada peserta. Sebagian besar, "
                   "yakni Rp11,5 triliun, dicairkan untuk jaminan hari tua.")
    assert ("funds", "benefits_paid", "all", "JHT", 2014, 11.5e12) in got


def test_a_programme_pointer_after_the_figure(facts_of):
    got = facts_of("Program JKP berjalan sejak 2022. Saat ini terdapat 15,8 juta peserta yang terdaftar dalam program "
                   "tersebut.")
    assert got == [("participants", "registered_participants", "all", "JKP", 2024, 15.8e6)]


def test_a_pointer_takes_the_programme_the_passage_is_about_among_several_named(facts_of):
    body = ("Peserta program JKP hingga Mei 2023 sebanyak 14,1 juta pekerja. Untuk membiayai program itu, pemerintah "
            "menyetor modal awal Rp 6 triliun. Selain itu, sebagian iuran JKK dan JKM dialihkan untuk JKP. Dana yang "
            "dikelola untuk program tersebut kini mencapai Rp 11,2 triliun.")
    got = facts_of(body, published_on=date(2023, 6, 20))
    assert ("funds", "managed_funds", "all", "JKP", 2023, 11.2e12) in got


def test_a_possessive_subject_is_the_programme_the_sentence_before_opens_with(facts_of):
    body = ("Bagaimana dengan jaminan pensiun?\nProgram itu baru berjalan sejak Juli 2015. Pesertanya sekarang sekitar "
            "13,1 juta pekerja.")
    assert facts_of(body, published_on=date(2020, 3, 2)) == [("participants", "participants", "all", "JP", 2020, 13.1e6)]
    # (not when the sentence before opens with anything else)
    body = "Sejak 2015 BPJS Ketenagakerjaan menjalankan program JHT dan JP. Pesertanya sekarang sekitar 13,1 juta pekerja."
    assert facts_of(body, published_on=date(2020, 3, 2)) == [("participants", "participants", "all", None, 2020, 13.1e6)]


def test_an_english_pointer_at_the_programme_before(facts_of):
    body = ("What about the pension program, Jaminan Pensiun?\nIt has about 11.9 million participants now. Funds under "
            "management for that program have reached Rp 24.7 trillion.")
    assert ("funds", "managed_funds", "all", "JP", 2017, 24.7e12) in facts_of(body, published_on=date(2017, 4, 2))
    body = ("The job-loss program (JKP) started in 2022. The program is funded partly by contributions redirected from "
            "the work-accident program. Contributions collected for the program in 2022 totaled Rp 1.3 trillion.")
    assert facts_of(body, published_on=date(2023, 2, 2)) == [("funds", "contributions", "all", "JKP", 2022, 1.3e12)]


def test_a_possessive_after_a_programmes_figure_in_the_sentence_is_that_programmes(facts_of):
    body = "Iuran yang masuk ke program JP sepanjang 2019 Rp 9,4 triliun, dan dana kelolaannya Rp 57 triliun."
    assert facts_of(body, published_on=date(2020, 3, 2)) == [("funds", "contributions", "all", "JP", 2019, 9.4e12),
                                                             ("funds", "managed_funds", "all", "JP", 2019, 57e12)]


def test_a_set_off_amount_then_what_was_paid_for(facts_of):
    body = ("Sepanjang Januari-September 2023 klaim yang dibayarkan Rp 39,6 triliun. Ia mengatakan sebagian besar dana itu, "
            "yakni Rp 33,9 triliun, dicairkan untuk jaminan hari tua.")
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 33.9e12) in facts_of(body, published_on=date(2023, 10, 5))


@pytest.mark.parametrize("opener", ["Secara nasional, ", "Untuk pengelolaan dana, ", "Dari sisi penerimaan, "])
def test_a_sentence_turning_to_the_whole_account_takes_no_programme_from_before(facts_of, opener):
    body = (f"Peserta banyak mencairkan saldo jaminan hari tua. {opener}hingga Agustus 2019 klaim yang dibayarkan "
            "mencapai Rp 19,6 triliun.")
    assert facts_of(body, published_on=date(2019, 9, 5)) == [("funds", "benefits_paid", "all", None, 2019, 19.6e12)]


def test_other_programmes_spelled_out_in_a_list_are_no_one_programme(facts_of):
    body = ("Jika ditambah program lain, yakni kecelakaan kerja, kematian dan pensiun, total pembayaran klaim hingga "
            "Agustus 2020 mencapai Rp 22,4 triliun.")
    assert facts_of(body, published_on=date(2020, 9, 1)) == [("funds", "benefits_paid", "all", None, 2020, 22.4e12)]


def test_amounts_before_the_programme_they_were_paid_for(facts_of):
    """A list of amounts each followed by what it paid for, with a word or two between the purpose word and the
    programme ("untuk pencairan jaminan hari tua", "untuk santunan kecelakaan kerja")."""
    got = facts_of("Sepanjang 2022, manfaat yang dibayarkan mencapai Rp 45,2 triliun. Sebanyak Rp 38,1 triliun di "
                   "antaranya untuk pembayaran jaminan hari tua, Rp 2,9 triliun untuk santunan kecelakaan kerja, "
                   "Rp 2,6 triliun klaim kematian, dan Rp 0,4 triliun untuk peserta yang kehilangan pekerjaan.")
    assert got == [("funds", "benefits_paid", "all", None, 2022, 45.2e12),
                   ("funds", "benefits_paid", "all", "JHT", 2022, 38.1e12),
                   ("funds", "benefits_paid", "all", "JKK", 2022, 2.9e12),
                   ("funds", "benefits_paid", "all", "JKM", 2022, 2.6e12),
                   ("funds", "benefits_paid", "all", "JKP", 2022, 0.4e12)]


def test_a_programme_named_as_the_bulk_of_a_total_is_not_its_programme(facts_of):
    got = facts_of("Klaim yang dibayarkan sepanjang 2019, terutama klaim jaminan hari tua, mencapai Rp 29,2 triliun.")
    assert got == [("funds", "benefits_paid", "all", None, 2019, 29.2e12)]


def test_a_total_a_programmes_amount_is_part_of_is_no_programmes(facts_of):
    got = facts_of("The agency's old-age savings (JHT) fund stood at Rp 380.2 trillion at the end of March 2022, part "
                   "of Rp 560.1 trillion in total funds under management.")
    assert ("funds", "managed_funds", "all", "JHT", 2022, 380.2e12) in got
    assert ("funds", "managed_funds", "all", None, 2022, 560.1e12) in got


def test_a_figure_set_off_after_a_longer_opening_is_the_programme_named_after_it(facts_of):
    body = ("Sepanjang 2013, klaim yang dibayarkan mencapai Rp 10,3 triliun. Sebagian besar dari pembayaran itu, Rp 9,1 "
            "triliun, untuk jaminan hari tua.")
    assert ("funds", "benefits_paid", "all", "JHT", 2013, 9.1e12) in facts_of(body)


def test_money_set_aside_for_a_benefit_is_no_portfolio_allocation(facts_of):
    body = ("Sepanjang 2016 klaim yang dibayarkan Rp 14,7 triliun. Sebagian besar atau Rp 13,2 triliun dialokasikan "
            "untuk jaminan hari tua.")
    assert ("funds", "benefits_paid", "all", "JHT", 2016, 13.2e12) in facts_of(body)


def test_disbursing_a_programmes_fund_is_a_payout(facts_of):
    got = facts_of("Hingga Juli 2015, BPJS Ketenagakerjaan sudah mencairkan dana JHT sebesar Rp 2,1 triliun kepada "
                   "sekitar 180 ribu peserta.")
    assert ("funds", "benefits_paid", "all", "JHT", 2015, 2.1e12) in got


def test_a_programme_set_aside_with_its_benefit_noun_leaves_the_next_one(facts_of):
    got = facts_of("Selain santunan kecelakaan kerja, klaim kematian sepanjang 2023 juga naik menjadi Rp 3,1 triliun.")
    assert got == [("funds", "benefits_paid", "all", "JKM", 2023, 3.1e12)]


def test_the_fund_of_a_programme_spelled_out_is_that_programmes_managed_fund(facts_of):
    got = facts_of("Dana program Jaminan Kehilangan Pekerjaan (JKP), yang baru berjalan setahun, per Desember 2022 sudah "
                   "mencapai Rp 9,3 triliun.")
    assert got == [("funds", "managed_funds", "all", "JKP", 2022, 9.3e12)]


def test_a_purpose_item_qualified_before_its_amount(facts_of):
    body = ("Sepanjang 2023, BPJS Ketenagakerjaan membayarkan manfaat senilai Rp 52,6 triliun. Klaim kematian menyerap "
            "Rp 3,3 triliun, santunan kecelakaan kerja Rp 3,1 triliun, dan pensiun berkala maupun sekaligus Rp 1,5 "
            "triliun.")
    got = facts_of(body, published_on=date(2024, 2, 1))
    assert ("funds", "benefits_paid", "all", "JP", 2023, 1.5e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2023, 3.1e12) in got


def test_a_programme_pointed_at_in_a_clause_of_reason_is_not_the_figures(facts_of):
    body = ("Tahun depan, BPJS Ketenagakerjaan juga bersiap menjalankan program baru, yakni Jaminan Pensiun. Dengan "
            "tambahan program tersebut, dana kelolaan diproyeksikan naik menjadi Rp220 triliun pada akhir 2015.")
    got = facts_of(body, published_on=date(2014, 11, 3))
    assert got == [("targets", "managed_funds", "all", None, 2015, 220e12)]


def test_a_programme_pointed_at_by_the_subject_carries_to_the_fund_after_dengan(facts_of):
    body = ("Program Jaminan Pensiun (JP) BPJS Ketenagakerjaan terus bertambah pesertanya. Hingga September 2018, "
            "peserta program tersebut mencapai 13,1 juta pekerja, dengan dana yang dikelola sebesar Rp46,8 triliun.")
    got = facts_of(body, published_on=date(2018, 10, 10))
    assert ("funds", "managed_funds", "all", "JP", 2018, 46.8e12) in got


def test_a_year_before_a_pointer_at_a_programme_is_no_count_of_programmes(facts_of):
    body = ("Program Jaminan Pensiun (JP) mulai berjalan pada 1 Juli 2015. Hingga akhir Agustus 2015 program tersebut "
            "sudah diikuti 1,3 juta pekerja.")
    got = facts_of(body, published_on=date(2015, 9, 8))
    assert got == [("participants", "participants", "all", "JP", 2015, 1.3e6)]


def test_money_that_flowed_to_a_benefit_is_what_was_paid(facts_of):
    body = ("Klaim yang dibayarkan sepanjang Januari-November 2021 mencapai Rp 38,7 triliun. Dana itu sebagian besar "
            "mengalir untuk jaminan hari tua, yakni Rp 34,2 triliun.")
    got = facts_of(body, published_on=date(2021, 12, 10))
    assert ("funds", "benefits_paid", "all", "JHT", 2021, 34.2e12) in got


def test_a_purpose_asked_alone_names_the_programme_of_the_answer(facts_of):
    body = ("Klaim kematian tahun lalu Rp 693 miliar.\nPensiun?\nMasih kecil, sekitar Rp 75 miliar, karena program "
            "tersebut baru berjalan dua tahun.")
    got = facts_of(body, published_on=date(2018, 2, 1))
    assert ("funds", "benefits_paid", "all", "JP", 2017, 75e9) in got


def test_a_programme_named_in_a_clause_of_time_set_off_before_is_not_the_figures(facts_of):
    got = facts_of("Tahun depan, ketika seluruh program termasuk jaminan pensiun beroperasi penuh, lembaga ini membidik 22,3 "
                   "juta peserta aktif.", published_on=date(2014, 10, 1))
    assert got == [("targets", "active_participants", "all", None, 2015, 22.3e6)]


def test_a_pointer_left_in_a_clause_of_reason_takes_no_programme_from_the_sentence_before(facts_of):
    body = ("Mulai 2015 BPJS Ketenagakerjaan menyelenggarakan Jaminan Pensiun yang dananya dikelola terpisah. Dengan tambahan "
            "program tersebut, dana kelolaan diperkirakan bisa mencapai Rp 500 triliun pada 2019.")
    got = facts_of(body, published_on=date(2014, 3, 18))
    assert got == [("targets", "managed_funds", "all", None, 2019, 500e12)]


def test_the_programme_for_workers_laid_off_is_the_job_loss_programme(facts_of):
    body = ("Program jaminan bagi pekerja yang terkena pemutusan hubungan kerja (PHK) mulai dirasakan manfaatnya. Hingga akhir "
            "Desember 2022, program tersebut telah membayarkan manfaat uang tunai sebesar Rp 45,6 miliar.")
    got = facts_of(body, published_on=date(2023, 1, 10))
    assert got == [("funds", "benefits_paid", "all", "JKP", 2022, 45.6e9)]


def test_an_amount_many_times_one_programmes_before_it_is_all_programmes(facts_of):
    body = ("Iuran yang terkumpul dari program jaminan pensiun sejak diluncurkan mencapai Rp 5,1 triliun. Untuk tahun "
            "depan, BPJS Ketenagakerjaan membidik penerimaan iuran Rp 61,2 triliun.")
    got = facts_of(body, published_on=date(2017, 11, 20))
    assert ("targets", "contributions", "all", None, 2018, 61.2e12) in got


def test_a_benefit_for_the_heirs_is_the_death_benefit(facts_of):
    got = facts_of("Sepanjang 2023 BPJS Ketenagakerjaan menyalurkan santunan bagi ahli waris peserta sebesar Rp 3,2 triliun.",
                   published_on=date(2024, 1, 9))
    assert got == [("funds", "benefits_paid", "all", "JKM", 2023, 3.2e12)]


def test_a_programme_set_aside_in_english_and_one_an_amount_went_to(facts_of):
    body = ("Contributions collected in 2014 amounted to Rp28.5 trillion, he added, while benefits paid out, mostly "
            "withdrawals from the old-age savings (JHT) program, totalled Rp10.3 trillion.")
    got = facts_of(body, published_on=date(2015, 1, 20))
    assert ("funds", "benefits_paid", "all", None, 2014, 10.3e12) in got
    got = facts_of("Total payouts in 2017 were Rp 21.5 trillion. Most of it, about Rp 19.3 trillion, was for JHT.",
                   published_on=date(2018, 1, 20))
    assert ("funds", "benefits_paid", "all", "JHT", 2017, 19.3e12) in got
    got = facts_of("Iuran pensiun yang sudah masuk sampai Agustus 2016 sekitar Rp 2,1 triliun.", published_on=date(2016, 9, 1))
    assert got == [("funds", "contributions", "all", "JP", 2016, 2.1e12)]


def test_that_fund_after_a_fund_broken_down_into_its_programmes_is_all_of_them(facts_of):
    body = ("Dana kelolaan per Desember 2022 mencapai Rp 630 triliun. Dana kelolaan tersebut terdiri atas program Jaminan Hari "
            "Tua (JHT) Rp 420 triliun, Jaminan Pensiun (JP) Rp 140 triliun dan Jaminan Kematian (JKM) Rp 70 triliun. "
            "Dari pengelolaan dana itu, BPJS Ketenagakerjaan membukukan hasil investasi Rp 43 triliun sepanjang 2022.")
    got = facts_of(body, published_on=date(2023, 2, 8))
    assert ("funds", "investment_returns", "all", None, 2022, 43e12) in got


def test_a_programmes_part_of_a_whole_told_before_is_no_topic_for_the_amounts_after_it(facts_of):
    body = ("Dana kelolaan BPJS Ketenagakerjaan akhir 2022 tercatat Rp 636 triliun. Direksi menyebut kinerja itu cukup "
            "baik di tengah pasar yang bergejolak. Sebagian besar dana ditempatkan di surat berharga negara. Dari total "
            "dana itu, program jaminan hari tua menyumbang Rp 460 triliun. Tahun ini dana kelolaan dibidik naik menjadi "
            "Rp 700 triliun.")
    got = facts_of(body, published_on=date(2023, 1, 30))
    assert ("targets", "managed_funds", "all", None, 2023, 700e12) in got


def test_a_pointer_in_its_clause_beats_the_programmes_the_money_came_from(facts_of):
    body = ("Program jaminan kehilangan pekerjaan berjalan sejak Februari 2022. Hingga Juni 2022, iuran yang masuk ke "
            "program tersebut sebesar Rp2,1 triliun, berasal dari rekomposisi iuran JKK dan JKM.")
    got = facts_of(body, published_on=date(2022, 7, 7))
    assert ("funds", "contributions", "all", "JKP", 2022, 2.1e12) in got


def test_the_agencys_fund_in_a_change_is_the_whole_fund_after_a_programme_named_before(facts_of):
    body = ("Saldo yang paling banyak dicairkan memang JHT, kata direktur. Di sisi lain, dana kelolaan BPJS Ketenagakerjaan naik dari "
            "Rp 550 triliun pada akhir 2021 menjadi Rp 630 triliun pada akhir 2022.")
    got = facts_of(body, published_on=date(2023, 2, 2))
    assert ("funds", "managed_funds", "all", None, 2022, 630e12) in got
    assert ("funds", "managed_funds", "all", None, 2021, 550e12) in got


def test_a_concessive_clause_before_the_figure_keeps_its_programme(facts_of):
    body = ("Meski diwarnai lonjakan pencairan jaminan hari tua, BPJS Ketenagakerjaan mampu menaikkan dana kelolaan dari "
            "Rp250 triliun pada akhir 2016 menjadi Rp317 triliun pada akhir 2017.")
    got = facts_of(body, published_on=date(2018, 1, 9))
    assert ("funds", "managed_funds", "all", None, 2017, 317e12) in got
    # ("Meski begitu, ..." only turns the talk: the programme of the sentence is the figure's)
    got = facts_of("Meski begitu, dana JHT yang dikelola masih aman, yakni sekitar Rp170 triliun pada Maret 2016.",
                   published_on=date(2016, 4, 9))
    assert got == [("funds", "managed_funds", "all", "JHT", 2016, 170e12)]


def test_a_pointer_refers_past_a_list_of_several_in_its_own_sentence(facts_of):
    body = ("Program JKP mulai berjalan pada Februari 2022. Ditambah iuran hasil rekomposisi dari program JKK dan JKM, "
            "dana yang dikelola program tersebut kini sekitar Rp8,9 triliun.")
    got = facts_of(body, published_on=date(2022, 10, 17))
    assert got == [("funds", "managed_funds", "all", "JKP", 2022, 8.9e12)]


def test_a_payout_set_off_then_what_it_went_to(facts_of):
    body = ("Benefits paid reached Rp 51.9 trillion in 2023. \"Most of the payout, or Rp45.2 trillion, went to old-age "
            "security (JHT) claims,\" he said. Payments for workplace accidents reached Rp 1.79 trillion.")
    got = facts_of(body, published_on=date(2024, 2, 2))
    assert ("funds", "benefits_paid", "all", "JHT", 2023, 45.2e12) in got
    assert ("funds", "benefits_paid", "all", "JKK", 2023, 1.79e12) in got


def test_a_target_of_another_measure_after_one_programmes_achievements_is_the_agencys(facts_of):
    body = ("Program jaminan pensiun kini diikuti 11,6 juta peserta. Dana program tersebut mencapai Rp35,8 triliun.\n"
            "Tahun depan, BPJS Ketenagakerjaan menargetkan iuran Rp63 triliun dan dana kelolaan Rp370 triliun.")
    got = facts_of(body, published_on=date(2017, 12, 13))
    assert ("targets", "contributions", "all", None, 2018, 63e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2017, 35.8e12) in got


def test_the_fund_under_management_shared_out_among_its_programmes(facts_of):
    body = ("BPJS Ketenagakerjaan mencatatkan dana kelolaan sebesar Rp 711,4 triliun hingga akhir 2023. Direktur Keuangan "
            "merinci, dana tersebut dialokasikan untuk jaminan hari tua sebesar Rp 445 triliun, jaminan pensiun Rp 164 "
            "triliun dan jaminan kematian Rp 17 triliun.")
    got = facts_of(body, published_on=date(2024, 2, 2))
    assert ("funds", "managed_funds", "all", "JHT", 2023, 445e12) in got
    assert ("funds", "managed_funds", "all", "JP", 2023, 164e12) in got


def test_a_figure_coordinated_after_one_whose_programme_follows_it_takes_that_programme(facts_of):
    body = ("The agency paid out 8.8 trillion rupiah in old-age savings claims in the first quarter, and 19.7 trillion "
            "rupiah in January-July, official data showed.")
    assert facts_of(body, published_on=date(2020, 9, 2)) == [
        ("funds", "benefits_paid", "all", "JHT", 2020, 8.8e12), ("funds", "benefits_paid", "all", "JHT", 2020, 19.7e12)]
    # (not one named the whole: "out of its total funds")
    whole = "The agency currently holds Rp 371 trillion in JHT funds out of its total funds under management of Rp 551 trillion."
    assert ("funds", "managed_funds", "all", None, 2022, 551e12) in facts_of(whole, published_on=date(2022, 6, 1))


def test_a_programme_named_in_a_clause_of_time_is_no_topic_for_the_next_sentence(facts_of):
    body = ("Kenaikan dana itu ditopang iuran yang terus mengalir setelah program jaminan pensiun mulai berjalan pada Juli 2015. "
            "Iuran yang diterima sepanjang tahun lalu mencapai Rp 44,1 triliun.")
    assert facts_of(body, published_on=date(2016, 2, 11)) == [("funds", "contributions", "all", None, 2015, 44.1e12)]
