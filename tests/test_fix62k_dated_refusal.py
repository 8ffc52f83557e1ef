"""fix62k: a document that cites by author and date with no reference list (a response to
reviewers, a cover letter) is never refused as citing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError, NothingCitedError
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.readers.datedunlisted import dated_refusal, typed_dated_works
from tests.test_reader_docx import build_docx


@pytest.mark.parametrize(
    ("text", "works"),
    [
        ("as Quist et al. (2019) showed", ["Quist et al. 2019"]),
        ("see (Moss & Hale, 2015; Ruiz et al., 2017)", ["Moss & Hale, 2015", "Ruiz et al., 2017"]),
        ("Okoro and Lind (2020) disagree", ["Okoro and Lind 2020"]),
        ("(Quist 2019) and again (Quist 2019)", ["Quist 2019"]),
        # no author and date: no works
        ("We thank the reviewers for their comments.", []),
        ("The revision was sent in (March 2019).", []),
        ("Table 2 (2019 data) was updated.", []),
    ],
)
def test_typed_dated_works(text: str, works: list[str]) -> None:
    assert typed_dated_works(text) == works


@pytest.mark.parametrize(
    ("works", "said"),
    [
        (["Quist 2019"], "cites 1 work by author–date, (Quist 2019), but has no reference list"),
        (
            ["Quist 2019", "Moss & Hale, 2015"],
            "cites 2 works by author–date, (Quist 2019), (Moss & Hale, 2015), but has no "
            "reference list",
        ),
    ],
)
def test_dated_refusal(works: list[str], said: str) -> None:
    assert dated_refusal(works).startswith(said)


_LETTER = (
    "# Response to the reviewers\n"
    "\n"
    "We thank the reviewers for their careful reading.\n"
    "\n"
    "**Reviewer 1.** Please discuss earlier results.\n"
    "\n"
    "*Reply:* We now compare our estimates with Quist et al. (2019) and Okoro and Lind\n"
    "(2020), and the method follows (Moss & Hale, 2015; Ruiz et al., 2017).\n"
)


@pytest.mark.parametrize("name", ["reply.md", "reply.txt"])
def test_text_letter_citing_by_date_is_refused_truthfully(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_LETTER, encoding="utf-8")
    with pytest.raises(InputError) as err:
        parse_file(path)
    assert not isinstance(err.value, NothingCitedError)
    message = str(err.value)
    assert "cites nothing" not in message
    assert "cites 4 works by author–date, (Quist et al. 2019)" in message
    assert "but has no reference list" in message


def test_text_citing_nothing_still_says_so(tmp_path: Path) -> None:
    path = tmp_path / "thanks.md"
    path.write_text("# Thanks\n\nWe thank the reviewers for their comments.\n", encoding="utf-8")
    with pytest.raises(NothingCitedError) as err:
        parse_file(path)
    assert "cites nothing" in str(err.value)


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


@pytest.mark.parametrize(
    ("paragraphs", "said"),
    [
        (
            [
                "Response to reviewers",
                "We now discuss the findings of Quist et al. (2019).",
                "The model follows (Moss &amp; Hale, 2015; Ruiz et al., 2017).",
            ],
            "the document cites 3 works by author–date, (Quist et al. 2019), (Moss & Hale, "
            "2015), (Ruiz et al., 2017), but has no reference list",
        ),
        (["Cover letter", "We thank the editor for the invitation."], "cites nothing"),
    ],
    ids=["dated", "nothing"],
)
def test_word_letter_refusal(paragraphs: list[str], said: str) -> None:
    body = [_para(p) for p in paragraphs]
    with pytest.raises(InputError) as err:
        parse_bytes(build_docx(body=body, footnotes=None), "letter.docx")
    assert said in str(err.value)
