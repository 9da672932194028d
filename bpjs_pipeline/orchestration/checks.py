"""Asset checks (thin wrappers; the logic is in `bpjs_pipeline.checks` and `bpjs_pipeline.validate`).

Each check's metadata explains a failure: `failure_cases` (a count), `articles` (the articles
involved), `failure_cases_preview` (a narrow table of the first cases, each figure with the
clause around it; `bpjs_pipeline/report/previews.py`) and `failure_cases_sentences` (their whole
sentences).
"""
from contextlib import contextmanager

import dagster as dg
import duckdb
import pandas as pd

from bpjs_pipeline.checks import (
    Finding,
    articles_without_facts,
    extraction_regressions,
    implausible_changes,
    implausible_values,
    load_ranges,
    source_conflicts,
)
from bpjs_pipeline.checks.corrections import unusable_corrections
from bpjs_pipeline.checks.plausibility import BY_YEAR_VIEWS, FACT_TABLES
from bpjs_pipeline.checks.schema import validate_relation
from bpjs_pipeline.validate.warehouse_schemas import WAREHOUSE_MODELS
from bpjs_pipeline.warehouse import open_read_only

from bpjs_pipeline.orchestration.assets import cleaned_articles, extracted_facts, run_articles
from bpjs_pipeline.orchestration.metadata import table_preview, text_table
from bpjs_pipeline.report.previews import failure_preview
from bpjs_pipeline.orchestration.resources import ArticleSelection, PipelinePaths, StagingDuckDB
from bpjs_pipeline.orchestration.warehouse_assets import KEY_PREFIX as WAREHOUSE_PREFIX
from bpjs_pipeline.warehouse.publish import CHECKED_TABLE

FAILURE_PREVIEW_ROWS = 25
# How failure cases are sorted in the preview (the columns a frame has, in this order).
FAILURE_SORT = ("relation", "line", "fact_table", "metric", "segment", "program", "year", "earlier_year",
                "article_id", "article_a", "article_b", "row_index", "column", "check")


def _articles_md(articles: list[str]) -> dg.MetadataValue:
    return dg.MetadataValue.md("\n".join(f"- `{a}`" for a in articles) if articles else "_none_")


def _batch_article_ids(context: dg.AssetCheckExecutionContext, store, selection: ArticleSelection
                       ) -> list[str] | None:
    """The articles this run processed (of its batches, or those the selection names), or None
    (= all staged articles) in an unpartitioned run."""
    op_context = context.op_execution_context
    if op_context.has_partitions:
        return run_articles(list(op_context.partition_keys), store, selection)
    return None


def failure_tables(check: str, failures: pd.DataFrame) -> dict[str, object]:
    """`failure_cases_preview`: the first failure cases (sorted) as a narrow table that fits the
    check's page; `failure_cases_sentences`: their whole sentences, numbered like the rows."""
    keys = [c for c in FAILURE_SORT if c in failures.columns]
    first = failures.sort_values(keys, kind="stable", na_position="first") if keys and len(failures) else failures
    table, sentences = failure_preview(check, first.head(FAILURE_PREVIEW_ROWS))
    metadata: dict[str, object] = {"failure_cases_preview": text_table(table)}
    if sentences:
        metadata["failure_cases_sentences"] = dg.MetadataValue.md(sentences)
    if len(failures) > FAILURE_PREVIEW_ROWS:
        metadata["failure_cases_note"] = dg.MetadataValue.text(
            f"the first {FAILURE_PREVIEW_ROWS} of {len(failures)} failure cases")
    return metadata


def _failure_metadata(check: str, failures: pd.DataFrame, checked: int) -> dict[str, object]:
    shown = failures.drop(columns=["recorded_at"], errors="ignore")
    return {
        "checked_rows": dg.MetadataValue.int(int(checked)),
        "failure_cases": dg.MetadataValue.int(len(failures)),
        "articles_with_failures": dg.MetadataValue.int(
            int(failures["article_id"].nunique()) if len(failures) else 0
        ),
        "articles": _articles_md(sorted(failures["article_id"].dropna().astype(str).unique()) if len(failures) else []),
        **failure_tables(check, shown),
    }


@dg.asset_check(
    asset=extracted_facts,
    blocking=False,
    description=(
        "Every extracted fact of the run's articles satisfies FactsSchema, as validated when the asset "
        "ran (each frame is validated once; an article whose extraction raised is quarantined instead "
        "and shown by no_quarantined_files). "
        "WARN: a refused fact is a row of the staging table `rejects` (article, column, check, "
        "value) and is not published; the article's other facts and the other articles are."
    ),
)
def facts_schema_valid(context: dg.AssetCheckExecutionContext, staging_duckdb: StagingDuckDB,
                       article_selection: ArticleSelection) -> dg.AssetCheckResult:
    store = staging_duckdb.store()
    with store.session():
        ids = _batch_article_ids(context, store, article_selection)
        rejects = store.rejects("extracted_facts", ids)
        staged = store.count("facts", ids)
    # an article whose extraction raised is quarantined (the warning check
    # no_quarantined_files shows it); it must not hold back the other articles
    failures = rejects[rejects["check_name"] != "exception"].rename(
        columns={"column_name": "column", "check_name": "check"})
    return dg.AssetCheckResult(
        passed=failures.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata=_failure_metadata("facts_schema_valid", failures, staged + len(failures)),
    )


@dg.asset_check(
    asset=cleaned_articles,
    blocking=False,
    description=(
        "Every cleaned article of the run satisfies ArticlesSchema (a title that is not blank, a "
        "publication date within MIN_YEAR-MAX_YEAR of bpjs_pipeline/model.py (1977-2100), a non-empty body) "
        "and cleaning raised no exception. "
        "WARN: an article whose publication date is outside the valid years is not published (it "
        "is listed in `quarantine` with the reason); the others are."
    ),
)
def articles_schema_valid(context: dg.AssetCheckExecutionContext, staging_duckdb: StagingDuckDB,
                          article_selection: ArticleSelection) -> dg.AssetCheckResult:
    store = staging_duckdb.store()
    with store.session():
        ids = _batch_article_ids(context, store, article_selection)
        failures = store.rejects("cleaned_articles", ids).rename(
            columns={"column_name": "column", "check_name": "check"}
        )
        checked = store.count("cleaned_articles", ids)
    return dg.AssetCheckResult(
        passed=failures.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata=_failure_metadata("articles_schema_valid", failures, checked),
    )


# -- checks over the published warehouse and the extraction history ---------------------------
# The logic is in bpjs_pipeline.checks (plain functions over DuckDB); these wrappers only open
# the right file and turn a Finding into a check result with metadata that explains a failure.


def _result(check: str, finding: Finding, severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.WARN,
            failure_cases: int | None = None, **target: object) -> dg.AssetCheckResult:
    """The check result of a Finding; `target` names the asset and check in a multi-asset check."""
    return dg.AssetCheckResult(passed=finding.passed, severity=severity,
                               metadata=_finding_metadata(check, finding, failure_cases), **target)


def _finding_metadata(check: str, finding: Finding, failure_cases: int | None = None) -> dict:
    metadata: dict[str, object] = {
        "failure_cases": dg.MetadataValue.int(finding.failure_cases if failure_cases is None else failure_cases),
        "articles": _articles_md(finding.articles),
        **failure_tables(check, finding.rows),
    }
    metadata.update({k: dg.MetadataValue.int(int(v)) for k, v in finding.counts.items()})
    metadata.update({k: dg.MetadataValue.text(v) for k, v in finding.notes.items()})
    return metadata


@contextmanager
def _warehouse(paths: PipelinePaths):
    con = open_read_only(paths.warehouse_path)
    try:
        yield con
    finally:
        con.close()


def _key(name: str) -> dg.AssetKey:
    return dg.AssetKey([WAREHOUSE_PREFIX, name])


@dg.multi_asset_check(
    name="warehouse_schema_valid",
    specs=[
        dg.AssetCheckSpec(
            "schema_valid", asset=_key(relation), blocking=True,
            description=f"Every row of `{relation}` passes the pandera model {model.__name__} "
                        "(bpjs_pipeline/validate/warehouse_schemas.py), validated once, when the rows were "
                        "written (a publish validates the rows it writes before the file replaces the "
                        "published one). ERROR: failure cases in the metadata.",
        )
        for relation, model in WAREHOUSE_MODELS.items()
    ],
    can_subset=True,
    description="Every published table and view against its pandera model: the validation of the publish "
                "that wrote the file (each row validated once), or a validation of every row when the "
                "file carries no such record.",
)
def warehouse_schema_valid(context: dg.AssetCheckExecutionContext, paths: PipelinePaths):
    selected = {key.asset_key.path[-1] for key in context.selected_asset_check_keys}
    with _warehouse(paths) as con:
        try:
            recorded = {relation: (model, validated, rows, mode) for relation, model, validated, rows, mode in
                        con.execute(f"SELECT relation, model, validated_rows, row_count, mode FROM {CHECKED_TABLE}"
                                    ).fetchall()}
        except duckdb.Error:  # a file without the publish's record: validate every row now
            recorded = {}
        for relation in WAREHOUSE_MODELS:
            if relation not in selected:
                continue
            if relation in recorded:
                model, validated, rows, mode = recorded[relation]
                yield dg.AssetCheckResult(
                    passed=True, severity=dg.AssetCheckSeverity.ERROR, asset_key=_key(relation),
                    check_name="schema_valid",
                    metadata={"failure_cases": dg.MetadataValue.int(0),
                              "rows": dg.MetadataValue.int(int(rows)),
                              "checked_rows": dg.MetadataValue.int(int(validated)),
                              "model": dg.MetadataValue.text(model),
                              "validated_by": dg.MetadataValue.text(
                                  f"the {mode} publish that wrote this file, before it replaced the published "
                                  "one (a failure publishes nothing)")})
            else:
                yield _result("schema_valid", validate_relation(con, relation), dg.AssetCheckSeverity.ERROR,
                              asset_key=_key(relation), check_name="schema_valid")


@dg.asset_check(
    asset=_key("conflicts"),
    name="sources_agree",
    blocking=False,
    description=(
        "No two articles give the same table, metric, segment, program and year more than 2 % apart "
        "(|a - b| / min(a, b) > 0.02). WARN: the pairs of the `conflicts` view are in the metadata: "
        "the first 25 as a table (both figures, outlets, articles and the clause around each figure), "
        "their whole sentences in `failure_cases_sentences`."
    ),
)
def sources_agree(paths: PipelinePaths) -> dg.AssetCheckResult:
    with _warehouse(paths) as con:
        return _result("sources_agree", source_conflicts(con))


@dg.multi_asset_check(
    name="plausible",
    specs=[
        *[
            dg.AssetCheckSpec(
                "plausible_values", asset=_key(table),
                description=f"Every figure of `{table}` lies inside its metric's range "
                            "(bpjs_pipeline/checks/plausible_ranges.toml). WARN: the facts outside, "
                            "with article and sentence, are in the metadata.",
            )
            for table in FACT_TABLES
        ],
        *[
            dg.AssetCheckSpec(
                "plausible_year_on_year", asset=_key(view),
                description=f"Each series (metric, segment, program) of `{view}` changes from one year "
                            "present to the next by an annual rate inside the [change] band of "
                            "plausible_ranges.toml. WARN: the steps outside, with both values' "
                            "articles and sentences, are in the metadata.",
            )
            for view in BY_YEAR_VIEWS
        ],
    ],
    can_subset=True,
    description="Figures inside their metric's plausible range; year-on-year changes inside the band.",
)
def plausible(context: dg.AssetCheckExecutionContext, paths: PipelinePaths):
    ranges = load_ranges()
    selected = {(k.asset_key.path[-1], k.name) for k in context.selected_asset_check_keys}
    with _warehouse(paths) as con:
        for table in FACT_TABLES:
            if (table, "plausible_values") in selected:
                yield _result("plausible_values", implausible_values(con, table, ranges),
                              asset_key=_key(table), check_name="plausible_values")
        for view in BY_YEAR_VIEWS:
            if (view, "plausible_year_on_year") in selected:
                yield _result("plausible_year_on_year", implausible_changes(con, view, ranges),
                              asset_key=_key(view), check_name="plausible_year_on_year")


@dg.asset_check(
    asset=_key("articles"),
    name="every_article_has_facts",
    blocking=False,
    description=(
        "Every published article yielded at least one fact. WARN: the articles with none (file, "
        "title, publisher, date) are in the metadata; quarantined files are not articles."
    ),
)
def every_article_has_facts(paths: PipelinePaths) -> dg.AssetCheckResult:
    with _warehouse(paths) as con:
        return _result("every_article_has_facts", articles_without_facts(con))


@dg.asset_check(
    asset=extracted_facts,
    name="no_extraction_regression",
    blocking=False,
    description=(
        "For the run's articles whose text (sha256) is the same as at the previous extraction, the "
        "facts are the same: none lost, none changed. WARN: the lost, changed and new facts with "
        "their article and sentence are in the metadata (new facts alone do not fail)."
    ),
)
def no_extraction_regression(context: dg.AssetCheckExecutionContext, staging_duckdb: StagingDuckDB,
                             article_selection: ArticleSelection) -> dg.AssetCheckResult:
    store = staging_duckdb.store()
    with store.session():
        ids = _batch_article_ids(context, store, article_selection)
        with store.connection(read_only=True) as con:
            finding = extraction_regressions(con, ids)
    regressions = int(finding.counts["lost_facts"] + finding.counts["changed_facts"])
    return _result("no_extraction_regression", finding, failure_cases=regressions)


@dg.asset_check(
    asset=_key("corrections"),
    name="corrections_apply",
    blocking=False,
    description=(
        "Every row of the corrections file is valid and matches an extracted figure. WARN: the rows "
        "that are invalid (with the reason) or match no figure any more (the article changed, or a "
        "typo in the value) are in the metadata; they change nothing."
    ),
)
def corrections_apply(paths: PipelinePaths) -> dg.AssetCheckResult:
    with _warehouse(paths) as con:
        return _result("corrections_apply", unusable_corrections(con))


ALL_CHECKS = [
    facts_schema_valid,
    articles_schema_valid,
    no_extraction_regression,
    warehouse_schema_valid,
    sources_agree,
    plausible,
    every_article_has_facts,
    corrections_apply,
]
