"""Where the pipeline reads and writes, from command-line flags, environment or defaults.

Precedence for every entry point (CLI, Dagster definitions, `make ui`):
an explicit value (e.g. `--seeds`) > environment variable > default.
Relative paths are resolved against the current working directory.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
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


class SettingError(ValueError):
    """A BPJS_* setting that is not a number of the right kind or is out of its range."""


_WHOLE = re.compile(r"\s*\+?[0-9]+\s*")
_DECIMAL = re.compile(r"\s*\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")


@dataclass(frozen=True)
class NumberSetting:
    """A numeric setting read from the environment: plain ASCII digits (a decimal point
    unless `whole`), from `minimum` to `maximum`; `default` when unset or blank."""

    name: str
    default: float | None  # None: the caller gives it (e.g. the number of cores)
    unit: str
    minimum: float
    maximum: float
    whole: bool = False
    note: str = ""

    def describe(self) -> str:
        kind = "a whole number" if self.whole else "a number"
        note = f"; {self.note}" if self.note else ""
        low, high = (f"{int(x)}" if self.whole else f"{x:g}" for x in (self.minimum, self.maximum))
        return f"{kind} of {self.unit} from {low} to {high}{note}"

    def read(self, default: float | None = None, text: str | None = None) -> float:
        text = os.environ.get(self.name, "") if text is None else text
        if not text.strip():
            return self.default if default is None else default
        if not (_WHOLE if self.whole else _DECIMAL).fullmatch(text):
            raise SettingError(f"{self.name}={text!r} is not valid: it must be {self.describe()}")
        number = int(text) if self.whole else float(text)
        if not self.minimum <= number <= self.maximum:
            raise SettingError(f"{self.name}={text!r} is out of range: it must be {self.describe()}")
        return number


ARTICLE_SECONDS = NumberSetting("BPJS_ARTICLE_SECONDS", 5.0, "seconds", 0, 86_400,
                                note="0 turns the time budget off")
MAX_ARTICLE_BYTES = NumberSetting("BPJS_MAX_ARTICLE_BYTES", 5_000_000, "bytes", 1, 10**12, whole=True)
LOCK_WAIT_SECONDS = NumberSetting("BPJS_LOCK_WAIT_SECONDS", 30.0, "seconds", 0, 86_400)
RETRY_SECONDS = NumberSetting("BPJS_RETRY_SECONDS", 2.0, "seconds", 0, 3_600,
                              note="the wait before a failed step's first retry; it doubles for each next one")
SENSOR_INTERVAL_SECONDS = NumberSetting("BPJS_SENSOR_INTERVAL_SECONDS", 30, "seconds", 1, 86_400, whole=True)
FRESHNESS_HOURS = NumberSetting("BPJS_FRESHNESS_HOURS", 48.0, "hours", 1 / 60, 87_600)
WORKERS = NumberSetting("BPJS_WORKERS", None, "processes", 1, 1024, whole=True,
                        note="unset: one per core")
PAUSE_SECONDS = NumberSetting("BPJS_PAUSE_SECONDS", 120.0, "seconds", 0, 86_400, note="a test hook")
DASK_CONNECT_SECONDS = NumberSetting("BPJS_DASK_CONNECT_SECONDS", 10.0, "seconds", 0.1, 86_400)
STOP_GRACE_SECONDS = NumberSetting("BPJS_STOP_GRACE_SECONDS", 10.0, "seconds", 0, 3_600,
                                   note="how long a run stopped by SIGTERM or SIGINT may take to end by itself")
NUMBER_SETTINGS = (ARTICLE_SECONDS, MAX_ARTICLE_BYTES, LOCK_WAIT_SECONDS, RETRY_SECONDS, SENSOR_INTERVAL_SECONDS,
                   FRESHNESS_HOURS, WORKERS, PAUSE_SECONDS, DASK_CONNECT_SECONDS, STOP_GRACE_SECONDS)


def check_settings() -> None:
    """Every numeric BPJS_* setting read once, before anything runs: SettingError naming each
    malformed or out-of-range variable and its value."""
    problems = []
    for setting in NUMBER_SETTINGS:
        try:
            setting.read(default=0)
        except SettingError as exc:
            problems.append(str(exc))
    if problems:
        raise SettingError("; ".join(problems))


def number_from_env(name: str, default: float, *, unit: str, minimum: float, whole: bool = False,
                    text: str | None = None, maximum: float = float("inf")) -> float:
    """A number setting from the environment variable `name` (or `text`), `default` when unset
    or blank; SettingError when it is not a number or is out of range."""
    return NumberSetting(name, default, unit, minimum, maximum, whole).read(text=text)


class PathProblem(FileNotFoundError):
    """A configured path that cannot be used as it is (the message says why and what to do)."""


def dagster_home() -> Path | None:
    """The DAGSTER_HOME folder; None when DAGSTER_HOME is unset (a throw-away instance).
    PathProblem when it is set but is not an absolute path to an existing folder."""
    value = os.environ.get("DAGSTER_HOME", "")
    if not value.strip():
        return None
    path = Path(value).expanduser()
    if not path.is_absolute():
        raise PathProblem(f"DAGSTER_HOME={value!r} must be an absolute path to a folder")
    if not path.is_dir():
        raise PathProblem(
            f"DAGSTER_HOME={value!r} does not exist or is not a folder: create it (`make run` "
            "makes .dagster_home/ with the project's dagster.yaml) or unset DAGSTER_HOME to run on a "
            "throw-away instance")
    return path


def check_warehouse_path(warehouse: Path) -> None:
    """PathProblem when the warehouse path is not a file (a folder, a FIFO, ...) or its folder
    cannot be written (read-only, no permission): nothing can be published there."""
    warehouse = Path(warehouse)
    if warehouse.is_dir():
        raise PathProblem(f"the warehouse path {warehouse} is a folder: give the path of a DuckDB file "
                          "(--warehouse or BPJS_WAREHOUSE, e.g. warehouse/bpjs.duckdb)")
    if warehouse.exists() and not warehouse.is_file():
        raise PathProblem(f"the warehouse path {warehouse} is not a regular file: give the path of a "
                          "DuckDB file (--warehouse or BPJS_WAREHOUSE)")
    folder = warehouse.parent
    while not folder.exists() and folder != folder.parent:  # the first existing ancestor is created in
        folder = folder.parent
    if not folder.is_dir():
        raise PathProblem(f"the warehouse folder {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PathProblem(f"cannot write in the warehouse folder {folder} (read-only or no permission): "
                          "a run writes its lock, the staging store and the new warehouse there; "
                          "nothing was done")


def staging_path_for(warehouse: Path) -> Path:
    """The staging store lives beside the published file: `bpjs.duckdb` -> `bpjs.staging.duckdb`."""
    stem = warehouse.name[: -len(".duckdb")] if warehouse.name.endswith(".duckdb") else warehouse.name
    return warehouse.with_name(f"{stem}.staging.duckdb")


def chart_cache_path_for(warehouse: Path) -> Path:
    """Charts already drawn live beside the published file: `bpjs.duckdb` -> `bpjs.charts/`."""
    stem = warehouse.name[: -len(".duckdb")] if warehouse.name.endswith(".duckdb") else warehouse.name
    return warehouse.with_name(f"{stem}.charts")
