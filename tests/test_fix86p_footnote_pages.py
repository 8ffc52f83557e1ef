"""A short article whose only citations are its page-foot notes (a law review's, a
humanities journal's), as pdftotext prints it or as a PDF viewer copies it (fix86p).

* Its footnotes ``1 …`` to ``22 …`` start one line each: at a step of 2 (``1, 3, 5 …`` and
  ``2, 4, 6 …``) or 5 they looked like a review copy's margin line numbers, which were
  taken off, and no reader recognised the document.  Numbers printed every 2 or 5 lines
  are all of one residue (``2, 4, 6``; ``5, 10, 15``): footnotes are of every residue.
* Copied without form feeds, each page's notes stand between its text and the next
  page's: every page's area is read, each ending at the blank line before the next page's
  text (the running head over it left out).
* Near misses: a numbered list that no marker cites is no notes; a review copy numbered
  every second or fifth line still loses its numbers.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import choose, pdftext
from bibcheck.readers.linenos import strip_line_numbers
from tests.test_regex_growth import assert_linear

# (body sentence ending where the marker is glued, the note's text) per note; invented
_EN = [
    (
        "The first statute on the subject was passed in 1911.",
        "An Act for the Relief of Widows, Act No. 44 (1911).",
    ),
    (
        "Its drafters meant it as a stopgap,",
        "Mary L. Dunwoody, The Widows Act Reconsidered 12–14 (1978).",
    ),
    ("and the courts read it narrowly.", "Id. at 20."),
    ("A later act widened the remedy in 1934,", "Family Relief Act, Act No. 310 (1934)."),
    ("but only for children born in wedlock.", "Id. § 4."),
    (
        "Scholars disagreed about the reason.",
        "See 2 Henry P. Ashgrove, Treatise on Domestic Law 301 (1950).",
    ),
    ("In Hale v. Hale the court split.", "Hale v. Hale, 88 N.W. 412 (1952)."),
    ("The dissent relied on equity,", "Id. at 419 (Barr, J., dissenting)."),
    ("and later cases followed it.", "Orme v. Orme, 102 N.W. 77 (1961)."),
    (
        "A commission was appointed in 1965.",
        "Law Revision Commission, Report on Family Support 3 (1966).",
    ),
    ("Its report was never debated.", "Ashgrove, supra note 6, at 310."),
    ("The legislature moved only in 1972,", "Support Reform Act, Act No. 1201 (1972)."),
    (
        "after a long campaign.",
        "Ruth Okoro-Baines, The Campaign for Support, 31 State L. Rev. 5 (1975).",
    ),
    ("Judges resisted the new rules.", "Pell v. Pell, 140 N.W. 9 (1974)."),
    ("Practitioners noticed the change.", "Id. at 12."),
    ("Commentators were divided.", "Dunwoody, supra note 2, at 40."),
    ("The statistics tell the story.", "State Judicial Council, Annual Report 88 (1980)."),
    ("Awards doubled within a decade.", "Id. at 91."),
    ("The reform held until 1995.", "Family Code Act, Act No. 2000 (1995)."),
    ("Its successor codified the case law.", "Id. art. 12."),
    ("The last word belongs to the court.", "Ward v. State, 201 N.W. 500 (2001)."),
    ("It has not been revisited since.", "Okoro-Baines, supra note 13, at 9."),
]
_ES = [
    ("La primera ley sobre la materia es de 1889.", "Ley de Bases del Código Civil (1888)."),
    (
        "Sus redactores la entendían provisional,",
        "Manuel Oria Benet, El Código y la familia 12–14 (1962).",
    ),
    ("y los tribunales la leyeron con cautela.", "Id. en 20."),
    ("Una reforma amplió el remedio en 1932,", "Ley de Divorcio de 2 de marzo (1932)."),
    ("pero solo para los hijos legítimos.", "Ibid."),
    (
        "La doctrina discutió sus razones.",
        "Véase 2 Clara Ruiz Olmedo, Tratado de derecho de familia 301 (1950).",
    ),
    ("El Tribunal Supremo se dividió.", "STS de 4 de mayo, RJ 1952/412 (1952)."),
    ("El voto particular invocó la equidad,", "Id. en 419."),
    ("y la jurisprudencia lo siguió.", "STS de 9 de junio, RJ 1961/77 (1961)."),
    (
        "Se nombró una comisión en 1965.",
        "Comisión General de Codificación, Informe sobre alimentos 3 (1966).",
    ),
    ("Su informe nunca se debatió.", "Ruiz Olmedo, supra nota 6, en 310."),
    ("El legislador actuó en 1981,", "Ley 30/1981, de 7 de julio (1981)."),
    (
        "tras una larga campaña.",
        "Pilar Sanz-Ortega, La campaña por el divorcio, 31 Rev. Der. Civ. 5 (1984).",
    ),
    ("Los jueces resistieron las reglas.", "STS de 3 de abril, RJ 1984/9 (1984)."),
    ("Los abogados advirtieron el cambio.", "Id. en 12."),
    ("Los comentaristas se dividieron.", "Oria Benet, supra nota 2, en 40."),
    ("Las estadísticas lo muestran.", "Consejo General del Poder Judicial, Memoria 88 (1990)."),
    ("Las demandas se duplicaron.", "Id. en 91."),
    ("La reforma duró hasta 2005.", "Ley 15/2005, de 8 de julio (2005)."),
    ("Su sucesora recogió la jurisprudencia.", "Id. art. 12."),
    ("La última palabra fue del Tribunal.", "STC 198/2012, de 6 de noviembre (2012)."),
    ("No se ha revisado desde entonces.", "Sanz-Ortega, supra nota 13, en 9."),
]
_DE = [
    ("Das erste Gesetz dazu stammt von 1900.", "Bürgerliches Gesetzbuch, RGBl. 1896, 195 (1896)."),
    ("Die Verfasser hielten es für vorläufig,", "Hanna Kellermann, Ehe und Recht 12–14 (1962)."),
    ("und die Gerichte legten es eng aus.", "Ebd., 20."),
    ("Eine Reform erweiterte es 1938,", "Ehegesetz, RGBl. I 807 (1938)."),
    ("aber nur für eheliche Kinder.", "Ebd., § 4."),
    (
        "Die Lehre stritt über die Gründe.",
        "Vgl. 2 Otto Brandl, Handbuch des Familienrechts 301 (1950).",
    ),
    ("Der Bundesgerichtshof war gespalten.", "BGH, Urteil vom 4. Mai 1952, BGHZ 6, 412 (1952)."),
    ("Die Minderheit berief sich auf Billigkeit,", "Ebd., 419."),
    ("und spätere Urteile folgten ihr.", "BGH, Urteil vom 9. Juni 1961, BGHZ 35, 77 (1961)."),
    ("Eine Kommission tagte ab 1965.", "Eherechtskommission, Bericht über den Unterhalt 3 (1966)."),
    ("Ihr Bericht wurde nie beraten.", "Brandl, a. a. O., 310."),
    ("Der Gesetzgeber handelte erst 1976,", "Erstes Eherechtsreformgesetz, BGBl. I 1421 (1976)."),
    ("nach einer langen Kampagne.", "Ruth Okonkwo-Berg, Die Kampagne, 31 FamRZ 5 (1978)."),
    ("Richter widersetzten sich den Regeln.", "BGH, Urteil vom 3. April 1979, BGHZ 74, 9 (1979)."),
    ("Anwälte bemerkten den Wandel.", "Ebd., 12."),
    ("Die Kommentatoren waren uneins.", "Kellermann, a. a. O., 40."),
    ("Die Statistik zeigt es deutlich.", "Statistisches Bundesamt, Jahrbuch 88 (1985)."),
    ("Die Verfahren verdoppelten sich.", "Ebd., 91."),
    ("Die Reform galt bis 1998.", "Kindschaftsrechtsreformgesetz, BGBl. I 2942 (1997)."),
    ("Ihr Nachfolger übernahm die Praxis.", "Ebd., Art. 12."),
    (
        "Das letzte Wort hatte das Gericht.",
        "BVerfG, Beschluss vom 6. Mai 2001, BVerfGE 104, 9 (2001).",
    ),
    ("Seither ist nichts geschehen.", "Okonkwo-Berg, a. a. O., 9."),
]
_HEADS = {
    "en": ("STATE LAW QUARTERLY", "[Vol. 9"),
    "es": ("REVISTA DE DERECHO CIVIL", "[Vol. 4"),
    "de": ("ZEITSCHRIFT FÜR RECHTSGESCHICHTE", "[Bd. 12"),
}
_PAGES = (7, 8, 7)  # notes on each of the three pages


def _article(
    notes: list[tuple[str, str]], lang: str, feeds: bool, pages: tuple[int, ...] = _PAGES
) -> str:
    """Three pages of an invented article: a title, then each page's text (one line per
    note, its marker glued to the sentence's end, and a line without one), a blank line,
    the page's notes one line each; a running head over pages 2 and 3, after a form feed
    (pdftotext) or not (a PDF viewer's copy)."""
    journal, volume = _HEADS[lang]
    out = ["ARTICLE TITLE IN CAPITALS", "An Author*", ""]
    n = 0
    for page, count in enumerate(pages):
        if page:
            head = f"{54 + page}      {journal}      {volume}"
            out += [("\f" if feeds else "") + head, ""]
        body: list[str] = []
        foot: list[str] = []
        for _ in range(count):
            n += 1
            sentence, note = notes[n - 1]
            body.append(f"{sentence[:-1]}{sentence[-1]}{n} It goes on here")
            foot.append(f"{n} {note}")
        out += ["The section opens with a line that cites nothing at all.", *body, "", *foot, ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("notes", "lang", "feeds"),
    [
        (_EN, "en", True),
        (_ES, "es", True),
        (_DE, "de", True),
        (_EN, "en", False),
        (_ES, "es", False),
        (_DE, "de", False),
    ],
    ids=["en-pdftotext", "es-pdftotext", "de-pdftotext", "en-copied", "es-copied", "de-copied"],
)
def test_page_foot_notes_only_are_read(
    notes: list[tuple[str, str]], lang: str, feeds: bool
) -> None:
    text = _article(notes, lang, feeds)
    assert choose("article.txt", text).reader.name == "pdf-text"
    doc = pdftext.read(text)
    assert [note.label for note in doc.footnotes] == [str(k) for k in range(1, 23)]
    assert [m.label for m in doc.markers] == [str(k) for k in range(1, 23)]
    for note, (_, printed) in zip(doc.footnotes, notes, strict=True):
        assert note.text == printed  # no running head, no next page's text in a note


@pytest.mark.parametrize("notes", [_EN, _ES, _DE], ids=["en", "es", "de"])
def test_copied_pages_with_few_notes_every_page_read(notes: list[tuple[str, str]]) -> None:
    """Three notes a page, copied without form feeds: every page's notes are read, none
    holding the next page's head or text."""
    text = _article(notes, "en", False, (3, 3, 3))
    doc = pdftext.read(text)
    assert [note.label for note in doc.footnotes] == [str(k) for k in range(1, 10)]
    assert [note.text for note in doc.footnotes] == [printed for _, printed in notes[:9]]


def test_the_notes_numbers_are_no_margin_line_numbers() -> None:
    """The lines of a short article with 22 one-line notes keep their numbers."""
    lines = _article(_EN, "en", True).split("\n")
    assert strip_line_numbers(lines) == lines


_LIST = [
    "Assembly instructions for the shelf",
    "",
    "Read every step before you start.",
    *(f"{k} Fit part {k} to the frame and tighten it by hand" for k in range(1, 23)),
    "",
    "Keep the receipt in a safe place.",
]


def test_numbered_list_without_markers_is_no_notes() -> None:
    """Near miss: a numbered list that no glued marker cites is no footnotes."""
    doc = pdftext.read("\n".join(_LIST))
    assert doc.footnotes == ()


def _review(step: int, count: int) -> list[str]:
    """A review copy printed with a number every ``step`` lines."""
    out = []
    for k in range(1, count + 1):
        text = f"line {k} of the manuscript discusses the survey and the results"
        out.append(f"{k} {text}" if k % step == 0 else text)
    return out


@pytest.mark.parametrize("step", [2, 5])
def test_review_copy_numbered_every_few_lines_still_stripped(step: int) -> None:
    """Near miss: margin numbers printed every 2 or 5 lines (one residue) are taken off."""
    lines = _review(step, 120)
    stripped = strip_line_numbers(lines)
    assert all(not line[0].isdigit() for line in stripped)


def _copied_pages(n: int) -> str:
    """About ``n`` characters of pages copied without form feeds, three notes each."""
    out: list[str] = []
    k = 0
    while sum(len(line) + 1 for line in out) < n - 60:
        k += 1
        out += [f"Text of the page.{k} Goes on.", "", f"{k} Roe, Law {k} (1990).", ""]
    return "\n".join(out)[:n]


def test_linear_copied_pages() -> None:
    """The areas of a text without page breaks are each looked for in a bounded window."""
    assert_linear(pdftext.read, _copied_pages)
