"""Shared helpers for the orchestration and warehouse tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"


@pytest.fixture(autouse=True)
def _no_ambient_paths(monkeypatch):
    """Tests pass paths explicitly; a developer's BPJS_* variables must not leak in."""
    monkeypatch.delenv("BPJS_SEEDS_DIR", raising=False)
    monkeypatch.delenv("BPJS_WAREHOUSE", raising=False)
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.delenv("BPJS_CORRECTIONS", raising=False)
    monkeypatch.delenv("BPJS_DASK_SCHEDULER", raising=False)  # per-article work stays local unless a test says


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A private copy of the committed seed articles."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target
