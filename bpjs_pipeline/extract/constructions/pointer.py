"""A pointer at a programme named before ("program itu", "program tersebut", "this programme"):
the programme it refers to."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract import phrase
from bpjs_pipeline.extract.roles import BASELINE

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


# the fund a fund's pointer reaches when no fund is named with its noun before it ("dana tersebut", "the funds")
FUND_UNDER_MANAGEMENT = "managed_funds"


def last_fund_named(a: ArticleState, sentence_index: int, end: int, reach: int):
    """The last fund named with the fund's noun ("dana yang dikelola", "dana kelolaan") in the sentence up to `end`
    and the `reach` sentences before it, as (sentence, label, match), nearest first; or None."""
    vocab, body = a.vocab, a.body
    for s in reversed(a.sentences[max(0, sentence_index - reach):sentence_index + 1]):
        funds = [(label, m) for label, m in vocab.money_metrics.find_all(body, s.start, min(s.end, end))
                 if vocab.fund_noun.search(m.group(0))]
        if funds:
            return (s, *funds[-1])
    return None


def fund_programme(a: ArticleState, sentence_index: int, pointer: int) -> tuple[str | None] | None:
    """The programme of the fund "dana itu" points at, in a tuple (None when no fund is named): the one the
    sentence of the last fund named before it names first ("dana program JHT sebesar Rp 372 triliun. Dana
    tersebut ..." is JHT's; "Berapa dana kelolaan sekarang? ... kami proyeksikan dana itu mencapai Rp 310
    triliun" is no one programme's, whatever programme the passage named before)."""
    fund = last_fund_named(a, sentence_index, pointer, a.vocab.programme_pointer_sentences)
    if fund is None:
        return None  # no fund named: the programme the pointer reaches, as "program itu" does
    s = fund[0]  # (the programme its sentence names first: "Iuran program JKP ..., dan dananya dikelola terpisah")
    found = list(a.vocab.programs.find_all(a.body, s.start, min(s.end, pointer)))
    named = found[0] if found else None
    programmes = {label for label, _ in found}
    if named and len(programmes) > 1 and fund[2].start() < named[1].start() and \
            sum(1 for f in a.figures_after(named[1].start(), min(s.end, pointer)) if f.is_money) >= len(programmes):
        return (None,)  # a fund broken down into its programmes ("dana kelolaan tersebut terdiri atas program JHT Rp
        # 372,5 triliun, JP Rp 117,3 triliun, ..."): all of them
    return (named[0] if named else None,)


def level_its_subject_points_back_at(a: ArticleState, r: Reading, accept) -> Reading | None:
    """The last figure of the sentence before, of those `accept` admits, that the figure's sentence is about when its
    subject points back with a demonstrative ("Pada akhir 2024, peserta aktif tercatat 45,2 juta. Jumlah itu naik dari
    41,5 juta pada tahun sebelumnya"): no baseline, none rejected."""
    if not r.sentence.index or a.vocab.subject_pointing_back.match(a.body, r.sentence.start, r.figure.start) is None:
        return None
    for p in a.back(a.first_in_sentence):
        if p.sentence.index < r.sentence.index - 1:
            return None
        if p.role != BASELINE and not p.vetoed and accept(p):
            return p
    return None


def programme_pointed_at(a: ArticleState, sentence_index: int, start: int, pointer: int) -> str | None:
    """The programme a pointer at `pointer` refers to: the last one named before it in its sentence
    (from `start`) unless it ends a list of several, else the first one (the subject) of the nearest sentence before that names any;
    sentences that point back themselves do not count against the reach."""
    body, vocab = a.body, a.vocab
    named = before = None
    for match in vocab.programs.find_all(body, start, pointer):
        before, named = named, match
    if named is not None and not (before is not None and before[0] != named[0] and
                                  vocab.list_gap.fullmatch(body, before[1].end(), named[1].start())):
        return named[0]  # (not the last of a list of several: "Ditambah iuran ... dari program JKK dan JKM, dana
        # yang dikelola program tersebut ...": the one programme named before the sentence)
    reach, index = vocab.programme_pointer_sentences, sentence_index - 1
    while index >= 0 and reach > 0:
        sentence = a.sentences[index]
        hit = phrase.first_label(vocab.programs, body, sentence.start, sentence.end)
        passed_on = vocab.programme_pointer.search(body, sentence.start, hit[1].start() if hit else sentence.end)
        if hit and passed_on is None:
            return _topic_among(a, index, hit[0])
        if passed_on is None:
            reach -= 1  # (a sentence whose subject points back itself, '"Program itu wajib ..."', "Program tersebut ...
            # bersumber dari rekomposisi iuran JKK dan JKM", passes the pointer on: what it names later is not its subject)
        index -= 1
    return None


_LIST_OF_PROGRAMMES = 3  # programmes, each with its amount, named in one sentence: a list, not a subject


def _topic_among(a: ArticleState, index: int, first: str) -> str | None:
    """Of the programmes sentence `index` names, the one the passage before it is about, else its first ("Jumlah
    peserta program JKP ... Untuk membiayai program itu, ... Selain itu, sebagian iuran JKK dan JKM direkomposisi
    untuk JKP. Dana yang dikelola untuk program tersebut ...": JKP, whose topic goes on, not JKK)."""
    body, vocab = a.body, a.vocab
    sentence = a.sentences[index]
    named = {label for label, _ in vocab.programs.find_all(body, sentence.start, sentence.end)}
    if len(named) < 2:
        return first
    for before in reversed(a.sentences[max(0, index - vocab.programme_pointer_sentences):index]):
        earlier = {label for label, _ in vocab.programs.find_all(body, before.start, before.end)} & named
        if len(earlier) == 1:
            return earlier.pop()
        if earlier:
            break
    # (a list of three or more programmes' amounts has no subject a pointer could mean: "Dari jumlah tersebut, jaminan
    # hari tua sebesar Rp47,9 triliun, jaminan kecelakaan kerja Rp3,3 triliun, ... Dana tersebut dikelola dengan total
    # dana investasi Rp807,3 triliun")
    listed = len(named) >= _LIST_OF_PROGRAMMES and \
        sum(1 for _ in a.figures_after(sentence.start, sentence.end)) >= _LIST_OF_PROGRAMMES
    return None if listed or _first_of_a_pair(a, sentence, first) else first


def _first_of_a_pair(a: ArticleState, sentence, first: str) -> bool:
    """Whether the sentence's first programme is named in one breath with the next ("Participation in the work-accident
    (JKK) and death (JKM) programmes stood at 24.9 million"): the pair is its subject, no one programme a pointer could
    mean."""
    last_of_first = None
    for label, m in a.vocab.programs.find_all(a.body, sentence.start, sentence.end):
        if label != first:
            return last_of_first is not None and a.vocab.list_gap.fullmatch(a.body, last_of_first.end(), m.start()) is not None
        last_of_first = m
    return False
