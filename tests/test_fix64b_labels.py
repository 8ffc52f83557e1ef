"""Real-PDF leftovers of the pdf-text and plain-text readers (fix64b): a column of list
labels printed apart from the entries' texts, a label's text broken by a page number right
under it in a review copy, an entry's lines printed out of order inside a numbered list."""

from __future__ import annotations

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.columns import Row
from bibcheck.readers.hanginglabels import rejoin_labels
from bibcheck.readers.pdfnumeric import Style, numeric_list

# --------------------------------------------------------------------------
# a column of labels, then the texts (labelcolumn)
# --------------------------------------------------------------------------

_EN = [
    [
        "T.O. Okafor and L. Brandt, Leases in a Replicated Store, Proc. of the 9th",
        "Symp. on Operating Systems, Oct. 1988, 12-25.",
    ],
    ["R. Lindqvist, Clocks Without Drift, Comm. of the ACM 14, 3 (May 1979), 201-212."],
    [
        "M.A. Haddad, B. Soto and K. Ruiz, Checkpoints for Groups of Processes,",
        "ACM Trans. on Computer Systems 6, 2 (June 1990), 77-98.",
    ],
]
_DE = [
    ["Albers, K., Speicher im Dorf. Zeitschrift für Agrargeschichte 18 (2004), 45-67."],
    ["Brenner, U., Gruppenarbeit in der Schule, Münster:", "Waxmann, 2012."],
    ["Dietrich, H., Ernte und Lager, Weinheim: Beltz, 1998."],
    ["Ebert, M., Kornkammern. Berlin: Akademie, 2001."],
]
_FR = [
    ["Jean-Marc Aubert et al. « Greniers du Sahel ». Revue rurale. 2009, p. 922-933."],
    [
        "Claire M. Benoît, Luc Perrin et Anne Roux. « Le stockage des grains ».",
        "Études agraires 12.2 (juin 2011), p. 4-26.",
    ],
]


def _column(texts: list[list[str]], bracketed: bool, first: int = 1) -> list[str]:
    labels = [f"[{first + k}]" if bracketed else f"{first + k}." for k in range(len(texts))]
    out: list[str] = []
    for label in labels:
        out += [label, ""]
    return out + [line for text in texts for line in text]


@pytest.mark.parametrize(
    ("texts", "bracketed", "first"),
    [(_EN, True, 1), (_DE, False, 1), (_FR, True, 15), (_EN, False, 7)],
    ids=["en-bracketed", "de-dotted", "fr-bracketed-later-column", "en-dotted-later"],
)
def test_column_of_labels_joins_its_texts(
    texts: list[list[str]], bracketed: bool, first: int
) -> None:
    from bibcheck.readers.labelcolumn import rejoin_column  # (new in fix64b)

    lines = _column(texts, bracketed, first)
    out = rejoin_column(lines)
    assert len(out) == len(lines)  # (the lines keep their numbers)
    starts = [line for line in out if line.strip()[:1] in "[0123456789" and line.strip()]
    for k, (line, text) in enumerate(zip(starts, texts, strict=True)):
        label = f"[{first + k}]" if bracketed else f"{first + k}."
        assert line == f"{label} {text[0]}"


@pytest.mark.parametrize(
    "lines",
    [
        # three labels, two texts: which text is whose cannot be told
        [*_column(_EN[:2], True)[:-3], "[3]", "", *_EN[0], *_EN[1]],
        # labels not in sequence: no column
        ["[4]", "", "[2]", "", *_EN[0], *_EN[1]],
        # a prose paragraph after the labels, no entry starts in it
        ["1.", "", "2.", "", "The granaries were built of mud brick. They kept", "grain dry."],
    ],
    ids=["fewer-texts", "out-of-sequence", "prose"],
)
def test_column_left_alone_when_texts_do_not_match(lines: list[str]) -> None:
    from bibcheck.readers.labelcolumn import rejoin_column  # (new in fix64b)

    assert rejoin_column(lines) == lines


_DOC = """\
Replicated stores and their clocks

Replicas agree on an order of writes [1]. Clocks drift [2], and groups checkpoint their
processes [3]. Granaries and leases are older than computers [1, 2]. We compare the
three designs [3] and measure them again [2].

Acknowledgements. We thank the staff of the two stores for their help with the
measurements and for their patience.

References
{column}

3
\f"""


@pytest.mark.parametrize(("texts", "bracketed"), [(_EN, True), (_DE, False)], ids=["en", "de"])
def test_document_with_a_column_of_labels_reads_every_entry(
    texts: list[list[str]], bracketed: bool
) -> None:
    column = "\n".join(_column(texts, bracketed))
    doc = plaintext.read(_DOC.format(column=column))
    assert [note.label for note in doc.literature] == [str(k + 1) for k in range(len(texts))]
    assert doc.literature[1].text.startswith(texts[1][0][:20])


def test_label_without_text_is_reported_not_a_crash() -> None:
    # four labels, three texts, then prose: the column is left alone, the label with no
    # text is an anomaly (it was an IndexError in the plain-text reader)
    column = "\n".join(["[1]", "", "[2]", "", "[3]", "", "[4]", "", *_EN[0], *_EN[1], *_EN[2]])
    doc = plaintext.read(_DOC.format(column=column))
    unread = [a for a in doc.anomalies if a.code.value == "unread-region"]
    assert any("list label" in a.message for a in unread)
    assert all(note.text.strip() for note in doc.literature)


# --------------------------------------------------------------------------
# a lone label, its text broken by a page number right under its first line (hanginglabels)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "first", "rest", "following"),
    [
        (
            "9.",
            "Edgar RC, Haas BJ, Quince C. 2011.",
            ["UCHIME improves", "", "Bioinformatics 27:2194-2200."],
            "10. Wang Q, Cole JR. 2007. Naive classifier. Appl Environ Microbiol 73:5261.",
        ),
        (
            "[21]",
            "Lehmann, S. (2015). Speicherbau im ländlichen Raum.",
            ["Agrarhistorische", "", "Blätter 7, 33-50."],
            "[22] Maier, T. (2017). Ernte und Lager. Zeitschrift für Agrarwesen 9, 1-12.",
        ),
    ],
    ids=["dot-en", "bracket-de"],
)
def test_lone_label_past_page_number_under_its_text(
    label: str, first: str, rest: list[str], following: str
) -> None:
    lines = [label, "", first, "19", "\fSome running head", *rest, "", following]
    out = rejoin_labels(lines)
    assert out[2] == f"{label} {first}"
    assert not out[0].strip()


# --------------------------------------------------------------------------
# an entry's lines printed out of order inside a numbered list (scrambledentry)
# --------------------------------------------------------------------------

_SCRAMBLED = [
    "{l1} Okafor N, Lindqvist B. 2014. Harvest and storage. J Agric Hist 12:45-60.",
    "{l2} Soto LM. 2015. Keeping grain dry. Food Stores 9:310-331.",
    "{l3} Edgar RC, Haas BJ. 2011.",
    "{title}",
    "Bioinformatics 27:2194-2200.",
    "seed checking in dry seasons.",
    "{l4} Wang Q, Cole JR. 2007. Ash against pests. Appl Environ Microbiol 73:5261-5267.",
    "{l5} Quist A. 1979. Planning granaries. Harbour Press.",
]


@pytest.mark.parametrize(
    ("style", "title"),
    [
        (Style.DOTTED, "Reliable methods of"),
        (Style.BRACKETED, "Verlässliche Methoden der"),
        (Style.DOTTED, "Métodos fiables para"),
    ],
    ids=["dotted-en", "bracketed-de", "dotted-es"],
)
def test_numbered_list_goes_on_past_a_line_out_of_order(style: Style, title: str) -> None:
    labels = {f"l{n}": f"[{n}]" if style is Style.BRACKETED else f"{n}." for n in range(1, 6)}
    texts = ["References", *(line.format(title=title, **labels) for line in _SCRAMBLED)]
    rows = [Row(k, text) for k, text in enumerate(texts)]
    found = numeric_list(rows, lambda text: text == "References", style)
    assert found is not None
    assert [entry.label for entry in found.entries] == ["1", "2", "3", "4", "5"]
    assert any(row.text == title for row in found.entries[2].rows)
