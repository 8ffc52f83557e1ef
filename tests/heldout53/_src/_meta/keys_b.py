"""Writes the meta.json of heldout53 half B's documents (docx, markdown-links, mediawiki,
asciidoc, plaintext).  Round 53's theme: social-science fieldwork and survey research — how
sociology, political science, anthropology, education and migration studies cite.  Labels and
lines come from the ⟦label⟧ annotations in the sources; fields are given here by hand.
Conventions (see ../../HALF_B.md): authors are family names as printed (corporate authors —
CBS, GUS, OECD, ESS ERIC, ASA, QSR International, 통계청, 중앙선거관리위원회, 한국갤럽 — not keyed;
`et al.`, `i in.`, `외` not keyed; Dutch particles kept: van der Woude; Korean names by their
family name, the first syllable: 박선경 → 박); titles as printed, subtitle included, a translation
or transliteration in brackets and descriptors (`[Data set]`, `[데이터 세트]`, `[Preregistration]`,
`(R package version 4.2)`, `(Version 12) [Computer software]`) no part of them; author–date
citations cite their entry by its position in the alphabetical list (`n`; `[n]` in the Word
article, whose footnotes are numbered too); markdown-links body links cite the Sources entry
with the same address, by its position.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout53 segregacja-szkolna-pl interviewing-fieldwork ess-wiki idae-namseong-ko
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout53 crimmigratie-nl"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- plaintext: Polish education / sociology report, author–year, alphabetical BIBLIOGRAFIA ----
pl = [
 dict(authors=["Bourdieu", "Passeron"], title="Reprodukcja. Elementy teorii systemu nauczania", year=2011, kind=B),
 dict(authors=["Coleman", "Campbell", "Hobson", "McPartland", "Mood", "Weinfeld", "York"], title="Equality of Educational Opportunity", year=1966, kind=B),
 dict(authors=["Dolata"], title="Szkoła – segregacje – nierówności", year=2008, kind=B),
 dict(authors=["Domański"], title="Hierarchie i bariery społeczne w latach dziewięćdziesiątych", year=2000, kind=B),
 dict(title="Oświata i wychowanie w roku szkolnym 2021/2022", year=2022, kind=R),
 dict(authors=["Kowalczyk-Nowak"], title="Wybory edukacyjne młodzieży z rodzin robotniczych w dużym mieście", year=2019, kind=T),
 dict(authors=["Kwieciński"], title="Wykluczanie", year=2002, kind=B),
 dict(authors=["Nowicka", "Lis"], title="Segregacja szkolna w miastach średniej wielkości", year=2020, kind=R),
 dict(title="PISA 2018 Results (Volume II): Where All Students Can Succeed", year=2019, doi="10.1787/b5fd1b8f-en", kind=R),
 dict(title="PISA 2018 Database", year=2019, url="https://www.oecd.org/pisa/data/2018database/", kind=W),
 dict(title="Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe", year=2016, kind=R),
 dict(authors=["Putnam"], title="Bowling Alone: The Collapse and Revival of American Community", year=2000, kind=B),
 dict(authors=["Sawiński"], title="Zmiany systemu edukacji a nierówności w dostępie do wykształcenia", year=2008, kind=A),
 dict(authors=["Szafraniec"], title="Młodzi 2011", year=2011, kind=R),
 dict(authors=["Коваленко"], title="Освітні траєкторії українських підлітків у Польщі", year=2021, kind=B),
]
put("plaintext", "segregacja-szkolna-pl", {
 "about": "An invented Polish sociology-of-education research report (school choice and social segregation at the transition to upper-secondary school in medium-sized towns) as a plain .txt: title block, numbered sections, author–year citations in Polish style ((Coleman i in. 1966), (Bourdieu i Passeron 2011 [1970], s. 31-45), (OECD 2019a, 2019b), (Dolata 2008; Sawiński 2008), narrative Dolaty (2008, s. 112) in the genitive, Kowalczyk-Nowak (2019), Коваленко (2021, s. 57) in Cyrillic), a law cited by its short name (Prawo oświatowe 2016, art. 134), and an alphabetical BIBLIOGRAFIA with hanging indents (wrapped lines), Polish titles with English translations in brackets, a Ukrainian entry in Cyrillic with transliteration and translation, a PISA report with DOI and its database, a GUS yearbook, a doctoral thesis, a working paper. Author–date citations cite their entry by its position in the list (n). Invented: the authors of the report, Kowalczyk-Nowak 2019, Nowicka & Lis 2020, Коваленко 2021. Real works are given as the writer remembers them (details may differ). Planted: entry 7 (Kwieciński 2002) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "raport-segregacja.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pl) if i + 1 != 7},
 "literature": pl,
})

# ---- asciidoc: English research-methods handbook chapter on interviewing ----
ad_order = ["asa2018", "braun2006", "brinkmann2015", "duneier1999", "emerson2011", "gdpr2016", "goffman1989", "guest2006", "hartmann2022", "jerolmack2014", "lareau2021", "mcgrath2019", "nvivo2020", "small2009", "weiss1994"]
ad = {
 "asa2018": dict(title="Code of ethics", year=2018, url="https://www.asanet.org/about/ethics/", kind=R),
 "braun2006": dict(authors=["Braun", "Clarke"], title="Using thematic analysis in psychology", year=2006, doi="10.1191/1478088706qp063oa", kind=A),
 "brinkmann2015": dict(authors=["Brinkmann", "Kvale"], title="InterViews: Learning the craft of qualitative research interviewing", year=2015, kind=B),
 "duneier1999": dict(authors=["Duneier"], title="Sidewalk", year=1999, kind=B),
 "emerson2011": dict(authors=["Emerson", "Fretz", "Shaw"], title="Writing ethnographic fieldnotes", year=2011, kind=B),
 "gdpr2016": dict(title="Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data (General Data Protection Regulation)", year=2016, kind=R),
 "goffman1989": dict(authors=["Goffman"], title="On fieldwork", year=1989, doi="10.1177/089124189018002001", kind=A),
 "guest2006": dict(authors=["Guest", "Bunce", "Johnson"], title="How many interviews are enough? An experiment with data saturation and variability", year=2006, doi="10.1177/1525822X05279903", kind=A),
 "hartmann2022": dict(authors=["Hartmann", "Osei"], title="Deciding to return: An interview study of return migration from the Netherlands to Ghana", year=2022, doi="10.99999/osf.io/k7r2m", kind=W),
 "jerolmack2014": dict(authors=["Jerolmack", "Khan"], title="Talk is cheap: Ethnography and the attitudinal fallacy", year=2014, doi="10.1177/0049124114523396", kind=A),
 "lareau2021": dict(authors=["Lareau"], title="Listening to people: A practical guide to interviewing, participant observation, data analysis, and writing it all up", year=2021, kind=B),
 "mcgrath2019": dict(authors=["McGrath", "Palmgren", "Liljedahl"], title="Twelve tips for conducting qualitative research interviews", year=2019, doi="10.1080/0142159X.2018.1497149", kind=A),
 "nvivo2020": dict(title="NVivo", year=2020, url="https://www.qsrinternational.com/nvivo-qualitative-data-analysis-software/home", kind=W),
 "small2009": dict(authors=["Small"], title="\"How many cases do I need?\" On science and the logic of case selection in field-based research", year=2009, doi="10.1177/1466138108099586", kind=A),
 "weiss1994": dict(authors=["Weiss"], title="Learning from strangers: The art and method of qualitative interview studies", year=1994, kind=B),
}
ad_notes = {"1": dict(kind=C)}
ad_notes.update(ad)
put("asciidoc", "interviewing-fieldwork", {
 "about": "An invented English research-methods handbook chapter (Chapter 4: Interviewing in the Field, a department's teaching edition) in AsciiDoc with :sectnums:, [abstract], section anchors [[sec-…]] and cross references <<sec-guide>> (no citations), a table, <<key>>, <<key,p. 74>>, <<key,pp. 3-7>>, <<key,Art. 9>>, <<key,ch. 2>>, two footnote:[…] notes (1: an interview held by the authors' project, commentary; 2: a note citing <<guest2006>> and <<small2009>>, keyed as its number at the line where it starts plus one pair per key at its own line; note 2 has no fields of its own), and an alphabetical APA 7 [bibliography] of books, articles with DOIs, the ASA code of ethics, the GDPR, an OSF preregistration and NVivo. Invented: the handbook, the project in footnote 1, Hartmann & Osei 2022 (DOI prefix 10.99999). Real works as the writer remembers them. Planted: <<spradley1979,p. 58>> cites a key the bibliography lacks: missing-literature-entry at line 27.",
 "document": "ch04-interviewing.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad_notes,
 "literature": [ad[k] for k in ad_order],
})

# ---- mediawiki: English wiki article on the European Social Survey ----
stoop = dict(authors=["Stoop", "Billiet", "Koch", "Fitzgerald"], title="Improving Survey Response: Lessons Learned from the European Social Survey", year=2010, kind=B)
davidov = dict(authors=["Davidov", "Schmidt", "Schwartz"], title="Bringing values back in: the adequacy of the European Social Survey to measure values in 20 countries", year=2008, doi="10.1093/poq/nfn035", kind=A)
norris = dict(authors=["Norris", "Inglehart"], title="Cultural Backlash: Trump, Brexit, and Authoritarian Populism", year=2019, kind=B)
wk = {
 "1": dict(title="About the European Social Survey", url="https://www.europeansocialsurvey.org/about-ess", kind=W),
 "2": stoop,
 "3": dict(title="Descartes Prize 2005: the laureates", year=2005, url="https://ec.europa.eu/research/descartes-prize/2005-laureates.html", kind=W),
 "4": dict(authors=["Lynn", "Häder", "Gabler", "Laaksonen"], title="Methods for achieving equivalence of samples in cross-national surveys: the European Social Survey experience", year=2007, kind=A),
 "5": stoop,
 "6": dict(authors=["Beullens", "Loosveldt", "Vandenplas", "Stoop"], title="Response rates in the European Social Survey: increasing, decreasing, or a matter of fieldwork efforts?", year=2018, doi="10.13094/SMIF-2018-00003", kind=A),
 "7": dict(title="ESS Round 10 Survey Specification for ESS ERIC Member, Observer and Guest Countries", year=2019, kind=R),
 "8": davidov,
 "9": dict(title="ESS9 – integrated file, edition 3.1", year=2021, doi="10.21338/ess9e03_1", kind=W),
 "10": dict(authors=["Reeskens", "Hooghe"], title="Cross-cultural measurement equivalence of generalized trust. Evidence from the European Social Survey (2002 and 2004)", year=2008, doi="10.1007/s11205-007-9100-z", kind=A),
 "11": norris,
 "12": davidov,
 "13": dict(authors=["Colbourne"], title="Trust in parliaments slips across Europe, survey finds", year=2017, url="https://www.theguardian.example.net/world/2017/nov/14/trust-parliaments-europe-survey", kind=A),
}
put("mediawiki", "ess-wiki", {
 "about": "An invented English Wikipedia-style article on the European Social Survey (short description, infobox, sections) with <ref> notes holding {{cite web}}, {{cite journal}}, {{cite report}} and {{cite news}}, named refs reused (<ref name=\"about\" />, \"spec\", \"ess9\"), {{sfn}} short notes to a Sources list of {{cite journal}}/{{cite book}} (one {{sfn}} repeated with identical arguments, which Wikipedia merges into one note), and a <ref> holding {{harvnb}}. Notes numbered by first use, a reused named ref or identical sfn keeping its number; a short note takes the fields of the Sources work it points at; the literature is the Sources list. Invented: the Guardian article (its author, title and the .example.net URL), the Descartes Prize page URL; the ESS Round 10 specification and the edition DOI as the writer remembers them. Clean.",
 "document": "european_social_survey.wiki", "reader": "mediawiki", "clean": True,
 "notes": wk,
 "literature": [davidov, norris, stoop],
})

# ---- markdown-links: Korean data-journalism explainer on the 2022 presidential election ----
ko = [
 dict(title="제20대 대통령선거 투표율 분석", year=2022, url="https://www.nec.go.kr/site/nec/ex/bbs/View.do?cbIdx=1129&bcIdx=187421", kind=R),
 dict(title="데일리 오피니언 제488호(2022년 3월 1주)", year=2022, url="https://www.gallup.co.kr/gallupdb/reportContent.asp?seqNo=1275", kind=R),
 dict(authors=["김"], title="한국종합사회조사(KGSS) 2021", year=2022, url="https://kossda.snu.ac.kr/handle/20.500.12236/24962", kind=W),
 dict(title="2021년 인구주택총조사 결과(등록센서스 방식)", year=2022, url="https://kostat.go.kr/board.es?mid=a10301010000&bid=219&act=view&list_no=418977", kind=R),
 dict(authors=["박", "이"], title="20대 남성의 보수화는 실재하는가: 패널 자료를 이용한 분석", year=2022, doi="10.99999/kps.2022.56.3.105", kind=A),
 dict(title="EAI 2022 대선 패널조사 결과 보고서", year=2022, url="https://www.eai.or.kr/new/ko/pub/view.asp?intSeq=21255", kind=R),
 dict(title="제20대 대통령선거 유권자 의식조사", year=2022, url="https://kossda.snu.ac.kr/handle/20.500.12236/25031", kind=W),
 dict(authors=["Oh", "Park"], title="Sorting without ideology: Gender gaps in vote choice among young Korean voters", year=2023, doi="10.99999/ssrn.4412345", kind=A),
 dict(authors=["김"], title="20대 남녀 표심 갈렸다… 출구조사로 본 세대·성별 격차", year=2022, url="https://www.hani.example.net/politics/election/2022/03/10/youth-gender-gap.html", kind=A),
 dict(authors=["정"], title="\"싫어서 찍었다\"… 청년 유권자의 부정적 당파성", year=2022, url="https://www.khan.example.net/politics/2022/06/20/negative-partisanship-youth", kind=A),
 dict(authors=["Lumley"], title="survey: Analysis of Complex Survey Samples", year=2023, url="https://CRAN.R-project.org/package=survey", kind=W),
]
put("markdown-links", "idae-namseong-ko", {
 "about": "An invented Korean data-journalism explainer (were young men's votes in the 2022 presidential election a conservative shift? read through the NEC turnout analysis, Gallup Korea's Daily Opinion, the KGSS 2021 and a post-election survey dataset on KOSSDA, a panel article, an SSRN working paper, two newspaper articles, Statistics Korea's census release and the R survey package) in Markdown with YAML front matter, citing by inline links [text](url) in the body (links woven into sentences, a Korean particle glued after the closing parenthesis, two links on one summary bullet, one work linked three times, the panel article twice by its DOI link) and an unnumbered 출처 (Sources) list of `- Author (year). [Title](url). Publisher.` items holding the same addresses. A body link cites the Sources entry with its address, labelled by the entry's position (n). Invented: the outlet, the author, 박선경·이재묵 2022 and Oh & Park 2023 (DOI prefix 10.99999), both newspaper articles (.example.net hosts), KOSSDA handle numbers and the report numbers/URLs of NEC, Gallup, EAI and Statistics Korea as the writer remembers them. Clean.",
 "document": "idae-namseong.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ko)},
 "literature": ko,
})

# ---- docx: Dutch criminology / migration article, APA 7 author–date plus footnotes ----
nl = [
 dict(authors=["Bosworth"], title="Can immigration detention centres be legitimate? Understanding confinement in a global world", year=2013, kind=CH),
 dict(authors=["Brouwer"], title="Detection, detention, deportation: Criminal justice and migration control through the lens of crimmigration", year=2020, kind=B),
 dict(title="Veiligheidsmonitor 2021", year=2022, doi="10.99999/dans-vm2021", kind=W),
 dict(title="Veiligheidsmonitor 2023", year=2023, kind=R),
 dict(authors=["Engbersen", "Broeders"], title="The state versus the alien: Immigration control and strategies of irregular immigrants", year=2009, doi="10.1080/01402380903064713", kind=A),
 dict(authors=["Foucault"], title="Discipline, toezicht en straf: De geboorte van de gevangenis", year=2010, kind=B),
 dict(title="Vreemdelingenbewaring en alternatieven: Een onderzoek naar de toepassing in de periode 2015–2020", year=2021, kind=R),
 dict(authors=["Kox", "Boone", "Staring"], title="The pains of being unauthorized in the Netherlands", year=2020, doi="10.1177/1462474519887054", kind=A),
 dict(authors=["Leerkes", "Broeders"], title="A case of mixed motives? Formal and informal functions of administrative immigration detention", year=2010, doi="10.1093/bjc/azq035", kind=A),
 dict(authors=["Stumpf"], title="The crimmigration crisis: Immigrants, crime, and sovereign power", year=2006, kind=A),
 dict(authors=["Verhoeven", "Kamphorst"], title="Recidive onder vreemdelingen na vreemdelingenbewaring", year=2022, kind=R),
 dict(authors=["van der Woude", "van der Leun", "Nijland"], title="Crimmigration in the Netherlands", year=2014, doi="10.1111/lsi.12078", kind=A),
]
nl_notes = {
 "1": dict(year=2016, kind=R),
 "2": dict(kind=C),
 "3": dict(year=2020, kind=R),
 "4": dict(kind=R),
}
nl_notes.update({f"[{i + 1}]": e for i, e in enumerate(nl)})
put("docx", "crimmigratie-nl", {
 "about": "An invented Dutch criminology / migration-studies journal article (immigration detention and crimmigration in the Netherlands, 2015–2022) in Word: title, authors and abstract as plain paragraphs, Heading 1/2 sections, APA 7 author–date citations in Dutch ((Van der Woude et al., 2014; zie ook Brouwer, 2020), Leerkes en Broeders (2010), (Centraal Bureau voor de Statistiek [CBS], 2022, 2023) then (CBS, 2023), (Foucault, 1975/2010), (Verhoeven & Kamphorst, 2022, p. 18), (Brouwer, 2020, hoofdstuk 6)) and four Word footnotes (a CJEU judgment by case number and ECLI, an interview held by the authors, a Council of State decision by ECLI, a parliamentary paper), and an alphabetical Literatuur list as plain paragraphs with italic runs and DOI links (a chapter in an edited volume with (Red.), a translated Foucault with its original year, a CBS dataset on DANS, an inspectorate report, a WODC Cahier, 'Woude, M. A. H. van der' with the particle after the initials). Footnotes are labelled by their number at the body paragraph holding the mark; author–date citations cite the list by the entry's position, written [n] to keep them apart from the footnote numbers. Court decisions and the parliamentary paper are keyed by year and kind only (no title is printed). Invented: the authors, the inspectorate report's title, Verhoeven & Kamphorst 2022, the DANS DOI (10.99999); the ECLI numbers and Kamerstukken number as the writer remembers them. Clean.",
 "document": "crimmigratie.docx", "reader": "docx", "clean": True, "lang": "nl-NL",
 "title": "Bewaring als straf?", "creator": "Sanne Oudhof",
 "notes": nl_notes,
 "literature": nl,
})
