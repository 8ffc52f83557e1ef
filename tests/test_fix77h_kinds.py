"""fix77h: kinds of Icelandic (and Nordic) sources that are not articles or books.

* Nordic acts and regulations by their kind and number (``Lög nr. 12/1999 um …``,
  ``Reglugerð nr. 300/2001 um …``, ``Lov nr. 88 af 3. maj 2010 om …``), printed with their
  gazette or their address: ``report`` (:mod:`bibcheck.parse.references.legal_kind`);
* a judgment of the World Court by its reports (``I.C.J. Reports 1980, p. 3``): ``report``;
* a body's numbered series under its own imprint (``Body. 1990. *Title*. Series 7. Place:
  Body.``): ``report`` (:mod:`bibcheck.parse.references.own_series`).

All examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry, title, year, kind)
CASES = [
    (
        "Lög nr. 12/1999 um hafnamál. _Stjórnartíðindi_ A 1999.",
        "Lög nr. 12/1999 um hafnamál",
        1999,
        RefKind.REPORT,
    ),
    (
        "Lög nr. 57/2005 um vitamál. https://www.example.is/lagas/2005057.html.",
        "Lög nr. 57/2005 um vitamál",
        2005,
        RefKind.REPORT,
    ),
    (
        "Reglugerð nr. 300/2001 um veiðar í landhelgi. _Stjórnartíðindi_ B 2001.",
        "Reglugerð nr. 300/2001 um veiðar í landhelgi",
        2001,
        RefKind.REPORT,
    ),
    (
        "Lov nr. 88 af 3. maj 2010 om havne. Lovtidende A 2010.",
        "Lov nr. 88 af 3. maj 2010 om havne",
        2010,
        RefKind.REPORT,
    ),
    (
        "International Court of Justice. 1980. _Maritime Boundary (Norland v. Southland), "
        "Judgment_. I.C.J. Reports 1980, p. 3.",
        "Maritime Boundary (Norland v. Southland), Judgment",
        1980,
        RefKind.REPORT,
    ),
    (
        "Veðurstofan. 1998. _Hitafar á Íslandi 1961–1990_. Rit Veðurstofunnar 12. "
        "Reykjavík: Veðurstofan.",
        "Hitafar á Íslandi 1961–1990",
        1998,
        RefKind.REPORT,
    ),
    (
        "Landmælingastofnun. 2004. _Strandlínur Íslands_. Skýrslur nr. 7. Akranes: "
        "Landmælingastofnun.",
        "Strandlínur Íslands",
        2004,
        RefKind.REPORT,
    ),
    # (a person's book in a publisher's numbered series stays a book)
    (
        "Helga Þorsteinsdóttir. 2010. _Kaupfélögin_. Safn til sögu 4. Reykjavík: Sögufélag.",
        "Kaupfélögin",
        2010,
        RefKind.BOOK,
    ),
    # (a body's book with no numbered series stays as read)
    (
        "Veðurstofan. 2000. _Veður á Íslandi_. Reykjavík: Veðurstofan.",
        "Veður á Íslandi",
        2000,
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "title", "year", "kind"), CASES)
def test_kinds(text: str, title: str, year: int, kind: RefKind) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("after", "numbered"),
    [
        ("_. Hafrannsóknir 4. Reykjavík: Hafrannsóknastofnun.", True),
        (". Rit Veðurstofunnar 12. Reykjavík: Veðurstofan.", True),
        (". Meddelelser nr. 112. Oslo: Polarinstituttet.", True),
        (". Fjölrit 2023-05. Reykjavík: Stofnunin.", True),
        # (a place and a year is no series)
        (". Reykjavík 1975. Reykjavík: Stofnunin.", False),
        # (no imprint after it)
        (". Hafrannsóknir 4.", False),
        (". Reykjavík: Veðurstofan.", False),
    ],
)
def test_numbered_series(after: str, numbered: bool) -> None:
    # (imported here: the module is new, the kinds above fail on main without it)
    from bibcheck.parse.references.own_series import numbered_series

    assert numbered_series(after) is numbered
