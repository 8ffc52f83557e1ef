"""fix67h: numbered papers' series, translated titles, acts and decisions by their heading,
particles after the initials of every inverted name, in the shapes reference lists use."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0])


# (entry, title, kind): a numbered paper's series in parentheses closing the title
_SERIES = [
    (
        "Kowalska, A., Zieliński, P. (2021). Nierówności edukacyjne na wsi [Educational"
        " inequality in rural areas] (Working Paper IBE nr 5/2021). Warszawa: Instytut.",
        "Nierówności edukacyjne na wsi",
        RefKind.REPORT,
    ),
    (
        "Bakker, L., & Visser, T. (2019). Terugkeer na detentie (Cahier 2019-11). WODC.",
        "Terugkeer na detentie",
        RefKind.REPORT,
    ),
    (
        "Krämer, K. (2021). Wohnungslosigkeit in Mittelstädten (Diskussionspapier 2021-03)."
        " Berlin: Institut für Sozialforschung.",
        "Wohnungslosigkeit in Mittelstädten",
        RefKind.REPORT,
    ),
    (
        "Bianchi, M. (2017). Il lavoro stagionale nelle valli alpine (Quaderni di ricerca n."
        " 7). Trento: Fondazione.",
        "Il lavoro stagionale nelle valli alpine",
        RefKind.REPORT,
    ),
    (
        "Dubois, C. (2020). Les quartiers prioritaires et l'école (Document de travail 2020-04)."
        " Paris: Centre.",
        "Les quartiers prioritaires et l'école",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "title", "kind"), _SERIES)
def test_numbered_series_closing_the_title(text: str, title: str, kind: RefKind) -> None:
    ref = _parse(text)
    assert (ref.title, ref.kind) == (title, kind)


# (entry, title): the title runs over its inner full stop to its bracketed translation
_TRANSLATED = [
    (
        "Nowak, J. (2011). Miasto. Szkice z socjologii [The city: Sketches in sociology]."
        " Kraków: Znak.",
        "Miasto. Szkice z socjologii",
    ),
    (
        "Hartl, K. (2004). Heimat. Eine Spurensuche [Home: A search]. Berlin: Ullstein.",
        "Heimat. Eine Spurensuche",
    ),
    (
        "Novák, P. (2015). Město. Sociologické eseje [The town: Sociological essays]. Praha:"
        " Academia.",
        "Město. Sociologické eseje",
    ),
]


@pytest.mark.parametrize(("text", "title"), _TRANSLATED)
def test_title_runs_to_its_translation(text: str, title: str) -> None:
    assert _parse(text).title == title


# (entry, title, year): an act or a decision by its short name or court, year and heading
_ACTS = [
    (
        "Prawo o szkolnictwie wyższym (2018). Ustawa z dnia 20 lipca 2018 r. – Prawo o"
        " szkolnictwie wyższym i nauce. Dz.U. 2018, poz. 1668.",
        "Ustawa z dnia 20 lipca 2018 r. – Prawo o szkolnictwie wyższym i nauce",
        2018,
    ),
    (
        "Legge sulla cittadinanza (1992). Legge 5 febbraio 1992, n. 91, nuove norme sulla"
        " cittadinanza. Gazzetta Ufficiale, n. 38.",
        "Legge 5 febbraio 1992, n. 91, nuove norme sulla cittadinanza",
        1992,
    ),
    (
        "Wet inburgering (2021). Wet van 1 juli 2021 tot wijziging van de Wet inburgering."
        " Staatsblad 2021, 330.",
        "Wet van 1 juli 2021 tot wijziging van de Wet inburgering",
        2021,
    ),
    (
        "Tribunal Supremo (2019). *Sentencia 101/2019, de 12 de marzo de 2019. Recurso de"
        " casación 204-2018*. Centro de Documentación Judicial.",
        "Sentencia 101/2019, de 12 de marzo de 2019. Recurso de casación 204-2018",
        2019,
    ),
    (
        "Trybunał Konstytucyjny (2019). Wyrok z dnia 4 czerwca 2019 r., sygn. akt K 12/18."
        " OTK ZU A/2019, poz. 30.",
        "Wyrok z dnia 4 czerwca 2019 r., sygn. akt K 12/18",
        2019,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), _ACTS)
def test_act_by_its_heading(text: str, title: str, year: int) -> None:
    ref = _parse(text)
    assert (ref.title, ref.year, ref.kind, ref.authors) == (title, year, RefKind.REPORT, ())


# (entry, authors): a particle after the initials of every inverted name of the list
_PARTICLES = [
    (
        "Berg, A. van den, Dijk, P. J. van, & Smit, H. (2016). Wonen in de stad. Amsterdam: Boom.",
        ("Berg, A. van den", "Dijk, P. J. van", "Smit, H."),
    ),
    (
        "Smit, H., & Berg, A. van den (2016). Wonen in de stad. Amsterdam: Boom.",
        ("Smit, H.", "Berg, A. van den"),
    ),
    (
        "Müller, K. von, Schmidt, A., & Wahl, H. von der (2019). Stadt und Land. Berlin: Springer.",
        ("Müller, K. von", "Schmidt, A.", "Wahl, H. von der"),
    ),
]


@pytest.mark.parametrize(("text", "authors"), _PARTICLES)
def test_particles_after_every_name(text: str, authors: tuple[str, ...]) -> None:
    assert _parse(text).authors == authors
