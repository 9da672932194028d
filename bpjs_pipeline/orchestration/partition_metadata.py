"""Per-partition materialization metadata for the per-article assets.

In a single-run backfill one step handles many partitions, and Dagster records
one materialization per partition with the step's metadata. In a batch of up
to PER_PARTITION_MAX_PARTITIONS partitions, each partition gets its own row
count, details and preview instead, through
`context.add_asset_metadata(..., partition_key=...)` (partition-scoped metadata
wins over the step's); a larger batch (a bulk load) records the batch's totals
(`batch_rows`, `batch_partitions`, ...) on every partition. The batch's totals
also go to the run's log and to an observation of the asset (not of one
partition).
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

import dagster as dg
import pandas as pd

from bpjs_pipeline.orchestration.metadata import PREVIEW_ROWS, column_schema, table_preview, text_table
from bpjs_pipeline.orchestration.partitions import article_ids_for

# Dagster checks each `add_asset_metadata(partition_key=...)` call against every partition
# of the run's range, loaded again from the instance, so per-partition metadata costs
# (partitions in the batch) x (partitions in the instance): at 10,000 partitions it was
# most of a full load (benchmarks/README.md), and a preview table adds about 30 ms per
# partition. Batches of more partitions than this record the batch's totals instead;
# smaller ones (a sensor run, a backfill of a few files) keep per-partition metadata.
PER_PARTITION_MAX_PARTITIONS = 100


def materialize_per_partition(
    context: dg.AssetExecutionContext,
    rows: pd.DataFrame,
    columns: Iterable[tuple[str, str]],
    *,
    sort_by: Sequence[str] = (),
    details: Callable[[str, pd.DataFrame], dict[str, object]] = lambda article_id, frame: {},
    totals: dict[str, int] | None = None,
    table_rows: int | None = None,
    shape: Callable[[pd.DataFrame], pd.DataFrame] | None = None,
) -> dg.MaterializeResult:
    """Record, for every partition of the run, the rows of `rows` whose `article_id` is that
    partition's article (row count and preview) and `details(article_id, those_rows)`; for a
    batch of more than PER_PARTITION_MAX_PARTITIONS partitions, the batch's totals. Given
    `table_rows` (the rows of the whole staged table, every article's), every partition's
    materialization records it as `dagster/row_count` and `table_rows` (the asset page's "Row
    count" is the table's, not the last partition's), and the partition's own count as
    `partition_rows`; the batch's observation records it too."""
    keys = list(context.partition_keys)
    per_partition = len(keys) <= PER_PARTITION_MAX_PARTITIONS
    groups = ({str(a): g for a, g in rows.groupby("article_id", sort=False)}
              if len(rows) and per_partition else {})
    empty = rows.iloc[0:0]
    # With the whole table's count, `dagster/row_count` is that (the asset page's "Row count"), and
    # each partition's own count is `partition_rows`.
    own_count = "dagster/row_count" if table_rows is None else "partition_rows"
    for key, article_id in (zip(keys, article_ids_for(keys)) if per_partition else ()):
        frame = groups.get(article_id, empty)
        context.add_asset_metadata(
            {own_count: dg.MetadataValue.int(len(frame)),
             "article_id": dg.MetadataValue.text(article_id),
             "preview": _preview(frame, sort_by, shape),
             **details(article_id, frame)},
            partition_key=key,
        )
    totals = {"partitions": len(keys), "rows": len(rows), **(totals or {})}
    context.log.info("batch totals: " + ", ".join(f"{name} {value}" for name, value in totals.items()))
    # the batch as a whole: an observation of the asset (not of a partition), on its Events tab
    table = {} if table_rows is None else {"dagster/row_count": dg.MetadataValue.int(int(table_rows)),
                                           "table_rows": dg.MetadataValue.int(int(table_rows))}
    context.log_event(dg.AssetObservation(
        asset_key=context.asset_key,
        metadata={**{f"batch_{name}": dg.MetadataValue.int(int(value)) for name, value in totals.items()},
                  **table},
    ))
    batch = {} if per_partition else {f"batch_{name}": dg.MetadataValue.int(int(value))
                                      for name, value in totals.items()}
    return dg.MaterializeResult(metadata={"dagster/column_schema": column_schema(columns), **table, **batch})


def _preview(frame: pd.DataFrame, sort_by: Sequence[str], shape) -> dg.MetadataValue:
    """A partition's preview: its rows sorted, the first PREVIEW_ROWS, shaped for a narrow table
    by `shape` when given (else every column but the article's id)."""
    if shape is None:
        return table_preview(frame.drop(columns=["article_id"], errors="ignore"), sort_by)
    keys = [c for c in sort_by if c in frame.columns]
    first = frame.sort_values(keys, kind="stable") if keys and len(frame) else frame
    return text_table(shape(first.head(PREVIEW_ROWS)))


def text_or_none(value) -> dg.MetadataValue:
    if value is None or (isinstance(value, float) and value != value):
        return dg.MetadataValue.text("")
    return dg.MetadataValue.text(str(value))
