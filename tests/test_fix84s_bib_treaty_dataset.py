"""Fix round 84 (fix84s): two generic BibTeX entries of no person's work.

* a treaty filed as ``@misc`` with no author or a body's (``title = {General Framework
  Agreement for Peace …}``, and a Slavic title with the treaty's word in lower case after its
  adjectives, ``Opći okvirni sporazum za mir …``, ``Europejska konwencja o …``): ``report``
  (:func:`bibcheck.parse.references.typed_kinds.bibtex_kind`,
  :func:`bibcheck.parse.references.treaty_title.treaty_titled`);
* a data set whose ``howpublished`` says so in its own language (``Skup podataka, verzija
  1.3``, ``Conjunt de donadas``, ``Set di dati``) with a DOI or an address: ``web``
  (:func:`bibcheck.parse.references.data_deposit.deposit_kind`).

Every example is invented.
"""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.references.treaty_title import treaty_titled
from tests.growth import growth


def _kind(fields: str) -> str:
    (record,), _ = read_bib("@Misc{k, " + fields + "}\n")
    return to_reference(record).kind.value


_ENTRIES = [
    # treaties
    (
        "title = {General Framework Agreement for Peace in Ruritania, Annex 4: Agreement on "
        "Refugees}, year = {1996}, howpublished = {Geneva, 3 May 1996}",
        "report",
    ),
    ("title = {Convention on the Protection of Sea Mills}, year = {1991}", "report"),
    (
        "title = {Opći okvirni sporazum o obnovi mostova, Aneks 2: Sporazum o komisiji}, "
        "year = {1997}, howpublished = {Tuzla, 4. 6. 1997}",
        "report",
    ),
    (
        "author = {{Vijeće Evrope}}, title = {Evropska konvencija o zaštiti vjetrenjača}, "
        "year = {2001}, howpublished = {Firenca, 20. 10. 2001}",
        "report",
    ),
    ("title = {Europejska konwencja o ochronie młynów}, year = {1988}", "report"),
    ("title = {Evropská úmluva o ochraně mlýnů}, year = {1988}", "report"),
    ("title = {Европейская конвенция о защите мельниц}, year = {1988}", "report"),
    ("title = {Sporazum o saradnji u oblasti arhiva}, year = {2003}", "report"),
    # near-misses: a person's commentary, no treaty's word in the nominative, a review
    (
        "author = {Tobin, John}, title = {The Convention on the Rights of Millers: A "
        "Commentary}, year = {2019}",
        "unknown",
    ),
    ("title = {Komentar na sporazum o saradnji}, year = {2001}", "unknown"),
    ("title = {Sporazumi o saradnji: pregled}, year = {2001}", "unknown"),
    ("author = {Horvat, Ana}, title = {Evropska konvencija o mlinovima}, year = {2001}", "unknown"),
    # data sets
    (
        "author = {Softić, Adnan}, title = {Mostar: GIS baza mostova}, howpublished = {Skup "
        "podataka, verzija 2.1}, year = {2022}, doi = {10.99999/zenodo.555}",
        "web",
    ),
    (
        "author = {Vidal, Joan}, title = {Los molins del Tarn: inventari}, howpublished = "
        "{Conjunt de donadas, version 1.0}, year = {2021}, doi = {10.99999/zenodo.556}",
        "web",
    ),
    (
        "author = {Rossi, Carla}, title = {Mulini della Langa}, howpublished = {Set di dati}, "
        "year = {2020}, url = {https://dati.example.org/mulini}",
        "web",
    ),
    (
        "author = {Puig, Marta}, title = {Molins del Vallès}, howpublished = {Conjunt de "
        "dades, versió 3}, year = {2020}, doi = {10.99999/x.557}",
        "web",
    ),
    # near-misses: no DOI or address, a lecture with a DOI
    (
        "author = {Softić, Adnan}, title = {Mostar danas}, howpublished = {Skup podataka}, "
        "year = {2023}",
        "unknown",
    ),
    (
        "author = {Softić, Adnan}, title = {Mostar danas}, howpublished = {Predavanje, "
        "Sarajevo}, year = {2023}, doi = {10.99999/x.558}",
        "unknown",
    ),
]


@pytest.mark.parametrize(("fields", "kind"), _ENTRIES)
def test_generic_entry_kind(fields: str, kind: str) -> None:
    assert _kind(fields) == kind


def test_linear_treaty_title() -> None:
    assert growth(lambda n: treaty_titled("Evropskana" * n + " sporazum o"), 200, 800) < 6
    assert growth(lambda n: treaty_titled("Opći " + "okvirni " * n + "x"), 200, 800) < 6
    assert growth(lambda n: _kind("title = {T}, howpublished = {" + "skup " * n + "}"), 50, 200) < 6
