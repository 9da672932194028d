"""`bpjs-pipeline explain`: every figure of an article's cleaned body, its role,
the decision taken on it and where each field came from."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, TextIO

from bpjs_pipeline.extract.confidence import model as confidence_model
from bpjs_pipeline.extract.evidence import evidence_of
from bpjs_pipeline.extract.vocabulary import vocabulary

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


def explain_reading(r: Reading, body: str, cues: dict[str, int] | None = None) -> list[str]:
    """How one figure was read; with its evidence `cues`, a fact's confidence and the cues
    that weigh most in it."""
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
    if cues is not None and r.is_fact:
        weighing = confidence_model()
        strongest = ", ".join(f"{name} {weight:+.2f}" for name, weight in weighing.strongest(cues))
        lines.append(f"      {'confidence':8} {weighing.confidence(cues):.2f} ← {strongest}")
    return lines


def reading_cues(article: CleanedArticle, readings: list[Reading]) -> dict[int, dict[str, int]]:
    """The evidence cues of every reading that is a fact, by reading index."""
    per_sentence = Counter(r.sentence.index for r in readings)
    vocab = vocabulary()
    return {r.index: evidence_of(r, article.body, vocab, per_sentence[r.sentence.index], article.published_on is not None)
            for r in readings if r.is_fact}


def explain_article(article: CleanedArticle, out: TextIO, only: Iterable[int] | None = None) -> None:
    """Print the reading of every figure (or of the figures starting at the offsets in `only`)."""
    wanted = set(only) if only is not None else None
    print(f"## {article.article_id}  published_on={article.published_on}  publisher={article.publisher}", file=out)
    print(f"   title: {article.title}", file=out)
    readings = read_figures(article)
    cues = reading_cues(article, readings)
    for r in readings:
        if wanted is not None and r.figure.start not in wanted:
            continue
        print("\n".join(explain_reading(r, article.body, cues.get(r.index))), file=out)
