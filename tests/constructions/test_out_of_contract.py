"""constructions/subgroup.py, hypothetical.py, potential_market.py: figures that are
not the agency's counts or amounts."""
import pytest
from datetime import date


@pytest.mark.parametrize("body", [
    "Ada 28 juta pekerja laki-laki yang terdaftar aktif dalam BPJS Ketenagakerjaan pada 2023.",
    "Sebanyak 2,1 juta petani sudah menjadi peserta BPJS Ketenagakerjaan pada 2023.",
    "Peserta aktif dari segmen non-ASN mencapai 3,9 juta pada 2022.",
    "Jumlah tenaga kerja asing yang terdaftar sebagai peserta mencapai 95.000 orang pada 2023.",
    "Hingga 2023 sebanyak 1,2 juta tenaga kesehatan telah menjadi peserta BPJS Ketenagakerjaan.",
    "Sebanyak 300 ribu pekerja rumah tangga terdaftar sebagai peserta pada 2023.",
    "Pada 2023 tercatat 150 ribu kurir dan 90 ribu pekerja kreatif menjadi peserta.",
])
def test_sub_groups_with_no_segment_are_not_facts(facts_of, body):
    assert facts_of(body) == []


def test_a_figure_after_a_condition_and_a_modal_is_hypothetical(facts_of):
    assert facts_of("Kalau semua perusahaan patuh, dana kelolaan bisa mencapai Rp 2.000 triliun.") == []


def test_a_figure_valued_from_a_share_assumed_in_a_condition_is_hypothetical(facts_of):
    body = ("Dana kelolaan per akhir Agustus 2017 sekitar Rp302 triliun. Kalau 10 persen saja dari dana itu ditaruh di "
            "infrastruktur, nilainya sekitar Rp30 triliun.")
    assert facts_of(body, published_on=date(2017, 9, 1)) == [("funds", "managed_funds", "all", None, 2017, 302e12)]


def test_a_figure_inside_a_condition_with_a_modal_after_it_is_hypothetical(facts_of):
    assert facts_of("Kalau seluruh 84 juta pekerja informal bisa terlindungi pada 2024, kata dia, cakupan jaminan sosial "
                    "setara negara maju.") == []


def test_kalau_that_only_sets_the_topic_keeps_the_figure(facts_of):
    assert facts_of("Kalau JKP, klaim yang dibayarkan sampai September 2022 di angka Rp18 miliar.") == [
        ("funds", "benefits_paid", "all", "JKP", 2022, 18e9)]


def test_a_comparison_opened_by_jika_is_no_condition(facts_of):
    got = facts_of("Jumlah peserta aktif 39,7 juta pada April 2025, turun jika dibandingkan posisi per "
                   "Maret 2025 yang sebanyak 40,2 juta orang.")
    assert ("participants", "active_participants", "all", None, 2025, 40.2e6) in got


def test_a_targets_condition_stays_a_target(facts_of):
    got = facts_of("Jika target tercapai, dana kelolaan ditargetkan bisa mencapai Rp 1.000 triliun pada 2026.")
    assert got == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_the_market_still_to_win_is_not_a_count(facts_of):
    assert facts_of("Tahun ini BPJS Ketenagakerjaan memburu 51 juta pekerja informal.") == []


def test_a_sub_groups_count_at_another_time_is_the_sub_groups_too(facts_of):
    body = "Peserta aktif segmen non-ASN pada 2017 baru mencapai 368.225 jiwa dan kini sudah mencapai 3.889.075."
    assert facts_of(body) == []


def test_almost_meeting_a_target_names_the_targets_value(facts_of):
    body = "Jumlah peserta aktif tersebut hampir memenuhi target peserta aktif sampai akhir tahun, sebanyak 29,6 juta orang."
    assert facts_of(body) == [("targets", "active_participants", "all", None, 2024, 29.6e6)]


def test_workers_who_cannot_join_are_not_a_count_of_participants(facts_of):
    body = "Pada 2022 ada 10,23 juta pekerja formal yang sudah terdaftar, tetapi tidak bisa menjadi peserta JKP."
    assert facts_of(body) == []


def test_the_items_of_a_surplus_list_are_surpluses(facts_of):
    body = ("Pada 2016 jumlah tersebut didapatkan dari surplus JHT (Jaminan Hari Tua) sebesar Rp 17,86 triliun, "
            "JP (Jaminan Pensiun) sebesar Rp 4,22 triliun, dan JKM (Jaminan Kematian) sebesar 757 miliar.")
    assert facts_of(body) == []


def test_the_next_items_words_do_not_describe_the_figure_before(facts_of):
    body = ("Per Agustus 2020, jumlah itu terdiri dari peserta yang aktif mencapai 26,97 juta dan pekerja yang belum "
            "terdaftar BPJS Ketenagakerjaan sebanyak 3,22 juta peserta.")
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2020, 26.97e6)]


def test_the_population_a_coverage_is_taken_of(facts_of):
    body = "Menurutnya, hingga saat ini BPJS sudah melindungi 40 juta tenaga kerja dari 138 juta pekerja di Indonesia."
    assert facts_of(body) == [("participants", "participants", "all", None, 2024, 40e6)]


def test_people_who_qualify_are_a_pool(facts_of):
    assert facts_of("Pada 2020, sekitar 90 juta orang di antaranya memenuhi kriteria untuk menjadi peserta.") == []


def test_participants_who_qualify_for_a_programme_are_participants(facts_of):
    body = "Sampai awal tahun 2022, terdapat 10,59 juta peserta BP Jamsostek yang dinyatakan memenuhi syarat untuk menjadi peserta program JKP."
    assert facts_of(body) == [("participants", "participants", "all", "JKP", 2022, 10.59e6)]


def test_prospective_migrant_workers_are_not_participants(facts_of):
    assert facts_of("Hingga Oktober 2023 tercatat telah memberangkatkan calon pekerja migran sebanyak 9 ribu orang.") == []


class CountingPattern:
    """A compiled pattern that counts the characters its searches were given to scan."""

    def __init__(self, pattern):
        self.pattern, self.scanned = pattern, 0

    def search(self, text, start=0, end=None):
        end = len(text) if end is None else end
        self.scanned += max(0, end - start)
        return self.pattern.search(text, start, end)


@pytest.mark.parametrize("opening", ["Kalau semua pekerja patuh, dana bisa mencapai ", "Dana tercatat "])
def test_the_condition_words_of_a_long_sentence_are_scanned_once(opening):
    """Every figure of a sentence asks whether a condition and a modal come before it: the
    first match from the sentence's start is remembered, so a sentence of n figures is
    scanned once, not n times (the hypothetical figures found are the same)."""
    import re

    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.constructions.hypothetical import hypothetical
    from bpjs_pipeline.extract.reader import read_figures
    from bpjs_pipeline.model import CleanedArticle

    body = opening + ", ".join(f"Rp {100 + i} triliun" for i in range(300)) + " pada 2030."
    article = CleanedArticle("t", "Judul", "Kompas.com", None, body)
    expected = [r.vetoed.startswith("a hypothetical figure") for r in read_figures(article)]
    state = ArticleState(article)
    conditionals = CountingPattern(state.vocab.conditionals)
    modals = CountingPattern(state.vocab.hypothetical_modals)
    state.vocab = type("Vocab", (), {"conditionals": conditionals, "hypothetical_modals": modals,
                                     "conditional_targets": re.compile("(?!)"), "trend_conditions": re.compile("(?!)"),
                                     "counting_conditions": re.compile("(?!)"),
                                     "imagining": state.vocab.imagining, "counterfactuals": state.vocab.counterfactuals,
                                     "counterfactual_words": state.vocab.counterfactual_words,
                                     "increment": state.vocab.increment, "condition_after": state.vocab.condition_after,
                                     "possibility_modals": state.vocab.possibility_modals,
                                     "possibility_horizon_years": state.vocab.possibility_horizon_years,
                                     "possibility_far_words": state.vocab.possibility_far_words})()
    readings = read_figures(article)
    said = [bool(hypothetical(state, r)) for r in readings]
    assert said == expected and len(said) == 300
    assert all(said) == opening.startswith("Kalau") and any(said) == opening.startswith("Kalau")
    assert conditionals.scanned + modals.scanned <= 2 * len(body)


@pytest.mark.parametrize("body", [
    "BPJS Ketenagakerjaan mencatat unrealized loss Rp 22 triliun pada 2021.",
    "Kerugian investasi saham BPJS Ketenagakerjaan mencapai Rp 43 triliun.",
    "Penyidik menyita aset senilai Rp 1 triliun dari tersangka kasus BPJS Ketenagakerjaan.",
    "Nilai klaim yang ditolak pada 2023 mencapai Rp 1 triliun.",
])
def test_losses_seizures_and_rejected_claims_are_no_fund_figures(facts_of, body):
    assert facts_of(body) == []


def test_job_seekers_and_those_entitled_are_no_participants(facts_of):
    assert facts_of("BPJS Ketenagakerjaan mencatat peserta aktif turun pada 2023, ketika 8 juta orang masih mencari "
                    "pekerjaan dan 7 juta penganggur terbuka.") == []
    assert facts_of("Pada 2023 ada 3 juta pekerja konstruksi yang berhak mendapat perlindungan BPJS "
                    "Ketenagakerjaan.") == []


def test_an_unnamed_amount_too_small_for_the_fund_is_not_it(facts_of):
    assert facts_of("Diharapkan pada 2024 gedung baru BPJS Ketenagakerjaan mulai dibangun dengan investasi sekitar "
                    "Rp300 miliar.") == []


def test_the_far_end_of_an_increments_range_is_an_increment(facts_of):
    got = facts_of("Dengan tambahan investasi Rp40 triliun-Rp50 triliun itu, dana kelolaan BPJS Ketenagakerjaan "
                   "pada 2023 mencapai Rp700 triliun.")
    assert got == [("funds", "managed_funds", "all", None, 2023, 700e12)]


def test_a_count_with_its_own_subject_refers_to_no_earlier_figure(facts_of):
    body = ("Peserta aktif BPJS Ketenagakerjaan pada 2023 tercatat 40 juta orang. Pengamat menilai angka itu belum "
            "memadai. Saat ini ada 7 juta orang yang menganggur, ujarnya.")
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2023, 40e6)]


def test_passive_members_and_a_rising_non_active_count_are_not_facts(facts_of):
    assert facts_of("Hingga November 2023 terdapat sekitar 22 juta peserta pasif BPJS Ketenagakerjaan.") == []
    assert facts_of("Pada 2021 peserta BPJS Ketenagakerjaan nonaktif tercatat 20 juta orang, 2022 naik menjadi "
                    "21 juta orang.") == []


def test_prospective_migrant_workers_are_no_participants(facts_of):
    assert facts_of("Pada 2023 tercatat 150.000 calon PMI yang sedang mengikuti pelatihan sudah terdaftar di BPJS "
                    "Ketenagakerjaan.") == []


def test_members_recorded_as_non_active_and_money_not_yet_paid(facts_of):
    assert facts_of("Sebanyak 18 juta orang peserta BPJS Ketenagakerjaan tercatat sudah nonaktif pada 2023.") == []
    assert facts_of("Ada dana JHT yang belum dicairkan mencapai Rp4 triliun per November 2023.") == []
    assert facts_of("Pada 2021 peserta nonaktif tercatat 11 juta orang, 2022 naik menjadi 13 juta orang, 2023 naik "
                    "lagi menjadi 15 juta orang.") == []


def test_the_countrys_workforce_and_placements_of_the_fund(facts_of):
    assert facts_of("Pekerja informal di Indonesia itu sekitar 77 juta orang pada 2023.") == []
    assert facts_of("Indonesia has a workforce of about 140 million in 2023.") == []
    assert facts_of("Hingga akhir 2023, BPJS Ketenagakerjaan telah memberikan perlindungan kepada 45 juta pekerja di "
                    "Indonesia.") == [("participants", "participants", "all", None, 2023, 45e6)]
    assert facts_of("Dari total dana investasi 2023, sekitar Rp500 triliun ditempatkan di obligasi, sedangkan deposito "
                    "sekitar Rp100 triliun.") == []
    assert facts_of("About Rp 600 trillion of the portfolio is invested in government bonds in 2023.") == []
    assert facts_of("In 2023 the agency is chasing Rp 2.1 trillion in unpaid contributions.") == []


def test_a_hypothetical_need_for_funds(facts_of):
    assert facts_of("Kalau pun seluruh peserta yang di-PHK tahun ini mencairkan JHT-nya, kebutuhan dananya sekitar Rp20 "
                    "triliun.") == []


def test_capital_the_government_injects_is_no_fund_of_the_agency(facts_of):
    body = ("Contributions collected reached Rp 80.1 trillion in 2021. The government has also injected Rp 5 trillion "
            "as initial capital into the new job-loss insurance (JKP) program. For 2022, the agency targets Rp 610 "
            "trillion in managed funds.")
    assert facts_of(body) == [("funds", "contributions", "all", None, 2021, 80.1e12),
                              ("targets", "managed_funds", "all", None, 2022, 610e12)]


def test_money_placed_or_absorbed_is_a_placement(facts_of):
    for placed in ("Around Rp 41 trillion is now placed in stocks.", "Sekitar Rp87 triliun kami tempatkan di saham.",
                   "Adapun sekitar Rp 92,3 triliun diserap oleh proyek-proyek infrastruktur."):
        assert facts_of("Dana kelolaan mencapai Rp 650 triliun. " + placed) == [
            ("funds", "managed_funds", "all", None, 2024, 650e12)], placed


def test_the_working_people_of_the_country_and_housing_loans_are_no_facts(facts_of):
    assert facts_of("Indonesia has some 127 million working people, according to Statistics Indonesia (BPS).") == []
    body = ("Claims paid so far this year reached Rp 18.6 trillion. The agency also plans to set aside Rp 1.5 trillion "
            "for housing loans for members next year.")
    assert facts_of(body) == [("funds", "benefits_paid", "all", None, 2024, 18.6e12)]


def test_a_sentence_opening_with_an_average_states_a_rate(facts_of):
    assert facts_of("Rata-rata setiap bulan, klaim JHT yang dicairkan kini sekitar Rp 1,45 triliun.") == []
    assert facts_of("Klaim JHT yang dicairkan tahun ini sekitar Rp 17,5 triliun.") != []


def test_the_agent_of_a_claim_counts_claimants(facts_of):
    """"Rp 9,24 triliun yang dicairkan oleh sekitar 781.000 peserta": the people a claim or a payout
    was made by are claimants, not a count of participants; a programme followed by its members is not."""
    got = facts_of("Pembayaran JHT hingga Agustus 2014 tercatat Rp 9,24 triliun yang dicairkan oleh sekitar "
                   "781.000 peserta. Klaim JKK tersebut diajukan oleh 52.000 peserta.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2014, 9.24e12)]
    assert ("participants", "participants", "all", None, 2014, 35e6) in facts_of(
        "Program ini diikuti oleh 35 juta peserta pada 2014.")
    assert facts_of("Peserta JKP pada 2024 mencapai 4 juta. Khusus untuk JKP, jumlah penerimanya sekitar 52 ribu orang.",
                    published_on=date(2025, 1, 20)) == [("participants", "participants", "all", "JKP", 2024, 4e6)]


def test_a_regional_governments_budget_is_no_fund_of_the_agency(facts_of):
    """Contributions a city pays from its budget (APBD, "provincial budget") are the government's spending."""
    assert facts_of("Iuran mereka ditanggung Pemerintah Kota Palembang melalui APBD 2022 sebesar Rp1,3 miliar.") == []
    assert facts_of("The administration had set aside Rp 20.16 billion from the 2021 provincial budget to cover "
                    "work accident insurance for the workers.") == []


def test_workers_obliged_or_eligible_to_join_are_a_pool(facts_of):
    """"pekerja yang memenuhi syarat menjadi peserta diperkirakan mencapai 88 juta orang": workers who qualify
    (or must join) are the pool, said before the figure as well as after it."""
    assert facts_of("Pekerja yang memenuhi syarat menjadi peserta diperkirakan mencapai 88 juta orang pada 2016.") == []
    assert facts_of("Pekerja formal yang wajib menjadi peserta diperkirakan 44 juta orang pada 2015.") == []


def test_our_workers_and_workers_nationwide_are_the_workforce(facts_of):
    assert facts_of("Pekerja informal kita ada 70-an juta pada 2016.") == []
    assert facts_of("Enrollment remained low, compared with an estimated 70 million informal workers nationwide "
                    "in 2017.") == []


def test_national_statistics_and_members_who_stopped_paying(facts_of):
    """Workforce figures from the statistics office (BPS) are no count of ours; members who no longer pay or are
    recorded as non-active are not participants."""
    assert facts_of("Berdasarkan data BPS, jumlah pekerja di sektor konstruksi mencapai sekitar 9,1 juta orang "
                    "pada 2022.") == []
    assert facts_of("Sebanyak 21,86 juta peserta saat ini berstatus nonaktif pada 2025.") == []
    assert facts_of("Angka itu masih kecil dibanding jumlah pekerja informal yang mencapai 83,3 juta orang (BPS, "
                    "Agustus 2023).") == []
    assert facts_of("Pada 2020 kami juga sudah menyerahkan data 12,4 juta pekerja kepada Kementerian Ketenagakerjaan "
                    "untuk penyaluran bantuan subsidi upah.") == []
    assert facts_of("Banyak perusahaan belum patuh pada 2019. Kami punya sekitar 2.000 petugas pemeriksa, tapi jumlah "
                    "perusahaan jauh lebih banyak.") == []
    assert facts_of("Artinya, lebih dari 4 juta peserta BPU tidak lagi membayar iuran pada 2021.") == []


def test_a_word_that_rules_out_a_later_figure_leaves_the_one_before(facts_of):
    """"yang ikut baru sekitar 1,14 juta, padahal potensinya lebih dari 70 juta orang": the potential is the
    later figure's subject; "52,2 juta pekerja informal yang berpotensi jadi peserta" is still a pool."""
    got = facts_of("Pekerja informal yang ikut baru sekitar 1,14 juta pada 2016, padahal potensinya lebih dari "
                   "70 juta orang.")
    assert got == [("participants", "participants", "informal", None, 2016, 1_140_000)]
    assert facts_of("Ada 52,2 juta pekerja informal pada 2016 yang berpotensi jadi peserta.") == []
    got = facts_of("Saat ini segmen BPU baru diisi sekitar 5,5 juta peserta aktif, padahal potensi pekerja informal "
                   "yang bisa digarap mencapai 60 juta orang.", published_on=date(2022, 9, 21))
    assert got == [("participants", "active_participants", "informal", None, 2022, 5_500_000)]


def test_the_people_an_amount_was_paid_to_rule_nothing_out(facts_of):
    """"manfaat JP yang dibayarkan, terutama kepada janda, duda dan anak dari peserta": the payees of an amount
    are not its subject; a count of children is still a sub-group."""
    got = facts_of("Hingga Oktober 2015, manfaat JP yang dibayarkan, terutama kepada janda, duda dan anak dari "
                   "peserta yang meninggal, baru Rp 2,8 miliar.")
    assert got == [("funds", "benefits_paid", "all", "JP", 2015, 2.8e9)]
    assert facts_of("Beasiswa diberikan kepada 142 ribu anak peserta pada 2024.") == []


def test_what_a_count_includes_rules_nothing_out(facts_of):
    """"50,18 juta orang, termasuk peserta yang berstatus non aktif": the registered total includes them."""
    got = facts_of("Adapun total tenaga kerja terdaftar per Desember 2018 mencapai 50,18 juta orang, termasuk peserta "
                   "yang berstatus non aktif.")
    assert got == [("participants", "registered_participants", "all", None, 2018, 50_180_000)]


def test_baru_before_a_figures_lead_is_only_and_the_workforce_in_a_clause_of_its_own(facts_of):
    """"pekerja informal yang telah mendaftarkan diri sebagai peserta baru sekitar 1,36 juta orang, padahal jumlah
    pekerja informal di Indonesia diperkirakan lebih dari 70 juta orang": "baru sekitar" is "only about", not new
    members; the country's workforce in the next clause is no count of ours."""
    got = facts_of("Secara nasional, pekerja informal yang telah mendaftarkan diri sebagai peserta baru sekitar 1,36 juta "
                   "orang pada 2014, padahal jumlah pekerja informal di Indonesia diperkirakan lebih dari 70 juta orang.")
    assert got == [("participants", "registered_participants", "informal", None, 2014, 1_360_000)]


def test_english_employers_statistics_office_cities_origins_and_purchases(facts_of):
    """Companies that are active contributors are active employers; the statistics office's employed people, a
    city's own count, migrant workers by region of origin, bonds bought and members to add are not facts."""
    assert facts_of("Around 512,600 companies were active contributors to the scheme as of July 2018.") == [
        ("participants", "active_employers", "all", None, 2018, 512_600)]
    assert facts_of("According to Statistics Indonesia (BPS), the number of employed people in the country stood at "
                    "135.3 million as of August 2022.") == []
    assert facts_of("Di Kota Bogor, jumlah peserta Bukan Penerima Upah (BPU) aktif kini sekitar 21.300 orang.") == []
    assert facts_of("Dari sisi daerah asal, PMI asal Jawa Timur menyumbang 61.300 peserta pada 2019.") == []
    assert facts_of("The agency bought some Rp 120 trillion worth of government bonds in 2024.") == []
    assert facts_of("The agency would need to add more than 14 million members a year until 2026.") == []
    assert ("targets", "managed_funds", "all", None, 2020, 495e12) in facts_of(
        "Sudarsono added that the agency is targeting managed funds of Rp495 trillion in 2020.")


def test_the_workforce_in_english_and_those_entitled_to_join(facts_of):
    """"Indonesia's 118 million workers", "the country's roughly 140 million workers", a sector that employs 78.1
    million people, Indonesians working abroad, and "yang berhak menjadi peserta sekitar 85 juta" are pools."""
    assert facts_of("Only about one fifth of Indonesia's 118 million workers were covered in 2017.") == []
    assert facts_of("Only a fraction of the country's roughly 140 million workers are covered in 2023.") == []
    assert facts_of("The informal sector employs some 78.1 million people in 2021.") == []
    assert facts_of("Out of around 9 million Indonesians working abroad in 2017, only a fraction is protected.") == []
    assert facts_of("Dari sekitar 128 juta angkatan kerja pada 2017, kata dia, yang berhak menjadi peserta sekitar "
                    "85 juta.") == []


def test_money_parked_housing_finance_needs_and_payees_after_a_comma(facts_of):
    assert facts_of("Sebanyak Rp 38,5 triliun di antaranya diparkir di deposito pada 2014.") == []
    assert facts_of("BPJS Ketenagakerjaan menyalurkan Rp 4,1 triliun untuk fasilitas pembiayaan perumahan pekerja "
                    "pada 2015.") == []
    assert facts_of("Pada 2025 kebutuhan pembayaran manfaat JKP diperkirakan sekitar Rp1,2 triliun.") == []
    got = facts_of("Sampai September 2016 yang kita bayarkan untuk JHT saja Rp 14,06 triliun, ke sekitar 1,58 juta "
                   "peserta.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2016, 14.06e12)]


def test_a_condition_opening_a_sentence_in_the_middle_of_a_text_and_a_trend_condition(facts_of):
    """A conditional that opens a later sentence makes its figure hypothetical as one opening the text does; a
    target said on condition that the present trend goes on is a projection, still a target."""
    body = ("BP Jamsostek memperkirakan peserta aktif pada akhir 2020 hanya 30,9 juta. Jika gelombang PHK terus "
            "berlanjut, peserta aktif bisa turun hingga 27 juta.")
    assert [f for f in facts_of(body) if f[-1] == 27e6] == []
    body = ("Dana kelolaan terus tumbuh. Kalau iuran dan hasil investasi tumbuh seperti sekarang, dana kelolaan bisa "
            "menembus Rp 1.000 triliun pada 2026.")
    assert ("targets", "managed_funds", "all", None, 2026, 1e15) in facts_of(body, published_on=date(2023, 5, 1))


def test_the_world_banks_estimate_is_another_bodys(facts_of):
    assert facts_of("Bank Dunia bahkan memperkirakan jumlah PMI, termasuk yang berangkat secara nonprosedural, mencapai "
                    "9 juta orang pada 2021.") == []


def test_members_only_so_many_those_ever_registered_and_the_rest_by_segment(facts_of):
    """"yang telah mendaftarkan diri sebagai peserta baru 1,38 juta orang" ("baru" right before the figure is
    "only"); "38,6 juta pekerja yang pernah terdaftar" is registered; "Sisanya berasal dari sektor jasa konstruksi
    3,96 juta" is a segment's part, not a remainder ruled out."""
    assert facts_of("Hingga Maret 2017, pekerja informal yang telah mendaftarkan diri sebagai peserta baru 1,38 juta "
                    "orang.") == [("participants", "registered_participants", "informal", None, 2017, 1_380_000)]
    assert ("participants", "registered_participants", "all", None, 2014, 38.6e6) in facts_of(
        "Dari sekitar 38,6 juta pekerja yang pernah terdaftar pada 2014, yang masih aktif membayar iuran 16,43 juta.")
    body = ("Peserta aktif pada 2016 mencapai 22,9 juta, sebagian besar penerima upah 17,9 juta. Sisanya berasal dari "
            "sektor jasa konstruksi 3,96 juta dan bukan penerima upah 510.000 orang.")
    assert ("participants", "active_participants", "construction", None, 2016, 3.96e6) in facts_of(body)


def test_an_instrument_as_the_subject_of_its_amount_is_a_placement(facts_of):
    assert facts_of("Saham sekitar 11% atau Rp69 triliun pada 2022, mayoritas LQ45.") == []
    assert facts_of("The agency's equity holdings are worth about Rp 77.5 trillion in 2024.") == []
    assert facts_of("Equities are currently worth roughly 74 trillion rupiah in 2019.") == []


def test_a_word_of_the_clause_before_a_coordinator_rules_out_nothing_after_it(facts_of):
    got = facts_of("Arus kas program hari tua kembali surplus dan dana kelolaan program JHT per April 2016 tercatat "
                   "Rp201,7 triliun.")
    assert got == [("funds", "managed_funds", "all", "JHT", 2016, 201.7e12)]


def test_english_gaps_labour_force_conditions_and_targets_measured_against(facts_of):
    """A gap ("24.5 million short of the 70 million target", "a gap of more than 8 million"), the labour force, and an
    English condition with a modal are no facts; "well short of the target" does not rule its level out; a target the
    year's level is measured against ("against a target of 395,000 for the year") is of that year."""
    assert ("participants", "active_participants", "all", None, 2024, 24.5e6) not in facts_of(
        "The agency ended 2024 with 45.47 million active members, leaving it about 24.5 million short of the 70 million "
        "active members it targets for 2026.", published_on=date(2025, 1, 20))
    assert facts_of("Indonesia's labour force of some 127.7 million people in 2016 is mostly informal.") == []
    assert facts_of("If every informal worker paid the minimum monthly contribution, the agency could collect an "
                    "extra Rp8 trillion a year in 2015.") == []
    assert ("targets", "active_participants", "all", None, 2015, 19.42e6) in facts_of(
        "The agency expects to close the year with 19.42 million active participants, well short of the 21.76 million "
        "it had targeted.", published_on=date(2015, 12, 23))
    got = facts_of("The number of active employers stood at 371,250 at the end of 2016, against a target of 395,000.",
                   published_on=date(2017, 1, 10))
    assert ("targets", "active_employers", "all", None, 2016, 395_000) in got


def test_the_workforce_of_a_sector_and_what_a_count_leaves_out_are_no_facts(facts_of):
    got = facts_of("Menurut data Badan Pusat Statistik (BPS), jumlah pekerja formal di Indonesia sekitar 44 juta orang, "
                   "belum termasuk lebih dari 70 juta pekerja di sektor informal.")
    assert got == []
    assert facts_of("Padahal, jumlah pekerja informal menurut BPS mencapai 59 juta.") == []
    got = facts_of("Tahun ini lembaga itu menargetkan 1 juta peserta dari sektor informal.")
    assert got == [("targets", "participants", "informal", None, 2024, 1e6)]


def test_an_imagined_figure_and_a_projection_of_assumed_growth_are_hypothetical(facts_of):
    assert facts_of("Pekerja yang eligible sekitar 91 juta. Bayangkan kalau separuhnya saja ikut, peserta kita bisa 45 "
                    "juta lebih.") == []
    assert facts_of("Kalau pertambahannya seperti tahun lalu, sekitar 5 juta, kita baru sampai 41 juta peserta aktif.") == []
    got = facts_of("Kalau iuran terus tumbuh seperti sekarang, dana kelolaan bisa menembus Rp 1.000 triliun pada 2026.")
    assert got == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_imagining_later_in_a_sentence_makes_what_follows_hypothetical(facts_of):
    got = facts_of("Pada 2019 dana kelolaan Rp 431 triliun. Namun coba bayangkan jika 4 juta peserta menarik saldo Rp 12 juta "
                   "sekaligus: Rp 48 triliun harus dicairkan.")
    assert got == [("funds", "managed_funds", "all", None, 2019, 431e12)]


@pytest.mark.parametrize("body", [
    "Seandainya semua 52 juta pekerja formal ikut, iuran yang terkumpul mencapai Rp 90 triliun setahun.",
    "Andaikata separuh peserta aktif, sekitar 17 juta orang, mencairkan saldo Rp 10 juta, dana Rp 170 triliun keluar.",
    "Misalkan 20 juta pekerja informal terdaftar, dana kelolaan naik menjadi Rp 800 triliun.",
])
def test_every_figure_of_a_supposition_is_hypothetical(facts_of, body):
    assert facts_of(body) == []


def test_a_supposition_that_names_a_target_stays_a_target(facts_of):
    got = facts_of("Seandainya target itu tercapai, dana kelolaan ditargetkan mencapai Rp 1.000 triliun pada 2026.")
    assert got == [("targets", "managed_funds", "all", None, 2026, 1e15)]


@pytest.mark.parametrize("body", [
    "Pada 2020 BPJamsostek juga menyalurkan data 12,4 juta peserta penerima upah untuk program Bantuan Subsidi Upah (BSU).",
    "Pada 2015 peserta aktif 19 juta. Bandingkan dengan pekerja formal kita yang sekitar 45 juta.",
])
def test_a_government_subsidy_and_the_nations_workforce_are_no_facts(facts_of, body):
    assert not [f for f in facts_of(body) if f[5] in (12.4e6, 45e6)]


def test_the_workers_a_whereas_sets_beside_coverage_are_a_population(facts_of):
    assert facts_of("Pada 2018 peserta BPU baru 2,6 juta. Padahal pekerja informal ada sekitar 70 juta.") == \
        [("participants", "participants", "informal", None, 2018, 2.6e6)]


@pytest.mark.parametrize("body", [
    "Pada 2023 pekerja informal yang belum tersentuh perlindungan sekitar 80 juta orang.",
    "Pada 2017 sudah sekitar 2.800 perusahaan yang kami serahkan ke Kejaksaan.",
    "Pada 2025 lima juta pekerja berhenti terlindungi hanya dalam tiga bulan.",
])
def test_the_uncovered_the_prosecuted_and_those_who_stopped_are_no_facts(facts_of, body):
    assert facts_of(body) == []


def test_an_outlets_code_in_the_dateline_is_no_group(facts_of):
    got = facts_of("Jakarta (WNA) - BPJS Ketenagakerjaan mencatat jumlah peserta aktif hingga akhir Oktober 2014 mencapai "
                   "16,3 juta tenaga kerja.", published_on=date(2014, 11, 20))
    assert got == [("participants", "active_participants", "all", None, 2014, 16.3e6)]
    assert facts_of("Sebanyak 95.000 WNA terdaftar sebagai peserta pada 2023.") == []


def test_a_suppositions_own_figure_beside_a_target(facts_of):
    got = facts_of("Seandainya 20 juta pekerja informal saja bisa dijangkau, target 70 juta peserta aktif pada 2026 sudah "
                   "di depan mata.", published_on=date(2025, 10, 1))
    assert [f for f in got if f[5] == 20e6] == []


@pytest.mark.parametrize("body", [
    "The number of active members rose to 26.3 million in 2016, still far from the 90 million workers who, by the "
    "agency's estimate, are eligible.",
    "Only about 1.6 million informal workers were active members in 2016, out of some 70 million people working in the "
    "informal sector.",
])
def test_workers_said_later_to_be_eligible_or_of_a_sector_are_a_population(facts_of, body):
    assert [f for f in facts_of(body, published_on=date(2017, 1, 5)) if f[5] in (90e6, 70e6)] == []


def test_a_figure_said_again_with_itu_is_what_it_was_before(facts_of):
    body = ("Per akhir Januari 2019, peserta aktif kami 30,2 juta orang. Jadi ada sekitar 20 juta yang status "
            "kepesertaannya nonaktif. Dua puluh juta itu besar sekali.")
    assert facts_of(body, published_on=date(2019, 3, 1)) == [("participants", "active_participants", "all", None, 2019, 30.2e6)]


def test_a_figure_inside_a_condition_whose_main_clause_has_a_modal_is_hypothetical(facts_of):
    got = facts_of("Hitungan kasar kami, kalau 40 juta pekerja formal aktif semua pada 2016, iuran bisa Rp 70 triliun.")
    assert got == []


def test_a_figure_in_a_clause_describing_another_body_named_as_a_partner_is_that_bodys(facts_of):
    got = facts_of("BPJS Ketenagakerjaan menjalin kerja sama dengan BPJS Kesehatan, yang pesertanya sudah 250 juta "
                   "jiwa, untuk berbagi data perusahaan.")
    assert got == []
    got = facts_of("Pengamat itu menilai wacana integrasi dengan PT Taspen, yang mengelola dana sekitar Rp 300 triliun, "
                   "perlu dikaji.")
    assert got == []


def test_additional_members_after_the_noun_are_an_increment(facts_of):
    got = facts_of("Hingga Juni 2020 peserta aktif mencapai 29,9 juta. Untuk mengejar target, kita butuh sekitar 12 juta "
                   "peserta aktif tambahan dalam setahun.")
    assert got == [("participants", "active_participants", "all", None, 2020, 29.9e6)]


def test_the_old_health_programme_is_another_bodys(facts_of):
    got = facts_of("Sepanjang 2013 klaim jaminan hari tua Rp 9,1 triliun, ditambah sisa klaim jaminan pemeliharaan "
                   "kesehatan Rp 350 miliar.")
    assert got == [("funds", "benefits_paid", "all", "JHT", 2013, 9.1e12)]


def test_if_only_so_many_joined_is_hypothetical_and_as_for_one_programme_is_not(facts_of):
    assert facts_of("Potensinya di atas 70 juta orang. Kalau 10 persen saja ikut, itu sudah 7 juta peserta.",
                    published_on=date(2018, 4, 1)) == []
    assert facts_of("Kalau JKP saja, klaimnya sepanjang 2023 Rp 18 miliar.") == [
        ("funds", "benefits_paid", "all", "JKP", 2023, 18e9)]


def test_foreign_nationals_are_a_sub_group(facts_of):
    got = facts_of("Peserta informal yang aktif tercatat 3,1 juta pada 2023. The agency also covers about 2,000 foreign "
                   "nationals working in Indonesia, he said.")
    assert got == [("participants", "active_participants", "informal", None, 2023, 3.1e6)]


def test_both_the_fund_and_the_agencys_own_is_the_whole_managed_fund(facts_of):
    got = facts_of("Per Desember 2023 dana yang dikelola BPJS Ketenagakerjaan, baik DJS maupun dana milik badan, "
                   "mencapai Rp 729,8 triliun.")
    assert ("funds", "managed_funds", "all", None, 2023, 729.8e12) in [g[:6] for g in got]


def test_a_ministrys_count_of_workers_is_another_bodys(facts_of):
    got = facts_of("Sebagai gambaran, Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) mencatat jumlah tenaga kerja "
                   "konstruksi di Indonesia pada 2022 sekitar 8,3 juta orang.")
    assert got == []


def test_the_share_of_an_instrument_restated_as_an_amount_is_a_placement(facts_of):
    assert facts_of("Pada 2014, porsi saham itu setara sekitar Rp43 triliun, sebagian besar di saham LQ45.") == []
    assert facts_of("Anggota Komisi IX meminta manajemen menjelaskan porsi saham yang mencapai Rp88 triliun pada 2019.") == []


def test_workers_there_are_is_the_workforce_and_so_is_the_next_bare_item(facts_of):
    body = ("Pekerja formal saja ada sekitar 55 juta, belum lagi informal yang lebih dari 75 juta. Yang ikut kita secara "
            "aktif pada 2018 baru 30 juta peserta.")
    got = facts_of(body, published_on=date(2018, 9, 1))
    assert got == [("participants", "active_participants", "all", None, 2018, 30e6)]
    got = facts_of("Pekerja formal menurut BPS sekitar 46 juta, informal lebih dari 74 juta.", published_on=date(2019, 2, 1))
    assert got == []
    got = facts_of("Di sisi lain terdapat 56 juta pekerja informal seperti pedagang dan petani.", published_on=date(2019, 2, 1))
    assert got == []


def test_the_potential_market_and_those_not_paying_in_english(facts_of):
    body = ("He said the potential market remained large, with some 48 million formal workers still outside the scheme. "
            "Another 21 million people have registered in the past but are not currently paying contributions. A further "
            "19 million hold membership cards but have stopped paying contributions.")
    assert facts_of(body, published_on=date(2019, 11, 5)) == []


def test_a_news_agency_is_no_office(facts_of):
    got = facts_of("Data yang dikutip kantor berita Antara menunjukkan peserta aktif pada Maret 2024 sebanyak 40,9 juta.")
    assert got == [("participants", "active_participants", "all", None, 2024, 40.9e6)]


def test_a_sub_group_named_as_an_example_of_a_segment_is_that_segment(facts_of):
    body = ("Of the 28.4 million active members at the end of 2018, non-wage earners such as traders and fishermen "
            "numbered 2.3 million.")
    got = facts_of(body, published_on=date(2019, 1, 30))
    assert ("participants", "active_participants", "informal", None, 2018, 2.3e6) in got
    body = ("Hingga akhir Juni 2017, peserta aktif BPJS Ketenagakerjaan secara nasional tercatat 24,1 juta pekerja, 1,4 juta "
            "di antaranya pekerja bukan penerima upah seperti pedagang dan nelayan.")
    got = facts_of(body, published_on=date(2017, 7, 20))
    assert ("participants", "active_participants", "informal", None, 2017, 1.4e6) in got


def test_the_companies_of_a_regional_count_are_the_regions(facts_of):
    body = ("Secara nasional, peserta aktif BPJS Ketenagakerjaan hingga Juni 2019 tercatat 31,2 juta pekerja. Capaian itu "
            "terus dipacu. Kepesertaan di daerah juga tumbuh. Deputi Direktur Wilayah BPJS Ketenagakerjaan Sumbagsel, Andi "
            "Saputra, mengatakan hingga Juni 2019 peserta aktif di Provinsi Jambi baru mencapai 402.100 tenaga kerja dari "
            "sekitar 9.800 perusahaan.")
    assert facts_of(body, published_on=date(2019, 7, 3), with_as_of=True) == [
        ("participants", "active_participants", "all", None, 2019, "2019-06", 31.2e6)]


def test_an_answer_naming_its_own_measure_is_not_vetoed_by_the_questions_words(facts_of):
    body = "Bagaimana dengan pekerja sektor informal? Peserta bukan penerima upah yang aktif saat ini baru sekitar 510 ribu."
    got = facts_of(body, published_on=date(2015, 6, 1))
    assert got == [("participants", "active_participants", "informal", None, 2015, 510e3)]


def test_members_whose_status_is_non_active_and_other_bodies_and_dividends(facts_of):
    assert facts_of("Secara nasional ada 17 juta lebih peserta yang statusnya non aktif.", published_on=date(2021, 5, 1)) == []
    assert facts_of("Jumlah peserta Jaminan Kesehatan Nasional kini 235 juta jiwa.", published_on=date(2021, 5, 1)) == []
    assert facts_of("Dulu sebagai persero kami setor dividen, untuk tahun buku 2011 sekitar Rp 450 miliar.",
                    published_on=date(2014, 5, 1)) == []
    assert facts_of("The agency held some Rp 81 trillion in stocks at the end of 2020.", published_on=date(2021, 5, 1)) == []
    assert facts_of("Menurut dia, jumlah pekerja yang layak dilindungi mencapai sekitar 128 juta orang.",
                    published_on=date(2021, 5, 1)) == []


def test_the_parts_of_an_english_increment_and_a_count_since_a_founding_year(facts_of):
    body = ("The company ended 2013 with 12.3 million active members, out of around 29.5 million workers registered "
            "since its establishment in 1977. It also aims to sign up 5 million new members this year, including "
            "1.5 million informal workers.")
    got = facts_of(body, published_on=date(2014, 2, 3))
    assert ("participants", "registered_participants", "all", None, 2013, 29.5e6) in got
    assert not [g for g in got if g[5] == 1.5e6]


def test_if_only_so_many_joined_is_hypothetical_even_without_a_modal(facts_of):
    got = facts_of("\"Kalau saja 12 juta pekerja informal bergabung dengan iuran minimal Rp16.800 per bulan, ada tambahan "
                   "iuran sekitar Rp2,4 triliun per tahun,\" katanya.", published_on=date(2022, 6, 1))
    assert got == []


def test_suppose_and_for_instance_make_a_figure_hypothetical(facts_of):
    got = facts_of("Andai 15 juta pekerja informal ikut program JKK dan JKM, dana yang masuk sekitar Rp 3 triliun setahun.",
                   published_on=date(2023, 6, 1))
    assert got == []
    got = facts_of("Kalau misalnya 4 juta pekerja menarik JHT sekaligus, itu sekitar Rp40 triliun.",
                   published_on=date(2020, 6, 1))
    assert got == []


def test_more_ways_of_placing_money(facts_of):
    for body in ("Untuk surat berharga negara saja, nilainya sekitar Rp 75 triliun pada 2015.",
                 "Sekitar 65 persen, atau kurang lebih Rp370 triliun, ditaruh di surat utang pada 2021.",
                 "He said around Rp 470 trillion of the funds was invested in government bonds in 2022.",
                 "Pada 2018 surat utang masih dominan, sekitar 60 persen, kira-kira Rp 240 triliun.",
                 "Pada 2017 sekitar Rp 65 triliun, lewat SBN dan obligasi BUMN karya."):
        assert facts_of(body, published_on=date(2023, 1, 5)) == [], body


def test_what_is_still_missing_is_no_level(facts_of):
    got = facts_of("Target 2025 sebesar 57,5 juta peserta aktif. Masih kurang 12 jutaan lagi.", published_on=date(2025, 1, 5))
    assert got == [("targets", "active_participants", "all", None, 2025, 57.5e6)]


def test_english_placements_planned_or_held(facts_of):
    assert facts_of("It plans to place about 45 trillion rupiah in government and state-enterprise bonds in 2016.",
                    published_on=date(2016, 1, 5)) == []
    assert facts_of("SBN holdings stood at roughly Rp 168 trillion in August 2018, about 48% of the portfolio.",
                    published_on=date(2018, 9, 10)) == []


def test_workers_of_two_segments_not_yet_protected_are_a_potential(facts_of):
    body = "Hingga Maret, peserta aktif tercatat 38,2 juta, padahal masih ada sekitar 45 juta pekerja formal dan informal yang belum terlindungi."
    got = facts_of(body)
    assert ("participants", "active_participants", "all", None, 2024, 38.2e6) in got
    assert all(f[-1] != 45e6 for f in got)


def test_the_workers_a_count_of_members_is_set_beside_are_the_workforce(facts_of):
    got = facts_of("Peserta aktif dari kalangan pekerja informal baru 3,1 juta pada 2020, jauh dibanding jumlah pekerja "
                   "informal yang mencapai 74 juta orang.", published_on=date(2021, 2, 2))
    assert got == [("participants", "active_participants", "informal", None, 2020, 3.1e6)]
    got = facts_of("Dari sekitar 60 juta pekerja informal, yang sudah menjadi peserta aktif BPJS Ketenagakerjaan baru 2,9 "
                   "juta.", published_on=date(2019, 4, 4))
    assert [f[-1] for f in got] == [2.9e6]
    # (not the same quantity at an earlier time: "dibandingkan tahun sebelumnya yang sebanyak 36 juta pekerja")
    got = facts_of("Peserta aktif BPJS Ketenagakerjaan tercatat 39 juta pada 2022. Angka ini naik 8 persen dibandingkan "
                   "tahun sebelumnya yang sebanyak 36 juta pekerja.", published_on=date(2023, 1, 20))
    assert ("participants", "active_participants", "all", None, 2021, 36e6) in got


def test_the_workers_a_country_has_and_those_who_should_be_covered_are_no_members(facts_of):
    got = facts_of("The country has some 80 million informal workers. Only 2.4 million of them were active members of "
                   "BPJS Employment at the end of 2019.", published_on=date(2020, 2, 2))
    assert [f[-1] for f in got] == [2.4e6]
    got = facts_of("Peserta aktif BPJS Ketenagakerjaan 35 juta pada 2020. \"Pekerja yang semestinya terlindungi ada "
                   "sekitar 95 juta orang,\" katanya.", published_on=date(2021, 2, 2))
    assert [f[-1] for f in got] == [35e6]


def test_a_condition_on_what_is_counted_sets_out_another_total_of_what_is(facts_of):
    got = facts_of("Kalau peserta yang sudah berhenti membayar iuran turut dihitung, jumlah peserta terdaftar BPJS "
                   "Ketenagakerjaan mencapai 58,4 juta orang pada Juni 2023.", published_on=date(2023, 7, 7))
    assert got == [("participants", "registered_participants", "all", None, 2023, 58.4e6)]
    assert facts_of("Kalau semua pekerja formal patuh mendaftar, dana kelolaan bisa mencapai Rp 900 triliun.") == []


def test_a_photo_caption_marked_in_brackets_and_a_list_of_related_articles_are_no_text():
    from bpjs_pipeline.clean import clean_article
    page = ("BPJS Ketenagakerjaan Kelola Dana Rp700 Triliun\nSelasa, 14 Maret 2023\n"
            "[Foto] Warga antre di kantor cabang, Senin (13/3/2023). Dana kelolaan lembaga ini Rp700 triliun.\n"
            "JAKARTA - Dana kelolaan BPJS Ketenagakerjaan pada akhir 2022 mencapai Rp677 triliun, kata direksi.\n"
            "Related articles\n- Agency aims for Rp 900 trillion in funds\n- Pension returns slip\n"
            "Peserta aktif tercatat 35,9 juta pada akhir 2022.\n")
    body = clean_article("t", page).body
    assert "Rp700 triliun" not in body and "Rp 900 trillion" not in body
    assert "Rp677 triliun" in body and "35,9 juta" in body


def test_a_title_naming_membership_is_no_metric_word(facts_of):
    body = ("Peserta aktif dari pekerja informal baru 2,4 juta pada 2018. Direktur Kepesertaan BPJS Ketenagakerjaan "
            "mengakui angka itu masih kecil dibandingkan jumlah pekerja informal yang mencapai 72 juta orang.")
    assert [f[-1] for f in facts_of(body, published_on=date(2019, 1, 9))] == [2.4e6]


def test_those_included_counted_right_after_the_words_are_that_group(facts_of):
    got = facts_of("Peserta aktif BPJS Ketenagakerjaan 45 juta pada Desember 2024. Catatan: tidak termasuk peserta "
                   "nonaktif sebanyak 26,1 juta orang.", published_on=date(2025, 1, 9))
    assert [f[-1] for f in got] == [45e6]
    got = facts_of("Jumlah peserta terdaftar mencapai 70,2 juta, termasuk yang nonaktif sekitar 27,8 juta.",
                   published_on=date(2025, 4, 9))
    assert [f[-1] for f in got] == [70.2e6]
    # (what a total includes, set off by commas, rules nothing out)
    got = facts_of("Total dana kelolaan, termasuk dana badan, mencapai Rp500,1 triliun pada akhir 2020.",
                   published_on=date(2021, 1, 9))
    assert got == [("funds", "managed_funds", "all", None, 2020, 500.1e12)]


def test_cases_paid_to_in_english_are_no_level(facts_of):
    got = facts_of("Active employers numbered 690,000 at the end of 2021. Total benefits paid in 2021 amounted to Rp 42.3 "
                   "trillion, distributed to more than 3.1 million cases.", published_on=date(2022, 2, 9))
    assert [f[-1] for f in got] == [690e3, 42.3e12]


def test_a_region_before_the_relative_clause_a_figure_stands_in(facts_of):
    body = ("Peserta aktif pekerja informal secara nasional 9,2 juta pada 2023. Ia mencontohkan Jawa Barat, yang saat ini "
            "memiliki sekitar 1,9 juta peserta aktif dari kalangan pekerja informal.")
    assert [f[-1] for f in facts_of(body, published_on=date(2023, 11, 9))] == [9.2e6]


def test_what_follows_according_to_a_name_is_what_was_said(facts_of):
    body = "Menurut Rahmat, dari sisi iuran, Cabang Bukittinggi menghimpun Rp45,2 miliar sepanjang kuartal I 2024."
    assert facts_of(body, published_on=date(2024, 5, 9)) == []


def test_english_regulations_regional_offices_an_about_section_and_the_wage_subsidy():
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    page = ("BPJS Employment Pays Claims\nMonday, 7 August 2023\n"
            "The agency paid Rp 25.1 trillion in benefits nationally in the first half of 2023. The Bali-Nusa Tenggara "
            "regional office of BPJS Ketenagakerjaan paid Rp398 billion in benefit claims over the same months.\n\n"
            "About BPJS Ketenagakerjaan\nBPJS Ketenagakerjaan is a public legal entity established under Law No. 24 of "
            "2011 that protects more than 40 million Indonesian workers.\n")
    got = [(f.table, f.metric, f.year, round(f.value)) for f in extract_facts(clean_article("t", page))]
    assert got == [("funds", "benefits_paid", 2023, 25.1e12)]


def test_a_wage_subsidy_reaching_its_recipients_is_another_programme(facts_of):
    body = ("Active participants stood at 30.5 million in 2020. The wage subsidy program channelled Rp 600,000 a month "
            "to workers and reached 12.1 million recipients.")
    assert [f[-1] for f in facts_of(body, published_on=date(2020, 11, 2))] == [30.5e6]


def test_a_word_in_a_clause_of_reason_after_the_figure_is_not_the_figures(facts_of):
    got = facts_of("Sepanjang 2020 penerimaan iuran Rp70,1 triliun, lebih rendah dari tahun sebelumnya yang mencapai "
                   "Rp74,2 triliun akibat kebijakan relaksasi iuran.", published_on=date(2021, 2, 2))
    assert ("funds", "contributions", "all", None, 2019, 74.2e12) in got


def test_workers_who_should_already_be_covered_named_after_the_figure(facts_of):
    body = "Menurut dia, ada sekitar 42 juta pekerja formal yang semestinya sudah terlindungi BPJS Ketenagakerjaan."
    assert facts_of(body, published_on=date(2016, 2, 2)) == []


def test_a_payment_kept_up_is_a_condition_not_a_trend_that_goes_on(facts_of):
    body = ("Menurut hitungan BPJS Ketenagakerjaan, jika iuran 3 persen itu konsisten dibayar, dana pensiun yang terkumpul "
            "bisa mencapai Rp 1.000 triliun dalam 15 tahun.")
    assert facts_of(body, published_on=date(2015, 7, 1)) == []
    body = "Kalau iuran tumbuh secara konsisten, dana kelolaan bisa menembus Rp 1.000 triliun pada 2026."
    assert facts_of(body, published_on=date(2023, 5, 1)) == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_the_agencys_estimate_with_a_proviso_after_it_stays_a_target(facts_of):
    got = facts_of("Agus memperkirakan dana kelolaan bisa mencapai Rp 490 triliun pada akhir tahun, asalkan tidak ada "
                   "gelombang PHK baru.", published_on=date(2020, 9, 2))
    assert got == [("targets", "managed_funds", "all", None, 2020, 490e12)]


def test_a_part_of_what_is_no_bpjs_level_is_none_either(facts_of):
    body = ("Peserta aktif pada akhir 2022 sebanyak 35,92 juta orang. Meski tumbuh, angka itu masih kecil. Badan Pusat "
            "Statistik mencatat angkatan kerja per Agustus 2022 sebanyak 143,7 juta orang, dengan sekitar 80 juta di "
            "antaranya bekerja di sektor informal.")
    assert [f[-1] for f in facts_of(body, published_on=date(2023, 3, 7))] == [35.92e6]


def test_more_informal_workers_than_the_segment_ever_counted_are_the_workforce(facts_of):
    body = ("Peserta aktif kami sekarang 25,3 juta.\nBagaimana dengan sektor informal?\nPekerja informal jumlahnya lebih "
            "dari 70 juta. Pekerja informal yang aktif baru 1,1 juta.")
    got = facts_of(body, published_on=date(2017, 8, 9))
    assert [f[-1] for f in got] == [25.3e6, 1.1e6]


def test_a_count_pointing_back_at_a_sub_group_the_sentence_before_names(facts_of):
    body = ("Di luar itu, BPJS Ketenagakerjaan juga melindungi tenaga kerja asing. Jumlahnya 118.000 orang pada Februari "
            "2022, sebagian besar bekerja di sektor pertambangan.")
    assert facts_of(body, published_on=date(2022, 3, 10)) == []


@pytest.mark.parametrize("body", [
    "Active participants reached 35 million at the end of 2021. The government's wage subsidy program (BSU), which used "
    "BPJAMSOSTEK data to pay Rp 2.4 million each to 12.4 million workers with salaries below Rp 5 million, is not part "
    "of the agency's budget.",
    "Pada 2021 pemerintah menyalurkan bantuan Rp 1 juta kepada 12,4 juta pekerja lewat data BPJS Ketenagakerjaan.",
])
def test_the_people_money_was_handed_out_to_are_its_recipients(facts_of, body):
    assert [f for f in facts_of(body, published_on=date(2021, 12, 2)) if f[-1] == 12.4e6] == []


@pytest.mark.parametrize("body", [
    "Other agencies in the region:\n- Philippines SSS: 40 million members and counting",
    "The number of participants who are registered but not active, at 28.6 million, is a concern, he added.",
    "East Java remained the province with the most participants at 6.7 million, followed by West Java.",
    "Dana awal JKP sebesar Rp6 triliun disetor pemerintah dari APBN.",
    "Peserta JKP 11,8 juta pekerja pada 2022. Namun, kabar yang beredar di media sosial bahwa dua juta lebih pekerja "
    "sudah menerima manfaat JKP tidak benar.",
])
def test_another_countrys_agency_non_active_members_a_province_seed_money_and_a_rumour(facts_of, body):
    assert [f for f in facts_of(body, published_on=date(2022, 5, 19)) if f[-1] != 11.8e6] == []


def test_a_branch_after_a_verb_of_saying_that_takes_what_was_said(facts_of):
    body = ("Klaim yang dibayarkan sepanjang 2016 mencapai Rp 25 triliun. Dana kelolaan mencapai Rp 253,4 triliun. Kepala "
            "Kantor Wilayah BPJS Ketenagakerjaan Sumbagut, Ruswan Harahap, mengatakan sepanjang Januari hingga Oktober "
            "kanwil yang membawahi Aceh dan Sumatera Utara itu telah membayar klaim Rp612 miliar.")
    assert [f[-1] for f in facts_of(body, published_on=date(2016, 11, 17))] == [25e12, 253.4e12]
    # (a title after the verb is still the speaker's)
    body = "Klaim yang dibayarkan sepanjang 2016 mencapai Rp 20 triliun, kata Kepala Kanwil BPJS Ketenagakerjaan Sumbagut."
    assert facts_of(body, published_on=date(2016, 11, 17)) == [("funds", "benefits_paid", "all", None, 2016, 20e12)]


def test_a_threshold_crossed_restates_the_exact_figure(facts_of):
    body = ("Peserta aktif mencapai 45,1 juta orang pada akhir 2024. \"Ini pertama kalinya kami menembus 45 juta peserta "
            "aktif,\" katanya. \"This is the first time we have crossed 45 million active members.\"")
    got = facts_of(body, published_on=date(2025, 2, 12))
    assert got == [("participants", "active_participants", "all", None, 2024, 45.1e6)]


@pytest.mark.parametrize("body", [
    "Portfolio allocation as of 31 December 2020:\n- Bonds: 64.0% (IDR 311.3 trillion)\n- Equities: 17.1%",
    "Funds under management amounted to IDR 486.38 trillion in 2020. In addition, the agency's own operational fund "
    "(Dana BPJS) stood at IDR 3.1 trillion.",
    "The agency expects its managed funds to hit Rp 365 trillion by year-end. It plans to put some Rp 20 trillion of that "
    "into infrastructure projects this year, mainly through state-owned enterprises' bonds.",
])
def test_english_placements_and_the_agencys_own_fund(facts_of, body):
    assert [f for f in facts_of(body, published_on=date(2021, 2, 17)) if f[-1] not in (486.38e12, 365e12)] == []


def test_english_active_and_inactive_is_everyone_registered(facts_of):
    body = "If you count everyone who has ever registered, active and inactive, the number is about 62 million in 2023."
    assert facts_of(body, published_on=date(2023, 9, 1)) == [("participants", "registered_participants", "all", None, 2023, 62e6)]


def test_a_count_pointing_back_past_a_figureless_sentence_naming_a_sub_group(facts_of):
    body = ("BPJS Ketenagakerjaan menargetkan 600.000 PMI terlindungi pada akhir tahun ini. Selain PMI, BPJS "
            "Ketenagakerjaan juga melindungi tenaga kerja asing yang bekerja di Indonesia. Jumlahnya sekitar 68.000 orang.")
    assert [f[-1] for f in facts_of(body, published_on=date(2023, 6, 1))] == [600000]


def test_workers_of_firms_in_arrears_and_a_condition_after_even(facts_of):
    body = ("Peserta aktif pada 2016 mencapai 22,6 juta. Di sisi lain, masih ada sekitar 1,2 juta pekerja dari perusahaan "
            "yang menunggak iuran. \"Bahkan kalau segmen BPU bisa kami dorong ke 2 juta peserta aktif, iurannya bisa lebih,\" "
            "katanya.")
    assert [f[-1] for f in facts_of(body, published_on=date(2016, 11, 2))] == [22.6e6]


def test_english_hopes_projections_wishes_guidance_and_active_indonesian_migrant_workers(facts_of):
    body = ("At the start of the year, the agency had projected benefit payouts of Rp 28 trillion for the whole of 2020. "
            "\"We hope funds under management close the year at around Rp 317 trillion,\" he said. The agency wants the number "
            "of active participants to reach 10 million by December 2020. Management guides for funds of Rp 431 trillion "
            "by end-2020. Active Indonesian migrant workers covered by the agency numbered 612,000 at the end of 2020.")
    got = facts_of(body, published_on=date(2020, 6, 2))
    assert ("targets", "benefits_paid", "all", None, 2020, 28e12) in got
    assert ("targets", "managed_funds", "all", None, 2020, 317e12) in got
    assert ("targets", "active_participants", "all", None, 2020, 10e6) in got
    assert ("targets", "managed_funds", "all", None, 2020, 431e12) in got
    assert ("participants", "active_participants", "migrant", None, 2020, 612000) in got


def test_english_branches_places_work_plans_forecasts_and_funds_that_now_stand(facts_of):
    body = ("Benefits paid nationally reached Rp 12.1 trillion in the first half of 2024. The Denpasar branch paid Rp 61 "
            "billion in JHT claims in the same period. Roughly 60 million informal workers remain outside the system, and "
            "in provinces such as East Java, where active membership reached 5.1 million, the gap is wide. \"For this year "
            "our work plan sets 48 million active participants. Honestly, we will probably end somewhere near 46 million.\" "
            "The JKP fund now stands at Rp 11.6 trillion.")
    got = facts_of(body, published_on=date(2024, 8, 2))
    assert [f for f in got if f[-1] in (61e9, 5.1e6)] == []
    assert ("targets", "active_participants", "all", None, 2024, 48e6) in got
    assert ("targets", "active_participants", "all", None, 2024, 46e6) in got
    assert ("funds", "managed_funds", "all", "JKP", 2024, 11.6e12) in got


def test_everyone_once_the_non_active_are_added_is_registered(facts_of):
    body = "Jika ditambah peserta yang tidak aktif, total kepesertaan mencapai 54,1 juta orang pada Oktober 2019."
    assert facts_of(body, published_on=date(2019, 11, 2)) == [("participants", "registered_participants", "all", None, 2019, 54.1e6)]


def test_english_people_in_work_seed_capital_and_workers_not_protected(facts_of):
    body = ("Active participants stood at 35.9 million at the end of 2022, barely a quarter of the roughly 135 million "
            "people in work. The job loss program started with government seed capital of Rp 6 trillion. \"There are "
            "still around 90 million workers out there who are not protected.\"")
    assert facts_of(body, published_on=date(2023, 2, 2)) == [("participants", "active_participants", "all", None, 2022, 35.9e6)]


def test_words_after_while_belong_to_the_next_figure(facts_of):
    body = ("Currently, there are 29.1 million active participants, while the number of workers eligible to join the "
            "program is estimated at 91 million.")
    assert facts_of(body, published_on=date(2021, 6, 3)) == [("participants", "active_participants", "all", None, 2021, 29.1e6)]


@pytest.mark.parametrize("body", [
    "\"Dengan asumsi 12 juta pekerja ikut, setiap bulan bisa terkumpul Rp700 miliar,\" ujarnya.",
    "Pemerintah memberikan relaksasi iuran JKK dan JKM selama enam bulan, yang diperkirakan mengurangi penerimaan iuran "
    "sekitar Rp 11 triliun.",
    "He said around 1.4 trillion rupiah of the agency's funds was placed in stocks.",
    "Di Jakarta sendiri, klaim JHT tercatat Rp 4,1 triliun.",
    "Akhir tahun ini dana diperkirakan Rp 630 triliun, dan dalam beberapa tahun ke depan bisa tembus Rp 720 triliun.",
])
def test_assumptions_reductions_placements_a_city_alone_and_a_vague_horizon_are_no_facts(facts_of, body):
    assert all(value not in {12e6, 700e9, 11e12, 1.4e12, 4.1e12, 720e12} for *_, value in facts_of(body, published_on=date(2020, 9, 1)))
