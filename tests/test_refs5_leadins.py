"""Notes in the languages of Central and South-Eastern Europe: lead-ins (``Вж.``,
``Vezi``, ``Vö.``, ``Ks.``, ``Lihat``), ibid and op. cit. (``Пак там``, ``цит. съч.``,
``Uo.``, ``i. m.``, ``nav. djelo``), and edition or translator statements that end a title
(``2. изд.``, ``Прев. от рус.``, ``5. Aufl.``)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "Вж. Петров, Д. Химнография. София: БАН, 1998, с. 7.",
            "петров",
            "Химнография",
            id="bg-vzh",
        ),
        pytest.param(
            "Вж. обзора у Стоянов, М. Старобългарска проза. София: Наука, 1990, с. 5–9.",
            "стоянов",
            "Старобългарска проза",
            id="bg-vzh-kind-and-preposition",
        ),
        pytest.param(
            "See the discussion in Harris, P. Harbours of Wales. Cardiff: UWP, 1999, 12.",
            "harris",
            "Harbours of Wales",
            id="en-see-kind-and-preposition",
        ),
        pytest.param(
            "Vezi Ion Popescu, Istoria presei, Iaşi, Polirom, 2003, pp. 11–20.",
            "popescu",
            "Istoria presei",
            id="ro-vezi",
        ),
        pytest.param(
            "Срв. Јовановић, М. Српска црква. Београд: Просвета, 2001, стр. 4.",
            "јовановић",
            "Српска црква",
            id="sr-srv",
        ),
        pytest.param(
            "Ks. myös Virtanen, A. Suomen kirkkohistoria. Helsinki: WSOY, 2010.",
            "virtanen",
            "Suomen kirkkohistoria",
            id="fi-ks-myos",
        ),
        pytest.param(
            "Lihat Santoso, B. Sejarah gempa di Jawa. Jakarta: Gramedia, 2015.",
            "santoso",
            "Sejarah gempa di Jawa",
            id="id-lihat",
        ),
    ],
)
def test_lead_in_is_no_part_of_the_citation(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert family_names(ref.authors[:1]) == [author]
    assert ref.title == title


@pytest.mark.parametrize(
    ("notes", "kinds", "targets"),
    [
        pytest.param(
            [
                "Петров, Д., Иванова, Ст. Химнография. София: БАН, 1998, с. 7.",
                "Пак там, с. 9.",
                "Вж. Петров, Иванова, цит. съч., с. 40–41.",
            ],
            [None, "ibid", "op-cit"],
            [None, 0, 0],
            id="bg",
        ),
        pytest.param(
            [
                "Tóth Z.: A középkori Buda. Budapest, 2001, 45.",
                "Uo. 47–49.",
                "Kiss P.: Vártörténet. Pécs, 1999, 3.",
                "Tóth i. m. 50.",
            ],
            [None, "ibid", None, "op-cit"],
            [None, 0, None, 0],
            id="hu",
        ),
        pytest.param(
            [
                "Novak, M. Povijest Zagreba. Zagreb: Školska knjiga, 2004, str. 8.",
                "Isto, str. 10.",
                "Novak, nav. djelo, str. 12.",
            ],
            [None, "ibid", "op-cit"],
            [None, 0, 0],
            id="hr",
        ),
        pytest.param(
            ["Smith, I. M. Harbour Law. London: Sweet, 2001.", "Jones, A. M. Docks. Hull, 1999."],
            [None, None],
            [None, None],
            id="initials-i-m-are-no-op-cit",
        ),
    ],
)
def test_ibid_and_op_cit_in_more_languages(
    notes: list[str], kinds: list[str | None], targets: list[int | None]
) -> None:
    found = find_repeats(notes)
    assert [r.kind if r else None for r in found] == kinds
    assert [r.target if r else None for r in found] == targets


@pytest.mark.parametrize("text", ["Uo. 14–16.", "Пак там, с. 5.", "Tóth i. m. 50."])
def test_repeat_notes_are_no_commentary(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is not RefKind.COMMENTARY


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Шмеман, А. Евхаристия. Прев. от рус. София: Омофор, 2004, с. 87.",
            "Евхаристия",
            id="bg-translated",
        ),
        pytest.param(
            "Иванов, Й. Старини из Македония. 2. изд. София: Печатница, 1931.",
            "Старини из Македония",
            id="bg-edition",
        ),
        pytest.param(
            "Weber, M. Wirtschaft und Gesellschaft. 5. Aufl. Tübingen: Mohr, 1980.",
            "Wirtschaft und Gesellschaft",
            id="de-auflage",
        ),
        pytest.param(
            "Nagy, L. A magyar nyelv története. 2. kiad. Budapest: Osiris, 2005.",
            "A magyar nyelv története",
            id="hu-kiadas",
        ),
        pytest.param(
            "Bulgakov, S. The Orthodox Church. Transl. from the Russian. New York: SVS, 1988.",
            "The Orthodox Church",
            id="en-translated",
        ),
        pytest.param(
            "Шмеман, А. Евхаристия. Пер. с англ. – М.: Паломник, 2001. – 350 с.",
            "Евхаристия",
            id="ru-gost-translated",
        ),
    ],
)
def test_statement_after_the_title_is_no_part_of_it(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title
