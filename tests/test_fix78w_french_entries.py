"""Fix 78w: French (Chicago-style) bibliography entries and notes, in the shapes French
documents write them.

* :mod:`bibcheck.parse.references.editor_mark_head`: a volume's editors with their mark
  after the names (``Nom, Prénom Prénom, dir. Titre. Lieu : Éditeur, 2001.``, ``éd.``,
  ``coord.``, ``ed.``, ``(dir.)``): the mark no part of the title, the editors kept as the
  names and set as ``editors``; a film's director stays :mod:`.role_head`'s.
* :mod:`bibcheck.parse.references.joined_names` (``whole_given_book``): a book's entry
  headed by whole given names and closed by ``Lieu : Éditeur, Année.`` is no GOST entry
  (French typography's `` : `` is GOST's too): read as Chicago's, a chapter's ``Dans``
  host included.
* :mod:`bibcheck.parse.references.comma_body_titled`: a ministry's name with its remits
  after commas (``Ministère de X, de Y et de Z. *Titre*. Paris, 2020.``) is the author
  whole, the sentence after it the title.
* :mod:`bibcheck.parse.references.thesis`: France's ``thèse d'exercice`` (de médecine, de
  pharmacie), ``thèse de médecine``, ``mémoire de master 2``, ``mémoire d'habilitation``.
* :mod:`bibcheck.parse.references.french_web`: a French note's quoted page with its site
  (or register), its access date and address and no imprint is a page online.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference


def _entry(text: str, *, note: bool = False) -> Reference:
    return parse_reference(text, (1,), detect_styles=True, note=note)


# --------------------------------------------------------------------------
# editors' marks after the names
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "names", "title"),
    [
        (
            "Garnier, Louise Hélène, dir. Les hôpitaux de Lyon au XIXe siècle. Lyon : PUL, 2004.",
            ("Garnier, Louise Hélène",),
            "Les hôpitaux de Lyon au XIXe siècle",
        ),
        (
            "Garnier, Louise Hélène, dir. *Les hôpitaux de Lyon au XIXe siècle*. Lyon : PUL, 2004.",
            ("Garnier, Louise Hélène",),
            "Les hôpitaux de Lyon au XIXe siècle",
        ),
        (
            "Garnier, Louise, éd. Lettres d'un médecin de campagne. Paris : Belin, 1999.",
            ("Garnier, Louise",),
            "Lettres d'un médecin de campagne",
        ),
        (
            "Garnier, Louise, et Henri Valette, éd. Lettres d'un médecin de campagne. "
            "Paris : Belin, 1999.",
            ("Garnier, Louise", "Henri Valette"),
            "Lettres d'un médecin de campagne",
        ),
        (
            "Ortiz, Rosa María, coord. La salud pública en Castilla. Madrid : Síntesis, 2011.",
            ("Ortiz, Rosa María",),
            "La salud pública en Castilla",
        ),
        (
            "Garnier, Louise Hélène (dir.). Les hôpitaux de Lyon. Lyon : PUL, 2004.",
            ("Garnier, Louise Hélène",),
            "Les hôpitaux de Lyon",
        ),
        (
            "Hale, Robert James, ed. The Parish Registers of Kent. London: Phillimore, 1988.",
            ("Hale, Robert James",),
            "The Parish Registers of Kent",
        ),
    ],
)
def test_editors_mark_after_names(entry: str, names: tuple[str, ...], title: str) -> None:
    ref = _entry(entry)
    assert ref.title == title
    assert ref.authors == names
    assert ref.editors == names
    assert ref.kind is RefKind.BOOK


def test_director_of_a_film_is_no_editor() -> None:
    ref = _entry("Varda, Agnès, dir. Sans toit ni loi. Ciné-Tamaris, 1985.")
    assert ref.editors == ()
    assert ref.kind is RefKind.WEB  # (a film: a medium, :mod:`.role_head`)


# --------------------------------------------------------------------------
# whole given names and French book facts: Chicago's, not GOST's
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "names", "title", "kind"),
    [
        (
            "Garnier, Louise Hélène. Les hôpitaux de Lyon au XIXe siècle. Lyon : PUL, 2004.",
            ("Garnier, Louise Hélène",),
            "Les hôpitaux de Lyon au XIXe siècle",
            RefKind.BOOK,
        ),
        (
            "Garnier, Louise et Henri Valette. Lettres d'un médecin. Paris : Belin, 1999.",
            ("Garnier, Louise", "Henri Valette"),
            "Lettres d'un médecin",
            RefKind.BOOK,
        ),
        (  # a chapter: its host after "Dans", the editor after it
            "Valette, Henri. « Les dispensaires du Rhône ». Dans Médecine et société, sous la "
            "direction de Louise Garnier, 45-67. Lyon : PUL, 2004.",
            ("Valette, Henri",),
            "Les dispensaires du Rhône",
            RefKind.CHAPTER,
        ),
    ],
)
def test_whole_given_names_french_imprint(
    entry: str, names: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = _entry(entry)
    assert ref.style != "gost"
    assert (ref.authors, ref.title, ref.kind) == (names, title, kind)


def test_gost_initials_read_as_before() -> None:
    """(a guard: GOST names by initials, its dashless book is read as before)"""
    ref = _entry("Иванов, И. И. Водоснабжение городов. Москва : Стройиздат, 1985. 240 с.")
    assert ref.style != "chicago"
    assert (ref.authors, ref.title, ref.publisher) == (
        ("Иванов, И. И.",),
        "Водоснабжение городов",
        "Стройиздат",
    )


# --------------------------------------------------------------------------
# a ministry's name with commas, its title after it
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "body", "title"),
    [
        (
            "Ministère de l'Intérieur, de l'Outre-mer et des Collectivités territoriales. "
            "*Guide des plans communaux de sauvegarde*. Paris, 2009.",
            "Ministère de l'Intérieur, de l'Outre-mer et des Collectivités territoriales",
            "Guide des plans communaux de sauvegarde",
        ),
        (
            "Ministère du Travail, de l'Emploi et de la Santé. Plan national canicule 2011. "
            "Paris, 2011.",
            "Ministère du Travail, de l'Emploi et de la Santé",
            "Plan national canicule 2011",
        ),
        (
            "Ministerio de Trabajo, Migraciones y Seguridad Social. Informe sobre el empleo "
            "rural. Madrid, 2019.",
            "Ministerio de Trabajo, Migraciones y Seguridad Social",
            "Informe sobre el empleo rural",
        ),
    ],
)
def test_ministry_name_with_commas(entry: str, body: str, title: str) -> None:
    ref = _entry(entry)
    assert ref.authors == (body,)
    assert ref.title == title


def test_person_name_not_read_as_a_body() -> None:
    ref = _entry("Garnier, Louise. *Les hôpitaux de Lyon*. Lyon : PUL, 2004.")
    assert ref.authors == ("Garnier, Louise",)


# --------------------------------------------------------------------------
# French theses
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "note", "designation"),
    [
        (
            "Perrin, Claire. « Le dépistage auditif néonatal en Bretagne ». Thèse d'exercice "
            "de médecine, Université de Rennes, 2019.",
            False,
            "Thèse d'exercice de médecine",
        ),
        (
            "Claire Perrin, « Le dépistage auditif néonatal en Bretagne » (thèse d'exercice "
            "de médecine, Université de Rennes, 2019), 33.",
            True,
            "thèse d'exercice de médecine",
        ),
        (
            "Perrin, Claire. « L'officine rurale ». Thèse d'exercice en pharmacie, "
            "Université de Lille, 2017.",
            False,
            "Thèse d'exercice en pharmacie",
        ),
        (
            "Perrin, Claire. « L'officine rurale ». Thèse de pharmacie, Université de Lille, 2017.",
            False,
            "Thèse de pharmacie",
        ),
        (
            "Perrin, Claire. « Les lavoirs de Nantes ». Mémoire de master 2, Université de "
            "Nantes, 2021.",
            False,
            "Mémoire de master 2",
        ),
        (
            "Perrin, Claire. « Les lavoirs de Nantes ». Thèse de doctorat en histoire, "
            "Université de Nantes, 2021.",
            False,
            "Thèse de doctorat",
        ),
    ],
)
def test_french_thesis(text: str, note: bool, designation: str) -> None:
    ref = _entry(text, note=note)
    assert ref.kind is RefKind.THESIS
    assert ref.thesis_designation == designation
    assert ref.host is None


# --------------------------------------------------------------------------
# French notes citing a page online
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Agence régionale de santé, « Les centres de vaccination du Rhône », Site de "
            "l'ARS, consulté le 4 mai 2025, https://ars.example.org/centres.",
            RefKind.WEB,
        ),
        (
            "« Essai PREVACOL sur le rappel coquelucheux », registre EudraCT, 2019-000000-11, "
            "enregistré en 2019, consulté le 1er juin 2024, https://trials.example.org/prevacol.",
            RefKind.WEB,
        ),
        (  # a book's imprint: a book, its copy online notwithstanding
            "Louise Garnier, « Les hôpitaux de Lyon », Lyon, PUL, 2004, consulté le 3 mars "
            "2024, https://books.example.org/hopitaux.",
            RefKind.BOOK,
        ),
    ],
)
def test_french_note_page_online(note: str, kind: RefKind) -> None:
    assert _entry(note, note=True).kind is kind
