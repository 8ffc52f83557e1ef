"""Fix 58c: a sole author's work and the same author's work with others, of one year.

The list has ``Smith, J. (2010).`` and ``Smith, J., Jones, K., & Lee, M. (2010).`` with no
letters after the years; the text tells them apart by how many it names: ``(Smith,
2010)`` the sole author's, ``(Smith et al., 2010)`` (``u. a.``, ``et coll.``) the other,
``(Smith & Jones, 2010)`` a pair's.  APA, Harvard, Chicago author-date, ABNT, DIN and
French lists.  Every fixture is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.headcount import MANY, head_people, mention_key, names_part

# --- how many people a head names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "number", "first", "second"),
    [
        ("Smith, J. ", 1, "Smith", ""),
        ("Smith, J. K. ", 1, "Smith", ""),
        ("Smith, J., & Jones, K. ", 2, "Smith", "Jones"),
        ("Smith, J., Jones, K., & Lee, M. ", MANY, "Smith", "Jones"),
        ("Smith, J., Jones, K. and Lee, M. ", MANY, "Smith", "Jones"),  # Harvard
        ("Smith, J. et al. ", MANY, "Smith", ""),
        ("Smith, John. ", 1, "Smith", ""),  # Chicago
        ("Smith, John, and Karl Jones. ", 2, "Smith", "Jones"),
        ("Smith, John, Karl Jones, and Mary Lee. ", MANY, "Smith", "Jones"),
        ("Smith, John & Jones, Karl ", 2, "Smith", "Jones"),  # every name inverted
        ("SMITH, John. Crescimento das cidades. ", 1, "SMITH", ""),  # ABNT
        ("SMITH, John; JONES, Karl; LEE, Mary. Cidades e rios. ", MANY, "SMITH", "JONES"),
        ("SMITH, J. Cidades e rios. ", 1, "SMITH", ""),
        ("Schmidt, Johann ", 1, "Schmidt", ""),  # DIN
        ("Schmidt, Johann; Braun, Karl ", 2, "Schmidt", "Braun"),
        ("Schmidt, J./Braun, K./Lehmann, M. ", MANY, "Schmidt", "Braun"),
        ("Dupont, J., Durand, K., & Leroy, M. ", MANY, "Dupont", "Durand"),
        ("Nowak J, Wiśniewska K ", 2, "Nowak", "Wiśniewska"),  # compact initials
        ("van der Berg, J. A., & de Vries, K. ", 2, "Berg", "Vries"),
    ],
)
def test_head_people(head: str, number: int, first: str, second: str) -> None:
    people = head_people(head)
    assert people is not None
    assert (people.number, people.first, people.second) == (number, first, second)


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("SMITH, John. Crescimento das cidades. ", "SMITH, John"),
        ("Smith, J. K., & Jones, K. ", "Smith, J. K., & Jones, K"),
        ("SMITH, J. Cidades e rios. ", "SMITH, J"),
        ("Smith, J. et al. ", "Smith, J. et al"),
    ],
)
def test_names_part(head: str, names: str) -> None:
    assert names_part(head) == names


def test_no_names() -> None:
    assert head_people(" . ") is None


@pytest.mark.parametrize(
    ("text", "name", "joined", "key"),
    [
        ("(Smith, 2010)", "Smith", None, "Smith|#1"),
        ("(Smith et al., 2010)", "Smith", None, "Smith|#3"),
        ("(Schmidt u. a. 2010)", "Schmidt", None, "Schmidt|#3"),
        ("(Dupont et coll., 2010)", "Dupont", None, "Dupont|#3"),
        ("(Smith & Jones, 2010)", "Smith", "Jones", "Smith|Jones|#2"),
    ],
)
def test_mention_key(text: str, name: str, joined: str | None, key: str) -> None:
    assert mention_key(text, name, 1 + len(name), joined, "|") == key


# --- the index tells the works apart -------------------------------------------------------

_APA = (
    "Kowalski, P. (2015). River towns. Water History, 3(1), 5–9.",
    "Smith, J. (2010). Growth of towns. Urban Studies, 12(1), 1–15.",
    "Smith, J., Jones, K., & Lee, M. (2010). Towns and rivers. Urban Studies, 12(2), 16–30.",
    "Brown, A., & Green, B. (2012). Urban edges. City Journal, 4(2), 10–20.",
    "Brown, A., Green, B., & White, C. (2012). Suburban change. City Journal, 4(3), 30–40.",
)
_CHICAGO = (
    'Smith, John. 2010. "Growth of Towns." Urban Studies 12 (1): 1–15.',
    'Smith, John, Karl Jones, and Mary Lee. 2010. "Towns and Rivers." Urban Studies 12 (2): 16–30.',
)
_HARVARD = (
    "Smith, J. (2010) 'Growth of towns', Urban Studies, 12(1), pp. 1–15.",
    "Smith, J., Jones, K. and Lee, M. (2010) 'Towns and rivers', Urban Studies, 12(2), pp. 16–30.",
)
_ABNT = (
    "SMITH, John. Crescimento das cidades. Revista Urbana, v. 12, n. 1, p. 1-15, 2010.",
    "SMITH, John; JONES, Karl; LEE, Mary. Cidades e rios. Revista Urbana, v. 12, p. 16-30, 2010.",
)
_DIN = (
    "Schmidt, Johann (2010): Wachstum der Städte. In: Stadtforschung 12 (1), S. 1–15.",
    "Schmidt, Johann; Braun, Karl; Lehmann, Maria (2010): Städte und Flüsse. In: "
    "Stadtforschung 12 (2), S. 16–30.",
)
_FRENCH = (
    "Dupont, J. (2010). Croissance des villes. Revue urbaine, 12(1), 1-15.",
    "Dupont, J., Durand, K., & Leroy, M. (2010). Villes et fleuves. Revue urbaine, 12(2), 16-30.",
)


@pytest.mark.parametrize(
    ("entries", "text", "labels"),
    [
        pytest.param(_APA, "(Smith, 2010) and (Smith et al., 2010)", ["2", "3"], id="apa"),
        pytest.param(_APA, "Smith et al. (2010) after Smith (2010)", ["3", "2"], id="apa-narr"),
        pytest.param(_APA, "(Brown & Green, 2012; Brown et al., 2012)", ["4", "5"], id="pair"),
        pytest.param(_APA, "(Kowalski, 2015)", ["1"], id="alone"),
        pytest.param(_CHICAGO, "(Smith 2010, 4) and (Smith et al. 2010)", ["1", "2"], id="chic"),
        pytest.param(_HARVARD, "(Smith et al. 2010) but (Smith 2010)", ["2", "1"], id="harvard"),
        pytest.param(_ABNT, "(SMITH, 2010) e (SMITH et al., 2010)", ["1", "2"], id="abnt"),
        pytest.param(_ABNT, "Smith (2010) e Smith et al. (2010)", ["1", "2"], id="abnt-text"),
        pytest.param(_DIN, "(Schmidt 2010) und (Schmidt u. a. 2010)", ["1", "2"], id="din"),
        pytest.param(_FRENCH, "(Dupont et coll., 2010) ; (Dupont, 2010)", ["2", "1"], id="fr"),
        pytest.param(_FRENCH, "(Dupont et al., 2010)", ["2"], id="fr-et-al"),
    ],
)
def test_told_apart_by_number(entries: tuple[str, ...], text: str, labels: list[str]) -> None:
    index = author_years((str(i + 1), e) for i, e in enumerate(entries))
    assert [label for _, _, label in spans(text, index)] == labels


def test_two_sole_works_stay_ambiguous() -> None:
    """Two works of the sole author in one year, no letters: neither is cited."""
    entries = (
        "Smith, J. (2010). Growth. Urban, 1, 1–5.",
        "Smith, J. (2010). Decline. Urban, 2, 6–9.",
    )
    index = author_years((str(i + 1), e) for i, e in enumerate(entries))
    assert list(spans("(Smith, 2010)", index)) == []


def test_pair_mention_of_two_pairs_stays_ambiguous() -> None:
    entries = (
        "Smith, J., & Jones, K. (2010). Growth. Urban, 1, 1–5.",
        "Smith, J., & Jones, K. (2010). Decline. Urban, 2, 6–9.",
    )
    index = author_years((str(i + 1), e) for i, e in enumerate(entries))
    assert list(spans("(Smith & Jones, 2010)", index)) == []


# --- whole documents ------------------------------------------------------------------------

_MARKDOWN = """# Growth of river towns

Towns on rivers grew fast (Smith, 2010). Later work agreed (Smith et al., 2010) and
measured the banks (Kowalski, 2015). Smith (2010) stressed the bridges.

## References

Kowalski, P. (2015). River towns. *Water History*, 3(1), 5–9.

Smith, J. (2010). Growth of towns. *Urban Studies*, 12(1), 1–15.

Smith, J., Jones, K., & Lee, M. (2010). Towns and rivers. *Urban Studies*, 12(2), 16–30.
"""

_HTML = """<html><head><title>Stadtwachstum</title></head><body>
<h1>Stadtwachstum</h1>
<p>Städte wachsen schnell (Schmidt 2010). Andere stimmen zu (Schmidt u. a. 2010).
Flüsse sind wichtig (Krause 2015, S. 4).</p>
<h2>Literatur</h2>
<p>Krause, Peter (2015): Flussstädte. In: Wassergeschichte 3 (1), S. 5–9.</p>
<p>Schmidt, Johann (2010): Wachstum der Städte. In: Stadtforschung 12 (1), S. 1–15.</p>
<p>Schmidt, Johann; Braun, Karl; Lehmann, Maria (2010): Städte und Flüsse. In:
Stadtforschung 12 (2), S. 16–30.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("data", "path", "reader", "cited"),
    [
        (_MARKDOWN, "towns.md", "pandoc-markdown", {"1": [4], "2": [3, 4], "3": [3]}),
        (_HTML, "stadt.html", None, {"1": [4], "2": [3], "3": [3]}),
    ],
)
def test_documents(data: str, path: str, reader: str | None, cited: dict[str, list[int]]) -> None:
    doc = parse_bytes(data.encode(), path, reader)
    got = {
        str(fn.literature.number): sorted(m.line for m in fn.markers)
        for fn in doc.footnotes
        if fn.literature is not None
    }
    assert got == cited
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_AMBIGUOUS]
