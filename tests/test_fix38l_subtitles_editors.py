"""A ``.bib`` subtitle that is a GOST genre or legal-act designation (``учебник``, ``Закон
Рэсп. Беларусь ад … № …``) is other title information, not joined to the title (a real
subtitle is); editors in natural order joined by another language's "and" before an
editors' mark (``y``, ``e``, ``i``, ``und``, ``et`` + ``(eds.)``, ``(orgs.)``, ``(Hrsg.)``).
Fixtures written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gost import is_designation


@pytest.mark.parametrize(
    ("subtitle", "title"),
    [
        pytest.param("учебник", "Гражданское право", id="ru-textbook"),
        pytest.param("монография", "Гражданское право", id="ru-monograph"),
        pytest.param(
            "Закон Респ. Беларусь от 5 мая 2015 г. № 12-З", "Гражданское право", id="ru-by-law"
        ),
        pytest.param(
            "Закон Рэсп. Беларусь ад 7 сак. 2016 г. № 40-З", "Гражданское право", id="be-law"
        ),
        pytest.param(
            "пастанова Савета Міністраў ад 3 студз. 2019 г. № 8",
            "Гражданское право",
            id="be-resolution",
        ),
        pytest.param("очерки истории", "Гражданское право: очерки истории", id="real-subtitle"),
        pytest.param("A History", "Гражданское право: A History", id="english-subtitle"),
    ],
)
def test_bib_subtitle_designation(tmp_path: Path, subtitle: str, title: str) -> None:
    path = tmp_path / "lib.bib"
    path.write_text(
        f"@book{{k1,\n  author = {{Орлов, Б. Н.}},\n  title = {{Гражданское право}},\n"
        f"  subtitle = {{{subtitle}}},\n  year = {{2015}},\n}}\n",
        encoding="utf-8",
    )
    (entry,) = parse_file(path).literature
    assert entry.reference.title == title


@pytest.mark.parametrize(
    ("text", "designation"),
    [("учеб. пособие", True), ("Справочник", True), ("CETS No. 12", False), ("", False)],
)
def test_is_designation(text: str, designation: bool) -> None:
    assert is_designation(text) is designation


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Carlos M. Ruiz y Ana Torres (eds.). _Agua y comunidad en los valles altos_. "
            "Lima: IEP, 2003.",
            ("Carlos M. Ruiz", "Ana Torres"),
            "Agua y comunidad en los valles altos",
            id="es-y-eds",
        ),
        pytest.param(
            "Rita P. Lopes e Vasco Nunes (orgs.). _Rios e regadios do Alentejo_. Évora: "
            "Colibri, 2011.",
            ("Rita P. Lopes", "Vasco Nunes"),
            "Rios e regadios do Alentejo",
            id="pt-e-orgs",
        ),
        pytest.param(
            "Karl H. Brenner und Eva Lindt (Hrsg.). _Wasserrechte im Alpenraum_. Wien: "
            "Böhlau, 1999.",
            ("Karl H. Brenner", "Eva Lindt"),
            "Wasserrechte im Alpenraum",
            id="de-und-hrsg",
        ),
        pytest.param(
            "Jordi P. Mas i Laia Roca (eds.). _Séquies i molins_. Girona: Curial, 2007.",
            ("Jordi P. Mas", "Laia Roca"),
            "Séquies i molins",
            id="ca-i-eds",
        ),
        pytest.param(
            "Owen T. Price (ed.). _Canals of the Fens_. Ely: Fenland Press, 1988.",
            ("Owen T. Price",),
            "Canals of the Fens",
            id="one-editor",
        ),
    ],
)
def test_editors_joined_in_other_languages(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, int(text[-5:-1]))
