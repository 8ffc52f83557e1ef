"""The command line: commands, output, exit codes, help, README coverage."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest

from bibcheck.cli import ExitCode, cli, main
from tests.helpers import PANDOC_SAMPLE, ROOT, SAMPLE


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_show_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.db")
    code, out, _ = run(["ingest", "--db", db, str(SAMPLE)], capsys)
    assert code == ExitCode.OK
    assert "stored" in out and "167 footnotes" in out and "166 literature entries" in out
    code, out, _ = run(["ingest", "--db", db, str(SAMPLE)], capsys)
    assert "unchanged" in out
    code, out, _ = run(["show", "--db", db], capsys)
    assert code == 0
    assert "On the course of cooperation" in out
    assert "year-malformed" in out and "202-" in out
    assert "Political relations" in out
    out_file = tmp_path / "model.json"
    code, _, _ = run(["export", "json", "--db", db, "-o", str(out_file)], capsys)
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert len(data["footnotes"]) == 167 and len(data["literature"]) == 166
    code, stdout_json, _ = run(["export", "json", "--db", db], capsys)
    assert json.loads(stdout_json) == data


def test_export_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.db")
    run(["ingest", "--db", db, str(PANDOC_SAMPLE)], capsys)
    _, out, _ = run(["export", "json", "--db", db], capsys)
    data = json.loads(out)
    assert set(data) >= {"schema_version", "documents", "footnotes", "literature", "anomalies"}
    assert set(data["documents"][0]) >= {"id", "path", "reader", "title"}
    fn = data["footnotes"][0]
    assert set(fn) >= {
        "document",
        "number",
        "line",
        "marker_line",
        "claim",
        "literature_entry",
        "reference",
    }
    assert set(fn["reference"]) >= {
        "raw",
        "title",
        "authors",
        "year",
        "year_raw",
        "url",
        "url_raw",
        "kind",
        "pages",
        "page_count",
        "publisher",
        "access_date",
        "doi",
    }
    assert fn["reference"]["access_date"] == "2023-03-12"
    lit = data["literature"][0]
    assert set(lit) >= {"document", "number", "line", "reference"}
    anomaly = data["anomalies"][0]
    assert set(anomaly) >= {"code", "line", "message", "footnote", "literature_entry"}


def test_export_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for name in ("a.db", "b.db"):
        db = str(tmp_path / name)
        run(["ingest", "--db", db, str(SAMPLE), str(PANDOC_SAMPLE)], capsys)
        outputs.append(run(["export", "json", "--db", db], capsys)[1])
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"\x00\x01\x02\x03binary\xff" * 50, "binary", id="binary"),
        pytest.param(b"Just prose, no notes.\n", "no reader", id="no-notes"),
    ],
)
def test_bad_input_exit_2_and_keeps_stored_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    db = str(tmp_path / "b.db")
    run(["ingest", "--db", db, str(PANDOC_SAMPLE)], capsys)
    before = run(["export", "json", "--db", db], capsys)[1]
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    code, out, err = run(["ingest", "--db", db, str(bad)], capsys)
    assert code == ExitCode.INPUT
    assert message in err and "Traceback" not in err + out
    assert run(["export", "json", "--db", db], capsys)[1] == before


def test_missing_file_and_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        ["ingest", "--db", str(tmp_path / "b.db"), str(tmp_path / "nope.md")], capsys
    )
    assert code == ExitCode.INPUT and "no such file" in err
    code, _, err = run(["frobnicate"], capsys)
    assert code == ExitCode.INPUT and "No such command" in err
    code, _, err = run(["ingest", "--db", str(tmp_path), str(SAMPLE)], capsys)
    assert code == ExitCode.INPUT and "directory" in err


def test_show_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bibcheck.store import open_db

    open_db(tmp_path / "empty.db").close()
    code, out, _ = run(["show", "--db", str(tmp_path / "empty.db")], capsys)
    assert code == 0 and "No documents" in out


@pytest.mark.parametrize(
    "args",
    [
        ["show"],
        ["report", "--fail-on", "warning"],
        ["export", "json"],
        ["export", "bibtex"],
        ["check"],
        ["archive"],
    ],
)
def test_a_mistyped_database_is_an_error_not_an_empty_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    missing = tmp_path / "bibchek.db"
    code, _, err = run([*args, "--db", str(missing)], capsys)
    assert code == ExitCode.INPUT and "no such database" in err
    assert not missing.exists()


def test_unwritable_output_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "b.db")
    run(["ingest", "--db", db, str(PANDOC_SAMPLE)], capsys)
    code, _, err = run(
        ["export", "bibtex", "--db", db, "-o", str(tmp_path / "no/dir/x.bib")], capsys
    )
    assert code == ExitCode.INPUT and "Internal error" not in err and "No such file" in err


def test_square_brackets_in_document_text_are_shown_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paper = tmp_path / "brackets.md"
    paper.write_text(
        'It said "the [/] and [bold]x[/bold] tags stay as written"[^1].\n\n'
        "[^1]: Title with [red]brackets[/red] [Electronic resource]. - 2020.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "b.db")
    run(["ingest", "--db", db, str(paper)], capsys)
    code, out, err = run(["show", "--db", db], capsys)
    assert code == 0, err
    assert "[red]brackets[/red]" in out and "[/]" in out


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        found.append((full, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, full + " "))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(cli))
def test_every_command_has_help_and_is_in_readme(name: str, command: click.Command) -> None:
    assert command.help, f"{name} has no help text"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"bibcheck {re.escape(name)}\b", readme), f"README lacks `bibcheck {name}`"


def test_ingest_goes_on_after_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    db = str(tmp_path / "b.db")
    code, out, err = run(["ingest", "--db", db, str(empty), str(PANDOC_SAMPLE)], capsys)
    assert code == ExitCode.INPUT and "empty" in err
    assert "stored" in out and "pandoc-sample.md" in out


def test_path_spellings_of_one_file_are_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    paper = tmp_path / "v.md"
    paper.write_text("Claim[^1].\n\n[^1]: Ref one. - 2020.\n", encoding="utf-8")
    db = str(tmp_path / "b.db")
    monkeypatch.chdir(tmp_path)
    run(["ingest", "--db", db, "v.md"], capsys)
    paper.write_text("Claim[^1].\n\n[^1]: Ref two. - 2021.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    run(["ingest", "--db", db, "../v.md"], capsys)
    _, out, _ = run(["export", "json", "--db", db], capsys)
    assert len(json.loads(out)["documents"]) == 1


def test_forcing_another_reader_reparses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "b.db")
    run(["ingest", "--db", db, str(PANDOC_SAMPLE)], capsys)
    code, out, _ = run(
        ["ingest", "--db", db, "--reader", "sup-markdown", str(PANDOC_SAMPLE)], capsys
    )
    assert "stored" in out and "sup-markdown" in out


def test_links_keep_footnotes_of_different_documents_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "b.db")
    for name, number in (("a.md", 2), ("c.md", 1)):
        body = " ".join(f"Claim {i}<sup>{i}</sup>." for i in range(1, number + 1))
        notes = "\n\n".join(
            f"<sup>{i}</sup> T{i} [Electronic resource]. - 2020. - URL: <https://a.org/{i}-{name}>"
            for i in range(1, number)
        )
        notes += f"\n\n<sup>{number}</sup> Shared [Electronic resource]. - 2020. - URL: <https://a.org/shared>"
        (tmp_path / name).write_text(f"{body}\n\n---\n\n{notes}\n", encoding="utf-8")
        run(["ingest", "--db", db, str(tmp_path / name)], capsys)
    _, out, _ = run(["export", "json", "--db", db], capsys)
    data = json.loads(out)
    shared = next(link for link in data["links"] if link["url"] == "https://a.org/shared")
    by_doc = {d["id"]: d["path"] for d in data["documents"]}
    cited = {Path(by_doc[c["document"]]).name: c["footnotes"] for c in shared["cited_in"]}
    assert cited == {"a.md": [2], "c.md": [1]}


def test_show_counts_every_url_of_a_note_as_the_export_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note naming two works checks both URLs; ``show`` counts both, once each."""
    doc = tmp_path / "post.md"
    doc.write_text(
        "# Post\n\nA claim.[^1] Another.[^2]\n\n"
        "[^1]: See <https://example.org/a> and <https://example.org/b>.\n"
        "[^2]: Again <https://example.org/a>.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "b.db")
    assert run(["ingest", "--db", db, str(doc)], capsys)[0] == ExitCode.OK
    _, out, _ = run(["export", "json", "--db", db], capsys)
    data = json.loads(out)
    exported = {
        u
        for fn in data["footnotes"]
        for u in [fn["reference"]["url"], *fn["reference"]["links"]]
        if u
    }
    assert exported == {"https://example.org/a", "https://example.org/b"}
    _, out, _ = run(["show", "--db", db], capsys)
    assert "2 distinct URLs" in out


def test_ingest_line_counts_what_the_coverage_line_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Works cited by key are no footnotes written in the document: the count line says
    '1 footnotes, 2 works cited by key', as the coverage line does, not '3 footnotes'."""
    (tmp_path / "refs.bib").write_text(
        "@book{a, author={Ann Roe}, title={One}, year=2001}\n"
        "@book{b, author={Ben Sun}, title={Two}, year=2002}\n",
        encoding="utf-8",
    )
    tex = tmp_path / "paper.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        "A claim \\cite{a}. Another \\cite{b}.\\footnote{An aside of the author's.}\n"
        "\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "b.db")
    code, out, _ = run(["ingest", "--db", db, str(tex)], capsys)
    assert code == ExitCode.OK
    assert "1 footnotes, 2 works cited by key, 3 markers" in out
    assert "Read: 3 markers, 1 footnote, 2 works cited by key" in out
    _, out, _ = run(["show", "--db", db], capsys)
    assert "1 footnotes, 2 works cited by key, 3 markers" in out
