"""fix58i: what a note says a work is (reviews, headwords, talks, newspapers, working-paper
series), editions, name suffixes and particles, bracketed translations, short titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bracketed_translation import without_translation
from bibcheck.parse.references.reviews import review_title
from bibcheck.parse.references.work_forms import (
    headword,
    newspaper_year,
    own_review,
    talk_start,
)


@pytest.mark.parametrize(
    ("rest", "want"),
    [
        (
            "Bild und Ordnung. Rezension zu: Eva Lutz, Der Katalog, Köln 2015. "
            "In: Kunstchronik 70 (2017), H. 2, S. 5–9.",
            ("Bild und Ordnung", "Kunstchronik 70 (2017), H. 2, S. 5–9."),
        ),
        (
            "Le musée imaginaire revisité. Compte rendu de : Paul Roy, Les Copies, Paris 2010. "
            "In: Revue de l'art 12 (2012), p. 3–4.",
            ("Le musée imaginaire revisité", "Revue de l'art 12 (2012), p. 3–4."),
        ),
        (
            "Copies everywhere? Review of: Jane Hill, Casts, London 2011, in: Art Journal 5 (2013)",
            ("Copies everywhere", "Art Journal 5 (2013)"),
        ),
        # a review with no title of its own: its words are the title
        ("Rezension zu: Eva Lutz, Der Katalog, Köln 2015. In: Kunstchronik 70 (2017).", None),
        # no host after the reviewed work
        ("Bild und Ordnung. Rezension zu: Eva Lutz, Der Katalog, Köln 2015.", None),
    ],
)
def test_own_review(rest: str, want: tuple[str, str] | None) -> None:
    assert own_review(rest) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Art. „Lichtdruck“", "Lichtdruck"),
        ("Artikel ‚Kanon‘", "Kanon"),
        ("s. v. «Gravure»", "Gravure"),
        ("Stichwort “Collotype”", "Collotype"),
        ("„Die Kamera als Kopist“", None),
        ("Art und Weise der Reproduktion", None),
    ],
)
def test_headword(title: str, want: str | None) -> None:
    assert headword(title) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Glasplatten im Archiv, Vortrag auf dem 30. Kunsthistorikertag", 21),
        ("Casts and copies, paper presented at the CAA Annual Conference", 16),
        ("Les moulages, communication au colloque de Lyon", 12),
        ("Vortrag und Bild im 19. Jahrhundert", None),
    ],
)
def test_talk_start(title: str, want: int | None) -> None:
    assert talk_start(title) == want


@pytest.mark.parametrize(
    ("host", "want"),
    [
        ("Die Zeit, Nr. 14, 30.3.2017, Feuilleton, S. 45.", "2017"),
        ("Süddeutsche Zeitung vom 2. Mai 2019, S. 11", "2019"),
        ("Le Monde, 12 mars 2020, p. 22", "2020"),
        ("Kunstchronik 72 (2019), H. 5, S. 260–264.", None),
        ("Hans Roth (Hg.): Bild und Beweis, Berlin 2016, S. 4.", None),
    ],
)
def test_newspaper_year(host: str, want: str | None) -> None:
    assert newspaper_year(host) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "九州地方における余震系列の統計的性質 [Statistical properties of aftershocks]",
            "九州地方における余震系列の統計的性質",
        ),
        ("한국 지진의 통계 [Statistics of Korean earthquakes]", "한국 지진의 통계"),
        ("Статистика афтершоков [Statistics of aftershocks]", "Статистика афтершоков"),
        ("地震学 [第3版]", "地震学 [第3版]"),
        ("Aftershocks [Review]", "Aftershocks [Review]"),
        ("Omori law [大森公式]", "Omori law [大森公式]"),
    ],
)
def test_without_translation(title: str, want: str) -> None:
    assert without_translation(title) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("review of The Owl, by Lena Marsh", True),
        ("compte rendu de Le Hibou, par Léa Marsh", True),
        ("Reviewing the evidence, by and large", False),
        ("The Owl", False),
    ],
)
def test_review_title(title: str, want: bool) -> None:
    assert review_title(title) is want


def _parse(text: str) -> tuple[RefKind, tuple[str, ...], str | None, int | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    return ref.kind, ref.authors, ref.title, ref.year


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # German natural-order notes
        (
            "Lena Brandt: Ordnung im Depot. Rezension zu: Karl Weiss, Das Archiv, Köln 2015. "
            "In: Kunstchronik 70 (2017), H. 2, S. 5–9.",
            (RefKind.ARTICLE, ("Lena Brandt",), "Ordnung im Depot", 2017),
        ),
        (
            "Otto Kern: Art. „Gravüre“. In: Lexikon der Druckkunst, hg. von Eva Roth, "
            "Bd. 1, Leipzig: Seemann 1999, S. 40–41.",
            (RefKind.CHAPTER, ("Otto Kern",), "Gravüre", 1999),
        ),
        (
            "Jan Vogt: Bilder im Depot, Vortrag auf dem 30. Deutschen Kunsthistorikertag, "
            "Mainz, 12. März 2009.",
            (RefKind.CHAPTER, ("Jan Vogt",), "Bilder im Depot", 2009),
        ),
        (
            "Eva Roth: Wem gehört die Kopie? In: Süddeutsche Zeitung vom 2. Mai 2019, S. 11.",
            (RefKind.ARTICLE, ("Eva Roth",), "Wem gehört die Kopie?", 2019),
        ),
        (
            "Karl Brandt: Die Kunst der Kopie. Ein Versuch, übers. von Eva Roth, "
            "Köln: Du Mont 1970 (engl. Orig. 1966).",
            (RefKind.BOOK, ("Karl Brandt",), "Die Kunst der Kopie. Ein Versuch", 1970),
        ),
        (
            "Karl Brandt: Grundbegriffe der Bildkunde, 5. Aufl., Basel: Schwabe 2001 [1950], S. 9.",
            (RefKind.BOOK, ("Karl Brandt",), "Grundbegriffe der Bildkunde", 2001),
        ),
        (
            "Karl Brandt: Theorie der Kopie 1800–1900, Berlin: Reimer 1999, bes. S. 40–48.",
            (RefKind.BOOK, ("Karl Brandt",), "Theorie der Kopie 1800–1900", 1999),
        ),
        (
            "Eva Roth / Karl Brandt (Hg.): Das Bild im Archiv, Ausst.-Kat. Museum Ludwig, "
            "Köln: Wienand 2004.",
            (RefKind.BOOK, ("Eva Roth", "Karl Brandt"), "Das Bild im Archiv", 2004),
        ),
        # Chicago notes and entries
        (
            "Mark T. Riley III, *Tribute and Treasury* (Oxford: Clarendon Press, 1999), 4.",
            (RefKind.BOOK, ("Mark T. Riley III",), "Tribute and Treasury", 1999),
        ),
        (
            "Ann Roy, review of *The Owl*, by Lena Marsh, *Classical Review*, March 12, 2001.",
            (RefKind.ARTICLE, ("Ann Roy",), "review of The Owl, by Lena Marsh", 2001),
        ),
        (
            "Roy, Ann. Review of *The Owl: A Study*, by Lena Marsh. *Classical Review* 51, "
            "no. 2 (2001): 300–302.",
            (RefKind.ARTICLE, ("Roy, Ann",), "Review of The Owl: A Study, by Lena Marsh", 2001),
        ),
        (
            "Kay Wells, “Wealth and Tribute,” Working Papers in Economic History 117 "
            "(Boston, 2011).",
            (RefKind.REPORT, ("Kay Wells",), "Wealth and Tribute", 2011),
        ),
        (
            "Hale, John, ed. A Corpus of Attic Decrees to 400 B.C. Rev. ed. Oxford: Clarendon "
            "Press, 1990.",
            (RefKind.BOOK, ("Hale, John",), "A Corpus of Attic Decrees to 400 B.C", 1990),
        ),
    ],
)
def test_parsed(text: str, want: tuple[RefKind, tuple[str, ...], str, int]) -> None:
    assert _parse(text) == want


def test_particle_vom() -> None:
    ref = parse_reference(
        "Roth, E., Kern, O. and vom Stein, P. (2021). Wages and places. Journal of Labor, "
        "12(1), 3-9.",
        [1],
        detect_styles=True,
    )
    assert ref.authors == ("Roth, E.", "Kern, O.", "vom Stein, P.")


def test_dash_entry_read_as_neighbours() -> None:
    ref = parse_reference(
        "———. “The League.” In The Oxford Companion, edited by Ann Roy, 4–9. Oxford: "
        "Oxford University Press, 2012.",
        [1],
        detect_styles=True,
    )
    assert (ref.kind, ref.authors, ref.title, ref.year) == (
        RefKind.CHAPTER,
        (),
        "The League",
        2012,
    )


_WIKI = """The narrators left.<ref>{{cite news |last=Kato |first=Emi |title=Silence in the \
halls |work=The Daily Example |date=3 May 2011 |page=9 |section=Arts}}</ref>

== References ==
{{reflist}}
"""


def test_wiki_news_section_no_title(tmp_path: Path) -> None:
    path = tmp_path / "page.wiki"
    path.write_text(_WIKI, encoding="utf-8")
    doc = parse_file(path)
    (note,) = doc.footnotes
    assert note.reference.title == "Silence in the halls"


_NOTES = """# Draft

One.[^1] Two.[^2] Three.[^3]

[^1]: Ann Roy, “The League to 404 B.C.,” in *The Companion*, ed. Jon Hale (Oxford: \
Clarendon Press, 1992), 34–61.
[^2]: Ann Roy, “League,” in *The Dictionary*, ed. Jon Hale (Oxford: Clarendon Press, \
2012), 428.
[^3]: Roy, “League to 404 B.C.,” 50.
"""


def test_short_title_with_number(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(_NOTES, encoding="utf-8")
    doc = parse_file(path)
    third = doc.footnotes[2].reference
    assert third.title is not None and "404" in third.title
