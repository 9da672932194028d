"""Real servers for the tests past one machine (and `benchmarks/cluster_scale.py`), on localhost,
in temporary folders, on free ports, stopped afterwards:

* `PostgresServer`: `initdb` and `pg_ctl` from the distribution's `postgresql` package
  (`/usr/lib/postgresql/<version>/bin`), run as the unprivileged user `nobody` when this process
  is root (PostgreSQL refuses to run as root), with a password (scram-sha-256) for TCP clients
  and a database for the Dagster instance;
* `DaskCluster`: `dask scheduler` and N `dask worker --nthreads 1` commands, each its own
  process group (a nanny process and the worker process it starts, and restarts if it dies),
  as docs/scaling.md runs them on their hosts.
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
UNPRIVILEGED_USER = "nobody"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bin() -> Path | None:
    """The folder of `initdb` and `pg_ctl` (newest version installed), or None."""
    found = sorted(Path("/").glob(PG_BIN_GLOB.lstrip("/")), key=lambda p: int(p.parent.name)
                   if p.parent.name.isdigit() else 0)
    for folder in reversed(found):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def stop_process(proc: subprocess.Popen, timeout: float = 10) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=timeout)


class Server:
    """`with Server() as s:` starts it, and stops it afterwards (also when starting fails half-way)."""

    def start(self):
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


class PostgresServer(Server):
    """A PostgreSQL server of its own: `with PostgresServer() as pg: pg.dagster_env()`.

    `durable=False` (tests) turns off fsync and synchronous commits: the same SQL, faster, and
    nothing to keep after a crash; benchmarks keep PostgreSQL's defaults."""

    user = "bpjs"
    database = "dagster"

    def __init__(self, *, durable: bool = False, settings: dict[str, str] | None = None):
        self.bin = postgres_bin()
        if self.bin is None:
            raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                                    "apt-get install -y postgresql")
        self.durable = durable
        self.settings = dict(settings or {})
        self.as_user = UNPRIVILEGED_USER if os.geteuid() == 0 else None
        self.root = Path(tempfile.mkdtemp(prefix="bpjs-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.password = secrets.token_hex(16)
        self.started = False

    def _command(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.as_user, "--"] if self.as_user else []) + list(args)

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(self._command(*args), capture_output=True, text=True, timeout=timeout,
                                cwd=self.root, start_new_session=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")

    def start(self) -> "PostgresServer":
        password_file = self.root / "password"
        password_file.write_text(self.password + "\n")
        password_file.chmod(0o600)
        if self.as_user:
            shutil.chown(self.root, self.as_user)
            shutil.chown(password_file, self.as_user)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-E", "UTF8",
                  "--locale=C", f"--pwfile={password_file}", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "--no-sync")
        password_file.unlink()
        options = [f"-p {self.port}", "-h 127.0.0.1", f"-k {self.root}", "-c max_connections=100"]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        options += [f"-c {name}={value}" for name, value in self.settings.items()]
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "-o", " ".join(options), "start")
        self.started = True
        self._run(str(self.bin / "createdb"), "-h", str(self.root), "-p", str(self.port), "-U", self.user,
                  self.database)
        return self

    def create_database(self, name: str) -> dict[str, str]:
        """Another empty database on this server; `dagster_env()` for it."""
        self._run(str(self.bin / "createdb"), "-h", str(self.root), "-p", str(self.port), "-U", self.user, name)
        return {**self.dagster_env(), "DAGSTER_PG_DB": name}

    def stop(self) -> None:
        if self.started:
            try:
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop", timeout=60)
            finally:
                self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def dagster_env(self) -> dict[str, str]:
        """The variables `dagster.postgres.yaml` reads."""
        return {"DAGSTER_PG_HOST": "127.0.0.1", "DAGSTER_PG_PORT": str(self.port),
                "DAGSTER_PG_DB": self.database, "DAGSTER_PG_USERNAME": self.user,
                "DAGSTER_PG_PASSWORD": self.password}


def dask_command() -> str:
    return str(Path(sys.executable).with_name("dask"))


class DaskCluster(Server):
    """`dask scheduler` and `workers` × `dask worker --nthreads 1`, separate processes on localhost.

    `worker_env(i)` adds variables to worker i's environment (a test's pause point, say)."""

    def __init__(self, workers: int = 2, worker_env=None, startup_seconds: float = 120):
        self.root = Path(tempfile.mkdtemp(prefix="bpjs-dask-"))
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.count = workers
        self.worker_env = worker_env or (lambda i: {})
        self.startup_seconds = startup_seconds
        self.scheduler: subprocess.Popen | None = None
        self.workers: list[subprocess.Popen] = []

    def _start(self, args: list[str], log: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BPJS_PAUSE")}
        env.update(extra_env or {})
        env["PYTHONWARNINGS"] = "ignore"
        with open(self.root / log, "wb") as out:
            return subprocess.Popen([dask_command(), *args], cwd=self.root, env=env, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)

    def start_worker(self, index: int) -> subprocess.Popen:
        proc = self._start(
            ["worker", self.address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1",
             "--name", f"worker-{index}", "--local-directory", str(self.root / f"worker-{index}")],
            f"worker-{index}.log", self.worker_env(index))
        self.workers.append(proc)
        return proc

    def start(self) -> "DaskCluster":
        self.scheduler = self._start(["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--no-dashboard"], "scheduler.log")
        for index in range(self.count):
            self.start_worker(index)
        self.wait_for_workers(self.count)
        return self

    def wait_for_workers(self, n: int) -> None:
        from distributed import Client

        deadline = time.monotonic() + self.startup_seconds
        while True:
            assert self.scheduler.poll() is None, self.log("scheduler.log")
            try:
                with Client(self.address, timeout=5, set_as_default=False) as client:
                    client.wait_for_workers(n, timeout=max(1.0, deadline - time.monotonic()))
                    return
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise AssertionError(f"{n} Dask worker(s) did not join in {self.startup_seconds} s:\n"
                                         + "\n".join(self.log(f"worker-{i}.log") for i in range(len(self.workers))))
                time.sleep(0.5)

    def log(self, name: str) -> str:
        path = self.root / name
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    @staticmethod
    def kill(pid: int) -> None:
        """SIGKILL to one worker process: it dies at once, holding whatever it was doing (its
        nanny then starts another)."""
        os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        for proc in self.workers:
            stop_process(proc)
        if self.scheduler is not None:
            stop_process(self.scheduler)
        shutil.rmtree(self.root, ignore_errors=True)
