"""Asset checks: the pandera failure cases of a batch, shown in the check's metadata."""

import dagster as dg
import pandas as pd

from bpjs_pipeline.orchestration.assets import cleaned_articles, extracted_facts
from bpjs_pipeline.orchestration.metadata import markdown_preview
from bpjs_pipeline.orchestration.partitions import article_ids_for
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.validate import FactsSchema, split_valid

FAILURE_PREVIEW_ROWS = 50


def _batch_article_ids(context: dg.AssetCheckExecutionContext) -> list[str] | None:
    """The articles of this run's partitions, or None (= all staged articles) in an unpartitioned run."""
    op_context = context.op_execution_context
    if op_context.has_partitions:
        return article_ids_for(list(op_context.partition_keys))
    return None


def _failure_metadata(failures: pd.DataFrame, checked: int) -> dict[str, object]:
    shown = failures.drop(columns=["recorded_at"], errors="ignore")
    return {
        "checked_rows": dg.MetadataValue.int(int(checked)),
        "failure_cases": dg.MetadataValue.int(len(failures)),
        "articles_with_failures": dg.MetadataValue.int(
            int(failures["article_id"].nunique()) if len(failures) else 0
        ),
        "failure_cases_preview": dg.MetadataValue.md(markdown_preview(shown, rows=FAILURE_PREVIEW_ROWS)),
    }


@dg.asset_check(
    asset=extracted_facts,
    blocking=True,
    description=(
        "Every extracted fact of the run's articles satisfies FactsSchema: rows refused when the "
        "asset ran, exceptions raised by the extractor, and a re-validation of the staged rows. "
        "Blocking: the warehouse is not rebuilt in a run where this fails."
    ),
)
def facts_schema_valid(context: dg.AssetCheckExecutionContext, paths: PipelinePaths) -> dg.AssetCheckResult:
    ids = _batch_article_ids(context)
    store = paths.staging()
    rejects = store.rejects("extracted_facts", ids)
    staged = store.facts(ids)
    _, restaged = split_valid(FactsSchema, staged)
    failures = pd.concat(
        [
            rejects.rename(columns={"column_name": "column", "check_name": "check"}),
            restaged.assign(check=restaged["check"].map(lambda c: f"staged:{c}")),
        ],
        ignore_index=True,
    )
    return dg.AssetCheckResult(
        passed=failures.empty,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata=_failure_metadata(failures, len(staged) + len(rejects)),
    )


@dg.asset_check(
    asset=cleaned_articles,
    blocking=False,
    description=(
        "Every cleaned article of the run satisfies ArticlesSchema (a title that is not blank, a "
        "publication date within 1990-2100, a non-empty body) and cleaning raised no exception. "
        "Warns only: such articles are still stored."
    ),
)
def articles_schema_valid(context: dg.AssetCheckExecutionContext, paths: PipelinePaths) -> dg.AssetCheckResult:
    ids = _batch_article_ids(context)
    store = paths.staging()
    failures = store.rejects("cleaned_articles", ids).rename(
        columns={"column_name": "column", "check_name": "check"}
    )
    return dg.AssetCheckResult(
        passed=failures.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata=_failure_metadata(failures, store.count("cleaned_articles", ids)),
    )
