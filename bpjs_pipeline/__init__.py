"""BPJS Ketenagakerjaan figures from news articles: ingest, clean, extract, validate, warehouse."""
