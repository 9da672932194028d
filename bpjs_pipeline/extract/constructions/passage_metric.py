"""The metric a passage is about: once a passage names active participants
("jumlah kepesertaan aktif pada 2018 mencapai 30,46 juta"), the counts after it that
say only "peserta" are the same quantity at another time ("Pada 2020 turun menjadi
29,98 juta peserta"), and the counts of one segment in the same period are its parts
("peserta jasa konstruksi sebanyak 7,16 juta", "pekerja migran ... 262.999"). A
sentence that opens by pointing back at an active count ("Jumlah ini ditargetkan
menjadi 70 juta pekerja") counts the same quantity, and so do the bare figures and
baselines that refer to an active count. A count far larger than the active one is
not it (a registered total); a worker noun or a coverage verb alone ("melindungi 40
juta pekerja") does not take it, nor a count named by joining ("pekerja informal yang ikut
baru 1,08 juta"); a passage that turns to another count ends it.

Applied at the end of each sentence, after its periods are read."""
from __future__ import annotations

import math

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.constructions.joined import counted_by_joining
from bpjs_pipeline.extract.roles import BASELINE, PART
from bpjs_pipeline.extract.reading import COVERED_WORKER_NOUN, HEADING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

ACTIVE = "active_participants"
GENERIC = "participants"


def _topic(a: ArticleState, r: Reading, total_before: Reading | None = None) -> Reading | None:
    """The passage's active count, while the passage goes on: within a few sentences of
    it or of the last words naming active participants; an active total stated earlier in
    the figure's own sentence first (`total_before`: "dari 32 juta peserta aktif, 65% PU atau
    21 juta")."""
    if total_before is not None:
        return total_before
    topic = a.passage_topic
    if topic is not None and topic.kind != r.kind and a.passage_topic_of_kind.get(r.kind) is not None:
        topic = a.passage_topic_of_kind[r.kind]  # a part of this year's actual, not of a target
    if topic is None:
        return None
    last_said = max(topic.sentence.index, _last_active_words(a, r.sentence.index))
    return topic if r.sentence.index - last_said <= a.vocab.passage_sentences else None


def _last_active_words(a: ArticleState, before: int) -> int:
    """The last sentence before `before` whose words name active participants."""
    for i in range(before - 1, max(-1, before - 1 - a.vocab.passage_sentences), -1):
        s = a.sentences[i]
        if a.sentence_has("active words", s, a.vocab.active_words):
            return i
    return -1


def _why_active(a: ArticleState, r: Reading, total_before: Reading | None = None,
                smaller_active_after: bool = False, sibling_said_active: bool = False) -> str:
    """Why a plain count is the passage's active count, or ""."""
    vocab, body = a.vocab, a.body
    worded = r  # the reading whose words name what is counted
    if r.inherited_from is not None:
        source = a.readings[r.inherited_from]
        if source.metric == ACTIVE:
            return f"the figure it refers to ({source.figure.text})"
        if not (source.role == BASELINE and source.compares_to == r.index):
            return ""
        worded = source  # "pekerja migran ... dari 99.800 pada 2017 menjadi 262.999": the change's subject
    if r.role == BASELINE and r.compares_to is not None and a.readings[r.compares_to].metric == ACTIVE:
        return f"the figure it is compared with ({a.readings[r.compares_to].figure.text})"
    topic = _topic(a, r, total_before)
    if topic is None or smaller_active_after:
        return ""  # ("peserta mencapai 14,6 juta jiwa, yang aktif ... 10,2 juta": the total of an active part)
    previous = next((p for p in a.back(a.first_in_sentence) if not p.money), None)
    if vocab.anaphora.match(r.sentence.text) and previous is topic and topic.sentence.index == r.sentence.index - 1:
        if r.segment == "all" and topic.segment != "all":
            # "... jumlah peserta BPU yang aktif mencapai 5,06 juta orang. Angka ini masih jauh dari target akhir tahun
            # ini sebesar 6,5 juta peserta": the same segment's
            r.segment = topic.segment
            r.sources["segment"] = f"the count its sentence points back at ({topic.figure.text})"
        return f"the active count its sentence points back at ({topic.figure.text})"
    # (or the heading of its lines: "Berikut perkembangannya per akhir bulan:" over "Januari: 30,93 juta" in a passage
    # about active participants)
    headed = worded.sources.get("metric", "") == HEADING
    if not headed and not worded.sources.get("metric", "").startswith(("own words", COVERED_WORKER_NOUN)):
        return ""
    if counted_by_joining(a, r, worded):
        return ""  # "pekerja sektor informal yang ikut baru sekitar 1,08 juta orang": those who joined
    names_participants = headed or bool(vocab.participant_nouns.search(body, worded.spans.left, worded.spans.phrase_end))
    # counted by its cover, in a sentence naming no active count: "pekerja migran Indonesia yang terlindungi mencapai
    # 380 ribu orang" (and named as participants too: "ditargetkan melindungi 7 juta pekerja konstruksi sebagai peserta",
    # "600 ribu PMI terlindungi sebagai peserta", "780 thousand migrant workers are covered")
    covered = vocab.covered_qualifiers.search(body, worded.spans.clause, worded.spans.right_clause_end)
    by_cover = covered is not None and not a.sentence_has("active words", r.sentence, vocab.active_words)
    if r.segment != "all" and topic.segment == "all":
        # a part of the active total: one segment's count of the same period, named as
        # participants or in a passage still speaking of active counts (not one counted by its cover in a sentence
        # naming no active count: "... dan bukan penerima upah 1,9 juta. Adapun pekerja migran Indonesia yang
        # terlindungi mencapai 380 ribu orang")
        if by_cover:
            return ""
        if sibling_said_active or _broken_down_in_full(a, topic) or r.program is not None or r.sources.get("listed"):
            # "Peserta pekerja migran Indonesia mencapai 560 ribu orang dan peserta jasa konstruksi aktif 7,1 juta": a
            # segment its sentence sets beside one said to be active is not; nor one beside a breakdown that already
            # adds up to the active total ("... 35,4 juta. Dari jumlah itu, PU 21,6 juta, BPU 5,8 juta dan jasa
            # konstruksi 8 juta. Adapun peserta pekerja migran Indonesia sebanyak 348.210 orang"); nor the participants of
            # some programmes ("Khusus peserta program JKK dan JKM dari kalangan bukan penerima upah, jumlahnya 9,2 juta")
            return ""
        if r.figure.value < topic.figure.value and r.year == topic.year and r.kind == topic.kind and \
                (names_participants or _active_named_since(a, r.sentence.index - 1, r.figure.start)):
            return f"a part of the passage's active count ({topic.figure.text})"
        return ""
    if r.kind == topic.kind == "target" and topic.sentence.index == r.sentence.index and topic.year != r.year:
        return ""  # ("target 47 juta peserta aktif, sejalan dengan peta jalan menuju 70 juta peserta pada 2026": one
        # sentence naming one year's target active and another's not, counts the other as plain participants)
    low, high = vocab.passage_ratio
    if r.program is not None or r.sources.get("listed"):
        return ""  # ("Adapun peserta program JKK dan JKM mencapai 27,9 juta" after 27,45 juta active: the participants of
        # programmes, as a segment's would not be)
    if names_participants and not by_cover and r.segment == topic.segment and \
            low * topic.figure.value <= r.figure.value <= high * topic.figure.value:
        return f"the passage's active count ({topic.figure.text})"
    return ""


def _broken_down_in_full(a: ArticleState, total: Reading) -> bool:
    """Whether the parts read of a total add up to it (to its rounding)."""
    parts = [q.figure.value for q in a.readings[total.index + 1:] if q.role == PART and q.part_of == total.index]
    return len(parts) > 1 and abs(sum(parts) - total.figure.value) <= a.vocab.breakdown_sum_tolerance * total.figure.value


def _active_named_since(a: ArticleState, sentence_index: int, end: int) -> bool:
    start = a.sentences[max(0, sentence_index)].start
    return a.vocab.active_words.search(a.body, start, end) is not None


def carry_passage_metric(a: ArticleState, readings: list[Reading]) -> None:
    """Give the sentence's plain counts the passage's active metric, then move the passage on."""
    # a figure can follow one read after it (a baseline the new level it is compared
    # with, a level the baseline it refers to): go round until nothing changes
    # the smallest active count named by its own words after each figure of the sentence
    smallest_after: dict[int, float] = {}
    smallest = math.inf
    for q in reversed(readings):
        smallest_after[q.index] = smallest
        if q.metric == ACTIVE and not q.money and q.sources.get("metric", "").startswith("own words"):
            smallest = min(smallest, q.figure.value)
    # a segment said to be active by its own words (after another, which it sets apart: "Peserta pekerja migran ...
    # mencapai 560 ribu orang dan peserta jasa konstruksi aktif 7,1 juta"; before one, whose qualifier it may lend:
    # "Peserta sektor informal yang aktif ... 410 ribu orang, sementara pekerja ... jasa konstruksi yang terlindungi ...")
    said_active = {q.index for q in readings if q.metric == ACTIVE and q.segment != "all" and not q.money
                   and q.sources.get("metric", "").startswith("own words")}
    changed = True
    while changed:
        changed = False
        total_before: dict[str, Reading] = {}  # by kind: the sentence's last active total so far
        for r in readings:
            if not (r.money or r.vetoed or r.metric != GENERIC):
                why = _why_active(a, r, total_before.get(r.kind), smallest_after[r.index] < r.figure.value,
                                  any(i > r.index for i in said_active))
                if why:
                    r.metric = ACTIVE
                    r.sources["metric"] = "active: " + why
                    changed = True
            if r.metric == ACTIVE and r.segment == "all" and not r.money and not r.vetoed:
                total_before[r.kind] = r
    for r in readings:
        if r.money or r.vetoed or not r.metric:
            continue
        if r.metric == ACTIVE:
            if r.role == BASELINE and any(q.metric == ACTIVE and q.kind == r.kind and q.role != BASELINE for q in readings):
                continue  # ("45,2 juta pekerja, naik dari 41,6 juta pada tahun sebelumnya": the passage's is the level)
            if r.segment == "all" or _topic(a, r) is None:
                a.passage_topic = a.passage_topic_of_kind[r.kind] = r
        elif r.segment == "all" and r.role not in (PART, BASELINE):
            a.passage_topic = None  # the passage turned to another count
            a.passage_topic_of_kind = {}
