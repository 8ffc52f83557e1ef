"""Write the keys of the plain-text documents of heldout30 half B.

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from tests/heldout30:
    python3 _src/_meta/keys_b.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE.parents[0] / "corpus_build"))
from build import dump  # noqa: E402


def L(path: str, text: str, n: int = 1) -> int:
    seen = 0
    for i, line in enumerate((HERE / path).read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            seen += 1
            if seen == n:
                return i
    raise KeyError((path, text, n))


def W(kind, title, year, authors=None, **kw):
    d = {"title": title, "year": year}
    if authors:
        d["authors"] = authors
    d["kind"] = kind
    d.update(kw)
    return d


def write(path, key):
    (HERE / path).write_text(dump(key), encoding="utf-8")
    print("wrote", path, len(key["citations"]), "pairs")


# 1. latex/yezh-br ------------------------------------------------------------
M, P = "latex/yezh-br/main.tex", "latex/yezh-br/pennad1.tex"
BR = {
    "jackson1967": W("book", "A Historical Phonology of Breton", 1967, ["Jackson"]),
    "fleuriot1964": W("book", "Le vieux breton: éléments d'une grammaire", 1964, ["Fleuriot"]),
    "hemon1975": W("book", "A Historical Morphology and Syntax of Breton", 1975, ["Hemon"]),
    "ternes1992": W("chapter", "The Breton language", 1992, ["Ternes"]),
    "favereau1992": W("book", "Geriadur ar brezhoneg a-vremañ", 1992, ["Favereau"]),
    "kerbrat2014": W("thesis", "Ar c'hemmadurioù-penn e brezhoneg Bro-Dreger: studiadenn sokio-yezhel", 2014, ["Kerbrat"]),
    "opab2018": W("web", "Enklask sokio-yezhel 2018: ar brezhoneg e Breizh", 2018,
                  url="https://www.fulbryt.bzh/enklask-sokio-yezhel-2018"),
    "broudic2009": W("book", "Parler breton au XXIe siècle: le nouveau sondage de TMO-Régions", 2009, ["Broudic"]),
}
write("latex/yezh-br.key.json", {
    "document": "yezh-br/main.tex",
    "reader": "latex",
    "clean": True,
    "about": "An invented Breton linguistics article on initial mutations in Leon Breton (author, "
    "e-mail, data URL invented). pdflatex, babel breton, biblatex style=authoryear with biber; "
    "split by \\include{pennad1}: citations of pennad1.tex are keyed at their line in pennad1.tex. "
    "\\textcite, \\parencite[p.~12], \\autocites{a}{b} (two pairs), \\citeauthor + \\citeyear of one key "
    "on one line (one pair), \\autocites[p.~7]{a}[p.~211]{b}, a %-commented \\parencite of an "
    "uncited .bib entry (not a citation), a table with \\ref. levriou.bib: @book x5 (one with "
    "langid=breton and its ñ written \\~n), @incollection, @thesis (invented), @online with a "
    "corporate author, url and urldate (invented page), one uncited @book (Le Dû 2001, not printed "
    "by biber, not keyed). Real works with their data as remembered. Literature in order of first "
    "citation (= .bib order). Clean.",
    "citations": [
        ["jackson1967", L(M, "\\textcite{jackson1967}")],
        ["fleuriot1964", L(M, "[p.~12]{fleuriot1964}")],
        ["hemon1975", L(M, "\\autocites{hemon1975}")],
        ["ternes1992", L(M, "{ternes1992}")],
        ["favereau1992", L(M, "\\citeauthor{favereau1992}")],
        ["kerbrat2014", L(P, "{kerbrat2014}")],
        ["ternes1992", L(P, "{ternes1992}")],
        ["opab2018", L(P, "{opab2018}")],
        ["jackson1967", L(P, "{jackson1967}")],
        ["broudic2009", L(P, "{broudic2009}")],
        ["fleuriot1964", L(P, "{fleuriot1964}")],
    ],
    "notes": BR,
    "literature": list(BR.values()),
})

# 2. latex/jer-ky -----------------------------------------------------------------
K = "latex/jer-ky/makala.tex"
KY = {
    "asanov2015": W("book", "Жаңгак-мөмө токойлорунун экологиясы", 2015, ["Асанов"]),
    "beer2008": W("article", "Vegetation history of the walnut forests in Kyrgyzstan (Central Asia): natural or anthropogenic origin?", 2008,
                  ["Beer", "Kaiser", "Schmidt", "Ammann", "Carraro", "Grisa", "Tinner"]),
    "gan1970": W("book", "Орехово-плодовые леса Южной Киргизии", 1970, ["Ган"]),
    "sorg2012": W("article", "Climate change impacts on glaciers and runoff in Tien Shan (Central Asia)", 2012,
                  ["Sorg", "Bolch", "Stoffel", "Solomina", "Beniston"], doi="10.1038/nclimate1592"),
    "turdubaeva2018": W("article", "Арстанбап токоюндагы жаш өсүмдүктөрдүн динамикасы", 2018, ["Турдубаева"]),
}
MUSAEV = W("book", "Кыргызстандын токой ресурстары жана аларды пайдалануу", 2011, ["Мусаев"])
cit = L(K, "\\cite{asanov2015,beer2008,gan1970}")
write("latex/jer-ky.key.json", {
    "document": "jer-ky/makala.tex",
    "reader": "latex",
    "clean": False,
    "about": "An invented Kyrgyz (Cyrillic ң ө ү) ecology paper on the Arstanbap walnut-fruit "
    "forest (author, e-mail, plots and figures invented). amsart, T2A, a HAND-WRITTEN "
    "thebibliography of 6 GOST-style \\bibitem entries (Kyrgyz, Russian, English; 'Б.'/'P.'/'с.' "
    "pages, '//' before the journal, DOI in one). \\cite{a,b,c} (three pairs), \\cite[с.~5]{k}, a "
    "\\cite inside a \\footnote (the footnote keyed 1, commentary, at its \\footnote line; the \\cite a pair of its own at its line, the footnote's second line), a \\cite inside a "
    "remark environment, a \\cite inside a table \\caption, \\cite[б.~47--49]{k}, \\eqref and \\ref "
    "(not citations), a %-commented \\cite{kolov1998} (not a citation, no entry). Beer et al. 2008 "
    "and Sorg et al. 2012 real (data and DOI as remembered); Асанов 2015, Ган 1970 (as cited here), "
    "Турдубаева 2018 and Мусаев 2011 invented. Planted: \\bibitem{musaev2011} is never cited: "
    "uncited-literature-entry at its \\bibitem line.",
    "citations": [
        ["asanov2015", cit], ["beer2008", cit], ["gan1970", cit],
        ["gan1970", L(K, "[с.~5]{gan1970}")],
        ["1", L(K, "\\footnote{")],
        ["beer2008", L(K, "\\cite{beer2008} караңыз")],
        ["sorg2012", L(K, "\\cite{sorg2012}")],
        ["turdubaeva2018", L(K, "\\cite{turdubaeva2018}", 1)],
        ["turdubaeva2018", L(K, "\\cite{turdubaeva2018}", 2)],
        ["asanov2015", L(K, "~\\cite{asanov2015}, бирок")],
        ["asanov2015", L(K, "[б.~47--49]{asanov2015}")],
    ],
    "notes": {**KY, "1": {"kind": "commentary"}},
    "literature": list(KY.values()) + [MUSAEV],
    "defects": [{"kind": "uncited-literature-entry", "line": L(K, "\\bibitem{musaev2011}")}],
})

# 3. org/whenua-mi -----------------------------------------------------------------
O = "org/whenua-mi/tuhinga.org"
MI = {
    "wilmshurst2011": W("article", "High-precision radiocarbon dating shows recent and rapid initial human colonization of East Polynesia", 2011,
                        ["Wilmshurst", "Hunt", "Lipo", "Anderson"], doi="10.1073/pnas.1015876108"),
    "walter2017": W("article", "Mass migration and the Polynesian settlement of New Zealand", 2017,
                    ["Walter", "Buckley", "Jacomb", "Matisoo-Smith"], doi="10.1007/s10963-017-9110-y"),
    "anderson2014": W("book", "Tangata Whenua: An Illustrated History", 2014, ["Anderson", "Binney", "Harris"]),
    "mead2003": W("book", "Tikanga Māori: Living by Māori Values", 2003, ["Mead"]),
    "davidson1984": W("book", "The Prehistory of New Zealand", 1984, ["Davidson"]),
}
write("org/whenua-mi.key.json", {
    "document": "whenua-mi/tuhinga.org",
    "reader": "org",
    "clean": True,
    "about": "An invented te reo Māori essay on the pā of Te Tai Tokerau (author, e-mail, figures "
    "invented). Native org-cite (Org 9.5+): #+bibliography: refs.bib, #+cite_export: csl apa.csl, "
    "[cite:@k], [cite/t:@k], [cite:see @a p. 4; @b] (two pairs), ([cite/na:@k]), "
    "[cite:@k pp. 65-70], a '# ' comment line holding [cite:@sutton1993] (not a citation; its "
    ".bib entry is uncited and not printed, not keyed), a table with #+CAPTION/#+NAME and a "
    "[[tab:pa]] link (not a citation), an R src block with brackets and $, footnotes [fn:1] "
    "(commentary holding [cite:@wilmshurst2011 p. 1817], a pair of its own at its line) and "
    "[fn:2] (names the NZAA ArchSite web page as the source of the figures: keyed web with its "
    "url), #+print_bibliography:. Real works with data and DOIs as remembered. Literature in "
    "order of first citation. Clean.",
    "citations": [
        ["wilmshurst2011", L(O, "[cite:@wilmshurst2011]")],
        ["1", L(O, "katoa[fn:1]")],
        ["walter2017", L(O, "[cite/t:@walter2017]")],
        ["anderson2014", L(O, "[cite:see @anderson2014")],
        ["mead2003", L(O, "[cite:see @anderson2014")],
        ["2", L(O, "ēnei[fn:2]")],
        ["davidson1984", L(O, "[cite/na:@davidson1984]")],
        ["mead2003", L(O, "[cite:@mead2003 pp. 65-70]")],
        ["anderson2014", L(O, "[cite:@anderson2014]")],
        ["wilmshurst2011", L(O, "[cite:@wilmshurst2011 p. 1817]")],
    ],
    "notes": {
        **MI,
        "1": {"kind": "commentary"},
        "2": {"kind": "web", "url": "https://nzarchaeology.org/archsite"},
    },
    "literature": list(MI.values()),
})

# 4. rmarkdown/tibb-ur ---------------------------------------------------------------
Q = "rmarkdown/tibb-ur/maqala.qmd"
UR = {
    "pormann2007": W("book", "Medieval Islamic Medicine", 2007, ["Pormann", "Savage-Smith"]),
    "alavi2008": W("book", "Islam and Healing: Loss and Recovery of an Indo-Muslim Medical Tradition, 1600–1900", 2008, ["Alavi"]),
    "attewell2007": W("book", "Refiguring Unani Tibb: Plural Healing in Late Colonial India", 2007, ["Attewell"]),
    "arnold1993": W("book", "Colonizing the Body: State Medicine and Epidemic Disease in Nineteenth-Century India", 1993, ["Arnold"]),
    "abdulrasheed1985": W("book", "طبِ یونانی کی تاریخ: برصغیر میں", 1985, ["عبدالرشید"]),
}
write("rmarkdown/tibb-ur.key.json", {
    "document": "tibb-ur/maqala.qmd",
    "reader": "pandoc-markdown",
    "clean": False,
    "about": "An invented Urdu (RTL, Arabic script) Quarto paper on Unani tibb in colonial India "
    "(author, e-mail, journal counts invented). YAML front matter with lang: ur, dir: rtl, "
    "bibliography: references.bib, csl, format html/pdf; [@k], [@a; @b, ص ۱۲] (two pairs), "
    "narrative @k at a line start, [-@k], [@k, ص ۴۵–۴۸], @k [ص ۸۱]; Quarto cross references "
    "@fig-map and @tbl-rasail and a #| label: fig-map chunk option (not citations); an {r} chunk "
    "with S4 slot access mizaj@saal (not a citation); a pipe table with Urdu digits and a "
    "{#tbl-rasail} caption; an HTML comment holding [@quaiser2012] (not a citation); e-mail "
    "addresses in the YAML and the text (not citations); ::: {#refs}. Real books with their data "
    "as remembered; the Urdu book (abdulrasheed1985) is invented. Planted: [@speziale2010] has no "
    "entry in references.bib: missing-literature-entry at its line.",
    "citations": [
        ["pormann2007", L(Q, "[@pormann2007]")],
        ["alavi2008", L(Q, "[@alavi2008; @attewell2007")],
        ["attewell2007", L(Q, "[@alavi2008; @attewell2007")],
        ["arnold1993", L(Q, "@arnold1993")],
        ["alavi2008", L(Q, "[-@alavi2008]")],
        ["abdulrasheed1985", L(Q, "[@abdulrasheed1985")],
        ["attewell2007", L(Q, "[@attewell2007]")],
        ["speziale2010", L(Q, "[@speziale2010]")],
        ["pormann2007", L(Q, "@pormann2007 [")],
    ],
    "notes": {**UR, "speziale2010": {}},
    "literature": list(UR.values()),
    "defects": [{"kind": "missing-literature-entry", "line": L(Q, "[@speziale2010]")}],
})

# 5. rst/muhalli-ha ------------------------------------------------------------------
R = "rst/muhalli-ha/rahoto.rst"
HA = {
    "mortimore1989": W("book", "Adapting to Drought: Farmers, Famines and Desertification in West Africa", 1989, ["Mortimore"]),
    "mortimore2001": W("article", "Farmer adaptation, change and 'crisis' in the Sahel", 2001, ["Mortimore", "Adams"],
                       doi="10.1016/S0959-3780(00)00044-3"),
    "reij2009": W("report", "Agroenvironmental Transformation in the Sahel: Another Kind of \"Green Revolution\"", 2009,
                  ["Reij", "Tappan", "Smale"]),
    "abubakar2016": W("book", "Kiyaye muhalli a Arewacin Najeriya: dabarun manoma", 2016, ["Abubakar"]),
}
write("rst/muhalli-ha.key.json", {
    "document": "muhalli-ha/rahoto.rst",
    "reader": "rst",
    "clean": True,
    "about": "An invented Hausa ecology report on farmer-managed trees against desertification in "
    "Kano State (author, counts, data URL and state agency URL invented). Sphinx reStructuredText "
    "with sphinxcontrib-bibtex: :cite:p:, :cite:t:, :cite:ps:`a,b` (two pairs), :cite:p:`a,b` "
    "(two pairs), auto-numbered footnotes [#]_ keyed 1 and 2 (both commentary; the second holds "
    ":cite:t:`mortimore1989`, a pair of its own at its line), a field list, .. contents::, a "
    ".. note:: admonition with a named hyperlink reference and its target (not citations), a "
    "python code-block, a simple table in .. table:: with :ref: to it, an anonymous embedded link "
    "to a state agency (names the agency, cites nothing), .. bibliography:: refs.bib. Mortimore "
    "1989, Mortimore & Adams 2001 (DOI as remembered) and Reij, Tappan & Smale 2009 (IFPRI "
    "discussion paper 00914) real; Abubakar 2016 invented. Literature in order of first citation "
    "(= .bib order). Clean.",
    "citations": [
        ["mortimore1989", L(R, ":cite:p:`mortimore1989`")],
        ["mortimore2001", L(R, ":cite:t:`mortimore2001`")],
        ["1", L(R, "shekara [#]_")],
        ["reij2009", L(R, ":cite:ps:`reij2009,mortimore2001`")],
        ["mortimore2001", L(R, ":cite:ps:`reij2009,mortimore2001`")],
        ["abubakar2016", L(R, ":cite:t:`abubakar2016`")],
        ["2", L(R, "ita [#]_")],
        ["reij2009", L(R, ":cite:p:`reij2009`")],
        ["mortimore1989", L(R, ":cite:p:`mortimore1989,abubakar2016`")],
        ["abubakar2016", L(R, ":cite:p:`mortimore1989,abubakar2016`")],
        ["mortimore1989", L(R, ":cite:t:`mortimore1989`")],
    ],
    "notes": {**HA, "1": {"kind": "commentary"}, "2": {"kind": "commentary"}},
    "literature": list(HA.values()),
})

# 7. pandoc/zman-ckb -----------------------------------------------------------------
D = "pandoc/zman-ckb.md"
CKB = {
    "mackenzie1961": W("book", "Kurdish Dialect Studies I", 1961, ["MacKenzie"]),
    "haig2002": W("article", "Kurdish linguistics: a brief overview", 2002, ["Haig", "Matras"]),
    "opengin2016": W("book", "The Mukri Variety of Central Kurdish: Grammar, Texts, and Lexicon", 2016, ["Öpengin"]),
    "thackston2006": W("book", "Sorani Kurdish: A Reference Grammar with Selected Readings", 2006, ["Thackston"],
                       url="https://sites.fas.harvard.edu/~iranian/Sorani/sorani_1_grammar.pdf"),
    "abdulla2015": W("article", "ئەرگەتیڤ لە دیالێکتی موکریانیدا", 2015, ["عەبدوڵڵا"]),
    "sheyholislami2011": W("book", "Kurdish Identity, Discourse, and New Media", 2011, ["Sheyholislami"]),
}
write("pandoc/zman-ckb.key.json", {
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "An invented Central Kurdish (Sorani, RTL Arabic script) linguistics paper on "
    "ergativity (author, data invented). Pandoc Markdown with the references INLINE in the YAML "
    "front matter (references: CSL-YAML items with id, type, author family/given, issued "
    "date-parts, one URL), closed by '...'; [@k], [@a, ل. ١٢; @b] (two pairs), narrative @k at a "
    "line start and mid-line, [بڕوانە @k, ل. ٨٨–٩٠], a pipe table, footnotes [^1] (commentary) and "
    "[^2] (commentary holding [@opengin2016, ل. ٢٣] on its indented second line, a pair of its own "
    "there). MacKenzie 1961, Haig & Matras 2002, Öpengin 2016, Thackston 2006 (URL as "
    "remembered), Sheyholislami 2011 real; abdulla2015 invented. Literature in order of first "
    "citation (= YAML order). Clean.",
    "citations": [
        ["mackenzie1961", L(D, "[@mackenzie1961]")],
        ["haig2002", L(D, "[@haig2002")],
        ["opengin2016", L(D, "[@haig2002")],
        ["thackston2006", L(D, "@thackston2006 ")],
        ["1", L(D, "[^1] ")],
        ["2", L(D, "[^2] ")],
        ["abdulla2015", L(D, "@abdulla2015 ")],
        ["sheyholislami2011", L(D, "@sheyholislami2011,")],
        ["opengin2016", L(D, "[@opengin2016, ل. ٢٣]")],
    ],
    "notes": {**CKB, "1": {"kind": "commentary"}, "2": {"kind": "commentary"}},
    "literature": list(CKB.values()),
})
