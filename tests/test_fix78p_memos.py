"""Round 78 (fix78p): the per-entry and per-line cost of parsing cut, no reading changed.

Each memo answers as the function it keeps answers (the cached call equals the uncached
one, on the shapes the function reads and on ones it does not), a text longer than a
memo's bound is answered afresh, an entry's memo keys the document's language too; the
prefilter of East Asian holdings answers as its pattern does, on texts with a holder's
word and without; the list's index is built for same-author notes only when there is one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck import textmemo
from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import (
    archival,
    cjk_held,
    commentary,
    doclanguage,
    entrymemo,
    fields,
    legal_kind,
    pronoun_notes,
    shared,
)
from bibcheck.readers import common, listheads, listscope, mask
from bibcheck.readers.runmemo import document_run

# --------------------------------------------------------------------------
# the holder's-word prefilter (cjk_held): its answer is the pattern's
# --------------------------------------------------------------------------

HELD = [
    # (text, held) -- the three words the prefilter looks for, each in a holder's place
    ("渡辺一郎「秋の歌」草稿、1958年、某市立図書館所蔵。", True),  # ja 所蔵 (蔵)
    ("「書簡」、某大学史料館館蔵、No. 7。", True),  # ja 館蔵
    ("《日记》，某省档案馆藏。", True),  # zh simplified 档案馆藏 (藏)
    ("《信札》，某市圖書館藏", True),  # zh traditional, at the end
    ("「일기」, 어느 기념관 소장.", True),  # ko 소장
    # the word, but not a holder's item of its own (no comma or stop after it)
    ("「蔵書目録」、東京、1990年。", False),
    ("《藏书志》，北京：中华书局，2001。", False),
    ("소장품 목록, 서울, 2005.", False),
    # none of the three: the pattern is not run
    ("Smith, J. A Title. London: Press, 2020.", False),
    ("田中太郎『近代の音楽』東京：出版社、2001年。", False),
    ("王明《现代文学》，北京：出版社，2005。", False),
    ("김철수, 『현대 음악』, 서울: 출판사, 2010.", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_held_prefilter_answers_as_the_pattern(text: str, expected: bool) -> None:
    assert cjk_held.held(text) is expected
    assert cjk_held.held(text) is (cjk_held._HELD.search(text) is not None)


@pytest.mark.parametrize("word", ["所蔵", "収蔵", "館蔵", "所藏", "收藏", "馆藏", "館藏", "소장"])
def test_every_holder_word_passes_the_prefilter(word: str) -> None:
    assert any(end in word for end in cjk_held._HELD_WORD_ENDS)
    assert cjk_held.held(f"「某文書」、某資料{word}。") is True


# --------------------------------------------------------------------------
# the heading memos (bibcheck.textmemo): the same answers, long lines never kept
# --------------------------------------------------------------------------

LINES = [
    "## References",
    "## Literature",
    "**Bibliography**",
    "# Notes",
    "## Примечания",
    "## Literaturverzeichnis",
    "References",
    "Further reading",
    "Primary and secondary sources",
    "Works Cited",
    "Notes",
    "a",
    "",
    "Smith, J. (2020). A title. Press.",
    "## " + "word " * 60,  # longer than the memo keeps
    "References " * 30,
]
HEADING_MEMOS: list[Callable[[str], bool]] = [
    common.is_literature_heading,
    common.is_notes_heading,
    listheads.is_qualified_list_heading,
    listscope.is_further_reading_heading,
]


@pytest.mark.parametrize("function", HEADING_MEMOS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("line", LINES)
def test_heading_memo_equals_the_uncached_call(function: Callable[[str], bool], line: str) -> None:
    uncached = function.uncached  # type: ignore[attr-defined]
    expected = uncached(line)
    assert function(line) is expected
    assert function(line) is expected  # (asked again: from the memo)


def test_heading_memo_answers_known_headings() -> None:
    assert common.is_literature_heading("## References") is True
    assert common.is_literature_heading("## Notes") is False
    assert common.is_notes_heading("## Notes") is True
    assert common.is_notes_heading("a") is False
    assert listscope.is_further_reading_heading("Further reading") is True


def test_text_memo_keeps_short_texts_only() -> None:
    calls: list[str] = []

    def probe(text: str) -> bool:
        calls.append(text)
        return text.startswith("x")

    memo = textmemo.text_memo(probe)
    short, long = "x short", "x" * (textmemo.LONGEST + 1)
    assert [memo(short), memo(short), memo(long), memo(long)] == [True, True, True, True]
    assert calls == [short, long, long]  # the short one read once, the long one each time


# --------------------------------------------------------------------------
# the entry memos (parse.references.entrymemo): the same answers, language in the key
# --------------------------------------------------------------------------

ENTRIES = [
    "Smith J. A title [Electronic resource]. 2020. URL: https://example.org/a (accessed: 12.03.2023).",
    "Иванов И. И. Заглавие. М.: Наука, 2019. 200 с. (дата обращения: 05.04.2021)",
    "Doe, Jane. Title. Retrieved March 3, 2020, from https://example.org/b",
    "National Archives, Kew, FO 371/12345, letter of 3 May 1921.",
    "ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3.",
    "Regulation (EU) 2016/679 of the European Parliament, OJ L 119, 4.5.2016, p. 1.",
    "ECLI:EU:C:2014:317.",
    "See, for this point, Doe J. Title. 2001. P. 4.",
    "Ibid., p. 5.",
    "  Title ,  with  doubled   spaces ;  and  labels [online] .  ",
    "",
    "Long " * 1000 + "2020.",  # a long text
]
ENTRY_MEMOS: list[Callable[[str], object]] = [
    shared.clean,
    fields.find_access_date,
    archival.archival_file,
    legal_kind.legal_source,
    commentary.citation_start,
]


@pytest.mark.parametrize("function", ENTRY_MEMOS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", ENTRIES, ids=range(len(ENTRIES)))
def test_entry_memo_equals_the_uncached_call(function: Callable[[str], object], text: str) -> None:
    uncached = function.uncached  # type: ignore[attr-defined]
    expected = uncached(text)
    assert function(text) == expected  # (outside a reading: computed)
    for language in (None, "es"):
        with doclanguage.written_in(language):
            assert function(text) == uncached(text)
            assert function(text) == uncached(text)  # (asked again: from the memo)


def test_entry_memo_answers_known_shapes() -> None:
    with doclanguage.written_in(None):
        found = fields.find_access_date(ENTRIES[0])
        assert found is not None and found.raw == "12.03.2023"
        assert fields.find_access_date("Smith J. A title. 2020.") is None
        assert archival.archival_file(ENTRIES[4]) is True
        assert archival.archival_file("Smith J. A title. London: Press, 2020.") is False
        assert legal_kind.legal_source(ENTRIES[6]) is True
        assert shared.clean("a  ,  b ") == "a, b"


def test_entry_memo_lives_for_one_reading() -> None:
    calls: list[str] = []

    def probe(text: str) -> str:
        calls.append(text)
        return f"{text}:{doclanguage.language()}"

    memo = entrymemo.entry_memo(probe)
    assert [memo("x"), memo("x")] == ["x:None", "x:None"]  # outside a reading: each time
    assert len(calls) == 2
    with doclanguage.written_in("pt"):
        assert [memo("x"), memo("x")] == ["x:pt", "x:pt"]  # once in the reading
        assert len(calls) == 3
        with doclanguage.written_in("es"):  # (another reading: its own memo)
            assert memo("x") == "x:es"
        assert memo("x") == "x:pt"
    assert len(calls) == 4
    with doclanguage.written_in("pt"):  # (a new reading: nothing kept from the last)
        assert memo("x") == "x:pt"
    assert len(calls) == 5


def test_entry_memo_keeps_long_texts_too() -> None:
    # (a long text read afresh at each question while a short one is read once would make
    # the work grow faster than the text: the hostile-input guards count it)
    calls: list[str] = []

    def probe(text: str) -> int:
        calls.append(text)
        return len(text)

    memo = entrymemo.entry_memo(probe)
    long = "y" * 20_000
    with entrymemo.reading():
        assert [memo("y"), memo("y"), memo(long), memo(long)] == [1, 1, len(long), len(long)]
    assert calls == ["y", long]


# --------------------------------------------------------------------------
# the mask memo: the masked text is the uncached one's
# --------------------------------------------------------------------------

MASKED = [
    "Text with `code` and $x^2$ and <!-- a comment --> end.",
    "```\nfenced code [1]\n```\nText [2].",
    "\\section{A} Text \\cite{key} % comment\n",
    "Plain text with a note<sup>1</sup> and x²³.",
    "",
]


@pytest.mark.parametrize("latex", [None, False, True])
@pytest.mark.parametrize("text", MASKED)
@pytest.mark.parametrize("repeat", [1, 600])  # (a short text, and one kept in the reading)
def test_mask_memo_equals_the_uncached_call(text: str, latex: bool | None, repeat: int) -> None:
    text = text * repeat
    expected = mask._mask(text, latex)
    assert mask.mask(text, latex) == expected
    with document_run():
        assert mask.mask(text, latex) == expected
        assert mask.mask(text, latex) == expected
    assert len(expected) == len(text)


def test_mask_is_computed_once_in_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = mask._mask

    def counting(text: str, latex: bool | None) -> str:
        calls.append(len(text))
        return original(text, latex)

    monkeypatch.setattr(mask, "_mask", counting)
    text = "Text with `code` and a note [1].\n" * 100
    with document_run():
        assert mask.mask(text) == mask.mask(text)
        mask.mask("a line")
        mask.mask("a line")
    assert calls == [len(text), 6, 6]  # (the long text once; a line each time)


# --------------------------------------------------------------------------
# the list's index for same-author notes: built only when a note needs it
# --------------------------------------------------------------------------


def _document(pronoun: bool) -> bytes:
    second = "Id., Another Book of Hers, Oxford 2005, p. 3." if pronoun else "Roe K. Third. 2011."
    return (
        "# T\n\nOne<sup>1</sup>. Two<sup>2</sup>.\n\n---\n\n"
        "<sup>1</sup> Doe J. A Book of Hers. London, 2001.\n\n"
        f"<sup>2</sup> {second}\n\n"
        "## Literature\n\n"
        "1. Doe J. A Book of Hers. London, 2001.\n\n"
        "2. Doe J. Another Book of Hers. Oxford, 2005.\n"
    ).encode()


@pytest.mark.parametrize(("pronoun", "builds"), [(False, 0), (True, 1)])
def test_pronoun_notes_build_the_index_only_when_needed(
    pronoun: bool, builds: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    original = pronoun_notes.LiteratureIndex

    def counting(entries: object) -> object:
        built.append(1)
        return original(entries)  # type: ignore[arg-type]

    monkeypatch.setattr(pronoun_notes, "LiteratureIndex", counting)
    doc = parse_bytes(_document(pronoun), "doc.md")
    assert len(doc.literature) == 2
    # (the same-author pass runs twice over the notes: the index is built at most once a pass)
    assert (len(built) > 0) is (builds > 0)
