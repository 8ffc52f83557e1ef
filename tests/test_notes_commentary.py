"""Commentary notes, mixed notes, and what follows from them (export, linking, advice)."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.export.works import distinct_works
from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.matching import _within
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        pytest.param("For a complex solution to this problem, see the discussion above.", True,
                     id="see-above"),
        pytest.param("See supra notes 6–7 and accompanying text.", True, id="supra"),
        pytest.param("This paragraph draws on interviews held in 2021; see Appendix B.", True,
                     id="year-in-prose"),
        pytest.param("Подробнее об этом см. выше, в разделе о причинах.", True, id="russian"),
        pytest.param("I thank the participants of the 2020 workshop.", True, id="thanks"),
        pytest.param("Smith, John. The Book of Trade. New York: Norton, 2015.", False, id="book"),
        pytest.param("Ibid., 45.", False, id="ibid-locator"),
        pytest.param("Hale v. Port of Bristol, [1889] 2 Q.B. 301.", False, id="case"),
        pytest.param("10 & 11 Vict. c. 27.", False, id="statute"),
        pytest.param("Roso 2009, 339.", False, id="author-date"),
        pytest.param("Stoke Navigation Company, Register, 1793–1800, D593/4/2.", False,
                     id="archive-range"),
        pytest.param("Grain market review. – 2023. – URL: https://x.example/a", False, id="gost"),
        pytest.param("Messungen des Betriebs, Januar bis März 2023.", True, id="german-prose-date"),
        pytest.param("Figures as of March 2024.", True, id="as-of"),
        pytest.param("Stand: Juni 2023.", True, id="german-stand"),
        pytest.param("Nurses call this _alarm fatigue_; the term reached operations around 2015.",
                     True, id="emphasised-term"),
        pytest.param("Her _Salt and Empire_ remains the standard account.", False,
                     id="emphasised-title"),
        pytest.param("Seibel, Wolfgang: Verwaltete Illusionen, Frankfurt a. M. 2005.", False,
                     id="german-reference"),
    ],
)  # fmt: skip
def test_commentary_or_citation(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("On this, see Jason Monios, Institutional Challenges (Farnham: Ashgate, 2014), 54.",
         "Jason Monios"),
        ("See also Smith, John. The Book of Trade. New York: Norton, 2015.", "Smith, John"),
        ("The second step borrows from the benefit rule. See Joseph Cardell, Special "
         "Assessments, 91 Harv. L. Rev. 514, 520 (1978).", "Joseph Cardell"),
        ("См. также: Иванов И. И. Порты. – М. : Наука, 2019. – 200 с.", None),
        ("Robert Kyd to Sir John Macpherson, 1 June 1786, quoted in Ray Desmond, The "
         "European Discovery of the Indian Flora (Oxford: Clarendon, 1992), 45.", "Ray Desmond"),
        ("The older view is represented by Johan Schreiner, Hanseatene og Norge (Oslo: "
         "Dybwad, 1941), 12.", "Johan Schreiner"),
        ("Zit. nach Böick, Marcus: Die Treuhand, Göttingen 2018, S. 254.", "Böick, Marcus"),
        ("Por. Anna Nowak, *Sejmy i sejmiki* (Kraków: Universitas, 2001), 14.", "Anna Nowak"),
        ("O sejmikach ziemskich zob. Jan Kowal, *Sejmiki* (Łódź: UŁ, 1980), 8.", "Jan Kowal"),
        ("Véase también Luis Mora, *Las salinas* (Madrid: CSIC, 1999), 3.", "Luis Mora"),
        ("Cfr. Paolo Neri, *Le saline* (Roma: Laterza, 2005), 21.", "Paolo Neri"),
        ("The figures are standard; a derivation is in Ruth Hale, *Tuning* (Leeds: Ark, 1990), 5.",
         "Ruth Hale"),
        ("This mechanism is described in detail by D. Muscarella and J. A. Yura, \u201cBearing "
         "Tests,\u201d Research Report 13043, University of Texas at Austin, 1995.", "D. Muscarella"),
        ("The method was first analysed at length in R. Kolb, *Flow Meters* (Leeds: Ark, 2001), 7.",
         "R. Kolb"),
        ("The trials have been documented extensively by Ana Ruiz, *Ensayos* (Madrid: CSIC, 2010).",
         "Ana Ruiz"),
    ],
)  # fmt: skip
def test_lead_in_is_not_part_of_the_citation(text: str, cited: str | None) -> None:
    start, commentary = citation_start(text)
    assert not commentary
    if cited is not None:
        assert text[start:].startswith(cited)
        ref = parse_reference(text, (1,), detect_styles=True, note=True)
        assert ref.raw == text and ref.authors and ref.authors[0] == cited


def test_commentary_only_for_notes() -> None:
    text = "For a complex solution to this problem, see the discussion above."
    assert parse_reference(text, (1,), note=True).kind is RefKind.COMMENTARY
    assert parse_reference(text, (1,)).kind is not RefKind.COMMENTARY


DOC = """# Dry ports

A claim[^1]. Another[^2]. A third[^3].

[^1]: For a complex solution to this problem, see the discussion above.
[^2]: On this, see Smith, John. The Book of Trade. New York: Norton, 2015.
[^3]: Doe, Jane. Harbours. London: Routledge, 2019.

## Literature

1. Smith, John. The Book of Trade. New York: Norton, 2015.
2. Doe, Jane. Harbours. London: Routledge, 2019.
"""


def test_commentary_is_no_work_and_needs_no_literature_entry() -> None:
    doc = parse_bytes(DOC.encode(), "d.md")
    kinds = [f.reference.kind for f in doc.footnotes]
    assert kinds[0] is RefKind.COMMENTARY
    assert [f.literature.number if f.literature else None for f in doc.footnotes] == [None, 1, 2]
    assert not [f for f in analyse_document(doc, {}, {}) if f.kind == "missing-literature-entry"]
    works = distinct_works([doc])
    assert sorted(w.reference.title for w in works) == ["Harbours", "The Book of Trade"]


@pytest.mark.parametrize(
    ("cited", "span", "inside"),
    [
        ("339", "338–45", True),
        ("340–41", "338–345", True),
        ("45", "45", True),
        ("350", "338–45", False),
        ("12", "1–10", False),
        ("v", "1–10", False),
    ],
)
def test_cited_page_within_the_entry(cited: str, span: str, inside: bool) -> None:
    assert _within(cited, span) is inside


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param("Les enquêtes de 1999 ne posent pas la question ; cf. Anne Roux, Les langues "
                     "régionales, Paris, Seuil, 2002.", "Anne Roux", id="semicolon-cf"),
        pytest.param("Phénomène décrit dès les années 1980 : Paul Mir, Une écriture, Nîmes, "
                     "Lacour, 1991, p. 15.", "Paul Mir", id="announced-by-a-colon"),
        pytest.param("Een bekend argument, zie Anna de Wit, ‘De dijk’, Water 4, nr. 2 (2014): "
                     "33–41.", "Anna de Wit", id="dutch-comma-zie"),
    ],
)  # fmt: skip
def test_a_lead_in_after_a_first_clause(text: str, cited: str) -> None:
    start, commentary = citation_start(text)
    assert not commentary and text[start:].startswith(cited)


def test_an_author_and_a_title_with_a_colon_are_no_lead_in() -> None:
    text = (
        "Roth, Rivers before the International Court of Justice: Sharing Water, Law and "
        "Politics, Journal of World Law 12 (2019), 40 ff."
    )
    assert citation_start(text) == (0, False)
