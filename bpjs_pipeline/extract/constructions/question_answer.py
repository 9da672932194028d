"""A question and the answer after it read as one sentence ("Target tahun ini?
Sekitar 11 jutaan."): the answer's figure takes the question's words. In an interview
the answer is the next line ("Berapa peserta aktif saat ini?" / "Sekitar 40 juta
pekerja."): a question on a line of its own and a first answer sentence holding a figure. A question asking
two things ("Berapa peserta aktif sekarang, dan apa target akhir tahun?") is answered sentence by sentence: its
answer reads on its own words."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from bpjs_pipeline.lexicon import alternation, lexicon
from bpjs_pipeline.parsing.dates import A_YEAR
from bpjs_pipeline.parsing.sentences import Sentence

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def answer_start(body: str, start: int, end: int) -> int:
    """Where the answer after the last question in body[start:end] begins (a question and its answer are read as one
    sentence: "Bagaimana dengan pekerja sektor informal? Peserta bukan penerima upah ..."), or -1 with no question."""
    asked = body.rfind("?", start, end)
    return asked + 1 if asked != -1 else -1


def question_before(a: ArticleState, r: Reading, reach: int) -> tuple[int, int] | None:
    """The span of the last question asked before the figure, in its sentence or the `reach` sentences before it (the
    answer it stands in may run on over those), or None."""
    for q in reversed(a.sentences[max(0, r.sentence.index - reach):r.sentence.index + 1]):
        answer = answer_start(a.body, q.start, min(q.end, r.figure.start))
        if answer != -1:
            return q.start, answer - 1
    return None


# a question holding a figure of its own asks about it; a year only dates what it asks ("Apa target untuk 2018?")
_A_FIGURE = re.compile(r"\d")


@cache
def _compound() -> re.Pattern:
    grammar = lexicon()["grammar"]
    return re.compile(rf"(?i),?\s(?:{alternation(grammar['compound_question_links'])})\s+(?:{alternation(grammar['question_words'])})\b")


def join_questions(body: str, sentences: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if s.text.endswith("?") and i + 1 < len(sentences) and not _A_FIGURE.search(A_YEAR.sub("", s.text)) \
                and not _compound().search(s.text) \
                and ("\n" not in body[s.end:sentences[i + 1].start] or _answers(body, s, sentences[i + 1])):
            nxt = sentences[i + 1]
            s = Sentence(len(out), s.start, nxt.end, body[s.start:nxt.end])
            i += 2
        else:
            s = Sentence(len(out), s.start, s.end, s.text)
            i += 1
        out.append(s)
    return out


def _answers(body: str, question: Sentence, answer: Sentence) -> bool:
    """Whether the next line answers a question standing on a line of its own."""
    own_line = question.start == 0 or body[question.start - 1] == "\n"
    return own_line and body.count("\n", question.end, answer.start) <= 2 and any(c.isdigit() for c in answer.text)
