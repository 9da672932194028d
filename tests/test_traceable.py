"""Every published figure traces to its words: the warehouse keeps each article's cleaned body, and
`substr(body, value_start + 1, value_end - value_start)` is the figure as the article writes it
(one figure, the fact's value), `substr(body, sentence_start + 1, ...)` its sentence. Asserted for
every fact of the seeds (a real `run_pipeline`) and of every labelled set beside the project
(staged with the functions the assets call, then published)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from bpjs_pipeline.batch import clean_one, extract_one
from bpjs_pipeline.ingest import ArticleDecodeError, read_article
from bpjs_pipeline.parsing.numbers import find_figures
from bpjs_pipeline.validate import FactsSchema, facts_frame, split_valid
from bpjs_pipeline.warehouse import StagingStore, open_read_only, publish

ROOT = Path(__file__).resolve().parents[1]
LABELLED_SETS = sorted(p.parent for p in (ROOT.parent / "shared" / "gold").glob("*/articles") if p.is_dir())

TRACED = """
SELECT f.fact_table, f.article_id, f.value, f.quote, f.value_start,
       substr(a.body, f.value_start + 1, f.value_end - f.value_start) AS written,
       substr(a.body, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence
FROM (SELECT 'participants' AS fact_table, * FROM fact_participants
      UNION ALL SELECT 'funds', * FROM fact_funds
      UNION ALL SELECT 'targets', * FROM fact_targets) AS f
JOIN articles AS a USING (article_id)
ORDER BY f.article_id, f.value_start
"""


def untraced(warehouse: Path) -> tuple[int, list[tuple]]:
    """How many facts the warehouse has, and those whose offsets do not give their figure."""
    con = open_read_only(warehouse)
    try:
        rows = con.execute(TRACED).df()
        (facts,) = con.execute("SELECT (SELECT count(*) FROM fact_participants) + (SELECT count(*) FROM fact_funds)"
                               " + (SELECT count(*) FROM fact_targets)").fetchone()
    finally:
        con.close()
    assert len(rows) == facts  # every fact has its article's body
    wrong = []
    for row in rows.itertuples():
        figures = find_figures(row.written or "")
        one = len(figures) == 1 and (figures[0].start, figures[0].end) == (0, len(row.written))
        # a range ("Rp50–54 triliun") is written once and states both its ends, each a fact
        ends = (figures[0].value, figures[0].low, figures[0].high) if one else ()
        if not (any(abs(end - row.value) <= 1e-9 * row.value for end in ends) and row.sentence == row.quote):
            wrong.append((row.article_id, row.fact_table, row.value_start, row.value, row.written))
    return facts, wrong


def publish_folder(folder: Path, root: Path) -> Path:
    """The articles of `folder` read, cleaned and extracted by the functions the assets call
    (`read_article`, `batch.clean_one`, `batch.extract_one`), validated, staged and published."""
    store = StagingStore(root / "bpjs.staging.duckdb")
    raws = []
    for path in sorted(folder.glob("*.txt")):
        try:
            raws.append(read_article(path))
        except ArticleDecodeError:
            continue
    ids = [r.article_id for r in raws]
    store.replace_raw(ids, [(r.article_id, r) for r in raws], [])
    cleaned = [clean_one(r.article_id, r.text) for r in raws]
    store.replace_cleaned(ids, cleaned, pd.DataFrame())
    records = [record for article in cleaned for record in extract_one(article.article_id, article)]
    valid, _ = split_valid(FactsSchema, facts_frame(records))
    store.replace_facts(ids, valid, pd.DataFrame())
    warehouse = root / "bpjs.duckdb"
    publish(store, warehouse)
    return warehouse


def test_every_fact_of_the_seeds_run_traces_to_its_figure(seeds_pipeline_run):
    _, warehouse, _, _ = seeds_pipeline_run
    facts, wrong = untraced(warehouse)
    assert facts > 20 and wrong == []


@pytest.mark.skipif(not LABELLED_SETS, reason="no labelled sets beside the project")
@pytest.mark.parametrize("labelled", LABELLED_SETS, ids=[p.name for p in LABELLED_SETS])
def test_every_fact_of_a_labelled_set_traces_to_its_figure(labelled, tmp_path):
    facts, wrong = untraced(publish_folder(labelled / "articles", tmp_path))
    assert facts > 0 and wrong == []


def test_a_figure_read_from_a_shifted_body_would_be_caught(tmp_path, seeds_copy):
    """The check above fails when the offsets point elsewhere (here: one character later)."""
    warehouse = publish_folder(seeds_copy, tmp_path)
    import duckdb

    con = duckdb.connect(str(warehouse))
    try:
        con.execute("UPDATE articles SET body = ' ' || body")
    finally:
        con.close()
    facts, wrong = untraced(warehouse)
    assert len(wrong) == facts > 0
