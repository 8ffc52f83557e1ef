"""Writes the meta.json of heldout49 half A's documents (latex, mediawiki, org, rst, pandoc).
Round 49's theme: legal, official and archival sources across languages (court decisions,
statutes, EU regulations, parliamentary papers, archival files, interviews, newspapers, mixed
with books and articles).  Labels and lines come from the ⟦label⟧ annotations in the sources
(checked on the built files); fields are given here by hand.  Conventions (see ../../README.md):
legislation (statutes, EU regulations, BOE laws) is keyed by year and kind (report) only; a
court decision by its title or case name as printed (parties, or the reporter reference with
its name where that is the entry's title), year, kind report; a parliamentary paper (BT-Drucksache,
Hansard) kind report, with its title where one is printed; an archival file kind unknown with
its title as printed and year; an interview held by the author kind commentary with its year
only; newspapers article.  Authors: family names as printed (compound Spanish surnames whole,
'von' Beyme keyed Beyme); editors and corporate authors (Deutscher Bundestag, The National
Archives, courts) not keyed.  DOIs bare; URLs with scheme.  Footnotes made by biblatex
\\footcite are labelled by their printed number (tests/corpus/README.md, fix46f); rst
footnotes by the number docutils gives them, rst citations by their label.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout49 bewertungsportale-de prorogation-case depuracion-magisterio-es twenty-year-rule untersuchungsausschuss-de"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: German law thesis chapter, biblatex authortitle-ibid, \footcite footnotes ----
wagner = dict(authors=["Wagner"], title="§ 823", year=2020, kind=CH)
larenz = dict(authors=["Larenz", "Canaris"], title="Lehrbuch des Schuldrechts", year=1994, kind=B)
vz = dict(title="BVerfGE 65, 1 – Volkszählung", year=1983, kind=R)
rav = dict(title="BVerfGE 152, 152 – Recht auf Vergessen I", year=2019, kind=R)
spick = dict(title="BGHZ 181, 328 – spickmich.de", year=2009, kind=R)
jameda = dict(title="Urteil vom 20.02.2018 – VI ZR 30/17 (Ärztebewertungsportal III)", year=2018, kind=R)
gspain = dict(title="Google Spain und Google, C-131/12", year=2014, kind=R)
dsgvo = dict(year=2016, kind=R)
gounalakis = dict(authors=["Gounalakis", "Klein"], title="Zulässigkeit von personenbezogenen Bewertungsplattformen", year=2010, kind=A)
kuehling = dict(authors=["Kühling"], title="Im Dauerlicht der Öffentlichkeit – Freifahrt für personenbezogene Bewertungsportale!?", year=2015, kind=A)
ortmann = dict(authors=["Ortmann"], title="Der Tatsachenkern der Sternebewertung", year=2022, kind=A)
brandt = dict(authors=["Brandt"], title="Bewertungsportale zwischen Meinungsfreiheit und Persönlichkeitsschutz", year=2021, kind=B)
netzdg = dict(title="Entwurf eines Gesetzes zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken (Netzwerkdurchsetzungsgesetz – NetzDG)", year=2017, kind=R)
put("latex", "bewertungsportale-de", {
 "about": "An invented German law dissertation chapter (rating portals and the general right of personality, § 823 Abs. 1 BGB) in LaTeX (scrbook, babel ngerman, csquotes), biblatex style=authortitle-ibid with biber and dissertation.bib beside it. Every citation is a \\footcite ([Rn.~364], [vgl.][S.~491--495], [43], no post-note): each makes a footnote, labelled by its printed number 1-17, its note the cited entry (a key footcited twice makes two footnotes). Statutes named in the text (§ 823 Abs. 1 BGB, Art. 2 Abs. 1 GG, Art. 6 Abs. 1 lit. f DSGVO, § 29 BDSG) are no citations. The .bib holds biblatex @jurisdiction entries (BVerfGE 65, 1; BVerfGE 152, 152; BGHZ 181, 328; BGH VI ZR 30/17; EuGH C-131/12 with its ECLI in note) and a @legislation entry (the GDPR), all without author, and \\printbibliography[nottype=jurisdiction,nottype=legislation,title={Literaturverzeichnis}] leaves them out of the list, as German theses do with case law: they are footnotes' notes but no literature entries. The literature is the 7 other cited entries in biblatex's nty order (name, title, year; the authorless @report BT-Drs. 18/12356 sorted by its title 'Entwurf ...'): Brandt, Entwurf (NetzDG), Gounalakis & Klein, Kühling, Larenz & Canaris, Ortmann, Wagner. wagner2020 is an @incollection on § 823 in the Münchener Kommentar with a shorthand (MüKoBGB/Wagner; editors not keyed), kind chapter, title '§ 823' as printed. Legislation keyed by year and kind only; decisions by their .bib title, year, kind report. Invented: the dissertation and its text, Ortmann 2022 and its title, Brandt 2021 and its title and series number. Real with data as remembered: Wagner in MüKoBGB 8th ed., Larenz & Canaris 1994, the decisions (BVerfGE 65, 1; BVerfGE 152, 152; BGHZ 181, 328 spickmich; BGH VI ZR 30/17; EuGH C-131/12), Regulation (EU) 2016/679, BT-Drs. 18/12356, Gounalakis & Klein NJW 2010, Kühling NJW 2015 (pages as remembered). Clean.",
 "document": "kapitel3.tex", "reader": "latex", "clean": True,
 "notes": {"1": wagner, "2": larenz, "3": vz, "4": rav, "5": spick, "6": spick, "7": gounalakis,
           "8": jameda, "9": kuehling, "10": jameda, "11": dsgvo, "12": gspain, "13": rav,
           "14": ortmann, "15": brandt, "16": netzdg, "17": brandt},
 "literature": [brandt, netzdg, gounalakis, kuehling, larenz, ortmann, wagner],
})

# ---- mediawiki: English Wikipedia article on R (Miller) v The Prime Minister [2019] UKSC 41 ----
judg = dict(title="R (Miller) v The Prime Minister; Cherry v Advocate General for Scotland", year=2019, url="https://www.supremecourt.uk/cases/uksc-2019-0192.html", kind=R)
put("mediawiki", "prorogation-case", {
 "about": "An invented English Wikipedia article on the 2019 prorogation case R (Miller) v The Prime Minister; Cherry v Advocate General for Scotland [2019] UKSC 41 (constitutional law): short description and Use-dmy templates, an {{Infobox court case}} naming the citations (no note), <ref> notes with {{cite court}} (|litigants= the case name, keyed as title; |vol=/|reporter=/|opinion= the neutral citation; |date= or |year=), {{cite news}}, {{cite book}}, {{cite journal}} with a DOI, {{cite legislation}} (Bill of Rights 1689; Dissolution and Calling of Parliament Act 2022: year and kind only), {{cite Hansard}} (kind report, its |title= keyed), named refs defined once and reused (judgment four times, cherry, gchq and okafor twice; gchq and okafor reused glued on one line), {{Reflist}}, == See also == (wikilinks, no notes) and == Further reading == of two {{cite book}} (the literature, in document order, never uncited). Labels: note numbers in order of first use (1-11). Kinds: court decisions and legislation report; the Hansard record report; cite news article. Invented: the article text, Ruth Hallam's news item in 'The Westminster Courier' and its URL, Nneka Okafor's article, its journal and DOI (prefix 10.99999). Real with data as remembered: the decisions ([2019] UKSC 41 and its URL, [2019] CSIH 49, [2019] EWHC 2381 (QB), Case of Proclamations (1610) 12 Co Rep 74, CCSU v Minister for the Civil Service [1985] AC 374, decided 22 November 1984), the Bill of Rights 1689, the 2022 Act, the Hansard statement (volume, column and URL as remembered), Bradley, Ewing & Knight 2018, Loughlin, Sumption 2019. Clean.",
 "document": "prorogation-case.wiki", "reader": "mediawiki", "clean": True,
 "notes": {
  "1": judg,
  "2": dict(authors=["Hallam"], title="Parliament to be suspended weeks before Brexit deadline", year=2019, url="https://www.westminstercourier.example.com/politics/2019/aug/28/parliament-suspended-brexit", kind=A),
  "3": dict(title="Case of Proclamations", year=1610, kind=R),
  "4": dict(title="Council of Civil Service Unions v Minister for the Civil Service", year=1984, kind=R),
  "5": dict(title="Cherry v Advocate General for Scotland", year=2019, kind=R),
  "6": dict(title="R (Miller) v The Prime Minister", year=2019, kind=R),
  "7": dict(authors=["Bradley", "Ewing", "Knight"], title="Constitutional and Administrative Law", year=2018, kind=B),
  "8": dict(year=1689, kind=R),
  "9": dict(title="Prime Minister's Update", year=2019, url="https://hansard.parliament.uk/Commons/2019-09-25/debates/PrimeMinisterUpdate", kind=R),
  "10": dict(authors=["Okafor"], title="Prorogation, justiciability and the limits of the prerogative", year=2020, doi="10.99999/plrq.2020.012", kind=A),
  "11": dict(year=2022, kind=R),
 },
 "literature": [dict(authors=["Loughlin"], title="The British Constitution: A Very Short Introduction", year=2023, kind=B),
                dict(authors=["Sumption"], title="Trials of the State: Law and the Decline of Politics", year=2019, kind=B)],
})

# ---- org: Spanish legal-history thesis chapter (purge of teachers, Toledo 1939-1942), org-cite csl ----
do = {
 "morente1997": dict(authors=["Morente Valero"], title="La escuela y el Estado Nuevo: La depuración del magisterio nacional (1936–1943)", year=1997, kind=B),
 "cuesta2009": dict(authors=["Cuesta"], title="La depuración de funcionarios bajo la dictadura franquista (1936–1975)", year=2009, kind=B),
 "casanova2002": dict(title="Morir, matar, sobrevivir: La violencia en la dictadura de Franco", year=2002, kind=B),
 "preston2012": dict(authors=["Preston"], title="The Spanish Holocaust: Inquisition and Extermination in Twentieth-Century Spain", year=2012, kind=B),
 "navarro2019": dict(authors=["Navarro Gil", "Ruiz Peña"], title="Maestros depurados en la provincia de Toledo: Una aproximación cuantitativa", year=2019, doi="10.99999/hme.2019.9.201", kind=A),
 "ortega2021": dict(authors=["Ortega"], title="La maestra de Oropesa que nunca volvió al aula", year=2021, url="https://elpais.example.com/cultura/2021-04-18/la-maestra-de-oropesa.html", kind=A),
 "ley1939": dict(year=1939, kind=R),
 "ley2007": dict(year=2007, kind=R),
 "sts101_2012": dict(title="Sentencia 101/2012, de 27 de febrero", year=2012, kind=R),
 "aga_toledo": dict(title="Magisterio nacional, provincia de Toledo: Expedientes de depuración, letras A–C", year=1940, kind=U),
 "ahpto_exp23": dict(title="Expediente de depuración de Aurelia Sánchez Mora, maestra de Oropesa", year=1940, kind=U),
 "sanchez2022": dict(year=2022, kind=C),
}
do_order = ["casanova2002", "cuesta2009", "ahpto_exp23", "ley2007", "ley1939", "aga_toledo",
            "morente1997", "navarro2019", "ortega2021", "preston2012", "sanchez2022", "sts101_2012"]
put("org", "depuracion-magisterio-es", {
 "about": "An invented Spanish legal-history doctoral thesis chapter (the purge of primary teachers in the province of Toledo, 1939-1942) in Org mode: #+bibliography: fuentes.bib, #+cite_export: csl (no style: org-cite's default Chicago author-date, list by author, or editor, or title where there is none, then year), headings with a :PROPERTIES: drawer, #+print_bibliography: under '* Fuentes y bibliografía'. Citations [cite:@key], [cite/t:@key], [cite/t:@key p. 209], [cite:@key pp. 187-214], [cite:@key fols. 4-9], [cite:@a pp. 45-72; @b]. The .bib: two BOE laws, a Supreme Court judgment and two archival files (AGA, AHPTo) as @misc with howpublished (laws year and kind report only; the judgment title, year, report; archival files title, year, unknown), an interview held by the author as @misc under the interviewee (kind commentary, year only), an edited volume (editor Casanova: not keyed as author, sorted under Casanova), a newspaper piece as @article (article), compound surnames (Morente Valero, Navarro Gil, Ruiz Peña). Literature: the 12 cited entries in that order: Casanova (ed.), Cuesta, Expediente..., Ley 52/2007, Ley de 10 de febrero de 1939, Magisterio nacional..., Morente Valero, Navarro Gil & Ruiz Peña, Ortega, Preston, Sánchez Mora, Sentencia 101/2012. Invented: the thesis, its author, the teacher Aurelia Sánchez Mora and her file, the interview, the box and file numbers, Navarro Gil & Ruiz Peña 2019 and its DOI, Ortega 2021 and its URL. Real with data as remembered: Morente Valero 1997, Cuesta 2009, Casanova 2002, Preston 2012, the Ley de 10 de febrero de 1939, Ley 52/2007, STS 101/2012 (its ECLI as remembered). Clean.",
 "document": "depuracion-magisterio-es.org", "reader": "org", "clean": True,
 "notes": do,
 "literature": [do[k] for k in do_order],
})

# ---- rst: English public-administration working paper, docutils footnotes and citations ----
pra = dict(year=1958, kind=R)
hans = dict(year=2013, kind=R)
tw = {
 "Cook1997": dict(authors=["Cook"], title="What Is Past Is Prologue: A History of Archival Ideas since 1898, and the Future Paradigm Shift", year=1997, kind=A),
 "Dacre2009": dict(authors=["Dacre"], title="Review of the 30 Year Rule", year=2009, kind=B),
 "Hennessy2000": dict(authors=["Hennessy"], title="The Prime Minister: The Office and Its Holders since 1945", year=2000, kind=B),
 "Moss2012": dict(authors=["Moss"], title="Where Have All the Files Gone? Lost in Action Points Every One", year=2012, doi="10.1177/0022009412451291", kind=A),
 "Ridley2021": dict(authors=["Ridley", "Asante"], title="Selection at the Second Review: Departmental Record Officers and the Twenty-Year Rule", year=2021, doi="10.99999/ar.2021.42.1.55", kind=A),
 "ShepherdYeo2003": dict(authors=["Shepherd", "Yeo"], title="Managing Records: A Handbook of Principles and Practice", year=2003, kind=B),
 "TNA2022": dict(title="Annual Report of the Advisory Council on National Records and Archives 2021–22", year=2022, kind=R),
}
put("rst", "twenty-year-rule", {
 "about": "An invented English public-administration working paper (British departments' review of records under the move from the 30-year to the 20-year rule) in reStructuredText (docutils): a title with over- and underline, a field list, a contents directive, hand-numbered footnotes [1]_-[7]_ (used in order), an auto-numbered labelled footnote [#hansard]_ used twice and an anonymous [#]_ (docutils numbers the .. [#hansard] definition 8 and the .. [#] one 9, the first free numbers after the manual ones, in definition order), citations [Label]_ to a References list of .. [Label] entries (Chicago bibliography style), two citations on one line. Notes (footnotes) hold statutes (Public Records Act 1958 twice, Constitutional Reform and Governance Act 2010, Freedom of Information Act 2000: year and kind report only), two TNA archival files (CAB 128/44 conclusions; PREM 19/1057 a letter: title as quoted, year, unknown), a case (R (Evans) v Attorney General [2015] UKSC 21: title, year, report), an interview held by the author (commentary, year) and Hansard (report, year). Literature: the 7 citation entries in document order; TNA's annual report a report (corporate author not keyed), the Dacre review keyed with its chair Dacre as printed, kind book (its title calls it a review, not a report: tests/corpus/README.md's rule for government publications). Invented: the paper and its author, the interview, Ridley & Asante 2021 and its DOI (prefix 10.99999), the quotations attributed to files, officials and the statement. Real with data as remembered: the statutes, CAB 128/44 and PREM 19/1057 (file numbers as remembered), R (Evans) [2015] UKSC 21, HC Deb 12 March 2013 vol 560 col 10WS (as remembered), Cook 1997, Dacre 2009, Hennessy 2000, Moss 2012 and its DOI, Shepherd & Yeo 2003, the ACNRA annual report. Planted: [ShepherdYeo2003] is in the References but cited nowhere: uncited-literature-entry at the entry's first line.",
 "document": "twenty-year-rule.rst", "reader": "rst", "clean": True,
 "notes": {
  "1": pra, "2": dict(year=2010, kind=R), "3": pra,
  "4": dict(title="Conclusions of a Meeting of the Cabinet held at 10 Downing Street", year=1969, kind=U),
  "5": dict(title="Release of Cabinet Papers", year=1983, kind=U),
  "6": dict(title="R (Evans) v Attorney General", year=2015, kind=R),
  "7": dict(year=2022, kind=C),
  "8": hans, "9": dict(year=2000, kind=R),
  **{k: v for k, v in tw.items() if k != "ShepherdYeo2003"},
 },
 "literature": [tw[k] for k in ["Cook1997", "Dacre2009", "Hennessy2000", "Moss2012", "Ridley2021", "ShepherdYeo2003", "TNA2022"]],
})

# ---- pandoc: German political-science working paper, CSL-JSON, default CSL ----
ua = {
 "glauben2016": dict(authors=["Glauben", "Brocker"], title="Das Recht der parlamentarischen Untersuchungsausschüsse in Bund und Ländern", year=2016, kind=B),
 "siefken2018": dict(authors=["Siefken"], title="Parlamentarische Kontrolle im Wandel: Theorie und Praxis des Deutschen Bundestages", year=2018, kind=B),
 "beyme1997": dict(authors=["Beyme"], title="Der Gesetzgeber: Der Bundestag als Entscheidungszentrum", year=1997, kind=B),
 "kipke1985": dict(authors=["Kipke"], title="Die Untersuchungsausschüsse des Deutschen Bundestages: Praxis und Reform der parlamentarischen Enquete", year=1985, kind=B),
 "bverfge67_100": dict(title="Flick-Untersuchungsausschuss", year=1984, kind=R),
 "bverfge124_78": dict(title="BND-Untersuchungsausschuss", year=2009, kind=R),
 "puag2001": dict(year=2001, kind=R),
 "btdrs14_5790": dict(title="Beschlussempfehlung und Bericht des Ausschusses für Wahlprüfung, Immunität und Geschäftsordnung zu dem Entwurf eines Gesetzes zur Regelung des Rechts der Untersuchungsausschüsse", year=2001, kind=R),
 "btdrs18_12850": dict(title="Beschlussempfehlung und Bericht des 1. Untersuchungsausschusses nach Artikel 44 des Grundgesetzes", year=2017, kind=R),
 "padbt3119": dict(title="Kurzprotokolle des 1. Untersuchungsausschusses der 10. Wahlperiode (Flick), 12.–20. Sitzung", year=1984, kind=U),
 "interview2023b": dict(year=2023, kind=C),
 "schuettemeyer1998": dict(authors=["Schüttemeyer"], title="Fraktionen im Deutschen Bundestag 1949–1997: Empirische Befunde und theoretische Folgerungen", year=1998, kind=B),
 "hoffmann2019": dict(authors=["Hoffmann", "Weber"], title="Minderheitenrechte im Untersuchungsverfahren: Eine Vermessung der Klagepraxis", year=2019, doi="10.99999/zparl.2019.03.497", kind=A),
 "lohmeier2016": dict(authors=["Lohmeier"], title="Ausschuss ohne Akten", year=2016, url="https://www.faz.example.net/politik/inland/ausschuss-ohne-akten-14213.html", kind=A),
}
ua_order = ["btdrs18_12850", "btdrs14_5790", "beyme1997", "bverfge124_78", "bverfge67_100", "puag2001",
            "interview2023b", "glauben2016", "hoffmann2019", "kipke1985", "padbt3119", "lohmeier2016",
            "schuettemeyer1998", "siefken2018"]
put("pandoc", "untersuchungsausschuss-de", {
 "about": "An invented German political-science working paper (parliamentary committees of inquiry in the Bundestag, 1983-2017) in Pandoc Markdown: YAML with lang: de-DE, bibliography: quellen.json (CSL-JSON), link-citations, no csl (Pandoc's default Chicago author-date: by author, or title where there is none, then year; 'von' Beyme a dropping particle, sorted under B), ::: {#refs} under '# Literatur und Quellen'. Citations [@key, 12–19], [@a, 211–240; @b, 268], [@key, Rn. 124–126], [vgl. @key, 233], @key [S. 402], @key [Kap. 6], bare @key, [@a; @b, 201]. Statutes named in the text (Art. 44 Abs. 1 GG) are no citations. CSL-JSON types: legal_case (BVerfGE 67, 100 and 124, 78: title the decision's name, year, report), legislation (PUAG: year and kind report only), report with genre Drucksache (BT-Drs. 14/5790 and 18/12850: title, year, report; the Bundestag as publisher not keyed), manuscript with archive and archive_location (Parlamentsarchiv PA-DBT 3119: title, year, unknown), interview held by the author (commentary, year only), article-newspaper (article), article-journal with DOI, books. Literature: the 14 entries in the order above. Invented: the paper and its author, the interview, Hoffmann & Weber 2019 and its DOI (prefix 10.99999), Lohmeier 2016 and its URL, the archive volume and its title, the quotations. Real with data as remembered: Glauben & Brocker 2016, Siefken 2018, von Beyme 1997, Kipke 1985, Schüttemeyer 1998, BVerfGE 67, 100 (Flick) and 124, 78 (BND), the PUAG 2001, BT-Drs. 14/5790 and 18/12850 (numbers, dates and titles as remembered). Planted: @schindler2020 [S. 77–81] has no entry in quellen.json: keyed as a pair with no note, missing-literature-entry at its line.",
 "document": "untersuchungsausschuss-de.md", "reader": "pandoc-markdown", "clean": True,
 "notes": ua,
 "literature": [ua[k] for k in ua_order],
})
