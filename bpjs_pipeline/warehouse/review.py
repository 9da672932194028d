"""The review list: the published facts the reader is least sure of, in the format the
corrections file takes, so a person can accept, fix or reject each in a few seconds.

Each row names one fact by `article_id`, `value` and `value_start` (as a correction does),
leaves `action` and the label columns empty for the person to fill in, and carries, for the
person only, the machine's `confidence`, its `reading` (table, metric, segment, programme,
year, as-of month), the `figure` as written and the `sentence` stating it. The corrections
reader ignores those four columns, so rows can be pasted into `corrections.csv` as they are,
after writing `accept`, `reject` or `change` (with the new labels) in `action`.

Facts a person already accepted or changed (`reviewed`) are not listed again. Plain
functions over pandas, and one read-only query for the warehouse's facts.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from bpjs_pipeline.warehouse.corrections import COLUMNS, REVIEW_COLUMNS

# facts below this confidence are listed (the band where the reader is wrong most often)
DEFAULT_BELOW = 0.9
DEFAULT_LIMIT = 50
REVIEW_LIST_COLUMNS = COLUMNS + REVIEW_COLUMNS

FACTS_QUERY = """
SELECT 'participants' AS fact_table, * FROM fact_participants
UNION ALL BY NAME SELECT 'funds' AS fact_table, * FROM fact_funds
UNION ALL BY NAME SELECT 'targets' AS fact_table, * FROM fact_targets
"""


def reading_of(fact: pd.Series | dict) -> str:
    """The machine's reading of a fact in one line: `participants: active_participants, informal,
    all programmes, 2023 (as of 2023-06)`."""
    program = fact.get("program")
    program = "all programmes" if program is None or (isinstance(program, float) and pd.isna(program)) else program
    as_of = fact.get("as_of")
    dated = f" (as of {as_of})" if isinstance(as_of, str) and as_of else ""
    return (f"{fact['fact_table']}: {fact['metric']}, {fact['segment']}, {program}, "
            f"{int(fact['year'])}{dated}")


def figure_of(fact: pd.Series | dict) -> str:
    """The figure as written, cut from the sentence by its offsets in the cleaned body."""
    quote, start = fact.get("quote") or "", int(fact["sentence_start"])
    return quote[int(fact["value_start"]) - start:int(fact["value_end"]) - start]


def review_list(facts: pd.DataFrame, *, below: float = DEFAULT_BELOW, limit: int | None = DEFAULT_LIMIT
                ) -> pd.DataFrame:
    """The facts under `below` confidence that no person has reviewed, least confident first
    (then by article and position), at most `limit` (None: all), as REVIEW_LIST_COLUMNS rows."""
    if facts.empty:
        return pd.DataFrame(columns=list(REVIEW_LIST_COLUMNS))
    open_facts = facts[facts["confidence"] < below]
    if "reviewed" in open_facts:
        open_facts = open_facts[~open_facts["reviewed"].fillna(False).astype(bool)]
    open_facts = open_facts.sort_values(["confidence", "article_id", "value_start"], kind="stable")
    if limit is not None:
        open_facts = open_facts.head(limit)
    rows = [{
        "article_id": fact["article_id"], "value": fact["value"], "value_start": int(fact["value_start"]),
        "action": "", "table": "", "metric": "", "segment": "", "program": "", "year": "", "note": "",
        "confidence": round(float(fact["confidence"]), 3), "reading": reading_of(fact),
        "figure": figure_of(fact), "sentence": fact["quote"],
    } for _, fact in open_facts.iterrows()]
    return pd.DataFrame(rows, columns=list(REVIEW_LIST_COLUMNS))


def review_csv(rows: pd.DataFrame) -> str:
    """The rows as CSV text with a header, values in base units written as whole numbers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REVIEW_LIST_COLUMNS)
    for row in rows.itertuples(index=False):
        values = []
        for column, value in zip(REVIEW_LIST_COLUMNS, row):
            if column == "value":
                value = f"{value:.0f}" if float(value).is_integer() else repr(float(value))
            values.append(value)
        writer.writerow(values)
    return out.getvalue()


def warehouse_review(warehouse: Path, *, below: float = DEFAULT_BELOW, limit: int | None = DEFAULT_LIMIT
                     ) -> pd.DataFrame:
    """`review_list` over the published warehouse's facts (opened read-only)."""
    from bpjs_pipeline.warehouse.connect import connection

    if not Path(warehouse).is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}: run `bpjs-pipeline run` first")
    with connection(Path(warehouse), read_only=True) as con:
        facts = con.execute(FACTS_QUERY).df()
    return review_list(facts, below=below, limit=limit)
