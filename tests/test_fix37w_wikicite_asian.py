"""Citation templates of the Bengali, Hindi, Tamil, Thai, Armenian and Georgian Wikipedias,
with their own names and parameter names ({{বই উদ্ধৃতি|শেষাংশ=|শিরোনাম=|বছর=}},
{{पुस्तक सन्दर्भ|लेखक=|शीर्षक=}}, {{อ้างหนังสือ|ผู้แต่ง=|ชื่อเรื่อง=|ปี=}}), and dates
written in a script's own digits (``১২ মার্চ ২০২১``, ``२०१९``).  Snippets written for these
tests in the patterns of those Wikipedias' articles."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from tests.test_rtl_wikicite import page, read_template

_CASES = [
    pytest.param(
        "{{বই উদ্ধৃতি |শেষাংশ=রায় |প্রথমাংশ=সুমিত্রা |শিরোনাম=Tanks of Old Bengal "
        "|প্রকাশক=Delta Press |অবস্থান=খুলনা |বছর=১৯৭৪ |পাতা=১২–১৫}}",
        {"kind": RefKind.BOOK, "title": "Tanks of Old Bengal", "year": 1974,
         "authors": ("রায়, সুমিত্রা",), "publisher": "Delta Press", "place": "খুলনা"},
        id="bn-book-bengali-digits",
    ),
    pytest.param(
        "{{বই উদ্ধৃতি |লেখক=মো আ হালিম |শিরোনাম=পুকুরের ইতিহাস |বছর=২০০১}}",
        {"kind": RefKind.BOOK, "title": "পুকুরের ইতিহাস", "year": 2001,
         "authors": ("মো আ হালিম",)},
        id="bn-book-whole-author",
    ),
    pytest.param(
        "{{ওয়েব উদ্ধৃতি |ইউআরএল=https://example.org/tanks |শিরোনাম=Village tanks "
        "|প্রকাশক=Water Board |সংগ্রহের-তারিখ=৪ মার্চ ২০২৩}}",
        {"kind": RefKind.WEB, "title": "Village tanks", "url": "https://example.org/tanks"},
        id="bn-web-local-access-date",
    ),
    pytest.param(
        "{{ওয়েব উদ্ধৃতি |url=https://example.org/salt |title=Salt in the walls "
        "|work=Delta News |date=১৭ জুন ২০১৯ |access-date=২০ জুন ২০১৯}}",
        # (a news outlet's page, work= naming it, is its article: fix58d)
        {"kind": RefKind.ARTICLE, "year": 2019, "host": "Delta News"},
        id="bn-web-english-params-bengali-dates",
    ),
    pytest.param(
        "{{সাময়িকী উদ্ধৃতি |শেষাংশ১=Sen |শিরোনাম=Brick vaults |সাময়িকী=Delta Studies "
        "|খণ্ড=৭ |বছর=২০১১}}",
        {"kind": RefKind.ARTICLE, "title": "Brick vaults", "host": "Delta Studies",
         "year": 2011},
        id="bn-journal",
    ),
    pytest.param(
        "{{पुस्तक सन्दर्भ |लेखक=राम प्रसाद |शीर्षक=बावड़ियों का इतिहास |प्रकाशक=ज्ञान प्रकाशन "
        "|स्थान=जयपुर |वर्ष=१९९८ |पृष्ठ=४०}}",
        {"kind": RefKind.BOOK, "title": "बावड़ियों का इतिहास", "year": 1998,
         "authors": ("राम प्रसाद",), "publisher": "ज्ञान प्रकाशन", "place": "जयपुर"},
        id="hi-book-devanagari-digits",
    ),
    pytest.param(
        "{{वेब सन्दर्भ |यूआरएल=https://example.in/baoli |शीर्षक=Baolis of Delhi "
        "|अभिगमन तिथि=३ मई २०२२}}",
        {"kind": RefKind.WEB, "title": "Baolis of Delhi", "url": "https://example.in/baoli"},
        id="hi-web",
    ),
    pytest.param(
        "{{நூல் மேற்கோள் |ஆசிரியர்=K. Selvan |தலைப்பு=Temple Tanks |பதிப்பகம்=Kaveri Books "
        "|ஆண்டு=2004}}",
        {"kind": RefKind.BOOK, "title": "Temple Tanks", "year": 2004,
         "publisher": "Kaveri Books"},
        id="ta-book",
    ),
    pytest.param(
        "{{อ้างหนังสือ |ผู้แต่ง=สมชาย ใจดี |ชื่อเรื่อง=บ่อน้ำโบราณ |สำนักพิมพ์=Chao Phraya Press "
        "|ปี=๒๕๔๕}}",
        {"kind": RefKind.BOOK, "title": "บ่อน้ำโบราณ", "year": 2545,
         "authors": ("สมชาย ใจดี",), "publisher": "Chao Phraya Press"},
        id="th-book-buddhist-era-thai-digits",
    ),
    pytest.param(
        "{{Վեբ աղբյուր |հղում=https://example.am/wells |վերնագիր=Old wells |տարի=2016}}",
        {"kind": RefKind.WEB, "title": "Old wells", "url": "https://example.am/wells",
         "year": 2016},
        id="hy-web",
    ),
    pytest.param(
        "{{წყარო |ავტორი=Nino Beridze |სათაური=Stone cisterns |გამომცემელი=Tbilisi Press "
        "|წელი=1987}}",
        {"title": "Stone cisterns", "year": 1987, "authors": ("Nino Beridze",),
         "publisher": "Tbilisi Press"},
        id="ka-unnamed-template-by-params",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("template", "want"), _CASES)
def test_localised_template_fields(template: str, want: dict[str, Any]) -> None:
    codes = read_template(template, want)
    assert AnomalyCode.URL_MISSING not in codes
    assert AnomalyCode.ACCESS_DATE_INVALID not in codes
    assert AnomalyCode.YEAR_MALFORMED not in codes


def test_a_wrong_access_date_in_local_digits_is_still_flagged() -> None:
    doc = parse_bytes(
        page(
            "{{ওয়েব উদ্ধৃতি |ইউআরএল=https://example.org/a |শিরোনাম=A page |সংগ্রহের-তারিখ=৩৪/১৯/২০২২}}"
        ).encode(),
        "page.wiki",
    )
    ref = doc.footnotes[0].reference
    assert ref is not None
    assert AnomalyCode.ACCESS_DATE_INVALID in {a.code for a in ref.anomalies}
