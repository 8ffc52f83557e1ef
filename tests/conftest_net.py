"""pytest fixtures for the network tests: local servers, CA, settings.

Imported into ``tests/conftest.py`` with ``from tests.conftest_net import *``.
Servers are session-scoped (cheap to share); tests that read server
statistics call ``stats.reset()`` first or use unique paths.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from bibcheck.check.settings import CheckSettings
from bibcheck.net.settings import CLIENTS
from tests.netclient import close_all
from tests.netserver import TEST_HOSTS, Certs, SiteServer, resolve_map

__all__ = [
    "PROXY_VARS",
    "clear_proxy_env",
    "close_fetchers",
    "pki_certs",
    "ca_file",
    "http_server",
    "https_server",
    "http_backend",
    "net_settings",
]

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def close_fetchers() -> Iterator[None]:
    """Close the event loops and connections of the test fetchers made by a test."""
    yield
    close_all()


@pytest.fixture(autouse=True)
def clear_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy variables: loopback must really mean loopback."""
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="session")
def pki_certs() -> Certs:
    return Certs.create()


@pytest.fixture(scope="session")
def ca_file(pki_certs: Certs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pki_certs.write_ca(tmp_path_factory.mktemp("pki") / "ca.pem")


@pytest.fixture(scope="session")
def http_server() -> Iterator[SiteServer]:
    server = SiteServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def https_server(pki_certs: Certs) -> Iterator[SiteServer]:
    server = SiteServer(tls=pki_certs.server_context()).start()
    yield server
    server.stop()


@pytest.fixture(params=CLIENTS)
def http_backend(request: pytest.FixtureRequest) -> str:
    """The HTTP client under test: every test on ``net_settings`` runs on both."""
    return str(request.param)


@pytest.fixture
def net_settings(ca_file: Path, http_backend: str) -> CheckSettings:
    """Fast settings: test hosts -> 127.0.0.1 and exempt from the address check."""
    return dataclasses.replace(
        CheckSettings(),
        client=http_backend,
        timeout=2.0,
        connect_timeout=2.0,
        retries=1,
        backoff=0.01,
        min_interval=0.0,
        concurrency=8,
        resolve=resolve_map(),
        allow_hosts=frozenset(TEST_HOSTS),
        ca_bundle=str(ca_file),
    )
