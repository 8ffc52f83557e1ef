"""Write the keys of heldout33 half B (all plain-text documents, written directly).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout33/_src/_meta/keys_b.py
"""

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
    d = {"title": title, "year": year} if year else {"title": title}
    if authors:
        d["authors"] = authors
    if kind:
        d["kind"] = kind
    d.update(kw)
    return d


def write(path, key):
    (HERE / path).write_text(dump(key), encoding="utf-8")
    print("wrote", path, len(key["citations"]), "pairs")


def first_order(cits, table):
    order = []
    for k, _ in cits:
        if k in table and k not in order:
            order.append(k)
    return order


COMM = {"kind": "commentary"}

# 1. latex/soura-vaidyuthi-ml ---------------------------------------------------------
M = "latex/soura-vaidyuthi-ml/main.tex"
ML = {
    "blaabjerg2006": W("article", "Overview of Control and Grid Synchronization for Distributed Power Generation Systems",
                       2006, ["Blaabjerg", "Teodorescu", "Liserre", "Timbus"], doi="10.1109/TIE.2006.881997"),
    "kundur1994": W("book", "Power System Stability and Control", 1994, ["Kundur"]),
    "anert2022": W("web", "Soura Rooftop Solar Programme: Guidelines for Domestic Consumers", 2022,
                   url="https://www.anert.gov.in/soura-rooftop-guidelines"),
    "kseb2021": W("report", "Annual Administration Report 2020--21", 2021),
    "pillai2017": W("thesis", "Voltage Rise Mitigation in Low-Voltage Distribution Feeders with High Photovoltaic Penetration",
                    2017, ["Pillai"]),
    "nair2019": W(None, "Harmonic Measurements at a Rooftop Photovoltaic Cluster in Thiruvananthapuram", 2019,
                  ["Nair", "Menon"], doi="10.1109/GTDAsia.2019.8715912"),
}
ML["kseb2021"]["title"] = "Annual Administration Report 2020–21"
cits = [
    ["blaabjerg2006", L(M, "\\citet{blaabjerg2006,kundur1994}")],
    ["kundur1994", L(M, "\\citet{blaabjerg2006,kundur1994}")],
    ["anert2022", L(M, "\\citep{anert2022}")],
    ["kseb2021", L(M, "[p.~4]{kseb2021}")],
    ["1", L(M, "\\footnote{")],
    ["pillai2017", L(M, "\\footnote{")],
    ["pillai2017", L(M, "\\citeauthor{pillai2017}")],
    ["kundur1994", L(M, "[cf.][]{kundur1994}")],
    ["nair2019", L(M, "\\citealp{nair2019}")],
    ["blaabjerg2006", L(M, "[p.~212]{blaabjerg2006}")],
    ["nair2019", L(M, "\\caption{")],
    ["pillai2017", L(M, "\\citet{pillai2017}", 2)],
    ["blaabjerg2006", L(M, "~\\citep{blaabjerg2006}")],
]
write("latex/soura-vaidyuthi-ml.key.json", {
    "document": "soura-vaidyuthi-ml/main.tex",
    "reader": "latex",
    "clean": True,
    "about": "An invented Malayalam engineering paper (voltage rise from rooftop PV on a Thiruvananthapuram LV feeder); author, e-mail, figures, the GitHub URL and the works nair2019 (its DOI), pillai2017, anert2022 (its URL) and kseb2021 (its number) are invented; Blaabjerg et al. 2006 and Kundur 1994 are real, data as remembered. XeLaTeX, fontspec + polyglossia (Malayalam, English), natbib numbers, \\bibliographystyle{plainnat}, \\bibliography{refs}. \\citet{a,b}, \\citep[p.~4]{k}, \\citep[cf.][]{k}, \\citeauthor + \\citeyearpar of one key on one line (one pair), \\citealp and \\citealp[p.~212]{k} on one line, \\cite in a figure caption, a \\footnote (note 1, printed 1, a pair; keyed without fields) holding a \\citet (a pair of its own), a %-commented \\citep{hoke2013} (not a citation; hoke2013 is in no .bib), \\ref, \\label, \\url, \\thanks. refs.bib: @string tie, @article, @book, @misc (howpublished = \\url{...}), @techreport (corporate author), @phdthesis, @inproceedings with crossref to an uncited @proceedings (year from the crossref). Literature: the cited entries, in order of first citation. @inproceedings keyed without a kind.",
    "citations": cits,
    "notes": ML,
    "literature": [ML[k] for k in first_order(cits, ML)],
})

# 2. rst/laawol-leydi-ff ----------------------------------------------------------------
R = "rst/laawol-leydi-ff.rst"
RS = {
    "Ba2010": W("book", "Le foncier rural au Fouta-Djalon : coutumes et pratiques", 2010, ["Ba"]),
    "Diallo2016": W("article", "Pluralisme juridique et accès à la terre en Moyenne-Guinée", 2016, ["Diallo"]),
    "LeRoy2011": W("book", "La terre de l'autre : une anthropologie des régimes d'appropriation foncière", 2011, ["Le Roy"]),
    "FAO2012": W(None, "Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security",
                 2012, url="https://www.fao.org/3/i2801e/i2801e.pdf"),
}
RN = {
    "1": W(None, "Loi L/92/019/CTRN du 30 mars 1992 portant Code foncier et domanial", 1992),
    "2": COMM,
    "3": W(None, "Décret D/2001/037/PRG/SGG portant adoption de la politique foncière en milieu rural", 2001),
}
cits = [
    ["1", L(R, "e sariya [#]_")],
    ["Ba2010", L(R, "[Ba2010]_", 1)],
    ["Diallo2016", L(R, "[Diallo2016]_", 1)],
    ["2", L(R, "[#note]_")],
    ["3", L(R, "ngesa [#]_")],
    ["LeRoy2011", L(R, "[LeRoy2011]_", 1)],
    ["Ba2010", L(R, "[Ba2010]_", 2)],
    ["Diallo2016", L(R, "[Diallo2016]_", 2)],
    ["LeRoy2011", L(R, "[LeRoy2011]_", 2)],
    ["FAO2012", L(R, "[FAO2012]_")],
]
write("rst/laawol-leydi-ff.key.json", {
    "reader": "rst",
    "clean": True,
    "about": "An invented Fula (Pular of Fuuta Jaloo; ɓ ɗ ƴ ŋ) law commentary on customary and statutory land tenure in Guinea, plain docutils reStructuredText (no Sphinx). Author, figures, the example.org URL and the works Ba 2010 and Diallo 2016 are invented; the 1992 Code foncier et domanial and the 2001 decree are cited as remembered (the decree number is invented); Le Roy 2011 and FAO 2012 (VGGT) are real, data as remembered. docutils citations [Ba2010]_ etc. with definitions under 'Deftere' at the end; auto-numbered footnotes [#]_, [#note]_, [#]_ (definitions in that order under a rubric, so they print 1, 2, 3; labelled by the printed number): 1 the 1992 statute, 2 a commentary note, 3 the 2001 decree (statutes keyed by name and year, no kind). Not citations: '[Ba2010]' inside a .. code:: block, bracketed words in a grid table ([ɓesngu], [1992], [jillaa]), a bare URL. FAO (corporate author) keyed without authors or kind.",
    "citations": cits,
    "notes": {**RS, **RN},
    "literature": [RS[k] for k in ["Ba2010", "Diallo2016", "LeRoy2011", "FAO2012"]],
})

# 3. asciidoc/chah-bagan-arthaniti-as --------------------------------------------------
A = "asciidoc/chah-bagan-arthaniti-as.adoc"
AS = {
    "griffiths1967": W("book", "The History of the Indian Tea Industry", 1967, ["Griffiths"]),
    "behal2014": W("book", "One Hundred Years of Servitude: Political Economy of Tea Plantations in Colonial Assam", 2014, ["Behal"]),
    "oxfam2019": W("report", "Addressing the Human Cost of Assam Tea: An Agenda for Change to Respect, Protect and Fulfil Human Rights on Assam Tea Plantations",
                   2019, url="https://www.oxfamindia.org/knowledgehub/workingpaper/addressing-human-cost-assam-tea"),
    "teaboard2020": W("report", "Annual Report 2019–20", 2020),
    "gujarati2009": W("book", "Basic Econometrics", 2009, ["Gujarati", "Porter"]),
    "sharma2011": W("book", "Empire's Garden: Assam and the Making of India", 2011, ["Sharma"]),
}
cits = [
    ["griffiths1967", L(A, "<<griffiths1967>>")],
    ["behal2014", L(A, "<<behal2014,p. 12>>")],
    ["1", L(A, "<<behal2014,p. 12>>")],
    ["2", L(A, "footnote:ngo[এই")],
    ["oxfam2019", L(A, "<<oxfam2019>>", 1)],
    ["2", L(A, "footnote:ngo[]")],
    ["oxfam2019", L(A, "|<<oxfam2019>>")],
    ["teaboard2020", L(A, "<<teaboard2020>>", 1)],
    ["gujarati2009", L(A, "<<gujarati2009, p. 73>>")],
    ["behal2014", L(A, "<<behal2014>>ৰ")],
    ["3", L(A, "https://www.teaboard.gov.in")],
]
write("asciidoc/chah-bagan-arthaniti-as.key.json", {
    "reader": "asciidoc",
    "clean": True,
    "about": "An invented Assamese (ৰ ৱ) economics book chapter on the Assam tea estates in Asciidoctor (doctype book, sectnums, a titled table, a [source,r] listing). Author, e-mail, the wage table's figures and the NGO survey are invented; the six works are real, data as remembered (Oxfam's title and URL may differ). <<key>> and <<key,p. 12>> / <<key, p. 73>> cross references to a [bibliography] section of `* [[[key]]] ...` entries; <<behal2014,pp. 45–60>> inside footnote 1 on the same line as <<behal2014,p. 12>> (one pair); footnote:ngo[...] reused as footnote:ngo[] (note 2, commentary, two pairs); footnote 3 names the Tea Board website (a web note, keyed by its url); a <<oxfam2019>> in a table cell. Not citations: <<sec-majuri>>, <<sec-bazar>> (section references), <<teaboard2020>> inside the listing block (listings do not substitute macros). Note 1 (a pointer to Behal with pages) is not keyed with fields. Planted: sharma2011 (last entry) is cited nowhere: uncited-literature-entry at its line.",
    "citations": cits,
    "notes": {**{k: v for k, v in AS.items() if k != "sharma2011"}, "2": COMM, "3": {"url": "https://www.teaboard.gov.in", "kind": "web"}},
    "literature": [AS[k] for k in ["griffiths1967", "behal2014", "oxfam2019", "teaboard2020", "gujarati2009", "sharma2011"]],
    "defects": [{"kind": "uncited-literature-entry", "line": L(A, "[[[sharma2011]]]")}],
})

# 4. mediawiki/qhapaq-nan-qu ------------------------------------------------------------
Q = "mediawiki/qhapaq-nan-qu.wiki"
HYS = W("book", "The Inka Road System", 1984, ["Hyslop"])
DAL = W("book", "The Incas", 2002, ["D'Altroy"])
QN = {
    "1": W("web", "Qhapaq Ñan, Andean Road System", None, url="https://whc.unesco.org/en/list/1459"),
    "2": HYS,
    "3": HYS,
    "4": W("book", "El primer nueva corónica y buen gobierno", 1980, ["Guaman Poma de Ayala"]),
    "5": DAL,
    "6": W("article", "Los caminos ceremoniales en los apus del Tawantinsuyu", 2017, ["Vitry"],
           doi="10.4067/S0717-73562017005000102"),
    "7": DAL,
    "8": W("web", "Proyecto Qhapaq Ñan – Sede Nacional", None, url="https://qhapaqnan.cultura.pe/"),
}
cits = [
    ["1", L(Q, '<ref name="unesco">')],
    ["1", L(Q, '<ref name="unesco" />')],
    ["2", L(Q, "{{sfn|Hyslop|1984|p=5}}")],
    ["3", L(Q, "{{sfn|Hyslop|1984|pp=257–259}}")],
    ["4", L(Q, "{{cita libro|apellidos=Guaman Poma")],
    ["5", L(Q, "{{sfn|D'Altroy|2002|p=242}}")],
    ["6", L(Q, '<ref name="vitry">')],
    ["6", L(Q, '<ref name="vitry" />')],
    ["7", L(Q, "{{sfn|D'Altroy|2002|p=247}}")],
    ["8", L(Q, "qhapaqnan.cultura.pe")],
    ["9", L(Q, "{{sfn|Espinoza Soriano|1997|p=89}}")],
]
write("mediawiki/qhapaq-nan-qu.key.json", {
    "reader": "mediawiki",
    "clean": True,
    "about": "An invented Quechua (qu.wikipedia style) article on the Qhapaq Ñan with Spanish-named templates. Every sentence is written for the corpus; Hyslop 1984, D'Altroy 2002, Guaman Poma (Siglo XXI 1980 edition) and the UNESCO page are real, data as remembered; Vitry 2017 is cited as remembered (its title, pages and DOI may be wrong or invented); the Ministerio de Cultura URL is as remembered. {{Ficha de infraestructura}} with a named <ref> holding {{cita web|url= |título= |obra= |fechaacceso=}}, its reuse <ref name=\"unesco\" />, {{cita libro|apellidos= |nombre= |título= |editorial= |ubicación= |año= |página=}} in a <ref>, {{cita publicación|...|doi=}} in a named <ref> in a wikitable cell and its reuse, {{sfn|Apellido|año|p=}} / pp= short notes resolving to '== Bibliografía ==' (2 * {{cita libro ... |isbn=}}); identical sfn calls would share a note, none here do; <references /> under '== Pukyukuna =='. Notes numbered in order of first use. Not citations: a commented-out <ref>, the external link to UNESCO, {{commonscat}}, categories, interwiki. Planted: {{sfn|Espinoza Soriano|1997|p=89}} (note 9) has no Bibliografía entry (a 'Harv error' in real Wikipedia): missing-literature-entry at its line; note 9 keyed without fields.",
    "citations": cits,
    "notes": QN,
    "literature": [DAL, HYS],
    "defects": [{"kind": "missing-literature-entry", "line": L(Q, "{{sfn|Espinoza Soriano")}],
})

# 5. pandoc/rubab-ps --------------------------------------------------------------------
P = "pandoc/rubab-ps/rubab.md"
PS = {
    "baily1988": W("book", "Music of Afghanistan: Professional Musicians in the City of Herat", 1988, ["Baily"]),
    "sakata1983": W("book", "Music in the Mind: The Concepts of Music and Musician in Afghanistan", 1983, ["Sakata"]),
    "baily2015": W("book", "War, Exile and the Music of Afghanistan: The Ethnographer's Tale", 2015, ["Baily"]),
    "doubleday1999": W("article", "The Frame Drum in the Middle East: Women, Musical Instruments and Power", 1999,
                       ["Doubleday"], doi="10.2307/852696"),
    "sarmast2009": W("thesis", "A Survey of the History of Music in Afghanistan, from Ancient Times to 2000 A.D.", 2009, ["Sarmast"]),
    "gul2011": W("book", "د پښتو موسیقۍ تاریخ", 2011, ["ګل"]),
}
cits = [
    ["baily1988", L(P, "[@baily1988, 18]")],
    ["^1", L(P, "^[په ځینو")],
    ["1", L(P, "(*tarab*)")],
    ["baily1988", L(P, "[@baily1988, ۴۵--۴۷; @sakata1983]")],
    ["sakata1983", L(P, "[@baily1988, ۴۵--۴۷; @sakata1983]")],
    ["2", L(P, "ځای پر ځای کړل.[^2]")],
    ["sakata1983", L(P, "[-@sakata1983, ۱۱۲]")],
    ["1", L(P, "توپیر کاوه.[^1]")],
    ["baily2015", L(P, "[@baily2015, 61]")],
    ["^2", L(P, "^[دا منع")],
    ["doubleday1999", L(P, "@doubleday1999.]")],
    ["sarmast2009", L(P, "[@sarmast2009, 230]")],
    ["gul2011", L(P, "[-@gul2011, ۷۸]")],
    ["baily1988", L(P, "[^2]: @baily1988")],
]
write("pandoc/rubab-ps.key.json", {
    "document": "rubab-ps/rubab.md",
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "An invented Pashto (Arabic script, RTL) music-history article on the rubab in Pandoc Markdown. Author, the interview, the example.org URL and the table's dating are invented; gul2011 (a Pashto book) is invented; Baily 1988, Baily 2015, Sakata 1983, Doubleday 1999 and Sarmast's thesis are real, data as remembered (Sarmast's year/title may differ). YAML front matter with bibliography: refs.bib, csl, lang/dir; [@k, 18], [@a, ۴۵--۴۷; @b] (Extended Arabic-Indic digits in locators), [-@k, ۱۱۲] (suppress-author), inline notes ^[...] (^1 commentary; ^2 holds a narrative @doubleday1999, a citation of its own, ^2 keyed without fields), reference notes [^1] (commentary, an interview; used twice) and [^2] (holds @baily1988 [۷۵], a citation of its own; keyed without fields), a blockquote, a pipe table with a caption and {#tbl:...}, an autolink, italic Latin transliterations, '## ماخذونه' over ::: {#refs}. Literature: the cited .bib entries in order of first citation.",
    "citations": cits,
    "notes": {**PS, "^1": COMM, "1": COMM},
    "literature": [PS[k] for k in first_order(cits, PS)],
})

# 6. html/rotfai-lao-chin-lo --------------------------------------------------------------
H = "html/rotfai-lao-chin-lo.html"
WB = W("report", "From Landlocked to Land-Linked: Unlocking the Potential of Lao-China Rail Connectivity", 2020)
cits = [[str(n), L(H, f'href="#easy-footnote-bottom-{n}-4512"')] for n in range(1, 7)]
write("html/rotfai-lao-chin-lo.key.json", {
    "reader": "html",
    "clean": True,
    "about": "An invented Lao news-magazine article (the Lao-China railway two years on) as a WordPress theme prints it with the Easy Footnotes plugin: markers <span class=\"easy-footnote-margin-adjust\" id=\"easy-footnote-n-4512\"></span><sup class=\"easy-footnote\"><a href=\"#easy-footnote-bottom-n-4512\" title=\"(note text, HTML-escaped)\">n</a></sup>, the list <ol class=\"easy-footnotes-wrapper\"><li class=\"easy-footnote-single\">… <a class=\"easy-footnote-to-top\">, all on one line. Site, author, figures, the survey, the railway company's annual report (note 2) and its page are invented; the World Bank 2020 report, Jones & Hameiri 2020 (Chatham House) and the ADB country partnership strategy (URL as remembered) are real, data as remembered. Note 4 commentary; note 6 a short note repeating note 1 (keyed with its fields). Not citations: a 'read more' link to another post, the Jetpack share buttons and related posts, category/tag links, comments (one with a World Bank URL, one with '[1]'), the WordPress credit link. Corporate authors not keyed.",
    "citations": cits,
    "notes": {
        "1": WB,
        "2": W("report", "ບົດລາຍງານປະຈຳປີ 2022", 2023),
        "3": W("report", "Debunking the Myth of ‘Debt-Trap Diplomacy’: How Recipient Countries Shape China’s Belt and Road Initiative",
               2020, ["Jones", "Hameiri"]),
        "4": COMM,
        "5": W("report", "Lao People’s Democratic Republic: Country Partnership Strategy (2024–2028)", 2023,
               url="https://www.adb.org/documents/lao-pdr-country-partnership-strategy-2024-2028"),
        "6": WB,
    },
    "literature": [],
})

# 7. bibtex/nakkhat-my ------------------------------------------------------------------
B = "bibtex/nakkhat-my.bib"
BL = [
    W("article", "A Relation between Distance and Radial Velocity among Extra-Galactic Nebulae", 1929, ["Hubble"],
      doi="10.1073/pnas.15.3.168"),
    W("article", "Observational Evidence from Supernovae for an Accelerating Universe and a Cosmological Constant", 1998,
      ["Riess", "Filippenko", "Challis", "Clocchiatti", "Diercks"], doi="10.1086/300499"),
    W("article", "Planck 2018 results. VI. Cosmological parameters", 2020, doi="10.1051/0004-6361/201833910"),
    W("book", "မြန်မာ့ ရိုးရာ နက္ခတ်ပညာ နှင့် Ptolemy ၏ စနစ်", 2005, ["သိန်းမောင်"]),
    W(None, "ပုဂံခေတ် ကျောက်စာများပါ eclipse မှတ်တမ်းများ", 2016, ["ခင်မောင်ညွန့်"]),
    W(None, "မြန်မာနိုင်ငံ ဝိဇ္ဇာနှင့်သိပ္ပံပညာရှင်အဖွဲ့ နှစ်ပတ်လည် သုတေသန ညီလာခံ စာတမ်းများ", 2016),
    W("thesis", "CCD ဓာတ်ပုံ နည်းဖြင့် ကြယ်ပွင့်ရှင် Algol ၏ အလင်းပြောင်းလဲမှု လေ့လာချက်", 2019, ["အောင်ကိုကို"]),
    W("web", "နက္ခတ်ဗေဒ", 2023,
      url="https://my.wikipedia.org/wiki/%E1%80%94%E1%80%80%E1%80%B9%E1%80%81%E1%80%90%E1%80%BA%E1%80%97%E1%80%B1%E1%80%92"),
    W("web", "Department of Physics -- Astronomy အစီအစဉ်", 2022,
      url="https://www.example.edu.mm/physics_dept/astro_programme?lang=my&sort=year_desc"),
    W("book", "အခြေခံ Astrophysics မိတ်ဆက်", 2012, ["စိုးဝင်း"]),
]
BL[8]["title"] = "Department of Physics – Astronomy အစီအစဉ်"
write("bibtex/nakkhat-my.key.json", {
    "reader": "bibtex",
    "clean": True,
    "about": "An invented Burmese (Myanmar script) astronomy bibliography as JabRef saves it (biblatex mode): '% Encoding: UTF-8', @String macros (journals, a Burmese university used as school), month macros (mar, sep, feb, jan), @Article ×3 (Hubble 1929, Riess et al. 1998 truncated with 'and others', Planck 2018 VI with a corporate author; real, data as remembered), @Book, @InProceedings with crossref to the @Proceedings that follows it (year from the crossref), @MastersThesis with a type, two @Online with url (percent-encoded Burmese; underscores, & in a query) and urldate, file fields (one with two files), groups fields, langid, @Comment{jabref-meta: ...} databaseType, fileDirectory and grouping. Burmese titles with {}-protected Latin words ({Ptolemy}, {eclipse}, {CCD}, {Algol}, {Astrophysics}). All Burmese works, people, the proceedings and the example.edu.mm URL are invented. Literature: every entry in file order (the @Proceedings included). Planted: SoeWin2012 has doi = {978-99971-0-441-2} (an ISBN typed into the DOI field, not a DOI): malformed-field at the doi field's line.",
    "citations": [],
    "literature": BL,
    "defects": [{"kind": "malformed-field", "line": L(B, "doi       = {978-99971")}],
})
