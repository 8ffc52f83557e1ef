"""Label citations (``[RFC2119]``, ``[I-D.name]``, ``[Knu84]``) are evidence of citations:
a document that has them and is not read says so and names the plain-text reader."""

from __future__ import annotations

import pytest

from bibcheck.readers.evidence import citation_evidence, suggested


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("as in [RFC9110] and [RFC 9111]", ("[RFC2119]", 2)),
        ("BCP 14 [BCP14] [STD97]", ("[RFC2119]", 2)),
        ("[I-D.ietf-quic-qlog] and [W3C.REC-webauthn-3-20250127]", ("[RFC2119]", 2)),
        ("sorting [Knu98], lattices [Bir67, p. 3] and [MDFK97]", ("[Knu84]", 3)),
        ("one label [RFC9110] only", None),
        ("two alpha [Knu98] [Bir67]", None),
        ("task [x], page [Page 2], year [2019], a regex [0-9]", None),
    ],
    ids=["rfc", "bcp-std", "draft-w3c", "alpha", "one-rfc", "two-alpha", "none"],
)
def test_label_citations_are_evidence(text: str, want: tuple[str, int] | None) -> None:
    found = [(e.what, e.count) for e in citation_evidence(text) if "label" in e.what]
    if want is None:
        assert found == []
    else:
        assert [(what.split()[2].rstrip(","), n) for what, n in found] == [want]
        assert suggested(citation_evidence(text), ["plain-text", "pdf-text"]) == ["plain-text"]
