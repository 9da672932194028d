"""Unattended operation besides the sensor: the daily rebuild-and-check schedule and the
freshness policy that tells when no article has been processed for too long."""
from __future__ import annotations

from datetime import timedelta

import dagster as dg

from bpjs_pipeline.orchestration.assets import cleaned_articles, extracted_facts, raw_articles
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


daily_warehouse_checks_job = dg.define_asset_job(
    name=DAILY_JOB_NAME,
    selection=(
        dg.AssetSelection.groups(WAREHOUSE_GROUP)
        | dg.AssetSelection.checks_for_assets(raw_articles, cleaned_articles, extracted_facts)
    ),
    description=(
        "Rebuilds the published warehouse (tables and views) from staging and evaluates every "
        "asset check: the warehouse's own and those of the per-article assets over all articles."
    ),
)

daily_warehouse_checks_schedule = dg.ScheduleDefinition(
    name="daily_warehouse_checks",
    job=daily_warehouse_checks_job,
    cron_schedule=DAILY_CRON,
    execution_timezone=TIMEZONE,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 06:00 Asia/Jakarta: rebuild the warehouse and run every check.",
)
