"""Writes the meta.json of heldout71 half A's documents (latex, html, plaintext, org, bibtex).
Round 84's theme: architecture and urban planning; history of medicine and public health.  Half A:
architecture and urban planning, one sub-field per document (urban planning of Skopje, urban
planning of Mumbai and Pune, architectural conservation and heritage, vernacular architecture of
the Midi, Ottoman architecture and post-war reconstruction in Bosnia).  Labels and lines come from
the ⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are given
here by hand.  Conventions: see ../../README.md, "Half A".  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout71 skopje-urbanizam-mk mumbai-pune-niyojan-mr heritage-conservation-en oustal-miegjorn-oc osmanska-arhitektura-bs
  /work/main/.venv/bin/python tests/heldout71/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: Macedonian, urban planning of Skopje; biblatex numeric-comp, sorting=none, one \input ----
tx = {
 "skopjeresurgent1970": dict(title="Skopje Resurgent: The Story of a United Nations Special Fund Town Planning Project", year=1970, kind=B),
 "tolic2011": dict(authors=["Tolic"], title="Dopo il terremoto: la politica della ricostruzione negli anni della Guerra Fredda a Skopje", year=2011, kind=B),
 "mijalkovic2009": dict(authors=["Mijalković", "Urbanek"], title="Skopje, the World's Bastard: Architecture of the Divided City", year=2011, kind=B),
 "stierli2018": dict(title="Toward a Concrete Utopia: Architecture in Yugoslavia, 1948–1980", year=2018, kind=B),
 "petrovski2019": dict(authors=["Петровски", "Илиевска"], title="Метаболизмот во Скопје: генералниот урбанистички план од 1965 година и неговите реализации", year=2019, doi="10.99999/02665433.2019.1554821", kind=A),
 "dimovski2016": dict(authors=["Димовски"], title="Полскиот тим на „Мјастопројект“ и регулацијата на централното подрачје", year=2016, kind=CH),
 "arhiv-zua-302": dict(title="Скица на регулацијата на Градскиот ѕид, размер 1:2000", kind=U),
 "skopje2014web": dict(title="Проект „Скопје 2014“: објекти и споменици", url="https://kultura.example.org/skopje2014/objekti", kind=W),
 "nikolovski2020": dict(authors=["Nikolovski", "Hartmann"], title="Baroque facades for a new nation: the Skopje 2014 project and the politics of architectural style", year=2020, doi="10.99999/0042098019871230", kind=A),
 "jovanovska2021": dict(authors=["Јовановска"], title="Јавниот простор на Скопје по проектот „Скопје 2014“: фасади, споменици и граѓани", year=2021, url="https://repository.ukim.example.org/handle/20.500.12188/19344", kind=T),
 "zpup2014": dict(title="Закон за просторно и урбанистичко планирање", year=2014, kind=R),
 "gup2012": dict(title="Генерален урбанистички план на Град Скопје 2012–2022", year=2012, kind=R),
 "mitrevska2023": dict(authors=["Митревска"], title="Законот за легализација на бесправно изградени објекти и урбанистичката пракса во Скопје", year=2023, kind=A),
 "popis2021": dict(title="Попис на населението, домаќинствата и становите во Република Северна Македонија, 2021: прва серија резултати", year=2022, kind=R),
 "gisplan2024": dict(title="Урбанистички блокови на Скопје: ГИС слој", year=2024, doi="10.99999/zenodo.12840055", kind=W),
}
# sorting=none: the cited entries in order of first citation, the \input file where it stands
TX_ORDER = ["skopjeresurgent1970", "tolic2011", "mijalkovic2009", "stierli2018", "petrovski2019", "dimovski2016",
            "arhiv-zua-302", "skopje2014web", "nikolovski2020", "jovanovska2021", "zpup2014", "gup2012",
            "mitrevska2023", "popis2021", "gisplan2024"]
put("latex", "skopje-urbanizam-mk", {
 "about": "An invented Macedonian article on the urban planning of Skopje after the 1963 earthquake: the UN Special Fund project, the 1965 master plan of Miastoprojekt and the Tange/Ravnikar competition for the centre, the Skopje 2014 project, the 2014 Law on spatial and urban planning, the General Urban Plan and legalisation. LaTeX: article class, fontspec, babel macedonian, csquotes, biblatex style=numeric-comp with sorting=none (biber), \\addbibresource{literatura.bib}, \\printbibliography[title={Литература}]; \\cite{k}, \\cite[9--27]{k}, \\cite[стр.~150--157]{k}, \\cite[види][123--131]{k}, \\cite[види и][]{k}, \\cite[сп.][186]{k}, \\cite{a,b} (two pairs), \\textcite{k}, \\textcite[гл.~3]{k}; labels are the .bib keys (numeric, in-text, not footnotes); a \\thanks with an e-mail address; section 3 in delovi/skopje2014.tex by \\input (pairs keyed at their lines in that file, after the main file's in the key); a % TODO comment without a citation. literatura.bib (biblatex): @book with a braced corporate author (United Nations), @collection with editors only (exhibition catalogue, editors not keyed), @article with journaltitle and date, a DOI as a https://doi.org/ URL (keyed bare), @incollection with an editor, @legislation (the 2014 law, Службен весник number in a note), @report with braced corporate author, type and number (the GUP decision, the census), @unpublished archival drawing (braced corporate author, shelf mark in a note; no year), @thesis with type and url, @dataset with version, @online with urldate. Real works with data as remembered: Skopje Resurgent (United Nations 1970), Tolic 2011, Mijalković and Urbanek (year as remembered, 2011; the key says 2009), Toward a Concrete Utopia (MoMA 2018, pages illustrative), the Law on spatial and urban planning (Службен весник на РМ 199/2014 as remembered), the 2021 census of North Macedonia (title of the first release as remembered). Invented: the author Ана Стојановска and her address (arh.example.net), Петровски and Илиевска's Planning Perspectives article (DOI 10.99999/02665433.2019.1554821), Димовски's chapter and the volume 'Урбанизмот на Скопје во XX век' with its editor Весна Трајковска, the GUP 2012–2022 decision number, the archival drawing and its shelf mark, Јовановска's thesis (repository.ukim.example.org), Nikolovski and Hartmann's Urban Studies article (DOI 10.99999/0042098019871230), the GIS layer (DOI 10.99999/zenodo.12840055), the ministry page (kultura.example.org), Митревска's article and the journal 'Архитектура и урбанизам'. Clean: every entry cited, every cited key an entry. The literature is the cited entries in order of first citation.",
 "document": "skopje.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: Marathi, urban planning of Mumbai and Pune; institute web article with 18 endnotes ----
act = dict(title="महाराष्ट्र प्रादेशिक व नगररचना अधिनियम", year=1966, kind=R)
dcpr = dict(title="Development Control and Promotion Regulations for Greater Mumbai 2034", year=2018, kind=R)
adarkar = dict(title="The Chawls of Mumbai: Galleries of Life", year=2011, kind=B)
patankar = dict(authors=["पाटणकर"], title="चाळींचा पुनर्विकास आणि रहिवाशांचे विस्थापन: गिरणगावातील पाच प्रकल्पांचा अभ्यास", year=2021, doi="10.99999/09562478211031587", kind=A)
pune = dict(title="पुणे शहर सुधारित विकास योजना 2007–2027: अहवाल", year=2017, kind=R)
hn = {
 "1": act,
 "2": dict(title="Development Plan for Greater Mumbai 2014–2034", year=2018, kind=R),
 "3": dcpr,
 "4": dcpr,
 "5": adarkar,
 "6": dict(authors=["Mehrotra", "Dwivedi"], title="Bombay: The Cities Within", year=1995, kind=B),
 "7": dict(title="Census of India 2011: Primary Census Abstract for Slum", year=2013, kind=R),
 "8": dict(title="बीडीडी चाळ पुनर्विकास प्रकल्प: प्रकल्पाची माहिती", url="https://mhada.example.org/bdd-chawl/mahiti", kind=W),
 "9": dict(authors=["देशपांडे", "कुलकर्णी"], title="गिरणगाव संक्रमण शिबिर सर्वेक्षण, 2024", year=2025, doi="10.99999/zenodo.15502871", kind=W),
 "10": patankar,
 "11": patankar,
 "12": pune,
 "13": pune,
 "14": dict(authors=["जोशी"], title="पुण्याच्या पेठांमधील वाड्यांचा पुनर्विकास, 1991–2020", year=2022, url="https://shodh.example.org/handle/10603/412977", kind=T),
 "15": dict(authors=["गोखले"], title="पुणे महानगर प्रदेशाचा विस्तार आणि नियोजन प्राधिकरणे", year=2019, kind=CH),
 "16": dict(title="Draft Development Plan for PMRDA 2021–2041", year=2021, kind=R),
 "17": dict(authors=["Chaudhari", "Kamble"], title="Floor space index and the making of vertical Mumbai", year=2022, doi="10.99999/00420980211002451", kind=A),
 "18": adarkar,
}
put("html", "mumbai-pune-niyojan-mr", {
 "about": "An invented Marathi web article of an invented urban studies centre in Pune (नगरअभ्यास केंद्र) on chawls, redevelopment and development plans in Mumbai and Pune: the MRTP Act 1966, the Development Plan for Greater Mumbai 2014–2034 and DCPR 2034 (regulation 33(7)), the BDD chawls, Pune's revised development plan and the PMRDA draft plan. Site header, navigation, breadcrumbs, a byline with two authors and a Devanagari-numeral date, a figure whose caption refers to note 9 in words (no marker), 18 superscript endnote markers <sup><a href=\"#tip-N\" id=\"mul-N\">N</a></sup> (ASCII digits; the prose uses Devanagari numerals), an ordered list 'संदर्भ व टिपा' with back-links ↩, a footer. Notes in Marathi (author given name and family name, italics for books and reports, «» for articles and chapters, पृ. for pages, संपा. for editors, खं./अं. for volume and issue, 'पाहिले:' for the access date), some in English for English-language works; 'तत्रैव' (ibid.: note 4 keyed as note 3, note 13 as note 12) and 'पूर्वोक्त' (op. cit.: note 11 as note 10, note 18 as note 5). Kinds: the act, the plans, DCPR 2034 in the Maharashtra Government Gazette (notification number no part of the title), the Census table and the PMRDA draft plan report (corporate authors not keyed); the editor-only volume and a monograph book; a chapter in an edited volume (editor not keyed); a Ph.D. thesis; a data set with [डेटासेट] and its version (web; neither part of the title); MHADA's page web (no year: access date only). DOIs as doi:, https://doi.org/ and DOI: keyed bare. Real works with data as remembered: the MRTP Act 1966 (Maharashtra Act No. XXXVII of 1966), the Development Plan for Greater Mumbai 2014–2034 (sanctioned 2018), DCPR 2034 (notification number as remembered, possibly off), Adarkar (ed.) 2011, Mehrotra and Dwivedi 1995, Census of India 2011 Primary Census Abstract for Slum (2013), Pune's revised development plan 2007–2027 (Marathi title as remembered), the PMRDA draft development plan (title and year as remembered). Invented: the centre, its site, the authors सायली देशपांडे and ओंकार कुलकर्णी and their data set (DOI 10.99999/zenodo.15502871), the MHADA page address (mhada.example.org), माधवी पाटणकर and her Environment and Urbanization article (DOI 10.99999/09562478211031587), अमेय जोशी's thesis (shodh.example.org), विनायक गोखले's chapter and the volume with its editor मीरा साठे, Sanjay Chaudhari and Rekha Kamble and their Urban Studies article (DOI 10.99999/00420980211002451), all figures. Clean. No literature list: the endnotes are the notes by number.",
 "document": "chawl-punarvikas.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: English, architectural conservation; conservation management plan, numbered notes + bibliography ----
P = {
 "burra": dict(title="The Burra Charter: The Australia ICOMOS Charter for Places of Cultural Significance", year=2013, kind=R),
 "eh2008": dict(title="Conservation Principles, Policies and Guidance for the Sustainable Management of the Historic Environment", year=2008, kind=R),
 "fitz": dict(authors=["Fitzgerald-Hale"], title="Fireproof floors in the worsted mills of the Calder and Aire valleys, 1830-1870", year=2021, doi="10.99999/13556207.2021.1954402", kind=A),
 "giles": dict(authors=["Giles", "Goodall"], title="Yorkshire Textile Mills: The Buildings of the Yorkshire Textile Industry 1770-1930", year=1992, kind=B),
 "he2016": dict(title="Understanding Historic Buildings: A Guide to Good Recording Practice", year=2016, kind=R),
 "list": dict(title="Albion Works, including engine house and chimney", url="https://list.heritage.example.org/list-entry/1089244", kind=W),
 "venice": dict(title="International Charter for the Conservation and Restoration of Monuments and Sites (The Venice Charter)", year=1964, kind=R),
 "jok": dict(authors=["Jokilehto"], title="A History of Architectural Conservation", year=1999, kind=B),
 "kerr": dict(authors=["Kerr"], title="The Conservation Plan: A Guide to the Preparation of Conservation Plans for Places of European Cultural Significance", year=2013, kind=B),
 "scan": dict(title="Albion Works, Halsworth: terrestrial laser scan and measured survey", year=2025, doi="10.99999/zenodo.15377810", kind=W),
 "nppf": dict(title="National Planning Policy Framework", year=2023, kind=R),
 "nwa": dict(authors=["Nwachukwu", "Berg"], title="Mill typologies and adaptive reuse potential: a GIS survey of 412 West Yorkshire textile mills", year=2016, kind=CH),
 "orb": dict(authors=["Orbasli"], title="Architectural Conservation: Principles and Practice", year=2008, kind=B),
 "act": dict(title="Planning (Listed Buildings and Conservation Areas) Act 1990", year=1990, kind=R),
 "pryce": dict(authors=["Pryce-Owen"], title="Voices of the mill: oral history and communal value at Albion Works", year=2023, kind=T),
 "ruskin": dict(authors=["Ruskin"], title="The Seven Lamps of Architecture", year=1849, kind=B),
 "wyas": dict(title="Plan and sections of a new mill for Messrs Lister, Canal Street", year=1852, kind=U),
}
PT_NOTES = ["list", "kerr", "act", "nppf", "wyas", "fitz", "he2016", "scan", "scan", "giles", "nwa", "eh2008", "nwa",
            "venice", "burra", "pryce", "ruskin", "jok", "venice", "he2016"]
PT_LIT = ["burra", "eh2008", "fitz", "giles", "he2016", "list", "venice", "jok", "kerr", "scan", "nppf", "nwa", "orb",
          "act", "pryce", "ruskin", "wyas"]
put("plaintext", "heritage-conservation-en", {
 "about": "An invented English conservation management plan (draft for consultation) for an invented Grade II* worsted mill, Albion Works, Canal Street, Halsworth, by an invented heritage consultancy: a title block with a report reference (MTH/2025/118), numbered sections and paragraphs (1.1 …), a rule of = and one of -, note markers [n] after punctuation; NOTES numbered 1-20 with hanging wrapped lines (Chicago notes-bibliography as British heritage reports write it: full first notes, short notes 13, 19, 20, 'Ibid.' note 9 keyed as note 8; note 19 cites the Venice Charter and Kerr, keyed with the first); a BIBLIOGRAPHY in author-date form, alphabetical, hanging indents, corporate authors as printed, 'n.d.' for the list entry. Kinds: charters, guidance and the NPPF report (ICOMOS, Australia ICOMOS, English Heritage, Historic England, MHCLG not keyed); the 1990 Act report (title with its year; 'c. 9' no part of it); monographs book; a chapter in an edited volume (editor Douet not keyed); an MA dissertation thesis; a data set with [data set] and its version (web; neither part of the title); a Historic England list entry web with an access date (no year); an archival drawing with its shelf mark unknown (year 1852 as printed). DOIs as doi: and https://doi.org/ keyed bare. Real works with data as remembered: the Venice Charter (1964), the Burra Charter (2013), Kerr's Conservation Plan (7th edn 2013), English Heritage's Conservation Principles (2008), Historic England's Understanding Historic Buildings (2016), the Planning (Listed Buildings and Conservation Areas) Act 1990, the NPPF (2023 revision), Giles and Goodall 1992, Jokilehto 1999, Orbasli 2008, Ruskin 1849 (pages illustrative). Invented: Albion Works, Halsworth, the trust, Marsh Tennant Heritage LLP and its data set (DOI 10.99999/zenodo.15377810), the list entry and its number (list.heritage.example.org), the archival drawing and its shelf mark, R. Fitzgerald-Hale's article (DOI 10.99999/13556207.2021.1954402), O. Nwachukwu and H. Berg's chapter and the volume 'Industrial Heritage Re-tooled' as cited here, L. Pryce-Owen's dissertation, all figures. Planted: the bibliography entry Orbasli 2008 is cited in no note: uncited-literature-entry at its first line. The notes are the 20 notes by number; the literature is the bibliography in printed order.",
 "document": "albion-works-cmp.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): P[k] for i, k in enumerate(PT_NOTES)},
 "literature": [P[k] for k in PT_LIT],
})

# ---- org: Occitan, vernacular architecture of the Midi; org-cite with csl chicago-author-date.csl ----
og = {
 "alibert1966": dict(authors=["Alibert"], title="Dictionnaire occitan-français d'après les parlers languedociens", year=1966, kind=B),
 "mistral1878": dict(authors=["Mistral"], title="Lou Tresor dóu Felibrige, o Dictionnaire provençal-français", year=1878, kind=B),
 "fabre2019": dict(authors=["Fabre", "Delpech"], title="L'ostal e la bòria: vocabulari de l'espaci rural dins lo Lauragués", year=2019, doi="10.99999/lengas.3312", kind=A),
 "roqueta2021": dict(authors=["Roqueta"], title="La tèula e la briqueta: obradors e vocabulari de la terra cuecha a Tolosa (sègles XV–XVIII)", year=2021, doi="10.99999/rlr.4871", kind=A),
 "castanh2015": dict(authors=["Castanh"], title="Los ostals de bauge e de torchís de la plana de Garona", year=2015, kind=CH),
 "vidal2020": dict(authors=["Vidal"], title="L'ostal paisan en Rosergue e en Carcin: formas, usatges e transformacions (1780–1950)", year=2020, url="https://theses.univ-tlse.example.org/2020TOU20047", kind=T),
 "pop-merimee": dict(title="Plataforma dobèrta del patrimòni (POP): basa Mérimée", url="https://pop.culture.example.org/search/list", kind=W),
 "inventari-ia31": dict(title="Ostal de mèstre, 12 carrièra dels Fargaires (Vilafranca de Lauragués)", url="https://patrimoines.occitanie.example.org/dossier/IA31000874", kind=W),
 "borias2024": dict(authors=["Vidal", "Fabre"], title="Las bòrias del Lauragués: inventari georeferenciat", year=2024, doi="10.99999/zenodo.13379902", kind=W),
 "compes1680": dict(title="Compés de Vilafranca de Lauragués", kind=U),
 "plan1791": dict(title="Plan de las maisons del barri de Sant Cebrian", kind=U),
 "sarrailh2011": dict(authors=["Sarrailh"], title="Tolosa, ciutat de tèrra cuecha: l'arquitectura de brica del sègle XIII al sègle XIX", year=2011, kind=B),
 "poujol1998": dict(authors=["Poujol"], title="Lo cantal e l'ostal: l'espaci domestic dins los contes del Mièjorn", year=1998, kind=CH),
}
# chicago-author-date: author (a braced corporate author by its name), else title; then year, then title; accents folded
OG_ORDER = ["alibert1966", "compes1680", "plan1791", "castanh2015", "fabre2019", "pop-merimee", "mistral1878",
            "poujol1998", "inventari-ia31", "roqueta2021", "sarrailh2011", "vidal2020", "borias2024"]
put("org", "oustal-miegjorn-oc", {
 "about": "An invented Occitan (Languedocien) article on the vernacular architecture of the Midi: the ostal as building, household and patrimony, the bòria of the Lauragués, earth walls (bauge, torchís) of the Garonne plain, Toulouse's brick and tile architecture, the Mérimée base and the Inventaire général. Org mode with #+language: oc, #+bibliography: bastiment.bib, #+cite_export: csl chicago-author-date.csl (not in the folder), #+print_bibliography:; [cite:@k p. 524], [cite:@k t. 2, p. 452], [cite:@k f. 34-52], [cite:@k cap. 2], [cite/t:@k p. 61], [cite/t:@k], [cite:vejatz tanben @k p. 415], [cite:@a; @b p. 88-97], [cite:@a p. 140; @b] and [cite:@a p. 301; @b p. 17] (two pairs each), two on a #+caption: line of a table; a :noexport: revision subtree with no citations. bastiment.bib (BibTeX types): @book, @article (journal, a DOI as a https://doi.org/ URL keyed bare), @incollection with editors (not keyed), @phdthesis with type 'Tèsi de doctorat', @misc for the Mérimée base and an Inventaire dossier (braced corporate authors, url, access date in a note: web, no year) and for a data set (howpublished with its version: web), @unpublished for two archival items with braced corporate authors and shelf marks in notes (unknown, no year). Real works with data as remembered: Alibert 1966, Mistral's Tresor dóu Felibrige (dated 1878 here; publisher and place as remembered; title's second part as remembered). Invented: the author Clamença Bosquet, Maria-Cristina Fabre and Joan Delpech's Lengas article (DOI 10.99999/lengas.3312), Pèire Roqueta's Revue des langues romanes article (DOI 10.99999/rlr.4871), Sèrgi Castanh's chapter and the volume 'Architecturas de tèrra en Occitània' with its editor Laura Bonnafous, Amandina Vidal's thesis (theses.univ-tlse.example.org) and the data set (DOI 10.99999/zenodo.13379902), Jacme Sarrailh's book, Robèrt Poujol's chapter in an AIEO congress volume (editor Felip Gardy as cited here), the Inventaire dossier IA31000874 and its page (patrimoines.occitanie.example.org), the POP address as given (pop.culture.example.org), the compés and the 1791 plan with their shelf marks, the table's figures, bernat2003. Planted: [cite:@bernat2003] cites a key with no bastiment.bib entry: missing-literature-entry at its line (keyed as a pair, no note); every entry is cited. The literature is the cited entries in chicago-author-date order.",
 "document": "ostal.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Bosnian, Ottoman architecture and post-war reconstruction; a JabRef-kept BibTeX library ----
gb = [
 dict(authors=["Bejtić"], title="Ulice i trgovi Sarajeva: topografija, geneza i toponimija", year=1973, kind=B),
 dict(authors=["Redžić"], title="Studije o islamskoj arhitektonskoj baštini", year=1983, kind=B),
 dict(authors=["Čelić", "Mujezinović"], title="Stari mostovi u Bosni i Hercegovini", year=1969, kind=B),
 dict(authors=["Pašić"], title="Islamic Architecture in Bosnia and Hercegovina", year=1994, kind=B),
 dict(authors=["Kurtović"], title="Vakufi i razvoj čaršije: prostorna struktura Baščaršije u XVI stoljeću", year=2017, doi="10.99999/pof.2017.67.231", kind=A),
 dict(authors=["Softić", "Mehmedbašić"], title="Obnova Starog mosta u Mostaru 1997–2004: dokumentacija i metoda", year=2012, kind=A),
 dict(authors=["Hadžiahmetović", "Van der Linden"], title="Rebuilding the Stari Most: Authenticity, Reconstruction, and the Politics of World Heritage", year=2022, doi="10.99999/jsah.2022.81.3.342", kind=A),
 dict(authors=["Džihić"], title="Baščaršija poslije 1996: tržište, turizam i zaštita", year=2019, kind=CH),
 dict(title="Old Bridge Area of the Old City of Mostar", year=2005, url="https://whc.unesco.org/en/list/946", kind=R),
 dict(title="Odluka o proglašenju historijskog područja Baščaršija u Sarajevu nacionalnim spomenikom Bosne i Hercegovine", year=2006, kind=R),
 dict(title="Odluka o proglašenju graditeljske cjeline Stari grad Mostar nacionalnim spomenikom Bosne i Hercegovine", year=2004, kind=R),
 dict(title="Opći okvirni sporazum za mir u Bosni i Hercegovini, Aneks 8: Sporazum o Komisiji za očuvanje nacionalnih spomenika", year=1995, kind=R),
 dict(title="Mostar: Conservation and Revitalisation of the Historic Centre. Final Report", year=2004, kind=R),
 dict(authors=["Mehmedbašić"], title="Mahala kao urbana jedinica: osmanske stambene četvrti Sarajeva i njihova transformacija nakon 1995.", year=2020, url="https://af.unsa.example.org/disertacije/mehmedbasic-2020.pdf", kind=T),
 dict(authors=["Softić"], title="Baščaršija: GIS baza objekata i parcela", year=2023, doi="10.99999/zenodo.10293341", kind=W),
 dict(title="Vakufnama Gazi Husrev-bega", kind=U),
 dict(title="Lista nacionalnih spomenika Bosne i Hercegovine", url="https://kons.example.org/liste/nacionalni-spomenici", kind=W),
 dict(authors=["Zlatarević"], title="Popis vakufa u Bosanskom sandžaku iz 1604. godine", year=2010, kind=A),
]
put("bibtex", "osmanska-arhitektura-bs", {
 "about": "An invented Bosnian research project's working bibliography on Ottoman architecture and post-war reconstruction in Bosnia and Herzegovina (Sarajevo's Baščaršija, the Stari most of Mostar and its reconstruction and UNESCO listing, the Commission to Preserve National Monuments), kept in JabRef as a BibTeX database: % comments with a date, an @String macro used as a journal (Prilozi za orijentalnu filologiju), capitalised entry types, trailing commas, address, @Book, @Article (one DOI as a https://doi.org/ URL, keyed bare; a volume in Roman numerals), @InCollection with editors (not keyed), @TechReport for the UNESCO World Heritage Committee decision (type and number, url), two KONS decisions (Službeni glasnik BiH numbers in number, no part of the title) and the AKTC report (braced corporate authors not keyed), @Misc for Annex 8 of the Dayton agreement (no author, howpublished: keyed report as a treaty), a data set (howpublished with its version: web) and the Commission's list page (url, access date in a note: web, no year), @PhdThesis with type and url, @Unpublished for an archival manuscript with a braced corporate author and shelf mark (unknown, no year: the year 1537 only in the note), a closing @Comment (jabref-meta). Real works with data as remembered: Bejtić 1973, Redžić 1983, Čelić and Mujezinović 1969, Pašić 1994 (IRCICA), the UNESCO inscription of the Old Bridge Area of the Old City of Mostar (2005, decision 29 COM 8B.49, whc.unesco.org/en/list/946), Annex 8 of the General Framework Agreement (1995), the KONS decisions on Baščaršija and on Old Mostar (years and gazette numbers as remembered, possibly off), Gazi Husrev-beg's vakufnama (1537; shelf mark invented). Invented: the project and its keeper N. Hadžiahmetović, Emina Kurtović's POF article (DOI 10.99999/pof.2017.67.231), Adnan Softić and Lejla Mehmedbašić's Naše starine article, Nerma Hadžiahmetović and Pieter Van der Linden's JSAH article (DOI 10.99999/jsah.2022.81.3.342), Tarik Džihić's chapter and the volume 'Grad i rat: Sarajevo 1992–2020' with its editors Amra Zukić and Senad Begić, the AKTC report's title, Lejla Mehmedbašić's dissertation (af.unsa.example.org), the GIS data set (DOI 10.99999/zenodo.10293341), the Commission's page address (kons.example.org), Mirza Zlatarević's POF article. Clean. 18 entries in file order (the @String and the @Comment none).",
 "document": "osmanska-arhitektura.bib", "reader": "bibtex", "clean": True,
 "literature": gb,
})
