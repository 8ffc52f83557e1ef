"""Fix 48a: a Markdown reference list found by its shape at the document's end, under a
heading in a language the heading table does not know or under a bare ``---`` rule, in
every Markdown reader (:mod:`bibcheck.readers.mdtail`); ordinary trailing lists are left
alone.  Own fixtures in several languages and scripts."""

from __future__ import annotations

import pytest

from bibcheck.readers import mdlinks, pandoc, supmarkdown
from bibcheck.readers.mdtail import shaped_tail

SWAHILI = """\
# Kilimo na tabianchi

Utafiti wa Mwangi (2015) ulionyesha kwamba mvua imepungua. Kamau (2019) aliona vivyo hivyo,
na Otieno na Wanjiru (2018) waliandika kuhusu mbegu.

## Marejeo

- Kamau, J. (2019). Mavuno ya mahindi katika Afrika Mashariki. *Jarida la Kilimo*, 12(3), 45–67.
- Mwangi, P. K. (2015). Mvua na ukame: Uchambuzi wa miaka thelathini. Nairobi: Chuo Press.
- Otieno, A., & Wanjiru, M. (2018). Mbegu zinazostahimili ukame.
  *Journal of African Agriculture*, 7(2), 101–118. https://doi.org/10.1234/jaa.2018.07
"""

ZULU_PARAGRAPHS = """\
# Amanzi emakhaya

Ndlovu (2016) uthi amanzi ayaphela. Mthembu & Zulu (2020) bavumelana naye, kanti
Dlamini (2012) ubhale ngemithetho.

## Imithombo

Dlamini, S. (2012). Imithetho yamanzi eNingizimu Afrika. Durban: Ukhozi Press.

Mthembu, T., & Zulu, B. (2020). Amanzi emaphandleni: Ucwaningo. *Water SA*, 46(1),
12–30.

Ndlovu, N. (2016). Ukuguquka kwesimo sezulu. Pretoria: Unisa Press.
"""

RULE_NUMBERED = """\
A post about caching that cites the classic papers [1], the later survey [2] and a
benchmark [3].

---

1. Belady, L. A. (1966). A study of replacement algorithms. IBM Systems Journal, 5(2), 78–101.
2. Podlipnig, S., & Böszörmenyi, L. (2003). A survey of web cache replacement strategies.
   ACM Computing Surveys, 35(4), 374–398.
3. Example Lab. (2021). [Cache benchmark results](https://example.org/bench). Report.
"""

CYRILLIC = """\
# Введение

Как показал Иванов (2017), а позже Петрова (2019) и Сидоров (2020), метод устойчив.

## Дереккөздер

1. Иванов, И. И. (2017). Устойчивые методы расчёта. Москва: Наука, 2017. 240 с.
2. Петрова, А. С. (2019). Численные схемы для задач переноса. Вестник МГУ, 4, 12–19.
3. Сидоров, П. П. (2020). Итерационные методы: обзор. Журнал вычислительной математики, 60(2), 5–30.
"""

DEVANAGARI = """\
# परिचय

शर्मा (२०१८) और वर्मा (२०२०) के अनुसार जलवायु बदल रही है। गुप्ता ने भी यही लिखा।

## स्रोत

1. शर्मा, आर. (२०१८). जलवायु परिवर्तन और कृषि. भारतीय कृषि पत्रिका, १२(३), ४५–६७.
2. वर्मा, एस. (२०२०). वर्षा का अध्ययन. नई दिल्ली: राष्ट्रीय प्रकाशन.
3. गुप्ता, ए. (२०१९). भूजल और किसान. जल पत्रिका, ७, १०१–११८.
"""

QUECHUA_SETEXT = """\
Yachay

Mamani (2014) nisqanman hina, Quispe (2018) hinallataq Huaman (2021) willakunku.

Pukyukuna
---------

* Huaman, R. (2021). Yachay wasikuna llaqtakunapi. Cusco: Ayllu Press.
* Mamani, L. (2014). Runasimi qillqay: Yachachiy. Lima: Editorial Andina.
* Quispe, T. (2018). Pachamama, yaku, allpa. Revista Andina, 22(1), 9–31.
"""

POSITIVE = {
    "swahili-bulleted": (SWAHILI, 5),
    "zulu-paragraphs": (ZULU_PARAGRAPHS, 5),
    "rule-numbered": (RULE_NUMBERED, 3),
    "kazakh-heading-cyrillic": (CYRILLIC, 4),
    "devanagari-digits": (DEVANAGARI, 4),
    "quechua-setext": (QUECHUA_SETEXT, 5),
}

POSTS = """\
I wrote about this before.

---

- [How I built my blog](https://me.example/2019/05/blog)
- [Why I moved in 2020](https://me.example/2020/01/move)
- [Ten tips for writing](https://me.example/2021/03/tips)
"""

SHARE = """\
Body text citing Smith (2019) and Doe (2020) and Roe (2021).

## Vyanzo

- Smith, J. (2019). A title of some paper. Journal of Things, 3, 4–5.
- Doe, A. (2020). Another paper about stuff. Proc. Conf., 1–10.
- Roe, B. (2021). The third paper's title. Journal of Things, 5, 1–9.

Share this: Twitter, Facebook, LinkedIn
"""

TOC = """\
# Mwongozo

Text.

## Yaliyomo

- [Utangulizi](#utangulizi)
- [Mbinu za 2020](#mbinu)
- [Matokeo](#matokeo)
- [Hitimisho](#hitimisho)
"""

TOOLS = """\
I use these every day.

## Zana

- [ruff](https://docs.astral.sh/ruff/): a fast linter, since 2022.
- [mypy](https://mypy-lang.org/): static types.
- [pytest](https://pytest.org/): tests, fixtures, plugins.
"""

FOOTNOTES = """\
Text with notes.[^1] And more.[^2] And a third.[^3]

---

[^1]: Smith, J. (2019). A title of some paper. Journal of Things, 3, 4–5.
[^2]: Doe, A. (2020). Another paper about stuff. Proc. Conf., 1–10.
[^3]: Roe, B. (2021). The third paper's title. Journal of Things, 5, 1–9.
"""

NOT_CITED = """\
# Safari

Tulikwenda Mombasa na tukaona bahari.

## Vitabu nilivyosoma

- Achebe, C. (1958). Things fall apart. London: Heinemann.
- Ngugi, W. (1964). Weep not, child. London: Heinemann.
- Okri, B. (1991). The famished road. London: Cape.
"""

RULE_PARAGRAPHS = """\
Smith (2019), Doe (2020) and Roe (2021) said so.

---

Smith, J. (2019). A title of some paper. Journal of Things, 3, 4–5.

Doe, A. (2020). Another paper about stuff. Proc. Conf., 1–10.

Roe, B. (2021). The third paper's title. Journal of Things, 5, 1–9.
"""

NEGATIVE = {
    "links-to-posts": POSTS,
    "share-this-after": SHARE,
    "table-of-contents": TOC,
    "list-of-tools": TOOLS,
    "footnote-definitions": FOOTNOTES,
    "list-not-cited": NOT_CITED,
    "rule-over-paragraphs": RULE_PARAGRAPHS,
    "two-entries": SWAHILI.rsplit("- Otieno", 1)[0],
}


@pytest.mark.parametrize(("text", "at"), POSITIVE.values(), ids=POSITIVE.keys())
def test_the_tail_list_is_found_by_its_shape(text: str, at: int) -> None:
    assert shaped_tail(text.split("\n")) == at


@pytest.mark.parametrize("text", NEGATIVE.values(), ids=NEGATIVE.keys())
def test_an_ordinary_trailing_block_is_no_list(text: str) -> None:
    assert shaped_tail(text.split("\n")) is None


READERS = {
    "pandoc": pandoc.read,
    "sup-markdown": supmarkdown.read,
    "markdown-links": mdlinks.read,
}


@pytest.mark.parametrize("read", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize(("text", "at"), POSITIVE.values(), ids=POSITIVE.keys())
def test_every_markdown_reader_reads_it_with_its_lines(read, text: str, at: int) -> None:  # type: ignore[no-untyped-def]
    doc = read(text)
    lines = text.split("\n")
    assert doc.literature_heading_line == at + 1
    assert len(doc.literature) == 3
    for entry in doc.literature:
        first = lines[entry.line - 1]
        assert entry.text.split()[0].strip("*[") in first


@pytest.mark.parametrize("read", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize(
    "text", [POSTS, TOC, TOOLS, NOT_CITED], ids=["posts", "toc", "tools", "uncited"]
)
def test_no_reader_takes_an_ordinary_list_for_references(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert read(text).literature == ()
