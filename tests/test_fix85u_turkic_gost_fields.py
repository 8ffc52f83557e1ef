"""Fields of GOST-style entries in Uzbek and the other Turkic languages (and their Russian
neighbours, which must not change): an act designated with its kind last is titled by its
quoted name and is a ``report``; a volume numbered before its word (``I jild``, ``2-том``,
``2. cilt``) is no part of the title; a thesis's degree designation (``: f.f.n. ... diss.``)
neither; an archive's marks written number first (``R-12-fond, 3-roʻyxat, 7-yigʻmajild``)
and a body before its department are no part of the item's title; a medium designator
(``[Audio]``, ``[Звукозапись]``) neither.  All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gost_acts import kind_last_name
from tests.test_regex_growth import assert_linear


def _read(text: str) -> tuple[str | None, str]:
    ref = parse_reference(text, [1], detect_styles=True)
    return ref.title, ref.kind.value


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        pytest.param(
            "Oʻzbekiston Respublikasi Vazirlar Mahkamasining “Xalq hunarmandchiligini "
            "qoʻllab-quvvatlash toʻgʻrisida”gi 2019-yil 4-martdagi 180-son qarori // Qonun "
            "hujjatlari maʼlumotlari milliy bazasi. – 2019.",
            "Xalq hunarmandchiligini qoʻllab-quvvatlash toʻgʻrisida",
            "report",
            id="uz-decree-date-after-name",
        ),
        pytest.param(
            "Oʻzbekiston Respublikasi Prezidentining “Kutubxonalar faoliyati toʻgʻrisida”gi "
            "2020-yil 9-iyuldagi PF-6012-son Farmoni. – URL: https://lex.example.uz/docs/6012 "
            "(murojaat sanasi: 01.02.2024).",
            "Kutubxonalar faoliyati toʻgʻrisida",
            "report",
            id="uz-edict-online",
        ),
        pytest.param(
            "Қазақстан Республикасының 2011 жылғы 15 шілдедегі № 461 «Мұрағат ісі туралы» Заңы "
            "// Егемен Қазақстан. – 2011. – 20 шілде.",
            "Мұрағат ісі туралы",
            "report",
            id="kk-law-date-before-name",
        ),
        pytest.param(
            "Rajabova Z. Maqom kuylari. II jild: Navo. – Buxoro: Durdona, 2011. – 210 b.",
            "Maqom kuylari",
            "book",
            id="uz-roman-volume",
        ),
        pytest.param(
            "Sadiqov H. Tanlangan asarlar. 3-jild. – Toshkent: Sharq, 2004. – 380 b.",
            "Tanlangan asarlar",
            "book",
            id="uz-numbered-volume",
        ),
        pytest.param(
            "Жұмабаев Қ. Шығармалар. 2-том: Өлеңдер. – Алматы: Жазушы, 1996. – 300 б.",
            "Шығармалар",
            "book",
            id="kk-volume",
        ),
        pytest.param(
            "Demir S. Halk müziği derlemeleri. 2. cilt. – Ankara: Kültür, 2008. – 260 s.",
            "Halk müziği derlemeleri",
            "book",
            id="tr-ordinal-volume",
        ),
        pytest.param(
            "Nurmatova S. Surxondaryo dostonchiligi: f.f.n. ... diss. – Termiz, 2016. – 150 b.",
            "Surxondaryo dostonchiligi",
            "thesis",
            id="uz-candidate-thesis",
        ),
        pytest.param(
            "Hüseynova G. Aşıq havaları: sənətşünaslıq üzrə fəlsəfə doktoru dis. – Bakı, 2014. "
            "– 170 s.",
            "Aşıq havaları",
            "book",
            id="az-thesis-designation",
        ),
        pytest.param(
            "Oʻzbekiston Milliy arxivi. R-412-fond, 3-roʻyxat, 88-yigʻmajild. Folklor "
            "ekspeditsiyasi materiallari. 1948–1950. – 60 v.",
            "Folklor ekspeditsiyasi materiallari",
            "unknown",
            id="uz-archive-number-first",
        ),
        pytest.param(
            "Кыргыз Республикасынын Борбордук мамлекеттик архиви. 12-фонд, 2-тизме, 31-иш. "
            "Фольклордук экспедициянын отчёту. 1957.",
            "Фольклордук экспедициянын отчёту",
            "unknown",
            id="ky-archive-number-first",
        ),
        pytest.param(
            "Samarqand davlat universiteti. Tarix fakulteti. – URL: "
            "https://univ.example.uz/tarix (murojaat sanasi: 03.03.2025).",
            "Tarix fakulteti",
            "web",
            id="uz-body-department",
        ),
        pytest.param(
            "Samarqand maqomlari [Audio] / yozib olgan A. Karimov. – Toshkent: Ovoz, 1998. – 1 CD.",
            "Samarqand maqomlari",
            None,
            id="medium-audio",
        ),
        pytest.param(
            "Римский-Корсаков Н. Садко [Звукозапись] / дир. Н. Голованов. – Москва : "
            "Мелодия, 1976. – 3 грп.",
            "Садко",
            None,
            id="medium-ru-sound",
        ),
    ],
)
def test_turkic_gost_fields(text: str, title: str, kind: str | None) -> None:
    got_title, got_kind = _read(text)
    assert got_title == title
    if kind is not None:  # (a recording's kind is no concern here)
        assert got_kind == kind


# near misses: the readings stay as they were
@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Закон України «Про культуру» від 14 груд. 2010 р. № 2778-VI // Відомості "
            "Верховної Ради України. – 2011. – № 24. – Ст. 168.",
            "Закон України «Про культуру»",
            id="uk-named-act-kept",
        ),
        pytest.param(
            "“Oltin meros” jamgʻarmasi hisoboti. – Toshkent: Fan, 2010. – 40 b.",
            "“Oltin meros” jamgʻarmasi hisoboti",
            id="quoted-name-no-act-kind",
        ),
        pytest.param(
            "Karimov B. I jild haqida. – Toshkent: Fan, 2000. – 100 b.",
            "I jild haqida",
            id="volume-word-in-title",
        ),
        pytest.param(
            "Karimov B. Sharq. 1-jildlik tanlangan asarlar. – Toshkent: Fan, 2000. – 100 b.",
            "Sharq. 1-jildlik tanlangan asarlar",
            id="volume-adjective",
        ),
        pytest.param(
            "Karimov B. Sharq: dissertatsiya yozish usullari. – Toshkent, 2010. – 90 b.",
            "Sharq: dissertatsiya yozish usullari",
            id="thesis-word-subtitle",
        ),
        pytest.param(
            "Smith J. Discourse: a diss. of sorts. – London: Pica, 2010. – 90 p.",
            "Discourse: a diss. of sorts",
            id="diss-inside-subtitle",
        ),
        pytest.param(
            "Oʻzbekiston Milliy arxivi. 2-fond haqida. – Toshkent: Fan, 1990. – 20 b.",
            "Oʻzbekiston Milliy arxivi. 2-fond haqida",
            id="fond-word-in-title",
        ),
        pytest.param(
            "Smith J. Audio: a history [online]. – London: Tape, 1990.",
            "Audio: a history",
            id="audio-word-in-title",
        ),
    ],
)
def test_near_misses_unchanged(text: str, title: str) -> None:
    assert _read(text)[0] == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oʻzbekiston Respublikasining “Taʼlim toʻgʻrisida”gi Qonuni", "Taʼlim toʻgʻrisida"),
        (
            "Кыргыз Республикасынын 2009-жылдын 1-июлундагы № 9 «Музейлер жөнүндө» Мыйзамы.",
            "Музейлер жөнүндө",
        ),
        ("“Taʼlim toʻgʻrisida”gi qonun loyihasi muhokamasi", None),
        ("Taʼlim toʻgʻrisida qarori", None),
    ],
)
def test_kind_last_name(text: str, name: str | None) -> None:
    assert kind_last_name(text) == name


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(kind_last_name, lambda n: "a “b”gi " + "1-son " * (n // 6), id="act-words"),
        pytest.param(kind_last_name, lambda n: "“" * n, id="act-quotes"),
        pytest.param(
            lambda s: parse_reference(s, [1], detect_styles=True),
            lambda n: "Ali B. T: " + "a. " * (n // 3) + "– Toshkent, 2000.",
            id="thesis-dots",
        ),
        pytest.param(
            lambda s: parse_reference(s, [1], detect_styles=True),
            lambda n: "A. " + "1-fond, 2-roʻyxat, " * (n // 19) + "– 2000.",
            id="archive-marks",
        ),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
