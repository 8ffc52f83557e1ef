"""Fix round 31 (d), P6b: a ``@manual`` that is a standard is a report.

BibTeX has no entry type for standards, so national templates file them as ``@manual``
(``title = {{NBR} 14724}``, ``organization = {...}``); they became ``unknown`` (``web``
with a URL).  A ``@manual`` whose title or number opens with a standard's designation, and
biblatex's ``@standard``, are now reports, as the other readers file standards, with the
standards body as publisher.  Other manuals keep their kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references.standard_designation import opens_with_designation


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        ("NBR 10521: Informação e documentação", True),
        ("{NBR} 6029", True),
        ("ABNT NBR 6027", True),
        ("ANSI/TIA 568-C: Cabling Standard", True),
        ("DIN 5008", True),
        ("PN-EN 1991-1-4:2008", True),
        ("ГОСТ Р 7.0.5-2008", True),
        ("ISO/IEC 27001:2022 Information security", True),
        ("IEEE Std 1016-2009", True),
        ("GB/T 7714—2015", True),
        ("ETSI EN 303 645", True),
        # words, not designations
        ("Isolation methods", False),
        ("The ISO 9001 handbook", False),
        ("EN route to quality", False),
        ("Normas de apresentação", False),
        ("", False),
        (None, False),
        ("ISO/" * 3_000 + "x", False),
        ("PN-EN " * 2_000, False),
    ],
)
def test_opens_with_designation(text: str | None, standard: bool) -> None:
    assert opens_with_designation(text) is standard


@pytest.mark.parametrize(
    ("entry", "kind", "publisher"),
    [
        (
            "@manual{nbr, organization = {Associa{\\c c}{\\~a}o Brasileira de Normas},"
            " title = {{NBR} 6029}, subtitle = {Informa{\\c c}{\\~a}o e documenta{\\c c}{\\~a}o},"
            " address = {Rio de Janeiro}, year = {2006}}",
            RefKind.REPORT,
            "Associação Brasileira de Normas",
        ),
        (
            "@manual{din, title = {Schreib- und Gestaltungsregeln f{\\\"u}r die Textverarbeitung},"
            " number = {DIN 5008}, organization = {DIN}, year = {2020}}",
            RefKind.REPORT,
            "DIN",
        ),
        (
            "@manual{ansi, title = {ANSI/TIA 568-C: Cabling Standard}, organization = {TIA},"
            " publisher = {Global Engineering}, url = {https://standards.example.org/568c},"
            " year = {2009}}",
            RefKind.REPORT,
            "Global Engineering",
        ),
        (
            "@standard{iso, title = {Information and documentation},"
            " number = {ISO 690:2021}, organization = {ISO}, year = {2021}}",
            RefKind.REPORT,
            "ISO",
        ),
        # manuals that are no standards keep their kind
        (
            "@manual{pkg, author = {Moura, Lia}, title = {The quillcite package},"
            " url = {https://quill.example.org/}, year = {2018}}",
            RefKind.WEB,
            None,
        ),
        (
            "@manual{guide, author = {Moura, Lia}, title = {User guide for quill},"
            " organization = {Quill project}, year = {2018}}",
            RefKind.UNKNOWN,
            None,
        ),
    ],
    ids=["abnt-title", "din-number", "ansi-title-url", "biblatex-standard", "software",
         "guide"],
)  # fmt: skip
def test_standards_filed_as_manuals(
    tmp_path: Path, entry: str, kind: RefKind, publisher: str | None
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(entry + "\n", encoding="utf-8")
    ref = parse_file(bib).literature[0].reference
    assert (ref.kind, ref.publisher) == (kind, publisher)
