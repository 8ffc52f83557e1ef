"""Margin line numbers printed on lines of their own (pdftotext without ``-layout``), or alone
at the left edge where a ``-layout`` line holds no text at the margin (fix63j)."""

from __future__ import annotations

import pytest

from bibcheck.readers.linenos import strip_line_numbers


def _interleaved(texts: list[str], first: int) -> list[str]:
    """Raw pdftotext of a review copy: each margin number on a line of its own, a blank line
    after it, then the text line it numbers and a blank line."""
    out: list[str] = []
    for k, text in enumerate(texts):
        out += [str(first + k), "", text, ""]
    return out


_EN = [f"Line {k} of the methods section describes the sample and the items." for k in range(14)]
_DE = [f"Zeile {k}: Die Stichprobe umfasste Studierende aus zwei Hochschulen." for k in range(12)]
_ES = [f"Renglón {k}: los molinos concejiles eran a la vez industria y banco." for k in range(12)]
_REFS = [
    "Beck, A. T., Steer, R. A., & Brown, G. K. (1996). Manual for the inventory.",
    "Christodoulaki, A., Baralou, V., & Touloumi, G. (2022). Validation of the",
    "questionnaire in the general population. Journal of Research, 160, 110970.",
    "Dobson, K. S., & Mothersill, K. J. (1979). Equidistant categorical labels.",
]


def _blank_numbers(lines: list[str]) -> list[str]:
    return ["" if line.isdigit() else line for line in lines]


def _laid(entries: list[tuple[int | None, str]]) -> list[str]:
    """-layout text: a number before its line, or a number alone on a line (its text set
    lower, without a number of its own)."""
    return [f"{n:>3}   {t}" if n and t else (f"{n}" if n else f"      {t}") for n, t in entries]


_LAYOUT = [
    *((n, f"prose line {n} of the results section, with a figure") for n in range(140, 156)),
    (156, "References"),
    (157, "1.  Cauley LB. 1981. Goldilocks and the three bears. New York: Putnam."),
    (158, ""),
    (159, "2.  Siegel RL, Miller KD, Sauer AG, Fedewa SA, Butterly LF, Smith RA,"),
    (None, "Jemal A. 2020. Colorectal cancer statistics. CA Cancer J Clin 70:145–164."),
    (160, ""),
    (None, "doi:10.3322/caac.21601."),
    (161, "3.  García G, Z A. 2011. Factors influencing screening participation."),
    (162, ""),
    (None, "Gastroenterol Res Pract 2012:e483417."),
    (163, "4.  Zackular JP, Rogers MAM, Ruffin MT. 2014. The gut microbiome as a"),
    (None, "screening tool. Cancer Prev Res 7:1112–1121."),
    (164, ""),
]


def _laid_stripped() -> list[str]:
    out = []
    for n, t in _LAYOUT:
        if n and t:
            out.append(" " * (len(f"{n:>3}") + 3) + t)
        elif n:
            out.append("")
        else:
            out.append(f"      {t}")
    return out


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (_interleaved(_EN, 1), _blank_numbers(_interleaved(_EN, 1))),
        (_interleaved(_DE, 88), _blank_numbers(_interleaved(_DE, 88))),
        (_interleaved(_ES, 310), _blank_numbers(_interleaved(_ES, 310))),
        (
            ["Referencias", "", *_interleaved(_REFS + _ES, 223)],
            ["Referencias", "", *_blank_numbers(_interleaved(_REFS + _ES, 223))],
        ),
        # a page number (here 13) between two margin numbers stays
        (
            [*_interleaved(_EN[:7], 230), "13", "", *_interleaved(_EN[7:], 237)],
            [
                *_blank_numbers(_interleaved(_EN[:7], 230)),
                "13",
                "",
                *_blank_numbers(_interleaved(_EN[7:], 237)),
            ],
        ),
        (_laid(_LAYOUT), _laid_stripped()),
    ],
    ids=["raw-en", "raw-de", "raw-es", "raw-references", "raw-page-number", "layout-lone"],
)
def test_bare_margin_numbers_are_blanked(lines: list[str], expected: list[str]) -> None:
    assert strip_line_numbers(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # notes numbered on lines of their own, far apart: no running column
        [x for n in range(1, 13) for x in (str(n), *(f"prose {n}.{k}" for k in range(6)))],
        # centred page numbers of -layout text
        [x for n in range(1, 13) for x in (f"{'':30}{n}", "text line one", "text line two")],
    ],
    ids=["sparse-notes", "page-numbers"],
)
def test_guard_numbers_that_are_no_margin(lines: list[str]) -> None:
    assert strip_line_numbers(lines) == lines
