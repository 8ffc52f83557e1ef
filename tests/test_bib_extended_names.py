"""``.bib`` names: biblatex's extended name format and names BibTeX would refuse are read,
never the reason an entry is dropped."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib


def _entry(author: str) -> str:
    return (
        "@article{key2020,\n"
        f"  author = {{{author}}},\n"
        "  title = {A Study of Things},\n"
        "  journal = {Journal of Studies},\n"
        "  year = {2020}\n"
        "}\n"
    )


@pytest.mark.parametrize(
    ("author", "expected", "warned"),
    [
        (
            "Cho, Kyung and family=Merrienboer, given=Bart, prefix=van, useprefix=true"
            " and Bengio, Yoshua",
            ("Cho, Kyung", "van Merrienboer, Bart", "Bengio, Yoshua"),
            False,
        ),
        (
            "family=Ascoli, given=Stéphane, prefix=d', useprefix=true and Sagun, Levent",
            ("d'Ascoli, Stéphane", "Sagun, Levent"),
            False,
        ),
        (
            "family={Van der Berg}, given={Anna Maria}, suffix={Jr.}",
            ("Van der Berg, Jr., Anna Maria",),
            False,
        ),
        ('family="Müller", given="Hans", given-i=H', ("Müller, Hans",), False),
        ("given=Li, family=Wei", ("Wei, Li",), False),
        (
            "Kydland, Finn E., and Edward C. Prescott",
            ("Kydland, Finn E.", "Prescott, Edward C."),
            True,
        ),
        ("Garcia, Ana,, and Doe, Jane", ("Garcia, Ana", "Doe, Jane"), True),
        (
            "Doe, Jane and {World Health Organization}",
            ("Doe, Jane", "World Health Organization"),
            False,
        ),
        ("Knuth, Donald E.", ("Knuth, Donald E.",), False),
    ],
    ids=[
        "extended-prefix",
        "extended-apostrophe-prefix",
        "extended-braced-suffix",
        "extended-quoted-initials",
        "extended-given-first",
        "trailing-comma",
        "doubled-trailing-comma",
        "organisation",
        "plain",
    ],
)
def test_names_read_and_entry_kept(author: str, expected: tuple[str, ...], warned: bool) -> None:
    records, errors = read_bib(_entry(author))
    assert [r.key for r in records] == ["key2020"]
    assert records[0].authors == expected
    assert records[0].fields["title"] == "A Study of Things"
    assert bool(errors) is warned
    for error in errors:
        assert error.line == 2
        assert "key2020" in error.message and "check the name" in error.message


def test_too_many_commas_keeps_the_entry_with_a_warning() -> None:
    records, errors = read_bib(_entry("Smith, John, Jr., III and Doe, Jane"))
    assert [r.key for r in records] == ["key2020"]
    assert len(records[0].authors) == 2
    assert records[0].authors[0].startswith("Smith, ")
    assert records[0].authors[1] == "Doe, Jane"
    assert len(errors) == 1 and "'Smith, John, Jr., III'" in errors[0].message
