"""Asset check: files of the seeds folder that are not published as articles."""

import dagster as dg

from bpjs_pipeline.orchestration.metadata import text_table
from bpjs_pipeline.report.previews import failure_preview
from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.warehouse import open_read_only

QUARANTINE_KEY = dg.AssetKey(["warehouse", "quarantine"])
PREVIEW_ROWS = 50


@dg.asset_check(
    asset=QUARANTINE_KEY,
    blocking=False,
    description=(
        "The published `quarantine` table is empty: every file in the seeds folder was decoded "
        "and processed. Warns otherwise, listing each file with its reason (not decodable with "
        "certainty, too large, binary, HTML, vanished, processing failed, a symlink, not .txt); "
        "the other articles are published regardless."
    ),
)
def no_quarantined_files(paths: PipelinePaths) -> dg.AssetCheckResult:
    con = open_read_only(paths.warehouse_path)
    try:
        frame = con.execute(
            "SELECT file, reason, sha256, first_seen, last_seen FROM quarantine ORDER BY file"
        ).df()
    finally:
        con.close()
    return dg.AssetCheckResult(
        passed=frame.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "failure_cases": dg.MetadataValue.int(len(frame)),
            "articles": dg.MetadataValue.md("\n".join(f"- `{f}`" for f in frame["file"]) or "_none_"),
            "failure_cases_preview": text_table(failure_preview(
                "no_quarantined_files", frame[["file", "reason", "first_seen"]].head(PREVIEW_ROWS))[0]),
        },
    )
