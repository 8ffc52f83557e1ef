"""Shared fixtures. No test touches the internet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.manuscript import parse_file
from bibcheck.store import open_db
from bibcheck.store.documents import save_document
from tests.archiveserver import ArchiveServer
from tests.helpers import PANDOC_SAMPLE, ROOT, SAMPLE, store_tricky

__all__ = ["PANDOC_SAMPLE", "ROOT", "SAMPLE"]  # kept importable from here for older tests

# The network fixtures (local HTTP/HTTPS servers on loopback) live in their own plugin module.
pytest_plugins = ["tests.conftest_net", "tests.conftest_verify", "tests.conftest_pg"]


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


@pytest.fixture(scope="module")
def sample_db() -> Database:
    """The sample manuscript stored in an in-memory database (read-only use)."""
    db = open_db(memory=True)
    save_document(db, parse_file(SAMPLE), size=0, now=datetime(2024, 1, 1, tzinfo=UTC))
    return db


@pytest.fixture(scope="module")
def tricky() -> Database:
    """Documents with hard export cases (tests/helpers.tricky_documents), with link history."""
    return store_tricky(open_db(memory=True))
