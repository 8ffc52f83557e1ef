"""Bluebook's ``Id.`` (and ``Ibid.``, ``Ebd.``) repeats the immediately preceding
authority (Bluebook rule 4.1): a note that is only a remark cites none and is passed over
(bibcheck did so already); an interview the author held or a personal communication is an
authority although it cites no published work, so an ``Id.`` right after it repeats the
interview, not the work before it; an ``Id.`` with only remarks before it says so (that the
notes before it were read as remarks and no note before them cites a work), not only that
a citation "was not understood".  The notes are written for the test in law-review shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind

CASE = "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837, 842 (1984)."


def _doc(tmp_path: Path, notes: list[str]) -> ParsedDocument:
    body = " ".join(f"A claim[^{k + 1}]." for k in range(len(notes)))
    defs = "".join(f"[^{k + 1}]: {n}\n" for k, n in enumerate(notes))
    path = tmp_path / "article.md"
    path.write_text(f"# Notes\n\n{body}\n\n{defs}", encoding="utf-8")
    return parse_file(path)


def _unresolved(doc: ParsedDocument) -> list[str]:
    return [a.message for a in doc.all_anomalies() if a.code is AnomalyCode.REPEAT_NOTE_UNRESOLVED]


@pytest.mark.parametrize(
    ("interview", "repeat"),
    [
        (
            "Interview with Jane Roe, former agency counsel, in Washington, D.C. (Mar. 3, 2023).",
            "Id.",
        ),
        ("Interview with a former EPA official, in Arlington, Va. (May 12, 2022).", "Id. at 2."),
        ("Entretien avec Me Dupont, avocat au barreau de Paris, 3 mai 2021.", "Ibid."),
        ("Interview mit einem Richter am Bundesgerichtshof, Karlsruhe, 3. Mai 2021.", "Ebd."),
    ],
)
def test_id_after_an_interview_repeats_the_interview(
    tmp_path: Path, interview: str, repeat: str
) -> None:
    doc = _doc(tmp_path, [CASE, interview, repeat])
    assert doc.footnotes[1].reference.kind is RefKind.COMMENTARY
    assert doc.footnotes[2].reference.kind is RefKind.COMMENTARY  # the interview, not Chevron
    assert _unresolved(doc) == []


@pytest.mark.parametrize(
    ("remarks", "repeat", "word", "count"),
    [
        (["The court did not reach the constitutional question."], "Id. at 845.", "Id.", "note"),
        (
            [
                "The parties settled after the remand.",
                "I am grateful to the editors for this point.",
            ],
            "Id.",
            "Id.",
            "2 notes",
        ),
        (["Ce point est discuté en doctrine."], "Ibid.", "Ibid.", "note"),
    ],
)
def test_id_after_remarks_only_says_so(
    tmp_path: Path, remarks: list[str], repeat: str, word: str, count: str
) -> None:
    doc = _doc(tmp_path, [*remarks, repeat])
    [message] = _unresolved(doc)
    assert f"“{word}”" in message
    assert f"{count} before it" in message and "remark" in message
    assert "no note before them cites one" in message


@pytest.mark.parametrize(
    "remark",
    [
        "The court did not reach the constitutional question.",
        "Justice Scalia later doubted the doctrine in a 2016 speech.",
        "See infra Part III.B.",
    ],
)
def test_id_after_a_remark_repeats_the_authority_before(tmp_path: Path, remark: str) -> None:
    """(Guards, true on main as well: a remark is passed over.)"""
    doc = _doc(tmp_path, [CASE, remark, "Id. at 845."])
    assert doc.footnotes[2].reference.year == 1984
    assert doc.footnotes[2].reference.kind is RefKind.REPORT
    assert _unresolved(doc) == []
