"""What LaTeX commands mean to the reader: citation commands, text, structure, symbols.

Citation commands are matched with their first letter lower-cased (``\\Textcite``
is ``\\textcite``) and without a star.
"""

from __future__ import annotations

from bibcheck.bibfile import NAMED_SYMBOLS

# natbib, biblatex, cite, apacite, harvard, REVTeX, jurabib, mciteplus, ABNT, gbt7714 ...
CITE = frozenset(
    {
        "cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "citeyearpar",
        "citenum", "citefullauthor", "citeA", "citeNP", "citeyearNP", "citeauthorNP",
        "parencite", "textcite", "autocite", "smartcite", "supercite", "fullcite",
        "citetitle", "citedate", "citeurl", "citen", "inlinecite", "onlinecite", "upcite",
        "citeonline", "shortcite", "shortciteA", "shortciteNP", "possessivecite",
        "citeasnoun", "mcite", "notecite", "pnotecite", "fnotecite", "nocite",
        "footcite", "footcitetext", "footfullcite", "citeurldate", "citeaffixed",
        "volcite", "pvolcite", "fvolcite", "ftvolcite", "svolcite", "tvolcite", "avolcite",
        "cites", "parencites", "textcites", "autocites", "smartcites", "supercites",
        "footcites", "footcitetexts", "volcites", "pvolcites", "fvolcites", "tvolcites",
        "avolcites", "svolcites",
        # natbib's aliases; apacite, chicago and ACM's author forms
        "citetalias", "citepalias", "fullciteA", "fullciteNP", "fullciteauthor",
        "fullciteauthorNP", "shortciteauthor", "shortciteauthorNP", "citeN", "shortciteN",
        "citeNN",
        # biblatex-chicago, biblatex-apa
        "headlesscite", "headlesscites", "headlessfullcite", "surnamecite", "gentextcite",
        "gentextcites", "shorthandcite", "shorthandcites", "shorthandrefcite", "shortrefcite",
        "nptextcite", "nptextcites",
        # abntex2cite (\Idem, \Ibidem: first letter lower-cased)
        "apud", "apudonline", "footciteref", "citeauthoronline", "citeifnotcited",
        "citeonlineifnotcited", "idem", "ibidem", "opcit", "passim", "loccit", "cfcite",
        "etseq",
        # Pandoc's citeproc output: \citeproc{ref-key}{(Doe 2019)} (a \cite in its template)
        "citeproc",
    }
)  # fmt: skip
# citations named like words (abntex2cite's \passim, \opcit ...): a macro a document
# defines by that name is that macro, not the citation
WORD_CITE = frozenset({"idem", "ibidem", "opcit", "passim", "loccit", "etseq", "apud"})
# abntex2cite's secondary citation: [post]{cited keys}{citing keys}, both cited; the
# page is the citing work's
APUD_CITE = frozenset({"apud", "apudonline"})
# a citation that makes a footnote of its own
FOOTNOTE_CITE = frozenset(
    {"footcite", "footcitetext", "footfullcite", "footcites", "footcitetexts", "fvolcite",
     "ftvolcite", "fvolcites", "fnotecite", "footciteref"}
)  # fmt: skip
# a citation printed as words of its sentence, the authors' names ("\citet{k} found ...",
# apacite's \citeA, biblatex's \textcite): it cites the sentence it opens or stands in
TEXT_CITE = frozenset(
    {"citet", "citealt", "citeA", "shortciteA", "fullciteA", "citeN", "shortciteN",
     "textcite", "textcites", "citeasnoun", "possessivecite", "gentextcite", "gentextcites",
     "nptextcite", "nptextcites"}
)  # fmt: skip
# biblatex's textual citations: a footnote after the names in the verbose family (textcite.py)
NOTE_TEXT_CITE = frozenset({"textcite", "textcites"})
# what biblatex's note styles make footnotes of (see autocite.py)
AUTO_CITE = frozenset({"autocite", "autocites", "smartcite", "smartcites"})
# [pre]{volume}[pages]{key}
VOLUME_CITE = frozenset({"volcite", "pvolcite", "fvolcite", "ftvolcite", "svolcite", "tvolcite",
                         "avolcite"})  # fmt: skip
# (pre)(post)[pre][post]{key}[pre][post]{key}...
MULTI_CITE = frozenset(
    {"cites", "parencites", "textcites", "autocites", "smartcites", "supercites", "footcites",
     "footcitetexts", "volcites", "pvolcites", "fvolcites", "tvolcites", "avolcites",
     "svolcites", "headlesscites", "gentextcites", "shorthandcites", "nptextcites"}
)  # fmt: skip
# named like citations, but text holding citations: read as text
CITE_TEXT = frozenset({"citetext"})
# the first argument is text, not keys
TEXT_FIRST_CITE = frozenset({"citeaffixed"})


def csl_key(written: str) -> str:
    """The citation key of a citeproc anchor (Pandoc's ``ref-`` ids): ``ref-doe2019`` ->
    ``doe2019``."""
    key = written.strip()
    return key[4:] if key.startswith("ref-") and len(key) > 4 else key


def csl_keys(text: str) -> list[str]:
    """The keys of ``\\citeproc{ref-a,ref-b}{...}`` (commas or spaces between)."""
    return [csl_key(k) for k in text.replace(",", " ").split() if "\\" not in k]


def cite_name(name: str) -> str | None:
    """The citation command ``name`` is (``Textcite*`` -> ``textcite``), or None."""
    base = name.rstrip("*")
    if not base:
        return None
    lowered = base[0].lower() + base[1:]
    return lowered if lowered in CITE else None


FOOTNOTE = frozenset({"footnote", "footnotemark", "footnotetext", "endnote", "endnotetext",
                      "endnotemark", "sidenote", "marginnote", "tablefootnote"})  # fmt: skip
HEADINGS = frozenset(
    {"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph",
     "addchap", "addsec", "addpart", "frametitle"}
)  # fmt: skip
BREAKS = frozenset(
    {"par", "maketitle", "tableofcontents", "newpage", "clearpage", "cleardoublepage",
     "bigskip", "medskip", "smallskip", "appendix", "printbibliography", "listoffigures",
     "listoftables", "pagebreak", "vfill", "frontmatter", "mainmatter", "backmatter"}
)  # fmt: skip
# commands whose arguments (and options) are no text at all
DROP = frozenset(
    {
        "label", "ref", "eqref", "cref", "Cref", "pageref", "autoref", "nameref", "vref",
        "cpageref", "index", "glossary", "vspace", "hspace", "includegraphics",
        "bibliographystyle", "bibliography", "addbibresource", "addglobalbib", "addsectionbib",
        "usepackage", "RequirePackage", "documentclass", "newcommand", "renewcommand",
        "providecommand", "DeclareRobustCommand", "NewDocumentCommand", "RenewDocumentCommand",
        "DeclareDocumentCommand", "ProvideDocumentCommand", "newenvironment", "renewenvironment",
        "setlength", "addtolength", "setcounter", "addtocounter", "stepcounter", "refstepcounter",
        "pagestyle", "thispagestyle", "hyphenation", "author", "title", "date", "address",
        "email", "affiliation", "affil", "institute", "thanks", "selectlanguage", "graphicspath",
        "hypersetup", "definecolor", "geometry", "captionsetup", "newtheorem", "theoremstyle",
        "newcounter", "excludecomment", "includecomment", "addcontentsline", "markboth",
        "markright", "pdfbookmark", "bibitem", "nocite", "numberwithin", "setuptoc",
        "DeclareFieldFormat", "DeclareBibliographyCategory", "addtocategory",
        "ExecuteBibliographyOptions", "setcitestyle", "bibpunct", "renewbibmacro", "newbibmacro",
        "AtEveryBibitem", "linespread", "setstretch", "titleformat", "titlespacing", "setlist",
        "newlist", "crefname", "Crefname", "lstset", "setminted", "usetikzlibrary", "tikzset",
        "pgfplotsset", "sisetup", "DeclareMathOperator", "newglossaryentry", "newacronym",
        "input", "include", "includeonly", "subfile", "import", "subimport", "vskip", "hskip",
        "rule", "enlargethispage", "fontsize", "color", "pagecolor", "newgeometry", "setmainfont",
        "setsansfont", "setmonofont", "babelprovide", "newfontfamily", "setdefaultlanguage",
        "setotherlanguage", "defbibheading", "defbibnote", "DefineBibliographyStrings",
        "urlstyle", "newif", "newlength", "settowidth", "settoheight", "phantom", "hphantom",
        "vphantom", "keywords", "subjclass", "PACS", "pacs", "received", "accepted", "orcid",
        "corref", "cortext", "ead", "fntext", "tnotetext", "tnoteref", "fnref", "cline",
        "cmidrule", "dedicatory", "titlerunning", "authorrunning", "shorttitle", "shortauthors",
        "IEEEtriggeratref", "IEEEtriggercmd", "BIBdecl",
        # revtex's apsrev styles close each \bibitem with \BibitemShut{Stop|NoStop}
        "BibitemShut",
    }
)  # fmt: skip
# dropped commands that take one braced argument (after their options): a group after it
# is text, as TeX reads it ("\\label{S1_File}\n{\\bf Trees from \\cite{k}.}", PLOS's
# supporting-information captions)
ONE_ARGUMENT = frozenset(
    {
        "label", "ref", "eqref", "pageref", "autoref", "nameref", "vref", "cref", "Cref",
        "cpageref", "index", "glossary", "input", "include", "includegraphics", "vspace",
        "hspace", "phantom", "hphantom", "vphantom", "pagestyle", "thispagestyle",
        "bibliographystyle", "color", "selectlanguage",
    }
)  # fmt: skip
# dropped commands whose arguments hold no citation of their own: definitions (a \cite in
# a macro's body cites where the macro is used) and copies of text printed elsewhere
# (running heads, table-of-contents lines, PDF bookmarks)
DROP_SILENTLY = frozenset(
    {
        "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand",
        "NewDocumentCommand", "RenewDocumentCommand", "DeclareDocumentCommand",
        "ProvideDocumentCommand", "newenvironment", "renewenvironment", "renewbibmacro",
        "newbibmacro", "AtEveryBibitem", "DeclareFieldFormat", "addcontentsline", "markboth",
        "markright", "pdfbookmark", "titlerunning", "authorrunning", "shorttitle",
        "shortauthors", "nocite", "bibitem",
    }
)  # fmt: skip
# captions of a part of a figure: \subcaption[short]{long} and subcaption's
# \subcaptionbox[short]{caption}{body}, read like \caption
SUBCAPTIONS = frozenset({"subcaption", "subcaptionbox"})
# a caption written as the optional argument: subfig's \subfloat[caption]{body} (or
# [list entry][caption]{body}), the subfigure package's \subfigure[caption]{body}
OPTION_CAPTIONS = frozenset({"subfloat", "sidesubfloat", "subfigure", "subtable"})
# commands whose first N arguments are no text, the next one is
SKIP_ARGUMENTS = {
    "foreignlanguage": 1, "textcolor": 1, "colorbox": 1, "fcolorbox": 2, "raisebox": 1,
    "parbox": 1, "multicolumn": 2, "multirow": 2, "resizebox": 2, "scalebox": 1,
    "rotatebox": 1, "hyperlink": 1, "hypertarget": 1, "bibinfo": 1, "bibfield": 1,
    "makebox": 0, "framebox": 0, "iflanguage": 1, "glsdisp": 1, "BIBforeignlanguage": 1,
    # (the hanging package: \hangpara{indent}{after}, the paragraph follows)
    "hangpara": 2,
}  # fmt: skip
# environments whose own arguments are no text (how many braced arguments they take)
ENVIRONMENT_ARGUMENTS = {
    "tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1, "array": 1,
    "minipage": 1, "multicols": 1, "multicols*": 1, "wrapfigure": 2, "wraptable": 2,
    "otherlanguage": 1, "otherlanguage*": 1, "thebibliography": 1, "list": 2, "subfigure": 1,
    "adjustbox": 1, "lrbox": 1, "spacing": 1, "xltabular": 2, "tabu": 1, "supertabular": 1,
    "column": 1, "columns": 0, "frame": 0, "sloppypar": 0, "Form": 0,
    # hanging indents and margins of hand-set bibliographies: \begin{hangparas}{1.5em}{1}
    "hangparas": 2, "adjustwidth": 2, "adjustwidth*": 2, "changemargin": 2, "addmargin": 1,
    "addmargin*": 1,
}  # fmt: skip
MATH_ENVIRONMENTS = frozenset(
    {
        "equation", "equation*", "align", "align*", "gather", "gather*", "multline",
        "multline*", "eqnarray", "eqnarray*", "math", "displaymath", "flalign", "flalign*",
        "alignat", "alignat*", "dmath", "dmath*", "tikzpicture", "pgfpicture", "picture",
        "axis", "CD", "xy",
    }
)  # fmt: skip
LIST_ENVIRONMENTS = frozenset(
    {"enumerate", "itemize", "description", "compactenum", "compactitem", "enumerate*",
     "itemize*", "inparaenum", "asparaenum"}
)  # fmt: skip
SYMBOLS = {
    "%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", "\\": " ", ",": " ",
    ";": " ", ":": " ", "!": "", " ": " ", "\n": " ", "\t": " ", "@": "", "ldots": "…",
    "dots": "…", "textellipsis": "…", "textendash": "–", "textemdash": "—",
    "guillemotleft": "«", "guillemotright": "»", "quotedblbase": "„", "textquotedblleft": "“",
    "textquotedblright": "”", "textquoteleft": "‘", "textquoteright": "’", "-": "", "/": "",
    "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å",
    "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "textcopyright": "©",
    "textregistered": "®", "texttrademark": "™", "textdegree": "°", "textsterling": "£",
    "texteuro": "€", "textbullet": "•", "dag": "†", "textbackslash": "\\",
    "textasciitilde": "~", "textasciicircum": "^", "nobreakdash": "", "textnumero": "№",
    "newline": " ", "linebreak": " ", "quad": " ", "qquad": " ", "enspace": " ",
    "thinspace": " ", "nobreakspace": " ", "textdollar": "$", "textsection": "§",
    "xspace": "", "relax": "", "noindent": "", "indent": "", "centering": "",
    "raggedright": "", "raggedleft": "", "protect": "", "hfill": " ", "hline": "",
    "midrule": "", "toprule": "", "bottomrule": "",
    **NAMED_SYMBOLS,  # the logos and symbols .bib fields share (\TeX, \textbar ...)
}  # fmt: skip
# the letters among them (\ss, \aa, \o ...): written inside words ("M\aa rtensson")
LETTERS = frozenset({"ss", "o", "O", "ae", "AE", "oe", "OE", "aa", "AA", "l", "L", "i", "j"})
# T1-encoding letters (Icelandic, Faroese, Old English, Croatian, Sami): "grei{\dh}ing"
# (a document that defines one of these names itself means its own macro)
T1_LETTERS = {
    "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "dj": "đ", "DJ": "Đ", "ng": "ŋ", "NG": "Ŋ",
}  # fmt: skip
# formatting switches written inside a group ({\bf x}, {\small x}): no text of their own
SWITCHES = frozenset(
    {"bf", "it", "em", "sc", "tt", "rm", "sf", "sl", "bfseries", "itshape", "mdseries",
     "scshape", "ttfamily", "rmfamily", "sffamily", "upshape", "slshape", "normalfont",
     "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE",
     "huge", "Huge", "selectfont", "boldmath", "unboldmath"}
)  # fmt: skip
ACCENTS = {
    "'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361",
}  # fmt: skip
TEXT_SUBSTITUTIONS = (
    ('"---', "—"),
    ("---", "—"),
    ("--", "–"),
    ("``", "“"),
    ("''", "”"),
    # a single opening quote (AGLC, OSCOLA and British titles: `Title'); the closing one is
    # also TeX's apostrophe, see convert's _CLOSING_SINGLE
    ("`", "‘"),
    (",,", "„"),
    ('"<', "«"),
    ('">', "»"),
    ("<<", "«"),
    (">>", "»"),
    ("~", " "),
)
# xparse tests on arguments
VALUE_TESTS = frozenset(
    {"IfNoValueTF", "IfNoValueT", "IfNoValueF", "IfValueTF", "IfValueT", "IfValueF",
     "IfBooleanTF", "IfBooleanT", "IfBooleanF"}
)  # fmt: skip
# babel's German shorthands (ngerman, german, austrian, swissgerman)
GERMAN_SHORTHANDS = (
    ('"a', "ä"), ('"o', "ö"), ('"u', "ü"), ('"A', "Ä"), ('"O', "Ö"), ('"U', "Ü"), ('"s', "ß"),
    ('"z', "ß"), ('"`', "„"), ("\"'", "“"), ('"-', ""), ('"=', "-"), ('"~', "-"), ('"|', ""),
    ('""', ""), ('"<', "«"), ('">', "»"),
)  # fmt: skip
