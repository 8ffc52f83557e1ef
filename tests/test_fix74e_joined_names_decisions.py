"""Chicago bibliographies in French, Spanish, German, Italian and Polish join the last
co-author with the list's word and no comma ("Roux, Anne, Paul Henry et Marie Blanc."),
French typography puts a space before the imprint's colon ("Paris : Éditeur"), which is
no GOST entry; an authority's act cited by its designation and date ("Délibération
SAN-2021-004 du …", "Décision n° 2011-123 QPC du …") is a legal source (``report``).
Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import joined_names, parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Roux, Anne, Paul Henry et Marie Blanc. *Le droit des fichiers*. Paris : Dalloz, 2012.",
            ("Roux, Anne", "Paul Henry", "Marie Blanc"),
            "Le droit des fichiers",
        ),
        (
            "Lenz, Karl, Otto Kram und Eva Roth. *Datenschutzrecht*. Berlin : Verlag Beispiel, 2001.",
            ("Lenz, Karl", "Otto Kram", "Eva Roth"),
            "Datenschutzrecht",
        ),
        (
            "Ferri, Paola, Marco Neri e Luca Verdi. *Il diritto dei dati*. Bologna : Il Mulino, 2016.",
            ("Ferri, Paola", "Marco Neri", "Luca Verdi"),
            "Il diritto dei dati",
        ),
        (
            "Lis, Jan, Adam Gajda i Anna Nowak. Prawo ochrony danych. Warszawa : Wydawnictwo Przykład, 2010.",
            ("Lis, Jan", "Adam Gajda", "Anna Nowak"),
            "Prawo ochrony danych",
        ),
        # (a body's name, its words joined the same way: one name)
        (
            "Çevre, Şehircilik ve İklim Bakanlığı. Ulusal Rapor 2021. Ankara, 2021.",
            ("Çevre, Şehircilik ve İklim Bakanlığı",),
            "Ulusal Rapor 2021",
        ),
        # (the serial comma and the English word: read as before)
        (
            "Roux, Anne, Paul Henry, and Marie Blanc. *Data Law*. Paris : Dalloz, 2012.",
            ("Roux, Anne", "Paul Henry", "Marie Blanc"),
            "Data Law",
        ),
    ],
)
def test_joined_authors(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Roux, Anne, Paul Henry et Marie Blanc. Titre. Paris : Dalloz, 2012.", True),
        # (two names: as a body's name may be written, "Çevre, Şehircilik ve İklim Bakanlığı")
        ("Roux, Anne et Paul Henry. Titre. Paris : Dalloz, 2012.", False),
        # GOST: initials, commas, no word
        ("Иванов, И. И., Петров, П. П. Заглавие. Москва : Наука, 2010.", False),
        ("Ivanov, I. I., Petrov P. P. Title. Moscow : Nauka, 2010.", False),
        ("Roux, A. et Henry, P. Titre. Paris : Dalloz, 2012.", False),
        ("Roux, Anne. Titre et sous-titre. Paris : Dalloz, 2012.", False),
    ],
)
def test_joined_head(text: str, joined: bool) -> None:
    assert joined_names.joined_head(text) is joined


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Roux, Anne, Paul Henry et Marie Blanc. Titre.",
            "Roux, Anne, Paul Henry, et Marie Blanc. Titre.",
        ),
        (
            "Roux, Anne, Paul Henry, et Marie Blanc. Titre.",
            "Roux, Anne, Paul Henry, et Marie Blanc. Titre.",
        ),
        ("Roux, Anne et Paul Henry. Titre.", "Roux, Anne et Paul Henry. Titre."),
    ],
)
def test_serial_comma(text: str, written: str) -> None:
    assert joined_names.serial_comma(text) == written


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "CNIL. *Délibération SAN-2021-004 du 8 mars 2021 prononçant une sanction*. 2021.",
            RefKind.REPORT,
        ),
        ("CNIL. Délibération n° SAN-2021-004 du 8 mars 2021. 2021.", RefKind.REPORT),
        ("Conseil constitutionnel. Décision n° 2011-123 QPC du 29 avril 2011.", RefKind.REPORT),
        ("CNIL. Délibération n° 2020-091 du 17 septembre 2020. 2020.", RefKind.REPORT),
    ],
)
def test_authority_act_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind


@pytest.mark.parametrize(
    ("text", "kind", "container"),
    [
        (
            "Ruiz Mora, Ana. «Las cortes y la ley». En *Estudios en homenaje a Luis Pérez*, 45-60. Madrid: Ediciones Ejemplo, 2018.",
            RefKind.CHAPTER,
            "Estudios en homenaje a Luis Pérez",
        ),
        (
            "Ruiz Mora, Ana. «Las cortes y la ley». *Revista de Ejemplo* 12 (2018): 45-60.",
            RefKind.ARTICLE,
            "Revista de Ejemplo",
        ),
    ],
)
def test_spanish_chapter(text: str, kind: RefKind, container: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is kind
    assert ref.host == container


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "*Constitución política de la República de Ejemplo*. Ciudad, 3 de mayo de 1850. <https://www.example.org/obra/constitucion-1850/>",
            RefKind.REPORT,
        ),
        (
            "*Diario de Sesiones de las Cortes de Ejemplo*. Congreso, serie histórica. <https://sesiones.example.org/>",
            RefKind.REPORT,
        ),
        # (a book about a constitution, its publisher named: a book)
        ("*The Constitution of Ruritania*. Oxford: Example Press, 1960.", RefKind.BOOK),
    ],
)
def test_constitution_and_record(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind
