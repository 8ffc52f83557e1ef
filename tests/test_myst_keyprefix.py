"""MyST ``{bibliography}`` with ``:keyprefix:`` (sphinxcontrib-bibtex): ``{cite}`w-key``` cites
``key`` of the .bib."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.sitecite import myst_key_prefixes

BIB = """\
@book{okafor2016,
  author = {Okafor, Daniel},
  title = {Aquifer Mechanics},
  publisher = {Example Press},
  year = {2016}
}
@article{lind1988,
  author = {Lind, Maria},
  title = {Leakage between aquifers},
  journal = {Hydrology Letters},
  year = {1988}
}
"""

OPTION_LINE = """\
# Wells

Storage is treated by {cite:t}`w-okafor2016` and leakage by {cite:p}`w-lind1988`.

```{bibliography}
:filter: docname in docnames
:keyprefix: w-
```
"""

YAML_BLOCK = """\
# Wells

See {cite}`hy-okafor2016,hy-lind1988`.

```{bibliography}
---
style: plain
keyprefix: hy-
---
```
"""

COLON_TWO = """\
# Wells

Primary {cite:p}`a-okafor2016`; further reading {cite:p}`b-lind1988`.

:::{bibliography}
:keyprefix: a-
:::

:::{bibliography}
:keyprefix: b-
:::
"""

UNPREFIXED = """\
# Wells

Plain keys {cite:p}`okafor2016` and an unknown prefix {cite:p}`z-lind1988`.

```{bibliography}
```
"""


@pytest.mark.parametrize(
    ("page", "cited", "missing"),
    [
        (OPTION_LINE, {"w-okafor2016", "w-lind1988"}, set()),
        (YAML_BLOCK, {"hy-okafor2016", "hy-lind1988"}, set()),
        (COLON_TWO, {"a-okafor2016", "b-lind1988"}, set()),
        (UNPREFIXED, {"okafor2016"}, {"z-lind1988"}),
    ],
    ids=["option-line", "yaml-block", "colon-fences-two-prefixes", "no-prefix"],
)
def test_prefixed_keys_resolve(
    tmp_path: Path, page: str, cited: set[str], missing: set[str]
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "_config.yml").write_text("bibtex_bibfiles:\n  - refs.bib\n", encoding="utf-8")
    (tmp_path / "page.md").write_text(page, encoding="utf-8")
    doc = parse_file(tmp_path / "page.md")
    assert {fn.label for fn in doc.footnotes} == cited
    assert all(fn.reference.title for fn in doc.footnotes)
    assert len(doc.literature) == len(cited)
    unresolved = {
        a.footnote for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING
    }
    assert unresolved == missing


@pytest.mark.parametrize(
    ("text", "prefixes"),
    [
        (OPTION_LINE, ["w-"]),
        (YAML_BLOCK, ["hy-"]),
        (COLON_TWO, ["a-", "b-"]),
        (UNPREFIXED, []),
        ("```python\nkeyprefix: x-\n```\n", []),
    ],
    ids=["option-line", "yaml-block", "colon-two", "none", "not-a-bibliography"],
)
def test_myst_key_prefixes(text: str, prefixes: list[str]) -> None:
    assert myst_key_prefixes(text) == prefixes
