"""The logic of the asset checks, as plain functions over DuckDB connections and pandas.

No Dagster here: `bpjs_pipeline.orchestration.checks` wraps each function in
an `@asset_check`. Every function returns a `Finding`: whether the check
passed, one row per failure case (the rows, articles and sentences
involved) and a few counts for the check's metadata.
"""
from bpjs_pipeline.checks.coverage import articles_without_facts
from bpjs_pipeline.checks.finding import Finding
from bpjs_pipeline.checks.plausibility import (
    PlausibleRanges,
    implausible_changes,
    implausible_values,
    load_ranges,
)
from bpjs_pipeline.checks.regression import extraction_regressions
from bpjs_pipeline.checks.schema import validate_warehouse
from bpjs_pipeline.checks.sources import CONFLICT_THRESHOLD, source_conflicts

__all__ = [
    "CONFLICT_THRESHOLD",
    "Finding",
    "PlausibleRanges",
    "articles_without_facts",
    "extraction_regressions",
    "implausible_changes",
    "implausible_values",
    "load_ranges",
    "source_conflicts",
    "validate_warehouse",
]
