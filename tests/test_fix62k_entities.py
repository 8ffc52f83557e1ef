"""fix62k: a plain-text export written with HTML character references (``&amp;``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.textentities import unescaped_entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an escaped export: every reference becomes its character
        ("(Okoro &amp; Lind, 2019)", "(Okoro & Lind, 2019)"),
        ("Vance, Stackhouse, &amp; Wells, 2005", "Vance, Stackhouse, & Wells, 2005"),
        (
            "Hale, T. &amp; Ruiz, P. (2011). &quot;A title&quot; &lt;x&gt; it&#39;s &#x41;.",
            'Hale, T. & Ruiz, P. (2011). "A title" <x> it\'s A.',
        ),
        # no ampersand between words: a typed text, kept as typed
        ("the entity &amp;amp; is shown", "the entity &amp;amp; is shown"),
        ("AT&amp;T said (Brown, 2001)", "AT&amp;T said (Brown, 2001)"),
        ("&quot;quoted&quot; only", "&quot;quoted&quot; only"),
        # markup: HTML is its own reader's
        ("<p>Okoro &amp; Lind (2019)</p>", "<p>Okoro &amp; Lind (2019)</p>"),
        ("Okoro & Lind (2019)", "Okoro & Lind (2019)"),
        # lines are kept
        ("A &amp; B (2001)\nC &amp; D (2002)", "A & B (2001)\nC & D (2002)"),
    ],
)
def test_unescaped_entities(text: str, expected: str) -> None:
    assert unescaped_entities(text) == expected


_BODY = (
    "Sound learning in the field\n"
    "Ada Quist1 &amp; Ben Moss2,3\n"
    "1 Department of Speech Sciences, North Coast University\n"
    "2 Institute for Language Studies\n"
    "3 University of the Plains\n"
    "\n"
    "Earlier work found the effect (Okoro &amp; Lind, 2019; Hale et al., 2011), and\n"
    "Vance, Stackhouse, &amp; Wells (2005) report the same. Okoro &amp; Lind (2019)\n"
    "argue against it, as do Hale et al. (2011).\n"
    "\n"
    "{heading}\n"
    "Hale, T., Ruiz, P., &amp; Moss, K. (2011). Repetition in toddlers. Child Speech, 4, 1-9.\n"
    "Okoro, A., &amp; Lind, S. (2019). Words heard at home. Journal of Talk, 12(3), 45-67.\n"
    "Vance, M., Stackhouse, J., &amp; Wells, B. (2005). Speech production skills. "
    "International Journal of Language, 40(1), 29-48.\n"
)


@pytest.mark.parametrize("heading", ["References", "1References", "References1", "12Bibliography"])
def test_escaped_export_reads_its_citations(tmp_path: Path, heading: str) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(_BODY.format(heading=heading), encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "plain-text"
    assert [e.reference.authors[0] for e in doc.literature] == [
        "Hale, T.",
        "Okoro, A.",
        "Vance, M.",
    ]
    cited = sorted(
        (n.literature.number, [m.line for m in n.markers])
        for n in doc.footnotes
        if n.literature is not None
    )
    assert cited == [(1, [7, 9]), (2, [7, 8]), (3, [8])]
    assert not [a for a in doc.anomalies if a.code.value == "literature-uncited"]
