"""Where the chunks of a feed are checked: this process, a local process pool, or Dask.

Every engine has one method, ``run(chunks)``: it pulls chunks lazily from an iterator and yields
``(chunk, rows)`` as each finishes, in any order, with at most ``2 x workers`` chunks in flight.
That bound is what keeps memory proportional to the chunk size: the reader is not drained ahead
of the workers, and finished rows go to the writer at once.

* :class:`InlineEngine` checks in this process (``workers=0``): no start-up, for small feeds
  and debugging.
* :class:`LocalEngine` is a process pool over the machine's cores (claim checking is pure
  Python: threads would share one interpreter lock). Workers are spawned, not forked, so they
  never inherit a lock held by a thread of the parent (pyarrow, Rich), and each warms the
  checker up once in its initializer.
* :class:`DaskEngine` runs on a dask.distributed cluster, an existing one by address or a
  LocalCluster it starts; a worker plugin warms each worker up once as it joins. Dask is an
  optional extra (``capscope[dask]``): imported only here, only when asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from capscope.errors import BadInput
from capscope.feed.job import check_chunk, ensure_warm
from capscope.feed.reader import Article

Chunk = list[Article]
Rows = list[dict[str, Any]]


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class InlineEngine:
    """Check chunks one after another in this process."""

    workers = 1
    description = "this process"

    def run(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, Rows]]:
        for chunk in chunks:
            yield chunk, check_chunk(chunk)

    def close(self) -> None:
        pass


def _init_worker() -> None:
    """A pool worker ignores Ctrl+C (the parent stops the run and says what was saved) and
    warms the checker up once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ensure_warm()


class LocalEngine:
    """A pool of ``workers`` spawned processes, each warmed up once."""

    def __init__(self, workers: int | None = None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers or default_workers()
        self.description = f"{self.workers} local worker process{'es' * (self.workers > 1)}"
        self._pool = ProcessPoolExecutor(self.workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker)

    def run(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, Rows]]:
        from concurrent.futures import FIRST_COMPLETED, wait

        source = iter(chunks)
        pending: dict[Any, Chunk] = {}

        def refill() -> None:
            while len(pending) < 2 * self.workers:
                chunk = next(source, None)
                if chunk is None:
                    return
                pending[self._pool.submit(check_chunk, chunk)] = chunk

        refill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield pending.pop(fut), fut.result()
            refill()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _warm_plugin() -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Warm each worker's checker up once, as it joins the cluster."""

        name = "capscope-warm-up"

        def setup(self, worker: Any) -> None:
            ensure_warm()

    return WarmUp()


def parse_dask(spec: str) -> tuple[str, int | None]:
    """'local' / 'local:N' -> ('local', N or None); anything else is a scheduler address."""
    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if n and not (n.isdigit() and int(n) > 0):
            raise BadInput(f"--dask {spec!r}: {n!r} is not a number of workers",
                           "write local, local:4, or a scheduler address like tcp://host:8786")
        return "local", int(n) if n else None
    return spec, None


class DaskEngine:
    """Chunks as tasks on a dask.distributed cluster: ``local[:N]``, an address, or a Client."""

    def __init__(self, target: str | Any, *, processes: bool = True) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise BadInput("Dask is not installed",
                           "pip install 'capscope[dask]' (dask and distributed)") from None
        self._own: list[Any] = []
        if isinstance(target, str):
            where, n = parse_dask(target)
            if where == "local":
                n = n or default_workers()
                cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                                       dashboard_address=None)
                self._own.append(cluster)
                client = Client(cluster)
            else:
                try:
                    client = Client(where, timeout="10s")
                except (OSError, TimeoutError, ValueError) as exc:
                    raise BadInput(f"cannot reach the Dask scheduler at {where!r} ({exc})",
                                   "check the address, or use --dask local:N") from None
            self._own.insert(0, client)
        else:
            client = target
        self.client = client
        try:
            client.register_plugin(_warm_plugin())
        except BaseException:
            self.close()  # a cluster this engine started must not outlive the failure
            raise
        self.workers = max(1, sum(w.get("nthreads", 1) for w in
                                  client.scheduler_info()["workers"].values()))
        self.description = f"Dask, {self.workers} worker thread{'s' * (self.workers > 1)}"

    def run(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, Rows]]:
        from distributed import as_completed

        source = iter(chunks)
        pending: dict[str, Chunk] = {}
        queue = as_completed()

        def submit() -> bool:
            chunk = next(source, None)
            if chunk is None:
                return False
            fut = self.client.submit(check_chunk, chunk, pure=False)
            pending[fut.key] = chunk
            queue.add(fut)
            return True

        for _ in range(2 * self.workers):
            if not submit():
                break
        for fut in queue:
            yield pending.pop(fut.key), fut.result()
            fut.release()
            submit()

    def close(self) -> None:
        for thing in self._own:
            thing.close()


def make_engine(workers: int | None = None, dask: str | Any | None = None) -> Any:
    """The engine a run asked for: Dask when ``dask`` is given, else local (0 = inline)."""
    if dask is not None:
        return DaskEngine(dask)
    if workers is not None and workers < 0:
        raise BadInput(f"--workers {workers} is negative", "pass 0 (this process) or more")
    if workers == 0:
        return InlineEngine()
    return LocalEngine(workers)


__all__ = ["DaskEngine", "InlineEngine", "LocalEngine", "default_workers", "make_engine",
           "parse_dask"]
