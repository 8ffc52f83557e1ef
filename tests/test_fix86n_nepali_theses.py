"""Nepali theses: "विद्यावारिधि शोधप्रबन्ध" (a doctorate's), "स्नातकोत्तर शोधपत्र" / "एम.ए.
शोधप्रबन्ध" (a master's), and the Hindi "शोधप्रबंध" written as one word, are theses; a
research paper ("शोधपत्र" alone) in a journal is no thesis."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    "text",
    [
        'कार्की, सुमन। वि.सं. २०७३ (सन् २०१६)। "तराईका भूमि अभिलेख"। विद्यावारिधि शोधप्रबन्ध, '
        "पोखरा विश्वविद्यालय।",
        'सुमन कार्की, "तराईका भूमि अभिलेख" (विद्यावारिधि शोधप्रबन्ध, पोखरा विश्वविद्यालय, '
        "वि.सं. २०७३ [सन् २०१६]), ४५।",
        'राई, मीना। २०१२। "गाउँको पानी"। स्नातकोत्तर शोधपत्र, काठमाडौं विश्वविद्यालय।',
        'वर्मा, अनिल। 2009। "ग्राम सभा का इतिहास"। पीएच.डी. शोधप्रबंध, पटना विश्वविद्यालय।',
    ],
)
def test_nepali_thesis(text: str) -> None:
    assert parse_reference(text, [0], note=True).kind is RefKind.THESIS


def test_research_paper_is_no_thesis() -> None:
    text = 'राई, मीना। २०१२। "गाउँको पानी: एक शोधपत्र"। हिमाल अध्ययन ४ (२): ११–२९।'
    assert parse_reference(text, [0], note=True).kind is not RefKind.THESIS
