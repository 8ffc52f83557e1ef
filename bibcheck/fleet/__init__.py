"""A worker fleet on procrastinate: many machines share one PostgreSQL database.

The ``bibcheck[postgres]`` extra.  Work is cut into jobs kept in
PostgreSQL by procrastinate (a task queue with per-job locks, retries and
stalled-job recovery) and run by ``bibcheck worker`` processes on any number
of machines:

* :mod:`.check` - a check run's due URLs as jobs of one host each (at most
  ``chunk`` URLs), with procrastinate's ``lock`` set to the host, so one worker
  at a time serves a host and the per-host rules hold across the fleet;
* :mod:`.archive` - archive lookups as jobs, paced by one fleet-wide rate row
  (:mod:`.rates`);
* :mod:`.ingest` - manuscripts parsed on the workers;
* :mod:`.worker` - the worker, with a sweeper that hands the jobs of a worker
  that stopped sending heartbeats (killed, frozen, cut off) to the others;
* :mod:`.status` - what is queued, running and failed, per host.

Every observation is written "insert or do nothing" under its unique key (one
per URL per run), so a job run twice stores its results once.
"""

from __future__ import annotations
