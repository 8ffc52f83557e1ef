"""A reference list of a full document as ``pdftotext`` gives it (pages, footnotes above
it): an address broken at a line end (``https://cloud.google.`` / ``com/functions``)
leaves its rest alone on a line, and that rest ends the entry as the whole address would:
the next entry, led by its names, is an entry of its own.  Every text here is written
for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

BODY = "\n".join(
    f"Line {i} of the body's prose, which runs on about rivers, towns and their bridges."
    for i in range(20)
)


def document(first: str, second: str, third: str) -> str:
    notes = (
        "1 Kline, Bridges, 14.\n2 Varga, Queues, 3.\n3 Ode, Calls, 88.\n\nReferences\n"
        f"{first}\n{second}\n{third}\n"
    )
    head = "Rivers and towns\n\nBridges fall.1 Queues grow.2 Calls cost.3\n\n"
    return f"{head}{BODY}\n\n{notes}\n1\n\fThe second page's prose.\n\n2\n"


@pytest.mark.parametrize(
    ("first", "second", "third", "titles"),
    [
        (
            "Kline, M. Bridges in the cloud. 2023. https://cloud.google.\ncom/functions",
            "Varga, P. Queues in practice. Harbour Press, 2011.",
            "Ode, I. Paying per call. Northern Lights, 2019.",
            ["Bridges in the cloud", "Queues in practice", "Paying per call"],
        ),
        (
            "Kline, M. Bridges in the cloud. 2023. https://www.harbour.\nac.uk/bridges",
            "Varga, P. Queues in practice. Harbour Press, 2011.",
            "Ode, I. Paying per call. Northern Lights, 2019.",
            ["Bridges in the cloud", "Queues in practice", "Paying per call"],
        ),
        (
            "Müller, K. Brücken im Netz. 2020. https://www.brueckenamt.\nde/netz",
            "Schmidt, A. Warteschlangen. Hafenverlag, 2011.",
            "Ode, I. Paying per call. Northern Lights, 2019.",
            ["Brücken im Netz", "Warteschlangen", "Paying per call"],
        ),
        (
            "Dupont, J. Les ponts du Nord. 2018. https://hal.nord.\nfr/ponts",
            "Varga, P. Queues in practice. Harbour Press, 2011.",
            "Ode, I. Paying per call. Northern Lights, 2019.",
            ["Les ponts du Nord", "Queues in practice", "Paying per call"],
        ),
    ],
)
def test_an_address_rest_ends_its_entry(
    first: str, second: str, third: str, titles: list[str]
) -> None:
    doc = parse_bytes(document(first, second, third).encode(), "/tmp/paper.txt")
    assert [e.reference.title for e in doc.literature] == titles
    assert doc.literature[0].reference.url is not None
    assert "/" in doc.literature[0].reference.url.split("//", 1)[1]
