"""reStructuredText documentation pages that *talk about* references: a section titled
"Bibliography" or "References" written as prose (how to add an entry, how to cite) is body
text, and the citation roles in it are citations; a role whose text shows another role with
escaped backticks (``:rst:`:cite:p:\\`key\\```) is one role, as docutils reads it.
Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.rstinline import Cite, Text, events
from tests.test_regex_growth import assert_linear

ESCAPED = [
    pytest.param(
        r"Type :rst:`:cite:p:\`key\`` to cite.",
        [],
        "Type :cite:p:`key` to cite.",
        id="escaped-role-in-role",
    ),
    pytest.param(
        r"Type :code:`:cite:t:\`ab:2001\`` and get :cite:t:`ab:2001`.",
        ["ab:2001"],
        "Type :cite:t:`ab:2001` and get .",
        id="escaped-then-real",
    ),
    pytest.param(
        r"Both :samp:`\`x\`` and :cite:`k1` here.",
        ["k1"],
        "Both `x` and  here.",
        id="escaped-literal-role",
    ),
    pytest.param(
        r"A `phrase with \` tick`_ then :cite:`k2`.",
        ["k2"],
        "A phrase with ` tick then .",
        id="escaped-in-link-phrase",
    ),
    pytest.param(r"Plain :cite:p:`k3,k4`.", ["k3", "k4"], "Plain .", id="plain-role"),
    pytest.param(
        r"Shown :rst:`:cite:p:`ab:2001\`` as :cite:p:`ab:2001`.",
        ["ab:2001"],
        "Shown :cite:p:`ab:2001` as .",
        id="unescaped-tick-before-a-letter",
    ),
    pytest.param(r"Unclosed :rst:`:cite:\` and :cite:`k5`.", [], None, id="unclosed-escaped"),
]


@pytest.mark.parametrize(("text", "keys", "shown"), ESCAPED)
def test_escaped_backticks_in_roles(text: str, keys: list[str], shown: str | None) -> None:
    found = list(events(text))
    assert [k for e in found if isinstance(e, Cite) for k in e.keys] == keys
    if shown is not None:
        assert "".join(e.value for e in found if isinstance(e, Text)) == shown


@pytest.mark.parametrize(
    "line",
    [
        lambda n: ":rst:`" + "\\`" * (n // 2) + "x",
        lambda n: "`" + "\\a" * (n // 2) + "x",
        lambda n: ":a:`" + "\\" * n,
        lambda n: "x " + ":r:`\\`" * (n // 6),
        lambda n: "`a" * (n // 2),
        lambda n: " :r:`a`a" * (n // 8),
    ],
    ids=[
        "escaped-ticks",
        "escaped-letters",
        "backslashes",
        "many-unclosed-roles",
        "ticks-before-letters",
        "roles-and-ticks-before-letters",
    ],
)
def test_escaped_role_scan_is_linear(line: Callable[[int], str]) -> None:
    # ten times the text takes at most RATIO times as long (CPU time against the short
    # line, so a loaded machine cannot fail it)
    assert_linear(lambda text: list(events(text)), line)


HOWTO = """\
Writing Guide
=============

The pages are built with `Sphinx <https://www.sphinx-doc.org>`_.

{title}
{rule}

{body}
"""

CITING_PROSE = """\
Works are kept in one BibTeX file that the build renders on a single page.

To add a work, append an entry to that file. Name the key after the first
author's surname, a colon and the year of publication.

Write :rst:`:cite:p:\\`okafor:2016\\`` to get :cite:p:`okafor:2016`, a
parenthetical citation, and :cite:t:`okafor:2016, lund:2019` for a textual one."""

PLAIN_PROSE = """\
Every work we rely on is listed on the project's reference page, which the
build assembles from the shared library.

Please check there before adding a duplicate, and keep the keys in lower case."""

ROLE_IN_LIST = """\
- Put each new work in the shared BibTeX file.
- Cite it with :footcite:`adeyemi:2010` where the claim is made."""

ENTRIES = """\
Okafor, N. Harbour tolls and river trade. Lagos: Lagoon Press, 2016.

Lund, P. The estuary in the age of steam. Hull: Dock Books, 2019."""

UNDATED_ENTRIES = """\
Python Software Foundation. The Python Language Reference.

The NumPy Developers. NumPy User Guide."""


@pytest.mark.parametrize(
    ("title", "body", "entries", "keys"),
    [
        pytest.param(
            "Bibliography",
            CITING_PROSE,
            0,
            ["okafor:2016", "okafor:2016", "lund:2019"],
            id="howto-with-roles",
        ),
        pytest.param("References", PLAIN_PROSE, 0, [], id="howto-prose-only"),
        pytest.param("Bibliography", ROLE_IN_LIST, 0, ["adeyemi:2010"], id="howto-list-with-role"),
        pytest.param("References", ENTRIES, 2, [], id="dated-entries-stay"),
        pytest.param("Bibliography", UNDATED_ENTRIES, 2, [], id="undated-entries-stay"),
    ],
)
def test_prose_under_a_bibliography_title(
    title: str, body: str, entries: int, keys: list[str]
) -> None:
    text = HOWTO.format(title=title, rule="-" * len(title), body=body)
    doc = parse_bytes(text.encode(), "guide.rst")
    assert len(doc.literature) == entries
    markers = [m for f in doc.footnotes for m in f.markers] + list(doc.stray_markers)
    assert sorted(m.label for m in markers if ":" in m.label) == sorted(keys)
