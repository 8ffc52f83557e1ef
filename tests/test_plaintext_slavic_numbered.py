"""A paper converted by ``pdftotext`` that cites a numbered list by ``[n]`` under a
heading in its own language (Macedonian ``Користена литература``, Serbian ``Коришћена
литература``, Croatian ``Korištena literatura``) is read by the plain-text reader as an
English, German or Russian one is; a number past the list's end is a citation of a
missing entry.  A Cyrillic edition statement (``3. изд.``, ``3-е изд.``, ``2. издање``,
``2-ге вид.``) is no part of the title, and a publisher may hold a name in low-high quotes
(``Универзитет „Св. Кирил и Методиј“``)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.readers.common import is_literature_heading

_PAPER = """{title}
A. Author

1

{intro}

{p1} [1]. {p2} [2]–[3].
{p3} [4, {page} 5] {p4}
{p5} [5].
{p6} [2].
23

{head}
[1] A. Smith, Steel Design. London: Spon, 2010.
[2] B. Jones, Buckling of Beams, 2nd ed. New York: Wiley, 2004.
[3] C. Brown, Stability of Frames. Berlin: Springer, 2016.
[4] D. White, "Lateral buckling," Journal of Steel, vol. 4, no. 2, pp. 1-9, 1986.

24
"""

_LANGUAGES = {
    "en": ("Steel beams", "Introduction", "Codes require a check", "They differ", "Old",
           "p.", "formulas are used.", "Some beams were strengthened", "See also",
           "References"),
    "de": ("Stahlträger", "Einleitung", "Die Normen verlangen einen Nachweis",
           "Sie unterscheiden sich", "Alte", "S.", "Formeln gelten noch.",
           "Einige Träger wurden verstärkt", "Siehe auch", "Literaturverzeichnis"),
    "ru": ("Стальные балки", "Введение", "Нормы требуют проверки", "Они различаются",
           "Старые", "с.", "формулы применяются.", "Некоторые балки усилены", "См. также",
           "Список литературы"),
    "mk": ("Челични греди", "Вовед", "Прописите бараат проверка", "Тие се разликуваат",
           "Старите", "стр.", "изрази се користат.", "Некои греди се засилени", "Види и",
           "Користена литература"),
    "sr": ("Челичне греде", "Увод", "Прописи захтевају проверу", "Они се разликују",
           "Стари", "стр.", "изрази се користе.", "Неке греде су ојачане", "Види и",
           "Коришћена литература"),
    "hr": ("Čelične grede", "Uvod", "Propisi traže provjeru", "Razlikuju se", "Stari",
           "str.", "izrazi se koriste.", "Neke grede su ojačane", "Vidi i",
           "Korištena literatura"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(_LANGUAGES))
def test_numbered_pdf_text_is_read_in_every_language(lang: str) -> None:
    title, intro, p1, p2, p3, page, p4, p5, p6, head = _LANGUAGES[lang]
    text = _PAPER.format(
        title=title, intro=intro, p1=p1, p2=p2, p3=p3, page=page, p4=p4, p5=p5, p6=p6, head=head
    )
    doc = parse_bytes(text.encode(), f"paper-{lang}.txt")
    assert doc.reader == "plain-text"
    cited = sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 8), ("2", 8), ("2", 11), ("3", 8), ("4", 9)]
    assert [e.number for e in doc.literature] == [1, 2, 3, 4]
    # [5] cites no entry of the 4-entry list: a citation of a missing entry
    assert [(m.label, m.line) for m in doc.stray_markers] == [("5", 10)]


@pytest.mark.parametrize(
    "heading",
    [
        "Користена литература", "Користени извори", "Референци", "Библиографија",
        "Коришћена литература", "Korišćena literatura", "Korištena literatura",
        "Upotrijebljena literatura", "Citirana literatura", "Bibliografija",
        "Izvori i literatura", "Извори и литература", "Literatura i izvori",
    ],
)  # fmt: skip
def test_south_slavic_literature_headings(heading: str) -> None:
    assert is_literature_heading(f"# {heading}")


@pytest.mark.parametrize(
    ("entry", "title", "publisher"),
    [
        (
            "[5] Б. Петровски, Армиран бетон: теорија и пресметка, 3. изд. Скопје: "
            "Универзитет „Св. Кирил и Методиј“, 2016.",
            "Армиран бетон: теорија и пресметка",
            "Универзитет „Св. Кирил и Методиј“",
        ),
        (
            "[2] И. Петров, Железобетон: теория и расчёт, 3-е изд. Москва: Стройиздат, 2016.",
            "Железобетон: теория и расчёт",
            "Стройиздат",
        ),
        (
            "[3] П. Петренко, Залізобетон, 2-ге вид. Київ: Будівельник, 2011.",
            "Залізобетон",
            "Будівельник",
        ),
        (
            "[4] П. Петровић, Бетонске конструкције, 2. издање. Београд: Грађевинска књига, 2009.",
            "Бетонске конструкције",
            "Грађевинска књига",
        ),
        (
            "[6] H. Müller, Beton: Theorie, 3. Aufl. Berlin: Verlag „Bauwesen“, 2016.",
            "Beton: Theorie",
            "Verlag „Bauwesen“",
        ),
    ],
)
def test_cyrillic_edition_and_quoted_publisher(entry: str, title: str, publisher: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert (ref.title, ref.publisher) == (title, publisher)
