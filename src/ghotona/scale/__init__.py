"""Corpus scale (docs/scaling.md): streaming, process pools, Dask, a partitioned Parquet dataset.

The worker-side functions (:func:`extract_partition`, :func:`extract_partition_to_dataset`) are
pure and load the pipeline once per process, so the same code runs in one process, in
``--workers N`` processes, on a Dask cluster, or in Spark's ``rdd.mapPartitions``.
"""
from .parquet import extract_partition_to_dataset, extract_to_dataset, prepare
from .runners import DaskRunner, ProcessRunner, Runner, make_runner
from .stream import PARTITION_SIZE, extract_stream
from .worker import WorkerPipeline, events_of_lines, extract_documents, extract_partition

__all__ = ["DaskRunner", "PARTITION_SIZE", "ProcessRunner", "Runner", "WorkerPipeline", "events_of_lines",
           "extract_documents",
           "extract_partition", "extract_partition_to_dataset", "extract_stream", "extract_to_dataset",
           "make_runner", "prepare"]
