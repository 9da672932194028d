"""The per-article assets: raw_articles -> cleaned_articles -> extracted_facts.

All three are partitioned by delivered batch (`batches`, see `partitions.py`) with a
single-run backfill policy: a run over several batches handles all their articles as one
batch of work, on every core (`bpjs_pipeline.batch.map_articles`), and a batch of one new
file costs one article's work. The articles of each batch are in the staging store
(`batch_members`); a run processes every article of its batches, or the files the
`article_selection` resource names. Results live in the staging store; nothing passes
through an IO manager. Each batch's materialization lists its articles (`batch_metadata.py`).
"""

import errno
from dataclasses import replace

import dagster as dg
import pandas as pd

from bpjs_pipeline.batch import article_engine, clean_page, extract_one, map_articles
from bpjs_pipeline.cluster import ClusterUnavailable
from bpjs_pipeline.faults import pause_point

from bpjs_pipeline.ingest import ArticleDecodeError, partition_key_for, read_article
from bpjs_pipeline.ingest.addresses import addresses_near
from bpjs_pipeline.ingest.read import max_article_bytes
from bpjs_pipeline.ingest.discover import is_plain_article_id, seed_file_for_key
from bpjs_pipeline.ingest.guard import is_unreadable, refuse_momentary_view
from bpjs_pipeline.model import RawArticle
from bpjs_pipeline.model import TABLES
from bpjs_pipeline.orchestration.batch_metadata import record_batches
from bpjs_pipeline.orchestration.partitions import batches_partitions
from bpjs_pipeline.orchestration.resources import ArticleSelection, PipelinePaths, StagingDuckDB
from bpjs_pipeline.report.previews import facts_preview
from bpjs_pipeline.settings import RETRY_SECONDS, SettingError
from bpjs_pipeline.validate import (
    FAILURE_COLUMNS,
    ArticlesSchema,
    FactsSchema,
    articles_frame,
    facts_frame,
    split_valid,
)
from bpjs_pipeline.warehouse import QuarantinedFile, StagingStore

GROUP = "articles"
OWNERS = ["team:data-desk"]  # who answers for the figures (shown on every asset's page)
single_run = dg.BackfillPolicy.single_run()


# Per-article problems never fail a step (they become quarantine rows or
# rejects), so a step that fails met something transient, typically a DuckDB
# file locked by another process for longer than BPJS_LOCK_WAIT_SECONDS:
# Dagster runs the step again after 2 s, 4 s, 8 s (±jitter; the first wait is
# BPJS_RETRY_SECONDS).
def _transient_retry() -> dg.RetryPolicy:
    try:
        delay = RETRY_SECONDS.read()
    except SettingError:  # every command refuses the value before anything runs (check_settings)
        delay = RETRY_SECONDS.default
    return dg.RetryPolicy(max_retries=3, delay=delay, backoff=dg.Backoff.EXPONENTIAL,
                          jitter=dg.Jitter.PLUS_MINUS)


TRANSIENT_RETRY = _transient_retry()


def per_article_asset(**kwargs):
    """`dg.asset` for one partition per delivered batch of seed files, run as one batch of work
    in a backfill, retried on transient errors."""
    return dg.asset(partitions_def=batches_partitions, backfill_policy=single_run, group_name=GROUP,
                    retry_policy=TRANSIENT_RETRY, owners=OWNERS, tags={"layer": "staging"}, **kwargs)


def run_articles(batches: list[str], store: StagingStore, selection: ArticleSelection | None,
                 log=None, *, take_in: bool = False) -> list[str]:
    """The article ids a run over `batches` processes: every article of those batches, or the
    files `selection` names. With `take_in` (raw_articles), a named file outside the run's
    batches joins the last of them; otherwise it is left out, with a warning."""
    files = list(selection.files) if selection is not None else []
    if not files:
        members = store.batch_members(batches)
        return [a for batch in batches for a in members.get(batch, [])]
    named: list[str] = []
    for name in files:
        article_id = name[:-4] if name.endswith(".txt") else name
        if not is_plain_article_id(article_id):
            if log is not None:
                log.warning(f"{name!r} does not name a file in the seeds folder: not processed")
            continue
        if article_id not in named:
            named.append(article_id)
    batch_of = store.batch_of()
    outside = [a for a in named if batch_of.get(a) not in batches]
    if outside and take_in and batches:
        store.assign_batches({batches[-1]: outside})
        batch_of.update({a: batches[-1] for a in outside})
    elif outside and log is not None:
        log.warning(f"not in this run's batches, not processed: {', '.join(f + '.txt' for f in outside)}")
    return [a for a in named if batch_of.get(a) in batches]


@per_article_asset(
    kinds={"python", "duckdb"},
    description=(
        "Each seed file of the batch decoded (UTF-8, or a sure UTF-16/UTF-32/Windows-1252 reading; "
        "mojibake repaired) with its sha256 and size, and its web address when the folder's "
        "`manifest.jsonl` gives one (used for a date the page does not print), in the staging table "
        "`raw_articles`. Files that "
        "cannot surely be decoded, are too large, look binary or HTML, or vanished go to the staging "
        "table `quarantine` with the reason. Each batch's materialization lists its files (`articles`, "
        "and with encoding, size and problem `articles_detail`)."
    ),
)
def raw_articles(context: dg.AssetExecutionContext, paths: PipelinePaths, staging_duckdb: StagingDuckDB,
                 article_selection: ArticleSelection) -> dg.MaterializeResult:
    store = staging_duckdb.store()
    with store.session():
        ids = run_articles(list(context.partition_keys), store, article_selection, context.log, take_in=True)
    loaded: list[tuple[str, RawArticle]] = []
    quarantined: list[QuarantinedFile] = []
    missing: list[str] = []
    _check_article_engine(context, len(ids))
    pause_point("raw_articles:before_read")
    limit = max_article_bytes()  # a bad setting fails the step, never each file
    addresses = addresses_near(paths.seeds_path)  # web addresses from the folder's manifest.jsonl
    for article_id in ids:
        key = partition_key_for(article_id)
        try:
            seed = seed_file_for_key(paths.seeds_path, key)
        except ValueError as exc:  # a name that is no file of the folder: never read
            context.log.warning(str(exc))
            continue
        try:
            loaded.append((key, replace(read_article(seed.path, limit), url=addresses.get(seed.article_id))))
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
    refuse_momentary_view(len(ids), [(q.file, q.reason) for q in quarantined if is_unreadable(q.reason)])
    if missing:
        context.log.warning(f"{len(missing)} file(s) of the batch do not exist any more: {missing[:10]}")
    with store.session():
        store.replace_raw(ids, loaded, quarantined)
        return record_batches(context, store, ids, store.columns("raw_articles"),
                              totals={"read": len(loaded), "quarantined": len(quarantined), "missing_files": len(missing)})


@per_article_asset(
    kinds={"python", "duckdb", "pandera"},
    deps=[raw_articles],
    description=(
        "The article body without page furniture, with its title, publisher and publication date "
        "(`clean_article`), in the staging table `cleaned_articles`. Rows are checked against "
        "`ArticlesSchema`; failures and exceptions go to the staging table `rejects`. Each batch's "
        "materialization lists its articles (`articles`), with their title, publisher and date "
        "(`articles_detail`)."
    ),
)
def cleaned_articles(context: dg.AssetExecutionContext, staging_duckdb: StagingDuckDB,
                     article_selection: ArticleSelection) -> dg.MaterializeResult:
    store = staging_duckdb.store()
    with store.session():
        ids = run_articles(list(context.partition_keys), store, article_selection, context.log)
        pages = store.raw_pages(ids)
    cleaned, errors = _each_article(context, "clean_article", pages, clean_page)
    records = [{**c.to_record(), "body_chars": len(c.body)} for c in cleaned]
    _, failures = split_valid(ArticlesSchema, articles_frame(records))
    rejects = _with_exceptions(failures, errors)
    # Rows failing the article schema are kept (the body is still needed for
    # extraction); the `articles_schema_valid` check warns about them.
    with store.session():
        store.replace_cleaned(ids, cleaned, rejects)
        return record_batches(context, store, ids, store.columns("cleaned_articles"),
                              totals={"cleaned": len(cleaned), "rejected_checks": len(rejects),
                                      "without_published_on": sum(c.published_on is None for c in cleaned)})


@per_article_asset(
    kinds={"python", "duckdb", "pandera"},
    deps=[cleaned_articles],
    description=(
        "Facts about BPJS Ketenagakerjaan found in each cleaned article (`extract_facts`), validated "
        "with `FactsSchema`: valid rows go to the staging table `facts`, failure cases to `rejects` "
        "(shown by the check `facts_schema_valid`). Each batch's materialization lists its articles "
        "(`articles`), with their facts per table (`articles_detail`), and the facts of the articles the "
        "run processed (`facts`)."
    ),
)
def extracted_facts(context: dg.AssetExecutionContext, staging_duckdb: StagingDuckDB,
                    article_selection: ArticleSelection) -> dg.MaterializeResult:
    store = staging_duckdb.store()
    with store.session():
        ids = run_articles(list(context.partition_keys), store, article_selection, context.log)
        articles = store.cleaned_articles(ids)
    per_article, errors = _each_article(context, "extract_facts", ((a.article_id, a) for a in articles),
                                        extract_one)
    records = [record for facts in per_article for record in facts]
    valid, failures = split_valid(FactsSchema, facts_frame(records))
    rejects = _with_exceptions(failures, errors)
    pause_point("extracted_facts:after_extract")
    per_table = valid["table"].value_counts().to_dict() if len(valid) else {}
    # each fact as a person reads it: its key, the value, how sure the reader is, where it starts
    # and the clause around it
    ordered = (valid.sort_values(["article_id", "value_start", "table", "metric"], kind="stable")
               if len(valid) else valid).reset_index(drop=True)
    preview = facts_preview(ordered)
    shown = pd.DataFrame({"article_id": ordered["article_id"], "figure": preview["figure"],
                          "value": ordered["value"], "unit": ordered["unit"],
                          "confidence": ordered["confidence"], "at": preview["at"], "said": preview["said"]})
    with store.session():
        store.replace_facts(ids, valid, rejects)
        return record_batches(
            context, store, ids, store.columns("facts"), facts=shown,
            totals={"facts": len(valid), "refused_facts": len(records) - len(valid), "failure_cases": len(rejects),
                    **{f"facts_{table}": int(per_table.get(table, 0)) for table in TABLES}},
        )


def _check_article_engine(context: dg.AssetExecutionContext, count: int) -> None:
    """Before anything is read or staged: `count` articles meant for a Dask cluster that does not
    answer fail the run at once (not retried), with the reason."""
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
