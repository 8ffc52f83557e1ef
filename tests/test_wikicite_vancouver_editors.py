"""MediaWiki: the editors of an editor-only book written the ways CS1 allows -- Vancouver
``veditors=Okafor AN, Lindqvist B``, free text ``editors=`` with commas, ``and`` or
``;`` between people -- are the book's people.  Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference


def _template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("params", "people"),
    [
        ({"veditors": "Okafor AN, Lindqvist B, van der Berg JHM"}, ("Okafor, AN", "Lindqvist, B", "van der Berg, JHM")),
        ({"veditors": "Tanaka H"}, ("Tanaka, H",)),
        ({"editors": "Okafor AN, Lindqvist B"}, ("Okafor, AN", "Lindqvist, B")),
        ({"editors": "Ana Okafor and Bo Lindqvist"}, ("Ana Okafor", "Bo Lindqvist")),
        ({"editors": "Ana Okafor & Bo Lindqvist"}, ("Ana Okafor", "Bo Lindqvist")),
        ({"editors": "Okafor, Ana; Lindqvist, Bo"}, ("Okafor, Ana", "Lindqvist, Bo")),
        ({"editors": "Okafor, Ana"}, ("Okafor, Ana",)),
        ({"editor1-last": "Okafor", "editor1-first": "Ana", "editor2-last": "Lindqvist"}, ("Okafor, Ana", "Lindqvist")),
        ({"last": "Moreau", "first": "Claire", "veditors": "Okafor AN"}, ("Moreau, Claire",)),
    ],
    ids=["veditors", "veditors-one", "editors-vancouver", "editors-and", "editors-ampersand",
         "editors-semicolon", "editors-one-inverted", "editor1-last", "author-wins"],
)  # fmt: skip
def test_editor_only_book_goes_by_its_editors(
    params: dict[str, str], people: tuple[str, ...]
) -> None:
    ref = cite_reference(_template("cite book", {**params, "title": "Harbour Pharmacology"}))
    assert ref.authors == people
