"""`bpjs-pipeline explain`: every figure of an article's cleaned body, its role,
the decision taken on it and where each field came from."""
from __future__ import annotations

from typing import Iterable, TextIO

from bpjs_pipeline.extract.facts import table_of
from bpjs_pipeline.extract.reader import read_figures
from bpjs_pipeline.extract.reading import Reading
from bpjs_pipeline.model import CleanedArticle

FIELDS = ("role", "table", "metric", "segment", "program", "year")


def decision(r: Reading) -> str:
    if r.vetoed:
        return "rejected: " + r.vetoed
    if not r.metric:
        return "rejected: no metric word reaches it"
    if not r.year:
        return "rejected: no year"
    return (f"FACT {table_of(r)}/{r.metric}/{r.segment if not r.money else 'all'}/{r.program}/{r.year}"
            + (f" as_of {r.as_of}" if r.as_of else ""))


def explain_reading(r: Reading, body: str) -> list[str]:
    s = r.sentence
    before = body[max(s.start, r.figure.start - 90):r.figure.start].replace("\n", " ")
    after = body[r.figure.end:min(s.end, r.figure.end + 60)].replace("\n", " ")
    lines = [f"[{r.figure.start}:{r.figure.end}] {r.figure.text!r} = {r.figure.value:,.0f}  (sentence {s.index})",
             f"    …{before}⟦{r.figure.text}⟧{after}…",
             f"    {decision(r)}"]
    for name in FIELDS:
        how = r.sources.get(name)
        if how:
            lines.append(f"      {name:8} ← {how}")
    return lines


def explain_article(article: CleanedArticle, out: TextIO, only: Iterable[int] | None = None) -> None:
    """Print the reading of every figure (or of the figures starting at the offsets in `only`)."""
    wanted = set(only) if only is not None else None
    print(f"## {article.article_id}  published_on={article.published_on}  publisher={article.publisher}", file=out)
    print(f"   title: {article.title}", file=out)
    for r in read_figures(article):
        if wanted is not None and r.figure.start not in wanted:
            continue
        print("\n".join(explain_reading(r, article.body)), file=out)
