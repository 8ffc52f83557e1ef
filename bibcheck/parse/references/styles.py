"""Citation-style detection: which style parser recognises a reference.

:func:`parse_styled` tries the style parsers from the most to the least
distinctive shape: German/DIN (``Surname, Given: Title, Place Year``), ACS/MDPI
(``Surname, I.; Surname, I. Title. J. Abbr. 2014, 383, 1325.``), Nature
(``Surname, I. & Surname, I. Title. J. Abbr. 9, 1071 (2018).``), IEEE/Vancouver
(initials first, ``vol.``/``no.``/``pp.``,
or ``Smith J, Doe AB.`` with ``2020;3(2):10-12``), APA 7 (``(2020).``),
legal Bluebook (``Author, Title, 64 Stan. L. Rev. 1187 (2012)``), Harvard
(``(2020)`` without the period, quoted title, ``Available at:``), MHRA/Oxford
(``L. Smith and others, 'Title', Journal, 28.4 (2002), 45–67``) and
Chicago notes-bibliography (``Smith, John.`` or ``John Smith, Title (Place:
Publisher, 2010), 45.``).  Each parser returns None when the text does not
have its shape, so the caller falls back to the generic parser; a parser
that recognises its shape but cannot find a title keeps the raw text and
says so with a ``reference-unparsed`` anomaly instead of guessing.

The shared field helpers are in :mod:`.shared`, the name and year patterns
in :mod:`.patterns`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references import (
    acm,
    acs,
    apa,
    astro_comma,
    bluebook,
    caps,
    caps_colon,
    caseless,
    chicago,
    cjk_brackets,
    cjk_quoted,
    colon_imprint,
    colon_quoted,
    commaform,
    commayear,
    copernicus,
    court_dated,
    endnote_numbered,
    french_notes,
    gbt,
    german,
    german_law,
    given_caps,
    given_list,
    harvard,
    hungarian_notes,
    ieee,
    initials_after,
    italian_notes,
    legal,
    mhra,
    nature,
    parliamentary,
    physics,
    polish_plain,
    reviews,
    romance_imprint,
    rsc,
    siam_author_year,
    sist,
    slashed_roles,
    year_colon,
    year_paren_colon,
    year_period,
)
from bibcheck.parse.references.names_lead import names_lead
from bibcheck.parse.references.shared import Fields, build, clean
from bibcheck.parse.references.straight_quoted import curled


def parse_styled(
    text: str, rest: str, line_starts: Sequence[int], has_web_url: bool, *, notes_only: bool = False
) -> Reference | None:
    """The reference parsed by the first style whose shape it has, or None.

    ``notes_only`` tries only the shapes of full notes no other parser reads: a Chicago
    note (``John Smith, Title (Place: Publisher, 2010), 45.``) and a Bluebook citation.
    """
    fields = detect_note_fields(rest) if notes_only else detect_fields(rest)
    if fields is None:
        return None
    return build(fields, text, line_starts, has_web_url)


def detect_note_fields(rest: str) -> Fields | None:
    """Fields of a Chicago or Bluebook note, or a German reference (``Surname, Given:``),
    or None: shapes distinctive enough to be read in any reader."""
    body = curled(clean(rest))  # ("Name, 'Title', in …": :mod:`.straight_quoted`)
    if not body:
        return None
    return (
        slashed_roles.parse(body)  # "書名 / 山田太郎 著 / 鈴木花子 訳 / 出版社 / 2019年"
        or cjk_quoted.parse(body)  # "志甫 淳，“書名”，共立出版，東京，2016."
        or sist.parse(body)  # "山田太郎; 鈴木花子. 論文名. 誌名. 2019, vol.42, no.3, pp.5-9."
        or cjk_brackets.dated(body)  # "홍길동(2010). 『책』. 서울: 출판사."
        or year_period.parse(body)  # "Nearing, G., Kratzert, F., 2021. Title. Journal 57, 1–9."
        or year_colon.parse(body)  # "Smith, A. B., 2011: Title, Q. J. R. Meteorol. Soc., 137, 1–9."
        or astro_comma.parse(body)  # "Okoro T. A., Lind B. 2019, Title, Journal, 621, A12"
        or year_paren_colon.parse(body)  # "Borio, C. und P. Lowe (2002): Title, BIS WP No 114."
        or given_list.parse(body)  # "John Smith, Mary Jones, and Ann Lee (2019). Title."
        or siam_author_year.parse(body)  # "J. Okafor, B. Lind, and C.-K. Yap (1995), Title"
        # (DIN ISO 690's German "VOGT, Karin: Titel. Kassel, Universität, Diss., 2016" too)
        or caps_colon.parse(body)  # "RALLO LOMBARTE, A.: *Título*, Editorial, Madrid, 2014"
        or court_dated.parse(body)  # "STEDH de 28 de junio de 2018, *Partes*, …"
        or endnote_numbered.parse(body)  # "Broach, J. and J. Thorner, Title. Nature, 1996."
        or german_law.parse(body)  # "Golla, Title, NJW 2023, 1013 (1015)", "BVerfG, Urt. v. …"
        # "Lugaresi N., Titolo, in B. Curatore (a cura di), Volume, …" (before the Polish list's)
        or italian_notes.listed(body)
        or polish_plain.parse(body)  # "J. Barta, Tytuł, wyd. 5, Warszawa 2011, s. 45"
        # "Meech K.J., Weryk R. et al., Title, Nature 552, 378–381 (2017)"
        or initials_after.parse(body)
        # (before the physics list's: "A. Roe, B. Lee. Title. Nature 5, 1–9 (2020)." has a title)
        or nature.given_first_article(body)
        or physics.parse(body)  # "A. Ortiz and M. Lund, Phys. Rev. B 82, 121407(R) (2010)."
        or physics.inverted(body)  # "Ortiz, A. and Lund, M., Title, Phys. Rev. B 82, 1 (2010)."
        or copernicus.parse(body)  # "Oke, T. R. and Lee, H., Title, Q. J. Abbr., 39, 1–9, 1987."
        or acm.parse(body)  # "Given Family, and Given Family. 2019. Title. In …": ACM's head
        or chicago.peer(body)  # "Philip Dormer Stanhope, Earl of Chesterfield, Title (…)"
        or reviews.parse(body)  # "Ann Roy, review of *Book*, by Lena Marsh, *Journal*, 2001"
        or legal.authority(body)  # (a case or statute: "Ley N.º 29338, Ley de …, art. 2")
        or italian_notes.parse(body)  # "M. Rossi, Titolo, Editore, Milano 2024, pp. 7 ss."
        or french_notes.parse(body)  # "NOM Prénom, « Titre », *Revue*, n° 3, 2020, p. 5-9"
        or given_caps.parse(body)  # "Jan NOVÁK, *Titul*, Praha: Academia 1984, s. 12"
        # ("Lee, M. M.; Snaith, H. J. Title. *Science* **2012**, *338*, 643.": ACS, the
        # chemistry journals' list, in a Markdown post's numbered list too)
        or acs.parse(body)
        or rsc.titleless(body)  # "M. M. Lee and H. J. Snaith, Science, 2012, 338, 643."
        # (a list of inverted names with initials: "Roe, A., Sun, B. & Lee, C. Title
        # (Publisher, 2024)", Nature's book, never OSCOLA's author and title)
        or (nature.parse(body) if names_lead(body) else None)
        or legal.parse(body)
        or parliamentary.parse(body)
        or gbt.parse(body)
        or caseless.parse(body)
        or mhra.parse(body)
        # (before Bluebook's: "Author, Title (1550-1615), Place, Publisher, 1971" is a book)
        or commaform.parse(body)
        or commaform.placed(body)  # "…, Madrid, Taurus, 1970"
        # (before Bluebook's too: "Author, Title, in: Zeitschrift 121 (2003), S. 77" is a
        # German article, not volume 121 of a reporter)
        or bluebook.newspaper_article(body)  # "Name, Title, N.Y. TIMES, June 29, 2024, at A1"
        or (german.parse(body) if german.IN_JOURNAL.search(body) else None)
        or bluebook.parse(body)
        or chicago.parse_note(body)
        or hungarian_notes.parse(body)  # "Juhász Dezső: Cím. Budapest, Osiris, 2001, 45."
        or colon_quoted.parse(body)  # (before German's: "Name: “Title,” …")
        # (before German's too: "Given Family, Title, 1000–1700, Place: Publisher, 1996")
        or colon_imprint.parse(body)
        or german.parse(body)
        or caps.parse(body)
        or commaform.parse(body)
        or (harvard.parse(body) if _HARVARD_MARKED.search(body) else None)
        # APA as footnotes write it too ("Doe, J. A., & Roe, B. (2019). Title. Journal,
        # 44(4), 375-417.", "… Title. In ICML."): its head is its own
        or (apa.parse(body) if apa.marked(body) else None)
    )


# Harvard as UK notes write it: "Department for Energy (2023) *Boiler Upgrade Scheme*.
# Available at: …" -- a year in parentheses right before a marked title is distinctive
_HARVARD_MARKED = lazy_compile(r"^[^()]{2,200}?\s\((?:1[5-9]|20)\d\d[a-z]?\)\s[*_“\"‘']")


def detect_fields(rest: str) -> Fields | None:
    """Fields by the first style parser that recognises ``rest`` (URL-free text)."""
    body = curled(clean(rest))  # ("Name, 'Title', in …": :mod:`.straight_quoted`)
    if not body:
        return None
    for parser in (
        slashed_roles.parse,  # "책 제목 / 홍길동 저 / 이영희 역 / 출판사 / 2017년 5월 10일"
        cjk_quoted.parse,  # "山田太郎，“論文名”，日本物理学会誌，vol. 12, 2001."
        sist.parse,  # "山田太郎. 論文名. 日本物理学会誌. 2019, vol.42, no.3, pp.55-67."
        cjk_brackets.dated,  # "鈴木一郎（2015）『日本の近代』東京大学出版会。"
        year_period.parse,  # "Nearing, G., Sampson, A.K., 2021. Title. Water Resour. Res. 57, 1–9."
        year_colon.parse,  # "Smith, A. B., 2011: Title, Q. J. R. Meteorol. Soc., 137, 1–9."
        astro_comma.parse,  # "Okoro T. A., Lind B. 2019, Title, Astronomy & Astrophysics, 621, A12"
        year_paren_colon.parse,  # "Borio, C. und P. Lowe (2002): Title, BIS WP No 114."
        given_list.parse,  # "John Smith, Mary Jones, and Ann Lee (2019). Title. Journal, 12, 1-9."
        siam_author_year.parse,  # "J. Okafor, B. Lind, and C.-K. Yap (1995), Title, …"
        caps_colon.parse,  # "GARCÍA, L.: «Título», *Revista*, núm. 3, 2020, pp. 1-9."
        court_dated.parse,  # "STS 545/2015, de 15 de octubre", "CJUE, 13 mai 2014, …"
        endnote_numbered.parse,  # "Welling, M., et al., Title. Journal, 2019. 12(3): p. 1-9."
        german_law.parse,
        italian_notes.listed,  # "Lugaresi N., Titolo, in B. Curatore (a cura di), Volume, …"
        romance_imprint.chapter,  # "Anna Rossi, «Titolo», in Volume, Firenze, Olschki, 2009"
        polish_plain.parse,  # "Barta J., Tytuł, „Czasopismo” 2020, nr 4, s. 5–27"
        initials_after.parse,  # "Kowalski J., Nowak A. (2005), Title, Publisher, Place."
        rsc.titleless,  # "A. Roe and B. Lee, J. Am. Chem. Soc., 2009, 131, 6050." (no title)
        nature.given_first_article,  # "A. Roe, B. Lee. Title. Nature 5, 1–9 (2020)."
        physics.parse,  # "A. Ortiz and M. Lund, Phys. Rev. B 82, 121407(R) (2010)."
        physics.inverted,  # "Ortiz, A. and Lund, M., Title, Phys. Rev. B 82, 1 (2010)."
        copernicus.parse,  # "Oke, T. R. and Lee, H., Title, Q. J. Abbr., 39, 1–9, 1987."
        acm.parse,
        chicago.peer,
        reviews.parse,  # "Roy, Ann. Review of *Book*, by Lena Marsh. *Journal* 5 (2001): 3–9."
        legal.authority,
        italian_notes.parse,
        french_notes.parse,
        given_caps.parse,  # "Jan NOVÁK (ed.), *Titul*, kat. výst., Praha: Academia 1984"
        legal.parse,
        # (a law review's article: "Name, Title, With Commas, 93 Cornell L. Rev. 275 (2008)")
        bluebook.law_review_article,
        bluebook.newspaper_article,  # "Name, Title, N.Y. TIMES, June 29, 2024, at A1"
        parliamentary.parse,
        gbt.parse,
        caseless.parse,
        ieee.book,  # (before German's: "A. Name, Title: Subtitle. Place: Publisher, 2020.")
        commaform.placed_comma_title,
        commaform.edited,  # "Smith, John (ed.), Title, London, Verso Books, 1990."
        hungarian_notes.parse,  # "Juhász Dezső: Cím. Budapest, Osiris, 2001."
        colon_quoted.parse,  # (before German's: "Ada Lovelace and Mary Somerville: “Title,” …")
        colon_imprint.parse,  # "Given Family, Title, 1000–1700, Place: Publisher, 1996."
        # (before German's, as in the notes' order: "Given Family, Title, Lisboa, Cosmos,
        # 1999, p. 45" has its place and publisher before the year, which German's takes
        # for its title's words)
        commaform.placed,
        german.parse,
        caps.parse,
        commayear.parse,
        acs.parse,
        nature.parse,
        mhra.parse,
        ieee.parse,
        bluebook.parse,
        apa.parse,
        harvard.parse,
        chicago.parse,
        commaform.parse,
        commaform.placed,
        commaform.inverted_placed,  # "Hitchins, Keith, Title, trad. …, București, 1998."
        italian_notes.inverted,  # "Radišić, Jakov, Title, Nomos, Beograd 2007."
    ):
        found = parser(body)
        if found is not None:
            return found
    return None
