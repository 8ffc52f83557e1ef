"""Wiki cite templates: several people in one whole-name author parameter, separated by
semicolons as the Norwegian, Swedish, Danish and English templates' documentation writes
them (``forfatter=Olsen, Magnus; Liestøl, Aslak``), are several authors."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.wikicite import authors


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"forfatter": "Berg, Kari; Dahl, Ola"}, ("Berg, Kari", "Dahl, Ola")),
        ({"författare": "Lund, Eva; Sjö, Nils;"}, ("Lund, Eva", "Sjö, Nils")),
        ({"author": "Hart, Ann; Cole, Tim; Fry, Jo"}, ("Hart, Ann", "Cole, Tim", "Fry, Jo")),
        ({"auteur": "Roux, Marie"}, ("Roux, Marie",)),
        ({"author": "Geological Survey of Norway"}, ("Geological Survey of Norway",)),
    ],
    ids=["norwegian", "swedish-trailing", "english-three", "one", "organisation"],
)
def test_people_in_one_parameter(params: dict[str, str], expected: tuple[str, ...]) -> None:
    assert authors(params) == expected
