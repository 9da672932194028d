"""The review list (`bpjs-pipeline review`, the report's "To review" section): the least
confident facts that no person has reviewed, as rows the corrections file takes; rows an
analyst fills in are applied by the next build, and the facts they confirm leave the list."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from bpjs_pipeline.report.html import write_report
from bpjs_pipeline.warehouse.corrections import COLUMNS, read_corrections
from bpjs_pipeline.warehouse.review import REVIEW_LIST_COLUMNS, review_csv, review_list, warehouse_review

from test_headlines import build
from test_warehouse import fact, query

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _facts() -> pd.DataFrame:
    rows = []
    for article_id, start, confidence, reviewed, as_of in (
            ("b", 40, 0.55, False, None), ("a", 10, 0.55, False, "2022-12"), ("a", 90, 0.95, False, None),
            ("c", 5, 0.30, True, None), ("c", 60, 0.80, False, None)):
        quote = "Jumlah peserta aktif mencapai 35,86 juta orang pada 2022."
        rows.append({"fact_table": "participants", "article_id": article_id, "metric": "active_participants",
                     "segment": "all", "program": None, "year": 2022, "as_of": as_of, "value": 35_860_000.0,
                     "quote": quote, "sentence_start": start, "sentence_end": start + len(quote),
                     "value_start": start + 30, "value_end": start + 40, "confidence": confidence,
                     "reviewed": reviewed})
    return pd.DataFrame(rows)


def test_the_least_confident_unreviewed_facts_come_first_with_their_reading_and_figure():
    rows = review_list(_facts(), below=0.9)
    assert list(rows.columns) == list(REVIEW_LIST_COLUMNS)
    # 0.95 is not under 0.9; the reviewed 0.30 is left out; ties by article, then position
    assert list(zip(rows["article_id"], rows["value_start"], rows["confidence"])) == [
        ("a", 40, 0.55), ("b", 70, 0.55), ("c", 90, 0.8)]
    first = rows.iloc[0]
    assert first["figure"] == "35,86 juta"  # cut from the sentence by the offsets
    assert first["reading"] == "participants: active_participants, all, all programmes, 2022 (as of 2022-12)"
    assert first["action"] == "" and first["year"] == ""  # left for the person
    assert len(review_list(_facts(), below=0.9, limit=2)) == 2
    assert review_list(_facts().iloc[0:0]).empty


def test_the_list_is_a_corrections_file_once_the_actions_are_written(tmp_path):
    text = review_csv(review_list(_facts(), below=0.9))
    lines = list(csv.DictReader(io.StringIO(text)))
    assert set(COLUMNS) <= set(lines[0]) and lines[0]["value"] == "35860000"
    for line, action in zip(lines, ("accept", "reject", "change")):
        line["action"] = action
    lines[2]["year"] = "2021"
    path = tmp_path / "corrections.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(REVIEW_LIST_COLUMNS))
        writer.writeheader()
        writer.writerows(lines)
    corrections, bad = read_corrections(path)
    assert bad == []
    assert [(c.article_id, c.value_start, c.action, c.changes) for c in corrections] == [
        ("a", 40, "accept", {}), ("b", 70, "reject", {}), ("c", 90, "change", {"year": 2021})]


def _warehouse(tmp_path: Path, corrections: str | None = None) -> Path:
    return build(tmp_path, {"a": (date(2023, 5, 12), [
        fact("a", "participants", "active_participants", 2022, 35_860_000, confidence=0.62),
        fact("a", "targets", "active_participants", 2026, 70_000_000, start=50, confidence=0.97),
        fact("a", "funds", "managed_funds", 2022, 598e12, start=100, confidence=0.71),
    ])}, corrections)


def test_the_warehouse_review_command_and_the_report_list_the_same_facts(tmp_path):
    warehouse = _warehouse(tmp_path)
    assert list(warehouse_review(warehouse)["value_start"]) == [5, 105]  # 0.62, then 0.71; 0.97 is sure
    out = tmp_path / "review.csv"
    done = subprocess.run([sys.executable, "-m", "bpjs_pipeline.cli", "review", "--warehouse", str(warehouse),
                           "--out", str(out)], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "wrote 2 facts to review" in done.stdout
    assert out.read_text(encoding="utf-8") == review_csv(warehouse_review(warehouse))
    printed = subprocess.run([sys.executable, "-m", "bpjs_pipeline.cli", "review", "--warehouse", str(warehouse),
                              "--below", "0.65"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert printed.returncode == 0 and printed.stdout.splitlines()[1].startswith("a,35860000,5,")
    page = write_report(warehouse, tmp_path / "report.html").read_text(encoding="utf-8")
    section = page[page.index('id="review"'):page.index('id="quarantine"')]
    assert "To review (2 figures under confidence 0,9)" in section
    assert section.index("0,62") < section.index("0,71")
    assert "a,35860000,5,,,,,,,,0.62," in section  # the rows for the corrections file
    assert "confidence 0,97" in page  # every fact's confidence in its article's section


def test_accepted_and_changed_facts_leave_the_list_and_rejected_ones_the_warehouse(tmp_path):
    warehouse = _warehouse(tmp_path, corrections=(
        "article_id,value,value_start,action,table,metric,segment,program,year,note\n"
        "a,35860000,5,accept,,,,,,read right\n"
        "a,598000000000000,105,change,,,,,2021,the year before\n"))
    assert query(warehouse, "SELECT reviewed, corrected, year FROM fact_funds") == [(True, True, 2021)]
    assert query(warehouse, "SELECT reviewed, corrected FROM fact_participants") == [(True, False)]
    assert warehouse_review(warehouse).empty
    rejected = _warehouse(tmp_path / "again", corrections=(
        "article_id,value,value_start,action,note\na,35860000,5,reject,not a level\n"))
    assert list(warehouse_review(rejected)["value_start"]) == [105]
