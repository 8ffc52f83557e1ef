"""fix77i: a co-author after Chicago's "with" is one of the work's names
(bibcheck/parse/references/with_coauthor.py), in a note and in a bibliography."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

JOINED = [
    (
        "Ada Byron and Mary Shelley, with Percy Keats, The Book of Things (London: Faber, 1999), 12.",
        "Ada Byron, Mary Shelley, and Percy Keats, The Book of Things (London: Faber, 1999), 12.",
    ),
    (
        "Byron, Ada, and Mary Shelley, with Percy Keats. The Book of Things. London: Faber, 1999.",
        "Byron, Ada, Mary Shelley, and Percy Keats. The Book of Things. London: Faber, 1999.",
    ),
    (
        "Orwell, Sonia, with Tom Hardy. The Long Road. Oxford: Clarendon Press, 1988.",
        "Orwell, Sonia, and Tom Hardy. The Long Road. Oxford: Clarendon Press, 1988.",
    ),
    (
        "Sonia Orwell with Tom Hardy, The Long Road (Oxford: Clarendon Press, 1988), 4.",
        "Sonia Orwell and Tom Hardy, The Long Road (Oxford: Clarendon Press, 1988), 4.",
    ),
    (
        "Sonia Orwell, with Tom Hardy and Rita Moss, The Long Road (Oxford: OUP, 1988), 4.",
        "Sonia Orwell, Tom Hardy, and Rita Moss, The Long Road (Oxford: OUP, 1988), 4.",
    ),
    (
        "Orwell, S. J., with R. T. Hardy. The Long Road. Oxford: Clarendon Press, 1988.",
        "Orwell, S. J., and R. T. Hardy. The Long Road. Oxford: Clarendon Press, 1988.",
    ),
    # no co-author: a preface's writer, a title opening with "With", an interview
    ("Sonia Orwell, with a preface by Tom Hardy, The Long Road (Oxford: OUP, 1988).", None),
    ("Hardy, Tom. With Rod and Line. London: Murray, 1902.", None),
    ("Interview with Tom Hardy, 4 May 2020.", None),
    ("Tom Hardy, The Long Road, with an Introduction (Oxford: OUP, 1988).", None),
]


@pytest.mark.parametrize(("text", "want"), JOINED)
def test_joined(text: str, want: str | None) -> None:
    from bibcheck.parse.references.with_coauthor import joined  # (new in fix77i)

    assert joined(text) == want


READ = [
    (
        "Ada Byron and Mary Shelley, with Percy Keats, The Book of Things: A Short History "
        "(London: Faber, 1999), 12.",
        True,
        ("Ada Byron", "Mary Shelley", "Percy Keats"),
        "The Book of Things: A Short History",
    ),
    (
        "Byron, Ada, and Mary Shelley, with Percy Keats. The Book of Things: A Short History. "
        "London: Faber, 1999.",
        False,
        ("Byron, Ada", "Mary Shelley", "Percy Keats"),
        "The Book of Things: A Short History",
    ),
    (
        "Orwell, Sonia, with Tom Hardy. The Long Road. Oxford: Clarendon Press, 1988.",
        False,
        ("Orwell, Sonia", "Tom Hardy"),
        "The Long Road",
    ),
]


@pytest.mark.parametrize(("text", "note", "authors", "title"), READ)
def test_with_coauthor_read(text: str, note: bool, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=note)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year is not None
    assert ref.raw == text
