"""Corrections by a person: a CSV file that rejects or re-labels extracted figures.

The file (`corrections.csv` beside the seeds folder, or `BPJS_CORRECTIONS`)
is read when the warehouse is built. Each row names one figure of one
article, by its value or by the offset where it starts in the cleaned body
(or both), and either rejects it or gives new values for some of its
labels. Columns (a header row is required; order is free; empty = no change):

    article_id   the article (file name without .txt)                    required
    value        the figure in base units, e.g. 14000000000000000 or 1.4e16
    value_start  offset of the figure in the cleaned body (`value_start` of the fact)
    action       `accept`, `reject` or `change`                            required
    table        new table: participants | funds | targets
    metric       new metric, e.g. active_participants
    segment      new segment: all | informal | formal | construction | migrant
    program      new programme: JHT | JKK | JKM | JP | JKP, or `all` for all programmes
    year         new year
    note         why (free text, kept in the published `corrections` table)

At least one of `value` and `value_start` must be given (both must then match),
and a `change` needs at least one new label. An `accept` confirms the figure as
read and takes no new label; a `change` confirms it too: both set `reviewed`, so
the figure counts as a person's reading in the headline choice and leaves the
review list (`bpjs-pipeline review`). The columns that list adds for the reader
(`confidence`, `reading`, `figure`, `sentence`) may stay in the file: they are
ignored. A bad row never stops a build: it
is published in `corrections` with `status` `invalid: <reason>`, and a row that
matches no extracted figure with `matches no extracted figure`.
No Dagster and no DuckDB here: plain functions over pandas.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from bpjs_pipeline.model import METRICS, PROGRAMS, SEGMENTS, TABLES
from bpjs_pipeline.validate.schemas import MAX_YEAR, MIN_YEAR, TABLES_FOR_METRIC

FILE_NAME = "corrections.csv"
COLUMNS = ("article_id", "value", "value_start", "action", "table", "metric", "segment", "program",
           "year", "note")
LABELS = ("table", "metric", "segment", "program", "year")
ACTIONS = ("accept", "reject", "change")
# Columns `bpjs-pipeline review` writes beside the ones above, for the person deciding: read
# past, never used.
REVIEW_COLUMNS = ("confidence", "reading", "figure", "sentence")
ALL_PROGRAMS = "all"
# Two values are the same figure when they differ by at most this share.
VALUE_TOLERANCE = 1e-6
APPLIED = "applied"
NO_MATCH = "matches no extracted figure"

# The published `corrections` table: one row per data row of the file.
LOG_COLUMNS = ("line", "article_id", "value", "value_start", "action", "fact_table", "metric", "segment",
               "program", "year", "note", "matched_facts", "status")
# Columns added to every fact: whether a person confirmed it (accept or change), whether a
# correction changed it, and what was read before.
ORIGINAL_COLUMNS = ("original_table", "original_metric", "original_segment", "original_program",
                    "original_year")


@dataclass(frozen=True)
class Correction:
    line: int
    article_id: str
    value: float | None
    value_start: int | None
    action: str
    changes: dict[str, object] = field(default_factory=dict)  # label -> new value (program None = all)
    note: str = ""


@dataclass(frozen=True)
class BadRow:
    line: int
    raw: dict[str, str]
    reason: str


def read_corrections(path: str | Path | None) -> tuple[list[Correction], list[BadRow]]:
    """The valid corrections of the file and its bad rows (with the reason). A missing file is
    no corrections; a file that cannot be read at all is one bad row (line 0)."""
    if path is None or not Path(path).is_file():
        return [], []
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in ("article_id", "action") if c not in header]
            unknown = [c for c in header if c and c not in COLUMNS and c not in REVIEW_COLUMNS]
            if missing or unknown:
                problems = ([f"missing column(s) {', '.join(missing)}"] if missing else []) + (
                    [f"unknown column(s) {', '.join(unknown)}"] if unknown else [])
                return [], [BadRow(1, {}, f"{Path(path).name}: {'; '.join(problems)} "
                                          f"(expected columns: {', '.join(COLUMNS)})")]
            corrections, bad = [], []
            for number, row in enumerate(reader, start=2):
                raw = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
                if not any(raw.values()):
                    continue
                try:
                    corrections.append(parse_row(number, raw))
                except ValueError as exc:
                    bad.append(BadRow(number, raw, str(exc)))
            return corrections, bad
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return [], [BadRow(0, {}, f"cannot read {Path(path).name}: {exc}")]


def parse_row(line: int, raw: dict[str, str]) -> Correction:
    """One data row as a Correction; ValueError with a message a person understands."""
    article_id = raw.get("article_id", "")
    if not article_id:
        raise ValueError("article_id is empty")
    action = raw.get("action", "").lower()
    if action not in ACTIONS:
        raise ValueError(f"action must be accept, reject or change, got {raw.get('action', '')!r}")
    value = _number(raw.get("value", ""), "value")
    if value is not None and not (math.isfinite(value) and value > 0):
        raise ValueError(f"value must be a positive number, got {raw['value']!r}")
    start_number = _number(raw.get("value_start", ""), "value_start")
    if start_number is not None and (start_number < 0 or not float(start_number).is_integer()):
        raise ValueError(f"value_start must be a whole number >= 0, got {raw['value_start']!r}")
    value_start = None if start_number is None else int(start_number)
    if value is None and value_start is None:
        raise ValueError("give the figure's value or its value_start (or both)")
    changes: dict[str, object] = {}
    if raw.get("table"):
        if raw["table"] not in TABLES:
            raise ValueError(f"table must be one of {', '.join(TABLES)}, got {raw['table']!r}")
        changes["table"] = raw["table"]
    if raw.get("metric"):
        if raw["metric"] not in METRICS:
            raise ValueError(f"unknown metric {raw['metric']!r} (one of {', '.join(METRICS)})")
        changes["metric"] = raw["metric"]
    if raw.get("segment"):
        if raw["segment"] not in SEGMENTS:
            raise ValueError(f"segment must be one of {', '.join(SEGMENTS)}, got {raw['segment']!r}")
        changes["segment"] = raw["segment"]
    if raw.get("program"):
        if raw["program"].lower() == ALL_PROGRAMS:
            changes["program"] = None
        elif raw["program"] in PROGRAMS:
            changes["program"] = raw["program"]
        else:
            raise ValueError(f"program must be one of {', '.join(PROGRAMS)} or all, got {raw['program']!r}")
    if raw.get("year"):
        try:
            year = float(raw["year"])
        except ValueError:
            year = float("nan")
        if not year.is_integer() or not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"year must be a whole year within {MIN_YEAR}-{MAX_YEAR}, got {raw['year']!r}")
        changes["year"] = int(year)
    if action == "change" and not changes:
        raise ValueError("a change needs at least one new table, metric, segment, program or year")
    if action in ("reject", "accept") and changes:
        raise ValueError(f"{'an' if action == 'accept' else 'a'} {action} takes no new table, metric, segment, "
                         "program or year (a change does)")
    return Correction(line, article_id, value, value_start, action, changes, raw.get("note", ""))


def _number(text: str, name: str) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace("_", ""))
    except ValueError:
        raise ValueError(f"{name} must be a plain number (base units, e.g. 1.4e16), got {text!r}") from None


def apply_corrections(facts: pd.DataFrame, corrections: list[Correction], bad: list[BadRow] = ()
                      ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`facts` (staging columns, `fact_table` naming the table) with the corrections applied:
    rejected facts removed, changed facts re-labelled with `corrected` true and their first
    reading in `original_*`, accepted and changed facts `reviewed`; and the log, one row per
    correction and bad row (LOG_COLUMNS)."""
    out = facts.copy().reset_index(drop=True)
    out["reviewed"] = False
    out["corrected"] = False
    out["correction_note"] = None
    for column in ORIGINAL_COLUMNS:
        out[column] = None
    rejected = pd.Series(False, index=out.index)
    log = []
    for correction in corrections:
        hits = _matches(facts.reset_index(drop=True), correction)
        status = APPLIED if hits.any() else NO_MATCH
        if hits.any() and correction.action == "change":
            problem = _change_problem(out[hits], correction.changes)
            if problem:
                status = f"invalid: {problem}"
            else:
                first = hits & ~out["corrected"]
                for label, column in zip(LABELS, ORIGINAL_COLUMNS):
                    source = "fact_table" if label == "table" else label
                    out.loc[first, column] = out.loc[first, source]
                for label, new in correction.changes.items():
                    out.loc[hits, "fact_table" if label == "table" else label] = new
                if "metric" in correction.changes:
                    out.loc[hits, "unit"] = METRICS[correction.changes["metric"]]
                out.loc[hits, "corrected"] = True
                out.loc[hits, "reviewed"] = True
                out.loc[hits, "correction_note"] = correction.note or None
        elif hits.any() and correction.action == "accept":
            out.loc[hits, "reviewed"] = True
            if correction.note:
                out.loc[hits, "correction_note"] = correction.note
        elif hits.any():
            rejected |= hits
        log.append(_log_row(correction, int(hits.sum()), status))
    log.extend(_bad_log_row(row) for row in bad)
    out = out[~rejected].reset_index(drop=True)
    if "year" in out:
        out["year"] = out["year"].astype("int64")
    log_frame = pd.DataFrame(log, columns=list(LOG_COLUMNS)).sort_values("line", kind="stable")
    return out, log_frame.reset_index(drop=True)


def _matches(facts: pd.DataFrame, correction: Correction) -> pd.Series:
    hits = facts["article_id"] == correction.article_id
    if correction.value is not None:
        hits &= (facts["value"] - correction.value).abs() <= VALUE_TOLERANCE * correction.value
    if correction.value_start is not None:
        hits &= facts["value_start"] == correction.value_start
    return hits


def _change_problem(matched: pd.DataFrame, changes: dict[str, object]) -> str | None:
    """Why re-labelling these facts would make a fact that cannot exist, else None."""
    for _, fact in matched.iterrows():
        table = changes.get("table", fact["fact_table"])
        metric = changes.get("metric", fact["metric"])
        if table not in TABLES_FOR_METRIC[metric]:
            return f"metric {metric} cannot be in table {table} (allowed: {', '.join(TABLES_FOR_METRIC[metric])})"
        as_of = fact.get("as_of")
        year = changes.get("year", fact["year"])
        if isinstance(as_of, str) and as_of and "year" in changes and not as_of.startswith(str(year)):
            return f"the figure is dated {as_of}, which is not in year {year}"
    return None


def _log_row(correction: Correction, matched: int, status: str) -> dict:
    changes = correction.changes
    return {
        "line": correction.line, "article_id": correction.article_id, "value": correction.value,
        "value_start": correction.value_start, "action": correction.action,
        "fact_table": changes.get("table"), "metric": changes.get("metric"), "segment": changes.get("segment"),
        "program": (ALL_PROGRAMS if changes["program"] is None else changes["program"]) if "program" in changes else None,
        "year": changes.get("year"), "note": correction.note or None, "matched_facts": matched, "status": status,
    }


def _bad_log_row(row: BadRow) -> dict:
    """An unusable row as the person wrote it: every text column as given, and each number that
    reads as one (a value that does not is NULL, and the status says why)."""
    raw = row.raw

    def number(name: str, whole: bool = False):
        try:
            found = _number(raw.get(name, ""), name)
        except ValueError:
            return None
        if found is None or not math.isfinite(found):
            return None
        if whole and not (float(found).is_integer() and abs(found) < 2**31):  # an INTEGER column
            return None
        return int(found) if whole else found

    return {
        "line": row.line, "article_id": raw.get("article_id") or None, "value": number("value"),
        "value_start": number("value_start", whole=True), "action": raw.get("action") or None,
        "fact_table": raw.get("table") or None, "metric": raw.get("metric") or None,
        "segment": raw.get("segment") or None, "program": raw.get("program") or None,
        "year": number("year", whole=True), "note": raw.get("note") or None, "matched_facts": 0,
        "status": f"invalid: {row.reason}",
    }
