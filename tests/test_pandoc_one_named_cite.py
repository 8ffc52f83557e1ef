"""A Pandoc page that names its bibliography in its front matter and cites one key in the
text (``@owl``, a short MLA or course template) is Pandoc's without doubt: no "reader
uncertain" warning against the links reader that reads its few links.  A page with no
bibliography named and one ``@handle`` stays unclaimed by that rule.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.readers.registry import choose

FRONT = "---\ntitle: Essay template\nauthor: A. Student\nbibliography: refs.bib\n---\n\n"
LINKS = (
    "Departments differ; see the [style guide](https://example.org/guide) and the "
    "[template](https://example.org/tpl).\n\n"
)


@pytest.mark.parametrize(
    ("text", "reader", "uncertain"),
    [
        pytest.param(
            FRONT + LINKS + "1. Gather sources, as with the reference to @purdue in this file.\n",
            "pandoc-markdown",
            False,
            id="one-in-text-key-list-item",
        ),
        pytest.param(
            FRONT + LINKS + "As @hooks2000 argues, margins matter.\n",
            "pandoc-markdown",
            False,
            id="one-in-text-key-sentence",
        ),
        pytest.param(
            FRONT + LINKS + "Margins matter [@hooks2000, 12].\n",
            "pandoc-markdown",
            False,
            id="one-bracketed-key",
        ),
        pytest.param(
            FRONT.replace("bibliography: refs.bib\n", "nocite: |\n  @owl\n")
            + LINKS
            + "Ping @alice about the [draft](https://example.org/draft).\n",
            "markdown-links",
            None,
            id="no-bibliography-a-handle",
        ),
    ],
)
def test_choice(text: str, reader: str, uncertain: bool | None) -> None:
    choice = choose("essay.md", text)
    assert choice.reader.name == reader
    if uncertain is not None:
        assert choice.uncertain is uncertain
