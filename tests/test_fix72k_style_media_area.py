"""Style findings read GOST 7.0.100-2018's content and media area with the parser's one
definition (:mod:`bibcheck.parse.references.gost_media`) and the ``[Electronic resource]``
designation with :mod:`bibcheck.parse.references.medium_designator`'s: Ukrainian
``Текст : електронний``, Belarusian ``Тэкст : электронны``, ``Изображение : электронное``,
``Электронная программа : электронная``, English ``Text : electronic``."""

from __future__ import annotations

import pytest

from bibcheck.analyse.style import check_designation, check_designation_missing, style_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import gost_media, medium_designator, parse_reference

URL = "URL: https://rivers.example/{0} (дата обращения: 01.02.2023)."


def _doc(*notes: str) -> str:
    markers = " ".join(f"Claim {i}<sup>{i}</sup>." for i in range(1, len(notes) + 1))
    defs = "\n\n".join(f"<sup>{i}</sup> {n}" for i, n in enumerate(notes, start=1))
    return f"# T\n\n{markers}\n\n---\n\n{defs}\n"


def _findings(*notes: str) -> list[tuple[str, str, str]]:
    doc = parse_bytes(_doc(*notes).encode(), "d.md")
    return [
        (f.footnotes[0] if f.footnotes else "", dict(f.evidence)["rule"], f.message)
        for f in style_findings(doc)
    ]


def _entry(head: str, area: str, n: str) -> str:
    return f"{head}. – {area} // Речной вестник. – 2021. – {URL.format(n)}"


def _plain(head: str, n: str) -> str:
    return f"{head}. – 2019. – {URL.format(n)}"


# (entries of one document, the findings expected: (footnote, rule, words of the message))
CASES = [
    (  # ru: the area as most write it, the undesignated entry asked for it
        [_entry("Осипов Г. Причалы", "Текст : электронный", "a"),
         _entry("Лаптев В. Затоны", "Текст : электронный", "b"),
         _plain("Рябов Н. Бакены", "c")],
        [("3", "designation-missing", "content area 'Текст : электронный'")],
    ),
    (  # en
        ["Hale, J. Wharves. – Text : electronic // River Review. – 2021. – URL: "
         "https://rivers.example/a (accessed: 01.02.2023).",
         "Moss, K. Locks. – Text : electronic // River Review. – 2020. – URL: "
         "https://rivers.example/b (accessed: 01.02.2023).",
         "Reed, L. Buoys. – 2019. – URL: https://rivers.example/c (accessed: 01.02.2023)."],
        [("3", "designation-missing", "content area 'Text : electronic'")],
    ),
    (  # images: the area names the content "Изображение", not "Текст"
        [_entry("Карта причалов", "Изображение : электронное", "a"),
         _entry("Схема затонов", "Изображение : электронное", "b"),
         _plain("Рябов Н. Бакены", "c")],
        [("3", "designation-missing", "content area 'Изображение : электронное'")],
    ),
    (  # a program
        [_entry("Лоцман", "Электронная программа : электронная", "a"),
         _entry("Фарватер", "Электронная программа : электронная", "b"),
         _plain("Рябов Н. Бакены", "c")],
        [("3", "designation-missing", "content area 'Электронная программа : электронная'")],
    ),
    (  # the most written area is quoted, not the first
        [_entry("Карта причалов", "Изображение : электронное", "a"),
         _entry("Лаптев В. Затоны", "Текст : электронный", "b"),
         _entry("Осипов Г. Причалы", "Текст : электронный", "d"),
         _plain("Рябов Н. Бакены", "c")],
        [("4", "designation-missing", "content area 'Текст : электронный'")],
    ),
    (  # uk
        [_entry("Коваль І. Причали", "Текст : електронний", "a"),
         _entry("Шевчук О. Шлюзи", "Текст : електронний", "b"),
         _plain("Бондар П. Буї", "c")],
        [("3", "designation-missing", "content area 'Текст : електронний'")],
    ),
    (  # be (no letter the Ukrainian exemption reads: the content area is asked for)
        [_entry("Каваленка А. Прычалы", "Тэкст : электронны", "a"),
         _entry("Шаўчук А. Шлюзы", "Тэкст : электронны", "b"),
         _plain("Бондар П. Бакены", "c")],
        [("3", "designation-missing", "content area 'Тэкст : электронны'")],
    ),
    (  # every electronic entry writes an area: nothing to say
        [_entry("Каваленка А. Прычалы", "Тэкст : электронны", "a"),
         _entry("Карта причалов", "Изображение : электронное", "b")],
        [],
    ),
    (  # uk designations in brackets outnumber the area: the bracketed one is what's asked
        ["Коваль І. Причали [Електронний ресурс]. – 2021. – " + URL.format("a"),
         "Шевчук О. Шлюзи [Електронний ресурс]. – 2020. – " + URL.format("b"),
         _entry("Осипов Г. Причалы", "Текст : электронный", "d"),
         _plain("Рябов Н. Бакены", "c")],
        [("4", "designation-missing", "designation [Электронный ресурс]")],
    ),
    (  # uk: the designation after the host is misplaced, as a Russian one is
        ["Коваль І. Причали // Водний вісник [Електронний ресурс]. – 2021. – " + URL.format("a"),
         "Шевчук О. Шлюзи [Електронний ресурс]. – 2020. – " + URL.format("b")],
        [("1", "designation-placement", "'[Електронний ресурс]' stands after '//'")],
    ),
    (  # be: the same
        ["Каваленка А. Прычалы / А. Каваленка [Электронны рэсурс]. – 2021. – " + URL.format("a"),
         "Шаўчук А. Шлюзы [Электронны рэсурс]. – 2020. – " + URL.format("b")],
        [("1", "designation-placement", "'[Электронны рэсурс]' stands after '/'")],
    ),
    (  # "Контекст: электронные …" in a title is no content area
        ["Осипов Г. Причалы [Электронный ресурс]. – 2021. – " + URL.format("a"),
         "Лаптев В. Контекст: электронные архивы. – 2019. – " + URL.format("b")],
        [("2", "designation-missing", "designation [Электронный ресурс]")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("entries", "expected"), CASES)
def test_style_findings_read_the_media_area(
    entries: list[str], expected: list[tuple[str, str, str]]
) -> None:
    found = _findings(*entries)
    assert [(label, rule) for label, rule, _ in found] == [(e[0], e[1]) for e in expected]
    for (_, _, message), (_, _, words) in zip(found, expected, strict=True):
        assert words in message


@pytest.mark.parametrize(
    ("raw", "area"),
    [
        ("Причалы. – Текст : электронный // Вестник. – 2021.", "Текст : электронный"),
        ("Причали. – Текст : електронний. – URL: https://x.example/a", "Текст : електронний"),
        ("Прычалы. – Тэкст : электронны. – URL: https://x.example/a", "Тэкст : электронны"),
        ("Карта. – Изображение : электронное. – URL: https://x.example/a",
         "Изображение : электронное"),
        ("Why ports? – Text : electronic // Review. – 2021.", "Text : electronic"),
        ("Причалы. – Текст. Изображение :\nэлектронные. – URL: https://x.example/a",
         "Текст. Изображение : электронные"),
        ("Причалы. – 250 с. – Текст : непосредственный.", None),
        ("Контекст: электронные архивы. – 2019.", None),
    ],
)  # fmt: skip
def test_electronic_area_as_written(raw: str, area: str | None) -> None:
    assert gost_media.electronic_area(raw) == area
    assert gost_media.designates_electronic(raw) is (area is not None)


@pytest.mark.parametrize(
    ("raw", "designation"),
    [
        ("Причалы [Электронный ресурс]. – 2021.", "[Электронный ресурс]"),
        ("Причали [ Електронний ресурс ]. – 2021.", "[ Електронний ресурс ]"),
        ("Прычалы [Электронны\nрэсурс]. – 2021.", "[Электронны\nрэсурс]"),
        ("Wharves [Electronic resource]. – 2021.", "[Electronic resource]"),
        ("Prichaly [Elektronnyj resurs]. – 2021.", "[Elektronnyj resurs]"),
        ("Причалы [Электроный ресурс]. – 2021.", None),  # misspelled: the spelling rule's
        # the languages of Central Asia, as gost.DESIGNATION has long read them
        ("Айлақтар [Электрондық ресурс]. – 2021.", "[Электрондық ресурс]"),
        ("Portlar [Elektron resurs]. – 2021.", "[Elektron resurs]"),
        ("Бандарҳо [Манбаи электронӣ]. – 2021.", "[Манбаи электронӣ]"),
        ("Portlar [Elektron çeşme]. – 2021.", "[Elektron çeşme]"),
    ],
)
def test_electronic_designation(raw: str, designation: str | None) -> None:
    found = medium_designator.electronic_designation(raw)
    assert (found.group(0) if found else None) == designation


def test_an_area_makes_an_entry_need_no_designation() -> None:
    raw = "Коваль І. Причали. – Зображення : електронне. – URL: https://x.example/a"
    assert check_designation_missing(parse_reference(raw, [1]), "Текст : електронний") is None


def test_placement_of_a_belarusian_designation_after_the_host() -> None:
    raw = "Шаўчук А. Шлюзы // Водны веснік [Электронны рэсурс]. – 2020. – URL: https://x.example/b"
    problem = check_designation(parse_reference(raw, [1]))
    assert problem is not None and "after '//'" in problem.message


@pytest.mark.parametrize(
    "designation",
    [
        "[Электронный ресурс]", "[Electronic resource]", "[Електронний ресурс]",
        "[Электронны рэсурс]", "[Elektronnyj resurs]", "[Elektronnyi resurs]",
        "[Электрондық ресурс]", "[Электрондук ресурс]", "[Электрон ресурс]",
        "[Elektron resurs]", "[Манбаи электронӣ]", "[Elektron çeşme]", "[ресурс]", "[Текст]",
        "[online]", "[онлайн]", "[en ligne]", "[elektronikus dokumentum]",
    ],
)  # fmt: skip
def test_gost_reads_every_designation(designation: str) -> None:
    """gost.DESIGNATION sets medium_designator's words in its brackets with its own others."""
    from bibcheck.parse.references.gost import DESIGNATION

    assert DESIGNATION.fullmatch(designation) is not None


@pytest.mark.parametrize(
    "raw",
    [
        "Айлақтар [Электрондық ресурс]. – 2021. – URL: https://x.example/a",
        "Portlar [Elektron resurs]. – 2021. – URL: https://x.example/a",
        "Prichaly [Elektronnyi resurs]. – 2021. – URL: https://x.example/a",
    ],
)
def test_designated_entries_are_electronic_resources(raw: str) -> None:
    ref = parse_reference(raw, [1])
    assert ref.electronic
    assert medium_designator.designates_medium(raw)


@pytest.mark.parametrize(
    ("raw", "searched"),
    [
        ("Коваль І. Причали [Електронний ресурс] / І. Коваль. – 2021.",
         "Коваль І. Причали / І. Коваль. – 2021."),
        ("Шаўчук А. Шлюзы [Электронны рэсурс]. – 2020.", "Шаўчук А. Шлюзы . – 2020."),
        ("Осипов Г. Причалы [Электронный ресурс]. – 2021.", "Осипов Г. Причалы . – 2021."),
        ("Hale, J. Wharves [Online]. 2021.", "Hale, J. Wharves . 2021."),
        ("Hale, J. Wharves [Electronic\nresource]. 2021.", "Hale, J. Wharves . 2021."),
    ],
)  # fmt: skip
def test_registry_search_text_drops_the_designation(raw: str, searched: str) -> None:
    """The registries are searched without the designation, in any of its languages."""
    from bibcheck.verify.registries import search_text

    ref = parse_reference(raw, [1])
    assert search_text(ref) == searched


@pytest.mark.parametrize(
    ("raw", "online"),
    [
        ("Коваль І. Причали [Електронний ресурс]. – 2021.", True),
        ("Айлақтар [Электрондық ресурс]. – 2021.", True),
        ("Hale, J. Wharves [Online]. 2021.", True),
        ("Hale, J. Wharves. River Review 3 (2021).", False),
    ],
)
def test_identity_reads_the_designation_as_online(raw: str, online: bool) -> None:
    from bibcheck.verify import identity

    assert (identity._ONLINE.search(raw) is not None) is online
