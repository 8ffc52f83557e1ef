"""fix66b: the shared vocabularies sit at the bottom of parse/ (lint-imports' layers hold)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bibcheck

_ROOT = Path(bibcheck.__file__).parent


def _bibcheck_imports(relative: str) -> set[str]:
    tree = ast.parse((_ROOT / relative).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bibcheck"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("bibcheck"))
    return found


# (module, what it may import from bibcheck): a vocabulary every rule imports imports no rule
@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("parse/references/standard_designation.py", {"bibcheck.lazyre"}),
    ],
)
def test_shared_vocabulary_imports_no_rule(module: str, allowed: set[str]) -> None:
    assert _bibcheck_imports(module) <= allowed


# (module, the shared module it takes its vocabulary from)
@pytest.mark.parametrize(
    ("module", "shared"),
    [
        ("parse/references/standard_kind.py", "bibcheck.parse.references.standard_designation"),
        ("parse/references/standardkind.py", "bibcheck.parse.references.standard_designation"),
        ("parse/references/official_acts.py", "bibcheck.parse.references.legal_words"),
        ("parse/references/initials_after.py", "bibcheck.parse.references.quote_pairs"),
        ("parse/references/gost_sources.py", "bibcheck.parse.references.quote_pairs"),
    ],
)
def test_rule_imports_the_shared_vocabulary(module: str, shared: str) -> None:
    assert shared in _bibcheck_imports(module)
