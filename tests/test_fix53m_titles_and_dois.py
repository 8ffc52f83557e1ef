"""Fix 53m: a SICI DOI kept whole, "et al." never a title, a version no part of a title.

* A DOI with a SICI suffix (``<…::…>`` and ``#``) is read whole; a DOI in angle brackets
  or before a tag still ends at the bracket.
* Nature-style names may end in ``et al.`` after several names, in italics too; a title
  read as "et al." alone is a misread.
* APA's version in parentheses before the description (``(Mar 14 version) [Large
  language model]``, ``(Version 2.0) [Computer software]``) is no part of the title.

Own fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import apa, nature
from bibcheck.parse.references.fields import find_doi
from bibcheck.parse.references.relined import Misread, misread_title
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        (
            "doi:10.1002/(SICI)1099-1123(199905)10:3<201::AID-XYZ7>3.0.CO;2-#",
            "10.1002/(sici)1099-1123(199905)10:3<201::aid-xyz7>3.0.co;2-#",
        ),
        (
            "Journal, 4(2), 1–9. 10.1002/(SICI)1099-1123(199905)10:3<201::AID-XYZ7>3.0.CO;2-K.",
            "10.1002/(sici)1099-1123(199905)10:3<201::aid-xyz7>3.0.co;2-k",
        ),
        # negatives: angle brackets around a DOI, a tag after it
        ("see <doi:10.1234/abc.5> there", "10.1234/abc.5"),
        ("DOI 10.1234/abc<br>", "10.1234/abc"),
    ],
)
def test_sici_doi(text: str, doi: str) -> None:
    found = find_doi(text)
    assert found is not None and found[0] == doi


@pytest.mark.parametrize(
    ("body", "authors", "title"),
    [
        (
            "Okafor, N., Lind, E., de Wit, A. *et al.* Heat in cities. *Nature* **601**, 1–9 (2022).",
            ("Okafor, N.", "Lind, E.", "de Wit, A."),
            "Heat in cities",
        ),
        (
            "Okafor, N., Lind, E. et al. Heat in cities. Nat. Clim. Change 12, 33–40 (2022).",
            ("Okafor, N.", "Lind, E."),
            "Heat in cities",
        ),
        # unchanged: one name and "et al.", names joined by "&"
        (
            "Okafor, N. et al. Heat in cities. Nature 601, 1–9 (2022).",
            ("Okafor, N.",),
            "Heat in cities",
        ),
        (
            "Okafor, N. & Lind, E. Heat in cities. Nature 601, 1–9 (2022).",
            ("Okafor, N.", "Lind, E."),
            "Heat in cities",
        ),
    ],
)
def test_nature_et_al_after_names(body: str, authors: tuple[str, ...], title: str) -> None:
    fields = nature.parse(body)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title


@pytest.mark.parametrize(
    ("title", "misread"),
    [
        ("et al.", Misread.CERTAIN),
        ("*et al.*", Misread.CERTAIN),
        ("et al", Misread.CERTAIN),
        # negatives: a title that holds the words, a real title
        ("Et al. and other abbreviations in Latin", Misread.NO),
        ("Heat in cities", Misread.NO),
    ],
)
def test_et_al_is_no_title(title: str, misread: Misread) -> None:
    assert misread_title(title, ("Okafor, N.",)) is misread


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("OpenAI. (2024). ChatGPT (Mar 14 version) [Large language model]. https://x", "ChatGPT"),
        ("Ng, T. (2022). heatmapr (Version 2.0) [Computer software]. GitHub.", "heatmapr"),
        ("Ng, T. (2022). heatmapr (v. 2.0) [Computer software].", "heatmapr"),
        # negative: words about a version inside a title's own parenthesis stay
        (
            "Ng, T. (2022). The retelling (a new version of an old myth). Verso.",
            "The retelling (a new version of an old myth)",
        ),
    ],
)
def test_apa_version_not_title(body: str, title: str) -> None:
    fields = apa.parse(body)
    assert fields is not None
    assert fields.title == title


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (find_doi, lambda n: "doi:10.1002/" + "<1:" * (n // 3)),
        (find_doi, lambda n: "doi:10.1002/" + "a<b::c>" * (n // 7)),
        (nature.parse, lambda n: "Okafor, N., " * (n // 12) + "*et al.* T. N 1, 1 (2020)."),
        (apa.parse, lambda n: "Ng, T. (2022). x (" + "a " * (n // 2) + "version) [y]."),
    ],
)
def test_growth_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
