"""APA entries a body issues and software or data it publishes, in the writer's language:

* a package's version in parentheses after the title is no part of it, in any language
  (``(R package version 2.0-1)``, ``(R-Paket Version 0.4)``, ``(R-pakke versjon 3.2-8)``);
* a dataset's bracketed type in the other languages APA is written in (``[Datasett]``,
  ``[Datamängd]``, ``[Zbiór danych]``) makes the record ``web``;
* a standard cited under its body's name with its designation in parentheses after the title
  is a ``report``, the designation no part of the title;
* an intergovernmental panel's or an agency's work whose title names a report (or the body's
  own guidelines) is a ``report``, not a book; a body's book whose title names none stays a
  book, and so does a person's report-titled book.

Works, bodies and people invented for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

R, B, W = RefKind.REPORT, RefKind.BOOK, RefKind.WEB

# (id, entry, (kind, title))
CASES = [
    (
        "no version",
        "Larsen, K. T. (2022). fjordr: Tidal basin statistics (R-pakke versjon 3.2-8) "
        "[Programvare]. https://cran.example.org/package=fjordr",
        (W, "fjordr: Tidal basin statistics"),
    ),
    (
        "de version",
        "Weber, J. (2021). moorkit: Werkzeuge für Torfprofile (R-Paket Version 0.4) "
        "[Software]. https://cran.example.org/package=moorkit",
        (W, "moorkit: Werkzeuge für Torfprofile"),
    ),
    (
        "sv version",
        "Berg, A. (2020). snowline: Snow cover tools (R-paket version 1.1) "
        "[Programvara]. https://cran.example.org/package=snowline",
        (W, "snowline: Snow cover tools"),
    ),
    (
        "no dataset",
        "Vestlandsinstituttet. (2021). Myrgrenser i Hordaland [Datasett]. Kartportalen. "
        "https://kart.example.no/myr",
        (W, "Myrgrenser i Hordaland"),
    ),
    (
        "sv dataset",
        "Svenska Myrsällskapet. (2019). Våtmarksinventering etapp 2 [Datamängd]. "
        "Geodataportalen. https://geodata.example.se/vmi",
        (W, "Våtmarksinventering etapp 2"),
    ),
    (
        "pl dataset",
        "Instytut Torfowisk. (2020). Miąższość torfu w dolinie Biebrzy [Zbiór danych]. "
        "Portal danych. https://dane.example.pl/torf",
        (W, "Miąższość torfu w dolinie Biebrzy"),
    ),
    (
        "standard designation",
        "Norsk Standardråd. (2016). Prøving av betong - Del 3: Trykkfasthet (NS-EN 12390-3:2016).",
        (R, "Prøving av betong - Del 3: Trykkfasthet"),
    ),
    (
        "standard BS EN ISO",
        "British Standards Institution. (2019). Soil quality - Sampling - "
        "Part 2: Guidance on sampling techniques (BS EN ISO 18400-102:2019).",
        (R, "Soil quality - Sampling - Part 2: Guidance on sampling techniques"),
    ),
    (
        "acronym special report",
        "IPBES. (2018). IPBES assessment report on land degradation and "
        "restoration. Secretariat of the Platform. https://doi.org/10.99999/ipbes.2018.1",
        (R, "IPBES assessment report on land degradation and restoration"),
    ),
    (
        "panel special report",
        "Intergovernmental Panel on Mountain Waters. (2021). Special report "
        "on glacier retreat and river flows. Cambridge University Press.",
        (R, "Special report on glacier retreat and river flows"),
    ),
    (
        "own guidelines",
        "WMO. (2016). 2015 supplement to the 2010 WMO guidelines for river "
        "gauging (A. Berg & T. Lund, Eds.). WMO.",
        (R, "2015 supplement to the 2010 WMO guidelines for river gauging"),
    ),
]


@pytest.mark.parametrize(("entry", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entry(entry: str, expected: tuple[RefKind, str]) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert (ref.kind, ref.title) == expected


# guards: a body's book whose title names no report, a person's book titled a report
GUARDS = [
    (
        "body book no report",
        "Intergovernmental Panel on Mountain Waters. (2020). Mountain "
        "waters 2020: The physical basis. Cambridge University Press.",
        B,
    ),
    (
        "glued code stays",
        "Fen Alliance. (2020). Fen L2 2.1 specification (TS002-2.1). Fen Alliance.",
        None,
    ),
    ("person's report book", "Hale, R. (2018). The report: A novel. Fenland Press.", B),
]


@pytest.mark.parametrize(("entry", "kind"), [g[1:] for g in GUARDS], ids=[g[0] for g in GUARDS])
def test_guard(entry: str, kind: RefKind | None) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    if kind is None:  # (a document's code glued to its series is no designation to cut)
        assert ref.title == "Fen L2 2.1 specification (TS002-2.1)"
    else:
        assert ref.kind is kind


def test_panel_report_keeps_article() -> None:
    """Guard (passes on main): a body's report-titled article stays an article."""
    from bibcheck.parse.references.panel_report import panel_report

    ref = parse_reference(
        "UNEP. (2019). Report on coastal lagoons. Lagoon Science, 12(3), 44-59.",
        [0],
        detect_styles=True,
    )
    assert panel_report(ref).kind is ref.kind is RefKind.ARTICLE
