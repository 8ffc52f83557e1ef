"""Notes and list entries that remark rather than cite (fix43a): a year that ends a sentence of
prose, a contract's or grant's number and date, the authors' own estimate -- none a work; the
citations that look like them stay works."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import bibliographic, list_note


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        # a year ending a sentence of prose, after two lower-case words
        pytest.param(
            "Todos los importes del cuadro se dan en pesos a precios corrientes de 2015.",
            True, id="es-prices-of-year",
        ),
        pytest.param(
            "All amounts in this chapter are given in euros at the prices of 2017.",
            True, id="en-prices-of-year",
        ),
        pytest.param(
            "Tutti gli importi sono espressi in euro ai prezzi costanti del 2016.",
            True, id="it-prices-of-year",
        ),
        # ... not after a number, a month or a name
        pytest.param("Ley 1122 de 2007.", False, id="es-law-number-year"),
        pytest.param("Informe del Banco Central, enero de 2020.", False, id="es-month-year"),
        pytest.param("Lindgren, P. Coastal towns. Lund: Gleerup 2004.", False, id="publisher-year"),
        # a contract's or grant's number and its date
        pytest.param(
            "Данные получены от Северного УГМС по соглашению № 7/41 от 12.05.2021.",
            True, id="ru-agreement",
        ),
        pytest.param(
            "The survey was funded by the Ministry of Health under contract No. 2291-C of "
            "4 June 2020.",
            True, id="en-contract",
        ),
        pytest.param(
            "Исследование выполнено при поддержке РНФ, грант № 23-27-00154.", True,
            id="ru-grant",
        ),
        pytest.param(
            "El trabajo se financió mediante el convenio núm. 18/2022.", True, id="es-convenio",
        ),
        # ... a numbered act of a government stays a citation
        pytest.param(
            "Об отходах производства и потребления : федер. закон от 24.06.1998 № 89-ФЗ.",
            False, id="ru-federal-law",
        ),
        # ... and "Grant" before a year is a name
        pytest.param("Morrow, K. Grant 1998, 45.", False, id="grant-a-name"),
    ],
)  # fmt: skip
def test_remark_or_citation(text: str, commentary: bool) -> None:
    kind = parse_reference(text, (1,), detect_styles=True, note=True).kind
    assert (kind is RefKind.COMMENTARY) is commentary
    assert bibliographic(text) is not commentary


@pytest.mark.parametrize(
    ("text", "note"),
    [
        pytest.param(
            "Finance Office estimate, based on the tender prices of the 2020 depot upgrade.",
            True, id="en-office-estimate",
        ),
        pytest.param("Own calculations using the labour force survey.", True, id="en-own"),
        pytest.param(
            "Elaboración propia con base en la encuesta continua de hogares.", True,
            id="es-elaboracion-propia",
        ),
        pytest.param("Eigene Berechnung nach den Angaben der Gemeinden.", True, id="de-eigene"),
        pytest.param("Расчеты автора по данным муниципалитетов.", True, id="ru-raschety"),
        # ... a work cited for the figures stays a work
        pytest.param(
            "Own calculations using Statistics Norway (2021), table 4.", False,
            id="calculations-from-a-work",
        ),
        pytest.param(
            "Kowalczyk, M. (2018). Estimates of regional output. Warsaw: GUS.", False,
            id="estimates-a-title",
        ),
        pytest.param("Okafor, T. Unpublished results.", False, id="unpublished-results"),
    ],
)  # fmt: skip
def test_own_estimate_list_entry(text: str, note: bool) -> None:
    assert list_note(text) is note


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "Compare the hymns gathered under Vespers and Clara Moss's account of them in "
            '"Chant and Office," 212.',
            "Clara Moss", "Chant and Office", id="quoted-title-page",
        ),
        pytest.param(
            "See Peter Haas' discussion of the ledgers in *Counting Houses*, 77–80.",
            "Peter Haas", "Counting Houses", id="italic-title-pages",
        ),
        # ... no name before the possessive, or a remark after the title: no author
        pytest.param(
            "See the editors' reading in \"Chant and Office,\" 212.", None, "Chant and Office",
            id="no-name",
        ),
    ],
)  # fmt: skip
def test_possessive_author(text: str, author: str | None, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    # (the family name, whichever reading gave the name)
    assert [a.split()[-1] for a in ref.authors] == ([author.split()[-1]] if author else [])
    assert ref.title == title
