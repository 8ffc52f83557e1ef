"""Reader choice that cannot be fooled, and coverage instead of silence (issue 11)."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.coverage import coverage
from bibcheck.readers import MIN_CONFIDENCE, choose, forced
from bibcheck.readers.common import reference_lists, unread_lists
from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.mask import mask, powers_as_text
from bibcheck.store import open_db
from bibcheck.store.documents import load_document, save_document
from tests.growth import growth
from tests.test_cli import run


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# ---------------------------------------------------------------- masking


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("Use `x[0]` here[^1].", "x[0]", "[^1]"),
        ("```bibtex\n@article{k,\n title={T}}\n```\nText.", "@article", "Text."),
        ("```{r}\ncite(@x)\n```\n", "cite(@x)", ""),
        ("~~~~\n[^9]: in code\n~~~~\n", "[^9]", ""),
        ("Energy $E = mc^2 [1]$ and more [2].", "[1]", "[2]"),
        ("It cost $5 and $10 [3].", "", "$5 and $10 [3]"),
        ("$$\na[1] + b[2]\n$$\nSee [4].", "a[1]", "See [4]"),
        ("Keys 2<sup>256</sup> and note<sup>1</sup>.", "<sup>256</sup>", "note<sup>1</sup>"),
        (
            "Area 3 m<sup>2</sup>; *V*<sup>2</sup>; see<sup>2</sup>",
            "m<sup>2</sup>",
            "see<sup>2</sup>",
        ),
        ("<!-- [^1]: old -->\nNew[^2].", "[^1]", "[^2]"),
        ("<math>x[0]</math> and <code>@book{a,</code>", "@book", "and"),
        (
            "The operator::\n\n    @dataclass(frozen=True)\n    def f(): ...\n\nDone.",
            "@dataclass",
            "Done.",
        ),
        (".. code-block:: python\n\n   @article{x,\n   }\n\nText [1]_.", "@article", "[1]_"),
        ("#+BEGIN_SRC python\ncite:fake\n#+END_SRC\ncite:real", "cite:fake", "cite:real"),
        (
            "\\begin{verbatim}\n\\cite{no}\n\\end{verbatim}\n\\cite{yes}",
            "\\cite{no}",
            "\\cite{yes}",
        ),
        ("[source,java]\n----\n<<notcite>>\n----\n<<cite>>", "<<notcite>>", "<<cite>>"),
        (
            "1. Install:\n\n    ```{r}\n    cite <- '[@notakey]'\n    ```\n\n2. Read [@xie2015].",
            "[@notakey]",
            "[@xie2015]",
        ),
        ("Code:\n\n    ```\n    x = 1\n\nText [@kept] here.", "", "[@kept]"),
        (
            "Kernels\n~~~~~~~\n\nOld ``glibc`` needs it. [11]_\n\n.. [11] LWN, 2011.",
            "",
            "[11]_",
        ),
        (
            "- `Old thread\n  <https://a.example/t/1>`_\n- `Petition <https://b.example/p>`_",
            "",
            "Petition <https://b.example/p>`_",
        ),
        ("Use `x[0]` and `the docs <https://c.example/>`_.", "x[0]", "the docs <https"),
        ("Write `` {cite}`k1` `` for {cite}`k2`.", "k1", "for {cite}"),
        (
            "Example:\n~~~\n[1]_ in code\n~~~\nText [2]_.",
            "[1]_ in code",
            "Text [2]_.",
        ),
    ],
    ids=[
        "inline-code",
        "fenced-bibtex",
        "r-chunk",
        "tilde-fence",
        "inline-math",
        "dollars-as-money",
        "display-math",
        "exponent",
        "units-and-italic-variable",
        "html-comment",
        "wiki-math-and-code",
        "rst-literal-block",
        "rst-code-directive",
        "org-src-block",
        "latex-verbatim",
        "asciidoc-listing",
        "fence-inside-a-list-item",
        "indented-fence-never-closed-opens-nothing",
        "rst-tilde-underline-is-no-fence",
        "rst-links-are-not-code-spans",
        "code-span-then-rst-link",
        "double-backtick-span-with-spaces",
        "short-tilde-fence-after-text",
    ],
)
def test_mask_hides_code_and_math_only(text: str, hidden: str, kept: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    if hidden:
        assert hidden not in masked
    assert kept in masked


def test_latex_quotes_are_not_code_spans() -> None:
    text = "\\documentclass{article}\n``quoted'' text \\cite{a} and ``more'' \\cite{b}"
    assert "\\cite{a}" in mask(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2<sup>256</sup> keys", "2²⁵⁶ keys"),
        ("10<sup>-3</sup> m", "10⁻³ m"),
        ("in 2019<sup>3</sup>", "in 2019<sup>3</sup>"),
        ("grew<sup>4</sup>.", "grew<sup>4</sup>."),
        ("cited.<sup>5</sup>", "cited.<sup>5</sup>"),
    ],
    ids=["power", "negative-power", "year-then-marker", "word-then-marker", "after-period"],
)
def test_powers_as_text(line: str, expected: str) -> None:
    assert powers_as_text(line) == expected


# ---------------------------------------------------------------- choice


@pytest.mark.parametrize(
    ("name", "text", "reader"),
    [
        (
            "post.md",
            "Claim [1]. More [2].\n\nCited as:\n\n```bibtex\n@article{w2021,\n  title = {T},\n}\n```\n\n"
            "## References\n\n[1] A. Author. Title one. 2020.\n[2] B. Author. Title two. 2021.\n",
            "plain-text",
        ),
        ("notes.md", "Text[^a].\n\n```\n@book{x,\n}\n```\n\n[^a]: Ref. 2020.\n", "pandoc-markdown"),
        ("refs.bib", "@book{x,\n  title = {T},\n  year = {2020}\n}\n", "bibtex"),
        ("ch.Rmd", "---\nbibliography: r.bib\n---\n\nText [@a].\n", "pandoc-markdown"),
        ("ch.org", "#+TITLE: T\n\n* A\nText cite:a.\n", "org"),
        (
            "a.adoc",
            "= T\n\nText <<a>>.\n\n[bibliography]\n== R\n\n* [[[a]]] A. Title. 2020.\n",
            "asciidoc",
        ),
    ],
    ids=["fenced-bibtex-post", "fenced-bibtex-pandoc", "real-bib", "rmarkdown", "org", "asciidoc"],
)
def test_the_right_reader_wins(name: str, text: str, reader: str) -> None:
    choice = choose(name, text)
    assert choice.reader.name == reader
    assert choice.confidence >= MIN_CONFIDENCE


def test_rst_about_the_at_operator_is_not_bibtex() -> None:
    text = dedent(
        """
        The operator
        ============

        Written ``a @ b`` since Python 3.5 [#pep]_::

            @dataclass(frozen=True)
            class Pair:
                left: int

        .. code-block:: python

           @article{looks_like_bibtex,
             title = {no}
           }

        .. [#pep] PEP 465. https://peps.python.org/pep-0465/
        """
    )
    # Before the rst reader existed this was refused (naming the rst footnotes it saw);
    # now the rst reader reads it, and the decorator and the code block never make it BibTeX.
    choice = choose("doc.rst", text)
    assert choice.reader.name == "rst" and choice.confidence >= MIN_CONFIDENCE
    assert choice.runner_up != "bibtex" or choice.runner_up_score < MIN_CONFIDENCE


def test_a_markdown_chapter_about_latex_is_not_latex() -> None:
    # LaTeX in code spans and blocks (\\citet, \\documentclass) is shown, not written
    text = dedent(
        """
        # Citations

        Cite with `@key` or `[@key]`; `@key` is `\\citet{key}` and `[@key]` is
        `\\citep{key}` in **natbib** [@xie2015].

        ```latex
        \\documentclass{book}
        \\section{Intro}
        ```
        """
    )
    choice = choose("chapter.Rmd", text)
    assert choice.reader.name == "pandoc-markdown"


def test_latex_comments_and_argument_counts_are_no_citations() -> None:
    # a chapter whose only citation is commented out, macros with "[1]" argument counts
    text = dedent(
        """
        \\chapter*{Preface}
        %Quotes from \\citeyearpar{alice} by \\citeauthor{alice}.
        \\newcommand{\\bi}[1]{\\begin{enumerate}[label={#1}]\\item }
        \\newcommand{\\ei}[2]{\\end{enumerate}}
        Nothing is cited here.
        """
    )
    masked = mask(text, latex=True)
    assert "citeyearpar" not in masked
    assert citation_evidence(masked) == []


def test_refusal_names_what_was_found_and_a_reader() -> None:
    text = "Plain notes.\n\nSee cite:smith2020 for the details.\n"
    with pytest.raises(InputError) as err:
        choose("x.txt", text)
    message = str(err.value)
    assert "1 Org-mode citations (cite:key, [cite:@key]) (from line 3)" in message
    assert "--reader org" in message


def test_a_reader_that_reads_nothing_from_a_text_with_citations_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("# Post\n\nA claim[^1] and another.\n\n[^1]: Ref.\n", encoding="utf-8")
    with pytest.raises(InputError, match="found nothing it reads.*Pandoc footnote markers"):
        parse_file(path, reader="bibtex")


def test_forced_reader_confidence_is_its_score() -> None:
    choice = forced("latex", "x.md", "Text[^1].\n\n[^1]: Ref.\n")
    assert (choice.reader.name, choice.confidence, choice.chosen_by) == ("latex", 0.0, "option")


def test_close_runner_up_is_an_anomaly() -> None:
    text = (
        "Claim<sup>1</sup> and claim[^a].\n\n---\n\n<sup>1</sup> Ref one. 2020.\n\n"
        "[^a]: Ref two. 2021.\n"
    )
    doc = parse_bytes(text.encode(), "both.md")
    found = [a for a in doc.anomalies if a.code is C.READER_UNCERTAIN]
    assert len(found) == 1 and "fits almost as well" in found[0].message
    assert coverage(doc).uncertain


def test_confidence_and_choice_are_recorded() -> None:
    doc = parse_bytes(b"Text[^1].\n\n[^1]: Ref. 2020.\n", "n.md")
    assert (doc.reader, doc.reader_confidence, doc.reader_chosen_by) == (
        "pandoc-markdown",
        0.9,
        "content",
    )


# ---------------------------------------------------------------- coverage


@pytest.mark.parametrize(
    ("text", "heading", "items"),
    [
        ("# Paper\n\n## References\n\n1. A.\n2. B.\n", "References", 2),
        ("Paper\n\nReferences\n==========\n\n- A.\n- B.\n- C.\n", "References", 3),
        (
            "\\section{Список литературы}\n\\begin{enumerate}\n\\item A.\n\\item B.\n",
            "Список литературы",
            2,
        ),
        ("== References ==\n# {{cite web|title=A}}\n# {{cite web|title=B}}\n", "References", 2),
        ("#+TITLE: T\n* Bibliography\n- A.\n- B.\n", "Bibliography", 2),
        ("<h2>Sources</h2>\n<li>A</li>\n", "Sources", 1),
        ("Text\n\nREFERENCES\n\n[1] A.\n[2] B.\n", "REFERENCES", 2),
    ],
    ids=["markdown", "setext", "latex-enumerate", "wikitext", "org", "html", "pdf-text"],
)
def test_reference_lists_in_any_markup(text: str, heading: str, items: int) -> None:
    regions = reference_lists(text.splitlines())
    assert [(r.heading, r.items) for r in regions] == [(heading, items)]


def test_an_unread_list_is_an_anomaly_with_its_line() -> None:
    lines = "Intro.\n\n## Bibliography\n\n1. First.\n2. Second.\n".splitlines()
    [anomaly] = unread_lists(lines, read_lines=set())
    assert anomaly.code is C.UNREAD_REGION and anomaly.line == 5
    assert "2 items under 'Bibliography'" in anomaly.message
    assert unread_lists(lines, read_lines={5}) == []


def test_coverage_line_says_what_was_and_was_not_read() -> None:
    text = dedent(
        """
        ---
        title: T
        ---

        A claim [@known] and another [@ghost].

        # Notes
        """
    )
    doc = parse_bytes(text.encode(), "doc.md")
    cover = coverage(doc)
    assert cover.markers == 2 and cover.stray_markers == 2
    assert cover.not_read == {"citation-key-missing": 2, "bibliography-unreadable": 1}
    line = cover.line()
    assert line.startswith("Reader pandoc-markdown (confidence ")
    assert "2 citation keys with no entry" in line and "1 bibliography problem" in line


# ---------------------------------------------------------------- CLI and reports


def test_cli_bibliography_option_and_coverage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "refs.json").write_text(
        json.dumps(
            [{"id": "a2020", "type": "book", "title": "Book A", "issued": {"date-parts": [[2020]]}}]
        ),
        encoding="utf-8",
    )
    doc = tmp_path / "paper.md"
    doc.write_text("# Paper\n\nAs shown [@a2020, p. 4] and [@b2021].\n", encoding="utf-8")
    db = str(tmp_path / "b.db")
    code, out, err = run(
        ["ingest", "--db", db, "--bibliography", str(tmp_path / "refs.json"), str(doc)], capsys
    )
    assert code == 0, err
    assert "coverage: Reader pandoc-markdown" in out
    assert "1 work cited by key" in out and "1 citation key with no entry" in out
    code, out, _ = run(["show", "--db", db], capsys)
    assert "Coverage: read 2 markers (1 pointing at no note)" in out
    report_dir = tmp_path / "reports"
    run(["report", "--db", db, "-o", str(report_dir), "--fail-on", "never"], capsys)
    data = json.loads((report_dir / "paper.json").read_text(encoding="utf-8"))
    assert data["document"]["reader_confidence"] == 0.7
    assert data["summary"]["coverage"]["cited_keys"] == 1
    assert data["summary"]["coverage"]["not_read"] == {"citation-key-missing": 1}
    assert "Coverage:" in (report_dir / "paper.md").read_text(encoding="utf-8")
    html = (report_dir / "paper.html").read_text(encoding="utf-8")
    assert 'id="coverage"' in html and "citation key with no entry" in html
    kinds = {f["kind"]: f["severity"] for f in data["findings"]}
    assert kinds["missing-literature-entry"] == "error"


def test_cli_refusal_exits_2_with_the_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (A wiki <ref> line was the example before the mediawiki reader existed; it is read now.)
    doc = tmp_path / "notes.txt"
    doc.write_text("Plain notes.\n\nSee cite:smith2020 for the details.\n", encoding="utf-8")
    code, _, err = run(["ingest", "--db", str(tmp_path / "b.db"), str(doc)], capsys)
    assert code == 2
    assert "Org-mode citations (cite:key, [cite:@key]) (from line 3)" in err
    wiki = tmp_path / "wiki.txt"
    wiki.write_text("Text.<ref>{{cite web |url=https://a.org |title=A}}</ref>\n", encoding="utf-8")
    code, out, _ = run(["ingest", "--db", str(tmp_path / "b.db"), str(wiki)], capsys)
    assert code == 0 and "(mediawiki)" in out


def test_bibliography_for_a_reader_that_does_not_take_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "n.md"
    doc.write_text("Body<sup>1</sup>.\n\n---\n\n<sup>1</sup> Ref. 2020.\n", encoding="utf-8")
    code, _, err = run(
        ["ingest", "--db", str(tmp_path / "b.db"), "--bibliography", str(doc), str(doc)], capsys
    )
    assert code == 2 and "--bibliography is not used by the sup-markdown reader" in err


def test_stored_confidence_round_trips(tmp_path: Path) -> None:
    doc = parse_bytes(b"Text[^1].\n\n[^1]: Ref. 2020.\n", "n.md")
    db = open_db(tmp_path / "b.db")
    save_document(db, doc, size=10, now=datetime(2024, 1, 1, tzinfo=UTC))
    back = load_document(db, doc.id)
    assert (back.reader_confidence, back.reader_chosen_by) == (0.9, "content")


def test_refusal_of_a_text_that_cites_nothing_points_at_its_own_kind() -> None:
    # a Quarto file with only front matter and a sentence: the rst score comes from the
    # YAML's closing rule under its last line (an underlined title), so the hint names the
    # reader of .qmd files first
    text = "---\ntitle: A test\nkeywords: [test]\n---\n\nTest body paragraph.\n"
    with pytest.raises(InputError) as err:
        choose("document.qmd", text)
    message = str(err.value)
    assert "cites nothing has nothing to check" in message
    assert "try --reader pandoc-markdown" in message


@pytest.mark.parametrize(
    ("text", "reflinks"),
    [
        pytest.param(
            "See the [manual][3] and [notes][ref-a].\n\n[3]: https://e.org/m\n[ref-a]: a.html\n",
            2,
            id="markdown-reference-links",
        ),
        # (undefined, they are no links: see test_fix32l_lhs_rtf.py)
        pytest.param("See the [manual][3] and [notes][ref-a].\n", 0, id="undefined-labels"),
        pytest.param(
            "Exported by [[https://example.org/citeproc][citeproc]] and [[./guide.org][the guide]].\n",
            0,
            id="org-links-are-no-reference-links",
        ),
        pytest.param("Shown in [2][3] and [4, 5][6].\n", 0, id="numbers-are-citations"),
    ],
)
def test_evidence_counts_reference_style_links_only(text: str, reflinks: int) -> None:
    found = [e for e in citation_evidence(text) if e.what.startswith("reference-style links")]
    assert sum(e.count for e in found) == reflinks


# ---------------------------------------------------------------- quoted BibTeX entries

_QUOTING_MAIL = dedent(
    """
    From: Ana Ribeiro <a.ribeiro@example.org>
    To: editors@example.org
    Subject: Re: second round, manuscript JX-2031

    Dear editors,

    The revised version answers most of my points. The authors now follow
    the framing of Hartmann and Lucero (2012) and give the sampling frame
    of the earlier survey (Okonjo, 2019), which was my main worry in the
    first round. Two small things remain, both about the references.

    The entry for Okonjo in their bibliography file is damaged, which is
    why the printed list shows a year in the future. It currently reads:

        @article{okonjo2019,
          author  = {Okonjo, Ifeoma},
          title   = {Sampling frames for coastal fisheries},
          journal = {Marine Policy Notes},
          year    = {2091},
          pages   = {11--29}
        }

    Please ask them to correct the year. I also could not find the second
    edition of the field manual they cite (Pereira, 2016); a page number
    would help readers.

    I recommend acceptance after these minor corrections.

    Best regards,
    Ana

    References

    Hartmann, L., & Lucero, P. (2012). Counting boats from the shore. Journal of Coastal Studies, 8(2), 40-57.
    Okonjo, I. (2019). Sampling frames for coastal fisheries. Marine Policy Notes, 4, 11-29.
    Pereira, J. (2016). A field manual for landing-site surveys (2nd ed.). Lisbon: Atlantic Press.
    """
)

_LIST_POST = dedent(
    """
    Hi all,

    I am moving our group's shared bibliography from Mendeley to Zotero and
    two entries keep coming out wrong after the export: the journal names
    are lost and the page ranges have a single hyphen. This is what the
    exported file has for them:

    ----8<----
    @article{wen2018,
      title = {Grazing and soil carbon in alpine meadows},
      author = {Wen, Lu and Dong, Shikui},
      year = {2018}
    }
    @article{baptiste2020,
      title = {Fire return intervals in savanna mosaics},
      author = {Baptiste, Claire},
      year = {2020}, pages = {3-9}
    }
    ----8<----

    Has anyone seen this before? I am on the current version of the export
    plugin and the same thing happens with the desktop application and with
    the web library. Exporting to RIS keeps the journal names, so I suspect
    the BibTeX translator rather than the library itself. If somebody has a
    workaround, or knows which setting controls the page ranges, I would be
    glad to hear about it before I start fixing forty entries by hand.

    Thanks,
    Tomás
    """
)

_BIB_WITH_PREAMBLE = dedent(
    """
    % Shared bibliography of the reading group
    % Encoding: UTF-8
    % Maintained by hand; keep the keys stable.

    @comment{
      Conventions of this file: one entry per work, keys as surnameYEAR,
      journal names in full, page ranges with a double hyphen, DOIs
      without the resolver prefix, URLs only for works that have no DOI,
      and a note field for anything the group said about the work in
      the meeting where it was read.
    }

    @string{mpn = {Marine Policy Notes}}

    @article{okonjo2019,
      author = {Okonjo, Ifeoma},
      title = {Sampling frames for coastal fisheries},
      journal = mpn,
      year = {2019},
    }

    % read in March
    @book{pereira2016,
      author = {Pereira, Joana},
      title = {A field manual for landing-site surveys},
      publisher = {Atlantic Press},
      year = {2016},
    }
    """
)

_ONLY_ENTRIES = dedent(
    """
    @article{hartmann2012,
      author = {Hartmann, Lena and Lucero, Pablo},
      title = {Counting boats from the shore},
      journal = {Journal of Coastal Studies},
      year = {2012},
    }

    @book{pereira2016,
      author = {Pereira, Joana},
      title = {A field manual for landing-site surveys},
      year = {2016},
    }
    """
)


def _chosen(name: str, text: str) -> str | None:
    """The reader chosen for ``text`` at ``name``, or None when it is refused."""
    try:
        return choose(name, text).reader.name
    except InputError:
        return None


@pytest.mark.parametrize(
    ("name", "text", "bibtex"),
    [
        pytest.param("review.txt", _QUOTING_MAIL, False, id="mail-quoting-an-entry"),
        pytest.param("review.eml", _QUOTING_MAIL, False, id="mail-quoting-an-entry-eml"),
        pytest.param("post.txt", _LIST_POST, False, id="list-post-with-two-entries"),
        pytest.param("refs.bib", _BIB_WITH_PREAMBLE, True, id="bib-with-comment-preamble"),
        pytest.param("refs.txt", _BIB_WITH_PREAMBLE, True, id="bib-saved-as-txt"),
        pytest.param("refs.txt", _ONLY_ENTRIES, True, id="txt-of-entries-only"),
        # BibTeX ignores text between entries: a .bib is a bibliography whatever else it holds
        pytest.param("notes.bib", _LIST_POST, True, id="bib-with-free-text"),
    ],
)
def test_bibtex_must_account_for_most_of_a_text(name: str, text: str, bibtex: bool) -> None:
    assert (_chosen(name, text) == "bibtex") is bibtex


@pytest.mark.parametrize("sender", ["Ana Ribeiro <a.ribeiro@example.org>", "<ribeiro@example.org>"])
def test_a_mail_quoting_an_entry_is_read_by_its_own_reader(sender: str) -> None:
    # (an address in angle brackets, "<a.ribeiro@…>", is no HTML element)
    text = _QUOTING_MAIL.replace("Ana Ribeiro <a.ribeiro@example.org>", sender)
    choice = choose("review.txt", text)
    assert choice.reader.name == "plain-text"
    assert choice.runner_up != "bibtex" or choice.runner_up_score < MIN_CONFIDENCE


def test_an_entry_never_closed_claims_one_line() -> None:
    from bibcheck.readers.bibtex import accounted

    text = "Prose.\n" * 8 + "@article{x,\n  title = {Never closed,\n" + "More prose.\n" * 8
    assert accounted(text) < 0.1


def test_accounting_is_linear_on_long_lines() -> None:
    from bibcheck.readers.bibtex import accounted

    def text(entries: int) -> str:
        entry = "@article{x, title = {" + "{a} " * 2500 + "}}\n"
        return entry * entries + ("@misc{" + "{" * 10_000 + "\n") * (entries // 2)

    assert accounted(text(50)) == 1.0
    # (four times the entries: about four times the time, not sixteen)
    assert growth(lambda entries: accounted(text(entries)), 10, 40) < 8
