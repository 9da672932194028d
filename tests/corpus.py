"""Helpers shared by the robustness tests: synthetic articles, a bad-input corpus,
`bpjs-pipeline run` as a subprocess, and content checksums of the warehouse."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
PUBLISHED = ("articles", "quarantine", "fact_participants", "fact_funds", "fact_targets",
             "participants_by_year", "funds_by_year", "targets_by_year", "target_progress")
# Columns that record when something happened (or in which delivered batch) rather than what
# the data is.
TIME_COLUMNS = {"loaded_at", "first_seen", "last_seen", "batch"}


def article(value: str, year: int, *, extra: str = "") -> str:
    """A short news article that states one active-participant figure for `year`."""
    return (
        f"Peserta BPJS Ketenagakerjaan Naik – “Rekor” Baru {value}\n\n"
        f"JAKARTA, KOMPAS.com - BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai "
        f"{value} juta orang pada akhir {year}, kata Direktur Utama di Jakarta, Senin (6/1/{year + 1}). "
        f"Pekerja informal ikut naik.{extra}\n"
    )


def expected_value(value: str) -> float:
    whole, frac = value.split(",")
    return (int(whole) + int(frac) / 10 ** len(frac)) * 1_000_000


def write_bad_input_corpus(seeds: Path, outside: Path) -> tuple[dict[str, tuple[str, int]], dict[str, str]]:
    """Fill `seeds` with the committed seeds plus every kind of bad input.

    Returns (good, bad): good maps a file name to the (value, year) of the one
    active-participant figure it states; bad maps a name to a substring of its
    quarantine reason.
    """
    seeds.mkdir(parents=True, exist_ok=True)
    for path in SEEDS_DIR.glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    good: dict[str, tuple[str, int]] = {}

    def put(name: str, data: bytes, value: str | None = None, year: int | None = None) -> None:
        (seeds / name).write_bytes(data)
        if value:
            good[name] = (value, year)

    # Decodable for sure: processed.
    put("cp1252 berita.txt", article("31,11", 2019, extra="\n\nCafé “baru” di Jakarta — ramai…").encode("cp1252"), "31,11", 2019)
    put("latin1.txt", article("32,22", 2014).replace("–", "-").replace("“", '"').replace("”", '"')
        .replace("Pekerja", "Pekerja café").encode("latin-1"), "32,22", 2014)
    put("utf16 bom.txt", article("33,33", 2021).encode("utf-16"), "33,33", 2021)
    put("utf8-bom.txt", b"\xef\xbb\xbf" + article("34,44", 2018).encode("utf-8"), "34,44", 2018)
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    mojibake = article("36,66", 2017).encode("utf-8").decode("sloppy-windows-1252")
    assert "â€" in mojibake
    put("mojibake.txt", mojibake.encode("utf-8"), "36,66", 2017)
    put("berita ë, edisi 2.0.txt", article("37,77", 2016).encode("utf-8"), "37,77", 2016)
    put("-leading-dash.txt", article("38,88", 2015).encode("utf-8"), "38,88", 2015)
    put("no figures.txt", "Judul tanpa angka\n\nBPJS Ketenagakerjaan mengadakan sosialisasi.\n".encode())
    # The same content under other names: same bytes, and the same text in UTF-16.
    first_seed = sorted(SEEDS_DIR.glob("*.txt"))[0]
    put("zz copy of first seed.txt", first_seed.read_bytes())
    put("zz first seed as utf16.txt", first_seed.read_text(encoding="utf-8").encode("utf-16"))

    # Not decodable for sure, or not an article: quarantined.
    bad: dict[str, str] = {}

    def refuse(name: str, data: bytes, reason: str) -> None:
        (seeds / name).write_bytes(data)
        bad[name] = reason

    refuse("empty.txt", b"", "empty file")
    refuse("blank.txt", b" \n\t\r\n  ", "only whitespace")
    refuse("garbage.txt", random.Random(7).randbytes(4096), "binary")
    refuse("controls.txt", bytes(range(1, 32)) * 20 + b"abc", "binary")
    refuse("page.txt", b"<!DOCTYPE html>\n<html><head><title>BPJS</title></head><body><p>"
           + article("39,99", 2013).encode() + b"</p></body></html>", "HTML page")
    refuse("huge.txt", article("40,01", 2012).encode() * 4000, "file too large")
    refuse("utf16 no bom.txt", article("41,11", 2011).encode("utf-16-le"), "NUL")
    refuse("mixed encodings.txt", "café ".encode("utf-8") + "café – 35,86".encode("cp1252"), "not valid UTF-8")
    refuse("cyrillic cp1251.txt", "Участники программы выросли до 35 миллионов".encode("cp1251"),
           "not valid UTF-8")

    # Never read: symlinks (to a good article outside the folder, to a folder),
    # other suffixes, subfolders, a name that is not UTF-8.
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(article("42,42", 2010))
    (seeds / "link to outside.txt").symlink_to(outside / "secret.txt")
    bad["link to outside.txt"] = "symbolic link"
    (seeds / "linkdir.txt").symlink_to(outside)
    bad["linkdir.txt"] = "symbolic link"
    (seeds / "notes.md").write_text(article("43,43", 2009))
    bad["notes.md"] = "not a .txt file"
    (seeds / "UPPER.TXT").write_text(article("44,44", 2008))
    bad["UPPER.TXT"] = "not a .txt file"
    (seeds / "subfolder").mkdir()
    (seeds / "subfolder" / "nested.txt").write_text(article("45,45", 2007))
    bad["subfolder"] = "a folder"
    with open(os.path.join(os.fsencode(seeds), b"bad\xffname.txt"), "wb") as fh:
        fh.write(article("46,46", 2006).encode())
    bad["bad\\xffname.txt"] = "not valid UTF-8"
    return good, bad


def cli_env(seeds: Path, warehouse: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BPJS_", "DAGSTER_HOME"))}
    env.update(BPJS_SEEDS_DIR=str(seeds), BPJS_WAREHOUSE=str(warehouse), **extra)
    return env


def start_run(env: dict[str, str]) -> subprocess.Popen:
    """`bpjs-pipeline run` as a real subprocess."""
    return subprocess.Popen(
        [sys.executable, "-m", "bpjs_pipeline.cli", "run"], cwd=PROJECT_ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def run_cli(env: dict[str, str], timeout: float = 240, args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bpjs_pipeline.cli", "run", *args], cwd=PROJECT_ROOT, env=env,
        capture_output=True, text=True, timeout=timeout,
    )


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"run ended (rc {proc.returncode}) before {path.name}:\n{out}\n{err[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"timed out waiting for {path}")
        time.sleep(0.02)


def checksums(warehouse: Path, *, exclude: set[str] | frozenset[str] = frozenset(TIME_COLUMNS)
              ) -> dict[str, tuple[int, str]]:
    """(row count, order-independent md5 of the rows) of every published relation,
    leaving out the columns named in `exclude` (by default the time columns)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        for name in PUBLISHED:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [name]).fetchall()]
            kept = [c for c in columns if c not in exclude]
            row = ", ".join(f'"{c}"' for c in kept)
            count, digest = con.execute(
                f"SELECT count(*), md5(coalesce(string_agg(h, ',' ORDER BY h), '')) "
                f"FROM (SELECT md5(CAST(row({row}) AS VARCHAR)) AS h FROM \"{name}\")"
            ).fetchone()
            out[name] = (int(count), digest)
        return out
    finally:
        con.close()


def poll_until(what: str, condition, seconds: float, procs: dict[str, subprocess.Popen], interval: float = 1.0,
               logs=None):
    """The first true value of `condition()` (an exception counts as not yet: not up, file locked,
    table missing), asked every `interval` s for at most `seconds`; fails at once when one of
    `procs` (name -> process) exits, with the text `logs()` returns in the message."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for name, proc in procs.items():
            assert proc.poll() is None, \
                f"{name} exited ({proc.returncode}) while waiting for {what}:\n" + (logs() if logs else "")
        try:
            value = condition()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}" + (":\n" + logs() if logs else ""))
