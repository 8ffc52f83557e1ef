"""What a note cites as a whole: several works in one note, civil-law legal sources and
archive files a literature list leaves out, personal communications and life dates that are
commentary, and ``Ders.:`` for the author of the entry before (table-driven, own fixtures)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import RefKind
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.same_author import spelled_out
from bibcheck.parse.references.several import work_spans

LEGAL = [
    ("es-decree-gazette", "Real Decreto 101/2019, de 8 de marzo, por el que se regula el "
     "puerto (BOE núm. 58, de 9 de marzo de 2019).", True),
    ("es-ley", "Ley 9/2017, de 8 de noviembre, de Contratos del Sector Público, art. 12.", True),
    ("es-supreme-court", "STS 214/2019, de 2 de abril (ECLI:ES:TS:2019:1100), FJ 3.", True),
    ("ecli-only", "Hoge Raad 3 juli 2015, ECLI:NL:HR:2015:1830, r.o. 4.", True),
    ("eli-url", "Decree of 4 May 2018, https://www.example.gov/eli/dec/2018/5/4/12.", True),
    ("fr-loi", "Loi n° 2016-1087 du 8 août 2016 pour la reconquête de la biodiversité.", True),
    ("de-bverfge", "BVerfGE 65, 1 (43).", True),
    ("de-bgh", "BGH, Urt. v. 12.3.2019 – VI ZR 45/18, Rn. 12.", True),
    ("it-dlgs", "d.lgs. n. 152/2006, art. 3.", True),
    ("eu-case", "Case C-362/14, Schrems v. Data Protection Commissioner, para. 94.", True),
    ("nl-kb", "Koninklijk Besluit van 3 maart 1852, nr. 41.", True),
    ("es-book-on-a-law", "J. Ruiz, «Comentario a la Ley 9/2017», Revista de Derecho, "
     "núm. 4, 2018, pp. 1-20.", False),
    ("es-book-publisher", "Ley de Aguas comentada (Madrid: Civitas, 2004), p. 12.", False),
    ("plain-book", "M. Pérez, Historia del puerto, Madrid, 2001, p. 3.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "legal"), [c[1:] for c in LEGAL], ids=[c[0] for c in LEGAL])
def test_civil_law_legal_source(text: str, legal: bool) -> None:
    assert legal_source(text) is legal


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        pytest.param("Nationaal Archief, Den Haag, Ministerie van Marine, 2.12.01, inv.nr. 33.",
                     True, id="nl-inv-nr"),
        pytest.param("Gelders Archief, toegang 0124, inventarisnummer 12.", True,
                     id="nl-toegang"),
    ],
)  # fmt: skip
def test_dutch_archive_file(text: str, archival: bool) -> None:
    assert archival_source(text) is archival


COMMENTARY = [
    ("lifespan", "Der Name erinnert an den Kartographen Johann Homann (1664–1724).", True),
    ("lifespan-nl", "Het gemaal is genoemd naar ingenieur Jan Blanken (1755-1838).", True),
    ("personal-de", "Den Hinweis verdanke ich einem Gespräch mit Dr. Eva Roth am 3. Juni 2021.",
     True),
    ("personal-en", "Personal communication from Jane Doe, 12 May 2020.", True),
    ("personal-es", "Comunicación personal de M. Ruiz al autor, 4 de mayo de 2018.", True),
    ("range-in-title", "K. Lenz, Häfen und Handel (1650-1750), Bremen 1990, S. 4.", False),
    ("article-years", "A. Roth, 'Canals', Journal of Transport 3 (1998), 4-19.", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "commentary"), [c[1:] for c in COMMENTARY], ids=[c[0] for c in COMMENTARY]
)
def test_commentary_or_citation(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


def test_pronoun_for_the_author_before_is_spelled_out() -> None:
    entries = [
        "Kessler, Hannelore: Die Stadt am Fluss, Köln 1988.",
        "Dies.: Der Hafen, Köln 1992.",
        "Ruiz, M. (2001): «Puertos», Revista, núm. 2.",
        "Ídem (2004): Mareas, Madrid.",
        "Smith, John. Canals. London, 1990.",
        "Id., Locks. London, 1992.",  # no colon or year in parentheses: left as it is
    ]
    assert spelled_out(entries) == [
        entries[0],
        "Kessler, Hannelore: Der Hafen, Köln 1992.",
        entries[2],
        "Ruiz, M. (2004): Mareas, Madrid.",
        entries[4],
        entries[5],
    ]


@pytest.mark.parametrize(
    ("text", "works"),
    [
        pytest.param("Otto Lindner, Handel, Bremen 1977; neuer Eva Roth, Der Fluss, Ulm 2013.",
                     ["Otto Lindner, Handel, Bremen 1977",
                      "neuer Eva Roth, Der Fluss, Ulm 2013."], id="two-works"),
        pytest.param("P. Jansen, Dijken (Delft 1999); zie ook H. van Dijk, Dammen (Leiden 2003).",
                     ["P. Jansen, Dijken (Delft 1999)",
                      "zie ook H. van Dijk, Dammen (Leiden 2003)."], id="zie-ook"),
        pytest.param("Otto Lindner, Handel (Bremen; Ulm 1977), 4.", [], id="semicolon-inside"),
        pytest.param("Otto Lindner, Handel, Bremen 1977; the figures are mine.", [],
                     id="one-work-and-a-remark"),
    ],
)  # fmt: skip
def test_work_spans(text: str, works: list[str]) -> None:
    assert [text[a:b] for a, b in work_spans(text)] == works


DOC = """\
# Kapitel

Satz eins[^1]. Satz zwei[^2]. Satz drei[^3]. Satz vier[^4]. Satz fünf[^5]. Satz sechs[^6].

[^1]: Grundlegend Otto Lindner, Handel und Wandel. Eine Geschichte, Bremen 1977; neuer Eva Roth, Der Fluss und die Stadt, Ulm 2013.
[^2]: Roth, Fluss (wie Anm. 1), S. 40.
[^3]: Lindner, Handel (wie Anm. 1), S. 12; dagegen Roth, a.a.O., S. 41.
[^4]: Lindner, Handel (wie Anm. 1), S. 9; vgl. auch Karl Weiß, Die Brücke über den Fluss, Ulm 1990.
[^5]: Real Decreto 101/2019, de 8 de marzo (BOE núm. 58, de 9 de marzo de 2019).
[^6]: Diesen Hinweis verdanke ich einem Gespräch mit Eva Roth am 2. Mai 2019.

## Literatur

Lindner, Otto: Handel und Wandel. Eine Geschichte, Bremen 1977.

Ders.: Der Hafen, Bremen 1980.

Roth, Eva: Der Fluss und die Stadt, Ulm 2013.
"""


def test_note_apparatus_in_a_document() -> None:
    doc = parse_bytes(DOC.encode(), "kapitel.md")
    missing = {a.footnote for a in doc.anomalies if a.code is C.LITERATURE_MISSING}
    # note 4's second work is one the list lacks; the others are all listed, repeats, a
    # decree or a conversation
    assert missing == {"4"}
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["1"].literature is not None and notes["1"].literature.number == 1
    assert notes["6"].reference.kind is RefKind.COMMENTARY
    uncited = {a.literature_entry for a in doc.anomalies if a.code is C.LITERATURE_UNCITED}
    assert uncited == {2}  # Roth (entry 3) is cited by the second work of note 1
    assert doc.literature[1].reference.authors == doc.literature[0].reference.authors
