"""Notes as authors write them: lead-ins in several languages, commentary with numbers
and dates, repeats after a lead-in (``Ср.: ... Указ. соч.``), ``supra note N`` and case
short forms, and full notes read without style detection.  Every text here was written
for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.repeat import Repeat, find_repeats

COMMENTARY = [
    pytest.param("All gauges will be recalibrated in autumn 2025.", id="season-year"),
    pytest.param("The survey team visited the harbour in March 2022.", id="month-year"),
    pytest.param("We used the timetable of 14 May 2021; later ones differ.", id="date-of"),
    pytest.param("Level 3 is the highest; level 1 the lowest.", id="numbers"),
    pytest.param("Подробнее см. главу 4.", id="ru-see-chapter"),
    pytest.param("Расчёт приведён в приложении 3 к отчёту.", id="ru-appendix"),
    pytest.param("The largest berth takes ships of 12 000 t.", id="quantity"),
    pytest.param("For a sceptical view, see the discussion of tariffs below.", id="see-below"),
    pytest.param("Автор благодарит сотрудников архива за помощь.", id="ru-thanks"),
    pytest.param("Since 2019 the ferry has run only in summer.", id="since-year"),
]


@pytest.mark.parametrize("text", COMMENTARY)
def test_commentary_with_numbers_and_dates(text: str) -> None:
    assert citation_start(text) == (0, True)
    assert parse_reference(text, (1,), note=True).kind is RefKind.COMMENTARY


CITATIONS = [
    pytest.param("Harbour Board of Trustees, *Report on the Dredging of the Bar*, 4–6.", id="org-short"),
    pytest.param("Ostrom, *Governing the Commons*, 90–102; Wade, *Village Republics*, 12.", id="two-short"),
    pytest.param("Müller et al., *Tidal Engineering*, ch. 7.", id="short-chapter"),
    pytest.param("ЦГА СПб. Ф. Р-1000. Оп. 3. Д. 12. Л. 4–6.", id="ru-archive"),
    pytest.param("Прежде всего журнал «Морской сборник» за 1890–1895 гг.", id="ru-periodical-run"),
    pytest.param("Port Auth. of N.Y., supra note 4, at 17–19.", id="supra"),
    pytest.param("588 U.S. at 601.", id="case-short"),
    pytest.param("Compare id., with Harbor Dist. v. Coastal Co., 512 F. Supp. 3d at 118–20.", id="compare-id"),
    pytest.param("The Guardian, 3 September 2023.", id="newspaper-date"),
]  # fmt: skip


@pytest.mark.parametrize("text", CITATIONS)
def test_citations_are_not_commentary(text: str) -> None:
    assert citation_start(text)[1] is False


LEAD_INS = [
    pytest.param(
        "See, for example, Maria Lund, *Salt Roads: Trade and Power, 1600–1800* (Oslo: Fjord "
        "Press, 2012), 40–44.",
        "Maria Lund",
        id="see-for-example",
    ),
    pytest.param(
        "On tide tables as a source, see Karl Brandt, *Gezeiten* (Bremen: Hafen Verlag, 1999), 17.",
        "Karl Brandt",
        id="on-topic-see",
    ),
    pytest.param(
        "Quoted in Ana Ruiz, *Voces del puerto* (Madrid: Alianza, 2005), 88.",
        "Ana Ruiz",
        id="quoted-in",
    ),
    pytest.param(
        "Vgl. Peter Hahn, *Die Weser* (Bremen: Schünemann, 1980), 12.", "Peter Hahn", id="vgl"
    ),
    pytest.param(
        "Voir Jean Roux, *Les ports du Nord* (Lille: Presses du Nord, 1975), 8.",
        "Jean Roux",
        id="voir",
    ),
    pytest.param(
        "Об этом см.: Орлов Д. Речные порты Урала. Пермь : Звезда, 2004. С. 17.",
        "Орлов Д.",
        id="ru-ob-etom-sm",
    ),
    pytest.param(
        "Подробнее о системе шлюзов 1930-х гг. см.: Гусева Л. П. Шлюзы Камы. Казань : Наука, "
        "2011. С. 40.",
        "Гусева Л. П.",
        id="ru-podrobnee-sm",
    ),
    pytest.param(
        "Цит. по: Гусева Л. П. Шлюзы Камы. Казань : Наука, 2011. С. 41.",
        "Гусева Л. П.",
        id="ru-cit-po",
    ),
    pytest.param(
        "Ср. аналогичный случай для Самары: Гусева Л. П. Шлюзы Камы. Казань : Наука, 2011.",
        "Гусева Л. П.",
        id="ru-sr-phrase-colon",
    ),
    pytest.param(
        "The board's own account is in Port of Leith Commission, *Annual Report for 1911* "
        "(Edinburgh: HMSO, 1912), 3.",
        "Port of Leith Commission",
        id="account-is-in",
    ),
    pytest.param(
        "E.g., Nora Diaz, *Salt Ports* (Lima: Andes Press, 2003), 5.", "Nora Diaz", id="e-g"
    ),
    pytest.param(
        "But see Omar Haddad, *Against the Tide* (Cairo: Nile Press, 2010), 70.",
        "Omar Haddad",
        id="but-see",
    ),
    pytest.param(
        "См., например: Орлов Д. Речные порты Урала. Пермь : Звезда, 2004. С. 17.",
        "Орлов Д.",
        id="ru-sm-naprimer",
    ),
    pytest.param(
        "See Lena Ortiz, Note, Harbors and Standing, 40 Tide L. Rev. 100, 104 (2015).",
        "Lena Ortiz",
        id="bluebook-see-note",
    ),
]


@pytest.mark.parametrize(("text", "first_author"), LEAD_INS)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "styles"])
def test_lead_in_is_cut_and_the_authors_are_read(
    text: str, first_author: str, detect: bool
) -> None:
    start, commentary = citation_start(text)
    assert not commentary and text[start:].startswith(first_author)
    ref = parse_reference(text, (1,), detect_styles=detect, note=True)
    assert ref.raw == text
    assert ref.authors and ref.authors[0] == first_author
    assert ref.title and not ref.title.startswith(("See", "On ", "Об", "Подробнее", "Ср."))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("John Smith, How the Port Follows Trade (New York: Norton, 2015), 45.",
         "How the Port Follows Trade"),
        ("Anna Berg, Tides Are in Decline (Oslo: Fjord Press, 2001), 3.", "Tides Are in Decline"),
    ],
)  # fmt: skip
def test_a_verb_in_a_title_is_no_lead_in(text: str, title: str) -> None:
    assert citation_start(text) == (0, False)
    assert parse_reference(text, (1,), note=True).title == title


def test_bluebook_with_quotes_inside_the_title() -> None:
    text = (
        "See Mark Lowe, Who May Sue? Of “Harms,” Risks, and Article III, 12 Port L.J. 45, "
        "50–52 (2001)."
    )
    ref = parse_reference(text, (1,), note=True)
    assert (ref.style, ref.authors, ref.title, ref.year, ref.host) == (
        "bluebook",
        ("Mark Lowe",),
        "Who May Sue? Of “Harms,” Risks, and Article III",
        2001,
        "Port L.J.",
    )


@pytest.mark.parametrize(
    ("text", "style", "authors", "title", "year"),
    [
        ("Erik Holm, *Ships of the Baltic* (Oslo: Fjord Press, 1988), 12–14.", "chicago",
         ("Erik Holm",), "Ships of the Baltic", 1988),
        ("Harbour Trust, *Annual Report for 1920* (London: HMSO, 1921), 4.", "chicago",
         ("Harbour Trust",), "Annual Report for 1920", 1921),
        # (APA's own head is read as APA since fix 53d: the note keeps its journal)
        ("Smith, J. (2020). Port statistics. Journal of Ports, 3(2), 1–10.", "apa",
         ("Smith, J.",), "Port statistics", 2020),
    ],
)  # fmt: skip
def test_full_notes_without_style_detection(
    text: str, style: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    """Markdown readers keep the generic parse, but a Chicago or APA note is read as one."""
    ref = parse_reference(text, (1,), note=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == (style, authors, title, year)


NOTES = [
    "Ann Lee, *Harbour Law* (London: Sweet, 2010), 4.",  # 0 (label 1)
    "Port Auth. v. Dorn, 512 F.3d 100, 104 (2d Cir. 2008).",  # 1 (label 2)
    "The claim is disputed.",  # 2 (label 3): commentary
    "Id. at 106.",  # 3 -> 1 (the commentary note 2 is passed over)
    "Lee, supra note 1, at 9.",  # 4 -> 0
    "See Port Auth., 512 F.3d at 107.",  # 5 -> 1
    "512 F.3d at 108.",  # 6 -> 1
    "Ср.: Lee, op. cit., 12.",  # 7 -> 0
    "Smith, supra note 30, at 2.",  # 8: no note 30
]


def test_repeats_after_lead_ins_supra_and_case_short_forms() -> None:
    labels = [str(i + 1) for i in range(len(NOTES))]
    commentary = [i == 2 for i in range(len(NOTES))]
    assert find_repeats(NOTES, labels, commentary) == [
        None,
        None,
        None,
        Repeat("ibid", 1, "106"),  # the commentary note 3 is passed over
        Repeat("supra", 0, "9"),
        Repeat("case", 1, "107"),
        Repeat("case", 1, "108"),
        Repeat("op-cit", 0, "12"),
        Repeat("supra", None, "2"),
    ]


DOC = """\
---
title: Harbours
---

Ports grew.[^1] Courts agreed.[^2] The dates differ.[^3] Later courts too.[^4]
Some doubt it.[^5]

[^1]: See Ann Lee, *Harbour Law* (London: Sweet, 2010), 4.
[^2]: Port Auth. v. Dorn, 512 F.3d 100, 104 (2d Cir. 2008).
[^3]: The dates were checked against the register of 1 May 1911.
[^4]: Lee, supra note 1, at 9.
[^5]: Smith, supra note 30, at 2.
"""


def test_supra_resolves_in_a_document_and_a_missing_target_is_reported() -> None:
    doc = parse_bytes(DOC.encode(), "harbours.md")
    notes = {f.label: f.reference for f in doc.footnotes}
    assert notes["3"].kind is RefKind.COMMENTARY
    assert (notes["4"].title, notes["4"].year, notes["4"].pages) == ("Harbour Law", 2010, "9")
    unresolved = [a for a in doc.anomalies if a.code is AnomalyCode.REPEAT_NOTE_UNRESOLVED]
    assert [a.footnote for a in unresolved] == ["5"]


ORG = """\
#+TITLE: Harbours

Ports grew.[fn:1] Later.[fn:2] Courts too [cite:@lee2010].

[fn:1] Stage 2 is the busiest season; stage 1 the quietest.
[fn:2] See Ann Lee, /Harbour Law/ (London: Sweet, 2010), 4.

#+print_bibliography:
"""


def test_commentary_in_a_document_whose_citation_keys_repeat() -> None:
    """Keyed citations may repeat ([cite:@k] twice), yet [fn:1] is still a footnote."""
    doc = parse_bytes(ORG.encode(), "harbours.org")
    kinds = {f.label: f.reference.kind for f in doc.footnotes}
    assert kinds["1"] is RefKind.COMMENTARY
    assert kinds["2"] is not RefKind.COMMENTARY


CASES_DOC = """\
# Radio

Stations jumped frequencies.[^1] The court agreed.[^2] The statute followed.[^3]

[^1]: Erik Holm, *Ships of the Baltic* (Oslo: Fjord Press, 1988), 12.
[^2]: *Harbor Radio Co. v. Lake Shipping Corp.*, 14 F.2d 200 (N.D. Ill. 1925).
[^3]: 47 U.S.C. § 301 (1934).

## Bibliography

Holm, Erik. *Ships of the Baltic*. Oslo: Fjord Press, 1988.
"""


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("*Harbor Radio Co. v. Lake Shipping Corp.*, 14 F.2d 200 (N.D. Ill. 1925).", True),
        ("In re Dock Strike Litig., 88 F. Supp. 2d 10 (D. Md. 2000).", True),
        ("47 U.S.C. § 301 (1934).", True),
        ("21 C.F.R. § 101.9 (2020).", True),
        ("О порядке навигации : федер. закон от 01.02.2003 № 5-ФЗ.", False),
        ("Erik Holm, Ships v. Boats (Oslo: Fjord Press, 1988), 12.", False),
    ],
)
def test_legal_authorities(text: str, legal: bool) -> None:
    from bibcheck.parse.references.bluebook import legal_authority

    assert legal_authority(text) is legal


def test_cases_and_statutes_need_no_bibliography_entry() -> None:
    doc = parse_bytes(CASES_DOC.encode(), "radio.md")
    missing = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]
    assert missing == []
    assert doc.footnotes[0].literature is not None  # the book is still tied to its entry
