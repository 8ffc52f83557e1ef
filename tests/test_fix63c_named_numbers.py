"""A numbered list's number typed right after the names of the authors it cites
(``as DerSimonian & Laird 19 proposed``, ``Higgins et al.23 showed``) in a Word manuscript
that cites its numbered list in superscript, brackets or parentheses elsewhere: the number
cites entry n when entry n's first author is the name before it.

Packages are built here from WordprocessingML written for the test; expected citations
are written by hand.  Lines are body paragraph numbers.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.namednumber import first_authors, named_numbers
from tests.test_docx_citation_fields import cites, heading, parse
from tests.test_reader_docx import p, t

FAMILIES = [
    "Abbott", "Barros", "Celik", "Duarte", "Engel", "Fischer", "Greco", "Holm", "Ivanova",
    "Jansen", "Kowal", "Lindqvist", "Moreau", "Novak", "Okafor", "Pereira", "Quist", "Rossi",
    "DerSimonian", "Tanaka", "Urban", "Vidal", "Higgins", "Weber", "Müller",
]  # fmt: skip


def entry(n: int, family: str) -> str:
    return (
        f"{n}. {family} K, Lindgren P. Outcomes of trial cohort {n} in older adults. "
        f"J Clin Epidemiol. 2015;{n}:{n * 10}-{n * 10 + 6}."
    )


ENTRIES = [entry(n, f) for n, f in enumerate(FAMILIES, 1)]
SENTENCE = 11  # the line of the sentence after the title and nine citing paragraphs


def cite(kind: str, numbers: str) -> str:
    if kind == "sup":
        return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{numbers}</w:t></w:r>'
    return t(f" [{numbers}]" if kind == "brackets" else f" ({numbers})")


def manuscript(kind: str, sentence: str) -> list[str]:
    """Sentences citing every entry in ``kind``'s way, then ``sentence`` (typed plain)."""
    body = [p(t("Pooled estimates in trials"))]
    for k in range(1, 26, 3):
        numbers = ",".join(str(n) for n in range(k, min(k + 3, 26)))
        body.append(p(t(f"Cohort studies of type {k} were pooled"), cite(kind, numbers), t(".")))
    return [*body, p(t(sentence)), heading("References"), *(p(t(e)) for e in ENTRIES)]


@pytest.mark.parametrize("kind", ["sup", "brackets", "parens"])
@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("The random-effects model as DerSimonian &amp; Laird 19 proposed was used.", ["19"]),
        ("Heterogeneity was measured as Higgins et al.23 showed.", ["23"]),
        ("Heterogeneity was measured as Higgins et al. 23 showed.", ["23"]),
        ("Die Methode, wie Müller und Weber 25 zeigten, wurde verwendet.", ["25"]),
        ("Two cohorts, as Greco and Holm 7,8 reported, were pooled.", ["7", "8"]),
    ],
)
def test_a_number_typed_after_its_entrys_authors(
    kind: str, sentence: str, labels: list[str]
) -> None:
    doc = parse(manuscript(kind, sentence))
    assert sorted(label for label, line in cites(doc) if line == SENTENCE) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Group 2 patients were older, as Holm 9 noted.",  # entry 9 is Ivanova's, not Holm's
        "DerSimonian and Laird 1986 proposed the model.",  # a year, not a number
        "Higgins et al. 2003 measured it.",
        "Weber 24.5 mg was given.",  # a dose
    ],
)
def test_a_number_after_a_name_of_another_entry_cites_nothing(sentence: str) -> None:
    doc = parse(manuscript("sup", sentence))
    assert [label for label, line in cites(doc) if line == SENTENCE] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as DerSimonian & Laird 19 proposed", [(23, 25, ["19"])]),
        ("Higgins et al.23 showed", [(14, 16, ["23"])]),
        ("see Higgins 22-24 for", []),  # entry 22 is Vidal's
        ("see Vidal 22-24 for", [(10, 15, ["22", "23", "24"])]),
        ("in the 19th century DerSimonian 19th", []),
    ],
)
def test_named_numbers(text: str, expected: list[tuple[int, int, list[str]]]) -> None:
    authors = first_authors({str(n): e.split(". ", 1)[1] for n, e in enumerate(ENTRIES, 1)})
    assert named_numbers(text, authors) == expected
