"""fix75f: wiki citation templates of several languages -- whole-name authors joined by the
word for "and" (:mod:`bibcheck.parse.references.conjoined_people`), the kinds the templates'
own names give (Danish ``{{Kilde artikel}}`` …), the Danish parameter names, and a DOI
written wrong in ``doi=`` reported as a malformed field
(:mod:`bibcheck.parse.references.template_doi`).  Examples written for the test."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind
from bibcheck.parse.references.conjoined_people import conjoined_people
from bibcheck.parse.references.template_doi import malformed_template_doi


@pytest.mark.parametrize(
    ("value", "people"),
    [
        # Danish, Norwegian
        ("Anne Holm og Peter Berg", ["Anne Holm", "Peter Berg"]),
        ("Kari Nordmann og Ola Dahl", ["Kari Nordmann", "Ola Dahl"]),
        # Swedish
        ("Eva Lind och Per Ek", ["Eva Lind", "Per Ek"]),
        # German
        ("Hans Leicht und Anna Roth", ["Hans Leicht", "Anna Roth"]),
        # French
        ("Jean Dupont et Marie Roux", ["Jean Dupont", "Marie Roux"]),
        # Spanish, with a middle initial
        ("Juan Pérez y Ana M. Ruiz", ["Juan Pérez", "Ana M. Ruiz"]),
        # Italian, Portuguese
        ("Mario Rossi e Anna Bianchi", ["Mario Rossi", "Anna Bianchi"]),
        # Dutch, a particle inside the name
        ("Jan de Vries en Piet Bakker", ["Jan de Vries", "Piet Bakker"]),
        # Catalan / Polish
        ("Pere Vila i Anna Roca", ["Pere Vila", "Anna Roca"]),
        # Hungarian, Finnish
        ("Anna Kiss és Géza Papp", ["Anna Kiss", "Géza Papp"]),
        ("Matti Virtanen ja Liisa Koski", ["Matti Virtanen", "Liisa Koski"]),
        # English, a hyphenated given name
        ("Anne-Marie Holt and John Reed", ["Anne-Marie Holt", "John Reed"]),
        # guards: one person's double family name, a body, one name, "Family, Given"
        ("José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("Ministerio de Cultura y Deporte", ["Ministerio de Cultura y Deporte"]),
        ("Ministry of Health and Social Care", ["Ministry of Health and Social Care"]),
        ("Peter Berg", ["Peter Berg"]),
        ("Holm, Anne og Berg, Peter", ["Holm, Anne og Berg, Peter"]),
        ("Rosa Lind og 3 andre", ["Rosa Lind og 3 andre"]),
    ],
)
def test_conjoined_people(value: str, people: list[str]) -> None:
    assert conjoined_people(value) == people


@pytest.mark.parametrize(
    ("value", "flagged"),
    [
        ("10.99999.journal.2019.3.14", True),  # a dot for the slash
        ("10.1234.abc", True),
        ("10,1234/abc.5", True),  # a comma for the prefix's dot
        ("10.12/abc", True),  # a prefix too short
        ("10.1234abc", True),  # the slash lost
        ("doi:10.5555.xyz.1", True),  # labelled
        ("https://doi.org/10.5555.xyz.1", True),  # a resolver's address
        ("10.1234/abc.5", False),
        ("10.5555/journal.2019.3.14", False),
        ("https://doi.org/10.5555/x.1", False),
        ("doi:10.5555/x.1", False),
        ("none", False),  # a placeholder, no DOI written wrong
        ("", False),
    ],
)
def test_malformed_template_doi(value: str, flagged: bool) -> None:
    found = malformed_template_doi(value, 7)
    assert (found is not None) == flagged
    if found is not None:
        assert found.code is AnomalyCode.DOI_INVALID
        assert found.line == 7


def _wiki(text: str) -> ParsedDocument:
    return parse_bytes(text.encode("utf-8"), "artikel.wiki", reader="mediawiki")


def _ref(template: str) -> ParsedDocument:
    return _wiki(
        "'''Emne''' er et ord i en tekst om haver og parker i Europa.<ref>"
        f"{template}</ref> Mere tekst her om sagen.\n\n== Noter ==\n<references />\n"
    )


@pytest.mark.parametrize(
    ("template", "kind", "authors"),
    [
        # Danish
        (
            "{{Kilde artikel|forfatter=Anne Holm og Peter Berg|titel=Haver i byen|"
            "publikation=Havekunst|år=2011|bind=12|nummer=3|sider=5–19}}",
            RefKind.ARTICLE,
            ("Anne Holm", "Peter Berg"),
        ),
        (
            "{{Kilde bog|forfatter=Karen Juhl og Niels Brask|titel=Parker|"
            "udgiver=Gyldendal|år=2004}}",
            RefKind.BOOK,
            ("Karen Juhl", "Niels Brask"),
        ),
        # Norwegian
        (
            "{{Kilde artikkel|forfatter=Kari Nordmann og Ola Dahl|tittel=Byens hager|"
            "publikasjon=Byggekunst|år=1999|bind=81}}",
            RefKind.ARTICLE,
            ("Kari Nordmann", "Ola Dahl"),
        ),
        # Swedish
        (
            "{{Tidskriftsref|författare=Eva Lind och Per Ek|titel=Stadens parker|"
            "tidskrift=Byggmästaren|år=1950}}",
            RefKind.ARTICLE,
            ("Eva Lind", "Per Ek"),
        ),
        # Spanish
        (
            "{{Cita noticia|autor=Juan Pérez y Ana Ruiz|título=Los parques|"
            "periódico=El Diario|fecha=3 de mayo de 2010}}",
            RefKind.ARTICLE,
            ("Juan Pérez", "Ana Ruiz"),
        ),
        # Portuguese
        (
            "{{Citar jornal|autor=Ana Lima e Rui Costa|título=Os jardins|"
            "jornal=Público|data=2015}}",
            RefKind.ARTICLE,
            None,
        ),
        # French
        (
            "{{Article|auteur=Jean Dupont et Marie Roux|titre=Les jardins|"
            "périodique=Urbanisme|année=1988}}",
            RefKind.ARTICLE,
            ("Jean Dupont", "Marie Roux"),
        ),
        # Italian
        (
            "{{Cita conferenza|autore=Mario Rossi e Anna Bianchi|titolo=I giardini|"
            "conferenza=Convegno di studi|anno=2001}}",
            RefKind.CHAPTER,
            ("Mario Rossi", "Anna Bianchi"),
        ),
        # Spanish encyclopedia entry
        (
            "{{Cita enciclopedia|título=Jardín|enciclopedia=Enciclopedia Catalana|año=1990}}",
            RefKind.CHAPTER,
            None,
        ),
        # English: one body's name stays whole
        (
            "{{cite web|author=Department of Parks and Recreation|title=Parks|"
            "url=https://parks.example.org/|access-date=2024-03-04}}",
            RefKind.WEB,
            ("Department of Parks and Recreation",),
        ),
    ],
)
def test_template_kinds_and_joined_authors(
    template: str, kind: RefKind, authors: tuple[str, ...] | None
) -> None:
    (note,) = _ref(template).footnotes
    assert note.reference.kind is kind
    if authors is not None:
        assert note.reference.authors == authors


def test_danish_parameters_are_read() -> None:
    (note,) = _ref(
        "{{Kilde artikel|forfatter=Anne Holm|titel=Haver i byen|publikation=Havekunst|"
        "år=2011|bind=12|nummer=3|sider=5–19}}"
    ).footnotes
    ref = note.reference
    assert (ref.host, ref.volume, ref.issue, ref.pages, ref.year) == (
        "Havekunst",
        "12",
        "3",
        "5–19",
        2011,
    )
    assert ref.language == "da"
    (web,) = _ref(
        "{{Kilde www|url=https://have.example.dk/side|titel=Haven|udgiver=Haveselskabet|"
        "besøgsdato=4. marts 2024}}"
    ).footnotes
    assert web.reference.publisher == "Haveselskabet"
    assert str(web.reference.access_date) == "2024-03-04"
    assert not web.reference.anomalies


@pytest.mark.parametrize(
    "template",
    [
        "{{Kilde artikel|forfatter=Anne Holm|titel=Haver|publikation=Havekunst|år=2011|"
        "doi=10.99999.havekunst.2011.3}}",
        "{{cite journal|last=Reed|first=John|title=Parks|journal=Cities|year=2011|"
        "doi=10.5555.cities.2011.7}}",
        "{{Cita pubblicazione|autore=Mario Rossi|titolo=Giardini|rivista=Casabella|anno=1960|"
        "doi=10,5555/casabella.1960}}",
    ],
)
def test_a_template_doi_written_wrong_is_a_malformed_field(template: str) -> None:
    doc = _ref(template)
    (note,) = doc.footnotes
    assert note.reference.doi is None
    assert [a.code for a in note.reference.anomalies] == [AnomalyCode.DOI_INVALID]
    findings = analyse_document(doc, {}, {})
    assert ("malformed-field", 1) in {(f.kind.value, line) for f in findings for line in f.lines}


def test_a_template_doi_written_right_is_kept() -> None:
    (note,) = _ref(
        "{{Kilde artikel|forfatter=Anne Holm|titel=Haver|publikation=Havekunst|år=2011|"
        "doi=10.5555/havekunst.2011.3}}"
    ).footnotes
    assert note.reference.doi == "10.5555/havekunst.2011.3"
    assert not note.reference.anomalies
