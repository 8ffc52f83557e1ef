"""Write the keys of heldout34 half B (all plain-text documents, written directly).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout34/_src/_meta/keys_b.py
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


COMM = {"kind": "commentary"}


def notes_for(cits, table):
    return {k: table[k] for k in dict.fromkeys(k for k, _ in cits)}


# 1. rmarkdown/yatichawi-ay -----------------------------------------------------------
M = "rmarkdown/yatichawi-ay/03-yatichawi.Rmd"
T = {
    "lopez2009": W("book", "Interculturalidad, educación y ciudadanía: perspectivas latinoamericanas", 2009),
    "albo2002": W("book", "Educando en la diferencia: hacia unas políticas interculturales y lingüísticas para el sistema educativo",
                  2002, ["Albó"]),
    "kamachi": {"title": "Ley N.º 070 \"Avelino Siñani–Elizardo Pérez\"", "year": 2010},
    "hornberger1988": W("book", "Bilingual Education and Language Maintenance: A Southern Peruvian Quechua Case",
                        1988, ["Hornberger"]),
    "^1": {},
    "minedu2017": W("report", "Diagnóstico de la educación intercultural, intracultural y plurilingüe en el Altiplano", 2017,
                    url="https://www.minedu.gob.bo/files/documentos-normativos/diagnostico-eiip-altiplano.pdf"),
    "quispe2015": W("article", "Formación docente y escritura aymara en las escuelas superiores de formación de maestros",
                    2015, ["Quispe Choque", "Mamani"]),
    "qhipa": COMM,
}
cits = [
    ["lopez2009", L(M, "[@lopez2009; @albo2002]")],
    ["albo2002", L(M, "[@lopez2009; @albo2002]")],
    ["kamachi", L(M, "saririxa[^kamachi]")],
    ["lopez2009", L(M, "@lopez2009 [p. 41]")],
    ["hornberger1988", L(M, "Hornberger [-@hornberger1988]")],
    ["^1", L(M, "mayjt'ayapxi^[Aka")],
    ["hornberger1988", L(M, "@hornberger1988 [pp. 12--15]")],
    ["albo2002", L(M, "@albo2002.].")],
    ["minedu2017", L(M, "[-@minedu2017, p. 33]")],
    ["quispe2015", L(M, "@quispe2015 [p. 33]")],
    ["quispe2015", L(M, "[@quispe2015; see also @lopez2009")],
    ["lopez2009", L(M, "[@quispe2015; see also @lopez2009")],
    ["qhipa", L(M, "wakisiwa[^qhipa]")],
    ["hornberger1988", L(M, "(Perú, Ecuador) [-@hornberger1988]")],
]
write("rmarkdown/yatichawi-ay.key.json", {
    "about": "Invented Aymara bookdown chapter (EIB in Achacachi, Pukarani, Jesús de Machaca). Invented: the author, "
             "the data, minedu2017 (title, URL), quispe2015 (authors, pages), the GitHub repository. Real works as "
             "remembered: López 2009 (ed.), Albó 2002, Hornberger 1988, Layme 2012 (only in an HTML comment). "
             "Literature: the entries citeproc prints (cited ones), in order of first citation.",
    "document": "yatichawi-ay/03-yatichawi.Rmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("lopez2009", "albo2002", "hornberger1988", "minedu2017", "quispe2015")],
})

# 2. mediawiki/pallo-machhi-sd ----------------------------------------------------------
M = "mediawiki/pallo-machhi-sd.wiki"
T = {
    "1": W("web", "Tenualosa ilisha", 2017, url="https://www.iucnredlist.org/species/166442/1132284"),
    "2": W("book", "سنڌ جي ماهيگيري: تاريخ ۽ حال", 2008, ["ڀٽي"]),
    "3": W("article", "Hilsa fisheries of the Indus: a review of catch trends", 2012, ["Dutta", "Bhaumik"]),
    "4": W(None, "Indus Delta Fisheries: Status and Livelihoods", 2014,
           url="https://www.wwfpak.org/publications/reports/indus_delta_fisheries_2014.pdf"),
    "نوٽ 1": COMM,
    "5": W("book", "Pain and Grace: A Study of Two Mystical Writers of Eighteenth-Century Muslim India", 1976, ["Schimmel"]),
    "نوٽ 2": COMM,
    "6": W(None, "Notification: Ban on catching of Palla fish during breeding season", 2019,
           url="https://sindh.gov.pk/dpt/fisheries/notifications/2019-palla-ban.pdf"),
}
cits = [
    ["1", L(M, '<ref name="iucn">')],
    ["2", L(M, '<ref name="bhatti">{{Cite book')],
    ["3", L(M, "{{Cite journal")],
    ["2", L(M, '<ref name="bhatti" />')],
    ["4", L(M, '<ref name="wwf">{{Cite web')],
    ["نوٽ 1", L(M, '<ref group="نوٽ">', 1)],
    ["2", L(M, '<ref name="bhatti" />', 2)],
    ["4", L(M, '<ref name="wwf" />', 1)],
    ["5", L(M, "|last=Schimmel")],
    ["نوٽ 2", L(M, '<ref group="نوٽ">', 2)],
    ["6", L(M, "2019-palla-ban.pdf")],
    ["4", L(M, '<ref name="wwf" />', 2)],
]
write("mediawiki/pallo-machhi-sd.key.json", {
    "about": "Invented Sindhi Wikipedia article on the palla (hilsa) of the Indus. English-named cite templates with "
             "Sindhi values, {{Reflist|group=\"نوٽ\"}} and {{حوالا}}. Invented: Bhatti 2008, Dutta & Bhaumik 2012, the "
             "WWF-Pakistan report URL, the Sindh notification and its URL, the catch figures; the IUCN page id as "
             "remembered. Real: Schimmel 1976. A commented-out Dawn <ref> is not a note. No reference list.",
    "reader": "mediawiki",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [],
})

# 3. html/gedam-debre-bizen-ti ----------------------------------------------------------
M = "html/gedam-debre-bizen-ti.html"
T = {
    "1": W("book", "Church and State in Ethiopia, 1270–1527", 1972),
    "2": W("book", "The Monastic Holy Man and the Christianization of Early Solomonic Ethiopia", 1984, ["Kaplan"]),
    "3": W("web", "EAP254: Preservation of Eritrean monastic manuscripts", None, url="https://eap.bl.uk/project/EAP254"),
    "4": COMM,
    "5": W("article", "Ethiopian Manuscripts and Ethiopian Manuscript Studies: A Brief Overview and Evaluation", 2012,
           ["Nosnitsin"]),
    "6": W("book", "Church and State in Ethiopia, 1270–1527", 1972),
}
cits = [[str(n), L(M, f'class="modern-footnotes-footnote " data-mfn="{n}"')]
        for n in range(1, 7)]
write("html/gedam-debre-bizen-ti.key.json", {
    "about": "Invented Tigrinya magazine article (WordPress + Modern Footnotes 1.4, Jetpack sharing) on the "
             "manuscripts of Debre Bizen. Invented: the magazine, site, author, comments, table figures; EAP254's "
             "number and title as remembered (may differ). Real works as remembered: Taddesse Tamrat 1972, Kaplan "
             "1984, Nosnitsin 2012. Authors of notes 1 and 6 not keyed (an Ethiopian name: Taddesse is the "
             "given name the work is cited by, Tamrat his father's). Note 6 repeats note 1.",
    "reader": "html",
    "clean": True,
    "citations": cits,
    "notes": T,
    "literature": [],
})

# 4. pandoc/rdzong-kha-l10n-dz ---------------------------------------------------------
M = "pandoc/rdzong-kha-l10n-dz.md"
T = {
    "unicode2019": W("book", "The Unicode Standard, Version 12.0", 2019,
                     url="https://www.unicode.org/versions/Unicode12.0.0/"),
    "chungku2010": W(None, "Building NLP resources for Dzongkha: a tagset and a tagged corpus", 2010,
                     ["Chungku", "Rabgay", "Faaß"]),
    "ddc2012": W("report", "Dzongkha computing terminology and localisation guidelines", 2012,
                 url="https://www.dzongkha.gov.bt/publications/l10n-guidelines-2012.pdf"),
    "sherab2018": W("article", "Dzongkha text input on smartphones: a usability study", 2018, ["Sherab", "Wangdi"],
                    url="https://www.rub.edu.bt/bjrd/vol7/sherab-wangdi-2018"),
    "wangchuk2016": {},
    "bird2020": W(None, "Decolonising speech and language technology", 2020, ["Bird"],
                  doi="10.18653/v1/2020.coling-main.313"),
}
cits = [
    ["unicode2019", L(M, "[@unicode2019]")],
    ["chungku2010", L(M, "[see @chungku2010, pp. 3-5; @ddc2012]")],
    ["ddc2012", L(M, "[see @chungku2010, pp. 3-5; @ddc2012]")],
    ["chungku2010", L(M, "@chungku2010 གིས་")],
    ["sherab2018", L(M, "@sherab2018 [p. 52]")],
    ["wangchuk2016", L(M, "[@wangchuk2016]")],
    ["bird2020", L(M, "[@bird2020; @sherab2018]")],
    ["sherab2018", L(M, "[@bird2020; @sherab2018]")],
]
write("pandoc/rdzong-kha-l10n-dz.key.json", {
    "about": "Invented Dzongkha article on computing localisation, Pandoc Markdown with citeproc and the references "
             "inline in the YAML front matter (CSL YAML), no .bib. Invented: the author, ddc2012, sherab2018 (and URLs), "
             "the table. Real as remembered: Unicode 12.0, Chungku, Rabgay & Faaß 2010 (pages may differ), Bird 2020. "
             "A shell comment in a code block holds '@ddc2012' (not a citation). Literature: the printed (cited) "
             "entries in order of first citation. Planted: wangchuk2016 (line 101) is in no reference.",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("unicode2019", "chungku2010", "ddc2012", "sherab2018", "bird2020")],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "[@wangchuk2016]")}],
})

# 5. asciidoc/rycnatechnika-hsb --------------------------------------------------------
M = "asciidoc/rycnatechnika-hsb/rycnatechnika.adoc"
T = {
    "joshi2020": W(None, "The State and Fate of Linguistic Diversity and Inclusion in the NLP World", 2020,
                   ["Joshi", "Santy", "Budhiraja", "Bali", "Choudhury"], doi="10.18653/v1/2020.acl-main.560"),
    "jurafsky2009": W("book", "Speech and Language Processing", 2009, ["Jurafsky", "Martin"]),
    "baumann2017": W("article", "Hornjoserbska prawopisna kontrola za LibreOffice: słownik a morfologija", 2017,
                     ["Baumann", "Nowak"]),
    "1": COMM,
    "2": {"kind": "web", "url": "https://www.serbski-institut.de/slowniki/"},
    "wjelan2021": W("thesis", "Spóznawanje rěče za hornjoserbšćinu z mało datami", 2021, ["Wjelan"],
                    url="https://nbn-resolving.org/urn:nbn:de:bsz:14-qucosa2-771234"),
    "ardila2020": W(None, "Common Voice: A Massively-Multilingual Speech Corpus", 2020,
                    ["Ardila", "Branson", "Davis", "Henretty", "Kohler", "Meyer", "Morais", "Saunders", "Tyers",
                     "Weber"]),
    "novak2022": {},
}
cits = [
    ["joshi2020", L(M, "cite:[joshi2020]")],
    ["jurafsky2009", L(M, "cite:[jurafsky2009, baumann2017]")],
    ["baumann2017", L(M, "cite:[jurafsky2009, baumann2017]")],
    ["1", L(M, "footnote:[Nastawk")],
    ["baumann2017", L(M, "citenp:[baumann2017(12)]")],
    ["2", L(M, "footnote:[Přehlad")],
    ["jurafsky2009", L(M, "hlej tež cite:[jurafsky2009]")],
    ["wjelan2021", L(M, "dispoziciji cite:[wjelan2021]")],
    ["ardila2020", L(M, "cite:[ardila2020] je so")],
    ["novak2022", L(M, "cite:[novak2022]")],
    ["joshi2020", L(M, "cite:[joshi2020, wjelan2021]")],
    ["wjelan2021", L(M, "cite:[joshi2020, wjelan2021]")],
]
write("asciidoc/rycnatechnika-hsb.key.json", {
    "about": "Invented Upper Sorbian computing paper (spell checking and speech recognition) for asciidoctor-bibtex "
             "(:bibtex-file: refs.bib, :bibtex-order: appearance, bibliography::[]). Invented: the author, "
             "baumann2017, wjelan2021 (and its URN), the model name, the figures, the dictionary page URL. Real as "
             "remembered: Joshi et al. 2020, Jurafsky & Martin 2009, Ardila et al. 2020. <<prawopis>>/<<spoznawanje>> "
             "are section references; a cite in a source listing and in a // comment are not citations. "
             "Literature: the entries bibliography::[] prints (cited ones; asciidoctor-bibtex keeps the order of "
             "appearance only for a numeric style, and sorts by author and year for apa). "
             "Planted: novak2022 (line 69) is not in refs.bib.",
    "document": "rycnatechnika-hsb/rycnatechnika.adoc",
    "reader": "asciidoc",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("ardila2020", "baumann2017", "joshi2020", "jurafsky2009", "wjelan2021")],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "cite:[novak2022]")}],
})

# 6. org/kesel-si --------------------------------------------------------------------
M = "org/kesel-si/dengu-satahana.org"
T = {
    "bhatt2013": W("article", "The global distribution and burden of dengue", 2013,
                   ["Bhatt", "Gething", "Brady", "Messina", "Farlow", "Moyes"], doi="10.1038/nature12060"),
    "tissera2020": W("article", "Severe Dengue Epidemic, Sri Lanka, 2017", 2020,
                     ["Tissera", "Jayamanne", "Raut", "Janaki", "Tozan", "Samaraweera"], doi="10.3201/eid2604.190435"),
    "epid2018": W("web", "Dengue update: weekly epidemiological report, volume 45", 2018,
                  url="https://www.epid.gov.lk/weekly-epidemiological-report/volume-45-2018"),
    "1": {},
    "who2009": W("book", "Dengue: Guidelines for Diagnosis, Treatment, Prevention and Control", 2009),
    "fernando2021": W("article", "Community-based source reduction of Aedes breeding sites in Colombo Municipal Council, 2019",
                      2021, ["Fernando", "Wickramasinghe"], doi="10.4038/jccpsl.v27i2.8412"),
    "jayasooriya2022": {},
    "2": COMM,
    "who2012": W("report", "Global Strategy for Dengue Prevention and Control, 2012–2020", 2012),
}
cits = [
    ["bhatt2013", L(M, "citep:&bhatt2013")],
    ["tissera2020", L(M, "citep:&tissera2020;&epid2018")],
    ["epid2018", L(M, "citep:&tissera2020;&epid2018")],
    ["tissera2020", L(M, "citet:&tissera2020")],
    ["1", L(M, "කාණු ය[fn:1]")],
    ["who2009", L(M, "cite:&who2009 අනුව")],
    ["fernando2021", L(M, "citet:&fernando2021")],
    ["who2009", L(M, "citep:&who2009;&jayasooriya2022")],
    ["jayasooriya2022", L(M, "citep:&who2009;&jayasooriya2022")],
    ["2", L(M, "&jayasooriya2022[fn:2]")],
    ["epid2018", L(M, "බලන්න cite:&epid2018")],
]
write("org/kesel-si.key.json", {
    "about": "Invented Sinhala public-health note (dengue breeding sites, Colombo) in Org mode with org-ref v3 links "
             "and bibliography:refs.bib. Invented: the author, fernando2021 (DOI too), the Epidemiology Unit page "
             "title and URL, the table and R figures. Real as remembered: Bhatt et al. 2013, Tissera et al. 2020, "
             "WHO 2009, WHO 2012 (cited only in a commented line). fn:1 only points to epid2018 (no fields); fn:2 "
             "commentary. Table cell [cite needed] and the R [1] results are not citations. Literature: the "
             "entries the exported bibliography prints (cited ones; file order = order of first citation), "
             "who2012 (cited only in a comment) not printed. Planted: jayasooriya2022 (line 54) is not in refs.bib.",
    "document": "kesel-si/dengu-satahana.org",
    "reader": "org",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("bhatt2013", "tissera2020", "epid2018", "who2009", "fernando2021")],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "citep:&who2009;&jayasooriya2022")}],
})

# 7. typst/macha-or ---------------------------------------------------------------------
M = "typst/macha-or/main.typ"
T = {
    "cda2019": W("report", "Annual Report 2018–19", 2019, url="https://www.chilika.com/documents/annual-report-2018-19.pdf"),
    "mohapatra2016": W("article", "Proliferation of illegal net enclosures and its impact on fish landings in Chilika lagoon",
                       2016, ["Mohapatra", "Panda"], doi="10.1007/s11852-016-0431-5"),
    "das2020": W("thesis", "Livelihood transitions among traditional fishers of Chilika lagoon, Odisha", 2020, ["Das"]),
    "ostrom1990": W("book", "Governing the Commons: The Evolution of Institutions for Collective Action", 1990, ["Ostrom"]),
    "pauly1995": W("article", "Anecdotes and the shifting baseline syndrome of fisheries", 1995, ["Pauly"],
                   doi="10.1016/S0169-5347(00)89171-5"),
}
cits = [
    ["cda2019", L(M, "@cda2019.")],
    ["cda2019", L(M, "@cda2019[p. 4]")],
    ["mohapatra2016", L(M, "@mohapatra2016 @das2020")],
    ["das2020", L(M, "@mohapatra2016 @das2020")],
    ["ostrom1990", L(M, '#cite(<ostrom1990>, form: "author")')],
    ["ostrom1990", L(M, "@ostrom1990[pp. 88–102]")],
    ["pauly1995", L(M, "#cite(<pauly1995>)")],
    ["das2020", L(M, "@das2020[p. 57]")],
    ["ostrom1990", L(M, "@ostrom1990 ଙ୍କ")],
]
write("typst/macha-or.key.json", {
    "about": "Invented Odia fisheries paper (net enclosures and CPUE in Chilika lagoon) in Typst with a Hayagriva "
             "bibliography works.yml. Invented: the author, cda2019 (URL), mohapatra2016 (DOI), das2020, the survey, "
             "table and equation. Real as remembered: Ostrom 1990, Pauly 1995. @eq-cpue, @fig-net, @tab-cpue, "
             "@method are cross references; a // comment holds @sahoo2011; an e-mail in a mailto link. "
             "Literature: the Hayagriva entries in file order.",
    "document": "macha-or/main.typ",
    "reader": "typst",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": list(T.values()),
})
