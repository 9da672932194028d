"""Listing the seed files: `*.txt` directly inside one folder, nothing else."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from bpjs_pipeline.ingest.addresses import MANIFEST
from bpjs_pipeline.ingest.partition_keys import partition_key_for

SUFFIX = ".txt"


@dataclass(frozen=True)
class SeedFile:
    path: Path
    article_id: str  # file stem
    partition_key: str  # UI-safe form of article_id

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class SkippedEntry:
    """Something in the seeds folder that is not read, and why."""

    file: str  # the name (bytes that are not UTF-8 shown as \\xNN)
    reason: str


def scan_seed_folder(seeds_dir: Path) -> tuple[list[SeedFile], list[SkippedEntry]]:
    """The seed files (regular `*.txt` files directly in `seeds_dir`, sorted by
    name) and every other entry with the reason it is not read.

    Symlinks (to files or folders) are never followed and subfolders are not
    entered, so nothing outside the folder is ever read. Hidden entries (name
    starting with `.`) are ignored silently: editors and tools keep their
    temporary files there; so is `manifest.jsonl`, the pages' web addresses
    (`addresses.py`).
    """
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"seeds folder not found: {seeds_dir}")
    found: list[SeedFile] = []
    skipped: list[SkippedEntry] = []
    with os.scandir(seeds_dir) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name == MANIFEST:  # MANIFEST: the pages' web addresses, read apart
                continue
            try:
                name.encode("utf-8")
            except UnicodeEncodeError:
                shown = os.fsencode(name).decode("utf-8", "backslashreplace")
                skipped.append(SkippedEntry(shown, "file name is not valid UTF-8"))
                continue
            if entry.is_symlink():
                skipped.append(SkippedEntry(name, "symbolic link (never followed)"))
                continue
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(st.st_mode):
                skipped.append(SkippedEntry(name, "a folder (subfolders are not read)"))
                continue
            if not stat.S_ISREG(st.st_mode):
                skipped.append(SkippedEntry(name, "not a regular file"))
                continue
            if not name.endswith(SUFFIX):
                skipped.append(SkippedEntry(name, f"not a {SUFFIX} file"))
                continue
            stem = name[: -len(SUFFIX)]
            found.append(SeedFile(Path(entry.path), stem, partition_key_for(stem)))
    found.sort(key=lambda f: f.file_name)
    skipped.sort(key=lambda s: s.file)
    return found, skipped


def discover_seed_files(seeds_dir: Path) -> list[SeedFile]:
    """Regular `*.txt` files directly in `seeds_dir`, sorted by name (see scan_seed_folder)."""
    return scan_seed_folder(seeds_dir)[0]


def is_plain_article_id(article_id: str) -> bool:
    """True when `<article_id>.txt` names a file directly inside a folder: no path
    separator, not `.`/`..`, no NUL, encodable as UTF-8, not hidden."""
    if not article_id or article_id.startswith(".") or "/" in article_id or "\x00" in article_id:
        return False
    try:
        article_id.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def seed_file_for_key(seeds_dir: Path, partition_key: str) -> SeedFile:
    """The seed file a partition key stands for (it may no longer exist).

    Raises ValueError for a key that does not name a plain file directly in
    the folder (e.g. a hand-made partition `..~2Fsecret`): a partition key can
    never make the pipeline read outside the seeds folder.
    """
    from bpjs_pipeline.ingest.partition_keys import article_id_from_key

    article_id = article_id_from_key(partition_key)
    if not is_plain_article_id(article_id):
        raise ValueError(f"partition key {partition_key!r} does not name a file in the seeds folder")
    return SeedFile(Path(seeds_dir) / f"{article_id}{SUFFIX}", article_id, partition_key)
