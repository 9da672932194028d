"""Target or actual: the last target, actual or achievement word before a figure in
its sentence decides. An achievement against a target (*telah melampaui target, yaitu
sebanyak 450.000*: a clause break between) restates what was achieved; right after
the word (*melampaui target akhir tahun yang sebanyak 15,2 juta*) the figure is the
target's value. A sentence opening with a back-reference starts with the previous
sentence's kind. A bare target count is named by the achievement stated right after it
(*menargetkan 57 juta pada 2025. Saat ini baru tercakup 43 juta*)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import INHERIT_SENTENCES, LOOK_BACK
from bpjs_pipeline.extract.roles import BASELINE, CHANGE, LEVEL, NEW_LEVEL, last_match
from bpjs_pipeline.model import METRICS
from bpjs_pipeline.parsing.sentences import Sentence, clause_end

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading


def start_kind(a: ArticleState, sentence: Sentence) -> str:
    """The kind a sentence opening by pointing back ("Jumlah tersebut ...") starts with: that of the
    figure pointed at, the last of the sentence before (not a target the achievement before it is
    measured against: "... mencapai 33,86 juta orang atau 96,5% dari target 35,1 juta. Jumlah tersebut
    terdiri dari ..." points at what was achieved, as does one after a target the achievement is named after)."""
    if a.vocab.anaphora.match(sentence.text) and a.readings:
        prev = a.readings[-1]
        if prev.sentence.index == sentence.index - 1:
            if prev.kind == "target" and a.vocab.against_target.search(a.body, prev.spans.sentence_start, prev.figure.start) \
                    and _actual_in_sentence(a, prev):
                return "actual"
            if prev.kind == "target" and any(label == "actual" for label, _ in
                                             a.vocab.kind_words.find_all(a.body, prev.figure.end, prev.sentence.end)):
                return "actual"  # "Target tahun ini sebesar 48 juta, sehingga capaian baru 90,8 persen. Dari jumlah
                # tersebut, ...": the achievement the sentence ends with
            return prev.kind
    return "actual"


def _actual_in_sentence(a: ArticleState, r: Reading) -> bool:
    """Whether an actual figure stands before `r` in its sentence (a fact or not: "Cabang Banyuwangi baru mencatat
    38.000 peserta aktif dari target 50.000 peserta. Jumlah itu bagian dari 18,4 juta peserta aktif ... di seluruh
    Indonesia" points at the branch's achievement)."""
    for p in a.back(r.index):
        if p.sentence.index != r.sentence.index:
            return False
        if p.kind == "actual":
            return True
    return False


def kind_at(a: ArticleState, start: int, pos: int, start_kind: str) -> tuple[str, str]:
    """The kind of a figure at `pos` and the words that decided it."""
    last = before = None
    asides = None
    for found in a.vocab.kind_words.find_all(a.body, start, pos):
        if asides is None:  # (found once, and only where a kind word stands)
            # (not the words of a relative clause set off before it that has a figure of its own: "The fund, which
            # projects funds under management to reach 360 trillion rupiah by year-end, had 317.3 trillion rupiah at the
            # end of 2017")
            asides = [m.span() for m in a.vocab.aside.finditer(a.body, start, pos)
                      if next(iter(a.figures_after(m.start(), m.end())), None) is not None]
        if not any(s <= found[1].start() < e for s, e in asides):
            before, last = last, found
    if last is None:
        return start_kind, ""
    label, m = last
    if label == "actual" and before is not None and before[0] == "target" and \
            a.vocab.kind_period_only.fullmatch(m.group(0)) and \
            clause_end(a.body, before[1].end(), m.start()) >= m.start() and \
            next(iter(a.figures_after(before[1].end(), m.start())), None) is None:
        label, m = before  # "dari target dana kelolaan tahun lalu sebesar Rp 303,5 triliun": a target, dated
    elif label == "actual" and before is not None and before[0] == "target" and \
            (not (between := a.body[before[1].end():m.start()].strip()) or a.vocab.hypothetical_modals.fullmatch(between)):
        # "diharapkan sudah membukukan 45 juta peserta aktif", "kami perkirakan bisa tercapai sekitar 31 juta": what is
        # expected to have been done
        label, m = before
    elif label == "actual" and before is not None and before[0] == "target" and \
            a.vocab.hope_verb.fullmatch(before[1].group(0)) and clause_end(a.body, before[1].end(), m.start()) >= m.start() \
            and next(iter(a.figures_after(before[1].end(), pos)), None) is None:
        # "manajemen berharap peserta aktif sudah menembus 47 juta": the state hoped for, said after what is hoped
        label, m = before
    conceded = last_match(a.vocab.concessive, a.body, start, m.start())
    if conceded is not None and clause_end(a.body, m.end(), pos) < pos and \
            not a.vocab.appositive_within.search(a.body, m.end(), pos):  # (not "Meski jauh dari target, yakni 33,67 juta")
        # "Kendati iuran sedikit di bawah sasaran, dana investasi ... menjadi Rp206,1 triliun": the word is the
        # conceded clause's, not the figure's
        return start_kind, ""
    if label == "target" and (against := last_match(a.vocab.against_target, a.body, max(start, m.start() - 30),
                                                      m.end())) is not None and against.end() == m.end() and \
            (own := next(iter(a.figures_after(m.end(), pos)), None)) is not None and \
            clause_end(a.body, own.end, pos) < pos:
        # "mencapai Rp 553,4 triliun, di atas target Rp 541 triliun, dengan hasil investasi Rp 37,3 triliun": the target
        # an actual is measured against is its own figure's, not a later clause's
        return start_kind, ""
    if label == "achieved":
        # "telah melampaui target, yaitu sebanyak 450.000" / "mencapai target yaitu sebanyak
        # 488.188": a clause break or an appositive after the word restates what was achieved
        if clause_end(a.body, m.end(), pos) < pos or a.vocab.appositive_within.search(a.body, m.end(), pos):
            return "actual", m.group(0)
        return "target", m.group(0)
    return label, m.group(0)


def kind_words_end(a: ArticleState, r: Reading, previous: Reading | None) -> int:
    """Where the words that decide a figure's kind end: before the figure, but for the new
    level of a change before its baseline ("ditargetkan naik dari Rp56 triliun tahun lalu
    menjadi Rp64 triliun": "tahun lalu" dates the baseline, the new level is still the target),
    and before a comparison with no figure of its own that a new level follows."""
    if previous is not None and previous.role == BASELINE and 0 <= previous.role_at < previous.figure.start and \
            a.vocab.new_level.search(a.body, previous.figure.end, r.figure.start) and \
            not a.vocab.revision.search(a.body, previous.figure.end, r.figure.start) and \
            not any(label == "target" for label, _ in a.vocab.kind_words.find_all(a.body, previous.figure.end, r.figure.start)):
        # (not a baseline whose change is told after it: "Peserta aktif yang pada akhir 2018 berjumlah 30,46 juta
        # ditargetkan naik menjadi 34,9 juta": the words between decide)
        # (a revision's own words decide: "Semula kami menargetkan 36 juta ..., sekarang kami turunkan menjadi 32 juta";
        # and so do a kind's words of its own: "..., naik dari Rp195,1 triliun pada Juni 2015, dan ditargetkan menjadi
        # Rp256 triliun pada akhir 2016")
        return previous.role_at
    # "menargetkan ... tumbuh 14,75% dibandingkan dengan tahun lalu menjadi 35 juta"
    compared = last_match(a.vocab.baseline, a.body, r.spans.sentence_start if previous is None else r.spans.left,
                          r.figure.start)
    if compared is not None and a.vocab.new_level.search(a.body, compared.end(), r.figure.start):
        return compared.start()
    return r.figure.start


def realised_baseline(a: ArticleState, r: Reading) -> bool:
    """A target's baseline dated before the target's period is what was realised then
    ("ditargetkan naik dari Rp56,41 triliun tahun lalu menjadi ..."): an actual; so is one dated by a month alone, a
    position the target starts from ("targets 53 million active participants in 2025, up from 45.3 million in
    December")."""
    tail_end = a.own_tail_end(r.spans.phrase_end, r.spans.right_end)
    # (its own comparison words may date it too: "ditargetkan 27,5 juta, dari posisi akhir 2016 sebanyak 22,6 juta")
    own = a.years.between(r.role_at, r.figure.start) if 0 <= r.role_at < r.figure.start else []
    for y in own + a.years.between(r.figure.end, tail_end):
        if (y.relative and (y.offset or 0) < 0 and not y.present) or \
                (y.year is not None and a.publication_year and y.year < a.publication_year) or y.month_only:
            return True
    # "naik dari 208.300 perusahaan saat ini menjadi 245.000", "up from the 26.87 million active
    # members it recorded at the end of last year": its own words, up to the next figure, say it is
    # the level now or last year's
    following = next(iter(a.figures_after(r.figure.end, r.spans.right_clause_end)), None)
    end = following.start if following is not None else r.spans.right_clause_end
    if a.vocab.revision.search(a.body, r.figure.end, end):
        return False  # "Target ... yang semula 58,2 juta kini direvisi menjadi 50,6 juta": the target before its revision
    said = next(iter(a.vocab.kind_words.find_all(a.body, r.figure.end, end)), None)
    if said is not None and said[0] == "actual":
        return True
    # (or an earlier year they name: "up from 19.2 million active participants recorded at the end of 2015", one the
    # figure's noun phrase reaches into too: "up from 30.5 million recorded at the end of last year")
    return any((y.relative and (y.offset or 0) < 0 and not y.present) or
               (y.year is not None and a.publication_year and y.year < a.publication_year)
               for y in a.years.between(r.figure.end, end))


def revised_kind(a: ArticleState, r: Reading, first: int) -> None:
    """A target's revision: the value said to be now after one said to be the original ("Targetnya semula 4 juta,
    sekarang kami realistis di 3,1 juta", "Semula ditetapkan 35,3 juta pekerja, kini menjadi 30,8 juta") is a target,
    and so is the value a target was revised from ("target ... dikerek menjadi 30,2 juta, dari sebelumnya 28,7 juta")."""
    body, vocab = a.body, a.vocab
    if r.kind == "target":
        return
    previous = a.previous_in_sentence(r, first)
    if previous is not None and previous.kind == "target" and \
            vocab.original_words.search(body, max(r.spans.sentence_start, previous.figure.start - 40), previous.figure.start) and \
            vocab.revised_now.search(body, previous.figure.end, r.figure.start):
        how = "the value now after the original"
    elif r.role == BASELINE and r.compares_to is not None and a.readings[r.compares_to].kind == "target" and \
            vocab.revision.search(body, r.spans.sentence_start, r.figure.start):
        how = "the value a target was revised from"
    else:
        return
    r.kind = "target"
    r.sources["table"] = f"target ({how})"


def link_achievement(a: ArticleState, r: Reading, first: int) -> None:
    """What was achieved against a target is the target's quantity: "target kepesertaan
    perusahaan aktif sebanyak 214.518, ternyata capaian yang mendaftar sebesar 216 ribu"
    (active employers), "penambahan ... yang ditarget 11,724 juta ternyata mampu mencapai
    11,737 juta" (an increment, as the target was)."""
    target = a.previous_in_sentence(r, first)
    if target is not None and target.kind == "actual" and r.kind == "target":
        _target_after_achievement(a, target, r)
        return
    if target is None or target.kind != "target" or r.kind != "actual" or \
            not a.vocab.actual.search(a.body, target.figure.end, r.figure.start):
        return
    if target.metric and (r.metric in (None, "participants") or METRICS[r.metric] != METRICS[target.metric]):
        r.metric = target.metric
        r.sources["metric"] = f"what was achieved of the target before it ({target.figure.text})"
    if target.role == CHANGE and not r.vetoed:
        r.role = CHANGE
        r.vetoed = f"not a level: {CHANGE} (achieved of the increment targeted before it, {target.figure.text})"
        r.sources["role"] = r.vetoed[len("not a level: "):]


def _target_after_achievement(a: ArticleState, achieved: Reading, r: Reading) -> None:
    """The target an achievement is measured against counts what was achieved ("total peserta
    aktif ... telah mencapai 15,4 juta atau melebihi target ... sebanyak 15,19 juta peserta"
    is an active target); the target an increment is measured against is an increment's
    ("penambahan ... 3.229.567 orang atau 63,42% dari target akhir tahun sebanyak 5 juta")."""
    if achieved.money != r.money or \
            next(iter(a.vocab.kind_words.find_all(a.body, achieved.figure.end, r.figure.start)), None) is None:
        return
    if achieved.role == CHANGE and achieved.vetoed and not r.vetoed and \
            a.vocab.against_target.search(a.body, achieved.figure.end, r.figure.start):
        # (not a target set beside an increment: "Kalau tiap tahun cuma nambah lima juta, target 70 juta peserta pada
        # 2026 itu sulit")
        r.role = CHANGE
        r.vetoed = f"not a level: {CHANGE} (the target of the increment before it, {achieved.figure.text})"
        r.sources["role"] = r.vetoed[len("not a level: "):]
    elif not achieved.vetoed and achieved.metric and r.metric == "participants" and \
            achieved.metric != r.metric and METRICS[achieved.metric] == METRICS[r.metric]:
        r.metric = achieved.metric
        r.sources["metric"] = f"what the achievement before it counts ({achieved.figure.text})"
    if not achieved.vetoed and achieved.segment != "all" and r.segment == "all" and not r.own_segments:
        # "peserta BPU yang aktif ... mencapai 9,76 juta orang, atau 97,6 persen dari target 10 juta peserta": the
        # target of the segment achieved
        r.segment = achieved.segment
        r.sources["segment"] = f"the achievement it is measured against ({achieved.figure.text})"


def target_of_the_achievement_pointed_at(a: ArticleState, r: Reading) -> None:
    """A bare target an achievement pointed back at is measured against counts what that achievement counts: "...
    jumlah pekerja yang aktif terlindungi per Desember 2022 mencapai 35,9 juta. ... Capaian itu masih di bawah target
    37,5 juta" (`r`: the first figure of its sentence)."""
    if r.kind != "target" or r.metric or r.vetoed or not a.vocab.anaphora.match(r.sentence.text) or \
            not a.vocab.against_target.search(a.body, r.sentence.start, r.figure.start):
        return
    for p in a.back(r.index, max(0, r.index - LOOK_BACK)):
        if r.sentence.index - p.sentence.index > 2 * INHERIT_SENTENCES:  # (past the parts of a breakdown of it)
            return
        if p.money == r.money and p.kind == "actual" and p.role in (LEVEL, NEW_LEVEL) and p.metric and not p.vetoed:
            r.metric = p.metric
            r.sources["metric"] = f"what the achievement it is measured against counts ({p.figure.text})"
            if r.segment == "all" and not r.own_segments and p.segment != "all":
                r.segment = p.segment
                r.sources["segment"] = f"the achievement it is measured against ({p.figure.text})"
            return


def name_the_target_before(a: ArticleState, r: Reading) -> Reading | None:
    """A bare target count named by the achievement stated right after it ("Pemerintah
    menargetkan 57 juta pada 2025. Saat ini baru tercakup 43 juta"; "The government is
    targeting 57 million for 2025. Currently, it has only covered 43 million"): the target
    counts what the achievement counts. `r` is the first figure of its sentence, an actual
    with a metric of its own after an actual word; returns the target it named."""
    if r.index == 0 or r.money or r.kind != "actual" or not r.metric or r.vetoed or \
            not r.sources.get("metric", "").startswith("own words"):
        return None
    target = a.readings[r.index - 1]
    if target.sentence.index != r.sentence.index - 1 or target.money or target.kind != "target" \
            or target.metric or target.vetoed:
        return None
    if not (a.vocab.actual.search(a.body, r.sentence.start, r.figure.start) or
            any(y.present for y in a.years.between(r.sentence.start, r.figure.start))):
        return None  # ("saat ini", "currently": what stands now against the target)
    target.metric = r.metric
    target.sources["metric"] = f"the achievement stated after it ({r.figure.text})"
    return target


# the year rules that come from the target's own words: its realisation does not override them
_OWN_YEAR_RULES = ("same clause", "its ", "relative cue", "same sentence")


def target_of_its_realisation(a: ArticleState, readings: list[Reading]) -> None:
    """A target followed in its sentence by its realisation ("Kami menargetkan 16,3 juta, realisasinya 16,6 juta", a
    table's "Target 30,35 juta; Realisasi 30,46 juta") is of the realisation's period, unless its own words date it (not
    a realisation it grows from: "ditargetkan 22,3 juta orang, naik dari realisasi 2014 sebesar 16,9 juta"; nor the
    realisation of a year it names, set beside the target: "Hasil investasi ditargetkan Rp56 triliun, sementara realisasi
    2024 sebesar Rp55,1 triliun")."""
    for r, q in zip(readings, readings[1:]):
        if r.kind != "target" or q.kind != "actual" or q.role == BASELINE or r.money != q.money or not q.year or \
                q.year == r.year or \
                r.sources.get("year", "").startswith(_OWN_YEAR_RULES):
            continue
        realised = a.vocab.realisation_words.search(a.body, r.figure.end, q.figure.start)
        if realised is None or any(y.year for y in a.years.between(realised.end(), q.figure.start)):
            continue
        r.year, r.as_of = q.year, q.as_of
        r.sources["year"] = f"the realisation measured against it ({q.figure.text})"
