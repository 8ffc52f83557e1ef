"""French humanities and agency notes and bibliographies (heldout23, electrification report).

``Prénom NOM, *Titre*, Lieu, Éditeur, 2021, p. 63.``; articles ``NOM Prénom, « Titre »,
*Revue*, vol. 12, n° 3, 2020, p. 1540-1565.`` (the year before the pages, never the last
page); corporate authors before the title; a law by its whole designation and title;
``NOM Prénom`` names of bibliographies turned ``NOM, Prénom``; Belgian, Swiss and
Canadian variants (``s. l.``, ``s. d.``, ``coll.``, ``(dir.)``, ``Montréal (Québec)``);
``op. cit.`` after an author group (``et al.``) resolved to that group's note.
(:mod:`bibcheck.parse.references.french_notes`; the comma form of
:mod:`bibcheck.parse.references.commaform` for a title with a quoted word.)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.french_notes import parse, person
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.shared import clean
from tests.test_regex_growth import assert_linear

B, A, C, R, U = RefKind.BOOK, RefKind.ARTICLE, RefKind.CHAPTER, RefKind.REPORT, RefKind.UNKNOWN

# (note or entry, authors, title, year, kind, other fields)
CASES = [
    pytest.param(
        "Claire Dumontel, *Les communes rurales et l'eau*, Lyon, Presses universitaires de "
        "Lyon, 2018, p. 112.",
        ("Claire Dumontel",),
        "Les communes rurales et l'eau",
        2018,
        B,
        {"place": "Lyon", "publisher": "Presses universitaires de Lyon", "pages": "112"},
        id="book-italic-title",
    ),
    pytest.param(
        "Claire Dumontel, Les communes rurales et la gestion de l'eau potable, Lyon, Presses "
        "universitaires de Lyon, 2018, p. 112-115.",
        ("Claire Dumontel",),
        "Les communes rurales et la gestion de l'eau potable",
        2018,
        B,
        {"place": "Lyon", "pages": "112-115"},
        id="book-plain-copy",
    ),
    pytest.param(
        "MARCHETTI Paul, « Les marchés de l'eau en ville », *Revue d'études urbaines*, "
        "vol. 14, n° 2, 2019, p. 1412-1448.",
        ("MARCHETTI, Paul",),
        "Les marchés de l'eau en ville",
        2019,
        A,
        {"host": "Revue d'études urbaines", "volume": "14", "issue": "2"},
        id="article-year-not-last-page",
    ),
    pytest.param(
        "Hélène Brossard et Yves Carrel, « La tarification sociale de l'énergie », Annales "
        "de géographie, n° 712, 2016, p. 5-29.",
        ("Hélène Brossard", "Yves Carrel"),
        "La tarification sociale de l'énergie",
        2016,
        A,
        {"host": "Annales de géographie"},
        id="article-two-people-et",
    ),
    pytest.param(
        "Paul Girard, « Les coopératives d'électricité », *Le Monde diplomatique*, mars "
        "2018, p. 21.",
        ("Paul Girard",),
        "Les coopératives d'électricité",
        2018,
        A,
        {},
        id="article-dated-issue",
    ),
    pytest.param(
        "DURAND-VIEL Anne, LE GOFF Pierre et DA SILVA Marta, « Réseaux de chaleur et "
        "copropriétés », *Flux*, vol. 3, n° 1, 2021, p. 45-60.",
        ("DURAND-VIEL, Anne", "LE GOFF, Pierre", "DA SILVA, Marta"),
        "Réseaux de chaleur et copropriétés",
        2021,
        A,
        {},
        id="bibliography-family-names-in-capitals",
    ),
    pytest.param(
        "Agence française de développement, Institut national de la statistique et OCDE, "
        "*Perspectives énergétiques de l'Afrique de l'Ouest*, Abidjan, AFD, 2022.",
        ("Agence française de développement", "Institut national de la statistique", "OCDE"),
        "Perspectives énergétiques de l'Afrique de l'Ouest",
        2022,
        # (a public body's own publication, issued under its initials: a report, as the
        # corpus conventions say -- fix54b)
        R,
        {"place": "Abidjan", "publisher": "AFD"},
        id="corporate-authors-before-italic-title",
    ),
    pytest.param(
        "OCDE, AIE et FAO, Rapport sur les subventions aux énergies fossiles, Paris, "
        "Éditions OCDE, 2020.",
        ("OCDE", "AIE", "FAO"),
        "Rapport sur les subventions aux énergies fossiles",
        2020,
        R,
        {"place": "Paris"},
        id="corporate-report-plain-copy",
    ),
    pytest.param(
        "OFFICE NATIONAL DE L'EAU, INRAE et CNRS, Atlas des nappes phréatiques, Orléans, "
        "BRGM, 2019.",
        ("OFFICE NATIONAL DE L'EAU", "INRAE", "CNRS"),
        "Atlas des nappes phréatiques",
        2019,
        B,
        {"place": "Orléans", "publisher": "BRGM"},
        id="bibliography-bodies-in-capitals",
    ),
    pytest.param(
        "CEREMA, Guide de l'éclairage public : état des lieux, Bron (Rhône), Cerema, 2017.",
        ("CEREMA",),
        "Guide de l'éclairage public: état des lieux",  # (clean() closes ' : ')
        2017,
        B,
        {"place": "Bron (Rhône)"},
        id="acronym-author-plain-copy",
    ),
    pytest.param(
        "Loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la "
        "croissance verte, *JORF* n° 189, 18 août 2015.",
        (),
        "Loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la "
        "croissance verte",
        2015,
        None,
        {},
        id="law-whole-designation",
    ),
    pytest.param(
        "Décret du 12 avril 2001 relatif à l'organisation du marché régional de "
        "l'électricité, *Moniteur belge*, 1er mai 2001.",
        (),
        "Décret du 12 avril 2001 relatif à l'organisation du marché régional de l'électricité",
        2001,
        None,
        {},
        id="belgian-decree",
    ),
    pytest.param(
        "Marc Tissot, *Chroniques du bocage*, s. l., s. n., s. d.",
        ("Marc Tissot",),
        "Chroniques du bocage",
        None,
        B,
        {"place": None, "publisher": None},
        id="sans-lieu-sans-date",
    ),
    pytest.param(
        "Sophie Ravel, « Le compteur et le foyer », in Luc Marin (dir.), *Sociologie de "
        "l'énergie*, Paris, CNRS Éditions, 2015, p. 201-219.",
        ("Sophie Ravel",),
        "Le compteur et le foyer",
        2015,
        C,
        {"host": "Sociologie de l'énergie"},
        id="chapter-in-edited-book",
    ),
    pytest.param(
        "Sophie Ravel, « Le compteur et le foyer », dans *Flux*, n° 93, 2013, p. 12-30.",
        ("Sophie Ravel",),
        "Le compteur et le foyer",
        2013,
        A,
        {"host": "Flux", "issue": "93"},
        id="article-dans-revue",
    ),
    pytest.param(
        "Luc Marin (dir.), *Sociologie de l'énergie*, Paris, CNRS Éditions, coll. « Alpha », 2015.",
        ("Luc Marin",),
        "Sociologie de l'énergie",
        2015,
        B,
        {"place": "Paris", "publisher": "CNRS Éditions"},
        id="edited-book-series-by-its-editor",
    ),
    pytest.param(
        "Louis Brunet, Cîteaux et Dom Lestrange, 1790-1830, Dijon, Éditions du Lys, 1981, p. 87.",
        ("Louis Brunet",),
        "Cîteaux et Dom Lestrange, 1790-1830",
        1981,
        B,
        {"place": "Dijon"},
        id="title-joining-two-names-with-et",
    ),
    pytest.param(
        "Odile Garnier, *Les moulins du Vivarais, XVe-XVIIIe siècles*, Saint-Étienne-de-Lugdarès, "
        "Presses de la vallée, 1998, t. 3, p. 77.",
        ("Odile Garnier",),
        "Les moulins du Vivarais, XVe-XVIIIe siècles",
        1998,
        B,
        {"publisher": "Presses de la vallée"},
        id="tome-after-the-imprint-is-a-book-s-volume",
    ),
    pytest.param(
        "Julie Tremblay, *L'hydroélectricité au Québec*, Montréal (Québec), Boréal, 2011.",
        ("Julie Tremblay",),
        "L'hydroélectricité au Québec",
        2011,
        B,
        {"place": "Montréal (Québec)", "publisher": "Boréal"},
        id="quebec-place",
    ),
    pytest.param(
        "J.-L. Fabre, *Le Rhône et ses usines*, Genève, Slatkine, 2e éd., 1999, p. 40 sq.",
        ("J.-L. Fabre",),
        "Le Rhône et ses usines",
        1999,
        B,
        {"place": "Genève", "publisher": "Slatkine", "pages": "40"},
        id="swiss-edition-dropped",
    ),
]


@pytest.mark.parametrize("detect", [True, False])
@pytest.mark.parametrize(("note", "authors", "title", "year", "kind", "more"), CASES)
def test_note_fields(
    note: str,
    authors: tuple[str, ...],
    title: str,
    year: int | None,
    kind: RefKind | None,
    more: dict[str, str | None],
    detect: bool,
) -> None:
    ref = parse_reference(note, [1], detect_styles=detect, note=True)
    assert ref.style == "french"
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    if kind is not None:
        assert ref.kind is kind
    for name, want in more.items():
        assert getattr(ref, name) == want, name


@pytest.mark.parametrize(
    "note",
    [
        # French Chicago ("Nom, Prénom. *Titre*. Lieu : Éditeur, année"): Chicago's
        "Moreau, Jean-Luc. *Les orgues de Provence*. Marseille : Éditions du Port, 1997.",
        "John Smith, *The Long Grid* (New York: Penguin, 2001), 45.",
        "M. Rossi, Titolo del libro, Editore Alfa, Milano 2024, pp. 7 ss.",
        "J. Ferguson, op. cit., p. 254.",
        "K. Roux, E. Blanc et C. Noir, art. cit., p. 15.",
        "Ibid., p. 97-99.",
        "Les entretiens ont été menés en avril ; les citations sont traduites par nos soins.",
        "Smith, J. (2020). The long grid. Journal of Grids, 3(2), 10-12.",
        "J. Roux, ed., Catalogue des livres, vol. 3, Index de Lyon, 1560 (Lyon: Presses de "
        "la Ville; Genève: Droz, 1995).",
        "Ana Ruiz Gil, «La epidemia de 1885 en Valencia», *Asclepio* 12 (1990): 45-67.",
        "Ana Ruiz Gil, «La epidemia de 1885 en Valencia», Asclepio, vol. 12, 1990, pp. 45-67.",
        "ROUX, Anne. Les bourgs et les villes du Jura. Revue de géographie, 2011, vol. 9, "
        "n° 2, p. 5-19.",
        "A. Roux, “Les bourgs du Jura,” dans Actes du colloque des géographes, Dijon, 2016, "
        "pp. 3–9.",
        # French words in Chicago's note shape, French spacing before the colon: Chicago's
        "Hélène Marchal, *Atlas des vitraux de Bourgogne*, t. 2 (Dijon : Éditions Lumière, "
        "1902), 14-30.",
        "Paul Vernier, « Les verriers de Chartres », *Revue de l'art* 88, n° 3 (2011) : 41-58.",
    ],
)
def test_other_shapes_left_alone(note: str) -> None:
    assert parse(clean(note)) is None


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("OLIVIER DE SARDAN Jean-Pierre", "OLIVIER DE SARDAN, Jean-Pierre"),
        ("LE GOFF Pierre", "LE GOFF, Pierre"),
        ("MUNYEHIRWE Anicet", "MUNYEHIRWE, Anicet"),
        ("Jean-Pierre Olivier de Sardan", "Jean-Pierre Olivier de Sardan"),
        ("J.-P. Olivier de Sardan", "J.-P. Olivier de Sardan"),
        ("Pierre BOURDIEU", "Pierre BOURDIEU"),
        ("Banque mondiale", None),
        ("BANQUE MONDIALE", None),
        ("IRENA", None),
    ],
)
def test_person(name: str, want: str | None) -> None:
    assert person(name) == want


def test_commaform_title_with_a_quoted_word_and_capital_family_name() -> None:
    note = (
        'Nora Halvorsen, The Quiet Grid: "Access", Tariffs, and Rural Politics in Malawi, '
        "Washington (D.C.), Harvard University Press, 2004."
    )
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.title == 'The Quiet Grid: "Access", Tariffs, and Rural Politics in Malawi'
    assert (ref.authors, ref.year, ref.kind) == (("Nora Halvorsen",), 2004, B)
    entry = (
        'HALVORSEN Nora, The Quiet Grid: "Access", Tariffs, and Rural Politics in Malawi, '
        "Cambridge (MA), Harvard University Press, 2004."
    )
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.authors == ("HALVORSEN, Nora",)
    assert ref.title == 'The Quiet Grid: "Access", Tariffs, and Rural Politics in Malawi'


def test_op_cit_of_an_author_group_repeats_that_group_s_note() -> None:
    texts = [
        "Office national de l'eau, INRAE et CNRS, *Atlas des nappes phréatiques*, Orléans, "
        "BRGM, 2019.",
        "Paul Roux et Marie Blanc, *Le prix de l'eau*, Paris, La Découverte, 2012.",
        "Paul Roux, *Les agences de l'eau*, Paris, Dalloz, 2015.",
        "Jeanne Morel, « Forages », *Hydrologie*, n° 4, 2020, p. 3-9, publié avec l'Office "
        "national de l'eau.",
        "Office national de l'eau *et al.*, *op. cit.*, p. 45.",
        "P. Roux et M. Blanc, op. cit., p. 8.",
        "P. Roux, op. cit., p. 11.",
    ]
    found = find_repeats(texts)
    assert [r.target if r else None for r in found] == [None, None, None, None, 0, 1, 2]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "A. " * (n // 3),
        lambda n: "Jean Roux, " * (n // 11) + "Titre, Paris, Seuil, 2020",
        lambda n: "Loi n° 2020-1 du 1 mai 2020 " + "portant, " * (n // 9),
        lambda n: "« " * (n // 2) + "»",
        lambda n: "NOM Prénom et " * (n // 14) + ", « Titre », Revue, n° 1, 2020",
        lambda n: "Jean Roux, " + "x, " * (n // 3) + "Paris, Seuil, 2020, p. 4",
        lambda n: "* " * (n // 2),
        lambda n: "DURAND Anne, " * (n // 13) + "Titre, s. l., s. n., s. d.",
        lambda n: "DURAND, " + "A-" * (n // 2) + "x",
        lambda n: "DURAND, " + "A. " * (n // 3) + "x, Paris, 2020",
    ],
)
def test_long_lines_parse_in_linear_time(line: Callable[[int], str]) -> None:
    """(the parser alone, on cleaned text; the repeat resolver around it is checked with its
    own tests, here only on an author group before "op. cit.")"""
    assert_linear(lambda text: parse(clean(text)), line)


def test_an_author_group_before_op_cit_is_resolved_in_linear_time() -> None:
    notes = ["Jean Roux, *Titre*, Paris, Seuil, 2020."] * 200
    assert_linear(
        lambda group: find_repeats([*notes, group + "*et al.*, *op. cit.*, p. 4"]),
        lambda n: "Banque et " * (n // 10),
    )
