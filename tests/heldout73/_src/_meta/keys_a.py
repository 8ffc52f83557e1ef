"""Writes the meta.json of heldout73 half A's documents (latex, html, plaintext, org, bibtex).
Round 86's theme: agriculture, food and rural development; law and legal history.  Half A:
agriculture, food and rural development, one sub-field per document (viticulture and cotton in
Azerbaijan, farming in Andhra Pradesh and Telangana, food security and nutrition statistics,
agriculture in Brittany, agriculture in northern Nigeria).  Labels and lines come from the ⟦label⟧
annotations in the sources, checked on the built files by check_a.py; fields are given here by
hand.  Conventions: see ../../README.md, "Half A".  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout73 uzum-pambiq-az cheruvulu-rythu-te food-security-stats-en labour-douar-breizh-br noma-arewa-ha
  /work/main/.venv/bin/python tests/heldout73/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: Azerbaijani, viticulture and cotton; biblatex numeric, sorting=none, one \input ----
tx = {
 "ssk2023": dict(title="Azərbaycanın kənd təsərrüfatı: statistik məcmuə", year=2023, kind=R),
 "mammadov2018": dict(authors=["Məmmədov", "Hüseynova"], title="Şamaxı bölgəsində üzümçülüyün inkişaf mərhələləri: 1970–2015-ci illər", year=2018, doi="10.99999/amea.2018.73.2.45", kind=A),
 "white1996": dict(authors=["White"], title="Russia Goes Dry: Alcohol, State and Society", year=1996, kind=B),
 "arxiv-411": dict(title="Şamaxı rayon üzümçülük trestinin 1986-cı il üzrə illik hesabatı", kind=U),
 "xalq1987": dict(authors=["Qasımov"], title="Bağlar və ayıq həyat", year=1987, kind=A),
 "aliyeva2015": dict(authors=["Əliyeva"], title="Sovet dövründə Azərbaycan şərabçılığı və 1985-ci il kampaniyası", year=2015, kind=CH),
 "torpaq1996": dict(title="Torpaq islahatı haqqında Azərbaycan Respublikasının Qanunu", year=1996, kind=R),
 "lerman2010": dict(authors=["Lerman", "Sedik"], title="Rural Transition in Azerbaijan", year=2010, kind=B),
 "fao2019": dict(title="Smallholders and Family Farms in Azerbaijan: Country Study Report 2019", year=2019, url="https://www.fao.org/3/ca5843en/ca5843en.pdf", kind=R),
 "pambiq2017": dict(title="Azərbaycan Respublikasında pambıqçılığın inkişafına dair 2017–2022-ci illər üçün Dövlət Proqramı", year=2017, kind=R),
 "kttn-pambiq": dict(title="Pambıqçılıq: dövlət proqramının icrası", url="https://agro.example.org/az/pambiqciliq", kind=W),
 "hasanov2021": dict(authors=["Hasanov", "Bakker"], title="White gold again? State procurement and the cotton revival in post-Soviet Azerbaijan", year=2021, doi="10.99999/joac.12401", kind=A),
 "quliyev2014": dict(authors=["Quliyev"], title="Gəncə–Qazax bölgəsində pambıqçılığın aqroekoloji əsasları", year=2014, kind=T),
 "ismayilova2020": dict(authors=["İsmayılova", "Babayev"], title="Şoranlaşmış torpaqlarda pambığın məhsuldarlığı: Samux rayonunda sahə təcrübəsi", year=2020, kind=A),
 "baglar2024": dict(authors=["Əlizadə", "Kərimli"], title="Şamaxı və İsmayıllı rayonlarının üzüm bağları: rəqəmsal xəritə", year=2024, doi="10.99999/zenodo.14022316", kind=W),
}
# sorting=none: the cited entries in order of first citation, the \input file where it stands
TX_ORDER = ["ssk2023", "mammadov2018", "white1996", "arxiv-411", "xalq1987", "aliyeva2015", "torpaq1996",
            "lerman2010", "fao2019", "pambiq2017", "kttn-pambiq", "hasanov2021", "quliyev2014", "ismayilova2020",
            "baglar2024"]
put("latex", "uzum-pambiq-az", {
 "about": "An invented Azerbaijani (Latin script) article on viticulture and cotton in Azerbaijan, 1985–2022: the 1985 anti-alcohol campaign and the vineyards of Shamakhi, the 1996 Law on Land Reform, the cotton revival and the State Programme 2017–2022. LaTeX: article class, fontspec, babel azerbaijani, csquotes, biblatex style=numeric with sorting=none (biber), \\addbibresource{edebiyyat.bib}, \\printbibliography[title={Ədəbiyyat}]; \\cite{k}, \\cite[45--52]{k}, \\cite[bax:][89--104]{k}, \\cite[bax həmçinin][]{k}, \\cite[sh.~2]{k}, \\cite[maddə~4 və 12]{k}, \\cite[fəsil~2]{k}, \\cite[bölmə~3]{k}, \\cite{a,b} (two pairs), 'bax:~\\cite{a,b}'; labels are the .bib keys (numeric, in-text, not footnotes); a \\thanks with an e-mail address; section 3 in bolmeler/pambiq.tex by \\input (pairs keyed at their lines in that file, after the main file's in the key); a % TODO comment without a citation. edebiyyat.bib (biblatex): @report with a braced corporate author and type (the State Statistical Committee's yearbook; the FAO country study with url), @article with journaltitle (AMEA Xəbərləri, a newspaper article in Xalq qəzeti with a full date, the Journal of Agrarian Change with a DOI as a https://doi.org/ URL keyed bare, the Agrarian University's Elmi Əsərləri), @book, @incollection with an editor (not keyed), @legislation (the 1996 law with its number 155-IQ; the 2017 State Programme, approved by presidential order: report), @unpublished archival report (braced corporate author, fond/siyahı/iş in note; no year: unknown), @online with urldate (web, no year), @thesis with type, @dataset with version (web). Real works with data as remembered: White, Russia Goes Dry (CUP 1996), Lerman and Sedik, Rural Transition in Azerbaijan (Lexington 2010), the Law on Land Reform of 16 July 1996 (number as remembered), the State Programme on cotton 2017–2022 (order date as remembered), FAO's Smallholders and Family Farms in Azerbaijan country study (2019; URL as remembered, possibly off), the State Statistical Committee's agricultural yearbook (title as remembered). Invented: the author Nərmin Əlizadə and her address (adau.example.net), Məmmədov and Hüseynova's AMEA article (DOI 10.99999/amea.2018.73.2.45), Qasımov's newspaper article, Əliyeva's chapter and the volume 'Azərbaycanın aqrar tarixi: XX əsr' with its editor Tofiq Nəsibov, the archival report and its fond number, Hasanov and Bakker's article (DOI 10.99999/joac.12401), Quliyev's dissertation, İsmayılova and Babayev's article, the ministry page (agro.example.org), the vineyard map data set (DOI 10.99999/zenodo.14022316), all figures, rzayev2009. Planted: \\cite{rzayev2009} cites a key with no edebiyyat.bib entry: missing-literature-entry at its line (keyed as a pair, no note); every entry is cited. The literature is the cited entries in order of first citation.",
 "document": "uzumculuk.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: Telugu, farming in Andhra Pradesh and Telangana; web article with 19 endnotes ----
rythu = dict(title="రైతు బంధు పథకం (వ్యవసాయ పెట్టుబడి మద్దతు పథకం): మార్గదర్శకాలు", year=2018, kind=R)
reddy = dict(authors=["రెడ్డి"], title="రైతు బంధు నగదు బదిలీ, కౌలు రైతులు: నల్లగొండ జిల్లాలోని మూడు గ్రామాల అధ్యయనం", year=2020, doi="10.99999/ga.2020.14.2.33", kind=A)
vaid = dict(authors=["Vaidyanathan"], title="Tanks of South India", year=2001, kind=B)
tso = dict(title="Telangana Socio Economic Outlook 2023", year=2023, kind=R)
hn = {
 "1": dict(authors=["Walker", "Ryan"], title="Village and Household Economies in India's Semi-arid Tropics", year=1990, kind=B),
 "2": dict(title="District Level Database for India: Andhra Pradesh and Telangana", year=2022, url="http://data.icrisat.org/dld/", kind=W),
 "3": rythu,
 "4": rythu,
 "5": reddy,
 "6": dict(title="మిషన్ కాకతీయ: చిన్న నీటిపారుదల చెరువుల పునరుద్ధరణ", url="https://missionkakatiya.example.org/about", kind=W),
 "7": dict(authors=["Chandrasekhar", "Holt"], title="Restoring tanks, recharging wells: Mission Kakatiya and groundwater in Telangana", year=2021, doi="10.99999/j.worlddev.2021.105512", kind=A),
 "8": vaid,
 "9": dict(title="NABARD All India Rural Financial Inclusion Survey 2016–17", year=2018, kind=R),
 "10": reddy,
 "11": dict(title="ఆంధ్రప్రదేశ్ రైతుల నీటిపారుదల వ్యవస్థల నిర్వహణ చట్టం", year=1997, kind=R),
 "12": dict(authors=["నాయుడు"], title="అనంతపురం జిల్లాలో వేరుశనగ సాగు: కరువు, అప్పులు, పంట మార్పిడి", year=2016, url="https://shodh.example.org/handle/10603/188420", kind=T),
 "13": dict(title="అనంతలో తగ్గుముఖం పట్టిన వేరుశనగ సాగు", year=2019, kind=A),
 "14": dict(title="Agrarian Crisis in India", year=2009, kind=B),
 "15": tso,
 "16": tso,
 "17": dict(authors=["రావు"], title="వర్షాధార వ్యవసాయంపై ఇక్రిశాట్ గ్రామ అధ్యయనాలు: ఐదు దశాబ్దాల అనుభవం", year=2017, kind=CH),
 "18": dict(title="Integrated Management of Groundnut in the Anantapur Region", year=2012, kind=R),
 "19": vaid,
}
put("html", "cheruvulu-rythu-te", {
 "about": "An invented Telugu web article of an invented rural studies forum in Hyderabad (గ్రామీణ అధ్యయన వేదిక) on farming in Andhra Pradesh and Telangana: ICRISAT's village studies at Patancheru, the Rythu Bandhu scheme and tenant farmers, tank irrigation and Mission Kakatiya, rural credit, groundnut in Anantapur. Site header and navigation, breadcrumbs, a byline with two authors, a figure whose caption refers to note 7 in words (no marker), 19 superscript endnote markers <sup><a href=\"#nota-N\" id=\"ref-N\">N</a></sup> (ASCII digits), an ordered list 'వివరణలు, ఆధారాలు' with back-links ↩, a footer. Notes in Telugu for Telugu works (family name first and inverted: 'రెడ్డి, కొండా శ్రీనివాస', italics for books and reports, \"\" for articles, chapters and theses, పు. for pages, సంపా. for editors, సం. for issue, 'చూసిన తేదీ:' for the access date) and in English for English-language works; 'అదే' (ibid.: note 4 keyed as note 3, note 16 as note 15) and 'పూర్వోక్త' (op. cit.: note 10 as note 5, note 19 as note 8). Kinds: the Rythu Bandhu guidelines (G.O. number no part of the title), NABARD's survey report, the Telangana Socio Economic Outlook, ICRISAT's information bulletin and the 1997 act report (corporate authors and issuing bodies not keyed; the act's ', 1997' after its name is its year, not part of the title, round 84); monographs and the editor-only volume (editors Reddy and Mishra not keyed) book; a chapter in an edited volume (editor శర్మ not keyed); a Ph.D. thesis; a newspaper article with no author (article); the ICRISAT data set with [డేటాసెట్] and its version (web; neither part of the title); the Mission Kakatiya page web (no year: access date only). DOIs as doi: and https://doi.org/ keyed bare. Real works with data as remembered: Walker and Ryan 1990, Vaidyanathan's Tanks of South India (CSE 2001), NABARD's NAFIS 2016–17 (2018), Reddy and Mishra (eds.) 2009, the Telangana Socio Economic Outlook 2023, ICRISAT's District Level Database (title, version and year as given here, possibly off), the Rythu Bandhu guidelines (G.O. number as given here, possibly off), the Andhra Pradesh Farmers' Management of Irrigation Systems Act 1997 (Telugu title and act number as given here). Invented: the forum and its site, the authors పద్మజ వెలగపూడి and అరుణ్ కుమార్ గుంటుపల్లి, the Mission Kakatiya page address (missionkakatiya.example.org), కొండా శ్రీనివాస రెడ్డి's article and the journal గ్రామీణ అధ్యయనాలు (DOI 10.99999/ga.2020.14.2.33), Pallavi Chandrasekhar and Jonathan Holt's World Development article (DOI 10.99999/j.worlddev.2021.105512), బొమ్మిరెడ్డి లక్ష్మి నాయుడు's thesis (shodh.example.org), the Eenadu article, చింతల వెంకటేశ్వర రావు's chapter and the volume with its editor కె. సుధీర్ శర్మ, ICRISAT Information Bulletin no. 92, all figures. Clean. No literature list: the endnotes are the notes by number.",
 "document": "cheruvulu.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: English, food security and nutrition statistics; numbered notes + reference list ----
P = {
 "barrett": dict(authors=["Barrett"], title="Measuring food insecurity", year=2010, doi="10.1126/science.1182768", kind=A),
 "cafiero": dict(authors=["Cafiero", "Viviani", "Nord"], title="Food security measurement in a global context: The food insecurity experience scale", year=2018, doi="10.1016/j.measurement.2017.10.065", kind=A),
 "codex": dict(title="General Standard for Contaminants and Toxins in Food and Feed", year=1995, kind=R),
 "faostat": dict(title="FAOSTAT: Food Balances (2010-)", year=2025, url="https://www.fao.org/faostat/en/#data/FBS", kind=W),
 "sofi": dict(title="The State of Food Security and Nutrition in the World 2023: Urbanization, Agrifood Systems Transformation and Healthy Diets across the Rural-Urban Continuum", year=2023, doi="10.4060/cc3017en", kind=R),
 "headey": dict(authors=["Headey", "Ecker"], title="Rethinking the measurement of food security: from first principles to best practice", year=2013, doi="10.1007/s12571-013-0253-0", kind=A),
 "ipc": dict(title="Integrated Food Security Phase Classification: Technical Manual, version 3.1", year=2021, kind=R),
 "kimani": dict(authors=["Kimani", "Oduya"], title="Reconciling food balance sheets with household consumption surveys in East Africa", year=2022, kind=CH),
 "maxwell": dict(authors=["Maxwell", "Caldwell"], title="The Coping Strategies Index: Field Methods Manual", year=2008, kind=R),
 "moreau": dict(authors=["Moreau", "Banda"], title="Food composition tables and the measurement of micronutrient adequacy in sub-Saharan Africa", year=2020, doi="10.99999/j.foodpol.2020.101934", kind=A),
 "ihs5": dict(title="Malawi Fifth Integrated Household Survey 2019-2020", year=2021, url="https://microdata.worldbank.org/index.php/catalog/3818", kind=W),
 "okonkwo": dict(authors=["Okonkwo", "Lindqvist", "Haddad"], title="Calorie Adequacy from Survey Microdata: A Sensitivity Analysis of Conversion Factors", year=2023, kind=R),
 "sen": dict(authors=["Sen"], title="Poverty and Famines: An Essay on Entitlement and Deprivation", year=1981, kind=B),
 "smith": dict(authors=["Smith", "Subandoro"], title="Measuring Food Security Using Household Expenditure Surveys", year=2007, kind=R),
 "usda": dict(title="FoodData Central", year=2019, url="https://fdc.nal.usda.gov/", kind=W),
 "vargas": dict(authors=["Vargas-Ortiz"], title="Seasonality of household food insecurity in Malawi: evidence from panel surveys", year=2024, kind=T),
 "wfp": dict(title="Consolidated Approach for Reporting Indicators of Food Security (CARI): Technical Guidance Note", year=2021, kind=R),
}
PT_NOTES = ["sofi", "faostat", "cafiero", "cafiero", "ipc", "sen", "headey", "ihs5", "smith", "usda", "moreau", "codex",
            "kimani", "cafiero", "okonkwo", "barrett", "wfp", "vargas", "ipc", "sen"]
PT_LIT = ["barrett", "cafiero", "codex", "faostat", "sofi", "headey", "ipc", "kimani", "maxwell", "moreau", "ihs5",
          "okonkwo", "sen", "smith", "usda", "vargas", "wfp"]
put("plaintext", "food-security-stats-en", {
 "about": "An invented English methods note of an invented statistics centre (Eastfield Centre for Food and Nutrition Statistics, Methods Note 2025/07, a draft for comment) on what the main food security statistics measure: the prevalence of undernourishment and food balance sheets, the Food Insecurity Experience Scale, the IPC phase classification, household survey microdata and food composition tables, Codex maximum levels. A title block with a contact address (ecfns.example.org), rules of = and -, numbered sections and paragraphs (1.1 …), note markers [n] after punctuation (one before a comma); NOTES numbered 1-20 with wrapped lines indented (Chicago notes: full first notes, short notes 14, 19, 20 keyed as notes 3, 5, 6, 'Ibid.' note 4 keyed as note 3); a REFERENCES list in Harvard author-date form, alphabetical, hanging indents, corporate authors as printed. Kinds: SOFI 2023, the IPC manual, the Codex standard (CXS 193-1995 no part of the title), IFPRI's technical guide, a World Bank Policy Research Working Paper (number no part of the title), WFP's CARI guidance note and CARE's Coping Strategies Index manual report (corporate authors not keyed); Sen's monograph book; journal articles article; a chapter in an edited volume (editor Sørensen not keyed); a PhD thesis; the FAOSTAT domain, the Malawi IHS5 microdata ([data set], [microdata], releases and versions no part of the title) and FoodData Central web, with the year printed. DOIs as doi: and https://doi.org/ keyed bare. Real works with data as remembered: SOFI 2023 (DOI as remembered), FAOSTAT Food Balances, Cafiero, Viviani and Nord 2018 (Measurement), the IPC Technical Manual version 3.1 (2021), Sen 1981, Headey and Ecker 2013 (Food Security), Malawi's IHS5 2019-2020 (catalogue number and version as given here, possibly off), Smith and Subandoro 2007, USDA FoodData Central (2019), the Codex General Standard for Contaminants and Toxins (CXS 193-1995), Barrett 2010 (Science), WFP's CARI guidance (2021, edition as remembered), Maxwell and Caldwell 2008. Invented: the centre, its note and address, Claire Moreau and Esther Banda's Food Policy article (DOI 10.99999/j.foodpol.2020.101934), Joseph W. Kimani and Patricia Oduya's chapter and the volume 'Measuring Hunger: Data, Methods and Politics' with its editor Lise Sørensen, Adaeze Okonkwo, Erik Lindqvist and Tarek Haddad's working paper and its number, María Vargas-Ortiz's thesis and the University of Eastfield, all figures not from SOFI. Planted: the reference Maxwell and Caldwell 2008 is cited in no note: uncited-literature-entry at its first line. The notes are the 20 notes by number; the literature is the reference list in printed order.",
 "document": "fsn-methods-note.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): P[k] for i, k in enumerate(PT_NOTES)},
 "literature": [P[k] for k in PT_LIT],
})

# ---- org: Breton, agriculture in Brittany; org-cite with csl chicago-author-date.csl ----
og = {
 "canevet1992": dict(authors=["Canévet"], title="Le modèle agricole breton: histoire et géographie d'une révolution agro-alimentaire", year=1992, kind=B),
 "mendras1967": dict(authors=["Mendras"], title="La fin des paysans: innovations et changement dans l'agriculture française", year=1967, kind=B),
 "ad29-landerne": dict(title="Procès-verbaux du conseil d'administration de l'Office central de Landerneau, 1946–1952", kind=U),
 "morvan2012": dict(authors=["Morvan"], title="Les coopératives du Centre-Bretagne, de la Libération aux grandes fusions", year=2012, kind=CH),
 "jaouen2008": dict(authors=["Jaouen"], title="Labourat an douar e Kreiz Breizh goude ar brezel: testenioù kouerien", year=2008, kind=A),
 "agreste2024": dict(title="Mémento de la statistique agricole: Bretagne 2024", year=2024, kind=R),
 "recensement2020": dict(title="Recensement agricole 2020: les exploitations bretonnes en chiffres", url="https://bretagne.agreste.example.org/ra2020/chiffres", kind=W),
 "legoff2022": dict(authors=["Le Goff", "Riou"], title="Nitrogen surpluses and green tides: thirty years of catchment monitoring in Brittany", year=2022, doi="10.99999/j.agsy.2022.103410", kind=A),
 "directive1991": dict(title="Directive 91/676/CEE du Conseil du 12 décembre 1991 concernant la protection des eaux contre la pollution par les nitrates à partir de sources agricoles", year=1991, kind=R),
 "chambre2019": dict(title="Guide de la fertilisation azotée en Bretagne", year=2019, kind=R),
 "flux-azote2024": dict(authors=["Riou", "Pennec"], title="Flux d'azote des rivières bretonnes, 1990–2023", year=2024, doi="10.99999/data.inrae.2024.118", kind=W),
 "guillou2016": dict(authors=["Guillou"], title="Les algues vertes en Bretagne: une controverse scientifique et politique (1971–2011)", year=2016, url="https://theses.example.org/2016REN20031", kind=T),
 "tanguy2019": dict(authors=["Tanguy"], title="Algues vertes: la baie de Saint-Brieuc ferme trois plages", year=2019, kind=A),
 "leraud2019": dict(authors=["Léraud", "Van Hove"], title="Algues vertes: l'histoire interdite", year=2019, kind=B),
 "cgedd2021": dict(title="Évaluation du plan de lutte contre les algues vertes 2017–2021", year=2021, kind=R),
}
# chicago-author-date: author (a braced corporate author by its name), else title; then year (undated last), then title; accents folded
OG_ORDER = ["agreste2024", "recensement2020", "ad29-landerne", "canevet1992", "chambre2019", "cgedd2021",
            "directive1991", "guillou2016", "jaouen2008", "legoff2022", "leraud2019", "mendras1967", "morvan2012",
            "flux-azote2024", "tanguy2019"]
put("org", "labour-douar-breizh-br", {
 "about": "An invented Breton article on agriculture in Brittany after 1950: the post-war pig, poultry and dairy model, the cooperatives of Kreiz Breizh and Landerneau, Agreste statistics, the green-algae tides, the nitrate directive and the Chambre d'agriculture's advice, the 2017–2021 plan. Org mode with #+language: br, #+bibliography: levrlenn.bib, #+cite_export: csl chicago-author-date.csl (not in the folder), #+print_bibliography:; [cite:@k p. 45-78], [cite/t:@k p. 11], [cite/t:@k], [cite:@k ster 5], [cite:@k pennad 3], [cite:gwelout ivez @k], [cite:@a p. 203; @b p. 112], [cite:@a; @b p. 290] (two pairs each), two on a #+caption: line of a table; a :noexport: working-notes subtree with no citations. levrlenn.bib (biblatex types): @book, @article (journal; an Agricultural Systems article with a bare DOI; a Breton-language article in Brud Nevez; an Ouest-France newspaper article with a full date), @incollection with an editor (not keyed), @report with braced corporate authors (Agreste Bretagne's mémento, the Chambre régionale's guide, the CGEDD evaluation with its number: corporate authors not keyed), @legislation for the nitrate directive (report), @online with urldate (web, no year), @dataset with version (web), @thesis with type and url, @unpublished archival item with a braced corporate author and the cote in note (unknown, no year). Real works with data as remembered: Canévet 1992 (subtitle and publisher as remembered), Mendras, La fin des paysans (SEDEIS 1967; subtitle as remembered), Directive 91/676/EEC (French title as remembered), Léraud and Van Hove's Algues vertes, l'histoire interdite (2019; publisher as remembered), the CGEDD evaluation of the plan de lutte contre les algues vertes (title, number and year as given here, possibly off), Agreste Bretagne's Mémento (title as given here). Invented: the author Katell Derrien, Anna Morvan's chapter and the volume 'Histoire de l'agriculture bretonne au XXe siècle' with its editor Yves Le Bihan, Yann Jaouen's Brud Nevez article, Gwenaël Le Goff and Maëlle Riou's article (DOI 10.99999/j.agsy.2022.103410), Riou and Loïc Pennec's data set (DOI 10.99999/data.inrae.2024.118), Soazig Guillou's thesis (theses.example.org), Erwan Tanguy's newspaper article, the Chambre régionale's guide, the census page address (bretagne.agreste.example.org), the Landerneau minutes and their cote, the table's figures. Clean: every entry cited, every cited key an entry. The literature is the cited entries in chicago-author-date order: author (a braced corporate author by its name, else the title), year (an undated entry after dated ones of the same author), title; accents folded, Le Goff under L.",
 "document": "bezhin-glas.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Hausa, agriculture in northern Nigeria; a JabRef-kept BibTeX library ----
gb = [
 dict(authors=["Hogendorn"], title="Nigerian Groundnut Exports: Origins and Early Development", year=1978, kind=B),
 dict(authors=["Hill"], title="Rural Hausa: A Village and a Setting", year=1972, kind=B),
 dict(authors=["Watts"], title="Silent Violence: Food, Famine and Peasantry in Northern Nigeria", year=1983, kind=B),
 dict(authors=["Mortimore"], title="Adapting to Drought: Farmers, Famines and Desertification in West Africa", year=1989, kind=B),
 dict(title="Land Use Act", year=1978, kind=R),
 dict(title="Anchor Borrowers' Programme Guidelines", year=2016, kind=R),
 dict(title="Country Programming Framework for the Federal Republic of Nigeria 2018–2022", year=2018, kind=R),
 dict(title="Report of the Cropping Scheme Meeting: Legumes and Oilseeds Research Programme", year=2017, kind=R),
 dict(authors=["Ɗanladi", "Ƙwairanga"], title="Groundnut rosette incidence and pod yield in the northern Guinea savanna of Nigeria", year=2015, doi="10.99999/sjar.2015.31.1.55", kind=A),
 dict(authors=["Bello", "Ferguson"], title="Credit in kind: the Anchor Borrowers' Programme and rice outgrowers in Kebbi State", year=2021, doi="10.99999/joac.12433", kind=A),
 dict(authors=["Yusuf", "Oyelaran"], title="Fertiliser subsidy reform and maize yields in northern Nigeria", year=2017, doi="10.99999/j.worlddev.2017.04.017", kind=A),
 dict(authors=["Ɗahiru"], title="Dalar gyaɗa ta Kano: tarihin da ya ɓace", year=2020, kind=A),
 dict(authors=["Ɗanbaba"], title="Noman rani a Kano: tarihi da matsalolinsa", year=2018, kind=CH),
 dict(authors=["Sule"], title="Women's access to farmland under the Land Use Act in Kaduna State", year=2019, url="https://kubanni.abu.example.org/handle/123456789/11872", kind=T),
 dict(authors=["Garba"], title="ʼYan kasuwar gyaɗa a Kano, 1912–1960", year=2011, kind=T),
 dict(title="Nigeria General Household Survey, Panel 2018–2019, Wave 4", year=2020, url="https://microdata.worldbank.org/index.php/catalog/3557", kind=W),
 dict(title="Nigeria at a glance", url="https://www.fao.org/nigeria/fao-in-nigeria/nigeria-at-a-glance/en/", kind=W),
 dict(title="Northern Region Groundnut Marketing Board: annual returns, Kano Province", kind=U),
]
put("bibtex", "noma-arewa-ha", {
 "about": "An invented Hausa research group's working bibliography on agriculture in northern Nigeria (the Kano groundnut trade and pyramids, drought and famine, the Land Use Act, the Anchor Borrowers' Programme, the Institute for Agricultural Research at Samaru), kept in JabRef as a BibTeX database: % comments in Hausa with a date, an @String macro used as a journal (Samaru Journal of Agricultural Research), capitalised entry types, aligned fields, address, an annote and notes in Hausa, a month macro, @Book, @Article (one DOI as a https://doi.org/ URL, keyed bare; a Hausa newspaper article in Aminiya), @InCollection with an editor (not keyed), @TechReport for the CBN guidelines, the FAO country programming framework and the IAR cropping scheme report with its number (braced corporate authors not keyed), @Misc for the Land Use Act (no author, howpublished with the Laws of the Federation chapter: keyed report as legislation; 1978 its year), for the NBS household survey microdata (howpublished with its version: web) and for the FAO country page (url, access date in a note: web, no year), @PhdThesis with url, @MastersThesis with type and a title beginning with ʼY, @Unpublished for an archival file with a braced corporate author and its file number in note (unknown, no year), a closing @Comment (jabref-meta). Hausa letters kept in names and titles (Ɗanladi, Ƙwairanga, Ɗahiru, Ɗanbaba, Ɓala, gyaɗa, ɓace, ʼYan). Real works with data as remembered: Hogendorn 1978 (ABU Press and OUP), Hill 1972, Watts 1983, Mortimore 1989, the Land Use Act (Cap. L5, LFN 2004; Decree No. 6 of 1978), the CBN Anchor Borrowers' Programme Guidelines (2016), FAO's Country Programming Framework for Nigeria 2018–2022 (title as remembered), NBS's General Household Survey Panel 2018–2019 Wave 4 (catalogue number and version as given here, possibly off), FAO's 'Nigeria at a glance' page (address as remembered). Invented: the group and its keeper Hadiza Sule, the IAR report and its number, Musa Ɗanladi and Aisha B. Ƙwairanga's article (DOI 10.99999/sjar.2015.31.1.55), Zainab Bello and Karl Ferguson's Journal of Agrarian Change article (DOI 10.99999/joac.12433), Aliyu Yusuf and Tunde Oyelaran's World Development article (DOI 10.99999/j.worlddev.2017.04.017), Umar Ɗahiru's newspaper article, Sani Ɗanbaba's chapter and the volume 'Noma da Kiwo a Arewacin Najeriya' with its editor Aminu Yakasai, Hadiza Sule's thesis (kubanni.abu.example.org), Ɓala Garba's thesis, the archival file and its number. Clean. 18 entries in file order (the @String and the @Comment none).",
 "document": "noma-arewa.bib", "reader": "bibtex", "clean": True,
 "literature": gb,
})
