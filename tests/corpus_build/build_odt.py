"""Build the OpenDocument texts of the corpus (tests/corpus/odt) from ODF XML written here.

No LibreOffice and no odfpy: each document below is a small markup, one body paragraph
per line, turned into ``content.xml`` (+ ``styles.xml``, ``meta.xml``, the manifest) and
zipped with ``mimetype`` first and stored uncompressed, as LibreOffice saves it; or
written as one flat ``.fodt``.  The key's lines are body paragraph numbers (every
``text:p``/``text:h`` of the body in document order: list items, table cells and the
generated bibliography's paragraphs included), taken from where each paragraph is made.

Markup (per line):
  ``# text`` / ``## text``   a heading (``text:h`` of outline level 1 / 2)
  ``#. text``                an item of an automatically numbered list (consecutive items
                             make one ``text:list``); ``-. text`` a bulleted one
  ``|a|b|``                  a table row (consecutive rows make one table)
  ``[[index Title]]``        LibreOffice's generated bibliography: its title, then one
                             paragraph per work of ``works`` as the index renders it
  ``[[zotbib]]`` … ``[[/zotbib]]``  the lines between are Zotero's rendered list (a
                             section named ``ZOTERO_BIBL {…} CSL_BIBLIOGRAPHY``)
  ``{fn:text}`` / ``{en:text}`` a footnote / endnote here (printed ``1``… / ``i``…); its
                             label is a citation at this paragraph
  ``{link:url|text}``        a hyperlink (``text:a``)
  ``{sup:text}``             superscript text (a raised automatic text style)
  ``{it:text}``              italic text
  ``{zot:name|shown}``       a Zotero citation (reference mark; JSON from ``zotero[name]``)
  ``{bib:id}``               a LibreOffice bibliography mark citing ``works[id]``
  ``{com:text}``             a comment (``office:annotation``): not text
  ``{del:text}``             a tracked deletion: ``text`` goes to ``text:tracked-changes``
  ``{pb:}``                  a soft page break
  two or more spaces / a tab are written as ``text:s`` / ``text:tab``
  ``⟦label⟧``                a citation of ``label`` at this paragraph (for the key)

    .venv/bin/python tests/corpus_build/build_odt.py        (deterministic: fixed ZIP times)
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import dump  # noqa: E402  (the shared key writer)
from build_docx import _split_top  # noqa: E402  (the same token syntax)

OUT = Path(__file__).resolve().parents[1] / "corpus" / "odt"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)
MIMETYPE = "application/vnd.oasis.opendocument.text"
TOKEN = re.compile(
    r"\{(fn|en|link|sup|it|zot|bib|com|del|pb):((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}"
)
NOTE = re.compile(r"⟦([^⟧]*)⟧")
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
AUTO_STYLES = """<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"/>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>"""
STYLES = """<office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Bibliography_20_1" style:display-name="Bibliography 1" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles>"""


def _runs(text: str) -> str:
    """Plain text as ODF writes it: a second space and more as ``text:s``, tabs as tabs."""
    out = []
    for piece in re.split(r"(\t| {2,})", text):
        if piece == "\t":
            out.append("<text:tab/>")
        elif piece.startswith("  "):
            out.append(f' <text:s text:c="{len(piece) - 1}"/>')
        else:
            out.append(escape(piece))
    return "".join(out)


@dataclass
class Doc:
    name: str
    meta: dict[str, Any]
    lines: list[str]
    works: dict[str, dict[str, str]] = field(default_factory=dict)
    zotero: dict[str, list[tuple[str, dict[str, Any], str | None]]] = field(default_factory=dict)
    flat: bool = False
    footnotes: int = 0
    endnotes: int = 0
    changes: list[str] = field(default_factory=list)
    comments: int = 0
    cites: list[tuple[str, int]] = field(default_factory=list)
    para: int = 0  # the number of the paragraph being written

    def inline(self, text: str, in_note: bool = False) -> str:
        out = []
        pos = 0
        for m in TOKEN.finditer(text):
            out.append(_runs(text[pos : m.start()]))
            pos = m.end()
            kind, arg = m.group(1), m.group(2)
            if kind in ("fn", "en"):
                out.append(self.note(kind, arg))
            elif kind == "link":
                url, shown = _split_top(arg)
                out.append(f'<text:a xlink:type="simple" xlink:href={quoteattr(url)}>')
                out.append(f"{self.inline(shown, in_note)}</text:a>")
            elif kind == "sup":
                out.append(f'<text:span text:style-name="T1">{_runs(arg)}</text:span>')
            elif kind == "it":
                out.append(
                    f'<text:span text:style-name="T2">{self.inline(arg, in_note)}</text:span>'
                )
            elif kind == "zot":
                name, shown = _split_top(arg)
                out.append(self.zotero_mark(name, shown))
            elif kind == "bib":
                out.append(self.bib_mark(arg))
            elif kind == "com":
                self.comments += 1
                out.append(
                    f'<office:annotation office:name="c{self.comments}"><dc:creator>Reviewer'
                    "</dc:creator><dc:date>2024-05-02T10:00:00</dc:date>"
                    f"<text:p>{_runs(arg)}</text:p></office:annotation>"
                )
            elif kind == "del":
                cid = f"ct{len(self.changes) + 1}"
                self.changes.append(
                    f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion>'
                    "<office:change-info><dc:creator>Reviewer</dc:creator>"
                    "<dc:date>2024-05-02T10:00:00</dc:date></office:change-info>"
                    f"<text:p>{_runs(arg)}</text:p></text:deletion></text:changed-region>"
                )
                out.append(f'<text:change text:change-id="{cid}"/>')
            elif kind == "pb":
                out.append("<text:soft-page-break/>")
        out.append(_runs(text[pos:]))
        return "".join(out)

    def note(self, kind: str, body: str) -> str:
        if kind == "fn":
            self.footnotes += 1
            label, cls, nid = str(self.footnotes), "footnote", f"ftn{self.footnotes}"
            style = "Footnote"
        else:
            self.endnotes += 1
            label, cls, nid = ROMAN[self.endnotes - 1], "endnote", f"edn{self.endnotes}"
            style = "Endnote"
        self.cites.append((label, self.para))
        paragraphs = "".join(
            f'<text:p text:style-name="{style}">{self.inline(p, True)}</text:p>'
            for p in body.split(" ¶ ")
        )
        return (
            f'<text:note text:id="{nid}" text:note-class="{cls}">'
            f"<text:note-citation>{label}</text:note-citation>"
            f"<text:note-body>{paragraphs}</text:note-body></text:note>"
        )

    def zotero_mark(self, name: str, shown: str) -> str:
        items = self.zotero[name]
        data = {
            "citationID": "c" + name,
            "properties": {"formattedCitation": shown, "plainCitation": shown, "noteIndex": 0},
            "citationItems": [
                {
                    "id": 100 + k,
                    "uris": [f"http://zotero.org/users/4711/items/{key}"],
                    "itemData": {"id": 100 + k, **item},
                    **({"locator": loc, "label": "page"} if loc else {}),
                }
                for k, (key, item, loc) in enumerate(items)
            ],
            "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
        }
        mark = f"ZOTERO_ITEM CSL_CITATION {json.dumps(data, ensure_ascii=False)} RND{name}x7"
        return (
            f"<text:reference-mark-start text:name={quoteattr(mark)}/>{escape(shown)}"
            f"<text:reference-mark-end text:name={quoteattr(mark)}/>"
        )

    def bib_mark(self, ident: str) -> str:
        attrs = "".join(
            f" text:{k}={quoteattr(v)}"
            for k, v in {"identifier": ident, **self.works[ident]}.items()
        )
        self.cites.append((ident, self.para))
        return f"<text:bibliography-mark{attrs}>[{escape(ident)}]</text:bibliography-mark>"

    def paragraph(self, text: str, style: str = "P1") -> str:
        self.para += 1
        for m in NOTE.finditer(text):
            self.cites.extend((label, self.para) for label in m.group(1).split("|"))
        text = NOTE.sub("", text)
        return f'<text:p text:style-name="{style}">{self.inline(text)}</text:p>'

    def body(self) -> str:
        out: list[str] = []
        i = 0
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            if line.startswith(("#. ", "-. ")):
                style = "L1" if line.startswith("#") else "L2"
                out.append(f'<text:list text:style-name="{style}">')
                while i < len(lines) and lines[i].startswith(line[:3]):
                    item = self.paragraph(lines[i][3:], "Bibliography_20_1")
                    out.append(f"<text:list-item>{item}</text:list-item>")
                    i += 1
                out.append("</text:list>")
                continue
            if line.startswith("|"):
                out.append('<table:table table:name="Table1">')
                while i < len(lines) and lines[i].startswith("|"):
                    cells = lines[i].strip("|").split("|")
                    out.append("<table:table-row>")
                    for cell in cells:
                        out.append(
                            f"<table:table-cell>{self.paragraph(cell.strip())}</table:table-cell>"
                        )
                    out.append("</table:table-row>")
                    i += 1
                out.append("</table:table>")
                continue
            if line.startswith("[[index "):
                out.append(self.index(line[len("[[index ") : -2]))
            elif line == "[[zotbib]]":
                out.append(
                    '<text:section text:name="ZOTERO_BIBL {&quot;uncited&quot;:[],'
                    '&quot;omitted&quot;:[],&quot;custom&quot;:[]} CSL_BIBLIOGRAPHY RNDzb1">'
                )
            elif line == "[[/zotbib]]":
                out.append("</text:section>")
            elif m := re.match(r"^(#{1,2}) (.*)$", line):
                level = len(m.group(1))
                self.para += 1
                out.append(
                    f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                    f"{self.inline(m.group(2))}</text:h>"
                )
            else:
                out.append(self.paragraph(line))
            i += 1
        return "\n".join(out)

    def index(self, title: str) -> str:
        self.para += 1
        entries = []
        for ident, work in self.works.items():
            self.para += 1
            shown = f"[{ident}] {work.get('author', '')}, {work.get('title', '')}"
            for name in ("journal", "booktitle", "publisher", "address"):
                if work.get(name):
                    shown += f", {work[name]}"
            shown += f", {work.get('year', '')}"
            if work.get("url"):
                shown += f", {work['url']}"
            entries.append(f'<text:p text:style-name="Bibliography_20_1">{escape(shown)}</text:p>')
        return (
            '<text:bibliography text:name="Bibliography1"><text:bibliography-source>'
            '<text:index-title-template text:style-name="Heading_20_1">'
            f"{escape(title)}</text:index-title-template>"
            '<text:bibliography-entry-template text:bibliography-type="article" '
            'text:style-name="Bibliography_20_1"><text:index-entry-bibliography '
            'text:bibliography-data-field="identifier"/></text:bibliography-entry-template>'
            "</text:bibliography-source><text:index-body>"
            '<text:index-title text:name="Bibliography1_Head">'
            f'<text:p text:style-name="Heading_20_1">{escape(title)}</text:p></text:index-title>'
            + "".join(entries)
            + "</text:index-body></text:bibliography>"
        )

    def content(self) -> tuple[str, str]:
        body = self.body()
        changes = (
            f"<text:tracked-changes>{''.join(self.changes)}</text:tracked-changes>"
            if self.changes
            else ""
        )
        return (
            "<office:body><office:text><text:sequence-decls><text:sequence-decl "
            'text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
            f"{changes}\n{body}\n</office:text></office:body>"
        ), self.meta_xml()

    def meta_xml(self) -> str:
        return f"<office:meta><dc:title>{escape(self.meta['title'])}</dc:title></office:meta>"

    def write(self) -> None:
        body, meta = self.content()
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        if self.flat:
            xml = (
                f'{head}<office:document {NS} office:version="1.3" office:mimetype="{MIMETYPE}">'
                f"{meta}{STYLES}{AUTO_STYLES}{body}</office:document>\n"
            )
            (OUT / f"{self.name}.fodt").write_text(xml, encoding="utf-8")
        else:
            parts = {
                "content.xml": f'{head}<office:document-content {NS} office:version="1.3">'
                f"{AUTO_STYLES}{body}</office:document-content>\n",
                "styles.xml": f'{head}<office:document-styles {NS} office:version="1.3">'
                f"{STYLES}</office:document-styles>\n",
                "meta.xml": f'{head}<office:document-meta {NS} office:version="1.3">'
                f"{meta}</office:document-meta>\n",
                "META-INF/manifest.xml": (
                    f'{head}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                    'xmlns:manifest:1.0" manifest:version="1.3">'
                    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
                    + "".join(
                        f'<manifest:file-entry manifest:full-path="{n}" '
                        'manifest:media-type="text/xml"/>'
                        for n in ("content.xml", "styles.xml", "meta.xml")
                    )
                    + "</manifest:manifest>\n"
                ),
            }
            with zipfile.ZipFile(OUT / f"{self.name}.odt", "w") as z:
                info = zipfile.ZipInfo("mimetype", (2024, 5, 2, 10, 0, 0))
                z.writestr(info, MIMETYPE, compress_type=zipfile.ZIP_STORED)
                for name, text in parts.items():
                    info = zipfile.ZipInfo(name, (2024, 5, 2, 10, 0, 0))
                    z.writestr(info, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
        key: dict[str, Any] = {
            k: self.meta[k] for k in ("reader", "clean", "about") if k in self.meta
        }
        key["citations"] = [list(c) for c in self.cites]
        for name in ("notes", "literature", "defects"):
            if name in self.meta:
                key[name] = self.meta[name]
        (OUT / f"{self.name}.key.json").write_text(dump(key), encoding="utf-8")


# --------------------------------------------------------------------------
# The documents
# --------------------------------------------------------------------------


def _hanse() -> Doc:
    """A German humanities chapter: footnotes (one of two paragraphs, one with a link), an
    endnote, a comment and a tracked deletion (neither is text), a plain Literatur list."""
    lines = [
        "# Kaufleute zwischen Lübeck und Nowgorod",
        "Die Forschung hat den hansischen Handel lange als Geschichte der Städte erzählt."
        "{fn:Vgl. Philippe Dollinger: Die Hanse, 6. Aufl., Stuttgart 2012, S. 45–52.} "
        "Neuere Arbeiten betonen dagegen die Netzwerke einzelner Kaufleute."
        "{fn:Stephan Selzer: Die mittelalterliche Hanse, Darmstadt 2010, S. 88.}",
        "Für das Kontor in Nowgorod{com:Stimmt die Seitenzahl in Anm. 3?} liegt eine "
        "ausführliche Studie vor.{fn:Vgl. Norbert Angermann (Hrsg.): Novgorod. Markt und Kontor "
        "der Hanse, Köln 2002; dazu die {link:https://www.hansischergeschichtsverein.de/"
        "publikationen|Schriftenreihe des Hansischen Geschichtsvereins}.}"
        "{del: Sie wurde jedoch kaum rezipiert [12].}",
        "Die Schriftlichkeit der Kaufleute  wird erst{pb:} seit dem 14. Jahrhundert greifbar."
        "{fn:Carsten Jahnke: Das Silber des Meeres. Fang und Vertrieb von Ostseehering "
        "zwischen Norwegen und Italien, Köln 2000, S. 117–120. ¶ Zur älteren Sicht vgl. die "
        "Einleitung ebd., S. 9–14.}",
        "Einen knappen Überblick gibt Hammel-Kiesow.{en:Rolf Hammel-Kiesow: Die Hanse, "
        "5. Aufl., München 2014.}",
        "# Literaturverzeichnis",
        "Angermann, Norbert (Hrsg.): Novgorod. Markt und Kontor der Hanse, Köln 2002.",
        "Dollinger, Philippe: Die Hanse, 6. Aufl., Stuttgart 2012.",
        "Hammel-Kiesow, Rolf: Die Hanse, 5. Aufl., München 2014.",
        "Jahnke, Carsten: Das Silber des Meeres. Fang und Vertrieb von Ostseehering zwischen "
        "Norwegen und Italien, Köln 2000.",
        "Selzer, Stephan: Die mittelalterliche Hanse, Darmstadt 2010.",
    ]
    meta = {
        "title": "Kaufleute zwischen Lübeck und Nowgorod",
        "reader": "odt",
        "clean": True,
        "about": "Built by tests/corpus_build/build_odt.py: a German humanities chapter in "
        "LibreOffice: footnotes (text:note-class footnote, printed 1-4; note 4 of two "
        "paragraphs), an endnote printed 'i', a hyperlink in a note, a comment (office:"
        "annotation) and a tracked deletion holding '[12]' (neither is text), text:s spaces "
        "and a soft page break; the Literaturverzeichnis is plain paragraphs. Lines are "
        "body paragraph numbers.",
        "notes": {
            "1": {"authors": ["Dollinger"], "title": "Die Hanse", "year": 2012},
            "2": {"authors": ["Selzer"], "title": "Die mittelalterliche Hanse", "year": 2010},
            "3": {"authors": ["Angermann"], "year": 2002},
            "4": {"authors": ["Jahnke"], "year": 2000},
            "i": {"authors": ["Hammel-Kiesow"], "title": "Die Hanse", "year": 2014},
        },
        "literature": [
            {"authors": ["Angermann"], "year": 2002},
            {"authors": ["Dollinger"], "title": "Die Hanse", "year": 2012},
            {"authors": ["Hammel-Kiesow"], "title": "Die Hanse", "year": 2014},
            {"authors": ["Jahnke"], "year": 2000},
            {"authors": ["Selzer"], "title": "Die mittelalterliche Hanse", "year": 2010},
        ],
    }
    return Doc("hanse-kontor-footnotes", meta, lines)


def _harbours() -> Doc:
    """An English report with LibreOffice's native bibliography (flat .fodt): bibliography
    marks in the text and in a table, the generated index under its title."""
    works = {
        "Haigh2016": {
            "bibliography-type": "article",
            "author": "Haigh, Ivan D.; Wadey, Matthew P.; Wahl, Thomas",
            "title": "Spatial and temporal analysis of extreme sea level and storm surge "
            "events around the coastline of the UK",
            "journal": "Scientific Data",
            "volume": "3",
            "pages": "160107",
            "year": "2016",
        },
        "EA2020": {
            "bibliography-type": "www",
            "author": "Environment Agency",
            "title": "National Flood and Coastal Erosion Risk Management Strategy for England",
            "publisher": "Environment Agency",
            "address": "Bristol",
            "year": "2020",
            "url": "https://www.gov.uk/government/publications/national-flood-and-coastal-"
            "erosion-risk-management-strategy-for-england--2",
        },
        "Vousdoukas2018": {
            "bibliography-type": "article",
            "author": "Vousdoukas, Michalis I. and Mentaschi, Lorenzo and Feyen, Luc",
            "title": "Climatic and socioeconomic controls of future coastal flood risk in Europe",
            "journal": "Nature Climate Change",
            "volume": "8",
            "pages": "776-780",
            "year": "2018",
        },
        "Ranger2013": {
            "bibliography-type": "article",
            "author": "Ranger, Nicola; Reeder, Tim; Lowe, Jason",
            "title": "Addressing deep uncertainty over long-term climate in major "
            "infrastructure projects: four innovations of the Thames Estuary 2100 Project",
            "journal": "EURO Journal on Decision Processes",
            "volume": "1",
            "pages": "233-262",
            "year": "2013",
        },
    }
    lines = [
        "# Flood resilience in small harbour towns",
        "## Summary",
        "Storm surge risk in small ports has grown faster than their defences {bib:Haigh2016}. "
        "National assessments {bib:EA2020} and European projections {bib:Vousdoukas2018} "
        "agree on the trend.",
        "Adaptation pathways were first worked out for the Thames estuary {bib:Ranger2013}; "
        "local harbour plans now follow the same staged logic {bib:EA2020}.",
        "|Measure|Evidence|",
        "|Raised quay walls|{bib:Haigh2016}|",
        "[[index Bibliography]]",
    ]
    people = {
        k: [p.split(",")[0].strip() for p in re.split(r";| and ", w["author"])]
        for k, w in works.items()
    }
    notes = {
        k: {"authors": people[k], "title": w["title"], "year": int(w["year"])}
        for k, w in works.items()
    }
    notes["EA2020"]["url"] = works["EA2020"]["url"]
    # (a corporate author: the key gives its title, year and URL only)
    del notes["EA2020"]["authors"]
    meta = {
        "title": "Flood resilience in small harbour towns",
        "reader": "odt",
        "clean": True,
        "about": "Built by tests/corpus_build/build_odt.py: a flat OpenDocument text (.fodt) "
        "with LibreOffice's native bibliography: text:bibliography-mark fields (identifier, "
        "type, author, title, journal, year, url) in the text and in a table cell, and the "
        "generated text:bibliography index, which renders the same works and is not read a "
        "second time. Labels are the marks' identifiers. Lines are body paragraph numbers.",
        "notes": notes,
        "literature": [{k: v for k, v in notes[k].items() if k != "url"} for k in works],
    }
    return Doc("harbour-flood-native-bibliography", meta, lines, works=works, flat=True)


def _cover_crops() -> Doc:
    """A Zotero-cited article in a numeric style: reference marks printing [n], one with a
    page locator, and Zotero's rendered list (a ZOTERO_BIBL section) under References."""
    poeplau = {
        "type": "article-journal",
        "title": "Carbon sequestration in agricultural soils via cultivation of cover crops "
        "– A meta-analysis",
        "container-title": "Agriculture, Ecosystems & Environment",
        "volume": "200",
        "page": "33-41",
        "DOI": "10.1016/j.agee.2014.10.024",
        "author": [
            {"family": "Poeplau", "given": "Christopher"},
            {"family": "Don", "given": "Axel"},
        ],
        "issued": {"date-parts": [[2015]]},
    }
    jian = {
        "type": "article-journal",
        "title": "A meta-analysis of global cropland soil carbon changes due to cover cropping",
        "container-title": "Soil Biology and Biochemistry",
        "volume": "143",
        "page": "107735",
        "DOI": "10.1016/j.soilbio.2020.107735",
        "author": [
            {"family": "Jian", "given": "Jinshi"},
            {"family": "Du", "given": "Xuan"},
            {"family": "Reiter", "given": "Mark S."},
            {"family": "Stewart", "given": "Ryan D."},
        ],
        "issued": {"date-parts": [[2020]]},
    }
    blanco = {
        "type": "article-journal",
        "title": "Cover crops and carbon sequestration: Lessons from U.S. studies",
        "container-title": "Soil Science Society of America Journal",
        "volume": "86",
        "issue": "3",
        "page": "501-519",
        "DOI": "10.1002/saj2.20388",
        "author": [{"family": "Blanco-Canqui", "given": "Humberto"}],
        "issued": {"date-parts": [[2022]]},
    }
    zotero: dict[str, list[tuple[str, dict[str, Any], str | None]]] = {
        "a": [("K7PQ2M4X", poeplau, None)],
        "b": [("R3TW8N2A", jian, None), ("H6VB4C9D", blanco, None)],
        "c": [("K7PQ2M4X", poeplau, "37")],
    }
    lines = [
        "# Soil carbon under winter cover crops",
        "Cover crops add roughly a third of a tonne of carbon per hectare and year to "
        "topsoils {zot:a|[1]}.⟦1⟧ Later syntheses with more sites confirm the gain "
        "{zot:b|[2], [3]},⟦2|3⟧ though it saturates after some decades "
        "{zot:c|[1, p. 37]}.⟦1⟧",
        "Field data from the trials are published on the "
        "{link:https://www.example.org/covercrop-trials|project pages}.",
        "# References",
        "[[zotbib]]",
        "[1]\tC. Poeplau and A. Don, “Carbon sequestration in agricultural soils via "
        "cultivation of cover crops – A meta-analysis,” Agric. Ecosyst. Environ., vol. 200, "
        "pp. 33–41, 2015, doi: 10.1016/j.agee.2014.10.024.",
        "[2]\tJ. Jian, X. Du, M. S. Reiter, and R. D. Stewart, “A meta-analysis of global "
        "cropland soil carbon changes due to cover cropping,” Soil Biol. Biochem., vol. 143, "
        "p. 107735, 2020, doi: 10.1016/j.soilbio.2020.107735.",
        "[3]\tH. Blanco-Canqui, “Cover crops and carbon sequestration: Lessons from U.S. "
        "studies,” Soil Sci. Soc. Am. J., vol. 86, no. 3, pp. 501–519, 2022, "
        "doi: 10.1002/saj2.20388.",
        "[[/zotbib]]",
    ]
    meta = {
        "title": "Soil carbon under winter cover crops",
        "reader": "odt",
        "clean": True,
        "about": "Built by tests/corpus_build/build_odt.py: Zotero citations in LibreOffice "
        "(text:reference-mark-start named 'ZOTERO_ITEM CSL_CITATION {json} RND…' with each "
        "work's CSL-JSON, URI and a page locator) in a numeric style printing [n]; the list "
        "is Zotero's rendered bibliography (a section 'ZOTERO_BIBL … CSL_BIBLIOGRAPHY') of "
        "'[n]' paragraphs under References. The printed numbers cite the printed list. Lines "
        "are body paragraph numbers.",
        "notes": {
            "1": {"authors": ["Poeplau", "Don"], "year": 2015, "doi": "10.1016/j.agee.2014.10.024"},
            "2": {"authors": ["Jian", "Du", "Reiter", "Stewart"], "year": 2020},
            "3": {"authors": ["Blanco-Canqui"], "year": 2022, "doi": "10.1002/saj2.20388"},
        },
        "literature": [
            {"number": 1, "authors": ["Poeplau", "Don"], "year": 2015},
            {"number": 2, "authors": ["Jian", "Du", "Reiter", "Stewart"], "year": 2020},
            {"number": 3, "authors": ["Blanco-Canqui"], "year": 2022},
        ],
    }
    return Doc("cover-crops-zotero", meta, lines, zotero=zotero)


def _night_buses() -> Doc:
    """An English brief citing with superscript numbers typed in the text (a raised text
    style), a unit's exponent that is no citation, and an automatically numbered list."""
    lines = [
        "# Night buses and shift workers",
        "Shift workers depend on night buses more than any other group of riders.{sup:1}⟦1⟧ "
        "Surveys in London and Berlin show the same pattern,{sup:2,3}⟦2|3⟧ although fares "
        "and frequencies differ widely.{sup:4}⟦4⟧",
        "A network serving an area of 40 km{sup:2} with four routes leaves most outer "
        "estates without a stop within walking distance.{sup:2}⟦2⟧",
        "# References",
        "#. Transport for London. Night bus customer research summary. London: Transport "
        "for London; 2017.",
        "#. Plyushteva A, Boussauw K. Does night-time public transport contribute to inclusive "
        "night mobility? Exploring Sofia's night bus network from a gender perspective. "
        "Transport Policy. 2020;87:41-50.",
        "#. Berliner Verkehrsbetriebe. Nachtverkehr in Berlin: Fahrgastbefragung 2018. "
        "Berlin: BVG; 2019.",
        "#. Eldridge A, Smith A. Nightlife and the night-time economy. Journal of Urban "
        "Studies. 2019;12(3):201-15.",
    ]
    meta = {
        "title": "Night buses and shift workers",
        "reader": "odt",
        "clean": True,
        "about": "Built by tests/corpus_build/build_odt.py: superscript citation numbers "
        "typed in the text with a raised automatic text style (style:text-position "
        "'super 58%'), one of them '2,3'; 'km²' is a unit's exponent, no citation; the "
        "References are an automatically numbered list (text:list, list style numbering "
        "'1.'). Lines are body paragraph numbers.",
        "literature": [
            {"number": 1, "year": 2017},
            {"number": 2, "authors": ["Plyushteva", "Boussauw"], "year": 2020},
            {"number": 3, "year": 2019},
            {"number": 4, "authors": ["Eldridge", "Smith"], "year": 2019},
        ],
    }
    return Doc("night-buses-superscript", meta, lines)


def documents() -> list[Doc]:
    return [_hanse(), _harbours(), _cover_crops(), _night_buses()]


def build_corpus(root: Path, names: list[str]) -> None:
    """Builds the OpenDocument documents ``names`` of another corpus (a held-out round):
    each from ``root/_src/odt/<name>/body.txt`` (one body paragraph a line, footnotes
    ``{fn:...}`` numbered by the builder, each a citation at its body paragraph) and
    ``meta.json``; writes ``root/odt/<name>.odt`` and its key, with the key's
    ``document``."""
    global OUT
    OUT = root / "odt"
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names:
        folder = root / "_src" / "odt" / name
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        text = (folder / "body.txt").read_text(encoding="utf-8")
        Doc(name, meta, [line for line in text.split("\n") if line]).write()
        key_path = OUT / f"{name}.key.json"
        key = json.loads(key_path.read_text(encoding="utf-8"))
        out = {"about": key.pop("about"), "document": meta["document"]}
        out.update(key)
        out.setdefault("defects", [])
        key_path.write_text(dump(out), encoding="utf-8")
        print(key_path.relative_to(root))


def main() -> None:
    """``build_odt.py`` writes tests/corpus/odt; ``build_odt.py ROOT NAME...`` builds the
    named documents of another corpus (:func:`build_corpus`)."""
    if len(sys.argv) > 1:
        build_corpus(Path(sys.argv[1]).resolve(), sys.argv[2:])
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for doc in documents():
        doc.write()
        print(f"wrote {OUT / doc.name}")


if __name__ == "__main__":
    main()
