"""DuckDB storage: the per-article staging store and the published warehouse."""
from bpjs_pipeline.warehouse.publish import (
    PUBLISHED_RELATIONS,
    PUBLISHED_TABLES,
    PUBLISHED_VIEWS,
    RelationSummary,
    describe,
    open_read_only,
    publish,
)
from bpjs_pipeline.warehouse.query import NotAReadQuery, check_read_only, open_query_connection, stream_query
from bpjs_pipeline.warehouse.staging import QuarantinedFile, StagingStore

__all__ = [
    "NotAReadQuery",
    "PUBLISHED_RELATIONS",
    "PUBLISHED_TABLES",
    "PUBLISHED_VIEWS",
    "QuarantinedFile",
    "RelationSummary",
    "StagingStore",
    "check_read_only",
    "describe",
    "open_query_connection",
    "open_read_only",
    "publish",
    "stream_query",
]
