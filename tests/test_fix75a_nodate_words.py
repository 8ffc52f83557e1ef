"""fix75a: the Polish "b. d." (bez daty) and the Latin "s. a." (sine anno, also Italian
*senza anno* and Spanish *sin año*) are no-date words of the shared list
(:data:`bibcheck.parse.references.yearwords.NO_DATE_WORDS`), read in a year's place by
every parser and reader (in parentheses after the names, bare after the names' full stop,
before a colon, after a publisher's comma), never as a company's "S.A."/"S.p.A." or the
initials "B. D."/"S. A." (the words are read as written, in lower case), nor as a
chronicle's *sub anno* year ("s.a. 1066") or the German *siehe auch* after a comma.
Own examples."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.colon_year import colon_year
from bibcheck.parse.references.fields import undated_status
from bibcheck.parse.references.shared import year_of
from bibcheck.parse.references.year_place import year_place
from bibcheck.parse.references.yearwords import NO_DATE_WORDS, text_status
from bibcheck.readers.authoryear import author_years, spans

# text, authors, year, title, publisher ("" = not asserted)
ENTRIES = [
    # Polish, undated
    pytest.param(
        "Kowalska, A. (b.d.). Dzieje miasta i jego okolic. Warszawa: Wydawnictwo Naukowe.",
        ("Kowalska, A.",),
        None,
        "Dzieje miasta i jego okolic",
        "Wydawnictwo Naukowe",
        id="pl-paren",
    ),
    pytest.param(
        "Zielińska, M. (b. d.). Kościoły drewniane Podhala. Kraków: Znak.",
        ("Zielińska, M.",),
        None,
        "Kościoły drewniane Podhala",
        "Znak",
        id="pl-paren-spaced",
    ),
    pytest.param(
        "Wójcik, Tadeusz. b.d. Młyny wodne nad Wartą. Poznań: Wydawnictwo Poznańskie.",
        ("Wójcik, Tadeusz",),
        None,
        "Młyny wodne nad Wartą",
        "Wydawnictwo Poznańskie",
        id="pl-bare-chicago",
    ),
    pytest.param(
        "Nowicki, J. Historia Lublina. Lublin: Wydawnictwo Lubelskie, b.d.",
        ("Nowicki, J",),
        None,
        "Historia Lublina",
        "Wydawnictwo Lubelskie",
        id="pl-after-publisher",
    ),
    # initials B. D. and the word b.d. in one entry
    pytest.param(
        "Kowalski, B. D. (b.d.). Zamki Jury. Kraków: Znak.",
        ("Kowalski, B. D.",),
        None,
        "Zamki Jury",
        "Znak",
        id="pl-initials-and-word",
    ),
    # Latin-titled, sine anno
    pytest.param(
        "Vives, J. L. (s.a.). De disciplinis libri XX. Antverpiae: Hillenius.",
        ("Vives, J. L.",),
        None,
        "De disciplinis libri XX",
        "Hillenius",
        id="la-paren",
    ),
    pytest.param(
        "Novotný, P. (s. a.). Dějiny farnosti. Praha: Vyšehrad.",
        ("Novotný, P.",),
        None,
        "Dějiny farnosti",
        "Vyšehrad",
        id="cs-paren-spaced",
    ),
    # Spanish and Italian "sin año" / "senza anno" after the publisher, in lower case
    pytest.param(
        "Ortega, Luis. Historia de Castilla. Madrid: Editorial Ejemplo, s.a.",
        ("Ortega, Luis",),
        None,
        "Historia de Castilla",
        "Editorial Ejemplo",
        id="es-after-publisher",
    ),
    pytest.param(
        "Bianchi, Carlo. Le ville venete. Milano: Hoepli, s.a.",
        ("Bianchi, Carlo",),
        None,
        "Le ville venete",
        "Hoepli",
        id="it-after-publisher",
    ),
    pytest.param(
        "Lefèvre, J. Histoire de Rouen. Paris : Gallimard, [s.d.].",
        ("Lefèvre, J",),
        None,
        "Histoire de Rouen",
        "Gallimard",
        id="fr-bracketed-after-publisher",
    ),
    # guards: the company's S.A. / S.p.A., the initials B. D. and S. A.
    pytest.param(
        "Ortega, L. (2010). Historia de Aragón. Madrid: Editorial Ejemplo S.A.",
        ("Ortega, L.",),
        2010,
        "Historia de Aragón",
        "Editorial Ejemplo S.A",
        id="es-company-sa",
    ),
    pytest.param(
        "Ortega, Luis. Historia de León. Madrid: Ediciones Ejemplo, S. A., 1998.",
        ("Ortega, Luis",),
        1998,
        "Historia de León",
        "Ediciones Ejemplo, S. A",
        id="es-company-sa-comma",
    ),
    pytest.param(
        "Bianchi, C. (2005). Storia di Bergamo. Milano: Editrice Esempio S.p.A.",
        ("Bianchi, C.",),
        2005,
        "Storia di Bergamo",
        "Editrice Esempio S.p.A",
        id="it-company-spa",
    ),
    pytest.param(
        "Souza, J. (2001). História do Recife. São Paulo: Editora Exemplo S.A.",
        ("Souza, J.",),
        2001,
        "História do Recife",
        "Editora Exemplo S.A",
        id="pt-company-sa",
    ),
    pytest.param(
        "Smith, B. D. (2010). Domestic plants of the Archaic. Washington: Smithsonian.",
        ("Smith, B. D.",),
        2010,
        "Domestic plants of the Archaic",
        "Smithsonian",
        id="en-initials-bd",
    ),
    pytest.param(
        "Smith, B. D., & Jones, S. A. (2012). Early farming. American Antiquity, 77(2), 1-20.",
        ("Smith, B. D.", "Jones, S. A."),
        2012,
        "Early farming",
        "",
        id="en-initials-bd-sa",
    ),
    pytest.param(
        "Jones, S. A. 2012. Early farming in the valley. American Antiquity 77: 1-20.",
        ("Jones, S. A.",),
        2012,
        "Early farming in the valley",
        "",
        id="en-initials-sa-chicago",
    ),
]


@pytest.mark.parametrize(("text", "authors", "year", "title", "publisher"), ENTRIES)
def test_entry_fields(
    text: str, authors: tuple[str, ...], year: int | None, title: str, publisher: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)
    if publisher:
        assert ref.publisher == publisher


@pytest.mark.parametrize("word", ["b.d.", "s.a."])
def test_words_are_shared(word: str) -> None:
    assert word in NO_DATE_WORDS
    assert undated_status(word) and undated_status(word.replace(".", ". ", 1))
    assert year_of(word.replace(".", ". ", 1)).year is None
    assert year_of(word).problem is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Polish and Latin, before the colon (the shared list alone)
        (
            "Mróz, K. b. d.: Grodziska Małopolski. Kraków: Wydawnictwo.",
            "Mróz, K. (n.d.). Grodziska Małopolski. Kraków: Wydawnictwo.",
        ),
        (
            "Horák, V. s. a.: Mapa okresu. Praha.",
            "Horák, V. (n.d.). Mapa okresu. Praha.",
        ),
    ],
)
def test_colon_year_reads_shared_list(text: str, want: str) -> None:
    dated = colon_year(text)
    assert dated is not None and dated.text == want


@pytest.mark.parametrize(
    "text",
    [
        # a chronicle's year, sub anno
        "Anglo-Saxon Chronicle, s.a. 1066.",
        "Annales regni Francorum, s. a. 782, ed. F. Kurze, Hannover 1895.",
        # German "siehe auch" after a comma
        "Vgl. Müller, s. a. Schmidt, Kultur und Staat, Berlin 1990, S. 9.",
        "Müller, K., s. a. Schmidt, K.: Kultur und Staat. Berlin 1990.",
        # capitals: a company, initials
        "Editorial Ejemplo, S.A. Informe anual. Madrid.",
        "Kowalski, B. D. Zamki Jury. Kraków: Znak.",
    ],
)
def test_year_place_leaves_other_senses(text: str) -> None:
    assert year_place(text) == text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(Kowalska, b.d.)", True),
        ("Vives (s. a.)", True),
        ("B. D. Smith", False),
        ("Editorial Ejemplo S.A.", False),
        ("(ASC, s.a. 1066)", False),
    ],
)
def test_text_pattern(text: str, want: bool) -> None:
    assert (re.search(text_status(), text) is not None) is want


@pytest.mark.parametrize("word", ["b.d.", "s. a."])
def test_citation_links_undated_entry(word: str) -> None:
    entries = [
        ("1", f"Kowalska, A. ({word}). Dzieje miasta. Warszawa: Wydawnictwo."),
        ("2", "Kowalska, A. (2019). Rynek i ratusz. Warszawa: Wydawnictwo."),
    ]
    text = f"jak pisze Kowalska ({word}), miasto rosło."
    assert [label for _, _, label in spans(text, author_years(entries))] == ["1"]
