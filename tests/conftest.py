"""Shared fixtures. No test touches the internet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.store import open_db

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "references" / "on-the-course-of-cooperation.md"
PANDOC_SAMPLE = ROOT / "references" / "pandoc-sample.md"

try:  # the network fixtures (local HTTP/HTTPS servers), when present
    from tests.conftest_net import *  # noqa: F403
except ImportError:  # pragma: no cover
    pass


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_db(db_path)
    yield database
    database.close()
