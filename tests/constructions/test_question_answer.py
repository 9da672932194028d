"""constructions/question_answer.py: a question and its answer read as one sentence."""
from datetime import date


def test_an_answer_in_the_same_line(facts_of):
    assert facts_of("Target tahun ini? Sekitar 11 jutaan peserta aktif.") == [
        ("targets", "active_participants", "all", None, 2024, 11e6)]


def test_an_interview_answer_on_the_next_line(facts_of):
    body = "Berapa jumlah peserta aktif BPJS Ketenagakerjaan saat ini?\nSaat ini sekitar 40 juta pekerja."
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2024, 40e6)]


def test_an_interviews_answers_after_a_comparing_question_and_a_figure_pointed_at_again(facts_of):
    body = ("Berapa jumlah peserta saat ini?\nPer akhir Mei 2021 peserta aktif kami 28,3 juta orang. Jadi yang nonaktif "
            "itu sekitar 22,8 juta.\nBagaimana dibandingkan sebelum pandemi?\nAkhir 2019 itu kita sempat di 34,1 juta "
            "peserta aktif. Lalu akhir tahun lalu turun ke 29,7 juta. Sekarang pelan-pelan naik lagi. Memang berat.\n"
            "Dari 28,3 juta itu, komposisinya seperti apa?\nPenerima upah masih yang terbesar, 19,4 juta. Jasa konstruksi "
            "6,1 juta, lalu pekerja migran sekitar 350 ribu.")
    got = facts_of(body, published_on=date(2021, 6, 20))
    assert ("participants", "active_participants", "all", None, 2019, 34.1e6) in got
    assert ("participants", "active_participants", "all", None, 2020, 29.7e6) in got
    assert ("participants", "active_participants", "formal", None, 2021, 19.4e6) in got
    assert ("participants", "active_participants", "migrant", None, 2021, 350_000) in got


def test_a_question_dated_by_a_year_is_answered_on_the_next_line(facts_of):
    got = facts_of("Apa target untuk 2018?\n\nPeserta aktif 31 juta, dana kelolaan Rp 365 triliun.",
                   published_on=date(2018, 2, 1))
    assert got == [("targets", "active_participants", "all", None, 2018, 31e6),
                   ("targets", "managed_funds", "all", None, 2018, 365e12)]


def test_a_question_asking_two_things_is_answered_sentence_by_sentence(facts_of):
    body = ("Tanya: Berapa sebenarnya peserta aktif BPJS Ketenagakerjaan sekarang, dan apa target akhir tahun?\n\n"
            "Jawab: Per Agustus 2017 peserta aktif kami 25,6 juta tenaga kerja. Target sampai akhir tahun ini 26,5 juta.")
    got = facts_of(body, published_on=date(2017, 9, 12))
    assert ("participants", "active_participants", "all", None, 2017, 25.6e6) in got
    assert ("targets", "active_participants", "all", None, 2017, 26.5e6) in got


def test_an_answer_about_all_programmes_or_its_own_fund_takes_nothing_from_the_question(facts_of):
    body = ("Berapa yang sudah ambil JHT tahun ini?\nSemester pertama klaim yang kami bayarkan untuk semua program "
            "Rp 18,4 triliun.")
    got = facts_of(body, published_on=date(2022, 8, 1))
    assert ("funds", "benefits_paid", "all", None, 2022, 18.4e12) in got
    body = ("Dana program jaminan kecelakaan kerja sekarang Rp 26 triliun. Tahun ini dana itu bisa tumbuh berapa?\n"
            "Kami proyeksikan dana kelolaan akhir 2015 di kisaran Rp 210 triliun.")
    got = facts_of(body, published_on=date(2015, 6, 1))
    assert ("targets", "managed_funds", "all", None, 2015, 210e12) in got


def test_the_answers_amounts_take_the_programme_its_question_asks_about(facts_of):
    body = ("Klaim JHT tahun lalu Rp 19,4 triliun. Bagaimana dengan kecelakaan kerja?\nKasusnya sekitar 110 ribu. Nilai "
            "santunannya Rp 810 miliar, termasuk biaya perawatan.")
    got = facts_of(body, published_on=date(2017, 3, 1))
    assert ("funds", "benefits_paid", "all", "JKK", 2016, 810e9) in got


def test_an_interviews_introduction_hands_its_answers_no_segment(facts_of):
    body = ("Bagaimana BPJS Ketenagakerjaan mengejar perluasan kepesertaan, terutama pekerja informal? Kami menemui "
            "Direktur Kepesertaan di Jakarta. Petikannya:\n\nBagaimana perkembangan program JKP sejauh ini?\n"
            "Program tersebut kini diikuti 11,4 juta peserta.")
    assert facts_of(body, published_on=date(2022, 6, 1)) == [("participants", "participants", "all", "JKP", 2022, 11.4e6)]
