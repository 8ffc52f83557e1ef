"""APA entries in Indic scripts: a newspaper's article dated by a month the script writes
with vowel signs; an act titled by its name and year (fix85k).

* ``Name, I. (2021, નવેમ્બર 26). Title. *Paper*. <url>``: the month's vowel signs and virama
  break a run of letters, so the date was read as no month and the entry as a web page; a
  month the scripts' month table knows (:func:`.scriptmonths.named_month`) dates it, and
  the roman title before the italic paper makes it the paper's article
  (:mod:`.italic_outlet`).
* ``Body. (1961). *… અધિનિયમ, ૧૯૬૧* (… નં. 10, 1962). Department. <url>``: a title that is an
  act's name ending in the word for a law and its year (:func:`.acts.caseless_titled_law`),
  under a body's name, is legislation, a ``report`` -- not the article or the book its
  parenthesised number made it (:mod:`.legal_kind`).

Own examples; near-misses keep their kinds.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        (
            "પટેલ, કે. (2022, ડિસેમ્બર 14). ગામની ડેરીમાં નવું યંત્ર. *સંદેશ*. "
            "<https://www.sandesh.example.net/2022/08/14/dairy>",
            RefKind.ARTICLE,
            "સંદેશ",
        ),
        (
            "शर्मा, ए. (2021, नवंबर 26). दूध की कीमतें बढ़ीं. *दैनिक समाचार*. "
            "<https://www.samachar.example.net/2021/11/26/doodh>",
            RefKind.ARTICLE,
            "दैनिक समाचार",
        ),
        (
            "குமார், ச. (2020, பிப்ரவரி 5). பால் விலை உயர்வு. *தினச் செய்தி*. "
            "<https://www.seithi.example.net/2020/01/05/paal>",
            RefKind.ARTICLE,
            "தினச் செய்தி",
        ),
    ],
)
def test_month_dated_paper_article(text: str, kind: RefKind, host: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is kind
    assert ref.host == host


@pytest.mark.parametrize(
    "text",
    [
        "ગુજરાત સરકાર. (1955). *ગુજરાત પંચાયત અધિનિયમ, ૧૯૫૫* (ગુજરાત અધિનિયમ નં. 6, 1956). "
        "પંચાયત વિભાગ. <https://gujarat.example.org/acts/panchayat-1955.pdf>",
        "महाराष्ट्र शासन. (1960). *महाराष्ट्र सहकारी संस्था अधिनियम, 1960* (महाराष्ट्र अधिनियम "
        "क्र. 24). विधि विभाग.",
    ],
)
def test_caseless_act_is_report(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person's article about an act, in a journal with pages
        ("पटेल, आर. (2018). सहकारी अधिनियम, 1961. *सहकार*, *12*(3), 22–30.", RefKind.ARTICLE),
        # a person's book titled by the act, from a publisher
        ("पटेल, आर. (2018). *सहकारी अधिनियम, 1961*. दिल्ली: प्रकाशन.", RefKind.BOOK),
        # a book whose title holds the act's word but is no act's name and year
        ("पटेल, आर. (2018). *सहकारी अधिनियम और किसान*. दिल्ली: प्रकाशन.", RefKind.BOOK),
        # a body's page: an italic title, its site roman, dated by the month
        (
            "भारत सरकार. (2021, नवंबर 26). *दूध उत्पादन के आँकड़े*. पशुपालन विभाग. "
            "<https://www.example.gov.in/doodh>",
            RefKind.WEB,
        ),
    ],
)
def test_near_misses(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind
