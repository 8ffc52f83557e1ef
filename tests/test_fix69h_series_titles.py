"""Economics reference lists: data series, working papers, periodic reports (fix round 69, h).

* a data series' code in brackets and the portal it is read on, or a portal's name after the
  title's last comma, are no part of the title (``Federal Funds Effective Rate [FEDFUNDS],
  FRED``; ``…, ECB Data Portal``; German, Spanish and French portals too);
* a working paper numbered ``No 2950`` without the stop (the ECB's and the Bank of England's
  way), its publisher after a comma, is a report;
* the month of a body's periodic report stays in its title, the issue a report
  (``Financial Stability Review, May 2023``, ``World Economic Outlook, April 2024``).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

_CASES = [
    (
        "Reserve Bank of Atlantis (2025). Overnight Interbank Rate [OIRATE], ATLSTAT."
        " https://stats.example.org/series/OIRATE (accessed 3 May 2025).",
        "Overnight Interbank Rate",
        RefKind.WEB,
    ),
    (
        "Central Bank of Ruritania (2025). Household deposit rates (HDR), CBR Data Portal."
        " https://data.example.org/hdr (accessed 4 May 2025).",
        "Household deposit rates (HDR)",
        RefKind.WEB,
    ),
    (
        "Landesamt für Statistik (2025). Baupreisindex [61261-0002], GENESIS-Online."
        " https://genesis.example.de/ (abgerufen am 3. März 2025).",
        "Baupreisindex",
        RefKind.WEB,
    ),
    (
        "Instituto Regional (2024). Índice de precios de vivienda, Base de datos IRESTAT."
        " https://www.example.es/ (consultado el 3 de marzo de 2024).",
        "Índice de precios de vivienda",
        RefKind.WEB,
    ),
    (
        "Okonkwo, A. and Lindqvist, S. (2023). Deposit pricing after the zero lower bound."
        " ECB Working Paper Series No 2871, European Central Bank.",
        "Deposit pricing after the zero lower bound",
        RefKind.REPORT,
    ),
    (
        "Hallworth, P. (2022). Liquidity buffers and bank runs. Staff Working Paper No 1012,"
        " Bank of England.",
        "Liquidity buffers and bank runs",
        RefKind.REPORT,
    ),
    (
        "ECB (2024). Financial Stability Review, November 2024. Frankfurt am Main: European"
        " Central Bank.",
        "Financial Stability Review, November 2024",
        RefKind.REPORT,
    ),
    (
        "IMF (2024). World Economic Outlook, April 2024. Washington, DC: International"
        " Monetary Fund.",
        "World Economic Outlook, April 2024",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "title", "kind"), _CASES)
def test_series_titles(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.title, ref.kind) == (title, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Okonkwo, A. (2023). Deposit pricing in a tightening cycle. Speech at the Kingston"
        " University and Example School of Economics conference, London, 3 March 2023.",
        "Lindqvist, S. (2022). The transmission of policy rates. Keynote speech at the SUERF,"
        " CEPR and Bank of Ruritania conference, Helsinki, 11 October 2022.",
        "Brandt, T. (2024). Inflation and wages. Speech at the Central Bank Forum on Monetary"
        " Policy, Sintra, 1 July 2024.",
    ],
)
def test_speech_at_a_named_conference_is_a_chapter(text: str) -> None:
    # (tests/corpus/README.md: talks at a named conference are chapters)
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.CHAPTER
