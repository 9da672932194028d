"""Which SQL text `bpjs-pipeline sql` runs: exactly one read statement, typed by DuckDB's own
parser (`extract_statements`), never by looking at words.

Accepted: type SELECT (which covers WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, UNPIVOT),
a PIVOT (DuckDB types it MULTI: a temporary enum plus a SELECT), or EXPLAIN / EXPLAIN ANALYZE
of such a SELECT (the wrapped text is typed again, since EXPLAIN ANALYZE runs it). Every other
type, and any type this code does not know, is refused with its DuckDB statement type named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

_WORD_RE = re.compile(r"[A-Za-z_]+")
READ_HELP = ("`bpjs-pipeline sql` cannot change anything: it runs exactly one SELECT (including WITH, "
             "FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT, UNPIVOT) or EXPLAIN [ANALYZE] of one")


class NotAReadQuery(ValueError):
    """The SQL text is not exactly one read statement."""


@dataclass(frozen=True)
class Classified:
    kind: str  # "SELECT" | "PIVOT" | "EXPLAIN" | "EXPLAIN ANALYZE"


def _parser() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(":memory:", config={"enable_external_access": False})


def _statement_type(statement) -> str | None:
    """DuckDB's statement type name, or None for a type the installed Python API cannot name
    (e.g. `UPDATE EXTENSIONS` raises ValueError: 29 is not a valid StatementType)."""
    try:
        return statement.type.name
    except (ValueError, AttributeError, duckdb.Error):
        return None


def _keywords(sql: str, limit: int = 3) -> list[tuple[int, str]]:
    """The first `limit` tokens that are not comments, as (offset, word upper-cased)."""
    out = []
    for offset, kind in duckdb.tokenize(sql):
        if kind == duckdb.token_type.comment:
            continue
        match = _WORD_RE.match(sql, offset)
        out.append((offset, match.group(0).upper() if match else sql[offset:offset + 1]))
        if len(out) >= limit:
            break
    return out


def _one_statement(sql: str):
    try:
        statements = _parser().extract_statements(sql)
    except duckdb.Error as exc:
        raise NotAReadQuery(f"cannot parse the query: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise NotAReadQuery(f"expected exactly one statement, got {len(statements)}")
    return statements[0]


def _refuse(what: str) -> NotAReadQuery:
    return NotAReadQuery(f"refused: {what} is not a read statement. {READ_HELP}")


def check_read_only(sql: str) -> Classified:
    """What kind of read `sql` is, or NotAReadQuery saying why it is refused."""
    statement = _one_statement(sql)
    kind = _statement_type(statement)
    if kind is None:
        return _raise_unknown(sql)
    if kind == "SELECT":
        return Classified("SELECT")
    words = _keywords(sql)
    if kind == "MULTI" and words and words[0][1] == "PIVOT":
        return Classified("PIVOT")
    if kind == "EXPLAIN":
        return _check_explain(sql, words)
    raise _refuse(f"a {kind.replace('_', ' ')} statement (DuckDB statement type {kind})")


def _raise_unknown(sql: str):
    first = " ".join(word for _, word in _keywords(sql, 2))
    raise NotAReadQuery(
        f"refused: a statement of a type this command does not know (it starts with {first!r}); "
        f"{READ_HELP}"
    )


def _check_explain(sql: str, words: list[tuple[int, str]]) -> Classified:
    """EXPLAIN and EXPLAIN ANALYZE run only when what they wrap is itself a SELECT (EXPLAIN
    ANALYZE executes the statement). Options in parentheses are refused."""
    if not words or words[0][1] != "EXPLAIN":
        raise _refuse("an EXPLAIN statement in an unexpected form")
    analyze = len(words) > 1 and words[1][1] in ("ANALYZE", "ANALYSE")
    if len(words) < (3 if analyze else 2):
        raise _refuse("an EXPLAIN statement without a query")
    start = words[2 if analyze else 1][0]
    label = "EXPLAIN ANALYZE" if analyze else "EXPLAIN"
    try:
        inner = _one_statement(sql[start:])
    except NotAReadQuery:
        raise _refuse(f"an {label} in a form other than `{label} SELECT ...`") from None
    inner_kind = _statement_type(inner)
    if inner_kind != "SELECT":
        raise _refuse(f"an {label} of a {(inner_kind or 'unknown').replace('_', ' ')} statement "
                      f"(DuckDB statement type {inner_kind or 'unknown'})")
    return Classified(label)
