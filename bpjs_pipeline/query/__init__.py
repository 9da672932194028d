"""`bpjs-pipeline sql`: one read-only query against the published warehouse, under limits.

Read-only by construction, in three layers: the statement (`statement.py`: exactly one read
statement, typed by DuckDB's parser), the connection (`connection.py`: read-only under a
private name, no file but the warehouse reachable, nothing ever written, configuration
locked) and the limits (`stream.py`: a child process, `child.py`, killed at the time limit
or on Ctrl-C, its memory capped, its rows written as they come, `output.py`, within row and
byte caps). The package imports nothing of the rest of the pipeline, so the query's process
starts quickly.
"""
