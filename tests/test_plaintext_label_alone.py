"""A plain-text notes list where one entry's label stands alone on its line and the entry's
text (a letter, a poem, a quoted passage) is the paragraphs under it, as in Project
Gutenberg's FOOTNOTES sections: the list goes on after it, the labels after it are entries,
not citations.  Texts written for this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

BODY = """On Lighthouses

The first tower stood on a rock.[1] Its keepers wrote often.[2]
One of their letters is kept.[3] The lamp was replaced later.[4]

NOTES

"""

LISTS = {
    "label-then-paragraphs": """[1] Ann Lamb, _Towers of the Coast_, 1801.

[2] See the log books, vol. i. p. 7.

[3]

PLYMOUTH, _June 3, 1799._

Dear Brother, the lamp burns well and the weather is fair.

Your affectionate brother.

[4] Lamb, _Towers_, p. 40.
""",
    "label-then-line": """[1] Ann Lamb, _Towers of the Coast_, 1801.

[2] See the log books, vol. i. p. 7.

[3]
PLYMOUTH, _June 3, 1799._ Dear Brother, the lamp burns well.

[4] Lamb, _Towers_, p. 40.
""",
    "two-alone": """[1] Ann Lamb, _Towers of the Coast_, 1801.

[2]

    "The sea was high that night."

[3]

PLYMOUTH, _June 3, 1799._

Dear Brother, the lamp burns well.

[4] Lamb, _Towers_, p. 40.
""",
    "numbered-dot": """1. Ann Lamb, _Towers of the Coast_, 1801.

2. See the log books, vol. i. p. 7.

3.

PLYMOUTH, _June 3, 1799._

Dear Brother, the lamp burns well.

4. Lamb, _Towers_, p. 40.
""",
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_entry_with_label_alone_keeps_the_list_going(name: str) -> None:
    doc = parse_bytes((BODY + LISTS[name]).encode(), "essay.txt")
    assert [(f.label, [m.line for m in f.markers]) for f in doc.footnotes] == [
        ("1", [3]),
        ("2", [3]),
        ("3", [4]),
        ("4", [4]),
    ]
    third = doc.footnotes[2].reference.raw
    assert "lamp burns well" in third and "Lamb, _Towers_" not in third
    codes = {a.code.value for a in doc.anomalies}
    assert not codes & {
        "citation-key-missing",
        "marker-without-definition",
        "definition-without-marker",
    }


def test_last_entry_alone_takes_one_paragraph() -> None:
    """A label alone as the list's last entry holds the paragraph under it, not the rest
    of the file."""
    text = (
        BODY
        + "[1] Lamb, 1801.\n\n[2] Log, p. 7.\n\n[3] Ibid.\n\n[4]\n\nA letter of 1799.\n\nEnd of the book.\n"
    )
    doc = parse_bytes(text.encode(), "essay.txt")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4"]
    assert doc.footnotes[3].reference.raw == "A letter of 1799."
