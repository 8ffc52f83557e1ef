"""Fix 54a: notes that cite an author-date list, and the sources student guides teach.

* a note's own name-year citations of an author-date list cite it as ``[n]`` at the note's
  line, also when the body cites by its notes alone (two such mentions at least);
* a secondary citation (``X (1993), S. 41, zit. nach Y (2018)``, ``cited in``, ``cité par``,
  ``citado por``) takes the list entry of the work it quotes, the first;
* generative-AI tools titled by the tool's name (no version, no prompt), dictionary and
  body heads ``Name (o. J.): Title``, lecture slides ``web``;
* a hashtag's or handle's digits are no year; a publisher's series after the imprint
  (``Tübingen: Francke (UTB 2397)``) is no report number.

Own fixtures, written in the shapes such documents have.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.author_date_notes import quoted_author_date
from bibcheck.parse.references.reportkind import numbered_report
from bibcheck.parse.references.toolsources import (
    ai_tool,
    dated_head,
    masked_tags,
    slide_deck,
)
from bibcheck.readers import pdftext
from tests.test_regex_growth import assert_linear

# --- secondary citations: the quoted work's short note -----------------------------------


@pytest.mark.parametrize(
    ("text", "names", "year"),
    [
        (
            "Berg/Lind/Ott (2004), S. 41, zit. nach Hahn (2010), S. 88.",
            ("Berg", "Lind", "Ott"),
            2004,
        ),
        ("See Moreau (2019, p. 4); cited in Duval 2020.", ("Moreau",), 2019),
        ("Rivas (2001), p. 12, citado por Ortega (2015), p. 40.", ("Rivas",), 2001),
        ("Lefèvre (1998) cité par Martin (2012), p. 7.", ("Lefèvre",), 1998),
        ("Bianchi (1987), p. 3, cit. in Conti (2005), p. 19.", ("Bianchi",), 1987),
    ],
)
def test_quoted_work_of_a_secondary_note(text: str, names: tuple[str, ...], year: int) -> None:
    cite = quoted_author_date(text)
    assert cite is not None
    assert (cite.names, cite.year) == (names, year)


@pytest.mark.parametrize(
    "text",
    [
        "Vgl. Hahn (2010), S. 88.",  # no secondary words: a plain short note
        "Zit. nach Hahn (2010), S. 88.",  # only the work cited through
        "Berg, Hans: Die Stadt, Kassel 2004, S. 3, zit. nach Hahn (2010).",  # the first in full
    ],
)
def test_no_quoted_short_note(text: str) -> None:
    assert quoted_author_date(text) is None


# --- a term paper through pdftotext: notes cite the list, the body never ---------------

PAPER = """\
      Die Sprache der Hafenstadt

      1 Einleitung

      In Hafenstädten mischen sich Sprachen seit Jahrhunderten.1 Die Forschung hat das
      lange übersehen.2 Die Vorlesung „Stadtsprache“3 gab den Anstoß zu dieser Arbeit.4

      ──────────────────
      1 Vgl. Brandt (2016), S. 3–9.
      2 Kessler/Voss (2001), S. 41, zit. nach Brandt (2016), S. 80.
      3 Lorenz, Katrin: Stadtsprache, Vorlesung SoSe 2022, Universität Kassel, Folie 4.
      4 Die Beispiele stammen aus eigenen Aufnahmen im Stadtteil.

                                                      1
\f
      2 Befunde

      Neue Wörter kommen vor allem aus dem Englischen.5 Ältere Studien sahen das anders.6

      Literaturverzeichnis

      Brandt, Olaf (2016): Sprache der Stadt. Eine Einführung. 3. Aufl. Kassel: Nordhafen.
      Kessler, Uwe/Voss, Heike (2001): Hafensprache. Studien zum Kontakt. Bremen: Deich.
      Lorenz, Katrin (2022): Stadtsprache. Vorlesungsfolien, Universität Kassel.
      Pohl, Regina (2009): Wörter im Wandel. Studien zur Entlehnung. Hamm: Weißdorn.

      ──────────────────
      5 Pohl (2009), S. 77.
      6 Hier ist die Sammlung noch klein.

                                                      2
"""


def test_notes_cite_the_author_date_list_as_numbers() -> None:
    doc = pdftext.read(PAPER)
    cited = sorted((m.label, m.line) for m in doc.markers if m.label.startswith("["))
    # Brandt [1] (notes 1 and 2), Kessler/Voss [2] (note 2), Pohl [4] (note 5)
    assert cited == [("[1]", 9), ("[1]", 10), ("[2]", 10), ("[4]", 28)]
    numbers = sorted({m.label for m in doc.markers if m.label.isdigit()}, key=int)
    assert numbers == ["1", "2", "3", "4", "5", "6"]


def test_one_name_in_the_notes_is_no_author_date_reading() -> None:
    """A single name and year in the notes may be a stray: the notes stay notes only."""
    text = PAPER.replace("Kessler/Voss (2001), S. 41, zit. nach Brandt (2016), S. 80.", "Ebd.")
    text = text.replace("Vgl. Brandt (2016), S. 3–9.", "Siehe Anhang A.")
    doc = pdftext.read(text)
    assert not [m for m in doc.markers if m.label.startswith("[")]


def test_secondary_note_takes_the_quoted_work(tmp_path: Path) -> None:
    path = tmp_path / "hausarbeit.txt"
    path.write_text(PAPER, encoding="utf-8")
    parsed = parse_file(path, reader="pdf-text")
    notes = {fn.label: fn.reference for fn in parsed.footnotes}
    assert notes["2"].year == 2001
    assert [a.split(",")[0] for a in notes["2"].authors] == ["Kessler", "Voss"]
    assert notes["2"].title == "Hafensprache. Studien zum Kontakt"
    assert notes["1"].title == "Sprache der Stadt. Eine Einführung"
    assert notes["3"].kind is RefKind.WEB  # lecture slides


# --- sources student guides teach ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "note", "title", "year"),
    [
        (
            "OpenAI (2024): ChatGPT (Version vom 3.2.2024) [Großes Sprachmodell]. https://chat.openai.com/",
            False,
            "ChatGPT",
            2024,
        ),
        (
            "OpenAI. (2023). ChatGPT (Aug 3 version) [Large language model]. https://chat.openai.com/chat",
            False,
            "ChatGPT",
            2023,
        ),
        (
            "Anthropic (2024): Claude (Version 3) [KI-Sprachmodell]. https://claude.ai/",
            False,
            "Claude",
            2024,
        ),
        (
            "OpenAI: ChatGPT (Version vom 3.2.2024), Antwort auf die Frage „Was heißt lit?“, "
            "https://chat.openai.com/ (abgerufen am 3.2.2024).",
            True,
            "ChatGPT",
            2024,
        ),
        (
            "Duden online (o. J.): lit. https://www.duden.de/rechtschreibung/lit (Zugriff: 3.2.2024).",
            False,
            "lit",
            None,
        ),
        ("Duden online, s. v. „lit“, https://www.duden.de/rechtschreibung/lit.", True, "lit", None),
        (
            'Merriam-Webster, s.v. "lit," https://www.merriam-webster.com/dictionary/lit.',
            True,
            "lit",
            None,
        ),
    ],
)
def test_tools_and_dictionaries_by_their_names(
    text: str, note: bool, title: str, year: int | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.WEB)


def test_printed_dictionary_keeps_its_title() -> None:
    text = "John Hale, A Medical Lexicon, new ed. (London: Tegg, 1820), s.v. “tonic.”"
    assert parse_reference(text, [1], detect_styles=True, note=True).title == "A Medical Lexicon"


def test_software_version_is_no_ai_tool() -> None:
    """A version in parentheses without an AI cue leaves the title as read."""
    ref = Reference(
        raw="Lindqvist, A. Rivermap (Version 2.1). Uppsala 2020.",
        line=1,
        end_line=1,
        title="Rivermap (Version 2.1)",
    )
    assert ai_tool(ref) is ref


def test_dated_head_needs_the_head_at_the_start() -> None:
    ref = Reference(
        raw="Vgl. die Chronik Die Stadt (1920): eine Chronik, Kassel 1921.",
        line=1,
        end_line=1,
        title="Die Stadt (1920): eine Chronik",
    )
    assert dated_head(ref) is ref


@pytest.mark.parametrize(
    ("raw", "kind", "want"),
    [
        ("Nguyen, T. (2024). Week 4 [Lecture slides]. Moodle.", RefKind.UNKNOWN, RefKind.WEB),
        ("Lorenz, K.: Stadtsprache, Vorlesung SoSe 2022, Folie 4.", RefKind.UNKNOWN, RefKind.WEB),
        ("Roux, P., cours magistral, Moodle de l'université, 2023.", RefKind.UNKNOWN, RefKind.WEB),
        (
            "Lorenz, K.: Stadtsprache. Vorlesungsfolien, Universität Kassel.",
            RefKind.BOOK,
            RefKind.WEB,
        ),
        ("Dupont, Marie, Folie à deux. Essai, Paris 2001.", RefKind.BOOK, RefKind.BOOK),
        ("Smith, John, The Slide into War, London 2001.", RefKind.BOOK, RefKind.BOOK),
        ("Smith, John, Lecture notes on algebra, London 2001.", RefKind.UNKNOWN, RefKind.UNKNOWN),
    ],
)
def test_slide_decks(raw: str, kind: RefKind, want: RefKind) -> None:
    ref = Reference(raw=raw, line=1, end_line=1, kind=kind)
    assert slide_deck(ref).kind is want


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Vgl. die Debatte unter #Wortwahl2019 auf X; dokumentiert bei Wikipedia: Art. „Wort des "
            "Jahres“, https://de.wikipedia.org/wiki/Wort_des_Jahres.",
            None,
        ),
        ("See the thread by @lingfan2021 on X, https://x.com/lingfan2021/status/1.", None),
        ("Issue #12 of the Gazette, London 2019.", 2019),  # a number, no hashtag
    ],
)
def test_tags_give_no_year(text: str, year: int | None) -> None:
    assert parse_reference(text, [1], note=True).year == year


def test_masked_tags_keep_addresses_and_mails() -> None:
    text = "@ann2020 wrote to ann@host2020.de, https://x.com/@ann2020/1 #Tag2020"
    assert masked_tags(text) == (
        "@annxxxx wrote to ann@host2020.de, https://x.com/@ann2020/1 #Tagxxxx"
    )


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Neuland, E. (2018): Jugendsprache. Tübingen: Francke (UTB 2397).", False),
        ("Habermas, J. (1981): Theorie. Frankfurt am Main: Suhrkamp (STW 1175).", False),
        ("Dworkin, M. (2007). Block cipher modes (NIST SP 800-38D). NIST.", True),
        ("Ott, K. (2019). Flood risk (Working Paper No. 7). Bremen: Deich.", True),
    ],
)
def test_series_after_the_imprint_is_no_report_number(text: str, report: bool) -> None:
    assert numbered_report(text) is report


# --- linear on long, hostile lines --------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "#a1 " * (n // 4), id="tags"),
    pytest.param(lambda n: "Ab: Cd (ABC 12) " * (n // 16), id="series"),
    pytest.param(lambda n: "X (Version 1) " * (n // 14), id="versions"),
    pytest.param(lambda n: "Ab (o. J.): " * (n // 12), id="undated-heads"),
    pytest.param(lambda n: "Folie 1 Vorlesung " * (n // 18), id="slides"),
]


@pytest.mark.parametrize("line", LINES)
def test_new_functions_are_linear(line: Line) -> None:
    def call(text: str) -> object:
        ref = Reference(raw=text, line=1, end_line=1, title=text)
        return (
            masked_tags(text),
            numbered_report(text),
            ai_tool(ref),
            dated_head(ref),
            slide_deck(ref),
            quoted_author_date(text),
        )

    assert_linear(call, line)


# --- a Word term paper: the notes cite the list, the body never --------------------------


def _word_paper() -> bytes:
    from tests.test_reader_docx import build_docx, note, p, ref, t

    body = [
        p(t("Die Sprache der Hafenstadt"), style="Title"),  # 1
        p(t("In Hafenstädten mischen sich Sprachen."), ref(1), t(" Das wurde übersehen."), ref(2)),
        p(t("Die Vorlesung „Stadtsprache“"), ref(3), t(" gab den Anstoß."), ref(4)),  # 3
        p(t("Literaturverzeichnis"), style="Heading1"),  # 4
        p(t("Brandt, Olaf (2016): Sprache der Stadt. Eine Einführung. Kassel: Nordhafen.")),
        p(t("Kessler, Uwe/Voss, Heike (2001): Hafensprache. Studien zum Kontakt. Bremen: Deich.")),
        p(t("Lorenz, Katrin (2022): Stadtsprache. Vorlesungsfolien, Universität Kassel.")),
        p(t("Pohl, Regina (2009): Wörter im Wandel. Studien zur Entlehnung. Hamm: Weißdorn.")),
    ]
    notes = [
        note(1, t("Vgl. Brandt (2016), S. 3–9.")),
        note(2, t("Kessler/Voss (2001), S. 41, zit. nach Brandt (2016), S. 80.")),
        note(
            3, t("Lorenz, Katrin: Stadtsprache, Vorlesung SoSe 2022, Universität Kassel, Folie 4.")
        ),
        note(4, t("Pohl (2009), S. 77.")),
    ]
    return build_docx(body=body, footnotes=notes)


def test_word_notes_citing_the_list_by_name_and_year_stay_notes() -> None:
    """In Word and ODT, notes that cite the list by name and year stay notes (no ``[n]``
    list-number citations, fix55c: the switched-off rule was removed), each taking the
    work of the list it names."""
    from bibcheck.manuscript import parse_bytes

    parsed = parse_bytes(_word_paper(), "hausarbeit.docx")
    cited = sorted((m.label, m.line) for fn in parsed.footnotes for m in fn.markers)
    assert cited == [("1", 2), ("2", 2), ("3", 3), ("4", 3)]
    notes = {fn.label: fn.reference for fn in parsed.footnotes}
    assert notes["1"].title == "Sprache der Stadt. Eine Einführung"
    assert notes["2"].year == 2001
    assert notes["3"].kind is RefKind.WEB
    assert notes["4"].year == 2009


def test_word_notes_citing_works_in_full_stay_notes() -> None:
    """Harvard notes that give each work in full name its authors and year too: no short
    note cites the list, the notes are the citations."""
    from bibcheck.manuscript import parse_bytes
    from tests.test_reader_docx import build_docx, note, p, ref, t

    body = [
        p(t("Waste on the wards"), style="Title"),
        p(t("Plate waste is high."), ref(1), t(" Room service helps."), ref(2)),
        p(t("References"), style="Heading1"),
        p(t("Ashby, R. (2015) ‘Plate waste on wards’, Clinical Diet, 4(2), pp. 1–9.")),
        p(t("Brook, L. (2019) ‘Room service trials’, Food Service, 7(1), pp. 20–28.")),
    ]
    notes = [
        note(1, t("Ashby, R. (2015) ‘Plate waste on wards’, Clinical Diet, 4(2), pp. 1–9.")),
        note(2, t("Brook, L. (2019) ‘Room service trials’, Food Service, 7(1), pp. 20–28.")),
    ]
    parsed = parse_bytes(build_docx(body=body, footnotes=notes), "report.docx")
    labels = sorted(m.label for fn in parsed.footnotes for m in fn.markers)
    assert labels == ["1", "2"]
