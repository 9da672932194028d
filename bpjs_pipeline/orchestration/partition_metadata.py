"""Per-partition materialization metadata for the per-article assets.

In a single-run backfill one step handles many partitions, and Dagster records
one materialization per partition with the step's metadata. Each partition
gets its own row count, details and (in batches of up to PREVIEW_MAX_PARTITIONS) a
preview instead, through
`context.add_asset_metadata(..., partition_key=...)` (partition-scoped metadata
wins over the step's); the batch's totals go to the run's log and to an observation of
the asset (not of one partition).
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

import dagster as dg
import pandas as pd

from bpjs_pipeline.orchestration.metadata import column_schema, table_preview
from bpjs_pipeline.orchestration.partitions import article_ids_for

# A preview table per partition costs about 30 ms per partition (built, serialized and
# stored in the event log; measured in benchmarks/pipeline_scale.py): a batch of more
# partitions than this records row counts and details only, so a bulk load of thousands
# of articles is not dominated by previews. Smaller batches (a sensor run, a backfill of a
# few files) keep a preview per partition.
PREVIEW_MAX_PARTITIONS = 100


def materialize_per_partition(
    context: dg.AssetExecutionContext,
    rows: pd.DataFrame,
    columns: Iterable[tuple[str, str]],
    *,
    sort_by: Sequence[str] = (),
    details: Callable[[str, pd.DataFrame], dict[str, object]] = lambda article_id, frame: {},
    totals: dict[str, int] | None = None,
) -> dg.MaterializeResult:
    """Record, for every partition of the run, the rows of `rows` whose `article_id` is that
    partition's article (row count and preview) and `details(article_id, those_rows)`."""
    keys = list(context.partition_keys)
    groups = ({str(a): g for a, g in rows.groupby("article_id", sort=False)} if len(rows) else {})
    empty = rows.iloc[0:0]
    with_preview = len(keys) <= PREVIEW_MAX_PARTITIONS
    for key, article_id in zip(keys, article_ids_for(keys)):
        frame = groups.get(article_id, empty)
        preview = ({"preview": table_preview(frame.drop(columns=["article_id"], errors="ignore"), sort_by)}
                   if with_preview else {})
        context.add_asset_metadata(
            {"dagster/row_count": dg.MetadataValue.int(len(frame)),
             "article_id": dg.MetadataValue.text(article_id),
             **preview,
             **details(article_id, frame)},
            partition_key=key,
        )
    totals = {"partitions": len(keys), "rows": len(rows), **(totals or {})}
    context.log.info("batch totals: " + ", ".join(f"{name} {value}" for name, value in totals.items()))
    # the batch as a whole: an observation of the asset (not of a partition), on its Events tab
    context.log_event(dg.AssetObservation(
        asset_key=context.asset_key,
        metadata={f"batch_{name}": dg.MetadataValue.int(int(value)) for name, value in totals.items()},
    ))
    return dg.MaterializeResult(metadata={"dagster/column_schema": column_schema(columns)})


def text_or_none(value) -> dg.MetadataValue:
    if value is None or (isinstance(value, float) and value != value):
        return dg.MetadataValue.text("")
    return dg.MetadataValue.text(str(value))
