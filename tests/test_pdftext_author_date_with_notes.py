"""Author-date texts that also carry numbered notes, as pdftotext writes them (running heads,
page numbers, form feeds): the body's "(Berg 2004)" / "Hale (2011: 12)" cite the list as
``[n]`` (the position of the entry), the notes keep their numbers, and a note's own
"See Berg (2004)" is a citation of the list at the note's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

# (running head, body page 1, notes 1-2, body page 2, note 3, list heading, entries)
DOCS = {
    "en": (
        "Ledgers of the Harbour",
        "The harbour ledgers of the 1820s survive in two series. Earlier work read\n"
        "them as a record of trade alone (Berg 2004), while Hale (2011: 12) saw in\n"
        "them the hand of the customs clerks themselves.1 The second series is the\n"
        "fuller of the two, and it has not been read as a whole before.2",
        "1 See Berg (2004) for a critique of that reading.\n2 Jones and Lee 2020, 45.",
        "The clerks wrote in a fixed order (Jones and Lee 2020), and the order\n"
        "changed only once, in the spring of that year, as the article shows.3",
        "3 On the change see Hale (2011: 40).",
        "References",
        "Berg, Anna. 2004. The Customs House and Its Books. London: Verso.\n"
        "Hale, Thomas. 2011. Clerks of the Port. Oxford: Clarendon Press.\n"
        "Jones, Mark, and Sara Lee. 2020. “Order in the Ledger.” Maritime History 14 (2): 33–51.",
    ),
    "de": (
        "Die Zollbücher des Hafens",
        "Die Zollbücher der 1820er Jahre sind in zwei Reihen erhalten. Die ältere\n"
        "Forschung las sie als bloße Handelsstatistik (Berger 2004), während Hahn\n"
        "(2011: 12) in ihnen die Hand der Zollschreiber selbst erkannte.1 Die zweite\n"
        "Reihe ist die vollständigere und wurde bisher nie als Ganzes gelesen.2",
        "1 Vgl. dazu kritisch Berger (2004).\n2 Jung und Lehmann 2020, 45.",
        "Die Schreiber hielten eine feste Ordnung ein (Jung und Lehmann 2020), und\n"
        "diese Ordnung änderte sich nur einmal, im Frühjahr desselben Jahres.3",
        "3 Zu diesem Wechsel siehe Hahn (2011: 40).",
        "Literaturverzeichnis",
        "Berger, Anna. 2004. Das Zollhaus und seine Bücher. Berlin: Akademie Verlag.\n"
        "Hahn, Thomas. 2011. Schreiber am Hafen. München: Oldenbourg.\n"
        "Jung, Markus, und Sara Lehmann. 2020. „Ordnung im Zollbuch.“ Hansische Blätter 14 (2): 33–51.",
    ),
    "es": (
        "Los libros de la aduana",
        "Los libros de aduana de la década de 1820 se conservan en dos series. La\n"
        "historiografía los leyó como simple registro comercial (Bermejo 2004), y\n"
        "Herrera (2011: 12) vio en ellos la mano de los propios escribanos.1 La segunda\n"
        "serie es la más completa y nunca se ha leído en su conjunto.2",
        "1 Véase la crítica de Bermejo (2004).\n2 Jiménez y López 2020, 45.",
        "Los escribanos seguían un orden fijo (Jiménez y López 2020), y ese orden\n"
        "cambió una sola vez, en la primavera de aquel mismo año.3",
        "3 Sobre este cambio, véase Herrera (2011: 40).",
        "Bibliografía",
        "Bermejo, Ana. 2004. La aduana y sus libros. Madrid: Marcial Pons.\n"
        "Herrera, Tomás. 2011. Escribanos del puerto. Sevilla: Universidad de Sevilla.\n"
        "Jiménez, Marcos, y Sara López. 2020. «Orden en el libro.» Revista de Historia Naval 14 (2): 33–51.",
    ),
    "ru": (
        "Таможенные книги порта",
        "Таможенные книги 1820-х годов сохранились в двух сериях. Прежние авторы\n"
        "видели в них лишь торговую статистику (Бергов 2004), тогда как Хабаров\n"
        "(2011: 12) увидел в них руку самих таможенных писцов.1 Вторая серия\n"
        "полнее первой, и целиком её ещё никто не читал.2",
        "1 Критику этого прочтения см. Бергов (2004).\n2 Жуков и Лебедев 2020, 45.",
        "Писцы соблюдали твёрдый порядок записей (Жуков и Лебедев 2020), и этот\n"
        "порядок менялся лишь однажды, весной того же года.3",
        "3 Об этой перемене см. Хабаров (2011: 40).",
        "Литература",
        "Бергов, Анна. 2004. Таможня и её книги. Москва: Наука.\n"
        "Хабаров, Фёдор. 2011. Писцы порта. Санкт-Петербург: Алетейя.\n"
        "Жуков, Марк, и Сергей Лебедев. 2020. «Порядок в книге». Морской архив 14 (2): 33–51.",
    ),
}


def _pdftotext(parts: tuple[str, ...]) -> str:
    """Three pages as pdftotext writes them: a running head, the page's notes at its foot,
    its number, a form feed."""
    head, body1, notes1, body2, notes2, heading, entries = parts
    return (
        f"{head}\n\n{body1}\n\n{notes1}\n\n1\n"
        f"\f{head}\n\n{body2}\n\n{notes2}\n\n2\n"
        f"\f{heading}\n\n{entries}\n\n3\n"
    )


# (label, line) of every citation: notes by number, the list's entries as [n]; a
# citation inside a note at the note's line ("2 Jones and Lee 2020, 45." is a short note,
# keyed by its fields, not a mention of the list)
WANT = [("[1]", 4), ("[2]", 4), ("1", 5), ("2", 6), ("[1]", 8), ("[3]", 14), ("3", 15), ("[2]", 17)]
# ("Herrera (2011: 12)" starts line 5 of the Spanish text)
WANT_ES = [("[1]", 4), ("1", 5), ("[2]", 5), *WANT[3:]]


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_author_date_citations_beside_numbered_notes(lang: str, tmp_path: Path) -> None:
    path = tmp_path / f"{lang}.txt"
    path.write_text(_pdftotext(DOCS[lang]), encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "pdf-text"
    got = sorted(((fn.label, m.line) for fn in doc.footnotes for m in fn.markers), key=_place)
    assert got == (WANT_ES if lang == "es" else WANT)
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].year == 2004 and notes["3"].year == 2011
    assert notes["2"].year == 2020  # (a short note: its fields, no citation of the list)
    assert [e.reference.year for e in doc.literature] == [2004, 2011, 2020]
    assert notes["[3]"].year == 2020  # the entry a body citation cites
    codes = {a.code for a in doc.all_anomalies()}
    assert (
        not {
            C.MARKER_WITHOUT_DEFINITION,
            C.DEFINITION_WITHOUT_MARKER,
            C.NUMBERING_GAP,
            C.NUMBERING_OUT_OF_ORDER,
            C.DUPLICATE_MARKER,
            C.UNREAD_REGION,
        }
        & codes
    )


def _place(citation: tuple[str, int]) -> tuple[int, str]:
    return citation[1], citation[0]


def test_a_mention_broken_over_two_note_lines_counts_once(tmp_path: Path) -> None:
    en = list(DOCS["en"])
    en[4] = "3 On the change of that spring see the estimates of Jones and\nLee (2020: 3)."
    path = tmp_path / "en.txt"
    path.write_text(_pdftotext(tuple(en)), encoding="utf-8")
    doc = parse_file(path)
    in_note = [(fn.label, m.line) for fn in doc.footnotes for m in fn.markers if m.line in (17, 18)]
    assert sorted(in_note) == [("[3]", 17)]


def test_word_plain_text_with_endnotes_and_author_date(tmp_path: Path) -> None:
    # Word's "Save as Plain Text": one line a paragraph, the endnotes under "Notes"
    text = (
        "Ledgers of the Harbour\n\n"
        "Earlier work read them as a record of trade alone (Berg 2004), while Hale (2011: 12) "
        "saw in them the hand of the clerks.1 The second series was never read whole.2\n\n"
        "The clerks wrote in a fixed order (Jones and Lee 2020), changed only once.3\n\n"
        "Notes\n\n"
        "1 See Berg (2004) for a critique of that reading.\n"
        "2 Jones and Lee 2020, 45.\n"
        "3 On the change see Hale (2011: 40).\n\n"
        "References\n\n"
        "Berg, Anna. 2004. The Customs House and Its Books. London: Verso.\n"
        "Hale, Thomas. 2011. Clerks of the Port. Oxford: Clarendon Press.\n"
        "Jones, Mark, and Sara Lee. 2020. “Order in the Ledger.” Maritime History 14 (2): 33–51.\n"
    )
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    got = sorted(((fn.label, m.line) for fn in doc.footnotes for m in fn.markers), key=_place)
    assert got == [
        ("1", 3),
        ("2", 3),
        ("[1]", 3),
        ("[2]", 3),
        ("3", 5),
        ("[3]", 5),
        ("[1]", 9),
        ("[2]", 11),
    ]
    assert not [a for a in doc.all_anomalies() if a.code is not C.ARTIFACT_LINE]


# a Chicago notes-bibliography paper: the notes cite; "(London: Knapton et al., 1755)" in
# the body names a publisher and year of an entry, and a list whose years end its entries is
# no author-date list, so no body citation is read beside the notes
CHICAGO = (
    "The Plan and the Dictionary",
    "The dictionary (London: Knapton et al., 1755) grew out of the plan, which the\n"
    "booksellers had paid for eight years before.1 The plan came first.2",
    "1 Johnson, A Dictionary (London: Knapton et al., 1755), 3.\n"
    "2 Johnson, The Plan (London: Knapton et al., 1747), 1.",
    "The printers kept the sheets in the order the plan gave them, as the accounts show.3",
    "3 Johnson, A Dictionary, 5.",
    "Bibliography",
    "Johnson, Samuel. A Dictionary. London: W. Strahan, for J. and P. Knapton et al., 1755.\n"
    "Johnson, Samuel. The Plan. London: J. and P. Knapton et al., 1747.",
)


def test_notes_bibliography_list_is_not_cited_by_name_and_year(tmp_path: Path) -> None:
    path = tmp_path / "chicago.txt"
    path.write_text(_pdftotext(CHICAGO), encoding="utf-8")
    doc = parse_file(path)
    assert sorted(fn.label for fn in doc.footnotes) == ["1", "2", "3"]
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].year == 1755 and notes["2"].year == 1747
