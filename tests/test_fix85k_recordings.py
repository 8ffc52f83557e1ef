"""Published sound recordings read as ``web`` in more words and scripts (fix85k).

The convention (tests/corpus/README.md, "Conventions decided in round 85"): an album, an
LP, a CD or a cassette a label publishes is ``web``, as films and broadcasts are.

* the medium named after the title in other words and scripts: English "audio cassette",
  Persian "آلبوم صوتی" / "نوار کاست" after an Arabic-script comma, Malayalam "ഓഡിയോ
  കാസറ്റ്" -- also where no parser split the entry and its title holds it
  (:mod:`.media_kind`);
* GOST's and ISBD's general designation of a recording, ``Title [Audio] / …``,
  ``[Звукозапись]``: ``web``, the designation no part of the title, no electronic
  resource's designation (:mod:`.gost`, :mod:`.described`).

Own examples, written in those shapes; near-misses keep their kinds.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "note", "title"),
    [
        (
            "علی رضایی، *سه‌گاه در شش مجلس*، آلبوم صوتی (تهران: نشر آوا، ب-۲۲، ۱۳۷۰).",
            True,
            "سه‌گاه در شش مجلس",
        ),
        (
            "علی رضایی، *سه‌گاه در شش مجلس*، نوار کاست (تهران: نشر آوا، ۱۳۶۸).",
            True,
            "سه‌گاه در شش مجلس",
        ),
        (
            "رضایی، علی. *سه‌گاه در شش مجلس*. آلبوم صوتی. تهران: نشر آوا، ب-۲۲، ۱۳۷۰.",
            False,
            "سه‌گاه در شش مجلس",
        ),
        (
            "Ana Lopes, *Songs of the Harbour*, audio cassette (Porto: Cais Discos, 1987).",
            True,
            "Songs of the Harbour",
        ),
        (
            "Ana Lopes, *Songs of the Harbour*, audiocassette (Porto: Cais Discos, 1987).",
            True,
            "Songs of the Harbour",
        ),
        (
            "രാമൻ നായർ, *തായമ്പക പാഠങ്ങൾ*, ഓഡിയോ കാസറ്റ്, തൃശൂർ ഓഡിയോസ് TA 120, 1991.",
            True,
            "തായമ്പക പാഠങ്ങൾ",
        ),
        (
            "Mountain Songs of the Pamir [Audio] / recorded by A. Karimova. – New York : "
            "Example Records, 1994. – EXR 1201.",
            False,
            "Mountain Songs of the Pamir",
        ),
        (
            "Песни северных рек [Звукозапись] / исп. хор «Заря». – Москва : Мелодия, 1979. "
            "– 1 грп.",
            False,
            "Песни северных рек",
        ),
    ],
)
def test_recording_is_web(text: str, note: bool, title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert ref.kind is RefKind.WEB
    assert ref.title == title


def test_recording_unsplit_title_is_web() -> None:
    # (a Malayalam note with no italics, read whole as its title by no style's parser)
    text = "രാമൻ നായർ, തായമ്പക പാഠങ്ങൾ, ഓഡിയോ കാസറ്റ്, തൃശൂർ ഓഡിയോസ് TA 120, 1991."
    assert parse_reference(text, [0], detect_styles=True, note=True).kind is RefKind.WEB


def test_recording_designation_is_no_electronic_resource() -> None:
    text = (
        "Mountain Songs of the Pamir [Audio] / recorded by A. Karimova. – New York : "
        "Example Records, 1994. – EXR 1201."
    )
    assert not parse_reference(text, [0], detect_styles=True).electronic


@pytest.mark.parametrize(
    ("text", "note", "kind"),
    [
        # an archive's tape cited by its number: an archival file, never web
        (
            "سازمان رادیو. آرشیو صوتی. نوار ۴۱۲/ب: «برنامهٔ شب: ردیف در دستگاه شور».",
            False,
            None,
        ),
        # a journal on audio: an article
        (
            "Ivanova A. Sound archives today / A. Ivanova // Audio Studies. – 2010. – Vol. 4, "
            "No. 2. – P. 5–19.",
            False,
            RefKind.ARTICLE,
        ),
        # a book with "[Text]": a book still
        (
            "Ivanov I. I. History of song [Text] / I. I. Ivanov. – Moscow : Nauka, 2001. – 250 p.",
            False,
            RefKind.BOOK,
        ),
        # a Malayalam register: no medium among its elements
        ("ക്ഷേത്ര രജിസ്റ്റർ, ഫയൽ 12, 1950–1960.", True, RefKind.UNKNOWN),
    ],
)
def test_near_misses_keep_their_kind(text: str, note: bool, kind: RefKind | None) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    if kind is None:
        assert ref.kind is not RefKind.WEB
    else:
        assert ref.kind is kind


def _medium_within(title: str) -> bool:
    from bibcheck.parse.references.media_kind import _medium_within as within

    return within(title)


def _gost(text: str) -> object:
    from bibcheck.parse.references.gost import DESIGNATION

    return DESIGNATION.findall(text)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(_medium_within, lambda n: "ഓഡിയോ, " * (n // 7), id="elements"),
        pytest.param(_medium_within, lambda n: "Audio, " * (n // 7), id="audio-elements"),
        pytest.param(_gost, lambda n: "[Audio [sound " * (n // 14), id="designation"),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
