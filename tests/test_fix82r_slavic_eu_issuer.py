"""Fix 82r: an EU act as Croatian, Bosnian, Serbian, Slovene and Bulgarian cite it with its
issuer between the kind and the Union's mark ("Uredba Komisije (EZ) br. 2073/2005 od …. o
….", "Direktiva Vijeća 98/83/EZ", "Регламент на Комисията (ЕО) № …"): a report titled to
its subject's end, not cut at "br." (:mod:`bibcheck.parse.references.acts`).

Own invented examples; near-misses must keep their reading.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import act, eu_act
from tests.growth import growth


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


# an EU act as the South Slavic languages, Slovene and Bulgarian cite it, with its issuer
# between the kind and the Union's mark: entry -> (title, year) or None
SLAVIC_EU_ACTS: dict[str, tuple[str, str] | None] = {
    "Uredba Komisije (EU) br. 142/2011 od 25. veljače 2011. o zdravstvenim pravilima za "
    "nusproizvode. Službeni list Europske unije L 54, 26.2.2011., str. 1–254.": (
        "Uredba Komisije (EU) br. 142/2011 od 25. veljače 2011. o zdravstvenim pravilima za "
        "nusproizvode",
        "2011",
    ),
    "Provedbena uredba Komisije (EU) 2020/466 od 30. ožujka 2020. o privremenim mjerama. "
    "Službeni list Europske unije L 98.": (
        "Provedbena uredba Komisije (EU) 2020/466 od 30. ožujka 2020. o privremenim mjerama",
        "2020",
    ),
    "Direktiva Vijeća 91/271/EEZ od 21. svibnja 1991. o pročišćavanju komunalnih otpadnih "
    "voda. Službeni list Europske unije L 135.": (
        "Direktiva Vijeća 91/271/EEZ od 21. svibnja 1991. o pročišćavanju komunalnih otpadnih voda",
        "1991",
    ),
    "Direktiva Sveta 92/43/EGS z dne 21. maja 1992 o ohranjanju habitatov. Uradni list "
    "Evropske unije L 206.": (
        "Direktiva Sveta 92/43/EGS z dne 21. maja 1992 o ohranjanju habitatov",
        "1992",
    ),
    "Уредба Комисије (ЕЗ) бр. 852/2004 о хигијени хране. Службени лист Европске уније.": (
        "Уредба Комисије (ЕЗ) бр. 852/2004 о хигијени хране",
        "2004",
    ),
    # near-misses: no number; a person named Vijeća is no issuer of a numbered act
    "Uredba Komisije o nečemu drugom. Zagreb : Narodne novine, 2010.": None,
    "Uredba o uredskom poslovanju. Narodne novine, Zagreb, 2009.": None,
}


@pytest.mark.parametrize("text", list(SLAVIC_EU_ACTS))
def test_slavic_eu_act_with_issuer(text: str) -> None:
    want = SLAVIC_EU_ACTS[text]
    assert eu_act(text) is (want is not None)
    if want is not None:
        assert act(text) == want
        ref = _read(text)
        assert (ref.kind, ref.title) == (RefKind.REPORT, want[0])


@pytest.mark.parametrize(
    "unit",
    ["Výnos MP SR ", "z 3. marca 2011 ", "č. 4/2011 ", "Správa č. ", "Uredba Komisije ", "ŠÚ. "],
)
def test_linear(unit: str) -> None:
    assert growth(lambda n: act("Uredba Komisije (EZ) br. 1/2005 " + unit * n), 200, 800) < 6
    assert growth(lambda n: eu_act("Direktiva Vijeća " + unit * n + "98/83/EZ"), 200, 800) < 6
