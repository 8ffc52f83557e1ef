"""Helpers, constants and stored test data shared by several test modules."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.cli import main
from bibcheck.manuscript import parse_bytes
from bibcheck.model import (
    ArchiveLookup,
    ArchiveOutcome,
    Footnote,
    LinkCheck,
    LinkStatus,
    LiteratureEntry,
    LiteratureMatch,
    ParsedDocument,
    Reference,
    RefKind,
)
from bibcheck.store import Store, open_db
from bibcheck.store.archives import save_lookup
from bibcheck.store.documents import save_document
from bibcheck.store.links import save_check, start_run
from tests.test_notemarks_docx import NS, REL, REL_NS

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "references" / "on-the-course-of-cooperation.md"
PANDOC_SAMPLE = ROOT / "references" / "pandoc-sample.md"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run one ``bibcheck`` command in-process: (exit code, stdout, stderr)."""
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


# --------------------------------------------------------------------------
# a journal article's fields, and a biblatex document written to a folder
# --------------------------------------------------------------------------

# (entry, authors, title, journal, volume, pages, year)
ArticleCase = tuple[str, tuple[str, ...], str, str, str, str, int]


def assert_article_fields(ref: Reference, case: ArticleCase) -> None:
    """``ref`` has the names, title, journal, volume, pages and year of ``case``."""
    _, authors, title, journal, volume, pages, year = case
    assert (ref.authors, ref.title, ref.host) == (authors, title, journal)
    assert (ref.volume, ref.pages, ref.year) == (volume, pages, year)


def biblatex_document(
    folder: Path, preamble: str, body: str, bib: str, name: str = "main.tex"
) -> Path:
    """Write ``refs.bib`` and a one-page document that loads it (``preamble`` on line 2, the
    ``body`` from line 5, then ``\\printbibliography``) into ``folder``; the document's path."""
    (folder / "refs.bib").write_text(bib, encoding="utf-8")
    main = folder / name
    main.write_text(
        "\\documentclass{article}\n" + preamble + "\n\\addbibresource{refs.bib}\n"
        "\\begin{document}\n" + body + "\n\\printbibliography\n\\end{document}\n",
        encoding="utf-8",
    )
    return main


# --------------------------------------------------------------------------
# a Word document with footnotes
# --------------------------------------------------------------------------


def word_run(text: str) -> str:
    """One ``w:r`` run of ``text``, its spaces kept."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def docx_with_footnotes(paragraphs: list[str], notes: list[str]) -> bytes:
    """A ``.docx`` whose body is ``paragraphs`` (``w:p`` elements) and whose footnotes are
    ``notes``, numbered from 1 (``w:footnoteReference w:id="1"`` cites the first)."""
    foot = "".join(
        f'<w:footnote w:id="{k}"><w:p>{word_run(n)}</w:p></w:footnote>'
        for k, n in enumerate(notes, 1)
    )
    rels = f'<Relationship Id="r1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    doc_rels = f'<Relationship Id="r2" Type="{REL}/footnotes" Target="footnotes.xml"/>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f"<w:document {NS}><w:body>{''.join(paragraphs)}</w:body></w:document>",
        )
        archive.writestr("word/footnotes.xml", f"<w:footnotes {NS}>{foot}</w:footnotes>")
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{REL_NS}">{rels}</Relationships>')
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{REL_NS}">{doc_rels}</Relationships>',
        )
    return buffer.getvalue()


# --------------------------------------------------------------------------
# golden files
# --------------------------------------------------------------------------

GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BIBCHECK_UPDATE_GOLDEN"):
        # Rewriting is not testing: the new file is written and the test is skipped, so a run
        # with the variable set can never pass a comparison with itself.
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        pytest.skip(f"golden file {name} rewritten; review the diff and run again")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


# --------------------------------------------------------------------------
# a manuscript whose text tries to inject into the reports, stored with link history
# --------------------------------------------------------------------------

EVIL_TITLE = 'Evil <script>window.pwned=1</script> & <img src=x onerror="window.pwned=2">'
T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)

MANUSCRIPT = f"""# {EVIL_TITLE}

The ministry said that “exports doubled in one year”[^1].
Trade grew after 2019.[^2]
A third source is cited here.[^3]
And a fourth.[^4]

[^1]: Exports <script>window.pwned=3</script> doubled [Electronic resource]. - 2023. - URL: <https://example.org/dead>

[^2]: Trade <img src=x onerror="window.pwned=4"> statistics [Electronic resource]. - 2022. - URL: <https://example.org/alive>

[^3]: Blocked page [Electronic resource]. - 2021. - URL: <https://example.org/blocked>

[^4]: Moved page [Electronic resource]. - 2021. - URL: <https://example.org/old>

## References

1. Exports <script>window.pwned=3</script> doubled [Electronic resource]. - 2023. - URL: <https://example.org/dead>
2. Trade <img src=x onerror="window.pwned=4"> statistics [Electronic resource]. - 2022. - URL: <https://example.org/alive>
3. Blocked page [Electronic resource]. - 2021. - URL: <https://example.org/blocked>
4. Moved page [Electronic resource]. - 2021. - URL: <https://example.org/old>
"""


def save_history(db: Store, checks: list[LinkCheck]) -> None:
    """Store observations as the check runs that made them: one run per observation time.

    A run holds one observation per URL (a second one in the same run is the
    same work done twice, stored once).
    """
    runs: dict[datetime, str] = {}
    for check in checks:
        if check.checked_at not in runs:
            runs[check.checked_at] = start_run(db, {}, "test", check.checked_at)
        assert save_check(db, runs[check.checked_at], check)


def build_db(path: Path, text: str = MANUSCRIPT) -> Database:
    db = open_db(path)
    doc = parse_bytes(text.encode(), "evil-manuscript.md")
    save_document(db, doc, size=len(text), now=T0)
    checks = [
        LinkCheck("https://example.org/dead", LinkStatus.DEAD, T0, "HTTP 404", 404),
        LinkCheck(
            "https://example.org/dead", LinkStatus.DEAD, T0 + timedelta(days=2), "HTTP 404", 404
        ),
        LinkCheck("https://example.org/alive", LinkStatus.ALIVE, T0, "HTTP 200", 200),
        LinkCheck("https://example.org/blocked", LinkStatus.BLOCKED, T0, "HTTP 403", 403),
        LinkCheck(
            "https://example.org/old",
            LinkStatus.MOVED,
            T0,
            "301 to a working page",
            200,
            final_url="https://example.org/new",
        ),
    ]
    save_history(db, checks)
    save_lookup(
        db,
        ArchiveLookup(
            "https://example.org/alive",
            ArchiveOutcome.FOUND,
            T0,
            snapshot_url="https://web.archive.org/web/20220101000000/https://example.org/alive",
            snapshot_timestamp="20220101000000",
            drift_score=0.2,
            drifted=True,
            quote_in_live=False,
            quote_in_snapshot=True,
        ),
    )
    save_lookup(db, ArchiveLookup("https://example.org/dead", ArchiveOutcome.NOT_ARCHIVED, T0))
    return db


# --------------------------------------------------------------------------
# the tricky fixture
# --------------------------------------------------------------------------

PCT_URL = "https://www.belta.by/economics/view/r_d-spending-grew-by-14%25-2023_556675/"
FRAG_URL = "https://example.org/path_with_underscore/%D0%B0%D0%B1?q=a_b&x=1#frag_1"
WHO_URL = "https://apps.who.int/iris/handle/10665/186463"
SNAPSHOT = "https://web.archive.org/web/20240301120000/" + PCT_URL


def ref(raw: str, line: int, **fields: object) -> Reference:
    return Reference(raw=raw, line=line, end_line=line, **fields)  # type: ignore[arg-type]


def claims_by_label(doc: ParsedDocument) -> dict[str, str]:
    """Each footnote's label and the text of its markers' claim."""
    return {f.label: m.claim.text for f in doc.footnotes for m in f.markers if m.claim}


LITERATURE = (
    ref(
        "Иванов, И. И. Экономика Беларуси и Турции / И. И. Иванов. - Минск : Наука, 2020. - 250 с.",
        40,
        kind=RefKind.BOOK,
        style="gost",
        authors=("Иванов, И. И.",),
        title="Экономика Беларуси и Турции: итоги 2020 года",
        responsibility="И. И. Иванов",
        year=2020,
        year_raw="2020",
        publisher="Наука",
        place="Минск",
        page_count=250,
        language="ru",
    ),
    ref(
        "R&D spending grew by 14% ...",
        41,
        kind=RefKind.WEB,
        title="R&D spending grew by 14% in 2023: BelTA's #1 story, $3.5 billion_total ~ ^ {x} \\",
        year=2023,
        year_raw="2023",
        url=PCT_URL,
        url_raw=PCT_URL,
        url_display=PCT_URL,
        electronic=True,
        language="en",
    ),
    ref(
        "Zalesky, B. The Route of Interaction - Asia / B. Zalesky. - LAP LAMBERT Academic Publishing, 2023. - 112 c.",
        42,
        kind=RefKind.BOOK,
        authors=("Zalesky, B.",),
        title="The Route of Interaction - Asia. Intensification of Belarus' multifaceted ties",
        year=2023,
        year_raw="2023",
        publisher="LAP LAMBERT Academic Publishing",
        pages="45-47",
        page_count=112,
        language="en",
    ),
    ref(
        "World Health Organization. World report on ageing and health. Geneva: WHO, 2015.",
        43,
        kind=RefKind.REPORT,
        authors=("World Health Organization",),
        title="World report on ageing and health",
        year=2015,
        year_raw="2015",
        publisher="WHO",
        place="Geneva",
        url=WHO_URL,
        url_raw=WHO_URL,
        url_display=WHO_URL,
        access_date=date(2023, 5, 17),
        language="en",
    ),
    ref(
        "Петров, П. Статья // Материалы конференции. - 2019. - С. 45-47.",
        44,
        kind=RefKind.CHAPTER,
        authors=("Петров, П.", "Сидорова, А. Б."),
        title="Сотрудничество в области науки",
        host="Материалы международной научной конференции «Беларусь и Азия»",
        year=2019,
        year_raw="2019",
        pages="45–47",
        language="ru",
    ),
    ref(
        "Smith, J., & Doe, A. (2020). A study of things. Journal of Things, 10-20.",
        45,
        kind=RefKind.ARTICLE,
        style="generic",
        authors=("Smith, J.", "Doe, A."),
        title="A study of things in iPhone apps and GDP growth",
        host="Journal of Things & Stuff",
        year=2020,
        year_raw="2020",
        pages="10-20",
        doi="10.1000/xyz_1",
        url=FRAG_URL,
        url_raw=FRAG_URL,
        url_display=FRAG_URL,
        language="en",
    ),
    ref(
        "Political relations [Electronic resource]. - 202-. - URL: https://turkey.mfa.gov.by/ru/bilateral_relations/",
        46,
        kind=RefKind.WEB,
        title="Political relations",
        year_raw="202-",
        url="https://turkey.mfa.gov.by/ru/bilateral_relations/",
        url_raw="https://turkey.mfa.gov.by/ru/bilateral_relations/",
        url_display="https://turkey.mfa.gov.by/ru/bilateral_relations/",
        electronic=True,
        language="en",
    ),
)
TRICKY_WORKS = len(LITERATURE) + 1  # plus the second document's own work


def tricky_documents() -> list[ParsedDocument]:
    """Two documents: footnotes linked to literature, an Ibid., a cross-document duplicate."""
    entries = tuple(LiteratureEntry(i, r.line, r, str(i)) for i, r in enumerate(LITERATURE, 1))
    footnotes = (
        Footnote(
            "1",
            1,
            10,
            replace(LITERATURE[2], pages="65", line=10),
            (),
            LiteratureMatch(3, "title", 100.0),
        ),
        Footnote(
            "2",
            2,
            11,
            replace(LITERATURE[1], title="R&D spending grew", line=11),
            (),
            LiteratureMatch(2, "url", 100.0),
        ),
        Footnote("3", 3, 12, ref("Ibid.", 12), (), None),
        Footnote(
            "4", 4, 13, replace(LITERATURE[0], line=13), (), LiteratureMatch(1, "title", 100.0)
        ),
    )
    first = ParsedDocument("a" * 64, "book.md", "sup-markdown", None, "utf-8", footnotes, entries)
    second_refs = (
        # the same web page as literature entry 2, cited in another manuscript
        replace(LITERATURE[1], raw="other", title="Other title for the same page", line=3),
        ref(
            "Belta. Belarus and Turkey ... 2019. URL: https://www.belta.by/society/view/x-2019/",
            4,
            kind=RefKind.WEB,
            title="Belarus and Turkey signed a roadmap",
            year=2019,
            year_raw="2019",
            url="https://www.belta.by/society/view/x-2019/",
            url_raw="https://www.belta.by/society/view/x-2019/",
            electronic=True,
            language="en",
        ),
    )
    second_fns = tuple(
        Footnote(str(i), i, r.line, r, (), None) for i, r in enumerate(second_refs, 1)
    )
    second = ParsedDocument(
        "b" * 64, "article.md", "pandoc-markdown", None, "utf-8", second_fns, ()
    )
    return [first, second]


def store_tricky(db: Database) -> Database:
    """The tricky documents stored, with a link history and an archived copy."""
    now = datetime(2024, 6, 1, tzinfo=UTC)
    for doc in tricky_documents():
        save_document(db, doc, size=0, now=now)
    history = []
    for when, status in (("2024-02-01", LinkStatus.ALIVE), ("2024-03-01", LinkStatus.ALIVE),
                         ("2024-05-01", LinkStatus.DEAD)):  # fmt: skip
        checked = datetime.fromisoformat(when).replace(tzinfo=UTC)
        history.append(LinkCheck(PCT_URL, status, checked, http_status=200))
    save_history(db, history)
    save_lookup(
        db,
        ArchiveLookup(
            PCT_URL,
            ArchiveOutcome.FOUND,
            now,
            snapshot_url=SNAPSHOT,
            snapshot_timestamp="20240301120000",
            verified=True,
        ),
    )
    return db


def process_state(pid: int) -> tuple[int, str] | None:
    """(parent pid, state letter) of a process from /proc, None when it is gone (or a
    zombie)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    state = fields["State"].split()[0]
    return None if state in {"Z", "X"} else (int(fields["PPid"]), state)
