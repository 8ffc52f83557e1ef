""" "See also" lists pages, not works: in every format it is no reference list, no
further reading and no unread region (fix59b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.seealso import is_see_also_heading

HEADINGS = ["See also", "Siehe auch", "Voir aussi", "Véase también", "См. также"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *((h, True) for h in HEADINGS),
        ("SEE ALSO", True),
        ("See also:", True),
        ("== Siehe auch ==", True),
        ("Vedi anche", True),
        ("Zie ook", True),
        ("See also the appendix", False),
        ("Further reading", False),
        ("References", False),
        ("Also", False),
    ],
)
def test_is_see_also_heading(text: str, expected: bool) -> None:
    assert is_see_also_heading(text) is expected


NOTE_A = "Okafor, N. C. (2011). Heat in the City. Northern Press."
NOTE_B = "Lind, P. (2016). Cool roofs in practice. Urban Climate Letters, 4, 11–19."

WIKI = """'''Urban heat''' is heat in cities.<ref>{{cite book |last=Okafor |first=N. C. \
|title=Heat in the City |publisher=Northern Press |year=2011}}</ref> Roofs help.<ref>\
{{cite journal |last=Lind |first=P. |title=Cool roofs in practice |journal=Urban Climate \
Letters |volume=4 |pages=11–19 |year=2016}}</ref>

== {head} ==
* [[Heat island]]
* [[Green roof]] – roofs covered with plants
* [[Albedo]]

== References ==
{{reflist}}
"""
MARKDOWN = f"""# Urban heat

Heat gathers in cities.[^1] Pale roofs help.[^2]

## {{head}}

- [Heat island](heat-island.md)
- [Green roof](green-roof.md): roofs covered with plants
- [Albedo](albedo.md)

[^1]: {NOTE_A}
[^2]: {NOTE_B}
"""
LINKS = """# Urban heat

Heat gathers in cities, as [the city's report](https://example.org/heat-report) shows,
and [a roofing guide](https://example.net/roofs/guide) explains why pale roofs help.

## {head}

- [Heat island](heat-island.md)
- [Green roof](green-roof.md)
"""
HTML = f"""<html><head><title>Urban heat</title></head><body><h1>Urban heat</h1>
<p>Heat gathers in cities.<sup><a href="#fn1" id="r1">1</a></sup> Pale roofs
help.<sup><a href="#fn2" id="r2">2</a></sup></p>
<h2>{{head}}</h2>
<ul><li><a href="heat-island.html">Heat island</a></li>
<li><a href="green-roof.html">Green roof</a></li></ul>
<h2>Notes</h2>
<ol><li id="fn1">{NOTE_A} <a href="#r1">↩</a></li>
<li id="fn2">{NOTE_B} <a href="#r2">↩</a></li></ol>
</body></html>
"""
RST = f"""Urban heat
==========

Heat gathers in cities [#]_. Pale roofs help [#]_.

{{head}}
{{rule}}

- `Heat island <heat-island.html>`_
- `Green roof <green-roof.html>`_

.. [#] {NOTE_A}
.. [#] {NOTE_B}
"""
ORG = f"""#+TITLE: Urban heat

Heat gathers in cities.[fn:1] Pale roofs help.[fn:2]

* {{head}}
- [[file:heat-island.org][Heat island]]
- [[file:green-roof.org][Green roof]]

* Footnotes
[fn:1] {NOTE_A}
[fn:2] {NOTE_B}
"""
ADOC = f"""= Urban heat

Heat gathers in cities.footnote:[{NOTE_A}] Pale roofs help.footnote:[{NOTE_B}]

== {{head}}

* xref:heat-island.adoc[Heat island]
* xref:green-roof.adoc[Green roof]
"""

FORMATS = [
    ("page.wiki", WIKI, "mediawiki", ["1", "2"]),
    ("page.md", MARKDOWN, "pandoc-markdown", ["1", "2"]),
    ("links.md", LINKS, "markdown-links", ["L1", "L2"]),
    ("page.html", HTML, "html", ["1", "2"]),
    ("page.rst", RST, "rst", ["1", "2"]),
    ("page.org", ORG, "org", ["1", "2"]),
    ("page.adoc", ADOC, "asciidoc", ["1", "2"]),
]


@pytest.mark.parametrize("head", HEADINGS)
@pytest.mark.parametrize(("name", "template", "reader", "labels"), FORMATS)
def test_see_also_is_no_list(
    tmp_path: Path, head: str, name: str, template: str, reader: str, labels: list[str]
) -> None:
    path = tmp_path / name
    text = template.replace("{head}", head).replace("{rule}", "-" * (len(head) + 2))
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == reader
    assert [f.label for f in doc.footnotes][: len(labels)] == labels
    assert doc.literature == ()
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.UNREAD_REGION not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes


WIKI_SOURCES = """'''Queues''' are lines.{{sfn|Kleinrock|1975|p=12}} They wait.{{sfn|Erde|1999|p=3}}

== See also ==
* {{cite book |last=Gross |first=Donald |title=Queueing Theory |publisher=Wiley |year=1998}}
* {{cite book |last=Erde |first=Jan |title=Lines |publisher=Harbour Press |year=1999}}

== References ==
{{reflist}}

== Sources ==
* {{cite book |last=Kleinrock |first=Leonard |title=Queueing Systems |publisher=Wiley |year=1975}}
"""


def test_wiki_see_also_is_no_sources_list(tmp_path: Path) -> None:
    """A wiki's "See also" is no sources list even when a short citation names one of
    its items: only "Sources" is the page's list (none of "See also" is uncited)."""
    path = tmp_path / "queues.wiki"
    path.write_text(WIKI_SOURCES, encoding="utf-8")
    doc = parse_file(path)
    assert [e.line for e in doc.literature] == [11]
    assert AnomalyCode.LITERATURE_UNCITED not in {a.code for a in doc.all_anomalies()}
