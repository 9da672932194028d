"""From a cleaned article to facts (see docs/facts.md and docs/extraction.md):
the figures the reader keeps, one fact per distinct figure."""
from __future__ import annotations

from bpjs_pipeline.extract.reader import read_figures
from bpjs_pipeline.extract.reading import Reading
from bpjs_pipeline.model import METRICS, CleanedArticle, Fact

# a figure within this share of another is the same figure stated again
RESTATED = 0.005


def table_of(r: Reading) -> str:
    if r.kind == "target":
        return "targets"
    return "funds" if r.money else "participants"


def extract_facts(article: CleanedArticle) -> list[Fact]:
    """The facts an article states, one per distinct figure."""
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for r in read_figures(article):
        if not r.is_fact:
            continue
        key = (table_of(r), r.metric, r.segment, r.program, r.year, round(r.figure.value, 2))
        if key in seen:
            continue
        seen.add(key)
        s = r.sentence
        facts.append(Fact(
            article_id=article.article_id,
            table=table_of(r),
            metric=r.metric,
            segment=r.segment if not r.money else "all",
            program=r.program,
            year=r.year,
            as_of=r.as_of,
            value=r.figure.value,
            unit=METRICS[r.metric],
            quote=s.text,
            sentence_start=s.start,
            sentence_end=s.end,
            value_start=r.figure.start,
            value_end=r.figure.end,
            approximate=r.approximate,
            year_rule=r.year_rule,
        ))
    return _without_restatements(facts)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= RESTATED * max(abs(a), abs(b))


def _without_restatements(facts: list[Fact]) -> list[Fact]:
    """A figure stated again with less said of it ("Klaim Rp37 triliun ..." after "klaim
    JHT sebesar Rp37 triliun") is the same fact: the fuller reading stays."""
    with_programme: dict[tuple, list[float]] = {}
    for g in facts:
        if g.program:
            with_programme.setdefault((g.table, g.metric, g.segment, g.year), []).append(g.value)
    return [f for f in facts if f.program or not any(
        _close(v, f.value) for v in with_programme.get((f.table, f.metric, f.segment, f.year), ()))]


__all__ = ["extract_facts", "read_figures", "table_of"]
