"""The one resource every asset uses: where the seeds, staging store and warehouse live."""

from pathlib import Path

import dagster as dg
from pydantic import Field

from bpjs_pipeline.settings import resolve_seeds_dir, resolve_warehouse, staging_path_for
from bpjs_pipeline.warehouse import StagingStore


class PipelinePaths(dg.ConfigurableResource):
    """Paths of the pipeline's inputs and outputs.

    Built by `build_definitions` from `--seeds`/`--warehouse`, else the
    `BPJS_SEEDS_DIR`/`BPJS_WAREHOUSE` environment variables, else `./seeds` and
    `./warehouse/bpjs.duckdb`. The staging store is `<name>.staging.duckdb`
    beside the warehouse file.
    """

    seeds_dir: str = Field(description="Folder whose *.txt files are the articles.")
    warehouse: str = Field(description="Published DuckDB warehouse file.")

    @classmethod
    def resolve(cls, seeds_dir: str | Path | None = None, warehouse: str | Path | None = None) -> "PipelinePaths":
        return cls(seeds_dir=str(resolve_seeds_dir(seeds_dir)), warehouse=str(resolve_warehouse(warehouse)))

    @property
    def seeds_path(self) -> Path:
        return Path(self.seeds_dir)

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse)

    @property
    def staging_path(self) -> Path:
        return staging_path_for(self.warehouse_path)

    def staging(self) -> StagingStore:
        return StagingStore(self.staging_path)
