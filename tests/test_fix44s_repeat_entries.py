"""A notes list's repeat notes ("Ibid.", "Там же.", "op. cit.") repeat a work on purpose:
they are never the same work listed twice."""

from __future__ import annotations

import pytest

from bibcheck.analyse.duplicates import duplicate_citation_findings
from bibcheck.manuscript import parse_bytes

BODY = (
    "# T\n\nOne.<sup>1</sup> Two.<sup>2</sup> Three.<sup>3</sup> Four.<sup>4</sup>\n\n## Notes\n\n"
)

LISTS = [
    (
        "1. Petrov A. B. Rivers of the North. Moscow: Nauka, 1961. P. 12.\n"
        "2. Ibid. P. 15.\n"
        "3. Orlov C. D. Salt and Trade. Kazan: Kniga, 1974. P. 40.\n"
        "4. Ibid. P. 44.\n"
    ),
    (
        "1. Петров А. Б. Реки Севера. М.: Наука, 1961. С. 12.\n"
        "2. Там же. С. 15.\n"
        "3. Орлов В. Г. Соль и торговля. Казань: Книга, 1974. С. 40.\n"
        "4. Там же. С. 44.\n"
    ),
]


@pytest.mark.parametrize("notes", LISTS)
def test_repeat_notes_are_no_duplicates(notes: str) -> None:
    doc = parse_bytes((BODY + notes).encode(), "d.md")
    found = duplicate_citation_findings(doc)
    assert not [f for f in found if f.literature_entries]


def test_a_work_listed_twice_is_still_found() -> None:
    notes = (
        "1. Petrov A. B. Rivers of the North. Moscow: Nauka, 1961.\n"
        "2. Orlov C. D. Salt and Trade. Kazan: Kniga, 1974.\n"
        "3. Petrov A. B. Rivers of the North. Moscow: Nauka, 1961.\n"
        "4. Ibid. P. 44.\n"
    )
    doc = parse_bytes((BODY + notes).encode(), "d.md")
    found = [f for f in duplicate_citation_findings(doc) if f.literature_entries]
    assert [f.literature_entries for f in found] == [(1, 3)]
