"""Printed numbers glued to an entry, page ranges after a volume, link labels after an
entry, a Vancouver title ending in a one-letter word before its imprint, and access dates
with South and West Slavic genitive month names.

A numbered list whose items print their own number with no space before the text
("<span>10.</span><cite>Okafor AB…", "[7]Lindqvist") is read without it; a Vancouver
"year;volume:pages" range is never the year; the bracketed link labels a catalogue page
shows after an entry ("[DOI] [PubMed]") are no part of it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import _without_link_labels, parse_reference
from bibcheck.parse.references.fields import parse_date, year_tokens
from bibcheck.readers.html import read
from tests.test_regex_growth import assert_linear

_LINKED = (
    '<html><body><p>Seen before<a href="#R{n}">{n}</a>.</p><h2>{heading}</h2>'
    '<ul class="refs">{items}</ul></body></html>'
)


def _item(n: int, label: str, text: str) -> str:
    return f'<li id="R{n}"><span class="label">{label}</span><cite>{text}</cite></li>'


@pytest.mark.parametrize(
    ("heading", "label", "text", "author"),
    [
        (
            "References",
            "{n}.",
            "Okafor AB, Lindqvist E, Tanaka H, et al. Sleep and recovery in rowers: a "
            "cohort study. Scand J Sport Sci. 2018;12:1944–52.",
            "Okafor AB",
        ),
        (
            "Literatura",
            "[{n}]",
            "Novák P, Dvořák J. Zátěž a regenerace u veslařů. Čas Lék Čes. 2016;155:1888–95.",
            "Novák P",
        ),
        (
            "Bibliografía",
            "{n})",
            "García L, Ruiz M. Sueño y recuperación en remeros. Rev Esp Med Dep. 2020;7:1901–9.",
            "García L",
        ),
    ],
    ids=["vancouver-dot", "brackets-czech", "parenthesis-spanish"],
)
def test_a_printed_number_glued_to_the_entry_is_no_part_of_it(
    heading: str, label: str, text: str, author: str
) -> None:
    items = "".join(
        _item(n, label.format(n=n), text if n == 10 else f"Author{n} A. Work {n}. J X. 2001;1:2.")
        for n in range(1, 12)
    )
    doc = read(_LINKED.format(n=10, heading=heading, items=items))
    tenth = next(e for e in doc.literature if e.label == "10")
    assert tenth.text.startswith(author)


def test_a_glued_number_that_is_not_the_items_own_is_kept() -> None:
    items = "".join(
        _item(n, "", f"{n + 3}.Author{n} A. Work {n}. J X. 2001;1:2.") for n in range(1, 4)
    )
    doc = read(_LINKED.format(n=2, heading="References", items=items))
    assert [e.text[:2] for e in doc.literature] == ["4.", "5.", "6."]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Scand J Sport Sci. 2018;12:1944–52.", "2018"),
        ("Pol Arch Med. 2019;129(3):1998-2004.", "2019"),
        ("Rev Esp Med Dep. 2020;7 Suppl:1901–9.", "2020"),
        ("ISO 690:2010-06. Information and documentation.", "2010"),
    ],
    ids=["short-range", "issue", "supplement-kept-apart", "standard-part"],
)
def test_a_page_range_after_the_volume_is_no_year(text: str, year: str) -> None:
    assert year_tokens(text)[-1] == year


@pytest.mark.parametrize(
    ("text", "title", "pages"),
    [
        (
            "Okafor AB, Lindqvist E, Tanaka H, et al. Sleep and recovery in rowers: a cohort "
            "study. Scand J Sport Sci. 2018;12:1944–52.",
            "Sleep and recovery in rowers: a cohort study",
            "1944–52",
        ),
    ],
)
def test_a_vancouver_article_with_a_long_page_range(text: str, title: str, pages: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.year, ref.pages) == (title, 2018, pages)


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "National Research Council. Nutrient requirements of vitamin A. Washington (DC): "
            "Example Academies Press; 2009.",
            "Nutrient requirements of vitamin A",
            "Washington (DC)",
        ),
        (
            "Weber K. Programmieren in der Sprache C. Berlin: Beispielverlag; 2019.",
            "Programmieren in der Sprache C",
            "Berlin",
        ),
        (
            "Nordic Council. Guidelines on dietary vitamin E. Oslo: Nordic Press; 2014. "
            "[DOI <https://doi.org/10.5555/nc.2014>] [PubMed <https://pubmed.example.org/1/>]",
            "Guidelines on dietary vitamin E",
            "Oslo",
        ),
    ],
    ids=["state-in-parentheses", "german", "link-labels-after"],
)
def test_a_title_ending_in_a_one_letter_word_before_the_imprint(
    text: str, title: str, place: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.place) == (title, place)


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("14. ožujka 2024.", "2024-03-14"),  # Croatian
        ("2. siječnja 2023.", "2023-01-02"),
        ("1. studenoga 2022.", "2022-11-01"),
        ("3. januara 2021.", "2021-01-03"),  # Serbian, Bosnian (Latin)
        ("7. јуна 2018.", "2018-06-07"),  # Serbian (Cyrillic)
        ("5. marca 2020", "2020-03-05"),  # Slovene, Polish
        ("9. julija 2017", "2017-07-09"),  # Slovene
        ("12. apríla 2019", "2019-04-12"),  # Slovak
        ("2. března 2023", "2023-03-02"),  # Czech
    ],
)
def test_genitive_month_names_are_dates(raw: str, iso: str) -> None:
    found = parse_date(raw)
    assert found is not None and found.isoformat() == iso


def test_a_genitive_month_names_no_day_that_is_not() -> None:
    assert parse_date("30. veljače 2024.") is None


@pytest.mark.parametrize(
    "wikitext",
    [
        "{{Citiranje weba |url=https://example.hr/a |title=Naslov |access-date=14. ožujka 2024.}}",
        "{{Cite web |url=https://example.rs/a |title=Naslov |access-date=3. januara 2021.}}",
        "{{Navedi splet |url=https://example.si/a |title=Naslov |access-date=5. marca 2020}}",
    ],
    ids=["croatian", "serbian", "slovene"],
)
def test_a_wiki_access_date_in_the_genitive_is_no_malformed_field(wikitext: str) -> None:
    doc = parse_bytes(f"Claim.<ref>{wikitext}</ref>\n".encode(), "a.wiki")
    ref = doc.footnotes[0].reference
    assert ref.access_date is not None
    codes = {a.code for a in doc.anomalies} | {a.code for a in ref.anomalies}
    assert AnomalyCode.ACCESS_DATE_INVALID not in codes


@pytest.mark.parametrize(
    ("text", "author", "title", "kind"),
    [
        (
            "ग्रामीण विकास विभाग. वार्षिक प्रतिवेदन 2021-22. लखनऊ, 2022.",
            "ग्रामीण विकास विभाग",
            "वार्षिक प्रतिवेदन 2021-22",
            RefKind.REPORT,
        ),
        (
            "जल संसाधन मंत्रालय. नदी स्वास्थ्य पर वार्षिक रिपोर्ट 2019-20. नई दिल्ली, 2020. "
            "https://example.gov.in/report",
            "जल संसाधन मंत्रालय",
            "नदी स्वास्थ्य पर वार्षिक रिपोर्ट 2019-20",
            RefKind.REPORT,
        ),
        (
            "राज्य शिक्षा परिषद. प्राथमिक शिक्षा की स्थिति पर प्रतिवेदन. भोपाल: राज्य शिक्षा परिषद, 2018.",
            "राज्य शिक्षा परिषद",
            "प्राथमिक शिक्षा की स्थिति पर प्रतिवेदन",
            RefKind.REPORT,
        ),
    ],
    ids=["department-annual", "ministry-report-online", "council-report"],
)
def test_a_hindi_body_before_the_title_is_its_author(
    text: str, author: str, title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.authors, ref.title, ref.kind) == ((author,), title, kind)


# --- the new patterns are linear (tests/test_regex_growth.py's assert_linear) ---------------


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "2011;96:" + "1" * n + "x",
        lambda n: "2011;9 " * (n // 7) + "x",
        lambda n: "2011;96(" + "a" * n,
        lambda n: "1999;" * (n // 5),
    ],
    ids=["digits", "volumes", "open-issue", "years"],
)
def test_year_tokens_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(year_tokens, line)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Title. " + "[DOI  ] " * (n // 8),
        lambda n: "Title " + "]" * n,
        lambda n: "[" * n + "]",
    ],
    ids=["labels", "closing", "opening"],
)
def test_link_labels_left_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_without_link_labels, line)
