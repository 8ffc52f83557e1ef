"""Shared fixtures. No test touches the internet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.store import open_db
from tests.archiveserver import ArchiveServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "references" / "on-the-course-of-cooperation.md"
PANDOC_SAMPLE = ROOT / "references" / "pandoc-sample.md"

try:  # the network fixtures (local HTTP/HTTPS servers), when present
    from tests.conftest_net import *  # noqa: F403
except ImportError:  # pragma: no cover
    pass


@pytest.fixture(scope="session")
def archive_server() -> Iterator[ArchiveServer]:
    """A local fake web archive (Wayback CDX, availability, replay, Save Page Now)."""
    server = ArchiveServer().start()
    yield server
    server.stop()


@pytest.fixture
def fake(archive_server: ArchiveServer) -> ArchiveServer:
    """The fake archive, emptied for this test."""
    archive_server.reset()
    return archive_server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_db(db_path)
    yield database
    database.close()
