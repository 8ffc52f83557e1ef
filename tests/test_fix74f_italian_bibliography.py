"""An Italian article in Word with its notes and a Bibliografia in parts (``Fonti
archivistiche``, ``Fonti a stampa``, ``Studi``).

* An archive's file cited by its cartella, scatola or faldone (``Archivio di Stato di
  Torino, Fondo Neri, cart. 7.``) is an archival item: no year, and its words read like a
  sentence, but the list holds it as its first entry, so no later entry is shifted.
* The paper's title block cites nothing: a title ending in its span of years (``…
  (1870-1925)``) is no author-date citation of the entry whose title holds a word of it
  and those years.

The document is built with the corpus builder (tests/corpus_build/build_docx.py) from
text written for this test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.parse.references.archival import archival_file
from bibcheck.readers.proseentry import running_prose

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus_build"))
from build_docx import build  # noqa: E402

ARCHIVAL = [
    ("Archivio di Stato di Torino, Fondo Neri, cart. 7.", True),
    ("Archivio storico del Comune di Pavia (ASCPv), Carteggio, cartella 14, fasc. 2.", True),
    ("Archivio della Specola di Padova, Corrispondenza, scat. 3.", True),
    ("Archivio della Specola di Padova, Corrispondenza, scatola 3.", True),
    ("Archivio generale dell'Ateneo, Personale docente, fald. 22.", True),
    ("Archivio generale dell'Ateneo, Personale docente, faldone 22.", True),
    # guards (pass on main): no shelfmark after the archive's name, a published map
    ("Archivio di Stato di Torino, Guida ai fondi, Torino, Zamorani, 1990.", False),
    ("Rossi, Mario, Cartografia antica del Piemonte, Torino, Einaudi, 1985.", False),
]


@pytest.mark.parametrize(("text", "archival"), ARCHIVAL)
def test_italian_archival_marks(text: str, archival: bool) -> None:
    assert archival_file(text) is archival


@pytest.mark.parametrize(
    "text",
    [
        "Archivio storico della specola astronomica di Firenze, Arcetri (ASSA), Carteggio"
        " scientifico, cart. 7.",
        "Archivio storico della specola di Padova, Carte del direttore, scatola 3.",
        "Archivio generale dell'ateneo di Pavia, Personale docente e tecnico, faldone 22.",
    ],
)
def test_archival_item_is_no_sentence_about_the_list(text: str) -> None:
    # (its many lower-case words read like a sentence, but the cartella shows a file)
    assert not running_prose(text)


_LINES = [
    "Gli strumenti della cupola di Arcetri (1870-1925)",
    "Giovanna Neri, Università di Firenze",
    "# 1. Introduzione",
    "La cupola fu costruita tra il 1870 e il 1872.{fn:Archivio storico della specola"
    " astronomica di Firenze, Arcetri (d'ora in poi ASSA), Carteggio scientifico, cart. 7,"
    " fasc. 2.} Il primo direttore ne"
    " descrisse gli strumenti.{fn:Paolo Conti, *Le specole d'Italia*, Milano, Hoepli,"
    " 1880.}",
    "I disegni della cupola sono stati pubblicati di recente.{fn:Giovanna Neri, *Disegni"
    " di Arcetri, 1870-1925: catalogo*, Firenze, Olschki, 2010.} Il loro studio continua."
    "{fn:Marco Lodi, «La cupola di Arcetri», *Giornale di astronomia*, 30, 2 (2004),"
    " pp. 10-18.}",
    "# Bibliografia",
    "## Fonti archivistiche",
    "> Archivio storico della specola astronomica di Firenze, Arcetri (ASSA), Carteggio"
    " scientifico, cart. 7.",
    "## Fonti a stampa",
    "> CONTI, Paolo, *Le specole d'Italia*, Milano, Hoepli, 1880.",
    "## Studi",
    "> LODI, Marco, «La cupola di Arcetri», *Giornale di astronomia*, 30, 2 (2004), pp. 10-18.",
    "> NERI, Giovanna, *Disegni di Arcetri, 1870-1925: catalogo*, Firenze, Olschki, 2010.",
]


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    root = tmp_path_factory.mktemp("fix74f")
    folder = root / "_src" / "docx" / "arcetri"
    folder.mkdir(parents=True)
    meta = {"document": "arcetri.docx", "reader": "docx", "clean": True, "lang": "it-IT"}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "body.txt").write_text("\n".join(_LINES) + "\n", encoding="utf-8")
    build(folder)
    return parse_file(root / "docx" / "arcetri.docx")


def test_archival_entry_opens_the_list(document: ParsedDocument) -> None:
    entries = [e.reference for e in document.literature]
    assert len(entries) == 4
    assert entries[0].kind is RefKind.UNKNOWN
    assert entries[0].year is None
    assert [e.year for e in entries[1:]] == [1880, 2004, 2010]


def test_title_block_cites_nothing(document: ParsedDocument) -> None:
    markers = sorted((m.label, m.line) for fn in document.footnotes for m in fn.markers)
    assert markers == [("1", 4), ("2", 4), ("3", 5), ("4", 5)]
