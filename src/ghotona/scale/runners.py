"""Where partitions run: in this process, in a pool of processes, or on a Dask cluster.

Every runner maps a pure function over partitions and yields the results in input order, with a
bounded number of partitions in flight, so memory stays flat however long the input is and the
output equals the single-process output byte for byte.
"""
from __future__ import annotations

import itertools
import signal
from collections import deque
from typing import Any, Callable, Iterable, Iterator, TypeVar

from ..inputs import InputError
from .worker import warm_up

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def ordered_results(submit: Callable[[Any], Any], partitions: Iterable[Any], window: int) -> Iterator[Any]:
    """Submit partitions as futures, at most ``window`` in flight, and yield their results in order."""
    pending: deque = deque()
    for part in partitions:
        pending.append(submit(part))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def split(items: list[T], parts: int) -> list[list[T]]:
    """``items`` in at most ``parts`` contiguous, nearly equal lists."""
    size = max(1, -(-len(items) // max(1, parts)))
    return [items[i:i + size] for i in range(0, len(items), size)]


class Runner:
    """In this process (``--workers 1``): no pickling, no start-up cost."""

    workers = 1

    def map(self, func: Callable, partitions: Iterable[Any], *args: Any) -> Iterator[Any]:
        for part in partitions:
            yield func(part, *args)

    def map_list(self, func: Callable, items: list[T], *args: Any) -> list:
        """``func`` over ``items`` split into one chunk per worker; the results concatenated."""
        return [r for chunk in self.map(func, split(items, self.workers), *args) for r in chunk]

    def close(self) -> None:
        pass

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _pool_worker_init() -> None:
    # Ctrl-C is the parent's to handle (it cancels what is queued and says how to resume); a worker
    # that took it too would die mid-task and print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


class ProcessRunner(Runner):
    """``--workers N``: N processes, each loading the resources once (the pool's initializer)."""

    def __init__(self, workers: int):
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_pool_worker_init)

    def map(self, func: Callable, partitions: Iterable[Any], *args: Any) -> Iterator[Any]:
        return ordered_results(lambda part: self.pool.submit(func, part, *args), partitions, 2 * self.workers)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(Runner):
    """``--dask ADDRESS`` (a running scheduler) or ``--dask local`` (a LocalCluster of ``workers``
    single-threaded processes): the same functions as futures on the cluster."""

    def __init__(self, address: str, workers: int = 2):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError("--dask needs dask.distributed: pip install 'ghotona[scale]'") from None
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout="10s")
            except OSError as exc:
                raise InputError(f"--dask {address}: cannot reach the scheduler ({exc})") from None
        self.client.run(warm_up)  # resources loaded once per worker, before the first task
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, func: Callable, partitions: Iterable[Any], *args: Any) -> Iterator[Any]:
        def submit(part):
            return self.client.submit(func, part, *args, pure=False)

        return ordered_results(submit, partitions, 2 * self.workers)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_runner(workers: int = 1, dask: str | None = None) -> Runner:
    if workers < 1:
        raise InputError(f"--workers {workers}: give 1 or more")
    if dask:
        return DaskRunner(dask, workers)
    return ProcessRunner(workers) if workers > 1 else Runner()
