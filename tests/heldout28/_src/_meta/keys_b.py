"""Write the keys of half B's plain-text documents (heldout28). Labels and fields are by
hand; line numbers are looked up by marker text so an edit cannot leave a stale line.
Run from tests/heldout28:  python3 _src/_meta/keys_b.py"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def finder(path):
    lines = (ROOT / path).read_text(encoding="utf-8").split("\n")

    def ln(text, nth=1):
        hits = [i + 1 for i, l in enumerate(lines) if text in l]
        if len(hits) < nth:
            raise SystemExit(f"{path}: {text!r} not found ({len(hits)})")
        return hits[nth - 1]

    return ln


def write(keypath, key):
    (ROOT / keypath).write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", keypath, len(key["citations"]), "pairs")


# 1. latex / tachar-hy -------------------------------------------------------
ln = finder("latex/tachar-hy/main.tex")
W = {
    "strzygowski1918": {"authors": ["Strzygowski"], "title": "Die Baukunst der Armenier und Europa", "year": 1918, "kind": "book"},
    "maranci2001": {"authors": ["Maranci"], "title": "Medieval Armenian Architecture: Constructions of Race and Nation", "year": 2001, "kind": "book"},
    "toramanian1942": {"authors": ["Թորամանյան"], "title": "Նյութեր հայկական ճարտարապետության պատմության", "year": 1942, "kind": "book"},
    "thierry1987": {"authors": ["Thierry", "Donabédian"], "title": "Les arts arméniens", "year": 1987, "kind": "book"},
    "harutyunyan1992": {"authors": ["Հարությունյան"], "title": "Հայկական ճարտարապետության պատմություն", "year": 1992, "kind": "book"},
    "maranci2015": {"authors": ["Maranci"], "title": "Vigilant Powers: Three Churches of Early Medieval Armenia", "year": 2015, "kind": "book"},
    "maranci2003": {"authors": ["Maranci"], "title": "The Architect Trdat: Building Practices and Cross-Cultural Exchange in Byzantium and Armenia", "year": 2003, "kind": "article", "doi": "10.2307/3592520"},
    "sahakyan2019": {"authors": ["Սահակյան", "Մկրտչյան"], "title": "Զվարթնոցի սյունախոյակների լազերային չափագրությունը", "year": 2019, "kind": "chapter"},
    "hushardzan2023": {"title": "Զվարթնոցի տաճարի համալիր. Գրանցման քարտ", "year": 2023, "kind": "web", "url": "https://www.heritage-registry.example.am/monuments/zvartnots"},
}
cites = [
    ["strzygowski1918", ln(r"\textcite{strzygowski1918}")],
    ["maranci2001", ln(r"\autocite{maranci2001}")],
    ["toramanian1942", ln(r"\autocite[12]{toramanian1942}")],
    ["thierry1987", ln(r"\autocites{thierry1987}{harutyunyan1992}")],
    ["harutyunyan1992", ln(r"\autocites{thierry1987}{harutyunyan1992}")],
    ["maranci2015", ln(r"\textcite[45--47]{maranci2015}")],
    ["maranci2003", ln(r"\autocite[298]{maranci2003}")],
    ["sahakyan2019", ln(r"\autocite{sahakyan2019}")],
    ["hushardzan2023", ln(r"\autocite{hushardzan2023}")],
    ["harutyunyan1992", ln(r"\autocites[88]{harutyunyan1992}")],
    ["thierry1987", ln(r"\autocites[88]{harutyunyan1992}")],
    ["maranci2003", ln(r"օրինակն է \autocite{maranci2003}")],
]
order = []
for k, _ in cites:
    if k not in order:
        order.append(k)
write("latex/tachar-hy.key.json", {
    "document": "tachar-hy/main.tex",
    "reader": "latex",
    "clean": True,
    "about": "Invented Armenian architecture-history article (XeLaTeX, fontspec, polyglossia armenian, biblatex authoryear/biber, autocite=inline). Real works cited as remembered (Strzygowski 1918, Maranci 2001/2003/2015, Toramanian 1942, Thierry & Donabedian 1987, Harutyunyan 1992); the author, sahakyan2019 (inproceedings), hushardzan2023 (@online, corporate author, invented URL) and the photo URL are invented. A % commented \\autocite is not a citation; \\autocites with pre/postnotes gives one pair per key; the uncited jakobson1950 is not printed and not keyed. Literature in order of first citation (heldout26 convention).",
    "citations": cites,
    "notes": W,
    "literature": [W[k] for k in order],
})

# 2. latex / saudade-gl -----------------------------------------------------
ln = finder("latex/saudade-gl.tex")
G = {
    "castelao44": {"authors": ["Castelao"], "title": "Sempre en Galiza", "year": 1944, "kind": "book"},
    "coimbra23": {"authors": ["Coimbra"], "title": "A alegria, a dor e a graça", "year": 1923, "kind": "book"},
    "fernandez-moreno11": {"authors": ["Fernández Moreno"], "title": "Fenomenoloxía da saudade: unha relectura de Ramón Piñeiro", "year": 2011, "kind": "article"},
    "garcia-bazarra": {"authors": ["García Bazarra"], "title": "A saudade e o seu contorno", "year": 1997, "kind": "book"},
    "otero52": {"authors": ["Otero Pedrayo"], "title": "Ensaio histórico sobre a cultura galega", "year": 1952, "kind": "book"},
    "pascoaes12": {"authors": ["Pascoaes"], "title": "O espírito lusitano ou o saudosismo", "year": 1912, "kind": "book"},
    "pineiro53": {"authors": ["Piñeiro"], "title": "Para unha filosofía da saudade", "year": 1953, "kind": "book"},
    "pinon84": {"title": "A saudade", "year": 1984, "kind": "book"},
}
cites = [
    ["castelao44", ln(r"\citet{castelao44} quen")],
    ["pinon84", ln(r"\citet{pinon84}")],
    ["pascoaes12", ln(r"\citep{pascoaes12,coimbra23}")],
    ["coimbra23", ln(r"\citep{pascoaes12,coimbra23}")],
    ["coimbra23", ln(r"\citeauthor{coimbra23}")],
    ["coimbra23", ln(r"\citep[p.~12]{coimbra23}")],
    ["pineiro53", ln(r"\citet{pineiro53}")],
    ["pineiro53", ln(r"\citep[pp.~33--35]{pineiro53}")],
    ["garcia-bazarra", ln(r"{garcia-bazarra}")],
    ["fernandez-moreno11", ln(r"\citep{fernandez-moreno11}")],
    ["fernandez-moreno11", ln(r"\citeauthor{fernandez-moreno11}")],
    # (the "(\citeyear{…})" on the next line completes that \citeauthor: one citation, keyed
    # where it starts -- heldout9 README, stop 28)
    ["1", ln(r"\footnote{Agradezo")],
    ["castelao44", ln(r"a política \citep{castelao44}")],
    ["pascoaes12", ln(r"\citep{pascoaes12} e a")],
    ["pineiro53", ln(r"\citep[p.~40]{pineiro53}")],
]
notes = {k: v for k, v in G.items() if k != "otero52"}  # cited only in a comment
notes["1"] = {"kind": "commentary"}
write("latex/saudade-gl.key.json", {
    "reader": "latex",
    "clean": False,
    "about": "Invented chapter 3 of a Galician philosophy thesis (USC) on saudade, pdflatex, natbib round/authoryear, hand-typed thebibliography{99} with \\bibitem[Author(Year)]{key} in APA-like Galician form. Real works as remembered (Castelao 1944, Coimbra 1923, Pascoaes 1912, Piñeiro 1953, Piñón ed. 1984 — edited, no author keyed, Otero Pedrayo 1952); Fernández Moreno 2011 and García Bazarra 1997 are invented. \\citeauthor and \\citeyear name a key and are keyed as citations. Two % commented \\citep lines are not citations. Footnote 1 is an acknowledgement (commentary) with a URL that cites nothing. Planted: otero52 is cited only in a comment: uncited-literature-entry at its \\bibitem.",
    "citations": cites,
    "notes": notes,
    "literature": [G[k] for k in ["castelao44", "coimbra23", "fernandez-moreno11", "garcia-bazarra", "otero52", "pascoaes12", "pineiro53", "pinon84"]],
    "defects": [{"kind": "uncited-literature-entry", "line": ln(r"\bibitem[Otero Pedrayo(1952)]{otero52}")}],
})

# 3. org / sport-kz ---------------------------------------------------------
ln = finder("org/sport-kz/esep.org")
K = {
    "foster2001": {"authors": ["Foster", "Florhaug", "Franklin", "Gottschall", "Hrovatin", "Parker", "Doleshal", "Dodge"], "title": "A New Approach to Monitoring Exercise Training", "year": 2001, "kind": "article"},
    "impellizzeri2019": {"authors": ["Impellizzeri", "Marcora", "Coutts"], "title": "Internal and External Training Load: 15 Years On", "year": 2019, "kind": "article", "doi": "10.1123/ijspp.2018-0935"},
    "bourdon2017": {"title": "Monitoring Athlete Training Loads: Consensus Statement", "year": 2017, "kind": "article", "doi": "10.1123/IJSPP.2017-0208"},
    "ospanov2018": {"authors": ["Оспанов", "Тұрсынбаев"], "title": "Қазақ күресімен айналысатын жасөспірімдердің жаттығу жүктемесін бағалау", "year": 2018, "kind": "article"},
    "gabbett2016": {"authors": ["Gabbett"], "title": "The Training--Injury Prevention Paradox: Should Athletes Be Training Smarter and Harder?", "year": 2016, "kind": "article", "doi": "10.1136/bjsports-2015-095788"},
}
cites = [
    ["foster2001", ln("айналды [cite:@foster2001]")],
    ["foster2001", ln("[cite/t:@foster2001]")],
    ["impellizzeri2019", ln("[cite:@impellizzeri2019;@bourdon2017 p. 4]")],
    ["bourdon2017", ln("[cite:@impellizzeri2019;@bourdon2017 p. 4]")],
    ["ospanov2018", ln("[cite:@ospanov2018]. Бұл")],
    ["foster2001", ln("[cite:@foster2001 б. 110]")],
    ["gabbett2016", ln("[cite/t:@gabbett2016]")],
    ["impellizzeri2019", ln("ескерілді [cite:@impellizzeri2019]")],
    ["gabbett2016", ln("[cite:@gabbett2016;@ospanov2018]")],
    ["ospanov2018", ln("[cite:@gabbett2016;@ospanov2018]")],
    ["bourdon2017", ln("қолдайды [cite:@bourdon2017]")],
    # (a cited key the .bib lacks is a citation of its key, as heldout22-24 key it; the
    # heldout27 rule was for an author-date citation naming no entry: no label to key)
    ["kuznetsov2020", ln("[cite:@kuznetsov2020]")],
]
write("org/sport-kz.key.json", {
    "document": "sport-kz/esep.org",
    "reader": "org",
    "clean": False,
    "about": "Invented Kazakh (Cyrillic) sports-science report on sRPE load monitoring in youth wrestling, Org with org-cite: [cite:@k], [cite/t:@k], [cite:@a;@b p. 4], a Kazakh locator 'б. 110', #+bibliography: refs.bib, #+cite_export: csl with a GOST numeric style, #+print_bibliography:, a table with #+caption/#+name, an R src block whose comment holds a [cite:...] (code, not a citation), a data URL that cites nothing. Real articles as remembered (Foster 2001, Impellizzeri 2019, Bourdon 2017 — authors truncated with 'others' in the .bib, not keyed, Gabbett 2016); ospanov2018, the authors, the data URL and the figures are invented. Planted: [cite:@kuznetsov2020] has no .bib entry (keyed as a citation of its key, see HALF_B.md key corrections): missing-literature-entry. Literature in order of first citation.",
    "citations": cites,
    "notes": K,
    "literature": [K[k] for k in ["foster2001", "impellizzeri2019", "bourdon2017", "ospanov2018", "gabbett2016"]],
    "defects": [{"kind": "missing-literature-entry", "line": ln("[cite:@kuznetsov2020]")}],
})

# 4. rmarkdown / agrar-az ---------------------------------------------------
ln = finder("rmarkdown/agrar-az/pambiq.qmd")
A = {
    "guliyev2019": {"authors": ["Quliyev", "Əliyeva"], "title": "Azərbaycanda pambıqçılığın inkişafı və dövlət dəstəyi mexanizmləri", "year": 2019, "kind": "article"},
    "ahmadov2020": {"authors": ["Ahmadov"], "title": "Cotton Sector Reforms in Azerbaijan: Regional Evidence", "year": 2020, "kind": "article", "doi": "10.5281/zenodo.4012345"},
    "fao2021": {"title": "Smallholders and Family Farms in Azerbaijan", "year": 2021, "kind": "report"},
    "battese1995": {"authors": ["Battese", "Coelli"], "title": "A Model for Technical Inefficiency Effects in a Stochastic Frontier Production Function for Panel Data", "year": 1995, "kind": "article", "doi": "10.1007/BF01205442"},
    "coelli2005": {"authors": ["Coelli", "Rao", "O'Donnell", "Battese"], "title": "An Introduction to Efficiency and Productivity Analysis", "year": 2005, "kind": "book"},
    "djanibekov2013": {"authors": ["Djanibekov", "Van Assche", "Boezeman", "Djanibekov"], "title": "Understanding Contracts in Evolving Agro-Economies: Fruits and Vegetables in Uzbekistan", "year": 2013, "kind": "article"},
}
cites = [
    ["guliyev2019", ln("[@guliyev2019]. Subsidiyaların")],
    ["ahmadov2020", ln("[@ahmadov2020; @fao2021, s. 4]")],
    ["fao2021", ln("[@ahmadov2020; @fao2021, s. 4]")],
    ["guliyev2019", ln("@guliyev2019 qeyd edir")],
    ["battese1995", ln("[@battese1995]")],
    ["battese1995", ln("göstəricisi @battese1995")],
    ["coelli2005", ln("[@coelli2005, s. 245--250]")],
    ["djanibekov2013", ln("@djanibekov2013 də")],
    ["fao2021", ln("[@fao2021; @djanibekov2013]")],
    ["djanibekov2013", ln("[@fao2021; @djanibekov2013]")],
    ["L1", ln("<https://www.stat.gov.az>")],
    ["ahmadov2020", ln("[bax: @ahmadov2020;")],
    ["guliyev2019", ln("həmçinin @guliyev2019, s. 61]")],
]
notes = dict(A)
notes["L1"] = {"url": "https://www.stat.gov.az"}
write("rmarkdown/agrar-az.key.json", {
    "document": "agrar-az/pambiq.qmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "Invented Azerbaijani (Latin) agricultural-economics paper (cotton farm efficiency in Mugan) as a Quarto .qmd: YAML with authors/affiliations, lang: az, bibliography: menbeler.bib, csl; [@k], [@a; @b, s. 4], narrative @k, [bax: @a; həmçinin @b, s. 61]; @tbl-… and @fig-… cross references and an e-mail address are not citations; R chunks with #| label/tbl-cap/fig-cap, inline R; an autolink to the State Statistics Committee citing its sentence (L1). Real works as remembered (Battese & Coelli 1995, Coelli et al. 2005, Djanibekov et al. 2013, FAO 2021 country study — corporate author not keyed); guliyev2019, ahmadov2020 (and its DOI), the authors and the figures are invented. Literature in order of first citation.",
    "citations": cites,
    "notes": notes,
    "literature": [A[k] for k in ["guliyev2019", "ahmadov2020", "fao2021", "battese1995", "coelli2005", "djanibekov2013"]],
})

# 5. rst / pasyon-tl --------------------------------------------------------
ln = finder("rst/pasyon-tl.rst")
R = {
    "Ileto1979": {"authors": ["Ileto"], "title": "Pasyon and Revolution: Popular Movements in the Philippines, 1840--1910", "year": 1979, "kind": "book"},
    "Rafael1988": {"authors": ["Rafael"], "title": "Contracting Colonialism: Translation and Christian Conversion in Tagalog Society under Early Spanish Rule", "year": 1988, "kind": "book"},
    "Santos2001": {"authors": ["Santos"], "title": "Ang pabasa bilang pagtitipon: mga tala mula sa Bulacan", "year": 2001, "kind": "article"},
}
notes = dict(R)
notes.update({
    "1": {"authors": ["Aquino de Belen"], "title": "Mahal na Passion ni Jesu Christong Panginoon Natin na Tola", "year": 1704, "kind": "book"},
    "2": {"authors": ["Schumacher"], "title": "Revolutionary Clergy: The Filipino Clergy and the Nationalist Movement, 1850--1903", "year": 1981, "kind": "book"},
    "3": {"authors": ["Cannell"], "title": "Power and Intimacy in the Christian Philippines", "year": 1999, "kind": "book"},
    "4": {"url": "https://pabasa-archive.example.ph/talaan"},
})
cites = [
    ["Ileto1979", ln("kalayaan [Ileto1979]_")],
    ["1", ln("1704 [#]_")],
    ["Rafael1988", ln("[Rafael1988]_")],
    ["2", ln("pulitika [#pari]_")],
    ["Santos2001", ln("debosyon [Santos2001]_")],
    ["3", ln("doon [#]_")],
    ["2", ln("pabasa [#pari]_")],
    ["Ileto1979", ln("ni Ileto [Ileto1979]_")],
    ["Santos2001", ln("ni Santos [Santos2001]_")],
    ["4", ln("konteksto [#]_")],
]
write("rst/pasyon-tl.key.json", {
    "reader": "rst",
    "clean": True,
    "about": "Invented Tagalog religion-studies Sphinx page on the Pasyon and the pabasa: title/field list, contents directive, section targets (.. _pabasa-ngayon:) with :ref:, a .. note:: directive, a code-block whose string and comment hold brackets ([1], bilang[\"layaw\"]), auto-numbered footnotes [#]_ and a labelled [#pari]_ used twice (keyed by the number docutils prints: definitions in order 1, pari=2, 3, 4), citations [Key]_ defined under a 'Mga Sanggunian' rubric (keyed as notes and as literature entries). Real works as remembered (Ileto 1979, Rafael 1988, Aquino de Belen 1704, Schumacher 1981, Cannell 1999); Santos 2001, the author and the archive URL are invented.",
    "citations": cites,
    "notes": notes,
    "literature": [R["Ileto1979"], R["Rafael1988"], R["Santos2001"]],
})

# 7. typst / tarvuz-uz ------------------------------------------------------
ln = finder("typst/tarvuz-uz/hisobot.typ")
T = {
    "kienzler2012": {"authors": ["Kienzler", "Lamers", "McDonald", "Mirzabaev", "Ibragimov", "Egamberdiev", "Ruzibaev", "Akramkhanov"], "title": "Conservation agriculture in Central Asia—What do we know and where do we go from here?", "year": 2012, "kind": "article", "doi": "10.1016/j.fcr.2011.10.014"},
    "fao2017": {"title": "Uzbekistan country fact sheet on food and agriculture policy trends", "year": 2017, "kind": "report"},
    "tursunov2010": {"authors": ["Tursunov"], "title": "Sho'rlangan tuproqlarda poliz ekinlarini yetishtirish", "year": 2010, "kind": "book"},
    "rhoades1992": {"authors": ["Rhoades", "Kandiah", "Mashali"], "title": "The use of saline waters for crop production", "year": 1992, "kind": "book"},
    "djalalov2021": {"authors": ["Djalalov"], "title": "Xorazm viloyatida poliz ekinlari yetishtirishning iqtisodiy samaradorligi", "year": 2021, "kind": "thesis"},
}
cites = [
    ["kienzler2012", ln("qolmoqda @kienzler2012")],
    ["fao2017", ln("@fao2017[s. 4]")],
    ["tursunov2010", ln("#cite(<tursunov2010>)")],
    ["rhoades1992", ln("va @rhoades1992")],
    ["tursunov2010", ln("@tursunov2010[s. 57--60]")],
    ["rhoades1992", ln("@rhoades1992 @kienzler2012")],
    ["kienzler2012", ln("@rhoades1992 @kienzler2012")],
    ["L1", ln('#link("https://xorazm.agro.example.uz/hisobot-2023")')],
    ["djalalov2021", ln("#cite(<djalalov2021>")],
]
notes = dict(T)
notes["L1"] = {"url": "https://xorazm.agro.example.uz/hisobot-2023"}
write("typst/tarvuz-uz.key.json", {
    "document": "tarvuz-uz/hisobot.typ",
    "reader": "typst",
    "clean": True,
    "about": "Invented Uzbek (Latin) agricultural report (melons on saline land in Khorezm) in Typst 0.11: page header, @key, @key[s. 4], #cite(<key>), #cite(<key>, form: \"prose\"), two adjacent @a @b, figures with <fig:xarita>/<tab:hosil> labels referenced by @fig:xarita / @tab:hosil (not citations), EC#sub[e], a table, a // comment holding @fao2017 (not a citation), a #link citing its sentence (L1, invented URL), #bibliography(\"manbalar.yml\") in Hayagriva YAML. Real works as remembered (Kienzler et al. 2012, FAO 2017 fact sheet — corporate author not keyed, Rhoades et al. 1992 FAO Irrigation and Drainage Paper 48); tursunov2010, djalalov2021 and the authors are invented. Literature in order of first citation.",
    "citations": cites,
    "notes": notes,
    "literature": [T[k] for k in ["kienzler2012", "fao2017", "tursunov2010", "rhoades1992", "djalalov2021"]],
})
