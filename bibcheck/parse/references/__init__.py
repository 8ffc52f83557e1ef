"""Turn one raw reference string into a :class:`~bibcheck.model.Reference`.

The same function parses footnotes and literature-list items, so the two can
later be compared field by field.  Work is split in three steps:

1. URLs are cut out first by :func:`bibcheck.urls.extract_urls` (the one
   place that knows about escapes, markdown links and split URLs), so no
   style parser is confused by the dots and dashes inside an address;
2. the access date and the DOI, written the same way in every style, are
   read and cut out next;
3. what is left goes to the GOST parser when it looks like GOST (area
   separator ". - ", host " // " or an ``[Electronic resource]``
   designation), otherwise to the best-effort generic parser -- or, when
   style detection is on, first to the APA / Chicago / IEEE-Vancouver /
   Harvard parsers (:mod:`bibcheck.parse.references.styles`), which set ``style``.

Style detection is off by default (the Markdown readers keep the
GOST/generic parse); ``detect_styles=True`` turns it on (the manuscript
pipeline passes the reader's ``detect_styles``: DOCX, HTML, LaTeX, plain text).

Nothing is ever raised for a bad reference: whatever is odd becomes an
:class:`~bibcheck.model.Anomaly` on the result.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from contextvars import ContextVar

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, ParsedUrl, Reference, RefKind
from bibcheck.parse.names import family_first_inverted, family_first_list
from bibcheck.parse.references import (
    acs,
    act_ementa,
    acts,
    agency_first,
    ancient_edition,
    archival_report,
    archived_letter,
    astro_comma,
    bare_year,
    bodied_page,
    body_issued,
    body_standard,
    body_year,
    bracketed_medium,
    caps,
    caps_colon,
    chapter_host,
    charter_kind,
    closing_acts,
    collection_acts,
    collection_span,
    colon_year,
    comma_body,
    comma_body_titled,
    copernicus,
    corporate,
    corpus_resource,
    court_dated,
    credited_film,
    dated_comma_tail,
    dated_paper,
    dated_series_report,
    designated_imprint,
    designation_after_year,
    digitised_letter,
    din690,
    directed_film,
    drug_label,
    edition_credit,
    editor_mark_head,
    filed_paper,
    french_web,
    gazette_acts,
    gazette_chapter,
    gazette_titled,
    gbt,
    generic,
    german,
    german_law,
    german_web,
    gost,
    gost_legal,
    guideline_note,
    headed_act,
    hereafter,
    historic_gazettes,
    holding_lead,
    hungarian_order,
    hungarian_year,
    ieee_report,
    imprint_book,
    imprinted_film,
    initials_after,
    institution_guideline,
    internet_title,
    inverted_names,
    joined_names,
    lead_person,
    legal,
    legal_kind,
    lexicon_article,
    lowercase_body,
    map_scale,
    map_sheet,
    media_kind,
    medium_designator,
    monograph_series,
    names_only,
    native_in,
    news_page,
    numbered_documents,
    official_acts,
    own_series,
    page_designation,
    panel_report,
    paper_after_title,
    paper_author,
    paper_first,
    part_title,
    patent,
    periodical_kind,
    photo_record,
    placed_publication,
    placedated_act,
    presentation_kind,
    proceedings_kind,
    proceedings_tail,
    product_code,
    relined,
    report_sentence,
    report_series_tail,
    role_head,
    role_marks,
    rolepatent,
    self_issued,
    series_report,
    seriestail,
    shelfmark_colon,
    standard_parts,
    statistical_yearbook,
    statistics_release,
    title_inventory,
    title_paren_statement,
    title_year,
    titled_imprint,
    titlefirst,
    titlefirst_web,
    trailing_imprint,
    undated_online,
    unified_linguistics,
    unpublished_kind,
    url_year,
    with_coauthor,
    year_place,
)
from bibcheck.parse.references import fields as f
from bibcheck.parse.references.act_tails import act_without_tail
from bibcheck.parse.references.archival import archival_file, dated_archival_item
from bibcheck.parse.references.archived import own_and_copy, without_lead_in
from bibcheck.parse.references.arts_genres import arts_genre
from bibcheck.parse.references.attributed import unbracketed
from bibcheck.parse.references.attributes import without_attributes
from bibcheck.parse.references.before_editors import title_to_editors
from bibcheck.parse.references.blog_kind import blog_post
from bibcheck.parse.references.bluebook_law import italic_signal_end
from bibcheck.parse.references.body_dated import dated_body
from bibcheck.parse.references.body_record import dated_record
from bibcheck.parse.references.body_unit import unit_skipped
from bibcheck.parse.references.bodydataset import body_dataset
from bibcheck.parse.references.bold_title_first import bold_author_first
from bibcheck.parse.references.bracketed_translation import (
    without_parallel,
    without_translation,
)
from bibcheck.parse.references.case_designation import case_without_designation
from bibcheck.parse.references.caseless import wordspace_commas
from bibcheck.parse.references.catalogue_year import without_catalogue_year
from bibcheck.parse.references.church_acts import church_act_kind, papal_heading
from bibcheck.parse.references.church_documents import church_document
from bibcheck.parse.references.church_orders import church_order
from bibcheck.parse.references.city_shelfmark import cited_manuscript
from bibcheck.parse.references.civil_law import jurisdiction_law, legal_source
from bibcheck.parse.references.cjk_law_articles import cjk_law_article, without_cjk_article
from bibcheck.parse.references.cjk_media import media_cited
from bibcheck.parse.references.cjk_series import cjk_series_report
from bibcheck.parse.references.commatails import named_report
from bibcheck.parse.references.commentary import (
    citation_start,
    fieldwork_year,
    list_note,
    supplement_link,
)
from bibcheck.parse.references.compared import first_compared
from bibcheck.parse.references.consortium_spec import consortium_specification
from bibcheck.parse.references.council_incipit import incipit_document
from bibcheck.parse.references.course_notes import without_notes_genre
from bibcheck.parse.references.curated import curator_head, role_unread, without_curators
from bibcheck.parse.references.data_portal import portal_off_title
from bibcheck.parse.references.deposit import deposit_link
from bibcheck.parse.references.described import described_kind, described_medium
from bibcheck.parse.references.digitised import digitised_page
from bibcheck.parse.references.digitised_print import printed_kind
from bibcheck.parse.references.discursive import after_lead_in_prose
from bibcheck.parse.references.document_numbers import without_edition_number, without_numbers
from bibcheck.parse.references.documentary_kind import body_publication, documentary_volume
from bibcheck.parse.references.doilabel import malformed_dois, malformed_resolver_doi
from bibcheck.parse.references.dual_year import common_era_year
from bibcheck.parse.references.edition_notes import quoted_edition
from bibcheck.parse.references.eprint import eprint_only
from bibcheck.parse.references.evaluation_report import evaluated_by_body
from bibcheck.parse.references.family_first_run import joined
from bibcheck.parse.references.field_records import fieldwork_note
from bibcheck.parse.references.filed_particles import (
    ARTICLE_MASK,
    dutch_particle_first,
    filed_article,
)
from bibcheck.parse.references.gazette_year import gazette_dated
from bibcheck.parse.references.genre import book_genre
from bibcheck.parse.references.genre_after import named_genre_kind
from bibcheck.parse.references.gost_kinds import registration_certificate
from bibcheck.parse.references.gost_sources import (
    archive_document,
    archive_file,
    covered_year,
    newspaper_article,
)
from bibcheck.parse.references.group_heading import masked_heading, unmasked
from bibcheck.parse.references.guideline_kind import issued_guideline, numbered_guideline
from bibcheck.parse.references.identifiers import names_registry_record
from bibcheck.parse.references.ieee import web_page
from bibcheck.parse.references.ieee_report import quoted_after_name
from bibcheck.parse.references.images import without_images
from bibcheck.parse.references.inquiry_series import without_series_designation
from bibcheck.parse.references.internal_document import internal_report
from bibcheck.parse.references.issued_forms import issued_form
from bibcheck.parse.references.italic_outlet import outlet_article
from bibcheck.parse.references.italic_titled import leading_standard
from bibcheck.parse.references.letter_writer import letter_note
from bibcheck.parse.references.lettered import first_lettered, with_later_links
from bibcheck.parse.references.letters import letter_in_edition
from bibcheck.parse.references.link_row import without_link_row
from bibcheck.parse.references.locus import locus_only
from bibcheck.parse.references.lookup_links import is_lookup
from bibcheck.parse.references.lowercase_names import capitalised_names, names_as_written
from bibcheck.parse.references.medium import without_medium
from bibcheck.parse.references.meeting_minutes import minutes_of_meeting
from bibcheck.parse.references.native_et_al import english_others, without_others
from bibcheck.parse.references.native_stops import latin_stops
from bibcheck.parse.references.news_dated import newspaper_article as newspaper_dated
from bibcheck.parse.references.note_title import corrected_note
from bibcheck.parse.references.numbered_acts import cited_act
from bibcheck.parse.references.official_acts import without_gazette
from bibcheck.parse.references.original_edition import (
    cited_edition_year,
    without_original_remark,
)
from bibcheck.parse.references.own_imprint import as_report
from bibcheck.parse.references.page_phrase import page_title
from bibcheck.parse.references.paperback_series import (
    masked_series,
    restored_series,
    without_numbered_series,
)
from bibcheck.parse.references.parallel_title import parallel_titled
from bibcheck.parse.references.particles import as_written, iberian, particle_first
from bibcheck.parse.references.passage_title import with_passage
from bibcheck.parse.references.patent_named import named_patent
from bibcheck.parse.references.patristic import father_work
from bibcheck.parse.references.patterns import INITIALS, SURNAME
from bibcheck.parse.references.pendingjournal import pending_article
from bibcheck.parse.references.prefixedlaw import prefixed_act
from bibcheck.parse.references.preprints import preprint_article
from bibcheck.parse.references.printed_imprint import (
    designated_web_report,
    printed_work,
    viewer_book,
)
from bibcheck.parse.references.printedwithin import edition_cited, imprinted_book
from bibcheck.parse.references.proceedings import proceedings_chapter
from bibcheck.parse.references.prose_genre import genre_named
from bibcheck.parse.references.prose_links import names_before_link, other_links
from bibcheck.parse.references.prose_named import named_in_prose, possessive_author
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_OPENINGS, unwrapped
from bibcheck.parse.references.rank_before_name import rank_end
from bibcheck.parse.references.refine import (
    better,
    journal_shaped,
    may_have_swallowed_names,
    refined,
)
from bibcheck.parse.references.relined import Misread, misread_title
from bibcheck.parse.references.repo_link import linked_repository
from bibcheck.parse.references.repo_owner import owner_not_title
from bibcheck.parse.references.reportkind import period_year
from bibcheck.parse.references.repository_host import repository_record
from bibcheck.parse.references.revised_standard import with_own_year
from bibcheck.parse.references.same_author import named_dash, repeats_author, without_dash
from bibcheck.parse.references.serials import serial_article
from bibcheck.parse.references.series_parens import without_series_number
from bibcheck.parse.references.series_sentence import without_series_sentence
from bibcheck.parse.references.seriestitle import ends_in_series, without_series
from bibcheck.parse.references.shared import clean, has_publisher_word
from bibcheck.parse.references.shelfmark_lead import blanked_lead_shelfmark, dated_file_title
from bibcheck.parse.references.shelfmark_title import (
    as_manuscript,
    blanked_shelfmark,
    without_shelfmark,
)
from bibcheck.parse.references.socialposts import platform_post, without_handle
from bibcheck.parse.references.software import software_web
from bibcheck.parse.references.sourcekind import method_titled, source_kind
from bibcheck.parse.references.standard_imprint import imprint_after
from bibcheck.parse.references.standard_kind import issued_document
from bibcheck.parse.references.standardkind import as_specification
from bibcheck.parse.references.statistics_office import statistics_office_work
from bibcheck.parse.references.styles import parse_styled
from bibcheck.parse.references.symbolic_label import label_blanked
from bibcheck.parse.references.thesis import as_thesis
from bibcheck.parse.references.title_date import without_date
from bibcheck.parse.references.title_editor import titled_collection
from bibcheck.parse.references.title_first import author_first
from bibcheck.parse.references.title_spill import imprint_from_title, subtitle_from_host
from bibcheck.parse.references.title_statements import title_before_role_sentence
from bibcheck.parse.references.title_tails import without_tail
from bibcheck.parse.references.toolsources import (
    ai_tool,
    dated_head,
    masked_tags,
    restored_tags,
    slide_deck,
    sub_voce,
)
from bibcheck.parse.references.trailing_year import without_trailing_year
from bibcheck.parse.references.translated_title_end import through_translation
from bibcheck.parse.references.unlisted import newspaper_issue_title
from bibcheck.parse.references.vancouver import organisation_page
from bibcheck.parse.references.version_host import version_not_host, version_off_title
from bibcheck.parse.references.volume_range import first_year_only
from bibcheck.parse.references.volume_tail import without_volume
from bibcheck.parse.references.wikilinks import shown_words
from bibcheck.parse.references.yearly_title import dated_by_title
from bibcheck.text import ascii_digits, ascii_digits_outside_addresses, title_key
from bibcheck.urls import extract_urls

__all__ = ["parse_reference"]

_MD_ESCAPE = lazy_compile(r"\\([!-/:-@\[-`{-~])")
_COMBINING = lazy_compile(r"[\u0300-\u036f]")  # combining accents
_LEADING_JUNK = lazy_compile(r"^[\s.,;:–—-]+")
# lead-ins of a note blanked one after another before its work is read ("See also, e.g.,
# …"); a note whose every sentence reads as a lead-in to the next (a paragraph of prose with
# a citation per sentence) is read as it stands after the third, else each lead-in would
# read the rest of the note again (time the square of its length)
_MOST_LEAD_INS = 3
_LEAD_INS_BLANKED: ContextVar[int] = ContextVar("lead_ins_blanked", default=0)
# "[DOI  ]": a link's label in brackets, its address cut out (two spaces where it was)
# (a button whose word is no part of the entry leaves its brackets alone: "[  ]")
_LINK_LABEL_LEFT = lazy_compile(r"\[(?:[^\[\]\s][^\[\]]{0,30}\s{2}|\s*)\]")


def _without_link_labels(rest: str) -> str:
    """``rest`` without the labels of links it ends with (``… 2011. [DOI  ] [PubMed  ]``)."""
    end = rest.rstrip()
    while end.endswith("]"):
        start = end.rfind("[")
        if start < 0 or not _LINK_LABEL_LEFT.fullmatch(end, start):
            break
        end = end[:start].rstrip()
    return end if end != rest.rstrip() else rest


_URL_LABEL = lazy_compile(r"\bURL\s?:|Режим\s+доступа\s?:", re.IGNORECASE)


_OT1_QUOTE = lazy_compile(r"(?<![\w,]),,(?=[^\W\d_])")
_DOTLESS = lazy_compile(r"[ıȷ](?=[\u0300-\u036f])")
_UNDOTTED = {"ı": "i", "ȷ": "j"}


def _cut(text: str, start: int, end: int) -> str:
    return f"{text[:start]} {text[end:]}"


def _doi_of_urls(urls: Sequence[ParsedUrl]) -> str | None:
    for parsed in urls:
        doi = f.doi_from_url(parsed.url or parsed.raw)
        if doi:
            return doi
    return None


def _refused_doi(doi: str | None, text: str, line_starts: Sequence[int]) -> Anomaly | None:
    """A ``doi-invalid`` anomaly when ``doi`` holds what no DOI can (it is then dropped)."""
    problem = f.doi_problem(doi) if doi else None
    if problem is None or doi is None:
        return None
    return Anomaly(
        AnomalyCode.DOI_INVALID,
        f"DOI {doi!r} refused: {problem}",
        line=f.line_of(text, line_starts, doi[:20]),
    )


def _resolver_doi_note(
    urls: Sequence[ParsedUrl], text: str, line_starts: Sequence[int]
) -> Anomaly | None:
    """A ``doi-invalid`` anomaly for a doi.org address whose DOI is malformed
    (``https://doi.org/10,1371/…``): the reference's DOI was meant, and is lost."""
    for parsed in urls:
        found = malformed_resolver_doi(parsed.url or parsed.raw)
        if found is not None:
            return Anomaly(
                AnomalyCode.DOI_INVALID,
                f"DOI {found.written!r} in the address {parsed.raw!r} is malformed: "
                f"{found.problem}",
                line=f.line_of(text, line_starts, found.written[:20]),
            )
    return None


def _labelled_doi_note(
    rest: str, text: str, line_starts: Sequence[int]
) -> tuple[Anomaly, str] | None:
    """A ``doi-invalid`` anomaly for a DOI after its label that no DOI can be
    (``doi:10,17104/…``, a comma for the prefix's dot; ``DOI: 10.1021ed039p333``, the slash
    lost): the reference's DOI was meant, and is lost.  With it, ``rest`` without the
    label and the DOI: its digits are no year, page or volume of the entry
    (``doi:10,1175/2008JTECHO615.1`` names no year 2008)."""
    found = next(malformed_dois(rest), None)
    if found is None:
        return None
    note = Anomaly(
        AnomalyCode.DOI_INVALID,
        f"DOI {found.written!r} is malformed: {found.problem}",
        line=f.line_of(text, line_starts, found.written[:20]),
    )
    return note, _cut(rest, *found.span)


def _url_missing(ref: Reference, rest: str) -> Anomaly | None:
    if ref.url_raw is not None:
        return None
    label = _URL_LABEL.search(rest)
    if label:
        after = rest[label.end() :].split()
        message = (
            f"'URL:' is followed by {after[0][:60]!r}, which is not an http(s) address"
            if after and re.match(r"[a-z][a-z0-9+.-]*:", after[0], re.I)
            else "'URL:' is written but no address follows it"
        )
    elif (
        ref.kind is RefKind.WEB
        and not described_medium(ref.raw)
        # (a film or a recording cited by its director or its medium: "『…』…監督、…")
        and not media_cited(ref.raw)
        # (a program or database cited by its registration certificate's number)
        and not registration_certificate(ref.raw)
    ):
        message = "electronic resource without a URL"
    else:
        return None
    return Anomaly(AnomalyCode.URL_MISSING, message, line=ref.end_line)


# Names, then a title in English double quotes: MLA or Chicago ('Nguyen, C. Thi. "Escape the
# Echo Chamber." Aeon, 9 Apr. 2018'); GOST writes no title in quotes after the names.
_QUOTED_TITLE = lazy_compile(
    rf"^[^“\"«»/]{{2,80}}?[.,]\s[{EN_OPENINGS}][^{EN_OPENINGS}]{{3,}}[{EN_CLOSINGS}]"
)


def _gost_shaped(rest: str) -> bool:
    """GOST areas, host or designation (IEEE's "[Online]" is none), or GOST written
    without area dashes: no citation-style parser should claim such a reference."""
    return (
        (
            gost.looks_gost(rest)
            or (
                gost.looks_dashless(rest)
                and not _QUOTED_TITLE.match(rest)
                and not _INITIALS_FIRST_COMMA.match(rest)
                # ("Иванов И.И., Петров П.П., Title, Journal 12, 34–56 (2015)": the
                # physics lists' comma style)
                and not initials_after.comma_style(rest)
                # ("Иванов И.И., Петров П.П. 2015, Title, Journal, 12, 34": the astronomy
                # journals' bare year after the names, :mod:`.astro_comma`)
                and astro_comma.head(rest) is None
                # ("Oke, T. R.: Title, Bound.-Lay. Meteorol.: 39, 1–9, 1987.": the
                # Copernicus journals' colon after the names, :mod:`.copernicus`)
                and copernicus.parse(rest) is None
            )
        )
        and not caps.np405_dash(rest)
        and not german.family_first_names(rest)  # "Kovács, T. – Tóth, Zs.: Title"
        and not din690.head(rest)  # "HOFFMANN, Tobias ; LENZ, Miriam: Title. – DOI …"
        and not gbt.designated(rest)  # GB/T 7714 writes "[C]//Editor. Proceedings" too
        and not journal_shaped(rest)  # "Almeida, P. Title. Finisterra, 2015, 50(100), pp. 7-22"
        and not _acs_article(rest)  # "Mettem, C.J. Title. Struct. Eng. Int. 2011, 21, 130–138."
        # "Arnold, R. Arthur. Title. London: Saunders, Otley, 1864.": a Chicago book, its
        # facts "Place: Publisher, Year" at the end (GOST: "Place : Publisher, Year. – 200 p.")
        and not (_INITIAL_THEN_GIVEN.match(rest) and _CHICAGO_BOOK_END.search(rest))
        # "Das, A. Andrew. 2007. Title.": Chicago's (SBL's) author-date, the year right
        # after the given name (GOST puts no year before the title)
        and not _INITIAL_GIVEN_YEAR.match(rest)
        # "Roux, Anne, Paul Henry et Marie Blanc. Titre. Paris : Éditeur, 2015.": whole names
        # joined by a word, French typography's " : " (GOST joins initials by commas)
        and not joined_names.joined_head(rest)
        # "Moulin, Anne Marie. Titre. Paris : Fayard, 1996.": one author's whole given
        # names, Chicago's book facts closing the entry
        and not joined_names.whole_given_book(rest)
        # "Ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz.U. …)": an act's dash
        # before its subject is no GOST area dash (but "Regulation (EU) 2022/2065 of … on
        # …. – 2022. – URL: …" goes on in GOST's areas: :mod:`.gost_legal`)
        and (acts.act(clean(rest)) is None or gost_legal.act_with_areas(rest))
        # "ROSSI M.: «Titolo», *Rivista*, 2019, n. 3": names in capitals before a colon
        and caps_colon.parse(clean(rest)) is None
        # "Balamir, M. ve Kaya, E. (2013) ‘Title’, *Planlama*, 23(2), ss. 59–68": Harvard's
        # year in parentheses after the names, then a quoted title (GOST: neither)
        and not _DATED_QUOTED.match(rest)
    )


_DATED_QUOTED = lazy_compile(r"^[^‘“\"«()\d]{2,160}?\s?\((?:1[5-9]|20)\d\d[a-z]?\),?\s[‘“\"]")


# the initials before the family name and a comma after it, the comma form of the notes of
# Mongolian, Italian, French and Spanish humanities ("А. М. Позднеев, Title, Place, 1887,
# с. 45"), which GOST never writes (its heading is "Позднеев А. М. Title."): with no area
# dash, no "//" and no "/" the "с. 45" is no GOST mark
_INITIALS_FIRST_COMMA = lazy_compile(rf"^\s*{INITIALS}\s?{SURNAME},\s")
# an initial before the given name, which GOST never writes: "Arnold, R. Arthur. Title"
_INITIAL_THEN_GIVEN = lazy_compile(r"^[A-Z][\w'’-]+,\s(?:[A-Z]\.\s){1,2}[A-Z][a-z]{2,}\.\s")
_INITIAL_GIVEN_YEAR = lazy_compile(rf"{_INITIAL_THEN_GIVEN.pattern}(?:1[5-9]|20)\d\d[a-z]?\.\s")
# (a place with its state: "New Haven, CT: Yale University Press, 1977")
_CHICAGO_BOOK_END = lazy_compile(
    r"\.\s[A-Z][A-Za-z.'’ -]{1,40}(?:,\s[A-Z]{2})?(?<!\s):\s"
    r"[^:;–—]{2,120}?,\s(?:1[5-9]|20)\d\d[a-z]?\.?\s*$"
)


def _acs_article(rest: str) -> bool:
    """An ACS (MDPI) article: names, the title sentence, the abbreviated journal, the year,
    the volume and the pages -- never GOST's numbering."""
    found = acs.parse(clean(rest))
    return found is not None and found.container is not None and found.volume is not None


def parse_reference(
    text: str, line_starts: Sequence[int], *, detect_styles: bool = False, note: bool = False
) -> Reference:
    """:func:`_dated_reference`; an article whose title holds its part's numeral ("Title.
    I. Part's title. *Journal* …") read with the numeral's stops hidden
    (:mod:`.part_title`)."""
    rank = rank_end(text)
    if rank:
        # "Pr. conf. dr. Ion Ardeleanu, „Titlu”, în …": the rank before the first author's
        # name is no part of it (:mod:`.rank_before_name`); blanked, so that columns stay
        ref = parse_reference(
            " " * rank + text[rank:], line_starts, detect_styles=detect_styles, note=note
        )
        return dataclasses.replace(ref, raw=text)
    hidden = part_title.masked(text)
    if hidden is not None:
        whole = part_title.unmasked(
            _dated_reference(hidden, line_starts, detect_styles=detect_styles, note=note), text
        )
        if whole is not None:
            return whole
    return _dated_reference(text, line_starts, detect_styles=detect_styles, note=note)


def _dated_reference(
    text: str, line_starts: Sequence[int], *, detect_styles: bool = False, note: bool = False
) -> Reference:
    """:func:`_read_reference`; an entry with its year bare after its names that it misread
    ("Jansen, P. & M. de Vries 2004. Titel.", "Slicher van Bath, B.H. 1957. Titel.",
    "Kadaster 1832. Titel.", "RCE z.j. Titel.": the head taken for the title) is read in the
    order the style parsers read (:mod:`.bare_year`)."""
    found = None if note else body_year.head(text)
    cut = None if found is None else designation_after_year.without_designation(found)
    if found is not None and cut is not None:
        # ("DIN. 2008. DIN 1052:2008-12 Title …", "CEN (2005) EN 1993-1-1:2005 Title": the
        # designation no title, a standard a report, :mod:`.designation_after_year`)
        again = _read_reference(
            body_year.apa_order(found, cut), line_starts, detect_styles=True, note=note
        )
        if not lowercase_body.misread(again, found):
            kind = RefKind.REPORT if again.kind in _STANDARD_READ_AS else again.kind
            number = again.number or designation_after_year.designation(found)
            return dataclasses.replace(again, raw=text, kind=kind, number=number)
    filed = None if found is None else shelfmark_colon.filed_rest(found.rest)
    if found is not None and filed is not None:
        # ("Arkivji Nazzjonali ta' Malta. 1921. CSG 01, fajl 3458/1921: *Korrispondenza …*.
        # Manuskritt.": an archive's file, titled by what follows its shelf mark's colon,
        # unpublished, the archive no author: :mod:`.shelfmark_colon`)
        again = _read_reference(
            body_year.apa_order(found, filed), line_starts, detect_styles=True, note=note
        )
        if again.title:
            return dataclasses.replace(
                again, raw=text, authors=(), kind=RefKind.UNKNOWN, publisher=None, place=None
            )
    ref = _read_reference(text, line_starts, detect_styles=detect_styles, note=note)
    if (
        found is not None
        and lowercase_body.named_body(found)
        and lowercase_body.misread(ref, found)
    ):
        # ("Statistisk sentralbyrå. 1980. Boligtelling 1975. …": the body the author, the
        # year the one after it, :mod:`.lowercase_body`)
        again = _read_reference(
            body_year.apa_order(found), line_starts, detect_styles=True, note=note
        )
        # (a reading that takes the only title for the body's name and keeps none is no
        # better: "Flows data. 2023. URL: <…>", a data set titled and dated, no body's)
        if not lowercase_body.misread(again, found) and again.title:
            return dataclasses.replace(again, raw=text)
    if found is not None and lowercase_body.head_for_title(ref, found):
        # ("Bibliothèque nationale de France. 2024. *Gallica*. https://…": the body's name
        # taken for the title, the italic title after the year, :mod:`.lowercase_body`)
        again = _read_reference(
            body_year.apa_order(found), line_starts, detect_styles=True, note=note
        )
        if not lowercase_body.misread(again, found) and again.title:
            return dataclasses.replace(again, raw=text)
    hungarian = None if note else hungarian_year.head(text)
    if hungarian is not None and (ref.authors, ref.year) != (hungarian.names, hungarian.year):
        # ("Kiss Jenő (szerk.) 2001. Cím. Budapest: Osiris.", "Imre Samu 1971: Cím.": the
        # names in the Hungarian order, the year bare after them, :mod:`.hungarian_year`)
        again = _read_reference(hungarian.apa_text, line_starts, detect_styles=True, note=note)
        if again.title and again.year == hungarian.year:
            editors = hungarian.names if hungarian.editing else again.editors
            return dataclasses.replace(again, raw=text, authors=hungarian.names, editors=editors)
    bared = bare_year.bare_year(text)
    if bared is None or bare_year.read_right(ref, bared.head):
        return ref
    again = parse_reference(bared.text, line_starts, detect_styles=True, note=note)
    return dataclasses.replace(bare_year.online_page(again), raw=text)


def _read_reference(
    text: str, line_starts: Sequence[int], *, detect_styles: bool = False, note: bool = False
) -> Reference:
    """:func:`_parse_reference`; an entry whose "title" came out as its journal and numbers
    or its "Author Year" (:mod:`bibcheck.parse.references.relined`) is read again in its
    own lines' order, else its title is dropped and the misread said."""
    # "[[laws/data-privacy-act|Data Privacy Act of 2012]]": the fields are read from the
    # words a wiki link shows (no link spans a line break, so the lines stay)
    shown = shown_words(text)
    if shown != text:
        ref = parse_reference(shown, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # ("Jane Doe and Ann Roe, with Kim Poe, Title", "Doe, Jane, with Kim Poe. Title.": the
    # co-author after "with" one of the names, :mod:`.with_coauthor`)
    listed = with_coauthor.joined(text)
    if listed is not None:
        ref = parse_reference(listed, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # ("Novák, J. – Svoboda, K. 1998: Title. Praha: Academia.": the Central European
    # archaeology list's year after the names and a colon, read in APA's order;
    # "Name 2023: Name 2.1 [program].": a work filed under its title, :mod:`.colon_year`)
    dated = colon_year.colon_year(text)
    if dated is not None:
        ref = parse_reference(dated.text, line_starts, detect_styles=True, note=note)
        # (an editor's mark: the editors kept as the entry's names, :mod:`.role_marks`)
        authors = role_marks.names_of(ref.authors, dated.editing)
        editors = role_marks.editors_of(authors, dated.editing) or ref.editors
        return dataclasses.replace(ref, raw=text, authors=authors, editors=editors)
    filed = colon_year.filed_title(text)
    if filed is not None:
        ref = parse_reference(filed.rest, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(
            ref, raw=text, authors=(), title=filed.title, year=filed.year, year_raw=filed.year_raw
        )
    # ("Bildarchiv X, Aufn.-Nr. ab123: Title, Aufnahme 1931, <url>": the archive the author,
    # the photograph's number no part of the title, :mod:`.photo_record`)
    numbered = photo_record.number_after(text)
    if numbered is not None:
        ref = parse_reference(numbered, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # ("Library, Special Collections, shelfmark X 12: Name, *Atlas*, Place: Printer, 1662.":
    # a library's copy of a printed work, the work the citation after it, :mod:`.holding_lead`)
    held = holding_lead.after_holding(text)
    if held is not None:
        ref = parse_reference(held, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # ("Title. Smith J, Lee K. Environ Health 2019;18:22-31.", "Title. Ministry of Health,
    # Jakarta, 2018.": the title given first, read in the author-first order,
    # :mod:`.title_first`)
    reordered = None if note else author_first(text)
    if reordered is not None:
        ref = parse_reference(reordered, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # ("Karl Barth, Die kirchliche Dogmatik, 4 Bde., Zürich 1932–1967.": a set's first year,
    # the span no year, :mod:`.volume_range`)
    spanned = first_year_only(text)
    # ("…, Köln 1958, 312–318 (zuerst Mainz 1832).": the original's year in a closing remark,
    # not the edition's, :mod:`.original_edition`)
    spanned = without_original_remark(spanned if spanned is not None else text) or spanned
    if spanned is not None:
        ref = parse_reference(spanned, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # ("Hall, Edith, et al., editors. Title. …", "Cracknell, Carrie, director. Title. …": MLA's
    # role after the names, no part of them; translators are no authors, editors are kept as
    # the entry's names, :mod:`.role_head`, :mod:`.role_marks`)
    headed = None if note else role_head.role_head(text)
    if headed is not None:
        ref = parse_reference(headed.text, line_starts, detect_styles=detect_styles)
        # ("Hitchcock, Alfred, dir. Psycho. Shamley, 1960.": a film, web)
        kind = RefKind.WEB if headed.film and ref.kind in _FILM_READ_AS else ref.kind
        editors = ref.editors
        if headed.editors:
            authors = role_marks.names_of(ref.authors, headed.editing)
            editors = role_marks.editors_of(authors, headed.editing)
        else:
            authors = () if headed.editing else ref.authors
        return dataclasses.replace(ref, raw=text, authors=authors, kind=kind, editors=editors)
    # ("Moulin, Anne Marie, dir. Titre. Paris : Fayard, 1996.": a volume's editors, their
    # mark after the names, kept as the entry's names, :mod:`.editor_mark_head`)
    unmarked = None if note else editor_mark_head.without_mark(text)
    if unmarked is not None:
        ref = parse_reference(unmarked, line_starts, detect_styles=detect_styles)
        editors = role_marks.editors_of(ref.authors, True)
        return dataclasses.replace(ref, raw=text, editors=editors)
    ref = eprint_only(_parse_reference(text, line_starts, detect_styles=detect_styles, note=note))
    # ("NEN 2011. NEN 8700 Beoordeling …": a standard's designation no part of its title,
    # :mod:`.bare_year`)
    ref = bare_year.designation_title(ref)
    read = ref.kind  # (the kind as read, before the rules that relabel kinds)
    # ("…, 2011. https://repo.org/handle/" / "2014/8065/a.pdf": a number of an address's
    # path no year, :mod:`.url_year`)
    ref = url_year.url_year(ref, text)
    # ("…, Museu …, inv. ME 1534.": an inventory number, no year: :mod:`.catalogue_year`)
    ref = without_catalogue_year(ref)
    # (a subtitle after a full stop, a book's "(Place: Publisher)", a preprint's server,
    # statistical software: :mod:`.title_spill`, :mod:`.preprints`, :mod:`.software`)
    ref = software_web(preprint_article(subtitle_from_host(imprint_from_title(ref))))
    # ("*Global Ocean Physics Reanalysis* (GLOBAL_MULTIYEAR_PHY_001_030).": a data
    # product by its code, web: :mod:`.product_code`)
    ref = product_code.product_kind(ref)
    # ("“qinitial-fp: …,” Version 1.0.3, Zenodo, 2025": a release, no journal,
    # :mod:`.version_host`)
    ref = version_off_title(version_not_host(ref))
    # ("“…,” Zenodo, 2025, doi: …": a repository's record, no journal's article,
    # :mod:`.repository_host`)
    ref = repository_record(ref)
    # ("Agencja …, „Moc zainstalowana …”, Warszawa, Polska, 2024. [Online]. …": a body's
    # publication with its place, no web page: :mod:`.placed_publication`)
    ref = placed_publication.placed_publication(ref)
    # ("…, *Título*, Madrid, Editorial, 2003" and a digitised copy's link: a book; "…,
    # 31(6-7), 359-373. ISSN 0308-5961.": an article: :mod:`.printed_imprint`, :mod:`.serials`)
    ref = serial_article(designated_web_report(viewer_book(printed_work(ref))))
    # ("Title. In Proceedings of the 40th International Conference …": a chapter)
    ref = proceedings_chapter(ref)
    # ("A. Okafor (2004), Title, in Proceedings of the 45th Symposium …, pp. 3–9": the
    # proceedings no part of the title, :mod:`.proceedings_tail`)
    ref = proceedings_tail.proceedings_tail(ref)
    # ("Title. In: Proc. 45th Symp. on …\nScience (FOCS), pp. 12–20, 2004.": the chapter's
    # host, the lines joined, :mod:`.chapter_host`)
    ref = chapter_host.chapter_host(ref)
    # ("Title. Chatham House Research Paper. London: Chatham House.": a report,
    # :mod:`.series_report`)
    ref = series_report.series_report(ref)
    # ("…; 2023. (Videnskabelig rapport fra DCE nr. 600).": a report series and its number
    # after the imprint's year, a report: :mod:`.dated_series_report`)
    ref = dated_series_report.dated_series_report(ref)
    # ("Robert Koch-Institut (2020): Title. Berlin: RKI.": the place and publisher,
    # :mod:`.trailing_imprint`)
    ref = trailing_imprint.trailing_imprint(ref)
    # ("BIS (2024), Annual Economic Report 2024, Bank for International Settlements.": the
    # body, place, month or series after the title, :mod:`.dated_comma_tail`)
    ref = dated_comma_tail.dated_comma_tail(ref)
    # ("Title. SSS 2011, LNCS 6976", "Title. PaPoC '19", "『… 학술발표회 논문집』": a chapter;
    # "Title. Proc. ACM Hum.-Comput. Interact. 6": a journal, :mod:`.proceedings_kind`)
    ref = proceedings_kind.proceedings_kind(ref)
    # ("Title. Dataset, Zenodo 2019.", "Title. Software, version 2.1": web, :mod:`.genre_after`)
    ref = named_genre_kind(ref)
    # ("Title. Rozhlasový pořad.", "Title. Supraphon SU 3802-2.": a broadcast, a record,
    # web: :mod:`.media_kind`)
    ref = media_kind.media_kind(ref)
    # ("Panel A, Alliance B. Title: clinical practice guideline. …": the bodies' report,
    # :mod:`.guideline_kind`)
    ref = numbered_guideline(issued_guideline(ref))
    # ("Cyngor … (2022). *Gwerthusiad o'r cynllun …*. <https://…>", "UNDP Kosova, *…: vlerësim
    # i nevojave*, Prishtinë, 2019.": an agency's, a fund's or an NGO's evaluation, its
    # report: :mod:`.evaluation_report`)
    ref = evaluated_by_body(ref)
    # ("Národní knihovna … (2021). Metodika digitalizace …. Praha: NK ČR.": a library's or a
    # ministry's guidelines, its report: :mod:`.institution_guideline`)
    ref = institution_guideline.institution_guideline(ref)
    # ("Consejo Oleícola Internacional. 2022. *Norma comercial …*. COI/T.15/NC n.º 3/Rev. 19.
    # Madrid: COI.": a body's standard by its number, its report: :mod:`.body_standard`)
    ref = body_standard.body_standard(ref)
    # ("Institut … (IQWiG). Title. Köln: IQWiG; 2023.": a body's work it publishes itself,
    # its report: :mod:`.own_imprint`)
    ref = as_report(ref)
    # ("Hafrannsóknastofnun. 1975. *Title*. Hafrannsóknir 4. Reykjavík: Hafrannsóknastofnun.":
    # a body's numbered series under its own imprint, its report: :mod:`.own_series`)
    ref = own_series.own_series_report(ref)
    # ("IPBES. (2019). Global assessment report on …. Publisher.": an intergovernmental
    # panel's or an agency's report, :mod:`.panel_report`)
    ref = panel_report.panel_report(ref)
    # ("GUS (2022). Title. Warszawa: Główny Urząd Statystyczny.": a statistics office's own
    # publication, its report: :mod:`.statistics_office`)
    ref = statistics_office_work(ref)
    # ("Direcção-Geral de Minas …. *Estatística mineira do anno de 1917*. …", "Board of
    # Trade. *Statistical Abstract …*": a body's official statistics or yearbook, its
    # report: :mod:`.statistical_yearbook`)
    ref = statistical_yearbook.statistical_yearbook(ref)
    # ("Company. DRUG (x) tablets: prescribing information. …": a medicine's label, a report:
    # :mod:`.drug_label`)
    ref = drug_label.drug_label(ref)
    # ("Computing Laboratory (1951). Programmers' handbook for …", "Göta kanalbolag (1833).
    # Berättelse om …": a body's manual or account to its members, its report; "Bericht über
    # eine Reise …" by a person a narrative: :mod:`.body_issued`)
    ref = body_issued.body_issued(ref)
    # ("Medea. Directed by Pier Paolo Pasolini, San Marco, 1969.": a film, :mod:`.directed_film`)
    ref = directed_film.directed_film(ref)
    # ("L'Atalante, dir. Jean Vigo, 1934.", "Cléo de 5 à 7, réal. Agnès Varda, 1962.": a
    # film by its director's credit, the director its author: :mod:`.credited_film`)
    ref = _film_by_credit(ref, text)
    # ("Histoire de la France, dir. Jean Favier, Paris, Fayard, 1984.": a collective book
    # under its title, its editor no author: :mod:`.title_editor`)
    ref = _collection_by_title(ref, text)
    # ("Codex. Ediție critică … de Ana Pop. București: …", "Das Lied. Hg. von Karl Roth. …":
    # an edition under its title, its editor's credit no title: :mod:`.edition_credit`)
    ref = edition_credit.edition_credit(ref)
    # ("Panel A, Panel B. Title. The international guideline. Haesler E, editor. …": the
    # sentence before the editors is the title's: :mod:`.before_editors`)
    ref = title_to_editors(ref)
    # ("SPTRANS. GTFS: dados do transporte …. São Paulo: SPTrans, 2020. Disponível em: … Acesso
    # em: …": a body's own data online, a dataset, :mod:`.bodydataset`)
    ref = body_dataset(ref)
    # ("Federal Funds Effective Rate [FEDFUNDS], FRED", "Title, ECB Data Portal": the series'
    # code and the portal it is read on, no part of its title: :mod:`.data_portal`)
    ref = portal_off_title(ref)
    # ("Stadtarchiv X, Geoportal Y: Title, Datenlizenz …, https://… (Zugriff: …)": the bodies
    # before the colon the authors, the licence no part of the title, :mod:`.german_web`)
    ref = german_web.body_headed(ref, text)
    # ("ADEME, *Titre*, rapport, Angers, ADEME, 2023": a report, :mod:`.commatails`)
    ref = named_report(ref)
    # ("Hospital X, *Protocolo …*, rev. 3, 2023 (documento interno)": a report,
    # :mod:`.internal_document`)
    ref = internal_report(ref)
    # ("pytest-dev. pytest-rerunfailures: … https://github.com/pytest-dev/…": the owner, no title)
    ref = owner_not_title(ref)
    # ("Martin Kleppmann. [automerge/automerge-perf](https://github.com/…)": the linked path
    # the title, :mod:`.repo_link`)
    ref = linked_repository(ref)
    # ("Title. Jean Smith þýddi.": who translated it, no part of the title)
    if ref.title and (before := title_before_role_sentence(ref.title)) != ref.title:
        ref = dataclasses.replace(ref, title=before)
    # ("Lute from Bologna (inv. no. MI 54)": the object's inventory number, no part of
    # its title: :mod:`.title_inventory`)
    if ref.title and (bare := title_inventory.without_inventory(ref.title)) != ref.title:
        ref = dataclasses.replace(ref, title=bare)
    # ("Sein und Zeit (19e druk; oorspr. 1927).", "Title (trans. C. Smith).": the edition,
    # first publication or translator, no part of the title: :mod:`.title_paren_statement`)
    if ref.title and (bare := title_paren_statement.without_statement(ref.title)) != ref.title:
        ref = dataclasses.replace(ref, title=bare)
    # ("Title (Working Paper IBE nr 3/2020).", "Titel (Cahier 2022-08).": the numbered
    # paper's series, no part of its title, a report: :mod:`.report_series_tail`)
    ref = report_series_tail.report_series_tail(ref)
    # ("Title. Raport de cercetare nr. 1/2024. Cluj-Napoca: …", "Title. Research report no.
    # 12. Oxford: …": the report's designation no part of its title, :mod:`.report_sentence`)
    ref = report_sentence.report_sentence(ref)
    # ("Title. Správa č. LM-3/2024. Žilina : …": the designation the sentence after the
    # title, a report, :mod:`.report_sentence`)
    ref = report_sentence.report_after_title(ref)
    # ("Title [Conference presentation]. Annual Meeting of …": a talk at a named event, a
    # chapter: :mod:`.presentation_kind`)
    ref = presentation_kind.presentation_chapter(ref, text)
    # ("Reprodukcja. Elementy teorii … [Reproduction: Elements of …]": the title runs to its
    # translation, :mod:`.translated_title_end`)
    ref = through_translation(ref, text)
    if ref.title and ref.title != without_translation(ref.title):
        # ("九州地方における… [Statistical properties of …]": the reader's translation)
        ref = dataclasses.replace(ref, title=without_translation(ref.title))
    # ("Gesetz … (… – DVG) vom 9. Dezember 2019, BGBl. …", "…, §§ 33a, 139e, zuletzt geändert
    # 2023": the act's date, provisions and state, no part of its title: :mod:`.act_tails`)
    ref = act_without_tail(ref)
    # ("Okafor v Norway, App no 41233/17 (ECtHR, 2022)", "X c. Belgique, requête n° …", "R (A)
    # v B, [2019] EWCA Civ 118": the case's number no part of its name, :mod:`.case_designation`)
    ref = case_without_designation(ref)
    if ref.title and ref.title != without_cjk_article(ref.title):
        # ("民法第709条", "자본시장법 제9조 참조": the provision no part of the act's title)
        ref = dataclasses.replace(ref, title=without_cjk_article(ref.title))
    if ref.title and ref.title != without_numbers(ref.title):
        # ("Title. EMA/CHMP/ICH/172948/2019.", "Title. Version 7.0.", "DRKS00099017: Title":
        # the document's number, no part of its title: :mod:`.document_numbers`)
        ref = dataclasses.replace(ref, title=without_numbers(ref.title))
    if ref.title and ref.host is None and ref.title != without_edition_number(ref.title, text):
        # ("Title, 3. Auflage. …": the edition's number no part of a book's or a report's
        # title; an article's own title may name one, "…: results from the Atlas, 9th edition")
        ref = dataclasses.replace(ref, title=without_edition_number(ref.title, text))
    if note:
        # (the title of the work cited, not a quotation after it or the prose before it)
        ref = corrected_note(ref, text)
        # "Name, Course ders notları, 5. hafta, …": the genre word no part of the title
        ref = without_notes_genre(ref, text)
        # ("*Title*, ed. X (Place: Publisher, 1968), 14.": an authorless book)
        ref = imprinted_book(ref)
    # ("Council for … (CIOMS), *International Ethical Guidelines …*, CIOMS, Geneva 2016": a
    # body's guidelines under its name, its report: :mod:`.guideline_note`)
    ref = guideline_note.guideline_note(ref)
    # (an AI tool by its name, "Duden online (o. J.): cringe" by its headword, lecture
    # slides a slide deck: :mod:`bibcheck.parse.references.toolsources`)
    ref = slide_deck(sub_voce(dated_head(ai_tool(ref))))
    # (the names a dated head gave: "Kovács János – Szabó Éva (2010): Title")
    ref = _family_first_names(ref)
    # ("IEEE Std 802.3-2018 (Revision of IEEE Std 802.3-2015)": dated 2018, not 2015)
    ref = with_own_year(ref)
    # ("Order, 23 February 2021, in *In re …* (NTC 2019)": the paper's own date, 2021, a
    # report: :mod:`.filed_paper`)
    ref = filed_paper.filed_paper(ref)
    # (a court's decision, an act, a record of a parliament; a file in an archive, an
    # interview the author held: :mod:`.legal_kind`, :mod:`.unpublished_kind`)
    ref = unpublished_kind.unpublished_kind(legal_kind.legal_kind(ref, text), text)
    # ("Richtlinie 2000/60/EG …, in: Amtsblatt der Europäischen Gemeinschaften L 327 …": an
    # act in its gazette, no chapter, :mod:`.gazette_chapter`)
    ref = gazette_chapter.gazette_act(ref, text)
    # ("Legea nr. 12/2001 privind apele, în Monitorul Oficial, nr. 4": the title ends before
    # the gazette, :mod:`.gazette_chapter`)
    ref = gazette_chapter.title_before_gazette(ref, text)
    # ("Statutul pentru organizarea și funcționarea Bisericii …, București, …": a church's
    # own order, a report, :mod:`.church_orders`)
    ref = church_order(ref, text)
    # ("Федеральный закон от … № …-ФЗ «…» // Собрание законодательства РФ. – 2006. – № 31.",
    # "Paris Agreement. – 2015. – URL: …": an act or a treaty in GOST's areas, a report:
    # :mod:`.gost_legal`)
    ref = gost_legal.legal_report(ref, text)
    # (a concordat in the Acta Apostolicae Sedis, "*Rerum novarum*, encyclical letter, …": a
    # treaty or a church's document, :mod:`.church_acts`)
    ref = church_act_kind(ref, text)
    # ("Pius XII. Orientales omnes Ecclesias : litterae encyclicae // Acta Apostolicae Sedis
    # …": the pope the author, the incipit the title, a report: :mod:`.church_acts`)
    ref = papal_heading(ref, text)
    # ("Concordat …, 28 July 1993, AAS 90 (1998) 310–329": the act's year, 1993, not the
    # gazette volume's: :mod:`.gazette_year`)
    ref = gazette_dated(ref, text)
    # ("_Title_, Cracoviae 1621, https://polona.pl/…": a print in its digitised copy, a book,
    # :mod:`.digitised_print`)
    ref = printed_kind(ref, text)
    # ("…; interview and fieldnotes, Rotterdam, 14 March 2022, notebook 3.": the author's
    # own source, :mod:`.field_records`)
    ref = fieldwork_note(ref, text)
    # ("Title. Official statistics. Published 13 June 2024. https://…": a statistics
    # office's release, :mod:`.statistics_release`)
    ref = statistics_release.statistics_release(ref, text)
    # ("Title. Nota de prensa, …", "Title. UN Doc. E/1992/23.": a body's release or document,
    # a report; "Title [code]. Table, accessed …", "Title. OECD … Database. https://…": web;
    # "Code of ethics" by its body: a report: :mod:`.issued_forms`)
    ref = issued_form(ref, text)
    # ("「…」, BOK 경제연구 제2023-15호, 한국은행.", "…、日本銀行ワーキングペーパーシリーズ": an
    # East Asian institution's paper series, a report: :mod:`.cjk_series`)
    ref = cjk_series_report(ref, text)
    # ("Agreement …, *Official Journal of the European Union* L 77 (…)": the journal read as
    # the title, the words before it the title, :mod:`.gazette_titled`)
    ref = gazette_titled.gazette_titled(ref)
    # ("…, MS 88, lêer 3: Briewe oor die plaas, 1902–1910": the file's title after its shelf
    # mark's colon, :mod:`.shelfmark_colon`)
    ref = shelfmark_colon.shelfmark_titled(ref)
    # ("Rozporządzenie …, Dz. Urz. UE L 112, …": the official journal no part of the title)
    ref = without_gazette(ref)
    # ("Decreto-Lei n.º 90/90, de 16 de março. Diário da República, …, 1990.": the gazette's
    # year the act's, its number holding two digits only)
    ref = official_acts.act_year(ref)
    # ("Kelderby Field Station, *Annual report 1996*, p. 4.": a yearly report dated by the
    # year its title names, no other printed: :mod:`.yearly_title`)
    ref = dated_by_title(ref)
    # ("Harbour Trust, *Minutes of the finance committee, 2 June 2021*, item 4.": a body's
    # minutes of one meeting, a report of its year: :mod:`.meeting_minutes`)
    ref = minutes_of_meeting(ref)
    # ("Real orden de 13 de junio de 1885 sobre …. Gaceta de Madrid. 1885 jun 14;(165):857.":
    # an act in its gazette, read as an article, a report: :mod:`.gazette_acts`)
    ref = gazette_acts.gazette_act(ref)
    # ("Tozla mücadele yönetmeliği. Resmî Gazete, 28812.": an act titled to its designation
    # in its gazette, read as an article, a report: :mod:`.closing_acts`)
    ref = closing_acts.closing_act(ref)
    # ("BRASIL. Lei nº 1.234, de 2 de maio de 2001. Institui o dia do atleta. Diário …": the
    # designation the entry's heading, the ementa its title, :mod:`.act_ementa`)
    ref = act_ementa.ementa_titled(ref)
    # ("Nařízení vlády č. 123/2005 Sb., o …. In: Sbírka zákonů. …": a Czech or Slovak act
    # by its number in the Collection, titled to its name's end, a report: :mod:`.collection_acts`)
    ref = collection_acts.collection_act_kind(ref, text)
    # ("Décret du 12 mars 1856 …, Bulletin des lois, XIe série, …": the collection of its
    # time after a comma no part of the act's title, :mod:`.historic_gazettes`)
    ref = historic_gazettes.without_historic_gazette(ref)
    # ("Library, Temperance handbills, 1850–1890, digitised collection, …": the collection's
    # span its title's, :mod:`.collection_span`)
    ref = collection_span.collection_span(ref)
    if ref.title and ref.title != without_numbers(ref.title):
        # ("Empfehlung … (ESRB/2014/1), ABl. C 293 …": the designation the gazette's cut left
        # at the title's end, :mod:`.document_numbers`)
        ref = dataclasses.replace(ref, title=without_numbers(ref.title))
    # ("Prawo oświatowe (2016). Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe. Dz.U.
    # 2017, poz. 59.": the act's heading its title, the lead's year its year: :mod:`.headed_act`)
    ref = headed_act.headed_act(ref, text)
    # ("Letter from Hon. Maria Cruz to …", "Lettre de Me Dupont à …": the writer's, a
    # document: :mod:`.letter_writer`)
    ref = letter_note(ref, text)
    # ("Letter from Arthur Pelham to Dorothy Harwell, 3 March 1931, Museum Archive, …": a
    # letter where an archive keeps it, a document: :mod:`.archived_letter`)
    ref = archived_letter.archived_letter(ref, text)
    # ("*Title*, sale cat., London, …", "“Title,” conservation report CR-2022-031, …": a
    # catalogue, a museum's report: :mod:`.arts_genres`; "*Title* (Harwell: Museum, 1932),
    # no. 17.": a book by its imprint, :mod:`.imprint_book`)
    ref = imprint_book.imprint_book(arts_genre(ref), text)
    # (a volume of a documentary edition, "FRUS, 1961–1963, vol. X": a book; "Cabinet Office,
    # *The Cabinet Manual* (1st edn, 2011)": the body's report: :mod:`.documentary_kind`)
    ref = body_publication(documentary_volume(ref, text))
    # ("Name (2024, 9 September). Title. *El País*. https://…": the italic name after a
    # roman title is the periodical's, an article: :mod:`.italic_outlet`)
    ref = outlet_article(ref, text)
    # ("Title. El Diario [Internet]. 24 ago 2023 [citado …].": a newspaper's article online,
    # :mod:`.dated_paper`)
    ref = dated_paper.online_paper_article(ref)
    # ("«Headline». *O Século*, 9 de março de 1912.": an unsigned report in a paper,
    # :mod:`.paper_after_title`)
    ref = paper_after_title.paper_article(ref)
    # ("Le Figaro (1889, 6 mai). Titre. https://…": the paper named where the author
    # stands, an unsigned article in it: :mod:`.paper_author`)
    ref = paper_author.paper_author(ref)
    # ("*El Sol*. «La crisis del trigo». 12 de marzo de 1931, p. 2.": the paper named first,
    # then the headline and the day, its article: :mod:`.paper_first`)
    ref = paper_first.paper_first_article(ref, text)
    # ("'Title' (Blog Name, 24 January 2017) <https://…>", "blog Droit et histoire": a web
    # page: :mod:`.blog_kind`)
    ref = blog_post(ref, text)
    # (a newspaper's or a law review's article by the Bluebook's marks: :mod:`.periodical_kind`)
    ref = periodical_kind.periodical_kind(ref, text)
    # ("HM Treasury. Title. London: HM Treasury; 2018. https://www.gov.uk/government/news/…",
    # "Title. Pressemitteilung. …": a body's news page, :mod:`.news_page`)
    ref = news_page.news_page(ref, text)
    # ("« Titre », page de l'Observatoire de Lyon, https://…": a page online by its
    # designation, not a book by its publisher, :mod:`.page_designation`)
    ref = page_designation.designated_page(ref)
    if ref.title and ref.title != unwrapped(ref.title):
        # ("A. Nowak, „Tytuł”, w: …": the marks that set the title off, not its words)
        ref = dataclasses.replace(ref, title=unwrapped(ref.title))
    if ref.title and ref.title != without_numbered_series(ref.title):
        # ("Pflanzenökologie (UTB 1591). Stuttgart: Ulmer.": the series, not the title)
        ref = dataclasses.replace(ref, title=without_numbered_series(ref.title))
    # ("Zápisník z Luhačovic (Mus. rkp. 1 J 37). Digitalizát.": the shelfmark no part of the
    # title, the work the manuscript: :mod:`.shelfmark_title`)
    ref = without_shelfmark(ref)
    # ("Janáček, Leoš (1917–1928). Dopisy Kamile Stösslové. Digitalizát, Kramerius.": letters
    # a digital library shows, archival items: :mod:`.digitised_letter`)
    ref = digitised_letter.digitised_letter(ref, text)
    # ("Paris, BnF, ms. fr. 1586.": a manuscript by city, library and shelfmark, no title
    # or year in its number: :mod:`.city_shelfmark`)
    ref = _manuscript_by_shelfmark(ref, text)
    # ("Zweites Vatikanisches Konzil, Dogmatische Konstitution über die Kirche Lumen gentium
    # 11, in: AAS 57 (1965)": a church document, titled by its incipit, :mod:`.church_documents`)
    ref = church_document(ref, text)
    # ("Ambrosius, De paenitentia 2,10, hg. von …, in: SC 179, Paris 1971": a Father's work
    # in its series, the passage no part of the title, :mod:`.patristic`)
    ref = father_work(ref, text)
    # ("Karl Rahner, Art. Bußsakrament, in: LThK² 2": a lexicon's article by its headword,
    # :mod:`.lexicon_article`)
    ref = lexicon_article.lexicon_article(ref, text)
    curated = curator_head(text) if role_unread(ref.title) else None
    if curated is not None:
        # ("Rossi M. (a cura di), Title, Morcelliana, Brescia 1999.": the head's role left
        # the entry unread; read without it, the curators its authors, :mod:`.curated`)
        named = parse_reference(curated, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(named, raw=text)
    if ref.title and ref.title != without_curators(ref.title):
        # ("Storia della diocesi, a cura di M. Rossi, Morcelliana, Brescia 1999": the
        # curators no part of the title, an authorless work with its year a book)
        unknown = ref.kind is RefKind.UNKNOWN and ref.year is not None
        ref = dataclasses.replace(
            ref,
            title=without_curators(ref.title),
            kind=RefKind.BOOK if unknown else ref.kind,
        )
    if ref.title and ref.title != without_series_number(ref.title, text):
        # ("Die Beichte im Mittelalter (HDG IV/3b), Freiburg 1971": the series, not the title,
        # :mod:`.series_parens`)
        ref = dataclasses.replace(ref, title=without_series_number(ref.title, text))
    # ("Mapa Topográfico Nacional de España 1:50.000. Hoja 605, Aranjuez [mapa].": the
    # sheet no part of the series' title, :mod:`.map_sheet`)
    ref = map_sheet.without_map_sheet(ref)
    # ("Messtischblatt 5218 Gießen, 1:25 000, Berlin 1931": the map's scale after its title
    # no part of it, :mod:`.map_scale`)
    ref = map_scale.without_scale(ref)
    # ("*Verzeichnis der Ortschaften …*, Detmold 1872, S. 40.": an authorless work by its
    # title, place and year, a book, :mod:`.titled_imprint`)
    ref = titled_imprint.titled_book(ref, text)
    # ("Staatsarchiv X (im Folgenden: StAX), Best. 12": the abbreviation's definition no
    # part of the title, :mod:`.hereafter`)
    ref = hereafter.without_definition(ref)
    # ("*Pirkei Avot* 1:1, with English translation. Sefaria. <…/Pirkei_Avot.1.1>": the
    # passage the link names is the page's title's, :mod:`.passage_title`)
    ref = with_passage(ref, text)
    # ("Second Vatican Council. *Declaration on …: Nostra Aetate*.": a Church document by
    # its incipit, a report, :mod:`.council_incipit`)
    ref = incipit_document(ref)
    # ("…, eds. *IIIF Presentation API 3.0*. … Consortium, 2020.": a standards body's
    # specification, a report, :mod:`.consortium_spec`)
    ref = consortium_specification(ref)
    if ref.host and ref.host != unwrapped(ref.host):
        # ("Kowalski, J. 2010. »Miasta i wsie«. »Przegląd Historyczny« 12 (3): 45–60.": the
        # journal's quotation marks, not its name)
        ref = dataclasses.replace(ref, host=unwrapped(ref.host))
    if not note:
        # ("D. M. Wolk, J. E. Rosenblatt, and K. Lee.": names alone, no work named; the
        # entry says so, :mod:`.names_only`)
        ref = names_only.names_only(ref)
    # ("Title. *Language* 79(3). 557–582.", "Title. In Ed & Ed (eds.), *Book*, 90–118.",
    # "Place: University MA thesis.": the Unified Style Sheet for Linguistics' shapes,
    # :mod:`.unified_linguistics`)
    ref = unified_linguistics.unified_linguistics(ref, text)
    # ("Havs- och vattenmyndigheten. 2019. Title. HaV-rapport 2019:14. …", "Statens vegvesen.
    # 2021. Title [datasett]. …": a body heading its numbered report or its dataset, the
    # body the author, a report or web whatever rule above filed it: :mod:`.agency_first`)
    ref = agency_first.agency_first(ref, text)
    # ("Agency. Title. IARC Monographs on …, Vol. 100F. Lyon: IARC; 2012.": a volume of a
    # series of monographs, a book: :mod:`.monograph_series`)
    ref = monograph_series.monograph_volume(ref)
    # ("Dicționarul X [Internet]. Iași: Universitatea "Y"; [accesat …]. Disponibil la: …":
    # an authorless resource by its title, no date of its own a web one: :mod:`.internet_title`)
    ref = internet_title.internet_title(ref)
    # ("Title [Электронный ресурс]. – 2014. – URL: …": an entry read as a web page that
    # designates its medium stays one, whichever rule above relabelled it (an act, a treaty,
    # a body's report): :mod:`.medium_designator`)
    ref = medium_designator.designated_web(read, ref, text)
    # ("Історія єпархії : офіційний інформаційний ресурс. URL: …": a GOST web page written
    # without area dashes, the resource's kind no part of its title: :mod:`.gost`)
    ref = gost.web_title_proper(ref)
    misread = misread_title(ref.title, ref.authors)
    if misread is Misread.NO:
        return ref
    again = relined.relined(text)
    if again is not None:
        second = _parse_reference(again, line_starts[:1], detect_styles=detect_styles, note=note)
        if second.title and misread_title(second.title, second.authors) is Misread.NO:
            return dataclasses.replace(second, raw=ref.raw, line=ref.line, end_line=ref.end_line)
    if misread is Misread.POSSIBLE:
        return ref
    unparsed = Anomaly(
        AnomalyCode.REFERENCE_UNPARSED,
        f"the title read, {ref.title!r}, is a journal with its numbers, the author and a"
        " year, or 'et al.': the entry's title was not found",
        ref.line,
    )
    return dataclasses.replace(ref, title=None, anomalies=(*ref.anomalies, unparsed))


def _parse_reference(
    text: str, line_starts: Sequence[int], *, detect_styles: bool = False, note: bool = False
) -> Reference:
    """Parse ``text`` (continuation lines joined by ``"\\n"``) into fields.

    ``line_starts[i]`` is the 1-based source line of the i-th line of
    ``text``; it must not be empty.  ``detect_styles`` tries the
    citation-style parsers before the generic one.  ``note`` says the text is
    a footnote, which may be commentary rather than a citation (see
    :mod:`bibcheck.parse.references.commentary`): a commentary note is
    :attr:`RefKind.COMMENTARY` with no fields, and a lead-in before a citation
    (``On this, see ...``) is not part of any field.
    """
    if not line_starts:
        raise ValueError("line_starts must give the line of at least the first part")
    # (a dotless ı or ȷ under an accent is TeX's \'{\i}, which a PDF converter keeps apart:
    # "Martı́nez" is "Martínez")
    composed = (
        unicodedata.normalize("NFC", _DOTLESS.sub(lambda m: _UNDOTTED[m.group(0)], text))
        if _COMBINING.search(text)
        else text
    )
    # OT1 fonts print the low opening quote of Romanian, Polish, Hungarian and German as two
    # commas (",,Epiphenomenal Qualia”"): a quotation mark, not two commas
    composed = _OT1_QUOTE.sub("„", composed)
    # every script's digits, the Arabic and Ethiopic commas and semicolons, the full stops
    # of the Ethiopic, Tibetan, Devanagari, Burmese and Khmer scripts: read as their Latin
    # counterparts ("١٩٨٠" is 1980, "ابن طولون، شمس الدين" a name, a comma, a name;
    # "བཀྲ་ཤིས། བོད་ཀྱི་ལོ་རྒྱུས།" a name, a full stop, a title; see native_stops)
    # (a note's items parted by the Ethiopic wordspace, "Names፡ *Title*፡ Place፡ …", as by
    # commas)
    latinised = wordspace_commas(latin_stops(ascii_digits_outside_addresses(composed)))
    if latinised != composed and len(latinised) == len(text):
        # fields are read from the Latin digits but keep the text as written ("۸۱۱")
        ref = parse_reference(latinised, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(_as_written(ref, latinised, text), raw=text)
    composed = latinised
    if composed != text:
        # "Mu\u0308ller" (a PDF converter's decomposed letters) is read as "Müller"; the
        # reference keeps the text as written.
        ref = parse_reference(composed, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    plain = without_attributes(text)
    if plain != text:
        # "[survey](https://…){target="_blank"}": Pandoc's or kramdown's attributes say how
        # the link is shown; "_blank" is no title
        ref = parse_reference(plain, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    pictureless = without_images(text)
    if pictureless != text:
        # "![Slide 3](slide3.png) [Talk title](https://…)": the picture is not the work
        ref = parse_reference(pictureless, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    attributed = unbracketed(text)
    if attributed is not None:
        # "[Samuel Johnson], *The Rambler*, no. 4 (…)": the credited author, read unbracketed
        ref = parse_reference(attributed, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    # Rewritten for reading, the text as written kept (the first that changes it):
    # label_blanked: "[RFC2119]  Bradner, S., …": the entry's label, left in its text by the
    # reader, is neither a name nor a title; english_others: "V. A. Vu và cộng sự. *Title*",
    # "H. Müller u. a. *Title*": the document's words for "and others" close the names as
    # "et al." does; joined: "Trần Minh Khoa, Lê Thị Hồng (2020). Title": family-first full
    # names parted by commas are a list of names, never an inverted one
    tagless = masked_tags(text)
    if tagless != text:
        # "#Jugendwort2020", "@user2021": a hashtag's or handle's digits are no year
        ref = parse_reference(tagless, line_starts, detect_styles=detect_styles, note=note)
        return restored_tags(ref, text, tagless)
    serial = masked_series(text)
    if serial != text:
        # "Frankfurt am Main 1985 (UTB 1591)": a paperback series' number is no year
        ref = parse_reference(serial, line_starts, detect_styles=detect_styles, note=note)
        return restored_series(ref, text, serial)
    unmarked = blanked_shelfmark(blanked_lead_shelfmark(text))
    if unmarked != text:
        # "Liber floridus (Vat. lat. 1862).", "British Library, MS Add. 3335: Title.": the
        # manuscript's shelfmark, whose stops end no title and whose number is no year, read
        # blanked (:mod:`.shelfmark_title`, :mod:`.shelfmark_lead`)
        # (a note read blanked as prose is read as written)
        ref = parse_reference(unmarked, line_starts, detect_styles=detect_styles, note=note)
        shelved = blanked_lead_shelfmark(text) != text
        if shelved and note and ref.kind is RefKind.COMMENTARY:
            # ("Stadtarchiv X, Best. 4, Nr. 118: Berichte der Kreistierärzte.": after a holder
            # and a shelfmark the title of a document, no sentence of prose)
            ref = parse_reference(unmarked, line_starts, detect_styles=detect_styles)
        if ref.kind is not RefKind.COMMENTARY:
            if shelved:
                # ("…, Nr. 47: Brief des Amtmanns, 12. März 1802.": the date closes the file's
                # title as the finding aid names it)
                ref = dataclasses.replace(ref, title=dated_file_title(ref.title, unmarked))
            return dataclasses.replace(as_manuscript(ref), raw=text)
    reordered = bold_author_first(text)
    if reordered is not None:
        # "**Title**. Tim Kraska, Alex Beutel. SIGMOD, 2018.": a bold title before its
        # authors, read in the order the parsers know (:mod:`.bold_title_first`)
        ref = parse_reference(reordered, line_starts, detect_styles=detect_styles, note=note)
        if ref.title and ref.authors:
            return dataclasses.replace(ref, raw=text)
    # year_place: "Name. Te verschijnen. Title", "Name. (1941) 1984. Title": a no-date word
    # read as "n.d.", a reprint by the listed edition's year (:mod:`.year_place`)
    # first_lettered: "(a) Roe, A. Title. J. 2014, 7, 9. (b) Lee, B. …": an entry's works
    # lettered, read as its first (:mod:`.lettered`)
    # native_in: "Titel. I: Berg K, red. Bok.", "Otsikko. Teoksessa: …": the Nordic and
    # Finnish Vancouver chapter's "In:" (:mod:`.native_in`)
    for rewrite in (
        label_blanked,
        first_lettered,
        english_others,
        joined,
        year_place.year_place,
        native_in.english_in,
    ):
        rewritten = rewrite(text)
        if rewritten != text:
            ref = parse_reference(rewritten, line_starts, detect_styles=detect_styles, note=note)
            if rewrite is first_lettered:
                # (the later works' addresses checked too)
                ref = with_later_links(ref, text, line_starts)
            return dataclasses.replace(ref, raw=text)
    letter = letter_in_edition(text) if note else None
    if letter is not None:
        # "Gustave Flaubert, lettre à Louise Colet, 8 mai 1852, dans *Correspondance*, éd. …":
        # the work cited is the edition, by the letter's writer (:mod:`.letters`)
        ref = parse_reference(letter, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    within = edition_cited(text) if note else None
    if within is not None:
        # "*Íslendingabók*, 7. kafli, í *Íslendingabók. Landnámabók*, útg. …": a text's part
        # cited in the edition that prints it, the edition the work cited (:mod:`.printedwithin`)
        ref = parse_reference(within, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text)
    filed = filed_article(text)
    if filed is not None:
        # "Azmeh, Aziz al-. 1981. Title": the name read as a plain one, given back with its
        # article before the family name (:mod:`.filed_particles`)
        ref = parse_reference(filed[0], line_starts, detect_styles=detect_styles, note=note)
        if ref.authors[:1] == (ARTICLE_MASK,):
            return dataclasses.replace(ref, raw=text, authors=(filed[1], *ref.authors[1:]))
    turned = particle_first(text)
    if turned != text:
        # "Ham, W. van der, Title" is read as "van der Ham, W., Title" (the name is kept as
        # written)
        ref = parse_reference(turned, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text, authors=as_written(ref.authors, text))
    grouped = masked_heading(text)
    if grouped is not None:
        # "Kidney Disease: Improving Global Outcomes (KDIGO) … Work Group. Title. Journal …":
        # the body's colon is no title's (read masked, the author given its colon back)
        ref = parse_reference(grouped, line_starts, detect_styles=detect_styles, note=note)
        return dataclasses.replace(ref, raw=text, authors=tuple(unmasked(a) for a in ref.authors))
    compared = first_compared(text) if note else None
    if compared is not None:
        # "Compare the view of John Moss, Title, Oxford, 2004, with that of Hartley, …": the
        # first of the two works compared is read (the prose before it blanked, so that line
        # numbers stay right; the second work cut)
        at = text.find(compared)
        blanked = _blank_lead_in(text[:at]) + compared
        ref = parse_reference(blanked, line_starts, detect_styles=detect_styles, note=True)
        if ref.authors:  # (else the note is read whole: "Compare In re X, 481 F. Supp. 3d …")
            return dataclasses.replace(ref, raw=text)
    record = dated_record(text) if note else None
    if record is not None:
        # "Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026 (minute
        # 7).": a body's dated record cited as a source, a report titled by its designation
        # (:mod:`.body_record`), no sentence of commentary
        return Reference(
            raw=text,
            line=line_starts[0],
            end_line=line_starts[-1],
            kind=RefKind.REPORT,
            title=record[0],
            year=record[1],
            year_raw=str(record[1]),
            language=f.detect_language(text),
        )
    if note and _locus_note(text):
        # "Thuc. 2.41.5.", "Augustin, De Genesi ad litteram V, 5, 12 (PL 34, 325).", "KB 135
        # G 19, fol. 196v.": a canonical passage or a manuscript alone, a work with no fields
        # a list would hold (:mod:`bibcheck.parse.references.locus`)
        return Reference(
            raw=text,
            line=line_starts[0],
            end_line=line_starts[-1],
            kind=RefKind.UNKNOWN,
            language=f.detect_language(text),
        )
    if note:
        # ("*See, e.g.*, Fair Credit Reporting Act, 15 U.S.C. § 1681n": an italic signal)
        signal = italic_signal_end(text)
        start, commentary = (signal, False) if signal else citation_start(text)
        # "Prose sentences. For example, see: X, *Title*, ..." (not "Spokeo, Inc. v. Robins,
        # 578 U.S. 330": a case's name, whose "Inc." ends no sentence)
        if not (start or commentary) and not legal.cites_authority(text):
            start = after_lead_in_prose(text)
        # ("Fair Trading Act 1987 (NSW) s 48": a statute, read by the legal parser; "BVerfG,
        # Urt. v. 16.2.2023 – 1 BvR 1547/19": a decision; "STC 58/2018, de 4 de junio": a
        # civil-law court's decision by its number)
        if (
            commentary
            and not _cites_law(text)
            # ("BnF, NAF 23662, f° 41.", "SächsHStA, 10026 Geheimes Kabinett, Loc. 894/5,
            # Bl. 12r.": a file in an archive, a work cited, if unpublished)
            and not archival_file(text)
        ):
            # (an interview the author held keeps its date's year)
            held = fieldwork_year(text)
            return _named_in_prose(
                Reference(
                    raw=text,
                    line=line_starts[0],
                    end_line=line_starts[-1],
                    kind=RefKind.COMMENTARY,
                    year=held,
                    year_raw=None if held is None else str(held),
                    language=f.detect_language(text),
                    # (a note on where the author's data are deposited keeps the link)
                    url=deposit_link(text) or supplement_link(text),
                )
            )
        blanked_before = _LEAD_INS_BLANKED.get()
        if start and blanked_before < _MOST_LEAD_INS:
            # The lead-in is blanked, not cut, so that line numbers stay right (a link target
            # in it, of linked words, is kept: the work's link).
            blanked = _blank_lead_in(text[:start]) + text[start:]
            token = _LEAD_INS_BLANKED.set(blanked_before + 1)
            try:
                again = parse_reference(
                    blanked, line_starts, detect_styles=detect_styles, note=True
                )
            finally:
                _LEAD_INS_BLANKED.reset(token)
            return _named_in_prose(dataclasses.replace(again, raw=text))
    elif list_note(text):
        # a numbered list's note: "See the Supporting Information, Table S3." (its link
        # kept: "See Supplemental Material at [URL] for …")
        return Reference(
            raw=text,
            line=line_starts[0],
            end_line=line_starts[-1],
            kind=RefKind.COMMENTARY,
            language=f.detect_language(text),
            url=supplement_link(text),
        )
    ref = _fields(text, line_starts, detect_styles, note=note)
    lowered = capitalised_names(text) if not ref.authors else None
    if lowered is not None and (ref.title or "").startswith(text[: lowered[1]]):
        # "rossi, anna (2019). Title", "anna rossi. Title.": names in lower case, taken for
        # the title; read with capitals, the names given back as written
        again = _fields(lowered[0], line_starts, detect_styles, note=note)
        written = names_as_written(again.authors, lowered[0], text, lowered[1])
        if written:
            ref = dataclasses.replace(again, raw=text, authors=written)
    if repeats_author(text) and (ref.authors or ref.title is None or ref.style == "generic"):
        # "———. Report of the Board of Health. Leeds: …": the dash stands for the names, so
        # what follows it is the title, never a name; read as if a name were written there
        # (so too an author-date entry, "———. 2008. Title, 1650 to …": read without the
        # names it has no title, and its year may be taken from the title; and an entry no
        # style read without its names, "———. “Title.” In Book …", read as its neighbours)
        named = _fields(named_dash(text, _DASH_NAME), line_starts, detect_styles)
        if (ref.authors or named.title is not None) and (
            ref.style != "generic" or ref.authors or ref.title is None or named.style != "generic"
        ):
            ref = dataclasses.replace(named, raw=text, authors=())
    edition = ancient_edition.ancient_edition(text)
    if edition is not None and (not ref.authors or ref.authors == (edition.author,)):
        # "Lysias. Lysiae orationes cum fragmentis, ed. C. Carey. Oxford, 2007.": an edition
        # under its ancient author's one name, a book
        ref = dataclasses.replace(
            ref, authors=(edition.author,), title=edition.title, kind=RefKind.BOOK
        )
    quoted = quoted_edition(text)
    if quoted is not None:
        # "Ovid, *Tristia* 2.207. The Latin text is quoted from S. G. Owen, ed., *P. Ovidi
        # Nasonis Tristium …* (Oxford: Clarendon Press, 1915).": the edition is the work
        ref = dataclasses.replace(ref, title=quoted, kind=RefKind.BOOK)
    ref = _family_first_names(ref)
    # ("Imre Samu 1971. A mai magyar …": a Hungarian work's names family name first,
    # :mod:`.hungarian_order`)
    ref = hungarian_order.in_hungarian_order(ref)
    dutch = tuple(dutch_particle_first(a, text) for a in ref.authors)
    if dutch != ref.authors:
        # "Vries, Jan de": a Dutch "de" after the given names is the family name's
        ref = dataclasses.replace(ref, authors=dutch)
    return _named_in_prose(ref) if note else ref


def _family_first_names(ref: Reference) -> Reference:
    """``ref`` with its names written family name first parted and inverted."""
    listed = tuple(
        name for a in ref.authors for name in family_first_list(without_others(a)) if name
    )
    if listed != ref.authors:
        # "Trần Minh Khoa, Lê Thị Hồng. Title": Vietnamese full names parted by commas are
        # several authors, not one inverted name ("Smith, John et al (2019)": "et al." is
        # no part of the last name); Hungarian ones parted by a dash ("Kovács János –
        # Szabó Éva (2010):")
        ref = dataclasses.replace(ref, authors=listed)
    inverted = tuple(family_first_inverted(a) for a in ref.authors)
    if inverted != ref.authors:
        # "Nguyễn Thị Lan & Phạm Văn Hùng (2021)": Vietnamese names are written family name
        # first; given as "Nguyễn, Thị Lan", as BibTeX and library catalogues write them
        ref = dataclasses.replace(ref, authors=inverted)
    return ref


def _named_in_prose(ref: Reference) -> Reference:
    """``ref`` (a note read with no author) as the work its prose names, when it names one:
    "Usp. i poeziju Miroslava Krleže *Balade Petrice Kerempuha* (1936)." cites Krleža's book
    (:mod:`bibcheck.parse.references.prose_named`)."""
    if ref.kind not in (RefKind.UNKNOWN, RefKind.COMMENTARY):
        return ref
    # "…; I follow the agency's summary report *Title* (Prague, 1998), which …": the work
    # the prose names by its kind, the prose no part of its title nor its authors
    work = genre_named(ref.raw)
    if work is not None and all(work.word in a for a in ref.authors):
        return dataclasses.replace(
            ref,
            kind=work.kind,
            authors=(),
            title=work.title,
            year=work.year,
            year_raw=str(work.year),
        )
    if ref.authors:
        return ref
    named = named_in_prose(ref.raw)
    if named is None:
        # "… and Anna Lindqvist's reading of them in “Title,” 130.": the marked title (the
        # one read, or the prose read as one around it) by the author named in the possessive
        owner = possessive_author(ref.raw)
        if owner is not None and title_key(owner[1]) in title_key(ref.title or owner[1]):
            return dataclasses.replace(ref, authors=(owner[0],), title=owner[1])
        return ref
    return dataclasses.replace(
        ref,
        kind=RefKind.BOOK,
        authors=(named.author,),
        title=named.title,
        year=int(named.year),
        year_raw=named.year,
    )


# a name in the place of the repeated-author dash, so that the entry reads as its neighbours do
_DASH_NAME = "Dash, Name"


def _film_by_credit(ref: Reference, text: str) -> Reference:
    """``ref`` as the film ``text`` lists with its director's credit (see
    :mod:`.credited_film`): its title, its director the author, ``web``."""
    if ref.host or ref.doi:
        return ref
    # ("*Title*, directed by Name (Place: Studio, 1947), film.": :mod:`.imprinted_film`)
    film = credited_film.credited_film(text) or imprinted_film.imprinted_film(text)
    if film is None:
        return ref
    return _read_whole(
        ref, RefKind.WEB, (film.director,), film.title, film.year, film.studio, film.place
    )


def _collection_by_title(ref: Reference, text: str) -> Reference:
    """``ref`` as the collective book ``text`` lists under its title with its editor after
    it (see :mod:`.title_editor`): no authors, a book with its imprint."""
    if ref.host or ref.doi or ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return ref
    book = titled_collection(text)
    if book is None:
        return ref
    whole = _read_whole(ref, RefKind.BOOK, (), book.title, book.year, book.publisher, book.place)
    return dataclasses.replace(whole, editors=book.editor_names)


def _read_whole(
    ref: Reference,
    kind: RefKind,
    authors: tuple[str, ...],
    title: str,
    year: int,
    publisher: str | None,
    place: str | None,
) -> Reference:
    """``ref`` with the fields a reading of the whole entry gave (a film by its credit, a
    collective book by its title): they replace those the reading by pieces gave."""
    return dataclasses.replace(
        ref,
        kind=kind,
        authors=authors,
        title=title,
        year=year,
        year_raw=str(year),
        publisher=publisher,
        place=place,
    )


def _manuscript_by_shelfmark(ref: Reference, text: str) -> Reference:
    """``ref`` as the manuscript ``text`` cites by city, library and shelfmark (see
    :mod:`.city_shelfmark`), ``unknown`` with its description's title and year only."""
    if ref.url or ref.doi or ref.host:
        return ref
    cited = cited_manuscript(text)
    if cited is None:
        return ref
    return dataclasses.replace(
        ref,
        kind=RefKind.UNKNOWN,
        authors=(),
        title=cited.title,
        year=cited.year,
        year_raw=str(cited.year) if cited.year else None,
        publisher=None,
        place=None,
        pages=None,
        volume=None,
        issue=None,
    )


def _issue_or_document(ref: Reference, text: str) -> Reference:
    """``ref`` titled by what it cites when that is an issue of a newspaper as a whole
    ("Luxemburger Wort, 27. September 1866, 2.", "Luxemburger Wort, August–Oktober 1866.":
    the paper, not its date) or a document in an archive ("Archives nationales …, H-0123,
    Registre des entrées …, fol. 12r.": the document, not its repository and shelfmark)."""
    source = archive_document(text) or newspaper_article(text)
    if source is not None and source.title != ref.title:
        # a post-Soviet archive's file or a newspaper's article by its own title (and year)
        year = source.year if source.year is not None else ref.year
        return dataclasses.replace(
            ref, title=source.title, authors=(), year=year, year_raw=str(year) if year else None
        )
    paper = newspaper_issue_title(text)
    if paper is not None:
        # (an issue of a newspaper cited by its date: an article of it, unnamed)
        return dataclasses.replace(ref, title=paper, authors=(), kind=RefKind.ARTICLE)
    item = dated_archival_item(text)
    if item is not None and item[0] != ref.title:
        title, year = item
        ref = dataclasses.replace(ref, title=title, authors=())
        if ref.year is None and year is not None:
            # ("…، کراچی۔ فائل 12، ’Title‘، 1981۔": the document's year after its title, which
            # the reading had taken into the title)
            ref = dataclasses.replace(ref, year=year, year_raw=str(year))
    if ref.year is None and ref.title and archive_file(text):
        # ("Протоколы заседаний … за 1865 г. // НА РТ. Ф. 977. Оп. 1. Д. 1527.": the file's
        # year the one its title says it covers, :mod:`.gost_sources`)
        year = covered_year(ref.title)
        if year is not None:
            ref = dataclasses.replace(ref, year=year, year_raw=str(year))
    if archival_file(text) and ref.kind in _NOT_ARCHIVAL and not digitised_page(ref, text):
        # (a file or manuscript in an archive, unpublished: no book, article or chapter;
        # the web page of its digitised copy is a web page)
        return dataclasses.replace(ref, kind=RefKind.UNKNOWN)
    if ref.kind is RefKind.REPORT and archival_report.unprinted(ref, text):
        # ("A. B. Reader, inspector's report, 2 May 1921, British Library, …, IOR Corr
        # 1921/407": a report kept in an archive, never printed, :mod:`.archival_report`)
        return dataclasses.replace(ref, kind=RefKind.UNKNOWN)
    return ref


def _own_first(urls: Sequence[ParsedUrl]) -> tuple[list[ParsedUrl], str | None]:
    """``urls`` with the work's own address first, and its archived copy, when the entry
    names one (:mod:`.archived`): the copy is no ``url`` of the work."""
    own, copy = own_and_copy([u.url or u.raw for u in urls])
    if own is None:
        return _record_last(urls), None
    written = next((u for u in urls if (u.url or u.raw) == own), None)
    first = written or ParsedUrl(raw=own, url=own, display=own)
    return [first, *(u for u in urls if u is not written)], copy


def _record_last(urls: Sequence[ParsedUrl]) -> list[ParsedUrl]:
    """``urls`` with the work's own address before a registry's record of it ("… doi:…
    PubMed: https://pubmed.ncbi.nlm.nih.gov/123/ Full text: https://journal.org/…"): the
    record names the PMID, the work is at its own address (the record stays a link)."""
    if not urls or not names_registry_record(urls[0].url or urls[0].raw):
        return list(urls)
    own = next((u for u in urls if not names_registry_record(u.url or u.raw)), None)
    if own is None:
        return list(urls)
    return [own, *(u for u in urls if u is not own)]


# (the kinds a film's entry, headed by its director, is read as by its shape)
_FILM_READ_AS = (RefKind.BOOK, RefKind.UNKNOWN, RefKind.REPORT)
# (a standard read as a book, a web page or of unknown kind is a report)
_STANDARD_READ_AS = (RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB)

_NOT_ARCHIVAL = frozenset(
    {RefKind.ARTICLE, RefKind.BOOK, RefKind.CHAPTER, RefKind.COMMENTARY, RefKind.WEB}
)


def _fields(
    text: str, line_starts: Sequence[int], detect_styles: bool, *, note: bool = False
) -> Reference:
    """The fields of ``text``, a citation (no lead-in, no commentary); a labelled DOI no DOI
    can be is reported, in a note or a list's entry of any reader (one the LaTeX reader
    reported from the source already is dropped by :mod:`bibcheck.manuscript`)."""
    extraction = extract_urls(text, line_starts)
    # (an index's search for the work, a "Google Scholar" button's link: no address of it)
    urls = [u for u in extraction.urls if not is_lookup(u.url or u.raw)]
    # A stray ". " before the first word (a PDF artifact) is not part of the title.
    # ("——. Title": the repeated author's dash, see :mod:`.same_author`)
    rest = _LEADING_JUNK.sub("", without_dash(extraction.rest))
    # Markdown escapes ("\$3.5 billion") are not part of any field.
    rest = _MD_ESCAPE.sub(r"\1", rest)
    # "Tehran: Māhur, 1372 Sh./1993": the Common Era year beside the Hijri one is the year
    rest = common_era_year(rest)
    # the labels of links after the entry, their addresses cut out ("… 2011. [DOI <url>]
    # [PubMed <url>]", a catalogue page's buttons): not part of the entry's text
    rest = _without_link_labels(rest)
    # the buttons' words copied with the entry ("… (2010). Article PubMed Google Scholar")
    # and PubMed's "Epub 2018 Nov 5.": no part of the entry's fields
    rest = without_link_row(rest)
    # "Ann Author (@annauthor), "Text," X, …": the handle is no part of the name
    rest = without_handle(rest)
    if own_and_copy([u.url or u.raw for u in urls])[1] is not None:
        rest = without_lead_in(rest)  # "…, archived at <copy>": no title

    access = f.find_access_date(rest) or f.access_after_url(text, rest)
    if access is not None:
        rest = _cut(rest, access.start, access.end)
    found_doi = f.find_doi(rest)
    if found_doi is not None:
        rest = _cut(rest, found_doi[1], found_doi[2])
    doi = found_doi[0] if found_doi else _doi_of_urls(urls)
    doi_note = _refused_doi(doi, text, line_starts)
    if doi_note is not None:
        doi = None
    elif doi is None:
        doi_note = _resolver_doi_note(urls, text, line_starts)
        labelled = _labelled_doi_note(rest, text, line_starts) if doi_note is None else None
        if labelled is not None:
            doi_note, rest = labelled

    # (a PubMed or PMC record of the work is no sign of a web page)
    web = any(
        f.doi_from_url(u.url or u.raw) is None and not names_registry_record(u.url or u.raw)
        for u in urls
    )
    # With detection on, a style parser may claim a reference that merely has an
    # "[Online]" designation; GOST's area separators and host mark keep it GOST.
    # Without detection, a footnote or entry in the shape of a Chicago or Bluebook note or
    # a German reference is still read by that parser: the generic one cannot read "John
    # Smith, Title (Place: ...)" or "Böick, Marcus (2018): Title, Ort: Verlag".
    patented = patent.parse(text, rest, line_starts)
    # ("Persian entry. [Its rendering in Russian / GOST.]": the entry's own style decides)
    own_style = without_parallel(rest)
    styled = (
        parse_styled(text, rest, line_starts, web, notes_only=not detect_styles)
        if not _gost_shaped(own_style) and patented is None
        else None
    )
    if patented is not None:  # "US 9,412,875 B2 (Halvorsen, E. et al.), Title, 16 August 2016"
        ref = patented
    elif styled is not None and detect_styles and may_have_swallowed_names(styled):
        ref = better(styled, generic.parse(text, rest, line_starts, has_web_url=web))
    elif styled is not None:
        ref = styled
    elif gost.looks_gost(own_style) or gost.dashless_article(own_style):
        # (a DSTU 8302 article without dashes or "//": "Title. Journal. 2010. № 2. С. 5–9")
        ref = gost.parse(text, rest, line_starts, has_url=bool(urls))
    else:
        ref = generic.parse(text, rest, line_starts, has_web_url=web)
        # "Name, Title (عنوان), trans. …": the parallel title in another script ends it
        ref = parallel_titled(ref, clean(rest))
        # 'Office of the Registrar General, India, "Title," …': the body's name goes on
        ref = quoted_after_name(ref)
    if ref.style != "german-law":  # "Lee, Kim, Jo Chen, *T,*" (a German note is read whole)
        ref = inverted_names.reread(ref, text, rest, line_starts, web)
    # 'Prof. E. Lindqvist, GEOG 310 Lecture 5 "Title", slides': the speaker the author
    ref = lead_person.lead_person(ref, clean(rest))
    # (a German legal note's fields are read whole: "BGH, Urt. v. …" names no author)
    if detect_styles and ref.style not in ("gost", "patent", "german-law"):
        # a journal and its numbering, a chapter's "In:", a book's facts the parser missed
        ref = refined(ref, clean(rest))
    if ref.style not in ("gost", "patent", "german-law"):
        # "Federal Highway Administration, Bridge Guide, Report FHWA-…": an organisation
        # (a decision titled by its parties names none: "Commissione europea c. Repubblica
        # d'Austria" is no body and its title)
        ref = corporate.corporate(ref) if ref.style != "court" else ref
        # "World Health Organization, 2019. Title.", "Statistisches Bundesamt (Hrsg.) (2021)"
        ref = dated_body(ref)
        # "Ministerio de Agricultura, Pesca y Alimentación. 2023. Title.": the comma in a
        # body's name no "Family, Given" (:mod:`.comma_body`)
        ref = comma_body.comma_body(ref)
        # "Ministère du Travail, de la Santé et des Solidarités. *Titre*. Paris, 2024.": the
        # same, the title after the name (:mod:`.comma_body_titled`)
        ref = comma_body_titled.reread(ref, note=note)
        # "Robert Koch-Institut und Friedrich-Loeffler-Institut, Title …": two bodies
        ref = generic.joined_bodies(ref)
        # "Names, Title, US Patent 10,384,212 B2, 2019": a patent named after its title
        ref = patent.titled_first(ref, rest)
        # "Names, Title, Brevetto europeo EP 3 456 789 B1, 2020": in the words of its language
        ref = named_patent(ref, rest)
        # "Names, inventors; Body, assignee. Title. US patent …": the roles say who
        ref = rolepatent.reread(ref, clean(rest))
        # "*Title*. (1851). London: Groombridge.": a work without author, its title first
        ref = titlefirst.reread(ref, clean(rest))
        # "*Title*. (n.d.). Retrieved …, from https://…": an online work without author
        ref = titlefirst_web.reread(ref, clean(rest), web)
        # "Title. IARC Monographs on …, Vol. 77.": the series statement is no title
        ref = seriestail.cut(ref)
        # "World Health Organization. Title [Internet]. Geneva: WHO; 2020 [cited …]": a page
        ref = organisation_page(ref, web)
        # 'J. Doe, “Title,” Acme Blog, 2016. [Online]. Available: …': a web page
        page = next((u.url or u.raw for u in urls if f.doi_from_url(u.url or u.raw) is None), "")
        ref = web_page(ref, web, access is not None, page)
        # "Bildarchiv X: Title, Aufnahme 1931, <url>": a photograph online, no book
        ref = photo_record.photo_kind(ref, clean(rest), web)
        # a post, a video or an episode on its platform's own address: a web resource
        ref = platform_post(ref, page)
        # "la scheda Il Lazzaretto di Milano sul sito del Comune, <url>": the page's name
        named_page = page_title(ref.title) if web and ref.title else None
        if named_page is not None:
            ref = dataclasses.replace(ref, title=named_page)
        # "Title. In: epravo.cz [online]. 12. 5. 2014. Dostupné z: …": a website's page
        ref = caps.online_page(ref, web)
        # "ÚŘAD. Title [online]. Praha: ČSÚ, 2022 [cit. …]. Dostupné z: …": a page, no book
        ref = caps.online_title_page(ref, web)
        # "NAME, J. Title. iDNES.cz [online]. 10. 1. 2023.": a newspaper's article online
        ref = caps.online_serial_article(ref) if ref.style == "caps" else ref
        # "BRASIL. Ministério. *Painel*: dados. Brasília: Ministério. Disponível em: …. Acesso
        # em: …": undated, a site online, no book (:mod:`.undated_online`)
        ref = undated_online.undated_online(ref, web, access is not None)
        # "ISO/IEC 27037:2012. _Title_. Geneva: ISO, 2012.": the designation is no title
        ref = _standard_titled(ref, clean(rest))
        # "SOU 1948:27, Title (Stockholm, 1948)": the inquiry's designation is no title
        ref = without_series_designation(ref)
        # "NBR 9050: Title", "Title. W3C Recommendation, 2018.": a standard or specification
        ref = as_specification(ref, clean(rest))
        # '"Title," IETF, RFC 9000', "Title, PN-EN 50160:2023-09", "CNR-DT 200 R1/2013,
        # Title", "Reference Manual": a standard, a specification, a manual
        ref = issued_document(ref, clean(rest))
        # "Regione Lombardia, Direzione Generale Istruzione, Title, …": the department no title
        ref = unit_skipped(ref, clean(rest))
        # "IETF RFC 3986, Berners-Lee, T., …, Masinter, L: Title", "Charles Heazel: Title.
        # OGC 19-072, …": a standards body's entry, its number no name nor title
        ref = numbered_documents.reread(ref, clean(rest))
    # "« Titre », Site, consulté le 2 mars 2026, https://…": a French note's page online, no
    # book (:mod:`.french_web`)
    ref = french_web.web_page(ref, text, web)
    if ref.style not in ("patent", "german-law"):
        # "Title. PhD thesis, University of Oslo, 2012": a thesis, its university no publisher
        ref = as_thesis(ref, clean(rest))
        # "Назва : підручник. Київ : Перун, 2004.": a textbook, the genre no part of its title
        ref = book_genre(ref)
        # "Title, report to Transport Committee, 20 April 2023", "Title, ETSI EN 300 220-2
        # V3.2.1, 2018": the report's addressee, the standard's number, no part of the title
        # ("Medieval Towns of the North, vol. 1: Foundations": the volume cited, no part of
        # it; a numbered series' volume, "Title. Studies in Hydrology, vol. 12", is taken off
        # with its series below)
        tailless = without_tail(ref.title)
        if not ends_in_series(tailless):
            tailless = without_volume(tailless)
        if tailless != ref.title:
            ref = dataclasses.replace(ref, title=tailless)
        # "Title. NICE guideline NG106. London: NICE, 2018.": the series, no part of it
        ref = without_series_sentence(ref)
    ref = _issue_or_document(ref, text)
    # "Yousaf H. NHS Recovery Plan 2021-2026 2021.": the year after the title, no part of it
    ref = without_trailing_year(ref, clean(rest))
    # "Title, 11.09.2019, https://…": the page's date after a comma, no part of the title
    ref = without_date(ref)
    # "Title [software]. Version 4.3.1.": the medium and the version are no part of the title
    ref = without_medium(ref)
    # "Title [Datensatz], Version 2, Zenodo 2022": the designator ends the title
    # (:mod:`.bracketed_medium`)
    ref = bracketed_medium.title_before_medium(ref)
    # "Ferrovie Nord Milano. Storia della linea [Internet]. …": the body no title
    ref = bodied_page.body_page(ref)
    # "Real decreto che … . Palermo, 4 marzo 1841. In: Collezione …": the heading the title
    ref = placedated_act.placedated_act(ref)
    # "Title. Rev Gaucha Enferm. No prelo.", "Title. Submitted to J Adv Nurs.": an article
    ref = pending_article(ref, clean(rest))
    # "Brasil. Ministério da Saúde. Portaria nº 529, de 1º de abril de 2013.": an act
    ref = prefixed_act(ref, clean(rest))
    # "Body. Title. Series Name, vol. 1, solution 3. Place: Body; 2007.": the series is no title
    ref = without_series(ref)
    # "*Title* [Video]. YouTube.", "*Title* (Tech 3285). EBU.": what the entry says it is
    ref = described_kind(ref, access is not None, bool(urls))
    # "The British National Corpus, version 3 (BNC XML Edition). 2007. Distributed by …",
    # "*Czech National Corpus – SYN2020*. Prague: Institute …. https://…": a corpus served
    # online is a data set, no book (:mod:`.corpus_resource`)
    ref = corpus_resource.corpus_kind(ref, has_url=bool(urls), accessed=access is not None, doi=doi)
    if not ref.editors and ref.kind in (RefKind.BOOK, RefKind.REPORT):
        # "Paolo Bianchi (a cura di), Titolo, …", "Schmidt, Peter (Hg.): Titel, …": the
        # head's names edited the book -- its editors too (:func:`.role_marks.head_editors`)
        edited = role_marks.head_editors(clean(rest), ref.authors)
        ref = dataclasses.replace(ref, editors=edited) if edited else ref
    # '"Title," Lucknow, Rep., 2023. [Online].': IEEE's report, of the year after "Rep."
    ref = ieee_report.ieee_report(ref, clean(rest))
    # '"Title," Dainik Jagran (Varanasi), 14 Nov. 2022. [Online].': a newspaper's article
    ref = newspaper_dated(ref, clean(rest))
    if ref.style not in ("patent", "german-law"):
        # "Agency. Method 445.0: Title. …": the body's numbered method, the body its author
        ref = method_titled(ref, clean(rest))

    own_urls, archive = _own_first(urls)
    first = own_urls[0] if own_urls else None
    ref = dataclasses.replace(
        ref,
        links=other_links(own_urls),
        url=first.url if first else None,
        url_raw=first.raw if first else None,
        url_display=first.display if first else None,
        archive_url=archive or ref.archive_url,
        access_date=access.value if access else None,
        access_date_raw=access.raw if access else None,
        doi=doi,
        language=f.detect_language(rest),
    )
    anomalies = list(extraction.anomalies) + list(ref.anomalies)
    if doi_note is not None:
        anomalies.append(doi_note)
    if access is not None and access.value is None:
        anomalies.append(
            Anomaly(
                AnomalyCode.ACCESS_DATE_INVALID,
                f"access date {access.raw!r} is not a real calendar date",
                line=f.line_of(text, line_starts, access.raw),
            )
        )
    missing = _url_missing(ref, rest)
    if missing is not None:
        anomalies.append(missing)
    if ref.title is None and not urls and ref.year_raw is None and doi is None:
        anomalies.append(
            Anomaly(
                AnomalyCode.REFERENCE_UNPARSED,
                "no title, URL, year or DOI could be read from the reference",
                line=ref.line,
            )
        )
    ref = _titled_by_link(ref, first.raw if first else "")
    # "[Title](https://doi.org/…). Journal of X, 1998.": an article of the journal
    ref = _published_after_link(ref, first.raw if first else "")
    if ref.style not in ("patent", "german-law"):
        # a body's own publication, an act, slides or code: the kind the fields give
        ref = source_kind(ref)
        # "ICOMOS: Internationale Charta über …, Venedig 1964": a body's charter, a report
        ref = charter_kind.charter_kind(ref)
        # "English Heritage. Conservation Principles … London: English Heritage; 2008.": a
        # body's own guidance, policy or plan, a report: :mod:`.self_issued`
        ref = self_issued.self_issued(ref)
    ecli = _ECLI.search(rest)
    if ecli is not None:  # "ECLI:NL:HR:2019:2007": the decision's year, not a case number
        year = int(ecli.group("year"))
        ref = dataclasses.replace(ref, year=year, year_raw=ecli.group("year"))
    amended = _AMENDED.search(rest)
    if (
        amended is not None
        and ref.year_raw == amended.group("later")
        and _REPRINT_EDITION.search(amended.group(0)) is None
    ):
        # "Tel Aviv, 1995 (incl. amendment 5, 2013)": the work's year, not its amendment's
        ref = dataclasses.replace(
            ref, year=int(amended.group("year")), year_raw=amended.group("year")
        )
    edition = cited_edition_year(rest, ref.year_raw)
    if edition is not None:
        # "Milano, Cortina, 2002 (ed. or. Paris, Seuil, 1999)", "[1922] 1978": the year of
        # the edition cited, not its original's (:mod:`.original_edition`)
        ref = dataclasses.replace(ref, year=int(edition), year_raw=edition)
    if ref.year is None and ref.year_raw is None:
        adopted = _ACT_DATE.search(rest)
        if adopted is not None:  # "Постановление ... от 10.12.2019 № 53", "Gesetz vom 17.06.1990"
            ref = dataclasses.replace(
                ref, year=int(adopted.group("year")), year_raw=adopted.group("year")
            )
        elif (titled := period_year(ref.title)) is not None:
            # "Adopted Budget, Fiscal Year 2017" cited with no date of its own: that year's
            ref = dataclasses.replace(ref, year=int(titled), year_raw=titled)
    ref = dataclasses.replace(
        ref,
        title=_without_year(ref),
        authors=iberian(ref.authors, rest),
        anomalies=tuple(anomalies),
    )
    return _early_printed_year(_calendar_year(ref, text), rest)


# The work's year, then in parentheses a later amendment, revision or reprint with its own:
# "1995 (amendment 5, 2013)", "1995 (כולל גיליון תיקון 5, 2013)", "2001 (repr. 2015)",
# "2010 (Änderung 2018)" (the remark's word is read: no other year in parentheses)
_AMENDED = lazy_compile(
    r"(?<!\d)(?P<year>(?:1[5-9]|20)\d\d)\.?\s?\("
    r"(?=[^()]{0,40}?(?i:amend|incl|revis|rev\.|repr|updat|correct|corr\.|änder|nachdr|réimpr"
    r"|modif|enmienda|reimpr|nowel|תיקון|כולל|עדכון|تعديل|معدل))"
    r"[^()\d]{0,60}?(?:\d{1,3}[^()\d]{1,20}?)?(?P<later>(?:1[5-9]|20)\d\d)(?!\d)[^()\d]{0,20}\)"
)


# ... but a reprint with an imprint of its own is another edition, the one the note cites:
# "Poznań 1929 (reprint: Poznań 2009)", "Madrid 1850 (reimpr. Valladolid 1995)"
_REPRINT_EDITION = lazy_compile(
    r"\((?i:reprint|repr\.|przedruk|reedycja|reimpr\.?|reimpresión|réimpr\.?|nachdr\.?"
    r"|nachdruck)\s?:?\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+(?:[–-][\w-]+)?,?\s(?:1[5-9]|20)\d\d\)"
)


# the first sentence of an entry, a body's name with no full stop inside
# (a note joins the body to the designation with a comma: "Instituto Português da Qualidade,
# NP EN 1997-1:2010, *Title* (Caparica: IPQ, 2010)")
_ISSUER_SENTENCE = lazy_compile(r"^(?P<body>[^\W\d_][^.,;:()]{2,120}?)[.,]\s")
# a note's imprint in parentheses after the title: "(Caparica: IPQ, 2010)"
_IMPRINT_PARENS = lazy_compile(r"\s\([^()]{0,120}(?:1[5-9]|20)\d\d\)$")


def _standard_titled(ref: Reference, rest: str) -> Reference:
    """A standard cited by its designation first (:func:`.italic_titled.leading_standard`)
    whose designation was read as its title (whole, in part, or with the title after it):
    the title is what follows the designation, no author is the designation, and the work
    is a report, as a standard cited title first is."""
    # ("DIN 1045:1972-01, Title. Subtitle, Berlin 1972, Abschn. 13.2": the title runs to the
    # place and year, :mod:`.designated_imprint`)
    imprinted = designated_imprint.titled(rest)
    # ("SFS-EN ISO 17892-4:2016. Series. Subject. Osa 4: Part. Helsinki: SFS.": the title's
    # parts run to the imprint, :mod:`.standard_parts`)
    parts = None if imprinted is not None else standard_parts.titled(rest)
    if parts is not None:
        imprinted = (parts.designation, parts.title, parts.year)
    found = imprinted or leading_standard(rest)
    if found is None and ref.authors:
        # ("International Organization for Standardization. ISO 748:2021. Title. Geneva:
        # ISO; 2021.": the issuing body heads the entry, then the designation and the title)
        body = _ISSUER_SENTENCE.match(rest)
        if body is not None and body.group("body") == ref.authors[0].strip(" ."):
            after = rest[body.end() :]
            found = leading_standard(after)
            if found is not None and body.group(0).endswith(", "):
                # (joined by a comma, the designation is parted from the title by a comma
                # too: "Body, NP EN 1997-1:2010, *Title*"; "CEN, EN 1337-3: Title" is titled
                # by its designation)
                found = found if after.startswith(f"{found[0]},") else None
    if found is None:
        return ref
    designation, title, year = found
    title = _IMPRINT_PARENS.sub("", title)
    read = (ref.title or "").strip(" .,;:*_")
    same = read == title.strip(" .,;:*_")
    # (the title read to its first full stop, or on into the imprint: the same title)
    cut = imprinted is not None and (title.startswith(read) or read.startswith(title))
    # ("ČSN EN 1997-1. Eurokód 7: Title. Praha, ČNI, 2006.": a head read as the names
    # before a colon, the designation among them, is no author -- the title's parts and the
    # imprint are the standard's, :mod:`.standard_parts`)
    misread = parts is not None and any(a.startswith(designation) for a in ref.authors)
    if misread:
        ref = dataclasses.replace(ref, place=None, publisher=None)
    elif (
        read and not same and not cut and not (read in designation or read.startswith(designation))
    ):
        return ref  # (another title was read: not ours to judge)
    kind = ref.kind
    if kind in (RefKind.BOOK, RefKind.UNKNOWN):
        kind = RefKind.REPORT
    if ref.publisher is None and parts is not None:
        ref = dataclasses.replace(ref, place=ref.place or parts.place, publisher=parts.publisher)
    elif ref.publisher is None and (imprint := imprint_after(rest, title)) is not None:
        # ("… Title. IEEE, 2018.", "… Title. Geneva: ISO, 2019.": the issuing body)
        ref = dataclasses.replace(ref, place=ref.place or imprint[0], publisher=imprint[1])
    if (
        ref.year is not None
        and ref.year_raw
        and ref.year_raw in designation
        and not any(f"{c}{ref.year_raw}" in designation for c in ":-–")
    ):
        # ("DIN 1505-2 Titel …": a year read in the designation's number is none; its year
        # follows a colon or a hyphen, "DIN 1505-2:1984")
        ref = dataclasses.replace(ref, year=None, year_raw=None)
    return dataclasses.replace(
        ref,
        title=title,
        authors=tuple(a for a in ref.authors if a.strip(" .,") not in designation and not misread),
        year=ref.year if ref.year is not None else year,
        year_raw=ref.year_raw if ref.year is not None or year is None else str(year),
        kind=kind,
        # (the designation the standard's number, as written)
        # (the designation the standard's number, as written, without its closing stop)
        number=ref.number or designation.rstrip(" .,;:"),
    )


_LINK_TARGET = lazy_compile(r"(<(?:https?|ftp)://[^\s<>]+>)", re.I)


def _blank_lead_in(lead: str) -> str:
    """``lead`` in spaces (line breaks kept), but for the link targets of linked words."""
    parts = _LINK_TARGET.split(lead)
    return "".join(p if i % 2 else re.sub(r"[^\n]", " ", p) for i, p in enumerate(parts))


def _as_written(ref: Reference, read: str, written: str) -> Reference:
    """``ref``'s text fields as ``written`` has them, where ``read`` (the same text, one
    character for one) holds them."""

    def back(value: str | None) -> str | None:
        if not value:
            return value
        at = read.find(value)
        return written[at : at + len(value)] if at >= 0 else value

    return dataclasses.replace(
        ref,
        title=back(ref.title),
        host=back(ref.host),
        publisher=back(ref.publisher),
        place=back(ref.place),
        authors=tuple(back(a) or a for a in ref.authors),
    )


# Years of other calendars, written as such: the Islamic (Hijri, lunar and solar) years
# of Arabic and Persian references, the Buddhist era of Thai ones ("2530" is 1987 CE).
_ARABIC_SCRIPT = lazy_compile(r"[\u0600-\u06ff]")
_THAI_SCRIPT = lazy_compile(r"[\u0e00-\u0e7f]")


def _calendar_year(ref: Reference, text: str) -> Reference:
    """A year outside 1500..2100 that is a Hijri year in an Arabic-script reference
    (1200..1500) or a Buddhist-era year in a Thai one (2400..2700) is a year, as written,
    and no malformed field."""
    if ref.year is not None or not ref.year_raw or not ref.year_raw.strip().isdigit():
        return ref
    value = int(ref.year_raw.strip())
    hijri = 1200 <= value < 1500 and _ARABIC_SCRIPT.search(text) is not None
    buddhist = 2400 <= value <= 2700 and _THAI_SCRIPT.search(text) is not None
    if not (hijri or buddhist):
        return ref
    kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.YEAR_MALFORMED)
    return dataclasses.replace(ref, year=value, anomalies=kept)


# An early printed book's imprint year (1450..1499, before the years a year field reads
# otherwise): only where an imprint writes it, after a place and a printer at the end
# ("Venetiis: Nicolaus Jenson, 1472.") or a place in parentheses ("(Venetiis 1472)",
# "(Mainz: Schoeffer, 1462)"); a page or a number of these digits stays none
_EARLY_IMPRINT = lazy_compile(
    r":\s?[^\W\d_][^,:;()\d]{1,80},\s(?P<end>14[5-9]\d)\.?\s*$"
    r"|\((?-i:[A-Z])[^\W\d_]+(?:\s[^\W\d_]+)?(?::\s?[^\W\d_][^,:;()\d]{1,80},)?\s(?P<paren>14[5-9]\d)\)"
)


def _early_printed_year(ref: Reference, rest: str) -> Reference:
    """A reference with no year whose imprint is dated 1450..1499 (an incunable: printing
    with movable type began about 1450) has that year."""
    if ref.year is not None:
        return ref
    m = _EARLY_IMPRINT.search(" ".join(rest.split()))
    if m is None:
        return ref
    raw = m.group("end") or m.group("paren")
    if ref.year_raw and ref.year_raw.strip() != raw:
        return ref
    # (a parser that read the imprint's year called it out of range: it is not)
    kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.YEAR_MALFORMED)
    return dataclasses.replace(ref, year=int(raw), year_raw=raw, anomalies=kept)


_LINK_LABEL = lazy_compile(r"^\[(?P<label>[^\[\]]{3,300})\]\(")


def _titled_by_link(ref: Reference, link: str) -> Reference:
    """``Nordberg, Bengt, [Stadsspråk och dialektutjämning](url), Uppsala, 1985``: a
    Markdown link's text after the names is the title, what stands before it the authors."""
    m = _LINK_LABEL.match(link)
    label = m.group("label").strip(" *_") if m else ""
    title = ref.title or ""
    at = title.find(label) if len(label.split()) >= 2 else -1
    if at <= 0:
        return ref
    before = title[:at].strip(" ,.;:")
    if not before or len(before) > 120 or re.search(r"\d", before):
        return ref
    if not ref.authors and not names_before_link(title[:at]):
        return ref  # "Thanks to [Jane Roe for the idea](url)": prose, no author
    people = ref.authors or tuple(p.strip() for p in re.split(r"\s[&;]\s|;\s", before) if p)
    return dataclasses.replace(ref, title=label, authors=people)


# what follows a linked title: "… (https://doi.org/…). Journal of Sport Analytics, 2019."
_AFTER_LINK = lazy_compile(
    r"^\)?[.,]?\s(?P<host>[^\W\d_][^,.;:()\[\]]{2,120}?),\s(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.?$"
)


def _published_after_link(ref: Reference, link: str) -> Reference:
    """A title linked to its DOI, then a name and the year: the name is the periodical the
    work is an article of (``[Title](https://doi.org/…). Journal of X, 1998.``), or its
    publisher when the name says so (``… Cambridge University Press, 2004.``); a title
    linked to an ordinary page, then a name with no publisher word and the year, is a web
    page (``[Notes](https://example.org/n). Cricket Diary, 2016.``), no MLA book."""
    if ref.host or ref.kind not in (RefKind.UNKNOWN, RefKind.BOOK) or "](" not in link:
        return ref
    at = ref.raw.find(link)
    after = ref.raw[at + len(link) :].strip() if at >= 0 else ""
    m = _AFTER_LINK.match(after)
    if m is None:
        return ref
    name = m.group("host").strip()
    # a publisher other than that name was read from the entry itself: it stands; that
    # name as a book's publisher is only MLA's "Publisher, Year." ending, which a linked
    # title overrules
    if ref.publisher and (ref.kind is not RefKind.BOOK or ref.publisher != name):
        return ref
    if has_publisher_word(name):
        return dataclasses.replace(ref, kind=RefKind.BOOK, publisher=name)
    target = link[link.find("](") + 2 :]
    if f.doi_from_url(target.rstrip(")")) is None:
        # a title linked to an ordinary page: a web page of that site, no book
        if ref.kind is RefKind.BOOK:
            return dataclasses.replace(ref, kind=RefKind.WEB, publisher=None)
        return ref
    return dataclasses.replace(ref, kind=RefKind.ARTICLE, host=name, publisher=None)


_ECLI = lazy_compile(r"\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:(?P<year>\d{4}):[A-Z0-9.]{1,25}")
# The date a law, decree or judgment was made, when no other year is given.
_ACT_DATE = lazy_compile(
    r"\b(?:от|від|vom|v\.|of|du|del|z\s?dnia|ze\sdne)\s"
    r"(?:\d{1,2}[./]\d{1,2}[./]|\d{1,2}\.?\s[^\W\d_]{3,10}\.?\s)(?P<year>(?:1[6-9]|20)\d\d)\b"
)


_MONTH = "|".join(sorted(f.MONTHS, key=len, reverse=True))
# "June 30", "30 June": a date the title ends with
_DATED = lazy_compile(rf"(?:\b(?:{_MONTH})\.?\s\d{{1,2}}|\b\d{{1,2}}\s(?:{_MONTH}))$", re.I)


def _without_year(ref: Reference) -> str | None:
    """``Title, 2023`` -> ``Title`` when 2023 is the reference's own year written after
    an undelimited title (not "*Report for the Year Ended June 30, 1927*")."""
    title = _unquote(ref.title)
    if not title or not ref.year_raw or not title.endswith(f", {ref.year_raw}"):
        return title
    head = title[: -len(ref.year_raw) - 2]
    # (the title's digits as read: "वार्षिक अहवाल, १९१२" is written in Devanagari digits)
    raw = ref.raw if title in ref.raw else ascii_digits(ref.raw)
    at = raw.find(title)
    after = raw[at + len(title) : at + len(title) + 2] if at >= 0 else ""
    # the mark that closes the title, after the stop Chicago sets inside the quotation
    # marks ('"Annual Report, 1912."'): the year is the title's own
    closing = after[1:] if after[:1] in (".", ",") else after[:1]
    if _DATED.search(head) or closing in ("*", "_", "”", '"', "’", "»"):
        return title
    if at >= 0 and title_year.imprint_dates_again(raw[at + len(title) :], ref.year_raw):
        # ("Bitkisel Üretim İstatistikleri, 2023. … Ankara: TÜİK; 2023.": the imprint dates
        # the entry, the year before it is the title's, :mod:`.title_year`)
        return title
    if title_year.date_in_title(title, raw) is not None:
        return title  # ("Survey notebooks, Zomba, 1938. Zomba: Archives; S1/2/38.": its own)
    return head


def _unquote(title: str | None) -> str | None:
    """``"Political relations"`` -> ``Political relations`` (quotes around the whole
    title, as Wikipedia and Chicago write it); ``"Bellesbumprom" plans ...`` keeps them."""
    return unwrapped(title)


def _locus_note(text: str) -> bool:
    """Does the note cite only a canonical passage or a manuscript by its shelfmark (not a
    statute, a court's decision or a law report's volume and page, which read alike)?"""
    return locus_only(text) and not _cites_law(text)


def _cites_law(text: str) -> bool:
    """Does the note cite a statute, a court's decision or a law report ("Fair Trading Act
    1987 (NSW) s 48", "BVerfG, Urt. v. 16.2.2023 – 1 BvR 1547/19", "STC 58/2018, de 4 de
    junio", "R.A. No. 11232, art. 4." or "Pub. L. No. 117-58, § 3" by its number, ABNT's
    "SÃO PAULO (Município). Lei nº 16.050, de 31 de julho de 2014. Aprova …")?"""
    return (
        legal.recognised(text)
        or german_law.recognised(text)
        or legal_source(text)
        or cited_act(text)
        or jurisdiction_law(text)
        or court_dated.recognised(text)
        # ("「한국은행법」 제1조", "『日本銀行法』第1条": an East Asian act by its article)
        or cjk_law_article(text)
        # ("महाराष्ट्र शासन, … अधिनियम, 1966, कलम 21": the issuing government, then an act of
        # a script with no capitals by its title and year)
        or acts.issued_caseless_law(text) is not None
    )
