"""A pasted IEEEtran ``.bbl``: TeX spacing assignments are no text, a standard opens with
its title, and T1 letters (``\\dh``, ``\\th``) are letters."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from bibcheck.readers.latex.glue import value_end

_PREAMBLE = r"""\providecommand{\BIBentrySTDinterwordspacing}{\spaceskip=0pt\relax}
\providecommand{\BIBentryALTinterwordstretchfactor}{4}
\providecommand{\BIBentryALTinterwordspacing}{\spaceskip=\fontdimen2\font plus
\BIBentryALTinterwordstretchfactor\fontdimen3\font minus
  \fontdimen4\font\relax}
"""


def _entry(item: str) -> Reference:
    body = (
        "Seen in \\cite{k}.\n\n\\begin{thebibliography}{9}\n"
        + _PREAMBLE
        + "\n\\bibitem{k}\n"
        + item
        + "\n\n\\end{thebibliography}"
    )
    doc = parse_bytes(
        ("\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n").encode(),
        "paper.tex",
    )
    assert len(doc.literature) == 1
    return doc.literature[0].reference


@pytest.mark.parametrize(
    ("item", "raw", "title"),
    [
        pytest.param(
            "\\BIBentryALTinterwordspacing\nAcme Instruments AG, \\emph{Relay Suite 7 Reference "
            "Guide}, Basel, Switzerland, 2021. [Online]. Available: "
            "\\url{https://example.org/guide.pdf}\n\\BIBentrySTDinterwordspacing",
            "Acme Instruments AG, Relay Suite 7 Reference Guide, Basel, Switzerland, 2021.",
            None,
            id="alt-and-std-interword-spacing",
        ),
        pytest.param(
            "R.~Ortiz, \\emph{Harbour Cranes}.\\hskip 1em plus 0.5em minus 0.4em\\relax "
            "Leiden: Brill, 2003.",
            "R. Ortiz, Harbour Cranes. Leiden: Brill, 2003.",
            "Harbour Cranes",
            id="newblock-hskip-glue",
        ),
        pytest.param(
            "\\emph{IEC Standard for Tidal Turbine Testing}, IEC TS 62600-200:2013, 2013.",
            "IEC Standard for Tidal Turbine Testing, IEC TS 62600-200:2013, 2013.",
            "IEC Standard for Tidal Turbine Testing",
            id="standard-opens-with-its-title",
        ),
        pytest.param(
            "\\emph{Guide for Smoke Control in Atria}, NFPA 92-2021, 2021.",
            "Guide for Smoke Control in Atria, NFPA 92-2021, 2021.",
            "Guide for Smoke Control in Atria",
            id="code-opens-with-its-title",
        ),
        pytest.param(
            "B.~J{\\'o}nsd{\\'o}ttir, ``Fj{\\'a}rm{\\'a}la{\\dh}uneyti{\\dh} og "
            "{\\TH}ingvellir,'' Reykjav{\\'i}k, 2019.",
            "B. Jónsdóttir, “Fjármálaðuneytið og Þingvellir,” Reykjavík, 2019.",
            "Fjármálaðuneytið og Þingvellir",
            id="t1-eth-and-thorn",
        ),
        pytest.param(
            "K.~Lund, \\BIBforeignlanguage{danish}{``Havnens historie,''} \\emph{Sjøfart}, "
            "vol.~4, pp. 2--9, 1999. \\IEEEtriggeratref{5}",
            "K. Lund, “Havnens historie,” Sjøfart, vol. 4, pp. 2–9, 1999.",
            "Havnens historie",
            id="foreign-language-and-trigger",
        ),
        pytest.param(
            "P.~Dahl, ``Tides,'' \\emph{J. Coast. Res.}, vol.~2, 2011.",
            "P. Dahl, “Tides,” J. Coast. Res., vol. 2, 2011.",
            "Tides",
            id="capitalised-quoted-title-before-italic-host",
        ),
    ],
)
def test_bbl_entry_text(item: str, raw: str, title: str | None) -> None:
    ref = _entry(item)
    assert ref.raw.split(" [Online]")[0] == raw.split(" [Online]")[0]
    if title is not None:
        assert ref.title == title


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        pytest.param("=0pt\\relax Next", " Next", id="assignment-relax"),
        pytest.param(" 1em plus 0.5em minus 0.4em\\relax Next", " Next", id="glue"),
        pytest.param(" .11em plus .33em minus .07em Next", " Next", id="glue-no-relax"),
        pytest.param("=\\fontdimen2\\font plus 4\\fontdimen3\\font x", " x", id="font-dimen"),
        # (TeX takes the space that ends a number: "12\penalty0 (3)" prints "12(3)")
        pytest.param(" 10000 Next", "Next", id="penalty-number"),
        pytest.param(" 1em in Proc.", " in Proc.", id="in-is-text-after-a-full-value"),
        pytest.param(" 0pt plus 1fill\\relax}", "}", id="fill"),
        pytest.param(" Next", " Next", id="no-value"),
    ],
)
def test_value_end(text: str, rest: str) -> None:
    assert text[value_end(text, 0, len(text)) :] == rest


def test_a_document_macro_named_th_is_its_own() -> None:
    body = (
        "\\renewcommand{\\th}{th}\nAs shown \\cite{k}.\n\n"
        "\\begin{thebibliography}{9}\n\\bibitem{k} A.~Berg, \\emph{The 20\\th{} Century "
        "Port}, Oslo, 1990.\n\\end{thebibliography}"
    )
    doc = parse_bytes(
        ("\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n").encode(),
        "paper.tex",
    )
    assert doc.literature[0].reference.title == "The 20th Century Port"
