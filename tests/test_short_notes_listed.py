"""Short notes of a work the literature list gives in full are citations of that entry:
German Wikipedia's short refs (``Müller: ''Titel.'' 2010, S. 12.``, ``Müller 2010, S.
12.``) of the ``{{Literatur}}`` or ``* Name: ''Titel.'' Verlag, Ort Jahr.`` entries under
``== Literatur ==``, and English or French short notes (``Smith, *Title*, p. 3.``,
``Smith 2010, p. 3.``) of a Markdown note-style essay's list: no false literature-uncited.
A list's entry is matched by family name (``Müller`` is ``Hans Müller``) and year, or by
the title's first words.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode

WIKI_LIST = (
    "\n\n== Literatur ==\n"
    "* {{Literatur |Autor=Hans Müller |Titel=Ein erfundenes Lehrbuch der Gezeiten "
    "|Verlag=Beispielverlag |Ort=Berlin |Datum=2010}}\n"
    "* Eva Schulz: ''Küstenformen im Wandel.'' Musterverlag, Bonn 2005.\n"
    "\n== Einzelnachweise ==\n<references />\n"
)
MD_LIST = (
    "\n\n## Bibliography\n\n"
    "Carter, Ruth. *Harbours and Their Keepers*. London: Quayside Press, 1998.\n\n"
    "Dubois, Marc. *Les phares de Bretagne*. Rennes: Éditions Ouest, 2004.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "tied"),
    [
        (
            "'''Gezeit''' ist erfunden.<ref>Müller: ''Ein erfundenes Lehrbuch der Gezeiten.'' "
            "2010, S. 12.</ref> Dann.<ref>Schulz: ''Küstenformen im Wandel.'' 2005, S. 4.</ref>"
            + WIKI_LIST,
            "g.wiki",
            {"1": 1, "2": 2},
        ),
        (
            "'''Gezeit''' ist erfunden.<ref>Müller 2010, S. 40.</ref> Dann.<ref>Schulz 2005, "
            "S. 9 f.</ref>" + WIKI_LIST,
            "g.wiki",
            {"1": 1, "2": 2},
        ),
        (
            "'''Gezeit''' ist erfunden.<ref>Müller: Ein erfundenes Lehrbuch, S. 7.</ref> "
            "Dann.<ref>Schulz, Küstenformen, S. 3.</ref>" + WIKI_LIST,
            "g.wiki",
            {"1": 1, "2": 2},
        ),
        (
            "# Lights\n\nKeepers stayed for years.[^1] Lamps changed.[^2]\n\n"
            "[^1]: Carter, *Harbours and Their Keepers*, 45.\n\n"
            "[^2]: Dubois, *Les phares*, p. 12." + MD_LIST,
            "lights.md",
            {"1": 1, "2": 2},
        ),
    ],
    ids=["wiki-colon-title-year", "wiki-name-year", "wiki-title-only", "md-chicago-short"],
)
def test_short_notes_cite_the_listed_entry(text: str, name: str, tied: dict[str, int]) -> None:
    doc = parse_bytes(text.encode(), name)
    got = {fn.label: fn.literature.number for fn in doc.footnotes if fn.literature is not None}
    assert got == tied
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.LITERATURE_UNCITED not in codes
    assert AnomalyCode.LITERATURE_MISSING not in codes


def test_a_short_note_of_another_author_stays_unlisted() -> None:
    text = "'''Gezeit''' ist erfunden.<ref>Meier: Ein erfundenes Lehrbuch, S. 7.</ref>" + WIKI_LIST
    doc = parse_bytes(text.encode(), "g.wiki")
    assert [fn.literature for fn in doc.footnotes] == [None]


@pytest.mark.parametrize(
    ("template", "language"),
    [
        ("{{Literatur |Autor=Hans Müller |Titel=Ein erfundenes Lehrbuch |Datum=2010}}", "de"),
        (
            "{{Literatur |Autor=Ann Lee |Titel=An invented handbook |Sprache=en |Datum=2010}}",
            "en",
        ),
        ("{{Internetquelle |url=https://example.org/a |titel=Eine erfundene Seite}}", "de"),
        ("{{cite book |last=Lee |title=An invented handbook |year=2010}}", "en"),
    ],
    ids=["literatur", "literatur-sprache", "internetquelle", "cite-book"],
)
def test_german_templates_without_sprache_are_german(template: str, language: str) -> None:
    text = "'''Gezeit''' ist erfunden.<ref>Lee 2010, S. 3.</ref>\n\n== Literatur ==\n* " + template
    doc = parse_bytes((text + "\n\n== Einzelnachweise ==\n<references />\n").encode(), "g.wiki")
    assert [e.reference.language for e in doc.literature] == [language]
