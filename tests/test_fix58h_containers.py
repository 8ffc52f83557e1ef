"""Forms of works and lists (fix58h): a volume of a work in several cited by its own
title, a report in an institution's numbered series, a paper given at a conference, names
written family name first in a sorted list, an address cut inside its host name, "et al."
in italics, "art. cité" after a shortened title, ABNT's elided proceedings, a volume after
an imprint, an RFC's number, and the original's year after a translation.  Fixtures are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import french_notes, parse_reference
from bibcheck.parse.references.native_et_al import english_others
from bibcheck.parse.references.proceedings import given_at
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.surname_first import surname_first, surname_first_list
from bibcheck.parse.references.volume_series import series_report, volume_title
from bibcheck.readers.linewrap import url_continues

_PLACES = {
    "Paris",
    "Madrid",
    "Torino",
    "Rennes",
    "Lyon",
    "Brasília",
    "Bruxelles",
    "Nantes",
    "Lisboa",
}


def _placed(part: str) -> bool:
    return part in _PLACES


@pytest.mark.parametrize(
    ("parts", "title", "left"),
    [
        (
            ["t. II", "Anne Roux (dir.)", "Le Temps des faubourgs", "Rennes", "PUR", "1999"],
            "Le Temps des faubourgs",
            ["t. II", "Rennes", "PUR", "1999"],
        ),
        (
            ["vol. 3", "Ana Ruiz (ed.)", "La España moderna", "Madrid", "Espasa", "1999"],
            "La España moderna",
            ["vol. 3", "Madrid", "Espasa", "1999"],
        ),
        (
            ["vol. 2", "a cura di Marco Neri", "Il Medioevo, i comuni", "Torino", "Einaudi"],
            "Il Medioevo, i comuni",
            ["vol. 2", "Torino", "Einaudi"],
        ),
        # words after the number with no editors of the volume between: the set's title
        (
            ["vol. 6", "Os tempos modernos", "Lisboa", "Estampa", "1993"],
            "",
            ["vol. 6", "Os tempos modernos", "Lisboa", "Estampa", "1993"],
        ),
        (
            ["t. V : Les Temps modernes", "Paris", "Fayard", "1990"],
            "Les Temps modernes",
            ["t. V", "Paris", "Fayard", "1990"],
        ),
        # no title of its own: the set's title stays
        (["t. IV", "Paris", "Gallimard", "1998"], "", ["t. IV", "Paris", "Gallimard", "1998"]),
        # no volume
        (["Paris", "Seuil", "2001"], "", ["Paris", "Seuil", "2001"]),
        # no place after the "title": nothing to end it
        (["vol. 4", "no 2", "2011"], "", ["vol. 4", "no 2", "2011"]),
    ],
)
def test_volume_title(parts: list[str], title: str, left: list[str]) -> None:
    assert volume_title(parts, _placed) == (title, left)


@pytest.mark.parametrize(
    ("parts", "report"),
    [
        (["Cahier de recherche", "no 14", "Lyon", "Institut d’urbanisme", "2019"], True),
        (["Texto para Discussão", "n. 2617", "Brasília", "Ipea", "2021"], True),
        (["Note de synthèse", "n° 7", "Bruxelles", "Observatoire", "mai 2020"], True),
        # a journal: its numbering and its date, no place nor publisher
        (["Revue d’histoire urbaine", "vol. 12", "n° 3", "2020"], False),
        (["Esprit", "no 3", "mars 2010", "p. 4"], False),
        (["Paris", "no 3", "Lyon", "Seuil", "2010"], False),
    ],
)
def test_series_report(parts: list[str], report: bool) -> None:
    assert series_report(parts, _placed) is report


@pytest.mark.parametrize(
    ("part", "given"),
    [
        ("communication au colloque « Temps urbains »", True),
        ("communication présentée aux journées « Mobilités »", True),
        ("paper presented at the Annual Meeting of the Urban History Association", True),
        ("comunicação apresentada no Congresso Brasileiro de Sociologia", True),
        ("ponencia presentada en el Congreso Internacional de Historia Urbana", True),
        ("relazione al convegno «Città e tempi»", True),
        ("Vortrag auf der Jahrestagung der Gesellschaft für Stadtgeschichte", True),
        ("Le Monde", False),
        ("Paris", False),
        ("paper read by many", False),
    ],
)
def test_given_at(part: str, given: bool) -> None:
    assert given_at(part) is given


@pytest.mark.parametrize(
    ("text", "kind", "title", "year"),
    [
        # the first edition's year after the one cited
        (
            "Henri Dupont, La Ville et ses rythmes, 2e éd., Paris, Seuil, 2012 [1990], p. 44.",
            RefKind.BOOK,
            "La Ville et ses rythmes",
            2012,
        ),
        # a report in an institution's series
        (
            "Marie Lenoir, « Les quartiers au quotidien », Cahier de recherche, no 14, Lyon,"
            " Institut d’urbanisme, 2019.",
            RefKind.REPORT,
            "Les quartiers au quotidien",
            2019,
        ),
        # a talk at a conference
        (
            "Jean Morel, « Les horaires de la ville », communication au colloque « Temps"
            " urbains », Nantes, 3 mai 2018.",
            RefKind.CHAPTER,
            "Les horaires de la ville",
            2018,
        ),
        # a volume of a set with its own editor and title
        (
            "Georges Blanc (dir.), Histoire des villes de l’Ouest, t. II, Anne Roux (dir.),"
            " Le Temps des faubourgs, Rennes, PUR, 1999.",
            RefKind.BOOK,
            "Le Temps des faubourgs",
            1999,
        ),
    ],
)
def test_french_notes(text: str, kind: RefKind, title: str, year: int) -> None:
    fields = french_notes.parse(text)
    assert fields is not None
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.kind, ref.title, ref.year) == (kind, title, year)


@pytest.mark.parametrize(
    ("text", "kind", "title", "host"),
    [
        # French spacing inside the guillemets marks a French note: a newspaper's article
        (
            "Paul Girard, « Vivre à dix minutes : une enquête », Le Figaro, 4 avril 2022,"
            " cahier « Villes », p. 12.",
            RefKind.ARTICLE,
            "Vivre à dix minutes: une enquête",
            "Le Figaro",
        ),
        # a title with a comma inside the guillemets: no journal begins inside them
        (
            "Anna Kowal et Piotr Nowak, « Walking the “Ten-Minute Town”: Access, Time and"
            " Place », Urban Studies Review, vol. 8, no 2, 2019, p. 10-30.",
            RefKind.ARTICLE,
            "Walking the “Ten-Minute Town”: Access, Time and Place",
            "Urban Studies Review",
        ),
    ],
)
def test_french_marked_notes(text: str, kind: RefKind, title: str, host: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.kind, ref.title, ref.host) == (kind, title, host)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Claire Dumas, Les Horaires de la ville, thèse de doctorat en géographie,"
            " Université de Lille, 2015.",
            RefKind.THESIS,
        ),
        (
            "Pedro Alves, Tempos urbanos, tese de doutorado em geografia, Universidade de"
            " Lisboa, 2016.",
            RefKind.THESIS,
        ),
    ],
)
def test_thesis_with_its_field(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True, note=True).kind is kind


def _ref(*authors: str) -> Reference:
    return Reference(raw=", ".join(authors), line=1, end_line=1, authors=authors)


_FAMILY_FIRST = [
    _ref("Aubert Claire"),
    _ref("Bonnet Luc", "Fabre Anne"),
    _ref("Durand Paul"),
    _ref("Garnier, Sophie"),
    _ref("Martin Jean"),
]
# the same people given name first, sorted by family name
_GIVEN_FIRST = [
    _ref("Claire Aubert"),
    _ref("Luc Bonnet"),
    _ref("Paul Durand"),
    _ref("Jean Martin"),
]


def test_surname_first_list_inverts() -> None:
    assert surname_first(_FAMILY_FIRST)
    out = surname_first_list(_FAMILY_FIRST)
    assert [r.authors for r in out] == [
        ("Aubert, Claire",),
        ("Bonnet, Luc", "Fabre, Anne"),
        ("Durand, Paul",),
        ("Garnier, Sophie",),
        ("Martin, Jean",),
    ]


@pytest.mark.parametrize(
    "refs",
    [
        _GIVEN_FIRST,  # sorted by the last word: given names first
        _FAMILY_FIRST[:3],  # too few to say
        [_ref("Aubert Claire"), _ref("World Bank"), _ref("Durand Paul"), _ref("Martin Jean")][::-1],
        # Icelandic: sorted by the given name, written first
        [
            _ref("Anna Jónsdóttir"),
            _ref("Bjarni Þorsteinsson"),
            _ref("Hreinn Steingrímsson"),
            _ref("Jón Leifs"),
            _ref("Smári Ólason"),
        ],
        # sorted by neither word: an unsorted list
        [_ref("Zola Anne"), _ref("Aubert Claire"), _ref("Martin Jean"), _ref("Durand Paul")],
    ],
)
def test_surname_first_list_leaves(refs: list[Reference]) -> None:
    assert surname_first_list(refs) == refs


def test_surname_first_list_keeps_organisations() -> None:
    refs = [
        _ref("Aubert Claire"),
        _ref("Bonnet Luc"),
        _ref("Durand Paul"),
        _ref("European Commission"),
    ]
    refs.append(_ref("Martin Jean"))
    refs.sort(key=lambda r: r.authors[0])
    out = surname_first_list(refs)
    assert ("European Commission",) in [r.authors for r in out]
    assert ("Martin, Jean",) in [r.authors for r in out]


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("… Paris, 2021, https://www.institutpa", "risregion.example/notes/900/.", True),
        ("Disponible sur https://www.comune.mila", "no.example.it/servizi/tempi", True),
        ("Available at https://www.example.org", "10.1234/abcd.5678", False),
        ("Available at https://www.example.org", "Accessed 3 May 2020.", False),
        ("Voir https://www.example.org", "et la suite.", False),
    ],
)
def test_url_cut_in_its_host(line: str, following: str, joined: bool) -> None:
    assert url_continues(line, following) is joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BERG, Benjamin *et al.* The CacheLib engine. *In*: X", "BERG, Benjamin et al. The"),
        ("ROSSI, Anna _et al._ Titolo del libro. Milano", "ROSSI, Anna et al. Titolo"),
        ("Smith, J. et al. Title of the work. London", "Smith, J. et al. Title"),
    ],
)
def test_italic_et_al(text: str, expected: str) -> None:
    assert english_others(text).startswith(expected)


@pytest.mark.parametrize(
    "short",
    [
        "Dubois et al., « Les rythmes de la ville », art. cité, p. 101.",
        "Dubois et al., « Les rythmes de la ville », art. cit., p. 101.",
        "Dubois *et al.*, « Les rythmes de la ville », art. cit., p. 7.",
    ],
)
def test_art_cite_after_et_al(short: str) -> None:
    texts = [
        "Léa Dubois, Marc Petit et Ana Costa, « Les rythmes de la ville : une enquête »,"
        " Espaces et sociétés, no 3, 2020, p. 93-111.",
        "Henri Lefort, Le Quartier, Paris, Seuil, 2001, p. 8.",
        short,
    ]
    found = find_repeats(texts)
    assert found[2] is not None and found[2].target == 0


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        # ABNT: a volume after the imprint is a book's, no journal's
        (
            "SOUZA, Marcos A. *Teoria dos grafos*. 3. ed. Campinas, SP: Editora X, 2010. v. 2.",
            RefKind.BOOK,
            2010,
        ),
        # ABNT: an RFC, its number as a series in parentheses, online
        (
            "LEE, K.; PARK, J. (ed.). *Transport Caching*. [S. l.]: IETF, jun. 2021. (RFC 9999)."
            " Disponível em: https://www.rfc-editor.example/rfc/rfc9999. Acesso em: 3 nov. 2025.",
            RefKind.REPORT,
            2021,
        ),
        # ABNT: a technical report in a Portuguese series
        (
            "COSTA, Rui. *Medições de tráfego na rede do campus*. Recife: Centro de Informática,"
            " UFPE, 2019. (Relatório Técnico CIn-19-03).",
            RefKind.REPORT,
            2019,
        ),
        # ABNT: a translation, the original's title and year after the imprint
        (
            "SMITH, John. *Redes de computadores*. Tradução de Ana Lima. 5. ed. Porto Alegre:"
            " Bookman, 2018. Título original: Computer Networks [2011].",
            RefKind.BOOK,
            2018,
        ),
        # ABNT: a paper in proceedings cut short, "In" in italics
        (
            "LIMA, Ana; REIS, Carlos. Um escalonador de E/S. *In*: 10th USENIX Symposium on"
            " Storage Systems (SSS 19), 2019, Boston. *Proceedings* [...]. Berkeley: USENIX"
            " Association, 2019. p. 1–12.",
            RefKind.CHAPTER,
            2019,
        ),
        (
            "PEREIRA, Joana *et al.* Caches cooperativos. *In*: SIMPÓSIO BRASILEIRO DE REDES,"
            " 38., 2020, Rio de Janeiro. *Anais* [...]. Porto Alegre: SBC, 2020. p. 5–18.",
            RefKind.CHAPTER,
            2020,
        ),
    ],
)
def test_abnt_forms(text: str, kind: RefKind, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.year) == (kind, year)


def test_abnt_italic_et_al_names() -> None:
    ref = parse_reference(
        "PEREIRA, Joana *et al.* Caches cooperativos. *In*: SIMPÓSIO BRASILEIRO DE REDES, 38.,"
        " 2020, Rio de Janeiro. *Anais* [...]. Porto Alegre: SBC, 2020. p. 5–18.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title) == (("PEREIRA, Joana",), "Caches cooperativos")


_PDF = """\
Cahiers de géographie urbaine, no 12, 2024, p. 5-20

Les horaires de la ville
Anne Lefèvre

Introduction
La ville des horaires a une longue histoire, que les géographes ont racontée1 et que les
élus redécouvrent.2 Le volume consacré aux faubourgs le rappelait déjà3, et un
colloque l’a discutée.4

1. Léa Dubois, Marc Petit et Ana Costa, « Les rythmes de la ville : une enquête »,
Espaces et sociétés, no 3, 2020, p. 93-111.
2. Henri Lefort, Le Quartier, 2e éd., Paris, Seuil, 2001 [1985], p. 8.
3. Georges Blanc (dir.), Histoire des villes de l’Ouest, t. II, Anne Roux (dir.),
Le Temps des faubourgs, Rennes, PUR, 1999.
4. Jean Morel, « Les horaires de la ville », communication au colloque « Temps
urbains », Nantes, 3 mai 2018.

Bibliographie
Blanc Georges (dir.), Histoire des villes de l’Ouest, t. II, Anne Roux (dir.), Le Temps
des faubourgs, Rennes, PUR, 1999.
Dubois Léa, Petit Marc et Costa Ana, « Les rythmes de la ville : une enquête », Espaces
et sociétés, no 3, 2020, p. 93-111.
Lefort Henri, Le Quartier. Chronique d’une rue de Nantes, 2e éd., Paris, Seuil, 2001 [1985].
Morel Jean, « Les horaires de la ville », communication au colloque « Temps urbains »,
Nantes, 3 mai 2018.
"""


def test_pdftext_french_bibliography(tmp_path: Path) -> None:
    path = tmp_path / "horaires.txt"
    path.write_text(_PDF, encoding="utf-8")
    doc = parse_file(path, reader="pdf-text")
    refs = [e.reference for e in doc.literature]
    # four entries: a line ending a full-width entry does not swallow the next head
    assert [r.authors[:1] for r in refs] == [
        ("Blanc, Georges",),
        ("Dubois, Léa",),
        ("Lefort, Henri",),
        ("Morel, Jean",),
    ]
    assert refs[0].title == "Le Temps des faubourgs"
    assert refs[3].kind is RefKind.CHAPTER
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert (notes["2"].year, notes["2"].kind) == (2001, RefKind.BOOK)
    assert notes["4"].kind is RefKind.CHAPTER
