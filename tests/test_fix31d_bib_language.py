"""Fix round 31 (d), P6a: the language of a BibTeX entry that declares none.

A national template's entries (a Brazilian thesis, a Polish one) seldom carry ``langid``;
their titles were all taken for English, since only non-Latin scripts named a language.
A Latin-script title now names its language by its function words and letters, when it
does so clearly; a short or mixed title names none (no language rather than a wrong one).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.export.bibtex import export_bibtex
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.parse.references.latin_language import latin_language
from bibcheck.store import open_db
from bibcheck.store.documents import save_document


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Diretrizes para a apresentação de teses", "pt"),
        ("Manual de normalização em bibliotecas universitárias", "pt"),
        ("Metody oceny ryzyka w przedsiębiorstwach", "pl"),
        ("Analiza danych dla małych miast", "pl"),
        ("Evaluación de la calidad del agua en ríos andinos", "es"),
        ("La valutazione delle politiche pubbliche nelle regioni", "it"),
        ("Die Entwicklung der Wasserwirtschaft im ländlichen Raum", "de"),
        ("Les réseaux de transport et la ville moderne", "fr"),
        ("Vývoj průmyslu v českých zemích", "cs"),
        ("De geschiedenis van het waterbeheer", "nl"),
        ("Skogens roll för klimatet och samhället", "sv"),
        ("Kentsel dönüşüm için yeni yaklaşımlar", "tr"),
        ("A history of water management in the lowlands", "en"),
        ("Regional planning and the rural economy", "en"),
        # short titles: too little to tell
        ("Configuração", None),
        ("Tabela bibliográfica", None),
        ("NBR 14724", None),
        ("Information", None),
        # no function word and no telling letter: nothing said
        ("Understanding Ontological Levels", None),
        # French or Italian? "le" and "è" are both's
        ("Le problème dominante strutturale", None),
        # languages the table does not tell apart are not taken for others
        ("Kommunereformen og den lokale forvaltningen", None),  # Norwegian, not Swedish
        ("Història de la llengua als pobles", None),  # Catalan, not Italian
        ("Istoria limbii române în școală", None),  # Romanian
        ("", None),
        ("de " * 5_000, None),
        ("Análise " * 5_000, None),
    ],
)
def test_latin_language(title: str, language: str | None) -> None:
    assert latin_language(title) == language


_BIB = """@book{normas,
  author = {Silva, Ana},
  title = {Normas de apresenta{\\c c}{\\~a}o de documentos},
  publisher = {Editora Exemplo},
  year = {1995}
}
@article{polski,
  author = {Nowak, Jan},
  title = {Zastosowanie metod statystycznych w analizie ryzyka},
  journal = {Przegl{\\k a}d Przyk{\\l}adowy},
  year = {2019}
}
@book{declared,
  author = {Moreau, Luc},
  title = {Une histoire des ports},
  langid = {french},
  year = {2001}
}
@book{brazilian,
  author = {Costa, Rui},
  title = {Quality of records},
  langid = {brazilian},
  year = {2010}
}
@manual{short,
  author = {Lima, Eva},
  title = {Configura{\\c c}{\\~a}o},
  year = {2014}
}
@book{english,
  author = {Reed, Sam},
  title = {The shape of the coast},
  year = {2012}
}
@book{russian,
  author = {Петров, И.},
  title = {Порты и гавани},
  year = {2012}
}
"""


def test_bib_entries_have_their_language(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(_BIB, encoding="utf-8")
    doc = parse_file(bib)
    assert [e.reference.language for e in doc.literature] == [
        "pt", "pl", "fr", "pt", None, "en", "ru"
    ]  # fmt: skip


def test_found_language_is_exported_and_read_back(tmp_path: Path) -> None:
    """A language found from the title is exported as biblatex ``langid`` under its babel
    name, which reads back as the same language."""
    bib = tmp_path / "refs.bib"
    bib.write_text(_BIB, encoding="utf-8")
    doc = parse_file(bib)
    db = open_db(tmp_path / "a.db")
    save_document(db, doc, size=len(_BIB), now=datetime(2024, 1, 1, tzinfo=UTC))
    exported = export_bibtex(db)
    assert "langid = {portuguese}" in exported and "langid = {polish}" in exported
    again = parse_bytes(exported.encode(), "again.bib")
    languages = {e.reference.title: e.reference.language for e in again.literature}
    assert languages == {e.reference.title: e.reference.language for e in doc.literature}
