"""The document's language as an input to name filing (fix74c).

A short note in a Spanish or Portuguese document often has no word that tells its language;
the document's body does.  The entry's own words win; the document's language is the
fallback, only for names of the Iberian shape, never for an entry in another language, and
never in a document of another language.  Read through :func:`parse_bytes` (a Markdown
document whose body is in the language) and through :func:`parse_reference` inside
:func:`doclanguage.written_in`.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import doclanguage, parse_reference

_BODY = {
    "pt": (
        "O estudo das fontes locais não é uma tarefa simples, e os arquivos são muitos. "
        "A leitura dos registos mostra uma mudança lenta, e a reforma foi feita pelo "
        "governo. Também é uma história das vilas e dos seus mercados, que são o centro "
        "da vida comum."
    ),
    "es": (
        "El estudio de las fuentes locales no es una tarea sencilla, y los archivos son "
        "muchos. La lectura de los registros muestra un cambio lento, y la reforma fue "
        "obra del gobierno. También es una historia de las villas y de sus mercados, que "
        "son el centro de la vida común."
    ),
    "en": (
        "The study of the local sources is not a simple task, and the archives are many. "
        "A reading of the registers shows that the change was slow and that it was the "
        "government that made it. It is also a history of the towns and of their markets, "
        "which were at the centre of the common life."
    ),
}


def _note_authors(language: str, note: str) -> tuple[str, ...]:
    text = f"# Ensaio\n\n{_BODY[language]}[^1]\n\n[^1]: {note}\n"
    doc = parse_bytes(text.encode(), "ensaio.md")
    assert len(doc.footnotes) == 1
    return doc.footnotes[0].reference.authors


_NOTES = [
    # a Portuguese document, no sign in the note: the last family name
    (
        "pt",
        "Helena Lúcia Moura Tavares, *Vilas do interior*, 45.",
        ("Tavares, Helena Lúcia Moura",),
    ),
    (
        "pt",
        "Rui Miguel Nogueira Pinheiro, *Mercados e feiras*, 12.",
        ("Pinheiro, Rui Miguel Nogueira",),
    ),
    ("pt", "Tomás Vieira Guedes, *O concelho*, 7.", ("Guedes, Tomás Vieira",)),
    ("pt", "Inês Coutinho Barreto, *Cartas régias*, 88.", ("Barreto, Inês Coutinho",)),
    ("pt", "Álvaro dos Reis, *Forais manuelinos*, 3.", ("Reis, Álvaro dos",)),
    # a Spanish document, no sign in the note: the first of two family names
    ("es", "Ignacio Beltrán Urquiza, *Villas castellanas*, 45.", ("Beltrán Urquiza, Ignacio",)),
    ("es", "Rosa María Quintana Lozano, *Fueros locales*, 12.", ("Quintana Lozano, Rosa María",)),
    ("es", "Gonzalo Ibarra Méndez, *Mercados medievales*, 7.", ("Ibarra Méndez, Gonzalo",)),
    ("es", "Lucía Otero Cifuentes, *El concejo abierto*, 88.", ("Otero Cifuentes, Lucía",)),
    # the note's own words win over the document's: a Spanish town in a Portuguese
    # document's note, a Portuguese letter in a Spanish document's note
    (
        "pt",
        "Ignacio Beltrán Urquiza, *Villas del norte* (Madrid: Cátedra, 2004), 45.",
        ("Beltrán Urquiza, Ignacio",),
    ),
    ("es", "Joana Simões Teixeira, *Feiras e romarias*, 12.", ("Teixeira, Joana Simões",)),
    # an English, German or French work cited in a Spanish or Portuguese document: as written
    (
        "pt",
        "Helena Sofia Moura Tavares, *The Atlantic Towns* (London: Routledge, 2001), 45.",
        ("Helena Sofia Moura Tavares",),
    ),
    (
        "es",
        "Ignacio Beltrán Urquiza, *Die Städte der Krone* (Berlin: Duncker, 2005), 45.",
        ("Ignacio Beltrán Urquiza",),
    ),
    (
        "es",
        "Gonzalo Ibarra Méndez, *Les villes et les marchés* (Paris: PUF, 2005), 7.",
        ("Gonzalo Ibarra Méndez",),
    ),
    # a name of no Iberian shape in a Spanish or Portuguese document: as written
    ("es", "Harold James Whitcombe, *Markets*, 2001, p. 3.", ("Harold James Whitcombe",)),
    ("pt", "Harold James Whitcombe, *Markets*, 2001, p. 3.", ("Harold James Whitcombe",)),
    # the same notes in an English document: as written (as before)
    ("en", "Helena Lúcia Moura Tavares, *Vilas do interior*, 45.", ("Helena Lúcia Moura Tavares",)),
    ("en", "Lucía Otero Cifuentes, *El concejo abierto*, 88.", ("Lucía Otero Cifuentes",)),
    ("en", "Rosa María Quintana Lozano, *Fueros locales*, 12.", ("Rosa María Quintana Lozano",)),
    ("en", "Tomás Vieira Guedes, *O concelho*, 7.", ("Tomás Vieira Guedes",)),
]


@pytest.mark.parametrize(("language", "note", "authors"), _NOTES)
def test_note_names_filed_by_document_language(
    language: str, note: str, authors: tuple[str, ...]
) -> None:
    assert _note_authors(language, note) == authors


def _entry_authors(language: str, entry: str) -> tuple[str, ...]:
    head = {"pt": "Referências", "es": "Referencias", "en": "References"}[language]
    text = (
        f"# Ensaio\n\n{_BODY[language]} (Tavares 1990; Quintana Lozano 1990; Whitcombe 2001).\n\n## {head}\n\n"
        f"{entry}\n\nWhitcombe, H. (2001). *Markets*. Harbour Press.\n"
    )
    doc = parse_bytes(text.encode(), "ensaio.md")
    return doc.literature[0].reference.authors


_ENTRIES = [
    (
        "pt",
        "Helena Lúcia Moura Tavares (1990). *Vilas do interior*. Estampa.",
        ("Tavares, Helena Lúcia Moura",),
    ),
    (
        "es",
        "Rosa María Quintana Lozano (1990). *Fueros locales*. Cátedra.",
        ("Quintana Lozano, Rosa María",),
    ),
    # (the entry's own word, Portuguese "do", wins over the Spanish document's language)
    (
        "es",
        "Helena Lúcia Moura Tavares (1990). *Vilas do interior*. Estampa.",
        ("Tavares, Helena Lúcia Moura",),
    ),
    (
        "en",
        "Helena Lúcia Moura Tavares (1990). *Vilas do interior*. Estampa.",
        ("Helena Lúcia Moura Tavares",),
    ),
    # (an entry written inverted keeps its order in any document)
    ("pt", "Tavares, H. S. M. (1990). *Vilas do interior*. Estampa.", ("Tavares, H. S. M.",)),
]


@pytest.mark.parametrize(("language", "entry", "authors"), _ENTRIES)
def test_list_entry_names_filed_by_document_language(
    language: str, entry: str, authors: tuple[str, ...]
) -> None:
    assert _entry_authors(language, entry) == authors


_WRITTEN_IN = [
    (
        "pt",
        "Rui Miguel Nogueira Pinheiro, *Mercados e feiras*, 12.",
        ("Pinheiro, Rui Miguel Nogueira",),
    ),
    (
        "es",
        "Rui Miguel Nogueira Pinheiro, *Mercados medievales*, 12.",
        ("Nogueira Pinheiro, Rui Miguel",),
    ),
    ("es", "G. Ortiz Méndez, *Mercados*, 2010, p. 3.", ("Ortiz Méndez, G.",)),
    (None, "Rui Miguel Nogueira Pinheiro, *Mercados*, 12.", ("Rui Miguel Nogueira Pinheiro",)),
    ("en", "Rui Miguel Nogueira Pinheiro, *Mercados*, 12.", ("Rui Miguel Nogueira Pinheiro",)),
    ("fr", "Rui Miguel Nogueira Pinheiro, *Mercados*, 12.", ("Rui Miguel Nogueira Pinheiro",)),
]


@pytest.mark.parametrize(("language", "note", "authors"), _WRITTEN_IN)
def test_parse_reference_inside_a_document_language(
    language: str | None, note: str, authors: tuple[str, ...]
) -> None:
    with doclanguage.written_in(language):
        ref = parse_reference(note, (1,), detect_styles=True, note=True)
    assert ref.authors == authors


def test_language_ends_with_the_reading() -> None:
    with doclanguage.written_in("pt"):
        assert doclanguage.language() == "pt"
        with doclanguage.written_in(None):
            assert doclanguage.language() is None
        assert doclanguage.language() == "pt"
    assert doclanguage.language() is None
    ref = parse_reference("Rui Miguel Nogueira Pinheiro, *Mercados*, 12.", (1,), note=True)
    assert ref.authors == ("Rui Miguel Nogueira Pinheiro",)
