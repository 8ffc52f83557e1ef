"""AsciiDoc: ``<<Section Title>>`` is a natural cross reference to the section so titled.

Asciidoctor tries a target that holds a space or a capital letter against the titles of
the document's sections, so ``<<Freeze>>`` reaches ``==== Freeze`` and is neither a
citation of a missing entry nor a broken reference.  Fixtures written here, in the shape
of specifications and theses whose bibliography keys are single capitalised words.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers.asciidoc import natural_xref_names, read

DOC = """\
= {doc_title}
:doctype: book

== {intro}

{sentence} <<Tagging>>, <<Architecture>>; {see} <<{target}>>.

=== {section}

{body}

[bibliography]
== {bib}

- [[[Tagging]]] A. Lee. Memory tagging in practice. 2019.
- [[[Architecture]]] J. Hennessy and D. Patterson. Computer Architecture. 2017.
"""

CASES = [
    # (language, target, section title as written)
    ("en", "Freeze", "Freeze"),
    ("en", "Overflow", "`Overflow`"),
    ("de", "Zählerstopp", "Zählerstopp"),
    ("fr", "Gel", "*Gel*"),
]

WORDS = {
    "en": (
        "Sample Specification",
        "Introduction",
        "Tags follow",
        "see",
        "Counters stop.",
        "Bibliography",
    ),
    "de": (
        "Beispielspezifikation",
        "Einleitung",
        "Markierungen folgen",
        "siehe",
        "Die Zähler halten an.",
        "Literatur",
    ),
    "fr": (
        "Spécification",
        "Introduction",
        "Les étiquettes suivent",
        "voir",
        "Les compteurs s'arrêtent.",
        "Bibliographie",
    ),
}


def _doc(lang: str, target: str, section: str) -> str:
    doc_title, intro, sentence, see, body, bib = WORDS[lang]
    return DOC.format(
        doc_title=doc_title,
        intro=intro,
        sentence=sentence,
        see=see,
        target=target,
        section=section,
        body=body,
        bib=bib,
    )


@pytest.mark.parametrize(("lang", "target", "section"), CASES)
def test_natural_xref_to_a_section_is_no_missing_entry(
    lang: str, target: str, section: str
) -> None:
    doc = read(_doc(lang, target, section))
    flagged = [
        a.footnote for a in doc.anomalies if a.code in (C.CITATION_KEY_MISSING, C.XREF_UNRESOLVED)
    ]
    assert target not in flagged


def test_a_missing_key_is_still_reported() -> None:
    doc = read(_doc("en", "Nowhere", "Freeze"))
    assert "Nowhere" in [a.footnote for a in doc.anomalies if a.code is C.CITATION_KEY_MISSING]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Freeze", {"Freeze"}),
        ("Control Registers", {"Control Registers"}),
        ("The `mstatus` Register", {"The `mstatus` Register", "The mstatus Register"}),
        ("results", set()),  # one lower-case word: an id, never a natural reference
    ],
)
def test_natural_xref_names(title: str, names: set[str]) -> None:
    assert natural_xref_names(title) == names
