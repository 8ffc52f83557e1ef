"""IEEE and Vancouver numbered references.

IEEE puts initials first and the title in double quotes with the comma
inside, then the container and ``vol.``/``no.``/``pp.`` elements::

    J. Smith and A. B. Doe, “Title of paper,” IEEE Trans. X, vol. 3, no. 2,
    pp. 1–10, Mar. 2020.
    J. Smith, Title of Book, 2nd ed. New York, NY, USA: Wiley, 2010.

Vancouver writes surname and initials without points, then the title, the
abbreviated journal and ``year;volume(issue):pages``::

    Smith J, Doe AB. Title of paper. J Econ. 2020;3(2):10-12.

ScienceDirect (Elsevier) shows its references initials first, the names ending with a
period, the title unquoted and the journal's volume and year before the pages::

    A. Gasparrini, Y. Guo, M. Hashizume, et al. Title. Lancet, 386 (2015), pp. 369-375
    K.R. Weinberger, D. Harris. Title. Environ. Epidemiol., 4 (2020), Article e096

Elsevier's numbered journal style joins it all by commas (:mod:`elsevier`)::

    A.B. Lund, C. Dey, Title, Constr. Build. Mater. 65 (2014) 201–217.

A leading list label (``[1]``, ``1.``) is ignored.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.coauthors import AND
from bibcheck.parse.interpunct import TRANSLITERATED
from bibcheck.parse.nameparticles import particle_first
from bibcheck.parse.references import (
    elsevier,
    italic_titled,
    quote_pairs,
    report_sentence,
    role_marks,
    siam,
    vancouver_body,
    vancouver_lead_body,
)
from bibcheck.parse.references.anonymous_article import dated_anonymous
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.credit_sentence import catalogue_number, credits
from bibcheck.parse.references.dated_paper import paper_issue
from bibcheck.parse.references.datedvancouver import dated
from bibcheck.parse.references.document_numbers import filing_code
from bibcheck.parse.references.fields import span_start
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.journal_publisher import publisher_between
from bibcheck.parse.references.patterns import (
    FOUR_DIGITS,
    INITIALS,
    SERIES_STATEMENT_NUMBER,
    SERIES_WORD,
    SURNAME,
    L,
    U,
)
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_OPENINGS, TITLE_OPENINGS
from bibcheck.parse.references.reportkind import body_opinion
from bibcheck.parse.references.shared import (
    PLACE_YEAR,
    Fields,
    Year,
    emphasized,
    has_publisher_word,
    pages,
    place_publisher,
    quoted,
    quoted_text,
    split_people,
    strip_edition,
    title_sentences,
    year_of,
)
from bibcheck.parse.references.standard_designation import standard_designation
from bibcheck.parse.references.vancouver import EDITION, vancouver_imprint, volume_statement
from bibcheck.parse.references.vancouver_chapter import IN as CHAPTER_IN
from bibcheck.parse.references.vancouver_chapter import chapter_in
from bibcheck.parse.references.vancouver_dotted import dotted_names
from bibcheck.parse.references.vancouver_tail import title_then_tail
from bibcheck.parse.references.volume_year_host import journal_volume

# (a label lettered in revision too: "[3a] …")
_LABEL = lazy_compile(r"^\s*(?:\[\d+[a-z]?\]|\d+\.)\s*")
# "J. Smith", "D. Richard Hipp", "S. Ramón y Cajal", "J. Puig i Cadafalch" (two family names
# joined by Spanish "y" or Catalan "i"; the first may be abbreviated with the given names:
# "B. A. y Arcas" for Agüera y Arcas)
# (a second family name by its initial, as Spanish and Latin American authors sign:
# "C.J. Errázuriz M.", "J. Pérez S.")
_PERSON = (
    rf"{INITIALS}\s?(?:(?:[{U}][\w'’-]+\s)?[yi]\s|[{U}][\w'’-]+\s)?{SURNAME}"
    rf"(?:\s[{U}]\.(?=,))?"
)
# ... marked an editor after the name, as the RFC series writes its editors ("D. Crocker, Ed.
# and P. Overell", "R. Fielding, Ed., M. Nottingham, Ed., and J. Reschke, Ed.")
_RFC_EDITOR = r"(?:,\sEd\.(?=,|\sand\s))?"
_EDITED_PERSON = rf"{_PERSON}{_RFC_EDITOR}"
_RFC_EDITOR_MARK = lazy_compile(r",\sEd\.(?=,|\sand\s|$)")
_IEEE_AUTHORS = lazy_compile(
    # (the last name after "and", or the conjunction of the text's language: Turkish "ve",
    # Spanish "y", French "et"; "et al." as Turkish "vd." writes it)
    rf"^(?P<authors>{_EDITED_PERSON}(?:,\s(?:and\s)?{_EDITED_PERSON})*"
    rf"(?:,?\s(?:and|ve|y|et|und|e|i|en)\s{_EDITED_PERSON})?"
    r"(?:,?\s(?:et\sal\.|и\sдр\.|vd\.|ve\sdiğ\.))?)"
    r"(?:\s\(eds?\.\))?,\s(?P<after>.+)$"
)
# ... or a Chinese, Japanese or Korean name, written whole ("김미경", "山田花子")
# (a generational suffix after the initials: "Pendergraft WF 3rd", "King ML Jr", "Doe J II")
_V_SUFFIX = r"(?:,?\s(?:Jr|Sr|2nd|3rd|4th|II|III|IV)\b\.?)?"
# (a family name with a capital inside, written as one word: "VanderWeele TJ", "DiMaggio P",
# "LeBlanc J", "FitzGerald GA"; or with the Dutch particle "ten" or "ter" the shared pattern
# leaves out, before a capital and the initials: "ten Cate H", "ter Riet G")
_V_SURNAME = rf"(?:(?:ten|ter)\s(?=[{U}]))?(?:{SURNAME}|[{U}][{L}]+[{U}][{L}]{{2,}})"
# (Portuguese and Spanish names give three or four initials: "Domingues CMAS", "Silva CMFP";
# a hyphenated given name keeps its hyphen where writers copy it so: Korean "Yoon J-Y",
# French "Dupont J-P")
_V_INITIALS = rf"[{U}]{{1,4}}(?:-[{U}]{{1,2}}){{0,2}}"
# (Dutch and German lists file a name under its family name without the particle, the
# particle after the initials: "Berg J van den", "Linden P von der", "Graaf K de")
_V_FILED = r"(?:\s(?:van\sde[nr]?|von\sde[mnr]|van|von|vom|de|der|den|ten|ter|te|zu)(?=[,;.]))?"
# (... or a foreign name transliterated in Han characters: "马克斯·韦伯", "[德]卡尔·马克思")
_V_PERSON = (
    rf"(?:{_V_SURNAME}\s{_V_INITIALS}{_V_SUFFIX}{_V_FILED}|{TRANSLITERATED}"
    r"|[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,5})"
)
# ... with a family name of two words, as Nordic, Spanish and Portuguese names have: "Olsen
# Rose K", "Holm Pedersen K", "García Márquez G" (only in a list of two names or more: alone,
# "Nat'l Consumer L. Ctr." would be one)
_V_PERSON2 = rf"(?:{SURNAME}\s{_V_SURNAME}\s{_V_INITIALS}{_V_SUFFIX}|{_V_PERSON})"
# (the last two joined by the list's word for "and", as lists in other languages and some
# English ones write them: "Yılmaz A ve Demir B", "Berg J og Dahl K", "Smith J, Lee K and
# Jones P"; :data:`~bibcheck.parse.coauthors.AND`)
_V_JOIN = rf"(?:[,;]\s|,?\s{AND}\s(?={_V_SURNAME}\s[{U}]))"
_V_PEOPLE = rf"(?:{_V_PERSON2}(?:{_V_JOIN}{_V_PERSON2})+|{_V_PERSON})"
# names written the Vancouver way beyond doubt: two at least ("Liu Q, Manis PB"), or one
# with two initials or more ("Davis RL"), not "Rob J." of "Rob J. Hyndman and George …"
_V_FIRM = lazy_compile(
    rf"^(?:{_V_PERSON2}(?:{_V_JOIN}{_V_PERSON2})+|{_V_SURNAME}\s[{U}]{{2,4}}(?:-[{U}]{{1,2}}){{0,2}})"
    r"(?:\.?,?\s(?:et\sal))?$"
)
# a group author after the people: "Kassebaum NJ; GBD 2013 Anemia Collaborators."
# (... its remit after it: "SAGE Working Group on Vaccine Hesitancy", "Task Force for …")
_V_GROUP = (
    r"[\w][^.;,]{1,80}?\s(?:Collaborators|Collaboration|Group|Consortium|Investigators"
    r"|Committee|Network|Team|Task\sForce|Working\sParty|Panel|Trialists)"
    r"(?:\s(?:on|for|of)\s[^.;,]{2,80})?"
)
_VANCOUVER = lazy_compile(
    # (an initial's full stop before "et al." as many lists write it: "Kovács J. et al.")
    rf"^(?P<authors>{_V_PEOPLE}(?:\.?,?\s(?:et\sal|외|등|等|他|ほか))?"
    rf"(?:[,;]\s{_V_GROUP})?)"
    # (editors say so after their names: "Pagon RA, Adam MP, editors.")
    rf"(?P<edited>,\s(?:editors?|éditeurs?|(?:{role_marks.alternation(role_marks.ABBREVIATED)})\.?))?"
    r"\.\s+(?P<after>.+)$"
)
# (the period after the journal may be missing: "Blood 2015;126:1981–1989", where the
# pages are no year; an article ahead of print gives its DOI where the volume would stand,
# "Hum Brain Mapp. 2020;10.1002/hbm.25204": no volume 10)
_V_JOURNAL = lazy_compile(
    r"^(?P<journal>[^.;]+(?:\.[^.;\d]+)*?)(?:\.\s|\s(?=\d{4};))(?P<year>\d{4})[^;:]*;\s?"
    r"(?P<vol>\d+(?!\d|\.\d{4,9}/))?"
    r"(?:\((?P<iss>[^)]+)\))?(?::\s?(?P<pages>[\w–-]+))?"
)
# An organisation as author, with Vancouver's "2020;124:1-371" or "Place: Publisher; 2017."
# the word for a chapter an NLM entry cites after its imprint
_V_CHAPTER_WORD = (
    r"(?:Chapter|Chap\.|Part|Section|Kapitel|Chapitre|Cap[íi]tulo|Capitolo|Hoofdstuk|Rozdzia[łl]"
    r"|Kapitola|Poglavlje|Poglavje|Поглавље|Поглавлье|Глава|Раздел|Розділ|Дял)"
)
_V_ORG = lazy_compile(
    rf"^(?P<org>[{U}][^.;:]{{1,150}})\.\s+(?P<after>[^.]+\..*"
    # (a web page's update and citation dates in brackets after the year: "2021 [updated 2021
    # Jul 8; cited 2024 Feb 3]", "2024 [mis à jour le 12 janv. 2024 ; cité le 3 févr. 2024]")
    # (... or an update year in parentheses: "London: NICE; 2016 (updated 2020).")
    # (the periods of labels cut after it stay: "2023. Disponível em: <url>. Acesso em: …")
    # (... or the series in parentheses after the year's stop, as NLM writes a series:
    # "Oslo: SSB; 1972. (Norges offisielle statistikk; A 512).")
    # (... or a body's filing code as the last sentence: "Geneva: WHO; 2018.
    # WHO/CDS/NTD/2018.04.", :func:`~.document_numbers.filing_code` reads it)
    r"(?:\b\d{4};\s?\d.*|:\s?[^:;]+;\s?\d{4}(?:\s?\[[^\[\]]*\]|\.?\s?\([^()]*\))?"
    r"(?:\.\s(?=[A-Z]\S{0,80}\d)[A-Z]{1,12}(?:/[A-Za-z0-9.-]{1,30}){1,8})?"
    # (... or the chapter of the body's own book cited, NLM's "Chapter 13, Agriculture."
    # after the imprint, in the list's language: "Поглавље 13, Пољопривреда.", "Poglavlje 4,
    # Stanovništvo.", "Глава 2, Население.", "Kapitel 3, Landwirtschaft.")
    rf"(?:\.\s{_V_CHAPTER_WORD}\s\d{{1,3}}(?:[,:]\s[^.;:\[\]]{{1,80}})?)?\.*$))"
)
# the editors' mark after the names of a work with editors only: "J. Ruiz, ed. Title", "K.
# Lee and P. Ortiz, eds., Title", "A. Bo, editor, Title"
# an editors' mark in parentheses after the names: "(eds.)", "(ed.)", "(Hrsg.)", "(coord.)"
_EDITORS_MARK = rf"(?:{role_marks.MARKS})\.?|editors?"  # (:mod:`.role_marks`)
_EDITOR_MARK = lazy_compile(r"^(?:[Ee]ds?\.|editors?)(?:,\s|\s(?=\S))")
# a name the RFC series' or IEEE's editor's mark follows: "P. Smith, Ed."
_MARKED_EDITOR = lazy_compile(rf"(?P<person>{_PERSON}),\sEd\.(?=,|\sand\s|$)")
# the editors after a chapter's book: "in *Book*, P. Smith and R. Jones, Eds. New York: …"
_BOOK_EDITORS = lazy_compile(r"^,\s(?P<names>[^()]{2,200}?),\s[Ee]ds?\.(?:,\s|\s|$)")
_VOL = lazy_compile(r"\bvol\.\s?(\w+)", re.I)
_NO = lazy_compile(r"\bno\.\s?(\w+)", re.I)
_YEAR = lazy_compile(FOUR_DIGITS)
_IEEE_ELEMENT = lazy_compile(r",\s(?:vol\.|no\.|pp?\.|\d+(?:st|nd|rd|th)\sed\.)", re.I)
# IEEE's technical report: after the quoted title the issuing body, its place, then the
# report's designation and number ("Elect. Eng. Res. Lab., Univ. Texas, Austin, Tech. Memo.
# NGL-006-69-3, Nov. 1987", "Statnett, Oslo, Norway, Tech. Rep. 2023-114, 2023"; an
# agency's "Tech. Guide" too)
# (the issuing body's short name may stand right before it: "ECCS Tech. Rep. TC11-07", "NREL
# Tech. Rep. NREL/TP-5D00-81234", "CERN Tech. Note 12")
_IEEE_REPORT = lazy_compile(
    r"(?:^|,\s)(?:(?P<body>[A-Z][A-Za-z&]{0,8}[A-Z])\s(?=Tech))?"
    r"(?:Tech(?:nical)?\.?\s(?:Rep(?:ort)?|Memo(?:randum)?|Note|Guide)\.?"
    r"|Rep\.\s(?:no\.\s?)?[\w./-]*\d|White\s[Pp]aper|Working\s[Pp]aper"
    # (the report's word and number in the list's language: Polish "Raport DM-3/2024",
    # French and Dutch "Rapport", Italian "Rapporto", German "Bericht", Spanish "Informe",
    # Portuguese "Relatório", Czech "Zpráva")
    r"|(?:Raport|Rapport|Rapporto|Bericht|Informe|Relatório|Zpráva|Sprawozdanie)"
    r"\s(?:(?:nr|no|Nr|n\.?º)\.?\s?)?[\w./-]*\d)"
    r"(?:\s(?:no\.\s?)?[\w./-]*\d[\w./-]*)?(?=,|\.?$)"
)


# An organisation as author, the quoted title, then straight the date (web pages, reports):
# 'World Energy Network, "Operator survey," 2022. [Online]. Available: ...'
_ORG_AUTHOR = lazy_compile(
    rf"^(?P<org>[A-Z][^,“\"()]{{2,80}}),\s(?P<after>[{EN_OPENINGS}][^{EN_CLOSINGS}]{{2,}}[,.]"
    rf"?[{EN_CLOSINGS}],?\s"
    r"(?:[A-Z][a-z]{2,8}\.?\s(?:\d{1,2},\s)?)?\d{4}\b.*)$"
)


# ... or the quoted title, then a technical report's issuer and designation: 'Statnett SF,
# "Measured converter interactions," Statnett, Oslo, Norway, Tech. Rep. 2023-114, 2023.'
# (a Polish, Czech or German list's low opening mark: 'Generalna Dyrekcja …, „Raport o
# stanie …,” GDDKiA, Warszawa, Raport DM-3/2024, 2024.')
_ORG_REPORT = lazy_compile(
    rf"^(?P<org>[{U}][^,“„\"()]{{2,80}}),\s(?P<after>[{EN_OPENINGS}„][^{EN_CLOSINGS}“]{{2,}}[,.]"
    rf"?[{EN_CLOSINGS}“],?\s.+)$"
)


def quoted_tail(after: str) -> str:
    """What follows the quoted title that opens ``after`` (all of it when none opens it)."""
    q = quoted(after)
    return after[q.end() :].strip(" ,.") if q is not None and q.start() == 0 else after


# "T. H. Lloyd, England and the German Hanse (Cambridge: CUP, 1991), 220.": publication
# facts in parentheses after an unquoted title are a Chicago note's, not IEEE's.
_CHICAGO_NOTE_FACTS = lazy_compile(rf"^[^{EN_OPENINGS}]*\([^()]*:[^()]*\d{{4}}[^()]*\)")


# ScienceDirect's shape: initials-first names ending with a period, then the title, the
# journal, "volume (issue) (year)" and "pp."/"p."/"Article" -- or a book's "Publisher, Place
# (year)"
_SD_AUTHORS = lazy_compile(
    rf"^(?P<authors>{_PERSON}(?:,\s{_PERSON})*(?:,\set\sal\.)?)\.?\s(?P<after>[^\s,.].+)$"
)
_SD_JOURNAL = lazy_compile(
    r",\s(?P<volume>[\w–-]*\d[\w–-]*)(?:\s\((?P<issue>[^()]+)\))?\s\((?P<year>\d{4})\)"
    r"(?:,\s(?:pp?\.\s?(?P<pages>[\w–-]+)|Article\s(?P<article>[\w.-]+)))?[\s,.]*$"
)
_SD_BOOK = lazy_compile(
    r"\.\s(?P<publisher>[^.()]+?),\s(?P<place>[^,.()]+)\s\((?P<year>\d{4})\)[\s,.]*$"
)
# a piece of an abbreviated journal name: "Int.", "J.", "BMC Med.", "Open Source Softw.",
# "Lancet"
_JOURNAL_WORDS = lazy_compile(
    rf"^[{U}][\w&-]{{0,11}}\.?(?:\s(?:[{U}][\w&-]{{0,11}}\.?|of|and|&|in|for)){{0,3}}$"
)


def _sciencedirect(body: str) -> Fields | None:
    """ScienceDirect's fields (see the module), or None."""
    m = _SD_AUTHORS.match(body)
    if m is None or re.match(rf"(?:and\s)?{_PERSON}\b|et\sal\b", m.group("after")):
        return None
    # ("H. Kamerlingh Onnes, “Title”": a family name of two words, the names ending at the
    # comma before the quoted title -- ScienceDirect quotes no title)
    if re.match(rf"{SURNAME},\s[{TITLE_OPENINGS}]", m.group("after")):
        return None
    after = m.group("after")
    people = split_people(m.group("authors"))
    host = _SD_JOURNAL.search(after)
    if host is not None:
        pieces = re.split(r"(?<=\.)\s", after[: host.start()])
        if len(pieces) < 2 or not _JOURNAL_WORDS.match(pieces[-1].rstrip(".")):
            return None
        at = len(pieces) - 1
        while at > 1 and _JOURNAL_WORDS.match(pieces[at - 1].rstrip(".")):
            at -= 1
        return Fields(
            "ieee",
            people,
            title=" ".join(pieces[:at]).rstrip("."),
            year=year_of(host.group("year")),
            container=" ".join(pieces[at:]),
            volume=host.group("volume"),
            issue=host.group("issue"),
            pages=host.group("pages") or host.group("article"),
        )
    book = _SD_BOOK.search(after)
    if book is not None and "." not in book.group("place"):
        return Fields(
            "ieee",
            people,
            title=after[: book.start()],
            year=year_of(book.group("year")),
            publisher=book.group("publisher"),
            place=book.group("place"),
            book=True,
        )
    return None


def _standard(body: str) -> Fields | None:
    """A standard cited by its title, then its designation and perhaps its year: "IEEE
    Standard for Floating-Point Arithmetic, IEEE Std 754-2019, 2019.", "Date and time --
    Representations for information interchange, ISO 8601-1:2019." (the designation is the
    standard's number, the title the text before it; no one is named as its author)"""
    # (the designation may say what it revises, and the publisher and place follow it: "IEEE
    # Std 754-2019 (Revision of IEEE Std 754-2008), IEEE, New York, 2019")
    parts = [p.strip() for p in _TOP_COMMA.split(body.strip().rstrip("."))]
    year = parts.pop() if len(parts) >= 3 and re.fullmatch(r"(?:19|20)\d\d", parts[-1]) else None
    at = next(
        (k for k in range(1, len(parts)) if standard_designation(_REVISES.sub("", parts[k]))),
        None,
    )
    # (the place may be a city, its state and country: "ASTM E8/E8M-22, ASTM International,
    # West Conshohocken, PA, USA, 2022")
    if at is None or len(parts) - at > 5:
        return None
    title, designation = ", ".join(parts[:at]), _REVISES.sub("", parts[at])
    facts = parts[at + 1 :]
    if len(title) < 8 or any(re.search(r"\d", f) for f in facts):
        return None
    if year is None:  # ("ISO 8601-1:2019": the year of the standard's edition)
        edition = re.search(r"[:-]((?:19|20)\d\d)$", designation.strip())
        year = edition.group(1) if edition else None
    return Fields(
        "iso690",
        (),
        title,
        year_of(year) if year else Year(None, None),
        publisher=facts[0] if facts else None,
        place=", ".join(facts[1:]) or None,
        kind=RefKind.REPORT,
    )


# a comma outside parentheses; "(Revision of IEEE Std 754-2008)" after a designation
_TOP_COMMA = lazy_compile(r",\s(?![^()]*\))")
_REVISES = lazy_compile(
    r"\s\((?:Revision|Amendment|Corrigendum|Supersedes|Replaces)\b[^()]*\)$", re.I
)


def parse(body: str) -> Fields | None:
    """IEEE or Vancouver fields, or None when ``body`` has neither shape."""
    body = _LABEL.sub("", body)
    standard = _standard(body)
    if standard is not None:
        return standard
    sciencedirect = _sciencedirect(body)
    if sciencedirect is not None:
        return sciencedirect
    m = _IEEE_AUTHORS.match(body)
    # "M. J. Fischer, N. A. Lynch and M. S. Paterson. Title": the names end with a period
    if (
        m is not None
        and not re.match(rf"(?:and\s)?{_PERSON}|et\sal\b|и\sдр\b", m.group("after"))
        and not _CHICAGO_NOTE_FACTS.search(m.group("after"))
    ):
        # (an editor's mark after the names of a work with editors only is the names')
        names = _RFC_EDITOR_MARK.sub("", m.group("authors"))
        found = _ieee(split_people(names), _EDITOR_MARK.sub("", m.group("after")))
        # ("P. Smith and R. Jones, Eds., *Book*", "P. Smith, Ed., *Book*": the names edited
        # the work -- its editors too, the names marked so)
        marked = (
            [e.group("person") for e in _MARKED_EDITOR.finditer(m.group("authors"))]
            # (a head's length at most: the names' pattern over runs of initials stays cheap)
            if ", Ed." in m.group("authors") and len(m.group("authors")) <= 300
            else []
        )
        if _EDITOR_MARK.match(m.group("after")):
            return replace(found, editors=found.authors)
        if marked:
            edited = tuple(a for a in found.authors if any(a in p or p in a for p in marked))
            return replace(found, editors=edited)
        return found
    org = _ORG_AUTHOR.match(body) or _ORG_REPORT.match(body)
    if org is not None and (
        org.re is _ORG_AUTHOR.compiled or _IEEE_REPORT.search(quoted_tail(org.group("after")))
    ):
        return _ieee((org.group("org").strip(),), org.group("after"))
    book = _organisation_book(body)
    if book is not None:
        return book  # "SPANCOLD, Title, Madrid: Publisher, 2003."
    by_org = elsevier.organisation(body)
    if by_org is not None and _VANCOUVER.match(body) is None:
        return by_org  # "Eurostat, Title, 2022." (elsarticle-num)
    unsigned = dated_anonymous(body)
    if unsigned is not None:
        # "Climate change and cities. Nature Climate Change. 2019;12(3):45–67.": no body's
        # name before the journal but the title (:mod:`.anonymous_article`)
        title, journal, year, volume, issue, pages_ = unsigned
        return Fields(
            "vancouver",
            (),
            title,
            year_of(year),
            container=journal,
            volume=volume,
            issue=issue,
            pages=pages_,
        )
    # ("Food Standards Agency (FSA), Ortega Ruiz M, Van Damme K. Title. …": a body named
    # before the people, :mod:`.vancouver_lead_body`)
    after_body = (
        vancouver_lead_body.people_after_body(body) if _VANCOUVER.match(body) is None else None
    )
    lead = _VANCOUVER.match(after_body) if after_body is not None else None
    if after_body is not None and lead is not None and _V_FIRM.match(lead.group("authors")):
        return parse(after_body)
    org = _V_ORG.match(body)
    if org is not None and _VANCOUVER.match(body) is None:
        return _vancouver((org.group("org"),), _without_units(org.group("after")))
    # ("Body. Title. Stockholm; 1901. (Series; A).", "Body. Title [Internet]. Oslo: Body
    # [sitert …].": a body's work with less than NLM's imprint, :mod:`.vancouver_body`)
    headed = vancouver_body.body_head(body)
    if headed is not None and _VANCOUVER.match(body) is None:
        fields = _vancouver((headed.org,), headed.after)
        return replace(fields, place=fields.place or headed.place)
    dotted = dotted_names(body)
    if dotted is not None and _vancouver_names_end(dotted[1], firm=True):
        # "Smith J., Jones K. and Brown L. Title. J Hist. 2015;3:1-9.": the initials with
        # full stops (:mod:`.vancouver_dotted`), read when the rest is NLM's
        read = dated(*dotted) or _vancouver(*dotted)
        if read.title and (read.container or read.publisher or read.place):
            return read
    v = _VANCOUVER.match(body)
    # "Adolf K. Y. Ng, ..." is a name with initials, not Vancouver "Adolf K." + title "Y. Ng"
    # ... nor is "Ruth M. Alvarez, Title" (Chicago note) Vancouver "Ruth M." + "Alvarez, ...",
    # nor "Daniel J. Solove & Danielle Citron, Title" (Bluebook), nor "James H. Barrett et al.,
    # “Title,”" (Chicago), nor "Rob J. Hyndman and George Athanasopoulos. Title" (names
    # first, BibTeX's plain style), nor "Nicholas J. Higham.
    # Title" (BibTeX plain)
    if v is not None and (
        # (after the editors' mark the names have ended: "Lee K, editors. Farming and Trade")
        v.group("edited")
        or _vancouver_names_end(v.group("after"), _V_FIRM.match(v.group("authors")) is not None)
    ):
        people = tuple(p.strip() for p in _split_joined(v.group("authors")))
        etal = ("et al", "외", "등", "等", "他", "ほか")
        people = tuple(re.sub(r"\s(?:et\sal|외|등|等|他|ほか)$", "", p) for p in people)
        people = tuple(particle_first(p) for p in people if p and p not in etal)
        # "Okafor C, Brandt J. 2019. Title. Journal 12:101–118." (eLife and its kin)
        return dated(people, v.group("after")) or _vancouver(people, v.group("after"))
    # names or a standard's designation that end at an italic title (no IEEE shape, but
    # read here, before the author-date and note parsers misplace the two-word family name)
    return italic_titled.parse(body)


_V_JOINED_PAIR = lazy_compile(rf"^(?P<first>{_V_PERSON2})\s{AND}\s(?P<last>{_V_PERSON2})$")
_V_JOINED_LAST = lazy_compile(rf"^{AND}\s(?={_V_PERSON2}$)")


def _split_joined(authors: str) -> list[str]:
    """Vancouver names split at their commas or semicolons and at the list's word for "and"
    before the last one: "Smith J, Lee K and Jones P" -> "Smith J", "Lee K", "Jones P";
    "Yılmaz A ve Demir B" -> "Yılmaz A", "Demir B" (a group author's own "and" kept:
    "Task Force for Prevention and Control" is one)."""
    people: list[str] = []
    for piece in re.split(r"[,;]", authors):
        piece = piece.strip()
        pair = _V_JOINED_PAIR.match(piece)
        if pair is not None:
            people.extend((pair.group("first"), pair.group("last")))
        else:
            people.append(_V_JOINED_LAST.sub("", piece))
    return people


# the last name joined by "and" after an initial's full stop: "and Jones K.", "& Jones K."
_V_AND_NAME = lazy_compile(rf"(?:&|{AND})\s{SURNAME}\s[{U}]{{1,4}}\.?(?:\s|,|$)")


def _vancouver_names_end(after: str, firm: bool = False) -> bool:
    """Do the Vancouver names end where :data:`_VANCOUVER` ends them, ``after`` not the rest
    of a name written another way?  ``firm``: the names are written the Vancouver way beyond
    doubt (:data:`_V_FIRM`), so a title opening "Smoking, drinking and …" or "Diet and
    Exercise …" is a title, and "Häfen und Werften" no names joined by "und"."""
    if (
        re.match(rf"[{U}]\.\s", after)
        or re.match(r"\((?:1[5-9]|20)\d\d[a-z]?\)\.?\s", after)
        # (nor "Smith J. and Jones K. (2015) Title": the next name joined by "and")
        or _V_AND_NAME.match(after)
    ):
        # (nor "Tricco AC, Lillie E, et al. (2018) Title", Springer's author-year form: the
        # year in parentheses after "et al."; nor APA's "王明. (2019). Title", its period)
        return False
    if title_then_tail(after):
        # "Meier T. Hafen. Berlin: Springer; 2017.": one sentence, then nothing but NLM's
        # imprint or journal line, is the title (:mod:`.vancouver_tail`)
        return True
    joined = rf"\s(?:y|e|i|und|et|og|en|och)\s[{U}]|" if not firm else ""
    return (
        firm or not re.match(rf"{SURNAME}(?:,|\s&\s|\.\s|\set\sal\.|\sand\s[{U}])", after)
    ) and not re.match(
        # nor "William P. Mitchell y David Guillet (eds.). Title", "Ana M. Ruiz (ed.).
        # Title": names joined by another language's "and" (not after names written the
        # Vancouver way beyond doubt: "Meier T, Roth K. Häfen und Werften"), or an editors'
        # mark after them
        rf"{SURNAME}(?:{joined}\s\({_EDITORS_MARK}\))",
        after,
    )


# The word before the proceedings or book a paper is in: IEEE's "in Proc.", Spanish "en Actas
# de", Portuguese "em Anais do", French "dans Actes du", German "in: Tagungsband", Polish "W:"
# (Greek "στο" / "στον" / "στη" / "στην": '«Τίτλος», στο Α. Όνομα (επιμ.), Τόμος, …')
# (Albanian "në" / "Në": '«Titulli», në A. Emri (red.), Vëllimi, …')
_IN_BOOK = lazy_compile(
    r"(?:[Ii]n|[Ee]n|[Ee]m|[Dd]ans|W|V|U|[Σσ]τ(?:ον?|ην?)|[Nn]ë)(?::\s?|\s)(?=\S)"
)


# IEEE's online designation and its "Available:" as Spanish, French, Portuguese, Italian,
# German and Polish lists write them
# (the English "[Online]" is cut before the parsers see the text, the rest after it may stay)
_ONLINE = lazy_compile(
    r"\s?\[(?:online|en\slínea|en\sligne|em\slinha|on-line|in\slinea|w\sInternecie)\]\.?"
    r"|(?<=\.)\s?(?:available|disponible|disponível|disponibile|verfügbar|dostępny)"
    r"(?:\s(?:en|sur|em|unter|su|w|at))?\s?:",
    re.IGNORECASE,
)


# A website as the venue of an IEEE web reference: a blog, a documentation site, a wiki, a
# forum ("Google Testing Blog", "GitHub Docs", "MDN Web Docs", "Python Documentation",
# "Kotlin Developer Guide"), or a host name ("dev.to", "Medium.com")
_SITE = lazy_compile(
    r"\b(?:[Bb]log|[Dd]ocs|[Dd]ocumentation|[Ww]eb\s?[Ss]ite|[Ww]iki(?:pedia)?|[Nn]ewsroom"
    r"|[Ff]orum|[Hh]elp\s[Cc]ent(?:er|re)|[Kk]nowledge\s[Bb]ase"
    r"|[Dd]eveloper\s(?:[Gg]uide|[Nn]etwork|[Cc]ent(?:er|re)|[Pp]ortal))\b"
)
_HOST_NAME = lazy_compile(r"[\w-]+\.[\w.-]+")
_SITE_TLDS = frozenset({"com", "org", "net", "io", "dev", "to", "ai", "co", "blog"})


# Blog platforms: a post's site is the platform ("Medium", "Substack") or a site of its
# own hosted there (queuenotes.wordpress.com, medium.com/the-data-letter)
_PLATFORM_NAMES = frozenset(
    {"medium", "substack", "wordpress", "blogger", "blogspot", "tumblr", "hashnode",
     "livejournal", "typepad", "ghost"}
)  # fmt: skip
_PLATFORM_HOSTS = (
    "medium.com", "substack.com", "wordpress.com", "blogger.com", "blogspot.com",
    "tumblr.com", "hashnode.dev", "livejournal.com", "typepad.com", "ghost.io",
)  # fmt: skip
# Blogger's country domains: "notes.blogspot.co.uk", "x.blogspot.de"
_BLOGSPOT_COUNTRY = lazy_compile(r"(?:^|\.)blogspot\.(?:[a-z]{2}|com?\.[a-z]{2})$")


def blog_platform(url: str) -> bool:
    """Is ``url`` on a blog platform (a post on Medium, Substack, WordPress.com ...)?"""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return False
    if any(host == h or host.endswith("." + h) for h in _PLATFORM_HOSTS):
        return True
    return _BLOGSPOT_COUNTRY.search(host[-40:]) is not None


def _site(name: str) -> bool:
    """Does ``name`` name a website (see ``_SITE``), a blog platform, or is it a host name?"""
    if _HOST_NAME.fullmatch(name):
        return name.rsplit(".", 1)[-1].lower() in _SITE_TLDS
    return _SITE.search(name) is not None or name.strip(" .").lower() in _PLATFORM_NAMES


def web_page(ref: Reference, has_url: bool, accessed: bool, url: str = "") -> Reference:
    """An IEEE reference to a page online -- ``Author, “Title,” Site, Month Year. [Online].
    Available: URL``, or ``… Site. Accessed: date. [Online]. …`` -- names its site where
    a journal would stand: with the online designation, a URL that is no DOI and no
    volume, number or pages, a site by its name (a blog, docs, a wiki ...) or a page with
    an access date is a web page, not an article; so is one whose ``url`` (the first that
    is no DOI) is on a blog platform (a site of its own on WordPress.com, a Medium
    publication).  (A "volume" that is the year is the site's date read as a journal's
    numbering: "MDN Web Docs, 2024.")"""
    volume = None if ref.volume == ref.year_raw else ref.volume
    if (
        ref.kind is not RefKind.ARTICLE
        or not has_url
        or volume
        or ref.issue
        or ref.pages
        or not ref.host
        or _ONLINE.search(ref.raw) is None
        or not (accessed or _site(ref.host) or blog_platform(url))
    ):
        return ref
    return replace(ref, kind=RefKind.WEB, volume=volume)


def _ieee(authors: tuple[str, ...], after: str) -> Fields:
    fields = Fields("ieee", authors, year=_last_year(after))
    q = quoted(after)
    if q is not None and q.start() == 0:
        tail = after[q.end() :].strip(" ,.")
        fields = replace(fields, title=quoted_text(q), pages=pages(tail))
        vol, no = _VOL.search(tail), _NO.search(tail)
        within = _IN_BOOK.match(tail)
        if within is not None:
            book = re.split(r",\s", tail[within.end() :])[0]
            numbered = journal_volume(book)
            if numbered is not None:
                # ("«Titolo», in Rivista 31 (2018), 245–268": a journal's volume and year,
                # no book, :mod:`.volume_year_host`)
                return replace(
                    fields,
                    container=numbered.journal,
                    volume=numbered.volume,
                    issue=numbered.issue,
                    kind=RefKind.ARTICLE,
                )
            # (the place and publisher after the book's name, not a word of it; after its
            # editors: "in *Book*, P. Smith, Ed. New York: Wiley", kept as the book's)
            after_book = tail[within.end() + len(book) :]
            edited = _BOOK_EDITORS.match(after_book)
            editors = split_people(edited.group("names")) if edited else ()
            place, publisher = place_publisher(after_book[edited.end() :] if edited else after_book)
            return replace(
                fields,
                container=book,
                chapter=True,
                place=place,
                publisher=publisher,
                editors=editors,
            )
        report = _IEEE_REPORT.search(tail)
        if report is not None and not vol:
            issuer = [x.strip() for x in re.split(r",\s", tail[: report.start()]) if x.strip()]
            issuer = issuer or ([report.group("body")] if report.group("body") else [])
            return replace(
                fields,
                kind=RefKind.REPORT,
                publisher=issuer[0] if issuer else None,
                place=", ".join(issuer[1:]) or None,
            )
        edition = _QUOTED_BOOK.match(tail)
        if edition is not None and not vol:
            # '"Numerical Recipes: …", 3rd ed., Cambridge University Press, 2007.': an
            # edition after the quoted title (NumPy's and many software manuals' lists): a
            # book, its publisher (and place) after the edition
            named = [x.strip() for x in re.split(r",\s", tail[edition.end() :]) if x.strip()]
            named = [x for x in named if not re.fullmatch(r"(?:19|20)\d\d\.?", x)]
            return replace(
                fields,
                book=True,
                publisher=named[0] if named else None,
                place=", ".join(named[1:]) or None,
            )
        # ("2022. [En línea]. Disponible:": IEEE's "[Online]. Available:" in the list's
        # language is no journal)
        container = re.split(r",\s", _ONLINE.sub("", tail))[0].strip() if tail else None
        if container and re.fullmatch(
            r"(?:[A-Z][a-z]{2,8}\.?\s)?(?:\d{1,2},\s)?\d{4}", container.rstrip(".")
        ):
            container = None  # "“Title,” 2020.": a date, not a journal
        return replace(
            fields,
            container=container,
            volume=vol.group(1) if vol else None,
            issue=no.group(1) if no else None,
        )
    italic = emphasized(after)
    if italic is not None:  # "_HTTP Caching_, RFC 9111, June 2022"
        tail = after[italic.end() :]
        siam_read = _siam_italic(fields, italic.group("title"), tail)
        if siam_read is not None:
            return siam_read
        place, publisher = place_publisher(tail)
        return replace(
            fields, title=italic.group("title"), place=place, publisher=publisher, pages=pages(tail)
        )
    journal = siam.journal(after)
    if journal is not None and journal.start > 0 and not _QUOTE_IN.search(after[: journal.start]):
        # "Title, SIAM J. Sci. Comput., 40 (2018), pp. A817–A847" (SIAM, its italics lost)
        return _siam_article(fields, after[: journal.start], journal, after)
    element = _IEEE_ELEMENT.search(after)
    if (element is None or ", in: " in after[: element.start()]) and (
        els := elsevier.numbered(authors, after)
    ) is not None:
        return els  # "Title, Constr. Build. Mater. 65 (2014) 201–217" (elsarticle-num)
    facts = PLACE_YEAR.search(after)
    if facts is not None and (element is None or facts.start() < element.start()):
        # "Codices Latini Antiquiores XI (Oxford 1966) nr. 1617": the title ends at the
        # place and year, and that is the year (not a catalogue number or a later work's)
        return replace(
            fields,
            title=strip_edition(after[: facts.start()]),
            place=facts.group("place").rstrip(","),
            year=year_of(facts.group("year")),
            pages=pages(after[facts.end() :]),
        )
    imprint = _IMPRINT.search(after) if element is None else None
    if imprint is not None and imprint.start() > 0:
        # "Title, Madrid: Publisher, 2003" (a book's title unquoted, in italics in print)
        return _imprinted(fields, after, imprint)
    cut = element.start() if element else len(split_sentences(after)[0])
    place, publisher = place_publisher(after[cut:])
    return replace(
        fields,
        title=strip_edition(after[:cut]),
        place=place,
        publisher=publisher,
        pages=pages(after[cut:]),
    )


def _siam_italic(fields: Fields, title: str, tail: str) -> Fields | None:
    """SIAM's article or book after its italic title (:mod:`.siam`), or None."""
    journal = siam.journal(tail)
    if journal is not None and journal.start == 0:
        return _siam_article(fields, title, journal, tail)
    imprint = siam.book_imprint(tail)
    if imprint is None:
        return None
    return replace(
        fields,
        title=title,
        publisher=imprint.publisher,
        place=imprint.place,
        year=year_of(imprint.year),
        book=True,
    )


def _siam_article(fields: Fields, title: str, journal: siam.Journal, text: str) -> Fields:
    return replace(
        fields,
        title=strip_edition(title),
        container=journal.journal,
        volume=journal.volume,
        year=year_of(journal.year),
        pages=pages(text),
    )


# an edition statement right after a quoted title: "3rd ed.,", "2nd edn,", "Rev. ed.,"
_QUOTED_BOOK = lazy_compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)|Rev\.|Revised|New)\s(?:ed|edn|edition)\.?(?:,\s|$)", re.I
)


# IEEE's book imprint after an unquoted title: ", Madrid: Publisher, 2003", ". New York, NY,
# USA: Wiley, 2010", ", London, U.K.: Springer, Mar. 2010, pp. 3–9" (the publisher holds no
# colon, so the place is the segment before the last one; a place holds no digit: ",
# Bulletin 79, Paris: …" is a series, then the place)
_IMPRINT = lazy_compile(
    rf"[,.]\s(?P<place>(?:St\.\s)?[{U}][^,:;“”\"()\d.]{{1,40}}?"
    rf"(?:,\s(?:[A-Z]{{2,3}}|(?:[A-Z]\.){{2,3}}))?(?:,\s[{U}][\w.]{{2,14}})?):\s"
    # (a publisher may hold a name in low-high quotes: 'Универзитет „Св. Кирил и Методиј“')
    r"(?P<publisher>(?:[^:;“”„\"()]|„[^:;“”„\"()]{1,60}“){2,100}?),\s(?P<year>(?:[A-Z][a-z]{2,8}\.?\s)?(?:1[5-9]|20)\d\d)"
    r"(?P<pages>,\s(?:pp?\.|ch\.|sec\.)\s?[\w–-]+)?\.?$"
)
# a series and its number at the end of such a title: ", Bulletin 79", ", ICOLD Bulletin
# 79", ", Technical Series No. 3"
_TITLE_SERIES = lazy_compile(rf",\s(?:[{U}][\w&-]*\s){{1,3}}(?:No\.\s?|n\.º\s?)?\d[\w./-]*$")
# an organisation for the names: an acronym ("SPANCOLD", "ICOLD") or a body's name
_ORG_HEAD = lazy_compile(r"^(?P<org>[^,“”\"()\d.]{2,100}?),\s(?P<after>[^“”\"\s].+)$")


def _imprinted(fields: Fields, after: str, imprint: re.Match[str]) -> Fields:
    title = after[: imprint.start()]
    series = _TITLE_SERIES.search(title)
    if series is not None and series.start() > 0:
        title = title[: series.start()]
    return replace(
        fields,
        title=strip_edition(title),
        place=imprint.group("place"),
        publisher=imprint.group("publisher"),
        year=year_of(_YEAR.findall(imprint.group("year"))[-1]),
        pages=pages(imprint.group("pages") or ""),
        book=True,
    )


def book(body: str) -> Fields | None:
    """IEEE's book or report, its title unquoted (in italics in print, lost in a PDF's
    text): ``Initials Surname[, … and Initials Surname], Title: Subtitle[, 2nd ed]. Place:
    Publisher[, Unit], Year.``, perhaps with ``[Online]. Available:`` after it, or None.

    Read before the parsers of other styles: "V. Eubanks, Automating Work: How …" is no
    German ``Surname, Given: Title`` (the initials come first, and the place and
    publisher after the title's period are IEEE's imprint)."""
    body = _LABEL.sub("", body)
    m = _IEEE_AUTHORS.match(body)
    if m is None or _RFC_EDITOR_MARK.search(m.group("authors")):
        return None  # (an editor's mark after a name: an edited work)
    after = _ONLINE.sub("", m.group("after")).strip()
    if (
        after[:1] in _QUOTES
        or _EDITOR_MARK.match(after)
        or _IN_BOOK.match(after)
        or re.match(rf"(?:and\s)?{_PERSON}|et\sal\b", after)
    ):
        return None  # a quoted title, an editor's mark, a chapter, or more names
    imprint = _IMPRINT.search(after)
    if imprint is None or imprint.start() == 0 or after[imprint.start()] != ".":
        return None  # (the title, or its edition, ends with a period before the place)
    title = after[: imprint.start()]
    if _QUOTE_IN.search(title) or _IEEE_PARTS.search(title):
        return None  # a quoted title or a journal's volume: no book
    return _imprinted(Fields("ieee", split_people(m.group("authors"))), after, imprint)


_QUOTES = "“”\"‘'«„"
_QUOTE_IN = lazy_compile(f"[{quote_pairs.DOUBLE}]")
_IEEE_PARTS = lazy_compile(r",\s(?:vol|no|pp?)\.\s?\d", re.I)

# A unit under the organisation that heads the entry, as NLM writes a hierarchy of
# government bodies ("Brasil. Ministério da Saúde. Secretaria de Vigilância em Saúde.
# Title", "United States. Department of Labor. Bureau of Labor Statistics. Title"): a
# ministry, department, office … or the acronym of a system ("DATASUS")
_UNIT = lazy_compile(
    r"^(?:(?:Ministry|Minist[ée]rio|Ministerio|Minist[èe]re|Bundesministerium|Department"
    r"|Departamento|D[ée]partement|Secretariat|Secretaria|Secretar[ií]a|Office|Bureau"
    r"|Division|Divis[ãa]o|Directorate|Diretoria|Direcci[óo]n|Direction|Dire[çc][ãa]o|Coordena[çc][ãa]o"
    r"|Coordinaci[óo]n|Agency|Ag[êe]ncia|Agencia|Institute|Instituto|Council|Conselho|Consejo"
    r"|Commission|Comiss[ãa]o|Comisi[óo]n|Centre|Center|Centro|Service|Servi[çc]o|Servicio"
    r"|Subsecretaria|Subsecretar[ií]a|National\sCenter"
    # (a general directorate or secretariat; "General standard for …", "General Guidelines
    # for …" are a standard's or a guideline's title, no unit)
    r"|General\s(?:Directorate|Secretariat|Administration|Office|Department|Inspectorate"
    r"|Direction|Staff|Council|Assembly|Register|Command))\b[^.;:\[\]]{0,100}"
    r"|[A-Z][A-Z0-9]{2,11})$"
)


def _without_units(after: str) -> str:
    """``after`` (what follows the heading organisation) without the units under it:
    the title is the sentence after them."""
    for _ in range(3):
        head, sep, tail = after.partition(". ")
        if not sep or not _UNIT.match(head) or "[" in head or ":" in tail[:3]:
            break
        if not re.search(r"[^.]{2,}\.\s\S", tail) and not re.search(r"[^.]{2,}\s?\[", tail):
            break  # (a title must follow: "Brasil. DATASUS. Brasília: MS; 2020" has none)
        after = tail
    return after


def _organisation_book(body: str) -> Fields | None:
    """``SPANCOLD, Guía técnica …, Madrid: Comité Nacional …, 2003.``: an organisation
    as author, the unquoted title, IEEE's imprint (or None)."""
    m = _ORG_HEAD.match(body)
    if m is None:
        return None
    org = m.group("org").strip()
    if not (re.fullmatch(r"[A-Z][A-Z&-]{1,11}", org) or is_organisation(org)):
        return None
    imprint = _IMPRINT.search(m.group("after"))
    if imprint is None or imprint.start() == 0:
        return None
    return _imprinted(Fields("ieee", (org,)), m.group("after"), imprint)


# a book's imprint: "Fulda: Hochschule Fulda; 2011", "Geneva: WHO; 2019"; or, as the Nordic
# lists in Vancouver's manner write it, the year after the publisher with no semicolon, the
# sentence's last word: "Tampere: UKK-instituutti 2022.", "Stockholm: Liber 2019." (the
# place one to three words, capitalised: a subtitle's sentence "Title: a survey 2020." no
# imprint)
_V_IMPRINT = lazy_compile(
    r"^[^.;:]{2,60}:\s?[^;]{2,120};\s?\d{4}"
    r"|^[A-ZÅÄÖÆØ][^\s.;:]{1,30}+(?:\s[A-ZÅÄÖÆØ][^\s.;:]{1,30}+){0,2}:\s[^;:]{2,80}?"
    r"\s(?:1[5-9]|20)\d\d\.?$"
)
# the sentence that names a chapter's book: "In: Vogelstein B, …" (:mod:`.vancouver_chapter`)
_V_IN = lazy_compile(rf"^{CHAPTER_IN}:\s")


# "2nd ed.", "Revised ed.", "3rd edn.", "Rev. ed.", "New edition.", "5th ed., text rev."
_V_EDITION = EDITION
# a series or report number: "SCI P354.", "CCIP-016.", "NIST SP 800-53.", "Report No. 12."
# (a series word may be written in lower case: "Clinical guideline CG161.", "Technical
# report series 12."; NLM writes "Report No.: TR-2022/03.", "Report No.: 2021/14.")
# (a series named in a few words with their small words, a qualifier in parentheses after
# its number: "Social Policy of Europe Discussion Paper 4 (Policy and Practice).")
# a report series after the title: a series word in lower case in other languages, the
# number with its year (Finnish "Ruokaviraston julkaisuja 9/2026", "Luonnonvara- ja
# biotalouden tutkimus 45/2020", Swedish "SVA:s rapportserie 12/2019", Norwegian
# "Veterinærinstituttets rapportserie 3-2021"), or a report counted by its ordinal
# ("Thirteenth ESVAC report (EMA/299538/2023)", "Fourth joint inter-agency report", "3rd
# EFSA report"): the work is a report
_REPORT_SERIES_TEXT = (
    r"^(?:[^\s.;()]{1,40}\s){1,5}(?:julkaisuja|julkaisu|raportteja|raportti|tutkimuksia"
    r"|tutkimus|selvityksiä|rapportserie|rapport|skriftserie|skrifter|rapporter|reeks)"
    r"\s\d[\w/.:-]{0,20}(?:\s\([^()]{1,80}\))?\.?$"
    r"|^(?:[A-Z][a-z]{2,12}(?:th|st|nd|rd)|\d{1,3}(?:st|nd|rd|th))"
    r"(?:\s[\w-]{1,30}){0,3}\s[Rr]eport(?:\s\([^()]{1,80}\))?\.?$"
)
_V_SERIES = lazy_compile(
    rf"^(?:(?:[A-Z][\w&]*|{SERIES_WORD})\s(?:(?:of|on|in|for|and|the|&)\s)?){{0,6}}"
    # (an agency's number with slashes: "EPA/600/R-22/030", "Report No.: EPA/600/R-22/030")
    rf"(?:[A-Z]{{1,8}}[-\s/]?\d[\w./-]*|(?:No|Nr|no)\.:?\s?(?:[A-Z][A-Z-]{{0,20}}[-\s/]?)?\d[\w/-]*"
    rf"|{SERIES_WORD}\s\d[\w.-]*"
    # (a bulletin's or a series' number by the number word written out, Turkish "Sayı",
    # German "Nummer", Spanish "Número", Czech "Číslo": "TÜİK Haber Bülteni Sayı 49535")
    r"|(?:Sayı|Nummer|Numer|Número|Numero|Numéro|Číslo|Broj)\s\d[\w/-]*)"
    r"(?:\s\([^()]{1,80}\))?\.?$"
    # (... or "number" abbreviated, as the Slavic languages write it, after words in any
    # script: "Извештај бр. 7/2025", "Izvješće br. 3/2024", "Доклад № 12", "Poročilo št. 4")
    rf"|^(?:[{U}][\w-]*\s){{1,5}}(?:(?:бр|br|Бр|Br|št|č)\.\s?|№\s?)\d[\w/-]*\.?$"
    rf"|{_REPORT_SERIES_TEXT}"
)
_V_REPORT_SERIES = lazy_compile(_REPORT_SERIES_TEXT)


# an ordinal the sentence split cut from its edition word: "2." of "2. uppl.", "2. Aufl."
_ORDINAL_ALONE = lazy_compile(r"^\d{1,2}\.$")


# ... or an ordinal closing a sentence the next goes on in lower case: the South Slavic,
# Czech or Slovak year "for 2025." ("извештај за 2025. годину", "izvješće za 2024.
# godinu", "zpráva za rok 2023. a výhled") or a date's day ("од 3. марта")
_ORDINAL_CLOSING = lazy_compile(r"\s\d{1,4}\.$")
# ... or the Slavic abbreviation of "number" closing one, its digits in the next
# ("Извештај бр." and "7/2025.", "Izvješće br." and "3/2024.", "Poročilo št." and "4.")
# (the stop closing a sentence so joined: "… izvješće za 2024. godinu.")
_ORDINAL_GOING_ON = lazy_compile(rf"\s\d{{1,4}}\.\s[{L}][{L}-]{{0,30}}\.$")
_NUMBER_MARK_CLOSING = lazy_compile(r"(?:^|\s)(?:бр|br|Бр|Br|št|č)\.$")


def _ordinals_joined(sentences: list[str]) -> list[str]:
    """``sentences`` with an ordinal alone joined to the sentence after it (``2.`` and
    ``uppl.`` are the edition statement ``2. uppl.``), a sentence that closes on an
    ordinal to the next when that goes on in lower case (``… за 2025.`` and ``годину``),
    and one that closes on a number's mark to its digits (``Извештај бр.`` and ``7/2025.``)."""
    out: list[str] = []
    for sentence in sentences:
        if out and _ORDINAL_ALONE.match(out[-1]) and len(out) > 1:
            out[-1] = f"{out[-1]} {sentence}"
        elif out and (
            (sentence[:1].islower() and _ORDINAL_CLOSING.search(out[-1]))
            or (sentence[:1].isdigit() and _NUMBER_MARK_CLOSING.search(out[-1]))
        ):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


# an edition after the title's comma, as a hand-typed list writes it: "Title, 2nd ed. Lagos:
# Lagoon Press; 2004." (NLM's own: "Title. 2nd ed. Lagos: …")
_COMMA_EDITION = lazy_compile(
    r",\s(?=(?:\d{1,2}(?:st|nd|rd|th)|Rev\.|Revised|New)\s(?:ed|edn)\.\s[A-Z])"
)


def _vancouver(authors: tuple[str, ...], after: str) -> Fields:
    after = _COMMA_EDITION.sub(". ", after, count=1)
    sentences = _ordinals_joined(title_sentences(after))
    inside = next((k for k, x in enumerate(sentences) if k and _V_IN.match(x)), None)
    found = None if inside is None else chapter_in(" ".join(sentences[inside:]))
    if found is not None:
        # "Title. In: Vogelstein B, Kinzler KW, editors. Book. New York: McGraw-Hill; 2002.
        # p. 93-113.": the book, its editors, imprint and the chapter's pages
        # (:mod:`.vancouver_chapter`)
        return Fields(
            "vancouver",
            authors,
            " ".join(sentences[:inside]).rstrip("."),
            year_of(found.year),
            container=found.host,
            pages=found.pages,
            publisher=found.publisher,
            place=found.place,
            chapter=True,
            editors=found.editors,
        )
    # a book's title runs to its imprint: "Hitzeaktionspläne in Kommunen. Ein Leitfaden.
    # Fulda: Hochschule Fulda; 2011." (a journal article's to the journal)
    imprint = next((k for k, x in enumerate(sentences) if _V_IMPRINT.match(x)), None)
    reported = False
    if (
        imprint is not None
        and 1 < imprint <= 3
        and not any(x.startswith(("In:", "In ")) for x in sentences[1:imprint])  # a chapter
    ):
        # ... but not into an edition or a series or report number ("Title. Revised ed.
        # SCI P354. Ascot: SCI; 2009.", "Title. CCIP-016. Camberley: …; 2006.")
        end = next(
            (
                k
                for k in range(1, imprint)
                if _V_EDITION.match(sentences[k])
                or _V_SERIES.match(sentences[k])
                # (nor into a body's filing code: "Title. WHO/CDS/TB/2019.15. Geneva: …")
                or filing_code(sentences[k])
                or body_opinion(sentences[k])
                # (nor into a volume's designation: "Title. Part 2. London: …; 1935.")
                or volume_statement(sentences[k])
                # (nor into the people credited after it: "Title [CD]. Ensemble; Name A,
                # conductor. Place: Label; 2001.", :mod:`.credit_sentence`)
                or credits(sentences[k]) is not None
            ),
            imprint,
        )
        reported = end < imprint and _V_REPORT_SERIES.match(sentences[end]) is not None
        sentences = [" ".join(sentences[:end]).rstrip("."), *sentences[end:]]
    title = sentences[0] if sentences else None
    if title and _ORDINAL_GOING_ON.search(title):
        title = title[:-1]  # ("… за 2025. годину.": the sentence's stop, no abbreviation's)
    remainder = " ".join(sentences[1:])
    journal = _V_JOURNAL.match(remainder)
    # ("Title. Journal. Elsevier B.V.; 2013;72:1-20": the publisher between the journal and
    # the year, :mod:`.journal_publisher`)
    between = publisher_between(remainder) if journal is None else None
    if between is not None:
        journal = _V_JOURNAL.match(between[0])
    if journal is None and title:
        # a title ending in a one-letter word read as an initial: "… equations in R. J Stat
        # Softw. 2011;45(3):1-67", "… of vitamin D. Nutrients. 2020;12:1" (the journal
        # follows it)
        for stop in reversed([m.start() for m in re.finditer(r"(?<=\s[A-Z])\.\s", title)]):
            moved = _V_JOURNAL.match(" ".join(filter(None, (title[stop + 2 :], remainder))))
            if moved is not None:
                title, journal = title[: stop + 1], moved
                break
    if journal is None and title and (not remainder or not _V_IMPRINT.match(remainder)):
        # ... or before the book's imprint: "… for calcium and vitamin D. Washington (DC):
        # National Academies Press; 2011", "… zur Sprache C. Berlin: Springer; 2019"
        for stop in reversed([m.start() for m in re.finditer(r"(?<=\s[A-Z])\.\s", title)]):
            rest = " ".join(filter(None, (title[stop + 2 :], remainder)))
            if _V_IMPRINT.match(rest):
                title, sentences = title[: stop + 1], [title[: stop + 1], rest]
                remainder = rest
                break
    if journal is not None and title:
        title, journal = _subtitle_after_question(title, journal)
        title, journal = _title_sentences_before(title, journal, after)
    fields = Fields("vancouver", authors, title)
    if journal:
        return replace(
            fields,
            container=journal.group("journal"),
            year=year_of(journal.group("year")),
            volume=journal.group("vol"),
            issue=journal.group("iss"),
            pages=journal.group("pages"),
            publisher=between[1] if between is not None else None,
            kind=RefKind.ARTICLE if between is not None else None,
        )
    issue = paper_issue(remainder) if title else None
    if issue is not None:
        # "Title. *The Guardian*. 19 May 2024.": a paper's issue (:mod:`.dated_paper`)
        return replace(
            fields,
            container=issue.paper,
            year=year_of(issue.year),
            kind=RefKind.ARTICLE,
            day_dated=True,
        )
    ahead = _V_AHEAD.match(remainder) if title else None
    if ahead is not None and _journal_named(ahead.group("journal")):
        # "Title. *The Lancet*. 2023. (Epub ahead of print)": the journal and the year alone
        return replace(
            fields, container=ahead.group("journal").strip("*_ "), year=year_of(ahead.group("year"))
        )
    # (the edition, the series or report number and the volume are not the place)
    # (nor the people credited after the title: :mod:`.credit_sentence`)
    credited = [c for c in map(credits, sentences[1:]) if c is not None]
    imprint_text = " ".join(
        x
        for x in (_V_EDITION.sub("", y).strip() for y in sentences[1:])
        if x
        and not _V_SERIES.match(x)
        and not volume_statement(x)
        and not filing_code(x)
        and credits(x) is None
    )
    place, publisher = vancouver_imprint(_DATE_NOTE.sub("", imprint_text).replace(";", ","))
    # (the year is the publication's, not that of the bracketed update or citation dates)
    # (a filing code's year is none of the publication's: "Geneva: WHO; 2018.
    # WHO/CDS/NTD/2019.3.")
    dated = [x for x in sentences[1:] if not filing_code(x)]
    # (nor a label's catalogue number after the imprint: "London: Label; 2014. OA 1131 D.",
    # when a year is left without it, :func:`.credit_sentence.catalogue_number`)
    year = _last_year(_DATE_NOTE.sub("", " ".join(x for x in dated if not catalogue_number(x))))
    if year.year is None:
        year = _last_year(_DATE_NOTE.sub("", " ".join(dated)))
    if credited:
        fields = replace(fields, editors=tuple(e for c in credited for e in c.editors))
    if _UPDATED.search(remainder):
        # a homepage or web page: NLM writes its update date beside the citation date
        # ("2021 [updated 2021 Jul 8; cited 2024 Feb 3]"); an online book has none
        return replace(fields, year=year, publisher=publisher, kind=RefKind.WEB)
    # ("Title. Research report no. 12. Oxford: …; 2019.", "Title. Rapport nr 7. Oslo: …":
    # the report's designation kept out of the title and the imprint, its number the
    # report's, :mod:`.report_sentence`)
    number = next(filter(None, map(report_sentence.designation_number, sentences[1:])), None)
    if number is not None:
        return replace(
            fields, place=place, publisher=publisher, year=year, number=number, kind=RefKind.REPORT
        )
    # ("Title. WHO/CDS/TB/2019.15. Geneva: …", "Title. A/RES/70/1. New York: …": a body's
    # filing code, the document's number, :mod:`.document_numbers`)
    code = next(filter(None, map(filing_code, sentences[1:])), None)
    return replace(
        fields,
        place=place,
        publisher=publisher,
        year=year,
        number=code,
        # (a report series between the title and the imprint: a report, no book)
        kind=RefKind.REPORT if reported else fields.kind,
    )


# An article ahead of print, or cited before its volume: the journal and the year alone, a
# note in parentheses or brackets perhaps ("*Lancet*. 2023. [Epub ahead of print]", "BMJ.
# 2024.")
_V_AHEAD = lazy_compile(
    rf"^(?P<journal>[*_]?[{U}][^.;:()*_]{{1,80}}[*_]?)\.\s(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?\.?(?:\s?(?:\([^()]*\)|\[[^\[\]]*\]))*\.?$"
)


def _journal_named(name: str) -> bool:
    """``name`` (before a year alone) may be a journal's: no place, no publisher's word."""
    name = name.strip("*_ ")
    return not (is_place(name) or has_publisher_word(name))


# a subtitle sentence: words in lower case as a title has them, never a journal's capitalised
# abbreviations ("A systematic review and meta-analysis", "Results of a cohort study")
_SUBTITLE = lazy_compile(rf"^[{U}\d][^.;]*\s[{L}]{{4,}}\b[^.;]*$")


def _subtitle_after_question(title: str, journal: re.Match[str]) -> tuple[str, re.Match[str]]:
    """A title that asks a question goes on after its "?" with a subtitle sentence ("Is
    imaging consistent with guidelines? A systematic review. Spine J. 2018;18:2266–77."):
    the journal is what follows that sentence, not both."""
    if not title.endswith(("?", "!")):
        return title, journal
    head, sep, tail = journal.group("journal").partition(". ")
    moved = _V_JOURNAL.match(journal.string[journal.start("journal") + len(head) + 2 :])
    if not sep or not tail or not _SUBTITLE.match(head) or moved is None:
        return title, journal
    return f"{title} {head}", moved


# a sentence of a title, never a journal's abbreviated name: small words between words ("A
# practical method for grading …", "Progression models in resistance training …")
_TITLE_PROSE = lazy_compile(rf"\s(?:of|the|and|for|in|on|with|to|by|from|a|an|at|[{L}]{{4,}})\s")


def _title_sentences_before(
    title: str, journal: re.Match[str], after: str
) -> tuple[str, re.Match[str]]:
    """A title of several sentences goes on to the journal ('"Mini-mental state". A
    practical method for grading … J Psychiatr Res. 1975;12:189-98.', "Society position
    stand. Progression models in … Med Sci Sports Exerc. 2009;41:687-708."): a sentence in
    the journal's place that reads as prose is the title's."""
    for _ in range(3):
        head, sep, tail = journal.group("journal").partition(". ")
        if not sep or not tail or not _TITLE_PROSE.search(f" {head} "):
            break
        moved = _V_JOURNAL.match(journal.string[journal.start("journal") + len(head) + 2 :])
        at = after.find(head)
        if moved is None or at < 0:
            break
        title, journal = after[: at + len(head)].strip(), moved
    return title, journal


# NLM's bracketed dates after the publication's: "[updated 2021 Jul 8; cited 2024 Feb 3]",
# "[mis à jour le 12 janv. 2024 ; cité le 3 févr. 2024]", "[cited 2024 Feb 3]"
# ... and the year of a later update or reprint in parentheses, as guideline bodies write it:
# "2016 (updated 2020)", "2014 (last updated 2022 Mar)", "2009 (reprinted 2015)"
# (the year looked for ahead, the brackets read once: runs before and after the year tried
# every split of an unclosed run of digits)
_DATE_NOTE = lazy_compile(
    r"\s?\[(?=[^\[\]]*?\d{4})[^\[\]]*+\]"
    r"|(?<=\d{4})\s?\((?:last\s)?(?:updated|modified|revised|reviewed|amended|reprinted"
    r"|mis\sà\sjour|aktualisiert|actualizado|atualizado)\b(?=[^()]*?\d{4})[^()]*+\)",
    re.IGNORECASE,
)
_UPDATED = lazy_compile(
    r"\[(?:[^\[\]]*[;,]\s?)?(?:updated|modified|revised|mis\sà\sjour|aktualisiert|actualizado)\b",
    re.IGNORECASE,
)


# Numbers that are no year: page ranges ("pp. 3645–3650"), identifiers ("arXiv:2104.10350",
# "doi: 10.18653/...", "ISBN 978-...", "Art. no. 2307").
_NOT_A_YEAR = lazy_compile(
    # (a page is never a year: "p. 1380", "pp. 1380-1392", "S. 1750", "col. 1620")
    r"\bpp?\.\s?[A-Z]?\d+(?:\s?[–-]\s?[A-Z]?\d+)?|(?<![\w.])(?:S|col|Sp)\.\s?\d+"
    r"|(?<![\d.])(?!(?:1[5-9]|20)\d\d\b)\d+\s?[–-]\s?\d+"
    r"|\b(?:arXiv|doi|DOI|ISBN|ISSN|art\.\sno\.|Art\.\sno\.|no\.)\s?:?\s?\S+"
    # a catalogue, inventory or shelf number: "nr. 1617", "Nr. 1802", "cat. 1750", "№ 1912"
    r"|(?:\b(?:nr|Nr|NR|cat|Cat|inv|Inv|sign|Sign|n°)\.?|№)\s?\d+"
    # a method's or standard's number, a code joined to letters: "Method 4500-P",
    # "Standard Methods 4500-P E", "EPA 841-B-99-002", "Method 1664"
    r"|\b(?:[Mm]ethods?|Méthode|Methode|Verfahren)\s\d+"
    r"|(?<![\w/-])\d{3,5}(?:-[A-Z][A-Z\d]{0,3}\b)(?:-\d+)*"
    # the pages after a book's year, as AMA writes a chapter's: "McGraw Hill; 2022:2072-2087"
    r"|(?<=\d{4}):\s?\d+(?:\s?[–-]\s?\d+)?"
    # a series' number closing NLM's series statement: "(WHO Technical Report Series; 1014)"
    rf"|{SERIES_STATEMENT_NUMBER}",
)


def _last_year(text: str) -> Year:
    years = _YEAR.findall(_NOT_A_YEAR.sub(" ", text))
    # ("(Leeds, 1990–2000)", "Oslo: Aschehoug, 1906–1909": an imprint's span, its first year)
    return year_of(span_start(text, years[-1])) if years else year_of(None)
