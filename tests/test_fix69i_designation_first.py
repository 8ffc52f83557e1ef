"""A standard cited designation first in the national bodies' own forms: a body joined to
the European one by a hyphen (``NEN-EN``, ``PN-EN``), amendments and corrigenda after the
number (``+A1``, ``+C2``, ``/AC``), a national annex after it in the list's language (``en
NB:2016``, ``mit NA:2010``, ``/NA:2016``), ASTM's metric twin (``E8/E8M-22``): the title is
what follows the designation, the work a report (``tests/corpus/README.md``: standards)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.asciidoc import read

CASES = [
    # (text, title, year)
    (
        "NEN-EN 1997-1+C1:2016 en NB:2019. *Eurocode 7: Geotechnisch ontwerp – Deel 1: "
        "Algemene regels*. Delft: NEN, 2019.",
        "Eurocode 7: Geotechnisch ontwerp – Deel 1: Algemene regels",
        2019,
    ),
    (
        "NEN-EN 1991-1-4+A1+C2:2011. *Eurocode 1: Belastingen op constructies – Deel 1-4: "
        "Windbelasting*. Delft: NEN, 2011.",
        "Eurocode 1: Belastingen op constructies – Deel 1-4: Windbelasting",
        2011,
    ),
    (
        "NEN 8700+C1:2020. *Beoordeling van de constructieve veiligheid van een bestaand "
        "bouwwerk*. Delft: NEN, 2020.",
        "Beoordeling van de constructieve veiligheid van een bestaand bouwwerk",
        2020,
    ),
    (
        "DIN EN 1992-1-1:2011-01 mit NA:2013. *Eurocode 2: Bemessung und Konstruktion von "
        "Stahlbeton- und Spannbetontragwerken*. Berlin: Beuth, 2013.",
        "Eurocode 2: Bemessung und Konstruktion von Stahlbeton- und Spannbetontragwerken",
        2013,
    ),
    (
        "NF EN 1995-1-1/NA:2010. *Eurocode 5 : Conception et calcul des structures en bois*. "
        "La Plaine Saint-Denis : AFNOR, 2010.",
        "Eurocode 5: Conception et calcul des structures en bois",
        2010,
    ),
    (
        "PN-EN 1993-1-8:2006/AC:2009. *Eurokod 3: Projektowanie konstrukcji stalowych – "
        "Część 1-8: Projektowanie węzłów*. Warszawa: PKN, 2009.",
        "Eurokod 3: Projektowanie konstrukcji stalowych – Część 1-8: Projektowanie węzłów",
        2009,
    ),
    (
        "BS EN 1991-1-1:2002+AC:2009. *Eurocode 1: Actions on structures – Part 1-1: General "
        "actions*. London: BSI, 2009.",
        "Eurocode 1: Actions on structures – Part 1-1: General actions",
        2009,
    ),
    (
        "ASTM D2487/D2487M-17. *Standard Practice for Classification of Soils for Engineering "
        "Purposes*. West Conshohocken, PA: ASTM International, 2017.",
        "Standard Practice for Classification of Soils for Engineering Purposes",
        2017,
    ),
    (
        "UNI EN 1998-5:2005. *Eurocodice 8: Progettazione delle strutture per la resistenza "
        "sismica – Parte 5: Fondazioni*. Milano: UNI, 2005.",
        "Eurocodice 8: Progettazione delle strutture per la resistenza sismica – Parte 5: "
        "Fondazioni",
        2005,
    ),
]


@pytest.mark.parametrize("detect", [True, False], ids=["styles", "generic"])
@pytest.mark.parametrize(("text", "title", "year"), CASES)
def test_designation_then_title(text: str, title: str, year: int, detect: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert (ref.title, ref.authors, ref.year) == (title, (), year)
    assert ref.kind is RefKind.REPORT


DESIGN_NOTE = """\
= Ontwerpnota damwand
Afdeling Constructies

== Grondslagen

De damwand is getoetst volgens <<EC7>>, <<EC3-5>> en <<NB-GEO>>; de inspectie staat in
<<INSP>>, het grondonderzoek in <<GO>>.

[bibliography]
== Literatuur

* [[[EC7]]] NEN-EN 1997-1+C1:2016 en NB:2019. _Eurocode 7: Geotechnisch ontwerp – Deel 1:
Algemene regels_. Delft: NEN, 2019.
* [[[EC3-5]]] NEN-EN 1993-5+C1:2012. _Eurocode 3: Ontwerp en berekening van
staalconstructies – Deel 5: Palen en damwanden_. Delft: NEN, 2012.
* [[[NB-GEO]]] NEN 9997-1+A1:2023. _Geotechnisch ontwerp van constructies – Deel 1:
Algemene regels_. Delft: NEN, 2023.
* [[[INSP]]] Gemeente Utrecht, Team Civiele Constructies. _Inspectierapport kademuren
Oudegracht, vakken 3 t/m 9_. Rapport CC-INS-2021-007, 2021.
* [[[GO]]] Wiertsema en Partners B.V. _Geotechnisch onderzoek damwand Vaartsche Rijn:
factual report_. Rapport 21-0458, Tolbert, 2021.
"""


def test_adoc_design_note() -> None:
    doc = read(DESIGN_NOTE)
    refs = {n.label: n.reference for n in doc.footnotes if n.reference is not None}
    got = {k: (r.title, r.kind) for k, r in refs.items()}
    assert got == {
        "EC7": ("Eurocode 7: Geotechnisch ontwerp – Deel 1: Algemene regels", RefKind.REPORT),
        "EC3-5": (
            "Eurocode 3: Ontwerp en berekening van staalconstructies – Deel 5: Palen en damwanden",
            RefKind.REPORT,
        ),
        "NB-GEO": (
            "Geotechnisch ontwerp van constructies – Deel 1: Algemene regels",
            RefKind.REPORT,
        ),
        "INSP": ("Inspectierapport kademuren Oudegracht, vakken 3 t/m 9", RefKind.REPORT),
        "GO": ("Geotechnisch onderzoek damwand Vaartsche Rijn: factual report", RefKind.REPORT),
    }
