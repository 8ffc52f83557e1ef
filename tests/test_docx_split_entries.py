"""A reference entry typed over several Word paragraphs is one entry: the pure rule
(:func:`bibcheck.readers.entrysplit.continues_entry`) over lists of several styles, and a
Word document whose list has entries broken by Enter.  Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.entrysplit import continues_entry
from tests.test_reader_docx_lists import build, p, t

APA_NAMES = "Rowe, K. L., Obi, N., & Amari, T. (2019)."
APA_TITLED = "Ibsen, G. (2015). Sampling rare events in field surveys."
APA_BOOK = "Halloran, P. (2008). Archives of the tide (3rd ed.)."


@pytest.mark.parametrize(
    ("previous", "text"),
    [
        # APA: names and year, then the title and source in the next paragraph
        (APA_NAMES, "Working memory load and recall. Memory Studies, 4 (2), 11–19."),
        ("Varga, L. (2020a).", "Second-order effects: A reanalysis. Methods, 9, 1–8."),
        ("Kowal, A., & Dunne, S. (in press).", "Whole title here. Journal of Tests."),
        # a journal with its volume
        (APA_TITLED, "Quarterly Review of Methods, 7, 201–224. doi:10.1234/qrm.7.201"),
        (APA_TITLED, "Journal of Field Ecology, 31(4), e2201."),
        # a line broken inside the title
        ("Pereira, M. (2011). Counting birds in", "urban wetlands. Ibis, 3, 4–9."),
        ("Lindqvist A, Moreau P. Frailty in older", "surgical patients. Age Ageing. 2018;47:2."),
        # an address, a DOI, a retrieval note
        (APA_TITLED, "https://doi.org/10.1234/abcd"),
        (APA_TITLED, "doi:10.1234/abcd"),
        (APA_TITLED, "Retrieved from https://example.org/report"),
        ("Сидоров А. Б. Обзор методов. — 2019.", "URL: https://example.ru/obzor"),
        # a place and its publisher
        (APA_BOOK, "Leiden: Brill."),
        (APA_BOOK, "Boca Raton, FL: CRC Press."),
        ("Tolland, Mark. The Salt Roads.", "New York: Harbor House, 2004."),
    ],
    ids=[
        "apa-title",
        "apa-year-letter",
        "apa-in-press",
        "journal-volume",
        "journal-issue",
        "lower-case",
        "lower-case-vancouver",
        "url",
        "doi",
        "retrieved",
        "gost-url",
        "place-publisher",
        "place-state-publisher",
        "chicago-imprint",
    ],
)
def test_rest_of_an_entry(previous: str, text: str) -> None:
    assert continues_entry(previous, text)


@pytest.mark.parametrize(
    ("previous", "text"),
    [
        # APA entries one after another
        (APA_TITLED, "Rowe, K. L., & Amari, T. (2019). Working memory load. Memory, 4, 1–9."),
        (APA_NAMES, "Obi, N. (2018). Recall. Memory Studies, 3, 1–4."),
        (APA_NAMES, "World Health Organization. (2019). Falls. Geneva: WHO."),
        (APA_NAMES, "Dunne, S. (n.d.). An undated page. https://example.org"),
        (APA_TITLED, "van Dijk, J. (2016). Tide tables. Coastal Notes, 2, 3–4."),
        (APA_TITLED, "de la Cruz, M. (2012). Salt. Marine Chemistry, 5, 6–7."),
        (APA_TITLED, "d’Amato, L. (2010). Rivers. Hydrology, 1, 2–3."),
        (APA_TITLED, "hooks, b. (2000). Where we stand. New York: Routledge."),
        (APA_TITLED, "iNaturalist. (2021). Observations of wetland birds. https://example.org"),
        # Vancouver without numbers
        (
            "Lindqvist A, Moreau P. Frailty. Age Ageing. 2018;47(2):210-6.",
            "Okafor N. Anaemia after fracture. BMJ Open. 2020;10:e034512.",
        ),
        (
            "Okafor N. Anaemia after fracture. BMJ Open. 2020;10:e034512.",
            "van der Berg H, Smit J. Gait speed. Gait Posture. 2019;70:1-5.",
        ),
        # Chicago
        (
            "Tolland, Mark. The Salt Roads. New York: Harbor House, 2004.",
            "———. Rivers of Grain. Boston: Quay Books, 2009.",
        ),
        (
            "Tolland, Mark. The Salt Roads. New York: Harbor House, 2004.",
            "Vance, Ellen, and Ruth Ames. “Harbour Dues.” Maritime History 12 (2001): 4–19.",
        ),
        # corporate authors and a year after a comma
        (APA_TITLED, "World Bank, 2019. Global Outlook. Washington, DC."),
        (APA_TITLED, "National Statistics Office. Census tables. Valletta: NSO; 2021."),
        # GOST
        (
            "Иванов И. И. Теория выборок. – М.: Наука, 2010. – 200 с.",
            "Петров П. П. Обследования. – СПб.: Питер, 2015. – 120 с.",
        ),
        # a title-first entry after a complete one
        (APA_TITLED, "Statistical tables for field work. (1999). London: HMSO."),
        (APA_TITLED, "Beowulf: A New Verse Translation. New York: Norton, 2000."),
    ],
    ids=[
        "apa-next",
        "apa-after-names",
        "apa-corporate-after-names",
        "apa-nd-after-names",
        "particle-van",
        "particle-de-la",
        "particle-d",
        "lower-case-name",
        "camel-case-name",
        "vancouver",
        "vancouver-particle",
        "chicago-dashes",
        "chicago-next",
        "corporate-year",
        "corporate",
        "gost",
        "title-first",
        "title-colon",
    ],
)
def test_a_new_entry(previous: str, text: str) -> None:
    assert not continues_entry(previous, text)


def test_word_list_with_entries_split_over_paragraphs() -> None:
    entries = [
        "Ibsen, G. (2015). Sampling rare events in field surveys.",
        "Quarterly Review of Methods, 7, 201–224.",
        "Obi, N., &amp; Amari, T. (2019).",
        "Working memory load and recall. Memory Studies, 4 (2), 11–19.",
        "Pereira, M. (2011). Counting birds in",
        "",
        "urban wetlands. Ibis, 3, 4–9.",
        "Halloran, P. (2008). Archives of the tide (3rd ed.).",
        "Leiden: Brill.",
        "Rowe, K. L. (2017). Tides and tables. Coastal Notes, 2, 3–4.",
    ]
    body = [
        p(t("Tides"), style="Title"),
        p(t("Introduction"), style="Heading1"),
        p(t("Surveys (Ibsen, 2015; Obi &amp; Amari, 2019) and counts (Pereira, 2011).")),
        p(t("Archives (Halloran, 2008) and tables (Rowe, 2017).")),
        p(t("References"), style="Heading1"),
        *(p(t(text)) if text else "<w:p/>" for text in entries),
    ]
    doc = parse_bytes(build(body), "tides.docx")
    got = [(e.line, e.reference.authors[0], e.reference.title) for e in doc.literature]
    assert got == [
        (6, "Ibsen, G.", "Sampling rare events in field surveys"),
        (8, "Obi, N.", "Working memory load and recall"),
        (10, "Pereira, M.", "Counting birds in urban wetlands"),
        (13, "Halloran, P.", "Archives of the tide"),
        (15, "Rowe, K. L.", "Tides and tables"),
    ]
