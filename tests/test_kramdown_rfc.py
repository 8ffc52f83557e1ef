"""IETF drafts written for kramdown-rfc are read (sweep 30: "kramdown-rfc still unread").

The draft's YAML names its references (``normative:``/``informative:``), the text cites
them ``{{REF}}``; the Pandoc reader reads them as ``[@REF]`` with each reference a work.
"""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.kramdownrfc import citation, is_draft, rewrite


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("RFC2119", ("RFC2119", None)),
        ("!RFC8174", ("RFC8174", None)),
        ("?I-D.ietf-httpbis-cache-groups", ("I-D.ietf-httpbis-cache-groups", None)),
        ("-HTTP", ("HTTP", None)),
        ("!HTTP=RFC9110", ("HTTP", "RFC9110")),
        ("?CONNECT-IP=RFC9484", ("CONNECT-IP", "RFC9484")),
        ("Section 7.1 of HTTP", ("HTTP", None)),
        ("Sections 3 and 4 of HTTP-CACHING", ("HTTP-CACHING", None)),
        ("Appendix A in RFC9110", ("RFC9110", None)),
        ("HTTP, Section 12.5.3", ("HTTP", None)),
        ("?RFC9110, Sections 8.3 and 8.4", ("RFC9110", None)),
        ("sec-intro", ("sec-intro", None)),  # an anchor: the reader decides
        ("&SELF", None),  # an entity
        ("page.title and more", None),  # no reference's form
    ],
)
def test_citation(body: str, cited: tuple[str, str | None] | None) -> None:
    assert citation(body) == cited


def _front(*lines: str, end: str = "--- abstract") -> str:
    return "\n".join(["---", *lines, end, "", "Text.", ""])


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        (_front("title: X", "docname: draft-x-00"), True),
        (_front("title: X", "normative:", "  RFC2119:"), True),
        (_front("title: X", "informative:", "  A: RFC1", end="---") + "--- middle\n", True),
        # a blog post's front matter with no draft keys, a Pandoc file closed by ---
        (_front("title: X", "tags: [ietf]"), False),
        (_front("title: X", "docname: x", end="---"), False),
        ("docname: x\n--- abstract\n", False),  # no opening ---
    ],
    ids=["docname", "normative", "closed-then-section", "blog", "pandoc", "no-front"],
)
def test_is_draft(text: str, draft: bool) -> None:
    assert is_draft(text) is draft


DRAFT = textwrap.dedent(
    """\
    ---
    title: "An Example Extension: Testing"
    docname: draft-example-ext-latest
    author:
     -
        fullname: Ann Example
    normative:
      HTTP: RFC9110
      RFC2119:
      SPEC:
        target: https://spec.example/
        title: The Example Specification
        author:
          - ins: B. van Example
            name: Bea van Example
        date: 2021-03
        seriesinfo:
          DOI: 10.5555/spec.2021
    informative:
      I-D.ietf-example-base:
    --- abstract

    This document extends {{HTTP}}.

    --- middle

    # Introduction {#intro}

    The key words are in {{!RFC2119}}. See {{Section 8 of HTTP}} and {{SPEC}}.
    The base design {{?I-D.ietf-example-base}} and {{?RFC7932}} apply; {{intro}} and
    {{security-considerations}} are sections, {{&SELF}} an entity, {{{Ann Example}}} a name.
    Defined here: {{?ALT=RFC9111}}. A typo: {{HTPP}}.

    ~~~
    {{SPEC}} in a figure is code
    ~~~

    # Security Considerations

    None.
    """
)


def _cited(doc_bytes: bytes, name: str = "draft-example-ext.md") -> list[tuple[str, int]]:
    doc = parse_bytes(doc_bytes, name)
    markers = [*doc.stray_markers, *(m for f in doc.footnotes for m in f.markers)]
    return sorted((m.label, m.line) for m in markers)


def test_draft_citations_are_read() -> None:
    doc = parse_bytes(DRAFT.encode(), "draft-example-ext.md")
    assert doc.reader == "pandoc-markdown"
    assert _cited(DRAFT.encode()) == [
        ("ALT", 32),
        ("HTPP", 32),
        ("HTTP", 23),
        ("HTTP", 29),
        ("I-D.ietf-example-base", 30),
        ("RFC2119", 29),
        ("RFC7932", 30),
        ("SPEC", 29),
    ]
    assert doc.title == "An Example Extension: Testing"
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.UNREAD_REGION not in codes  # nothing said unread: it was read
    missing = [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("HTPP", 32)]


def test_draft_references_are_works() -> None:
    doc = parse_bytes(DRAFT.encode(), "draft-example-ext.md")
    refs = {e.label: e.reference for e in doc.literature}
    assert list(refs) == ["HTTP", "RFC2119", "SPEC", "I-D.ietf-example-base", "RFC7932", "ALT"]
    http = refs["HTTP"]
    assert http is not None
    assert (http.doi, http.url) == ("10.17487/RFC9110", "https://www.rfc-editor.org/info/rfc9110")
    spec = refs["SPEC"]
    assert spec is not None
    assert (spec.title, spec.year, spec.doi) == (
        "The Example Specification",
        2021,
        "10.5555/spec.2021",
    )
    assert spec.authors and "van Example" in spec.authors[0]
    draft = refs["I-D.ietf-example-base"]
    assert draft is not None
    assert draft.url == "https://datatracker.ietf.org/doc/draft-ietf-example-base/"
    alt = refs["ALT"]
    assert alt is not None and alt.doi == "10.17487/RFC9111"
    # the entries stand at their lines of the YAML (those cited first in the text: there)
    lines = {e.label: e.line for e in doc.literature}
    assert (lines["HTTP"], lines["SPEC"], lines["I-D.ietf-example-base"], lines["ALT"]) == (
        8,
        10,
        20,
        32,
    )


def test_rewrite_keeps_lines_and_columns() -> None:
    draft = rewrite(DRAFT)
    assert draft is not None
    before, after = DRAFT.split("\n"), draft.text.split("\n")
    assert len(before) == len(after)
    row = next(i for i, line in enumerate(before) if "{{!RFC2119}}" in line)
    assert after[row].index("[@RFC2119]") == before[row].index("{{!RFC2119}}")
    assert len(after[row]) == len(before[row])


def test_damaged_yaml_is_said() -> None:
    text = DRAFT.replace("  HTTP: RFC9110", "  HTTP: [RFC9110")
    doc = parse_bytes(text.encode(), "draft-example-ext.md")
    damaged = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOCUMENT_DAMAGED]
    assert damaged and "normative and informative references" in damaged[0].message


def test_a_hugo_page_with_double_braces_is_no_draft() -> None:
    text = "---\ntitle: Post\n---\n\nThe {{ .Title }} of {{RFC2119}} [@doe] here.\n"
    assert rewrite(text) is None
