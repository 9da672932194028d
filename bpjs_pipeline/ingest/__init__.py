"""Finding seed files and decoding them into RawArticle records."""
from bpjs_pipeline.ingest.discover import SeedFile, discover_seed_files
from bpjs_pipeline.ingest.partition_keys import article_id_from_key, partition_key_for
from bpjs_pipeline.ingest.read import ArticleDecodeError, read_article

__all__ = [
    "ArticleDecodeError",
    "SeedFile",
    "article_id_from_key",
    "discover_seed_files",
    "partition_key_for",
    "read_article",
]
