"""One writer per warehouse and per Dagster instance: lock files taken with `fcntl.flock`.

* `<warehouse>.lock` beside the warehouse: `bpjs-pipeline run` holds it for the whole run
  (partition sync, staging writes, publish), and the warehouse step takes it too (so a run
  launched by the Dagster daemon and a `bpjs-pipeline run` on the same warehouse never
  interleave).
* `<DAGSTER_HOME>/bpjs-pipeline-run.lock`: `bpjs-pipeline run` holds it before it opens the
  instance, so two runs on one instance (even on different warehouses) never interleave
  their partition syncs and runs, and a new instance is initialised by one process only.

A lock is re-entrant within a process; the kernel releases it when the process ends, however
it ends (even SIGKILL), so a stale lock file is harmless. It is never waited for: a second
writer fails at once with WarehouseBusy (or InstanceBusy).

A lock file is opened without following a symbolic link (`O_NOFOLLOW`) and without blocking
(`O_NONBLOCK`), and must be a regular file with one name: a symlink, a FIFO, a folder or a
hard link in its place is refused (LockFileUnsafe) and nothing is written to it.
"""
from __future__ import annotations

import errno
import fcntl
import os
import stat
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

_held: dict[str, tuple[int, int]] = {}  # lock path -> (fd, depth)
_guard = threading.Lock()
INSTANCE_LOCK_NAME = "bpjs-pipeline-run.lock"


class WarehouseBusy(RuntimeError):
    """Another process is writing this warehouse."""


class InstanceBusy(WarehouseBusy):
    """Another `bpjs-pipeline run` is using this Dagster instance."""


class LockFileUnsafe(RuntimeError):
    """The lock file's path holds something other than a plain file of its own."""


def lock_path_for(warehouse: Path) -> Path:
    warehouse = Path(warehouse)
    return warehouse.with_name(warehouse.name + ".lock")


def _open_lock_file(path: Path) -> int:
    flags = (os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_NONBLOCK", 0))
    advice = "remove it and run again (nothing was done)"
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LockFileUnsafe(f"the lock file {path} is a symbolic link: {advice}") from None
        if exc.errno == errno.EISDIR:
            raise LockFileUnsafe(f"the lock file {path} is a folder: {advice}") from None
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # a socket or a FIFO without a reader
            raise LockFileUnsafe(f"the lock file {path} is not a regular file: {advice}") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if (
                stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)) else "not a regular file"
            raise LockFileUnsafe(f"the lock file {path} is {kind}: {advice}")
        if st.st_nlink != 1:
            raise LockFileUnsafe(f"the lock file {path} has {st.st_nlink} names (a hard link): {advice}")
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextmanager
def exclusive_lock(path: Path, busy: type[WarehouseBusy], busy_message: Callable[[str], str]) -> Iterator[Path]:
    """Hold the flock on `path` (created if missing) for the block; `busy(busy_message(holder))`
    at once when another process holds it (`holder`: ", process <pid>" when known)."""
    key = str(path)
    with _guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = _open_lock_file(path)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                os.close(fd)
                raise busy(busy_message(holder)) from None
            except BaseException:
                os.close(fd)
                raise
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            _held[key] = (fd, 1)
    try:
        yield path
    finally:
        with _guard:
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
            else:
                del _held[key]
                os.close(fd)  # releases the flock


def warehouse_write_lock(warehouse: Path):
    warehouse = Path(warehouse).absolute()
    path = lock_path_for(warehouse)
    return exclusive_lock(path, WarehouseBusy, lambda holder: (
        f"another run is writing this warehouse ({warehouse}{holder}); wait for it to finish and run "
        f"again (lock file {path})"))


def instance_write_lock(dagster_home: Path):
    dagster_home = Path(dagster_home).absolute()
    path = dagster_home / INSTANCE_LOCK_NAME
    return exclusive_lock(path, InstanceBusy, lambda holder: (
        f"another run is using this Dagster instance (DAGSTER_HOME={dagster_home}{holder}); wait for "
        f"it to finish and run again (lock file {path})"))


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f", process {text}" if text.isdigit() else ""
