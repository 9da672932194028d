"""What a person sees of each article in the UI: every batch's materialization lists its articles.

The per-article assets are partitioned by delivered batch (`partitions.py`). When a run
materializes a batch, each asset records on that batch's partition
(`context.add_asset_metadata(..., partition_key=batch)`):

* `articles`: a table with one row per article of the batch (at most `BATCH_ARTICLES`):
  its file, where it stands (`status`: published, no facts, quarantined, failed, left out,
  not read/cleaned/extracted yet) and whether this run processed it: narrow enough to be
  read on the partition's page beside the list of partitions;
* `articles_detail` (one click away, "Show Markdown"): the same rows with the problem in
  words and what the asset adds (encoding and size; title, publisher and date; facts per
  table);
* counts per status, and `dagster/row_count`;
* for `extracted_facts`, `facts` (one click away): the facts of the articles this run
  processed in the batch (the first `FACT_ROWS`, all of them for a run of one article), with
  their sentences.

The table shows every article of the batch as staging holds it after the run, so the
latest materialization of a batch is always the current state of its articles, also after
a run that processed only some of them.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import dagster as dg
import pandas as pd

from bpjs_pipeline.orchestration.metadata import column_schema, markdown_table, table_preview
from bpjs_pipeline.warehouse import StagingStore

FACT_ROWS = 100
SHOWN_COLUMNS = ("file", "status", "this_run")  # the table on the partition's page
ARTICLE_COLUMNS = {  # the detail, one click away
    "raw_articles": ("file", "status", "problem", "encoding", "size_bytes", "sha256", "this_run"),
    "cleaned_articles": ("file", "status", "problem", "title", "publisher", "published_on", "body_chars",
                         "this_run"),
    "extracted_facts": ("file", "status", "problem", "title", "published_on", "facts_participants",
                        "facts_funds", "facts_targets", "refused_facts", "this_run"),
}
# What `dagster/row_count` counts on each asset's batch: articles read, articles cleaned, facts.
ROWS = {
    "raw_articles": lambda s: int(s["encoding"].notna().sum()),
    "cleaned_articles": lambda s: int(s["body_chars"].notna().sum()),
    "extracted_facts": lambda s: int((s["facts_participants"] + s["facts_funds"] + s["facts_targets"]).sum()),
}
STATUSES = ("published", "no facts", "quarantined", "failed", "left out", "not read yet", "not cleaned yet",
            "not extracted yet")


def record_batches(
    context: dg.AssetExecutionContext,
    store: StagingStore,
    processed: Iterable[str],
    columns: Iterable[tuple[str, str]],
    *,
    facts: pd.DataFrame | None = None,
    fact_sort: Sequence[str] = (),
    totals: dict[str, int] | None = None,
) -> dg.MaterializeResult:
    """Record the articles of every batch of the run on its partition (see the module's doc);
    `processed`: the articles this run processed; `facts`: their facts (extracted_facts)."""
    asset = context.asset_key.to_user_string()
    batches = list(context.partition_keys)
    members = store.batch_members(batches)
    everyone = [a for batch in batches for a in members.get(batch, [])]
    status = store.article_status(everyone)
    done = set(processed)
    status["this_run"] = status["article_id"].map(lambda a: "yes" if a in done else "")
    shown = list(ARTICLE_COLUMNS[asset])
    for batch in batches:
        ids = set(members.get(batch, []))
        frame = status[status["article_id"].isin(ids)]
        counts = frame["status"].value_counts()
        metadata: dict[str, object] = {
            "dagster/row_count": dg.MetadataValue.int(ROWS[asset](frame) if len(frame) else 0),
            "articles": table_preview(frame[list(SHOWN_COLUMNS)], ("file",), rows=max(len(frame), 1)),
            "articles_detail": markdown_table(frame[shown], ("file",), rows=max(len(frame), 1)),
            "article_count": dg.MetadataValue.int(len(frame)),
            "processed_in_run": dg.MetadataValue.int(len(ids & done)),
            **{f"status_{name.replace(' ', '_')}": dg.MetadataValue.int(int(counts.get(name, 0)))
               for name in STATUSES if counts.get(name, 0)},
        }
        if facts is not None:
            mine = facts[facts["article_id"].isin(ids)] if len(facts) else facts
            metadata["facts"] = markdown_table(mine, ("article_id", *fact_sort), rows=FACT_ROWS)
            if len(mine) > FACT_ROWS:
                metadata["facts_note"] = dg.MetadataValue.text(
                    f"first {FACT_ROWS} of {len(mine)} facts of the articles this run processed; every fact "
                    "is in the warehouse's fact tables")
        context.add_asset_metadata(metadata, partition_key=batch)
    totals = {"batches": len(batches), "articles": len(done), **(totals or {})}
    context.log.info("totals: " + ", ".join(f"{name} {value}" for name, value in totals.items()))
    return dg.MaterializeResult(metadata={"dagster/column_schema": column_schema(columns),
                                          **{f"run_{k}": dg.MetadataValue.int(int(v)) for k, v in totals.items()}})
