"""A change names two levels (*naik dari X menjadi Y*, *Y dari sebelumnya X*, *Y
dibandingkan X*): the baseline X is the same quantity as the figure it is compared
with, so it takes that figure's reading where its own words say less (metric,
segment, programme), and its rejection."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bpjs_pipeline.extract.article import LOOK_BACK

from bpjs_pipeline.extract.constructions.achievement import realised_baseline
from bpjs_pipeline.extract.constructions.potential_market import workforce_set_beside
from bpjs_pipeline.extract.phrase import COMPANY_METRICS
from bpjs_pipeline.extract.reading import UNDATED_YEAR_RULES, one_rounding_of_the_other, same_value, size_ratio
from bpjs_pipeline.extract.roles import BASELINE, CHANGE, LEVEL, NEW_LEVEL, PART
from bpjs_pipeline.model import METRICS

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

GENERIC = (None, "participants")


def compared_with(a: ArticleState, r: Reading, first: int) -> Reading | None:
    """The figure a baseline is compared with: the one before it in the sentence, the
    new level after it ("naik dari 30 juta menjadi 35 juta"), or the previous sentence's."""
    eligible = (lambda p: p.money == r.money and p.role not in (BASELINE, CHANGE))
    before = next((p for p in a.before(r, first) if eligible(p)), None)
    if before is not None:
        return before
    after = next((p for p in a.after(r) if eligible(p)), None)
    if after is not None and (after.role == NEW_LEVEL or
                              a.vocab.new_level.search(a.body, r.figure.end, after.figure.start)):
        return after
    # "Dibandingkan akhir tahun lalu yang sebanyak 41,49 juta, terdapat kenaikan 2,63 juta peserta aktif": the
    # quantity the increase after it names
    grown = next((p for p in a.after(r) if p.money == r.money and p.role == CHANGE and p.metric), None)
    if grown is not None:
        return grown
    # the sentence before's figure: the first of the baseline's size that is a fact there (a part only when it names its
    # own quantity), else the nearest unless far from the baseline's size while a whole of its size stands in the
    # sentence before that ("... 34,9 juta orang. Rinciannya, ..., pekerja migran sekitar 300 ribu. Angka nasional
    # tersebut naik dari 30,7 juta": the 34,9 juta, not a part; "... BPU yang aktif baru 10,43 juta orang, padahal
    # jumlah pekerja informal ... mencapai 86,6 juta. Angka itu naik dari 9,92 juta": the 10,43 juta)
    size = (lambda p: size_ratio(p.figure.value, r.figure.value))
    alike = (lambda p: not p.vetoed and size(p) <= 2 and
             (p.role != PART or p.sources.get("metric", "").startswith("own words")))
    nearest = further = other_kind = None
    for p in a.back(first, max(0, first - LOOK_BACK)):
        if r.sentence.index - p.sentence.index > 2:
            break
        if p.money != r.money or p.role == BASELINE:
            continue
        if r.sentence.index - p.sentence.index == 1:
            if alike(p) and p.kind == r.kind:
                return p
            whole = a.readings[p.part_of] if p.role == PART and p.part_of is not None else None
            if whole is not None and alike(whole) and whole.kind == r.kind:
                return whole  # (after the items of a list: "... sebanyak 41,9 juta pekerja, yang terdiri dari:" over
                # "1. PU: 26,6 juta" ... "3. Jasa Konstruksi: 5,8 juta" over "Angka ini turun dibanding ... 45 juta")
            # (of its kind first: "Dana kelolaan ... mencapai Rp 858,4 triliun, sedangkan target Rp 1.000 triliun pada
            # 2026 tetap dipertahankan. Dana itu tumbuh 9,8 persen dibandingkan Rp 781,7 triliun": the actual's)
            other_kind = other_kind or (p if alike(p) else None)
            nearest = nearest or p
        elif further is None and alike(p):
            further = p
    if other_kind is not None:
        return other_kind
    if nearest is not None and size(nearest) <= 10 and not (nearest.vetoed and further is not None):
        return nearest  # (not a rejected figure while a fact of its size stands before it: "... PMI yang menjadi peserta
        # ... 366.750 orang. Sekitar 31 ribu di antaranya berasal dari NTB. Jumlah itu naik dari 267 ribu")
    if further is None and nearest is not None and size(nearest) > 100:
        # "... Manfaat pensiun masih kecil, Rp 142 miliar, .... Jumlah klaim tersebut naik 22,6 persen dibandingkan 2017
        # yang sebesar Rp 21,7 triliun": no figure near its size to compare with, none of another size either
        return None
    if nearest is None and further is not None and not r.sources.get("metric", "").startswith("own words") and \
            next(iter(a.figures_after(a.sentences[r.sentence.index - 1].start, r.sentence.start)), None) is None:
        return further  # (over a sentence with no figure: "... hit Rp 10.2 trillion by the end of March, ... The bulk of
        # the withdrawals came from workers who had lost their jobs. The first-quarter figure compares with Rp 7.6 trillion")
    return (further if nearest is not None else None) or nearest


def link_baseline(a: ArticleState, r: Reading, first: int) -> None:
    p = compared_with(a, r, first)
    if p is None:
        return
    workforce = workforce_set_beside(a, r, p) if p.metric not in COMPANY_METRICS else ""
    if workforce and not r.vetoed:
        r.vetoed = workforce
        return
    if not r.money and r.metric and p.metric and (r.metric in COMPANY_METRICS) != (p.metric in COMPANY_METRICS):
        # "13,27 juta tenaga kerja aktif yang berasal dari 187.350 perusahaan aktif": workers and the companies
        # they come from are two quantities, never the two levels of a change
        r.role = LEVEL
        r.sources["role"] = f"{LEVEL} ('dari' names where {p.figure.text} come from, not a level before it)"
        return
    if r.metric and (p.program or p.segment != "all") and r.sources.get("metric", "").startswith("own words") and \
            a.vocab.total_words.search(a.body, r.spans.left, r.figure.start):
        # "peserta jaminan pensiun bisa 3 juta orang. ... jumlah itu masih kecil dibanding total peserta aktif BPJS
        # Ketenagakerjaan secara nasional yang mencapai 19,2 juta": the whole a part is set beside, not a level before it
        r.role = LEVEL
        r.sources["role"] = f"{LEVEL} (the whole {p.figure.text} is set beside, not a level before it)"
        return
    active = a.readings[r.index - 1] if r.index > first else None
    if not r.money and active is not None and active.metric == "active_participants" and \
            r.metric == "registered_participants" and r.sources.get("metric", "").startswith("own words") and \
            not a.vocab.increment.search(a.body, active.spans.left, r.spans.right_end) and \
            not a.vocab.new_level.search(a.body, active.figure.end, r.spans.right_end):
        # "pekerja yang aktif ... mencapai 30,46 juta orang, dari 50,2 juta pekerja yang terdaftar": the registered whole
        # the active are part of, no level before them, and of their kind ("ditargetkan 27,5 juta, dari posisi akhir
        # 2016 sebanyak 22,6 juta peserta aktif dari total 44,2 juta pekerja terdaftar": what 2016 realised)
        r.role = LEVEL
        r.sources["role"] = f"{LEVEL} ('dari' names the registered whole {active.figure.text} is part of)"
        if r.kind != active.kind:
            r.kind = active.kind
            r.sources["table"] = f"{active.kind} (the active count it is the whole of, {active.figure.text})"
        return
    r.compares_to = p.index
    if r.metric in GENERIC and p.metric and p.metric != r.metric:
        r.metric = p.metric
        r.sources["metric"] = f"the figure it is compared with ({p.figure.text})"
    elif r.metric == "employers" and p.metric == "active_employers" and p.sentence.index < r.sentence.index and \
            a.vocab.employers_pointed.search(a.body, r.spans.sentence_start, r.figure.start):
        # "Jumlah pemberi kerja itu naik dari 664.000": the active employers named before, pointed at
        r.metric = p.metric
        r.sources["metric"] = f"the measure its words point back at ({p.figure.text})"
    elif (p.metric in GENERIC or (p.metric == "employers" and r.metric == "active_employers" and r.figure.start < p.figure.start)) and r.metric \
            and r.metric not in GENERIC and r.sources.get("metric", "").startswith("own words") \
            and METRICS[r.metric] == METRICS[p.metric or r.metric] and not p.vetoed:
        # "jumlah peserta aktif turun dari 35 juta menjadi 33 juta peserta", "jumlah perusahaan aktif
        # ditargetkan naik dari 208.300 perusahaan saat ini menjadi 245.000 perusahaan": the new level is
        # the quantity its change's subject names
        p.metric = r.metric
        p.sources["metric"] = f"the subject of its change ({r.figure.text}: {r.metric})"
    own_other = p.sentence.index != r.sentence.index and r.sources.get("metric", "").startswith("own words") \
        and r.metric not in GENERIC
    if r.segment == "all" and not r.own_segments and p.segment != "all" and not own_other:
        # (not across sentences to a figure naming its own quantity: "... jasa konstruksi 5,5 juta. Jumlah peserta aktif
        # tersebut turun dibandingkan Maret 2024 yang mencapai 42,5 juta": the whole's)
        r.segment = p.segment
        r.sources["segment"] = f"the figure it is compared with ({p.figure.text})"
    elif p.segment == "all" and not p.own_segments and r.segment != "all" and r.figure.start < p.figure.start \
            and not p.vetoed:
        # "Peserta PU aktif turun dari 27,1 juta menjadi 22,71 juta": the new level is of the segment its
        # change's subject names
        p.segment = r.segment
        p.sources["segment"] = f"the subject of its change ({r.figure.text}: {r.segment})"
    if r.program is None and not r.sources.get("listed") and p.program and not _far_off(r, p):
        r.program = p.program
        r.sources["program"] = f"the figure it is compared with ({p.figure.text})"
    if p.vetoed and not r.vetoed and p.role != CHANGE and not own_other:
        # (not a figure of another sentence naming a quantity of its own: "Jadi yang nonaktif itu sekitar
        # 22,85 juta. Bagaimana dibandingkan sebelum pandemi? Akhir 2019 itu kita sempat di 34,09 juta peserta aktif")
        r.vetoed = "compared with " + p.vetoed
    # (its kind stays its own: "naik 10,76 persen dibandingkan tahun 2022 yang sebesar Rp 627
    # triliun" in a passage of targets is what 2022 realised)
    if r.kind == "target" and realised_baseline(a, r):
        r.kind = "actual"
        r.sources["table"] = "actual (a target's baseline dated before it: what was realised)"


_PROGRAMME_SIZE_RATIO = 10  # how many times off a baseline's size a figure may be and still hand it its programme


def _far_off(r: Reading, p: Reading) -> bool:
    """Whether a baseline naming its own quantity is many times the size of the figure it is compared with, as a whole's
    is of one part's ("... Jaminan Kematian 13,02. Dana kelolaan tersebut meningkat 12,6% dibandingkan tahun 2019 yang
    tercatat Rp431,99 triliun"): that figure's programme is not its."""
    return r.sources.get("metric", "").startswith("own words") and \
        size_ratio(p.figure.value, r.figure.value) > _PROGRAMME_SIZE_RATIO


def level_after_its_change(a: ArticleState, r: Reading, first: int) -> None:
    """"menargetkan peserta aktif bertambah 2,1 juta orang sehingga menjadi 14,5 juta pekerja": the level a change of its
    sentence reaches, named only by a noun for workers, counts what the change's subject names."""
    p = a.previous_in_sentence(r, first)
    if p is None or p.role != CHANGE or p.money != r.money or not p.metric or \
            not p.sources.get("metric", "").startswith("own words") or \
            not a.vocab.new_level.search(a.body, p.figure.end, r.figure.start):
        return
    r.metric = p.metric
    r.sources["metric"] = f"the subject of the change it ends ({p.figure.text}: {p.metric})"


def mark_stated_difference(a: ArticleState, readings: list[Reading]) -> None:
    """"turun dari 34,17 juta ke 29,2 juta atau hampir 5 juta peserta": a figure that is
    the difference between a change's two levels in its sentence is the change itself."""
    pairs = [(b, a.readings[b.compares_to]) for b in readings
             if b.role == BASELINE and b.compares_to is not None and a.readings[b.compares_to] in readings]
    for r in readings:
        for b, y in pairs:
            if r is b or r is y or r.money != b.money or \
                    (r.metric not in GENERIC and y.metric and r.metric != y.metric and
                     r.sources.get("metric", "").startswith("own words")):
                continue  # (not an amount naming a measure of its own: "... dana kelolaan (naik 15 persen dari Rp554,2
                # triliun ...), ..., dan Rp83,2 triliun iuran")
            difference = abs(y.figure.value - b.figure.value)
            if difference and abs(r.figure.value - difference) <= a.vocab.difference_tolerance * difference \
                    and r.figure.value < min(b.figure.value, y.figure.value) / 2:
                r.role = CHANGE
                r.sources["role"] = f"{CHANGE} (the difference between {b.figure.text} and {y.figure.text})"
                r.vetoed = "not a level: " + r.sources["role"]
                break


def share_programme(a: ArticleState, readings: list[Reading]) -> None:
    """A baseline is of the programme of the figure it is compared with, once that figure's
    programme is read ("aset kami meningkat dari Rp41 triliun menjadi Rp46 triliun" in a
    passage about JKK: both JKK)."""
    for r in readings:
        if r.role == BASELINE and r.program is None and not r.sources.get("listed") and r.compares_to is not None:
            p = a.readings[r.compares_to]
            if p.program and p.money == r.money and not _far_off(r, p):
                r.program = p.program
                r.sources["program"] = f"the figure it is compared with ({p.figure.text})"


RESTATED_LEVEL = 0.03  # a baseline within this share of a level stated before restates it ("dari 41 juta" for 41,56 juta)



def way_to_a_target(a: ArticleState) -> None:
    """"Ia mengakui, lompatan dari 41 juta ke 70 juta peserta bukan pekerjaan mudah" in an article stating a target of
    70 juta peserta aktif for 2026: a change from a level to a value the article states as a target, in words giving it
    no period of its own, restates the way to that target: its end is that target, and its start the level stated
    before it that it rounds, of that level's period (the start may have been ruled out on its own: "Potensi pekerja
    yang belum terlindungi masih sekitar 100 juta orang. "Dari sekitar 47 juta ke 70 juta memang berat"" is still the
    way to the target)."""
    targets = [t for t in a.readings if t.kind == "target" and t.is_fact]
    for b in a.readings if targets else ():
        if b.role != BASELINE or b.compares_to is None:
            continue
        n = a.readings[b.compares_to]
        if n.money != b.money or not n.is_fact or n.sentence.index != b.sentence.index:
            continue
        # (or a target wished for again, its start no target revised: "Kami ingin melompat dari 30 juta ke 70 juta
        # peserta aktif" after the 70 juta set for 2026)
        wished = n.kind == b.kind == "target" and \
            not a.vocab.revision.search(a.body, b.spans.sentence_start, n.spans.right_clause_end)
        if not wished and (n.kind != "actual" or not n.sources.get("year", "").startswith(UNDATED_YEAR_RULES)):
            continue
        target = next((t for t in targets if (t.index != n.index if wished else t.sentence.index != n.sentence.index) and
                       t.money == n.money and
                       same_value(t.figure.value, n.figure.value) and
                       (t.metric == n.metric or t.metric in GENERIC or n.metric in GENERIC)), None)
        if target is None:
            continue
        if not wished:
            n.kind, n.metric, n.year, n.as_of = "target", target.metric, target.year, target.as_of
            n.sources["table"] = n.sources["year"] = f"the target it restates ({target.figure.text})"
        # (the closest of them: "41,56 juta orang, naik dari 35,92 juta" before "dari 40 juta ke 70 juta" is 41,56)
        level = min((p for p in reversed(a.readings[:b.index]) if p.kind == "actual" and p.is_fact and
                     p.money == b.money and (p.metric == b.metric or b.metric in GENERIC) and p.segment == b.segment and
                     (abs(p.figure.value - b.figure.value) <= RESTATED_LEVEL * p.figure.value or
                      one_rounding_of_the_other(b.figure.value, p.figure.value))),
                    key=lambda p: abs(p.figure.value - b.figure.value), default=None)
        if level is not None:
            if b.metric != level.metric:
                b.metric = level.metric
                b.sources["metric"] = f"the level it restates ({level.figure.text})"
            if b.kind != level.kind:
                b.kind = level.kind
                b.sources["table"] = f"{level.kind} (the level it restates, {level.figure.text})"
            b.year, b.as_of = level.year, level.as_of
            b.sources["year"] = f"the level it restates ({level.figure.text})"
