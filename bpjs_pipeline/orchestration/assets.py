"""The per-article assets: raw_articles -> cleaned_articles -> extracted_facts.

All three are partitioned by `articles` (one partition per seed file) with a
single-run backfill policy: a backfill of many partitions is one run in
which each asset handles `context.partition_keys` as one batch, and one new
partition costs one article's work. Results live in the staging DuckDB
store; nothing passes through an IO manager.
"""

import errno

import dagster as dg
import pandas as pd

from bpjs_pipeline.batch import article_engine, clean_one, extract_one, map_articles
from bpjs_pipeline.cluster import ClusterUnavailable
from bpjs_pipeline.faults import pause_point

from bpjs_pipeline.ingest import ArticleDecodeError, read_article
from bpjs_pipeline.ingest.read import max_article_bytes
from bpjs_pipeline.ingest.discover import seed_file_for_key
from bpjs_pipeline.ingest.guard import is_unreadable, refuse_momentary_view
from bpjs_pipeline.model import RawArticle
from bpjs_pipeline.model import TABLES
from bpjs_pipeline.orchestration.partition_metadata import materialize_per_partition, text_or_none
from bpjs_pipeline.orchestration.partitions import article_ids_for, articles_partitions
from bpjs_pipeline.orchestration.resources import PipelinePaths, StagingDuckDB
from bpjs_pipeline.report.previews import facts_preview
from bpjs_pipeline.validate import (
    FAILURE_COLUMNS,
    ArticlesSchema,
    FactsSchema,
    articles_frame,
    facts_frame,
    split_valid,
)
from bpjs_pipeline.warehouse import QuarantinedFile

GROUP = "articles"
OWNERS = ["team:data-desk"]  # who answers for the figures (shown on every asset's page)
single_run = dg.BackfillPolicy.single_run()
# Per-article problems never fail a step (they become quarantine rows or
# rejects), so a step that fails met something transient, typically a DuckDB
# file locked by another process for longer than BPJS_LOCK_WAIT_SECONDS:
# Dagster runs the step again after 2 s, 4 s, 8 s (±jitter).
TRANSIENT_RETRY = dg.RetryPolicy(
    max_retries=3, delay=2, backoff=dg.Backoff.EXPONENTIAL, jitter=dg.Jitter.PLUS_MINUS
)


def per_article_asset(**kwargs):
    """`dg.asset` for one partition per seed file, run as one batch in a backfill, retried on
    transient errors."""
    return dg.asset(partitions_def=articles_partitions, backfill_policy=single_run, group_name=GROUP,
                    retry_policy=TRANSIENT_RETRY, owners=OWNERS, tags={"layer": "staging"}, **kwargs)


@per_article_asset(
    kinds={"python", "duckdb"},
    description=(
        "Each seed file decoded (UTF-8, or a sure UTF-16/UTF-32/Windows-1252 reading; mojibake "
        "repaired) with its sha256 and size, in the staging table `raw_articles`. Files that cannot "
        "surely be decoded, are too large, look binary or HTML, or vanished go to the staging table "
        "`quarantine` with the reason."
    ),
)
def raw_articles(context: dg.AssetExecutionContext, paths: PipelinePaths, staging_duckdb: StagingDuckDB) -> dg.MaterializeResult:
    keys: list[str] = []
    loaded: list[tuple[str, RawArticle]] = []
    quarantined: list[QuarantinedFile] = []
    missing: list[str] = []
    _check_article_engine(context)
    pause_point("raw_articles:before_read")
    limit = max_article_bytes()  # a bad setting fails the step, never each file
    for key in context.partition_keys:
        try:
            seed = seed_file_for_key(paths.seeds_path, key)
        except ValueError as exc:  # a hand-made key naming no file in the folder: never read
            context.log.warning(str(exc))
            continue
        keys.append(key)
        try:
            loaded.append((key, read_article(seed.path, limit)))
        except ArticleDecodeError as exc:
            quarantined.append(QuarantinedFile(seed.article_id, key, seed.file_name, exc.sha256, exc.reason))
        except FileNotFoundError:
            missing.append(seed.article_id)
            quarantined.append(QuarantinedFile(
                seed.article_id, key, seed.file_name, None,
                "file no longer exists (deleted after the run listed it)",
            ))
        except OSError as exc:
            reason = "symbolic link (never followed)" if exc.errno == errno.ELOOP else (
                f"cannot read: {exc.strerror or exc}")
            quarantined.append(QuarantinedFile(seed.article_id, key, seed.file_name, None, reason))
        except Exception as exc:  # one odd file must not fail the batch
            quarantined.append(QuarantinedFile(
                seed.article_id, key, seed.file_name, None, f"cannot read: {type(exc).__name__}: {exc}"
            ))
    for q in quarantined:
        context.log.warning(f"quarantined {q.file}: {q.reason}")
    # Most files unreadable is a momentary view of the folder: fail before writing anything.
    refuse_momentary_view(len(keys), [(q.file, q.reason) for q in quarantined if is_unreadable(q.reason)])
    if missing:
        context.log.warning(f"{len(missing)} partition(s) have no file any more: {missing[:10]}")
    store = staging_duckdb.store()
    store.replace_raw(article_ids_for(keys), loaded, quarantined)
    rows = pd.DataFrame(
        [{"article_id": a.article_id, "file_name": a.file_name, "size_bytes": a.size_bytes,
          "sha256": a.sha256[:16], "encoding": a.encoding} for _, a in loaded],
        columns=["article_id", "file_name", "size_bytes", "sha256", "encoding"],
    )
    reasons = {q.article_id: q.reason for q in quarantined}
    return materialize_per_partition(
        context, rows, store.columns("raw_articles"),
        details=lambda article_id, _: {"quarantined": dg.MetadataValue.text(reasons.get(article_id, ""))},
        totals={"quarantined": len(quarantined), "missing_files": len(missing)},
        table_rows=store.count("raw_articles"),
    )


@per_article_asset(
    kinds={"python", "duckdb", "pandera"},
    deps=[raw_articles],
    description=(
        "The article body without page furniture, with its title, publisher and publication date "
        "(`clean_article`), in the staging table `cleaned_articles`. Rows are checked against "
        "`ArticlesSchema`; failures and exceptions go to the staging table `rejects`."
    ),
)
def cleaned_articles(context: dg.AssetExecutionContext, staging_duckdb: StagingDuckDB) -> dg.MaterializeResult:
    ids = article_ids_for(list(context.partition_keys))
    store = staging_duckdb.store()
    cleaned, errors = _each_article(context, "clean_article", store.raw_texts(ids), clean_one)
    records = [{**c.to_record(), "body_chars": len(c.body)} for c in cleaned]
    _, failures = split_valid(ArticlesSchema, articles_frame(records))
    rejects = _with_exceptions(failures, errors)
    # Rows failing the article schema are kept (the body is still needed for
    # extraction); the `articles_schema_valid` check warns about them.
    store.replace_cleaned(ids, cleaned, rejects)
    rows = pd.DataFrame(records, columns=["article_id", "title", "publisher", "published_on", "body_chars"])
    rejected = rejects["article_id"].value_counts().to_dict() if len(rejects) else {}
    return materialize_per_partition(
        context, rows, store.columns("cleaned_articles"),
        details=lambda article_id, frame: {
            **_article_details(frame), "rejected_checks": dg.MetadataValue.int(int(rejected.get(article_id, 0)))},
        totals={"rejected_checks": len(rejects),
                "without_published_on": sum(c.published_on is None for c in cleaned)},
        table_rows=store.count("cleaned_articles"),
    )


def _article_details(frame: pd.DataFrame) -> dict[str, object]:
    """Title, publisher and publication date of the article of a partition (empty when unknown)."""
    first = frame.iloc[0] if len(frame) else {}
    return {name: text_or_none(first.get(name) if len(frame) else None)
            for name in ("title", "publisher", "published_on")}


@per_article_asset(
    kinds={"python", "duckdb", "pandera"},
    deps=[cleaned_articles],
    description=(
        "Facts about BPJS Ketenagakerjaan found in each cleaned article (`extract_facts`), validated "
        "with `FactsSchema`: valid rows go to the staging table `facts`, failure cases to `rejects` "
        "(shown by the check `facts_schema_valid`, which warns: a refused fact is not published, the "
        "article's other facts are). Row count: the whole staged table's (`table_rows`); each "
        "partition records its own (`partition_rows`) and a preview of its facts."
    ),
)
def extracted_facts(context: dg.AssetExecutionContext, staging_duckdb: StagingDuckDB) -> dg.MaterializeResult:
    ids = article_ids_for(list(context.partition_keys))
    store = staging_duckdb.store()
    headers: dict[str, dict] = {}

    def articles():
        for article in store.cleaned_articles(ids):
            headers[article.article_id] = {"article_id": article.article_id, "title": article.title,
                                           "publisher": article.publisher, "published_on": article.published_on}
            yield article.article_id, article

    per_article, errors = _each_article(context, "extract_facts", articles(), extract_one)
    records = [record for facts in per_article for record in facts]
    valid, failures = split_valid(FactsSchema, facts_frame(records))
    rejects = _with_exceptions(failures, errors)
    pause_point("extracted_facts:after_extract")
    store.replace_facts(ids, valid, rejects)
    per_table = valid["table"].value_counts().to_dict() if len(valid) else {}
    facts_rejected = rejects["article_id"].value_counts().to_dict() if len(rejects) else {}

    def details(article_id: str, frame: pd.DataFrame) -> dict[str, object]:
        counts = frame["table"].value_counts().to_dict() if len(frame) else {}
        return {
            **_article_details(pd.DataFrame([headers[article_id]]) if article_id in headers else frame),
            **{f"facts_{table}": dg.MetadataValue.int(int(counts.get(table, 0))) for table in TABLES},
            "failure_cases": dg.MetadataValue.int(int(facts_rejected.get(article_id, 0))),
        }

    return materialize_per_partition(
        context, valid, store.columns("facts"), sort_by=("table", "metric", "segment", "year", "value_start"),
        shape=facts_preview,
        details=details,
        totals={"rejected_facts": len(records) - len(valid), "failure_cases": len(rejects),
                **{f"facts_{table}": int(per_table.get(table, 0)) for table in TABLES}},
        table_rows=store.count("facts"),
    )


def _check_article_engine(context: dg.AssetExecutionContext) -> None:
    """Before anything is read or staged: a batch meant for a Dask cluster that does not answer
    fails the run at once (not retried), with the reason."""
    count = len(context.partition_keys)
    try:
        where = article_engine(count)
    except ClusterUnavailable as exc:
        raise dg.Failure(description=f"{exc}; nothing was read or staged", allow_retries=False) from None
    context.log.info(f"cleaning and extraction of {count} article(s): {where}")


def _each_article(context: dg.AssetExecutionContext, name: str, items, work) -> tuple[list, list[dict]]:
    """`work(article_id, item)` for every (article_id, item), on every core for a large batch
    (`bpjs_pipeline.batch.map_articles`); an exception fails only its own article: it becomes
    a reject (and so a quarantine row), and the batch goes on."""
    results: list = []
    errors: list[dict] = []
    for article_id, ok, outcome in map_articles(work, items):
        if ok:
            results.append(outcome)
        else:
            context.log.error(f"{name} failed for {article_id}: {outcome}")
            errors.append(_exception_reject(article_id, outcome))
    return results, errors


def _with_exceptions(failures: pd.DataFrame, errors: list[dict]) -> pd.DataFrame:
    """Schema failure cases and the articles whose step raised, as one frame of rejects."""
    return pd.concat([failures, pd.DataFrame(errors, columns=list(FAILURE_COLUMNS))], ignore_index=True)


def _exception_reject(article_id: str, error: str) -> dict:
    return {
        "row_index": None,
        "article_id": article_id,
        "column": None,
        "check": "exception",
        "failure_case": error,
        "schema_context": "python",
    }
