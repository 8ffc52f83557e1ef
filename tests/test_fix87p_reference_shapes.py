"""Literature entries of Indic-language articles (round 87): a newspaper's article dated to the
day with its paper and page ("ಪ್ರಜಾವಾಣಿ, ಪು. 1."), a chapter whose book's editors and pages
stand with no "In" before them ("ಎಸ್. ಎನ್. ಜೋಶಿ (ಸಂ.), ಕೃತಿ (ಪುಟ 88–104)."), a body's work whose
title opens with a dotted abbreviation of the script ("ಮಂಗಳೂರು ವಿಶ್ವವಿದ್ಯಾಲಯ. ಬಿ.ಪಿ.ಎಡ್.
ಪಠ್ಯಕ್ರಮ"), the other Indic languages' words for a university or a ministry, and a case whose
first party is a body ("Union of India v. Nagaraja")."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.generic import split_sentences
from tests.test_regex_growth import assert_linear


def _read(text: str) -> Reference:
    return parse_reference(text, [0], detect_styles=True)


@pytest.mark.parametrize(
    ("text", "paper", "pages"),
    [
        ("ರಾವ್, ಗಿರೀಶ್ (2017, ಫೆಬ್ರವರಿ 13). ಕಂಬಳಕ್ಕೆ ಮತ್ತೆ ಜೀವ: ಸುಗ್ರೀವಾಜ್ಞೆಗೆ ರಾಜ್ಯಪಾಲರ ಅಂಕಿತ. "
         "ಪ್ರಜಾವಾಣಿ, ಪು. 1.", "ಪ್ರಜಾವಾಣಿ", "1"),
        ("शर्मा, रमेश (2019, मार्च 4). गाँव के खेलों की वापसी. दैनिक जागरण, पृ. 7.",
         "दैनिक जागरण", "7"),
        ("రెడ్డి, కె. (2020, జనవరి 15). కబడ్డీకి కొత్త ఊపు. ఈనాడు, పే. 3.", "ఈనాడు", "3"),
        ("Menon, A. (2016, July 2). Boat races return. The Hindu, p. 5.", "The Hindu", "5"),
        ("Menon, A. (2016, July 2). Boat races return. The Hindu, pp. A1–A3.", "The Hindu",
         "A1–A3"),
    ],
)  # fmt: skip
def test_newspaper_article_with_its_page(text: str, paper: str, pages: str) -> None:
    ref = _read(text)
    assert (ref.kind, ref.host, ref.pages) == (RefKind.ARTICLE, paper, pages)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a book dated to the year, its publisher after the title: no paper, no page
        ("ಶೆಟ್ಟಿ, ಕೆ. ಪ್ರಭಾಕರ (2015). ಕಂಬಳ: ತುಳುನಾಡಿನ ಕೃಷಿ ಕ್ರೀಡೆ. ಉಡುಪಿ: ಸಿರಿ ಪ್ರಕಾಶನ.",
         RefKind.BOOK),
        ("Menon, A. (2016). Boat races of Kerala. Kochi: Current Books.", RefKind.BOOK),
    ],
)  # fmt: skip
def test_books_stay_books(text: str, kind: RefKind) -> None:
    assert _read(text).kind is kind


@pytest.mark.parametrize(
    ("text", "title", "book", "pages", "editors"),
    [
        ("ಕಾಮತ್, ವಿನಯ (2018). ಕುಸ್ತಿ ಮತ್ತು ಮೈಸೂರು ದಸರಾ. ಎಸ್. ಎನ್. ಜೋಶಿ (ಸಂ.), ಕರ್ನಾಟಕದ ದೇಶೀ "
         "ಕ್ರೀಡೆಗಳು (ಪುಟ 88–104). ಬೆಂಗಳೂರು: ಕನ್ನಡ ಪುಸ್ತಕ ಪ್ರಾಧಿಕಾರ.", "ಕುಸ್ತಿ ಮತ್ತು ಮೈಸೂರು ದಸರಾ",
         "ಕರ್ನಾಟಕದ ದೇಶೀ ಕ್ರೀಡೆಗಳು", "88–104", ("ಎಸ್. ಎನ್. ಜೋಶಿ",)),
        ("शर्मा, राम (2018). कुश्ती और दशहरा. अ. ब. वर्मा (सं.), भारत के देशी खेल (पृ. 12–30). "
         "दिल्ली: राजकमल प्रकाशन.", "कुश्ती और दशहरा", "भारत के देशी खेल", "12–30",
         ("अ. ब. वर्मा",)),
        ("Kamath, V. (2018). Wrestling at Dasara. S. N. Joshi (Ed.), Indigenous games of "
         "Karnataka (pp. 88–104). Bengaluru: Kannada Book Authority.", "Wrestling at Dasara",
         "Indigenous games of Karnataka", "88–104", ("S. N. Joshi",)),
    ],
)  # fmt: skip
def test_chapter_with_no_in_word(
    text: str, title: str, book: str, pages: str, editors: tuple[str, ...]
) -> None:
    ref = _read(text)
    assert (ref.kind, ref.title, ref.host, ref.pages, ref.editors) == (
        RefKind.CHAPTER,
        title,
        book,
        pages,
        editors,
    )


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        ("ಮಂಗಳೂರು ವಿಶ್ವವಿದ್ಯಾಲಯ. ಬಿ.ಪಿ.ಎಡ್. ಪಠ್ಯಕ್ರಮ: ದೈಹಿಕ ಶಿಕ್ಷಣ ಸ್ನಾತಕ ಪದವಿ. ಸಂದರ್ಶಿಸಿದ "
         "ದಿನಾಂಕ 02.04.2026, https://mangaloreuniversity.example.org/syllabus/bped.pdf",
         ("ಮಂಗಳೂರು ವಿಶ್ವವಿದ್ಯಾಲಯ",), "ಬಿ.ಪಿ.ಎಡ್. ಪಠ್ಯಕ್ರಮ: ದೈಹಿಕ ಶಿಕ್ಷಣ ಸ್ನಾತಕ ಪದವಿ"),
        ("ಕುವೆಂಪು ವಿಶ್ವವಿದ್ಯಾಲಯ. ಎಂ.ಎ. ಕನ್ನಡ ಪಠ್ಯಕ್ರಮ. ಸಂದರ್ಶಿಸಿದ ದಿನಾಂಕ 02.04.2026, "
         "https://ku.example.org/ma.pdf", ("ಕುವೆಂಪು ವಿಶ್ವವಿದ್ಯಾಲಯ",), "ಎಂ.ಎ. ಕನ್ನಡ ಪಠ್ಯಕ್ರಮ"),
        ("తెలుగు విశ్వవిద్యాలయం. బి.పి.ఎడ్. పాఠ్యప్రణాళిక: శారీరక విద్య. "
         "https://tu.example.org/bped.pdf", ("తెలుగు విశ్వవిద్యాలయం",),
         "బి.పి.ఎడ్. పాఠ్యప్రణాళిక: శారీరక విద్య"),
        ("मुंबई विश्वविद्यालय. बी.पी.एड. पाठ्यक्रम: शारीरिक शिक्षा स्नातक उपाधि. अभिगमन तिथि "
         "02.04.2026, https://mu.example.org/syllabus/bped.pdf", ("मुंबई विश्वविद्यालय",),
         "बी.पी.एड. पाठ्यक्रम: शारीरिक शिक्षा स्नातक उपाधि"),
    ],
)  # fmt: skip
def test_body_and_dotted_abbreviation_in_title(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = _read(text)
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("ಬಿ.ಪಿ.ಎಡ್. ಪಠ್ಯಕ್ರಮ. ಮುಂದೆ", ["ಬಿ.ಪಿ.ಎಡ್. ಪಠ್ಯಕ್ರಮ.", "ಮುಂದೆ"]),
        ("पी.एच.डी. शोध प्रबंध. दिल्ली", ["पी.एच.डी. शोध प्रबंध.", "दिल्ली"]),
        # one syllable alone ends its sentence ("है."), as a word does
        ("यह खेल है. दूसरा वाक्य", ["यह खेल है.", "दूसरा वाक्य"]),
        ("ಕಂಬಳ ಕ್ರೀಡೆ. ಮುಂದೆ", ["ಕಂಬಳ ಕ್ರೀಡೆ.", "ಮುಂದೆ"]),
    ],
)  # fmt: skip
def test_indic_dotted_abbreviation_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Animal Welfare Board of India v. A. Nagaraja, (2014) 7 SCC 547 (Supreme Court of "
         "India, 7 May 2014).", "Animal Welfare Board of India v. A. Nagaraja"),
        ("Union of India v. Nagaraja, (2014) 7 SCC 547.", "Union of India v. Nagaraja"),
        ("Bar Council of India v. Board of Management, (2006) 3 SCC 120.",
         "Bar Council of India v. Board of Management"),
        # (read before: a state's or a person's first party)
        ("State of Punjab v. G. Singh, (1996) 2 SCC 384.", "State of Punjab v. G. Singh"),
    ],
)  # fmt: skip
def test_case_with_a_body_first(text: str, title: str) -> None:
    ref = _read(text)
    assert (ref.authors, ref.title) == ((), title)


def test_body_first_entries_keep_their_body() -> None:
    ref = _read("World Health Organization. Global report on diabetes. Geneva: WHO; 2016.")
    assert (ref.authors, ref.title) == (("World Health Organization",), "Global report on diabetes")


def test_indic_dotted_stays_linear() -> None:
    assert_linear(split_sentences, lambda n: "ಬಿ.ಪಿ. " * (n // 7))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body's page of its site, its title quoted: the page (the academy a body now)
        ("കേരള സംഗീതനാടക അക്കാദമി, “പുരസ്കാരങ്ങൾ: ക്ഷേത്രകലകൾ,” "
         "https://ksna.example.org/puraskarangal/kshetrakala (സന്ദർശിച്ചത് 2026 ഒക്ടോബർ 30).",
         RefKind.WEB),
        ("पुणे महानगरपालिका, “पुरस्कार: मंदिर कला,” https://pmc.example.org/puraskar "
         "(अभिगमन 30 अक्टूबर 2026).", RefKind.WEB),
        # a body's document, in italics or in its gazette, or with its place: its report
        ("नगर विकास विभाग, «अधिसूचना», *महाराष्ट्र शासन राजपत्र*, 2018.", RefKind.REPORT),
        ("पुणे महानगरपालिका, «शहर विकास आराखडा», पुणे, 2017.", RefKind.REPORT),
        ("पुणे महानगरपालिका, *शहर विकास आराखडा*, पुणे, 2017.", RefKind.REPORT),
    ],
)  # fmt: skip
def test_indic_body_page_and_report(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True, note=True).kind is kind
