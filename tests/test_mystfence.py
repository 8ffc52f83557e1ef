"""MyST prose directives (```{figure}, ```{note}, ```{table} ...): their bodies are text."""

from __future__ import annotations

import re

import pytest

from bibcheck.readers import pandoc
from bibcheck.readers.mask import mask
from bibcheck.readers.mystfence import unfence

FIGURE = """\
Body text.

```{figure} ../img/well.png
:name: fig-well
:width: 70%

A pumping test, after {cite:p}`theis1935`.
```
"""

ADMONITION_TITLE = """\
````{admonition} Why {cite:t}`darcy1856` matters
:class: tip

The law is empirical {cite}`hubbert1940`.

```python
# {cite}`notacite2020`
k = 1e-5
```
````
"""

YAML_OPTIONS = """\
```{table} Hydraulic conductivities
---
name: tbl-k
align: center
---
| Material | K (m/s) |
|---|---|
| Sand | 1e-4 {cite:p}`bear1972` |
```
"""

CODE_ONLY = """\
```{code-cell} ipython3
# {cite}`notacite2020`
```

```{math}
:label: eq-a
q = -K i
```

````markdown
```{note}
Shown as code: {cite}`shown2019`.
```
````
"""

MARGIN = """\
:::{margin}
:class: aside

See {cite}`freeze1979`.
:::
"""

GLOSSARY = """\
```{glossary}
:sorted:

aquifer
  A saturated layer that yields water, as in {cite:t}`todd1959`.

aquitard
  A layer that slows flow {cite:p}`neuman1969`.
```
"""

NESTED_TABS = """\
````{tab-set}
```{tab-item} Field
Slug tests follow {cite}`bouwer1976`.
```
```{tab-item} Lab
Columns as in {cite:p}`klute1986`.
```
````

```{rubric} Further reading: {cite:t}`fetter2001`
```

```{hlist}
:columns: 2

* porosity {cite}`dullien1992`
* storage
```
"""


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (FIGURE, {"theis1935"}),
        (ADMONITION_TITLE, {"darcy1856", "hubbert1940"}),
        (YAML_OPTIONS, {"bear1972"}),
        (CODE_ONLY, set()),
        (MARGIN, {"freeze1979"}),
        (GLOSSARY, {"todd1959", "neuman1969"}),
        (NESTED_TABS, {"bouwer1976", "klute1986", "fetter2001", "dullien1992"}),
    ],
    ids=[
        "figure-caption",
        "admonition-title-and-nested-code",
        "yaml-options",
        "code",
        "colon",
        "glossary",
        "tabs-rubric-hlist",
    ],
)
def test_pandoc_reads_citations_in_prose_directives(text: str, cited: set[str]) -> None:
    doc = pandoc.read(text)
    keys = {
        m.group(1)
        for a in doc.anomalies
        for m in [re.search(r"citation key '([^']+)' cannot be resolved", a.message)]
        if m
    }
    assert keys == cited


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (FIGURE, ["A pumping test"], ["../img/well.png", ":name:", "```"]),
        (ADMONITION_TITLE, ["Why {cite:t}", "The law is empirical"], [":class:", "notacite"]),
        (YAML_OPTIONS, ["Hydraulic conductivities", "| Sand |"], ["name: tbl-k", "align:"]),
        (CODE_ONLY, [], ["notacite", "q = -K", "shown2019"]),
        (MARGIN, ["See {cite}"], [":class: aside"]),
    ],
    ids=["figure", "admonition", "yaml-options", "code", "colon"],
)
def test_mask_keeps_directive_bodies_only(text: str, kept: list[str], gone: list[str]) -> None:
    masked = mask(text, latex=False)
    assert len(masked) == len(text)
    for part in kept:
        assert part in masked
    for part in gone:
        assert part not in masked


def test_unfence_keeps_lengths_and_code_fences() -> None:
    lines = ADMONITION_TITLE.splitlines()
    out = unfence(lines)
    assert [len(x) for x in out] == [len(x) for x in lines]
    assert out[0].strip() == "Why {cite:t}`darcy1856` matters"
    assert out[5] == "```python"  # a code fence inside stays code
    assert not out[-1].strip()
