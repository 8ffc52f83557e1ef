"""The kinds of in-text citation that "a list read, no citation" counts are flagged on
evidence.py's signals themselves (``IN_TEXT_WHAT``), not repeated by hand elsewhere: a
renamed signal keeps counting, and each kind below is found by ``unread_citations``."""

from __future__ import annotations

import pytest

from bibcheck.readers.citesunread import unread_citations
from bibcheck.readers.evidence import IN_TEXT_WHAT, citation_evidence

# (text above a list, a word the description of its kind holds): each an in-text kind
IN_TEXT_CASES = [
    ("Rivers carry silt.[^2] Deltas grow.[^3]\n", "Pandoc footnote markers"),
    (
        "Rivers carry silt.^[See Miller, Rivers of the plain, 2004.] Deltas grow.\n",
        "Pandoc inline notes",
    ),
    ("Rivers carry silt [@miller2004, p. 12].\n", "Pandoc citations"),
    ("Rivers carry silt {cite}`miller2004`.\n", "MyST citation roles"),
    ('Rivers carry silt <d-cite key="miller2004"></d-cite>.\n', "Distill citations"),
    ("Rivers carry silt {% cite miller2004 %}.\n", "jekyll-scholar citations"),
    ("Rivers carry silt.<sup>4</sup>\n", "<sup>n</sup> markers"),
    ("Rivers carry silt \\cite{miller2004}.\n", "LaTeX"),
    ("Rivers carry silt.[4](#fn-4) Deltas grow.\n", "footnotes written as Markdown links"),
    ("Rivers carry silt [4]. Deltas grow [5, 6].\n", "numeric citations"),
    ("Senders MUST retry [RFC7231]; see also [RFC9110].\n", "label citations [RFC2119]"),
    ("Model checking [Cla86] was refined [Var91] and extended [Wol93].\n", "[Knu84]"),
    ("Rivers carry silt [cite:@miller2004].\n", "Org-mode citations"),
    ("Rivers carry silt <<miller2004>>.\n", "AsciiDoc cross references"),
    ("Rivers carry silt #cite(<miller2004>).\n", "Typst citations"),
    ("Rivers carry silt.<ref>Miller 2004.</ref>\n", "wiki <ref> tags"),
    ("Rivers carry silt [4]_ and clay [5]_.\n", "reStructuredText footnote references"),
    ('Rivers carry silt.<a href="#fn4">4</a>\n', "HTML footnote links"),
]

# (text, a word of its kind): a list, a definition, an entry, an anchor: not in the text
NOT_IN_TEXT_CASES = [
    ("[^2]: Miller, Rivers, 2004.\n", "Pandoc footnote definitions"),
    ("@book{miller2004,\n  title = {Rivers},\n}\n", "BibTeX entries"),
    ("- [[[miller2004]]] Miller, Rivers, 2004.\n", "AsciiDoc bibliography anchors"),
    (".. [4] Miller, Rivers, 2004.\n", "reStructuredText footnotes .. [n]"),
    (".. bibliography:: refs.bib\n", "Sphinx bibliography directives"),
]


@pytest.mark.parametrize(("text", "kind"), IN_TEXT_CASES)
def test_in_text_kind_is_told_unread(text: str, kind: str) -> None:
    found = [e.what for e in unread_citations(text + "\nReferences\n", 3)]
    assert any(kind in what for what in found), found


@pytest.mark.parametrize(("text", "kind"), NOT_IN_TEXT_CASES)
def test_list_kind_is_not_told_unread(text: str, kind: str) -> None:
    seen = [e.what for e in citation_evidence(text)]
    assert any(kind in what for what in seen), seen  # (the signal itself still finds it)
    found = [e.what for e in unread_citations(text, 99)]
    assert not any(kind in what for what in found), found


def test_every_in_text_kind_has_a_case() -> None:
    # a signal newly flagged in-text (or one renamed) needs a case above
    covered = {what for what in IN_TEXT_WHAT if any(k in what for _, k in IN_TEXT_CASES)}
    assert covered == IN_TEXT_WHAT
    assert len(IN_TEXT_WHAT) == len(IN_TEXT_CASES)
