"""Corpus scale (docs/scaling.md): streaming, process pools, Dask, a partitioned Parquet dataset.

The worker-side functions (:func:`extract_partition`, :func:`extract_partition_to_dataset`) are
pure and load the pipeline once per process, so the same code runs in one process, in
``--workers N`` processes, on a Dask cluster, or in Spark's ``rdd.mapPartitions``.
"""
from importlib import import_module

# Loaded on first use, so that `ghotona extract` in one process does not import the Parquet writer
# and, through it, the store (SQLAlchemy).
_WHERE = {
    "extract_partition_to_dataset": "parquet", "extract_to_dataset": "parquet", "prepare": "parquet",
    "DaskRunner": "runners", "ProcessRunner": "runners", "Runner": "runners", "make_runner": "runners",
    "PARTITION_SIZE": "stream", "extract_stream": "stream",
    "WorkerPipeline": "worker", "events_of_lines": "worker", "extract_documents": "worker",
    "extract_partition": "worker",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
