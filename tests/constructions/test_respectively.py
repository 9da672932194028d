"""constructions/respectively.py: figures handed out by "masing-masing" to the groups named after them."""
from datetime import date


def test_counts_handed_out_to_segments_in_their_places(facts_of):
    got = facts_of("Per Desember 2023 peserta aktif mencapai 41,5 juta. Rinciannya, 25,12 juta; 9,08 juta; 6,86 juta; "
                   "dan 0,43 juta, masing-masing untuk segmen penerima upah (PU), bukan penerima upah (BPU), jasa "
                   "konstruksi (Jakon), dan pekerja migran Indonesia (PMI).")
    assert ("participants", "active_participants", "formal", None, 2023, 25.12e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 9.08e6) in got
    assert ("participants", "active_participants", "construction", None, 2023, 6.86e6) in got
    assert ("participants", "active_participants", "migrant", None, 2023, 0.43e6) in got


def test_amounts_handed_out_to_programmes(facts_of):
    got = facts_of("Sepanjang 2023 klaim yang dibayarkan Rp 40 triliun, Rp 2 triliun dan Rp 1 triliun, masing-masing "
                   "untuk jaminan hari tua, kecelakaan kerja dan kematian.")
    assert [g[3] for g in got] == ["JHT", "JKK", "JKM"]


def test_no_hand_out_when_the_groups_do_not_count_the_figures(facts_of):
    got = facts_of("Pada akhir 2021 komposisinya 20,51 juta dan 7,09 juta peserta aktif, masing-masing untuk pekerja "
                   "penerima upah, jasa konstruksi, dan bukan penerima upah.")
    assert {g[2] for g in got} == {"all"}


def test_groups_named_before_the_figures_they_are_handed_out_to(facts_of):
    got = facts_of("At the end of 2015 the work accident and life insurance funds stood at Rp 21.5 trillion and Rp 7.8 "
                   "trillion, respectively.", published_on=None)
    assert [(g[1], g[3]) for g in got] == [("managed_funds", "JKK"), ("managed_funds", "JKM")]


def test_groups_named_before_masing_masing_and_the_figures_after_it(facts_of):
    got = facts_of("Hingga Juni 2023 peserta aktif tercatat 38,2 juta. Jumlah itu terbagi dalam tiga kelompok, yaitu "
                   "pekerja penerima upah, bukan penerima upah serta jasa konstruksi, masing-masing 24,1 juta, 8,3 juta "
                   "dan 5,8 juta.")
    assert ("participants", "active_participants", "formal", None, 2023, 24.1e6) in got
    assert ("participants", "active_participants", "informal", None, 2023, 8.3e6) in got
    assert ("participants", "active_participants", "construction", None, 2023, 5.8e6) in got


def test_no_hand_out_after_the_word_when_the_groups_do_not_count_the_figures(facts_of):
    got = facts_of("Hingga Juni 2023 peserta aktif penerima upah dan bukan penerima upah masing-masing 24,1 juta, "
                   "8,3 juta dan 5,8 juta.")
    assert {g[2] for g in got} <= {"all"}


def test_groups_named_between_masing_masing_and_the_figures(facts_of):
    got = facts_of("Manfaat yang dibayarkan sepanjang 2021 sebesar Rp 44,1 triliun, masing-masing untuk JHT, JKK, JKM dan "
                   "JP sebesar Rp 38,9 triliun, Rp 2,2 triliun, Rp 1,6 triliun dan Rp 1,1 triliun.")
    assert [g[3] for g in got] == [None, "JHT", "JKK", "JKM", "JP"]


def test_a_group_named_before_masing_masing_rules_out_only_its_own_figure(facts_of):
    body = ("Dana kelolaan per Maret 2024 mencapai Rp 736,2 triliun. Dana itu terbagi ke dalam lima program dan dana badan, "
            "masing-masing untuk jaminan hari tua Rp 461,8 triliun, jaminan pensiun Rp 168,5 triliun, jaminan kecelakaan "
            "kerja Rp 62,3 triliun, jaminan kematian Rp 16,7 triliun, jaminan kehilangan pekerjaan Rp 12,9 triliun dan dana "
            "badan Rp 14 triliun.")
    got = facts_of(body, published_on=date(2024, 4, 20))
    assert ("funds", "managed_funds", "all", "JHT", 2024, 461.8e12) in got
    assert ("funds", "managed_funds", "all", "JKP", 2024, 12.9e12) in got
    assert not any(f[5] == 14e12 for f in got)


def test_names_parted_by_commas_before_figures_handed_out_respectively(facts_of):
    body = ("Benefits paid in 2021 reached Rp 42.4 trillion. Old-age savings (JHT) accounted for the lion's share at Rp 37.1 "
            "trillion, while the work accident (JKK), death (JKM) and pension (JP) programs disbursed Rp 1.79 trillion, "
            "Rp 2.36 trillion and Rp 1.15 trillion respectively.")
    got = facts_of(body, published_on=date(2022, 2, 1))
    assert ("funds", "benefits_paid", "all", "JKK", 2021, 1.79e12) in got
    assert ("funds", "benefits_paid", "all", "JKM", 2021, 2.36e12) in got
    assert ("funds", "benefits_paid", "all", "JP", 2021, 1.15e12) in got
