"""A humanities bibliography in parts whose entries head with the family name and no comma
(``Sources manuscrites`` / ``Sources imprimées`` / ``Études``, ``Źródła`` / ``Opracowania``,
``Fonti`` / ``Studi``, ``Fuentes`` / ``Bibliografía``, ``Quellen`` / ``Literatur``):

* an archive's item led by its repository and a comma (``Archives de l'Arsenal, fonds X,
  carton 3, « Titre »``) is an entry under a part's heading, so no later entry shifts and
  the note citing the same file finds it (:mod:`bibcheck.readers.partentry`);
* ``Nom Prénom`` in a list whose parts each follow the alphabet by the first word is
  inverted, with a particle (``Le Gall Anne``) or initials (``Marsh Ellen T.``) too
  (:mod:`bibcheck.parse.references.surname_first`), and French guillemets spaced inside
  (``« Titre »``) do not make the entry Spanish (:mod:`bibcheck.parse.references.particles`);
* ``Nom (dir.), op. cit.`` repeats the volume the editor directed, not a chapter of it
  that names the editor after its own author (:mod:`bibcheck.parse.references.repeat`).

Every text is invented for these tests.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, Reference, RefKind, Severity
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.surname_first import surname_first, surname_first_list
from bibcheck.readers import partentry
from bibcheck.readers.listheads import is_list_part_heading, is_qualified_list_heading
from tests.test_regex_growth import assert_linear

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus_build"))
from build_docx import build  # noqa: E402


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a repository and a comma, then the fonds and the box
        ("Archives de l'Arsenal de Brest, fonds Kerguelen, carton K 7, « Journal ».", True),
        ("Archivio di Stato di Lucca, Notarile, busta 7, «Testamenti».", True),
        ("Archivo General de Simancas, Guerra Antigua, legajo 81.", True),
        ("Archiwum Państwowe w Lublinie, Akta miasta, sygn. 112.", True),
        ("Stadtarchiv Tübingen, Bestand A 20, Nr. 45.", True),
        ("Archivio dell'Ospedale Maggiore, Eredità, cartella 3.", True),
        # a person written "Nom Prénom," then a title with no year
        ("Kerhervé Yann, « Carnets de route », manuscrit.", True),
        # the old full-stop lead still reads
        ("Arquivo Municipal de Loulé. Fundo fotográfico, n.º inv. FT-0112.", True),
        # sentences about the list: no entry
        ("Dans ce travail, les cartons sont cités par leur cote.", False),
        ("Sauf mention contraire, les traductions sont de l'auteur.", False),
        ("Pour les archives, on suit l'ordre des fonds.", False),
        ("Paris, Bibliothèque nationale.", False),  # one word before the comma
        ("Todas as traduções são do autor.", False),
        ("The interviews were recorded by the author and are in his keeping.", False),
        ("Archives.", False),
    ],
)
def test_named_entry_with_a_comma(text: str, named: bool) -> None:
    assert partentry.named_entry(text) is named


@pytest.mark.parametrize(
    ("heading", "qualified", "part"),
    [
        ("Źródła archiwalne", True, True),
        ("Źródła drukowane", True, True),
        ("Opracowania", True, True),
        ("Ressources en ligne", False, True),  # a part of a list, never a list alone
        ("Ressources humaines", False, False),
        ("Opracowania naukowe i popularne w Polsce", False, False),
    ],
)
def test_part_headings(heading: str, qualified: bool, part: bool) -> None:
    assert is_qualified_list_heading(heading) is qualified
    assert is_list_part_heading(heading) is part


def _ref(*authors: str) -> Reference:
    return Reference(raw=" ".join(authors), line=1, end_line=1, authors=authors)


# two parts, each in the order of the first words: printed sources, then studies
_IN_PARTS = [
    _ref("Le Gall Yvonne"),
    _ref("Rivoal Mathurin"),
    _ref("Taburet Odile"),
    _ref("Abgrall Soizic"),
    _ref("Bihan-Poudec Gwenola"),
    _ref("de Kersauson Hervé"),
    _ref("Kerhervé Yann"),
    _ref("Marsh Ellen T.", "Quiniou Loïc", "Stone Peter J."),
    _ref("Penven Marie-Anne"),
    _ref("Quéré Armelle"),
    _ref("Salaün Ewen"),
    _ref("Uguen Bastien"),
]


def test_a_list_in_parts_is_told_surname_first() -> None:
    assert surname_first(_IN_PARTS)
    assert [r.authors for r in surname_first_list(_IN_PARTS)] == [
        ("Le Gall, Yvonne",),
        ("Rivoal, Mathurin",),
        ("Taburet, Odile",),
        ("Abgrall, Soizic",),
        ("Bihan-Poudec, Gwenola",),
        ("de Kersauson, Hervé",),
        ("Kerhervé, Yann",),
        ("Marsh, Ellen T.", "Quiniou, Loïc", "Stone, Peter J."),
        ("Penven, Marie-Anne",),
        ("Quéré, Armelle",),
        ("Salaün, Ewen",),
        ("Uguen, Bastien",),
    ]


@pytest.mark.parametrize(
    "refs",
    [
        # given name first, each part sorted by the family name (the last word)
        [
            _ref("Yvonne Abgrall"),
            _ref("Mathurin Rivoal"),
            _ref("Odile Taburet"),
            _ref("Soizic Bihan"),
            _ref("Gwenola Kerhervé"),
            _ref("Yann Le Gall"),
            _ref("Loïc Quiniou"),
            _ref("Marie Penven"),
        ],
        # restarts everywhere: no order at all
        [
            _ref("Zaoui Karim"),
            _ref("Abgrall Soizic"),
            _ref("Rivoal Mathurin"),
            _ref("Bihan Gwenola"),
            _ref("Taburet Odile"),
            _ref("Kerhervé Yann"),
        ],
        # six names given name first in two parts, each sorted by the family name: the
        # given names happen to be in order but once; too few names to allow a restart
        [
            _ref("Didier Aubry"),
            _ref("Linda Heywood"),
            _ref("Sara Quintas"),
            _ref("Joana Ferraz"),
            _ref("Paul Gomes"),
            _ref("Tomas Lima"),
        ],
        # four names given name first in two parts (RFCs, then papers): too few to tell
        [
            _ref("Jia Wang"),
            _ref("Paula Mendes"),
            _ref("Mark Nottingham"),
            _ref("Daniel S. Berger"),
            _ref("Nimrod Megiddo"),
        ],
        # Icelandic, in parts: sorted by the given name, written first
        [
            _ref("Anna Jónsdóttir"),
            _ref("Hreinn Steingrímsson"),
            _ref("Smári Ólason"),
            _ref("Bjarni Þorsteinsson"),
            _ref("Jón Leifs"),
        ],
    ],
)
def test_lists_left_as_written(refs: list[Reference]) -> None:
    assert surname_first_list(refs) == refs


def test_told_list_keeps_other_shapes() -> None:
    refs = [*_IN_PARTS[:4], _ref("Banque de France"), _ref("Smith, John"), *_IN_PARTS[4:7]]
    refs.append(_ref("Dupont Jean Pierre"))  # three full words: family or given, untold
    out = [r.authors for r in surname_first_list(refs)]
    assert ("Banque de France",) in out
    assert ("Smith, John",) in out
    assert ("Dupont Jean Pierre",) in out


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # French guillemets spaced inside: a French entry, the particle kept in front
        ("Le Gall Yvonne, « Les goémoniers de Plouguerneau », *Annales*, t. 9, 1931.", "Le Gall"),
        ("De Kersauson Hervé, « Un armateur de Morlaix », *Revue*, t. 4, 1902.", "De Kersauson"),
    ],
)
def test_french_guillemets_are_no_spanish_sign(text: str, author: str) -> None:
    ref = parse_reference(text, (1,))
    assert ref.authors and ref.authors[0].startswith(author)


def test_spanish_guillemets_still_tell_spanish_names() -> None:
    ref = parse_reference(
        "Esteban Rodríguez Ocaña, «La salud pública en la ciudad», *Dynamis*, 12, 1992.", (1,)
    )
    assert ref.authors == ("Rodríguez Ocaña, Esteban",)


@pytest.mark.parametrize(
    ("book", "chapter", "repeat"),
    [
        (
            "Anne Tanguy (dir.), *Les phares de l'Iroise*, Rennes, PUR, 2011.",
            "Paul Riou, « Le phare du Stiff », dans Anne Tanguy (dir.), *Les phares de "
            "l'Iroise*, Rennes, PUR, 2011, p. 9-30.",
            "Tanguy (dir.), op. cit., p. 5.",
        ),
        (
            "Marta Bellini (a cura di), *I fari del Tirreno*, Roma, Carocci, 2004.",
            "Luca Neri, «Il faro di Livorno», in Marta Bellini (a cura di), *I fari del "
            "Tirreno*, Roma, Carocci, 2004, pp. 3-20.",
            "Bellini (a cura di), op. cit., p. 12.",
        ),
        (
            "Ana Robles (coord.), *Faros de Galicia*, Vigo, Xerais, 2007.",
            "Xosé Lema, «El faro de Ons», en Ana Robles (coord.), *Faros de Galicia*, Vigo, "
            "Xerais, 2007, pp. 41-60.",
            "Robles (coord.), op. cit., p. 3.",
        ),
        (
            "Jan Nowicki (red.), *Latarnie morskie*, Gdańsk, Marpress, 2015.",
            "Ewa Sowa, „Latarnia w Helu”, w: Jan Nowicki (red.), *Latarnie morskie*, Gdańsk, "
            "Marpress, 2015, s. 7-22.",
            "Nowicki (red.), op. cit., s. 8.",
        ),
    ],
)
def test_editor_op_cit_repeats_the_volume(book: str, chapter: str, repeat: str) -> None:
    found = find_repeats([book, chapter, repeat])
    rep = found[2]
    assert rep is not None and rep.target == 0


@pytest.mark.parametrize(
    "chapter",
    [
        # a chapter of the volume cited before: a work of its own, no repeat
        "Paul Riou, « Le phare du Stiff », dans Tanguy (dir.), op. cit., p. 9-30.",
        "Luca Neri, «Il faro di Livorno», in Tanguy (a cura di), op. cit., pp. 3-20.",
        "Ewa Sowa, „Latarnia w Helu”, w: Tanguy (red.), op. cit., s. 7-22.",
    ],
)
def test_chapter_in_an_editors_op_cit_is_no_repeat(chapter: str) -> None:
    book = "Anne Tanguy (dir.), *Les phares de l'Iroise*, Rennes, PUR, 2011."
    assert find_repeats([book, chapter])[1] is None


def test_op_cit_without_a_mark_unchanged() -> None:
    texts = [
        "Anne Tanguy, *Les phares de l'Iroise*, Rennes, PUR, 2011.",
        "Paul Riou, *Le Stiff*, Brest, Coop Breizh, 2015.",
        "Riou, op. cit., p. 5.",
    ]
    rep = find_repeats(texts)[2]
    assert rep is not None and rep.target == 1


def _docx(tmp_path: Path, name: str, lang: str, lines: list[str]) -> ParsedDocument:
    folder = tmp_path / "_src" / "docx" / name
    folder.mkdir(parents=True)
    meta = {"document": f"{name}.docx", "reader": "docx", "clean": True, "lang": lang}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "body.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build(folder)
    return parse_file(tmp_path / "docx" / f"{name}.docx")


_FR = [
    "# Les phares de l'Iroise, 1830-1914",
    "## Introduction",
    "Le phare fut allumé en 1839.{fn:Archives de l'Arsenal de Brest, fonds des Ponts et"
    " Chaussées, carton PC 12, « Registre des feux, 1835-1840 ».} Le service fut réformé"
    " ensuite.{fn:Ordonnance du 14 mars 1838 relative au service des phares, *Bulletin des"
    " lois*, n° 560, 1838.}",
    "Les gardiens vivaient isolés.{fn:Yvonne Le Gall, « Les gardiens de l'Iroise », *Annales"
    " de Bretagne*, t. 38, 1931, p. 201-230.} Leur vie a été contée.{fn:Mathurin Rivoal,"
    " *Vingt ans au Stiff*, Brest, Kaigre, 1899.} L'ingénieur en rend compte.{fn:Odile"
    " Taburet, *Rapport sur l'éclairage des côtes pour l'année 1880*, Paris, Imprimerie"
    " nationale, 1881.}",
    "Les historiens y reviennent.{fn:Soizic Abgrall, *Les feux de la mer*, Rennes, PUR,"
    " 2004.} Un ouvrage collectif en traite.{fn:Anne Tanguy (dir.), *Les phares de"
    " l'Iroise*, Rennes, PUR, 2011.} Un chapitre décrit le Stiff.{fn:Paul Riou, « Le phare"
    " du Stiff », dans Anne Tanguy (dir.), *Les phares de l'Iroise*, Rennes, PUR, 2011,"
    " p. 9-30.} Le musée le montre.{fn:Musée des phares, « Le Stiff »,"
    " https://phares.example.org/stiff, consulté le 2 mai 2024.}",
    "Un dernier mot.{fn:Tanguy (dir.), op. cit., p. 5.} Une thèse l'étudie.{fn:Gwenola"
    " Bihan-Poudec, *Les phares bretons*, thèse de doctorat en histoire, Université de"
    " Rennes 2, 2016.} Un article anglais aussi.{fn:Ellen T. Marsh et Peter J. Stone,"
    " « Lighthouse keepers of Brittany », *Maritime History*, vol. 7, 1999, p. 1-20.}",
    "Les naufrages sont connus.{fn:Armelle Quéré, *Les naufrageurs*, Brest, Coop Breizh,"
    " 2008.} L'île aussi.{fn:Ewen Salaün, *Ouessant*, Brest, Coop Breizh, 2013.} Et le"
    " Conquet.{fn:Bastien Uguen, *Les feux du Conquet*, Quimper, Palantines, 2019.}",
    "# Bibliographie",
    "## Sources manuscrites",
    "> Archives de l'Arsenal de Brest, fonds des Ponts et Chaussées, carton PC 12,"
    " « Registre des feux, 1835-1840 ».",
    "## Sources imprimées",
    "> Le Gall Yvonne, « Les gardiens de l'Iroise », *Annales de Bretagne*, t. 38, 1931,"
    " p. 201-230.",
    "> Ordonnance du 14 mars 1838 relative au service des phares, *Bulletin des lois*,"
    " n° 560, 1838.",
    "> Rivoal Mathurin, *Vingt ans au Stiff*, Brest, Kaigre, 1899.",
    "> Taburet Odile, *Rapport sur l'éclairage des côtes pour l'année 1880*, Paris,"
    " Imprimerie nationale, 1881.",
    "## Études",
    "> Abgrall Soizic, *Les feux de la mer*, Rennes, PUR, 2004.",
    "> Bihan-Poudec Gwenola, *Les phares bretons*, thèse de doctorat en histoire,"
    " Université de Rennes 2, 2016.",
    "> Marsh Ellen T. et Stone Peter J., « Lighthouse keepers of Brittany », *Maritime"
    " History*, vol. 7, 1999, p. 1-20.",
    "> Quéré Armelle, *Les naufrageurs*, Brest, Coop Breizh, 2008.",
    "> Riou Paul, « Le phare du Stiff », dans Tanguy Anne (dir.), *Les phares de"
    " l'Iroise*, Rennes, PUR, 2011, p. 9-30.",
    "> Salaün Ewen, *Ouessant*, Brest, Coop Breizh, 2013.",
    "> Tanguy Anne (dir.), *Les phares de l'Iroise*, Rennes, PUR, 2011.",
    "> Uguen Bastien, *Les feux du Conquet*, Quimper, Palantines, 2019.",
    "## Ressources en ligne",
    "> Musée des phares, « Le Stiff », https://phares.example.org/stiff, consulté le 2 mai 2024.",
]


def _false_findings(doc: ParsedDocument) -> list[str]:
    return [
        f"{f.kind.value} {f.lines}"
        for f in analyse_document(doc, {}, {})
        if f.severity is not Severity.INFO
    ]


def test_french_bibliography_in_parts(tmp_path: Path) -> None:
    doc = _docx(tmp_path, "fr-phares", "fr-FR", _FR)
    refs = [e.reference for e in doc.literature]
    assert len(refs) == 14
    assert refs[0].raw.startswith("Archives de l'Arsenal")
    assert [r.authors for r in refs[1:14] if r.authors and "," in r.authors[0]] == [
        ("Le Gall, Yvonne",),
        ("Rivoal, Mathurin",),
        ("Taburet, Odile",),
        ("Abgrall, Soizic",),
        ("Bihan-Poudec, Gwenola",),
        ("Marsh, Ellen T.", "Stone, Peter J."),
        ("Quéré, Armelle",),
        ("Riou, Paul",),
        ("Salaün, Ewen",),
        ("Tanguy, Anne",),
        ("Uguen, Bastien",),
    ]
    assert refs[4].kind is RefKind.REPORT
    assert refs[6].kind is RefKind.THESIS
    notes = {f.label: f for f in doc.footnotes}
    # the archive's file is listed; "Tanguy (dir.), op. cit." is her volume, not the chapter
    assert notes["1"].literature is not None and notes["1"].literature.number == 1
    assert notes["9"].literature is not None and notes["9"].literature.number == 14
    assert notes["10"].reference.title == "Les phares de l'Iroise"
    assert notes["10"].reference.kind is RefKind.BOOK
    assert _false_findings(doc) == []


_IT = [
    "# I fari del Tirreno",
    "## Introduzione",
    "Il faro fu acceso nel 1841.{fn:Archivio di Stato di Livorno, Capitaneria di porto,"
    " busta 18, «Registro dei fanali».} La sua storia è nota.{fn:Marta Bellini, *I fari"
    " del Tirreno*, Roma, Carocci, 2004.} I guardiani scrissero.{fn:Luca Neri, «Il faro di"
    " Livorno», *Rivista marittima*, 12, 1998, pp. 3-20.} Altri ne parlano.{fn:Paola Ricci,"
    " *Lanterne*, Pisa, ETS, 2010.} E ancora.{fn:Carlo Vanni, *Il mare*, Genova, Sagep,"
    " 2001.} Poi.{fn:Giorgio Costa, *Scogli*, Livorno, Belforte, 1990.} Infine.{fn:Elena"
    " Sarti, *Porti*, Napoli, Liguori, 2015.}",
    "# Fonti e bibliografia",
    "## Fonti",
    "> Archivio di Stato di Livorno, Capitaneria di porto, busta 18, «Registro dei fanali».",
    "## Studi",
    "> Bellini Marta, *I fari del Tirreno*, Roma, Carocci, 2004.",
    "> Costa Giorgio, *Scogli*, Livorno, Belforte, 1990.",
    "> Neri Luca, «Il faro di Livorno», *Rivista marittima*, 12, 1998, pp. 3-20.",
    "> Ricci Paola, *Lanterne*, Pisa, ETS, 2010.",
    "> Sarti Elena, *Porti*, Napoli, Liguori, 2015.",
    "> Vanni Carlo, *Il mare*, Genova, Sagep, 2001.",
]

_PL = [
    "# Latarnie morskie Pomorza",
    "## Wstęp",
    "Latarnię zapalono w 1826 r.{fn:Archiwum Państwowe w Gdańsku, Urząd Morski, sygn."
    " 112, „Dziennik latarni”.} Historia jest znana.{fn:Jan Nowicki, *Latarnie morskie*,"
    " Gdańsk, Marpress, 2015.} Opisano ją też.{fn:Ewa Sowa, „Latarnia w Helu”, *Rocznik"
    " Gdański*, t. 40, 2001, s. 7-22.} I jeszcze.{fn:Adam Wrona, *Brzeg*, Gdynia, Region,"
    " 2012.} Oraz tu.{fn:Zofia Kamińska, *Morze*, Gdańsk, Marpress, 2009.} Dalej.{fn:Piotr"
    " Bielak, *Fale*, Gdynia, Region, 1995.} Wreszcie.{fn:Marta Zając, *Porty*, Szczecin,"
    " Volumina, 2018.}",
    "# Bibliografia",
    "## Źródła",
    "> Archiwum Państwowe w Gdańsku, Urząd Morski, sygn. 112, „Dziennik latarni”.",
    "## Opracowania",
    "> Bielak Piotr, *Fale*, Gdynia, Region, 1995.",
    "> Kamińska Zofia, *Morze*, Gdańsk, Marpress, 2009.",
    "> Nowicki Jan, *Latarnie morskie*, Gdańsk, Marpress, 2015.",
    "> Sowa Ewa, „Latarnia w Helu”, *Rocznik Gdański*, t. 40, 2001, s. 7-22.",
    "> Wrona Adam, *Brzeg*, Gdynia, Region, 2012.",
    "> Zając Marta, *Porty*, Szczecin, Volumina, 2018.",
]

_ES = [
    "# Los faros de Galicia",
    "## Introducción",
    "El faro se encendió en 1853.{fn:Archivo General de la Marina, Faros, legajo 44,"
    " «Estado de los faros».} Su historia es conocida.{fn:Ana Robles, *Faros de Galicia*,"
    " Vigo, Xerais, 2007.} También se estudió.{fn:Xosé Lema, «El faro de Ons», *Grial*,"
    " 88, 1990, pp. 41-60.} Y más.{fn:Pilar Couto, *Costas*, Vigo, Galaxia, 2003.}",
    "# Fuentes y bibliografía",
    "## Fuentes",
    "> Archivo General de la Marina, Faros, legajo 44, «Estado de los faros».",
    "## Bibliografía",
    "> Couto, Pilar, *Costas*, Vigo, Galaxia, 2003.",
    "> Lema, Xosé, «El faro de Ons», *Grial*, 88, 1990, pp. 41-60.",
    "> Robles, Ana, *Faros de Galicia*, Vigo, Xerais, 2007.",
]

_DE = [
    "# Leuchttürme an der Ostsee",
    "## Einleitung",
    "Der Turm wurde 1866 errichtet.{fn:Landesarchiv Greifswald, Wasserbauamt, Nr. 77,"
    " „Bauakte Leuchtturm“.} Die Geschichte ist erforscht.{fn:Jonas Brandt, *Leuchtfeuer*,"
    " Rostock, Hinstorff, 2008.} Ebenso hier.{fn:Lena Kühl, *Küste*, Kiel, Wachholtz,"
    " 2014.}",
    "# Quellen und Literatur",
    "## Quellen",
    "> Landesarchiv Greifswald, Wasserbauamt, Nr. 77, „Bauakte Leuchtturm“.",
    "## Literatur",
    "> Brandt, Jonas: *Leuchtfeuer*, Rostock: Hinstorff 2008.",
    "> Kühl, Lena: *Küste*, Kiel: Wachholtz 2014.",
]


@pytest.mark.parametrize(
    ("name", "lang", "lines", "count", "authors"),
    [
        (
            "it-fari",
            "it-IT",
            _IT,
            7,
            [
                (),
                ("Bellini, Marta",),
                ("Costa, Giorgio",),
                ("Neri, Luca",),
                ("Ricci, Paola",),
                ("Sarti, Elena",),
                ("Vanni, Carlo",),
            ],
        ),
        (
            "pl-latarnie",
            "pl-PL",
            _PL,
            7,
            [
                (),
                ("Bielak, Piotr",),
                ("Kamińska, Zofia",),
                ("Nowicki, Jan",),
                ("Sowa, Ewa",),
                ("Wrona, Adam",),
                ("Zając, Marta",),
            ],
        ),
        ("es-faros", "es-ES", _ES, 4, [(), ("Couto, Pilar",), ("Lema, Xosé",), ("Robles, Ana",)]),
        ("de-leuchttuerme", "de-DE", _DE, 3, [(), ("Brandt, Jonas",), ("Kühl, Lena",)]),
    ],
)
def test_bibliographies_in_parts(
    tmp_path: Path,
    name: str,
    lang: str,
    lines: list[str],
    count: int,
    authors: list[tuple[str, ...]],
) -> None:
    doc = _docx(tmp_path, name, lang, lines)
    refs = [e.reference for e in doc.literature]
    assert len(refs) == count
    assert refs[0].raw.startswith("Ar") or refs[0].raw.startswith("Landesarchiv")
    got = [() if r.raw.startswith(("Ar", "Landes")) else r.authors for r in refs]
    assert got == authors
    assert _false_findings(doc) == []


def test_natural_order_notes_unchanged(tmp_path: Path) -> None:
    doc = _docx(tmp_path, "fr-notes", "fr-FR", _FR)
    notes = {f.label: f.reference for f in doc.footnotes}
    assert notes["3"].authors == ("Yvonne Le Gall",) or notes["3"].authors == ("Le Gall, Yvonne",)
    assert notes["4"].authors == ("Mathurin Rivoal",)
    assert dataclasses.replace(notes["12"], raw="").authors == ("Ellen T. Marsh", "Peter J. Stone")


_LONG = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Aa " * (n // 3), id="capitalised-words"),
    pytest.param(lambda n: "Le " * (n // 3) + "Gall Anne", id="particles"),
    pytest.param(lambda n: "Marsh " + "Ellen " * (n // 6) + "T.", id="given-names"),
    pytest.param(lambda n: "Marsh " + "T. " * (n // 3) + "x", id="initials"),
    pytest.param(lambda n: "Aa-" * (n // 3) + " Bb", id="hyphens"),
    pytest.param(lambda n: "Archives de l'" * (n // 14) + ", x", id="elisions"),
    pytest.param(lambda n: "Aa " * (n // 3) + ",", id="comma-at-end"),
]


def _inverted_list(name: str) -> object:
    return surname_first_list([*_IN_PARTS, _ref(name)])


def _op_cit(text: str) -> object:
    return find_repeats(["Anne Tanguy (dir.), *Les phares*, Rennes, PUR, 2011.", text])


@pytest.mark.parametrize("line", _LONG)
@pytest.mark.parametrize(
    "call", [partentry.named_entry, _inverted_list, _op_cit], ids=["named", "inverted", "op-cit"]
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
