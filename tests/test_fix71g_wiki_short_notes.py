"""The other Wikipedias' short-citation templates and their page parameters (fix 71g).

Polish Wikipedia's ``{{Odn|Nazwisko|Rok|s=12}}`` is its ``{{sfn}}``: a note of its own,
numbered with the ``<ref>`` notes, identical ones sharing a number, pointing at the
Bibliografia entry that ``odn=tak`` anchors.  Its page is ``s=`` (Russian ``с=``, German
``S=``); short notes to the same work at other pages are other notes.  Spanish
``{{Harvnp}}`` is a ``{{harvnb}}``.  Own fixtures.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.mediawiki import read

_PAGE = """Pierwsze zdanie{a}. Drugie zdanie<ref>Notatka własna o okazie.</ref>. Trzecie{b}.
Czwarte{c}.

== Przypisy ==
{{{{Przypisy}}}}

== Bibliografia ==
* {{{{Cytuj książkę |nazwisko=Kowalczyk |imię=Jan |tytuł=Skały wapienne |wydawca=PWN |miejsce=Warszawa |data=1988 |odn=tak}}}}
* {{{{Cytuj pismo |nazwisko=Lis |imię=Ewa |nazwisko2=Wróbel |imię2=Adam |tytuł=Osuwiska w górach |czasopismo=Przegląd |wolumin=4 |strony=1–9 |data=2011 |odn=tak}}}}
"""


def _notes(a: str, b: str, c: str) -> list[tuple[str, str | None, int | None]]:
    raw = read(_PAGE.format(a=a, b=b, c=c))
    by_label = {n.label: n for n in raw.footnotes}
    out = []
    for m in raw.markers:
        ref = by_label[m.label].reference
        out.append((m.label, ref.title if ref else None, ref.year if ref else None))
    return out


@pytest.mark.parametrize(
    ("a", "b", "c", "want"),
    [
        # three pages of one work: three notes
        (
            "{{Odn|Kowalczyk|1988|s=9–12}}",
            "{{Odn|Kowalczyk|1988|s=30}}",
            "{{Odn|Lis|Wróbel|2011|s=4}}",
            [
                ("1", "Skały wapienne", 1988),
                ("2", None, None),
                ("3", "Skały wapienne", 1988),
                ("4", "Osuwiska w górach", 2011),
            ],
        ),
        # the same short note twice: one number
        (
            "{{Odn|Kowalczyk|1988|s=30}}",
            "{{odn|Lis|Wróbel|2011}}",
            "{{Odn|Kowalczyk|1988|s=30}}",
            [
                ("1", "Skały wapienne", 1988),
                ("2", None, None),
                ("3", "Osuwiska w górach", 2011),
                ("1", "Skały wapienne", 1988),
            ],
        ),
        # Russian "с=", German "S=": pages too
        (
            "{{sfn|Kowalczyk|1988|с=5}}",
            "{{sfn|Kowalczyk|1988|с=6}}",
            "{{sfn|Kowalczyk|1988|S=7}}",
            [
                ("1", "Skały wapienne", 1988),
                ("2", None, None),
                ("3", "Skały wapienne", 1988),
                ("4", "Skały wapienne", 1988),
            ],
        ),
        # Spanish {{Harvnp}} in a <ref>
        (
            "<ref>{{Harvnp|Lis|Wróbel|2011|p=3}}</ref>",
            "<ref>{{Harvnp|Kowalczyk|1988|p=8}}</ref>",
            "",
            [
                ("1", "Osuwiska w górach", 2011),
                ("2", None, None),
                ("3", "Skały wapienne", 1988),
            ],
        ),
    ],
)
def test_short_notes_numbered_and_resolved(
    a: str, b: str, c: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    assert _notes(a, b, c) == want


def test_odn_pages_kept() -> None:
    raw = read(_PAGE.format(a="{{Odn|Kowalczyk|1988|s=9–12}}", b="", c=""))
    first = next(n for n in raw.footnotes if n.label == "1")
    assert first.reference is not None
    assert "9–12" in (first.reference.pages or "") or "9–12" in first.text
