"""One reading of a wiki book template's chapter in every language (round 72, the lead's
decision).

A chapter of a book its one author (or the same authors) wrote, with no editors, is cited
as the book -- kind book, the book's title, the chapter a place in it as a page is --
whether the template is English ``{{cite book|chapter=}}``, German ``{{Literatur|
Kapitel=}}``, French ``{{Ouvrage|titre chapitre=}}``, Italian ``{{Cita libro|capitolo=}}``,
Spanish ``{{Cita libro|capítulo=}}``, Portuguese ``{{Citar livro|capítulo=}}``, Polish
``{{Cytuj książkę|rozdział=}}``, Swedish ``{{Bokref|kapitel=}}``, Dutch ``{{Citeer boek|
hoofdstuk=}}`` or Russian ``{{книга|часть=}}``.  Before, the French, Italian, Spanish and
Portuguese ones made the chapter the work.  A chapter in a book with editors, in
proceedings or in an encyclopedia or a dictionary stays a chapter, the book its container,
in every language.  The Italian, Spanish and Portuguese publisher (``editore=``,
``editorial=``, ``editora=``) names no editor.  Own examples (a made-up book on salt roads
and its translations)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references.wikicite import keyed
from bibcheck.parse.references.wikiparts import edited


def _read(tmp_path: Path, template: str) -> tuple[str | None, str | None, RefKind]:
    path = tmp_path / "article.wiki"
    page = f"Salt went inland.<ref>{template}</ref>\n\n== Notes ==\n<references />\n"
    path.write_text(page, encoding="utf-8")
    (note,) = parse_file(path).footnotes
    ref = note.reference
    return ref.title, ref.host, ref.kind


# (language, template with {book} and {chapter}, the book's title, the chapter's title):
# one author's own book, no editors
ONE_AUTHOR = [
    ("en", "{{{{cite book |last=Harrow |first=Nell |title={book} |chapter={chapter} "
           "|publisher=Fenwick Press |location=Leeds |year=1998 |page=41}}}}",
     "Salt Roads of the North", "The Inland Routes"),
    ("de", "{{{{Literatur |Autor=Nell Harrow |Titel={book} |Kapitel={chapter} "
           "|Verlag=Fenwick |Ort=Leeds |Jahr=1998 |Seiten=41}}}}",
     "Die Salzstraßen des Nordens", "Die Binnenwege"),
    ("fr", "{{{{Ouvrage |prénom1=Nell |nom1=Harrow |titre={book} |titre chapitre={chapter} "
           "|éditeur=Fenwick |lieu=Leeds |année=1998 |passage=41}}}}",
     "Les routes du sel au nord", "Les voies intérieures"),
    ("it", "{{{{Cita libro |nome=Nell |cognome=Harrow |titolo={book} |capitolo={chapter} "
           "|editore=Fenwick |wkEditore=Fenwick |città=Leeds |anno=1998 |p=41}}}}",
     "Le vie del sale del nord", "Le vie interne"),
    ("es", "{{{{Cita libro |nombre=Nell |apellidos=Harrow |título={book} |capítulo={chapter} "
           "|editorial=Fenwick |ubicación=Leeds |año=1998 |página=41}}}}",
     "Los caminos de la sal del norte", "Las rutas interiores"),
    ("pt", "{{{{Citar livro |último=Harrow |primeiro=Nell |título={book} |capítulo={chapter} "
           "|editora=Fenwick |local=Leeds |ano=1998 |página=41}}}}",
     "Os caminhos do sal do norte", "As rotas interiores"),
    ("pl", "{{{{Cytuj książkę |nazwisko=Harrow |imię=Nell |tytuł={book} |rozdział={chapter} "
           "|wydawca=Fenwick |miejsce=Leeds |data=1998 |strony=41}}}}",
     "Szlaki solne północy", "Drogi śródlądowe"),
    ("sv", "{{{{Bokref |efternamn=Harrow |förnamn=Nell |titel={book} |kapitel={chapter} "
           "|utgivare=Fenwick |utgivningsort=Leeds |år=1998 |sid=41}}}}",
     "Saltvägarna i norr", "De inre lederna"),
    ("nl", "{{{{Citeer boek |achternaam=Harrow |voornaam=Nell |titel={book} "
           "|hoofdstuk={chapter} |uitgever=Fenwick |plaats=Leeds |jaar=1998 |pagina=41}}}}",
     "De zoutwegen van het noorden", "De binnenroutes"),
    ("ru", "{{{{книга |автор=Харроу Н. |заглавие={book} |часть={chapter} "
           "|издательство=Фенвик |место=Лидс |год=1998 |страницы=41}}}}",
     "Соляные пути Севера", "Внутренние маршруты"),
]  # fmt: skip

# the same templates with the book's editors, in each language's editor parameter
EDITED = [
    ("en", "{{{{cite book |last=Harrow |first=Nell |title={book} |chapter={chapter} "
           "|editor=Tom Wade |publisher=Fenwick Press |year=1998}}}}",
     "Salt Roads of the North", "The Inland Routes"),
    ("de", "{{{{Literatur |Autor=Nell Harrow |Titel={book} |Kapitel={chapter} "
           "|Hrsg=Tom Wade |Verlag=Fenwick |Jahr=1998}}}}",
     "Die Salzstraßen des Nordens", "Die Binnenwege"),
    ("fr", "{{{{Ouvrage |prénom1=Nell |nom1=Harrow |prénom2=Tom |nom2=Wade |directeur2=oui "
           "|titre={book} |titre chapitre={chapter} |éditeur=Fenwick |année=1998}}}}",
     "Les routes du sel au nord", "Les voies intérieures"),
    ("it", "{{{{Cita libro |nome=Nell |cognome=Harrow |titolo={book} |capitolo={chapter} "
           "|curatore=Tom Wade |editore=Fenwick |anno=1998}}}}",
     "Le vie del sale del nord", "Le vie interne"),
    ("es", "{{{{Cita libro |nombre=Nell |apellidos=Harrow |título={book} |capítulo={chapter} "
           "|editor=Tom Wade |editorial=Fenwick |año=1998}}}}",
     "Los caminos de la sal del norte", "Las rutas interiores"),
    ("pt", "{{{{Citar livro |último=Harrow |primeiro=Nell |título={book} |capítulo={chapter} "
           "|organizador=Tom Wade |editora=Fenwick |ano=1998}}}}",
     "Os caminhos do sal do norte", "As rotas interiores"),
    ("pl", "{{{{Cytuj książkę |nazwisko=Harrow |imię=Nell |tytuł={book} |rozdział={chapter} "
           "|redaktor=Tom Wade |wydawca=Fenwick |data=1998}}}}",
     "Szlaki solne północy", "Drogi śródlądowe"),
    ("sv", "{{{{Bokref |efternamn=Harrow |förnamn=Nell |titel={book} |kapitel={chapter} "
           "|redaktör=Tom Wade |utgivare=Fenwick |år=1998}}}}",
     "Saltvägarna i norr", "De inre lederna"),
    ("nl", "{{{{Citeer boek |achternaam=Harrow |voornaam=Nell |titel={book} "
           "|hoofdstuk={chapter} |redacteur=Tom Wade |uitgever=Fenwick |jaar=1998}}}}",
     "De zoutwegen van het noorden", "De binnenroutes"),
    ("ru", "{{{{книга |автор=Харроу Н. |заглавие={book} |часть={chapter} "
           "|ответственный=под ред. Т. Уэйда |издательство=Фенвик |год=1998}}}}",
     "Соляные пути Севера", "Внутренние маршруты"),
]  # fmt: skip

# one author's chapter, no editors, in proceedings or another collected volume
PROCEEDINGS = [
    ("en", ONE_AUTHOR[0][1], "Proceedings of the 6th International Congress on Salt Trade",
     "The Inland Routes"),
    ("de", ONE_AUTHOR[1][1], "Tagungsband der Salzhandelstagung 1997", "Die Binnenwege"),
    ("fr", ONE_AUTHOR[2][1], "Actes du colloque de Lorient sur le sel", "Les voies intérieures"),
    ("it", ONE_AUTHOR[3][1], "Atti del convegno di Cervia sul sale", "Le vie interne"),
    ("es", ONE_AUTHOR[4][1], "Actas del congreso de la sal de Cádiz", "Las rutas interiores"),
    ("pt", ONE_AUTHOR[5][1], "Anais do congresso do sal de Aveiro", "As rotas interiores"),
    ("pl", ONE_AUTHOR[6][1], "Materiały konferencji solnej w Bochni", "Drogi śródlądowe"),
    ("nl", ONE_AUTHOR[8][1], "Proceedings of the 4th International Conference on Salt",
     "De binnenroutes"),
]  # fmt: skip

# one author's entry, no editors, in an encyclopedia or a dictionary
REFERENCE_WORKS = [
    ("en", ONE_AUTHOR[0][1], "Encyclopedia of the Northern Trades", "Salt"),
    ("de", ONE_AUTHOR[1][1], "Lexikon des Salzhandels", "Salz"),
    ("fr", ONE_AUTHOR[2][1], "Encyclopédie du commerce", "Sel"),
    ("it", ONE_AUTHOR[3][1], "Enciclopedia del commercio", "Sale"),
    ("es", ONE_AUTHOR[4][1], "Diccionario biográfico de mercaderes", "Harrow, Nell"),
    ("pt", ONE_AUTHOR[5][1], "Enciclopédia do comércio", "Sal"),
    ("pl", ONE_AUTHOR[6][1], "Encyklopedia handlu", "Sól"),
    ("nl", ONE_AUTHOR[8][1], "Encyclopedie van de handel", "Zout"),
    ("ru", ONE_AUTHOR[9][1], "Энциклопедия торговли", "Соль"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("template", "book", "chapter"), [c[1:] for c in ONE_AUTHOR], ids=[c[0] for c in ONE_AUTHOR]
)
def test_a_chapter_of_one_authors_book_is_the_book(
    tmp_path: Path, template: str, book: str, chapter: str
) -> None:
    read = _read(tmp_path, template.format(book=book, chapter=chapter))
    assert read == (book, None, RefKind.BOOK)


@pytest.mark.parametrize(
    ("template", "book", "chapter"),
    [c[1:] for c in EDITED + PROCEEDINGS + REFERENCE_WORKS],
    ids=[f"edited-{c[0]}" for c in EDITED]
    + [f"proceedings-{c[0]}" for c in PROCEEDINGS]
    + [f"reference-work-{c[0]}" for c in REFERENCE_WORKS],
)
def test_a_chapter_in_others_volume_stays_a_chapter(
    tmp_path: Path, template: str, book: str, chapter: str
) -> None:
    read = _read(tmp_path, template.format(book=book, chapter=chapter))
    assert read == (chapter, book, RefKind.CHAPTER)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"editore": "Fenwick"}, False),  # Italian publisher
        ({"wkEditore": "Fenwick"}, False),  # (its wiki link)
        ({"editorial": "Fenwick"}, False),  # Spanish publisher
        ({"editora": "Fenwick"}, False),  # Portuguese publisher
        ({"éditeur": "Fenwick"}, False),  # French publisher
        ({"editor": "Tom Wade"}, True),
        ({"editor1-last": "Wade"}, True),
        ({"apellido-editor": "Wade"}, True),  # Spanish editor
        ({"curatore": "Tom Wade"}, True),  # Italian editor
        ({"organizador": "Tom Wade"}, True),  # Portuguese editor
        ({"editore": "Fenwick", "curatore": "Tom Wade"}, True),
        ({"editor": ""}, False),
    ],
)
def test_a_publisher_is_no_editor(params: dict[str, str], expected: bool) -> None:
    assert edited(keyed(params)) is expected
