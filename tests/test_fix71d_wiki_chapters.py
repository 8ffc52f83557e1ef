"""One rule for a chapter in an edited book, whatever the wiki's language: a book template
naming a chapter (``chapter=``, ``contribution=``, ``script-chapter=``, ``titre chapitre=``,
``capitolo=``, ``capítulo=``, ``rozdział=``, ``hoofdstuk=``, ``kapitel=``, ``часть=``) in an
edited book cites the chapter (its title), the book its container; the chapter's own
address (``chapter-url=``, ``contribution-url=``) is the work's.  A contribution template
whose container names a periodical and a book alike (``{{Literatur|Sammelwerk=}}``,
``{{статья|издание=}}``) cites a chapter when the container is a book.  A ``{{sfn}}``
pointing at such an entry gets the chapter.  Works and people invented for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers import mediawiki

CH, BOOK, ART = RefKind.CHAPTER, RefKind.BOOK, RefKind.ARTICLE
URL = "https://example.org/salt-roads"


def _template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 4), "{{…}}", 4, 4)


# (id, template, params, (kind, title, host, url))
CASES = [
    ("en chapter editor", "cite book",
     {"last": "Hale", "first": "Ruth", "chapter": "Salt roads", "title": "Trade of the Fens",
      "editor": "Tom Bray", "year": "1999"},
     (CH, "Salt roads", "Trade of the Fens", None)),
    ("en contribution", "cite book",
     {"last": "Hale", "contribution": "Salt roads", "title": "Trade of the Fens",
      "editor-last": "Bray", "editor-first": "Tom", "year": "1999"},
     (CH, "Salt roads", "Trade of the Fens", None)),
    ("en chapter-url over url", "cite book",
     {"last": "Hale", "chapter": "Salt roads", "chapter-url": URL, "title": "Trade of the Fens",
      "url": "https://example.org/trade", "editor": "Tom Bray", "year": "1999"},
     (CH, "Salt roads", "Trade of the Fens", URL)),
    ("en contribution-url", "cite book",
     {"last": "Hale", "contribution": "Salt roads", "contribution-url": URL,
      "title": "Trade of the Fens", "editor": "Tom Bray", "year": "1999"},
     (CH, "Salt roads", "Trade of the Fens", URL)),
    ("en trans-chapter", "cite book",
     {"last": "Hale", "chapter": "Die Salzstraßen", "trans-chapter": "The salt roads",
      "title": "Handel im Moor", "editor": "Tom Bray", "year": "1999"},
     (CH, "Die Salzstraßen", "Handel im Moor", None)),
    ("en script-chapter", "cite book",
     {"last": "Hale", "script-chapter": "ja:塩の道", "trans-chapter": "Salt roads",
      "title": "Trade of the Fens", "editor": "Tom Bray", "year": "1999"},
     (CH, "塩の道", "Trade of the Fens", None)),
    ("de Literatur Hrsg", "literatur",
     {"Autor": "Ruth Hale", "Titel": "Salzstraßen", "Sammelwerk": "Handel im Moor",
      "Hrsg": "Tom Bray", "Verlag": "Moorverlag", "Jahr": "1999"},
     (CH, "Salzstraßen", "Handel im Moor", None)),
    # (a part named by its title in a container named apart: its Kapitel=/section= a place)
    ("de Literatur Sammelwerk Kapitel", "literatur",
     {"Autor": "Ruth Hale", "Titel": "Salzstraßen", "Sammelwerk": "Handel im Moor",
      "Hrsg": "Tom Bray", "Kapitel": "3", "Jahr": "1999"},
     (CH, "Salzstraßen", "Handel im Moor", None)),
    ("en encyclopedia section", "cite encyclopedia",
     {"last": "Hale", "title": "Salt", "encyclopedia": "Fen Lexicon", "section": "Trade",
      "year": "1999"},
     (CH, "Salt", "Fen Lexicon", None)),
    ("fr Chapitre", "chapitre",
     {"nom1": "Hale", "titre chapitre": "Routes du sel",
      "titre ouvrage": "Le commerce des marais", "année": "1999"},
     (CH, "Routes du sel", "Le commerce des marais", None)),
    ("fr Ouvrage", "ouvrage",
     {"nom1": "Hale", "titre": "Le commerce des marais", "titre chapitre": "Routes du sel",
      "directeur1": "oui", "année": "1999"},
     (CH, "Routes du sel", "Le commerce des marais", None)),
    ("es Cita libro", "cita libro",
     {"apellidos": "Hale", "título": "El comercio de los pantanos",
      "capítulo": "Rutas de la sal", "editor": "Tomás Bray", "año": "1999"},
     (CH, "Rutas de la sal", "El comercio de los pantanos", None)),
    ("it Cita libro", "cita libro",
     {"cognome": "Hale", "titolo": "Il commercio delle paludi", "capitolo": "Vie del sale",
      "curatore": "Tommaso Bray", "anno": "1999"},
     (CH, "Vie del sale", "Il commercio delle paludi", None)),
    ("pt citar livro", "citar livro",
     {"último": "Hale", "título": "O comércio dos pântanos", "capítulo": "Rotas do sal",
      "editor": "Tomás Bray", "ano": "1999"},
     (CH, "Rotas do sal", "O comércio dos pântanos", None)),
    ("pl Cytuj książkę", "cytuj książkę",
     {"nazwisko": "Hale", "tytuł": "Handel na bagnach", "rozdział": "Szlaki soli",
      "redaktor": "Tomasz Bray", "rok": "1999"},
     (CH, "Szlaki soli", "Handel na bagnach", None)),
    ("nl Citeer boek redacteur", "citeer boek",
     {"achternaam": "Hale", "titel": "De handel in het veen", "hoofdstuk": "Zoutwegen",
      "redacteur": "Tom Bray", "jaar": "1999"},
     (CH, "Zoutwegen", "De handel in het veen", None)),
    ("sv Bokref redaktör", "bokref",
     {"efternamn": "Hale", "titel": "Handeln i mossen", "kapitel": "Saltvägar",
      "redaktör": "Tom Bray", "år": "1999"},
     (CH, "Saltvägar", "Handeln i mossen", None)),
    ("ru книга ответственный", "книга",
     {"автор": "Хейл Р.", "часть": "Соляные пути", "заглавие": "Торговля на болотах",
      "ответственный": "под ред. Т. Брея", "год": "1999"},
     (CH, "Соляные пути", "Торговля на болотах", None)),
    ("ru статья in a collection", "статья",
     {"автор": "Хейл Р.", "заглавие": "Соляные пути", "издание": "Торговля на болотах",
      "место": "М.", "издательство": "Наука", "год": "1999", "страницы": "10—25"},
     (CH, "Соляные пути", "Торговля на болотах", None)),
    ("uk стаття in a collection", "стаття",
     {"автор": "Хейл Р.", "назва": "Соляні шляхи", "видання": "Торгівля на болотах",
      "місце": "К.", "видавництво": "Наукова думка", "рік": "1999"},
     (CH, "Соляні шляхи", "Торгівля на болотах", None)),
    # guards: a periodical's article, and a part of one author's book, stay as they were
    ("ru статья in a journal", "статья",
     {"автор": "Хейл Р.", "заглавие": "Соляные пути", "издание": "Вестник болот",
      "номер": "3", "год": "1999"},
     (ART, "Соляные пути", "Вестник болот", None)),
    ("en own book", "cite book",
     {"last": "Hale", "title": "Trade of the Fens", "chapter": "Salt roads", "year": "1999"},
     (BOOK, "Trade of the Fens", None, None)),
    ("de Literatur Kapitel own book", "literatur",
     {"Autor": "Ruth Hale", "Titel": "Handel im Moor", "Kapitel": "Salzstraßen",
      "Verlag": "Moorverlag", "Jahr": "1999"},
     (BOOK, "Handel im Moor", None, None)),
    ("nl own book", "citeer boek",
     {"achternaam": "Hale", "titel": "De handel in het veen", "hoofdstuk": "Zoutwegen",
      "jaar": "1999"},
     (BOOK, "De handel in het veen", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "params", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_chapter_of_an_edited_book(
    name: str, params: dict[str, str], expected: tuple[RefKind, str, str | None, str | None]
) -> None:
    ref = cite_reference(_template(name, params))
    assert (ref.kind, ref.title, ref.host, ref.url) == expected


# {{sfn}} pointing at a chapter entry of the Sources list: (id, entry, sfn)
PAGES = [
    ("en", "{{cite book |last=Hale |first=Ruth |chapter=Salt roads |chapter-url=" + URL
     + " |title=Trade of the Fens |editor=Tom Bray |year=1999 |pages=10–25}}",
     "{{sfn|Hale|1999|p=12}}"),
    ("it", "{{Cita libro|cognome=Hale|nome=Ruth|capitolo=Salt roads|titolo=Trade of the "
     "Fens|curatore=Tom Bray|anno=1999}}", "{{sfn|Hale|1999|p=12}}"),
    ("nl", "{{Citeer boek|achternaam=Hale|voornaam=Ruth|hoofdstuk=Salt roads|titel=Trade "
     "of the Fens|redacteur=Tom Bray|jaar=1999}}", "{{sfn|Hale|1999|p=12}}"),
]  # fmt: skip


@pytest.mark.parametrize(("entry", "sfn"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_sfn_points_at_the_chapter(entry: str, sfn: str) -> None:
    page = (
        f"'''Fen trade''' moved salt.{sfn} Boats carried it.{sfn}\n\n"
        f"== References ==\n{{{{reflist}}}}\n\n== Sources ==\n* {entry}\n"
    )
    raw = mediawiki.read(page)
    refs = [n.reference for n in raw.footnotes]
    assert len(refs) == 1 and refs[0] is not None
    ref = refs[0]
    expected = (CH, "Salt roads", "Trade of the Fens", "12")
    assert (ref.kind, ref.title, ref.host, ref.pages) == expected
    assert [(e.reference.title, e.reference.host) for e in raw.literature if e.reference] == [
        ("Salt roads", "Trade of the Fens")
    ]
