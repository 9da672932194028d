"""Runs started from the command line that the Dagster UI treats as its own.

A run made with `JobDefinition.execute_in_process` has no code-location
origin: the UI lists it but cannot re-execute it, and leaves it out of the
Overview timeline. Here the run is created the way the UI creates one: the job
is loaded from the code location `dagster dev -m bpjs_pipeline.orchestration.definitions`
serves (same module, so the same location name), the run records that
location's job origin, and it then executes in this process (`execute_run`
with the reconstructable job). The seeds folder and warehouse go into the
run's resource config, so a re-execution from the UI uses the same paths.
"""
from __future__ import annotations

import os
import sys
import warnings
from contextlib import contextmanager
from typing import Any, Iterator, Mapping, Sequence

import dagster as dg
from dagster._core.definitions.selector import JobSubsetSelector
from dagster._core.execution.api import execute_run
from dagster._core.remote_origin import InProcessCodeLocationOrigin
from dagster._core.types.loadable_target_origin import LoadableTargetOrigin
from dagster._utils.hosted_user_process import recon_job_from_origin

from bpjs_pipeline.orchestration.resources import PipelinePaths

# What `dagster dev -m <module>` names the code location (and `make ui` runs).
DEFINITIONS_MODULE = "bpjs_pipeline.orchestration.definitions"
LOCATION_NAME = DEFINITIONS_MODULE
REPOSITORY_NAME = "__repository__"


def resource_config(paths: PipelinePaths) -> dict[str, Any]:
    """Run config that binds the run's resources to `paths` (whatever the code location's defaults)."""
    return {
        "paths": {"config": {"seeds_dir": paths.seeds_dir, "warehouse": paths.warehouse,
                             "corrections": str(paths.corrections_path)}},
        "staging_duckdb": {"config": {"database": str(paths.staging_path)}},
    }


class LocationRunner:
    """Creates and executes runs of the code location's jobs in this process."""

    def __init__(self, instance: dg.DagsterInstance, location_name: str = LOCATION_NAME):
        origin = InProcessCodeLocationOrigin(
            LoadableTargetOrigin(executable_path=sys.executable, module_name=DEFINITIONS_MODULE,
                                 working_directory=os.getcwd()),
            location_name=location_name,
        )
        self.instance = instance
        with _quiet():
            self.location = origin.create_location(instance)
        self.repository = self.location.get_repository(REPOSITORY_NAME)

    def close(self) -> None:
        self.location.cleanup()

    def __enter__(self) -> "LocationRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def execute(self, job_name: str, paths: PipelinePaths, run_config: Mapping[str, Any],
                tags: Mapping[str, str] | None = None,
                asset_selection: Sequence[dg.AssetKey] | None = None) -> dg.ExecuteInProcessResult:
        run_config = {**run_config, "resources": resource_config(paths)}
        selector = JobSubsetSelector(
            location_name=self.location.name, repository_name=self.repository.name, job_name=job_name,
            op_selection=None, asset_selection=list(asset_selection) if asset_selection else None,
        )
        with _quiet():
            remote_job = self.location.get_job(selector)
            plan = self.location.get_execution_plan(remote_job, run_config, step_keys_to_execute=None,
                                                    known_state=None, instance=self.instance)
        run = self.instance.create_run(
            job_name=job_name,
            run_id=None,
            run_config=run_config,
            resolved_op_selection=None,
            step_keys_to_execute=plan.execution_plan_snapshot.step_keys_to_execute,
            op_selection=None,
            status=None,
            root_run_id=None,
            parent_run_id=None,
            tags={**remote_job.tags, **(tags or {})},
            job_snapshot=remote_job.job_snapshot,
            execution_plan_snapshot=plan.execution_plan_snapshot,
            parent_job_snapshot=remote_job.parent_job_snapshot,
            remote_job_origin=remote_job.get_remote_origin(),
            job_code_origin=remote_job.get_python_origin(),
            asset_selection=frozenset(asset_selection) if asset_selection else None,
            asset_check_selection=None,
            asset_graph=self.repository.asset_graph,
        )
        job = recon_job_from_origin(run.job_code_origin)
        if asset_selection:
            job = job.get_subset(asset_selection=frozenset(asset_selection))
        return execute_run(job, run, self.instance)



@contextmanager
def _quiet() -> Iterator[None]:
    """Without Dagster's own deprecation notice when it snapshots a schedule (nothing in this project)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*ScheduleDefinition.environment_vars",
                                category=DeprecationWarning)
        yield
