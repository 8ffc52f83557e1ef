"""Armenian entries: the page word "էջ" (written whole, no stop) reads the pages of a GOST
article, with the host's "//" or without it, and an APA thesis's Armenian-script school is
read without the stop before it (". Երևանի պետական համալսարան")."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "host", "pages", "issue"),
    [
        (
            "Պետրոսյան Ա. Հայոց պատմություն // Պատմաբանասիրական հանդես. 2005. № 2. էջ 45–67.",
            "Պատմաբանասիրական հանդես",
            "45–67",
            "2",
        ),
        (
            "Պետրոսյան Ա. Հայոց պատմություն. Պատմաբանասիրական հանդես. 2005. № 2. էջ 45–67.",
            "Պատմաբանասիրական հանդես",
            "45–67",
            "2",
        ),
        (
            "Սարգսյան Հ. Երևանի հատակագիծը // Լրաբեր հասարակական գիտությունների. 2012. № 1. էջ 3-19։",
            "Լրաբեր հասարակական գիտությունների",
            "3-19",
            "1",
        ),
        # (the Cyrillic page word as before)
        (
            "Петросян А. История. Историко-филологический журнал. 2005. № 2. С. 45–67.",
            "Историко-филологический журнал",
            "45–67",
            "2",
        ),
    ],
)
def test_gost_article_pages(text: str, host: str, pages: str, issue: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.host, ref.pages, ref.issue) == (RefKind.ARTICLE, host, pages, issue)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Պետրոսյան, Ա. (2005). Երևանի ճարտարապետությունը [Doctoral dissertation]. "
            "Երևանի պետական համալսարան.",
            "Երևանի պետական համալսարան",
        ),
        (
            "Պետրոսյան, Ա. (2005). Երևանի ճարտարապետությունը [ատենախոսություն]. "
            "Երևանի պետական համալսարան.",
            "Երևանի պետական համալսարան",
        ),
        (
            "Smith, J. (2005). Architecture of Yerevan [Doctoral dissertation]. "
            "Yerevan State University.",
            "Yerevan State University",
        ),
    ],
)
def test_apa_thesis_school(text: str, school: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.institution) == (RefKind.THESIS, school)
