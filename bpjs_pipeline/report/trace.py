"""Figures traced to their words through the warehouse: the cleaned body each article keeps
(`articles.body`) and the offsets of its facts. `bpjs-pipeline explain --article ID` and the
report use it; no Dagster here."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, TextIO

import duckdb
import pandas as pd

from bpjs_pipeline.model import CleanedArticle
from bpjs_pipeline.report.format import format_amount

# Every published fact with the figure and the sentence cut from its article's body.
TRACED_FACTS = """
SELECT f.*, substr(a.body, f.value_start + 1, f.value_end - f.value_start) AS written,
       substr(a.body, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence
FROM (SELECT 'participants' AS fact_table, * FROM fact_participants
      UNION ALL SELECT 'funds', * FROM fact_funds
      UNION ALL SELECT 'targets', * FROM fact_targets) AS f
JOIN articles AS a USING (article_id)
"""


def traced_facts(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Published facts (of `article_ids`, else all) with `written` (the figure as the article writes
    it) and `sentence`, sorted by article and offset."""
    where, params = "", []
    if article_ids is not None:
        ids = list(article_ids)
        where, params = f" WHERE f.article_id IN ({', '.join('?' for _ in ids)})", ids
    return con.execute(TRACED_FACTS + where + " ORDER BY f.article_id, f.value_start, f.fact_table, f.metric",
                       params).df()


def stored_article(con: duckdb.DuckDBPyConnection, article_id: str) -> CleanedArticle | None:
    row = con.execute("SELECT title, publisher, published_on, body FROM articles WHERE article_id = ?",
                      [article_id]).fetchone()
    if row is None or row[3] is None:
        return None
    title, publisher, published_on, body = row
    return CleanedArticle(article_id, title, publisher, published_on, body)


def marked(sentence: str, start: int, end: int, left: str = "⟦", right: str = "⟧") -> str:
    """`sentence` with the characters [start, end) between `left` and `right`."""
    return sentence[:start] + left + sentence[start:end] + right + sentence[end:]


def clause_around(sentence: str, start: int, end: int, width: int = 90) -> str:
    """The part of `sentence` around the figure at [start, end): the clause it stands in (cut at
    the nearest comma, semicolon, colon, dash or quote), at most about `width` characters, with
    `…` where something was left out."""
    stops = ",;:–—\"“”"

    def stop(i: int) -> bool:  # a comma between digits is a decimal comma, not a clause's end
        return sentence[i] in stops and not (sentence[i] == "," and 0 < i < len(sentence) - 1
                                             and sentence[i - 1].isdigit() and sentence[i + 1].isdigit())

    left = start
    while left > 0 and not stop(left - 1) and start - left < width // 2:
        left -= 1
    right = end
    while right < len(sentence) and not stop(right) and right - end < width // 2:
        right += 1
    while left < start and sentence[left] == " ":
        left += 1
    if left > 0 and not stop(left - 1):  # cut inside a word: start at the next one
        space = sentence.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(sentence) and not stop(right):
        space = sentence.rfind(" ", end, right)
        right = space if space >= 0 else right
    text = " ".join(sentence[left:right].split())
    return ("…" if left > 0 else "") + text + ("…" if right < len(sentence.rstrip(" .")) else "")


def explain_stored(warehouse: Path, article_ids: list[str], only: list[int] | None = None,
                   out: TextIO | None = None) -> int:
    """Print each article's published facts, traced in its stored body, then the extractor's
    reading of that body (only the figures starting at `only`, when given). Exit 0, or 2 when
    the warehouse or an article is missing."""
    from bpjs_pipeline.extract.explain import explain_article
    from bpjs_pipeline.warehouse import open_read_only

    out = sys.stdout if out is None else out

    try:
        con = open_read_only(warehouse)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = []
    try:
        for article_id in article_ids:
            article = stored_article(con, article_id)
            if article is None:
                missing.append(article_id)
                continue
            facts = traced_facts(con, [article_id])
            if only:
                facts = facts[facts["value_start"].isin(only)]
            print(f"## {article_id} in {warehouse}: {len(facts)} published fact(s), offsets in articles.body", file=out)
            for fact in facts.itertuples():
                within = fact.value_start - fact.sentence_start, fact.value_end - fact.sentence_start
                labels = "/".join(str(v) for v in (fact.fact_table, fact.metric, fact.segment, fact.program, fact.year))
                corrected = ""
                if fact.corrected:
                    was = "/".join(str(v) for v in (fact.original_table, fact.original_metric, fact.original_segment,
                                                    fact.original_program, fact.original_year))
                    corrected = f"  (corrected; read as {was})"
                print(f"[{fact.value_start}:{fact.value_end}] {fact.written!r} = "
                      f"{format_amount(fact.value, fact.unit)}  {labels}{corrected}", file=out)
                print(f"    {' '.join(marked(fact.sentence, *within).split())}", file=out)
            print("\nhow the extractor reads the stored body now:", file=out)
            explain_article(article, out, only=only)
            print(file=out)
    finally:
        con.close()
    for article_id in missing:
        print(f"error: no article {article_id!r} with a stored body in {warehouse}", file=sys.stderr)
    return 2 if missing else 0
