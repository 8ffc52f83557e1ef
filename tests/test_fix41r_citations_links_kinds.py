"""docutils citations are literature, footnotes are notes: an uncited ``.. [Label]`` is an
uncited literature entry, never a footnote without its marker; inverted co-authors joined
by "and" in the list's language (Corsican "è", Romanian "și", Hungarian "és" ...); a
"see" lead-in in Corsican, Galician, Portuguese; a body link that sends the reader to a
site ("for more information, visit …") cites nothing beside the notes.  Texts written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, FindingKind
from bibcheck.parse.references import parse_reference

RST_APPARATUS = """Title
=====

Stone walls hold heat [MOR1999]_ [#]_.

.. [#] Measured in August.

References
==========

.. [MOR1999] Morelli, Anna. *Muri a secco*. Firenze: Olschki, 1999.

.. [PAL2003] Paoli, Luca. *Tetti di lavagna*. Genova: Sagep, 2003.
"""

RST_CITATIONS_ONLY = """Title
=====

Stone walls hold heat [MOR1999]_.

.. [MOR1999] Morelli, Anna. *Muri a secco*. Firenze: Olschki, 1999.

.. [PAL2003] Paoli, Luca. *Tetti di lavagna*. Genova: Sagep, 2003.
"""

RST_FOOTNOTE = """Title
=====

Stone walls hold heat [1]_.

.. [1] Morelli, Anna. *Muri a secco*. Firenze: Olschki, 1999.

.. [2] Paoli, Luca. *Tetti di lavagna*. Genova: Sagep, 2003.
"""


@pytest.mark.parametrize(
    ("text", "uncited_at", "unmarked"),
    [
        pytest.param(RST_APPARATUS, 13, False, id="citation-list-beside-footnotes"),
        pytest.param(RST_CITATIONS_ONLY, 8, False, id="citations-alone"),
        pytest.param(RST_FOOTNOTE, None, True, id="a-footnote-stays-a-footnote"),
    ],
)
def test_an_uncited_rst_citation_is_an_uncited_literature_entry(
    text: str, uncited_at: int | None, unmarked: bool
) -> None:
    doc = parse_bytes(text.encode(), "a.rst")
    findings = analyse_document(doc, {}, {})
    uncited = [
        f.lines[0] for f in findings if f.kind is FindingKind.UNCITED_LITERATURE_ENTRY and f.lines
    ]
    codes = {a.code for a in doc.all_anomalies()}
    assert (AnomalyCode.DEFINITION_WITHOUT_MARKER in codes) is unmarked
    assert uncited == ([uncited_at] if uncited_at else [])


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            'Santucci, Petru, è Alfonsi, Marie. "Muri è venti." *Études corses* 12 (2019): 4–9.',
            ("Santucci", "Alfonsi"),
        ),
        (
            "Popa, Ion, și Dinu, Elena. *Casa de piatră*. București: Polirom, 2015.",
            ("Popa", "Dinu"),
        ),
        ("Szabó, Péter, és Kiss, Anna. *A kőház*. Budapest: Osiris, 2010.", ("Szabó", "Kiss")),
        ("Ward, Helen, and Quinn, Mark. *Slate Roofs*. Leeds: Maney, 2008.", ("Ward", "Quinn")),
        ("Rossi, M. e Bianchi, L. *Le mura*. Roma: Laterza, 2001.", ("Rossi", "Bianchi")),
    ],
)
def test_inverted_co_authors_joined_in_the_lists_language(
    text: str, families: tuple[str, ...]
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert tuple(a.split(",")[0] for a in ref.authors) == families


@pytest.mark.parametrize(
    "text",
    [
        "Per i venti di u Capu, vede Météo-France, *Normales du Cap Corse*, "
        "https://meteo.example.fr/cap, 2021.",
        "Para os ventos do cabo, veja Instituto do Mar, *Normais do cabo*, "
        "https://mar.example.pt/cabo, 2021.",
        "Para os ventos do cabo, véxase MeteoGalicia, *Normais do cabo*, "
        "https://meteo.example.gal/cabo, 2021.",
    ],
)
def test_a_see_lead_in_leaves_the_emphasised_title(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.title is not None and ref.title.startswith("Norma")


TYPST = """= Coasts

Sea level rose fast.#footnote[K. Lind, _Harbours of the Baltic_, Stockholm: Norstedts, 2001, p. 4.]

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        ('Yields fell, as #link("https://stats.example.ws/r")[the survey] shows.', True),
        ('For more information, visit #link("https://www.example.gov.ws")[the ministry].', False),
        ('Further figures are on #link("https://www.example.gov.ws")[its website].', False),
        ('Weitere Informationen: #link("https://www.example.de")[Landesamt].', False),
    ],
)
def test_a_link_sending_the_reader_to_a_site_cites_nothing(sentence: str, cites: bool) -> None:
    doc = parse_bytes(TYPST.format(sentence=sentence).encode(), "a.typ")
    assert ("L1" in {fn.label for fn in doc.footnotes}) is cites
