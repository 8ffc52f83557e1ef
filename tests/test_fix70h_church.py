"""fix70h: church documents, patristic works and theology notes' shapes (table-driven)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.series_parens import without_series_number

# (text, kind, title)
CHURCH = [
    (
        "Zweites Vatikanisches Konzil, Dogmatische Konstitution über die göttliche"
        " Offenbarung Dei Verbum 10, in: AAS 58 (1966), 817–836, hier 822.",
        RefKind.REPORT,
        "Dei Verbum",
    ),
    (
        "Benedetto XVI, Lettera enciclica Spe salvi (30 novembre 2007), n. 12, in AAS 99"
        " (2007), 985–1027.",
        RefKind.REPORT,
        "Spe salvi",
    ),
    (
        "Second Vatican Council, Decree on Ecumenism: Unitatis Redintegratio (21 November"
        " 1964), in AAS 57 (1965), 90–112.",
        RefKind.REPORT,
        "Unitatis Redintegratio",
    ),
    (
        "Jean-Paul II, Exhortation apostolique post-synodale Christifideles laici (30"
        " décembre 1988), n. 9, in AAS 81 (1989), 393–521.",
        RefKind.REPORT,
        "Christifideles laici",
    ),
    (
        "Konzil von Trient, Sessio VI (13. Januar 1547), Decretum de iustificatione, cap. 7"
        " (DH 1528–1531).",
        RefKind.REPORT,
        "Decretum de iustificatione",
    ),
    (
        "Concilio di Trento, Sess. XXIII, Doctrina de sacramento ordinis (15 luglio 1563),"
        " DH 1763–1778.",
        RefKind.REPORT,
        "Doctrina de sacramento ordinis",
    ),
    (
        "Congregazione per il Clero, Istruzione sulla conversione pastorale della comunità"
        " parrocchiale (20 luglio 2020), in AAS 112 (2020), 715–750.",
        RefKind.REPORT,
        "Istruzione sulla conversione pastorale della comunità parrocchiale",
    ),
    (
        "Päpstlicher Rat für die Einheit der Christen, Direktorium zur Ausführung der"
        " Prinzipien und Normen über den Ökumenismus (25. März 1993), in: AAS 85 (1993),"
        " 1039–1119.",
        RefKind.REPORT,
        "Direktorium zur Ausführung der Prinzipien und Normen über den Ökumenismus",
    ),
    (
        "Codex Iuris Canonici auctoritate Ioannis Pauli PP. II promulgatus (25 gennaio"
        " 1983), can. 1141, in AAS 75 (1983), pars II, 1–317.",
        RefKind.REPORT,
        "Codex Iuris Canonici",
    ),
]


@pytest.mark.parametrize(("text", "kind", "title"), CHURCH)
def test_church_document(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.title) == (kind, title)


# not church documents: a study of a council, a book whose title names a declaration
NOT_CHURCH = [
    (
        "Klaus Unterburger, Das Konzil von Trient und die Beichte, Münster 2015, 44.",
        "Das Konzil von Trient und die Beichte",
    ),
    (
        "J. Smith, Declaration of Independence Revisited, Boston: Beacon, 1999.",
        "Declaration of Independence Revisited",
    ),
    (
        "Commento al Codice di diritto canonico, a cura di L. Chiappetta, Napoli 1988, 12.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title"), NOT_CHURCH)
def test_not_church_document(text: str, title: str | None) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.kind is not RefKind.REPORT
    if title is not None:
        assert ref.title == title


# (text, authors, title, kind, year): a Father's work in its series, the passage cited no
# part of the title, the edition's year
FATHERS = [
    (
        "Ambrosius, De paenitentia 2,10, hg. von Roger Gryson, in: SC 179, Paris 1971,"
        " 120–203, hier 190.",
        ("Ambrosius",),
        "De paenitentia",
        RefKind.CHAPTER,
        1971,
    ),
    (
        "Tertullianus, De pudicitia 1,6, ed. Eligius Dekkers, in: CCSL 2, Turnhout 1954, 1279–1330.",
        ("Tertullianus",),
        "De pudicitia",
        RefKind.CHAPTER,
        1954,
    ),
    (
        "Hieronymus, Epistulae, hg. von Isidor Hilberg (CSEL 54), Wien 1910, ep. 22,7.",
        ("Hieronymus",),
        "Epistulae",
        RefKind.BOOK,
        1910,
    ),
    (
        "Leo Magnus, Sermo 21: In nativitate Domini 3,2, in: PL 54, Paris 1846, 190–193, qui 191.",
        ("Leo Magnus",),
        "Sermo 21: In nativitate Domini",
        RefKind.CHAPTER,
        1846,
    ),
    (
        "Augustinus, Sermo 71, in: PL 38, Paris 1841, 445–467.",
        ("Augustinus",),
        "Sermo 71",
        RefKind.CHAPTER,
        1841,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "kind", "year"), FATHERS)
def test_father_work(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind, year: int
) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.authors, ref.title, ref.kind, ref.year) == (authors, title, kind, year)


# German notes: "das" / "dos" there are no Portuguese words, so a three-part German name is
# no Iberian one with two family names
GERMAN_NAMES = [
    (
        "Johann Baptist Hirscher, Die christliche Moral oder das Leben, Tübingen 1835, 12.",
        ("Johann Baptist Hirscher",),
    ),
    (
        "Franz Anton Staudenmaier, Der Geist des Christenthums oder das Fest, Mainz 1835, 4.",
        ("Franz Anton Staudenmaier",),
    ),
]


@pytest.mark.parametrize(("text", "authors"), GERMAN_NAMES)
def test_german_three_part_name(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [0], note=True).authors == authors


# (text, title, kind): a lexicon's article by its headword, a chapter
LEXICON = [
    ("Karl Rahner, Art. Bußsakrament, in: LThK² 2 (1958), 826–838.", "Bußsakrament"),
    ("Schmidt, Hans: Artikel „Gnade“, in: RGG⁴ 3 (2000), 1022–1030.", "Gnade"),
    ("A. Bianchi, voce «Penitenza», in Enciclopedia Cattolica 9 (1952), 1130–1142.", "Penitenza"),
]


@pytest.mark.parametrize(("text", "title"), LEXICON)
def test_lexicon_article(text: str, title: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.title, ref.kind) == (title, RefKind.CHAPTER)


# (text, title, year): a numbered series in parentheses, a set's span of years, an original
# edition's year in a closing remark
BOOKS = [
    pytest.param(
        "Karl Bauer, Die Beichte im Mittelalter (HDG IV/3b), Freiburg i. Br. 1971, 33–40.",
        "Die Beichte im Mittelalter",
        1971,
    ),
    pytest.param(
        "Anna Klein, Kirche und Staat im Vormärz (FKDG 88), Göttingen 2005, 17.",
        "Kirche und Staat im Vormärz",
        2005,
    ),
    pytest.param(
        "Karl Barth, Die kirchliche Dogmatik, 4 Bde., Zürich 1932–1967.",
        "Die kirchliche Dogmatik",
        1932,
    ),
    pytest.param(
        "Ignaz von Döllinger, Kirche und Kirchen, hg. von Karl Adam, 2 Bde., Köln 1961–1963,"
        " hier Bd. 2, 40–44.",
        "Kirche und Kirchen",
        1961,
    ),
    (
        "Johann Sebastian Drey, Kurze Einleitung in das Studium der Theologie, hg. von Max"
        " Seckler, Tübingen 2007, 12–19 (Einleitung; zuerst Tübingen 1819).",
        "Kurze Einleitung in das Studium der Theologie",
        2007,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), BOOKS)
def test_book_title_and_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.title, ref.year) == (title, year)


# a part of the work itself or a request's designation in parentheses stays in the title
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Anna Roth, Kirchenbilder (Teil 2), Berlin 2004, 5.", "Kirchenbilder (Teil 2)"),
    ],
)
def test_own_part_stays(text: str, title: str) -> None:
    assert parse_reference(text, [0], note=True).title == title


def test_request_designation_stays() -> None:
    title = "Web Caching Rules (RFC 9111)"
    assert without_series_number(title, f"A. Lee, {title}, IETF, 2022.") == title


# (text, note, authors, title, kind): Italian curators, and "«Title», in Journal 31 (2018)"
ITALIAN = [
    (
        "Storia della diocesi di Como, a cura di M. Rossi, Morcelliana, Brescia 1999, 45.",
        True,
        (),
        "Storia della diocesi di Como",
        RefKind.BOOK,
    ),
    pytest.param(
        "Rossi M. (a cura di), Storia della diocesi di Como, Morcelliana, Brescia 1999.",
        False,
        ("Rossi M.",),  # (curators heading the entry are its authors, as in older tests)
        "Storia della diocesi di Como",
        RefKind.BOOK,
    ),
    (
        "Bianchi L., «La confessione nel Seicento lombardo», in Rivista di storia della"
        " Chiesa 44 (1990), 101–130.",
        False,
        ("Bianchi L.",),
        "La confessione nel Seicento lombardo",
        RefKind.ARTICLE,
    ),
    (
        "L. Bianchi, «La confessione nel Seicento lombardo», in Rivista di storia della Chiesa"
        " 44 (1990), 101–130.",
        True,
        ("L. Bianchi",),
        "La confessione nel Seicento lombardo",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(("text", "note", "authors", "title", "kind"), ITALIAN)
def test_italian_forms(
    text: str, note: bool, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, [0], note=note)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)
