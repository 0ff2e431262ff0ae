"""Where an archive build's tasks run: in this process, on a local cluster, or on a running scheduler.

The scheduler changes where tasks run, never what they compute: every
result is written by a task or computed from written files, and nothing
depends on the order tasks finish in.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Iterator

SYNC = "sync"
LOCAL = "local"


@contextlib.contextmanager
def scheduler(name: str = SYNC, *, workers: int = 2) -> Iterator[None]:
    """Run the Dask work inside on ``name``: ``sync``, ``local`` (``workers`` processes) or an address."""
    import dask

    if name == SYNC:
        with dask.config.set(scheduler="synchronous"):
            yield
        return
    from distributed import Client, LocalCluster

    if name == LOCAL:
        # One thread a worker: extraction is pure Python and would only
        # contend for the interpreter lock.
        # Its notes on every shuffle are not for a user: only errors are shown.
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster):
            yield
        return
    with Client(name):
        yield
