"""fix68k: physics and engineering entry shapes.

A plain title closed by a comma before a journal abbreviated with no comma before its
volume, the year last in parentheses (AIP/APS/IOP): ``A. B. Smith, Title, Q. J. R.
Meteorol. Soc. 137, 1234 (2011).`` (:mod:`bibcheck.parse.references.physics_title`).
Inverted ``Family, I. I.`` names joined by ``and``/``et``/``und``/``y``: each name keeps
its initials whole, the last one's full stop too (``Miller, J. R.``, never ``Miller, J. R``
nor a title ``and Miller, J.``), in Nature's shape and in the physics shape.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.helpers import ArticleCase, assert_article_fields

# (entry, authors, title, journal, volume, pages, year)
CASES: list[ArticleCase] = [
    # a plain title before the abbreviated journal, initials-first names
    (
        "A. B. Smith, Storm tracks over the North Atlantic, Q. J. R. Meteorol. Soc. 137, "
        "1234 (2011).",
        ("A. B. Smith",),
        "Storm tracks over the North Atlantic",
        "Q. J. R. Meteorol. Soc.",
        "137",
        "1234",
        2011,
    ),
    (
        "H. Yamamoto and K. Tanaka, Heat flow in thin plates, J. Fluid Mech. 640, 17–45 (2009).",
        ("H. Yamamoto", "K. Tanaka"),
        "Heat flow in thin plates",
        "J. Fluid Mech.",
        "640",
        "17–45",
        2009,
    ),
    (
        "F. Lefèvre, K. Schmidt, and Y. Suzuki, Rayleigh waves in layered soils, Soil Dyn. "
        "Earthq. Eng. 29, 101–110 (2009).",
        ("F. Lefèvre", "K. Schmidt", "Y. Suzuki"),
        "Rayleigh waves in layered soils",
        "Soil Dyn. Earthq. Eng.",
        "29",
        "101–110",
        2009,
    ),
    # inverted names, "and"/"et"/"und"/"y", Nature's shape
    (
        "Wagner, K. L. and Miller, J. R. Shock fronts in dusty plasmas. J. Appl. Phys. 12, "
        "34–40 (2000).",
        ("Wagner, K. L.", "Miller, J. R."),
        "Shock fronts in dusty plasmas",
        "J. Appl. Phys.",
        "12",
        "34–40",
        2000,
    ),
    (
        "Dupont, M. et Lefèvre, J. R. Ondes de surface sur un film mince. Rev. Fr. Phys. 12, "
        "34–40 (2000).",
        ("Dupont, M.", "Lefèvre, J. R."),
        "Ondes de surface sur un film mince",
        "Rev. Fr. Phys.",
        "12",
        "34–40",
        2000,
    ),
    (
        "Müller, K. und Schmidt, H. P. Wärmeleitung in dünnen Schichten. Z. Phys. 44, 5–19 (1998).",
        ("Müller, K.", "Schmidt, H. P."),
        "Wärmeleitung in dünnen Schichten",
        "Z. Phys.",
        "44",
        "5–19",
        1998,
    ),
    (
        "García, J. y López, M. A. Ondas de choque en plasmas. Rev. Mex. Fís. 61, 77–85 (2015).",
        ("García, J.", "López, M. A."),
        "Ondas de choque en plasmas",
        "Rev. Mex. Fís.",
        "61",
        "77–85",
        2015,
    ),
    (
        "Tanaka, K. and Suzuki, H. T. Spin waves in ferrite films. J. Phys. Soc. Jpn. 79, "
        "104–111 (2010).",
        ("Tanaka, K.", "Suzuki, H. T."),
        "Spin waves in ferrite films",
        "J. Phys. Soc. Jpn.",
        "79",
        "104–111",
        2010,
    ),
    # inverted names closed by a comma before the title, the physics shape
    (
        "Oke, T. R. and Cleugh, H. A., Urban heat storage, J. Appl. Meteorol. 39, 233–245 (1987).",
        ("Oke, T. R.", "Cleugh, H. A."),
        "Urban heat storage",
        "J. Appl. Meteorol.",
        "39",
        "233–245",
        1987,
    ),
    (
        "Müller, H.-P. und Weber, K., „Rissausbreitung in Schweißnähten“, Z. Angew. Math. "
        "Mech. 12, 34 (2000).",
        ("Müller, H.-P.", "Weber, K."),
        "Rissausbreitung in Schweißnähten",
        "Z. Angew. Math. Mech.",
        "12",
        "34",
        2000,
    ),
    (
        "Dupont, J.-M. et Martin, P., « Fissuration des bétons armés », Ann. Ponts Chauss. "
        "12, 34–40 (2000).",
        ("Dupont, J.-M.", "Martin, P."),
        "Fissuration des bétons armés",
        "Ann. Ponts Chauss.",
        "12",
        "34–40",
        2000,
    ),
    (
        "Suzuki, Y. and Watanabe, T. K., “Magnetic domains in garnet films,” Phys. Rev. B 81, "
        "045301 (2010).",
        ("Suzuki, Y.", "Watanabe, T. K."),
        "Magnetic domains in garnet films",
        "Phys. Rev. B",
        "81",
        "045301",
        2010,
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_entry_fields(case: ArticleCase) -> None:
    ref = parse_reference(case[0], [0])
    assert_article_fields(ref, case)
    assert ref.kind is RefKind.ARTICLE


def _plain(entries: list[str]) -> tuple[str, str]:
    cites = f"Heat moves [1–{len(entries)}].\n\nReferences\n\n"
    return cites + "\n".join(f"[{i}] {e}" for i, e in enumerate(entries, 1)) + "\n", "txt"


def _markdown(entries: list[str]) -> tuple[str, str]:
    head = f"# Heat\n\nHeat moves [1–{len(entries)}].\n\n## References\n\n"
    return head + "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1)) + "\n", "md"


def _latex(entries: list[str]) -> tuple[str, str]:
    keys = ",".join(f"k{i}" for i in range(1, len(entries) + 1))
    items = "\n".join(f"\\bibitem{{k{i}}} {e}" for i, e in enumerate(entries, 1))
    body = (
        "\\documentclass{article}\n\\begin{document}\nHeat moves \\cite{%s}.\n"
        "\\begin{thebibliography}{9}\n%s\n\\end{thebibliography}\n\\end{document}\n"
    )
    return body % (keys, items), "tex"


@pytest.mark.parametrize("write", [_plain, _markdown, _latex])
def test_documents_read_the_entries(write: object) -> None:
    assert callable(write)
    text, ext = write([c[0] for c in CASES])
    doc = parse_bytes(text.encode(), f"/tmp/fix68k-heat.{ext}")
    refs = [e.reference for e in doc.literature]
    assert [(r.authors, r.title, r.host) for r in refs] == [(c[1], c[2], c[3]) for c in CASES]
