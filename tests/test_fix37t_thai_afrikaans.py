"""Thai author-date text (Buddhist-era years, names written in full, "และ"), corporate
authors cited by the abbreviation the text defines, Afrikaans and Dutch Harvard lists
(authors joined by "&" or "en", "(reds.)" before the year, "e.a."), and a plain-text table
row that starts with a number (no page-bottom note).  Every text here is written for this
test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gost import looks_dashless
from bibcheck.parse.references.script_names import joined_people
from bibcheck.parse.references.serial import read
from bibcheck.readers import pdftext
from bibcheck.readers.authoryear import abbreviations, author_years, spans, thai_names
from tests.test_docx_mla import build, p

# --------------------------------------------------------------------------
# reference entries
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        # Afrikaans Harvard: "&" between inverted names, a single initial before the year
        (
            "Venter, K. & Muller, P. 2012. Die stem van die gemeente. Pretoria: Van Schaik.",
            ("Venter, K.", "Muller, P."),
            "Die stem van die gemeente",
            2012,
        ),
        (
            "Muller, P. 2009. Geloof in die stad. Kaapstad: Lux Verbi.",
            ("Muller, P.",),
            "Geloof in die stad",
            2009,
        ),
        # Dutch "en" between the names
        (
            "Jansen, H. en Bakker, P. 2004. Kerk en wereld. Kampen: Kok.",
            ("Jansen, H.", "Bakker, P."),
            "Kerk en wereld",
            2004,
        ),
        # the editors' role in parentheses before the year
        (
            "Venter, K. & Muller, P. (reds.) 1999. Op pad na versoening. Bloemfontein: Sun.",
            ("Venter, K.", "Muller, P."),
            "Op pad na versoening",
            1999,
        ),
        (
            "Jansen, H. (red.) 2001. Het gesprek gaat door. Zoetermeer: Boekencentrum.",
            ("Jansen, H.",),
            "Het gesprek gaat door",
            2001,
        ),
        (
            "Walker, T. & Shaw, R. (eds.) 2003. Voices of the river. Durban: Tide Press.",
            ("Walker, T.", "Shaw, R."),
            "Voices of the river",
            2003,
        ),
        # "e.a." (Dutch, Afrikaans et al.) after the names
        (
            "Botes, A.J., Pienaar, P.M. e.a. 1997. Die sending vandag. Johannesburg: Orion.",
            ("Botes, A.J.", "Pienaar, P.M."),
            "Die sending vandag",
            1997,
        ),
    ],
)
def test_afrikaans_and_dutch_author_date_entries(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "host", "volume", "issue", "pages"),
    [
        ("Teologiese Tydskrif, 41(3&4):210-225", "Teologiese Tydskrif", "41", "3&4", "210-225"),
        ("Journal of Missiology, 12(2):45-60", "Journal of Missiology", "12", "2", "45-60"),
        ("Journal of Missiology, 12:45-60", "Journal of Missiology", "12", None, "45-60"),
        ("Eng Struct 56:1787–1799", "Eng Struct", "56", None, "1787–1799"),
    ],
)
def test_harvard_journal_numbering_after_a_comma(
    text: str, host: str, volume: str, issue: str | None, pages: str
) -> None:
    found = read(text)
    assert found is not None
    assert (found.host, found.volume, found.issue, found.pages) == (host, volume, issue, pages)


def test_harvard_article_with_a_double_issue() -> None:
    ref = parse_reference(
        "Smuts, L.M. 2018. Die kerk as gemeenskap. Teologiese Tydskrif, 59(1&2):101-119. "
        "https://doi.org/10.5555/tt-59-101",
        [1],
        detect_styles=True,
    )
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == "Teologiese Tydskrif"
    assert ref.title == "Die kerk as gemeenskap"


@pytest.mark.parametrize(
    ("text", "dashless"),
    [
        ("Botes, A.J., Pienaar, P.M. e.a. 1997. Die sending vandag. Johannesburg: Orion.", False),
        ("Klein, H., Vogt, S. u.a. 2011. Die Stadt. Berlin: Verlag.", False),
        ("Иванов И. И. Заголовок книги. М. : Наука, 2001. 200 с.", True),
    ],
)
def test_et_al_then_a_year_is_no_dashless_gost(text: str, dashless: bool) -> None:
    assert looks_dashless(text) is dashless


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("สุนทร มีสุข และวันดี รักไทย", ("สุนทร มีสุข", "วันดี รักไทย")),
        ("สุนทร มีสุข และ วันดี รักไทย", ("สุนทร มีสุข", "วันดี รักไทย")),
        ("สุนทร มีสุข, ชาญ ดีงาม และวันดี รักไทย", ("สุนทร มีสุข", "ชาญ ดีงาม", "วันดี รักไทย")),
        ("สุนทร มีสุข", None),  # one person
        ("สุนทร มีสุข และคณะ", None),  # et al.
        ("กรมป่าไม้", None),  # a body
    ],
)
def test_thai_names_joined_by_and(text: str, people: tuple[str, ...] | None) -> None:
    assert joined_people(text) == people


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        (
            "สุนทร มีสุข และวันดี รักไทย. (2564). การปลูกมันสำปะหลัง. วารสารพืชไร่, 14(2), 33–47.",
            ("สุนทร มีสุข", "วันดี รักไทย"),
            2564,
        ),
        ("สุนทร มีสุข. (2558). ดินและปุ๋ย. เชียงใหม่: สำนักพิมพ์ภูเขา.", ("สุนทร มีสุข",), 2558),
    ],
)
def test_thai_entries_keep_their_buddhist_era_year(
    text: str, authors: tuple[str, ...], year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.year == year
    assert ref.year_raw == str(year)
    assert not any(a.code is AnomalyCode.YEAR_MALFORMED for a in ref.anomalies)


# --------------------------------------------------------------------------
# mentions
# --------------------------------------------------------------------------

THAI_LIST = [
    ("1", "กรมป่าไม้. (2562). รายงานประจำปี 2561. กรุงเทพฯ: กรมป่าไม้."),
    ("2", "สุนทร มีสุข. (2558). ดินและปุ๋ย. เชียงใหม่: สำนักพิมพ์ภูเขา."),
    ("3", "สุนทร มีสุข และวันดี รักไทย. (2564). การปลูกมันสำปะหลัง. วารสารพืชไร่, 14(2), 33–47."),
    ("4", "World Meteorological Organization. (2019). State of the climate. Geneva: WMO."),
    ("5", "Harlow, J. (2011). Dry seasons. London: Field Press."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("ดินในภาคเหนือเป็นกรด (สุนทร มีสุข, 2558)", ["2"]),
        ("งานของสุนทร มีสุข (2558) พบว่า", ["2"]),  # the given name glued to the sentence
        ("(สุนทร มีสุข และวันดี รักไทย, 2564)", ["3"]),
        ("วันดี รักไทย และคณะ (2564) เสนอว่า", ["3"]),
        ("ตามรายงานของกรมป่าไม้ (2562)", ["1"]),  # a body, glued to the words before it
        ("(กรมป่าไม้, 2562, หน้า 12)", ["1"]),
        ("(สุนทร มีสุข, ๒๕๕๘)", ["2"]),  # Thai digits
        ("(Harlow, 2011; สุนทร มีสุข, 2558)", ["5", "2"]),
        ("ปี 2558 มีฝนน้อย", []),  # a year in the sentence cites nothing
        ("(สุนทร มีสุข, 2560)", []),  # a year no entry has
    ],
)
def test_thai_mentions(text: str, labels: list[str]) -> None:
    index = author_years(THAI_LIST)
    assert [label for _, _, label in spans(text, index)] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("(World Meteorological Organization [WMO], 2019)", ["4"]),
        ("(WMO, 2019)", ["4"]),
        ("WMO (2019) warns", ["4"]),
        ("(WMO, 2018)", []),
    ],
)
def test_a_body_cited_by_its_abbreviation(text: str, labels: list[str]) -> None:
    index = author_years(THAI_LIST)
    assert [label for _, _, label in spans(text, index)] == labels


@pytest.mark.parametrize(
    ("body", "text", "found"),
    [
        ("World Health Organization", "World Health Organization. (2020). T.", {"WHO"}),
        (
            "Food and Water Council of the Southern Region",
            "Food and Water Council of the Southern Region. (2015). T. Harare: FWC.",
            {"FWCSR", "FWC"},
        ),
        ("Statistics Board", "Statistics Board. (2015). T. Oslo: SSB.", {"SB"}),
    ],
)
def test_abbreviations(body: str, text: str, found: set[str]) -> None:
    assert abbreviations(body, text) == found


def test_thai_names_leave_out_and() -> None:
    assert thai_names("สุนทร มีสุข และวันดี รักไทย. ") == ["สุนทร", "มีสุข", "วันดี", "รักไทย"]
    assert thai_names("กรมป่าไม้. ") == ["กรมป่าไม้"]


# --------------------------------------------------------------------------
# whole documents
# --------------------------------------------------------------------------

THAI_TEXT = """\
{h1}การปลูกมันสำปะหลังในภาคอีสาน

เกษตรกรปรับเปลี่ยนพันธุ์มากขึ้น (สุนทร มีสุข และวันดี รักไทย, 2564) และงานของสุนทร มีสุข (2558) พบว่าดินเป็นกรด
ตามรายงานของกรมป่าไม้ (2562) พื้นที่ป่าลดลง ขณะที่ (World Meteorological Organization [WMO], 2019) เตือนเรื่องภัยแล้ง
ผลนี้สอดคล้องกับ (WMO, 2019; Harlow, 2011)

{h2}เอกสารอ้างอิง

กรมป่าไม้. (2562). รายงานประจำปี 2561. กรุงเทพฯ: กรมป่าไม้.

สุนทร มีสุข. (2558). ดินและปุ๋ย. เชียงใหม่: สำนักพิมพ์ภูเขา.

สุนทร มีสุข และวันดี รักไทย. (2564). การปลูกมันสำปะหลัง. วารสารพืชไร่, 14(2), 33–47.

Harlow, J. (2011). Dry seasons. London: Field Press.

World Meteorological Organization. (2019). State of the climate. Geneva: WMO.
"""

THAI_PAIRS = {("3", 3), ("2", 3), ("1", 4), ("5", 4), ("5", 5), ("4", 5)}


def _cited(doc: ParsedDocument) -> set[tuple[str, int]]:
    return {(m.label, m.line) for fn in doc.footnotes for m in fn.markers}


@pytest.mark.parametrize(("name", "h1", "h2"), [("paper.txt", "", ""), ("paper.md", "# ", "## ")])
def test_thai_author_date_text(name: str, h1: str, h2: str) -> None:
    text = THAI_TEXT.format(h1=h1, h2=h2)
    doc = parse_bytes(text.encode(), name)
    assert _cited(doc) == THAI_PAIRS
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.CITATION_KEY_MISSING not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes
    years = {e.reference.year for e in doc.literature}
    assert years == {2562, 2558, 2564, 2011, 2019}


def _html(text: str) -> str:
    paragraphs = text.split("\n\n")
    body = []
    for para in paragraphs:
        para = para.strip()
        if not para:
            continue
        if para == "เอกสารอ้างอิง":
            body.append(f"<h2>{para}</h2>")
        else:
            body.append(f"<p>{para}</p>")
    return f'<html lang="th"><head><title>t</title></head><body>{"".join(body)}</body></html>'


def test_thai_author_date_html() -> None:
    doc = parse_bytes(_html(THAI_TEXT.format(h1="", h2="")).encode(), "paper.html")
    assert {label for label, _ in _cited(doc)} == {"1", "2", "3", "4", "5"}
    assert AnomalyCode.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}


def test_thai_author_date_docx() -> None:
    paragraphs = [p.strip() for p in THAI_TEXT.format(h1="", h2="").split("\n") if p.strip()]
    doc = parse_bytes(build([p(x) for x in paragraphs]), "paper.docx")
    assert {label for label, _ in _cited(doc)} == {"1", "2", "3", "4", "5"}
    assert AnomalyCode.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}


AFRIKAANS_TEXT = """\
HOOFSTUK 4
DIE GEMEENTE AS GETUIE

4.1 Inleiding
Soos Venter en Muller (2012:30) aantoon, begin die gesprek in die gemeente (Muller 2009:12-14).
Die bundel van Venter en Muller (1999) bespreek die begrip breedvoerig (vgl. ook Botes e.a. 1997:88).

Tabel 4.1: Temas in die hoofstukke
Hoofstuk\tTema\tSkrifgedeelte
1\tGetuienis\tHandelinge 1:8
2\tDiens\tMarkus 10:45
3\tHoop\tRomeine 8:24

4.2 Gevolgtrekking
Muller (2009:40) beskryf die proses as 'n reis; ander lees dit anders (Venter & Muller 2012:41; Botes e.a. 1997:90).

BRONNELYS
Botes, A.J., Pienaar, P.M. e.a. 1997. Die sending vandag. Johannesburg: Orion.
Muller, P. 2009. Geloof in die stad. Kaapstad: Lux Verbi.
Venter, K. & Muller, P. (reds.) 1999. Op pad na versoening. Bloemfontein: Sun.
Venter, K. & Muller, P. 2012. Die stem van die gemeente. Pretoria: Van Schaik.
"""


def test_afrikaans_chapter_with_a_table_and_no_notes() -> None:
    doc = parse_bytes(AFRIKAANS_TEXT.encode(), "hoofstuk4.txt")
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.UNREAD_REGION not in codes  # the table's rows are no page notes
    assert _cited(doc) == {
        ("4", 5),
        ("2", 5),
        ("3", 6),
        ("1", 6),
        ("2", 15),
        ("4", 15),
        ("1", 15),
    }
    refs = [e.reference for e in doc.literature]
    assert [r.year for r in refs] == [1997, 2009, 1999, 2012]
    assert refs[3].authors == ("Venter, K.", "Muller, P.")
    assert refs[2].title == "Op pad na versoening"


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("2\tEenheid\tJohannes 17:20-23", False),  # a table row of three cells
        ("14\tGetuienis\t12\t8", False),
        ("3 See Smith 2010, 45.", True),
        ("3\tSee Smith 2010, 45.", True),  # a note whose number a tab sets apart
    ],
)
def test_a_table_row_is_no_note(line: str, note: bool) -> None:
    assert (pdftext._definition(line) is not None) is note
