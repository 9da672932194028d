"""The resources every asset uses: where the files live, and the staging DuckDB."""

from pathlib import Path
from typing import ContextManager

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from bpjs_pipeline.settings import resolve_corrections, resolve_seeds_dir, resolve_warehouse, staging_path_for
from bpjs_pipeline.warehouse import StagingStore
from bpjs_pipeline.warehouse.connect import connection


class PipelinePaths(dg.ConfigurableResource):
    """Paths of the pipeline's inputs and outputs.

    Built by `build_definitions` from `--seeds`/`--warehouse`, else the
    `BPJS_SEEDS_DIR`/`BPJS_WAREHOUSE` environment variables, else `./seeds` and
    `./warehouse/bpjs.duckdb`. The staging store is `<name>.staging.duckdb`
    beside the warehouse file.
    """

    seeds_dir: str = Field(description="Folder whose *.txt files are the articles.")
    warehouse: str = Field(description="Published DuckDB warehouse file.")
    corrections: str = Field(
        default="",
        description="A person's corrections (CSV, see warehouse/README.md), applied when the warehouse is "
                    "built: BPJS_CORRECTIONS, else corrections.csv beside the seeds folder.",
    )

    @classmethod
    def resolve(cls, seeds_dir: str | Path | None = None, warehouse: str | Path | None = None) -> "PipelinePaths":
        seeds = resolve_seeds_dir(seeds_dir)
        return cls(seeds_dir=str(seeds), warehouse=str(resolve_warehouse(warehouse)),
                   corrections=str(resolve_corrections(seeds)))

    @property
    def seeds_path(self) -> Path:
        return Path(self.seeds_dir)

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse)

    @property
    def corrections_path(self) -> Path:
        return Path(self.corrections) if self.corrections else resolve_corrections(self.seeds_path)

    @property
    def staging_path(self) -> Path:
        return staging_path_for(self.warehouse_path)


class StagingDuckDB(DuckDBResource):
    """The staging DuckDB file (`<warehouse>.staging.duckdb`), where the assets keep per-article rows.

    A `DuckDBResource` whose connections wait for a file locked by another
    process for `lock_wait_seconds` (else `BPJS_LOCK_WAIT_SECONDS`, else 30 s)
    and can be read-only; a wait that runs out fails the step, and the
    assets' `RetryPolicy` runs it again.
    """

    lock_wait_seconds: float | None = Field(
        default=None,
        description="Seconds to wait for a locked file before failing (default: BPJS_LOCK_WAIT_SECONDS or 30).",
    )

    @classmethod
    def for_paths(cls, paths: PipelinePaths) -> "StagingDuckDB":
        return cls(database=str(paths.staging_path))

    def get_connection(self, read_only: bool = False) -> ContextManager[duckdb.DuckDBPyConnection]:
        return connection(Path(self.database), read_only=read_only, config=dict(self.connection_config),
                          wait_seconds=self.lock_wait_seconds)

    def store(self) -> StagingStore:
        return StagingStore(Path(self.database), open_connection=self.get_connection)


class ArticleSelection(dg.ConfigurableResource):
    """Which seed files the per-article assets process in a run.

    Empty (the default): every file of the run's batches. Naming files processes those only:
    a named file that belongs to another batch, or to none yet, joins the run's batch (the
    last one when the run covers several). This is how one article is processed again from
    the UI: Materialize its batch (the `batch` column of the warehouse's `articles`) from the
    launchpad with `resources: article_selection: config: files: [name.txt]`; the sensor
    names the files it delivers in the same way.
    """

    files: list[str] = Field(
        default=[],
        description="Seed files to process, by name (e.g. `berita.txt`); empty: every file of the run's batches.",
    )
