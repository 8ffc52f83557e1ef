"""fix42a: a script's own full stop ends a name or title as ". " does in Latin script -- the
Tibetan and Dzongkha shad "།" (a tsheg before it part of the stop), the Devanagari and
Bengali danda "।", the Burmese "။", the Khmer "។", the Ethiopic "።" -- so a reference in
those scripts is parted into names, title, place, publisher and year; a note on the
author's own fieldwork, with no work in it, is commentary; a Tibetan note's work is found in
the literature list.  Own text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import FindingKind, RefKind
from bibcheck.parse.references import caseless, commentary, parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.native_stops import latin_stops
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a shad after a syllable: a full stop; a tsheg before it is part of the stop
        ("ཀ་ཁ། ག་ང་། ཅ", "ཀ་ཁ. ག་ང.  ཅ"),
        # a shad before a Latin comma or parenthesis: the Latin mark parts the items
        ("ཀ་ཁ།, ག་ང་།)", "ཀ་ཁ , ག་ང  )"),
        # a double shad, a run of shads
        ("ཀ་ཁ༎ ག", "ཀ་ཁ. ག"),
        ("ཀ་ཁ།། ག", "ཀ་ཁ.  ག"),
        ("राम। श्याम॥", "राम. श्याम."),
        ("မောင်ထင်။ ရန်ကုန်၊ ဂီတ", "မောင်ထင်. ရန်ကုန်, ဂီတ"),
        ("សុខ។ ភ្នំពេញ៖ ក", "សុខ. ភ្នំពេញ: ក"),
        ("ሰላም። አበባ፣ ገጽ፤ ሀ", "ሰላም. አበባ, ገጽ; ሀ"),
        ("ابن طولون، شمس؛", "ابن طولون, شمس;"),
        ("Latin text. Unchanged, here.", "Latin text. Unchanged, here."),
    ],
)
def test_latin_stops(text: str, read: str) -> None:
    assert latin_stops(text) == read
    assert len(latin_stops(text)) == len(text)


_BOOKS = [
    # (reference, names, title, year, place, publisher)
    (  # Tibetan bibliography: every item ended with the shad
        "ཚེ་རིང་དབང་འདུས། ལ་དྭགས་ཀྱི་གླུ་གཞས། ལྷ་ས། བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་། 1995།",
        "ཚེ་རིང་དབང་འདུས",
        "ལ་དྭགས་ཀྱི་གླུ་གཞས",
        1995,
        "ལྷ་ས",
        "བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང",
    ),
    (  # ... with Tibetan digits and a Latin colon and comma in the imprint
        "ཚེ་རིང་དབང་འདུས། ལ་དྭགས་ཀྱི་གླུ་གཞས། ལྷ་ས: བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང, ༡༩༩༥།",
        "ཚེ་རིང་དབང་འདུས",
        "ལ་དྭགས་ཀྱི་གླུ་གཞས",
        1995,
        "ལྷ་ས",
        "བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང",
    ),
    (  # Dzongkha
        "ཀུན་ལེགས་རྡོ་རྗེ། འབྲུག་གི་ཞབས་བྲོ། ཐིམ་ཕུ། འབྲུག་རིག་གཞུང་ལྟེ་བ། 2011།",
        "ཀུན་ལེགས་རྡོ་རྗེ",
        "འབྲུག་གི་ཞབས་བྲོ",
        2011,
        "ཐིམ་ཕུ",
        "འབྲུག་རིག་གཞུང་ལྟེ་བ",
    ),
    (  # Hindi, the danda for the full stop
        "राम प्रसाद शर्मा। लोकगीतों का इतिहास। वाराणसी: भारती प्रकाशन, 1987।",
        "राम प्रसाद शर्मा",
        "लोकगीतों का इतिहास",
        1987,
        "वाराणसी",
        "भारती प्रकाशन",
    ),
    (  # Bengali
        "মোহাম্মদ রহিম। বাংলা লোকসংগীত। ঢাকা: বাংলা একাডেমি, 2004।",
        "মোহাম্মদ রহিম",
        "বাংলা লোকসংগীত",
        2004,
        "ঢাকা",
        "বাংলা একাডেমি",
    ),
    (  # Burmese
        "မောင်ထင်။ မြန်မာ့ဂီတသမိုင်း။ ရန်ကုန်: စာပေဗိမာန်, 1978။",
        "မောင်ထင်",
        "မြန်မာ့ဂီတသမိုင်း",
        1978,
        "ရန်ကုန်",
        "စာပေဗိမာန်",
    ),
    (  # Khmer, its own colon
        "សុខ ចាន់។ ប្រវត្តិតន្ត្រីខ្មែរ។ ភ្នំពេញ៖ បណ្ណាគារអង្គរ, 2009។",
        "សុខ ចាន់",
        "ប្រវត្តិតន្ត្រីខ្មែរ",
        2009,
        "ភ្នំពេញ",
        "បណ្ណាគារអង្គរ",
    ),
    (  # Amharic (as before)
        "ተስፋዬ ገብረ። የኢትዮጵያ ሙዚቃ ታሪክ። አዲስ አበባ፡ ብርሃንና ሰላም, 1995።",
        "ተስፋዬ ገብረ",
        "የኢትዮጵያ ሙዚቃ ታሪክ",
        1995,
        "አዲስ አበባ",
        "ብርሃንና ሰላም",
    ),
]


@pytest.mark.parametrize(("text", "names", "title", "year", "place", "publisher"), _BOOKS)
def test_entries_parted_at_the_scripts_full_stop(
    text: str, names: str, title: str, year: int, place: str, publisher: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (names,)
    assert ref.title == title
    assert (ref.year, ref.place, ref.publisher) == (year, place, publisher)
    assert ref.kind is RefKind.BOOK
    assert ref.raw == text


@pytest.mark.parametrize(
    "text",
    [
        # Chicago's note, the shad kept before the Latin comma, the place ended by a shad
        "ཚེ་རིང་དབང་འདུས།, ལ་དྭགས་ཀྱི་གླུ་གཞས། (ལྷ་ས། བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་།, 1995), 12.",
        # ... its title in italics, a Latin colon after the place
        "ཚེ་རིང་དབང་འདུས།, *ལ་དྭགས་ཀྱི་གླུ་གཞས།* (ལྷ་ས: བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་།, 1995), 12.",
        # ... no shad at all
        "ཚེ་རིང་དབང་འདུས, ལ་དྭགས་ཀྱི་གླུ་གཞས (ལྷ་ས: བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང, 1995), 12.",
    ],
)
def test_tibetan_notes(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors == ("ཚེ་རིང་དབང་འདུས",)
    assert ref.title == "ལ་དྭགས་ཀྱི་གླུ་གཞས"
    assert ref.year == 1995
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        ("The songs were recorded by the author at Hemis in July 2016.", True),
        ("Interviews conducted by the author in Leh, 3 and 5 May 2018; names withheld.", True),
        ("From the author's field notes, 12 October 2021.", True),
        ("Field recordings of the author, Thimphu, 2019.", True),
        ("Vom Verfasser aufgenommen am 3. Juli 2019 in Lamayuru.", True),
        ("Enquête de terrain, juin 2017, à Dharamsala.", True),
        ("Trabajo de campo en Cuzco, marzo de 2016.", True),
        ("Полевые материалы автора, Тыва, 2015 г.", True),
        # a work beside the fieldwork: a citation
        (
            "Recorded by the author in 2016; see Anna Pell, The Fenmouth Quays "
            "(Norwich: Dunmore Press, 1988), 14.",
            False,
        ),
        ('Pell, "Songs Collected by the Author and Others," 2010, 14.', False),
        ("Anna Pell, Fieldwork Notes (Norwich: Dunmore Press, 1988), 40.", False),
    ],
)
def test_fieldwork_notes_are_commentary(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


_PAPER = """ལ་དྭགས་ཀྱི་གླུ།

གླུ་གཞས་འདི་དག་ལོ་རྒྱུས་རིང་པོ་ཡོད།[1] The tunes were sung by two singers.[2] གླུ་ཚིག་ཁ་ཤས་བསྒྱུར་ཡོད།[3]

མཆན།

1. ཚེ་རིང་དབང་འདུས།, ལ་དྭགས་ཀྱི་གླུ་གཞས། (ལྷ་ས། བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་།, 1995), 12.
2. The singers were recorded by the author in Leh on 4 and 6 June 2018; both asked to stay unnamed.
3. Anna Pell, The Fenmouth Quays (Norwich: Dunmore Press, 1988), 14.

དཔྱད་གཞི།

Pell, Anna. The Fenmouth Quays. Norwich: Dunmore Press, 1988.
ཚེ་རིང་དབང་འདུས། ལ་དྭགས་ཀྱི་གླུ་གཞས། ལྷ་ས། བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་། 1995།
"""


def test_tibetan_notes_find_their_entries() -> None:
    doc = parse_bytes(_PAPER.encode(), "paper.txt")
    assert doc.reader == "plain-text"
    kinds = {f.label: f.reference.kind for f in doc.footnotes if f.reference is not None}
    assert kinds == {"1": RefKind.BOOK, "2": RefKind.COMMENTARY, "3": RefKind.BOOK}
    entry = doc.literature[1].reference
    assert (entry.authors, entry.title, entry.kind) == (
        ("ཚེ་རིང་དབང་འདུས",),
        "ལ་དྭགས་ཀྱི་གླུ་གཞས",
        RefKind.BOOK,
    )
    findings = analyse_document(doc, {}, {})
    kinds_found = {f.kind for f in findings}
    assert FindingKind.MISSING_LITERATURE_ENTRY not in kinds_found
    assert FindingKind.UNCITED_LITERATURE_ENTRY not in kinds_found


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ཀ་།" * (n // 3), id="tsheg-shads"),
        pytest.param(lambda n: "ཀ" + "།" * n, id="shad-run"),
        pytest.param(lambda n: "།," * (n // 2), id="shad-commas"),
        pytest.param(lambda n: "ཀ། " * (n // 3) + "1995།", id="many-items"),
        pytest.param(lambda n: "ཀ, ཁ (" + "ཀ. " * (n // 3), id="open-facts"),
        pytest.param(lambda n: "(ཀ. ཁ" * (n // 5), id="facts-repeated"),
        pytest.param(lambda n: "by the " * (n // 7), id="by-the"),
        pytest.param(lambda n: "the author's " * (n // 13), id="authors"),
        pytest.param(lambda n: "enregistr" + "e" * n, id="long-word"),
    ],
)
def test_additions_are_linear(line: Line) -> None:
    assert_linear(latin_stops, line)
    assert_linear(caseless.parse, line)
    assert_linear(lambda text: caseless._STOPPED_FACTS.search(text), line)
    assert_linear(lambda text: caseless._STOPPED_AREA.match(text), line)
    assert_linear(lambda text: commentary._FIELDWORK.search(text), line)
    assert_linear(commentary.citation_start, line)
