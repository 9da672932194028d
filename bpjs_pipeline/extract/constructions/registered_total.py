"""A participants total that an active count is said to be part of is the registered
total: "26,2 juta dari 44,9 juta" (an active figure, then "dari" and a larger total), "…
dan 25,4 juta di antaranya peserta aktif", "dari jumlah tersebut, peserta aktifnya
27,8 juta", and a breakdown of a total with an active part (unless the total restates an
active count just stated); and a total whose words go on to a copula saying what the part before it is ("30,5 juta
dari 50,4 juta pekerja yang terdaftar merupakan peserta aktif"). Figures that refer to
an upgraded total, or are compared with it, follow it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import INHERIT_SENTENCES, LOOK_BACK
from bpjs_pipeline.extract.reading import same_value
from bpjs_pipeline.extract.roles import BASELINE, NEW_LEVEL

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def total_of_active(a: ArticleState, r: Reading, previous: Reading | None) -> bool:
    """Whether a count right after "dari" that follows an active count is its total: a larger
    count, after an active count that is not the new level of a change ("turun menjadi 28,9 juta
    dari 30,1 juta" is where the change started)."""
    vocab = a.vocab
    between = vocab.worker_nouns.sub(" ", a.body[r.spans.left:r.figure.start]) if previous is not None else ""
    return previous is not None and previous.metric == "active_participants" and r.kind != "target" and \
        (previous.role != NEW_LEVEL or vocab.total_never_baseline.search(between)) and r.figure.value > previous.figure.value and \
        bool(vocab.total_after.match(between)) and \
        not vocab.backward_cue.search(a.body, r.figure.end, r.spans.right_clause_end) and \
        not (r.metric == "active_participants" and (previous.segment != "all" or previous.program not in (None, "all"))) and \
        not _a_segments_workforce(a, r)
    # (nor the active total a segment's or a programme's active count is part of: "peserta jasa konstruksi yang aktif
    # mencapai 6,41 juta pekerja dari total 35,4 juta peserta aktif", "peserta aktif program pensiun ... 13,9 juta orang
    # dari total 29,98 juta peserta aktif")
    # ("climbed to 12.3 million workers, out of roughly 29 million people ...": "out of" never names a level before)
    # (not "peserta aktif tinggal 31,2 juta dari 32,9 juta pada bulan sebelumnya": the level before it)
    # (nor the target it is measured against: "mencapai 41,3 juta pekerja dari 44,1 juta yang ditargetkan")


def _a_segments_workforce(a: ArticleState, r: Reading) -> bool:
    """Whether the words after the count name a group's workers and nothing of membership ("only 9.6 million
    non-wage earners are active members, out of roughly 84 million informal workers"): the workforce, not members."""
    vocab, body, end = a.vocab, a.body, r.spans.phrase_end
    return vocab.worker_nouns.search(body, r.figure.end, end) is not None and \
        not vocab.participant_nouns.search(body, r.figure.end, end) and \
        not vocab.registered_words.search(body, r.figure.end, end) and \
        next(iter(vocab.segments.find_all(body, r.figure.end, end)), None) is not None


def part_predicated(a: ArticleState, r: Reading, previous: Reading | None) -> str | None:
    """The copula and words after a total that say what the part before it is ("30,5 juta dari 50,4 juta pekerja yang
    terdaftar merupakan peserta aktif"): the part, right before "dari" and naming nothing itself, is what the copula
    says; the total is the registered count. None when the figures are not so written."""
    vocab, body = a.vocab, a.body
    if previous is None or previous.money or previous.metric or previous.sentence.index != r.sentence.index or \
            r.figure.value <= previous.figure.value:
        return None
    if not vocab.total_after.match(vocab.worker_nouns.sub(" ", body[previous.figure.end:r.figure.start])):
        return None
    copula = vocab.copula_word.search(body, r.figure.end, r.spans.right_clause_end)
    if copula is None or vocab.registered_words.search(body, r.figure.end, copula.start()) is None:
        return None
    return body[copula.start():r.spans.right_clause_end].strip()


def population_base(a: ArticleState, r: Reading, previous: Reading | None) -> str:
    """A count of workers right after "dari" that follows a count of covered workers is the
    population the coverage is taken of ("sudah melindungi 40 juta tenaga kerja dari 138 juta
    pekerja", "yang terdaftar mencapai 20 juta dari total 55 juta pekerja formal"), not a count of
    participants."""
    vocab = a.vocab
    if previous is None or previous.money or previous.vetoed or \
            not (previous.metric in ("participants", "registered_participants") or
                 (previous.metric == "active_participants" and _a_segments_workforce(a, r))):
        return ""
    left = vocab.worker_nouns.sub(" ", a.body[r.spans.left:r.figure.start])
    # (or after a comma that closes the covered count's clause: "... are currently registered with the Workers Social
    # Security Agency (BPJS Ketenagakerjaan), out of some 70 million informal workers across the country")
    if not vocab.total_after.match(left) and not vocab.total_after.match(left[left.rfind(",") + 1:]):
        return ""
    if vocab.participant_nouns.search(a.body, r.figure.end, r.spans.phrase_end) or \
            not vocab.worker_nouns.search(a.body, r.figure.end, r.spans.phrase_end):
        return ""
    return f"the population the coverage before it ({previous.figure.text}) is taken of"


def _active_restated(a: ArticleState, total: Reading) -> Reading | None:
    """An active count of the same value stated shortly before the total."""
    for p in reversed(a.readings[max(0, total.index - LOOK_BACK):total.index]):
        if total.sentence.index - p.sentence.index > INHERIT_SENTENCES:
            return None
        if p.metric == "active_participants" and not p.money and not p.vetoed and p.segment == total.segment \
                and same_value(p.figure.value, total.figure.value):
            return p
    return None


def mark_registered_totals(a: ArticleState) -> None:
    body, vocab = a.body, a.vocab
    upgraded: set[int] = set()
    for r in a.readings:
        if r.metric != "active_participants" or r.vetoed:
            continue
        total = a.readings[r.part_of] if r.part_of is not None else None
        if total is not None and total.metric == "participants" and not total.money:
            restated = _active_restated(a, total)
            if restated is not None:  # "... tenaga kerja aktif sebanyak 41,56 juta. Adapun 41,56 juta orang
                # tersebut ... terdiri dari 7,36 juta Jakon, ...": the active count again, with its parts
                total.metric = "active_participants"
                total.sources["metric"] = f"the active count it restates ({restated.figure.text})"
                continue
            # "kepesertaan 50 juta, terdiri dari 30 juta peserta aktif dan ...": the
            # active part of a total makes the total the registered one
            total.metric = "registered_participants"
            total.sources["metric"] = f"a total whose active part is {r.figure.text}"
            upgraded.add(total.index)
            continue
        if not (r.spans.subset or vocab.subset_before_active.search(body, r.spans.sentence_start, r.figure.start)):
            continue
        for p in reversed(a.readings[max(0, r.index - LOOK_BACK):r.index]):
            if r.sentence.index - p.sentence.index > INHERIT_SENTENCES:
                break
            if p.metric == "participants" and not p.money and p.figure.value > r.figure.value \
                    and not p.vetoed and p.role != BASELINE:
                p.metric = "registered_participants"
                p.sources["metric"] = f"a total that the active count {r.figure.text} is part of"
                upgraded.add(p.index)
                break
    changed = True
    while changed:
        changed = False
        for r in a.readings:
            if r.index in upgraded or r.metric != "participants":
                continue
            if r.inherited_from in upgraded or (r.role == BASELINE and r.compares_to in upgraded):
                r.metric = "registered_participants"
                r.sources["metric"] = "the registered total it refers to"
                upgraded.add(r.index)
                changed = True
