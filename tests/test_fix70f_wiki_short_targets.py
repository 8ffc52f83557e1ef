"""Wikipedias' own citation templates as targets of short citations, subtitles, reference
works online (fix70f).

French ``{{Ouvrage|auteur1=Prénom Nom|…}}``, German ``{{Literatur|Autor=…}}``, Italian and
Spanish ``{{Cita libro}}``, Portuguese ``{{Citar livro}}`` and Polish ``{{Cytuj książkę}}``
name their authors by whole names; ``{{sfn|Nom|année}}`` / ``{{harvsp}}`` point at them by
the surname.  ``sous-titre=`` (``sottotitolo=``, ``Untertitel=``) is printed after the
title; an entry of a historical dictionary online (``{{Lien web|site=Dictionnaire
historique de la Suisse}}``) is a part of a reference work.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references.reference_works import reference_work
from bibcheck.readers.mediawiki import read

_PAGE = """Ein Satz über die Synode{short}.

== Notes ==
<references />

== Bibliographie ==
* {template}
"""


@pytest.mark.parametrize(
    ("short", "template", "title"),
    [
        (
            "{{sfn|Brandt|1991|p=9-12}}",
            "{{Ouvrage |auteur1=Walter Brandt |titre=Das Konzil |éditeur=Schöningh |année=1991}}",
            "Das Konzil",
        ),
        (
            "{{harvsp|Morel|Vasseur|2019|p=4}}",
            "{{Ouvrage |auteur1=Jean Morel |auteur2=Claire Vasseur |titre=Les nations "
            "|éditeur=Cerf |année=2019}}",
            "Les nations",
        ),
        (
            "{{sfn|Leicht|2001|p=5}}",
            "{{Literatur |Autor=Hans Leicht |Titel=Die Reform |Verlag=Herder |Jahr=2001}}",
            "Die Reform",
        ),
        (
            "{{sfn|Rossi|1988|p=12}}",
            "{{Cita libro |autore=Mario Rossi |titolo=Il sinodo |editore=Vita e Pensiero "
            "|anno=1988}}",
            "Il sinodo",
        ),
        (
            "{{sfn|Gomes|2004|p=33}}",
            "{{Citar livro |autor=Ana Gomes |título=As missões |editora=Colibri |ano=2004}}",
            "As missões",
        ),
        (
            "{{sfn|Kowalski|1997|s=21}}",
            "{{Cytuj książkę |autor=Jan Kowalski |tytuł=Synody diecezjalne "
            "|wydawca=PWN |rok=1997}}",
            "Synody diecezjalne",
        ),
    ],
)
def test_short_citation_finds_whole_name_template(short: str, template: str, title: str) -> None:
    raw = read(_PAGE.format(short=short, template=template))
    assert len(raw.footnotes) == 1
    ref = raw.footnotes[0].reference
    assert ref is not None
    assert ref.title == title
    assert ref.kind is RefKind.BOOK
    codes = [a.code for a in raw.anomalies] + [a.code for a in ref.anomalies]
    assert AnomalyCode.CITATION_KEY_MISSING not in codes


@pytest.mark.parametrize(
    ("template", "title"),
    [
        (
            "{{Ouvrage |auteur1=Thomas Fudge |titre=Jan Hus |sous-titre=Religious Reform "
            "|éditeur=Tauris |année=2010}}",
            "Jan Hus : Religious Reform",
        ),
        (
            "{{Ouvrage |langue=en |auteur1=Thomas Fudge |titre=Jan Hus |sous-titre=Religious "
            "Reform |éditeur=Tauris |année=2010}}",
            "Jan Hus: Religious Reform",
        ),
        (
            "{{Cita libro |autore=Mario Rossi |titolo=Il sinodo |sottotitolo=storia e diritto "
            "|editore=Vita e Pensiero |anno=1988}}",
            "Il sinodo: storia e diritto",
        ),
        (
            "{{Literatur |Autor=Hans Leicht |Titel=Wer war Hus? |Untertitel=Ein Versuch "
            "|Verlag=Herder |Jahr=2001}}",
            "Wer war Hus? Ein Versuch",
        ),
    ],
)
def test_subtitle_follows_title(template: str, title: str) -> None:
    raw = read(_PAGE.format(short="<ref>" + template + "</ref>", template=template))
    ref = raw.footnotes[0].reference
    assert ref is not None
    assert ref.title == title


@pytest.mark.parametrize(
    "template",
    [
        "{{Lien web |auteur=Hans Maurer |titre=Constance (diocèse) |url=https://hls.example.org/"
        "fr/1/ |site=Dictionnaire historique de la Suisse |date=2008}}",
        "{{Cita web |autore=Anna Bianchi |titolo=Como (diocesi) |url=https://dss.example.org/"
        "it/1/ |sito=Dizionario storico della Svizzera |anno=2008}}",
    ],
)
def test_web_entry_of_historical_dictionary_is_chapter(template: str) -> None:
    raw = read(_PAGE.format(short="<ref>" + template + "</ref>", template=template))
    ref = raw.footnotes[0].reference
    assert ref is not None
    assert ref.kind is RefKind.CHAPTER


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dictionnaire historique de la Suisse", True),
        ("Dizionario storico della Svizzera", True),
        ("Diccionario histórico de la Compañía de Jesús", True),
        ("Polski Słownik Biograficzny", True),
    ],
)
def test_historical_dictionaries_are_reference_works(name: str, expected: bool) -> None:
    assert reference_work(name) is expected
