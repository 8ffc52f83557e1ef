"""Fix 58c: Chinese names in pinyin in GB/T 7714 lists, family name first with no comma.

``Wang Li, Zhang Wei, Chen Ming. Title[J]. Journal, 2015, 12(3): 45-60.``: the family
names are Wang, Zhang and Chen (given as ``Wang, Li``); ``WANG Li`` likewise; ``Wang, L.,
Zhang, W.`` is two people, not four.  In a LaTeX ``thebibliography`` with ``\\bibitem{key}``
and in numbered plain-text and Markdown lists.  Every fixture is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.pinyin import family_first_gbt, paired_initials, pinyin_given


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("Li", True),
        ("Wei", True),
        ("Xiaoming", True),
        ("Xiao-ming", True),
        ("Jianguo", True),
        ("Zhuang", True),
        ("Barbara", False),
        ("Christopher", False),
        ("Smith", False),
        ("Xiaomingwei", False),  # three syllables: no given name of two
    ],
)
def test_pinyin_given(word: str, given: bool) -> None:
    assert pinyin_given(word) is given


@pytest.mark.parametrize(
    ("author", "inverted"),
    [
        ("Wang Li", "Wang, Li"),
        ("Zhang Wei", "Zhang, Wei"),
        ("Ouyang Xiaoming", "Ouyang, Xiaoming"),
        ("Li Xiao-ming", "Li, Xiao-ming"),
        ("WANG Li", "WANG, Li"),
        ("CHEN Jianguo", "CHEN, Jianguo"),
        ("Wang L", "Wang L"),  # initials after the family name: read as they are
        ("WANG L", "Wang, L"),  # (fix59j: GB/T capitals and initials, the family name cased)
        ("Barbara Starfield", "Barbara Starfield"),  # natural order, no pinyin
        ("Anna Smith", "Anna Smith"),
        ("WHO Secretariat", "WHO Secretariat"),  # a body
        ("World Health Organization", "World Health Organization"),
        ("Wang, Li", "Wang, Li"),
        ("王丽", "王丽"),
    ],
)
def test_family_first_gbt(author: str, inverted: str) -> None:
    assert family_first_gbt(author) == inverted


@pytest.mark.parametrize(
    ("parts", "paired"),
    [
        (("Wang", "L.", "Zhang", "W."), ("Wang, L.", "Zhang, W.")),
        (("Wang", "L.", "Zhang", "W.", "Chen", "M"), ("Wang, L.", "Zhang, W.", "Chen, M")),
        (("Wang", "X.-M.", "Liu", "Y."), ("Wang, X.-M.", "Liu, Y.")),
        (("Wang Li", "Zhang Wei"), ("Wang Li", "Zhang Wei")),
        (("Wang L", "Zhang W", "Chen M"), ("Wang L", "Zhang W", "Chen M")),
        (("Wang", "L.", "Zhang"), ("Wang", "L.", "Zhang")),
    ],
)
def test_paired_initials(parts: tuple[str, ...], paired: tuple[str, ...]) -> None:
    assert paired_initials(parts) == paired


@pytest.mark.parametrize(
    ("text", "authors", "title", "container"),
    [
        (
            "Wang Li, Zhang Wei, Chen Ming. Heat islands in river cities[J]. Journal of Urban "
            "Climate, 2015, 12(3): 45-60.",
            ("Wang, Li", "Zhang, Wei", "Chen, Ming"),
            "Heat islands in river cities",
            "Journal of Urban Climate",
        ),
        (
            "WANG Li, ZHANG Wei, et al. Heat islands in river cities[J]. Urban Climate, "
            "2015, 12(3): 45-60.",
            ("WANG, Li", "ZHANG, Wei"),
            "Heat islands in river cities",
            "Urban Climate",
        ),
        (
            "Wang, L., Zhang, W., Chen, M. Cooling by rivers[J]. Urban Water, 2015, 7(1): 1-9.",
            ("Wang, L.", "Zhang, W.", "Chen, M"),
            "Cooling by rivers",
            "Urban Water",
        ),
        (
            "Barbara Starfield, Shi Leiyu. Primary care in two towns[J]. Care Quarterly, "
            "2005, 83(3): 457-502.",
            ("Barbara Starfield", "Shi, Leiyu"),
            "Primary care in two towns",
            "Care Quarterly",
        ),
    ],
)
def test_gbt_entries(
    text: str, authors: tuple[str, ...], title: str, container: str | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.host) == ("gbt", authors, title, container)


_ENTRIES = (
    "Wang Li, Zhang Wei, Chen Ming. Heat islands in river cities[J]. Journal of Urban "
    "Climate, 2015, 12(3): 45-60.",
    "ZHAO Qiang, SUN Hui. Flood maps for small towns[C]//Proceedings of the Hydrology "
    "Meeting. Wuhan: Hydro Press, 2019: 101-110.",
    "Liu Yang. Water policy in transition[M]. Beijing: River Press, 2018.",
    "Huang Jie, Ouyang Xiaoming. Sediment in mountain rivers[D]. Chengdu: Western "
    "University, 2020.",
)
_AUTHORS = [
    ("Wang, Li", "Zhang, Wei", "Chen, Ming"),
    ("ZHAO, Qiang", "SUN, Hui"),
    ("Liu, Yang",),
    ("Huang, Jie", "Ouyang, Xiaoming"),
]
_TITLES = [
    "Heat islands in river cities",
    "Flood maps for small towns",
    "Water policy in transition",
    "Sediment in mountain rivers",
]
_BODY = "Heat is strong in river cities {0}. Flood maps help {1}, policy too {2} and {3}.\n"


def _latex() -> str:
    keys = ["wang15", "zhao19", "liu18", "huang20"]
    body = _BODY.format(*(f"\\cite{{{k}}}" for k in keys))
    items = "\n".join(f"\\bibitem{{{k}}} {e}" for k, e in zip(keys, _ENTRIES, strict=True))
    return (
        "\\documentclass{article}\n\\begin{document}\n\\section{Heat}\n"
        f"{body}\\begin{{thebibliography}}{{9}}\n{items}\n\\end{{thebibliography}}\n"
        "\\end{document}\n"
    )


def _plain() -> str:
    body = _BODY.format("[1]", "[2]", "[3]", "[4]")
    items = "\n".join(f"[{i + 1}] {e}" for i, e in enumerate(_ENTRIES))
    return f"Heat in river cities\n\n{body}\nReferences\n\n{items}\n"


def _markdown() -> str:
    body = _BODY.format("[1]", "[2]", "[3]", "[4]")
    items = "\n".join(f"{i + 1}. {e}" for i, e in enumerate(_ENTRIES))
    return f"# Heat in river cities\n\n{body}\n## References\n\n{items}\n"


@pytest.mark.parametrize(
    ("data", "path"),
    [(_latex(), "heat.tex"), (_plain(), "heat.txt"), (_markdown(), "heat.md")],
)
def test_documents(data: str, path: str) -> None:
    doc = parse_bytes(data.encode(), path)
    refs = [e.reference for e in doc.literature]
    assert [r.authors for r in refs] == _AUTHORS
    assert [r.title for r in refs] == _TITLES
