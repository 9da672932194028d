"""Each construction's tests read made-up sentences (written for the test, not taken
from an article) through the whole reader, as `facts_of` returns them."""
from __future__ import annotations

from datetime import date

import pytest

from bpjs_pipeline.extract import extract_facts
from bpjs_pipeline.extract.reader import read_figures
from bpjs_pipeline.model import CleanedArticle


def _article(body: str, published_on: date | None, title: str = "Judul") -> CleanedArticle:
    return CleanedArticle("t", title, "Kompas.com", published_on, body)


@pytest.fixture
def facts_of():
    def read(body: str, published_on: date | None = date(2024, 5, 12), with_as_of: bool = False,
             title: str = "Judul"):
        facts = extract_facts(_article(body, published_on, title))
        if with_as_of:
            return [(f.table, f.metric, f.segment, f.program, f.year, f.as_of, round(f.value)) for f in facts]
        return [(f.table, f.metric, f.segment, f.program, f.year, round(f.value)) for f in facts]
    return read


@pytest.fixture
def readings_of():
    def read(body: str, published_on: date | None = date(2024, 5, 12)):
        return read_figures(_article(body, published_on))
    return read
