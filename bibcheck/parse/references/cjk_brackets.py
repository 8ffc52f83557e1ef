"""Notes and list entries of the East Asian humanities form: titles in corner brackets.

Japanese (SIST 02 and the historians' usage), Korean and traditional-Chinese notes mark
a book's or a journal's title with double brackets (``『』``, ``《》``) and an article's or
a chapter's with single ones (``「」``, ``〈〉``); the name before them is the author's:

* ``山田太郎『日本の近代』東京大学出版会、2005年、45頁。`` -- a book;
* ``佐藤花子「港湾の研究」『史学雑誌』第112編第3号、2003年、1〜30頁。`` -- an article,
  its journal in the double brackets;
* ``田中一郎「村の祭り」、鈴木次郎編『民俗の研究』岩波書店、1999年。`` -- a chapter in
  an edited book (``編``, ``편``, ``编``: the editor's mark);
* ``홍길동, 『한국 근대사』, 서울: 역사비평사, 2010, 45쪽.`` and ``김철수, 「시장」,
  『역사학보』 제120집, 2015.`` -- the same in Korean, with commas;
* ``王明：《书名》，北京：人民出版社，2001年，第45页。``, ``陳大文，〈論文〉，《期刊》第12卷
  第2期`` and ``王明：《论文》，《期刊》2010年第3期。`` -- Chinese notes, where an article's
  title may be in the same marks as its journal's.

Co-authors are joined by a middle dot (``山田太郎・佐藤花子``), which inside a name written
in katakana separates the given name from the family name (``マックス・ウェーバー``: one
person).  :func:`parse` gives the fields or None when the text has no such title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.interpunct import one_person
from bibcheck.parse.references import cjk_media, cjk_unsigned
from bibcheck.parse.references.hangul_names import comma_names
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.parse.references.shared import Fields, Year

_BOOK_OPEN, _BOOK_CLOSE = "『《", "』》"
# (Chinese quotes an article's or a chapter's title before its journal's or book's
# brackets too: "王明，“论文”，《期刊》2000年第9期", "“章名”，载李华主编《书名》")
_PART_OPEN, _PART_CLOSE = "「〈“", "」〉”"
_SEP = r"[、，,：:]"
# words that open a note before the name: "たとえば、", "詳しくは", "예컨대", "参见"
_LEAD = (
    r"(?:たとえば|例えば|詳しくは|くわしくは|とくに|特に|なお|また|さらに|参照|예컨대|특히"
    r"|例如|参见|參見|参看|見|见)[、，,：:]?\s*+"
)
# a journal's title right after an article's, in the same marks: "，载《历史研究》" (each
# run of spaces taken whole: none of what follows one starts with a space)
_SECOND_TITLE = lazy_compile(
    rf"^\s*+{_SEP}?\s*+(?:载于|載於|载|載|见|見|收入|所収)?\s*+[{_BOOK_OPEN}](?P<journal>[^{_BOOK_CLOSE}]{{1,200}})[{_BOOK_CLOSE}]"
)
# the author: no bracket, no sentence end, at most 40 characters; a role in parentheses
# after it ("（大塚久雄訳）") is no part of the name
_WHO = r"[^『《「〈」』》〉、，,：:。.（()）\d]{1,40}?"
# a translator's mark after a second name ("斯波义信著，庄景辉译：《…》"): the author is the
# first name; the translator's is no author's
_TRANSLATED = r"(?:编译|編譯|翻译|翻譯|校注|点校|點校|整理|译|譯|訳|역|옮김)"
# a work cited by its title alone, the title first ("《宋会要辑稿·食货》…", "『日本書紀』…")
_TITLE_FIRST = lazy_compile(
    rf"^\s*+(?:{_LEAD})?[{_BOOK_OPEN}](?P<book>[^{_BOOK_CLOSE}]{{1,200}})[{_BOOK_CLOSE}](?P<rest>.*)$",
    re.S,
)
# nothing after the title but punctuation (an address the caller took out may have stood
# there): a book unless the entry has an address ("一然, 『三國遺事』", "司馬遷『史記』": a
# classic; "国家图书馆：《中华古籍资源库》，http://…": a web page)
_BARE_REST = lazy_compile(r"^[\s、，,。.：:；;]*$")
# an address in the note: a web page's, when no publisher is named
_URL = lazy_compile(r"(?:https?://|www\.)\S", re.I)
# the day a web page was read, no date of the work: "（2023年5月4日访问）", "(2020年1月5日閲覧)",
# "访问日期：2023年5月4日", "(2021.3.2 접속)"
_ACCESSED = lazy_compile(
    r"[（(][^（）()]{0,30}?(?:访问|訪問|閲覧|閱覽|参照|접속|검색)[^（）()]{0,10}[）)]"
    r"|(?:访问|訪問|閲覧|閱覽|접속)(?:日期|日|일)?\s*[:：]\s*\d{4}[^，,。.]{0,12}"
)
# the editors (or the authors): names parted by "、" ("赵明、李华主编")
_EDITORS = rf"{_WHO}(?:、{_WHO}){{0,5}}"
# an editor's mark after a name: 編 (ja), 编/主编 (zh), 편/엮음 (ko)
_EDITED = r"(?:編著|編集|監修|主編|主编|共編|編|编|편저|편|엮음)"
# an article's title: no single bracket, or a pair of them inside it, one deep (a title
# quoting a work or a word: "「「こころ」を生成する心臓」", "「〈先生〉の遺書」"); the three
# branches start apart, so each title is read one way
_PART_TEXT = (
    rf"(?:[^{_PART_OPEN}{_PART_CLOSE}]|[{_PART_OPEN}][^{_PART_OPEN}{_PART_CLOSE}]{{1,100}}"
    rf"[{_PART_CLOSE}]){{1,200}}"
)
# the author-date form's year right after the names, in parentheses or not, a full stop
# after it: "鈴木一郎（2015）『…』", "홍길동(2010). 『…』", "山田太郎（2019年）「…」",
# "王明 2010.《…》"
_DATED = (
    rf"(?:(?:[（(]\s*+(?P<dated>{PLAUSIBLE_YEAR}[a-z]?)\s*+年?\s*+[）)]"
    rf"|(?P<bare>{PLAUSIBLE_YEAR}[a-z]?)\s*+年?(?=\s*+[.。．,，]?\s*+[{_BOOK_OPEN}{_PART_OPEN}]))"
    r"\s*+[.。．]?\s*+)"
)
# a journal's volume and issue as the sciences write them: "12(3)", "12（3）"
_VOLUME_ISSUE = lazy_compile(
    r"(?<![\d.])(?P<v>\d{1,4})\s*+[（(](?P<i>\d{1,4}(?:[-–]\d{1,4})?)[）)]"
)
# the pages right after a journal's "12(3)": ", 45–67", ": 45-67"
_PAGES_AFTER = lazy_compile(r"\s*+[,，:：]\s*+(?P<p>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?!\d)")
# after an article's title: a comma or colon, or the full stop of the author-date form
# ("田中一郎（2010）.「村の祭り」.『民俗学研究』", "김철수(2018). 「제목」. 『학술지』")
_PART_END = rf"(?:{_SEP}|[.。．])"
# (every run of spaces is taken whole, so that a note of thousands of spaces is read once, not
# shared out between the runs in every way; only a name can start with a space, and a name
# that would be spaces alone -- the one space before the brackets or the editor's mark, "X
# 編『B』" -- is read as an empty name after the run)
_NOTE = lazy_compile(
    rf"^\s*+(?:{_LEAD})?(?P<who>{_EDITORS}|(?<=\s))\s*+{_DATED}?"
    r"(?:[（(](?P<role>[^）)]{1,30})[）)])?\s*+"
    rf"(?:[，,、]\s*+(?P<translator>{_WHO})\s*+{_TRANSLATED}\s*+)?"
    rf"{_SEP}?\s*+(?:[{_PART_OPEN}](?P<part>{_PART_TEXT})[{_PART_CLOSE}]\s*+{_PART_END}?\s*+"
    r"[（(]?\s*+(?:(?:所収|収録|載於|载于|载|載|수록)\s*+)?)?"
    rf"(?:(?P<editor>{_EDITORS}|(?<=\s))\s*+{_EDITED}\s*+{_SEP}?\s*+)?"
    rf"[{_BOOK_OPEN}](?P<book>[^{_BOOK_CLOSE}]{{1,200}})[{_BOOK_CLOSE}](?P<rest>.*)$",
    re.S,
)
# an author's own mark after the name ("山田太郎著", "홍길동 저"), dropped
# (from the first of a run of spaces only: from each, each try read the rest of the run)
_AUTHOR_MARK = lazy_compile(r"(?<!\s)\s*+(?:著|저|著者|ほか|他|외|等|等著|撰|辑|輯)$")
_KATAKANA = lazy_compile(r"[\u30a0-\u30ffｦ-ﾟ]")
# (from the first of a run of spaces, or at the dot: from each space, each try read the rest)
_DOT = lazy_compile(r"(?:(?<!\s)|(?=[・·･‧]))\s*+[・·･‧]\s*+")
_YEAR = lazy_compile(rf"(?P<year>{PLAUSIBLE_YEAR})\s*年?")
# (a number after the mark, or before it; possessive runs, and the number before a mark
# starts only where a run of digits or of spaces starts, since a match in the middle of a
# run is never the first: linear in a long run of digits or spaces)
_PAGES = lazy_compile(
    r"(?:頁|页|p{1,2}\.)\s*(?P<before>\d+(?:\s*[〜~～\-–—]\s*\d+)?)"
    r"|(?<!\d)(?P<after>\d++(?:\s*+[〜~～\-–—]\s*+\d++)?)\s*+(?:頁|页|쪽|면|ページ)"
)
# ("第", or the start of a run of spaces, or of digits not after a space)
_NUMBER_START = r"(?:第|(?<!\s)(?!(?<=\d)\d))\s*+(?P<n>\d++)\s*+"
_VOLUME = lazy_compile(rf"{_NUMBER_START}(?:巻|卷|권|輯|辑|집|編(?=第))")
_ISSUE = lazy_compile(rf"{_NUMBER_START}(?:号|號|호|期)")
# a place before the publisher, as Korean and Chinese write it: "서울: 역사비평사", "臺北：聯經"
_PLACE = lazy_compile(r"^\s*(?P<place>[^\s:：、，,\d]{1,15})\s*[:：]\s*")
# a volume of a multi-volume set, before its imprint: "第2冊", "제3책", "2册"
_VOLUME_OF_SET = lazy_compile(r"^\s*+[，,、]?\s*+(?:第|제)?\s*+\d{1,4}\s*+(?:冊|册|책)\s*+")
# a publisher by its word: a press, a bookshop, a company, a society (出版, 書店, 출판부, 社)
_PUBLISHER_WORD = lazy_compile(
    r"(?:出版|書店|書房|书店|書局|书局|社|館|馆|堂|会|會|閣|舎|출판|서원|서관|사$|Press)"
)
_SERIES = lazy_compile(
    r"^[（(][^）)]{1,60}?(?:叢書|丛书|총서|シリーズ|選書|新書|文庫)\s*\d*[）)]\s*"
)
_PUNCT = " 、，,。.：:；;（）()"


def parse(body: str) -> Fields | None:
    """Fields of a note or entry that marks its titles with corner brackets, or None."""
    unsigned = cjk_unsigned.parse(body)  # "「Review」『Magazine』1962年10月上旬号": no author
    if unsigned is not None:
        return unsigned
    listed = comma_names(body)  # "정하윤, 문재석, 「논문」, …": read with the first name
    if listed is not None:
        listed_names, rest = listed
        fields = parse(f"{listed_names[0]}{rest}")
        return None if fields is None else replace(fields, authors=listed_names)
    m = _NOTE.match(body)
    if m is None:
        return _title_first(body)
    who = m.group("who")
    # (co-authors parted by "、" only before a quoted title, as Chinese writes them: "王明、
    # 李华，“论文”，《期刊》"; before a bracket the "、" may end a lead-in: "これは、山田『書名』")
    if "、" in who and (m.group("part") is None or body[m.start("part") - 1] != "“"):
        return _title_first(body)
    # (a name of spaces alone is matched empty after them: the last of them, as it was read)
    names = who.split("、") if who else [body[m.start("who") - 1]]
    authors = tuple(a for name in names for a in _people(name))
    if not authors or len(authors) < len([n for n in names if n.strip()]):
        return _title_first(body)
    part, book, rest = m.group("part"), m.group("book").strip(), m.group("rest")
    if _URL.search(rest) or _ACCESSED.search(rest):
        return _web(authors, book, rest)
    dated = m.group("dated") or m.group("bare")
    year = Year(int(dated[:4]), dated) if dated else _year(rest)
    pages = _pages(rest)
    if part and m.group("editor") is not None:  # a chapter: "「Chapter」、Editor編『Book』"
        publisher, place = _publisher(rest) if not dated else _imprint(rest)
        return Fields(
            "cjk",
            authors,
            part.strip(),
            year,
            container=book,
            pages=pages,
            publisher=publisher,
            place=place,
            chapter=True,
        )
    if part and _in_collection(rest):  # "「Work」, 『Collection』 第2冊(서울: 출판부, 1979)"
        publisher, place = _publisher(_VOLUME_OF_SET.sub("", rest, count=1))
        return Fields(
            "cjk", authors, part.strip(), year, container=book, pages=pages,
            publisher=publisher, place=place, chapter=True,
        )  # fmt: skip
    if part:  # an article: "「Article」『Journal』第n号", "「Article」『Journal』12(3)"
        volume, issue = _number(_VOLUME, rest), _number(_ISSUE, rest)
        numbered = _VOLUME_ISSUE.search(rest)
        if numbered is not None and volume is None and issue is None:
            volume, issue = numbered.group("v"), numbered.group("i")
            # ("12(3), 45–67": the pages after the number, as the sciences write them)
            tail = _PAGES_AFTER.match(rest, numbered.end())
            pages = pages or (tail.group("p") if tail else None)
        return Fields(
            "cjk", authors, part.strip(), year, container=book, volume=volume, issue=issue,
            pages=pages,
        )  # fmt: skip
    journal = _SECOND_TITLE.match(rest)
    if journal is not None:  # "《论文》，《期刊》2010年第3期": Chinese marks both alike
        after = rest[journal.end() :]
        volume, issue = _number(_VOLUME, after), _number(_ISSUE, after)
        return Fields(
            "cjk", authors, book, year, container=journal.group("journal").strip(),
            volume=volume, issue=issue, pages=pages,
        )  # fmt: skip
    publisher, place = _publisher(rest) if not dated else _imprint(rest)
    if cjk_media.media(rest):  # "『Film』Director監督、Studio、1962年", "…、CD。"
        return Fields("cjk", authors, book, year, publisher=publisher, kind=RefKind.WEB)
    bare = _BARE_REST.match(rest) is not None
    book, volume = _volume_off(book)
    return Fields(
        "cjk", authors, book, year, volume=volume, pages=pages, publisher=publisher,
        place=place, book=not bare, marked_book=bare,
    )  # fmt: skip


# a volume's number after a book's title, set off by a space: "日本の映画音楽史 1", "源氏物語
# 上", "한국사 3" (a title that ends with a number glued on, "1Q84", keeps it)
_TITLE_VOLUME = lazy_compile(r"^(?P<title>.*\S)\s+(?P<volume>\d{1,2}|[上中下])$", re.S)


def _volume_off(book: str) -> tuple[str, str | None]:
    """A book's title and the volume number printed after it (see :data:`_TITLE_VOLUME`)."""
    m = _TITLE_VOLUME.match(book)
    if m is None:
        return book, None
    return m.group("title"), m.group("volume")


def dated(body: str) -> Fields | None:
    """:func:`parse`'s fields of an author-date entry only, its year right after the names
    (``鈴木一郎（2015）『日本の近代』``, ``홍길동(2010). 『책』.``), else None: a shape the
    Latin author-date parsers would read with the brackets in the title."""
    m = _NOTE.match(body)
    if m is None or not (m.group("dated") or m.group("bare")):
        return None
    return parse(body)


def _title_first(body: str) -> Fields | None:
    """A work cited by its title first, no author (``《宋会要辑稿·食货》三六之一四，北京：中华
    书局影印本，1957年。``, ``《中华古籍资源库》，http://…``): a book, or a web page."""
    m = _TITLE_FIRST.match(body)
    if m is None:
        return None
    book, rest = m.group("book").strip(), m.group("rest")
    if _URL.search(rest) or _ACCESSED.search(rest):
        return _web((), book, rest)
    publisher, place = _publisher(rest)
    if cjk_media.media(rest):  # "『切腹』小林正樹監督、松竹、1962年": a film
        return Fields("cjk", (), book, _year(rest), publisher=publisher, kind=RefKind.WEB)
    bare = _BARE_REST.match(rest) is not None
    return Fields(
        "cjk", (), book, _year(rest), pages=_pages(rest), publisher=publisher, place=place,
        book=not bare, marked_book=bare,
    )  # fmt: skip


def _web(authors: tuple[str, ...], title: str, rest: str) -> Fields:
    """A web page or database: its title in brackets, its address or the day it was
    read (no date of the work: ``（2023年5月4日访问）``)."""
    return Fields("cjk", authors, title, _year(_ACCESSED.sub(" ", rest)), kind=RefKind.WEB)


def _in_collection(rest: str) -> bool:
    """Is the book after a work's own title a collection the work is printed in, not a
    journal: no issue number after it, and a volume of a set (``第2冊``, ``제3책``) or a
    publisher (``(서울: 동국대학교출판부, 1979)``, ``（岩波書店、1991年）``) named?  A
    journal's issue (``第1号``, ``41호``, ``第3期``) makes it an article."""
    if _ISSUE.search(rest):
        return False
    head = _VOLUME_OF_SET.sub("", rest, count=1)
    if head != rest:
        return True
    publisher, place = _publisher(head)
    return place is not None or (publisher is not None and bool(_PUBLISHER_WORD.search(publisher)))


def people(who: str) -> tuple[str, ...]:
    """The names of ``who``, the names before a title (:func:`_people`)."""
    return _people(who)


def _people(who: str) -> tuple[str, ...]:
    """The names before the titles: ``山田太郎・佐藤花子`` two, ``マックス・ウェーバー`` one."""
    who = _AUTHOR_MARK.sub("", who.strip(_PUNCT))
    if not who:
        return ()
    people: list[str] = []
    last_dot = ""
    at = 0
    for dot in _DOT.finditer(who):
        last_dot = _add(people, who[at : dot.start()], last_dot)
        last_dot, at = dot.group().strip(), dot.end()
    _add(people, who[at:], last_dot)
    return tuple(people)


def _add(people: list[str], part: str, dot: str) -> str:
    """``part`` after the dot ``dot``: the rest of the last name (``マックス・ウェーバー``,
    ``乔治·贝克莱``, :func:`~bibcheck.parse.interpunct.one_person`) or a name of
    its own (``山田太郎・佐藤花子``)."""
    if people and part and one_person(people[-1].rpartition(dot)[2], dot, part):
        # (a katakana name's parts joined by the katakana dot, whichever dot was typed)
        joiner = "・" if _KATAKANA.match(part) else dot
        people[-1] = f"{people[-1]}{joiner}{part}"
    elif part:
        people.append(part)
    return dot


def _year(rest: str) -> Year:
    m = _YEAR.search(rest)
    return Year(int(m.group("year")), m.group("year")) if m else Year(None, None)


def _pages(rest: str) -> str | None:
    m = _PAGES.search(rest)
    if m is None:
        return None
    value = m.group("before") or m.group("after")
    return re.sub(r"\s*[〜~～—]\s*", "–", value)


def _number(pattern: Regex, rest: str) -> str | None:
    m = pattern.search(rest)
    return m.group("n") if m else None


def _publisher(rest: str) -> tuple[str | None, str | None]:
    """The publisher (and place) between the title and the year: ``名著出版、1983年``,
    ``（東京大学出版会、2005年）``, ``, 서울: 역사비평사, 2010``."""
    head = rest.lstrip(" 、，,。.：:")
    # (a series in parentheses first: "（山岳宗教史研究叢書9）名著出版")
    head = _SERIES.sub("", head).lstrip(_PUNCT)
    year = _YEAR.search(head)
    if year is None:
        return None, None
    facts = head[: year.start()].strip(_PUNCT)
    place = None
    located = _PLACE.match(facts)
    if located:
        place, facts = located.group("place"), facts[located.end() :].strip(_PUNCT)
    if not facts or len(facts) > 40 or re.search(r"[、，,。]", facts):
        return None, place
    return facts, place


def _imprint(rest: str) -> tuple[str | None, str | None]:
    """The publisher (and place) after the title of an author-date entry, its year given
    after the names: ``東京大学出版会。``, ``. 서울: 출판사.``, ``北京：人民出版社，45页。``
    (the facts up to the first comma; a number is no publisher)."""
    publisher, place = _publisher(rest)
    if publisher is not None or place is not None:
        return publisher, place
    head = _SERIES.sub("", rest.lstrip(_PUNCT)).lstrip(_PUNCT)
    facts = re.split(r"[、，,。；;]|\.(?:\s|$)", head, maxsplit=1)[0].strip(_PUNCT)
    located = _PLACE.match(facts)
    if located:
        place, facts = located.group("place"), facts[located.end() :].strip(_PUNCT)
    if not facts or len(facts) > 40 or re.search(r"\d", facts):
        return None, place
    return facts, place
