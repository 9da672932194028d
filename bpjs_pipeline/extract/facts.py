"""From a cleaned article to facts (see docs/facts.md and docs/extraction.md):
the figures the reader keeps, one fact per distinct figure."""
from __future__ import annotations

from bpjs_pipeline.extract.reader import Reading, read_figures
from bpjs_pipeline.model import METRICS, CleanedArticle, Fact


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
    return facts


__all__ = ["extract_facts", "read_figures", "table_of"]
