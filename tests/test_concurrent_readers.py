"""Readers keep working while runs write: read-only queries from other processes during
several real `bpjs-pipeline run`s never fail and never see an article half loaded."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from corpus import PROJECT_ROOT, article, cli_env, run_cli

RUNS = 2  # the seeds + extras (files added), then the seeds again (files removed)


def test_readers_never_fail_nor_see_half_a_load(tmp_path, published_seeds):
    seeds, warehouse = published_seeds
    env = cli_env(seeds, warehouse)
    stop = tmp_path / "stop"
    readers = {
        mode: subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("reader_loop.py")), str(warehouse), str(stop), mode],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for mode in ("fresh", "hold")
    }
    # `bpjs-pipeline sql` in a loop as well, from this process's thread.
    cli_results: list[subprocess.CompletedProcess] = []

    def sql_loop() -> None:
        while not stop.exists():
            cli_results.append(subprocess.run(
                [sys.executable, "-m", "bpjs_pipeline.cli", "sql",
                 "SELECT count(*) AS n, sum(fact_count) AS facts FROM articles", "--format", "csv"],
                cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
            ))
            time.sleep(0.2)

    sql_thread = threading.Thread(target=sql_loop)
    sql_thread.start()
    try:
        extra = seeds / "extra.txt"
        for i in range(RUNS):
            # Alternate between two states of the folder so every run changes the warehouse.
            if i % 2 == 0:
                extra.write_text(article(f"5{i},5{i}", 2020 + i))
                (seeds / "second extra.txt").write_text(article(f"6{i},6{i}", 2010 + i))
            else:
                extra.unlink()
                (seeds / "second extra.txt").unlink()
            result = run_cli(env)
            assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    finally:
        stop.touch()
        sql_thread.join(timeout=120)
        outputs = {mode: proc.communicate(timeout=120) for mode, proc in readers.items()}
    stats = {mode: json.loads(out.strip().splitlines()[-1]) for mode, (out, _) in outputs.items()}
    print("readers:", stats, "cli queries:", len(cli_results))
    for mode in ("fresh", "hold"):
        assert stats[mode]["failures"] == 0, stats[mode]["errors"]
        assert stats[mode]["inconsistent"] == 0
        assert stats[mode]["queries"] >= 50
    # Published contents: the seeds, seeds + extras of run 0, the seeds again (run 1): two
    # distinct states, each seen by a fresh connection once it lands.
    assert stats["fresh"]["states"] == 2, "a fresh connection sees every load once it lands"
    assert stats["hold"]["states"] == 1, "a connection kept open keeps the snapshot it opened"
    failed = [r for r in cli_results if r.returncode != 0]
    assert cli_results and not failed, failed[:1] and failed[0].stderr
