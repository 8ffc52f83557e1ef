"""Writes the meta.json of heldout65 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 65's theme for half B: public health and epidemiology.  Labels and lines come from the
⟦label⟧ annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here
by hand.  Conventions: ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout65 rsv-sentinel-en yapay-tas-silikozu-tr flu-1918-hindia-belanda-id
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout65 obligation-vaccinale-fr
  .venv/bin/python tests/heldout65/_src/_meta/build_odt_b.py
  python3 tests/heldout65/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English infectious-disease surveillance (RSV nowcasting), R Markdown + BibTeX, no csl: ----
rm = {
 "abbott2020": dict(authors=["Abbott", "Hellewell", "Thompson"], title="Estimating the time-varying reproduction number of SARS-CoV-2 using national and subnational case counts", year=2020, doi="10.12688/wellcomeopenres.16006.1", kind=A),
 "adeyemistrand2025": dict(authors=["Adeyemi-Strand", "Ruiz-Barrow", "Ekström"], title="Reporting delays in laboratory-confirmed RSV notifications: a nowcasting comparison across six sentinel networks", year=2025, doi="10.99999/2025.02.11.25322014", kind=A),
 "cori2021epiestim": dict(authors=["Cori"], title="EpiEstim: Estimate Time Varying Reproduction Numbers from Epidemic Curves", year=2021, url="https://CRAN.R-project.org/package=EpiEstim", kind=W),
 "cori2013": dict(authors=["Cori", "Ferguson", "Fraser", "Cauchemez"], title="A New Framework and Software to Estimate Time-Varying Reproduction Numbers During Epidemics", year=2013, doi="10.1093/aje/kwt133", kind=A),
 "ecdc_erviss": dict(title="European Respiratory Virus Surveillance Summary (ERVISS)", url="https://erviss.org", kind=W),
 "giesecke2017": dict(authors=["Giesecke"], title="Modern Infectious Disease Epidemiology", year=2017, kind=B),
 "gostic2020": dict(authors=["Gostic", "McGough", "Baskerville", "Abbott", "Joshi", "Tedijanto"], title="Practical considerations for measuring the effective reproductive number, Rt", year=2020, doi="10.1371/journal.pcbi.1008409", kind=A),
 "hammitt2022": dict(authors=["Hammitt", "Dagan", "Yuan", "Baca Cots", "Bosheva", "Madhi"], title="Nirsevimab for Prevention of RSV in Healthy Late-Preterm and Term Infants", year=2022, doi="10.1056/NEJMoa2110275", kind=A),
 "kampmann2023": dict(authors=["Kampmann", "Madhi", "Munjal", "Simões", "Pahud", "Llapur"], title="Bivalent Prefusion F Vaccine in Pregnancy to Prevent RSV Illness in Infants", year=2023, doi="10.1056/NEJMoa2216480", kind=A),
 "li2022": dict(authors=["Li", "Wang", "Blau", "Caballero", "Feikin", "Gill", "Madhi", "Omer", "Simões", "Campbell", "Nair"], title="Global, regional, and national disease burden estimates of acute lower respiratory infections due to respiratory syncytial virus in children younger than 5 years in 2019: a systematic analysis", year=2022, doi="10.1016/S0140-6736(22)00478-0", kind=A),
 "mcgough2020": dict(authors=["McGough", "Johansson", "Lipsitch", "Menzies"], title="Nowcasting by Bayesian smoothing: A flexible, generalizable model for real-time epidemic tracking", year=2020, doi="10.1371/journal.pcbi.1007735", kind=A),
 "nakashimabell2021": dict(authors=["Nakashima-Bell"], title="Sentinel surveillance of respiratory syncytial virus in adults aged 65 years and over", year=2021, kind=T),
 "pfizer2020": dict(title="A Trial to Evaluate the Efficacy and Safety of RSVpreF in Infants Born to Women Vaccinated During Pregnancy (MATISSE)", url="https://clinicaltrials.gov/study/NCT04424316", kind=W),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "thorvaldsen2025": dict(authors=["Thorvaldsen", "Ramanathan"], title="Regional sentinel laboratory reports of respiratory syncytial virus, by week of sampling and week of report, 2015–2025", year=2025, doi="10.99999/zenodo.14920377", kind=W),
 "ukhsa2024": dict(title="Surveillance of influenza and other seasonal respiratory viruses in the UK, winter 2023 to 2024", year=2024, kind=R),
 "who2022guidance": dict(title="End-to-end integration of SARS-CoV-2 and influenza sentinel surveillance: revised interim guidance", year=2022, kind=R),
 "who2024wer": dict(title="Respiratory syncytial virus surveillance through the Global Influenza Surveillance and Response System, 2019–2023", year=2024, kind=A),
}
RM_ORDER = list(rm)  # written in pandoc's default Chicago author-date order: the whole name list (citeproc's `contributors` macro key, compared word by word; a list that is the start of a longer one first), year, title
put("rmarkdown", "rsv-sentinel-en", {
 "about": "An invented English infectious-disease-surveillance paper (nowcasting respiratory syncytial virus activity from the right-truncated weekly reports of 14 sentinel laboratories of an unnamed region, 2015–2025, with EpiEstim reproduction numbers) as an R Markdown document (`.Rmd`, `bookdown::html_document2`) with `bibliography: references.bib` (BibTeX/biblatex types: `@article`, `@book`, `@techreport`, `@report`, `@online`, `@dataset`, `@software`, `@phdthesis`) and no `csl:` (so pandoc's default Chicago author-date order): YAML with two authors, an R setup chunk and a figure chunk (bookdown's `\\@ref(fig:delays)` cross reference is not a citation), `[@key, 2050--2052]`, `[@a; see also @b]`, `[@a; @b]`, `[cf. @a; @b]`, `[-@key, sec. 3]`, `[@key, table 2]`, narrative `@key` and `@key [ch. 2]`, `::: {#refs}`. Real works cited with data as remembered (Li et al. 2022, Hammitt et al. 2022, Kampmann et al. 2023, the NCT04424316 record, the WHO 2022 interim guidance, the UKHSA season report, ERVISS, McGough et al. 2020, Abbott et al. 2020, Cori et al. 2013, EpiEstim 2.2-4, Gostic et al. 2020, R, Giesecke 2017; author lists cut with `others` where the writer did not remember them). Invented: the region, its laboratories and the authors Ramanathan and Okafor-Lindqvist; the WER article `who2024wer` (volume 99, number 12, pages 141–152); the Zenodo dataset by Thorvaldsen and Ramanathan (DOI 10.99999/zenodo.14920377); Nakashima-Bell's thesis and the University of Northmoor; the medRxiv preprint by Adeyemi-Strand, Ruiz-Barrow and Ekström (DOI 10.99999/2025.02.11.25322014, version 2). Planted: `@teirlinck2019` (narrative) has no entry in references.bib: `missing-literature-entry` at its line.",
 "document": "rsv-sentinel.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: rm[k] for k in RM_ORDER},
 "literature": [rm[k] for k in RM_ORDER],
})

# ---- docx: French vaccination programmes (the 2018 extension of mandatory infant vaccination), footnotes + grouped Bibliographie ----
loi = dict(title="Loi n° 2017-1836 du 30 décembre 2017 de financement de la sécurité sociale pour 2018", year=2017, kind=R)
decret = dict(title="Décret n° 2018-42 du 25 janvier 2018 relatif à la vaccination obligatoire", year=2018, kind=R)
ward = dict(authors=["Ward", "Colgrove", "Verger"], title="Why France Is Making Eight New Vaccines Mandatory", year=2018, doi="10.1016/j.vaccine.2018.02.095", kind=A)
rapport = dict(title="Rapport sur la vaccination", year=2016, kind=R)
duclos = dict(authors=["Duclos-Ferrand", "Morvan"], title="Premier bilan de l'extension des obligations vaccinales chez le nourrisson", year=2019, kind=A)
larson_n = dict(authors=["Larson"], title="The State of Vaccine Confidence 2016: Global Insights Through a 67-Country Survey", year=2016, doi="10.1016/j.ebiom.2016.08.042", kind=A)
larson = dict(authors=["Larson", "de Figueiredo", "Zhao", "Schulz", "Verger", "Johnston", "Cook", "Jones"], title="The State of Vaccine Confidence 2016: Global Insights Through a 67-Country Survey", year=2016, doi="10.1016/j.ebiom.2016.08.042", kind=A)
moulin = dict(title="L'aventure de la vaccination", year=1996, kind=B)
wer = dict(title="Measles vaccines: WHO position paper – April 2017", year=2017, kind=A)
calendrier = dict(title="Calendrier des vaccinations et recommandations vaccinales 2024", year=2024, kind=R)
has = dict(title="Recommandation vaccinale contre les infections à papillomavirus humains chez les garçons", year=2019, kind=R)
geodes = dict(title="Couverture vaccinale par groupe d'âge et par département", url="https://geodes.santepubliquefrance.fr", kind=W)
kerbrat = dict(authors=["Kerbrat-Nguyen"], title="Obligation vaccinale et hésitation parentale en médecine générale : enquête qualitative auprès de 24 praticiens du Finistère", year=2020, kind=T)
morvan = dict(authors=["Morvan"], title="Le retour de l'obligation : politiques vaccinales en France depuis 1902", year=2021, kind=CH)
isrctn = dict(title="Entretien motivationnel en maternité pour la vaccination du nourrisson (EntreVac)", year=2022, url="https://www.isrctn.com/ISRCTN90417735", kind=W)
dx_notes = [loi, decret, ward, ward, rapport, duclos, larson_n, moulin, ward, wer, calendrier, has, geodes, duclos, kerbrat, morvan, isrctn, larson_n, larson_n, loi]
assert len(dx_notes) == 20
put("docx", "obligation-vaccinale-fr", {
 "about": "An invented French vaccination-programme article (infant vaccination coverage in France after the 2018 extension of mandatory vaccination from three to eleven vaccines) in Word: title and byline paragraphs, Heading 1/2 sections, 20 footnotes in French Chicago-style notes (full first notes `Prénom Nom, « Titre », *Revue* vol, n° (année) : pages`, a law and a decree by their heading, `Ibid., 1802.`, `Ward, Colgrove et Verger, op. cit., 1801.`, `Larson et al., op. cit., 298.` then `Ibid., 299.`, `Duclos-Ferrand et Morvan, art. cité, 588.` in a table's third cell, `Loi n° 2017-1836, op. cit., art. 49, IV.`; DOIs as `https://doi.org/…` and `doi:…`), a table of coverage by vaccine, and a `Bibliographie` in three Heading 2 groups (Textes officiels et rapports; Articles, ouvrages et thèses; Ressources en ligne), each group alphabetical. Real works cited with data as remembered: the Loi n° 2017-1836 and Décret n° 2018-42, Ward, Colgrove and Verger 2018 (Vaccine), Larson et al. 2016 (EBioMedicine; its author list as the writer remembers it), the 2016 Rapport sur la vaccination of the comité d'orientation, Moulin's edited L'aventure de la vaccination (1996), the WHO measles position paper of April 2017 in the Relevé épidémiologique hebdomadaire, the 2024 Calendrier des vaccinations, the HAS 2019 papillomavirus recommendation, Santé publique France's Géodes (page title invented). Invented: the author Hélène Marchetti-Abiven, the coverage figures, the BEH article by Duclos-Ferrand and Morvan, Kerbrat-Nguyen's thèse d'exercice, Morvan's chapter and the volume Santé publique et contrainte edited by Maud Bertrand-Saulnier (Presses de l'EHESP, 2021), the EntreVac trial and its number ISRCTN90417735.",
 "document": "obligation-vaccinale-fr.docx", "reader": "docx", "clean": True, "lang": "fr-FR",
 "title": "Onze vaccins obligatoires", "creator": "Hélène Marchetti-Abiven",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [rapport, decret, has, loi, calendrier, wer, duclos, kerbrat, larson, morvan, moulin, ward, isrctn, geodes],
})

# ---- odt: Brazilian Portuguese nutrition surveys (food insecurity and child anthropometry), ABNT footnotes + Referências ----
pof_c = dict(title="Pesquisa de orçamentos familiares 2017-2018: análise do consumo alimentar pessoal no Brasil", year=2020, kind=R)
pof_s = dict(title="Pesquisa de orçamentos familiares 2017-2018: análise da segurança alimentar no Brasil", year=2020, kind=R)
ebia = dict(authors=["Segall-Corrêa", "Marín-León"], title="A segurança alimentar no Brasil: proposição e usos da Escala Brasileira de Medida da Insegurança Alimentar (EBIA) de 2003 a 2009", year=2009, kind=A)
vigisan = dict(title="II Inquérito Nacional sobre Insegurança Alimentar no Contexto da Pandemia da Covid-19 no Brasil: II VIGISAN: relatório final", year=2022, kind=R)
monteiro = dict(authors=["Monteiro"], title="The UN Decade of Nutrition, the NOVA food classification and the trouble with ultra-processing", year=2018, doi="10.1017/S1368980017000234", kind=A)
guia = dict(title="Guia alimentar para a população brasileira", year=2014, kind=R)
enani = dict(title="Estado nutricional antropométrico da criança e da mãe: prevalência de indicadores antropométricos de crianças brasileiras menores de 5 anos de idade e suas mães biológicas: ENANI 2019", year=2022, kind=B)
who06 = dict(title="WHO Child Growth Standards: length/height-for-age, weight-for-age, weight-for-length, weight-for-height and body mass index-for-age: methods and development", year=2006, kind=R)
anthro = dict(authors=["Schumacher", "Borghi", "Polonsky"], title="anthro: computation of the WHO Child Growth Standards", year=2023, url="https://CRAN.R-project.org/package=anthro", kind=W)
sisvan = dict(title="Sistema de Vigilância Alimentar e Nutricional (SISVAN): relatórios públicos", url="https://sisaps.saude.gov.br/sisvan/relatoriopublico/", kind=W)
lei = dict(title="Lei nº 11.947, de 16 de junho de 2009", year=2009, kind=R)
oliveira = dict(authors=["Oliveira-Tavares"], title="Insegurança alimentar e excesso de peso em crianças menores de cinco anos no semiárido pernambucano", year=2021, kind=T)
carvalhal = dict(authors=["Carvalhal", "Ibiapina"], title="Dupla carga de má nutrição em domicílios brasileiros: evidências da Pesquisa de Orçamentos Familiares 2017-2018", year=2024, doi="10.99999/s1518-8787.2024058005611", kind=A)
od_notes = [pof_c, pof_s, pof_s, ebia, vigisan, monteiro, guia, enani, who06, anthro, monteiro, sisvan, lei, oliveira, oliveira, carvalhal, ebia, vigisan]
assert len(od_notes) == 18
put("odt", "inseguranca-alimentar-pt", {
 "about": "An invented Brazilian Portuguese nutrition-survey article (food insecurity and the anthropometric status of children under five, read jointly from the POF 2017-2018, ENANI-2019 and II VIGISAN) in LibreOffice: title, author and affiliation paragraphs, numbered headings, 18 footnotes (text:note footnote) in ABNT NBR 6023 style with capitalised entry heads (`IBGE.`, `BRASIL. Ministério da Saúde.`, `MONTEIRO, C. A. et al.`, `SEGALL-CORRÊA, A. M.; MARÍN-LEÓN, L.`), `Ibid., p. 33.` and `Ibid., p. 74.`, `MONTEIRO et al., op. cit., p. 8.`, `SEGALL-CORRÊA; MARÍN-LEÓN, op. cit., p. 9.`, `REDE PENSSAN, op. cit., p. 51.`, one note in a table cell (the anthro R package), `Disponível em: … Acesso em: …` and `DOI:` forms, and an alphabetical `Referências` of 13 paragraphs. Real works cited with data as remembered: IBGE's two POF 2017-2018 volumes, Segall-Corrêa and Marín-León 2009, the II VIGISAN report of Rede PENSSAN, Monteiro et al. 2018, the Guia alimentar (2014), the ENANI-2019 anthropometry volume (UFRJ 2022), the WHO Child Growth Standards (2006), the anthro package 1.0.1, SISVAN's public reports, Lei nº 11.947/2009. Invented: the author Renata Oliveira Campos Siqueira and her núcleo, Oliveira-Tavares's dissertação (a real university), the article by Carvalhal and Ibiapina in Revista de Saúde Pública (DOI 10.99999/s1518-8787.2024058005611).",
 "document": "inseguranca-alimentar-pt.odt", "reader": "odt", "clean": True,
 "title": "Insegurança alimentar e estado nutricional de crianças menores de cinco anos no Brasil",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [lei, guia, sisvan, carvalhal, pof_s, pof_c, monteiro, oliveira, vigisan, anthro, ebia, enani, who06],
 "defects": [],
})

# ---- pdftext: Turkish occupational health (engineered-stone silicosis), APA 7 author–date, Kaynakça ----
pt = [
 dict(authors=["Akgün", "Araz", "Akkurt", "Eroğlu", "Alper", "Sağlam", "Mirici", "Gorguner", "Nemery"], title="An epidemic of silicosis among former denim sandblasters", year=2008, doi="10.1183/09031936.00093507", kind=A),
 dict(title="Tozla mücadele yönetmeliği", year=2013, kind=R),
 dict(authors=["Demirel", "Aslan"], title="Respirable crystalline silica in wet-cutting and dry-cutting engineered stone workshops: A multicentre exposure study", year=2025, doi="10.99999/2025.05.02.25326811", kind=A),
 dict(authors=["Hoy", "Chambers"], title="Silica-related diseases in the modern world", year=2020, doi="10.1111/all.14202", kind=A),
 dict(authors=["Hoy", "Glass", "Dimitriadis", "Hansen", "Hore-Lacy", "Sim"], title="Identification of early-stage silicosis through health screening of stone benchtop industry workers in Victoria, Australia", year=2021, doi="10.1136/oemed-2020-106897", kind=A),
 dict(title="İş Sağlığı ve Güvenliği Kanunu", year=2012, kind=R),
 dict(authors=["Kramer", "Blanc", "Fireman", "Amital", "Guber", "Rhahman", "Shitrit"], title="Artificial stone silicosis: Disease resurgence among artificial stone workers", year=2012, doi="10.1378/chest.11-1321", kind=A),
 dict(authors=["León-Jiménez", "Hidalgo-Molina", "Conde-Sánchez", "Pérez-Alonso", "Morales-Morales", "García-Gámez", "Córdoba-Doña"], title="Artificial stone silicosis: Rapid progression following exposure cessation", year=2020, doi="10.1016/j.chest.2020.03.026", kind=A),
 dict(title="2023 yılı SGK istatistik yıllığı", year=2024, url="https://www.sgk.gov.tr/Istatistik/Yillik/", kind=R),
 dict(authors=["Stevenson", "Sergeant"], title="epiR: Tools for the analysis of epidemiological data", year=2024, url="https://CRAN.R-project.org/package=epiR", kind=W),
 dict(title="Silikoz tanı ve tedavi rehberi", year=2021, kind=R),
 dict(authors=["Tüzün-Karaca"], title="Mermer ve yapay taş atölyelerinde solunabilir kristal silika maruziyeti ve akciğer fonksiyonları", year=2022, kind=T),
 dict(authors=["Yıldız-Ergün", "Korkmaz", "Demirel"], title="Yapay taş işçilerinde silikozun erken tanısı: Manisa'dan bir olgu serisi", year=2024, doi="10.99999/ttd.2024.23145", kind=A),
]
put("pdftext", "yapay-tas-silikozu-tr", {
 "about": "An invented Turkish occupational-health article (silicosis among engineered-stone benchtop workers diagnosed in İzmir and Manisa, 2019–2024) as pdftotext (no -layout) gives the four pages of a journal article: journal head with the article's own (invented) DOI, Turkish and English titles, the authors in capitals, Öz with Amaç/Yöntem/Bulgular and Anahtar sözcükler, form feeds, running heads with page numbers on pages 2–4 and a bare page number at the foot of page 1, APA 7 author–date citations in Turkish (`vd.`, `ve`, `s.`, `md.`), citations wrapped across lines inside a name (`(İş Sağlığı ve` ⏎ `Güvenliği Kanunu, 2012)`, `(Çalışma ve Sosyal Güvenlik` ⏎ `Bakanlığı [ÇSGB], 2013)`, `(Demirel ve` ⏎ `Aslan, 2025)`), an abbreviation defined at first citation and used later (`ÇSGB (2013)`), the Turkish possessive and genitive forms `Kramer ve` ⏎ `arkadaşlarının (2012)` and `Tüzün-Karaca'nın (2022)`, a table's `Kaynak:` line citing two works, and an alphabetical Kaynakça (Turkish alphabet: Ç after C, İ after H, Ü after T) of 13 entries with hanging indents and DOIs as https://doi.org/ addresses. Real works cited with data as remembered (author lists, pages and DOIs may differ from the published records): Akgün et al. 2008, Hoy and Chambers 2020, Hoy et al. 2021, Kramer et al. 2012, León-Jiménez et al. 2020, the Tozla Mücadele Yönetmeliği (2013), Law no. 6331 (2012), SGK's statistical yearbook, the epiR package. Invented: the authors Yıldırım-Aksoy and Özkan, the journal issue and its DOI 10.99999/tisgd.2026.1402.05, the case series and its figures, the medRxiv preprint of Demirel and Aslan (DOI 10.99999/2025.05.02.25326811), the Türk Toraks Derneği silicosis guideline version 2.0, Tüzün-Karaca's doctoral thesis, the article of Yıldız-Ergün, Korkmaz and Demirel (DOI 10.99999/ttd.2024.23145).",
 "document": "yapay-tas-silikozu.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})

# ---- mediawiki: Indonesian Wikipedia-style article on a historical epidemic (the 1918 influenza in the Dutch East Indies) ----
chandra = dict(authors=["Chandra"], title="Mortality from the influenza pandemic of 1918–19 in Indonesia", year=2013, doi="10.1080/00324728.2012.754486", kind=A)
wibowo = dict(authors=["Wibowo"], title="Yang Terlupakan: Sejarah Pandemi Influenza 1918 di Hindia Belanda", year=2009, kind=B)
taub = dict(authors=["Taubenberger", "Morens"], title="1918 Influenza: the mother of all pandemics", year=2006, doi="10.3201/eid1201.050979", kind=A)
johnson = dict(authors=["Johnson", "Mueller"], title="Updating the accounts: global mortality of the 1918–1920 \"Spanish\" influenza pandemic", year=2002, doi="10.1353/bhm.2002.0022", kind=A)
patterson = dict(authors=["Patterson", "Pyle"], title="The geography and mortality of the 1918 influenza pandemic", year=1991, kind=A)
brown = dict(authors=["Brown"], title="The influenza pandemic of 1918 in Indonesia", year=1987, kind=CH)
kv = dict(title="Koloniaal verslag van 1919", year=1919, kind=R)
bgd = dict(title="De influenza-epidemie in Nederlandsch-Indië in 1918", year=1920, kind=B)
news = dict(title="De influenza", year=1918, url="https://resolver.kranten-archief.example.org/bn/1918-11-12/3", kind=A)
hartono = dict(authors=["Hartono-Widjaja"], title="Mantri cacar dan penanganan influenza di Karesidenan Kedu, 1918–1920", year=2019, kind=A)
nugroho = dict(authors=["Nugroho-Santosa"], title="Influenza 1918 di Jawa Tengah: mortalitas dan respons kolonial", year=2017, kind=T)
webpage = dict(title="Pandemi Flu Spanyol di Hindia Belanda", year=2020, url="https://sejarah-kesehatan.example.org/artikel/flu-spanyol-1918", kind=W)
sury = dict(authors=["Suryadinata-Hale", "Prawiro"], title="Excess mortality in Java during the 1918 influenza pandemic: evidence from colonial civil registers", year=2024, doi="10.99999/2024.10.21.24315870", kind=A)
mw_notes = [chandra, wibowo, taub, johnson, patterson, brown, kv, bgd, news, wibowo, hartono, nugroho, webpage, sury]
assert len(mw_notes) == 14
put("mediawiki", "flu-1918-hindia-belanda-id", {
 "about": "An Indonesian Wikipedia-style article (written for this corpus) on the 1918 influenza pandemic in the Dutch East Indies: an `{{Infobox pandemi}}`, internal links, sections Latar belakang, Penyebaran, Respons pemerintah kolonial, Warisan, `<ref>`s with CS1 templates as id.wikipedia uses them (`{{Cite journal}}`, `{{Cite book}}` with a corporate `author=`, `{{Cite news}}`, `{{Cite thesis}}`, `{{Cite web}}` with Indonesian access dates), a named ref `chandra` used three times and `kv1919` twice, `{{sfn}}` (Wibowo p=35 twice, one note; Brown pp=237–240 twice, one note; Wibowo pp=112–118 a note of its own; a corporate `{{sfn|Burgerlijke Geneeskundige Dienst|1920|p=14}}`; Patterson and Pyle), `{{Reflist}}` under `== Referensi ==` and a `== Daftar pustaka ==` of four `ref=harv` templates (Brown's chapter in Owen's volume, the BGD publication, Patterson and Pyle's article, Wibowo's book). Real works cited with data as remembered: Chandra 2013, Taubenberger and Morens 2006, Johnson and Mueller 2002, Patterson and Pyle 1991, Brown 1987, Wibowo 2009 (its co-authors not given), the Koloniaal verslag van 1919. Invented: the BGD publication's title and imprint, the Bataviaasch Nieuwsblad item and the newspaper-archive host, Hartono-Widjaja's article in Lembaran Sejarah, Nugroho-Santosa's thesis, the web page on sejarah-kesehatan.example.org, the medRxiv preprint of Suryadinata-Hale and Prawiro (DOI 10.99999/2024.10.21.24315870), the Influenza Ordonnantie's details. Planted: note 11's `doi=10.99999.ls.2019.15.1.41` has a dot where its slash belongs: `malformed-field` at the ref's line (the note keyed without a DOI).",
 "document": "flu-1918-hindia-belanda.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [brown, bgd, patterson, wibowo],
})
