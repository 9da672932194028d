"""The connection `bpjs-pipeline sql` queries through, and its limits.

The warehouse is opened read-only under another name: a hard link in a fresh private folder
(or, where a hard link cannot be made, a copy). DuckDB always lets a connection reach its own
database file and `<file>.wal`, `<file>.wal.checkpoint`, `<file>.wal.recovery`, resolving
symbolic links first; under the private name those lie in the private folder, where nothing
else exists, so no file beside the real warehouse is reachable. Spilling to a temporary folder
is off (no file is ever written), extensions cannot be installed or loaded, and unless
`allow_external_files` every file but the warehouse is out of reach
(`allowed_paths`/`allowed_directories` emptied, `enable_external_access` off). Then the
configuration is locked.

The private name lives only as long as it must: the query's process removes the link and its
folder as soon as the database is open (the open file stays readable), the command removes
them on every way out, and a folder left by a process that was killed before either could
(`.bpjs-sql-<pid>-*`, that process gone) is removed by the next `bpjs-pipeline sql`.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import duckdb

DEFAULT_MEMORY_FRACTION = 0.25  # of the machine's RAM
PRIVATE_PREFIX = ".bpjs-sql-"
_PRIVATE_RE = re.compile(re.escape(PRIVATE_PREFIX) + r"(\d+)-")
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%|b|kb|kib|mb|mib|gb|gib|tb|tib)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 10**3, "kib": 2**10, "mb": 10**6, "mib": 2**20, "gb": 10**9, "gib": 2**30,
          "tb": 10**12, "tib": 2**40}
LINK_NAME = "warehouse.duckdb"


def physical_memory_bytes() -> int:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def memory_limit_bytes(text: str | None) -> int:
    """`--memory-limit`: bytes from '2GB', '512MiB', '1000000', '25%' (of RAM); default 25 % of RAM."""
    if text is None or not text.strip():
        return int(physical_memory_bytes() * DEFAULT_MEMORY_FRACTION)
    match = _SIZE_RE.match(text)
    if not match:
        raise ValueError(f"--memory-limit must be a size such as 2GB, 512MiB or 25%, got {text!r}")
    number, unit = float(match.group(1)), (match.group(2) or "b").lower()
    value = int(physical_memory_bytes() * number / 100) if unit == "%" else int(number * _UNITS[unit])
    if value < 2**20:
        raise ValueError(f"--memory-limit must be at least 1MiB, got {text!r}")
    if value > physical_memory_bytes():
        raise ValueError(f"--memory-limit must be at most the machine's memory "
                         f"({physical_memory_bytes() // 2**20} MiB), got {text!r}")
    return value


def private_name(warehouse: Path) -> tuple[Path, Path]:
    """(private folder, the warehouse's name in it): a hard link in a fresh folder under the
    system's temporary folder, else beside the warehouse, else a copy. The folder's name
    carries this process's id, so a later command can tell a folder whose owner is gone."""
    prefix = f"{PRIVATE_PREFIX}{os.getpid()}-"
    for parent in (None, warehouse.parent):
        try:
            folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        except OSError:
            continue
        try:
            os.link(warehouse, folder / LINK_NAME)
            return folder, folder / LINK_NAME
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        shutil.copyfile(warehouse, folder / LINK_NAME)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, folder / LINK_NAME


def remove_stale_private_folders(*places: Path) -> int:
    """Remove the private folders (`.bpjs-sql-<pid>-*`) in the temporary folder and in `places`
    whose process no longer exists; how many were removed."""
    removed = 0
    for place in (Path(tempfile.gettempdir()), *places):
        try:
            entries = list(os.scandir(place))
        except OSError:
            continue
        for entry in entries:
            match = _PRIVATE_RE.match(entry.name)
            if not match or not entry.is_dir(follow_symlinks=False) or _alive(int(match.group(1))):
                continue
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


class QueryConnection:
    """A locked, read-only connection to the warehouse through a private name (see module).
    `private` is a (folder, name) made by `private_name`; without it one is made here. With
    `forget_name` the name and its folder are removed as soon as the database is open."""

    def __init__(self, warehouse: Path, *, allow_external_files: bool, memory_limit: int,
                 private: tuple[Path, Path] | None = None, forget_name: bool = False):
        warehouse = Path(warehouse).absolute()
        if private is None:
            if not warehouse.is_file():
                raise FileNotFoundError(f"warehouse not found: {warehouse} (run `bpjs-pipeline run` first)")
            private = private_name(warehouse)
        self.folder, link = private
        try:
            self.con = duckdb.connect(str(link), read_only=True, config={
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
                "allow_community_extensions": False,
                "allow_unsigned_extensions": False,
            })
            if forget_name:
                shutil.rmtree(self.folder, ignore_errors=True)
            settings = ["SET temp_directory = ''", f"SET memory_limit = '{int(memory_limit)}B'",
                        "SET allowed_directories = []", "SET allowed_paths = []"]
            if not allow_external_files:
                settings.append("SET enable_external_access = false")
            settings.append("SET lock_configuration = true")
            for statement in settings:
                self.con.execute(statement)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def open_query_connection(warehouse: Path, *, allow_external_files: bool = False,
                          memory_limit: int | None = None) -> QueryConnection:
    return QueryConnection(warehouse, allow_external_files=allow_external_files,
                           memory_limit=memory_limit if memory_limit is not None else memory_limit_bytes(None))
