import sys; sys.path.insert(0, "../..")
import mk
A, B, R = "article", "book", "report"
E = [
 (1, dict(title="Loi n° 2013-1278 du 29 décembre 2013 de finances pour 2014, article 32", year=2013, url="https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028400794")),
 (2, dict(authors=["Pigou"], title="The Economics of Welfare", year=1920, kind=B)),
 (3, dict(authors=["Stern"], title="The Economics of Climate Change: The Stern Review", year=2007, kind=B)),
 (4, dict(authors=["Quinet"], title="La valeur de l'action pour le climat : une valeur tutélaire du carbone pour évaluer les investissements et les politiques publiques", year=2019, url="https://www.strategie.gouv.fr/publications/de-laction-climat")),
 (5, dict(authors=["Pottier"], year=2016)),
 (6, dict(authors=["Rocard"], title="Rapport de la conférence des experts et de la table ronde sur la contribution Climat et Énergie", year=2009, kind=R)),
 (7, dict(title="Décision n° 2009-599 DC du 29 décembre 2009", year=2009, url="https://www.conseil-constitutionnel.fr/decision/2009/2009599DC.htm")),
 (8, dict(title="La fiscalité environnementale au défi de l'urgence climatique", year=2019, url="https://www.ccomptes.fr/fr/publications/la-fiscalite-environnementale-au-defi-de-lurgence-climatique")),
 (9, dict(authors=["Douenne", "Fabre"], title="Yellow Vests, Pessimistic Beliefs, and Carbon Tax Aversion", year=2022, doi="10.1257/pol.20200092", kind=A)),
 (10, dict(authors=["Carattini", "Carvalho", "Fankhauser"], title="Overcoming public resistance to carbon taxes", year=2018, doi="10.1002/wcc.531", kind=A)),
 (11, dict(authors=["Berry"], title="The distributional effects of a carbon tax and its impact on fuel poverty: A microsimulation study in the French context", year=2019, doi="10.1016/j.enpol.2018.09.021", kind=A)),
 (12, dict(authors=["Pottier"], year=2016)),
 (13, dict(title="Directive (UE) 2023/959 du Parlement européen et du Conseil du 10 mai 2023", year=2023, url="https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32023L0959")),
 (14, dict(authors=["Vasseur"], title="Taxe carbone : le retour impossible ?", year=2023, kind=A)),
]
head = {
 "about": "A French Wikipedia-style article written for the corpus on the French carbon tax (contribution climat-énergie): {{Infobox Impôt}}, {{Lien web}} / {{Ouvrage}} / {{Article}} with French parameters (auteur1, lien auteur1, titre, périodique, volume, numéro, année, pages, éditeur, lieu, lire en ligne, consulté le, doi), named refs reused with <ref name=\"…\" /> (lf2014, cour2019, quinet2019, douenne2022), two {{harvsp|Pottier|2016|p=…}} notes pointing at the Bibliographie (keyed by author and year only), a wikitable of tax rates, {{Références|colonnes=2}}, a Bibliographie of two {{Ouvrage}} (one cited by harvsp, one not cited: further reading), articles connexes, an external link, portal and categories. Notes numbered as MediaWiki prints them (order of first use). Invented: note 14 (Hélène Vasseur, 'La Revue de l'énergie publique'); the Légifrance JORFTEXT id and the France Stratégie URL are as remembered; other works real with their data as remembered. Statutes, decisions, the directive and the Cour des comptes report (corporate author) keyed without authors and kind. Clean.",
 "document": "article.wiki",
 "reader": "mediawiki",
 "clean": True,
}
mk.write("meta.json", head, E, lit=False)
import json
m = json.load(open("meta.json", encoding="utf-8"))
m["literature"] = [
 dict(authors=["Pottier"], title="Comment les économistes réchauffent la planète", year=2016, kind=B),
 dict(authors=["Chancel"], title="Insoutenables inégalités : pour une justice sociale et environnementale", year=2017, kind=B),
]
open("meta.json", "w", encoding="utf-8").write(json.dumps(m, ensure_ascii=False, indent=1) + "\n")
