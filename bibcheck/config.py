"""Settings: defaults, then a config file, then command-line flags.

The config file is the first of ``bibcheck.toml`` (top-level keys) or the
``[tool.bibcheck]`` table of ``pyproject.toml`` found in the working
directory.  A malformed file, an unknown key or a value of the wrong type is
a :class:`~bibcheck.errors.ConfigError`: a typo must never be silently
ignored.

Example ``bibcheck.toml``::

    per_host = 2
    concurrency = 32
    timeout = 15
    user_agent = "bibcheck (+mailto:editor@example.org)"
    max_age_days = 7
    max_age_failed_hours = 12
    exclude = ["^https?://localhost", "example\\\\.org/private"]
    accepted_status = [999]
    # citation verification: registries (every base URL a setting) and politeness
    crossref_url = "https://api.crossref.org"
    mailto = "editor@example.org"
    verify_concurrency = 1
    verify_cache_days = 30
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bibcheck.archive.settings import ArchiveSettings
from bibcheck.check.settings import CheckSettings
from bibcheck.errors import ConfigError
from bibcheck.net.settings import CLIENTS
from bibcheck.store.links import ConfirmPolicy
from bibcheck.verify.settings import VerifySettings


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be tuned with."""

    check: CheckSettings = field(default_factory=CheckSettings)
    max_age: timedelta = timedelta(days=7)  # a success is re-checked after this
    max_age_failed: timedelta = timedelta(hours=12)  # a failure sooner
    confirm: ConfirmPolicy = field(default_factory=ConfirmPolicy)
    include: tuple[str, ...] = ()  # regexes; when given, only matching URLs are checked
    exclude: tuple[str, ...] = ()  # regexes; matching URLs are never checked
    archive: ArchiveSettings = field(default_factory=ArchiveSettings)
    verify: VerifySettings = field(default_factory=VerifySettings)
    source: str | None = None  # the file the settings came from

    def wants(self, url: str) -> bool:
        """Is ``url`` to be checked under include/exclude?"""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        # (asked of every due URL three times in a check run: nothing to search, no search)
        return not self.exclude or not any(re.search(p, url) for p in self.exclude)


_CHECK_KEYS = {f.name for f in dataclasses.fields(CheckSettings)}
_RUN_KEYS = {
    "max_age_days": float,
    "max_age_failed_hours": float,
    "confirm_failures": int,
    "confirm_span_hours": float,
    "include": list,
    "exclude": list,
}
# archive settings: config key -> ArchiveSettings field
_ARCHIVE_KEYS = {
    "wayback_cdx_url": "cdx_url",
    "wayback_available_url": "available_url",
    "wayback_snapshot_url": "snapshot_base",
    "wayback_save_url": "save_url",
    "memento_url": "memento_url",
    "archive_min_interval": "min_interval",
    "archive_timeout": "timeout",
    "drift_threshold": "drift_threshold",
}
# verify settings: config key -> (VerifySettings field, type)
_VERIFY_KEYS: dict[str, tuple[str, type]] = {
    "crossref_url": ("crossref_url", str),
    "doi_handle_url": ("doi_handle_url", str),
    "doi_content_url": ("doi_content_url", str),
    "openalex_url": ("openalex_url", str),
    "mailto": ("mailto", str),
    "openalex_api_key": ("openalex_api_key", str),
    "verify_concurrency": ("api_concurrency", int),
    "verify_min_interval": ("api_min_interval", float),
    "verify_page_interval": ("page_interval", float),
    "verify_batch": ("batch", int),
    "verify_pages": ("pages", bool),
    "verify_quotations": ("quotations", bool),
}
_VERIFY_DAYS = {"verify_cache_days": "cache_ttl", "verify_miss_days": "miss_ttl"}


def load_settings(directory: str | Path = ".", **overrides: Any) -> Settings:
    """Settings from the config file in ``directory``, then ``overrides`` (None = unset)."""
    values, source = _read_file(Path(directory))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return build_settings(values, source)


def build_settings(values: dict[str, Any], source: str | None = None) -> Settings:
    """Validate a flat mapping of setting names and build :class:`Settings`."""
    unknown = sorted(
        set(values)
        - set(_CHECK_KEYS)
        - set(_RUN_KEYS)
        - set(_ARCHIVE_KEYS)
        - set(_VERIFY_KEYS)
        - set(_VERIFY_DAYS)
        - {"archive_max_age_days"}
    )
    if unknown:
        raise ConfigError(f"{source or 'settings'}: unknown setting(s): {', '.join(unknown)}")
    check_values = {k: _coerce(k, v, source) for k, v in values.items() if k in _CHECK_KEYS}
    try:
        check = CheckSettings(**check_values)
        confirm = ConfirmPolicy(
            failures=int(values.get("confirm_failures", 2)),
            span=timedelta(hours=float(values.get("confirm_span_hours", 24))),
        )
        archive = ArchiveSettings(
            check=check,
            max_age=timedelta(days=float(values.get("archive_max_age_days", 30))),
            **{field_: values[key] for key, field_ in _ARCHIVE_KEYS.items() if key in values},
        )
        verify = _verify_settings(values, check, source)
        settings = Settings(
            check=check,
            archive=archive,
            verify=verify,
            max_age=timedelta(days=float(values.get("max_age_days", 7))),
            max_age_failed=timedelta(hours=float(values.get("max_age_failed_hours", 12))),
            confirm=confirm,
            include=tuple(str(p) for p in values.get("include", ())),
            exclude=tuple(str(p) for p in values.get("exclude", ())),
            source=source,
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source or 'settings'}: {exc}") from None
    for pattern in (*settings.include, *settings.exclude):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{source or 'settings'}: bad pattern {pattern!r}: {exc}") from None
    return settings


def _verify_settings(
    values: dict[str, Any], check: CheckSettings, source: str | None
) -> VerifySettings:
    """The verify stage's settings: its own keys, the check's network settings."""
    where = source or "settings"
    chosen: dict[str, Any] = {"net": check, "page_interval": check.min_interval}
    for key, (name, kind) in _VERIFY_KEYS.items():
        if key not in values or values[key] is None:
            continue
        value = values[key]
        if kind is bool and not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} must be true or false")
        if kind in (int, float) and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ConfigError(f"{where}: {key} must be a number")
        if kind in (int, float) and value < (1 if kind is int else 0):
            raise ConfigError(
                f"{where}: {key} must not be {'below 1' if kind is int else 'negative'}"
            )
        if kind is str and not isinstance(value, str):
            raise ConfigError(f"{where}: {key} must be a string")
        chosen[name] = kind(value)
    for key, name in _VERIFY_DAYS.items():
        if key in values and values[key] is not None:
            days = values[key]
            if isinstance(days, bool) or not isinstance(days, int | float) or days < 0:
                raise ConfigError(f"{where}: {key} must be a number of days")
            chosen[name] = timedelta(days=float(days))
    return VerifySettings(**chosen)


_POSITIVE = frozenset(
    {"timeout", "connect_timeout", "max_bytes", "per_host", "concurrency", "max_redirects"}
)


def _coerce(key: str, value: Any, source: str | None) -> Any:
    """Turn TOML values into the types CheckSettings expects."""
    where = source or "settings"
    if key in ("accepted_status", "allow_hosts"):
        if not isinstance(value, list | tuple | set | frozenset):
            raise ConfigError(f"{where}: {key} must be a list")
        return frozenset(value)
    if key == "canary_urls":
        return tuple(value)
    if key == "client":
        if value not in CLIENTS:
            raise ConfigError(f"{where}: client must be one of {', '.join(CLIENTS)}")
        return value
    if key == "resolve":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: resolve must be a table of host = address")
        return dict(value)
    default = getattr(CheckSettings(), key)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} must be true or false")
        return value
    if isinstance(default, int | float) and not isinstance(value, int | float):
        raise ConfigError(f"{where}: {key} must be a number")
    if isinstance(default, int | float) and value < 0:
        raise ConfigError(f"{where}: {key} must not be negative")
    if key in _POSITIVE and value <= 0:
        raise ConfigError(f"{where}: {key} must be greater than 0")
    if isinstance(default, int) and not isinstance(default, bool):
        return int(value)
    if isinstance(default, float):
        return float(value)
    return value


def _read_file(directory: Path) -> tuple[dict[str, Any], str | None]:
    own = directory / "bibcheck.toml"
    if own.is_file():
        return _parse(own), str(own)
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file():
        table = _parse(pyproject).get("tool", {}).get("bibcheck")
        if table is not None:
            if not isinstance(table, dict):
                raise ConfigError(f"{pyproject}: [tool.bibcheck] must be a table")
            return dict(table), f"{pyproject} [tool.bibcheck]"
    return {}, None


def _parse(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: malformed TOML ({exc})") from None
