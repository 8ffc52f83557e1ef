"""A hyphen at a line end between two lower-case parts: a typesetter's break (dropped)
or a hyphenated compound's own (kept), told by the parts' shape in English, German,
French, Indonesian, Spanish and Portuguese (documents written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.linewrap import join_hyphen

# (line, following line, the line with the next word joined to it)
KEPT = [
    # English: a compound's first element before a word of its own
    ("a national cross-", "sectional survey", "a national cross-sectional"),
    ("patients' self-", "reported sleep", "patients' self-reported"),
    ("Cross-", "cultural validation of the scale", "Cross-cultural"),
    ("the non-", "randomised arm", "the non-randomised"),
    ("in the post-", "operative period", "in the post-operative"),
    ("a well-", "established cohort", "a well-established"),
    ("an ill-", "defined boundary", "an ill-defined"),
    ("a quasi-", "experimental design", "a quasi-experimental"),
    # French: a particle or an inversion joined by its hyphen; a compound's element
    ("ce qui est peut-", "être la cause", "ce qui est peut-être"),
    ("la langue, c'est-", "à-dire le code", "la langue, c'est-à-dire"),
    ("dans l'arrière-", "pays niçois", "dans l'arrière-pays"),
    ("les sources, celles-", "ci surtout", "les sources, celles-ci"),
    ("un après-", "midi de juin", "un après-midi"),
    # Indonesian: a word said twice (a plural, a reduplication)
    ("kebiasaan anak-", "anak sekolah dasar", "kebiasaan anak-anak"),
    ("kehidupan sehari-", "hari nelayan", "kehidupan sehari-hari"),
    ("sambil bermain-", "main di pantai", "sambil bermain-main"),
    ("lembaga masing-", "masing daerah", "lembaga masing-masing"),
    # Spanish and Portuguese: two adjectives, the first keeping its accent
    ("un enfoque teórico-", "práctico de la", "un enfoque teórico-práctico"),
    ("el contexto político-", "social del país", "el contexto político-social"),
    ("uma análise histórico-", "crítica da obra", "uma análise histórico-crítica"),
    ("é preciso fazê-", "lo com cuidado", "é preciso fazê-lo"),
    # German: two adjectives in -isch
    ("die deutsch-", "französische Grenze", "die deutsch-französische"),
    ("eine politisch-", "ökonomische Analyse", "eine politisch-ökonomische"),
]

# typesetters' breaks with the same letters about: the hyphen dropped
DROPPED = [
    ("die Schiff-", "fahrt auf dem Rhein", "die Schifffahrt"),
    ("zur Wirtschafts-", "geschichte Europas", "zur Wirtschaftsgeschichte"),
    ("the river cross-", "ing at the ford", "the river crossing"),
    ("a self-", "ish motive", "a selfish"),
    ("this is non-", "sense", "this is nonsense"),
    ("were bring-", "ing the nets", "were bringing"),
    ("the contem-", "porary port", "the contemporary"),
    ("were pre-", "sented to the", "were presented"),
    ("las políti-", "cas públicas", "las políticas"),
    ("les avant-", "ages fiscaux", "les avantages"),
    ("pelabuhan perika-", "nan di Jawa", "pelabuhan perikanan"),
    ("para los econó-", "micos del sector", "para los económicos"),
]


@pytest.mark.parametrize(("line", "following", "joined"), KEPT)
def test_compound_hyphen_kept(line: str, following: str, joined: str) -> None:
    found = join_hyphen(line, following)
    assert found is not None
    assert found[0] == joined


# (guards: these pass on main too; they pin that the new shapes take no typesetter's break)
@pytest.mark.parametrize(("line", "following", "joined"), DROPPED)
def test_typesetters_break_dropped(line: str, following: str, joined: str) -> None:
    found = join_hyphen(line, following)
    assert found is not None
    assert found[0] == joined


BODY = [
    "1 Field methods",
    "",
    "The survey protocol is described in full in the",
    "Station Manual1 and was revised after the first season.",
    "",
]
NEXT_PAGE = ["", "\f2 Results", "", "The counts rose in the second season."]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            ["1 K. Ostrova, A cross-", "sectional survey of upland meadows (Tartu, 2017), 44."],
            "A cross-sectional survey",
        ),
        (
            ["1 R. Sari, Kehidupan sehari-", "hari nelayan di pesisir (Jakarta, 2019), 12."],
            "Kehidupan sehari-hari nelayan",
        ),
        (
            ["1 M. Roux, Ce qui est peut-", "être la cause (Lyon, 2015), 8."],
            "Ce qui est peut-être la cause",
        ),
    ],
)
def test_pdftext_note_keeps_compound_hyphen(note: list[str], expected: str) -> None:
    doc = pdftext.read("\n".join(BODY + note + NEXT_PAGE) + "\n")
    texts = [" ".join(n.text.split()) for n in doc.footnotes]
    assert len(texts) == 1
    assert expected in texts[0]


# (body line, note lines, expected in the note): how the document writes the word elsewhere
EVIDENCE = [
    # printed with its hyphen inside a line: a lower-case break there keeps it
    (
        "Most ports were state-owned until the reforms of the late century.",
        ["1 L. Varga, The state-", "owned harbours of the Adriatic (Split, 2011), 17."],
        "The state-owned harbours",
    ),
    (
        "Die Datei ist maschinen-lesbar und frei zugänglich im Archiv.",
        ["1 H. Kraus, Eine maschinen-", "lesbar erfasste Quelle (Bonn, 2014), 9."],
        "Eine maschinen-lesbar erfasste",
    ),
]


@pytest.mark.parametrize(("body", "note", "expected"), EVIDENCE)
def test_pdftext_note_hyphen_as_the_document_writes_it(
    body: str, note: list[str], expected: str
) -> None:
    lines = [*BODY[:-1], body, "", *note, *NEXT_PAGE]
    doc = pdftext.read("\n".join(lines) + "\n")
    texts = [" ".join(n.text.split()) for n in doc.footnotes]
    assert len(texts) == 1
    assert expected in texts[0]


# a compound's shape alone gives way where the document writes the word joined
# (guards: these pass on main too, which drops every lower-case break's hyphen)
WRITTEN = [
    ("the post-", "operative period", {"postoperative"}, "the postoperative"),
    ("a non-", "invasive test", {"noninvasive", "test"}, "a noninvasive"),
]


@pytest.mark.parametrize(("line", "following", "written", "joined"), WRITTEN)
def test_written_joined_wins_over_shape(
    line: str, following: str, written: set[str], joined: str
) -> None:
    found = join_hyphen(line, following, {}, frozenset(written))
    assert found is not None
    assert found[0] == joined
