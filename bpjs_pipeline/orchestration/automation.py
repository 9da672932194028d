"""Unattended operation besides the sensor: the daily publish-and-check schedule, and the
freshness policy and check that tell when no article has been processed for too long."""
from __future__ import annotations

import time
from datetime import timedelta

import dagster as dg

from bpjs_pipeline.orchestration.assets import extracted_facts
from bpjs_pipeline.orchestration.warehouse_assets import GROUP as WAREHOUSE_GROUP
from bpjs_pipeline.settings import FRESHNESS_HOURS

FRESHNESS_ENV = FRESHNESS_HOURS.name
DEFAULT_FRESHNESS_HOURS = FRESHNESS_HOURS.default
DAILY_JOB_NAME = "daily_warehouse_checks_job"
DAILY_CRON = "0 6 * * *"
TIMEZONE = "Asia/Jakarta"


def freshness_window(value: str | None = None) -> timedelta:
    """The fail window of the freshness policy: BPJS_FRESHNESS_HOURS (hours, may be fractional,
    at least 1 minute), default 48."""
    return timedelta(hours=FRESHNESS_HOURS.read(text=value))


def freshness_policy(value: str | None = None) -> dg.FreshnessPolicy:
    """FAIL when `extracted_facts` (any article) has not materialized for the window, WARN after
    half of it (when half is at least a minute)."""
    fail = freshness_window(value)
    warn = fail / 2 if fail >= timedelta(minutes=2) else None
    return dg.FreshnessPolicy.time_window(fail_window=fail, warn_window=warn)


def with_freshness(assets: dg.AssetsDefinition, policy: dg.FreshnessPolicy) -> dg.AssetsDefinition:
    return assets.map_asset_specs(lambda spec: dg.apply_freshness_policy(spec, policy))


def now() -> float:
    """The clock of the freshness check (seconds since the epoch)."""
    return time.time()


@dg.asset_check(
    asset=extracted_facts,
    name="articles_fresh",
    blocking=False,
    description=(
        "An article was processed (any batch of extracted_facts materialized) within BPJS_FRESHNESS_HOURS "
        "(default 48). It depends on the time, not on the data, so the daily schedule evaluates it also "
        "when nothing changed. WARN: when the last article was processed, and how long ago, are in the metadata."
    ),
)
def articles_fresh(context) -> dg.AssetCheckResult:
    window = freshness_window()
    records = context.instance.fetch_materializations(extracted_facts.key, limit=1).records
    metadata: dict[str, object] = {"window_hours": dg.MetadataValue.float(window.total_seconds() / 3600)}
    if not records:
        metadata["last_processed"] = dg.MetadataValue.text("never")
        return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.WARN, metadata=metadata)
    last = records[0].timestamp
    age = max(0.0, now() - last)
    metadata["last_processed"] = dg.MetadataValue.timestamp(last)
    metadata["hours_since"] = dg.MetadataValue.float(round(age / 3600, 2))
    return dg.AssetCheckResult(passed=age <= window.total_seconds(), severity=dg.AssetCheckSeverity.WARN,
                               metadata=metadata)


daily_warehouse_checks_job = dg.define_asset_job(
    name=DAILY_JOB_NAME,
    selection=dg.AssetSelection.groups(WAREHOUSE_GROUP) | dg.AssetSelection.checks(articles_fresh),
    description=(
        "Publishes the warehouse when staging, the corrections file or the code changed since it was "
        "built, evaluating the warehouse's checks then (nothing is rebuilt or checked again otherwise), "
        "and evaluates the checks that depend on the time (articles_fresh) every day."
    ),
)

daily_warehouse_checks_schedule = dg.ScheduleDefinition(
    name="daily_warehouse_checks",
    job=daily_warehouse_checks_job,
    cron_schedule=DAILY_CRON,
    execution_timezone=TIMEZONE,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 06:00 Asia/Jakarta: publish the warehouse if anything changed (with its checks), "
                "and check that articles are still arriving.",
)
