"""Where the pipeline reads and writes, from command-line flags, environment or defaults.

Precedence for every entry point (CLI, Dagster definitions, `make ui`):
an explicit value (e.g. `--seeds`) > environment variable > default.
Relative paths are resolved against the current working directory.
"""
from __future__ import annotations

import os
from pathlib import Path

SEEDS_ENV = "BPJS_SEEDS_DIR"
WAREHOUSE_ENV = "BPJS_WAREHOUSE"
DEFAULT_SEEDS_DIR = "seeds"
DEFAULT_WAREHOUSE = "warehouse/bpjs.duckdb"
CORRECTIONS_ENV = "BPJS_CORRECTIONS"
CORRECTIONS_FILE = "corrections.csv"


def resolve_seeds_dir(explicit: str | os.PathLike | None = None) -> Path:
    value = explicit or os.environ.get(SEEDS_ENV) or DEFAULT_SEEDS_DIR
    return Path(value).expanduser().absolute()


def resolve_warehouse(explicit: str | os.PathLike | None = None) -> Path:
    value = explicit or os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE
    return Path(value).expanduser().absolute()


def resolve_corrections(seeds_dir: Path, explicit: str | os.PathLike | None = None) -> Path:
    """The corrections file: `explicit`, else BPJS_CORRECTIONS, else `corrections.csv` beside the
    seeds folder (in its parent folder, so the seeds folder holds only articles)."""
    value = explicit or os.environ.get(CORRECTIONS_ENV)
    return Path(value).expanduser().absolute() if value else Path(seeds_dir).parent / CORRECTIONS_FILE


def number_from_env(name: str, default: float, *, unit: str, minimum: float, whole: bool = False,
                    text: str | None = None) -> float:
    """A number setting from the environment variable `name` (or `text`), `default` when unset
    or blank; a clear error when it is not a number or is below `minimum`."""
    text = os.environ.get(name, "") if text is None else text
    if not text.strip():
        return default
    try:
        number = int(text) if whole else float(text)
    except ValueError:
        raise ValueError(f"{name} must be a {'whole ' if whole else ''}number of {unit}, got {text!r}") from None
    if number < minimum:
        raise ValueError(f"{name} must be at least {minimum:g} {unit}, got {text!r}")
    return number


def staging_path_for(warehouse: Path) -> Path:
    """The staging store lives beside the published file: `bpjs.duckdb` -> `bpjs.staging.duckdb`."""
    stem = warehouse.name[: -len(".duckdb")] if warehouse.name.endswith(".duckdb") else warehouse.name
    return warehouse.with_name(f"{stem}.staging.duckdb")
