"""fix74h: the Central European archaeology and prehistory list's year after the names
and a colon (``Family, I. – Family, I. Year: Title. Place: Publisher.``), ``a kol.`` /
``u. a.`` / ``i in.`` / ``és mtsai`` for the others, an editor's ``(ed.)`` / ``(Hrsg.)`` /
``(red.)`` / ``(szerk.)``, ``b. r.`` / ``o. J.`` / ``é. n.`` for no date; a work filed under
its own title (own examples in Czech, Slovak, German, Polish and Hungarian shapes)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import colon_year, parse_reference

REWRITES = [
    pytest.param(
        "Dvořák, K. 1997: Hradiště na Moravě. Brno: Masarykova univerzita.",
        "Dvořák, K. (1997). Hradiště na Moravě. Brno: Masarykova univerzita.",
        False,
        id="cs-one",
    ),
    pytest.param(
        "Kováč, M. – Hrnčiar, P. 2004: Sídlisko z doby bronzovej. Slovenská archeológia 52, 1–20.",
        "Kováč, M., & Hrnčiar, P. (2004). Sídlisko z doby bronzovej. Slovenská archeológia 52, 1–20.",
        False,
        id="sk-two-en-dash",
    ),
    pytest.param(
        "Brunner, H. J. – Lenz, A. – Vogt, E. 1989: Gräberfelder der Hallstattzeit. Bonn: Habelt.",
        "Brunner, H. J., Lenz, A., & Vogt, E. (1989). Gräberfelder der Hallstattzeit. Bonn: Habelt.",
        False,
        id="de-three",
    ),
    pytest.param(
        "Nowicki, T. a kol. 2012b: Keramika kultury lužické. Praha: Academia.",
        "Nowicki, T., et al. (2012b). Keramika kultury lužické. Praha: Academia.",
        False,
        id="cs-a-kol-letter",
    ),
    pytest.param(
        "Wiśniewski, J. i in. 2008: Osada z epoki brązu. Poznań: Wydawnictwo.",
        "Wiśniewski, J., et al. (2008). Osada z epoki brązu. Poznań: Wydawnictwo.",
        False,
        id="pl-i-in",
    ),
    pytest.param(
        "Schulte, B. (Hrsg.) 2001: Siedlungen der Urnenfelderzeit. Mainz: Zabern.",
        "Schulte, B. (Ed.). (2001). Siedlungen der Urnenfelderzeit. Mainz: Zabern.",
        True,
        id="de-editor",
    ),
    pytest.param(
        "Lis, A. – Mróz, K. (red.) 2016: Grodziska Małopolski. Kraków: Wydawnictwo.",
        "Lis, A., & Mróz, K. (Eds.). (2016). Grodziska Małopolski. Kraków: Wydawnictwo.",
        True,
        id="pl-editors",
    ),
    pytest.param(
        "Szabó, Gy. b. r.: A bronzkori tellek. Budapest: Akadémiai.",
        "Szabó, Gy. (n.d.). A bronzkori tellek. Budapest: Akadémiai.",
        False,
        id="hu-digraph-undated",
    ),
    pytest.param(
        "Tóth, Zs. é. n.: Régészeti lelőhelyek. Szeged.",
        "Tóth, Zs. (n.d.). Régészeti lelőhelyek. Szeged.",
        False,
        id="hu-e-n",
    ),
    pytest.param(
        "Krämer, O. o. J.: Die Grabhügel im Forst. Stuttgart.",
        "Krämer, O. (n.d.). Die Grabhügel im Forst. Stuttgart.",
        False,
        id="de-o-j",
    ),
    pytest.param(
        "Horváth, L. – Kiss, P.\n2011: Title of the paper. Journal 4, 5–9.",
        "Horváth, L., & Kiss, P. (2011). Title of the paper. Journal 4, 5–9.",
        False,
        id="names-wrapped",
    ),
]


@pytest.mark.parametrize(("text", "want", "editing"), REWRITES)
def test_rewritten_in_apa_order(text: str, want: str, editing: bool) -> None:
    got = colon_year.colon_year(text)
    assert got is not None
    assert got.text == want
    assert got.editing is editing


NOT_THIS_SHAPE = [
    pytest.param(
        "Osei, K., 2010: Clouds in tropical cyclones. Mon. Wea. Rev., 138, 1–9.", id="ams"
    ),
    pytest.param("Dvořák, K. 1997: 45–50.", id="page-after-year"),
    pytest.param("Dvořák, K. (1997). Hradiště na Moravě. Brno.", id="apa"),
    pytest.param("Dvořák, K. 1997. Hradiště na Moravě. Brno.", id="harvard-full-stop"),
    pytest.param("Morris, R. J. Cholera 1832: The Social Response. London, 1976.", id="title-year"),
    pytest.param("Stellarium 2023: Stellarium 23.1. Web.", id="no-names"),
]


@pytest.mark.parametrize("text", NOT_THIS_SHAPE)
def test_other_shapes_left_alone(text: str) -> None:
    assert colon_year.colon_year(text) is None


PARSED = [
    pytest.param(
        "Dvořák, K. – Malá, J. 2015: Pohřebiště únětické kultury v Praze. Archeologické "
        "rozhledy 67, 301–340. https://doi.org/10.5555/ar.2015.301.",
        ("Dvořák", "Malá"),
        "Pohřebiště únětické kultury v Praze",
        2015,
        RefKind.ARTICLE,
        id="cs-article",
    ),
    pytest.param(
        "Brunner, H. J. 1989: Gräberfelder der Hallstattzeit. Bonn – Berlin: Habelt.",
        ("Brunner",),
        "Gräberfelder der Hallstattzeit",
        1989,
        RefKind.BOOK,
        id="de-book-two-places",
    ),
    pytest.param(
        # (the editors kept as the entry's names, as every editors' head is read:
        # bibcheck.parse.references.role_marks, tests/test_fix76b_role_marks.py)
        "Lis, A. (red.) 2016: Grodziska Małopolski. Kraków: Wydawnictwo.",
        ("Lis",),
        "Grodziska Małopolski",
        2016,
        RefKind.BOOK,
        id="pl-edited-editors-as-names",
    ),
    pytest.param(
        "Szabó, Gy. b. r.: A bronzkori tellek. Budapest: Akadémiai.",
        ("Szabó",),
        "A bronzkori tellek",
        None,
        RefKind.BOOK,
        id="hu-undated",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year", "kind"), PARSED)
def test_parsed_fields(
    text: str, authors: tuple[str, ...], title: str, year: int | None, kind: RefKind
) -> None:
    """(the authors' family names)"""
    ref = parse_reference(text, [0])
    assert ref.raw == text
    assert tuple(a.split(",")[0] for a in ref.authors) == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.kind == kind


FILED = [
    pytest.param(
        "Databáze hradišť b. r.: Databáze hradišť [online]. Brno: Ústav. Dostupné z: "
        "https://hradiste.example.org [cit. 2023-01-05].",
        "Databáze hradišť",
        None,
        id="cs-undated-database",
    ),
    pytest.param(
        "QGIS 2022: QGIS 3.28 [počítačový program]. Dostupné z: https://qgis.org "
        "[cit. 2023-01-05].",
        "QGIS",
        2022,
        id="program-version",
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), FILED)
def test_filed_under_title(text: str, title: str, year: int | None) -> None:
    filed = colon_year.filed_title(text)
    assert filed is not None and filed.title == title and filed.year == year
    ref = parse_reference(text, [0])
    assert (ref.authors, ref.title, ref.year, ref.kind) == ((), title, year, RefKind.WEB)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Slovenská archeológia 2004: Index of volumes. Nitra.", id="other-title"),
        pytest.param("Dvořák, K. 1997: Dvořák, K. Hradiště.", id="names"),
    ],
)
def test_not_filed_under_title(text: str) -> None:
    assert colon_year.filed_title(text) is None
