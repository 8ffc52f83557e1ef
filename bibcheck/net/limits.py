"""How many requests may be in flight: the process's open-file limit.

Every request in flight holds a socket, and idle keep-alive connections hold
one each too; running out of descriptors would turn into a flood of bogus
connection errors.  :func:`descriptor_budget` raises the soft limit to the
hard limit when it can, and otherwise caps the concurrency, with a message
that says what to do.
"""

from __future__ import annotations

import resource

RESERVED_FDS = 64  # the database, the terminal, the DNS threads, Python itself
FDS_PER_REQUEST = 2  # the request's socket and, on average, one idle keep-alive socket


def allowed_concurrency(wanted: int, soft: int) -> int:
    """Requests in flight that ``soft`` open files allow (at least 1)."""
    return max(1, min(wanted, (soft - RESERVED_FDS) // FDS_PER_REQUEST))


def descriptor_budget(wanted: int) -> tuple[int, str]:
    """(requests in flight allowed, a message when that is fewer than ``wanted``)."""
    needed = RESERVED_FDS + FDS_PER_REQUEST * wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(hard, needed)
        if target > soft:
            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
                soft = target
            except (ValueError, OSError):
                pass
    if soft == resource.RLIM_INFINITY:
        return wanted, ""
    allowed = allowed_concurrency(wanted, soft)
    if allowed >= wanted:
        return wanted, ""
    return allowed, (
        f"the open-file limit of this process ({soft}) allows only {allowed} requests "
        f"in flight instead of {wanted}; raise it (e.g. `ulimit -n {needed}`) to check faster"
    )
