"""An AsciiDoc file citing with asciidoctor-bibtex's macros (``cite:[key]``,
``cite:See[key(12)]``, a pretext as the macro's target) and ``* `` bullets is no Org
document: the target before ``[`` is no Org citation key, so Org does not fit almost as
well and the choice is not "uncertain".  Org's own ``cite:key`` still counts.  Own
fixtures."""

from __future__ import annotations

import pytest

from bibcheck.readers import org
from bibcheck.readers.registry import choose

ADOC = (
    "= Notes on tides\n:bibtex-file: tides.bib\n\n== Text\n\n"
    "Tides follow the moon cite:[moss2001].\n"
    "A pretext is allowed: cite:See[moss2001(12)]\n\n"
    "* One point cite:[lee1999].\n* Another point.\n\n"
    "== Bibliography\n\nbibliography::[]\n"
)


def test_asciidoc_macros_are_no_org_citations() -> None:
    assert org.score(ADOC) == 0.0
    choice = choose("tides.adoc", ADOC)
    assert choice.reader.name == "asciidoc"
    assert not choice.uncertain


@pytest.mark.parametrize(
    "text",
    [
        "#+TITLE: Tides\n\nTides follow the moon cite:moss2001.\n",
        "#+TITLE: Tides\n\nSee citep:moss2001,lee1999 for both.\n",
    ],
)
def test_org_plain_citations_still_fit(text: str) -> None:
    assert org.score(text) > 0.0
