"""Tie each footnote to its literature entry and record where they disagree.

A footnote and a literature entry cite the same work when their URLs are
the same after normalisation (``www.``, scheme, trailing slash ... ignored),
or, failing that, when their titles are close (rapidfuzz token-sort ratio)
or their URLs differ by a few characters (a typo in one of them).  The match
carries its method and score so an editor can judge a weak one.

Lookups go through indexes (URL key, exact title) before any fuzzy search,
and the fuzzy search runs in rapidfuzz's C++ ``process.extractOne``, so
linking 10,000 footnotes to 10,000 entries stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, LiteratureEntry, LiteratureMatch, Reference
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.names import family_name, family_names, name_words, same_family
from bibcheck.parse.prosenote import links_in_prose
from bibcheck.parse.references.archival import archival_file, archival_source, repository
from bibcheck.parse.references.callnumbers import CallNumber, call_numbers
from bibcheck.parse.references.designations import (
    Designation,
    designation_only,
    listed_designation,
    opening_designation,
)
from bibcheck.parse.references.fields import doi_from_url
from bibcheck.parse.references.legal import cites_authority
from bibcheck.parse.references.patterns import CJK_TEXT, U
from bibcheck.parse.references.unlisted import newspaper_entry, newspaper_named
from bibcheck.parse.titleprefix import DESIGNATED_PREFIX, designated_prefix
from bibcheck.text import title_key
from bibcheck.urls import normalise_key

MATCH = 80.0  # title score from which two references are the same work
WEAK = 65.0  # below MATCH but at least this: linked, with a weak-match anomaly
URL_TYPO = 93.0  # URL keys this similar differ by a typo
# The method of a note tied to an archival entry by a call number the entry lists: the note
# cites one document of the collection, named its own way ("WYAS" for the archive)
CALL_NUMBER = "call-number"
# The method of a note citing one issue of a newspaper the list names as a whole
# ("Arbeiderbladet (Oslo), 1923–1927." under "Aviser"): the issue is an item of that entry
ISSUE = "issue"
# methods tying a note to an entry of which it cites one item: no fields to compare
ITEM_OF = frozenset({CALL_NUMBER, ISSUE})
# The method of a note citing a standard by its designation alone ("ДСТУ 7525:2014. С. 7.",
# "ISO 690:2010, cl. 4") tied to the entry of that standard
DESIGNATION = "designation"


def title_similarity(a: str | None, b: str | None) -> float:
    """0..100 similarity of two titles."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return 0.0
    return float(fuzz.token_sort_ratio(ka, kb))


class LiteratureIndex:
    """The literature list indexed for matching.

    Exact matches go through dictionaries.  Fuzzy candidates are narrowed
    first - URLs to the same host, titles to entries sharing at least two
    distinctive words - so that a manuscript with many footnotes missing from
    its list does not compare every footnote with every entry.
    """

    def __init__(self, entries: Sequence[LiteratureEntry]) -> None:
        self.entries = list(entries)
        self._by_url: dict[str, list[int]] = {}
        self._by_title: dict[str, list[int]] = {}
        self._by_host: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        self._titles: list[str] = []
        self._urls: list[str] = []
        self._by_author_year: dict[tuple[str, int], list[int]] = {}
        self._by_year: dict[int, list[tuple[str, int]]] = {}  # year -> (first surname, index)
        self._by_main: dict[str, list[int]] = {}  # title without its subtitle or volume
        self._calls: list[tuple[CallNumber, int]] = []  # archival entries' call numbers
        self._archival: list[tuple[frozenset[str], int]] = []  # archival entries' words
        # an archive's abbreviation -> its entries (their words, their index)
        self._aliases: dict[str, list[tuple[frozenset[str], int]]] = {}
        self._papers: dict[str, int] = {}  # a newspaper's name (folded) -> its entry
        self._standards: list[tuple[Designation, int]] = []  # entries' designations
        for i, entry in enumerate(self.entries):
            ref = entry.reference
            standard = listed_designation(ref.raw)
            if standard is not None:
                self._standards.append((standard, i))
            alias = _ALIAS.search(ref.raw)
            if alias is not None and repository(ref.raw[: alias.start()]):
                # "The National Archives (TNA), Kew. CUST 48, …": notes cite "TNA, CUST 48/9"
                self._aliases.setdefault(alias.group(1), []).append((_archive_words(ref.raw), i))
            paper = newspaper_entry(ref.raw)
            if paper is not None:
                self._papers.setdefault(paper.casefold(), i)
            archival = archival_source(ref.raw)  # (read once: it runs some forty patterns)
            if archival:
                self._calls += [(call, i) for call in call_numbers(ref.raw)]
            if archival or (repository(ref.raw) and ref.year is None):
                # (or a collection, named with no shelfmark: "Bodleian Library, Oxford,
                # Clarendon Papers, Irish boxes.")
                self._archival.append((_archive_words(ref.raw), i))
            if ref.year is not None and first_surname(ref):
                self._by_author_year.setdefault((first_surname(ref), ref.year), []).append(i)
                self._by_year.setdefault(ref.year, []).append((first_surname(ref), i))
            url_key = normalise_key(ref.url) if ref.url else ""
            key = title_key(ref.title)
            if url_key:
                self._by_url.setdefault(url_key, []).append(i)
                self._by_host.setdefault(_host(url_key), []).append(i)
            if key:
                self._by_title.setdefault(key, []).append(i)
                self._by_main.setdefault(main_title_key(ref.title), []).append(i)
                for word in _words(key):
                    self._by_word.setdefault(word, []).append(i)
            self._titles.append(key)
            self._urls.append(url_key)

    def entry(self, match: LiteratureMatch) -> LiteratureEntry:
        """The entry a match points at (even when numbers repeat in the list)."""
        if 0 <= match.index < len(self.entries):
            return self.entries[match.index]
        return next(e for e in self.entries if e.number == match.number)

    def match(self, ref: Reference) -> LiteratureMatch | None:
        """The literature entry citing the same work as ``ref``, if any."""
        url_key = normalise_key(ref.url) if ref.url else ""
        key = title_key(ref.title)
        same_url = self._by_url.get(url_key, []) if url_key else []
        if same_url:
            # one landing page for several editions of a work (an encyclopedia's 1996 and
            # 2012 editions): the entry of the same title whose years meet the reference's
            best = max(
                same_url,
                key=lambda i: (
                    title_similarity(ref.title, self._titles[i]),
                    not _years_differ(ref, self.entries[i].reference),
                    pages_agree(ref, self.entries[i].reference),
                ),
            )
            return self._found(best, "url", 100.0)
        if key and key in self._by_title:
            held = self._holding(ref.raw) if archival_file(ref.raw) else None
            if held is not None:
                # "Archives nationales, O/1/613, dossier « Concert spirituel »": a file of the
                # collection an archival entry lists, whatever work its folder's name recalls
                return self._found(held, CALL_NUMBER, 100.0)
            # entries with the same title (two encyclopedia articles "Ibn al-Haytham"):
            # the one whose year and first author agree with the footnote, then (two
            # entries for two chapters or page ranges of one book) whose pages hold the note's
            same = self._by_title[key]
            best = max(same, key=lambda i: (*_agreement_and_pages(ref, self.entries[i]), -i))
            return self._found(best, "title", 100.0)
        whole = _title_with_author(ref)
        if whole in self._by_title:
            # "The New Testament of Iesus Christ, Translated Faithfully into English (Rheims,
            # 1582)": a title whose first part the note's parser took for its author
            untitled = [i for i in self._by_title[whole] if not self.entries[i].reference.authors]
            if untitled:
                return self._found(untitled[0], "title", 100.0)
        main = main_title_key(ref.title)
        if _long_enough(main) and main in self._by_main:
            # "Title, vol. 1, Volume Title" in a note, "Title" in the list (or the other way);
            # not a work of another year: "Климент Охридски. Похвално слово ..., 2018" and
            # "Климент Охридски. Събрани съчинения, 1970" share only the author's name
            # (nor a work whose subtitle shares no word with the note's: "Jan Hus: A
            # Digital Archive" and "Jan Hus: Collected Letters" share only their subject)
            same = [
                i
                for i in self._by_main[main]
                if not _years_differ(ref, self.entries[i].reference)
                and not other_subtitles(ref.title, self.entries[i].reference.title)
            ]
            if same:
                best = max(same, key=lambda i: (*_agreement_and_pages(ref, self.entries[i]), -i))
                return self._found(best, "title", SUBTITLE_SCORE)
        standard = self._standard(ref.raw)
        if standard is not None:
            return self._found(standard, DESIGNATION, 100.0)
        prefixed = designated_prefix(key, self._titles) if key else None
        if prefixed is not None and not _years_differ(ref, self.entries[prefixed].reference):
            # "Directive (EU) 2024/1275" for "Directive (EU) 2024/1275 of the European
            # Parliament …": the designation that opens the one entry's title
            return self._found(prefixed, DESIGNATED_PREFIX, 100.0)
        held = self._holding(ref.raw)
        if held is None:
            held = self._within_archival(ref.raw)
        if held is None:
            held = self._by_alias(ref.raw)
        if held is not None:
            return self._found(held, CALL_NUMBER, 100.0)
        paper = newspaper_named(ref.raw) if self._papers else None
        if paper is not None and paper.casefold() in self._papers:
            return self._found(self._papers[paper.casefold()], ISSUE, 100.0)
        found = self._fuzzy(url_key, key)
        if (
            found is not None
            and found.method == "title"
            and found.score < MATCH
            and _others_wrote(ref, self.entries[found.index].reference)
        ):
            # a title only like the entry's, by other authors: another work ("Cognitive
            # science approaches in the classroom" by a foundation, "Cognitive science in
            # the classroom" by Perry et al.), not a weak match
            found = None
        if (
            found is not None
            and found.method == "title"
            and _authority(ref)
            and not cites_authority(self.entries[found.index].reference.raw)
        ):
            # a statute, case or treaty whose name is only like a book's or an article's
            # title ("Marine (Scotland) Act 2010" and "Marine Heritage Law in Scotland"): a
            # secondary source is another work
            found = None
        if found is None and not url_key and _untitled(ref) and ref.year is not None:
            # "Seibel (2005), S. 88": an author-year citation of a list entry
            same = self._by_author_year.get((first_surname(ref), ref.year), [])
            if len(same) == 1:
                return self._found(same[0], "author-year", 100.0)
        return found

    def _standard(self, text: str) -> int | None:
        """The one entry of the standard a note cites by its designation alone
        ("ДСТУ 7525:2014. С. 7." for "ДСТУ 7525:2014. Вода питна. ..."); None when the note
        is more than that or no single entry names that standard."""
        if not self._standards or not designation_only(text):
            return None
        cited = opening_designation(text)
        same = {i for listed, i in self._standards if cited is not None and cited.names(listed)}
        return same.pop() if len(same) == 1 else None

    def _holding(self, text: str) -> int | None:
        """The one archival entry that lists a call number ``text`` names ("WYAS
        Calderdale, MR/HA/31/2, fol. 8r" cites the entry "... Circuit records. MR/HA/22/1–14;
        MR/HA/31/2"): the note cites a document of that collection."""
        if not self._calls:
            return None
        held = {i for cited in call_numbers(text) for call, i in self._calls if call.covers(cited)}
        return held.pop() if len(held) == 1 else None

    def _by_alias(self, text: str) -> int | None:
        """The entry of an archive a note names by the abbreviation the list defines ("TNA,
        CUST 48/9, …" for "The National Archives (TNA), Kew. CUST 48, …"): of that
        archive's entries, the one whose call number the note shares (the only one, when
        the list names one collection of it)."""
        named = _ALIAS_NOTE.match(text)
        if named is None or named.group(1) not in self._aliases:
            return None
        entries = self._aliases[named.group(1)]
        words = _archive_words(text[named.end() :])
        shared = [(len(words & entry_words), i) for entry_words, i in entries]
        best = max(shared)
        if best[0] == 0 and len(entries) > 1:
            return None
        if sum(1 for n, _ in shared if n == best[0]) > 1:
            return None  # two collections share as much: none is the one
        return best[1]

    def _within_archival(self, text: str) -> int | None:
        """The archival entry every word of which a note citing an archive's document repeats
        ("Archivio ..., Vatican City (hereafter ACDF), Index, Protocolli, II.a.1, fol. 45r"
        for the entry "Archivio ..., Vatican City. Index, Protocolli, II.a.1."): the note
        cites a document of what the entry lists (the fullest such entry)."""
        if not self._archival or not archival_source(text):
            return None
        words = _archive_words(text)
        within = [(len(w), i) for w, i in self._archival if len(w) >= 3 and w <= words]
        return max(within)[1] if within else None

    def mentioned(self, text: str) -> list[int]:
        """Numbers of the entries a note's prose cites author-year style: "Beck and
        Martínez Pería (2011) show ...", "see Ratha et al. (2019, ch. 3)", "(Suri 2017)".
        A surname and year that fit several entries cite none of them.  So does a call
        number an archival entry lists ("My count from MR/HA/22/1–14"): that entry."""
        found: list[int] = []
        held = self._holding(text)
        if held is not None:
            found.append(self.entries[held].number)
        for m in _MENTION.finditer(text):
            name, year = family_name(m.group("name")), int(m.group("year"))
            same = [  # "Chaisemartin" for "de Chaisemartin", "Pería" for "Martínez Pería"
                i for surname, i in self._by_year.get(year, ()) if same_family(surname, name)
            ]
            if len(same) == 1 and self.entries[same[0]].number not in found:
                found.append(self.entries[same[0]].number)
        return found

    def _found(self, i: int, method: str, score: float) -> LiteratureMatch:
        return LiteratureMatch(self.entries[i].number, method, score, i)

    def _fuzzy(self, url_key: str, key: str) -> LiteratureMatch | None:
        found: list[LiteratureMatch] = []
        if key:
            found.extend(self._fuzzy_title(key))
        if url_key:
            found.extend(self._fuzzy_url(url_key, key))
        if not found:
            return None
        return max(found, key=lambda m: m.score)

    def _fuzzy_title(self, key: str) -> list[LiteratureMatch]:
        # Words found in many entries ("cooperation", "title") select nothing.
        common = max(20, len(self.entries) // 20)
        words = {w for w in _words(key) if 0 < len(self._by_word.get(w, ())) <= common}
        counts: dict[int, int] = {}
        for word in words:
            for i in self._by_word[word]:
                counts[i] = counts.get(i, 0) + 1
        need = 2 if len(words) >= 3 else 1
        candidates = [i for i, n in counts.items() if n >= need]
        if not candidates:
            return []
        hit = process.extractOne(
            key,
            {i: self._titles[i] for i in candidates},
            scorer=fuzz.token_sort_ratio,
            score_cutoff=WEAK,
        )
        if hit is None or not differs_by_more_than_digits(key, self._titles[hit[2]]):
            return []  # "Report 2019" and "Report 2020" are two works
        return [self._found(hit[2], "title", float(hit[1]))]

    def _fuzzy_url(self, url_key: str, key: str) -> list[LiteratureMatch]:
        candidates = self._by_host.get(_host(url_key), [])
        if not candidates:
            return []
        hit = process.extractOne(
            url_key,
            {i: self._urls[i] for i in candidates},
            scorer=fuzz.ratio,
            score_cutoff=URL_TYPO,
        )
        if hit is None or not url_typo(url_key, self._urls[hit[2]]):
            return []
        other = self._titles[hit[2]]
        if key and other and title_similarity(key, other) < TITLE_FLOOR:
            return []  # nearly the same address, but clearly another work
        return [self._found(hit[2], "url~", float(hit[1]))]


# "Beck (2011)", "Beck and Martínez Pería (2011", "Ratha et al. (2019, ch. 3)", "Suri 2017",
# "Suri, 2017": a name (one to three capitalised words) before a year ("et al." and "and"
# in the writer's language: "Müller u. a. (2018)", "Giri dkk. (2011)", "Sari dan Putra")
_NAME_WORD = r"[\w'’\u0300-\u036f-]+"  # (combining accents of converted PDFs: "Martı́nez")
_MENTION = lazy_compile(
    rf"(?<![\w'’-])(?P<name>[{U}]{_NAME_WORD}(?:\s[{U}]{_NAME_WORD}){{0,2}}?)"
    rf"(?:,?\s{ET_AL}|\s{AND}\s[{U}]{_NAME_WORD}(?:\s[{U}]{_NAME_WORD})?)?"
    r",?\s(?P<open>\()?(?P<year>(?:1[6-9]|20)\d\d)(?![\d])"
    # (unbracketed, the first year of a span is a document's dates, no citation: "letters of
    # A. Roe to B. Lee, 1931–1934", an archival file's)
    r"(?(open)|(?!\s?[–—-]\s?\d))"
)


def first_surname(ref: Reference) -> str:
    """The first author's family name: ``Seibel, Wolfgang``, ``Seibel`` and ``Seibel W.`` ->
    ``seibel``; ``Goschler/Böick`` -> ``goschler``; ``Hans Leicht`` -> ``leicht``."""
    names = family_names(ref.authors[:1])
    return names[0] if names else ""


_LOCATOR_ONLY = lazy_compile(r"^(?:[SsPpСсCc]|pp|Sp|стр)\.\s?\d[\d\s,;–-]*")


# Where a subtitle starts: "Title: Subtitle", "Title : аналіт. огляд" (GOST/DSTU),
# "Title. Subtitle", "Title — Subtitle", "Title; or, The Other".
# (or a volume of the work: "Title, vol. 1, Volume Title")
# (possessive spaces, started only where their run starts: a match inside a run of spaces
# is never the first, and trying each would be quadratic in a long run)
# (a Chinese or Japanese title's part after a middle dot, a full-width colon or a double
# dash: "宋会要辑稿·食货", "书名：副标题", "书名——副标题", no space around them)
_SUBTITLE = lazy_compile(
    r"(?<!\s)(?:\s++[—–-]\s|\s*+[:.;])\s++\S|,\s(?:vol|Vol|Bd|Т|t|tome)\.?\s?\d"
    r"|[·・･：]\S|——\S"
)


MAIN_TITLE_MIN = 12  # "Introduction" alone ties no note to an entry
SUBTITLE_SCORE = 95.0


MAIN_TITLE_MIN_CJK = 3  # characters of Han or kana: "盐法志" names a work, as "Introduction" none
_CJK_CHAR = lazy_compile(rf"[{CJK_TEXT}]")


def _long_enough(main: str) -> bool:
    """Is the main title ``main`` long enough to tie a note to an entry by itself (a CJK
    script writes a word in two characters or three)?"""
    if len(main) >= MAIN_TITLE_MIN:
        return True
    return len(main) >= MAIN_TITLE_MIN_CJK and len(_CJK_CHAR.findall(main)) == len(main)


def main_title_key(title: str | None) -> str:
    """The title key up to its subtitle or volume (``Title: Subtitle`` -> ``title``)."""
    if not title:
        return ""
    cut = _SUBTITLE.search(title.strip(" ."))
    return title_key(title[: cut.start()] if cut else title)


def subtitle_of(title: str | None) -> str:
    """The subtitle after the main title (``Title: Subtitle`` -> ``Subtitle``); none for a
    volume after the title (``Title, vol. 1, Volume Title``) or a title without one."""
    if not title:
        return ""
    text = title.strip(" .")
    cut = _SUBTITLE.search(text)
    if cut is None or cut.group(0).lstrip().startswith(","):
        return ""
    return text[cut.end() - 1 :]


def other_subtitles(a: str | None, b: str | None) -> bool:
    """Do two titles with the same main title go on to subtitles that share no distinctive
    word (two works on one subject, not one work written two ways)?"""
    ours, theirs = _words(title_key(subtitle_of(a))), _words(title_key(subtitle_of(b)))
    return bool(ours) and bool(theirs) and not ours & theirs


def same_but_subtitle(a: str, b: str) -> bool:
    """Is one title the other with a subtitle added (a note may leave it out)?"""
    short, long = sorted((a.strip(" ."), b.strip(" .")), key=len)
    if not short or len(short) == len(long):
        return False
    if title_key(long[: len(short)]) != title_key(short):
        return False
    return bool(_SUBTITLE.match(long[len(short) :]))  # (nothing before it to look behind at)


def element_apart(longer: str, shorter: str, raw: str) -> bool:
    """Is ``longer`` the title ``shorter`` with words after it that the citation ``raw`` of
    ``shorter`` sets apart as an element of their own?  A note runs a series on after a
    comma (``La fi de l'Antic Règim, Història de Catalunya 5 (Barcelona: …)``) that the
    bibliography ends with a full stop (``La fi de l'Antic Règim. Història de Catalunya 5.
    Barcelona: …``): one title, its series apart.  (The citation may hold its accents
    decomposed, as a PDF's text does.)"""
    longer, shorter, raw = (unicodedata.normalize("NFC", t) for t in (longer, shorter, raw))
    short = shorter.strip(" .")
    if (
        not short
        or len(longer) <= len(short)
        or title_key(longer[: len(short)]) != title_key(short)
    ):
        return False
    if not re.match(r"\s*[,.]\s", longer[len(short) :]):
        return False
    extra = " ".join(longer[len(short) :].strip(" ,.").split())
    flat = " ".join(raw.split())
    at = flat.find(short)
    if not extra or len(extra) > 80 or at < 0:
        return False
    apart = re.compile(r"\.\s" + re.escape(extra) + r"\s*[.(]")
    return apart.match(flat, at + len(short)) is not None


# the article a short title leaves out ("Vollrath, *Tempel*" for "Der Tempel als Gegenüber")
_ARTICLE = lazy_compile(
    r"(?:the|an?|der|die|das|den|dem|des|ein|eine[mnrs]?|le|la|les|l|un|une|el|los|las|il|lo"
    r"|gli|i|o|os|as|het|een)\s"
)


def same_letters(a: str, b: str) -> bool:
    """Are two titles the same but for spaces and hyphens?  A line break in a PDF's text
    joins "Fifteenth-\\nand" to "Fifteenthand" and "Counter-\\nReformation" to
    "CounterReformation": one title, as the converter left it."""
    return _letters(a) == _letters(b) != ""


def _letters(title: str) -> str:
    return "".join(title_key(title).replace("-", " ").split())


def short_title(ref: Reference, title: str, year: int | None = None) -> bool:
    """Is ``ref`` a short note (no year, or the year of the work ``year``) whose title is the
    first words of ``title``, its article allowed out ("La restauration des vitraux de
    Chartres" for "La restauration des vitraux de Chartres au XIXe siècle"; "7 Geo. I, c. 10
    (1721), An Act for Making the River Weaver Navigable" for the Act's full title)?"""
    short, full = title_key(ref.title), title_key(title)
    if (
        (ref.year_raw and (year is None or ref.year != year))
        or not short
        or len(short) >= len(full)
    ):
        return False
    article = _ARTICLE.match(full)
    starts = (full, full[article.end() :]) if article else (full,)
    return any(f.startswith(short + " ") for f in starts)


# an abbreviation's definition: "(hereafter ACDF)", "(im Folgenden: StadtA LG)"
_DEFINED = lazy_compile(
    r"\((?:hereafter|henceforth|hereinafter|cited\sas|im\sFolgenden|ci-après|en\sadelante"
    r"|d'ora\sin\spoi|далее)[^()]*\)",
    re.I,
)
_ARCHIVE_WORD = lazy_compile(r"[^\W_]+")
# an abbreviation defined after an archive's name: "The National Archives (TNA)"
_ALIAS = lazy_compile(r"\s\(([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,5})\)")
# ... and a note opening with it: "TNA, CUST 48/9", "See CRO, DDX 382/4"
_ALIAS_NOTE = lazy_compile(
    r"^\s*(?:(?:See|Cf\.|Vgl\.|Voir|Véase)\s)?([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,5})[,.:]?\s"
)


def _archive_words(text: str) -> frozenset[str]:
    """The words (and numbers) of an archival reference, an abbreviation's definition left
    out."""
    return frozenset(
        _singular(w.casefold()) for w in _ARCHIVE_WORD.findall(_DEFINED.sub(" ", text))
    )


def _singular(word: str) -> str:
    """An English or French plural's singular, roughly ("boxes" -> "box", "papers" ->
    "paper", "liasses" -> "liasse"): a list names "Irish boxes", a note "Irish box 43"."""
    if len(word) > 4 and word.endswith(("xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _title_with_author(ref: Reference) -> str:
    """The title key of a reference's one author and title read as one title ("" unless it
    has one author and a title)."""
    if len(ref.authors) != 1 or not ref.title:
        return ""
    return title_key(f"{ref.authors[0]} {ref.title}")


def _authority(ref: Reference) -> bool:
    """Does ``ref`` cite a case, a statute or a treaty (its name the title, no author)?"""
    return not ref.authors and cites_authority(ref.raw)


def _untitled(ref: Reference) -> bool:
    """No title of its own: none, or only the page it cites (``S. 88``)."""
    return not ref.title or bool(_LOCATOR_ONLY.match(ref.title))


def _agreement(ref: Reference, other: Reference) -> int:
    """How many of year and first author's surname two references share."""
    same_year = ref.year is not None and ref.year == other.year

    def surname(r: Reference) -> str:
        return r.authors[0].split(",")[0].strip().casefold() if r.authors else ""

    return int(same_year) + int(bool(surname(ref)) and surname(ref) == surname(other))


def pages_agree(ref: Reference, other: Reference) -> bool:
    """Do both references give pages, and the pages of ``ref`` lie within ``other``'s
    (two list entries for pp. 61–63 and pp. 65–70 of one book: a note on p. 66 is the
    second's)?"""
    return bool(ref.pages and other.pages) and not pages_conflict(
        ref.pages or "", other.pages or ""
    )


def _agreement_and_pages(ref: Reference, entry: LiteratureEntry) -> tuple[int, bool]:
    return _agreement(ref, entry.reference), pages_agree(ref, entry.reference)


def _others_wrote(ref: Reference, other: Reference) -> bool:
    """Do both references name authors, and share no name ("Education Endowment
    Foundation" and "Perry, T., Lea, R."; the order of a name's words does not count)?"""
    ours, theirs = name_words(ref.authors), name_words(other.authors)
    return bool(ours and theirs) and not ours & theirs


def _years_differ(ref: Reference, other: Reference) -> bool:
    return ref.year is not None and other.year is not None and not _years_meet(ref, other)


# A multi-volume work published over years: "4 vols. Barcelona: Edicions 62, 1964–1968."
_YEAR_RANGE = lazy_compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s?[-–—/]\s?((?:1[5-9]|20)\d\d)(?!\d)")


def year_span(ref: Reference) -> tuple[int, int] | None:
    """The years a reference was published over: its year, or the range its year ends or
    starts (``1964–1968`` for a work in volumes; a title's own ``1728–1832`` is no span)."""
    if ref.year is None:
        return None
    for m in _YEAR_RANGE.finditer(ref.raw):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last and ref.year in (first, last):
            return first, last
    return ref.year, ref.year


def _years_meet(ref: Reference, other: Reference) -> bool:
    """Do the years agree: the same, or one within the other's span of volumes?"""
    a, b = year_span(ref), year_span(other)
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


TITLE_FLOOR = 40.0  # below this, two titles are different works whatever the URLs say
_DISTINCT = lazy_compile(r"[^\W\d_]{4,}")


def _host(url_key: str) -> str:
    return url_key.split("/", 1)[0]


def _words(key: str) -> set[str]:
    """The distinctive words of a title key (4 letters or more)."""
    return set(_DISTINCT.findall(key))


def differs_by_more_than_digits(a: str, b: str) -> bool:
    """True unless the only differences between two titles are digits."""
    return a == b or url_typo(a, b)


def url_typo(a: str, b: str) -> bool:
    """Do two URL keys differ by a typo rather than by an id?

    Edits that touch only digits make another page (``/view/148201`` vs
    ``/view/148202``), not a typo of the same one.
    """
    if a == b:
        return True
    changed = [
        (a[op.src_pos] if op.src_pos < len(a) else "")
        + (b[op.dest_pos] if op.dest_pos < len(b) else "")
        for op in Levenshtein.editops(a, b)
    ]
    return not all(c.isdigit() for c in "".join(changed))


def cut_in_host(one: str, other: str) -> bool:
    """Is one address the other cut short inside its host name (``https://pkporth`` of
    ``https://pkporthmuseum.org/school/``: a converter lost the rest at the page's edge)?
    An address whose host has no dot is no address of the web: it is no disagreement."""
    short, long = sorted((normalise_key(one), normalise_key(other)), key=len)
    host = urlsplit(f"//{short}").hostname or ""
    return long.startswith(short) and "." not in host and ":" not in host and host != "localhost"


def doi_and_landing_page(one: Reference, other: Reference) -> bool:
    """Do two references with one DOI give that DOI's resolver address and another address
    of the work (a note's JSTOR stable URL beside ``doi: 10.2307/…``, its entry's
    ``https://doi.org/10.2307/…``)?  Two addresses of one work: no disagreement."""
    doi = (one.doi or "").lower()
    if not doi or doi != (other.doi or "").lower():
        return False
    return any(doi_from_url(r.url or "") == doi for r in (one, other))


def differences(
    ref: Reference, entry: LiteratureEntry, match: LiteratureMatch, label: str
) -> list[Anomaly]:
    """Anomalies for every field where a footnote and its literature entry disagree."""
    lit = entry.reference
    found: list[Anomaly] = []

    def note(code: AnomalyCode, message: str) -> None:
        found.append(
            Anomaly(code, message, ref.line, footnote=label, literature_entry=entry.number)
        )

    if match.method in ITEM_OF:
        # a document of the collection the entry lists, an issue of the newspaper it names:
        # no fields to compare
        return found
    if match.score < MATCH:
        note(
            AnomalyCode.LITERATURE_WEAK_MATCH,
            f"footnote {label} linked to literature entry {entry.number} by a weak "
            f"{match.method} match (score {match.score:.0f})",
        )
    if (
        ref.url
        and lit.url
        and normalise_key(ref.url) != normalise_key(lit.url)
        and not cut_in_host(ref.url, lit.url)
        and not doi_and_landing_page(ref, lit)
    ):
        note(
            AnomalyCode.LITERATURE_URL_DIFFERS,
            f"footnote {label} cites {ref.url} but literature entry {entry.number} has {lit.url}",
        )
    score = title_similarity(ref.title, lit.title)
    if (
        ref.title
        and not (not lit.authors and _title_with_author(ref) == title_key(lit.title))
        and lit.title
        and not _untitled(ref)  # "Seibel (2005), S. 88" names no title to compare
        and not links_in_prose(ref)  # "… come from RFC 3208 <url>, which defines …"
        and title_key(ref.title) != title_key(lit.title)
        and not same_but_subtitle(ref.title, lit.title)
        and not short_title(ref, lit.title, lit.year)
        and not same_letters(ref.title, lit.title)
        and not element_apart(ref.title, lit.title, lit.raw)
        and not element_apart(lit.title, ref.title, ref.raw)
    ):
        note(
            AnomalyCode.LITERATURE_TITLE_DIFFERS,
            f"title differs from literature entry {entry.number} (similarity {score:.0f}): "
            f"{ref.title!r} vs {lit.title!r}",
        )
    if (
        ref.year_raw
        and lit.year_raw
        and ref.year_raw != lit.year_raw
        # (two years that meet in a span of volumes agree; "202-" meets nothing: said)
        and not (
            ref.year is not None
            and lit.year is not None
            and ref.year != lit.year
            and _years_meet(ref, lit)
        )
    ):
        note(
            AnomalyCode.LITERATURE_YEAR_DIFFERS,
            f"year {ref.year_raw} differs from literature entry {entry.number} ({lit.year_raw})",
        )
    found.extend(_page_differences(ref, entry, label))
    return found


def _page_differences(ref: Reference, entry: LiteratureEntry, label: str) -> list[Anomaly]:
    lit = entry.reference
    problems = []
    if ref.pages and lit.pages and pages_conflict(ref.pages, lit.pages):
        problems.append(f"pages {ref.pages} vs {lit.pages} in literature entry {entry.number}")
    last = _last_page(ref.pages)
    if last is not None and lit.page_count and last > lit.page_count:
        problems.append(
            f"page {last} is beyond the {lit.page_count} pages of literature entry {entry.number}"
        )
    if ref.page_count and lit.page_count and ref.page_count != lit.page_count:
        problems.append(f"page count {ref.page_count} vs {lit.page_count}")
    return [
        Anomaly(
            AnomalyCode.LITERATURE_PAGES_DIFFER,
            f"footnote {label}: {p}",
            ref.line,
            footnote=label,
            literature_entry=entry.number,
        )
        for p in problems
    ]


def pages_conflict(cited: str, span: str) -> bool:
    """Do the pages a citation names (``339``, ``12–14``) lie outside a work's pages
    (``338–45``; an article number such as ``101563`` or ``e8`` is no pages to compare
    with, nor is a single page, often the work's first page alone, that the cited pages
    all follow)?"""
    return cited != span and not _within(cited, span) and not _no_span(span, cited)


# (possessive spaces, started only where a run of spaces or a comma starts: linear)
_NOTE_ON_PAGE = lazy_compile(r"(?:,|(?<![\s,]))\s*+(?:n|nn|fn|note)\.?\s*+\d+", re.I)


def _within(cited: str, span: str) -> bool:
    """Is the page a note cites (``339``, ``340–41``) inside the entry's range (``338–45``)?

    A note cites a page of the work; the bibliography gives the whole span, and
    Chicago abbreviates its end (``338–45`` is 338 to 345)."""
    bounds = _bounds(span)
    if bounds is None:
        return False
    # several places of the work ("122, 128–129", "165–9 & 173–4"); a note on a page
    # ("121, n. 13") cites that page
    parts = re.split(r"\s*(?:[,;&]|\band\b)\s*", _NOTE_ON_PAGE.sub("", cited))
    spans = [_bounds(part) for part in parts if part.strip()]
    if not spans or any(p is None for p in spans):
        return False
    return all(p is not None and bounds[0] <= p[0] and p[1] <= bounds[1] for p in spans)


# an article number where a journal prints no pages: "e0123456", "afab251", "S12",
# "101563", and the short e-locators of young journals ("e8")
_ARTICLE_NUMBER = lazy_compile(r"\s*(?:[A-Za-z]{1,5}\d+|\d{5,})\s*")


def _no_span(span: str, cited: str) -> bool:
    """Is the entry's "page" no span a locator can fall outside of?  An article number
    (``101563``, ``e0123456``, ``e8``) a locator (page 7 of the article's PDF) cannot be
    compared with; a single number the cited pages all lie below is one too (``BMC
    Geriatr. 2021;21:388`` cited at page 4); a single number the cited pages all
    follow is the work's first page alone (``pages = {97}``, as reference managers
    often export it) and a locator at or after it is no contradiction.  Only a locator
    that starts before a single page and reaches it (``90–99`` against ``97``) is said."""
    if _ARTICLE_NUMBER.fullmatch(span):
        return True
    single = re.fullmatch(r"\s*(\d{1,9})\s*", span)
    if single is None:
        return False
    numbers = [int(n) for n in re.findall(r"\d{1,9}", _NOTE_ON_PAGE.sub("", cited))]
    start = int(single.group(1))
    return bool(numbers) and (max(numbers) < start or min(numbers) >= start)


# a page or a range, its pages maybe prefixed by the same letters (a supplement's
# "i80–i99", "S12–S20": the pages 80 to 99 of that part, as a note may cite them bare)
# (nine digits at most: no page number is longer, and int() refuses thousands)
_BOUNDS = lazy_compile(r"\s*([A-Za-z]{0,3})(\d{1,9})\s*(?:[-–—]{1,3}\s*(?:\1)?(\d{1,9}))?\s*")


def _bounds(pages: str) -> tuple[int, int] | None:
    m = _BOUNDS.fullmatch(pages)
    if m is None:
        return None
    first = int(m.group(2))
    if m.group(3) is None:
        return first, first
    end = m.group(3)
    last = int(end)
    if last < first and len(end) < len(m.group(2)):  # "338–45": the end is abbreviated
        last = int(m.group(2)[: -len(end)] + end)
    return (first, last) if last >= first else None


def _last_page(pages: str | None) -> int | None:
    numbers = re.findall(r"\d{1,9}", pages or "")
    return int(numbers[-1]) if numbers else None
