"""BibTeX names with an accent command before a bare letter after a space (``Verbi{\\v c}``,
``Dvo\\v r\\'ak``) keep the letter; a ``@misc`` citing a replication package or data deposited
in a data repository is ``web`` (``tests/corpus/README.md``: datasets are web)."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references.bibtex import to_reference


@pytest.mark.parametrize(
    ("author", "name"),
    [
        (r"Verbi{\v c}, Gregor", "Verbič, Gregor"),
        (r"Verbi\v c, Gregor", "Verbič, Gregor"),
        (r"Hrva\v t, Ana and Kova\v c, Ivo", "Kovač, Ivo"),
        (r"{\v S}imunovi{\' c}, Ante", "Šimunović, Ante"),
        (r"Dvo\v r\'ak, Anton", "Dvořák, Anton"),
    ],
)
def test_accent_before_bare_letter(author: str, name: str) -> None:
    records, errors = read_bib("@article{k, author = {" + author + "}, title = {T}, year = {2020}}")
    assert errors == []
    assert name in records[0].authors


DEPOSITS = [
    r"""@misc{a, author = {García Olmedo, Marta}, year = {2024},
  title = {Replication package for: Energy prices and inflation},
  publisher = {Inter-university Consortium for Political and Social Research},
  howpublished = {openICPSR}, doi = {10.3886/E123456V1}}""",
    r"""@misc{b, author = {Ruiz, Ana}, year = {2023},
  title = {Datos de replicación: salarios y precios en las provincias},
  publisher = {Banco de España}}""",
    r"""@misc{c, author = {Weber, Jonas}, year = {2022},
  title = {Replikationsdaten zu: Energiepreise und Kerninflation},
  publisher = {Deutsche Bundesbank}}""",
    r"""@misc{d, author = {Dupont, Luc}, year = {2021},
  title = {Données de réplication pour : Les prix de l'énergie},
  publisher = {Banque de France}}""",
    r"""@misc{e, author = {Lee, Kim}, year = {2020},
  title = {Data and code for: Energy shocks and wages},
  publisher = {American Economic Association},
  howpublished = {AEA Data and Code Repository}}""",
]


@pytest.mark.parametrize("entry", DEPOSITS)
def test_deposit_is_web(entry: str) -> None:
    records, _ = read_bib(entry)
    assert to_reference(records[0]).kind is RefKind.WEB


def test_other_misc_keeps_its_kind() -> None:
    records, _ = read_bib(
        "@misc{x, author = {Lee, Kim}, year = {2020}, title = {Replication crises in"
        " economics}, howpublished = {Lecture notes, University of Leeds}}"
    )
    assert to_reference(records[0]).kind is not RefKind.WEB
