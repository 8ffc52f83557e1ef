"""Markdown link destinations read as CommonMark reads them: balanced parentheses inside
an address (ELI addresses, Wikipedia titles), backslash-escaped parentheses, ``<…>``
destinations; a blog post whose body links every entry of its unnumbered sources list
cites those entries even when one address holds parentheses.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.lazyre import lazy_compile
from bibcheck.readers import mddestination, mdfurniture, mdtail, proseentry
from bibcheck.readers.mdlinks import LINK, _url
from bibcheck.readers.mdlinks import read as read_links

_ONE = lazy_compile(rf"^\[[^\]]*\]{mddestination.INLINE}$")


@pytest.mark.parametrize(
    ("line", "url"),
    [
        (
            "see [the act](https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con) now",
            "https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con",
        ),
        (
            "[Tide](https://en.wikipedia.org/wiki/Tide_(film)).",
            "https://en.wikipedia.org/wiki/Tide_(film)",
        ),
        (
            "[Tide](https://en.wikipedia.org/wiki/Tide_\\(film\\)).",
            "https://en.wikipedia.org/wiki/Tide_(film)",
        ),
        ("[deep](https://x.example.org/a((b)c)d) x", "https://x.example.org/a((b)c)d"),
        (
            '[spaced](<https://x.example.org/my file.pdf> "PDF")',
            "https://x.example.org/my file.pdf",
        ),
        ('[titled](https://x.example.org/p "The page") x', "https://x.example.org/p"),
        ("[single](https://x.example.org/p 'The page') x", "https://x.example.org/p"),
        # an unbalanced ")" ends the address, as CommonMark reads it
        ("([plain](https://x.example.org/p)) x", "https://x.example.org/p"),
    ],
)
def test_link_url(line: str, url: str) -> None:
    found = [_url(m) for m in LINK.finditer(line)]
    assert found == [url]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("[a](https://x.example.org/(1)/b)", True),
        ("[a](<https://x.example.org/a b>)", True),
        ("[a](https://x.example.org/a\\)b)", True),
        ("[a](https://x.example.org/a)b)", False),
        ("[a](https://x.example.org/a b)", False),
        ("[a]()", True),
    ],
)
def test_inline_destination(text: str, whole: bool) -> None:
    assert bool(_ONE.match(text)) is whole


def test_other_readers_share_the_definition() -> None:
    line = "[Ley 7/2001](https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con), p. 3"
    assert mdtail._MD_LINK_TEXT.sub(r"\1", line) == "Ley 7/2001, p. 3"
    assert proseentry._MD_LINK.sub(r"\1", line) == "Ley 7/2001, p. 3"
    assert [m.group("url") for m in mdtail._URL.finditer(line)] == [
        "https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con"
    ]
    share = (
        "[Share](https://social.example.com/share?u=(x)) [Tweet](https://twitter.com/intent/tweet)"
    )
    assert mdfurniture.furniture(share)


POST = """\
# Cien años de una ley

*Blog de historia del derecho* · 2 de mayo de 2024

La ley se publicó en la [Gaceta](https://www.gazette.example.org/hist/1901/12/a3.pdf) y
se reformó en 2001 con la [Ley 7/2001](https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con).
El texto de 1901 sigue vigente en parte ([Ruiz Mora, 1998](https://books.example.net/ruiz-mora-1998)).
Véase también la [reforma de 2001](https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con).

## Fuentes

- *Ley de aguas*. Gaceta, 3 de diciembre de 1901. <https://www.gazette.example.org/hist/1901/12/a3.pdf>
- *Ley 7/2001, de 3 de mayo*. Boletín oficial, 4 de mayo de 2001. <https://www.gazette.example.org/eli/xx/l/2001/05/03/(2)/con>
- Ruiz Mora, Ana. *Las aguas y la ley*. Madrid: Ediciones Ejemplo, 1998. <https://books.example.net/ruiz-mora-1998>
"""


def test_post_links_cite_their_entries() -> None:
    doc = read_links(POST)
    assert sorted((m.label, m.line) for m in doc.markers) == [
        ("1", 5),
        ("2", 6),
        ("2", 8),
        ("3", 7),
    ]
    assert [e.label for e in doc.literature] == ["1", "2", "3"]


# the post links, besides its three sources, one page it does not list
ODD = POST.replace(
    "Véase también la",
    "Un [mapa de las cuencas](https://maps.example.org/cuencas) ayuda. Véase también la",
)
# ... or as many pages it does not list as sources: the links are the citations
MANY = ODD.replace(
    "ayuda.",
    "ayuda, como el [atlas](https://atlas.example.org/) y el "
    "[archivo municipal](https://archivo.example.org/fondos).",
)


@pytest.mark.parametrize(
    ("text", "expected", "not_cited"),
    [
        (ODD, [("1", 5), ("2", 6), ("2", 8), ("3", 7)], True),
        (
            MANY,
            [("L1", 5), ("L2", 6), ("L2", 8), ("L3", 7), ("L4", 8), ("L5", 8), ("L6", 8)],
            False,
        ),
    ],
    ids=["odd-link", "many-unlisted"],
)
def test_odd_unlisted_link(text: str, expected: list[tuple[str, int]], not_cited: bool) -> None:
    doc = read_links(text)
    assert sorted((m.label, m.line) for m in doc.markers) == sorted(expected)
    codes = {a.code.value for a in doc.anomalies}
    assert ("link-not-cited" in codes) is not_cited
