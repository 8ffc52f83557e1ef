"""BibTeX-made ``\\bibitem`` entries (``\\newblock`` blocks of the standard bst styles): the
author block, the title block and the kind of work the rest says."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.names import family_names
from bibcheck.readers.latex.bstblocks import label_families, people


def _ref(label: str, item: str) -> Reference:
    body = (
        "Seen \\cite{k}.\n\\begin{thebibliography}{9}\n\\providecommand{\\natexlab}[1]{#1}\n\n"
        f"\\bibitem{label}{{k}}\n{item}\n\n\\end{{thebibliography}}"
    )
    doc = parse_bytes(
        ("\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n").encode(),
        "paper.tex",
    )
    return doc.literature[0].reference


@pytest.mark.parametrize(
    ("label", "item", "families", "title", "kind", "host"),
    [
        pytest.param(
            "[{Okafor et~al.(2015)Okafor, Lind, and Brandt}]",
            "Chidi Okafor, K.~Ingrid Lind, and Tomas Brandt.\n\\newblock Port tariffs and"
            " feeder\n  routes.\n\\newblock \\emph{Maritime Policy Review}, 41\\penalty0"
            " (2):\\penalty0 77--95, 2015.",
            ["okafor", "lind", "brandt"], "Port tariffs and feeder routes",
            RefKind.ARTICLE, "Maritime Policy Review", id="plainnat-initial-after-comma",
        ),
        pytest.param(
            "[Velde and Moreau(2021)]",
            "Hanne Velde and Lucien Moreau.\n\\newblock Dry ports in inland Europe.\n"
            "\\newblock \\emph{Transport Geography}, 88:\\penalty0 102911, 2021.",
            ["velde", "moreau"], "Dry ports in inland Europe", RefKind.ARTICLE,
            "Transport Geography", id="two-names-no-initials-article-number",
        ),
        pytest.param(
            "[Aalto et~al.(2019)Aalto, Berg, Castell, and\n  Dahl]",
            "Aino Aalto, Bo~R. Berg, Carmen Castell, and\n  Dag Dahl.\n"
            "\\newblock Do canals still pay? {Evidence} from toll records.\n"
            "\\newblock Discussion Paper 4471, Centre for Transport Studies, 2019.\n"
            "\\newblock URL \\url{https://cts.example.org/dp4471}.",
            ["aalto", "berg", "castell", "dahl"],
            "Do canals still pay? Evidence from toll records", RefKind.REPORT, None,
            id="wrapped-authors-question-in-title-discussion-paper",
        ),
        pytest.param(
            "[Ruiz and Ortega(2008)]",
            "Marta Ruiz and Pablo Ortega.\n\\newblock Salarios portuarios en la costa.\n"
            "\\newblock Cuadernos de Trabajo 112, Universidad del Litoral, Valencia, 2008.",
            ["ruiz", "ortega"], "Salarios portuarios en la costa", RefKind.REPORT, None,
            id="series-and-number-report",
        ),
        pytest.param(
            "[Hall(2012)]",
            "Simon Hall.\n\\newblock Harbour labour after containers.\n\\newblock In"
            " Ruth~A. Stone and Ken Ito, editors, \\emph{Ports in Transition}, pages"
            " 45--70.\n  Clarendon Press, Oxford, 2012.",
            ["hall"], "Harbour labour after containers", RefKind.CHAPTER, "Ports in Transition",
            id="incollection-chapter",
        ),
        pytest.param(
            "[{Garc{\\'i}a~Lorca}(2011)]",
            "Ana Garc{\\'i}a~Lorca.\n\\newblock \\emph{Los puertos del sur: una\n"
            "  historia}.\n\\newblock Editorial Marea, Sevilla, 2011.",
            ["garcía lorca"], "Los puertos del sur: una historia", RefKind.BOOK, None,
            id="book-compound-family-from-label",
        ),
        pytest.param(
            "",
            "J.~Dupont and K.~Lee.\n\\newblock Trade and ports.\n\\newblock {\\em J. Trade},"
            " 3(2):1--9, 2005.",
            ["dupont", "lee"], "Trade and ports", RefKind.ARTICLE, "J. Trade",
            id="plain-style-no-label",
        ),
        pytest.param(
            "[Smith and Jones(1999)]",
            "Smith, J. and Jones, B.~K.\n\\newblock Canal freight.\n\\newblock"
            " \\emph{Waterways}, 12:\\penalty0 3--9, 1999.",
            ["smith", "jones"], "Canal freight", RefKind.ARTICLE, "Waterways",
            id="apalike-family-first",
        ),
        pytest.param(
            "[Nilsen(2003)]",
            "Per Nilsen.\n\\newblock \\emph{Fjord Shipping}.\n\\newblock Harbour Series."
            " Nordic Press, Bergen, 2003.",
            ["nilsen"], "Fjord Shipping", RefKind.BOOK, None, id="book-with-series",
        ),
    ],
)  # fmt: skip
def test_bst_blocks(
    label: str,
    item: str,
    families: list[str],
    title: str,
    kind: RefKind,
    host: str | None,
) -> None:
    ref = _ref(label, item)
    assert family_names(ref.authors) == families
    assert ref.title == title
    assert ref.kind is kind
    if host is not None:
        assert ref.host == host


def test_book_publisher_and_place() -> None:
    ref = _ref(
        "[Nilsen(2003)]",
        "Per Nilsen.\n\\newblock \\emph{Fjord Shipping}.\n\\newblock Nordic Press, Bergen, 2003.",
    )
    assert (ref.publisher, ref.place, ref.year) == ("Nordic Press", "Bergen", 2003)


@pytest.mark.parametrize(
    ("label", "families"),
    [
        ("Dube et al.(2010)Dube, Lester, and Reich", ("Dube", "Lester", "Reich")),
        ("Arango and Pachón(2005)", ("Arango", "Pachón")),
        ("Autor et al.(2016)", ()),
        ("López Castro(2011)", ("López Castro",)),
        ("Smith", ()),
    ],
    ids=["full-list", "short-two", "et-al-only", "compound", "no-year"],
)
def test_label_families(label: str, families: tuple[str, ...]) -> None:
    assert label_families(label) == families


@pytest.mark.parametrize(
    ("block", "found"),
    [
        ("A. Colin Cameron, Jonah B. Gelbach, and Douglas L. Miller.",
         ("A. Colin Cameron", "Jonah B. Gelbach", "Douglas L. Miller")),
        ("Smith, John and Lee, Mary.", ("Smith, John", "Lee, Mary")),
        ("Minimum wages in the long run.", None),
        ("The effect of ports on trade, and growth.", None),
    ],
    ids=["given-first", "family-first-full", "a-title", "a-title-with-and"],
)  # fmt: skip
def test_people(block: str, found: tuple[str, ...] | None) -> None:
    assert people(block) == found
