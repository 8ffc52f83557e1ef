"""Write the keys of heldout36 half B (all plain-text documents, written directly).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout36/_src/_meta/keys_b.py
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
    return {k: table[k] for k in dict.fromkeys(k for k, _ in cits) if k in table}


# 1. pandoc/street-trees-heat -------------------------------------------------------
# Pandoc manuscript, YAML names a Better BibTeX CSL-JSON export and apa.csl.  APA sorts the
# printed list by author (an entry with no author by its title), then year.
M = "pandoc/street-trees-heat/street-trees-heat.md"
T = {
    "okeEnergeticBasisUrban1982": W("article", "The energetic basis of the urban heat island", 1982, ["Oke"],
                                    doi="10.1002/qj.49710845502"),
    "stewartLocalClimateZones2012": W("article", "Local Climate Zones for urban temperature studies", 2012,
                                      ["Stewart", "Oke"], doi="10.1175/BAMS-D-11-00019.1"),
    "bowlerUrbanGreeningCool2010": W("article", "Urban greening to cool towns and cities: A systematic review of the "
                                     "empirical evidence", 2010, ["Bowler", "Buyung-Ali", "Knight", "Pullin"],
                                     doi="10.1016/j.landurbplan.2010.05.006"),
    "gagoCityUrbanHeat2013": W("article", "The city and urban heat islands: A review of strategies to mitigate adverse "
                               "effects", 2013, ["Gago", "Roldan", "Pacheco-Torres", "Ordóñez"],
                               doi="10.1016/j.rser.2013.05.057"),
    "santamourisCoolingCitiesReview2014": W("article", "Cooling the cities – A review of reflective and green roof "
                                            "mitigation technologies to fight heat island and improve comfort in "
                                            "urban environments", 2014, ["Santamouris"],
                                            doi="10.1016/j.solener.2012.07.003"),
    "royQuantitativeReviewUrban2012": W("article", "A systematic quantitative review of urban tree benefits, costs, and "
                                        "assessment methods across cities in different climatic zones", 2012,
                                        ["Roy", "Byrne", "Pickering"], doi="10.1016/j.ufug.2012.06.006"),
    "ziterScaledependentInteractionsTree2019": W("article", "Scale-dependent interactions between tree canopy cover "
                                                 "and impervious surfaces reduce daytime urban heat during summer",
                                                 2019, ["Ziter", "Pedersen", "Kucharik", "Turner"],
                                                 doi="10.1073/pnas.1817561116"),
    "zhouDoesSpatialConfiguration2011": W("article", "Does spatial configuration matter? Understanding the effects of "
                                          "land cover pattern on land surface temperature in urban landscapes", 2011,
                                          ["Zhou", "Huang", "Cadenasso"], doi="10.1016/j.landurbplan.2011.03.009"),
    "schwaabRoleUrbanTrees2021": W("article", "The role of urban trees in reducing land surface temperatures in "
                                   "European cities", 2021, ["Schwaab", "Meier", "Mussetti", "Seneviratne", "Bürgi",
                                                             "Davin"], doi="10.1038/s41467-021-26768-w",
                                   url="https://www.nature.com/articles/s41467-021-26768-w"),
    "nowakCarbonStorageSequestration2002": W("article", "Carbon storage and sequestration by urban trees in the USA",
                                             2002, ["Nowak", "Crane"], doi="10.1016/S0269-7491(01)00214-7"),
    "epaReducingUrbanHeat2008": W("report", "Reducing urban heat islands: Compendium of strategies", 2008,
                                  url="https://www.epa.gov/heatislands/heat-island-compendium"),
    "itreeEco2023": W(None, "i-Tree Eco", 2023, url="https://www.itreetools.org/tools/i-tree-eco"),
    "^1": COMM,
}
cits = [
    ["okeEnergeticBasisUrban1982", L(M, "[@okeEnergeticBasisUrban1982]")],
    ["stewartLocalClimateZones2012", L(M, "[@stewartLocalClimateZones2012")],
    ["bowlerUrbanGreeningCool2010", L(M, "[@bowlerUrbanGreeningCool2010]")],
    ["gagoCityUrbanHeat2013", L(M, "[@gagoCityUrbanHeat2013;")],
    ["santamourisCoolingCitiesReview2014", L(M, "@santamourisCoolingCitiesReview2014]")],
    ["royQuantitativeReviewUrban2012", L(M, "[-@royQuantitativeReviewUrban2012]")],
    ["ziterScaledependentInteractionsTree2019", L(M, "@ziterScaledependentInteractionsTree2019 cycled")],
    ["zhouDoesSpatialConfiguration2011", L(M, "[@zhouDoesSpatialConfiguration2011")],
    ["schwaabRoleUrbanTrees2021", L(M, "@schwaabRoleUrbanTrees2021 found")],
    ["nowakCarbonStorageSequestration2002", L(M, "[@nowakCarbonStorageSequestration2002]")],
    ["epaReducingUrbanHeat2008", L(M, "[@epaReducingUrbanHeat2008")],
    ["itreeEco2023", L(M, "[@itreeEco2023]")],
    ["^1", L(M, "^[The i-Tree project")],
    ["ziterScaledependentInteractionsTree2019", L(M, "[@ziterScaledependentInteractionsTree2019;")],
    ["kimStreetCanopyMobile2020", L(M, "@kimStreetCanopyMobile2020]")],
    ["bowlerUrbanGreeningCool2010", L(M, "@bowlerUrbanGreeningCool2010 and smaller")],
    ["schwaabRoleUrbanTrees2021", L(M, "@schwaabRoleUrbanTrees2021, as one")],
    ["santamourisCoolingCitiesReview2014", L(M, "[@santamourisCoolingCitiesReview2014, p. 690]")],
]
write("pandoc/street-trees-heat.key.json", {
    "about": "Invented English working paper on street trees and urban heat; authors, University of Tallowford, "
             "the council, the transect survey and its figures are invented. Real works cited with their data as "
             "remembered (Oke 1982, Stewart & Oke 2012, Bowler et al. 2010, Gago et al. 2013, Santamouris 2014, "
             "Roy et al. 2012, Ziter et al. 2019, Zhou et al. 2011, Schwaab et al. 2021, Nowak & Crane 2002, "
             "US EPA 2008 compendium, i-Tree Eco). references.json is written in the shape of a Better BibTeX "
             "CSL-JSON export. Planted: @kimStreetCanopyMobile2020 (invented key) has no entry in references.json.",
    "document": "street-trees-heat/street-trees-heat.md",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in (
        "bowlerUrbanGreeningCool2010", "gagoCityUrbanHeat2013", "itreeEco2023",
        "nowakCarbonStorageSequestration2002", "okeEnergeticBasisUrban1982", "royQuantitativeReviewUrban2012",
        "santamourisCoolingCitiesReview2014", "schwaabRoleUrbanTrees2021", "stewartLocalClimateZones2012",
        "epaReducingUrbanHeat2008", "zhouDoesSpatialConfiguration2011",
        "ziterScaledependentInteractionsTree2019")],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "@kimStreetCanopyMobile2020]")}],
})


# 2. rmarkdown/dengue-clima-br ------------------------------------------------------
# Quarto journal manuscript (quarto-journals elsevier extension, cite-style authoryear =
# elsarticle-harv: list sorted by author, then year), two .bib files (the second written by
# knitr::write_bib).  A citation in a rendered fig-cap counts; one in an R comment does not;
# @fig-/@tbl-/@sec-/@eq- are cross references.
M = "rmarkdown/dengue-clima-br/manuscrito.qmd"
T = {
    "bhatt2013": W("article", "The global distribution and burden of dengue", 2013,
                   ["Bhatt", "Gething", "Brady", "Messina", "Farlow", "Moyes", "Drake", "Brownstein", "Hoen", "Sankoh",
                    "Myers", "George", "Jaenisch", "Wint", "Simmons", "Scott", "Farrar", "Hay"],
                   doi="10.1038/nature12060"),
    "viana2013": W("article", "A ocorrência da dengue e variações meteorológicas no Brasil: revisão sistemática", 2013,
                   ["Viana", "Ignotti"], doi="10.1590/S1415-790X2013000200002"),
    "mordecai2017": W("article", "Detecting the impact of temperature on transmission of Zika, dengue, and chikungunya "
                      "using mechanistic models", 2017,
                      ["Mordecai", "Cohen", "Evans", "Gudapati", "Johnson", "Lippi", "Miazgowicz", "Murdock", "Rohr",
                       "Ryan", "Savage", "Shocket", "Stewart Ibarra", "Thomas", "Weikel"],
                      doi="10.1371/journal.pntd.0005568"),
    "lowe2011": W("article", "Spatio-temporal modelling of climate-sensitive disease risk: Towards an early warning "
                  "system for dengue in Brazil", 2011,
                  ["Lowe", "Bailey", "Stephenson", "Graham", "Coelho", "Sá Carvalho", "Barcellos"],
                  doi="10.1016/j.cageo.2010.01.008"),
    "infodengue2024": W("web", "InfoDengue: sistema de alerta para arboviroses", 2024, url="https://info.dengue.mat.br"),
    "ms2009": W("report", "Diretrizes nacionais para a prevenção e controle de epidemias de dengue", 2009),
    "gasparrini2010": W("article", "Distributed lag non-linear models", 2010, ["Gasparrini", "Armstrong", "Kenward"],
                        doi="10.1002/sim.3940"),
    "R-dlnm": W(None, "dlnm: Distributed Lag Non-Linear Models", 2023, ["Gasparrini", "Armstrong", "Scheipl"],
                url="https://github.com/gasparrini/dlnm"),
    "R-base": W(None, "R: A Language and Environment for Statistical Computing", 2023,
                url="https://www.R-project.org/"),
    "lowe2018": W("article", "Nonlinear and delayed impacts of climate on dengue risk in Barbados: A modelling study",
                  2018, ["Lowe", "Gasparrini", "Van Meerbeeck", "Lippi", "Mahon", "Trotman", "Rollock", "Hinds", "Ryan",
                         "Stewart-Ibarra"], doi="10.1371/journal.pmed.1002613"),
    "mgcv2011": W("article", "Fast stable restricted maximum likelihood and marginal likelihood estimation of "
                  "semiparametric generalized linear models", 2011, ["Wood"]),
    "ferreira2022": W("article", "Chuva acumulada e notificações de dengue em municípios do Vale do Ribeira", 2022,
                      ["Ferreira", "Andrade"]),
}
cits = [
    ["bhatt2013", L(M, "[@bhatt2013]")],
    ["viana2013", L(M, "[@viana2013]")],
    ["mordecai2017", L(M, "[@mordecai2017, p. 7]")],
    ["lowe2011", L(M, "[@lowe2011;")],
    ["infodengue2024", L(M, "[@lowe2011; @infodengue2024]")],
    ["ms2009", L(M, "[@ms2009, cap. 3]")],
    ["gasparrini2010", L(M, "[@gasparrini2010], ajustados")],
    ["R-dlnm", L(M, "[@R-dlnm]")],
    ["R-base", L(M, "[@R-base]")],
    ["lowe2018", L(M, "@lowe2018, com sazonalidade")],
    ["mgcv2011", L(M, "[@mgcv2011]")],
    ["ferreira2022", L(M, "[-@ferreira2022]")],
    ["gasparrini2010", L(M, "#| fig-cap:")],
    ["lowe2018", L(M, "@lowe2018 [p. 9]")],
    ["viana2013", L(M, "revisão de @viana2013")],
    ["mordecai2017", L(M, "[@mordecai2017], o que")],
    ["ms2009", L(M, "[ver @ms2009;")],
    ["infodengue2024", L(M, "[ver @ms2009; @infodengue2024]")],
]
write("rmarkdown/dengue-clima-br.key.json", {
    "about": "Invented Brazilian Portuguese journal manuscript (Quarto, quarto-journals elsevier-pdf extension) on "
             "climate and dengue in three capitals; authors, affiliations (Universidade Federal do Xingó, Laboratório "
             "Nacional de Saúde Pública Ambiental), journal name, data and results are invented, as is "
             "ferreira2022 (Ferreira & Andrade, Cadernos de Saúde Coletiva do Litoral). Real works as remembered: "
             "Bhatt et al. 2013, Viana & Ignotti 2013, Mordecai et al. 2017, Lowe et al. 2011 and 2018, Gasparrini "
             "et al. 2010, Wood 2011, the dlnm package, R, InfoDengue, Ministério da Saúde 2009 guidelines. "
             "Literature: cited entries of both .bib files in elsarticle-harv order (author, year).",
    "document": "dengue-clima-br/manuscrito.qmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in (
        "bhatt2013", "ms2009", "ferreira2022", "gasparrini2010", "R-dlnm", "infodengue2024", "lowe2011", "lowe2018",
        "mordecai2017", "R-base", "viana2013", "mgcv2011")],
})


# 3. mediawiki/suleymaniye-tr -------------------------------------------------------
# Turkish Wikipedia article with shortened footnotes.  {{sfn}} makes a named <ref>: the same
# author/year/page reuses its number (1 and 2 at line 16, again at lines 31 and 26).  A note holding
# two {{harvnb}} is one note (6), its fields not keyed (it points to two works).  {{efn}}
# goes to {{notelist}} as note "a".  The commented-out <ref> is not a citation.
M = "mediawiki/suleymaniye-tr.wiki"
NEC05 = W("book", "The Age of Sinan: Architectural Culture in the Ottoman Empire", 2005, ["Necipoğlu"])
NEC85 = W("article", "The Süleymaniye Complex in Istanbul: An Interpretation", 1985, ["Necipoğlu-Kafadar"],
          doi="10.2307/1523088")
KUB07 = W("book", "Osmanlı Mimarisi", 2007, ["Kuban"])
KUR87 = W("book", "Sinan: The Grand Old Master of Ottoman Architecture", 1987, ["Kuran"])
KUR86 = W("book", "Mimar Sinan", 1986, ["Kuran"])
GOO71 = W("book", "A History of Ottoman Architecture", 1971, ["Goodwin"])
SAI02 = W("book", "Yapılar Kitabı: Tezkiretü'l-Bünyan ve Tezkiretü'l-Ebniye", 2002)
T = {
    "1": NEC05, "2": KUB07, "3": NEC85, "4": NEC05, "5": KUR87, "7": GOO71,
    "8": W(None, "Süleymaniye üç yıl sonra kapılarını açtı", 2010,
           url="https://www.ornekgazete.com.tr/kultur/suleymaniye-uc-yil-sonra-kapilarini-acti-187234"),
    "9": NEC85, "10": GOO71, "11": KUR87, "a": COMM,
    "12": W("article", "Points of view: Iznik tiles in the Süleymaniye", 1999, ["Denny"]),
    "13": KUR87, "14": NEC85,
    "15": W("web", "Historic Areas of Istanbul", None, url="https://whc.unesco.org/en/list/356"),
}
cits = [
    ["1", L(M, "{{sfn|Necipoğlu|2005|p=207}}", 1)],
    ["2", L(M, "{{sfn|Kuban|2007|p=262}}", 1)],
    ["3", L(M, "{{sfn|Necipoğlu-Kafadar|1985|p=94}}")],
    ["4", L(M, "{{sfn|Necipoğlu|2005|p=211}}")],
    ["5", L(M, "{{sfn|Kuran|1987|pp=70–72}}")],
    ["6", L(M, "{{harvnb|Sâî Mustafa Çelebi|2002|p=78}}")],
    ["7", L(M, "{{sfn|Goodwin|1971|p=222}}")],
    ["8", L(M, '<ref name="restorasyon">{{Haber')],
    ["8", L(M, '<ref name="restorasyon" />')],
    ["9", L(M, "{{sfn|Necipoğlu-Kafadar|1985|p=101}}")],
    ["2", L(M, "{{sfn|Kuban|2007|p=262}}", 2)],
    ["10", L(M, "{{sfn|Goodwin|1971|p=219}}")],
    ["11", L(M, "{{sfn|Kuran|1987|p=74}}")],
    ["a", L(M, "{{efn|Bu yorum")],
    ["12", L(M, "|soyadı=Denny")],
    ["1", L(M, "{{sfn|Necipoğlu|2005|p=207}}", 2)],
    ["13", L(M, "{{sfn|Kuran|1987|p=78}}")],
    ["14", L(M, "{{sfn|Necipoğlu-Kafadar|1985|p=108}}")],
    ["15", L(M, "whc.unesco.org/en/list/356")],
]
assert L(M, "{{sfn|Necipoğlu|2005|p=207}}", 1) != L(M, "{{sfn|Necipoğlu|2005|p=207}}", 2)
write("mediawiki/suleymaniye-tr.key.json", {
    "about": "Invented Turkish Wikipedia-style article on the Süleymaniye Mosque, written for the corpus. Real works "
             "cited with their data as remembered: Necipoğlu 2005, Necipoğlu-Kafadar 1985 (Muqarnas 3), Kuban 2007, "
             "Kuran 1986 and 1987, Goodwin 1971, Sâî Mustafa Çelebi ed. Develi 2002, UNESCO list 356. Invented: the "
             "news article and its site (Örnek Gazete, ornekgazete.com.tr), Denny 1999 'Points of view' in an "
             "invented 'Journal of Ceramic Heritage'; page numbers are illustrative. Planted: the Kaynakça entry "
             "Kuran 1986 (Mimar Sinan) is never cited by any sfn/harvnb.",
    "reader": "mediawiki",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [GOO71, KUB07, KUR86, KUR87, NEC05, NEC85, SAI02],
    "defects": [{"kind": "uncited-literature-entry", "line": L(M, "|başlık=Mimar Sinan |")}],
})


# 4. rst/tidewell-scipy -------------------------------------------------------------
# SciPy-proceedings-style paper: rst citations [Xyz00]_ and a hand-written `.. [Xyz00]`
# list (document order), two auto-numbered [#]_ footnotes defined after their paragraphs.
# A citation inside a code-block comment is not a citation.
M = "rst/tidewell-scipy/tidewell.rst"
T = {
    "Cal15": W(None, "Sea level measured by tide gauges from global oceans -- the Joint Archive for Sea Level "
               "holdings (NCEI Accession 0019568), Version 5.5", 2015, ["Caldwell", "Merrifield", "Thompson"],
               doi="10.7289/V5V40S7W"),
    "Cod11": W("report", "Unified tidal analysis and prediction using the UTide Matlab functions", 2011, ["Codiga"]),
    "Doo21": W("article", "The harmonic development of the tide-generating potential", 1921, ["Doodson"],
               doi="10.1098/rspa.1921.0088"),
    "For77": W("report", "Manual for tidal heights analysis and prediction", 1977, ["Foreman"]),
    "For09": W("article", "Versatile harmonic tidal analysis: improvements and applications", 2009,
               ["Foreman", "Cherniawsky", "Ballantyne"]),
    "Har20": W("article", "Array programming with NumPy", 2020, ["Harris", "Millman", "van der Walt"],
               doi="10.1038/s41586-020-2649-2"),
    "Hoy17": W("article", "xarray: N-D labeled arrays and datasets in Python", 2017, ["Hoyer", "Hamman"],
               doi="10.5334/jors.148"),
    "Mun66": W("article", "Tidal spectroscopy and prediction", 1966, ["Munk", "Cartwright"],
               doi="10.1098/rsta.1966.0024"),
    "Paw02": W("article", "Classical tidal harmonic analysis including error estimates in MATLAB using T_TIDE", 2002,
               ["Pawlowicz", "Beardsley", "Lentz"], doi="10.1016/S0098-3004(02)00013-4"),
    "Vir20": W("article", "SciPy 1.0: fundamental algorithms for scientific computing in Python", 2020,
               ["Virtanen", "Gommers", "Oliphant"], doi="10.1038/s41592-019-0686-2"),
    "1": {"kind": "web", "url": "https://github.com/fjordlab/tidewell"},
    "2": COMM,
}
cits = [
    ["Doo21", L(M, "[Doo21]_")],
    ["Mun66", L(M, "[Mun66]_", 1)],
    ["For77", L(M, "[For77]_")],
    ["For09", L(M, "[For09]_", 1)],
    ["Paw02", L(M, "[Paw02]_", 1)],
    ["Cod11", L(M, "[Cod11]_", 1)],
    ["Har20", L(M, "[Har20]_")],
    ["Hoy17", L(M, "[Hoy17]_")],
    ["1", L(M, "tidewell\\ [#]_")],
    ["Vir20", L(M, "[Vir20]_")],
    ["Paw02", L(M, "[Paw02]_", 2)],
    ["2", L(M, "hour.\\ [#]_")],
    ["Cal15", L(M, "[Cal15]_")],
    ["Cod11", L(M, "UTide [Cod11]_ run")],
    ["For09", L(M, "[For09]_", 2)],
    ["Paw02", L(M, "[Paw02]_", 3)],
    ["Mun66", L(M, "[Mun66]_", 2)],
]
write("rst/tidewell-scipy.key.json", {
    "about": "Invented English SciPy-proceedings-style paper on an invented tide-analysis package 'tidewell' "
             "(authors, Fjordlab, University of Gdynia institute, GitHub URL, video URL, results invented). Real "
             "works as remembered: Doodson 1921, Munk & Cartwright 1966, Foreman 1977, Foreman et al. 2009, "
             "Pawlowicz et al. 2002, Codiga 2011, Harris et al. 2020, Hoyer & Hamman 2017, Virtanen et al. 2020, "
             "Caldwell et al. 2015 (JASL). Planted: For09's DOI retyped with a comma (doi:10,1175/2008JTECHO615.1), "
             "a malformed identifier; its doi is not keyed.",
    "document": "tidewell-scipy/tidewell.rst",
    "reader": "rst",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("Cal15", "Cod11", "Doo21", "For77", "For09", "Har20", "Hoy17", "Mun66", "Paw02",
                                  "Vir20")],
    "defects": [{"kind": "malformed-field", "line": L(M, "doi:10,1175/2008JTECHO615.1")}],
})


# 5. org/sei-ageing -----------------------------------------------------------------
# Org paper draft (org-roam node) with org-ref v3 links ([[cite:&a;&b]], [[citep:…]],
# [[citet:…]], pre/post notes) and v2 links (citet:key, cite:key), bibliographystyle:unsrtnat
# (list in order of first citation), exported with elsarticle.  A `#` comment line and a src
# block (:exports none) holding cite links are not citations; a #+CAPTION cite is.
M = "org/sei-ageing/sei-ageing.org"
T = {
    "vetter2005": W("article", "Ageing mechanisms in lithium-ion batteries", 2005,
                    ["Vetter", "Novák", "Wagner", "Veit", "Möller", "Besenhard", "Winter", "Wohlfahrt-Mehrens",
                     "Vogler", "Hammouche"], doi="10.1016/j.jpowsour.2005.01.006"),
    "birkl2017": W("article", "Degradation diagnostics for lithium ion cells", 2017,
                   ["Birkl", "Roberts", "McTurk", "Bruce", "Howey"], doi="10.1016/j.jpowsour.2016.12.011"),
    "peled1979": W("article", "The Electrochemical Behavior of Alkali and Alkaline Earth Metals in Nonaqueous Battery "
                   "Systems—The Solid Electrolyte Interphase Model", 1979, ["Peled"], doi="10.1149/1.2128859"),
    "dubarry2012": W("article", "Synthesize battery degradation modes via a diagnostic and prognostic model", 2012,
                     ["Dubarry", "Truchot", "Liaw"], doi="10.1016/j.jpowsour.2012.07.016"),
    "waldmann2014": W("article", "Temperature dependent ageing mechanisms in Lithium-ion batteries – A Post-Mortem "
                      "study", 2014, ["Waldmann", "Wilka", "Kasper", "Fleischhammer", "Wohlfahrt-Mehrens"],
                      doi="10.1016/j.jpowsour.2014.03.112"),
    "severson2019": W("article", "Data-driven prediction of battery cycle life before capacity degradation", 2019,
                      ["Severson", "Attia", "Jin", "Perkins", "Jiang", "Yang", "Chen", "Aykol", "Herring",
                       "Fraggedakis", "Bazant", "Harris", "Chueh", "Braatz"], doi="10.1038/s41560-019-0356-8"),
    "attia2020": W("article", "Closed-loop optimization of fast-charging protocols for batteries with machine learning",
                   2020, ["Attia", "Grover", "Jin", "Severson", "Markov", "Liao", "Chen", "Cheong", "Perkins", "Yang",
                          "Herring", "Aykol", "Harris", "Braatz", "Ermon", "Chueh"], doi="10.1038/s41586-020-1994-5"),
    "doyle1993": W("article", "Modeling of Galvanostatic Charge and Discharge of the Lithium/Polymer/Insertion Cell",
                   1993, ["Doyle", "Fuller", "Newman"], doi="10.1149/1.2221597"),
    "sulzer2021": W("article", "Python Battery Mathematical Modelling (PyBaMM)", 2021,
                    ["Sulzer", "Marquis", "Timms", "Robinson", "Chapman"], doi="10.5334/jors.309"),
    "plett2015": W("book", "Battery Management Systems, Volume I: Battery Modeling", 2015, ["Plett"]),
    "1": COMM,
    "2": {"kind": "web", "url": "https://www.batteryarchive.org"},
}
cits = [
    ["vetter2005", L(M, "[[cite:&vetter2005;&birkl2017]]")],
    ["birkl2017", L(M, "[[cite:&vetter2005;&birkl2017]]")],
    ["peled1979", L(M, "citet:peled1979")],
    ["dubarry2012", L(M, "[[citep:&dubarry2012]]")],
    ["waldmann2014", L(M, "[[cite:&waldmann2014 Fig. 7]]")],
    ["1", L(M, "Fig. 7]].[fn:1]")],
    ["severson2019", L(M, "[[citep:see;&severson2019;&attia2020]]")],
    ["attia2020", L(M, "[[citep:see;&severson2019;&attia2020]]")],
    ["2", L(M, "data statement.[fn:2]")],
    ["doyle1993", L(M, "[[citet:&doyle1993]]")],
    ["sulzer2021", L(M, "[[cite:&sulzer2021]]. Parameters")],
    ["plett2015", L(M, "[[cite:&plett2015 ch. 3]]")],
    ["dubarry2012", L(M, "#+CAPTION:")],
    ["peled1979", L(M, "[[cite:&peled1979;&vetter2005]]")],
    ["vetter2005", L(M, "[[cite:&peled1979;&vetter2005]]")],
    ["waldmann2014", L(M, "evidence of cite:waldmann2014")],
    ["severson2019", L(M, "[[citet:&severson2019]]")],
    ["birkl2017", L(M, "model in [[cite:&birkl2017]]")],
]
write("org/sei-ageing.key.json", {
    "about": "Invented English Org paper draft (org-roam node, org-ref v3/v2 links, elsarticle export) on SEI growth "
             "and lithium plating; authors, cells, test matrix and results invented. Real works as remembered: "
             "Vetter et al. 2005, Birkl et al. 2017, Peled 1979, Dubarry et al. 2012, Waldmann et al. 2014, Severson "
             "et al. 2019, Attia et al. 2020, Doyle et al. 1993, Sulzer et al. 2021, Plett 2015, Battery Archive. "
             "keil2016 appears only in a comment and is not in refs.bib.",
    "document": "sei-ageing/sei-ageing.org",
    "reader": "org",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("vetter2005", "birkl2017", "peled1979", "dubarry2012", "waldmann2014",
                                  "severson2019", "attia2020", "doyle1993", "sulzer2021", "plett2015")],
})


# 6. markdown-links/povoden-1997-cs -------------------------------------------------
# A Czech Substack post clipped to Markdown (MarkDownload front matter, Substack furniture):
# body links cite their sentence (L1… per distinct URL, fields: the URL); Substack's notes
# are `[n](…#footnote-n)` markers with `[n](…#footnote-anchor-n)` paragraphs before each note
# text.  Not citations: the logo, images, Share/comment links, the link to the author's own
# earlier post on the same site, the signup and Privacy/Terms footer.
M = "markdown-links/povoden-1997-cs.md"
U = ["https://en.wikipedia.org/wiki/1997_Central_European_flood", "https://hydro.chmi.cz/hpps/",
     "https://www.povis.cz/", "https://doi.org/10.1016/j.jhydrol.2009.06.005", "https://www.efas.eu/",
     "https://www.zpravyzmoravy.example.cz/zlinsky-kraj/rozhovor-povodne-pravdepodobnost-2023",
     "https://doi.org/10.1038/s41586-019-1495-6"]
T = {f"L{i}": {"url": u} for i, u in enumerate(U, 1)}
T["1"] = W("report", "Vyhodnocení katastrofální povodně v červenci 1997", 1998)
T["2"] = W("book", "Historické a současné povodně v České republice", 2005, ["Brázdil"])
T["3"] = COMM
cits = [
    ["1", L(M, "#footnote-1)")],
    ["L1", L(M, U[0])],
    ["2", L(M, "#footnote-2)")],
    ["L2", L(M, U[1])],
    ["L3", L(M, U[2])],
    ["L4", L(M, U[3])],
    ["L5", L(M, U[4])],
    ["L6", L(M, U[5])],
    ["L7", L(M, U[6])],
    ["3", L(M, "#footnote-3)")],
]
write("markdown-links/povoden-1997-cs.key.json", {
    "about": "Invented Czech Substack post ('Vodní paměť', author Jana Koutná, its URLs, the Zlín interview and the "
             "zpravyzmoravy.example.cz site, Petr Vrána are invented) on the 1997 Moravian flood and flood "
             "forecasting. Real sources as remembered: en.wikipedia 1997 Central European flood, ČHMÚ HPPS and "
             "POVIS sites, EFAS, Cloke & Pappenberger 2009 (J. Hydrol.), Blöschl et al. 2019 (Nature), Brázdil et "
             "al. 2005; the ČHMÚ 1998 evaluation report's exact title is as remembered. Clean.",
    "reader": "markdown-links",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [],
})
