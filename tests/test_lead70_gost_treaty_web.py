"""A treaty a GOST list designates as "[Electronic resource]" stays the web item its
designator files it as (the sample manuscript's convention); the same treaty printed in a
gazette is a report (:mod:`bibcheck.parse.references.church_acts`)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Agreement between the Government of the Republic of Belarus and the Government "
            "of the Republic of Austria on cooperation in culture [Electronic resource]. - "
            "2014. - URL: <https://pravo.by/document/?guid=3871&p0=F01400123>",
            RefKind.WEB,
        ),
        (
            "Соглашение между Правительством Республики Беларусь и Правительством "
            "Республики Польша о сотрудничестве в области культуры [Электронный ресурс]. – "
            "2012. – URL: https://pravo.by/document/?guid=3871&p0=F01200456",
            RefKind.WEB,
        ),
        (
            "Concordat between the Holy See and the Republic of Poland, 28 July 1993, "
            "AAS 90 (1998): 310–329.",
            RefKind.REPORT,
        ),
    ],
)
def test_designated_electronic_treaty_stays_web(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,)).kind is kind
