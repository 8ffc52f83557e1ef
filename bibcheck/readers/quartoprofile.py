"""Quarto project profiles: ``_quarto-<profile>.yml`` merged over ``_quarto.yml``.

A Quarto project may keep options for one version of its output in a profile file beside
``_quarto.yml``: ``_quarto-<name>.yml`` (or ``.yaml``).  The active profiles are those
``QUARTO_PROFILE`` names (comma-separated; Quarto's ``--profile`` sets it), else those of
``profile: default:`` in ``_quarto.yml``; for each ``profile: group:`` (a list, or a list
of lists) none of whose names is active, its first name is added.  Each active profile's
file is merged over the project's options as Quarto merges metadata: mappings key by key,
lists concatenated (an item once), any other value replaced; when several profiles are
active the first named wins.  A profile without a file is passed over, as Quarto does.

Where no profile is given (``QUARTO_PROFILE`` unset, no ``--quarto-profile``), Quarto reads
one from the project's dotenv files (``QUARTO_PROFILE=`` in ``_environment.local``, else in
``_environment``), then from the local settings file's ``profile: default:``
(``_quarto.yml.local`` or ``_quarto.yaml.local``, a file kept out of version control), and only
then from ``_quarto.yml``'s.  The local settings file is merged last, over the profiles.

The functions here are pure; :mod:`bibcheck.readers.projectmeta` and
:mod:`bibcheck.books` read the files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = [
    "DOTENV_FILES",
    "ENVIRONMENT",
    "LOCAL_FILES",
    "active_profiles",
    "dotenv_value",
    "merged",
    "profile_file_names",
    "with_profiles",
]

ENVIRONMENT = "QUARTO_PROFILE"
# the local settings merged over the project's and its profiles', in the order tried
LOCAL_FILES = ("_quarto.yml.local", "_quarto.yaml.local")
# the dotenv files a profile may be named in, the first one's value winning
DOTENV_FILES = ("_environment.local", "_environment")


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


def dotenv_value(text: str, key: str) -> str | None:
    """The value ``key`` is given in a dotenv file's ``text`` (``KEY=value``, ``export
    KEY=value``, quoted or not, ``#`` comments), the last assignment winning; None if the
    file gives it none."""
    found: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        name, sep, value = line.partition("=")
        if not sep or name.strip() != key:
            continue
        value = value.strip()
        if value[:1] in "\"'" and len(value) > 1 and value.find(value[0], 1) > 0:
            value = value[1 : value.find(value[0], 1)]  # quoted: up to the closing quote
        else:
            value = value.split(" #", 1)[0].strip()  # unquoted: a comment may follow
        found = value
    return found


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


def _first(
    names: Sequence[str], load: Callable[[str], Mapping[str, Any] | None]
) -> tuple[str, Mapping[str, Any]] | None:
    """The first of ``names`` that ``load`` finds, with what it holds."""
    for name in names:
        data = load(name)
        if data is not None:
            return name, data
    return None


def _dotenv_profile(read_text: Callable[[str], str | None] | None) -> str | None:
    """``QUARTO_PROFILE`` as the project's dotenv files give it (the local file first)."""
    for name in DOTENV_FILES if read_text is not None else ():
        text = read_text(name) if read_text is not None else None
        value = dotenv_value(text, ENVIRONMENT) if text is not None else None
        if value:
            return value
    return None


def _local_default(local: Mapping[str, Any] | None) -> str | None:
    """``profile: default:`` of the local settings file, as ``QUARTO_PROFILE`` would name it."""
    settings = local.get("profile") if local is not None else None
    names = _names(settings.get("default")) if isinstance(settings, Mapping) else []
    return ",".join(names) or None


def with_profiles(
    config: Mapping[str, Any],
    load: Callable[[str], Mapping[str, Any] | None],
    environment: str | None = None,
    *,
    use_environment: bool = True,
    read_text: Callable[[str], str | None] | None = None,
) -> tuple[Mapping[str, Any], Sequence[str]]:
    """The options of ``_quarto.yml`` (``config``) with those of its active profiles and of
    the local settings file merged over them, and the files that were merged, the one that
    wins first (``load``: the
    mapping a file beside ``_quarto.yml`` holds, None if there is none; ``read_text``: the
    text of such a file, for the dotenv files; ``environment``: ``QUARTO_PROFILE``'s value,
    read from the environment unless given)."""
    if environment is None and use_environment:
        environment = os.environ.get(ENVIRONMENT)
    local = _first(LOCAL_FILES, load)
    if not _names(environment or ""):
        environment = _dotenv_profile(read_text) or _local_default(local[1] if local else None)
    result: Mapping[str, Any] = config
    used: list[str] = []
    # the first profile named wins: merge the others first
    for profile in reversed(active_profiles(config, environment)):
        found = _first(profile_file_names(profile), load)
        if found is not None:
            result = merged(result, found[1])
            used.append(found[0])
    used.reverse()
    if local is not None:  # the local settings win over every profile: named first
        result = merged(result, local[1])
        used.insert(0, local[0])
    return result, tuple(used)
