"""Writes the meta.json of heldout52 half A's documents (docx, pandoc, mediawiki, plaintext,
asciidoc).  Round 52's theme: biomedicine and public health -- how clinical and health
literature is cited.  Labels and lines come from the ⟦label⟧ annotations in the sources
(the Word document's from its footnotes, numbered by build_docx.py, at their body
paragraph), checked on the built files by check_a.py; fields are given here by hand.
Conventions: see ../../README.md, "Half A".  In short: journal articles, Cochrane reviews,
preprints (medRxiv) and a journal's erratum notice `article`; laws, regulations, court
decisions, guidelines, agency and surveillance reports, drug labels (US prescribing
information, EMA EPAR product information), regulatory guidances and statistics bulletins
`report`; a trial-registry record, datasets, software and web pages `web`; a chapter in a
textbook `chapter`; theses `thesis`.  Group and corporate authors (UKHSA, JCVI, ECDC, R Core
Team, WHO, BfArM, IQWiG, EPUAP/NPIAP/PPPIA, TÜİK, Bristol-Myers Squibb, CLSI, FDA, EMA, ICH)
are not keyed; `et al.`/`and others`/`display-authors=etal` keep only the names printed;
editors are not keyed.  A designation (registry number DRKS..., EMA/CHMP/... number,
EMEA/H/C/..., CLSI C62-A) is no part of a title.  `Ebd.` and short repeats (`Gerke, Stern,
Minssen (Fn. 6)`) are keyed with the work they repeat.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout52 rsv-saison-qmd measles-mandate-wiki evde-bakim-tr apixaban-tdm
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout52 diga-evidenz-de"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, P, C = "book", "article", "report", "chapter", "web", "thesis", "patent", "commentary"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(notes, order):
    out = []
    for lab in order:
        e = dict(notes[lab])
        if lab.isdigit():
            e = {"number": int(lab), **e}
        out.append(e)
    return out


# ---- docx: German health-policy book chapter, Word footnotes (Vancouver-like note text) ----
bfarm = dict(title="Das Fast-Track-Verfahren für digitale Gesundheitsanwendungen (DiGA) nach § 139e SGB V: Ein Leitfaden für Hersteller, Leistungserbringer und Anwender", year=2023, url="https://www.bfarm.de/SharedDocs/Downloads/DE/Medizinprodukte/diga_leitfaden.html", kind=R)
gerke = dict(authors=["Gerke", "Stern", "Minssen"], title="Germany’s digital health reforms in the COVID-19 era: lessons and opportunities for other countries", year=2020, doi="10.1038/s41746-020-0306-7", kind=A)
nice = dict(title="Evidence standards framework for digital health technologies", year=2019, url="https://www.nice.org.uk/corporate/ecd7", kind=R)
dx = {
 "1": dict(title="Gesetz für eine bessere Versorgung durch Digitalisierung und Innovation (Digitale-Versorgung-Gesetz – DVG) vom 9. Dezember 2019", year=2019, kind=R),
 "2": dict(title="Sozialgesetzbuch (SGB) Fünftes Buch (V) – Gesetzliche Krankenversicherung", year=2023, kind=R),
 "3": dict(title="Verordnung über das Verfahren und die Anforderungen zur Prüfung der Erstattungsfähigkeit digitaler Gesundheitsanwendungen in der gesetzlichen Krankenversicherung (Digitale Gesundheitsanwendungen-Verordnung – DiGAV) vom 8. April 2020", year=2020, kind=R),
 "4": bfarm,
 "5": bfarm,
 "6": gerke,
 "7": dict(authors=["Lantzsch", "Eckhardt", "Campione", "Busse", "Henschke"], title="Digital health applications and the fast-track pathway to public health coverage in Germany: challenges and opportunities based on first experiences", year=2022, doi="10.1186/s12913-022-08500-6", kind=A),
 "8": dict(authors=["Sterne", "Savović", "Page"], title="RoB 2: a revised tool for assessing risk of bias in randomised trials", year=2019, doi="10.1136/bmj.l4898", kind=A),
 "9": dict(title="Allgemeine Methoden", year=2023, kind=R),
 "10": dict(authors=["Karyotaki", "Efthimiou", "Miguel"], title="Internet-based cognitive behavioral therapy for depression: a systematic review and individual patient data network meta-analysis", year=2021, doi="10.1001/jamapsychiatry.2020.4364", kind=A),
 "11": dict(title="Wirksamkeit einer App-gestützten kognitiven Verhaltenstherapie bei chronischem Tinnitus – randomisierte kontrollierte Studie", year=2021, url="https://drks.example.net/DRKS00099017", kind=W),
 "12": dict(authors=["Hartwig-Stolz", "Yıldırım", "Brauckmann"], title="App-gestützte kognitive Verhaltenstherapie bei chronischem Tinnitus: randomisierte kontrollierte Studie", year=2023, doi="10.99999/arztebl.m2023.0071", kind=A),
 "13": dict(year=2023, doi="10.99999/arztebl.m2023.0139", kind=A),
 "14": dict(title="Nationale VersorgungsLeitlinie Typ-2-Diabetes – Langfassung", year=2023, kind=R),
 "15": nice,
 "16": nice,
 "17": gerke,
 "18": dict(authors=["Albrecht-Nowak"], title="Vergütung digitaler Gesundheitsanwendungen nach § 134 SGB V: eine Analyse der ersten Schiedsverfahren", year=2024, kind=T),
 "19": dict(authors=["Guyatt", "Oxman", "Vist"], title="GRADE: an emerging consensus on rating quality of evidence and strength of recommendations", year=2008, doi="10.1136/bmj.39489.470347.AD", kind=A),
}
put("docx", "diga-evidenz-de", {
 "about": "An invented German health-policy book chapter (evidence requirements for digital health applications, DiGA, under the Digitale-Versorgung-Gesetz) as a Word document: headings, an author line, paragraphs with 19 footnotes in Vancouver-like note style (AMA-style journal references with doi:, laws with BGBl. citations, the BfArM guide, IQWiG methods, a national care guideline, the NICE framework, a DRKS trial registration, an erratum notice `Erratum in: ... Zu: ...`, a dissertation), two `Ebd.` notes and one short repeat `Gerke, Stern, Minssen (Fn. 6), S. 3.`, one `Vgl.` prefix, hyperlinks in three notes. No reference list: the literature is empty. Labels are the footnote numbers at their body paragraph. Kinds: laws, regulation, the BfArM guide, IQWiG methods, the NVL guideline and the NICE framework report; the DRKS registry record web (its number DRKS00099017 no part of its title); journal articles and the erratum notice article (the erratum is keyed by its own year and DOI only: the authors and short title after `Zu:` belong to the corrected article); the dissertation thesis. `Ebd.` and the short repeat are keyed with the work they repeat. Corporate authors (BfArM, IQWiG, BÄK/KBV/AWMF, NICE) not keyed; `et al.` keeps the printed names. Invented: the chapter and its authors, the DRKS record DRKS00099017 and its example.net URL, Hartwig-Stolz et al. 2023 and its erratum (DOIs with prefix 10.99999), Albrecht-Nowak's dissertation. Real with data as remembered: DVG, SGB V, DiGAV, the BfArM guide (version and URL as remembered), Gerke et al. 2020, Lantzsch et al. 2022, Sterne et al. 2019, IQWiG Allgemeine Methoden 7.0, Karyotaki et al. 2021, the NVL Typ-2-Diabetes, NICE ECD7, Guyatt et al. 2008. Clean.",
 "document": "diga-evidenz.docx", "reader": "docx", "clean": True, "lang": "de-DE",
 "notes": dx, "literature": [],
})

# ---- pandoc: English epidemiology report, Quarto .qmd + references.bib (biblatex types) ----
pd = {
 "hall2009": dict(authors=["Hall", "Weinberg", "Iwane"], title="The Burden of Respiratory Syncytial Virus Infection in Young Children", year=2009, doi="10.1056/NEJMoa0804877", kind=A),
 "li2022": dict(authors=["Li", "Wang", "Blau"], title="Global, Regional, and National Disease Burden Estimates of Acute Lower Respiratory Infections due to Respiratory Syncytial Virus in Children Younger than 5 Years in 2019: A Systematic Analysis", year=2022, doi="10.1016/S0140-6736(22)00478-0", kind=A),
 "ukhsa2024": dict(title="Surveillance of Influenza and Other Seasonal Respiratory Viruses in the UK, Winter 2023 to 2024", year=2024, url="https://www.gov.uk/government/statistics/annual-flu-reports", kind=R),
 "hammitt2022": dict(authors=["Hammitt", "Dagan", "Yuan"], title="Nirsevimab for Prevention of RSV in Healthy Late-Preterm and Term Infants", year=2022, doi="10.1056/NEJMoa2110275", kind=A),
 "kampmann2023": dict(authors=["Kampmann", "Madhi", "Munjal"], title="Bivalent Prefusion F Vaccine in Pregnancy to Prevent RSV Illness in Infants", year=2023, doi="10.1056/NEJMoa2216480", kind=A),
 "jcvi2023": dict(title="Respiratory Syncytial Virus (RSV) Immunisation Programme: JCVI Advice, 7 June 2023", year=2023, kind=R),
 "okonkwo2023preprint": dict(authors=["Okonkwo", "Brennan", "Delacroix"], title="Timing of RSV Season Onset in England after the COVID-19 Pandemic: A Time-Series Analysis of Sentinel Data", year=2023, doi="10.99999/2023.04.11.23288412", kind=A),
 "okonkwo2024": dict(authors=["Okonkwo", "Brennan", "Delacroix"], title="Earlier Onset of Respiratory Syncytial Virus Seasons in England, 2015/16 to 2022/23: A Time-Series Analysis", year=2024, doi="10.99999/1560-7917.ES.2024.29.6.2300412", kind=A),
 "brennan2024data": dict(authors=["Brennan"], title="Weekly RSV Laboratory Detections by Age Band, England, 2015–2024", year=2024, doi="10.99999/zenodo.8812345", kind=W),
 "ecdc2024erviss": dict(title="European Respiratory Virus Surveillance Summary (ERVISS): Weekly Data", year=2024, url="https://github.com/EU-ECDC/Respiratory_viruses_weekly_data", kind=W),
 "cleveland1990": dict(authors=["Cleveland", "Cleveland", "McRae", "Terpenning"], title="STL: A Seasonal-Trend Decomposition Procedure Based on Loess", year=1990, kind=A),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "benchimol2015": dict(authors=["Benchimol", "Smeeth", "Guttmann"], title="The REporting of Studies Conducted Using Observational Routinely-Collected Health Data (RECORD) Statement", year=2015, doi="10.1371/journal.pmed.1001885", kind=A),
}
put("pandoc", "rsv-saison-qmd", {
 "about": "An invented English epidemiology report (the onset of RSV seasons in English sentinel surveillance, 2015-2024) as a Quarto .qmd: YAML header (authors with affiliations, html and docx formats, bibliography: references.bib, lang: en-GB), an R chunk with `#| label: fig-onset` and a Quarto cross reference `@fig-onset` in the text (a figure reference, no citation), `::: {#refs}` under References. Citations: [@a; @b], [@key, pp. 14–16], [@key, items 6.1–6.3], [@key, table 2], [@a; see also @b for ...], [cf. @key], a suppressed author [-@key], narrative @key and @key [annex B]; labelled by their .bib key, their note the entry. The .bib uses biblatex types: @article (NEJM, Lancet, PLoS Medicine, Eurosurveillance, J Off Stat), a medRxiv preprint as @article with journal = {medRxiv}, @report (UKHSA, JCVI, corporate authors in double braces), @dataset (Zenodo, ECDC's GitHub data), @manual (R Core Team); pmid and note fields. Literature: the 13 entries, all cited, in the order pandoc's default Chicago author-date style prints them (author, then year; corporate authors under their name): Benchimol, Brennan, Cleveland, European Centre..., Hall, Hammitt, Joint Committee..., Kampmann, Li, Okonkwo 2023, Okonkwo 2024, R Core Team, UK Health Security Agency. Kinds: journal articles and the preprint article; the UKHSA surveillance report and the JCVI advice report; the two datasets and the R manual web. `and others` keeps the three printed names. Invented: the report and its authors, Okonkwo et al.'s preprint and journal version (DOIs with prefix 10.99999), Brennan's Zenodo dataset, the onset weeks. Real with data as remembered: Hall 2009, Li 2022, Hammitt 2022, Kampmann 2023, UKHSA's annual report (title and URL as remembered), JCVI's 2023 RSV advice (title as remembered), ECDC's ERVISS repository, Cleveland et al. 1990, R, Benchimol 2015. Planted: @teirlinck2021 (end of the Background's first paragraph) has no .bib entry: keyed as a pair with no note, missing-literature-entry at its line.",
 "document": "rsv-onset.qmd", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in ["benchimol2015", "brennan2024data", "cleveland1990", "ecdc2024erviss", "hall2009",
                                "hammitt2022", "jcvi2023", "kampmann2023", "li2022", "okonkwo2023preprint",
                                "okonkwo2024", "rcore2024", "ukhsa2024"]],
})

# ---- mediawiki: English Wikipedia article on a German public-health law ----
mw = {
 "1": dict(title="Gesetz für den Schutz vor Masern und zur Stärkung der Impfprävention (Masernschutzgesetz)", year=2020, url="https://www.bgbl.de/xaver/bgbl/start.xav?startbk=Bundesanzeiger_BGBl&jumpTo=bgbl120s0148.pdf", kind=R),
 "2": dict(authors=["Guerra", "Bolotin", "Lim"], title="The basic reproduction number (R0) of measles: a systematic review", year=2017, doi="10.1016/S1473-3099(17)30307-9", kind=A),
 "3": dict(title="Eliminating measles and rubella in the WHO European Region: integrated guidance for surveillance, outbreak response and verification of elimination", year=2019, url="https://apps.who.int/iris/handle/10665/324993", kind=R),
 "4": dict(authors=["Rieck", "Feig", "Siedler"], title="Impfquoten von Kinderschutzimpfungen in Deutschland – aktuelle Ergebnisse aus der RKI-Impfsurveillance", year=2019, doi="10.25646/6006", kind=A),
 "5": dict(authors=["Werber", "Hoffmann", "Santibanez"], title="Large measles outbreak introduced by asylum seekers and spread among the insufficiently vaccinated resident population, Berlin, October 2014 to August 2015", year=2017, doi="10.2807/1560-7917.ES.2017.22.34.30599", kind=A),
 "6": dict(title="Masernschutzgesetz – Fragen und Antworten", url="https://www.masernschutz.de/faq", kind=W),
 "7": dict(title="Empfehlungen der Ständigen Impfkommission (STIKO) beim Robert Koch-Institut 2024", year=2024, doi="10.25646/11892.4", kind=R),
 "8": dict(title="Beschluss des Ersten Senats vom 21. Juli 2022 – 1 BvR 469/20", year=2022, url="https://www.bundesverfassungsgericht.de/e/rs20220721_1bvr046920.html", kind=R),
 "9": dict(authors=["Hoffmann-Kessler"], title="Impfpflicht und Elternrecht nach Vavřička", year=2022, doi="10.99999/zmg.2022.0317", kind=A),
 "10": dict(title="Infektionsepidemiologisches Jahrbuch meldepflichtiger Krankheiten für 2022", year=2023, kind=R),
 "11": dict(authors=["Lindner", "Aksoy", "Petersen"], title="Second-dose measles vaccination coverage before and after the Measles Protection Act: an interrupted time-series analysis of school-entry examinations", year=2023, doi="10.99999/j.vaccine.2023.05.044", kind=A),
 "12": dict(authors=["Neufeind", "Betsch", "Habersaat"], title="Barriers and drivers to adult vaccination among family physicians – insights for tailoring the immunization program in Germany", year=2020, doi="10.1016/j.vaccine.2020.04.052", kind=A),
 "13": dict(title="Seventh meeting of the European Regional Verification Commission for Measles and Rubella Elimination (RVC)", year=2019, url="https://www.who.int/europe/publications/i/item/WHO-EURO-2019-3524-43283-60686", kind=W),
 "14": dict(authors=["Betsch", "Böhm"], title="Detrimental effects of introducing partial compulsory vaccination: experimental evidence", year=2016, doi="10.1093/eurpub/ckv154", kind=A),
 "15": dict(authors=["Omer", "Betsch", "Leask"], title="Mandate vaccination with care", year=2019, doi="10.1038/d41586-019-02232-0", kind=A),
 "16": dict(authors=["Sprengholz", "Betsch"], title="Herd immunity communication counters detrimental effects of selective vaccination mandates: experimental evidence", year=2020, doi="10.1016/j.eclinm.2020.100352", kind=A),
}
put("mediawiki", "measles-mandate-wiki", {
 "about": "An invented English Wikipedia article on Germany's Measles Protection Act (Masernschutzgesetz, 2020): short description, Use dmy dates, an infobox, {{lang-de}}, sections, See also, References with {{Reflist}}, categories. Citations are <ref> notes numbered in order of first use: {{cite journal}} with last/first, display-authors=etal, doi, pmid and pmc; one with vauthors; {{cite web}} with access-date or date; {{Cite report}} / {{cite report}} for the law, WHO guidance, STIKO recommendations and the RKI yearbook; named refs defined once and reused (<ref name=\"bgbl\" /> twice, rki-epibull and who-evap once each); two refs back to back. Labels are the note numbers (a reused name keeps its number); no separate list: the literature is empty. Kinds: the law (BGBl.), the court decision, WHO guidance, the STIKO recommendations and the RKI yearbook report; journal articles (Epidemiologisches Bulletin included) article; the ministry's FAQ page and the WHO meeting page (cite web) web. Authors: `last`/`vauthors` family names printed; display-authors=etal keeps the printed three; corporate authors (WHO Regional Office for Europe, Ständige Impfkommission, Robert Koch-Institut) not keyed; no year where only an access date is given (note 6). Invented: the article's text, Hoffmann-Kessler 2022 and its journal, Lindner et al. 2023 (DOIs with prefix 10.99999, pmid 99912345), the 1.6-point figure; the masernschutz.de FAQ and the WHO meeting-page URL are as remembered and may not exist. Real with data as remembered: the Masernschutzgesetz (BGBl. I S. 148), Guerra 2017, WHO Europe 2019 guidance, Rieck 2019, Werber 2017, STIKO 2024, BVerfG 1 BvR 469/20, RKI Jahrbuch 2022, Neufeind 2020, Betsch & Böhm 2016, Omer et al. 2019, Sprengholz & Betsch 2020. Clean.",
 "document": "measles_protection_act.wiki", "reader": "mediawiki", "clean": True,
 "notes": mw, "literature": [],
})

# ---- plaintext: Turkish public-health nursing report, Vancouver (n) + numbered KAYNAKLAR ----
pt = {
 "1": dict(title="Prevention and treatment of pressure ulcers/injuries: clinical practice guideline. The international guideline", year=2019, kind=R),
 "2": dict(authors=["Li", "Lin", "Thalib", "Chaboyer"], title="Global prevalence and incidence of pressure injuries in hospitalised adult patients: a systematic review and meta-analysis", year=2020, doi="10.1016/j.ijnurstu.2020.103546", kind=A),
 "3": dict(authors=["Coleman", "Gorecki", "Nelson", "Closs", "Defloor", "Halfens"], title="Patient risk factors for pressure ulcer development: systematic review", year=2013, doi="10.1016/j.ijnurstu.2012.11.019", kind=A),
 "4": dict(authors=["Yılmazer", "Tuzer"], title="Evde bakım hastalarında basınç yarası risk faktörleri: kesitsel bir çalışma", year=2021, doi="10.99999/hemarge.2021.0412", kind=A),
 "5": dict(title="İstatistiklerle Yaşlılar, 2023", year=2024, kind=R),
 "6": dict(title="Sağlık Bakanlığı Sunulan Evde Sağlık Hizmetlerinin Uygulama Usul ve Esasları Hakkında Yönetmelik", year=2015, kind=R),
 "7": dict(authors=["Aksakal Yıldız", "Kuloğlu", "Saygın"], title="Evde bakım hastalarında basınç yarası prevalansı ve bakım verenin bilgi düzeyi", year=2020, doi="10.99999/nurses.2020-74031", kind=A),
 "8": dict(authors=["Dervişoğlu Korkmaz", "Erten"], title="Bakım veren eğitiminin basınç yarası gelişimine etkisi: randomize kontrollü çalışma", year=2022, doi="10.99999/jern.2022.1187", kind=A),
 "9": dict(authors=["Kalaycı"], title="Kuzeykent ilinde evde sağlık hizmeti alan hastalarda basınç yarası sıklığı ve ilişkili faktörler", year=2019, kind=T),
 "10": dict(authors=["Bergstrom", "Braden", "Laguzza", "Holman"], title="The Braden Scale for predicting pressure sore risk", year=1987, kind=A),
 "11": dict(authors=["McInnes", "Jammali-Blasi", "Bell-Syer", "Dumville", "Middleton", "Cullum"], title="Support surfaces for pressure ulcer prevention", year=2015, doi="10.1002/14651858.CD001735.pub5", kind=A),
 "12": dict(authors=["Gillespie", "Walker", "Latimer", "Thalib", "Whitty", "McInnes"], title="Repositioning for pressure injury prevention in adults", year=2020, doi="10.1002/14651858.CD009958.pub3", kind=A),
 "13": dict(authors=["Oğuzhan", "Sönmez"], title="Braden Risk Değerlendirme Ölçeği'nin Türkçe geçerlik ve güvenirlik çalışması", year=2009, kind=A),
 "14": dict(authors=["Tunçbilek"], title="Deri bütünlüğünün korunması", year=2019, kind=CH),
}
moore = dict(authors=["Moore", "Patton"], title="Risk assessment tools for the prevention of pressure ulcers", year=2019, doi="10.1002/14651858.CD006471.pub4", kind=A)
put("plaintext", "evde-bakim-tr", {
 "about": "An invented Turkish public-health nursing report (a pressure-ulcer prevention programme for older people in home health care, a provincial health directorate, 2023) as a plain .txt: a letterhead block in capitals, report number and date, numbered headings (1. GİRİŞ, 2.1. ...), a lettered list a)-c) with citations, Vancouver citations in parentheses: (1), (3,4), (7-9) (one pair per number of the range), (1, s. 38) with a Turkish page locator; KAYNAKLAR: a numbered list 1.-15. in Vancouver/ICMJE style with wrapped, indented continuation lines: the EPUAP/NPIAP/PPPIA guideline (editor Haesler), journal articles with doi:, two Cochrane reviews (`Cochrane Database Syst Rev. 2015;(9):CD001735`), a TÜİK bulletin, a regulation in the Resmî Gazete, a trial registration number in an entry, a Turkish master's thesis [yüksek lisans tezi], a chapter `In: ..., editör.` in a nursing textbook. Labels are the list numbers; notes the cited entries; literature all 15 entries with number. Kinds: the guideline, the TÜİK bulletin and the regulation report; articles and Cochrane reviews article; the thesis thesis; the textbook chapter chapter. Corporate authors (EPUAP..., TÜİK) and editors (Haesler, Akça Ay) not keyed; `et al.` keeps the printed six; Turkish compound surnames whole (Aksakal Yıldız, Dervişoğlu Korkmaz). Invented: the report, directorate (Kuzeykent), its authors and figures, Yılmazer & Tuzer 2021, Aksakal Yıldız et al. 2020, Dervişoğlu Korkmaz & Erten 2022 and NCT04999912, Kalaycı 2019, Oğuzhan & Sönmez 2009, Tunçbilek's chapter (DOIs with prefix 10.99999). Real with data as remembered: the 2019 international guideline, Li et al. 2020, Coleman et al. 2013, the TÜİK bulletin (number as remembered), the 2015 home-health regulation, Bergstrom et al. 1987, McInnes et al. 2015, Gillespie et al. 2020, Moore & Patton 2019, the Akça Ay textbook. Planted: entry 15 (Moore & Patton) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "basinc-yarasi-raporu.txt", "reader": "plain-text", "clean": True,
 "notes": pt,
 "literature": numbered(pt, [str(i) for i in range(1, 15)]) + [{"number": 15, **moore}],
})

# ---- asciidoc: English clinical-pharmacology lab method document, <<key>> + [bibliography] ----
ad = {
 "ichm10": dict(title="ICH guideline M10 on bioanalytical method validation and study sample analysis", year=2022, kind=R),
 "eliquis-uspi": dict(title="ELIQUIS (apixaban) tablets, for oral use: prescribing information", year=2021, url="https://packageinserts.bms.com/pi/pi_eliquis.pdf", kind=R),
 "ema-epar": dict(title="Eliquis: EPAR – product information", year=2023, url="https://www.ema.europa.eu/en/medicines/human/EPAR/eliquis", kind=R),
 "granger2011": dict(authors=["Granger", "Alexander", "McMurray", "Lopes", "Hylek", "Hanna"], title="Apixaban versus warfarin in patients with atrial fibrillation", year=2011, doi="10.1056/NEJMoa1107039", kind=A),
 "douxfils2018": dict(authors=["Douxfils", "Ageno", "Samama", "Lessire", "ten Cate", "Verhamme"], title="Laboratory testing in patients treated with direct oral anticoagulants: a practical guide for clinicians", year=2018, doi="10.1111/jth.13912", kind=A),
 "gosselin2018": dict(authors=["Gosselin", "Adcock", "Bates", "Douxfils", "Favaloro", "Gouin-Thibault"], title="International Council for Standardization in Haematology (ICSH) recommendations for laboratory measurement of direct oral anticoagulants", year=2018, doi="10.1055/s-0038-1627480", kind=A),
 "byon2019": dict(authors=["Byon", "Garonzik", "Boyd", "Frost"], title="Apixaban: a clinical pharmacokinetic and pharmacodynamic review", year=2019, doi="10.1007/s40262-019-00775-z", kind=A),
 "weitz2018": dict(authors=["Weitz"], title="Blood coagulation and anticoagulant, fibrinolytic, and antiplatelet drugs", year=2018, kind=CH),
 "hollister2022": dict(authors=["Hollister", "Nakamura-Reyes", "Ostrowska"], title="Simultaneous determination of apixaban, rivaroxaban, edoxaban and dabigatran in human plasma by UHPLC-MS/MS for routine therapeutic drug monitoring", year=2022, doi="10.99999/j.jchromb.2022.123318", kind=A),
 "clsi-c62": dict(title="Liquid chromatography-mass spectrometry methods", year=2014, kind=R),
 "fda-bmv": dict(title="Bioanalytical method validation: guidance for industry", year=2018, url="https://www.fda.gov/media/70858/download", kind=R),
 "matuszewski2003": dict(authors=["Matuszewski", "Constanzer", "Chavez-Eng"], title="Strategies for the assessment of matrix effect in quantitative bioanalytical methods based on HPLC-MS/MS", year=2003, doi="10.1021/ac020361s", kind=A),
 "lindqvist-haddad2021": dict(authors=["Lindqvist-Haddad"], title="Measuring direct oral anticoagulants in routine care: chromogenic anti-Xa calibration versus mass spectrometry", year=2021, kind=T),
}
put("asciidoc", "apixaban-tdm", {
 "about": "An invented English clinical-pharmacology laboratory document (an LC-MS/MS method for apixaban in plasma and its validation summary) in AsciiDoc: document header with revision line and attributes (:sectnums:, :xrefstyle:), an [abstract] block, sections, a [#tab-ranges] table with a cross reference <<tab-ranges>> and a [[sec-calibration]] anchor cross-referenced twice (<<sec-calibration>>: no citations), superscript/subscript markup, a footnote:[...] holding a citation (a pair of its own, at its line), `<<key>>`, `<<key,section 4.1>>`, `<<key,p. 1268>>`, `<<key,pp. 41-58>>`, two markers side by side; a [bibliography] section `* [[[key]]] text` in Vancouver style with wrapped lines, PMIDs and a PMCID, a trial registration number in the text. Labels are the keys; notes the entries; literature the 13 entries in list order (all cited). Kinds: the ICH M10 guideline, the US prescribing information, the EMA EPAR product information, the CLSI guideline and the FDA guidance report (their designations EMA/CHMP/ICH/172948/2019, EMEA/H/C/002148, C62-A no part of their titles); journal articles article; the Goodman & Gilman chapter chapter; the thesis thesis. Corporate authors (ICH, Bristol-Myers Squibb, EMA, CLSI, FDA/CDER) and editors not keyed; `et al.` keeps the printed six. Invented: the document and laboratory, Hollister et al. 2022 (DOI prefix 10.99999), Lindqvist-Haddad's thesis, the concentration table's figures. Real with data as remembered: ICH M10, the Eliquis USPI and EPAR (URLs as remembered), Granger 2011, Douxfils 2018, Gosselin 2018, Byon 2019, Weitz in Goodman & Gilman 13th ed., CLSI C62-A, FDA 2018 guidance, Matuszewski 2003. Clean.",
 "document": "apixaban-lcms-method.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad,
 "literature": [ad[k] for k in ["ichm10", "eliquis-uspi", "ema-epar", "granger2011", "douxfils2018", "gosselin2018", "byon2019",
                                "weitz2018", "hollister2022", "clsi-c62", "fda-bmv", "matuszewski2003", "lindqvist-haddad2021"]],
})
