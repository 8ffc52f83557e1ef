"""Write the keys of heldout35 half B (all plain-text documents, written directly).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout35/_src/_meta/keys_b.py
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


# 1. rst/namazu-hv-ja ---------------------------------------------------------------
# Sphinx page with sphinxcontrib-bibtex.  :footcite: footnotes are numbered by docutils in
# the order it meets footcite roles (first use of a key) and `.. [#]` definitions: the two
# footcite keys (lines 12, 27) come first, the page's two `.. [#]` definitions stand at the
# end of the page, so they are 3 and 4 although their markers (lines 15, 73) come earlier.
M = "rst/namazu-hv-ja/docs/source/theory.rst"
T = {
    "1": W("article", "A method for dynamic characteristics estimation of subsurface using microtremor on the ground surface",
           1989, ["Nakamura"]),
    "2": W("report", "Guidelines for the implementation of the H/V spectral ratio technique on ambient vibrations: "
           "measurements, processing and interpretation", 2004),
    "3": COMM,
    "4": {"url": "https://github.com/namazu-dev/namazu/issues/118", "kind": "web"},
    "bard1999": W("chapter", "Microtremor measurements: a tool for site effect estimation?", 1999, ["Bard"]),
    "fah2001": W("article", "A theoretical investigation of average H/V ratios", 2001, ["Fäh", "Kind", "Giardini"],
                 doi="10.1046/j.0956-540x.2001.01406.x"),
    "arai2004": W("article", "S-wave velocity profiling by inversion of microtremor H/V spectrum", 2004,
                  ["Arai", "Tokimatsu"], doi="10.1785/0120030028"),
    "krischer2015": W("article", "ObsPy: a bridge for seismology into the scientific Python ecosystem", 2015,
                      ["Krischer", "Megies", "Barsch", "Beyreuther", "Lecocq", "Caudron", "Wassermann"],
                      doi="10.1088/1749-4699/8/1/014003"),
    "welch1967": W("article", "The use of fast Fourier transform for the estimation of power spectra: a method based on "
                   "time averaging over short, modified periodograms", 1967, ["Welch"], doi="10.1109/TAU.1967.1161901"),
    "konno1998": W("article", "Ground-motion characteristics estimated from spectral ratio between horizontal and vertical "
                   "components of microtremor", 1998, ["Konno", "Ohmachi"], doi="10.1785/BSSA0880010228"),
    "okada2003": W("book", "The Microtremor Survey Method", 2003, ["Okada"], doi="10.1190/1.9781560801740"),
}
cits = [
    ["1", L(M, ":footcite:`nakamura1989`", 1)],
    ["3", L(M, "解釈が分かれている\\ [#]_")],
    ["bard1999", L(M, ":cite:t:`bard1999`")],
    ["fah2001", L(M, ":cite:p:`fah2001,arai2004`")],
    ["arai2004", L(M, ":cite:p:`fah2001,arai2004`")],
    ["2", L(M, ":footcite:`sesame2004`", 1)],
    ["krischer2015", L(M, ":cite:p:`krischer2015`")],
    ["welch1967", L(M, "Welch 法 :cite:p:`welch1967`")],
    ["konno1998", L(M, ":cite:t:`konno1998`", 1)],
    ["konno1998", L(M, ":cite:t:`konno1998`", 2)],
    ["4", L(M, "変更した\\ [#]_")],
    ["2", L(M, ":footcite:`sesame2004`", 2)],
    ["fah2001", L(M, "低い値の解釈は :cite:p:`fah2001`")],
    ["1", L(M, ":footcite:`nakamura1989`", 2)],
    ["arai2004", L(M, ":cite:t:`arai2004`")],
    ["okada2003", L(M, ":cite:p:`okada2003`")],
]
write("rst/namazu-hv-ja.key.json", {
    "about": "Invented Japanese Sphinx theory page of an invented microtremor H/V toolkit 'namazu' (project, "
             "code, defaults, GitHub issue 118 and its URL are invented). Real works as remembered: Nakamura 1989, "
             "Konno & Ohmachi 1998, SESAME 2004, Bard 1999, Welch 1967, Krischer et al. 2015, Arai & Tokimatsu 2004, "
             "Okada 2003, Fäh et al. 2001 (lachet1994 only in an rst comment, not in the .bib). conf.py names "
             "references.bib and unsrt; literature = the :cite: keys as `.. bibliography::` prints them (unsrt: "
             "order of first citation); footcite-only keys are footnotes, not in that list.",
    "document": "namazu-hv-ja/docs/source/theory.rst",
    "reader": "rst",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("bard1999", "fah2001", "arai2004", "krischer2015", "welch1967", "konno1998",
                                  "okada2003")],
})


# 2. asciidoc/hangul-norm-ko --------------------------------------------------------
# Metanorma-style standard over include files; lines are those of the file each citation
# stands in (README: lines in an included file are reported at their line in that file).
D = "asciidoc/hangul-norm-ko/"
FW, IN, TE, NO, CO, AN, BI = (D + "sections/" + f for f in (
    "00-foreword.adoc", "00-introduction.adoc", "03-terms.adoc", "04-normalization.adoc",
    "05-conformance.adoc", "annex-a.adoc", "99-bibliography.adoc"))
T = {
    "ISO10646": {"title": "Information technology — Universal coded character set (UCS)", "year": 2020},
    "KSX1001": {"title": "정보 교환용 부호계(한글 및 한자)", "year": 2004},
    "KSX1026-1": {"title": "정보 교환용 한글 처리 지침 — 제1부: 현대 한글 및 옛한글 처리", "year": 2007},
    "UAX15": {"title": "Unicode Normalization Forms", "url": "https://www.unicode.org/reports/tr15/"},
    "RFC3629": {"title": "UTF-8, a transformation format of ISO 10646", "year": 2003, "authors": ["Yergeau"]},
    "ref-uts10": {"number": 1, "title": "Unicode Collation Algorithm", "year": 2023,
                  "url": "https://www.unicode.org/reports/tr10/"},
    "ref-matchum": {"number": 2, "title": "한글 맞춤법", "year": 1988},
    "ref-sampson": {"number": 3, "title": "Writing Systems: A Linguistic Introduction", "year": 1985,
                    "authors": ["Sampson"], "kind": "book"},
    "ref-kimrenaud": {"number": 5, "title": "The Korean Alphabet: Its History and Structure", "year": 1997,
                      "kind": "book"},
    "ref-w3c-charmod": {"number": 6, "title": "Character Model for the World Wide Web: String Matching", "year": 2021,
                        "url": "https://www.w3.org/TR/charmod-norm/"},
    "ref-rfc8264": {"number": 7, "title": "PRECIS Framework: Preparation, Enforcement, and Comparison of "
                    "Internationalized Strings in Application Protocols", "year": 2017,
                    "authors": ["Saint-Andre", "Blanchet"]},
    "1": COMM,
    "2": {"url": "https://github.com/kdx-hangul/norm-testdata", "kind": "web"},
}


def nonum(d):
    return {k: v for k, v in d.items() if k != "number"}


cits = [
    ["KSX1026-1", L(FW, "<<KSX1026-1>>")],
    ["ref-sampson", L(IN, "<<ref-sampson>>")],
    ["ISO10646", L(IN, "<<ISO10646,clause=24>>")],
    ["ref-kimrenaud", L(IN, "<<ref-kimrenaud,제3장>>")],
    ["KSX1026-1", L(TE, "<<KSX1026-1,clause=3.1>>")],
    ["UAX15", L(TE, "<<UAX15>>, 수정")],
    ["RFC3629", L(NO, "<<RFC3629>>")],
    ["UAX15", L(NO, "전송하여야 한다 <<UAX15>>")],
    ["KSX1001", L(NO, "<<KSX1001>>")],
    ["KSX1026-1", L(NO, "<<KSX1026-1,clause=5.2>>")],
    ["ref-rfc8264", L(NO, "<<ref-rfc8264>>")],
    ["1", L(NO, "범위가 아니다.footnote:[")],
    ["ref-uts10", L(NO, "<<ref-uts10>>")],
    ["ref-matchum", L(NO, "<<ref-matchum>>")],
    ["ref-w3c-charmod", L(NO, "<<ref-w3c-charmod>>")],
    ["2", L(CO, "사용한다.footnote:[")],
    ["KSX1026-1", L(AN, "<<KSX1026-1,annex=B>>")],
]
write("asciidoc/hangul-norm-ko.key.json", {
    "about": "Invented Korean standard 'KDX-0017' of an invented council (한국문자데이터협의회) in Metanorma "
             "generic style over include files: normative references and an annex bibliography of "
             "`* [[[id,n]]], text` entries, cited by <<id>>, <<id,clause=…>>, <<id,text>>, Metanorma term sources "
             "([.source]), among section/table/figure/annex cross references (not citations). Invented: the "
             "document, council, the test-data repository URL. Real works as remembered: ISO/IEC 10646:2020, "
             "KS X 1001:2004, KS X 1026-1:2007, UAX #15, RFC 3629, UTS #10, 한글 맞춤법 (1988), Sampson 1985, "
             "Kim-Renaud (ed.) 1997, W3C charmod-norm (2021), RFC 8264. Footnote 1 is a remark holding two "
             "citations (commentary). Literature: both lists in document order (normative references, then the "
             "annex bibliography with its printed numbers); standards and corporate works keyed without kind, "
             "the edited volume without its editor. Planted: the annex bibliography skips number 4 "
             "(1, 2, 3, 5, 6, 7): literature-numbering at the entry numbered 5 (line 7 of 99-bibliography.adoc).",
    "document": "hangul-norm-ko/document.adoc",
    "reader": "asciidoc",
    "clean": True,
    "citations": cits,
    "notes": {k: nonum(v) for k, v in notes_for(cits, T).items()},
    "literature": [T[k] for k in ("ISO10646", "KSX1001", "KSX1026-1", "UAX15", "RFC3629", "ref-uts10", "ref-matchum",
                                  "ref-sampson", "ref-kimrenaud", "ref-w3c-charmod", "ref-rfc8264")],
    "defects": [{"kind": "literature-numbering", "line": L(BI, "[[[ref-kimrenaud,5]]]")}],
})


# 3. mediawiki/kretek-id ------------------------------------------------------------
# Notes numbered in order of first use; group notes "catatan 1", "catatan 2" (README: group= ->
# "note 1").  harvnb notes carry the fields of the Daftar pustaka entry they point at (the
# note with two harvnb: the first one's work).  {{KBBI}} and {{PubChem}} notes: no fields.
M = "mediawiki/kretek-id.wiki"
HAN = W("book", "Kretek: The Culture and Heritage of Indonesia's Clove Cigarettes", 2000, ["Hanusz"])
BUD = W("book", "Rokok Kretek: Lintas Sejarah dan Artinya bagi Pembangunan Bangsa dan Negara", 1987,
        ["Budiman", "Onghokham"])
REID = W("article", "From Betel-Chewing to Tobacco-Smoking in Indonesia", 1985, ["Reid"], doi="10.2307/2056266")
ARN = W("article", "Tobacco and Kretek: Indonesian Drugs in Historical Change", 2009, ["Arnez"])
T = {
    "1": HAN,
    "2": {},
    "3": BUD,
    "catatan 1": COMM,
    "4": REID,
    "5": W(None, "Pabrik kretek linting tangan di Kudus terus berkurang", 2019, ["Wibisono"],
           url="https://regional.kompas.example/read/2019/06/14/kretek-linting-tangan-kudus"),
    "6": {},
    "7": W("article", "Clove cigarette smoking: biochemical, physiological, and subjective effects", 2003,
           ["Malson", "Lee", "Murty", "Moolchan", "Pickworth"], doi="10.1016/S0091-3057(02)01076-6"),
    "8": W("report", "Laporan Nasional Riskesdas 2018", 2019,
           url="https://www.litbang.kemkes.go.id/laporan-riset-kesehatan-dasar-riskesdas/"),
    "9": W("report", "WHO report on the global tobacco epidemic, 2019: offer help to quit tobacco use", 2019),
    "10": {"title": "Peraturan Pemerintah Nomor 109 Tahun 2012 tentang Pengamanan Bahan yang Mengandung Zat "
                    "Adiktif Berupa Produk Tembakau bagi Kesehatan", "year": 2012},
    "catatan 2": COMM,
}
cits = [
    ["1", L(M, "<ref name=\"hanusz\">{{harvnb|Hanusz")],
    ["2", L(M, "<ref>{{KBBI|kretek}}")],
    ["1", L(M, "<ref name=\"hanusz\" />{{rp|31}}")],
    ["3", L(M, "<ref name=\"budiman\">{{harvnb")],
    ["catatan 1", L(M, "<ref group=\"catatan\">Sebagian")],
    ["4", L(M, "<ref>{{harvnb|Reid|1985}}")],
    ["3", L(M, "<ref name=\"budiman\" />{{rp|110}}")],
    ["5", L(M, "{{Cite news |last=Wibisono")],
    ["1", L(M, "30–40%<ref name=\"hanusz\" />")],
    ["6", L(M, "<ref>{{PubChem|3314}}")],
    ["7", L(M, "<ref name=\"malson\">{{Cite journal")],
    ["8", L(M, "{{Cite report |author=Kementerian")],
    ["9", L(M, "{{Cite book |author=World Health")],
    ["7", L(M, "rokok putih.<ref name=\"malson\" />")],
    ["10", L(M, "<ref>Peraturan Pemerintah Nomor 109")],
    ["catatan 2", L(M, "<ref group=\"catatan\">Indonesia ikut")],
]
write("mediawiki/kretek-id.key.json", {
    "about": "Invented Indonesian Wikipedia article on kretek (history, production, health, regulation). Invented: "
             "the Kompas article (author, title, date, URL on an .example host), the museum URL, the infobox image. "
             "Real works as remembered: Hanusz 2000, Budiman & Onghokham 1987, Reid 1985, Arnez 2009, Malson et al. "
             "2003, Riskesdas 2018 (Kemenkes, 2019), WHO report 2019, PP 109/2012. {{KBBI|kretek}} (dictionary) and "
             "{{PubChem|3314}} (database) are non-cite source templates: notes keyed without fields. The harvnb "
             "notes carry the Daftar pustaka entry's fields; the WHO report (Cite book) keyed report by its title. "
             "A commented-out Cite web is no citation; {{Butuh rujukan}} is a maintenance template. Literature: "
             "the four Daftar pustaka entries.",
    "document": "kretek-id.wiki",
    "reader": "mediawiki",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [ARN, BUD, HAN, REID],
})


# 4. rmarkdown/hydrologia-pl (Quarto book chapter) ------------------------------------
M = "rmarkdown/hydrologia-pl/rozdzial-03-czestosc.qmd"
T = {
    "kaczmarek1970": W("book", "Metody statystyczne w hydrologii i meteorologii", 1970, ["Kaczmarek"]),
    "ozga1999": W("report", "Zasady obliczania największych przepływów rocznych o określonym prawdopodobieństwie "
                  "przewyższenia przy projektowaniu obiektów budownictwa hydrotechnicznego. Długie ciągi pomiarowe "
                  "przepływów", 1999, ["Ozga-Zielińska", "Brzeziński", "Ozga-Zieliński"]),
    "stacjonarnosc": COMM,
    "kundzewicz2014": W("article", "Flood risk and climate change: global and regional perspectives", 2014,
                        ["Kundzewicz", "Kanae", "Seneviratne"], doi="10.1080/02626667.2013.857411"),
    "imgw2023": W("web", "Dane hydrologiczne dobowe, stacja Warszawa-Bulwary (1951–2022)", 2023,
                  url="https://danepubliczne.imgw.pl/data/dane_pomiarowo_obserwacyjne/dane_hydrologiczne/"),
    "rcore2023": W(None, "R: A Language and Environment for Statistical Computing", 2023,
                   url="https://www.R-project.org/"),
    "gilleland2016": W("article", "extRemes 2.0: An Extreme Value Analysis Package in R", 2016, ["Gilleland", "Katz"],
                       doi="10.18637/jss.v072.i08"),
    "coles2001": W("book", "An Introduction to Statistical Modeling of Extreme Values", 2001, ["Coles"],
                   doi="10.1007/978-1-4471-3675-0"),
    "^1": COMM,
    "hosking1990": W("article", "L-moments: analysis and estimation of distributions using linear combinations of "
                     "order statistics", 1990, ["Hosking"], doi="10.1111/j.2517-6161.1990.tb01775.x"),
    "hosking1997": W("book", "Regional Frequency Analysis: An Approach Based on L-Moments", 1997, ["Hosking", "Wallis"],
                     doi="10.1017/CBO9780511529443"),
    "banasik2021": {},
}
cits = [
    ["kaczmarek1970", L(M, "[@kaczmarek1970; @ozga1999]")],
    ["ozga1999", L(M, "[@kaczmarek1970; @ozga1999]")],
    ["ozga1999", L(M, "przez @ozga1999 [s. 12]")],
    ["stacjonarnosc", L(M, "szeregu[^stacjonarnosc].")],
    ["kundzewicz2014", L(M, "[@kundzewicz2014]", 1)],
    ["imgw2023", L(M, "IMGW-PIB [@imgw2023]")],
    ["imgw2023", L(M, "(dane: @imgw2023)")],
    ["rcore2023", L(M, "[@rcore2023]")],
    ["gilleland2016", L(M, "[@gilleland2016, s. 5--7]")],
    ["coles2001", L(M, "[@coles2001, rozdz. 3]")],
    ["^1", L(M, "rocznych.^[Dla")],
    ["coles2001", L(M, "zob. @coles2001 [s. 55]")],
    ["hosking1990", L(M, "[-@hosking1990]")],
    ["hosking1997", L(M, "monografia @hosking1997")],
    ["kundzewicz2014", L(M, "[@kundzewicz2014]", 2)],
    ["banasik2021", L(M, "[@banasik2021]")],
]
write("rmarkdown/hydrologia-pl.key.json", {
    "about": "Invented Polish Quarto book chapter (statistical hydrology notes in R; Vistula at Warszawa-Bulwary). "
             "Invented: the book, its author and repository, the data file, the results. Real works as remembered: "
             "Kaczmarek 1970, Ozga-Zielińska et al. 1999, Kundzewicz et al. 2014 (.bib 'and others'), IMGW-PIB public "
             "data service, R Core Team 2023, Gilleland & Katz 2016, Coles 2001, Hosking 1990, Hosking & Wallis 1997. "
             "_quarto.yml names references.bib and ieee-with-url.csl (numeric): literature = the cited entries in "
             "order of first citation. The fig-cap code-cell option holds a citation Quarto renders (counted); the "
             "`# ... @hosking1997` R comment is code. @tbl-/@fig-/@eq-/@sec- are cross references. The inline note "
             "^1 is a remark holding a citation (commentary). Planted: [@banasik2021] has no .bib entry: "
             "missing-literature-entry.",
    "document": "hydrologia-pl/rozdzial-03-czestosc.qmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("kaczmarek1970", "ozga1999", "kundzewicz2014", "imgw2023", "rcore2023",
                                  "gilleland2016", "coles2001", "hosking1990", "hosking1997")],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "[@banasik2021]")}],
})


# 5. org/veletlen-grafok-hu (org-cite, CSL author-date) ---------------------------------
M = "org/veletlen-grafok-hu/veletlen-grafok.org"
T = {
    "erdos1959": W("article", "On random graphs I", 1959, ["Erdős", "Rényi"]),
    "gilbert1959": W("article", "Random graphs", 1959, ["Gilbert"], doi="10.1214/aoms/1177706098"),
    "janson2000": W("book", "Random Graphs", 2000, ["Janson", "Łuczak", "Ruciński"], doi="10.1002/9781118032718"),
    "bollobas2001": W("book", "Random Graphs", 2001, ["Bollobás"], doi="10.1017/CBO9780511814068"),
    "1": COMM,
    "erdos1960": W("article", "On the evolution of random graphs", 1960, ["Erdős", "Rényi"]),
    "frieze2016": W("book", "Introduction to Random Graphs", 2016, ["Frieze", "Karoński"],
                    doi="10.1017/CBO9781316339831"),
    "inline-1": {"url": "https://networkx.org/documentation/stable/", "kind": "web"},
    "barabasi1999": W("article", "Emergence of scaling in random networks", 1999, ["Barabási", "Albert"],
                      doi="10.1126/science.286.5439.509"),
    "lovasz2012": W("book", "Large Networks and Graph Limits", 2012, ["Lovász"]),
    "lovasz1979": W("book", "Kombinatorikai problémák és feladatok", 1979, ["Lovász"]),
}
cits = [
    ["erdos1959", L(M, "[cite:@erdos1959]")],
    ["gilbert1959", L(M, "jelen [cite:@gilbert1959]")],
    ["janson2000", L(M, "[cite:@janson2000 p. 2; @bollobas2001 ch. 2]")],
    ["bollobas2001", L(M, "[cite:@janson2000 p. 2; @bollobas2001 ch. 2]")],
    ["1", L(M, "szemléltetni.[fn:1]")],
    ["erdos1960", L(M, "[cite/t:@erdos1960]")],
    ["bollobas2001", L(M, "[cite:see @bollobas2001")],
    ["frieze2016", L(M, "[cite:@frieze2016 ch. 1]")],
    ["inline-1", L(M, "használjuk.[fn:: A könyvtár")],
    ["gilbert1959", L(M, "[cite/t:@gilbert1959] modelljét")],
    ["barabasi1999", L(M, "[cite:@barabasi1999]")],
    ["lovasz2012", L(M, "[cite/noauthor:@lovasz2012]")],
    ["lovasz1979", L(M, "[cite/t:@lovasz1979]")],
]
write("org/veletlen-grafok-hu.key.json", {
    "about": "Invented Hungarian seminar notes on random graphs in Org mode with org-cite (#+bibliography, "
             "#+cite_export csl chicago-author-date, #+print_bibliography). Invented: the author, e-mail, results. "
             "Real works as remembered: Erdős & Rényi 1959, 1960, Gilbert 1959, Bollobás 2001, Janson, Łuczak & "
             "Ruciński 2000, Frieze & Karoński 2016, Barabási & Albert 1999, Lovász 2012, Lovász 1979 (west2001 "
             "only in a # comment: not printed). A #+CAPTION holds a citation (counted); a Python comment holds "
             "one (code). [fn:1] is commentary; the inline note points at the NetworkX documentation (web) and "
             "holds a citation of its own. Literature: the cited entries as CSL author-date prints them (sorted "
             "by author, then year).",
    "document": "veletlen-grafok-hu/veletlen-grafok.org",
    "reader": "org",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("barabasi1999", "bollobas2001", "erdos1959", "erdos1960", "frieze2016",
                                  "gilbert1959", "janson2000", "lovasz1979", "lovasz2012")],
})


# 6. typst/qiaoliang-jiance-zh (Typst + .bib, gb-7714-2015-numeric) ---------------------
# Chinese names written as one token in the .bib are keyed whole, as BibTeX and Hayagriva read
# them (the corpus convention of heldout22 and heldout35 half A; see Key corrections in HALF_B.md).
M = "typst/qiaoliang-jiance-zh/main.typ"
T = {
    "farrar2007": W("article", "An introduction to structural health monitoring", 2007, ["Farrar", "Worden"],
                    doi="10.1098/rsta.2006.1928"),
    "sohn2003": W("report", "A Review of Structural Health Monitoring Literature: 1996–2001", 2003,
                  ["Sohn", "Farrar", "Hemez", "Shunk", "Stinemates", "Nadler", "Czarnecki"]),
    "li2002": W("article", "土木工程结构安全性评估、健康监测及诊断述评", 2002, ["李宏男", "李东升"]),
    "ou2005": W("article", "重大工程结构智能传感网络与健康监测系统的研究与应用", 2005, ["欧进萍"]),
    "ko2005": W("article", "Technology developments in structural health monitoring of large-scale bridges", 2005,
                ["Ko", "Ni"], doi="10.1016/j.engstruct.2005.02.021"),
    "peeters1999": W("article", "Reference-based stochastic subspace identification for output-only modal analysis",
                     1999, ["Peeters", "De Roeck"], doi="10.1006/mssp.1999.0249"),
    "brincker2001": W("article", "Modal identification of output-only systems using frequency domain decomposition",
                      2001, ["Brincker", "Zhang", "Andersen"], doi="10.1088/0964-1726/10/3/303"),
    "1": {"url": "https://shm-data.example.cn/apply", "kind": "web"},
    "2": COMM,
    "wang2019": W("thesis", "基于随机子空间的斜拉桥模态参数识别", 2019, ["王磊"]),
    "jtg2011": {"title": "公路桥梁技术状况评定标准: JTG/T H21–2011", "year": 2011},
}
cits = [
    ["farrar2007", L(M, "@farrar2007。")],
    ["sohn2003", L(M, "@sohn2003 @li2002")],
    ["li2002", L(M, "@sohn2003 @li2002")],
    ["ou2005", L(M, "#cite(<ou2005>, form: \"prose\")")],
    ["ko2005", L(M, "@ko2005[第 1718 页]")],
    ["peeters1999", L(M, "形式 @peeters1999。")],
    ["brincker2001", L(M, "@brincker2001。")],
    ["1", L(M, "传感器#footnote[")],
    ["peeters1999", L(M, "@peeters1999[第 870 页]")],
    ["2", L(M, "识别结果#footnote[")],
    ["wang2019", L(M, "@wang2019，")],
    ["jtg2011", L(M, "@jtg2011，")],
    ["farrar2007", L(M, "正如 @farrar2007 所强调")],
]
write("typst/qiaoliang-jiance-zh.key.json", {
    "about": "Invented Chinese course report in Typst on modal identification of a cable-stayed bridge, refs.bib "
             "printed by #bibliography(..., style: \"gb-7714-2015-numeric\"). Invented: the author (陈思远), the "
             "bridge and its data, the data-request URL (.example.cn), the master's thesis wang2019 (王磊, 同济大学 "
             "2019). Real works as remembered: Farrar & Worden 2007, Sohn et al. 2003 (LA-13976-MS), 李宏男 & 李东升 "
             "2002, 欧进萍 2005, Ko & Ni 2005, Peeters & De Roeck 1999, Brincker et al. 2001, JTG/T H21-2011 (keyed "
             "without kind, corporate author not keyed), Worden et al. 2000 (only in a // comment: not printed). "
             "@sec:/@eq:/@tab: are cross references. Footnote 1 points to the data-request page (web), footnote 2 "
             "is a remark holding a citation (commentary). Literature: cited entries in order of first citation "
             "(numeric style).",
    "document": "qiaoliang-jiance-zh/main.typ",
    "reader": "typst",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("farrar2007", "sohn2003", "li2002", "ou2005", "ko2005", "peeters1999",
                                  "brincker2001", "wang2019", "jtg2011")],
})
