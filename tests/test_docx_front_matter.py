"""The front matter of a Word manuscript (title block, byline with affiliation numbers,
affiliations) holds no citations: the pure rule (:mod:`bibcheck.readers.frontmatter`) and
a Vancouver paper whose byline numbers its affiliations in parentheses.  Fixtures written
for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.frontmatter import front_matter, is_prose
from tests.test_paren_numbers import ENTRIES
from tests.test_reader_docx_lists import build, p, t


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Frailty predicts falls in older adults after they leave the hospital (1).", True),
        ("Objetivo: avaliar a tendência das quedas em idosos internados entre 2010 e 2020.", True),
        ("Die Sturzrate sank nach der Einführung des Programms deutlich (2, 3).", True),
        ("Ana Lindqvist(1), Petra Moreau(1), João da Silva(2) and Mark van den Berg(3)", False),
        (
            "(1) Department of Geriatric Medicine, University of the North, Tromsø, Norway. "
            "(2) Instituto de Saúde Coletiva, Universidade Federal da Bahia, Salvador, Brasil.",
            False,
        ),
        ("Facultad de Ciencias de la Salud, Universidad de la Frontera, Temuco, Chile", False),
        ("Correspondence to: Ana Lindqvist, Storgata 12, 9008 Tromsø. E-mail: al@x.no", False),
        ("Falls after discharge", False),
    ],
    ids=[
        "prose",
        "prose-pt",
        "prose-de",
        "byline",
        "affiliations",
        "affiliation-es",
        "address",
        "title",
    ],
)
def test_prose(text: str, want: bool) -> None:
    assert is_prose(text) is want


TITLE = ("Falls after discharge from hospital", True)
BYLINE = ("Ana Lindqvist(1), Petra Moreau(2)", False)
AFFILIATIONS = ("(1) University of the North, Tromsø. (2) City Hospital, Bergen.", False)
ABSTRACT = ("Falls are common after discharge and we studied why they happen (1).", False)
INTRO = ("Introduction", True)
BODY = ("Older adults fall often in the first month at home (2).", False)
LABEL = ("ORIGINAL ARTICLE", False)


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        ([TITLE, BYLINE, AFFILIATIONS, INTRO, BODY], {1, 2}),
        ([LABEL, TITLE, BYLINE, AFFILIATIONS, ("Abstract", True), ABSTRACT, INTRO], {0, 2, 3}),
        # the title as a plain paragraph: the first heading ends the front matter
        ([("Falls after discharge", False), BYLINE, AFFILIATIONS, INTRO, BODY], {0, 1, 2}),
        # no heading below the title: the front matter ends at the first prose
        ([TITLE, BYLINE, AFFILIATIONS, ABSTRACT, BODY, ("Table 1 (3)", False)], {1, 2}),
        # no title: the first heading opens the first section
        ([INTRO, BODY, ("Women, n (%) (4)", False), ("Methods", True)], set()),
        # prose above the first heading is body text
        ([TITLE, BYLINE, ABSTRACT, INTRO, BODY], {1}),
        # no heading and no prose: the front matter is among the first paragraphs only
        ([TITLE, *[("12 (4)", False)] * 30], set(range(1, 20))),
        ([], set()),
    ],
    ids=[
        "title-heading",
        "label-title-abstract",
        "plain-title",
        "no-sections",
        "no-title",
        "abstract-prose",
        "at-most",
        "empty",
    ],
)
def test_front_matter(paragraphs: list[tuple[str, bool]], want: set[int]) -> None:
    assert front_matter([(text, heading) for text, heading in paragraphs]) == want


def test_affiliation_numbers_are_no_citations() -> None:
    body = [
        p(t("ORIGINAL ARTICLE")),  # 1
        p(t("Falls after discharge from hospital"), style="Title"),  # 2
        p(t("Ana Lindqvist(1), Petra Moreau(1), Nils Haugen(2)")),  # 3
        p(t("(1) University of the North, Tromsø, Norway. (2) City Hospital, Bergen, Norway.")),
        p(t("Introduction"), style="Heading1"),  # 5
        p(t("Frailty predicts falls (1). Anaemia adds to the risk (2, 3).")),  # 6
        p(t("Vitamin D was studied in a cohort (4).")),  # 7
        p(t("References"), style="Heading1"),
        *(p(t(f"{k}. {text}")) for k, text in enumerate(ENTRIES, start=1)),
    ]
    doc = parse_bytes(build(body), "falls.docx")
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 6), ("2", 6), ("3", 6), ("4", 7)]


def sup(text: str) -> str:
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def test_superscript_affiliations_under_a_labelled_title() -> None:
    body = [
        p(t("Research Article")),  # 1: a label above the title
        p(t("Falls after discharge from hospital"), style="Title"),  # 2
        p(t("Ana Lindqvist"), sup("1"), t(", Nils Haugen"), sup("2")),  # 3
        p(sup("1"), t("University of the North, Tromsø. "), sup("2"), t("City Hospital, Bergen.")),
        p(t("Introduction"), style="Heading1"),  # 5
        p(t("Frailty predicts falls."), sup("1"), t(" Anaemia adds to it."), sup("2,3")),  # 6
        p(t("Vitamin D was studied in a cohort."), sup("4")),  # 7
        p(t("References"), style="Heading1"),
        *(p(t(f"{k}. {text}")) for k, text in enumerate(ENTRIES, start=1)),
    ]
    doc = parse_bytes(build(body), "falls.docx")
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 6), ("2", 6), ("3", 6), ("4", 7)]
