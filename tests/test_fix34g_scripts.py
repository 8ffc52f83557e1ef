"""Fix round 34 (g): Greek, Korean, Arabic and Hebrew references, read by rule.

Greek repeat notes (``Ό.π.``, ``Surname, ό.π.``, ``αυτόθι``), lead-ins (``Βλ.``, ``Πρβλ.``),
chapters (``στο Όνομα (επιμ.)``) and accented names; a family name of two words before a
quoted title; a one-letter symbol with scripts in a reference's maths (``$T_c$`` -> Tc);
names written whole and joined by commas (Korean, Chinese); a site's page; a sentence in a
script without capitals handing over to a Latin citation; an undefined docutils citation
label is a missing literature entry; a series' designation in parentheses and a report word
of Hebrew or Arabic make a report; a paper in a meeting's proceedings is a chapter; the
work's year, not its amendment's.  Own fixtures throughout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.mathscripts import plain_scripts, scripts_as_text, symbol_scripts
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import (
    _AMENDED,
    apa,
    caseless,
    chicago,
    commentary,
    fields,
    parse_reference,
    reportkind,
    script_names,
    shared,
)
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear

# --- single references ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title", "year"),
    [
        # Greek: the lead-in, accented names, "Publisher, Place Year, σ."
        (
            "Βλ. Δ. Νικολαΐδης, *Ιστορία της οπτικής*, Εκδόσεις Πόλις, Αθήνα 2010, σ. 45.",
            RefKind.BOOK,
            ("Δ. Νικολαΐδης",),
            "Ιστορία της οπτικής",
            2010,
        ),
        # a chapter "στο Editor (επιμ.), *Volume*"; "σσ. … κ.ε."
        (
            "Πρβλ. Ε. Σταθοπούλου, «Τα πρώτα εργαστήρια», στο Γ. Καρράς (επιμ.), *Επιστήμη"
            " και κοινωνία*, Κριτική, Αθήνα 2015, σ. 101–130.",
            RefKind.CHAPTER,
            ("Ε. Σταθοπούλου",),
            "Τα πρώτα εργαστήρια",
            2015,
        ),
        (
            "L. Ruzicka, «Über die Konstitution», στην Α. Βλάχου (επιμ.), *Συλλογικός τόμος*,"
            " Gutenberg, Αθήνα 1999, σσ. 5–9 κ.ε.",
            RefKind.CHAPTER,
            ("L. Ruzicka",),
            "Über die Konstitution",
            1999,
        ),
        # a family name of two words, the names ending at the comma before the quoted title
        (
            "H. Lorentz Dekker, “Measurements of the resistance of tin. B. Results at low"
            " temperatures, etc. II. The thin wires”, Reports of the Cryogenic Laboratory 41c"
            " (1913).",
            None,
            ("H. Lorentz Dekker",),
            "Measurements of the resistance of tin. B. Results at low temperatures, etc. II."
            " The thin wires",
            1913,
        ),
        # Korean and Chinese names written whole, joined by commas
        (
            "이영호, 최수진, 한지민 (2021). 그래프 알고리즘의 실제. *한국컴퓨터정보학회논문지*,"
            " 26(4), 11–20.",
            RefKind.ARTICLE,
            ("이영호", "최수진", "한지민"),
            "그래프 알고리즘의 실제",
            2021,
        ),
        (
            "王明，李华 (2018). 图算法研究. *计算机学报*, 41(2), 1–10.",
            RefKind.ARTICLE,
            ("王明", "李华"),
            "图算法研究",
            2018,
        ),
        # a page of a site: a container with no volume, issue, pages or date
        (
            'Mozilla Developer Network, "Array.prototype.sort()", *MDN Web Docs*,'
            " https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects"
            "/Array/sort (accessed 4 June 2024).",
            RefKind.WEB,
            ("Mozilla Developer Network",),
            None,
            None,
        ),
        # a sentence in a script without capitals hands over to the Latin citation
        (
            "이 정리는 Cormen, T. H., Leiserson, C. E. *Introduction to Algorithms*, 3rd ed.,"
            " MIT Press, 2009, 24장을 참고.",
            RefKind.BOOK,
            ("Cormen, T. H.", "Leiserson, C. E."),
            "Introduction to Algorithms",
            2009,
        ),
        (
            "この補題の証明は Knuth, D. E. *The Art of Computer Programming*, Addison-Wesley,"
            " 1997 を参照。",
            RefKind.BOOK,
            ("Knuth, D. E.",),
            "The Art of Computer Programming",
            1997,
        ),
        # APA: a series' designation in parentheses after the title is a report's number
        (
            "Barker, E. (2020). *Recommendation for Key Management: Part 1 – General* (NIST SP"
            " 800-57 Part 1 Rev. 5). https://doi.org/10.6028/NIST.SP.800-57pt1r5",
            RefKind.REPORT,
            ("Barker, E.",),
            "Recommendation for Key Management: Part 1 – General",
            2020,
        ),
        (
            "Office of Standards. (1999). *Data Encryption Standard* (FIPS PUB 46-3).",
            RefKind.REPORT,
            ("Office of Standards",),
            "Data Encryption Standard",
            1999,
        ),
        # a paper in a meeting's proceedings, pages and no volume: a chapter
        (
            "Shor, P. W. (1994). Algorithms for quantum computation. *Proceedings of the 35th"
            " Annual Symposium on Foundations of Computer Science*, 124–134.",
            RefKind.CHAPTER,
            ("Shor, P. W.",),
            "Algorithms for quantum computation",
            1994,
        ),
        # ... a journal with its volume stays an article
        (
            "Lamport, L. (1978). Time, clocks, and the ordering of events. *Communications of"
            " the ACM*, 21(7), 558–565.",
            RefKind.ARTICLE,
            ("Lamport, L.",),
            "Time, clocks, and the ordering of events",
            1978,
        ),
        # Arabic APA entries: Arabic-Indic digits, the Arabic comma in the name
        (
            "الشمري، خالد. (٢٠١٩). *أساسيات أمن المعلومات*. جدة: دار الحكمة.",
            RefKind.BOOK,
            ("الشمري، خالد",),
            "أساسيات أمن المعلومات",
            2019,
        ),
        (
            "وزارة الاتصالات. (2021). *تقرير حالة الأمن السيبراني*. الرياض.",
            RefKind.REPORT,
            ("وزارة الاتصالات",),
            "تقرير حالة الأمن السيبراني",
            2021,
        ),
        # Hebrew: the report word in the series the work is numbered in
        (
            'כהן, ד. "מפת סיכונים סייסמיים". _דוח המכון הלאומי_ 12/2004, 2004.',
            RefKind.REPORT,
            None,
            "מפת סיכונים סייסמיים",
            2004,
        ),
        # the work's year, not its amendment's
        (
            "German Institute for Standardization. _DIN 4149: Buildings in German earthquake"
            " areas_. Berlin, 1981 (amended 2005).",
            None,
            ("German Institute for Standardization",),
            None,
            1981,
        ),
        (
            "Standards Institution. _Code of practice for masonry_. London, 1992 (incl."
            " amendment 3, 2008).",
            None,
            None,
            "Code of practice for masonry",
            1992,
        ),
    ],
)
def test_reference_fields(
    text: str,
    kind: RefKind | None,
    authors: tuple[str, ...] | None,
    title: str | None,
    year: int | None,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    if kind is not None:
        assert ref.kind is kind
    if authors is not None:
        assert ref.authors == authors
    if title is not None:
        assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Place, 1995 (כולל גיליון תיקון 5, 2013).", "1995"),
        ("Berlin, 2010 (Änderung 2018).", "2010"),
        ("London, 2001 (repr. 2015).", "2001"),
    ],
)
def test_amended_year(text: str, year: str) -> None:
    m = _AMENDED.search(text)
    assert m is not None and m.group("year") == year


def test_no_amendment_no_other_year() -> None:
    # (no amendment's word: another year in parentheses is not read here)
    assert _AMENDED.search("London, 2001 (2015).") is None


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Title (FIPS PUB 197).", True),
        ("Title (NIST SP 800-38D).", True),
        ("Title (RFC 8446).", True),
        ("Title (NIST SP 800-57 Part 1 Rev. 5).", True),
        ("Title (WHO 2019).", False),
        ("Title (Vol. 2).", False),
        ("Title (2nd ed.).", False),
    ],
)
def test_designation_in_parentheses(text: str, report: bool) -> None:
    assert reportkind.numbered_report(text) is report


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("김민호, 박서연", ("김민호", "박서연")),
        ("王明、李华、张伟", ("王明", "李华", "张伟")),
        ("한국정보과학회", None),  # one organisation
        ("김민호", None),
    ],
)
def test_comma_joined_cjk_names(text: str, people: tuple[str, ...] | None) -> None:
    assert script_names.joined_people(text) == people


# --- maths in a reference's text -----------------------------------------------------------


@pytest.mark.parametrize(
    ("math", "text"),
    [
        ("T_c", "Tc"),
        ("H_{c2}", "Hc2"),
        ("T^{*}", None),
        ("x_1 + y", None),
        ("10^{-8}", None),
        ("_2", "2"),
    ],
)
def test_symbol_scripts(math: str, text: str | None) -> None:
    assert symbol_scripts(math) == text


def test_symbol_scripts_only_in_references() -> None:
    assert plain_scripts("T_c") is None  # (running text keeps its mathematics)
    assert scripts_as_text("High $T_c$ films") == "High $T_c$ films"
    assert scripts_as_text("High $T_c$ films", symbols=True) == "High Tc films"


_TEX = r"""\documentclass{article}
\begin{document}
Critical fields were measured \cite{vries1960} and in thin films \cite{nomos1988}.
\begin{thebibliography}{9}
\bibitem{vries1960}
J.~van~der Vries, ``Upper critical field $H_{c2}$ of niobium'', \emph{Physica} \textbf{26},
101--110 (1960).
\bibitem{nomos1988}
Α.~Νομικός, «Λεπτά υμένια υψηλού $T_c$», Διπλωματική εργασία, ΕΜΠ, Αθήνα (1988).
\end{thebibliography}
\end{document}
"""


def test_bibitem_maths_and_greek_author(tmp_path: Path) -> None:
    path = tmp_path / "chapter.tex"
    path.write_text(_TEX, encoding="utf-8")
    doc = parse_file(path)
    titles = {e.reference.title for e in doc.literature}
    assert "Upper critical field Hc2 of niobium" in titles
    assert "Λεπτά υμένια υψηλού Tc" in titles
    greek = next(e for e in doc.literature if "Νομικός" in e.reference.raw)
    assert greek.reference.authors == ("Α. Νομικός",)


# --- notes of a document ------------------------------------------------------------------


def test_greek_repeat_notes() -> None:
    notes = [
        "Β. Αθανασίου, *Η φυσική του πεδίου*, Εκδόσεις Πόλις, Αθήνα 2012, σ. 7.",
        "Ό.π., σ. 9.",
        "K. Brandt, *Fields and forces*, Springer, Berlin 2001.",
        "Αθανασίου, ό.π., σ. 12.",
        "Αυτόθι, σ. 14.",
    ]
    found = find_repeats(notes)
    targets = [r.target if r is not None else None for r in found]
    # (the "αυτόθι" repeats what the note before it repeats: the first note's work)
    assert targets == [None, 0, None, 0, 0]


@pytest.mark.parametrize(
    "text",
    ["Ό.π., σ. 459.", "Harman, ό.π., σ. 120.", "Αυτόθι, σ. 3."],
)
def test_greek_repeats_are_not_commentary(text: str) -> None:
    assert parse_reference(text, (1,), note=True).kind is not RefKind.COMMENTARY


_XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="el">
<head><title>Κεφάλαιο 2</title></head>
<body><section epub:type="chapter">
<h1>Κεφάλαιο 2</h1>
<p>Η θεωρία διαμορφώθηκε σταδιακά.<a epub:type="noteref" href="#fn1" id="r1">1</a>
Ο Thomson την επεξεργάστηκε.<a epub:type="noteref" href="#fn2" id="r2">2</a></p>
<p>Ο Heaviside έγραψε τις εξισώσεις.<a epub:type="noteref" href="#fn3" id="r3">3</a></p>
<aside epub:type="footnote" id="fn1"><p>Δ. Νικολαΐδης, <i>Ιστορία της φυσικής</i>,
Εκδόσεις Πόλις, Αθήνα 2010, σ. 45.</p></aside>
<aside epub:type="footnote" id="fn2"><p>Ό.π., σ. 50.</p></aside>
<aside epub:type="footnote" id="fn3"><p>Β. Παππάς, «Ο Heaviside και ο λογισμός», στο
Α. Γεωργίου (επιμ.), <i>Μελέτες ιστορίας</i>, Κριτική, Αθήνα 2015, σ. 101–130.</p></aside>
</section></body></html>
"""


def test_epub_asides_with_greek_notes(tmp_path: Path) -> None:
    path = tmp_path / "ch02.xhtml"
    path.write_text(_XHTML, encoding="utf-8")
    doc = parse_file(path)
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].kind is RefKind.BOOK and notes["1"].authors == ("Δ. Νικολαΐδης",)
    assert notes["2"].title == "Ιστορία της φυσικής"  # the repeat, resolved
    assert notes["3"].kind is RefKind.CHAPTER and notes["3"].authors == ("Β. Παππάς",)


_RST = """Test
====

Rule one holds [Smith2019]_. Rule two follows [Jones2020]_ and a remark [#]_.

.. [#] A remark only.

.. rubric:: References

.. [Smith2019] Smith, J. (2019). *A book of rules*. Penguin.
"""


def test_undefined_citation_label_is_a_missing_entry(tmp_path: Path) -> None:
    path = tmp_path / "page.rst"
    path.write_text(_RST, encoding="utf-8")
    doc = parse_file(path)
    codes = [(a.code, a.footnote) for a in doc.anomalies]
    assert (AnomalyCode.CITATION_KEY_MISSING, "Jones2020") in codes
    assert not any(c is AnomalyCode.MARKER_WITHOUT_DEFINITION for c, _ in codes)


# --- linear time --------------------------------------------------------------------------

Line = Callable[[int], str]


@pytest.mark.parametrize(
    ("scan", "line"),
    [
        pytest.param(_AMENDED.search, lambda n: "1995 (amend " * (n // 12) + "x", id="amended"),
        pytest.param(
            _AMENDED.search, lambda n: "1995 (incl. " + "5 " * (n // 2) + "x", id="amended-digits"
        ),
        pytest.param(commentary._LATIN_NAME.search, lambda n: " A." * (n // 3) + "x", id="name"),
        pytest.param(commentary._uncased_lead, lambda n: "가 " * (n // 2) + "Kim, A. x", id="lead"),
        pytest.param(
            chicago._PUBLISHER_YEAR.match, lambda n: ", A" + " B" * (n // 2) + ", x", id="pub-year"
        ),
        pytest.param(
            shared._MEETING_PROCEEDINGS.search,
            lambda n: "Proceedings of " + "a " * (n // 2) + "x",
            id="proceedings",
        ),
        pytest.param(apa._PAGES_ONLY.match, lambda n: "*A*, " + "1" * n + "x", id="pages-only"),
        pytest.param(
            script_names._COMMA_LISTED.fullmatch, lambda n: "김민, " * (n // 4) + "x", id="names"
        ),
        pytest.param(reportkind._SCRIPT_REPORT.search, lambda n: "דו" * (n // 2), id="report"),
        pytest.param(
            reportkind._NUMBER.search, lambda n: "(AB " + "1" * n + " Part 1" * 3 + "x", id="desig"
        ),
        pytest.param(caseless._APA_DATED.match, lambda n: "ا" * n + ". (x", id="apa-dated"),
        pytest.param(
            lambda s: scripts_as_text(s, symbols=True), lambda n: "$T_c" * (n // 4), id="symbols"
        ),
    ],
)
def test_new_patterns_are_linear(scan: Callable[[str], object], line: Line) -> None:
    assert_linear(scan, line)


def test_greek_access_date() -> None:
    found = fields.find_access_date("(ανάκτηση 12 Ιουνίου 2023)")
    assert found is not None and found.value == date(2023, 6, 12)
    ref = parse_reference(
        "Εθνική Βιβλιοθήκη, «Ψηφιακές συλλογές», https://www.nlg.gr/digital/ (ανάκτηση 12"
        " Ιουνίου 2023).",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert ref.kind is RefKind.WEB and ref.year is None and not ref.anomalies
