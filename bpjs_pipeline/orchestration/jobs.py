"""The job that selects every asset."""
from __future__ import annotations

import dagster as dg

JOB_NAME = "bpjs_pipeline_job"

bpjs_pipeline_job = dg.define_asset_job(
    name=JOB_NAME,
    selection=dg.AssetSelection.all(),
    description="Every asset: decode, clean and extract the selected articles, then publish the warehouse.",
)
