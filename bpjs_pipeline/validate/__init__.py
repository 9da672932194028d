"""Pandera schemas for the frames the pipeline stores, and a lazy validator."""
from bpjs_pipeline.validate.schemas import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    ArticlesSchema,
    FactsSchema,
    articles_frame,
    facts_frame,
)
from bpjs_pipeline.validate.validator import FAILURE_COLUMNS, split_valid

__all__ = [
    "ARTICLE_COLUMNS",
    "FACT_COLUMNS",
    "FAILURE_COLUMNS",
    "ArticlesSchema",
    "FactsSchema",
    "articles_frame",
    "facts_frame",
    "split_valid",
]
