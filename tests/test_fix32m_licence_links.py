"""A licence or terms link says how a work may be reused: it cites no source.

A post or page that cites by its links also names its licence ("The data are released
under [CC BY 4.0](…)", "Code: [MIT-licensed](…/LICENSE)", "© 2024 Lab · [Terms of
use](…)").  Such a link takes no ``L`` label from the links that cite; a sentence that
says something about a licence or the terms and links them as its source still cites
them.  Every reader that makes body links citations reads them so.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.links import is_licence
from bibcheck.readers.mdlinks import read as read_links
from tests.test_regex_growth import assert_linear

CITED = "https://doi.org/10.1000/ferry.2019.7"
LEAD = f"Ferry traffic doubled after 2010 ([Lind 2019]({CITED}))."

NOT_CITED = {
    "cc-by-wrapped": (
        "The survey files are released under\n"
        "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) since 2021."
    ),
    "cc-by-sa-long": (
        "All maps on this page are shared under the [Creative Commons Attribution-ShareAlike"
        " 4.0 International licence](https://creativecommons.org/licenses/by-sa/4.0/), which"
        " lets anyone copy and adapt them for any purpose as long as they credit the project"
        " and share their changes alike."
    ),
    "cc0": (
        "The station metadata are dedicated to the public domain with"
        " [CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/) so that anyone can"
        " merge them into their own catalogues without asking us first."
    ),
    "mit-file": "The code is [MIT-licensed](https://github.com/harbourlab/quays/blob/main/LICENSE).",
    "apache-label": (
        "Source code: [Apache License 2.0](https://www.apache.org/licenses/LICENSE-2.0)"
    ),
    "gnu": (
        "The tool is free software, distributed under the [GNU General Public License"
        " v3](https://www.gnu.org/licenses/gpl-3.0.html) or any later version of it."
    ),
    "terms": (
        "Use of the ferry API is subject to the"
        " [Terms of use](https://api.harbourdata.example.org/terms) of the port authority."
    ),
    "footer": (
        "© 2024 Harbour Data Lab · [Privacy](https://harbourdata.example.org/privacy) ·"
        " [Terms of use](https://harbourdata.example.org/terms)"
    ),
    "french": (
        "Ce billet est publié sous licence"
        " [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/deed.fr), comme"
        " tout le contenu du site et les cartes que nous mettons à jour chaque semaine."
    ),
    "odbl-text": (
        "Quay positions come from OpenStreetMap and are available under the"
        " [ODbL](https://www.openstreetmap.org/copyright) like the rest of its data."
    ),
}

STILL_CITED = {
    "about-the-gpl": (
        "The [GPL v3](https://www.gnu.org/licenses/gpl-3.0.html) added explicit patent"
        " clauses that version 2 lacked.",
        "https://www.gnu.org/licenses/gpl-3.0.html",
    ),
    "about-the-terms": (
        "The [terms of service](https://social.example.com/en/tos) forbid scraping the"
        " timeline for research since 2023.",
        "https://social.example.com/en/tos",
    ),
    "gnu-software": (
        "[GNU Make](https://www.gnu.org/software/make/) is available on every system we"
        " tested, old and new.",
        "https://www.gnu.org/software/make/",
    ),
}


@pytest.mark.parametrize("paragraph", list(NOT_CITED.values()), ids=list(NOT_CITED))
def test_licence_link_is_no_citation(paragraph: str) -> None:
    doc = read_links(f"# Ferries\n\n{paragraph}\n\n{LEAD}\n")
    notes = {n.label: n.reference.url if n.reference else None for n in doc.footnotes}
    assert [(m.label, notes[m.label]) for m in doc.markers] == [("L1", CITED)]
    assert [m.line for m in doc.markers] == [5 + paragraph.count("\n")]


@pytest.mark.parametrize(("paragraph", "url"), list(STILL_CITED.values()), ids=list(STILL_CITED))
def test_link_about_a_licence_cites_it(paragraph: str, url: str) -> None:
    doc = read_links(f"# Ferries\n\n{paragraph}\n\n{LEAD}\n")
    notes = {n.label: n.reference.url if n.reference else None for n in doc.footnotes}
    assert [(m.label, notes[m.label]) for m in doc.markers] == [("L1", url), ("L2", CITED)]


def _html(paragraph: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Ferries</title></head><body><article>"
        f"<h1>Ferries</h1><p>{paragraph}</p>"
        f'<p>Ferry traffic doubled after 2010 (<a href="{CITED}">Lind 2019</a>).</p>'
        "</article></body></html>"
    ).encode()


def _rst(paragraph: str) -> bytes:
    return f"Ferries\n=======\n\n{paragraph}\n\nFerry traffic doubled (`Lind 2019 <{CITED}>`_).\n".encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "page.html",
            _html(
                'The data are released under the <a href="https://creativecommons.org/licenses/'
                'by/4.0/">Creative Commons Attribution 4.0 International licence</a>, which lets'
                " anyone copy, adapt and redistribute them for any purpose, commercial or not,"
                " as long as they credit the source."
            ),
        ),
        (
            "page.rst",
            _rst(
                "The code is distributed under the `GNU General Public License v3"
                " <https://www.gnu.org/licenses/gpl-3.0.html>`_ or any later version, which"
                " anyone may choose when they copy and change the programs for their own use."
            ),
        ),
    ],
    ids=["html", "rst"],
)
def test_licence_link_is_no_citation_in_other_readers(name: str, data: bytes) -> None:
    doc = parse_bytes(data, name)
    assert [(f.label, f.reference.url) for f in doc.footnotes] == [("L1", CITED)]


@pytest.mark.parametrize(
    ("url", "text", "sentence", "wanted"),
    [
        ("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0", "Licence: CC BY 4.0", True),
        ("https://example.org/licence", "licence", "Released under our licence.", True),
        ("https://example.org/x", "Terms", "Terms", True),
        ("https://example.org/glossary", "terms", "A glossary of terms was published.", True),
        ("https://example.org/glossary", "climate terms", "Climate terms are published.", False),
        ("https://example.org/imprint-books", "Penguin imprint", "A Penguin imprint.", False),
        (
            "https://doi.org/10.1000/x",
            "licensing survey",
            "A licensing survey was published.",
            False,
        ),
    ],
)
def test_is_licence(url: str, text: str, sentence: str, wanted: bool) -> None:
    assert is_licence(url, text, sentence) is wanted


def test_is_licence_is_linear() -> None:
    assert_linear(
        lambda long: is_licence(
            "https://x.example/" + "a/" * (len(long) // 2) + "LICENSEX", "terms " + long, long + "©"
        ),
        lambda n: "a " * (n // 2),
    )
    assert_linear(
        lambda text: is_licence("https://creativecommons.org/licenses/by/4.0/", "CC BY", text),
        lambda n: "under " * (n // 6),
    )
