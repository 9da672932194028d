"""constructions/question_answer.py: a question and its answer read as one sentence."""


def test_an_answer_in_the_same_line(facts_of):
    assert facts_of("Target tahun ini? Sekitar 11 jutaan peserta aktif.") == [
        ("targets", "active_participants", "all", None, 2024, 11e6)]


def test_an_interview_answer_on_the_next_line(facts_of):
    body = "Berapa jumlah peserta aktif BPJS Ketenagakerjaan saat ini?\nSaat ini sekitar 40 juta pekerja."
    assert facts_of(body) == [("participants", "active_participants", "all", None, 2024, 40e6)]
