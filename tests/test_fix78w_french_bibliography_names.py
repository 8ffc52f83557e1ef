"""Fix 78w: a French (or German, Dutch) Chicago bibliography's names joined with no comma
before the list's word for "and".

* :mod:`bibcheck.parse.references.joined_names`: the first, inverted author may carry middle
  initials after the given name ("Roux, Anne M., Paul Henry et Marie Blanc."), and two
  names joined by ``et``/``und``/``en`` are read when a quoted or italic title follows
  ("Roux, Anne et Paul Henry. « Titre »"): main read no author of either.
* :mod:`bibcheck.analyse.consistency`: a repeat note printing no title ("Ibid., 50.")
  after a note that shortened the names with "et al." is shortened the same way: no
  author disagreement with the entry naming them all (a full note naming one author
  without "et al." still disagrees).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import mismatch_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("entry", "authors", "title"),
    [
        (  # the first author's middle initial, three names, "et" with no comma
            "Roux, Anne M., Paul Henry et Marie Blanc. « Les fontaines de Provence ». "
            "Revue d'histoire 12, n° 3 (2015) : 44-58.",
            ("Roux, Anne M.", "Paul Henry", "Marie Blanc"),
            "Les fontaines de Provence",
        ),
        (  # a long list, a particle and initials among the co-authors
            "Brun, Claire L., Antoine de Villiers, Mei Tanaka, Louis Ferrand, Ilse M. Kohl, "
            "Omar R. Haddad et Julie S. Marchal. « Les réseaux d'eau potable en 1900 ». "
            "Histoire urbaine 41 (2019) : 12-30.",
            (
                "Brun, Claire L.",
                "Antoine de Villiers",
                "Mei Tanaka",
                "Louis Ferrand",
                "Ilse M. Kohl",
                "Omar R. Haddad",
                "Julie S. Marchal",
            ),
            "Les réseaux d'eau potable en 1900",
        ),
        (  # two names, "et", a quoted title after them
            "Roux, Anne et Paul Henry. « Les lavoirs de Marseille ». Provence historique 60, "
            "n° 2 (2010) : 101-120.",
            ("Roux, Anne", "Paul Henry"),
            "Les lavoirs de Marseille",
        ),
        (  # two names, the first with an initial
            "Morel, Jean P. et Lucie Garnier. « Le canal de Craponne ». Annales du Midi 88 "
            "(1976) : 5-22.",
            ("Morel, Jean P.", "Lucie Garnier"),
            "Le canal de Craponne",
        ),
        (  # German "und", an italic title
            "Lenz, Karl und Eva Roth. *Brunnen und Wasserleitungen*. Berlin : Reimer, 2001.",
            ("Lenz, Karl", "Eva Roth"),
            "Brunnen und Wasserleitungen",
        ),
        (  # the serial comma, as before
            "Roux, Anne, Paul Henry, et Marie Blanc. « Les fontaines de Provence ». "
            "Revue d'histoire 12, n° 3 (2015) : 44-58.",
            ("Roux, Anne", "Paul Henry", "Marie Blanc"),
            "Les fontaines de Provence",
        ),
    ],
)
def test_french_bibliography_names(entry: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title


DOC = """# Les fontaines

Première phrase.[^1] Deuxième phrase.[^2] Troisième.[^3]

[^1]: Anne Roux et al., « Les fontaines de Provence », *Revue d'histoire* 12, n° 3 (2015) : 44-58.
[^2]: Ibid., 50.
[^3]: {third}

## Bibliographie

Roux, Anne, Paul Henry et Marie Blanc. « Les fontaines de Provence ». *Revue d'histoire* 12, n° 3 (2015) : 44-58.

Vidal, Jean. *Les eaux de la ville*. Paris : Belin, 2010.
"""


@pytest.mark.parametrize(
    ("third", "flagged"),
    [
        ("Ibid., 52.", set()),  # repeats of the shortened note
        ("Roux et al., art. cité, 52.", set()),
        # a full note naming one author, no "et al.": still a disagreement
        (
            "Anne Roux, « Les fontaines de Provence », *Revue d'histoire* 12, n° 3 (2015) : 52.",
            {"3"},
        ),
    ],
)
def test_repeat_of_shortened_note_agrees(third: str, flagged: set[str]) -> None:
    doc = parse_bytes(DOC.format(third=third).encode(), "doc.md")
    assert [e.reference.authors for e in doc.literature][0] == (
        "Roux, Anne",
        "Paul Henry",
        "Marie Blanc",
    )
    found = {f.message.split()[1] for f in mismatch_findings(doc) if "on author" in f.message}
    assert found == flagged
