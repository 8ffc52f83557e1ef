"""Wiki notes starting with a language mark typed by hand, ``<ref>(en) Title…</ref>``,
as French (and other) Wikipedias show the ``{{en}}`` template: the mark is no part of the
citation.  Before, it was read into the title ("(en) Support note…").  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("(en) Support note, Doc ID 24.", "Support note, Doc ID 24."),
        ("(de)\xa0Bericht zur Lage", "Bericht zur Lage"),
        ("  (es) Informe anual", "Informe anual"),
        ("(en)[https://x.example/ a page]", "[https://x.example/ a page]"),
        ("(ed) A volume", "(ed) A volume"),  # (no ISO 639-1 code)
        ("(sic) a note", "(sic) a note"),
        ("(1998) Tides", "(1998) Tides"),
        ("(EN) Upper case", "(EN) Upper case"),
        ("(en)", "(en)"),  # (nothing after it: left alone)
        ("Text (en) later", "Text (en) later"),
    ],
)
def test_without_language_mark(text: str, kept: str) -> None:
    from bibcheck.readers.wikilangmark import without_language_mark  # (new)

    assert without_language_mark(text) == kept


PAGE = """'''Vignoble du Nord''' est un projet de recherche.

Le projet suit les normes internationales<ref>(en) Vineyard soil survey guidelines, Document 48.2.</ref>.
Les données sont publiées en ligne<ref>(en) [https://data.example.org/soil Soil survey open data].</ref>.
Les archives locales sont en allemand<ref>(de) [https://archiv.example.de/weinbau Weinbau im Wandel].</ref>.
Une note sans marque<ref>[https://vigne.example.fr/carte Carte des terroirs], consulté en 2020.</ref>.

== Notes et références ==
{{Références}}
"""


def test_the_mark_is_not_read_into_the_title(tmp_path: Path) -> None:
    path = tmp_path / "vignoble.wiki"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "mediawiki"
    texts = [f.reference.raw.split(" <")[0] for f in doc.footnotes]
    assert texts == [
        "Vineyard soil survey guidelines, Document 48.2.",
        "Soil survey open data",
        "Weinbau im Wandel",
        "Carte des terroirs",
    ]
    titles = [f.reference.title for f in doc.footnotes[1:]]
    assert titles == ["Soil survey open data", "Weinbau im Wandel", "Carte des terroirs"]
