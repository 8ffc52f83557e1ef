"""pytest fixtures for the verify stage: fake registries on loopback (HTTP and HTTPS).

Imported by ``tests/conftest.py`` as a plugin.  The servers are session-scoped
and emptied for each test by the ``registry`` / ``registry_tls`` fixtures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bibcheck.net.settings import NetSettings
from bibcheck.verify.settings import VerifySettings
from tests.netserver import Certs
from tests.registryserver import (
    CROSSREF_HOST,
    DOI_HOST,
    OPENALEX_HOST,
    REGISTRY_HOSTS,
    RegistryServer,
)

__all__ = [
    "registry",
    "registry_certs",
    "registry_server",
    "registry_tls",
    "registry_tls_server",
    "verify_settings_for",
]


@pytest.fixture(scope="session")
def registry_server() -> Iterator[RegistryServer]:
    server = RegistryServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def registry_certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Certs, Path]:
    certs = Certs.create(extra_names=REGISTRY_HOSTS)
    return certs, certs.write_ca(tmp_path_factory.mktemp("registry-pki") / "ca.pem")


@pytest.fixture(scope="session")
def registry_tls_server(registry_certs: tuple[Certs, Path]) -> Iterator[RegistryServer]:
    server = RegistryServer(tls=registry_certs[0].server_context()).start()
    yield server
    server.stop()


@pytest.fixture
def registry(registry_server: RegistryServer) -> RegistryServer:
    registry_server.reset()
    return registry_server


@pytest.fixture
def registry_tls(registry_tls_server: RegistryServer) -> RegistryServer:
    registry_tls_server.reset()
    return registry_tls_server


def verify_settings_for(
    server: RegistryServer, ca_file: Path | None = None, **changes: object
) -> VerifySettings:
    """Fast settings pointing every registry at ``server``."""
    net = NetSettings(
        timeout=3.0,
        connect_timeout=2.0,
        retries=1,
        backoff=0.01,
        resolve={h: "127.0.0.1" for h in REGISTRY_HOSTS},
        allow_hosts=frozenset(REGISTRY_HOSTS),
        ca_bundle=str(ca_file) if ca_file else None,
    )
    settings = VerifySettings(
        net=net,
        crossref_url=server.url(CROSSREF_HOST, "").rstrip("/"),
        doi_handle_url=server.url(DOI_HOST, "/api/handles/"),
        doi_content_url=server.url(DOI_HOST, "/"),
        openalex_url=server.url(OPENALEX_HOST, "").rstrip("/"),
        mailto="editor@example.org",
        api_min_interval=0.0,
        page_interval=0.0,
        retries=1,
        cache_ttl=timedelta(days=30),
    )
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
