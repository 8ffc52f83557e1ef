"""Settings: file, then flags; malformed configuration is an error, never ignored."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bibcheck.config import load_settings
from bibcheck.errors import ConfigError


def test_defaults(tmp_path: Path) -> None:
    s = load_settings(tmp_path)
    assert s.source is None
    assert s.check.per_host == 2 and s.check.concurrency >= 32
    assert s.check.max_redirects == 10 and not s.check.allow_private
    assert s.max_age == timedelta(days=7) and s.max_age_failed < s.max_age


def test_bibcheck_toml_then_flags(tmp_path: Path) -> None:
    (tmp_path / "bibcheck.toml").write_text(
        'per_host = 1\ntimeout = 5\nuser_agent = "x (+mailto:e@example.org)"\n'
        'max_age_days = 2\nexclude = ["example\\\\.org/private"]\naccepted_status = [999]\n',
        encoding="utf-8",
    )
    s = load_settings(tmp_path, per_host=3, timeout=None)
    assert s.check.per_host == 3  # the flag wins
    assert s.check.timeout == 5.0  # an unset flag leaves the file's value
    assert s.check.user_agent.startswith("x ")
    assert s.check.accepted_status == frozenset({999})
    assert s.max_age == timedelta(days=2)
    assert not s.wants("https://example.org/private/a") and s.wants("https://example.org/a")


def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.bibcheck]\nconcurrency = 8\ninclude = ["^https://"]\n',
        encoding="utf-8",
    )
    s = load_settings(tmp_path)
    assert s.check.concurrency == 8
    assert s.wants("https://a.org") and not s.wants("http://a.org")
    assert s.source is not None and "tool.bibcheck" in s.source


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("per_host = ", "malformed TOML", id="bad-toml"),
        pytest.param("per_hots = 2\n", "unknown setting", id="typo"),
        pytest.param('per_host = "two"\n', "must be a number", id="wrong-type"),
        pytest.param("per_host = -1\n", "must not be negative", id="negative"),
        pytest.param("allow_private = 1\n", "true or false", id="not-bool"),
        pytest.param('exclude = ["(unclosed"]\n', "bad pattern", id="bad-regex"),
        pytest.param("accepted_status = 999\n", "must be a list", id="not-list"),
    ],
)
def test_malformed_config(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bibcheck.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(tmp_path)


@pytest.mark.parametrize("key", ["timeout", "per_host", "concurrency", "max_bytes"])
def test_zero_is_refused_where_it_would_break_every_check(tmp_path: Path, key: str) -> None:
    (tmp_path / "bibcheck.toml").write_text(f"{key} = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="greater than 0"):
        load_settings(tmp_path)
