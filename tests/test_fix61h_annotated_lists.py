"""fix61h: annotated bibliographies and citations in tables (rst, plain text).

- an "Annotated list" heading is a literature heading (annotation word + a bare list word);
- an entry's comment paragraphs (rst citation / note body, plain-text hanging block) are
  no part of its text, and the citations in them are citations at their lines;
- rst ``.. csv-table::`` cells (and its ``:header:``) are read for citations;
- role words after a Chicago bibliography name ("trans. and ed.", "Hrsg. und Übers.");
- professional doctorates ("DMA diss.", "MMus thesis") are theses;
- typed plain-text entries join words hyphenated at their line ends.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.thesis import designation
from bibcheck.readers.annotatedhead import annotated_list as annotated_heading
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.entrycomments import annotated
from bibcheck.readers.rstannotation import entry_lines
from bibcheck.readers.rstcells import csv_cell_lines
from bibcheck.readers.typedhyphen import join_typed_hyphens


@pytest.mark.parametrize(
    ("key", "want"),
    [
        ("annotated list", True),
        ("kommentierte liste", True),
        ("lista comentada", True),
        ("list", False),
        ("annotated figures", False),
        ("annotated list of figures", False),
    ],
)
def test_annotated_list_heading(key: str, want: bool) -> None:
    assert annotated_heading(key) is want
    assert is_literature_heading(f"# {key.capitalize()}") is want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            [
                ".. csv-table:: Tasks",
                '   :header: "Task", "Based on"',
                "   :widths: 40, 60",
                "",
                '   "Essay", "[Lee2001]_ or [Kim1999]_"',
                '   "Talk", "—"',
            ],
            [(2, 13, '"Task", "Based on"'), (5, 4, '"Essay", "[Lee2001]_ or [Kim1999]_"'),
             (6, 4, '"Talk", "—"')],
        ),
        ([".. csv-table::", "", "  a, [X]_"], [(3, 3, "a, [X]_")]),
        ([".. csv-table:: From a file", "   :file: data.csv", "   :header-rows: 1"], []),
        ([".. csv-table::", "   :url: https://example.org/t.csv"], []),
    ],
)  # fmt: skip
def test_csv_cell_lines(lines: list[str], want: list[tuple[int, int, str]]) -> None:
    assert csv_cell_lines(lines, 0, len(lines)) == want


_ENTRY = [
    (10, 4, "Dear, P. *Revolutionizing the Sciences*. Basingstoke: Palgrave, 2001."),
]
_COMMENT = [(12, 4, "The clearest short textbook; organised around its central tension.")]
_LINK = [(12, 4, "https://example.org/dear2001")]


@pytest.mark.parametrize(
    ("lines", "comments", "want"),
    [
        (_ENTRY, False, _ENTRY),
        (_ENTRY + _COMMENT, False, _ENTRY),  # a prose paragraph after the entry
        (_ENTRY + _COMMENT, True, _ENTRY),
        (_ENTRY + _LINK, False, _ENTRY + _LINK),  # a link paragraph is the entry's
        # a remark of two prose paragraphs: kept whole
        (_COMMENT + [(14, 4, "See also the later chapters on the wider debate.")], True,
         _COMMENT + [(14, 4, "See also the later chapters on the wider debate.")]),
    ],
)  # fmt: skip
def test_entry_lines(
    lines: list[tuple[int, int, str]], comments: bool, want: list[tuple[int, int, str]]
) -> None:
    assert entry_lines(lines, comments) == want


_E1 = "Snyder, K. Dieterich Buxtehude. Rochester: University of Rochester Press, 2007."
_E2 = "Owen, B. The Registration of Baroque Organ Music. Bloomington: Indiana UP, 1997."
_E3 = "Yearsley, D. Bach and the Meanings of Counterpoint. Cambridge: CUP, 2002."


@pytest.mark.parametrize(
    ("pairs", "want"),
    [
        (
            [
                (_E1, "The standard life-and-works study of the composer and his city."),
                (_E2, "Collects the surviving instructions by country, with short notes."),
                (_E3, "Uses the tuning debates of the 1990s to frame the whole argument."),
            ],
            True,  # the third names a decade: a comment all the same
        ),
        ([(_E1, "The standard study."), (_E2, "A short survey.")], False),  # too few
        (
            [
                (_E1, "Rochester: University of Rochester Press, 2007."),
                (_E2, "Bloomington: Indiana University Press, 1997."),
                (_E3, "Cambridge: Cambridge University Press, 2002."),
            ],
            False,  # the entries go on under a hanging indent
        ),
    ],
)
def test_annotated(pairs: list[tuple[str, str]], want: bool) -> None:
    assert annotated(pairs) is want


@pytest.mark.parametrize(
    ("parts", "printed", "want"),
    [
        (["Studien zur Ueberlieferungs-", "geschichte der Orgel. Kassel, 1990."], {},
         ["Studien zur Ueberlieferungsgeschichte", "der Orgel. Kassel, 1990."]),
        (["Essays on self-", "organizing systems. Oxford, 1990."], {},
         ["Essays on self-organizing", "systems. Oxford, 1990."]),
        (["Essays on Nord-", "Deutschland. Kiel, 1990."], {},
         ["Essays on Nord-Deutschland.", "Kiel, 1990."]),
        (["A decision-", "making model. Oxford, 1990."], {("decisionmaking", 8): "-"},
         ["A decision-making", "model. Oxford, 1990."]),
        (["No hyphen at the end", "of this line."], {},
         ["No hyphen at the end", "of this line."]),
        # a compound's own hyphen, its first element in lower case: kept
        (["Кислотность дерново-", "подзолистых почв. Москва, 2020."], {},
         ["Кислотность дерново-подзолистых", "почв. Москва, 2020."]),
        (["Studies in contem-", "porary music. London, 1990."], {},
         ["Studies in contem-porary", "music. London, 1990."]),
        # a suspended hyphen before a conjunction: as written
        (["Zur Kartographie-", "und Kulturgeschichte. Bonn, 1990."], {},
         ["Zur Kartographie-", "und Kulturgeschichte. Bonn, 1990."]),
    ],
)  # fmt: skip
def test_join_typed_hyphens(
    parts: list[str], printed: dict[tuple[str, int], str], want: list[str]
) -> None:
    joined = join_typed_hyphens([(p, n) for n, p in enumerate(parts, start=1)], printed)
    assert [text for text, _ in joined] == want


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Hale, Anna, trans. and ed. *Letters from the Coast*. Boston: Beacon, 1961.",
         "Hale, Anna", "Letters from the Coast"),
        ("Hale, Anna, trans. *Letters from the Coast*. Boston: Beacon, 1961.",
         "Hale, Anna", "Letters from the Coast"),
        ("Hale, Anna, ed. and trans. Letters from the Coast. Boston: Beacon, 1961.",
         "Hale, Anna", "Letters from the Coast"),
        ("Vogt, Hans, Hrsg. und Übers. *Briefe aus Kiel*. Berlin: Akademie, 1962.",
         "Vogt, Hans", "Briefe aus Kiel"),
        ("Roux, Jean, éd. et trad. *Lettres du Midi*. Paris: Gallimard, 1970.",
         "Roux, Jean", "Lettres du Midi"),
    ],
)  # fmt: skip
def test_role_words_after_name(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("DMA diss., Eastman School of Music, 2016.", "DMA diss."),
        ("D.M.A. dissertation, Juilliard School, 2011.", "D.M.A. dissertation"),
        ("DMus thesis, University of Oxford, 1999.", "DMus thesis"),
        ("MMus thesis, Royal Academy of Music, 2004.", "MMus thesis"),
        ("PsyD dissertation, Yale University, 2016.", "PsyD dissertation"),
        ("MFA thesis, Rhode Island School of Design, 2012.", "MFA thesis"),
    ],
)
def test_professional_degrees(text: str, found: str) -> None:
    got = designation(text)
    assert got is not None and got.text == found


_RST = """\
Seminar guide
=============

If you read one survey, read [Hart1990]_; for method add [Ng2004]_.

.. list-table:: Weeks
   :header-rows: 1

   * - Week
     - Reading
   * - 1
     - [Hart1990]_

.. csv-table:: Assessment
   :header: "Task", "Based on"

   "Essay", "[Ng2004]_ or [Ott1977]_"
   "Talk", "—"

+--------+-------------+
| Week   | Reading     |
+========+=============+
| 2      | [Ott1977]_  |
+--------+-------------+

Annotated list
==============

.. [Hart1990] Hart, Ruth. *The Tides of Method*. Oxford: Clarendon Press, 1990.

   A readable survey of the period that sets out the main lines of argument.
   Pair it with [Ott1977]_ on instruments.

.. [Ng2004] Ng, Wei, trans. and ed. *Notes on Observation*. Leiden: Brill, 2004.

   Short translated texts, each with a careful introduction and notes.

.. [Ott1977] Ott, Karl. *Instruments and Their Makers*. Berlin: Springer, 1977.

   The classic account of the workshops and of the people who ran them.

.. [Uncited2000] Vale, Tom. *A Book Nobody Cites*. London: Methuen, 2000.

   Listed for completeness; the course does not discuss it in any detail.
"""


def test_rst_annotated_citations_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "guide.rst"
    path.write_text(_RST, encoding="utf-8")
    doc = parse_file(path)
    cites = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cites == [
        ("Hart1990", 4),
        ("Hart1990", 12),
        ("Ng2004", 4),
        ("Ng2004", 17),
        ("Ott1977", 17),
        ("Ott1977", 23),
        ("Ott1977", 32),
    ]
    entries = [(e.line, e.reference.authors, e.reference.title) for e in doc.literature]
    assert entries == [
        (29, ("Hart, Ruth",), "The Tides of Method"),
        (34, ("Ng, Wei",), "Notes on Observation"),
        (38, ("Ott, Karl",), "Instruments and Their Makers"),
        (42, ("Vale, Tom",), "A Book Nobody Cites"),
    ]
    # the comments are no part of the entries
    assert all("\n" not in e.reference.raw for e in doc.literature)
    assert all(e.reference.kind is RefKind.BOOK for e in doc.literature)


_RST_PLAIN = """\
Further study
=============

Start with [Hart1990]_ and then [Ott1977]_.

Annotated list
==============

.. [Hart1990] Hart, Ruth. *The Tides of Method*. Oxford: Clarendon Press, 1990.

   A readable survey of the period that sets out the main lines of argument.

.. [Ott1977] Ott, Karl. *Instruments and Their Makers*. Berlin: Springer, 1977.

   The classic account of the workshops and of the people who ran them.

.. [Lamb1985] Lamb, Joan. *Weights and Measures*. Cambridge: Polity, 1985.

   A wide survey of the practices of measuring in the early modern towns.
"""


def test_rst_annotated_without_citations_in_comments(tmp_path: Path) -> None:
    path = tmp_path / "further.rst"
    path.write_text(_RST_PLAIN, encoding="utf-8")
    doc = parse_file(path)
    cites = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cites == [("Hart1990", 4), ("Ott1977", 4)]
    assert [(e.line, e.reference.year) for e in doc.literature] == [
        (9, 1990),
        (13, 1977),
        (17, 1985),
    ]
    assert [e.reference.raw for e in doc.literature][2] == (
        "Lamb, Joan. *Weights and Measures*. Cambridge: Polity, 1985."
    )
    findings = analyse_document(doc, {}, {})
    reported = sorted((f.kind.value, line) for f in findings for line in f.lines)
    assert reported == [("uncited-literature-entry", 17)]


_RST_AUTO = """\
Reading notes
=============

The standard account is in [#lim]_; the physics is in [#kel]_ and [#gou]_.

Annotated bibliography
======================

.. [#lim] Rudd, Mark. *Beyond the Limits of Time*. Chicago: University of
   Chicago Press, 2005.

   A long and careful book; read the chapters on the fossils first, then
   compare them with [#gou]_ on the same debates.

.. [#kel] Birch, Joe. *The Age of the Earth*. New York: Science History
   Publications, 1975.

   Still the best guide to the physics of cooling and the arguments it started.

.. [#gou] Gold, Sam. *Time's Arrow*. Cambridge, MA: Harvard University Press, 1987.

   Essays on the metaphors of deep time, readable in any order.
"""


@pytest.mark.parametrize("numbered", [False, True])
def test_rst_annotated_notes(tmp_path: Path, numbered: bool) -> None:
    text = _RST_AUTO
    if numbered:
        for old, new in (("#lim", "1"), ("#kel", "2"), ("#gou", "3")):
            text = text.replace(f"[{old}]", f"[{new}]")
    path = tmp_path / "notes.rst"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    cites = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cites == [("1", 4), ("2", 4), ("3", 4), ("3", 13)]
    assert [(e.line, e.reference.title) for e in doc.literature] == [
        (9, "Beyond the Limits of Time"),
        (15, "The Age of the Earth"),
        (20, "Time's Arrow"),
    ]
    assert not [a for a in doc.anomalies if a.code.value == "no-literature-list"]


_SYLLABUS = """\
HIST 310  MAPS AND EMPIRE
Reading list, autumn term

WEEKLY READINGS

Week 1  Surveys
  Required:     [1], ch. 2; [2], pp. 1-30
  Recommended:  [3]

Week 2  Charts
  Required:     [4], pp. 5-60


ANNOTATED BIBLIOGRAPHY

[1] Harley, Brian. The New Nature of Maps. Baltimore: Johns Hopkins University
    Press, 2001.

    Essays on maps as arguments; the second chapter frames the whole course
    and is answered by [4].

[2] Edney, Mark. Mapping an Empire: The Geographical Construction of British
    India. Chicago: University of Chicago Press, 1997.

    The survey of India as an imperial project, told through its instruments.

[3] Kraus, Lena. Die Vermessung der Kuesten: Kartographie- und Ueberlieferungs-
    geschichte einer Praxis. Muenchen: Beck, 2009.

    A German study of coastal surveying, best read with Harley [1] at hand.

[4] Stone, Jeffrey. "Charts of the Northern Seas." MA thesis, University of
    Leeds, 1988.

    An unpublished thesis that collects the surviving charts of the period.
"""


def test_plaintext_syllabus_annotated_list(tmp_path: Path) -> None:
    path = tmp_path / "syllabus.txt"
    path.write_text(_SYLLABUS, encoding="utf-8")
    doc = parse_file(path)
    cites = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cites == [
        ("1", 7),
        ("1", 30),
        ("2", 7),
        ("3", 8),
        ("4", 11),
        ("4", 20),
    ]
    assert [(e.number, e.line, e.reference.end_line) for e in doc.literature] == [
        (1, 16, 17),
        (2, 22, 23),
        (3, 27, 28),
        (4, 32, 33),
    ]
    titles = [e.reference.title for e in doc.literature]
    assert titles[2] == (
        "Die Vermessung der Kuesten: Kartographie- und Ueberlieferungsgeschichte einer Praxis"
    )
    assert doc.literature[3].reference.kind is RefKind.THESIS
    assert all("unpublished" not in e.reference.raw for e in doc.literature)
