"""Round 81 (fix81d): kinds and a part's title in Afrikaans (and English, Dutch) sources.

* a thesis by its Afrikaans designation ("PhD-proefskrif", "MSc (Agric)-tesis",
  "Magister-tesis") and an English degree with its field ("MSc (Agric) thesis");
* a web page by its Afrikaans access date ("geraadpleeg 3 Mei 2025");
* a body's numbered statistics ("Wine statistics nr 12") and an institute's numbered
  bulletin ("Technical Bulletin 7", "Tegniese Bulletin 7"): ``report``;
* an act numbered in Afrikaans ("Wet op Water 36 van 1998"): ``report``;
* an article whose title holds its part's numeral ("Title. I. Part's title.").

Invented examples, with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.parse.references.part_title import masked
from tests.test_regex_growth import assert_linear


def _note(marked: str) -> tuple[RefKind, str | None]:
    ref = italic_reference(marked.replace("*", ""), marked, (1,), note=True, title_run=True)
    return ref.kind, ref.title


@pytest.mark.parametrize(
    ("marked", "kind", "title"),
    [
        (
            "B. Nel, “Suurheid in jong wyn” (MSc (Agric)-tesis, Universiteit Vrystaat, 2017), 4.",
            RefKind.THESIS,
            "Suurheid in jong wyn",
        ),
        (
            "B. Nel, “Suurheid in jong wyn” (PhD-proefskrif, Universiteit Pretoria, 2017), 4.",
            RefKind.THESIS,
            "Suurheid in jong wyn",
        ),
        (
            "B. Nel, “Suurheid in jong wyn” (Magister-tesis, Noordwes-Universiteit, 2017), 4.",
            RefKind.THESIS,
            "Suurheid in jong wyn",
        ),
        (
            "B. Nel, “Acidity in young wine” (MSc (Agric) thesis, University of Pretoria, "
            "2017), 4.",
            RefKind.THESIS,
            "Acidity in young wine",
        ),
        (
            "Wynraad, “Die oes van 2024”, geraadpleeg 3 Mei 2025, "
            "https://www.wynraad.example.org/oes.",
            RefKind.WEB,
            "Die oes van 2024",
        ),
        (
            "SAVRA, *Vrugtestatistieke nr 12* (Paarl: SA Vrugteraad, 2023), 8.",
            RefKind.REPORT,
            "Vrugtestatistieke nr 12",
        ),
        (
            "WINECO, *Cape wine statistics nr 12* (Paarl: Wine Council, 2023), 8.",
            RefKind.REPORT,
            "Cape wine statistics nr 12",
        ),
        (
            "P. Mostert, *Besproeiing van wingerde*, Tegniese Bulletin 7 (Pretoria: LNR, 2015).",
            RefKind.REPORT,
            "Besproeiing van wingerde",
        ),
        (
            "P. Mostert, *Irrigation of vineyards*, Technical Bulletin 7 (Pretoria: ARC, 2015).",
            RefKind.REPORT,
            "Irrigation of vineyards",
        ),
        ("Wet op Water 36 van 1998, art. 4.", RefKind.REPORT, "Wet op Water 36 van 1998"),
        # (near-misses: a journal named "Technical Bulletin"; a book about statistics; a
        # book with a law in its title)
        (
            "P. Mostert, “Irrigation of vineyards”, *Technical Bulletin* 12, no. 3 (2015): 4–9.",
            RefKind.ARTICLE,
            "Irrigation of vineyards",
        ),
        (
            "P. Mostert, *Statistics for winemakers* (Pretoria: Van Schaik, 2015), 3.",
            RefKind.BOOK,
            "Statistics for winemakers",
        ),
        (
            "P. Mostert, *Die wet op water en die boer* (Pretoria: Van Schaik, 2015), 3.",
            RefKind.BOOK,
            "Die wet op water en die boer",
        ),
    ],
)
def test_note_kinds(marked: str, kind: RefKind, title: str) -> None:
    assert _note(marked) == (kind, title)


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Nel, B. 2017. Suurheid in jong wyn. PhD-proefskrif. Pretoria: Universiteit Pretoria.",
            RefKind.THESIS,
            "Suurheid in jong wyn",
        ),
        (
            "Nel, B. 2017. Suurheid in jong wyn. MSc (Agric)-tesis. Bloemfontein: Universiteit "
            "Vrystaat.",
            RefKind.THESIS,
            "Suurheid in jong wyn",
        ),
        (
            "Mostert, P. 2015. *Irrigation of vineyards*. Technical Bulletin 7. Pretoria: ARC.",
            RefKind.REPORT,
            "Irrigation of vineyards",
        ),
        (
            "Wet op Water 36 van 1998. 1998. Pretoria: Staatsdrukker.",
            RefKind.REPORT,
            "Wet op Water 36 van 1998",
        ),
        (
            "Nel, B. & Mostert, P. 2004. Effect of shade on the vines of the valley. I. Water "
            "and nutrients. *Journal of Vine Science*, 12(1):1–9.",
            RefKind.ARTICLE,
            "Effect of shade on the vines of the valley. I. Water and nutrients",
        ),
        (
            "Nel, B. 2004. Growth of the wheat crop. Part II. Yield and quality. *Field Crop "
            "Letters*, 4:20–31.",
            RefKind.ARTICLE,
            "Growth of the wheat crop. Part II. Yield and quality",
        ),
        # (near-misses: a journal named "Technical Bulletin", its volume and issue after
        # it; an article with no part; a book with an editor's initial after it)
        (
            "Mostert, P. 2015. Irrigation of vineyards. *Technical Bulletin*, 12(3):4–9.",
            RefKind.ARTICLE,
            "Irrigation of vineyards",
        ),
        (
            "Nel, B. 2004. Effect of shade on the vines of the valley. *Journal of Vine "
            "Science*, 12(1):1–9.",
            RefKind.ARTICLE,
            "Effect of shade on the vines of the valley",
        ),
        (
            "Nel, B. 2004. A history of the wine trade. I. Smith and J. Jones, eds. London: "
            "Penguin.",
            RefKind.BOOK,
            "A history of the wine trade",
        ),
    ],
)
def test_entry_kinds(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(masked, lambda n: "ab. I. " * (n // 7) + "x", id="numerals"),
        pytest.param(masked, lambda n: "a b c" + ". II. Ab" * (n // 8), id="parts"),
        pytest.param(
            lambda t: parse_reference(t, (1,), detect_styles=True),
            lambda n: "Nel, B. 2004. A b c. I. Ab " + "ab " * (n // 3) + ". J, 1:2.",
            id="part-title",
        ),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
