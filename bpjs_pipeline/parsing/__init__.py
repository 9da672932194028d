"""Indonesian text parsing: figures, dates and sentences (no Dagster, no I/O)."""
