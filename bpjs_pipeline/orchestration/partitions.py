"""The `articles` dynamic partitions: one partition per seed file."""
from __future__ import annotations

from dataclasses import dataclass

import dagster as dg

from bpjs_pipeline.ingest import discover_seed_files
from bpjs_pipeline.ingest.partition_keys import article_id_from_key
from bpjs_pipeline.orchestration.resources import PipelinePaths

ARTICLES_PARTITIONS_NAME = "articles"
articles_partitions = dg.DynamicPartitionsDefinition(name=ARTICLES_PARTITIONS_NAME)

# Adding tens of thousands of partitions in one call overflows SQLite's
# variable limit; add them in batches.
ADD_BATCH = 500


@dataclass(frozen=True)
class PartitionSync:
    keys: list[str]  # every partition after the sync, in the instance's order
    added: list[str]
    removed: list[str]


def sync_article_partitions(instance: dg.DagsterInstance, paths: PipelinePaths) -> PartitionSync:
    """Make the `articles` partitions match the seed files: add new ones, delete vanished ones.

    The rows of deleted partitions are removed from staging by the warehouse
    asset (it prunes every article without a partition) on its next run.
    """
    wanted = [f.partition_key for f in discover_seed_files(paths.seeds_path)]
    existing = instance.get_dynamic_partitions(ARTICLES_PARTITIONS_NAME)
    existing_set, wanted_set = set(existing), set(wanted)
    added = [k for k in wanted if k not in existing_set]
    removed = [k for k in existing if k not in wanted_set]
    for start in range(0, len(added), ADD_BATCH):
        instance.add_dynamic_partitions(ARTICLES_PARTITIONS_NAME, added[start : start + ADD_BATCH])
    for key in removed:
        instance.delete_dynamic_partition(ARTICLES_PARTITIONS_NAME, key)
    keys = instance.get_dynamic_partitions(ARTICLES_PARTITIONS_NAME)
    return PartitionSync(keys=list(keys), added=added, removed=removed)


def article_ids_for(partition_keys: list[str]) -> list[str]:
    return [article_id_from_key(k) for k in partition_keys]
