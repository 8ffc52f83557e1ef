"""A package's public names imported from their modules on first use (PEP 562).

``bibcheck.archive`` and ``bibcheck.verify`` re-export names whose modules load the HTTP
client; every command's configuration reads their ``settings`` modules, so the packages
import none of those names at start-up.  A package sets ``__getattr__ =
lazy_attributes(__name__, homes)``, ``homes`` naming each public name's module.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """The module ``__getattr__`` of ``package``: a name of ``homes`` is imported from
    ``package.<its module>`` the first time it is asked for, then bound on the package."""

    def attribute(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return attribute
