"""Fix round 41 (d): note rules for the round-31 held-out misses, every language.

Turkic ibidem words; a guillemet-quoted title before an italic journal (no Polish-style
note); economic report genres; OSCOLA authors with spaced initials; a year after a
lower-case word of prose; a claim that names its own source's author."""

from __future__ import annotations

import pytest

from bibcheck.analyse.claim_source import claim_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.polish_notes import polish_note
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.reportkind import titled_report, web_report


def _note(text: str) -> Reference:
    return parse_reference(text, (1,), note=True, detect_styles=True)


# ---- ibidem in the Turkic languages ------------------------------------------------------


@pytest.mark.parametrize(
    "repeat",
    [
        "Şol ýerde, 118.",  # Turkmen (Latin)
        "Шол ерде, 40 с.",  # Turkmen (Cyrillic)
        "Aynı eser, s. 77.",  # Turkish
        "Aynı yerde, s. 12.",  # Turkish
        "Шунда ук, 23 б.",  # Tatar
        "Шунда уҡ, 61 б.",  # Bashkir
        "Yenə orada, s. 9.",  # Azerbaijani (kept)
        "O'sha joyda, 14-b.",  # Uzbek, a straight apostrophe (kept)
    ],
)
def test_turkic_ibidem_repeats_the_note_before(repeat: str) -> None:
    assert citation_start(repeat)[1] is False
    notes = ["Aman Durdyýew, *Suw we ýer* (Aşgabat: Ylym, 2011), 5.", repeat]
    found = find_repeats(notes)
    assert found[0] is None
    assert found[1] is not None and found[1].target == 0


@pytest.mark.parametrize(
    "prose",
    [
        "Şol ýerdäki ýagdaý başgaça.",  # "the situation there" (a longer word): prose
        "Aynı eserde başka bir görüş de var.",
    ],
)
def test_turkic_ibidem_words_inside_longer_words_are_prose(prose: str) -> None:
    assert find_repeats(["Aman Durdyýew, *Suw we ýer* (Aşgabat: Ylym, 2011), 5.", prose])[1] is None


# ---- a quoted title before an italic journal is no Polish-tradition note ---------------


def _italic(italic: str) -> Reference | None:
    plain = italic.replace("*", "")
    return polish_note(italic, parse_reference(plain, (1,), detect_styles=True, note=True))


@pytest.mark.parametrize(
    ("italic", "author", "title"),
    [
        (
            "Merdan Gurbanow, «Suw paýlanyşy we daýhan hojalyklary», *Oba hojalyk žurnaly*, "
            "no. 2 (2016): 12–30.",
            "Merdan Gurbanow",
            "Suw paýlanyşy we daýhan hojalyklary",
        ),
        (
            "Pavel Černý, «Obchod s bavlnou v Asii», *Ekonomický časopis* 61, no. 4 (2013): 5–19.",
            "Pavel Černý",
            "Obchod s bavlnou v Asii",
        ),
        (
            "Anna Kälin, «Die Zollpolitik der Kantone», *Schweizerische Zeitschrift für "
            "Geschichte* 52 (2002): 7–31.",
            "Anna Kälin",
            "Die Zollpolitik der Kantone",
        ),
    ],
)
def test_guillemet_title_then_italic_journal(italic: str, author: str, title: str) -> None:
    assert _italic(italic) is None  # the Polish reading does not take it
    ref = _note(italic.replace("*", ""))
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.kind is RefKind.ARTICLE


def test_polish_note_with_italic_title_still_read() -> None:
    ref = _italic("J. Nowak, *Dzieje handlu bawełną*, Kraków: Universitas 2014, s. 33.")
    assert ref is not None and ref.title == "Dzieje handlu bawełną" and ref.authors == ("J. Nowak",)


# ---- economic report genres ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("Kazakhstan: Country Economic Memorandum", True),
        ("Georgia: Public Expenditure Review", True),
        ("Moldova Systematic Country Diagnostic", True),
        ("Groundwater Modelling Technical Memorandum", True),
        ("The Quiller Memorandum", False),  # a novel: "Memorandum" alone names no report
        ("Memorandum on the Law of Contract", False),
    ],
)
def test_economic_report_genres(title: str, report: bool) -> None:
    assert titled_report(title) is report
    assert web_report(title) is report


def test_development_bank_memorandum_note_is_a_report() -> None:
    ref = _note(
        "World Bank, *Armenia: Country Economic Memorandum* (Washington, DC: World Bank, 2017), 8."
    )
    assert ref.kind is RefKind.REPORT
    entry = parse_reference(
        "World Bank. *Armenia: Country Economic Memorandum*. Washington, DC: World Bank, 2017. "
        "https://openknowledge.worldbank.org/handle/10986/99999.",
        (1,),
        detect_styles=True,
    )
    assert entry.kind is RefKind.REPORT


# ---- OSCOLA books by authors whose initials are spaced ------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "title", "year"),
    [
        ("A O Adeyemi, Customary Tenure in Yorubaland (Spectrum 1988) 14.", "A O Adeyemi", "Customary Tenure in Yorubaland", 1988),
        ("C N Obi, Family Property (2nd edn, Malthouse 2003) 101.", "C N Obi", "Family Property", 2003),
        ("K A B Mensah, Ghana Land Law (Sankofa 1999) 7.", "K A B Mensah", "Ghana Land Law", 1999),
        # (unspaced initials, as before)
        ("JAG Griffith, The Politics of the Judiciary (Fontana 1977) 3.", "JAG Griffith", "The Politics of the Judiciary", 1977),
    ],
)  # fmt: skip
def test_oscola_book_with_spaced_initials(text: str, author: str, title: str, year: int) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.year, ref.kind) == ((author,), title, year, RefKind.BOOK)


# ---- a year after a lower-case word of prose ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        # prose in a language whose date words the lists do not know (Igbo, Yoruba, Samoan)
        ("Edemede a sitere n’okwu e kwuru n’afo 2017; mmejo niile bu nke m.", True),
        ("Oro yii ti yipada lati odun 1978, sugbon ofin naa wa sibe.", True),
        ("Na suia le tulafono i le tausaga 1990, ae le o suia le aganuu.", True),
        # ... while a month's name, an author-date or a place and year stay citations
        ("Le Monde, 3 mars 2019, 4.", False),
        ("El País, 3 de marzo de 2019, 12.", False),
        ("Okeke 2019, 45.", False),
        ("Okeke et al. 2019; Eze 2020.", False),
    ],
)
def test_year_after_a_prose_word(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


# ---- a claim that names its own source's author is no shifted note ------------------------


def test_claim_naming_its_own_author_is_not_flagged() -> None:
    md = (
        "# T\n\n"
        "Okeke held that village land is held by the lineage.[^1]\n"
        "The land law of the lineage in the village is reviewed again.[^2]\n\n"
        "[^1]: C Okeke, Property Rights (Spectrum 1990) 4.\n"
        "[^2]: A Bello, 'Village Land and the Lineage' (2012) 7 Journal of Land Law 3.\n"
    )
    doc = parse_bytes(md.encode(), "d.md")
    assert [f for f in claim_findings(doc) if "1" in f.footnotes[:1]] == []
