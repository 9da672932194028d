"""Cleaned article -> facts about BPJS Ketenagakerjaan (no Dagster, no DuckDB)."""
from __future__ import annotations

from bpjs_pipeline.extract.facts import extract_facts, read_figures

__all__ = ["extract_facts", "read_figures"]
