"""Statutes cited with the Gesetzblatt of the GDR or of a German Land are legal sources,
which a list of literature leaves out (no ``missing-literature-entry``); a book about such
a statute is literature."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.civil_law import legal_source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Gesetz über die Bildung von Ländern (Ländereinführungsgesetz) vom "
            "22.07.1990, GBl. DDR I, S. 955, § 1.",
            True,
        ),
        ("Verordnung zur Ordnung der Märkte, GBl. DDR II, S. 14.", True),
        ("Schulgesetz für das Land Berlin vom 26.01.2004, GVBl. S. 26.", True),
        ("Polizeigesetz (PolG) in der Fassung vom 13.01.1992, GBl. BW S. 1.", True),
        (
            "Müller, Hans: Kommentar zum Ländereinführungsgesetz (Berlin: Staatsverlag, "
            "1991), S. 12.",
            False,
        ),
        ("Müller, Hans: Die Wirtschaft der DDR, Berlin 1991, S. 12.", False),
    ],
    ids=["gdr-part-one", "gdr-part-two", "land-berlin", "land-bw", "book", "book-2"],
)
def test_gazette_sources(text: str, source: bool) -> None:
    assert legal_source(text) is source
