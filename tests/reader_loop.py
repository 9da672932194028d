"""A second process that queries the warehouse read-only in a loop until told to stop
(used by test_concurrent_readers). Prints one JSON line of results at the end."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

CONSISTENCY = """
SELECT
    (SELECT count(*) FROM articles) AS articles,
    (SELECT coalesce(sum(fact_count), 0) FROM articles) AS stated_facts,
    (SELECT count(*) FROM fact_participants) + (SELECT count(*) FROM fact_funds)
        + (SELECT count(*) FROM fact_targets) AS facts,
    (SELECT count(*) FROM articles AS a WHERE a.fact_count <> (
        SELECT count(*) FROM (SELECT article_id FROM fact_participants UNION ALL
                              SELECT article_id FROM fact_funds UNION ALL
                              SELECT article_id FROM fact_targets) AS f
        WHERE f.article_id = a.article_id)) AS half_loaded,
    (SELECT string_agg(article_id || ':' || sha256, '|' ORDER BY article_id) FROM articles) AS ids
"""


def main(warehouse: str, stop_file: str, mode: str) -> None:
    """mode `fresh`: a new read-only connection per query (sees each load once it lands);
    `hold`: one connection kept open all along (keeps the snapshot it opened: in one
    process, duckdb.connect on the same path shares that open database, so a new
    load is seen only after every connection to it is closed)."""
    stop = Path(stop_file)
    queries = failures = inconsistent = 0
    states: dict[str, int] = {}
    errors: list[str] = []
    held = duckdb.connect(warehouse, read_only=True) if mode == "hold" else None
    while not stop.exists():
        try:
            con = held or duckdb.connect(warehouse, read_only=True)
            try:
                articles, stated, facts, half, ids = con.execute(CONSISTENCY).fetchone()
            finally:
                if held is None:
                    con.close()
            queries += 1
            if half or stated != facts:
                inconsistent += 1
            states[ids] = states.get(ids, 0) + 1
        except Exception as exc:  # counted: a reader must never fail
            failures += 1
            errors.append(f"{type(exc).__name__}: {exc}"[:300])
        time.sleep(0.05)  # about 20 queries a second, leaving the runs most of the machine
    if held is not None:
        held.close()
    print(json.dumps({"queries": queries, "failures": failures, "inconsistent": inconsistent,
                      "states": len(states), "errors": errors[:5]}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
