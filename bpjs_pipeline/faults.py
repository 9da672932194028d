"""Named points in a run where a test can stop it, to prove crash safety.

When `BPJS_PAUSE_AT` names a point (a comma-separated list may name several)
and `BPJS_PAUSE_DIR` is a folder, reaching that point creates
`<dir>/<point>.reached` and waits until `<dir>/<point>.resume` exists (at most
`BPJS_PAUSE_SECONDS`, default 120). A test kills the process while it waits,
or lets it go on after changing the seed files. Without these variables
`pause_point` does nothing: production runs never wait.

Points, in the order a run reaches them:

* `raw_articles:before_read` — partitions known, no file read yet;
* `raw_articles:in_transaction` — inside the staging transaction, old rows
  deleted, new rows not yet committed;
* `extracted_facts:after_extract` — facts extracted in memory, staging not
  yet written;
* `publish:building` — the new warehouse half built in its temporary file;
* `publish:before_replace` — temporary file complete, not yet moved;
* `publish:after_replace` — the new warehouse in place, the run not finished.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_AT_ENV = "BPJS_PAUSE_AT"
PAUSE_DIR_ENV = "BPJS_PAUSE_DIR"
PAUSE_SECONDS_ENV = "BPJS_PAUSE_SECONDS"

POINTS = (
    "raw_articles:before_read",
    "raw_articles:in_transaction",
    "extracted_facts:after_extract",
    "publish:building",
    "publish:before_replace",
    "publish:after_replace",
)


def pause_point(name: str) -> None:
    wanted = os.environ.get(PAUSE_AT_ENV)
    folder = os.environ.get(PAUSE_DIR_ENV)
    if not wanted or not folder or name not in wanted.split(","):
        return
    folder_path = Path(folder)
    stem = name.replace(":", "__")
    resume = folder_path / f"{stem}.resume"
    (folder_path / f"{stem}.reached").write_text(str(os.getpid()))
    from bpjs_pipeline.settings import PAUSE_SECONDS

    deadline = time.monotonic() + PAUSE_SECONDS.read()
    while not resume.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
