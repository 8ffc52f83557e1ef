"""fix80p: an Italian act listed under its designation, its title after a full stop, a dash
or a colon (``Decreto legislativo 3 marzo 2001, n. 77. Riordino degli osservatori …``, as a
list sets the designation as the entry's heading): the title proper is the act's title, the
designation and the gazette no part of it (fix59j's reading of designations, which knew the
comma only).  A gazette right after the number (``…, n. 241, G.U. n. 192 del …``) is no title
(it was cut into ``G.U. n. 192 del 18 agosto 19``); an Iberian act's title still goes on
after its comma only.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Decreto legislativo 3 marzo 2001, n. 77. Riordino degli osservatori astronomici "
            "nazionali, Gazzetta Ufficiale n. 60 del 13 marzo 2001",
            "Riordino degli osservatori astronomici nazionali",
            2001,
        ),
        (
            "Legge 9 maggio 1989, n. 168 – Istituzione del Ministero dell'università e della "
            "ricerca scientifica",
            "Istituzione del Ministero dell'università e della ricerca scientifica",
            1989,
        ),
        (
            "D.P.R. 11 luglio 1980, n. 382: Riordinamento della docenza universitaria",
            "Riordinamento della docenza universitaria",
            1980,
        ),
        (
            "Decreto ministeriale 5 aprile 2012, n. 41. Norme per il catalogo delle stelle "
            "doppie. G.U. n. 90 del 17 aprile 2012.",
            "Norme per il catalogo delle stelle doppie",
            2012,
        ),
        # near misses: read as before (or no title where there is none)
        ("Legge 7 agosto 1990, n. 241, G.U. n. 192 del 18 agosto 1990.", None, 1990),
        ("Legge 7 agosto 1990, n. 241. G.U. n. 192 del 18 agosto 1990.", None, 1990),
        ("Legge 7 agosto 1990, n. 241. Art. 5.", None, 1990),
        ("Legge 7 agosto 1990, n. 241.", None, 1990),
        (
            "Legge 31 gennaio 1901, n. 23, sull'emigrazione",
            "Legge 31 gennaio 1901, n. 23, sull'emigrazione",
            1901,
        ),
        (
            "Legge 7 agosto 1990, n. 241, Nuove norme in materia di procedimento amministrativo",
            "Nuove norme in materia di procedimento amministrativo",
            1990,
        ),
        (
            "Real Decreto 1234/2003, de 4 de junio. Reorganización del Instituto, Boletín "
            "Oficial del Estado n. 137",
            None,
            2003,
        ),
    ],
)
def test_act_title_after_its_designation(text: str, title: str | None, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.year) == (title, year)
