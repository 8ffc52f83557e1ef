"""What real .bib files hold: repeated fields, LaTeX markup and accents, DOIs written as
resolver or library-proxy URLs, ISO-like dates, commented-out entries."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.bibfile import blank_comment_lines, decode_latex, read_bib
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references.bibtex import iso_date
from bibcheck.parse.references.fields import bare_doi


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        pytest.param(r"The \texttt{bibcheck} tool", "The bibcheck tool", id="texttt"),
        pytest.param(r"\emph{Nature} and \textsc{Sc}", "Nature and Sc", id="emph-textsc"),
        pytest.param(r"\mbox{X-ray} study", "X-ray study", id="mbox"),
        pytest.param(r"Maga\~na", "Magaña", id="tilde-accent"),
        pytest.param(r"Maga{\~n}a", "Magaña", id="braced-tilde"),
        pytest.param(r"{\"o}ber", "öber", id="braced-umlaut"),
        pytest.param(r"\'{e}t\'e", "été", id="acute"),
        pytest.param(r"Gar\c{c}on", "Garçon", id="cedilla"),
        pytest.param(r"Erd\H{o}s", "Erdős", id="hungarian"),
        pytest.param(r"{\L}{\'o}d{\'z}", "Łódź", id="polish"),
        pytest.param(r"\v{Z}i\v{z}ek", "Žižek", id="caron"),
        pytest.param(r"Sch\ifmmode \ddot{o}\else \"{o}\fi n", "Schön", id="ifmmode-once"),
        pytest.param(r"\ifmmode\check{s}\else\v{s}\fi ta", "šta", id="ifmmode-at-start"),
        pytest.param(r"1990--2000, a---b", "1990–2000, a—b", id="dashes"),
        pytest.param(r"R\&D at 50\%", "R&D at 50%", id="escapes"),
        pytest.param(
            r"see \url{https://x.org/a_b%20c}",
            "see <https://x.org/a_b%20c>",
            id="url-kept-verbatim",
        ),
        pytest.param(
            r"\href{https://y.org/p?q=1&r=2}{the site}",
            "the site <https://y.org/p?q=1&r=2>",
            id="href",
        ),
        pytest.param(r"\noopsort{a}Zed", "Zed", id="noopsort"),
        pytest.param(r"{DNA} in {\em E. coli}", "DNA in E. coli", id="braces-and-em"),
        pytest.param("Plain title", "Plain title", id="plain-fast-path"),
    ],
)
def test_decode_latex(latex: str, text: str) -> None:
    assert decode_latex(latex) == text


def test_names_keep_their_accents() -> None:
    records, _ = read_bib(
        r"@article{a, author = {Maga\~na, Jos\'e and M{\"u}ller, Karl and \v{S}koda, E.}, title={T}}"
    )
    assert records[0].authors == ("Magaña, José", "Müller, Karl", "Škoda, E.")


REPEATED = """@string{jt = "Journal of Trade"}

@article{twice,
  author  = {Smith, John},
  title   = {First title},
  journal = jt,
  year    = {2020},
  title   = {Second title},
  year    = 2021,
}

@book{fine, title={Fine}, year=2019}
"""


def test_an_entry_repeating_a_field_is_kept_and_flagged() -> None:
    records, errors = read_bib(REPEATED)
    assert [r.key for r in records] == ["twice", "fine"] and errors == []
    twice = records[0]
    assert (twice.fields["title"], twice.fields["year"], twice.fields["journal"]) == (
        "First title", "2020", "Journal of Trade",
    )  # fmt: skip
    assert twice.repeated == (("title", 8, "Second title"), ("year", 9, "2021"))
    doc = parse_bytes(REPEATED.encode(), "refs.bib")
    flagged = [(a.code, a.line) for a in doc.all_anomalies() if a.code is C.DUPLICATE_FIELD]
    assert flagged == [(C.DUPLICATE_FIELD, 8), (C.DUPLICATE_FIELD, 9)]
    kinds = {(f.kind, f.lines) for f in analyse_document(doc, {}, {})}
    # the finding names the repeat and the first value's line, so both can be found
    assert ("malformed-field", (5, 8)) in kinds and ("malformed-field", (7, 9)) in kinds


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        pytest.param("10.1234/abc.5", "10.1234/abc.5", id="bare"),
        pytest.param("doi:10.1234/abc.5", "10.1234/abc.5", id="doi-prefix"),
        pytest.param("https://doi.org/10.1234/ABC.5", "10.1234/ABC.5", id="resolver-case-kept"),
        pytest.param("http://dx.doi.org/10.1234/abc.5", "10.1234/abc.5", id="dx"),
        pytest.param(
            "https://doi-org.proxy.univ.edu/10.1234/abc.5", "10.1234/abc.5", id="proxy-dashed"
        ),
        pytest.param(
            "https://www.doi.org.ezproxy.lib.edu/10.1234/abc.5", "10.1234/abc.5", id="proxy-dotted"
        ),
        pytest.param(
            "https://dx-doi-org.ezp.lib.ac.uk:8443/10.1234/abc.5", "10.1234/abc.5", id="proxy-port"
        ),
        pytest.param("\\url{https://doi.org/10.1234/a\\_b}", "10.1234/a_b", id="url-macro-escapes"),
        pytest.param("10.1234/a%2Fb", "10.1234/a/b", id="percent-encoded"),
        pytest.param("https://doi.organisation.com/10.1234/x", None, id="not-a-resolver"),
        # a publisher's resolver or DOI landing path in a DOI field (ACM's old exports)
        pytest.param(
            "http://doi.acm.org/10.1145/1234.5678", "10.1145/1234.5678", id="acm-resolver"
        ),
        pytest.param("https://doi.wiley.com/10.1002/x.12", "10.1002/x.12", id="wiley-resolver"),
        pytest.param("https://dl.acm.org/doi/10.1145/99.1", "10.1145/99.1", id="acm-doi-path"),
        pytest.param(
            "https://onlinelibrary.wiley.com/doi/abs/10.1111/j.1.x",
            "10.1111/j.1.x",
            id="doi-abs-path",
        ),
        pytest.param(
            "https://www.tandfonline.com/doi/full/10.1080/1.2", "10.1080/1.2", id="doi-full-path"
        ),
        pytest.param("https://hdl.handle.net/10.1000/182", "10.1000/182", id="handle-resolver"),
        pytest.param("https://example.org/papers/10.1234/x", None, id="path-not-doi"),
        pytest.param("see the journal", None, id="no-doi"),
    ],
)
def test_bare_doi(written: str, doi: str | None) -> None:
    assert bare_doi(written) == doi


def test_resolver_doi_is_normalised_and_the_original_kept() -> None:
    text = "@article{p,\n  title={Proxied},\n  doi={https://doi-org.proxy.univ.edu/10.1234/xyz},\n  year=2020,\n}\n"
    doc = parse_bytes(text.encode(), "refs.bib")
    ref = doc.literature[0].reference
    assert ref.doi == "10.1234/xyz"
    notes = [a for a in ref.anomalies if a.code is C.DOI_NORMALISED]
    assert len(notes) == 1 and notes[0].line == 3
    assert "https://doi-org.proxy.univ.edu/10.1234/xyz" in notes[0].message
    assert not [f for f in analyse_document(doc, {}, {}) if f.kind == "malformed-field"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        pytest.param("2019-01-25", date(2019, 1, 25), id="iso"),
        pytest.param("2019-1-25", date(2019, 1, 25), id="unpadded"),
        pytest.param("2019-01-25T10:30:00Z", date(2019, 1, 25), id="with-time"),
        pytest.param("2019-02-30", None, id="no-such-day"),
        pytest.param("25.01.2019", None, id="day-first"),
    ],
)
def test_iso_date(raw: str, value: date | None) -> None:
    assert iso_date(raw) == value


@pytest.mark.parametrize(
    ("urldate", "advice"),
    [
        # biber drops an unpadded date ("Invalid format ... ignoring"): the date is still read
        # for bibcheck's own use, and the fix is said in ISO form
        pytest.param("2019-1-25", "2019-01-25", id="iso-like-unpadded"),
        pytest.param("2019-01-25", None, id="iso"),
        pytest.param("2019-01", None, id="year-month"),
        pytest.param("17.05.2023", "2023-05-17", id="gost-style"),
    ],
)
def test_urldate_advice_is_iso(urldate: str, advice: str | None) -> None:
    text = f"@online{{w,\n  title={{Page}},\n  url={{https://example.org/p}},\n  urldate={{{urldate}}},\n}}\n"
    doc = parse_bytes(text.encode(), "refs.bib")
    found = [f for f in analyse_document(doc, {}, {}) if f.kind == "malformed-field"]
    assert bool(found) == (advice is not None)
    for f in found:
        assert "YYYY-MM-DD" in f.suggestion and "DD.MM" not in f.suggestion
        assert advice is not None and advice in f.message


def test_gost_access_date_advice_stays_gost() -> None:
    text = "Claim<sup>1</sup>.\n\n---\n\n<sup>1</sup> Page [Electronic resource]. - URL: https://example.org/p (accessed: 32.13.2023).\n"
    doc = parse_bytes(text.encode(), "m.md")
    found = [
        f
        for f in analyse_document(doc, {}, {})
        if f.kind == "malformed-field" and "access" in f.message
    ]
    assert all("DD.MM.YYYY" in f.suggestion for f in found)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        pytest.param(
            "% @book{old, title={Old}}\n@book{new, title={New}}\n", ["new"], id="commented-entry"
        ),
        pytest.param(
            "  %@book{old,\n  % title={Old}}\n@book{new, title={New}}\n",
            ["new"],
            id="indented-comment",
        ),
        pytest.param("@book{a,\n  % note={draft},\n  title={A}}\n", ["a"], id="commented-field"),
        pytest.param(
            "@book{a, abstract={Up by 50\n% of the total}, title={A}}\n",
            ["a"],
            id="percent-line-inside-a-value",
        ),
    ],
)
def test_commented_lines_are_not_read(text: str, keys: list[str]) -> None:
    records, errors = read_bib(text)
    assert [r.key for r in records] == keys and errors == []
    assert len(blank_comment_lines(text)) == len(text)


def test_percent_line_inside_a_value_is_text() -> None:
    records, _ = read_bib("@book{a, abstract={Up by 50\n% of the total}, title={A}}\n")
    assert records[0].fields["abstract"] == "Up by 50 % of the total"


def test_capitalised_field_names_and_a_repeat_in_another_case() -> None:
    records, _ = read_bib(
        "@Article{J,\n  Author = {Monios, Jason and Wilmsmeier, Gordon},\n  Title = {Port regions},\n"
        "  title = {Port regionalisation},\n  Year = {2012},\n}\n"
    )
    assert records[0].authors == ("Monios, Jason", "Wilmsmeier, Gordon")
    assert records[0].fields["title"] == "Port regions"
    assert records[0].repeated == (("title", 4, "Port regionalisation"),)


@pytest.mark.parametrize(
    "newline",
    [pytest.param("\n", id="lf"), pytest.param("\r\n", id="crlf")],
)
@pytest.mark.parametrize(
    ("value", "title"),
    [
        pytest.param(
            '"{Tidal Mixing in Narrow \\', "Tidal Mixing in Narrow Straits", id="control-space"
        ),
        pytest.param("{Tidal Mixing \\\\", "Tidal Mixing Straits", id="tex-line-break"),
    ],
)
def test_a_backslash_at_a_line_end_keeps_later_lines_right(
    newline: str, value: str, title: str
) -> None:
    closing = '}",' if value.startswith('"') else "},"
    text = newline.join(
        [
            "@article{first,",
            f"  title = {value}",
            f" Straits{closing}",
            "  year = 2002",
            "}",
            "",
            "@book{second,",
            "  title = {Estuaries},",
            "  year = 2003",
            "}",
            "",
        ]
    )
    records, errors = read_bib(text)
    assert errors == []
    assert [(r.key, r.line, r.end_line) for r in records] == [("first", 1, 5), ("second", 7, 10)]
    assert " ".join(records[0].fields["title"].split()) == title


def test_repeats_of_the_same_value_are_one_note() -> None:
    """A manager's export writing the same keywords line four times loses nothing: one
    info note for the entry, not a warning per repeat; a repeat with another value still
    warns."""
    text = (
        "@article{sugar,\n"
        "  title = {Beet and Cane},\n"
        "  keywords = {sugar, trade},\n"
        "  keywords = {sugar, trade},\n"
        "  keywords = {sugar,  trade},\n"
        "  keywords = {sugar, trade},\n"
        "  year = {1999},\n"
        "  year = {2001},\n"
        "}\n"
    )
    doc = parse_bytes(text.encode(), "refs.bib")
    found = [(a.code, a.line, a.lines) for a in doc.all_anomalies()]
    assert (C.DUPLICATE_FIELD_SAME, 4, (3, 4, 5, 6)) in found
    assert (C.DUPLICATE_FIELD, 8, (7, 8)) in found
    assert (
        sum(1 for code, _, _ in found if code in (C.DUPLICATE_FIELD, C.DUPLICATE_FIELD_SAME)) == 2
    )
    severities = {
        (f.lines, f.severity) for f in analyse_document(doc, {}, {}) if f.kind == "malformed-field"
    }
    assert severities == {((3, 4, 5, 6), "info"), ((7, 8), "warning")}
