"""Listing the seed files: `*.txt` directly inside one folder, nothing else."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

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


def discover_seed_files(seeds_dir: Path) -> list[SeedFile]:
    """Regular `*.txt` files directly in `seeds_dir`, sorted by name.

    Symlinks (to files or folders) are skipped and subfolders are not entered,
    so nothing outside the folder is ever read. Hidden files are skipped.
    """
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"seeds folder not found: {seeds_dir}")
    found: list[SeedFile] = []
    with os.scandir(seeds_dir) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not name.endswith(SUFFIX) or len(name) == len(SUFFIX):
                continue
            if entry.is_symlink():
                continue
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode):
                continue
            stem = name[: -len(SUFFIX)]
            found.append(SeedFile(Path(entry.path), stem, partition_key_for(stem)))
    found.sort(key=lambda f: f.file_name)
    return found


def seed_file_for_key(seeds_dir: Path, partition_key: str) -> SeedFile:
    """The seed file a partition key stands for (it may no longer exist)."""
    from bpjs_pipeline.ingest.partition_keys import article_id_from_key

    article_id = article_id_from_key(partition_key)
    return SeedFile(Path(seeds_dir) / f"{article_id}{SUFFIX}", article_id, partition_key)
