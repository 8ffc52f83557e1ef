"""APA entries written in Welsh, Irish, Basque, Icelandic, Estonian, Lithuanian, Slovene and
Afrikaans: a page with a retrieval date ("Cyrchwyd 3 Tachwedd 2026, o <https://…>", "Sótt …
af", "Herwin op … van") is a web page, not a book, and the word before the address is no
publisher; a thesis described in the writer's language ("[Traethawd doethuriaeth, Prifysgol
Bangor]", "[Tráchtas PhD, Ollscoil …]", "[Doktore-tesia, …]") is a thesis at its university.

Near-misses: a book with a publisher and an address, no retrieval date, stays a book; an
article whose title opens with "Traethawd" (an essay) is no thesis.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.thesis import designation
from tests.test_regex_growth import assert_linear


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    "text",
    [
        "Cymdeithas y Delyn. (2021). *Hanes y delyn deires yng Nghymru*. "
        "Cyrchwyd 12 Mawrth 2025, o https://telyn.example.org/hanes",
        "Amgueddfa'r Glannau. (2020). *Llongau'r harbwr a'u criwiau*. "
        "Cyrchwyd 4 Ionawr 2026, o <https://glannau.example.org/llongau>",
        "Raidió na Gaeltachta. (2020). *Stair na hamhránaíochta ar an sean-nós*. "
        "Arna rochtain 4 Márta 2025, ó https://rnag.example.ie/stair",
        "Tónlistarsafn Íslands. (2022). *Saga kórsöngs á Íslandi*. "
        "Sótt 9. janúar 2025 af https://tonlist.example.is/saga",
        "Eesti Rahvaluule Arhiiv. (2019). *Regilaulu ajalugu Eestis*. "
        "Vaadatud 3. märts 2025, https://folklore.example.ee/regilaul",
        "Suid-Afrikaanse Musiekargief. (2018). *Die geskiedenis van die koorsang in die Kaap*. "
        "Herwin op 3 Maart 2024 van https://musiek.example.co.za/koor",
    ],
    ids=["welsh", "welsh-autolink", "irish", "icelandic", "estonian", "afrikaans"],
)
def test_retrieved_page_is_web(text: str) -> None:
    ref = _parse(text)
    assert ref.kind is RefKind.WEB
    assert ref.publisher is None
    assert ref.url is not None and ref.url.startswith("https://")


def test_book_with_publisher_and_address_stays_a_book() -> None:
    ref = _parse(
        "Cymdeithas y Delyn. (2021). *Hanes y delyn deires yng Nghymru*. Gwasg y Dyffryn. "
        "https://telyn.example.org/hanes"
    )
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "degree", "school"),
    [
        (
            "Hughes, D. (2018). *Cerdd dant yn y ganrif newydd* [Traethawd doethuriaeth, "
            "Prifysgol Aberystwyth]. https://ymchwil.example.org/hughes",
            ThesisType.DOCTORAL,
            "Prifysgol Aberystwyth",
        ),
        (
            "Parri, E. (2016). *Corau plant y gogledd* [Traethawd MPhil, Prifysgol Bangor]. "
            "https://ymchwil.example.org/parri",
            ThesisType.MASTERS,
            "Prifysgol Bangor",
        ),
        (
            "Ó Briain, S. (2015). *Amhránaíocht ar an sean-nós i gConamara* [Tráchtas PhD, "
            "Ollscoil na Gaillimhe]. https://aran.example.ie/1234",
            ThesisType.DOCTORAL,
            "Ollscoil na Gaillimhe",
        ),
        (
            "Etxeberria, M. (2017). *Bertsolaritzaren historia Gipuzkoan* [Doktore-tesia, "
            "Euskal Herriko Unibertsitatea]. https://addi.example.eus/99",
            ThesisType.DOCTORAL,
            "Euskal Herriko Unibertsitatea",
        ),
        (
            "Tamm, K. (2020). *Laulupidude ajalugu Eestis* [Doktoritöö, Tartu Ülikool]. "
            "https://dspace.example.ee/55",
            ThesisType.DOCTORAL,
            "Tartu Ülikool",
        ),
        (
            "Jonaitis, P. (2016). *Dainų šventės tradicija Lietuvoje* [Daktaro disertacija, "
            "Vilniaus universitetas]. https://epublications.example.lt/7",
            ThesisType.DOCTORAL,
            "Vilniaus universitetas",
        ),
        (
            "Novak, A. (2019). *Zborovsko petje na Slovenskem* [Magistrsko delo, Univerza v "
            "Ljubljani]. https://repozitorij.example.si/8",
            ThesisType.MASTERS,
            "Univerza v Ljubljani",
        ),
        (
            "Botha, J. (2014). *Die koortradisie in die Wes-Kaap* [Doktorale proefskrif, "
            "Universiteit Stellenbosch]. https://scholar.example.ac.za/9",
            ThesisType.DOCTORAL,
            "Universiteit Stellenbosch",
        ),
    ],
    ids=["cy-phd", "cy-mphil", "ga", "eu", "et", "lt", "sl", "af"],
)
def test_thesis_in_the_writers_language(text: str, degree: ThesisType, school: str) -> None:
    ref = _parse(text)
    assert ref.kind is RefKind.THESIS
    assert ref.thesis_type is degree
    assert ref.institution == school


def test_essay_titled_traethawd_is_no_thesis() -> None:
    ref = _parse("Evans, T. (2009). Traethawd ar y delyn deires. *Y Traethodydd*, *164*, 12–30.")
    assert ref.kind is RefKind.ARTICLE


def test_designation_is_linear() -> None:
    assert_linear(
        lambda t: designation(t),
        lambda n: "Title [" + "Traethawd Tráchtas Magistro " * (n // 28) + "x",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Côr y Dyffryn. (1975). *Emynau'r hwyr* [Record]. Recordiau'r Bryn (BRYN 207). "
        "https://records.example.net/bryn-207",
        "Parti Cut Lloi. (1985). *Caneuon y fferm* [Recordiad]. Recordiau'r Cwm (CWM 114).",
        "Ceoltóirí an Oileáin. (1998). *Ceol an oileáin* [Albam]. Gael Linn (CEF 204).",
        "Tartu Poistekoor. (2003). *Laulud merest* [Heliplaat]. Eesti Raadio (ER 55).",
        "Kaapse Koor. (1991). *Liedere van die see* [Klankopname]. Gallo (GL 12).",
    ],
    ids=["record", "cy", "ga", "et", "af"],
)
def test_sound_recording_is_web(text: str) -> None:
    assert _parse(text).kind is RefKind.WEB


@pytest.mark.parametrize(
    "text",
    [
        "City Council. (2019). *Minutes of the housing committee* [Record of the meeting]. "
        "City Council.",
        "Smith, J. (2019). *Minutes of the housing committee* [Record of proceedings]. "
        "Harbour Press.",
    ],
)
def test_record_of_something_is_no_recording(text: str) -> None:
    assert _parse(text).kind is RefKind.BOOK
