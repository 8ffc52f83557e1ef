"""fix79p: a journal article through pdftotext, author-date, with

* a byline whose affiliation marks are raised digits (``Anna Smits¹, Piet Kos² en Karel de
  Vries¹`` over ``¹ Afdeling …``), joined by the language's "and" (``en``, ``och``, ``og``,
  ``ja``): no citations, while a raised digit after a name in a sentence still calls a note;
* an unnumbered list set with hanging indents (each entry's first line flush, its wrapped
  lines indented a few spaces, no blank line between entries) whose first entry starts in
  no way a name-led entry is known to (``Aa J van der, …``, a law's title): a list, not the
  other column's prose.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.hangingindent import hanging_block

HEAD = "Tijdschrift voor Bodemkunde | Jaargang 12 | 2025 | nr. 3 | 40-47\n\n\n"
TITLE = "Kalkbehoefte van zandgronden in het oosten van het land\n\n"
BODY = (
    "\n\nINLEIDING\n"
    "Op arme zandgronden daalt de zuurgraad sneller dan op klei (Smits et al., 2018;\n"
    "Koster, 2020). De Vries en Bakker (2019) vonden grotere verschillen tussen per-\n"
    "celen dan tussen bedrijven, en een landelijke richtlijn ontbreekt (Bodemraad, 2021).\n\n"
)
LIST = (
    "LITERATUUR\n"
    "Bodemraad. Advies over bekalking van landbouwgrond. Den Haag: Bodemraad;\n"
    "    2021. Besluit van 4.2.2021.\n"
    "Koster P. Zuurgraad en opbrengst van maïs op zandgrond [proefschrift]. Wagen-\n"
    "    ingen: Universiteit Wageningen; 2020.\n"
    "Smits A, Koster P, Vries K de. Bekalking van grasland op zandgrond: een veld-\n"
    "    proef. Tijdschr Bodemkd. 2018; 8(2): 11-19.\n"
    "Vries K de, Bakker T. Perceelsverschillen in zuurgraad op zand en klei. Bodem\n"
    "    Water. 2019; 4: 33-41.\n"
)
CITES = [("3", 14), ("2", 15), ("4", 15), ("1", 16)]


def _cites(text: str) -> list[tuple[str, int]]:
    return sorted(((m.label, m.line) for m in pdftext.read(text).markers), key=lambda x: x[1])


# --------------------------------------------------------------------------
# affiliation marks in a title page's byline
# --------------------------------------------------------------------------

BYLINES = [
    pytest.param(
        "Anna Smits¹, Pieter Koster² en Karel de Vries¹\n\n"
        "¹ Afdeling Bodemkwaliteit, Hogeschool Zuid, Tilburg\n"
        "² Adviesbureau De Kei, Zwolle\n",
        id="nl-en-superscripts",
    ),
    pytest.param(
        "Anna Smits¹, Pieter Koster² och Karel de Vries¹\n\n"
        "¹ Institutionen för mark och miljö, Uppsala\n"
        "² Hushållningssällskapet, Skara\n",
        id="sv-och-superscripts",
    ),
    pytest.param(
        "Anna Smits¹, Pieter Koster² og Karel de Vries¹\n\n"
        "¹ Institutt for plantevitenskap, Ås\n"
        "² Norsk Landbruksrådgiving, Hamar\n",
        id="nb-og-superscripts",
    ),
    pytest.param(
        "Anna Smits¹, Pieter Koster² ja Karel de Vries¹\n\n"
        "¹ Maataloustieteiden osasto, Helsinki\n"
        "² ProAgria, Seinäjoki\n",
        id="fi-ja-superscripts",
    ),
    pytest.param(
        "Anna Smits², Pieter Koster¹ and Karel de Vries²\n\n"
        "¹ Soil Advisory Service, Leeds\n"
        "² School of Agriculture, Harbour University\n",
        id="en-and-out-of-order",
    ),
    pytest.param(
        "Anna Smits1, Pieter Koster2 en Karel de Vries1\n\n"
        "1 Afdeling Bodemkwaliteit, Hogeschool Zuid, Tilburg\n"
        "2 Adviesbureau De Kei, Zwolle\n",
        id="nl-en-ascii-digits",
    ),
]


@pytest.mark.parametrize("byline", BYLINES)
def test_byline_affiliations_are_no_citations(byline: str) -> None:
    text = HEAD + TITLE + byline + BODY + LIST
    shift = byline.count("\n") - 5  # (the cited lines move with the byline's length)
    assert _cites(text) == [(label, at + shift) for label, at in CITES]


def test_raised_digit_after_a_name_in_a_sentence_still_calls_a_note() -> None:
    # near miss: names with raised digits in a sentence, the notes at the page's foot
    text = (
        "Kalkbehoefte van zandgronden\n\nAnna Smits\n\n"
        "Het verschil werd eerst door Koster¹ beschreven en later door de Vries² en\n"
        "door Smits¹ bevestigd in een tweede proef op dezelfde percelen in de zomer.\n"
        "Ook de zuurgraad van de ondergrond daalde in beide proeven gestaag verder.\n\n\n\n"
        "¹ P. Koster, Zuurgraad en opbrengst (Wageningen 2020), p. 12.\n"
        "² K. de Vries, Perceelsverschillen (Utrecht 2019), p. 33.\n"
    )
    labels = [m.label for m in pdftext.read(text).markers]
    assert labels[:2] == ["1", "2"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Anna Smits¹, Pieter Koster² en Karel de Vries¹", [1, 2, 1]),
        ("Ana Ruiz¹, Luis Vega² y Pablo Sanz¹", [1, 2, 1]),
        ("Anna Smits1, Pieter Koster2 en Karel de Vries1", [1, 2, 1]),
        # (a sentence: mostly lower-case words)
        ("zoals door Koster¹ en later door de Vries² werd vastgesteld in de proef", []),
        ("Anna Smits¹ en Pieter Koster² stellen vast dat het werkt.", []),
    ],
)
def test_byline_numbers(line: str, expected: list[int]) -> None:
    assert pdftext._byline_numbers(line) == expected


# --------------------------------------------------------------------------
# an unnumbered list with hanging indents
# --------------------------------------------------------------------------

HANGING_FIRSTS = [
    pytest.param(
        "Aa J van der, Bakker T. Kalk in de ondergrond van oude akkers. Bodem\n"
        "    Water. 2017; 2: 1-9.\n",
        "(Van der Aa en Bakker, 2017)",
        id="inverted-particle-first",
    ),
    pytest.param(
        "Wet van 3 mei 2015, houdende regels over de bescherming van de bodem\n"
        "    (Wet bodemzorg). Stb. 2015, 120.\n",
        "(Wet bodemzorg, 2015)",
        id="law-title-first",
    ),
]


@pytest.mark.parametrize(("first", "cite"), HANGING_FIRSTS)
def test_hanging_list_with_an_unknown_first_entry(first: str, cite: str) -> None:
    body = BODY.replace("(Bodemraad, 2021).", f"(Bodemraad, 2021)\n{cite}.")
    lines = LIST.split("\n")
    text = HEAD + TITLE + "Anna Smits\n" + body + lines[0] + "\n" + first + "\n".join(lines[1:])
    doc = pdftext.read(text)
    assert len(doc.literature) == 5
    assert [e.text.split()[0] for e in doc.literature] == [
        first.split()[0],
        "Bodemraad.",
        "Koster",
        "Smits",
        "Vries",
    ]
    assert {m.label for m in doc.markers} >= {"2", "3", "4", "5"}


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (LIST.splitlines()[1:], True),
        # (one entry a line, no wrapped line: no hanging indent to go by)
        (
            ["Aa J. Titel. 2019.", "Bos K. Titel. 2018.", "Dam P. Titel. 2017.", "Eik L. T.", "Ft"],
            False,
        ),
        # (prose, its first line indented)
        (
            [
                "   Op arme gronden daalt de zuurgraad sneller.",
                "Dat zagen wij ook in de proef van dit jaar.",
                "Het verschil is groot en het blijft groot.",
                "Wij bevelen aan om vaker te bekalken.",
                "Dat kost weinig en levert veel op.",
            ],
            False,
        ),
        # (a table's cells: several deeper indents)
        (
            [
                "Tabel 1 Zuurgraad",
                "      2018     5,1",
                "  2019   5,0",
                "Tabel 2 Kalk",
                "        2020  4,9",
                "Noot: mediaan",
                "    bron: eigen metingen",
            ],
            False,
        ),
        # (a short block: fewer than three entries)
        (["Aa J. Een titel", "    die doorloopt. 2019.", "Bos K. Titel", "    2018."], False),
    ],
)
def test_hanging_block(block: list[str], expected: bool) -> None:
    assert hanging_block(block) is expected
