"""Kinds of official and archival sources cited like books or articles, by the corpus
conventions (tests/corpus/README.md's last section; tests/heldout49/HALF_B.md):

* a volume of a documentary edition (FRUS, the Documents diplomatiques français, the Akten
  zur Auswärtigen Politik, the Documents on British Foreign Policy) is a ``book`` titled by
  the series' name and the years it covers, dated by its imprint (no imprint, no year: the
  years of the title are no date), a letter printed in it the volume's, with no author;
* a government body's own manual cited by the body and a title, no publisher but an
  edition or a date (``Cabinet Office, *The Cabinet Manual* (1st edn, 2011)``) is its
  ``report``;
* a blog post (OSCOLA's ``'Title' (Blog, 24 January 2017) <URL>``, a blog named so) is
  ``web``.

The notes are written for the test in the shapes footnotes use."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        ("FRUS, 1961–1963, vol. X, doc. 123.", "FRUS, 1961–1963", None),
        (
            "Foreign Relations of the United States, 1961–1963, vol. X, Cuba, 1961–1962"
            " (Washington, DC: GPO, 1997), doc. 123.",
            "Foreign Relations of the United States, 1961–1963",
            1997,
        ),
        (
            "Papers Relating to the Foreign Relations of the United States, 1928, vol. 1"
            " (Washington, DC: Government Printing Office, 1942), 90.",
            "Papers Relating to the Foreign Relations of the United States, 1928",
            1942,
        ),
        (
            "Kellogg to Houghton, 23 June 1928, in Papers Relating to the Foreign Relations"
            " of the United States, 1928, vol. 1 (Washington, DC: GPO, 1942), 90.",
            "Papers Relating to the Foreign Relations of the United States, 1928",
            1942,
        ),
        (
            "Documents diplomatiques français, 1932–1939, 1re série, t. II (Paris: Imprimerie"
            " nationale, 1966), doc. 123.",
            "Documents diplomatiques français, 1932–1939",
            1966,
        ),
        ("DDF, 1932–1939, 1re série, t. II, doc. 123.", "DDF, 1932–1939", None),
        (
            "Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1963, Bd. 1,"
            " München 1994, Dok. 45.",
            "Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1963",
            1994,
        ),
        ("AAPD 1963, Bd. 1, Dok. 45, S. 150.", "AAPD 1963", None),
    ],
)
def test_documentary_edition_volume_is_a_book(note: str, title: str, year: int | None) -> None:
    ref = parse_reference(note, [0], note=True)
    assert (ref.kind, ref.title, ref.year, ref.authors) == (RefKind.BOOK, title, year, ())


@pytest.mark.parametrize(
    "note",
    [
        "Cabinet Office, *The Cabinet Manual* (1st edn, 2011).",
        "Cabinet Office, The Cabinet Manual (1st edn, 2011), para. 4.",
        "Department for Education, *Keeping Children Safe in Education* (September 2023 edn).",
        "HM Treasury, *The Green Book: Central Government Guidance on Appraisal and"
        " Evaluation* (2022 edn).",
    ],
)
def test_a_bodys_own_publication_is_a_report(note: str) -> None:
    assert parse_reference(note, [0], note=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "note",
    [
        "Mark Elliott, ‘The Supreme Court’s Judgment in Miller’ (Public Law for Everyone,"
        " 24 January 2017) <https://publiclaw.example.com/2017/01/24/miller/> accessed"
        " 1 March 2020.",
        "Jean Dupont, « La responsabilité du fait des choses », blog Droit et histoire,"
        " 3 mars 2020, https://droit.example.net/2020/03/03/resp.",
        "Anna Weber, „Die Verfassungsbeschwerde als Rettung“, Verfassungsblog, 3. März 2020,"
        " https://verfassungsblog.example.net/rettung/.",
    ],
)
def test_a_blog_post_is_web(note: str) -> None:
    assert parse_reference(note, [0], note=True).kind is RefKind.WEB


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a person's book from an institute's press stays a book
        (
            "Jane Roe, *Federalism Revisited* (Washington, DC: Brookings Institution Press,"
            " 2018), 12.",
            RefKind.BOOK,
        ),
        # a body's work from a publisher, its own included: the book earlier rounds read
        (
            "Policy Exchange, *Judicial Power and the Constitution* (London: Policy Exchange,"
            " 2018).",
            RefKind.BOOK,
        ),
        # OSCOLA's journal article: the year alone in its brackets
        ("Mark Elliott, ‘The Prerogative’ (2017) 76 CLJ 231.", RefKind.ARTICLE),
    ],
)
def test_other_shapes_keep_their_kind(note: str, kind: RefKind) -> None:
    """(Guards, true on main as well.)"""
    assert parse_reference(note, [0], note=True).kind is kind
