"""Fix 79d: French (Chicago-style) bibliography entries and notes, in the shapes French
documents write them (round 78's fix78w rules, narrowed to these shapes).

* :mod:`bibcheck.parse.references.editor_mark_head`: a volume's editors with their mark
  after the names (``Nom, Prénom Prénom, dir. Titre. Lieu : Éditeur, 2001.``, ``éd.``,
  ``coord.``, ``ed.``, ``(dir.)``, ``(a cura di)``): the mark no part of the title, the
  editors kept as the names and set as ``editors``; a film's director stays
  :mod:`.role_head`'s, initials alone and a second role after the mark as before.
* :mod:`bibcheck.parse.references.joined_names` (``whole_given_book``): a book's entry
  headed by two whole given names, or a chapter's (``Dans``/``In``/``En`` its host), closed
  by ``Lieu : Éditeur, Année.`` is no GOST entry (French typography's `` : `` is GOST's
  too); one given name before a book's title is read as before.
* :mod:`bibcheck.parse.references.comma_body_titled`: a ministry's name with its remits
  after commas (``Ministère de X, de Y et de Z. *Titre*. Paris, 2020.``) is the author
  whole, the sentence after it the title (a title after the comma, the facts after it,
  as before).
* :mod:`bibcheck.parse.references.french_web`: a French note's quoted page with its site
  (or register), its access date and address and no imprint is a page online (a page's
  designation, ``site officiel de …``, :mod:`.page_designation`'s as before).

The guards (``test_as_before``) are invented in the shapes of older tests these rules
first broke (fix11b, fix12f, fix61h, fix72j, fix74g).

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
        (  # a translator's mark joined to the editors'
            "Ferrand, Luc Henri, éd. et trad. *Chroniques du Quercy*. Toulouse : Privat, 1981.",
            ("Ferrand, Luc Henri",),
            "Chroniques du Quercy",
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


@pytest.mark.parametrize(
    ("text", "note", "body", "title"),
    [
        (  # a note's comma after a body opens its title
            "Ministry of Water Resources Kenya, Borehole Design Manual. Nairobi: MWR, 2005, ch. 3.",
            True,
            "Ministry of Water Resources Kenya",
            "Borehole Design Manual",
        ),
        (  # no list of remits: the title after the body's comma
            "Agence de l'eau Rhône Méditerranée, Schéma directeur des eaux du bassin. Lyon, 2015.",
            False,
            "Agence de l'eau Rhône Méditerranée",
            "Schéma directeur des eaux du bassin",
        ),
    ],
)
def test_title_after_a_body_comma(text: str, note: bool, body: str, title: str) -> None:
    ref = _entry(text, note=note)
    assert ref.authors == (body,)
    assert (ref.title or "").startswith(title)


def test_person_name_not_read_as_a_body() -> None:
    ref = _entry("Garnier, Louise. *Les hôpitaux de Lyon*. Lyon : PUL, 2004.")
    assert ref.authors == ("Garnier, Louise",)


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


# --------------------------------------------------------------------------
# the same shapes in Italian, Spanish and Portuguese lists
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "authors", "editors", "title", "kind"),
    [
        (
            "Rinaldi, Maria Grazia (a cura di). La sanità in Umbria. Perugia : Morlacchi, 2008.",
            ("Rinaldi, Maria Grazia",),
            ("Rinaldi, Maria Grazia",),
            "La sanità in Umbria",
            RefKind.BOOK,
        ),
        (
            "Moreira, Ana Luísa, coord. A saúde pública no Porto. Porto : Afrontamento, 2012.",
            ("Moreira, Ana Luísa",),
            ("Moreira, Ana Luísa",),
            "A saúde pública no Porto",
            RefKind.BOOK,
        ),
        (
            "Ibáñez, Luis. «El regreso de la obligación». En Salud y sociedad, editado por "
            "Ana Ruiz, 13-58. Madrid : Síntesis, 2019.",
            ("Ibáñez, Luis",),
            (),
            "El regreso de la obligación",
            RefKind.CHAPTER,
        ),
        (
            "Fabbri, Marco. «Il ritorno dell'obbligo». In Salute e società, a cura di Anna "
            "Neri, 13-58. Bologna : Il Mulino, 2019.",
            ("Fabbri, Marco",),
            (),
            "Il ritorno dell'obbligo",
            RefKind.CHAPTER,
        ),
        (
            "Ministero del Lavoro, della Salute e delle Politiche sociali. Piano nazionale "
            "dei richiami 2008. Roma, 2008.",
            ("Ministero del Lavoro, della Salute e delle Politiche sociali",),
            (),
            "Piano nazionale dei richiami 2008",
            None,
        ),
    ],
)
def test_romance_lists(
    entry: str,
    authors: tuple[str, ...],
    editors: tuple[str, ...],
    title: str,
    kind: RefKind | None,
) -> None:
    ref = _entry(entry)
    assert (ref.authors, ref.editors, ref.title) == (authors, editors, title)
    if kind is not None:
        assert ref.kind is kind


# --------------------------------------------------------------------------
# guards: shapes read right before these rules, read the same
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "note", "authors", "title", "publisher", "kind"),
    [
        (  # one given name, an italic title with French spacing before its colon (fix11b)
            "Lacombe, Anne-Sophie. *Les moulins du Tarn : une histoire*. Albi : Éditions du "
            "Pastel, 2003.",
            False,
            ("Lacombe, Anne-Sophie",),
            "Les moulins du Tarn : une histoire",
            "Éditions du Pastel",
            RefKind.BOOK,
        ),
        (  # initials alone before the mark (fix12f)
            "Bakker, J. H., ed. Brieven uit Gent. Leuven: Peeters, 1990.",
            False,
            ("Bakker, J. H",),
            "Brieven uit Gent",
            "Peeters",
            RefKind.BOOK,
        ),
        (  # a second role joined to the mark (fix61h)
            "Lindqvist, Karin, ed. and trans. Songs of the Northern Coast. Oxford: Clarendon, 1972.",
            False,
            ("Lindqvist, Karin",),
            "Songs of the Northern Coast",
            "Clarendon",
            RefKind.BOOK,
        ),
        (
            "Ferrand, Luc, éd. et trad. *Chroniques du Quercy*. Toulouse: Privat, 1981.",
            False,
            ("Ferrand, Luc",),
            "Chroniques du Quercy",
            "Privat",
            RefKind.BOOK,
        ),
        (  # a body's title after its comma, the facts after it (fix72j)
            "Department of Fisheries, Yearbook of Rivers and Lakes. Dublin: Stationery "
            "Office, 1958.",
            False,
            ("Department of Fisheries",),
            "Yearbook of Rivers and Lakes",
            None,
            None,
        ),
        (  # a page's designation before its owner (fix74g)
            "« Les horaires d'ouverture », site officiel de la mairie de Vannes, "
            "https://www.vannes.example.fr/horaires, consulté le 3 avril 2025.",
            True,
            None,
            "Les horaires d'ouverture",
            "mairie de Vannes",
            RefKind.WEB,
        ),
    ],
)
def test_as_before(
    text: str,
    note: bool,
    authors: tuple[str, ...] | None,
    title: str,
    publisher: str | None,
    kind: RefKind | None,
) -> None:
    ref = _entry(text, note=note)
    assert ref.title == title
    if authors is not None:
        assert ref.authors == authors
    if publisher is not None:
        assert ref.publisher == publisher
    if kind is not None:
        assert ref.kind is kind


def _hostile(kind: str, count: int) -> str:
    """Long runs where the entry patterns could re-split: given names, initials, co-editors,
    sentences, a remit list, a note's access dates."""
    return {
        "given": "Moulin, " + "Anne " * count + "Marie, dir. Titre. Paris : Fayard, 1996",
        "initials": "Moulin, Anne " + "M. " * count + "dir. Titre. Paris : Fayard",
        "persons": "Moulin, Anne, " + "Paul Henry, " * count + "et Lise Roy, dir. Titre.",
        "sentences": "Moulin, Anne Marie. " + "Titre. " * count + "Paris : Fayard",
        "remits": "Ministère du Travail, " + "de la Santé, " * count + "et des Sports. T.",
        "accessed": "« Titre », Site, " + "consulté le 2 mars " * count + "https://x.example",
    }[kind]


def _read_all(text: str) -> None:
    from bibcheck.parse.references import editor_mark_head, joined_names

    joined_names.whole_given_book(text)
    editor_mark_head.without_mark(text)
    _entry(text)
    _entry(text, note=True)


@pytest.mark.parametrize(
    "kind", ["given", "initials", "persons", "sentences", "remits", "accessed"]
)
def test_linear_french_entry_patterns(kind: str) -> None:
    """(four times the run: about four times the work, never sixteen)"""
    from tests.growth import growth

    assert growth(lambda count: _read_all(_hostile(kind, count)), 50, 200) < 8
