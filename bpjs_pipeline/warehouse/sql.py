"""The SQL scripts shipped with the package."""
from __future__ import annotations

from importlib.resources import files


def load_sql(name: str) -> str:
    return files("bpjs_pipeline.warehouse").joinpath("sql", name).read_text(encoding="utf-8")
