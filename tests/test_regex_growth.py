"""The last slow patterns of benchmarks/regex_worst_case.py, made linear: for each, the
adversarial line of the scanner's kind (a long run of what a quantified part accepts, then a
character that makes the match fail) at 10,000 characters takes at most 30 times the work
of the line at 1,000 (linear is 10 times; quadratic 100), the work counted in steps, not
timed (:mod:`tests.worksteps`), and tables show the lines each pattern is for still read as
before.  Own fixtures."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.parse import matching
from bibcheck.parse.references import cjk_brackets, elsevier, gbt, gost, legal, mhra, nature
from bibcheck.parse.references.acm import _NAME_WORD
from bibcheck.parse.references.cjk_brackets import _NOTE, _SECOND_TITLE
from bibcheck.parse.references.fields import _ACCESS as fields_ACCESS
from bibcheck.parse.references.gbt import _JOURNAL
from bibcheck.parse.references.generic import _NAMES_FIRST, _SURNAME_FIRST_QUOTED
from bibcheck.parse.references.inverted_names import parse as inverted_parse
from bibcheck.parse.references.nature import _ARTICLE
from bibcheck.parse.references.script_names import _DOTTED, joined_people
from bibcheck.parse.references.short_forms import _BRACKETED as short_BRACKETED
from bibcheck.readers import linknotes
from bibcheck.readers.latex import bstblocks
from bibcheck.readers.sitecite import _SCHOLAR_CITE
from bibcheck.readers.supmarkdown import MARKER as SUP_MARKER
from bibcheck.readers.symbolic import _LEADER_DOTS
from tests.worksteps import steps, unrolled_repeats

RATIO = 30  # the 10,000-character line's work against the 1,000-character one's
# (linear is 10 times, quadratic 100 times; a call's few fixed steps are no growth)
FLOOR = 20
# steps a line may take at the most (a document's whole read of 10,000 characters takes
# some 150,000; compiles are not counted): a pattern still exponential stops here instead
# of running for hours
LIMIT = 1_000_000


def assert_linear(
    call: Callable[[str], object], line: Callable[[int], str], ratio: int = RATIO
) -> None:
    """``line(n)``, about n characters, takes at most ``ratio`` times the work at 10,000 as at
    1,000: steps counted (:mod:`tests.worksteps`), not timed, so the same on every run."""
    small, big = line(1_000), line(10_000)
    assert 900 <= len(small) <= 1_100 and 9_000 <= len(big) <= 11_000
    # each line read once first, uncounted: what a first read alone does (a module imported
    # on first use, a table built once) is no growth
    assert steps(call, small, limit=LIMIT) is not None, "the 1,000-character line ran past"
    steps(call, big, limit=LIMIT)
    with unrolled_repeats():
        steps(call, small, limit=LIMIT)
        per_small = steps(call, small, limit=LIMIT)
        assert per_small is not None
        budget = ratio * max(per_small, FLOOR)
        per_big = steps(call, big, limit=budget)
    assert per_big is not None and per_big <= budget, (
        f"10,000 characters: {'past ' + str(budget) if per_big is None else per_big} steps, "
        f"against {per_small} at 1,000"
    )


# --- jekyll-scholar's cite tags (sitecite._SCHOLAR_CITE) ---------------------------------


def _scholar_all(text: str) -> object:
    return [m.groups() for m in _SCHOLAR_CITE.finditer(text)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "{{%- cite" + " " * n + "\x00", id="spaces-after-the-tag"),
        pytest.param(lambda n: "{% cite a" + " " * n + "\x00", id="spaces-in-the-body"),
        pytest.param(lambda n: "{% cite a" + " -" * (n // 2) + "x", id="dashes-in-the-body"),
        pytest.param(lambda n: "{% cite " + "a " * (n // 2) + "{", id="keys-then-a-brace"),
    ],
)
def test_scholar_cite_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_scholar_all, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("see {% cite knuth84 %}.", [("cite", "knuth84")]),
        ("{% cite a b --file refs -l 23 %}", [("cite", "a b --file refs -l 23")]),
        (
            "{%- cite key2020 -%} and {% reference other %}",
            [("cite", "key2020"), ("reference", "other")],
        ),
        ("{{% cite key %}}", [("cite", "key")]),
        ("{% cite_details smith   %}", [("cite_details", "smith")]),
        ("{% citation a\t b \n %}", [("citation", "a\t b")]),
        ("{% cite a- %}", [("cite", "a-")]),  # a key's own dash stays
        ("{% cite a -%}", [("cite", "a")]),
        ("{% cite a --%}", [("cite", "a -")]),
        ("{% cite   -%}", [("cite", "")]),
        ("{%cite k %}", [("cite", "k")]),
        ("{% cite %}", [("cite", "")]),
        ("{% cite{a} %}", []),
        ("{% citex a %}", []),
        ("{% cite a } %}", []),
        ("{% cite a", []),
    ],
)
def test_scholar_cite_tags_read_as_before(text: str, found: list[tuple[str, str]]) -> None:
    assert _scholar_all(text) == found


# --- East Asian corner-bracket notes (cjk_brackets._NOTE and _SECOND_TITLE) --------------


def _note(text: str) -> object:
    return _NOTE.match(text)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "木村" + " " * n + "\x00", id="name-then-spaces"),
        pytest.param(lambda n: "木村「章」" + " " * n + "\x00", id="after-part"),
        pytest.param(lambda n: "木村 编" + " " * n + "\x00", id="after-editor-mark"),
        pytest.param(lambda n: "见" + " " * n + "\x00", id="after-lead-word"),
        pytest.param(lambda n: "木村（訳）" + " 、" * (n // 2) + "\x00", id="spaces-and-commas"),
    ],
)
def test_note_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_note, line)
    assert_linear(cjk_brackets.parse, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "，" + " " * n + "\x00", id="comma-then-spaces"),
        pytest.param(lambda n: " 载于" + " " * n + "\x00", id="word-then-spaces"),
    ],
)
def test_second_title_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_SECOND_TITLE.match, line)


@pytest.mark.parametrize(
    ("text", "who", "title", "container", "chapter"),
    [
        ("木村一郎『海の道』港書房、1998年。", ("木村一郎",), "海の道", None, False),
        ("  木村一郎　『海の道』港書房、1998年。", ("木村一郎",), "海の道", None, False),
        (
            "木村一郎・森花子「潮の記録」『海事史研究』第8号、2001年。",
            ("木村一郎", "森花子"),
            "潮の記録",
            "海事史研究",
            False,
        ),
        (
            "木村一郎「村の井戸」、森次郎編『水の民俗』港書房、1999年。",
            ("木村一郎",),
            "村の井戸",
            "水の民俗",
            True,
        ),
        (
            "木村一郎 「村の井戸」 森次郎 編 『水の民俗』",
            ("木村一郎",),
            "村の井戸",
            "水の民俗",
            True,
        ),
        ("정하나, 『바다의 길』, 부산: 항구출판, 2012.", ("정하나",), "바다의 길", None, False),
        ("李文：《海路考》，《海史研究》2011年第2期。", ("李文",), "海路考", "海史研究", False),
        (
            "李文：《海路考》，  载  《海史研究》2011年第2期。",
            ("李文",),
            "海路考",
            "海史研究",
            False,
        ),
        ("参见 李文：《海路考》，上海：港口出版社，2003年。", ("李文",), "海路考", None, False),
        # no name: a lead word is none; the work is cited by its title alone (fix60g)
        ("参见  《海路考》", (), "海路考", None, False),
        ("木（訳）  編『水の民俗』", ("木",), "水の民俗", None, False),
        ("木村一郎 海の道", None, None, None, False),
    ],
)
def test_corner_bracket_notes_read_as_before(
    text: str,
    who: tuple[str, ...] | None,
    title: str | None,
    container: str | None,
    chapter: bool,
) -> None:
    fields = cjk_brackets.parse(text)
    if who is None:
        assert fields is None
        return
    assert fields is not None
    assert (fields.authors, fields.title, fields.container, fields.chapter) == (
        who,
        title,
        container,
        chapter,
    )


@pytest.mark.parametrize(
    ("rest", "journal"),
    [
        ("，《海史研究》2011年", "海史研究"),
        ("  ，  载于  《海史研究》", "海史研究"),
        ("載『海事』", "海事"),
        ("   ", None),
        ("，港口出版社", None),
    ],
)
def test_second_title(rest: str, journal: str | None) -> None:
    m = _SECOND_TITLE.match(rest)
    assert (m.group("journal") if m else None) == journal


# --- GB/T 7714 journal after the [J] code (gbt._JOURNAL) -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "." + " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: ". 海" + " " * n + "\x00", id="name-then-spaces"),
        pytest.param(lambda n: ". " + "a " * (n // 2) + "\x00", id="words"),
        pytest.param(lambda n: "." + " " * n, id="spaces-to-the-end"),
    ],
)
def test_gbt_journal_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_JOURNAL.match, line)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        (". 海洋工程, 2019, 37(2): 11-19.", ("海洋工程", "2019", "37", "2", "11-19")),
        (".  Ocean  Engineering ,2019,37: 5", ("Ocean  Engineering", "2019", "37", None, "5")),
        (". 港口，2020，5(4)：3", ("港口", "2020", "5", "4", None)),
        (".   , 2021", (" ", "2021", None, None, None)),  # (nothing but spaces: one kept)
        (". Coast\tJournal\t,\t2018", ("Coast\tJournal", "2018", None, None, None)),
        (". 海洋工程 2019", None),
        ("., 2019", None),
        (". 海洋工程, 19", None),
    ],
)
def test_gbt_journal_read_as_before(tail: str, want: tuple[str | None, ...] | None) -> None:
    m = _JOURNAL.match(tail)
    assert (m.group("journal", "year", "vol", "iss", "pages") if m else None) == want


def test_gbt_journal_entry() -> None:
    fields = gbt.parse("王海. 潮汐与港口[J]. 海洋工程,  2019, 37(2): 11-19.")
    assert fields is not None
    assert (fields.container, fields.volume, fields.issue, fields.pages) == (
        "海洋工程",
        "37",
        "2",
        "11-19",
    )


# --- dotted CJK name lists (script_names._DOTTED) ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "・" * n + "\x00", id="dots"),
        pytest.param(lambda n: "ア・" * (n // 2) + "\x00", id="names-and-dots"),
        pytest.param(lambda n: "山" * n + "\x00", id="letters"),
    ],
)
def test_dotted_names_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(_DOTTED.fullmatch, line)
    assert_linear(joined_people, line)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("森川花・木村一郎", ("森川花", "木村一郎")),
        ("박하늘 · 정하나 · 이바다", ("박하늘", "정하나", "이바다")),
        ("王海･李文", ("王海", "李文")),
        ("ジョン・スミス・森川花", ("ジョン・スミス", "森川花")),
        ("ジョン・スミス", None),  # one person in katakana
        ("森川花", None),
        # a dot is never a letter of a name: no empty names (and no traceback) from dots at
        # an end or side by side
        ("・ア・イ", None),
        ("森・・木", None),
        ("・・・", None),
    ],
)
def test_joined_people(text: str, people: tuple[str, ...] | None) -> None:
    assert joined_people(text) == people


# --- name lists before a title (generic._NAMES_FIRST, _SURNAME_FIRST_QUOTED) ---------------


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        pytest.param(
            _NAMES_FIRST,
            lambda n: (
                "A. - Ab van McCd'Ef-g-Hi" + ", and A. - Ab van McCd'Ef-g-Hi" * (n // 30) + "\x00"
            ),
            id="natural-names-and",
        ),
        pytest.param(
            _NAMES_FIRST,
            lambda n: "Ann Lee" + ", and Bo Kim" * (n // 12) + "\x00",
            id="natural-short",
        ),
        pytest.param(
            _SURNAME_FIRST_QUOTED,
            lambda n: (
                "van McCd'Ef-g-Hi, A. -, Eds."
                + ", and van McCd'Ef-g-Hi, A. -, Eds." * (n // 34)
                + "\x00"
            ),
            id="inverted-names-and",
        ),
        pytest.param(
            _SURNAME_FIRST_QUOTED,
            lambda n: "Lee, A." + ", and Kim, B." * (n // 13) + "\x00",
            id="inverted-short",
        ),
    ],
)
def test_name_lists_are_linear(pattern: re.Pattern[str], line: Callable[[int], str]) -> None:
    assert_linear(pattern.match, line)


@pytest.mark.parametrize(
    ("text", "authors", "after"),
    [
        ("A. Lee and B. Kim. A title of words.", "A. Lee and B. Kim", "A title of words."),
        ("A. Lee, B. Kim, and C. Park. Title here", "A. Lee, B. Kim, and C. Park", "Title here"),
        ("A. Lee, & B. Kim. Title here", "A. Lee, & B. Kim", "Title here"),
        ("Ann Lee & Bo van der Kim. Title here", "Ann Lee & Bo van der Kim", "Title here"),
        ("A. Lee, B. Kim, et al. Title here", "A. Lee, B. Kim", "Title here"),
        ("Ann B. Lee, Bo Kim (eds.). Title here", "Ann B. Lee, Bo Kim", "Title here"),
        ("A. Lee, and and B. Kim. Title", None, None),
        ("A. Lee, , B. Kim. Title", None, None),
    ],
)
def test_natural_names_read_as_before(text: str, authors: str | None, after: str | None) -> None:
    m = _NAMES_FIRST.match(text)
    assert (m.group("authors", "after") if m else (None, None)) == (authors, after)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ('Lee, A., "A title"', "Lee, A."),
        ('Lee, A., Kim, B., and C. Park, "A title"', "Lee, A., Kim, B., and C. Park"),
        ("Lee, A., & Kim, B., Ed., “A title”", "Lee, A., & Kim, B., Ed."),
        ('Lee, A. and B. Kim, "A title"', "Lee, A. and B. Kim"),
        ('Lee, A.  and B. Kim, "A title"', "Lee, A.  and B. Kim"),
        ('Lee, A., and and Kim, B., "A title"', None),
        ("Lee, A., Kim, B., A title", None),
    ],
)
def test_inverted_names_read_as_before(text: str, authors: str | None) -> None:
    m = _SURNAME_FIRST_QUOTED.match(text)
    assert (m.group("authors") if m else None) == authors


# --- Nature's article references (nature._ARTICLE) ------------------------------------------


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(
            _ARTICLE.match,
            lambda n: "van McCd'Ef-g-Hi van McCd'Ef-g-Hi, A." + " -A." * (n // 4) + "\x00",
            id="initials",
        ),
        pytest.param(
            nature.parse,
            lambda n: "Lee, A. & Kim, B. " + "Short words. " * (n // 13) + "Nat. Rev. 5 (2019).",
            id="sentences-then-a-year",
        ),
        pytest.param(
            nature.parse,
            lambda n: "Lee, A. " + "Step 1. " * (n // 8) + "Nat. Rev. 5 (2019).",
            id="sentences-with-digits",
        ),
    ],
)
def test_nature_article_is_linear(
    call: Callable[[str], object], line: Callable[[int], str]
) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lee, A. & Kim, B. C. Tides of the inner sea. Mar. Lett. 9, 1071 (2018).",
            (("Lee, A.", "Kim, B. C."), "Tides of the inner sea", "Mar. Lett.", "9", "1071"),
        ),
        (
            "Lee, A. et al. Is the sea rising? *Mar. Lett.* **12**, e45 (2021).",
            (("Lee, A.",), "Is the sea rising?", "Mar. Lett.", "12", "e45"),
        ),
        (
            "Lee, A.-B., Kim, C. & Park, D. 3D maps of 2 coasts. Coast. Res. 4, 1–9 (2015).",
            (
                ("Lee, A.-B.", "Kim, C.", "Park, D."),
                "3D maps of 2 coasts",
                "Coast. Res.",
                "4",
                "1–9",
            ),
        ),
        (
            "Lee, A. Part 2. The reefs. Mar. Lett. 7, 3 (2010).",
            (("Lee, A.",), "Part 2", "The reefs. Mar. Lett.", "7", "3"),
        ),
        (
            "Lee, A. Reefs. Again. *Mar. Lett.* 7, 3 (2010).",
            (("Lee, A.",), "Reefs. Again", "Mar. Lett.", "7", "3"),
        ),
    ],
)
def test_nature_articles_read_as_before(
    text: str, want: tuple[tuple[str, ...], str, str, str, str]
) -> None:
    fields = nature.parse(text)
    assert fields is not None
    assert (fields.authors, fields.title, fields.container, fields.volume, fields.pages) == want


def test_nature_initials_are_no_title() -> None:
    # (an initial was given back to be the title when nothing else fitted: "Lee, J." and the
    # title "A"; the initials now stay with the name)
    assert _ARTICLE.match("Lee, J. A. Nature 7, 3 (2010).") is None


# --- words of ACM's natural-order names (acm._NAME_WORD; flagged by the rerun) -------------


def test_acm_name_word_is_linear() -> None:
    assert_linear(_NAME_WORD.fullmatch, lambda n: "O" + "'Ab" * (n // 3) + "\x00")
    assert_linear(_NAME_WORD.fullmatch, lambda n: "D" + "'AB" * (n // 3) + "-")


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("O’Connell", True),
        ("D'Ab'Cd", True),
        ("N'a", True),
        ("O'A", True),
        ("Tzu-yang", True),
        ("Jean-Marc", True),
        ("IJsbrand", True),
        ("O'", False),
        ("O'-a", False),
        ("o'Brien", False),
        ("Ab1", False),
    ],
)
def test_acm_name_words_read_as_before(word: str, name: bool) -> None:
    assert bool(_NAME_WORD.fullmatch(word)) is name


# --- access dates (fields._ACCESS) and "hereafter" short forms (short_forms._BRACKETED) ---


def _access_all(text: str) -> object:
    return [m.group(0) for m in fields_ACCESS.finditer(text)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "( date of access" + " " * n, id="bracket-label-then-spaces"),
        pytest.param(lambda n: "accessed" + " " * n + "\x00", id="label-then-spaces"),
        pytest.param(lambda n: "(accessed :" + " " * n + "x", id="colon-then-spaces"),
    ],
)
def test_access_date_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_access_all, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("(accessed 12 March 2023)", ["(accessed 12 March 2023)"]),
        ("[Accessed: 2023-03-12]", ["[Accessed: 2023-03-12]"]),
        ("accessed   :  12.03.2023", ["accessed   :  12.03.2023"]),
        ("(дата обращения: 12.03.2023)", ["(дата обращения: 12.03.2023)"]),
        ("Retrieved on March 12, 2023, from", ["Retrieved on March 12, 2023"]),
        ("（2023年3月12日参照）", ["（2023年3月12日参照）"]),
        ("accessed soon", []),
    ],
)
def test_access_dates_read_as_before(text: str, found: list[str]) -> None:
    assert _access_all(text) == found


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "( hereafter cited as:" + " " * n, id="label-then-spaces"),
        pytest.param(lambda n: "(hereafter Papers" + " " * n + "x", id="short-then-spaces"),
    ],
)
def test_bracketed_short_form_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(short_BRACKETED.finditer(text)), line)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Report of 1850 (hereafter cited as *Papers*), 12.", "*Papers*"),
        ("Stadtbuch (im Folgenden:  Stadtbuch )", "Stadtbuch"),
        ("(hereafter NHS)", "NHS"),
        ("(hereafter x)", None),  # shorter than three characters
    ],
)
def test_bracketed_short_forms_read_as_before(text: str, short: str | None) -> None:
    m = short_BRACKETED.search(text)
    assert (m.group("short") if m else None) == short


# --- pages, volumes and issues of East Asian notes (cjk_brackets._PAGES, _VOLUME, _ISSUE) --


def _search_all(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: [m.groups() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        pytest.param(cjk_brackets._PAGES, lambda n: "1" * n + "\x00", id="pages-digits"),
        pytest.param(
            cjk_brackets._PAGES, lambda n: "1 " * (n // 2) + "\x00", id="pages-digits-spaced"
        ),
        pytest.param(cjk_brackets._PAGES, lambda n: "1-" * (n // 2) + "\x00", id="pages-ranges"),
        pytest.param(
            cjk_brackets._PAGES, lambda n: "頁" + " " * n + "\x00", id="pages-mark-spaces"
        ),
        pytest.param(cjk_brackets._VOLUME, lambda n: "1" * n + "\x00", id="volume-digits"),
        pytest.param(cjk_brackets._VOLUME, lambda n: " " * n + "\x00", id="volume-spaces"),
        pytest.param(cjk_brackets._VOLUME, lambda n: "1 " * (n // 2) + "\x00", id="volume-spaced"),
        pytest.param(cjk_brackets._ISSUE, lambda n: "1" * n + "\n", id="issue-digits"),
        pytest.param(cjk_brackets._ISSUE, lambda n: "第" + " " * n + "\n", id="issue-spaces"),
    ],
)
def test_cjk_numbers_are_linear(pattern: re.Pattern[str], line: Callable[[int], str]) -> None:
    assert_linear(_search_all(pattern), line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("港書房、1998年、12-30頁。", [(None, "12-30")]),
        ("港書房、1998年、pp. 12〜30。", [("12〜30", None)]),
        ("第8号、2001年、p.5", [("5", None)]),
        ("2001年、頁 101 ～ 109", [("101 ～ 109", None)]),
        ("2012, 45 - 67쪽", [(None, "45 - 67")]),
        ("2012, 3면", [(None, "3")]),
        ("1999年 120ページ", [(None, "120")]),
        ("1999年 120 ページ、5頁", [(None, "120"), (None, "5")]),
        ("第3巻 12 34頁", [(None, "34")]),
        ("2001年1998", []),
    ],
)
def test_cjk_pages_read_as_before(text: str, found: list[tuple[str | None, ...]]) -> None:
    assert _search_all(cjk_brackets._PAGES)(text) == found


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("『海事史研究』第8号、2001年", [], ["8"]),
        ("『海事史研究』第12巻第3号", ["12"], ["3"]),
        ("《海史研究》2011年第2期", [], ["2"]),
        ("《海史研究》2011年 第 2 期", [], ["2"]),
        ("『역사학보』 제45권 3호", ["45"], ["3"]),
        ("『역사학보』 45 권 3 호", ["45"], ["3"]),
        ("5 12巻 7  8号", ["12"], ["8"]),
        ("『叢書』 3編第2巻", ["3", "2"], []),  # (編 before 第: a volume)
        ("『叢書』 3編", [], []),
        ("2011年", [], []),
    ],
)
def test_cjk_volumes_and_issues_read_as_before(
    text: str, volume: list[str], issue: list[str]
) -> None:
    assert [m.group("n") for m in cjk_brackets._VOLUME.finditer(text)] == volume
    assert [m.group("n") for m in cjk_brackets._ISSUE.finditer(text)] == issue


# --- GOST articles written without "//" (gost._DASHLESS_SERIAL) ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Журнал. 1911. Т. " + "1" * n + "\n", id="volume-digits"),
        pytest.param(lambda n: "Журнал. 2011. № 1" + "a" * n + "\n", id="issue-letters"),
        pytest.param(
            lambda n: "Журнал. 2011. Т. 2, № " + "1-" * (n // 2) + "\n", id="issue-dashes"
        ),
    ],
)
def test_gost_dashless_serial_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(gost._DASHLESS_SERIAL.search, line)
    assert_linear(gost.dashless_article, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Морской вестник. 2012. № 4. С. 15–20.", True),
        ("Морской вестник. 2012. Т. 7, № 4. С. 15–20.", True),
        ("Морской вестник. 2012. Т. 7. № 4. С. 15–20.", True),
        ("Вісник моря. 2019. Вип. 12a. С. 3–9.", True),
        ("Вісник моря. 2019. Вип. 3/4. С. 3–9.", True),
        ("Вісник моря. 2019. № 5 (44). С. 120–131.", True),
        ("*Sea Letters*. 2003. Vol. 12, No. 3. P. 18–25.", True),
        ("Sea Letters. 2003. Vol.12, Iss. 2-3. pp. 1-9", True),
        ("Seebuch. 1899. Bd. 4. S. 33.", True),
        ("Журнал. 2012. Стб. 15.", False),  # no volume or issue
        ("Журнал. 2012. № 4, С. 15.", False),
        ("Журнал. 1712. № 4. С. 15.", False),
        ("Журнал. 2012. № x. С. 15.", False),
    ],
)
def test_gost_dashless_serials_read_as_before(text: str, found: bool) -> None:
    assert (gost._DASHLESS_SERIAL.search(text) is not None) is found


# --- law books (legal._BOOK) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Lowe H, Sea Law (aA" + "a" * n + "\n", id="facts-letters"),
        pytest.param(
            lambda n: "de Aa A, de Aa A and de Aa A, aaa (aA" + "a" * n + "\n",
            id="names-then-facts",
        ),
        pytest.param(lambda n: "Lowe H, Sea Law (a" + " a" * (n // 2) + ")", id="facts-words"),
    ],
)
def test_legal_book_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(legal._BOOK.match, line)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lowe H, The Law of Harbours (3rd edn, Tidewater Press 2020)",
            ("Lowe H", "The Law of Harbours", "3rd edn, Tidewater Press", "2020"),
        ),
        (
            "Pryce J and Vance E, Coastal Rights (Harbour & Co 2021) 12.",
            ("Pryce J and Vance E", "Coastal Rights", "Harbour & Co", "2021"),
        ),
        (
            "Marsh-Kettering, Jeannie, Reef Law (Federation Press, 2nd ed, 2019)",
            ("Marsh-Kettering, Jeannie", "Reef Law", "Federation Press, 2nd ed", "2019"),
        ),
        (
            "Priya van der Natarajan, Tides, Rules (OUP 1998), 4",
            ("Priya van der Natarajan", "Tides, Rules", "OUP", "1998"),
        ),
        (
            "Lowe H, Ports (12 1999 Press, 2001)",
            ("Lowe H", "Ports", "12 1999 Press", "2001"),
        ),
        ("Lowe H, Ports (2001)", None),  # no publisher: no letter
        ("Lowe H, Ports (Press: Town 2001)", None),
        ("Lowe H, Ports (Press 2001)x", None),
    ],
)
def test_legal_books_read_as_before(text: str, want: tuple[str, ...] | None) -> None:
    m = legal._BOOK.match(text)
    assert (m.group("authors", "title", "facts", "year") if m else None) == want


# --- notes on a page and subtitles in matching (matching._NOTE_ON_PAGE, _SUBTITLE) ---------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "," + " " * n + "n", id="comma-then-spaces"),
        pytest.param(lambda n: "12, n." + " " * n + "\x00", id="note-then-spaces"),
    ],
)
def test_note_on_page_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: matching._NOTE_ON_PAGE.sub("", text), line)


@pytest.mark.parametrize(
    ("cited", "left"),
    [
        ("121, n. 13", "121"),
        ("121 n.13", "121"),
        ("45,  fn 2", "45"),
        ("45 note 7, 46", "45, 46"),
        ("88, NN. 3 and 4", "88 and 4"),
        ("12–14", "12–14"),
        ("9, no. 3", "9, no. 3"),
    ],
)
def test_notes_on_pages_read_as_before(cited: str, left: str) -> None:
    assert matching._NOTE_ON_PAGE.sub("", cited) == left


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Title" + " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "Title:" + " " * n, id="colon-then-spaces"),
        pytest.param(lambda n: "Title" + " -" * (n // 2), id="dashes"),
    ],
)
def test_subtitle_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(matching.main_title_key, line)
    assert_linear(matching.subtitle_of, line)


@pytest.mark.parametrize(
    ("title", "main", "subtitle"),
    [
        ("Tides of the Inner Sea: A History", "tides of the inner sea", "A History"),
        ("Tides of the Inner Sea : аналіт. огляд", "tides of the inner sea", "аналіт. огляд"),
        ("Tides of the Inner Sea. A History.", "tides of the inner sea", "A History"),
        ("Tides of the Inner Sea —  A History", "tides of the inner sea", "A History"),
        ("Tides  -  A History", "tides", "A History"),
        # (as before: a dash between single spaces is no subtitle's start, since a space
        # after the dash is asked for twice)
        ("Tides of the Sea — A History", "tides of the sea a history", ""),
        ("Tides; or, The Other Sea", "tides", "or, The Other Sea"),
        ("Tides of the Inner Sea, vol. 2, The Coast", "tides of the inner sea", ""),
        ("Tides-of-the Sea", "tides of the sea", ""),
        ("Tides:  ", "tides", ""),
        ("Tides at 3.5 knots", "tides at 3 5 knots", ""),
    ],
)
def test_subtitles_read_as_before(title: str, main: str, subtitle: str) -> None:
    assert (matching.main_title_key(title), matching.subtitle_of(title)) == (main, subtitle)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Tides of the Inner Sea", "Tides of the Inner Sea: A History", True),
        ("Tides of the Inner Sea", "Tides of the Inner Sea —  A History", True),
        ("Tides of the Inner Sea", "Tides of the Inner Sea — A History", False),
        ("Tides of the Inner Sea", "Tides of the Inner Sea, vol. 2", True),
        ("Tides of the Inner Sea", "Tides of the Inner Seas", False),
        ("Tides of the Inner Sea", "Tides of the Inner Sea and Coast", False),
    ],
)
def test_same_but_subtitle_reads_as_before(a: str, b: str, same: bool) -> None:
    assert matching.same_but_subtitle(a, b) is same


# --- a footnote's link back (linknotes._BACK_TEXT) -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "**" + " " * n + "\x00", id="bold-then-spaces"),
        pytest.param(lambda n: "↑" + " " * n + "x", id="arrow-then-spaces"),
    ],
)
def test_back_text_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(linknotes._BACK_TEXT.match, line)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("↩", True),
        ("↩︎", True),
        (" ** ↑ ** ", True),
        ("__Back__", True),
        ("  return\n", True),
        ("^", True),
        ("12", True),
        ("** 3", True),
        ("12345", False),
        ("back to top", False),
        ("**↑*", False),
    ],
)
def test_back_texts_read_as_before(text: str, back: bool) -> None:
    assert bool(linknotes._BACK_TEXT.match(text)) is back


# --- MHRA chapters "in Book, ed. by ... (Place: Publisher, 1999)" (mhra._WITHIN) -----------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "in a, ed. a (a" + "1" * n, id="digits-unclosed"),
        pytest.param(lambda n: "in a" + ", ed. a" * (n // 7) + " (1999", id="editors-unclosed"),
        pytest.param(lambda n: "in a" + ", ed. a" * (n // 7) + " (19)", id="editors-no-year"),
    ],
)
def test_mhra_within_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(mhra._WITHIN.match, line)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        (
            "in Harbour Lives, ed. by Ann Lee (Bristol: Quay Press, 2004), pp. 12–30",
            ("Harbour Lives", "Bristol: Quay Press, 2004", ", pp. 12–30"),
        ),
        (
            "in Harbour Lives, edited by A. Lee and B. Kim (London, 1999)",
            ("Harbour Lives", "London, 1999", ""),
        ),
        (
            "in The Sea, trans. by Bo Kim(Oxford: Clarendon, 1987), 4",
            ("The Sea", "Oxford: Clarendon, 1987", ", 4"),
        ),
        ("in Tides, Reefs (Hull, 2001)", ("Tides, Reefs", "Hull, 2001", "")),
        ("in Tides (Hull: Sea Books)", None),
        ("in Tides (Hull, 2001", None),
        ("in (Hull, 2001)", None),
        ("in Tides (Hull, 2001)\nmore", None),
    ],
)
def test_mhra_within_reads_as_before(tail: str, want: tuple[str, ...] | None) -> None:
    m = mhra._WITHIN.match(tail)
    assert (m.group("book", "facts", "after") if m else None) == want


# --- Elsevier's trailer of addresses and access notes (elsevier._strip_trailer) ------------

# the one regex it was, for lines short enough for its backtracking
_OLD_TRAILER = re.compile(
    r"(?:[.,]?\s*(?:(?:https?://|doi:|DOI:?)\s?\S+|[(\[]?[Aa]ccessed\b[^()\[\]]*[)\]]?))+"
    r"\.?\s*$"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "x " + "accessed " * (n // 9) + "(", id="access-notes"),
        pytest.param(lambda n: "x " + "doi:a " * (n // 6) + "\x00(", id="dois"),
        pytest.param(lambda n: "x" + " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "x " + "(accessed a) " * (n // 13) + "(", id="bracketed-notes"),
    ],
)
def test_elsevier_trailer_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(elsevier._strip_trailer, line)


@pytest.mark.parametrize(
    ("after", "left"),
    [
        ("Title, Wiley, 2009. https://doi.org/10.1/ab", "Title, Wiley, 2009"),
        ("Title, 2022. https://sea.example/a (accessed 12 May 2023).", "Title, 2022"),
        ("Title, 2022, doi: 10.1/x.", "Title, 2022"),
        ("Title, 2022. DOI:10.1/x, [Accessed 3 March 2021]", "Title, 2022"),
        (
            "Title, 2022. Accessed 2 May 2023, https://sea.example/wiki/Reef_(atoll)",
            "Title, 2022",
        ),
        (
            "Title, 2022. (accessed 12 May 2023) more (text)",
            "Title, 2022. (accessed 12 May 2023) more (text)",
        ),
        ("Title accessedly, 2022", "Title accessedly, 2022"),
        ("Title, 2022", "Title, 2022"),
    ],
)
def test_elsevier_trailers_read_as_before(after: str, left: str) -> None:
    assert elsevier._strip_trailer(after) == left
    assert _OLD_TRAILER.sub("", after) == left


def test_elsevier_trailer_as_the_regex_on_short_lines() -> None:
    import random

    parts = [
        "a", " ", ".", ",", "doi:", "DOI", "DOI:", "http://", "https://x", "accessed",
        "Accessed", "(", ")", "[", "]", "\n", "1", "x_", "é", "\t",
    ]  # fmt: skip
    rnd = random.Random(31)
    for _ in range(20_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 9)))
        assert elsevier._strip_trailer(text) == _OLD_TRAILER.sub("", text), text


# --- a book's imprint in a .bst's blocks (bstblocks._YEAR_END) -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Press" + " " * n + "\n", id="spaces"),
        pytest.param(lambda n: "Press," + " " * n + "x", id="comma-then-spaces"),
        pytest.param(lambda n: "Press, 1999" + " " * n + "x", id="year-then-spaces"),
    ],
)
def test_bst_year_end_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(bstblocks._YEAR_END.search, line)


@pytest.mark.parametrize(
    ("rest", "start", "year"),
    [
        ("Harbour Press, Hull, 2011.", 19, "2011"),
        ("Harbour Press, Hull, Sept. 2011", 19, "2011"),
        ("Harbour Press, Hull,  March  1999b.  ", 19, "1999"),
        ("Harbour Press 2011", 7, "2011"),  # (a capitalised word before the year: a month)
        ("Sea Series. Quay, 1987\n", 16, "1987"),
        ("Harbour Press, Hull, 2011, 12", None, None),
        ("Harbour Press, 1411", None, None),
    ],
)
def test_bst_year_ends_read_as_before(rest: str, start: int | None, year: str | None) -> None:
    m = bstblocks._YEAR_END.search(rest)
    assert ((m.start(), m.group(1)) if m else (None, None)) == (start, year)


# --- <sup> note markers (supmarkdown.MARKER) and leader dots (symbolic._LEADER_DOTS) -----


def _sup_all(text: str) -> object:
    return [m.group("label") for m in SUP_MARKER.finditer(text)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "<sup>" + " " * n + "\x00", id="spaces-after-the-tag"),
        pytest.param(lambda n: "<sup>[1]" + " " * n + "\x00", id="spaces-after-a-group"),
        pytest.param(lambda n: "<sup>12" + " " * n + "x", id="spaces-after-a-number"),
        pytest.param(lambda n: "<sup><a href='#a'>" + " " * n + "x", id="spaces-in-a-link"),
    ],
)
def test_sup_marker_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_sup_all, line)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("cited<sup>3</sup>.", ["3"]),
        ("cited<sup> 2, 3 </sup>", ["2, 3"]),
        ("cited<sup>4–6</sup>", ["4–6"]),
        ("cited<sup>[12]</sup>", ["12"]),
        ("cited<sup>[1](#fn1)</sup>", ["1"]),
        ("cited<sup>[\\[1\\]](#cite-1)</sup>", ["1"]),
        ('cited<sup><a href="#fn1"> 1 </a></sup>', ["1"]),
        ("cited<sup>[2][3]</sup>", ["[2][3]"]),
        ("cited<sup>[2], [3]</sup>", ["[2], [3]"]),
        ("cited<sup>[2] – [4]</sup>", ["[2] – [4]"]),
        ("m<sup>two</sup>", []),
        ("cited<sup>3", []),
    ],
)
def test_sup_markers_read_as_before(text: str, labels: list[str]) -> None:
    assert _sup_all(text) == labels


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: ". " * (n // 2) + "\x00", id="dots-then-a-stop"),
        pytest.param(lambda n: "." * n + "x", id="dots-then-a-letter"),
    ],
)
def test_leader_dots_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(_LEADER_DOTS.search, line)


@pytest.mark.parametrize(
    ("text", "toc"),
    [
        ("Chapter 2. Methods ........ 14", True),
        ("Introduction . . . . . . 3", True),
        ("Appendix ....", True),
        ("Results ....... 27  ", True),
        ("As noted... see p. 4", False),
        ("Etc. . . and more", False),
        ("Three dots ... 12", False),
    ],
)
def test_leader_dots_read_as_before(text: str, toc: bool) -> None:
    assert bool(_LEADER_DOTS.search(text)) is toc


# --- inverted author lists (inverted_names._SHAPE) -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Lee, Kim, " + "A. " * (n // 3) + "x", id="initials"),
        pytest.param(lambda n: "Lee, Kim, " + "A." * (n // 2) + "x", id="initials-unspaced"),
        pytest.param(lambda n: "Lee, Kim, Ann Roe, " + "Ab Cd, " * (n // 7) + "x", id="names"),
    ],
)
def test_inverted_author_lists_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(inverted_parse, line)


def test_inverted_author_lists_read_as_before() -> None:
    found = inverted_parse(
        "Lee, Kim, J. M. Park, and Ann M. de Vries, *Harbour Lights,* Boston: Dock Press, 2007."
    )
    assert found is not None
    assert found.authors == ("Lee, Kim", "J. M. Park", "Ann M. de Vries")
    assert (found.title, found.publisher) == ("Harbour Lights", "Dock Press")
