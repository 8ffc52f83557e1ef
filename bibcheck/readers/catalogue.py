"""The built-in readers, listed without loading them (see :class:`registry.Entry`).

Each entry names the module that registers the reader when it is imported, in the order
the readers have always been registered in (the order breaks ties in the choice and is
the order ``bibcheck readers`` lists).  A reader with ``signs`` is loaded only for a
text that shows them: the HTML reader (BeautifulSoup) for a text with HTML in it, the
office packages' readers only for bytes their signature or the file extension claims.
"""

from __future__ import annotations

from bibcheck.readers.formatsigns import docx_sniff, html_signs, never, odt_sniff
from bibcheck.readers.registry import Entry, enlist

_HERE = "bibcheck.readers."
_TXT = (".txt",)
_MARKDOWN = (".md", ".markdown")

BUILT_IN = (
    Entry("pdf-text", _TXT, _HERE + "pdftext"),
    Entry("plain-text", (*_TXT, ".text"), _HERE + "plaintext"),
    Entry("latex", (".tex", ".latex", ".ltx"), _HERE + "latex"),
    Entry("asciidoc", (".adoc", ".asciidoc", ".asc"), _HERE + "asciidoc"),
    Entry("bibtex", (".bib", ".biblatex", ".bibtex"), _HERE + "bibtex"),
    Entry("csl-json", (".json", ".yaml", ".yml"), _HERE + "cslfile"),
    Entry("ris", (".ris",), _HERE + "risfile"),
    Entry(
        "pandoc-markdown",
        (*_MARKDOWN, *_TXT, ".rmd", ".qmd", ".rmarkdown", ".pmd"),
        _HERE + "pandoc",
    ),
    Entry("docx", (".docx", ".docm"), _HERE + "docx", signs=never, sniff=docx_sniff, binary=True),
    Entry("html", (".html", ".htm", ".xhtml"), _HERE + "html", signs=html_signs),
    Entry("markdown-links", _MARKDOWN, _HERE + "mdlinks"),
    Entry("mediawiki", (".wiki", ".mediawiki", ".wikitext"), _HERE + "mediawiki"),
    Entry("odt", (".odt", ".fodt"), _HERE + "odt", signs=never, sniff=odt_sniff, binary=True),
    Entry("org", (".org",), _HERE + "org"),
    Entry("rst", (".rst", ".rest"), _HERE + "rst"),
    Entry("sup-markdown", (*_MARKDOWN, *_TXT), _HERE + "supmarkdown"),
    Entry("typst", (".typ",), _HERE + "typst"),
)

for _entry in BUILT_IN:
    enlist(_entry)
