"""Fix 58d: a site's owner before a page's title (``NASA Science, Page, https://…``); a
news outlet's page read as its article (a web template's ``work=``, Nature's italic
periodical); an edition named by its year before a page (``na edição de 1964 (p. 58)``)
and a mention whose sentence spans HTML inline tags; a text's part cited in the edition
that prints it.  Own fixtures, in the shapes writers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.newsoutlet import news_outlet
from bibcheck.parse.references.printedwithin import edition_cited
from bibcheck.parse.references.sitename import names_site
from bibcheck.readers.authoryear import spans_after
from bibcheck.readers.editionyear import EDITION_YEAR

# --------------------------------------------------------------------------
# A site's owner before the page's title
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("NASA Science", "https://science.nasa.gov/planets/mars/", True),
        ("Museo del Prado", "https://www.museodelprado.es/coleccion/obra", True),
        ("European Space Agency", "https://www.esa.int/Science/Comets", True),
        ("BBC News", "https://www.bbc.co.uk/news/uk-123", True),
        ("Wikipedia", "https://pl.wikipedia.org/wiki/Kometa", True),
        ("Deutsches Museum", "https://www.deutsches-museum.de/sammlung", True),
        ("Jan Kowalski", "https://jankowalski.pl/blog/komety", True),  # the person's own site
        # negatives: a person on another site, a title's words, a host-only match of one
        # word with another word the host lacks, no address
        ("Jan Kowalski", "https://example.pl/komety", False),
        ("Jan Kowalski", "https://kowalski.pl/komety", False),
        ("History of comets", "https://science.nasa.gov/comets/", False),
        ("Guía de museos", "https://www.museodelprado.es/guia", False),
        ("NASA Science", "", False),
    ],
)
def test_names_site(name: str, url: str, expected: bool) -> None:
    assert names_site(name, f"{name}, Title, {url}") is expected


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        (
            "NASA Science, Mars Facts, https://science.nasa.gov/mars/facts/ [dostęp 2025-01-02].",
            ("NASA Science",),
            "Mars Facts",
        ),
        (
            "Museo del Prado, La maja vestida, https://www.museodelprado.es/coleccion/obra/"
            " (consultado el 3 de mayo de 2024).",
            ("Museo del Prado",),
            "La maja vestida",
        ),
        (
            "BBC News, Storm closes coast road, https://www.bbc.co.uk/news/uk-1234567"
            " (accessed 3 May 2024).",
            ("BBC News",),
            "Storm closes coast road",
        ),
    ],
)
def test_site_owner_before_title(note: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.WEB)


def test_person_on_another_site_is_not_split() -> None:
    note = "Jan Kowalski, Historia komet, https://example.pl/komety (dostęp 2025-01-01)."
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.authors == ()


# --------------------------------------------------------------------------
# News outlets
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SVT Nyheter", True),
        ("BBC News", True),
        ("The Irish Times", True),
        ("Süddeutsche Zeitung", True),
        ("Aftonbladet", True),
        ("Helsingin Sanomat", True),
        ("Gazeta Wyborcza", True),
        ("[[Dagens Nyheter]]", True),
        # negatives: an agency, a blog named for news, a press office, a museum, nothing
        ("Myndigheten för samhällsskydd och beredskap", False),
        ("Parish News Blog", False),
        ("Company Newsroom", False),
        ("Deutsches Museum", False),
        ("Post-colonial Studies Network", False),
        (None, False),
    ],
)
def test_news_outlet(name: str | None, expected: bool) -> None:
    assert news_outlet(name) is expected


def _wiki_kind(tmp_path: Path, template: str) -> RefKind:
    page = tmp_path / "page.wiki"
    page.write_text(
        f"'''Ämne''' är ett ämne.<ref>{template}</ref>\n\n== Källor ==\n<references />\n",
        encoding="utf-8",
    )
    doc = parse_file(page)
    (note,) = doc.footnotes
    assert note.reference is not None
    return note.reference.kind


@pytest.mark.parametrize(
    ("template", "kind"),
    [
        (
            "{{webbref |url=https://www.svt.se/nyheter/lokalt/brand |titel=Branden växer"
            " |verk=SVT Nyheter |datum=2018-07-25}}",
            RefKind.ARTICLE,
        ),
        (
            "{{cite web |url=https://www.bbc.co.uk/news/uk-1 |title=Storm hits coast"
            " |work=BBC News |date=2019-03-01}}",
            RefKind.ARTICLE,
        ),
        # an agency's news page (publisher=) and a site named otherwise stay web pages
        (
            "{{webbref |url=https://www.msb.se/sv/aktuellt/nyheter/2018/juli/laget/"
            " |titel=Läget i landet |utgivare=Myndigheten för samhällsskydd och beredskap"
            " |datum=2018-07-14}}",
            RefKind.WEB,
        ),
        (
            "{{cite web |url=https://www.example.org/guide |title=Field guide"
            " |website=Example Birding |date=2019-03-01}}",
            RefKind.WEB,
        ),
    ],
)
def test_wiki_news_template(tmp_path: Path, template: str, kind: RefKind) -> None:
    assert _wiki_kind(tmp_path, template) is kind


_GAZETTE = "https://www.harbourgazette.example/2022/03/links/"


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (f"Okafor, T. [Why do archives lose links?]({_GAZETTE}) *Harbour Gazette* (2022).", True),
        (f"Okafor, T. [Archives lose links]({_GAZETTE}). *Harbour Gazette* (2022).", True),
        ("Okafor, T. Why archives lose their links. *Harbour Gazette* (2022).", True),
        # a repository, a blog named so, a site in roman type
        ("Okafor, T. Link audit data. *Zenodo* https://doi.org/10.5281/zenodo.1 (2022).", False),
        (f"Okafor, T. [Why I moved.]({_GAZETTE}) *The Tinkerer Blog* (2022).", False),
        (f"Okafor, T. [Why I moved.]({_GAZETTE}) The Tinkerer (2022).", False),
    ],
)
def test_nature_italic_periodical(entry: str, kind: bool) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert (ref.kind is RefKind.ARTICLE) is kind
    assert ref.year == 2022


# --------------------------------------------------------------------------
# An edition named by its year; a sentence across inline tags
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("reaparece na edição de 1964 (p. 58).", "1964"),
        ("en la edición de 2005 (pp. 40-41) se lee", "2005"),
        ("in der Ausgabe von 1922 (S. 14) steht", "1922"),
        ("dans l'édition de 1962 (p. 9)", "1962"),
        ("and again in the 1998 edition (p. 7).", "1998"),
        # negatives: an edition named in passing, a year alone
        ("the 1964 edition added two chapters", None),
        ("A segunda edição, de 1964, acrescentou", None),
        ("in 1998 (p. 7)", None),
    ],
)
def test_edition_year(text: str, year: str | None) -> None:
    m = EDITION_YEAR.search(text)
    assert (m and (m["y1"] or m["y2"])) == year


_INDEX = {("Weber", "1920"): "1", ("Weber", "1922"): "2", ("Lind", "1999"): "3"}


@pytest.mark.parametrize(
    ("before", "text", "expected"),
    [
        # the edition's year, the name cited with the other year before it
        ("", "Weber (1920, p. 12) says so; the 1922 edition (p. 14) repeats it.", ["1", "2"]),
        ("", "Weber (1920, S. 12) und in der Ausgabe von 1922 (S. 14).", ["1", "2"]),
        # a lone year whose sentence began in another run
        ("as Lind argued in ", " (1999, p. 136).", ["3"]),
        # a mention wholly in the run before is not given again
        ("Lind (1999) argued ", "that it is so.", []),
        # a name alone in the run before, its year in this run
        ("as ", " (1999) argued", []),
        ("as Lind", " (1999) argued", ["3"]),
    ],
)
def test_spans_after(before: str, text: str, expected: list[str]) -> None:
    assert [label for _, _, label in spans_after(before, text, _INDEX)] == expected


_HTML = """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>Artigo</title></head><body>
<h1>Artigo</h1>
<p>Lind (1995) abriu o debate.</p>
<p>Weber (1920, p. 12) descreve o episódio; o trecho reaparece
na edição de 1922 (p. 14).</p>
<p>A tese já estava em Lind, no artigo de <i>Revista Nova</i> (1999, p. 136).</p>
<h2>Referências</h2>
<ul>
<li>LIND, Ana. <b>Primeiro livro</b>. São Paulo: Editora Um, 1995.</li>
<li>LIND, Ana. Um artigo. <b>Revista Nova</b>, v. 2, n. 3, p. 130-140, 1999.</li>
<li>WEBER, Max. <b>Ensaios</b>. Rio de Janeiro: Editora Dois, 1920.</li>
<li>WEBER, Max. <b>Ensaios</b>. 2. ed. Rio de Janeiro: Editora Dois, 1922.</li>
</ul>
</body></html>
"""


def test_html_edition_and_inline_tags(tmp_path: Path) -> None:
    page = tmp_path / "artigo.html"
    page.write_text(_HTML, encoding="utf-8")
    doc = parse_file(page)
    got = {(m.label.strip("[]"), m.line) for fn in doc.footnotes for m in fn.markers}
    got |= {(m.label.strip("[]"), m.line) for m in doc.stray_markers}
    assert {("3", 5), ("4", 6), ("2", 7)} <= got


# --------------------------------------------------------------------------
# A text's part in the edition that prints it
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "cited"),
    [
        ("*Grettis saga*, 12. kafli, í *Grettis saga Ásmundarsonar*, útg. X", True),
        ("*Germania*, ch. 7, in *Agricola. Germania*, ed. M. Hutton", True),
        ("*Das Lied*, Str. 12, in: *Heldenepen*, hg. v. K. Bartsch", True),
        # negatives: a quoted chapter title, no part named, no edition in italics
        ("„Kafli“, 12. kafli, í *Bók*, útg. X", False),
        ("*Germania*, in *Agricola. Germania*, ed. M. Hutton", False),
        ("*Germania*, ch. 7, in Agricola, ed. M. Hutton", False),
    ],
)
def test_edition_cited(note: str, cited: bool) -> None:
    blanked = edition_cited(note)
    assert (blanked is not None) is cited
    if blanked is not None:
        assert len(blanked) == len(note) and blanked.lstrip().startswith("*")


@pytest.mark.parametrize(
    ("note", "title", "kind"),
    [
        (
            "*Grettis saga*, 12. kafli, í *Grettis saga Ásmundarsonar. Bandamanna saga*, útg."
            " Guðni Jónsson, Íslenzk fornrit VII (Reykjavík: Hið íslenzka fornritafélag,"
            " 1936), bls. 30–31.",
            "Grettis saga Ásmundarsonar. Bandamanna saga",
            RefKind.BOOK,
        ),
        (
            "*Germania*, ch. 7, in *Agricola. Germania. Dialogus*, ed. M. Hutton (Cambridge,"
            " MA: Harvard University Press, 1914), 142.",
            "Agricola. Germania. Dialogus",
            RefKind.BOOK,
        ),
        (
            "*The Old Ballads* (London: Smith and Sons, 1911), 14.",
            "The Old Ballads",
            RefKind.BOOK,
        ),
    ],
)
def test_edition_note(note: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert (ref.title, ref.kind, ref.authors) == (title, kind, ())
