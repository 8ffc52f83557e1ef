"""No package attribute hides a submodule of the same name.

When a package's ``__init__`` binds a function under its module's name (``from .media_kind
import media_kind``), ``bibcheck.parse.references.media_kind`` is the function, not the module,
and ``import bibcheck.parse.references.media_kind as m`` hands back the function.  Every package
of ``bibcheck`` is walked: each of its submodules, once imported, must be what the package
attribute of that name is.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from types import ModuleType

import pytest

import bibcheck


def _packages() -> list[str]:
    names = [bibcheck.__name__]
    for info in pkgutil.walk_packages(bibcheck.__path__, bibcheck.__name__ + "."):
        if info.ispkg:
            names.append(info.name)
    return sorted(names)


def _shadowed(package: ModuleType) -> list[str]:
    """The submodules of ``package`` whose name in the package is something else."""
    wrong = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("__"):  # __main__ runs the command line
            continue
        full = f"{package.__name__}.{info.name}"
        module = importlib.import_module(full)
        assert sys.modules[full] is module
        attribute = getattr(package, info.name, module)
        if attribute is not module:
            wrong.append(f"{full} is a {type(attribute).__name__}, not the module")
    return wrong


@pytest.mark.parametrize("name", _packages())
def test_no_attribute_shadows_a_submodule(name: str) -> None:
    assert _shadowed(importlib.import_module(name)) == []


def test_the_import_statement_gives_the_module() -> None:
    import bibcheck.parse.references.media_kind as media_kind_module

    assert isinstance(media_kind_module, ModuleType)
    assert callable(media_kind_module.media_kind)


def test_the_walk_finds_nested_packages() -> None:
    packages = _packages()
    assert "bibcheck.parse.references" in packages
    assert "bibcheck.readers.latex" in packages
    assert "bibcheck.archive" in packages
