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
