"""fix75l: a parenthesised edition, first-publication or translator statement after a title
is no part of it; a work's named book or volume after its title is (own examples)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import book_part, title_paren_statement

STATEMENTS = [
    # Dutch
    ("Het wezen van de taal (12e druk; oorspr. 1959)", "Het wezen van de taal"),
    ("De mens en zijn wereld (vert. P. de Vries & K. Jansen)", "De mens en zijn wereld"),
    ("Over de vrijheid (2de druk)", "Over de vrijheid"),
    ("Het zijn en het niets (vertaald door A. Bakker)", "Het zijn en het niets"),
    # German
    ("Wahrheit und Methode (6. Aufl.; Erstausg. 1960)", "Wahrheit und Methode"),
    ("Die Krisis der Wissenschaften (übers. v. M. Roth)", "Die Krisis der Wissenschaften"),
    # English
    ("The structure of behavior (2nd ed.; orig. publ. 1942)", "The structure of behavior"),
    ("Time and free will (trans. F. L. Pogson)", "Time and free will"),
    ("Being and nothingness (originally published 1943)", "Being and nothingness"),
    # French
    ("Le visible et l'invisible (2e éd.; éd. orig. 1964)", "Le visible et l'invisible"),
    ("La crise des sciences (trad. G. Granel)", "La crise des sciences"),
    # not statements: kept
    ("Europe in crisis (1600–1789)", "Europe in crisis (1600–1789)"),
    ("Studies of the virus (COVID-19)", "Studies of the virus (COVID-19)"),
    ("A history of editions (and their readers)", "A history of editions (and their readers)"),
    ("Work (Husserliana IV)", "Work (Husserliana IV)"),
]


@pytest.mark.parametrize(("title", "want"), STATEMENTS)
def test_without_statement(title: str, want: str) -> None:
    assert title_paren_statement.without_statement(title) == want


PARTS = [
    (["Ideen zur Ethik.", "Zweites Buch: Untersuchungen zur Pflicht.", "Berlin: Reimer."], 2),
    (["Werke.", "Band 3: Schriften zur Logik.", "Leipzig: Meiner."], 2),
    (["Geschichte der Stadt.", "Erster Teil: Das Mittelalter.", "Köln: Bachem."], 2),
    (["The history of the estate.", "Book II: The war years.", "London: Faber."], 2),
    (["Collected papers.", "Volume 2: Logic and language.", "Oxford: Blackwell."], 2),
    (["Histoire de la Provence.", "Tome II: Le Moyen Âge.", "Paris: Seuil."], 2),
    (["Geschiedenis van Holland.", "Tweede deel: De Gouden Eeuw.", "Hilversum: Verloren."], 2),
    (["Historia de Castilla.", "Libro II: La Reconquista.", "Madrid: Alianza."], 2),
    # the part ends the entry, no part word, an initial before it: unchanged
    (["Werke.", "Band 3: Schriften zur Logik."], 2),
    (["Ideen zur Ethik.", "Untersuchungen zur Pflicht.", "Berlin: Reimer."], 3),
    (["Smith, J.", "Band 3: Schriften zur Logik.", "Leipzig: Meiner."], 3),
]


@pytest.mark.parametrize(("sentences", "count"), PARTS)
def test_with_book_part(sentences: list[str], count: int) -> None:
    joined = book_part.with_book_part(sentences)
    assert len(joined) == count
    if count < len(sentences):
        assert joined[0] == f"{sentences[0]} {sentences[1]}"
