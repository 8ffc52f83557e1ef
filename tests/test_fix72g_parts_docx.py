"""A Word bibliography in parts ("Fontes de arquivo / Fontes orais / Bibliografia",
"Primary sources / Secondary sources", "Fonti archivistiche / Bibliografia", "Fuentes /
Bibliografía", "Sources / Bibliographie", "Quellen / Literatur"): every paragraph under a
part's heading is an entry, an archive's item with no year whose shelfmark reads like a
sentence ("Fundo fotográfico, n.º inv. FT-0112") too, so no later entry is shifted and no
note's work goes missing.  A sentence about the list under a part's heading stays no entry.

The documents are built with the corpus builder (tests/corpus_build/build_docx.py) from
text written for this test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.readers import partentry

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus_build"))
from build_docx import build  # noqa: E402


def _docx(tmp_path: Path, name: str, lang: str, lines: list[str]) -> ParsedDocument:
    folder = tmp_path / "_src" / "docx" / name
    folder.mkdir(parents=True)
    meta = {"document": f"{name}.docx", "reader": "docx", "clean": True, "lang": lang}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "body.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build(folder)
    return parse_file(tmp_path / "docx" / f"{name}.docx")


_PT = [
    "# O porto e a linha: o caminho de ferro do Algarve (1889–1950)",
    "## Introdução",
    "A linha chegou a Faro em 1889.{fn:Arquivo Distrital de Faro (ADFR), Fundo Câmara"
    " Municipal, cx. 44, doc. 3, «Ofício sobre a estação», 1889.} As fotografias da obra"
    " sobrevivem.{fn:Arquivo Municipal de Loulé, Fundo fotográfico, n.º inv. FT-0112.}",
    "Um antigo ferroviário lembrou a greve.{fn:Entrevista a J. S., antigo fogueiro, Tunes,"
    " 2 de junho de 2021.} A imprensa noticiou-a.{fn:«A greve dos ferroviários», *Diário"
    " de Notícias*, 3 de maio de 1911, 2.}",
    "A história da companhia está feita.{fn:Marta Quintela, *Os caminhos de ferro do sul*"
    " (Lisboa: Colibri, 2004), 55.}",
    "# Fontes e bibliografia",
    "## Fontes de arquivo",
    "> Arquivo Distrital de Faro (ADFR). Fundo Câmara Municipal, cx. 44, doc. 3, «Ofício"
    " sobre a estação», 1889.",
    "> Arquivo Municipal de Loulé. Fundo fotográfico, n.º inv. FT-0112.",
    "## Fontes orais",
    "> Entrevista a J. S., antigo fogueiro. Tunes, 2 de junho de 2021.",
    "## Fontes impressas",
    "> «A greve dos ferroviários». *Diário de Notícias*, 3 de maio de 1911.",
    "## Bibliografia",
    "> Quintela, Marta. *Os caminhos de ferro do sul*. Lisboa: Colibri, 2004.",
]

_EN = [
    "# Mills of the Derwent valley",
    "## Introduction",
    "The mill was rebuilt in 1821.{fn:Derbyshire Record Office, Strutt papers, box 12,"
    " letter of 3 May 1821.} A drawing survives.{fn:Belper Museum, Drawings collection,"
    " inv. no. D-0417.}",
    "The trade has been studied.{fn:Harriet Lowe, *Cotton and Water* (Derby: Peak, 1998), 12.}",
    "# Bibliography",
    "## Primary sources",
    "Unpublished material is cited by its repository's references.",
    "> Derbyshire Record Office. Strutt papers, box 12, letter of 3 May 1821.",
    "> Belper Museum. Drawings collection, inv. no. D-0417.",
    "## Secondary sources",
    "> Lowe, Harriet. *Cotton and Water*. Derby: Peak, 1998.",
]

_IT = [
    "# Le ferriere della Val Trompia",
    "## Introduzione",
    "La ferriera fu chiusa nel 1862.{fn:Archivio di Stato di Brescia, Prefettura, b. 212,"
    " fasc. 4, Relazione sulle miniere, 1862.} Ne resta un disegno.{fn:Museo del Ferro di"
    " Tavernole, Raccolta disegni, n. inv. MF-0233.}",
    "Il tema è noto.{fn:Paolo Bresciani, *Ferro e acqua* (Brescia: Grafo, 2001), 40.}",
    "# Fonti e bibliografia",
    "## Fonti archivistiche",
    "> Archivio di Stato di Brescia (ASBs). Prefettura, b. 212, fasc. 4, Relazione sulle"
    " miniere, 1862.",
    "> Museo del Ferro di Tavernole. Raccolta disegni, n. inv. MF-0233.",
    "## Bibliografia",
    "> Bresciani, Paolo. *Ferro e acqua*. Brescia: Grafo, 2001.",
]

_ES = [
    "# Las minas de Linares",
    "## Introducción",
    "El pozo se abrió en 1870.{fn:Archivo Histórico Provincial de Jaén, Minas, caja 55,"
    " exp. 7, 1870.} Una fotografía lo muestra.{fn:Museo Minero de Linares, Fondo"
    " fotográfico, núm. inv. F-0981.}",
    "La historia de la empresa es conocida.{fn:Elena Garrido, *Plomo y vapor* (Jaén:"
    " Universidad, 2010), 18.}",
    "# Fuentes y bibliografía",
    "## Fuentes",
    "> Archivo Histórico Provincial de Jaén. Minas, caja 55, exp. 7, 1870.",
    "> Museo Minero de Linares. Fondo fotográfico, núm. inv. F-0981.",
    "## Bibliografía",
    "> Garrido, Elena. *Plomo y vapor*. Jaén: Universidad, 2010.",
]

_FR = [
    "# Les forges de la Meuse",
    "## Introduction",
    "La forge ferma en 1880.{fn:Archives départementales de la Meuse, 8 S 14, rapport de"
    " l'ingénieur, 1880.} Un plan subsiste.{fn:Musée de la Forge de Stenay, Fonds des"
    " plans, n° inv. P-0077.}",
    "Le sujet est connu.{fn:Claire Aubry, *Le fer et la rivière* (Nancy: PUN, 2012), 9.}",
    "# Sources et bibliographie",
    "## Sources",
    "> Archives départementales de la Meuse. 8 S 14, rapport de l'ingénieur, 1880.",
    "> Musée de la Forge de Stenay. Fonds des plans, n° inv. P-0077.",
    "## Bibliographie",
    "> Aubry, Claire. *Le fer et la rivière*. Nancy: PUN, 2012.",
]

_DE = [
    "# Die Hütten im Siegerland",
    "## Einleitung",
    "Die Hütte wurde 1871 stillgelegt.{fn:Landesarchiv NRW, Bergamt Siegen, Nr. 412,"
    " Bericht, 1871.} Eine Zeichnung ist erhalten.{fn:Siegerlandmuseum, Grafische Sammlung,"
    " Inv.-Nr. G-0551.}",
    "Das Thema ist erforscht.{fn:Jonas Weller, *Eisen und Wald* (Siegen: Vorländer, 2009), 77.}",
    "# Quellen und Literatur",
    "## Quellen",
    "> Landesarchiv NRW. Bergamt Siegen, Nr. 412, Bericht, 1871.",
    "> Siegerlandmuseum Siegen. Grafische Sammlung, Inv.-Nr. G-0551.",
    "## Literatur",
    "> Weller, Jonas. *Eisen und Wald*. Siegen: Vorländer, 2009.",
]


def _false_findings(doc: ParsedDocument) -> list[str]:
    return [
        f.kind.value for f in analyse_document(doc, {}, {}) if f.kind.value.startswith("missing")
    ]


@pytest.mark.parametrize(
    ("name", "lang", "lines", "count", "last_author"),
    [
        ("pt-sections", "pt-PT", _PT, 5, "Quintela, Marta"),
        ("it-sections", "it-IT", _IT, 3, "Bresciani, Paolo"),
        ("es-sections", "es-ES", _ES, 3, "Garrido, Elena"),
        ("fr-sections", "fr-FR", _FR, 3, "Aubry, Claire"),
        ("de-sections", "de-DE", _DE, 3, "Weller, Jonas"),
    ],
)
def test_every_paragraph_of_a_list_in_parts_is_an_entry(
    tmp_path: Path, name: str, lang: str, lines: list[str], count: int, last_author: str
) -> None:
    doc = _docx(tmp_path, name, lang, lines)
    refs = [e.reference for e in doc.literature]
    assert len(refs) == count
    assert refs[-1].authors == (last_author,)
    assert any("inv" in r.raw.lower() for r in refs)  # the archive's item without a year
    assert _false_findings(doc) == []


def test_portuguese_parts_fields(tmp_path: Path) -> None:
    doc = _docx(tmp_path, "pt-fields", "pt-PT", _PT)
    refs = [e.reference for e in doc.literature]
    assert refs[1].raw.startswith("Arquivo Municipal de Loulé")
    news = refs[3]
    assert (news.title, news.year, news.kind) == (
        "A greve dos ferroviários",
        1911,
        RefKind.ARTICLE,
    )
    assert (refs[4].title, refs[4].year, refs[4].kind) == (
        "Os caminhos de ferro do sul",
        2004,
        RefKind.BOOK,
    )


def test_a_sentence_about_the_list_under_a_part_is_no_entry(tmp_path: Path) -> None:
    doc = _docx(tmp_path, "en-sections", "en-GB", _EN)
    raws = [e.reference.raw for e in doc.literature]
    assert len(raws) == 3
    assert not any(r.startswith("Unpublished material") for r in raws)
    assert raws[1].startswith("Belper Museum")
    assert doc.literature[2].reference.authors == ("Lowe, Harriet",)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Arquivo Municipal de Loulé. Fundo fotográfico, n.º inv. FT-0112.", True),
        ("Museo del Ferro di Tavernole. Raccolta disegni, n. inv. MF-0233.", True),
        ("Câmara Municipal do Porto. Fundo de obras, proc. 12.", True),
        ("Smith, John. Letters home, undated.", True),
        ("The interviews were recorded by the author and are in his keeping.", False),
        ("Unpublished material is cited by its repository's references.", False),
        ("Todas as traduções são do autor.", False),
        ("Archives.", False),
    ],
)
def test_named_entry(text: str, named: bool) -> None:
    assert partentry.named_entry(text) is named
