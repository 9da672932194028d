"""Read-only queries against the published warehouse: see `bpjs_pipeline/query/` (the statement,
the connection, the child process and its limits). The names are kept here for callers."""
from bpjs_pipeline.query.connection import (  # noqa: F401
    DEFAULT_MEMORY_FRACTION,
    QueryConnection,
    memory_limit_bytes,
    open_query_connection,
    physical_memory_bytes,
)
from bpjs_pipeline.query.statement import READ_HELP, Classified, NotAReadQuery, check_read_only  # noqa: F401
from bpjs_pipeline.query.stream import (  # noqa: F401
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT_SECONDS,
    QueryFailed,
    QueryInterrupted,
    QueryLimits,
    QueryTimeout,
    stream_query,
)
