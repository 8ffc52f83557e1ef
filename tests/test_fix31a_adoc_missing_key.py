"""AsciiDoc: a cross reference to an id that is no section, anchor or bibliography entry,
and is shaped like the bibliography's keys, is a citation -- of an entry that is missing.
It is read as a citation marker (so it is counted, in the body or in a footnote) and
reported once as ``citation-key-missing``; a broken section reference is neither."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers.asciidoc import key_like, key_shape, read
from tests.test_regex_growth import assert_linear

# An IETF-like working-group report with a [bibliography] of designations.
REPORT = """\
= Operational Notes on Resolver Telemetry
Resolver Operations Working Group
:doctype: article
:idprefix: s-

== Background

Resolvers log queries for debugging <<RFC8499>> and for abuse handling <<RFC9076,sect. 4>>.
Encrypted transports change what an operator sees <<RFC8484>> <<RFC7858>>.
The measurement method is in <<s-method>>; see also <<s-nowhere>>.

[[s-method]]
== Method

Counts were taken from four resolvers.footnote:[For the sampling see <<Huston2019>> and
<<RFC9210>>.]

[bibliography]
== References

* [[[RFC8499]]] P. Hoffman, A. Sullivan and K. Fujiwara. DNS Terminology. RFC 8499, 2019.
* [[[RFC9076]]] T. Wicinski. DNS Privacy Considerations. RFC 9076, 2021.
* [[[RFC7858]]] Z. Hu et al. Specification for DNS over TLS. RFC 7858, 2016.
* [[[Huston2019]]] G. Huston. Measuring DNS Behaviour. APNIC Labs, 2019.
"""

# An Antora page: other pages are named by xref:…adoc[], the page's own list by <<key>>.
ANTORA = """\
= Sizing the Ingest Tier
:page-aliases: sizing.adoc

See xref:ops:monitoring.adoc#alerts[the alerting page] and xref:install.adoc[].
Batch sizes follow the queueing model <<kingman1961>> and the later
<<harchol2013,survey of
scheduling>>; tail latency is covered in <<tail-latency>>.

[bibliography]
== Further reading

- [[[kingman1961]]] J. F. C. Kingman. The single server queue in heavy traffic. 1961.
- [[[harchol2013,Harchol-Balter 2013]]] M. Harchol-Balter. Performance Modeling and Design
of Computer Systems. Cambridge University Press, 2013.
"""


def _read(text: str) -> tuple[set[tuple[str, int]], list[tuple[C, int | None, str | None]]]:
    doc = read(text)
    marks = {(m.label, m.line) for m in doc.markers}
    codes = [
        (a.code, a.line, a.footnote)
        for a in doc.anomalies
        if a.code in (C.CITATION_KEY_MISSING, C.XREF_UNRESOLVED, C.BIBLIOGRAPHY_UNREADABLE)
    ]
    return marks, codes


def test_report_missing_keys_are_citations() -> None:
    marks, codes = _read(REPORT)
    # body: two missing RFCs beside resolved ones; footnote: one resolved, one missing
    assert {("RFC8499", 8), ("RFC9076", 8), ("RFC8484", 9), ("RFC7858", 9)} <= marks
    assert ("RFC9210", 16) in marks and ("Huston2019", 15) in marks
    # section references are no citations
    assert not {label for label, _ in marks} & {"s-method", "s-nowhere"}
    assert sorted(codes, key=str) == sorted(
        [
            (C.CITATION_KEY_MISSING, 9, "RFC8484"),
            (C.CITATION_KEY_MISSING, 16, "RFC9210"),
            (C.XREF_UNRESOLVED, 10, None),
        ],
        key=str,
    )


def test_antora_page_missing_key_wrapped_and_plain() -> None:
    marks, codes = _read(ANTORA)
    assert marks == {("kingman1961", 5), ("harchol2013", 6)}
    # (another page's section, shaped like no key: neither a citation nor a finding)
    assert codes == []


def test_antora_missing_author_year_key() -> None:
    text = ANTORA.replace("<<tail-latency>>", "<<dean2013>>")
    marks, codes = _read(text)
    assert ("dean2013", 7) in marks
    assert codes == [(C.CITATION_KEY_MISSING, 7, "dean2013")]


def test_missing_key_in_wrapped_reference() -> None:
    text = ANTORA.replace("<<harchol2013,survey of", "<<harchol2014,survey of")
    marks, codes = _read(text)
    assert ("harchol2014", 6) in marks
    assert codes == [(C.CITATION_KEY_MISSING, 6, "harchol2014")]


def test_no_bibliography_no_citation() -> None:
    marks, codes = _read("= T\n\nSee <<RFC8484>> and <<sec-x>>.\n")
    assert marks == set() and codes == []


@pytest.mark.parametrize(
    ("key", "keys", "want"),
    [
        ("NISTIR8354", ["ISO27037"], True),  # the same kinds of characters
        ("NISTIR8354", ["NIST800-86"], True),  # letters and digits, of a key with more
        ("smith2020", ["jones2019a", "lee:2018"], True),
        ("getting-started", ["NIST800-86"], False),  # no digit: a page's section
        ("install_guide", ["smith_2020"], False),
        ("v2", ["ab-12"], True),
        ("figure2", ["smith2020"], True),  # shaped like a key (section prefixes are apart)
        ("a.b9", ["ab9"], False),
    ],
)
def test_key_like(key: str, keys: list[str], want: bool) -> None:
    assert key_like(key, frozenset(key_shape(k) for k in keys)) is want


def test_long_missing_key_is_linear() -> None:
    assert_linear(
        lambda key: read(REPORT.replace("<<RFC8484>>", f"<<{key}>>")),
        lambda n: "RFC8484" * (n // 7),
    )
