"""Quarto project profiles: ``_quarto-<profile>.yml`` merged over ``_quarto.yml``.

A Quarto project may keep options for one version of its output in a profile file beside
``_quarto.yml``: ``_quarto-<name>.yml`` (or ``.yaml``).  The active profiles are those
``QUARTO_PROFILE`` names (comma-separated; Quarto's ``--profile`` sets it), else those of
``profile: default:`` in ``_quarto.yml``; for each ``profile: group:`` (a list, or a list
of lists) none of whose names is active, its first name is added.  Each active profile's
file is merged over the project's options as Quarto merges metadata: mappings key by key,
lists concatenated (an item once), any other value replaced; when several profiles are
active the first named wins.  A profile without a file is passed over, as Quarto does.

The functions here are pure; :mod:`bibcheck.readers.projectmeta` and
:mod:`bibcheck.books` read the files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = [
    "ENVIRONMENT",
    "active_profiles",
    "merged",
    "profile_file_names",
    "with_profiles",
]

ENVIRONMENT = "QUARTO_PROFILE"


def _names(value: object) -> list[str]:
    """Profile names given as ``"a,b"`` or as a list of names."""
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items:
        if isinstance(item, str):
            found.extend(name.strip() for name in item.split(",") if name.strip())
    return found


def active_profiles(config: Mapping[str, Any], environment: str | None) -> list[str]:
    """The profiles active for a project whose ``_quarto.yml`` is ``config``:
    ``environment`` (``QUARTO_PROFILE``'s value) if it names any, else ``profile:
    default:``, then the first name of each ``profile: group:`` none of whose names is
    active."""
    settings = config.get("profile")
    settings = settings if isinstance(settings, Mapping) else {}
    active = _names(environment or "") or _names(settings.get("default"))
    groups: Any = settings.get("group")
    if isinstance(groups, list) and groups and all(isinstance(g, str) for g in groups):
        groups = [groups]  # one group, given as a list of names
    for group in groups if isinstance(groups, list) else []:
        names = _names(group)
        if names and not any(name in active for name in names):
            active.append(names[0])
    return list(dict.fromkeys(active))


def profile_file_names(profile: str) -> tuple[str, str]:
    """The files a profile's options may stand in, tried in this order."""
    return f"_quarto-{profile}.yml", f"_quarto-{profile}.yaml"


def merged(base: Any, overlay: Any) -> Any:
    """``overlay`` merged over ``base`` as Quarto merges metadata: mappings key by key,
    lists concatenated (each item once), any other value replaced."""
    if isinstance(base, Mapping) and isinstance(overlay, Mapping):
        result = dict(base)
        for key, value in overlay.items():
            result[key] = merged(base[key], value) if key in base else value
        return result
    if isinstance(base, list) and isinstance(overlay, list):
        out = list(base)
        out.extend(item for item in overlay if item not in base)
        return out
    return overlay


def with_profiles(
    config: Mapping[str, Any],
    load: Callable[[str], Mapping[str, Any] | None],
    environment: str | None = None,
    *,
    use_environment: bool = True,
) -> tuple[Mapping[str, Any], Sequence[str]]:
    """The options of ``_quarto.yml`` (``config``) with those of its active profiles merged
    over them, and the profile files that were merged (``load``: the mapping a file beside
    ``_quarto.yml`` holds, None if there is none; ``environment``: ``QUARTO_PROFILE``'s
    value, read from the environment unless given)."""
    if environment is None and use_environment:
        environment = os.environ.get(ENVIRONMENT)
    result: Mapping[str, Any] = config
    used: list[str] = []
    # the first profile named wins: merge the others first
    for profile in reversed(active_profiles(config, environment)):
        for name in profile_file_names(profile):
            data = load(name)
            if data is not None:
                result = merged(result, data)
                used.append(name)
                break
    return result, tuple(reversed(used))
