import json
A, B, R = "article", "book", "report"
sdg7 = dict(title="Tracking SDG 7: The Energy Progress Report 2023", year=2023, kind=R)
ansd = dict(title="Enquête harmonisée sur les conditions de vie des ménages (EHCVM) 2018-2019 : rapport final", year=2021, kind=R)
loi = dict(title="Loi n° 2021-31 du 9 juillet 2021 portant Code de l'électricité", year=2021)
lee = dict(authors=["Lee", "Miguel", "Wolfram"], title="Experimental Evidence on the Economics of Rural Electrification", year=2020, doi="10.1086/705417", kind=A)
bernard = dict(authors=["Bernard"], title="Impact Analysis of Rural Electrification Projects in Sub-Saharan Africa", year=2012, kind=A)
grimm = dict(authors=["Grimm", "Munyehirwe", "Peters", "Sievert"], title="A First Step up the Energy Ladder? Low Cost Solar Kits and Household's Welfare in Rural Rwanda", year=2017, kind=A)
akrich = dict(authors=["Akrich"], title="Comment décrire les objets techniques ?", year=1987, kind=A)
gogla = dict(title="Off-Grid Solar Market Trends Report 2022", year=2022, url="https://www.esmap.org/Off-Grid_Solar_Market_Trends_Report_2022", kind=R)
diop = dict(authors=["Diop", "Faye"], title="Kits solaires et paiement à l'usage dans le bassin arachidier", year=2023, kind=A)
ferguson = dict(authors=["Ferguson"], title="The Anti-Politics Machine: \"Development\", Depoliticization, and Bureaucratic Power in Lesotho", year=1990, kind=B)
ods = dict(authors=["Olivier de Sardan"], title="Anthropologie et développement : essai en socio-anthropologie du changement social", year=1995, kind=B)
notes = {"1": sdg7, "2": ansd, "3": loi, "4": lee, "5": lee, "6": bernard, "7": grimm, "8": lee,
         "9": akrich, "10": dict(kind="commentary"), "11": bernard, "12": gogla, "13": akrich, "14": akrich,
         "15": diop, "16": diop, "17": ferguson, "18": ods, "19": ferguson, "20": ods, "21": sdg7}
lit = [akrich, ansd, sdg7, bernard, diop, ferguson, gogla, grimm,
       {k: v for k, v in lee.items() if k != "doi"}, ods]
meta = {
 "about": "An invented development agency's thematic evaluation report in French (Agence sahélienne de coopération technique, the survey of 640 households, its figures and regions' rates are invented) on off-grid solar home systems in rural Senegal, as a Word document with footnotes in French humanities style: « guillemets », *Ibid.*, *Ibid.*, p. 97-99, art. cit., *op. cit.*, p. 12-14, vol. / n°, consulté le 3 mai 2024, a hyperlink field in two notes, a law, a corporate report, a commentary note on interviews; a four-column table whose cells hold percentages in parentheses (no citations), an automatically numbered recommendations list (one item with a footnote), and a Bibliographie of 10 entries in the Bibliography paragraph style (SURNAME Given, …). Invented: the agency, the report and note 15/16's article (Diop and Faye, Revue d'économie du développement 2023); the other works are real with their data as remembered (the Senegal electricity code's number and date, the ESMAP URL as remembered). Notes repeating a work (Ibid., art. cit., op. cit.) keyed with the fields of that work; corporate authors (Banque mondiale, ANSD, GOGLA) and the law not keyed with authors; reports keyed report when the title says report or rapport. Lines are body paragraph numbers. Clean.",
 "document": "electrification-solaire-senegal.docx",
 "reader": "docx",
 "lang": "fr-FR",
 "title": "L'électrification hors réseau des ménages ruraux au Sénégal",
 "creator": "Division Énergie et Climat",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
open("meta.json", "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
