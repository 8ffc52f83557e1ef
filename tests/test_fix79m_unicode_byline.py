"""sup-markdown: a byline's Unicode superscript affiliation marks are no citations.

A report or paper typed by hand numbers its authors' addresses with Unicode superscript
digits and runs the addresses on in one line, parted by a middle dot, a semicolon or a bar::

    Prepared by Ruth Ashworth¹ and Daniel Okafor² for the Trust

    ¹ Ashworth Heritage Consultancy, Hebden Bridge · ² Department of Architecture, …

The names' marks point at those addresses (:func:`bibcheck.readers.supmarkdown._byline`):
the body's ``<sup>n</sup>`` alone cite the numbered list.  A mark the addresses do not
number, or a line of notes with no address word, stays a citation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.supmarkdown import _RUN_ON_ADDRESS
from bibcheck.readers.supmarkdown import read as read_sup
from tests.test_regex_growth import assert_linear

LIST = """
## References

1. Marsh T. Mill floors of the north. Leeds: Harbour Press; 2011.
2. Lind O. Chimneys and boilers. J Ind Archaeol. 2015;12:33-41.
3. Vale J. Water power in the Pennines. York: Moor Books; 2009.
"""

BODY = "## 1. Scope\n\nThe mill was raised in 1861<sup>1</sup> and its chimney built later.<sup>2,3</sup>\n"


@pytest.mark.parametrize(
    "byline",
    [
        "Prepared by Ruth Ashworth¹ and Daniel Okafor² for the Mill Trust\n\n"
        "¹ Ashworth Heritage Consultancy, Hebden Bridge · ² Department of Architecture, "
        "University of Leeds\n",
        "Anna Kowalska¹, Piotr Nowak²\n\n"
        "¹ Uniwersytet Jagielloński, Kraków; ² Politechnika Śląska, Gliwice\n",
        "Jeanne Martin¹ et Paul Girard²\n\n"
        "¹Laboratoire d'histoire urbaine, Lyon | ²Département d'architecture, Université de Lille\n",
        "Von Eva Brandt¹ und Jonas Weber¹,²\n\n"
        "¹ Institut für Denkmalpflege, Bamberg · ² Lehrstuhl für Baugeschichte, Universität Bamberg\n",
    ],
    ids=["english-middle-dot", "polish-semicolon", "french-bar-glued", "german-comma-pair"],
)
def test_run_on_addresses_number_the_byline(byline: str) -> None:
    doc = read_sup(f"# Brackenholme Mill\n\n{byline}\n{BODY}{LIST}")
    assert [m.label for m in doc.markers] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("byline", "labels"),
    [
        # the addresses one per line were addresses already
        (
            "Ruth Ashworth¹ and Daniel Okafor²\n\n¹ Ashworth Heritage Consultancy, Leeds\n"
            "² Department of Architecture, University of Leeds\n",
            ["1", "2", "3"],
        ),
        # no address word in the run-on line: notes, not addresses; the marks cite
        (
            "The mill was sold to Holroyd¹ and then to Crossley²\n\n"
            "¹ Deed of sale, Halifax · ² Auction notice, Leeds\n",
            ["1", "2", "1", "2", "3"],
        ),
    ],
    ids=["addresses-on-own-lines", "notes-not-addresses"],
)
def test_near_misses(byline: str, labels: list[str]) -> None:
    doc = read_sup(f"# Brackenholme Mill\n\n{byline}\n{BODY}{LIST}")
    assert [m.label for m in doc.markers][-len(labels) :] == labels


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "¹ a · " * (n // 6),
        lambda n: "¹²" * (n // 2),
        lambda n: " ¹" * (n // 2),
        lambda n: "¹ Institute, " + "·" * (n - 13),
    ],
    ids=["runs-of-addresses", "digits-only", "spaced-digits", "separators"],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(_RUN_ON_ADDRESS.finditer(text)), line)
