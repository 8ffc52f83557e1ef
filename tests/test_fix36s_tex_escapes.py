"""A reference manager writes LaTeX's escapes in DOI and URL fields braced
(``10.1007/978-3-030-1{\\_}7``): the DOI and URL are the decoded ones, never refused."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.references.fields import bare_doi, tex_unescaped


@pytest.mark.parametrize(
    ("written", "text"),
    [
        pytest.param(r"a{\_}b", "a_b", id="braced-underscore"),
        pytest.param(r"a\_b", "a_b", id="plain-underscore"),
        pytest.param(r"x{\&}y\%z{\#}w", "x&y%z#w", id="several"),
        pytest.param(r"{a}_b", "{a}_b", id="other-braces-kept"),
        pytest.param(r"\textbf{x}", r"\textbf{x}", id="other-macro-kept"),
    ],
)
def test_tex_unescaped(written: str, text: str) -> None:
    assert tex_unescaped(written) == text


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        pytest.param(r"10.5555/123-4-567-8{\_}9", "10.5555/123-4-567-8_9", id="braced"),
        pytest.param(r"10.5555/ab{\_}cd{\_}ef", "10.5555/ab_cd_ef", id="twice"),
        pytest.param(r"https://doi.org/10.5555/q{\_}1", "10.5555/q_1", id="resolver"),
        pytest.param(r"doi:10.5555/m\_2", "10.5555/m_2", id="plain-escape"),
        pytest.param(r"10.5555/r{\&}d", "10.5555/r&d", id="ampersand"),
    ],
)
def test_bare_doi_decodes_braced_escapes(written: str, doi: str) -> None:
    assert bare_doi(written) == doi


@pytest.mark.parametrize(
    ("fields", "doi", "url"),
    [
        pytest.param(
            r"doi = {10.5555/888-1-00-000000-0{\_}4}",
            "10.5555/888-1-00-000000-0_4",
            None,
            id="doi-only",
        ),
        pytest.param(
            r"url = {https://example.org/files/a{\_}b.pdf}",
            None,
            "https://example.org/files/a_b.pdf",
            id="url-only",
        ),
        pytest.param(
            r"url = {https://example.org/q?x=1{\&}y=2}, doi = {10.5555/z{\_}1}",
            "10.5555/z_1",
            "https://example.org/q?x=1&y=2",
            id="both",
        ),
    ],
)
def test_bib_fields_with_braced_escapes(fields: str, doi: str | None, url: str | None) -> None:
    text = "@incollection{k,\n  author = {Lind, Maja},\n  title = {A Chapter},\n"
    text += f"  year = {{2011}},\n  {fields}\n}}\n"
    records, errors = read_bib(text)
    assert not errors
    ref = to_reference(records[0])
    assert ref.doi == doi
    assert ref.url == url
    codes = {a.code for a in ref.anomalies}
    assert C.DOI_INVALID not in codes
    assert C.URL_INVALID not in codes
