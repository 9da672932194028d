"""One writer per warehouse: a lock file beside it (`<warehouse>.lock`, `fcntl.flock`).

`bpjs-pipeline run` holds it for the whole run (partition sync, staging writes, publish), and
the warehouse step takes it too (so a run launched by the Dagster daemon and a
`bpjs-pipeline run` on the same warehouse never interleave). The lock is re-entrant within a
process; the kernel releases it when the process ends, however it ends (even SIGKILL), so
a stale lock file is harmless. It is never waited for: a second writer fails at once with
WarehouseBusy (the warehouse step's retry policy tries again later).
"""
from __future__ import annotations

import fcntl
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_held: dict[str, tuple[int, int]] = {}  # lock path -> (fd, depth)
_guard = threading.Lock()


class WarehouseBusy(RuntimeError):
    """Another process is writing this warehouse."""


def lock_path_for(warehouse: Path) -> Path:
    warehouse = Path(warehouse)
    return warehouse.with_name(warehouse.name + ".lock")


@contextmanager
def warehouse_write_lock(warehouse: Path) -> Iterator[Path]:
    path = lock_path_for(Path(warehouse).absolute())
    key = str(path)
    with _guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                os.close(fd)
                raise WarehouseBusy(
                    f"another run is writing this warehouse ({warehouse}{holder}); wait for it to "
                    f"finish and run again (lock file {path})"
                ) from None
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


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f", process {text}" if text.isdigit() else ""
