"""Dagster wiring: partitions, resources, assets, checks, sensor, job and definitions."""
import warnings

import dagster as _dg

# BackfillPolicy is marked beta in Dagster 1.13; the pinned version is what the tests exercise.
warnings.filterwarnings("ignore", message=r"Parameter `backfill_policy`", category=_dg.BetaWarning)
