"""PDF-to-text reader: notes at page bottoms tied to glued or superscript markers.

The documents here are small, written for the tests in the shapes ``pdftotext`` gives
(with and without ``-layout``); the corpus (tests/corpus/pdftext) has whole ones.
"""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind
from bibcheck.readers import reader_for
from bibcheck.readers.pdftext import read, score

FF = "\f"


def parse(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "paper.txt")


def cited(text: str) -> list[tuple[str, int]]:
    """(label, line) of every marker the reader found."""
    return sorted((m.label, m.line) for m in read(text).markers)


def page(body: str, notes: str, number: int, head: str = "JOURNAL OF PORTS") -> str:
    return f"{head}\n\n{body}\n{notes}\n\n{number}\n"


TWO_PAGES = (
    page(
        "Harbour dues are old; the first survives from 1285.1 The due paid\n"
        "for the quay,2 and the 2004 rules kept it.",
        "1\nCharter of Lynn (1285), reprinted in Select Charters 44 (1932).\n"
        "2\nMary Doe, Harbour Custom, 88 Yale L.J. 1001, 1010 (1979).",
        11,
    )
    + FF
    + page(
        "In Section 12 the Act set rates for H2O supply and COVID-19 relief\n"
        "on page 45 of the code.3 Courts agreed.4",
        "3\nHarbours Act 1847, 10 & 11 Vict. c. 27.\n4\nId. at 46.",
        12,
    )
)


def test_glued_markers_found_and_numbers_of_the_text_left_alone() -> None:
    assert cited(TWO_PAGES) == [("1", 3), ("2", 4), ("3", 14), ("4", 14)]


def test_running_heads_and_page_numbers_are_artifacts() -> None:
    doc = parse(TWO_PAGES)
    artifacts = [a for a in doc.anomalies if a.code is AnomalyCode.ARTIFACT_LINE]
    assert [a.line for a in artifacts] == [1, 10]  # the head (lines 1, 12), numbers 10, 21
    assert "page number" in artifacts[1].message
    note = next(f for f in doc.footnotes if f.label == "2")
    assert note.reference.raw == "Mary Doe, Harbour Custom, 88 Yale L.J. 1001, 1010 (1979)."


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        pytest.param("the ground.1 Then", ["1"], id="after-period"),
        pytest.param("the ground1 then", ["1"], id="after-letter"),
        pytest.param("the ground,1 then", ["1"], id="after-comma"),
        pytest.param("“a quoted line.”1 Then", ["1"], id="after-quote"),
        pytest.param("the ground¹ then", ["1"], id="superscript"),
        pytest.param("in COVID-19 and H2O on page 1 of 2004", [], id="text-numbers"),
        pytest.param("see p.1 of the act", [], id="abbreviation"),
        pytest.param("an area of 40 m² then", [], id="unit-power"),
    ],
)
def test_what_is_a_marker(body: str, labels: list[str]) -> None:
    text = f"Title\n\n{body} and more words here.\n1\nSmith, The Book 4 (2001).\n"
    assert [m.label for m in read(text).markers] == labels


def test_unit_power_then_marker() -> None:
    text = "Title\n\nThe yards grew by 40 тыс. м²¹.\n¹ Ports of Russia, 2021. – 312 с.\n"
    assert cited(text) == [("1", 3)]


def test_a_glued_token_that_recurs_is_text() -> None:
    text = (
        "Title\n\nCO2 output rose, and CO2 prices fell as the market grew.\n"
        "2\nSmith, Markets 3 (2001).\n"
    )
    assert cited(text) == []


def test_decimal_number_does_not_beat_a_glued_marker() -> None:
    text = (
        "Title\n\nThe term is vague.1 Section 2.2 and Section 2.3 say more.\n"
        "1\nRoso, Dry Ports 2 (2009).\n"
    )
    assert cited(text) == [("1", 3)]


def test_numbering_restarting_per_page_gets_page_labels() -> None:
    text = (
        page("Text one.1 And two.2", "1\nA. Smith, One 1 (2001).\n2\nB. Jones, Two 2 (2002).", 5)
        + FF
        + page("More text.1", "1\nC. Brown, Three 3 (2003).", 6)
    )
    assert cited(text) == [("p5.1", 3), ("p5.2", 3), ("p6.1", 12)]


def test_numbering_restarting_per_chapter_gets_part_labels() -> None:
    notes = "1\nA. Smith, One 1 (2001).\n2\nB. Jones, Two 2 (2002).\n"
    text = (
        "Chapter 1\n\nThe first claim here.1 Another claim.2\n" + notes + FF
        + "The chapter goes on over a page.3\n3\nC. Lee, Three 3 (2003).\n" + FF
        + "Chapter 2\n\nA new chapter with a claim.1 And one more.2\n" + notes
    )  # fmt: skip
    labels = [m.label for m in read(text).markers]
    assert labels == ["1.1", "1.2", "1.3", "2.1", "2.2"]


def test_endnotes_section() -> None:
    text = (
        "A Chapter\n\nCanals opened in 1761.1 Money was scarce.2 Boats were slow.3\n\n"
        "Notes\n"
        "1. Hugh Malet, Bridgewater (Manchester: Manchester University Press, 1977), 63.\n"
        "2. J. R. Ward, The Finance of Canal Building (Oxford: Clarendon, 1974), 24.\n"
        "3. For boats, see the discussion in chapter\n2.\n"
    )
    doc = parse(text)
    assert [(f.label, f.line) for f in doc.footnotes] == [("1", 6), ("2", 7), ("3", 8)]
    assert doc.footnotes[2].reference.raw == "For boats, see the discussion in chapter\n2."
    assert doc.footnotes[2].reference.kind is RefKind.COMMENTARY
    assert doc.footnotes[0].reference.year == 1977


def test_layout_mode_notes_and_hyphenation() -> None:
    text = (
        "Chapter 2. Dry ports          Landlocked states\n\n\n"
        "A dry port is an inland terminal set-\n"
        "tled by rail.1 It serves the seaport.2\n"
        "   1\n"
        "     Violeta Roso, “The Dry Port Concept,” Journal of Transport Geography 17,\n"
        "no. 5 (2009): 339.\n"
        "   2\n"
        "     Ibid., 340.\n\n"
        "                     23\n" + FF + "Chapter 2. Dry ports          Landlocked states\n\n\n"
        "More text without notes.\n\n                     24\n"
    )
    doc = parse(text)
    note = doc.footnotes[0]
    assert (note.label, note.line, note.reference.year) == ("1", 6, 2009)
    claim = note.markers[0].claim
    assert claim is not None and claim.text == "A dry port is an inland terminal settled by rail."


def test_note_number_joined_to_the_last_body_line() -> None:
    """pdftotext joins a word hyphenated at the page end with the first note's number."""
    text = (
        "Title\n\nBondholders challenged the use of revenue.1 The courts split.2\n"
        "Treating the due as a trust restores the link those char1\n\n"
        "Kevin Draper, Pledged Revenues, 33 J. Mun. Fin. 55 (2021).\n"
        "2\nIn re Gulfhaven, 2021 WL 3345123 (S.D. Tex. 2021).\n" + FF + "ters drew.\n"
    )
    doc = parse(text)
    assert [(f.label, f.line) for f in doc.footnotes] == [("1", 4), ("2", 7)]
    assert [(m.label, m.line) for f in doc.footnotes for m in f.markers] == [("1", 3), ("2", 3)]
    assert doc.footnotes[0].reference.raw.startswith("Kevin Draper")


def test_pages_found_without_form_feeds() -> None:
    bodies = ["Ports grew fast in the decade.1", "Canals came first, then rail.2", "Trade fell.3"]
    text = ""
    for p, body in enumerate(bodies, start=1):
        text += f"{body}\n{p}\nA. Author, Book {p} 1 (200{p}).\n\n{p + 40}\n\n"
    assert cited(text) == [("1", 1), ("2", 7), ("3", 13)]
    assert [a.line for a in read(text).anomalies if a.code is AnomalyCode.ARTIFACT_LINE] == [5]


def test_references_section_after_the_notes() -> None:
    text = (
        "Title\n\nA claim.1 Another.2\n1\nSmith, Trade 4.\n2\nBrown, Ports 5.\n\nReferences\n\n"
        "Smith, John. 2018. Trade and Growth. Chicago: University of Chicago Press.\n"
        "Brown, Ann. 2020. Ports. London: Routledge.\n"
    )
    doc = parse(text)
    assert [e.reference.title for e in doc.literature] == ["Trade and Growth", "Ports"]


def test_two_reference_sections_are_both_read() -> None:
    """ "Literaturverzeichnis" then "Quellen" (or Sources after References): the second
    heading continues the list, it does not replace the first."""
    text = (
        "Titel\n\nEine Aussage.1 Noch eine.2\n1\nSmith, Trade 4.\n2\nBrown, Ports 5.\n\n"
        "Literaturverzeichnis\n\n"
        "Smith, John. 2018. Trade and Growth. Chicago: University of Chicago Press.\n"
        "Brown, Ann. 2020. Ports. London: Routledge.\n\nQuellen\n\n"
        "Stadtarchiv Bremen. 1850. Hafenordnung. Bremen: Senat.\n"
    )
    doc = parse(text)
    assert [e.reference.title for e in doc.literature] == [
        "Trade and Growth",
        "Ports",
        "Hafenordnung",
    ]


def test_score_and_choice() -> None:
    assert score("Plain prose with 2004 and COVID-19 but no notes.\n") == 0.0
    assert score(TWO_PAGES) >= 0.8
    assert reader_for("paper.txt", TWO_PAGES).name == "pdf-text"


def test_plain_text_reader_skips_page_artifacts_of_a_converted_paper() -> None:
    """A numbered reference list that crosses a page keeps its entries after the running
    head, and an alphabetical list cited out of order is no numbering defect."""
    head = "IEEE TRANSACTIONS ON GRIDS, VOL. 4, NO. 2, 2023"
    text = (
        f"{head}\n\n101\n\nIsland grids need reserve [2], [1]. Heat pumps help [3]–[4].\n\n"
        "References\n[1] A. Rivera, “Firm capacity,” IEEE Trans. Power Syst., vol. 3, 2020.\n"
        "[2] L. Haugen, Energy Storage. Cambridge, U.K.: CUP, 2019.\n\n"
        f"{FF}{head}\n\n[3] K. Tanaka, “Fuel savings,” Renew. Energy, vol. 1, 2021.\n"
        "[4] M. Costa, “Flow batteries,” J. Power Sources, vol. 4, 2020.\n\n102\n"
    )
    doc = parse(text)
    assert doc.reader == "plain-text"
    assert [e.line for e in doc.literature] == [8, 9, 13, 14]
    assert not [f for f in analyse_document(doc, {}, {}) if f.severity.value != "info"]


# --------------------------------------------------------------------------
# Held-out round 2: section numbers, areas under a list, continued notes,
# numbers out of place, statute numbers, folios in heads (own examples)
# --------------------------------------------------------------------------


def labels_and_lines(text: str) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for m in read(text).markers)


def note_texts(text: str) -> dict[str, str]:
    return {n.label: n.text for n in read(text).footnotes}


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("2\n\nThe second part\n", id="number-alone-then-title"),
        pytest.param("2       The second part\n", id="layout-number-and-title"),
        pytest.param("2. The second part\n", id="numbered-heading"),
    ],
)
def test_a_section_number_starts_no_note_area(heading: str) -> None:
    text = (
        "A Report\n\n1\n\nThe first part\n\nDredging began in 1998.1 It stopped in\n"
        "2004.2\n\n" + heading + "\nThe channel silted up again within a decade.3 Later\n"
        "surveys agree.4\n1\nA. Reed, Dredging Records (Hull: Port Press, 1999), 4.\n"
        "2\nIbid., 7.\n3\nB. Marsh, Silt (London: Tide Books, 2010), 15.\n4\nIbid., 16.\n"
    )
    after = heading.count("\n") + 11  # the line of "The channel silted up …"
    assert labels_and_lines(text) == [("1", 7), ("2", 8), ("3", after), ("4", after + 1)]
    assert note_texts(text)["1"].startswith("A. Reed")


def test_superscript_notes_at_the_top_of_the_next_page() -> None:
    text = (
        "Brief\n\n1. Context\n\nTolls rose in 2021.¹ Traffic fell.² Revenue held.³\n\n"
        "_______\n¹ Bridge Trust, Annual Report 2021 (2022), 3.\nPage 1\n"
        + FF
        + "² Traffic Office, Counts 2021 (2022), 8.\n³ Ibid., 9.\n\n2. Options\n\n"
        "A lower toll for residents is one option.⁴\n\n_______\n"
        "⁴ Council minutes, 3 May 2022.\nPage 2\n"
        + FF
        + "3. Next steps\n\nNo more text.\n\n_______\nPage 3\n"
    )
    doc = read(text)
    assert [(n.label, n.line) for n in doc.footnotes] == [("1", 8), ("2", 10), ("3", 11), ("4", 18)]
    assert sorted((m.label, m.line) for m in doc.markers) == [
        ("1", 5),
        ("2", 5),
        ("3", 5),
        ("4", 15),
    ]
    body = " ".join(b.text for b in doc.blocks)
    assert "A lower toll for residents is one option." in body


CONTINUED = (
    "Harbour Walls\n\nThe wall was rebuilt in 1871.1 Its cost was debated for a\n"
    "decade.2\n1\nCounty Archive, Harbour Board Minutes, 1871, fol. 12.\n2\n"
    "The debate is summarised in R. Quay, Walls and Waves (Leith: Shore Press,\n\n1\n"
    + FF
    + "Harbour Walls\n\nLater repairs were smaller.3\n\nBibliography\n"
    "Quay, Rowan. Walls and Waves. Leith: Shore Press, 1990.\n"
    "Tide, Ann. Sea Defences. Leith: Shore Press, 1995.\n"
    "1990), 40–44, and in its sources.\n3\nAnn Tide, Sea Defences (Leith: Shore Press, 1995), 9.\n"
    "\n2\n"
)


def test_a_note_continued_above_the_next_notes_under_a_list() -> None:
    doc = read(CONTINUED)
    notes = {n.label: n for n in doc.footnotes}
    assert notes["2"].text.endswith("(Leith: Shore Press,\n1990), 40–44, and in its sources.")
    assert notes["3"].text.startswith("Ann Tide")
    assert [n.text.split(".")[0] for n in doc.literature] == ["Quay, Rowan", "Tide, Ann"]
    assert sorted((m.label, m.line) for m in doc.markers) == [("1", 3), ("2", 4), ("3", 13)]


def test_a_note_continued_is_found_by_its_wider_lines() -> None:
    """Notes are set smaller than the text: the continuation's lines are wider than the
    last lines of the page's text, which runs on to the next page."""
    body = "The text of this page runs on in lines of about the same length\n" * 6
    first = (
        "Ports.1 The second page of the chapter goes on\n" + body + "as the line before.2\n"
        "1\nA. Reed, Dredging Records of the Northern Harbours and Their Engineers,\n"
        "1820 to 1870 (Hull: Port Press, 1999), 4, with a survey of the older records.\n"
        "2\nB. Marsh, Silt and Sand in the Estuaries of the Northern Coast of England\n"
        "(London: Tide Books, 2010), 15–19, and the maps in the second part of the book\n"
    )
    second = (
        body + "and the sentence runs on to the next page without a full stop and\n"
        "the harbour boards, their engineers and their minutes, kept at Hull and York.\n"
        "3\nC. Dock, Quays (York: Minster Press, 2001), 3, who gives a shorter account.\n"
    )
    text = (
        "Chapter\n\n" + first + "\n14\n" + FF + second.replace("and\nthe", "and3\nthe") + "\n15\n"
    )
    doc = read(text)
    notes = {n.label: n.text for n in doc.footnotes}
    assert notes["2"].endswith("second part of the book\nthe harbour boards, their engineers and"
                               " their minutes, kept at Hull and York.")  # fmt: skip
    assert "kept at Hull" not in " ".join(b.text for b in doc.blocks)


@pytest.mark.parametrize(
    ("end", "rest"),
    [
        ("2. vyd.", "Praha: C. H. Beck, 2019, s. 301–310."),
        ("3. Aufl.", "München: C. H. Beck, 2015, S. 12."),
        ("Vol.", "2 (Oxford: Clarendon Press, 1998), 44."),
        ("In:", "Smith, J. (ed.) Harbours. Leith: Shore Press, 1990."),
    ],
    ids=["czech-edition", "german-edition", "volume", "in-colon"],
)
def test_a_note_ending_with_a_word_awaiting_its_value_goes_on(end: str, rest: str) -> None:
    """A note broken at the page end after a full stop that is an abbreviation's ("2.
    vyd.") goes on above the next page's first note, even when that line starts with a
    capital."""
    text = (
        "Nájem\n\nLhůta činí tři měsíce.1 Soudy ji vykládají přísně.2\n"
        f"1 Rozsudek Nejvyššího soudu ze dne 20. 4. 2016, sp. zn. 26 Cdo 4903/2015.\n"
        f"2 K lhůtě podrobně KABELKOVÁ, E. Nájem bytu. {end}\n\n1\n"
        + FF
        + "Nájem\n\nNájemné je věcí dohody stran.3\n\n"
        + rest
        + "\n3 § 2249 odst. 1 občanského zákoníku.\n\n2\n"
    )
    notes = note_texts(text)
    assert notes["2"].endswith(f"{end}\n{rest}")
    assert notes["3"].startswith("§ 2249")
    assert rest not in " ".join(b.text for b in read(text).blocks)


def test_a_note_ending_with_a_sentence_takes_no_line_with_a_capital() -> None:
    text = (
        "Walls\n\nThe wall was rebuilt.1 Its cost was debated.2\n"
        "1 County Archive, Minutes, 1871, fol. 12.\n2 R. Quay, Walls (Leith: Shore, 1990), 4.\n"
        "\n1\n" + FF + "Walls\n\nLater repairs were smaller.3\n\nThe harbour closed.\n"
        "3 Ann Tide, Sea Defences (Leith: Shore Press, 1995), 9.\n\n2\n"
    )
    assert note_texts(text)["2"].endswith("1990), 4.")


TWO_COLUMNS = (
    "Quaderni di economia n. 7\n\nSalari e contratti\n\nIl campione comprende i rapporti di\n"
    "lavoro dipendente del settore privato.3 Seguiamo la\nletteratura recente e non stimiamo\n"
    "effetti sull’occupazione.4\n\nL’Italia non ha un salario minimo legale.1 La proposta\n"
    "di legge fissa una soglia di nove euro.2\n\nNel 2021 un quinto dei rapporti era sotto\n"
    "la soglia.5 La quota è più alta nel Mezzogiorno.\n"
    "3 Sono esclusi i lavoratori domestici e gli apprendisti.\n"
    "4 Per una rassegna si veda Manning (2021).\n"
    "5 Il dato scende se si escludono i contratti pirata.\n\n"
    "1 Direttiva (UE) 2022/2041, art. 4.\n2 Atto Camera n. 1275, XIX legislatura.\n\n1\n"
    + FF
    + "Quaderni di economia n. 7\n\nLe stime sono stabili.6\n\nRiferimenti bibliografici\n"
    "Card, D. e A. B. Krueger (1994), Minimum wages and employment, American Economic\n"
    "Review, 84(4), 772–793.\n"
    "CNEL (2023), Elementi di riflessione sul salario minimo, Roma, CNEL.\n"
    "European Commission (2020), Impact assessment on adequate minimum wages, Brussels,\n"
    "European Commission.\n"
    "Manning, A. (2021), The elusive employment effect of the minimum wage, Journal of\n"
    "Economic Perspectives, 35(1), 3–26.\n\n"
    "6 Le ore abituali danno lo stesso risultato.\n\n2\n"
)


def test_a_two_column_page_has_a_second_note_area_above_the_first() -> None:
    """pdftotext wrote the second column's notes (3-5) above the first column's (1-2):
    both areas are read, every marker has its note."""
    doc = read(TWO_COLUMNS)
    notes = {n.label: n.text for n in doc.footnotes}
    assert sorted(notes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert notes["3"].startswith("Sono esclusi") and notes["1"].startswith("Direttiva")
    assert sorted((m.label, m.line) for m in doc.markers) == [
        ("1", 10), ("2", 11), ("3", 6), ("4", 8), ("5", 14), ("6", 25),
    ]  # fmt: skip


def test_a_two_column_page_in_either_order() -> None:
    # the lower-numbered column's notes first, the others below: the same notes
    first, second = "3 Sono esclusi", "1 Direttiva"
    swapped = TWO_COLUMNS.replace(
        "3 Sono esclusi i lavoratori domestici e gli apprendisti.\n"
        "4 Per una rassegna si veda Manning (2021).\n"
        "5 Il dato scende se si escludono i contratti pirata.\n\n"
        "1 Direttiva (UE) 2022/2041, art. 4.\n2 Atto Camera n. 1275, XIX legislatura.\n",
        "1 Direttiva (UE) 2022/2041, art. 4.\n2 Atto Camera n. 1275, XIX legislatura.\n\n"
        "3 Sono esclusi i lavoratori domestici e gli apprendisti.\n"
        "4 Per una rassegna si veda Manning (2021).\n"
        "5 Il dato scende se si escludono i contratti pirata.\n",
    )
    assert swapped != TWO_COLUMNS and first in swapped and second in swapped
    notes = note_texts(swapped)
    assert sorted(notes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert notes["2"] == "Atto Camera n. 1275, XIX legislatura."


def test_author_date_entries_in_the_comma_form_are_split() -> None:
    # "CNEL (2023), …" and "European Commission (2020), …" start entries of their own
    doc = parse(TWO_COLUMNS)
    assert [e.reference.title for e in doc.literature] == [
        "Minimum wages and employment",
        "Elementi di riflessione sul salario minimo",
        "Impact assessment on adequate minimum wages",
        "The elusive employment effect of the minimum wage",
    ]


SCRAMBLED = (
    "Caiete de istorie, nr. 4, 2022\n\nPoduri peste Prut\nIoana Rusu\n\n1. Introducere\n\n"
    "Primul pod permanent a fost ridicat ı̂n 1877.1 Planul ı̂i aparţine\n"
    "unui inginer francez.2\n\n4. Concluzie\nPodurile au legat mai mult decât malurile.5\n\n"
    "Bibliografie\n2. Antreprenorii\n\n"
    "Bălan, Mihai, Căile ferate ale Moldovei, Iaşi, Editura Junimea, 1998.\n"
    "Cristea, Ana, ,,Poduri şi vămi”, Revista istorică, vol. 12, 2004, pp. 55–70.\n"
    "Dumas, Pierre, Les ponts du Danube, ı̂n Jean F.\nMartin (ed.), Histoire des routes, Paris,"
    " Belin, 1990, pp. 10–31.\n\n"
    "Lucrările au fost conduse de o firmă belgiană, care\naducea muncitori din Liège şi plătea"
    " salarii mari.3\nContractul a fost reziliat după doi ani de ı̂ntârzieri.4\n"
    "1 Bălan, Mihai, Căile ferate ale Moldovei, Iaşi, Editura Junimea, 1998, p. 41.\n"
    "2 Cristea, Ana, ,,Poduri şi vămi”, Revista istorică, vol. 12, 2004, p. 58.\n"
    "3 Dumas, Pierre, Les ponts du Danube, p. 17.\n4 Ibidem, p. 19.\n"
    "5 Pentru epoca interbelică, vezi secţiunea 3.\n"
)


def test_the_other_columns_text_after_the_list_is_body() -> None:
    """A one-page two-column paper that pdftotext read out of order: the other column's
    heading stands under "Bibliografie", its text after the list; its markers count, and
    neither the heading nor the text is an entry."""
    doc = parse(SCRAMBLED)
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == [
        ("1", 8), ("2", 9), ("3", 23), ("4", 24), ("5", 12),
    ]  # fmt: skip
    assert [e.line for e in doc.literature] == [17, 18, 19]
    assert doc.literature[2].reference.raw.endswith("pp. 10–31.")  # "Jean F." ends no entry
    body = " ".join(b.text for b in read(SCRAMBLED).blocks)
    assert "firmă belgiană" in body


@pytest.mark.parametrize("number", ["1", "2", "17"])
def test_the_page_number_under_the_last_note_is_no_part_of_it(number: str) -> None:
    text = (
        "Short paper\n\nThe harbour wall was rebuilt in 1871.1 Its cost was debated.2\n"
        "1 County Archive, Harbour Board Minutes, 1871, fol. 12.\n"
        "2 For the debate, see the section above.\n\n" + number + "\n"
    )
    assert note_texts(text)["2"] == "For the debate, see the section above."


def test_a_numbered_list_starts_at_one() -> None:
    # section headings "2." and "3." among unnumbered entries do not make a numbered list
    text = SCRAMBLED.replace("Contractul a fost", "3. Lucrări\nContractul a fost")
    doc = parse(text)
    assert [e.line for e in doc.literature] == [17, 18, 19]


def test_the_line_after_a_number_alone_is_its_text() -> None:
    text = (
        "Note\n\nReports must be disclosed.1 The rule is old.2 Courts agree.3\n"
        "1\n15 U.S.C. § 1681g(a) (2018).\n2\n42 U.S.C. § 3604 (2018).\n3\n"
        "Id. § 3604(b).\n"
    )
    assert note_texts(text) == {
        "1": "15 U.S.C. § 1681g(a) (2018).",
        "2": "42 U.S.C. § 3604 (2018).",
        "3": "Id. § 3604(b).",
    }


def test_a_number_the_converter_put_at_the_end_goes_back() -> None:
    text = (
        "Note\n\nFirst.1 Second.2 Third.3 Fourth.4\n\n1\n\nA. Reed, Docks 4 (1999).\n"
        "The central claim of this note.\n3\nB. Marsh, Silt 9 (2010).\n4\nId. at 12.\n2\n"
    )
    notes = note_texts(text)
    assert notes == {
        "1": "A. Reed, Docks 4 (1999).",
        "2": "The central claim of this note.",
        "3": "B. Marsh, Silt 9 (2010).",
        "4": "Id. at 12.",
    }
    codes = [a.code for a in parse(text).anomalies]
    assert AnomalyCode.NUMBERING_GAP not in codes


def test_words_one_to_a_line_are_not_notes() -> None:
    text = "Note\n\nFirst.1 Second.2\n1\nNat’l Bd.,\nSurvey\nat\n2\n(2021).\n2\nId. at 3.\n"
    assert note_texts(text) == {"1": "Nat’l Bd.,\nSurvey\nat\n2\n(2021).", "2": "Id. at 3."}


def test_folios_in_running_heads_make_a_lone_folio_an_artifact() -> None:
    pages = []
    for n, body in enumerate(["Canals came first.1", "Rail came later.2", "Roads last.3"]):
        folio = 41 + n
        head = f"{folio} Transport History" if n % 2 else f"Chapter Two   {folio}"
        top = "" if n == 0 else head + "\n\n"
        bottom = f"\n\n{folio}\n" if n == 0 else "\n"
        pages.append(f"{top}{body}\n{n + 1}\nA. Author, Book {n + 1} (2001), 3\n{bottom}")
    text = FF.join(pages)
    doc = read(text)
    assert note_texts(text)["1"] == "A. Author, Book 1 (2001), 3"
    artifacts = [a.line for a in doc.anomalies if a.code is AnomalyCode.ARTIFACT_LINE]
    assert 6 in artifacts  # the lone "41" under page 1's note


def test_wrapped_urls_in_notes_are_joined() -> None:
    text = (
        "T\n\nData were published.1 Later too.2\n1\nHarbour Board, Tonnage 2020, https://data.\n"
        "harbour.example.org/tonnage/2020.csv.\n2\nSee https://doi.org/10.5555/hb-\n2021-7.\n"
    )
    doc = parse(text)
    urls = {f.label: f.reference.url for f in doc.footnotes}
    assert urls == {
        "1": "https://data.harbour.example.org/tonnage/2020.csv",
        "2": "https://doi.org/10.5555/hb-2021-7",
    }


def test_a_wrapped_url_in_a_paragraph_bibliography_stays_in_its_entry() -> None:
    """An entry line ending "https://www." is not a finished entry, however short it is."""
    text = (
        "Titel\n\nEine Aussage.1 Noch eine.2\n1\nSmith, Trade 4.\n2\nBrown, Ports 5.\n\n"
        "Literaturverzeichnis\n\n"
        "Smith, John. 2018. Trade and Growth in the Baltic Ports of the Later Middle Ages and\n"
        "the Early Modern Period, 1350-1650. Chicago: University of Chicago Press, 2018.\n"
        "Landesarchiv Kiel. 2020. Hafenakten. Online: https://www.\n"
        "landesarchiv.example.de/hafen (Zugriff: 12.01.2023).\n"
        "Brown, Ann. 2020. Ports, Harbours and Havens of the North Sea Coast: An Archaeology\n"
        "of Landing Places in the First Millennium. London and New York: Routledge, 2020.\n"
    )
    doc = parse(text)
    assert len(doc.literature) == 3
    assert doc.literature[1].reference.url == "https://www.landesarchiv.example.de/hafen"


def test_a_note_whose_marker_was_lost_is_still_a_note() -> None:
    text = (
        "T\n\nThe first claim.1 The second claim has lost its number. The third.3\n"
        "1\nA. Reed, Docks 4 (1999).\n2\nB. Marsh, Silt 9 (2010).\n3\nC. Dock, Quays 2 (2001).\n"
    )
    doc = parse(text)
    assert [f.label for f in doc.footnotes] == ["1", "2", "3"]
    assert AnomalyCode.DEFINITION_WITHOUT_MARKER in [a.code for a in doc.anomalies]


def test_a_note_that_starts_with_a_section_sign() -> None:
    """Law reviews cite statutes by section: "9 § 2249 odst. 1 zákona ..." is note 9."""
    text = (
        "Nájem\n\nNájemné se sjednává dohodou.1 Zvýšení upravuje zákon.2\n"
        "1\nNOVÁK, J. Nájem bytu. Praha: C. H. Beck, 2019, s. 12.\n"
        "2 § 2249 odst. 1 zákona č. 89/2012 Sb., občanský zákoník.\n"
    )
    doc = parse(text)
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert doc.footnotes[1].reference.raw.startswith("§ 2249")
