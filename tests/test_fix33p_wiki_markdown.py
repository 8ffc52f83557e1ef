"""GitHub / Gollum wiki pages are Markdown: ``[[Page]]`` links alone do not make wikitext.

A MediaWiki page shows its kind by ``==Heading==``, ``'''bold'''``, ``{{templates}}``,
``<ref>`` and ``[http://x text]`` links; a Markdown wiki page (GitHub, Gollum, Gitea) by
``#`` headings, ``[text](url)`` links and ``**strong**``, with ``[[Page]]`` /
``[[Text|Page]]`` links between its pages.  The pages below are written for this test."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from bibcheck.readers import choose
from bibcheck.readers.mask import mask
from bibcheck.readers.mediawiki import score
from tests.test_regex_growth import assert_linear


def page(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


GOLLUM_LINKS = page(
    """
    Start with [[Getting started]] and the [[Style sheet|Editorial style]] before you edit.

    ## The harbour books

    The harbour books are held by the [City Archive](https://arhiv-luka.hr/harbour).
    Their hands are dated after [Brandt 1994](https://ostsee-verlag.de/brandt-hands) and
    the watermarks after the [paper database](https://watermarks.uni-graz.at/watermarks/4410).
    Tonnage is converted as [Ortiz 2011](https://doi.org/10.5678/ortiz.tonnage) proposes.
    The best survey is [Lund 2009](https://doi.org/10.1234/lund.2009), and the toll
    tables are printed in [the port statistics](https://statistik-hafen.at/port/1880).

    ## Encoding

    We follow the [MEI guidelines](https://music-encoding.org/guidelines/) and
    record places as in [[Place authority]].

    See also: [[Home]] · [[Glossary]]
    """
)
GOLLUM_STRONG = page(
    """
    # Field notes

    Every transcriber reads [[Conventions]] first. **Do not** normalise spelling; keep
    the scribe's abbreviations as written, see [[Abbreviations|the list of abbreviations]].

    ## Who to ask

    Questions go to the [project forum](https://forum.transcribe-project.net/c/transcription), or
    see [[Team]].
    """
)
WIKITEXT_HEADINGS = page(
    """
    The '''harbour of Fiume''' was a free port of the [[Habsburg monarchy]].

    == History ==
    Trade grew after the [[Louisiana Road]] opened, and the [[Port authority|port office]]
    kept registers.

    == See also ==
    * [[Rijeka]]
    """
)
WIKITEXT_LINKS_ONLY = page(
    """
    The port belonged to [[Venice]], then to [[Austria]], and traded with [[Smyrna]].
    """
)
WIKITEXT_NUMBERED = page(
    """
    Ships were checked in three steps:
    # a visit by the [[health officer]];
    # the [[bill of health]] read aloud;
    # the days of [[quarantine]] fixed.
    """
)
WIKITEXT_EXTERNAL = page(
    """
    Registers are described by the [https://arhiv-luka.hr/fonds/12 state archive]
    and in [[Port history]], see [[Quarantine]] and [[Lazaretto]].
    """
)
WIKITEXT_REFS = page(
    """
    The lazaretto opened in 1769.<ref>Smith, ''Ports'', 1990, p. 4.</ref> See [[Trieste]].

    == References ==
    <references />
    """
)


@pytest.mark.parametrize(
    ("text", "wikitext"),
    [
        (GOLLUM_LINKS, False),
        (GOLLUM_STRONG, False),
        (WIKITEXT_HEADINGS, True),
        (WIKITEXT_LINKS_ONLY, True),
        (WIKITEXT_NUMBERED, True),
        (WIKITEXT_EXTERNAL, True),
        (WIKITEXT_REFS, True),
    ],
    ids=[
        "gollum-links",
        "gollum-strong",
        "wikitext-headings",
        "wikitext-links-only",
        "wikitext-numbered-list",
        "wikitext-external-link",
        "wikitext-refs",
    ],
)
def test_wiki_links_need_wikitext_evidence(text: str, wikitext: bool) -> None:
    fit = score(mask(text))
    assert (fit >= 0.5) is wikitext, fit


def test_gollum_page_goes_to_markdown_links() -> None:
    assert choose("Background.md", GOLLUM_LINKS).reader.name == "markdown-links"


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "[[" * (n // 2),
        lambda n: "**a" * (n // 3),
        lambda n: "# " + "[x](" * (n // 4),
        lambda n: "=" * n,
    ],
)
def test_score_is_linear_on_a_long_line(line: Callable[[int], str]) -> None:
    assert_linear(score, line)
