"""From a cleaned article to facts (see docs/facts.md and docs/extraction.md):
the figures the reader keeps, one fact per distinct figure."""
from __future__ import annotations

from collections import Counter

from bpjs_pipeline.extract.confidence import model as confidence_model
from bpjs_pipeline.extract.constructions.programme import PASSAGE_PROGRAMME
from bpjs_pipeline.extract.constructions.regional import VETO as REGIONAL
from bpjs_pipeline.extract.evidence import evidence_of
from bpjs_pipeline.extract.constructions.passage_metric import GENERIC as PLAIN_COUNT
from bpjs_pipeline.extract.reader import NATIONAL_COUNTS as MEMBER_COUNTS, read_figures
from bpjs_pipeline.extract.reading import UNDATED_YEAR_RULES, Reading, one_rounding_of_the_other, same_value, \
    significant_digits
from bpjs_pipeline.extract.vocabulary import vocabulary
from bpjs_pipeline.model import METRICS, CleanedArticle, Fact



def table_of(r: Reading) -> str:
    if r.kind == "target":
        return "targets"
    return "funds" if r.money else "participants"


def extract_facts(article: CleanedArticle) -> list[Fact]:
    """The facts an article states, one per distinct figure."""
    return [fact for fact, _ in facts_with_evidence(article)]


def facts_with_evidence(article: CleanedArticle, weigh: bool = True) -> list[tuple[Fact, dict[str, int]]]:
    """The facts an article states, each with the evidence cues its confidence weighs
    (`weigh=False`: before a model exists, confidence 1.0, for fitting one)."""
    readings = read_figures(article)
    vocab = vocabulary()
    per_sentence = Counter(r.sentence.index for r in readings)
    model = confidence_model() if weigh else None
    evidence: list[dict[str, int]] = []
    facts: list[Fact] = []
    inferred: set[int] = set()  # facts whose programme came from the passage, not their own words
    shared: set[int] = set()  # facts of one figure handed to several programmes ("program JKK dan JKM")
    passed: set[int] = set()  # facts of a figure after a threshold's verb ("menembus Rp750 triliun")
    seen: set[tuple] = set()
    sentence_memo: dict = {}
    stated = [r for r in readings if r.is_fact and not _default_metric(r)]
    regional = [r for r in readings if r.vetoed.startswith(REGIONAL) and r.metric]
    for r in readings:
        if not r.is_fact:
            continue
        if any(p.money == r.money and p.metric == r.metric and same_value(p.figure.value, r.figure.value) for p in regional):
            continue  # the region's target repeated by its branch head ("dari target sebesar 80.000 ...")
        if _default_metric(r) and any(p.money and same_value(p.figure.value, r.figure.value) for p in stated):
            continue  # "total dana Rp263,95 miliar itu" after "membayar klaim Rp263,95 miliar": the same figure
        cues = evidence_of(r, article.body, vocab, per_sentence[r.sentence.index], article.published_on is not None,
                           sentence_memo)
        # a range ("Rp50–54 triliun") states no single value: its two ends, both approximate
        values = (r.figure.low, r.figure.high) if r.figure.low != r.figure.high else (r.figure.value,)
        # one figure handed to each of several programmes ("JKK dan JKM masing-masing 26,64 juta")
        for value, program in [(v, p) for p in (r.program, *r.also_programs) for v in values]:
            key = (table_of(r), r.metric, r.segment, program, r.year, round(value, 2))
            if key in seen:
                continue
            seen.add(key)
            s = r.sentence
            if program and r.sources.get("program", "").startswith(PASSAGE_PROGRAMME):
                inferred.add(len(facts))
            if program and r.also_programs:
                shared.add(len(facts))
            if vocab.thresholds.search(article.body, max(r.spans.left, r.figure.start - THRESHOLD_REACH), r.figure.start):
                passed.add(len(facts))
            facts.append(Fact(
                article_id=article.article_id,
                table=table_of(r),
                metric=r.metric,
                segment=r.segment if not r.money else "all",
                program=program,
                year=r.year,
                as_of=r.as_of,
                value=value,
                unit=METRICS[r.metric],
                quote=s.text,
                sentence_start=s.start,
                sentence_end=s.end,
                value_start=r.figure.start,
                value_end=r.figure.end,
                approximate=r.approximate or len(values) > 1,
                year_rule=r.year_rule,
                confidence=model.confidence(cues) if model else 1.0,
            ))
            evidence.append(cues)
    kept = set(map(id, _without_rounded_restatements(_without_restatements(_without_thresholds_restated(facts, passed),
                                                                           inferred, shared),
                                                     article.published_on.year if article.published_on else None)))
    return [(f, cues) for f, cues in zip(facts, evidence) if id(f) in kept]


def _default_metric(r: Reading) -> bool:
    return r.sources.get("metric", "").startswith("default")


def _without_restatements(facts: list[Fact], inferred: set[int], shared: set[int] = frozenset()) -> list[Fact]:
    """A figure stated again with less said of it ("Klaim Rp37 triliun ..." after "klaim
    JHT sebesar Rp37 triliun") is the same fact: the fuller reading stays. A programme only
    inferred from the passage (`inferred`, by position in `facts`) is no fuller than a
    reading that names none: then the figure's first statement stays ("telah membayar klaim
    sebesar Rp 9,4 triliun" in the lead is all programmes' total; its restatement after a
    sentence about JHT is not JHT's). A figure handed to several programmes at once (`shared`:
    "peserta aktif pada program JKK dan JKM") is no fuller than the total stated without them, nor are figures of the
    same value given to several programmes one by one ("JKK: 34.2 million" / "JKM: 34.2 million" after "The agency had
    34.2 million active participants": the total every one of them covers)."""
    drop: set[int] = set()
    for i, f in enumerate(facts):
        if f.program:
            continue
        key = (f.table, f.metric, f.segment, f.year)
        same = [j for j, g in enumerate(facts) if g.program and (g.table, g.metric, g.segment, g.year) == key and
                same_value(g.value, f.value) and one_rounding_of_the_other(g.value, f.value)]
        if len({facts[j].program for j in same}) > 1:
            continue
        for j, g in enumerate(facts):
            if not g.program or j in shared or (g.table, g.metric, g.segment, g.year) != key or \
                    not same_value(g.value, f.value) or not one_rounding_of_the_other(g.value, f.value):
                continue  # (two exact counts that differ are two figures: "26.327.404" and "26.207.116")
            if j in inferred and f.value_start < g.value_start:
                drop.add(j)  # the plain first statement stays
            else:
                drop.add(i)
    return [f for i, f in enumerate(facts) if i not in drop]


# a rounded figure ("hampir Rp27 triliun") within this share of an exact one of the same key restates it
ROUNDED = 0.03
RELATIVE_YEAR_RULE = "relative cue"  # a year a relative word gives ("kini": the publication year's)
ANY_KIND = "any kind"
# a threshold passed ("menembus Rp750 triliun") within this share of another figure of the same key is that figure
# (the scoring's own tolerance: two such figures are one fact), its verb within this many characters before it
SAME_FIGURE = 0.005
THRESHOLD_REACH = 25


def _without_thresholds_restated(facts: list[Fact], passed: set[int]) -> list[Fact]:
    """A threshold said to be passed ("menembus Rp750 triliun", "crossed 45 million") as close to another figure of
    the same key as the scoring tells apart (`SAME_FIGURE`: "Rp752 triliun", "45.1 million") is that figure said
    again: only the other stays (of two thresholds, the more precise: "menembus Rp24 triliun" and "tembus Rp24,08
    triliun"). (Not one further off: "tembus 40 juta" beside a target of 41 juta is a figure of its
    own.)"""
    keys = [(f.table, f.metric, f.segment, f.program, f.year) for f in facts]
    return [f for i, f in enumerate(facts) if not (i in passed and any(
        j != i and keys[j] == keys[i] and abs(g.value - f.value) <= SAME_FIGURE * max(g.value, f.value) and
        (j not in passed or significant_digits(g.value) > significant_digits(f.value))
        for j, g in enumerate(facts)))]


def _without_rounded_restatements(facts: list[Fact], published_year: int | None = None) -> list[Fact]:
    """An approximate figure with fewer significant digits than an exact one of the same key, and
    within ROUNDED of it ("membayarkan manfaat Rp26,92 triliun ... hampir Rp27 triliun manfaat
    tersebut"), is the exact one said again: only the exact one stays. So is one with no year of its own, or said to be
    the present one ("kini", "saat ini"), beside an exact figure of the same measure and another period ("jumlah pemberi
    kerja aktif yang kini sekitar tiga ratus lima belas ribu" after "Pemberi kerja aktif: 315.471" of the year before),
    and an approximate count naming only members beside an exact count of members of any kind ("Pesertanya hampir 45
    juta" over "Hingga akhir 2024, jumlah peserta aktif ... mencapai 44,87 juta orang"): a restatement says less of what
    it restates."""
    exact: dict[tuple, list[float]] = {}
    for f in facts:
        if not f.approximate:
            exact.setdefault((f.table, f.metric, f.segment, f.program, f.year), []).append(f.value)
            exact.setdefault((f.table, f.metric, f.segment, f.program, None), []).append(f.value)
            if f.metric in MEMBER_COUNTS:
                exact.setdefault((f.table, PLAIN_COUNT, f.segment, f.program, ANY_KIND), []).append(f.value)

    def restated(f: Fact) -> bool:
        undated = f.year_rule.startswith(UNDATED_YEAR_RULES) or \
            (f.year_rule.startswith(RELATIVE_YEAR_RULE) and f.year == published_year)
        values = [*exact.get((f.table, f.metric, f.segment, f.program, f.year), ()),
                  *(exact.get((f.table, f.metric, f.segment, f.program, None), ()) if undated else ()),
                  *(exact.get((f.table, PLAIN_COUNT, f.segment, f.program, ANY_KIND), ())
                    if undated and f.metric == PLAIN_COUNT else ())]
        return any(abs(f.value - v) <= ROUNDED * v and significant_digits(f.value) < significant_digits(v) for v in values)

    return [f for f in facts if not (f.approximate and restated(f))]


__all__ = ["extract_facts", "facts_with_evidence", "read_figures", "table_of"]
