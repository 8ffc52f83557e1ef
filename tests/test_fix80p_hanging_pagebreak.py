"""fix80p: an unnumbered reference list set with hanging indents (each entry's first line
flush, its wrapped lines indented two, three or four spaces, no blank line between entries)
that runs over a page break: the running head of the next page and the blank line under it
are no blank line parting the list's entries (a list "spaced" so, as an essay typed in
Markdown, lets a line go on with the unfinished line above it whatever its indent).  Before,
the page break made the whole list "spaced" and every entry whose last line ends with no
full stop (``…, 58, 211–230``, ``… n. 60 del 13 marzo 2001``) swallowed the next one.

The entries are the astronomy journals' comma form (``Okoro T. A., Lind B., et al. 2019,
Title, Journal, 621, A12``: :mod:`bibcheck.parse.references.astro_comma`), with a decree and
a body's undated page among them; a list set flush (pdftotext without ``-layout``) starts an
entry at such names and bare year too.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext

RUNNING = "Rossi e Bianchi: Mappe del Sole a 22 GHz                              "


def _document(indent: int, heading: str) -> str:
    sp = " " * indent
    return (
        "Giornale di prova 12 (2024) 10-13\n\n"
        "Mappe del Sole a 22 GHz con un'antenna singola\n\n"
        "Anna Rossi e Luca Bianchi\n\n"
        "1. Introduzione\n"
        "Le mappe solari in banda K (Okoro et al. 2019; Ferrante 1987) mostrano le regioni\n"
        "attive; il metodo segue Lefort & Marchal (2011) e il rapporto (Cossu & Piras 2022).\n\n"
        f"\f{RUNNING}11\n\n"
        "2. Metodo\n"
        "La calibrazione segue la tesi di Atzeni (2019) e il decreto (Decreto legislativo\n"
        "3 marzo 2001, n. 77), con i dati del sito (IRA-CNR s.d.) e di Hale (2014).\n\n"
        f"{heading}\n"
        "Atzeni R. 2019, Un modello del lobo per sorgenti estese, Tesi di dottorato,\n"
        f"{sp}Università degli Studi di Sassari\n"
        "Cossu M., Piras A. 2022, Mappe solari in banda Q, Rapporto tecnico IRA n. 57,\n"
        f"{sp}Istituto di Radioastronomia\n"
        "Decreto legislativo 3 marzo 2001, n. 77. Riordino degli osservatori astronomici\n"
        f"{sp}nazionali, Gazzetta Ufficiale n. 60 del 13 marzo 2001\n"
        "Ferrante G. L. 1987, Emissione radio delle macchie solari, Memorie della Società\n"
        f"{sp}Astronomica Italiana, 58, 211–230\n"
        "Hale D. K. 2014, Beam models for extended sources, PhD thesis, University of\n"
        f"{sp}Leeds\n"
        f"\f{RUNNING}12\n\n"
        "IRA-CNR s.d., Stato dei ricevitori di Medicina, https://ricevitori.example.org/\n"
        f"{sp}medicina (consultato il 3 marzo 2024)\n"
        "Lefort J.-P., Marchal A. 2011, Les éruptions du Soleil calme, Astronomy &\n"
        f"{sp}Astrophysics, 530, L9\n"
        "Okoro T. A., Lindqvist B., Ruiz M., et al. 2019, A survey of faint dwarf galaxies in\n"
        f"{sp}the Local Volume, Astronomy & Astrophysics, 621, A12\n"
    )


FIRST_WORDS = ["Atzeni", "Cossu", "Decreto", "Ferrante", "Hale", "IRA-CNR", "Lefort", "Okoro"]


@pytest.mark.parametrize("indent", [2, 3, 4])
@pytest.mark.parametrize("heading", ["Bibliografia", "References", "Bibliografía", "Références"])
def test_hanging_list_over_a_page_break(indent: int, heading: str) -> None:
    doc = pdftext.read(_document(indent, heading))
    assert [e.text.split()[0] for e in doc.literature] == FIRST_WORDS
    # (the running head is no entry's text)
    assert not any("Mappe del Sole a 22 GHz" in e.text for e in doc.literature)


def test_flush_list_starts_entries_at_names_and_bare_year() -> None:
    """pdftotext without ``-layout``: no indent to go by; an entry after one that ends with
    no full stop (``…, 211–230``) starts at its names and bare year."""
    text = _document(0, "Bibliografia")
    doc = pdftext.read(text)
    words = [e.text.split()[0] for e in doc.literature]
    for name in ["Atzeni", "Ferrante", "Hale", "Lefort", "Okoro"]:
        assert name in words


def test_spaced_list_still_joins_a_flush_continuation() -> None:
    """Near miss: entries parted by blank lines (no page break) keep a flush line under an
    unfinished one with it (``… n. 57,`` / ``Istituto di Radioastronomia``)."""
    text = (
        "Titolo\n\nTesto con citazioni (Atzeni 2019; Cossu & Piras 2022; Hale 2014) qui.\n\n"
        "Bibliografia\n"
        "Atzeni R. 2019, Un modello del lobo per sorgenti estese, Tesi di dottorato,\n"
        "  Università degli Studi di Sassari\n\n"
        "Cossu M., Piras A. 2022, Mappe solari in banda Q, Rapporto tecnico IRA n. 57,\n"
        "Istituto di Radioastronomia\n\n"
        "Hale D. K. 2014, Beam models for extended sources, PhD thesis, University of\n"
        "  Leeds\n"
    )
    doc = pdftext.read(text)
    assert [e.text.split()[0] for e in doc.literature] == ["Atzeni", "Cossu", "Hale"]
    assert doc.literature[1].text.endswith("Istituto di Radioastronomia")
