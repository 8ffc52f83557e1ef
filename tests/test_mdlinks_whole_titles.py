"""markdown-links: in a reference list a link's text is the work's title whole, full stops
and all (``[Remote work is just work. Are we measuring it wrong?](url)``), not the words
before its first full stop."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

POST = """# Notes on hybrid work

The [annual index](https://worklab.example.com/index-2022) says most people want both.
Managers disagree, says [a field study](https://doi.org/10.1000/field.2021.7).

## References

{entry}
2. Ortiz, L. (2021). [Managers and the hybrid office](https://doi.org/10.1000/field.2021.7). *Journal of Work*, 4(2), 10–19.
"""

ENTRIES = [
    (
        "1. Workplace Lab (2022). [Remote work is just work. Are we measuring it wrong?]"
        "(https://worklab.example.com/index-2022) Work Index Special Report.",
        "Remote work is just work. Are we measuring it wrong?",
    ),
    (
        "1. Haddad, R. (2022). [Offices are back. Or are they?]"
        "(https://worklab.example.com/index-2022). *Work Review*.",
        "Offices are back. Or are they?",
    ),
    (
        "1. Lindqvist, A. [Hybrid, again. A second look at the evidence]"
        "(https://worklab.example.com/index-2022). Work Index, 2022.",
        "Hybrid, again. A second look at the evidence",
    ),
]


@pytest.mark.parametrize(
    ("entry", "title"), ENTRIES, ids=["org-question", "short-sentences", "two-sentences"]
)
def test_a_linked_title_is_read_whole(entry: str, title: str) -> None:
    doc = parse_bytes(POST.format(entry=entry).encode(), "post.md", reader="markdown-links")
    titles = [e.reference.title for e in doc.literature]
    assert titles == [title, "Managers and the hybrid office"]
