"""fix77k: items a museum, an archive or a library holds, cited by their holder and mark:
``unknown`` (tests/corpus/README.md, archival files), their producer no part of the title;
a video recording the holder keeps, described in brackets in Catalan, ``web``
(:mod:`bibcheck.parse.references.signature_holding`, :mod:`.nordic_holding`,
:mod:`.broadcast_words`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.nordic_holding import nordic_holding
from bibcheck.parse.references.signature_holding import held_entry, holding_imprint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teatre Romea (1962). Programa de mà de La filla del mar. Companyia Titular. "
            "Barcelona: Museu de les Arts Escèniques, signatura PR-1962-14.",
            True,
        ),
        (
            "Ajuntament de Reus (1911). Cartell de la Festa Major. Reus: Arxiu Municipal "
            "de Reus, Fons Gràfic, signatura C-45/3.",
            True,
        ),
        (
            "Compañía Lírica (1931). Programa de mano. Madrid: Museo Nacional del Teatro, "
            "sig. 4512.",
            True,
        ),
        # a printed book: its own imprint, then where a copy is
        (
            "Ortega, Juan (1662). Atlas del mundo. Madrid: Imprenta Real. Biblioteca "
            "Nacional de España, signatura R/12345.",
            False,
        ),
        ("Puig, Anna (1998). Títol. Barcelona: Biblioteca de Catalunya.", False),
        ("Puig, Anna (1998). Títol. Barcelona: Edicions 62.", False),
    ],
)
def test_held_entry(text: str, expected: bool) -> None:
    assert held_entry(text) is expected
    assert archival_file(text) is expected


def test_holding_imprint() -> None:
    assert holding_imprint("Girona: Arxiu Municipal, Fons Teatre, signatura T-12.")
    assert not holding_imprint("Girona: Edicions Curbet, 2004.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Affisch, ”Konstberiderne på Djurgården”, augusti 1851, Kungliga biblioteket, "
            "Småtryck, Affischer Stockholm 1851:22.",
            True,
        ),
        (
            "Brev från P. Lund till A. Berg, 3 mars 1840, Uppsala universitetsbibliotek, "
            "Brevsamlingen, X 241.",
            True,
        ),
        ("Magistraten, Protokoll 1820–1825, vol. A I:12, Stockholms stadsarkiv.", True),
        ("Rådhusrätten, Domböcker 1790, vol. 14, Riksarkivet.", True),
        # books those bodies publish, a page, an address
        ("Karin Ek, Teaterliv, Stockholm: Kungliga biblioteket, 1998, s. 12.", False),
        ("Karin Ek, Teaterliv, Riksarkivet, Stockholm, 1998, 234 s.", False),
        # (a span of years is no item's mark)
        ("Tullböcker, Stadsarkivet, Ystad, Tullräkenskaper, Ystad 1720–1725.", False),
        (
            "Affisch, 1851, Kungliga biblioteket, Småtryck, Affischer 1851:22, "
            "https://kb.example.org/affisch/1851-22.",
            False,
        ),
    ],
)
def test_nordic_holding(text: str, expected: bool) -> None:
    assert nordic_holding(text) is expected


@pytest.mark.parametrize(
    ("text", "note", "title", "kind"),
    [
        (
            "Teatre Romea (1962). Programa de mà de La filla del mar. Companyia Titular. "
            "Barcelona: Museu de les Arts Escèniques, signatura PR-1962-14.",
            False,
            "Programa de mà de La filla del mar",
            "unknown",
        ),
        (
            "Teatre Romea (1975). El senyor Esteve [enregistrament videogràfic]. Direcció de "
            "Pere Roig. Barcelona: Museu de les Arts Escèniques, signatura V-1975-3.",
            False,
            "El senyor Esteve",
            "web",
        ),
        (
            "Affisch, ”Konstberiderne på Djurgården”, augusti 1851, Kungliga biblioteket, "
            "Småtryck, Affischer Stockholm 1851:22.",
            True,
            "Konstberiderne på Djurgården",
            "unknown",
        ),
        (
            "Magistraten i Uppsala, Protokoll i polisärenden 1820–1825, vol. A I:12, "
            "Uppsala stadsarkiv.",
            True,
            None,
            "unknown",
        ),
    ],
)
def test_held_item_read(text: str, note: bool, title: str | None, kind: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert ref.kind.value == kind
    if title is not None:
        assert ref.title == title


@pytest.mark.parametrize(
    "description",
    ["enregistrament videogràfic", "enregistrament sonor", "programa de televisió"],
)
def test_catalan_medium_described(description: str) -> None:
    ref = parse_reference(
        f"Roig, Pere (1984). La plaça del Diamant [{description}]. Barcelona: TV3.",
        [1],
        detect_styles=True,
    )
    assert ref.kind.value == "web"
    assert ref.title == "La plaça del Diamant"
