"""Writes the meta.json of heldout42 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each citation in the sources, checked with grep -n).
Author-date citations are labelled `[n]`, n the position of the cited entry in the printed list
(README: "the author-date citations of the body and of the notes … cite the list as `[n]`, the
position of the entry"); footnote markers keep their printed numbers.
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout42 stapelmarkt-nl …
Kinds follow the last section of tests/corpus/README.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- pandoc: Dutch economic-history essay, Chicago author-date typed by hand, no .bib ----
put("pandoc", "stapelmarkt-nl", {
 "about": "An invented Dutch student essay in early-modern economic history (Amsterdam as staple market or node, 1585–1672) in Pandoc Markdown with a YAML header and a hand-written 'Literatuur' list (no .bib, no citeproc): Chicago author-date typed by hand, Dutch name customs — the particle is capitalised in the text when no given name precedes ('De Vries 1974', 'Van Zanden 1993', 'Van der Wee (1963, 2:178–83)', 'Van den Berg, te verschijnen') while the list sorts by the main name with the particle after the given name ('Vries, Jan de', 'Zanden, Jan Luiten van', 'Wee, Herman van der', 'Berg, Willemijn van den'); the same author across years in one cite ('De Vries 1974, 2008', 'Prak 2002, 2005': an original and its translation), repeated-author dashes '———.' in the list, a reprint with the original year in brackets ('Huizinga [1941] 1984' / list '(1941) 1984': keyed 1984, the edition listed), a translation with its original named in the entry (Braudel 1984, 3:175–76), a multi-volume work cited 'vol:page', a year alone after the name in the sentence ('Israels eigen cijfers … (1989, 79–80)'), a corporate web author with Dutch 'z.j.' (no date; no year keyed; the corporate author not keyed), a forthcoming article ('te verschijnen', no year keyed), 'en' between two names, a cite with two works split by a semicolon inside one parenthesis. Labels: [n] = position in the list. Invented: the essay, its author, the forthcoming article by Van den Berg. Real with data as remembered: every other entry. Clean.",
 "document": "stapelmarkt-nl.md", "reader": "pandoc-markdown", "clean": True, "lang": "nl",
 "literature": [
  dict(authors=["van den Berg"], title="Kooplieden en kerkmeesters: Sociale netwerken in Haarlem, 1620–1670", kind=A),
  dict(authors=["Braudel"], title="The Perspective of the World", year=1984, kind=B),
  dict(authors=["Gaastra"], title="De geschiedenis van de VOC", year=2009, kind=B),
  dict(authors=["Gelderblom"], title="Cities of Commerce: The Institutional Foundations of International Trade in the Low Countries, 1250–1650", year=2013, kind=B),
  dict(authors=["Gelderblom", "Jonker"], title="Completing a Financial Revolution: The Finance of the Dutch East India Trade and the Rise of the Amsterdam Capital Market, 1595–1612", year=2004, kind=A),
  dict(authors=["Huizinga"], title="Nederland's beschaving in de zeventiende eeuw: Een schets", year=1984, kind=B),
  dict(title="Dutch Asiatic Shipping, 1595–1795", url="https://resources.huygens.knaw.nl/das", kind=W),
  dict(authors=["Israel"], title="Dutch Primacy in World Trade, 1585–1740", year=1989, kind=B),
  dict(authors=["Israel"], title="The Dutch Republic: Its Rise, Greatness, and Fall, 1477–1806", year=1995, kind=B),
  dict(authors=["Prak"], title="Gouden Eeuw: Het raadsel van de Republiek", year=2002, kind=B),
  dict(authors=["Prak"], title="The Dutch Republic in the Seventeenth Century: The Golden Age", year=2005, kind=B),
  dict(authors=["Schama"], title="The Embarrassment of Riches: An Interpretation of Dutch Culture in the Golden Age", year=1987, kind=B),
  dict(authors=["de Vries"], title="The Dutch Rural Economy in the Golden Age, 1500–1700", year=1974, kind=B),
  dict(authors=["de Vries"], title="The Industrious Revolution: Consumer Behavior and the Household Economy, 1650 to the Present", year=2008, kind=B),
  dict(authors=["de Vries", "van der Woude"], title="Nederland 1500–1815: De eerste ronde van moderne economische groei", year=1995, kind=B),
  dict(authors=["van der Wee"], title="The Growth of the Antwerp Market and the European Economy (Fourteenth–Sixteenth Centuries)", year=1963, kind=B),
  dict(authors=["van Zanden"], title="The Rise and Decline of Holland's Economy: Merchant Capitalism and the Labour Market", year=1993, kind=B),
  dict(authors=["van Zanden", "van Leeuwen"], title="Persistent but Not Consistent: The Growth of National Income in Holland 1347–1807", year=2012, kind=A),
 ],
})


# ---- html: Brazilian Portuguese football-history article on a SciELO-like journal page, ABNT author-date ----
put("html", "negro-futebol-pt", {
 "about": "An invented Brazilian Portuguese humanities article (history and sociology of football: rereading Mário Filho's 'O negro no futebol brasileiro') as a SciELO-like journal platform renders it: citation_* meta tags, journal header and article menu, abstract, <h2> sections, author affiliations in <sup>I</sup>/<sup>II</sup> (no citations), 'Referências' as <ul class=\"refList\"><li><div>… in ABNT NBR 6023 (surnames in capitals, titles in <b>, subtitles after the bold title, 'In:' for chapters, 'et al.' in italics). ABNT author-date citations: '(RODRIGUES FILHO, 1947)', '(HELAL; SOARES; LOVISOLO, 2001, p. 33-46)', '(FREYRE, 1933, 1947)' (one author, two years), '(MUSEU DO FUTEBOL, s.d.)' (a corporate web source with no date: no year keyed, corporate author not keyed), narrative 'Soares (1999)', 'Helal, Soares e Lovisolo (2001)', 'DaMatta (1979, 1982)'; the hard cases: the author known by his pen name in the text, 'Mário Filho (1947, p. 43)', whose list entries are under 'RODRIGUES FILHO, Mário' (two editions of the same book, 1947 and the enlarged 1964: the same author, title and different years), 'Filho'/'Neto'/'Júnior' kept with the surname ('PEREIRA NETO', 'PRADO JÚNIOR', narrative 'Pereira Neto (2019)'), Portuguese surname order ('HOLANDA, Sérgio Buarque de' cited '(HOLANDA, 1936, p. 101)' after 'o Sérgio Buarque de Raízes do Brasil'), a year alone after the book named in the sentence ('na edição de 1964 (p. 58)' -> the 1964 edition; 'no artigo de Estudos Históricos (1999, p. 136)' -> Soares 1999), two chapters in one edited volume (DaMatta 1982, Vogel 1982: chapter), a preface (Freyre 1947: chapter), a translation (Giulianotti 2002, the Portuguese edition's year). Labels: [n] = position in the list. Invented: the journal, the article and its authors, the URL path of the museum's archive, the article by Pereira Neto. Real with data as remembered: every other entry (pages and publishers may differ in detail). Planted: 'Soares (1994, p. 127)' cites a year the list does not hold for Soares (only 1999, and Helal, Soares & Lovisolo 2001): missing-literature-entry at its line (no citation pair keyed for it).",
 "document": "negro-futebol-pt.html", "reader": "html", "clean": True, "lang": "pt-BR",
 "literature": [
  dict(authors=["Antunes"], title="\"Com brasileiro, não há quem possa!\": futebol e identidade nacional em José Lins do Rego, Mário Filho e Nelson Rodrigues", year=2004, kind=B),
  dict(authors=["DaMatta"], title="Carnavais, malandros e heróis: para uma sociologia do dilema brasileiro", year=1979, kind=B),
  dict(authors=["DaMatta"], title="Esporte na sociedade: um ensaio sobre o futebol brasileiro", year=1982, kind=CH),
  dict(authors=["Freyre"], title="Casa-grande & senzala: formação da família brasileira sob o regime da economia patriarcal", year=1933, kind=B),
  dict(authors=["Freyre"], title="Prefácio", year=1947, kind=CH),
  dict(authors=["Giulianotti"], title="Sociologia do futebol: dimensões históricas e socioculturais do esporte das multidões", year=2002, kind=B),
  dict(authors=["Guedes"], title="O Brasil no campo de futebol: estudos antropológicos sobre os significados do futebol brasileiro", year=1998, kind=B),
  dict(authors=["Helal", "Soares", "Lovisolo"], title="A invenção do país do futebol: mídia, raça e idolatria", year=2001, kind=B),
  dict(authors=["Holanda"], title="Raízes do Brasil", year=1936, kind=B),
  dict(authors=["Lopes"], title="A vitória do futebol que incorporou a pelada", year=1994, kind=A),
  dict(title="Centro de Referência do Futebol Brasileiro: acervo digital", url="https://dados.museudofutebol.org.br/", kind=W),
  dict(authors=["Pereira Neto"], title="Ecos da várzea: clubes operários no subúrbio carioca (1910-1940)", year=2019, kind=A),
  dict(authors=["Prado Júnior"], title="Formação do Brasil contemporâneo: colônia", year=1942, kind=B),
  dict(authors=["Rodrigues Filho"], title="O negro no futebol brasileiro", year=1947, kind=B),
  dict(authors=["Rodrigues Filho"], title="O negro no futebol brasileiro", year=1964, kind=B),
  dict(authors=["Soares"], title="História e a invenção de tradições no campo do futebol", year=1999, kind=A),
  dict(authors=["Vogel"], title="O momento feliz: reflexões sobre o futebol e o ethos nacional", year=1982, kind=CH),
 ],
})


# ---- pdftext: English Islamic-history article (Mamluk Cairo), author-date with footnotes, pdftotext -layout ----
azmeh81 = dict(authors=["al-Azmeh"], title="Ibn Khaldūn in Modern Scholarship: A Study in Orientalism", year=1981, kind=B)
azmeh82 = dict(authors=["al-Azmeh"], title="Ibn Khaldun: An Essay in Reinterpretation", year=1982, kind=B)
berkey92 = dict(authors=["Berkey"], title="The Transmission of Knowledge in Medieval Cairo: A Social History of Islamic Education", year=1992, kind=B)
berkey03 = dict(authors=["Berkey"], title="The Formation of Islam: Religion and Society in the Near East, 600–1800", year=2003, kind=B)
chamb = dict(authors=["Chamberlain"], title="Knowledge and Social Practice in Medieval Damascus, 1190–1350", year=1994, kind=B)
fromh = dict(authors=["Fromherz"], title="Ibn Khaldun: Life and Times", year=2010, kind=B)
tarif = dict(authors=["Ibn Khaldūn"], title="al-Taʿrīf bi-Ibn Khaldūn wa-riḥlatihi gharban wa-sharqan", year=1951, kind=B)
muqad = dict(authors=["Ibn Khaldūn"], title="The Muqaddimah: An Introduction to History", year=1967, kind=B)
irwin = dict(authors=["Irwin"], title="Ibn Khaldun: An Intellectual Biography", year=2018, kind=B)
lapid = dict(authors=["Lapidus"], title="Muslim Cities in the Later Middle Ages", year=1967, kind=B)
mahdi = dict(authors=["Mahdi"], title="Ibn Khaldûn's Philosophy of History: A Study in the Philosophic Foundation of the Science of Culture", year=1957, kind=B)
maqrizi = dict(authors=["al-Maqrīzī"], title="Kitāb al-Mawāʿiẓ wa-l-iʿtibār bi-dhikr al-khiṭaṭ wa-l-āthār", year=1853, kind=B)
petry = dict(authors=["Petry"], title="The Civilian Elite of Cairo in the Later Middle Ages", year=1981, kind=B)
rosen = dict(authors=["Rosenthal"], title="A History of Muslim Historiography", year=1968, kind=B)
sakhawi = dict(authors=["al-Sakhāwī"], title="al-Ḍawʾ al-lāmiʿ li-ahl al-qarn al-tāsiʿ", year=1934, kind=B)
put("pdftext", "mamluk-khaldun-en", {
 "about": "An invented English Islamic-history article (Ibn Khaldūn's reception in Mamluk biographical dictionaries) as `pdftotext -layout` gives a one-column journal PDF (hand-shaped): journal line and DOI at the top of page 1, title, author, abstract, keywords, numbered sections, folio '87' at the foot of page 1 and a running head '88   Journal …' after the form feed, hyphenated line ends, footnote markers glued after punctuation ('judge.1', 'colleague.3', '1982).4'), footnotes under a rule of underscores at each page's foot (notes 1–4 at the foot of page 87, 5–7 at the foot of page 88 below the list). Author-date (Chicago) in the body and in the footnotes: 'Ibn Khaldūn 1951, 254–90', volume:page locators ('Ibn Khaldūn 1967, 1: 452–55', 'al-Sakhāwī 1934, 4: 145–49', the volume on the next line), transliteration variants of one name — with and without macrons and ʿayn ('Ibn Khaldūn' / 'Ibn Khaldun 1967', 'al-Maqrīzī 1853' / 'al-Maqrizi 1853', 'al-Sakhāwī' / 'Sakhawi 1934'), the article 'al-' dropped in sorting ('Azmeh, Aziz al-', 'Maqrīzī, … al-', 'Sakhāwī, … al-' sorted under A, M, S) and cited with it ('al-Azmeh 1981, 1982', 'Al-Azmeh 1982' at a note's start), a citation broken after the article by the line end ('(al-' / 'Azmeh 1981, 1982).4': keyed at the line where it starts), 'Ibn' kept in sorting (Ibn Khaldūn under I, before Irwin), repeated-author dashes, same author two years (Berkey 1992, 2003), a group of two works in one parenthesis. Labels: footnote numbers as printed (each note keyed with the fields of the first list entry it cites; note 3 only thanks the readers: commentary); author-date citations of body and notes [n] = position in the list, at the line of the name. Invented: the journal, its DOI, the article and its author. Real with data as remembered: every list entry (pages and imprints may differ in detail). Planted: Lapidus 1967 is listed but cited nowhere: uncited-literature-entry at its list line.",
 "document": "mamluk-khaldun-en.txt", "reader": "pdf-text", "clean": True, "lang": "en",
 "notes": {"1": tarif, "2": fromh, "3": dict(kind=C), "4": azmeh82, "5": maqrizi, "6": mahdi, "7": fromh},
 "literature": [azmeh81, azmeh82, berkey92, berkey03, chamb, fromh, tarif, muqad, irwin, lapid, mahdi, maqrizi, petry, rosen, sakhawi],
})


# ---- docx: English APA 7 educational-psychology article typed by hand in Word ----
oecd = "Organisation for Economic Co-operation and Development"
put("docx", "teacher-climate-apa", {
 "about": "An invented English APA 7 educational-psychology manuscript (school climate and early-career teachers' emotional exhaustion) as a Word .docx typed by hand: running head and centred title-page lines, author note, Heading 1/Heading 2 sections, in-text citations typed as text (no citation manager, no fields), a 'References' list of Normal paragraphs with a direct hanging indent (w:ind left 720 hanging 720, added by _src/_meta/build_docx42a.py), DOIs as https://doi.org URLs. The hard cases: a group author introduced with its abbreviation and then cited by it ('(Organisation for Economic Co-operation and Development [OECD], 2019c)', then '(OECD, 2019b)', '(OECD, 2019a, pp. 388–392)'; the list spells the name out) with three works of one year lettered a–c by title; '(World Health Organization [WHO], 2019)' after the abbreviation already given in the sentence (WHO's news page: web, its date '2019, May 28'; corporate authors not keyed); same authors same year (Klusmann et al. 2008a, 2008b; lettered by title); two first-author-same-year works whose co-authors differ, cited as APA requires ('Herman, Hickmon-Rosa, et al. (2018)', 'Herman, Reinke, et al., 2018'); a married couple as co-authors (Skaalvik & Skaalvik 2010, 2011); one author pair two years in one cite ('Bakker & Demerouti, 2007, 2017'); a possessive narrative cite ('Jennings and Greenberg’s (2009)'); a secondary citation ('(Freudenberger, 1974, as cited in Maslach & Leiter, 2016)': one citation of Maslach & Leiter; Freudenberger is rightly not listed); 'in press'. OECD volumes keyed book (their titles call them no report). Labels: [n] = position in the list; lines are body paragraph numbers. Invented: the study, its authors and data, Herman, Reinke, Thompson & Hawley 2018, Nakamura-Lindqvist & Ortega (in press). Real with data as remembered: every other entry. Planted: '(Klusmann et al., 2008c)' cites a third Klusmann work the list does not hold (only 2008a and 2008b): missing-literature-entry at its paragraph (no citation pair keyed for it).",
 "document": "teacher-climate-apa.docx", "reader": "docx", "clean": True, "lang": "en-US",
 "title": "Climate_exhaustion_manuscript_R1", "creator": "Megan O'Rourke-Halvorsen",
 "literature": [
  dict(authors=["Bakker", "Demerouti"], title="The job demands-resources model: State of the art", year=2007, doi="10.1108/02683940710733115", kind=A),
  dict(authors=["Bakker", "Demerouti"], title="Job demands–resources theory: Taking stock and looking forward", year=2017, doi="10.1037/ocp0000056", kind=A),
  dict(authors=["Collie", "Shapka", "Perry"], title="School climate and social–emotional learning: Predicting teacher stress, job satisfaction, and teaching efficacy", year=2012, doi="10.1037/a0029356", kind=A),
  dict(authors=["Herman", "Hickmon-Rosa", "Reinke"], title="Empirically derived profiles of teacher stress, burnout, self-efficacy, and coping and associated student outcomes", year=2018, doi="10.1177/1098300717732066", kind=A),
  dict(authors=["Herman", "Reinke", "Thompson", "Hawley"], title="Teacher stress profiles and classroom behavior: A replication in an urban district", year=2018, kind=A),
  dict(authors=["Jennings", "Greenberg"], title="The prosocial classroom: Teacher social and emotional competence in relation to student and classroom outcomes", year=2009, doi="10.3102/0034654308325693", kind=A),
  dict(authors=["Klusmann", "Kunter", "Trautwein", "Lüdtke", "Baumert"], title="Engagement and emotional exhaustion in teachers: Does the school context make a difference?", year=2008, doi="10.1111/j.1464-0597.2008.00358.x", kind=A),
  dict(authors=["Klusmann", "Kunter", "Trautwein", "Lüdtke", "Baumert"], title="Teachers’ occupational well-being and quality of instruction: The important role of self-regulatory patterns", year=2008, doi="10.1037/0022-0663.100.3.702", kind=A),
  dict(authors=["Maslach", "Jackson", "Leiter"], title="Maslach Burnout Inventory manual", year=1996, kind=B),
  dict(authors=["Maslach", "Leiter"], title="Understanding the burnout experience: Recent research and its implications for psychiatry", year=2016, doi="10.1002/wps.20311", kind=A),
  dict(authors=["Nakamura-Lindqvist", "Ortega"], title="Induction, mentoring, and exhaustion in the first three years of teaching: Evidence from Sweden and Japan", kind=A),
  dict(title="Education at a glance 2019: OECD indicators", year=2019, doi="10.1787/f8d7880d-en", kind=B),
  dict(title="PISA 2018 results (Volume III): What school life means for students’ lives", year=2019, doi="10.1787/acd78851-en", kind=B),
  dict(title="TALIS 2018 results (Volume I): Teachers and school leaders as lifelong learners", year=2019, doi="10.1787/1d0bc92a-en", kind=B),
  dict(authors=["Skaalvik", "Skaalvik"], title="Teacher self-efficacy and teacher burnout: A study of relations", year=2010, doi="10.1016/j.tate.2009.11.001", kind=A),
  dict(authors=["Skaalvik", "Skaalvik"], title="Teacher job satisfaction and motivation to leave the teaching profession: Relations with school context, feeling of belonging, and emotional exhaustion", year=2011, doi="10.1016/j.tate.2011.04.001", kind=A),
  dict(title="Burn-out an “occupational phenomenon”: International Classification of Diseases", year=2019, url="https://www.who.int/news/item/28-05-2019-burn-out-an-occupational-phenomenon-international-classification-of-diseases", kind=W),
 ],
})


# ---- rst: Icelandic history seminar paper, docutils footnotes with short titles, list by given name ----
byock = dict(authors=["Byock"], title="Viking Age Iceland", year=2001, kind=B)
gk00 = dict(authors=["Gunnar Karlsson"], title="Iceland's 1100 Years: The History of a Marginal Society", year=2000, kind=B)
gk04 = dict(authors=["Gunnar Karlsson"], title="Goðamenning: Staða og áhrif goðorðsmanna í þjóðveldi Íslendinga", year=2004, kind=B)
gk09 = dict(authors=["Gunnar Karlsson"], title="Lífsbjörg Íslendinga frá 10. öld til 16. aldar", year=2009, kind=B)
helgi = dict(authors=["Helgi Þorláksson"], title="Vaðmál og verðlag: Vaðmál í utanlandsviðskiptum og búskap Íslendinga á 13. og 14. öld", year=1991, kind=T)
isl = dict(title="Íslendingabók. Landnámabók", year=1968, kind=B)
jj = dict(authors=["Jón Jóhannesson"], title="Íslendinga saga I: Þjóðveldisöld", year=1956, kind=B)
jvs89 = dict(authors=["Jón Viðar Sigurðsson"], title="Frá goðorðum til ríkja: Þróun goðavalds á 12. og 13. öld", year=1989, kind=B)
jvs99 = dict(authors=["Jón Viðar Sigurðsson"], title="Chieftains and Power in the Icelandic Commonwealth", year=1999, kind=B)
miller = dict(authors=["Miller"], title="Bloodtaking and Peacemaking: Feud, Law, and Society in Saga Iceland", year=1990, kind=B)
orri = dict(authors=["Orri Vésteinsson"], title="The Christianization of Iceland: Priests, Power, and Social Change 1000–1300", year=2000, kind=B)
sigl = dict(authors=["Sigurður Líndal"], title="Upphaf kristni og kirkju", year=1974, kind=CH)
sveinb = dict(authors=["Sveinbjörn Rafnsson"], title="Studier i Landnámabók: Kritiska bidrag till den isländska fristatstidens historia", year=1974, kind=B)
put("rst", "godord-is", {
 "about": "An invented Icelandic undergraduate seminar paper in medieval history (chieftaincies and the church in the Commonwealth period) as a docutils reStructuredText file: title, field list (author, course, date), sections, 18 hand-numbered footnotes ('\\ [1]_' after punctuation, definitions '.. [n]' under 'Tilvísanir'), then a 'Heimildaskrá' of plain paragraphs. Icelandic name customs: Icelanders are cited and listed by given name and patronymic in natural order ('Gunnar Karlsson (2009).', 'Jón Viðar Sigurðsson (1999).') and sorted by the given name in the Icelandic alphabet (Í after I, Þ/Æ/Ö last), foreigners inverted ('Byock, Jesse L.', 'Miller, William Ian'); two authors share the given name Jón (Jón Jóhannesson, Jón Viðar Sigurðsson); Icelanders keyed with their whole name as the list prints it (no family name to key), foreigners with their surname. Notes: full first notes, then short-title notes whose entry must be found by title among one author's several works ('Gunnar Karlsson, *Goðamenning*, bls. 358.' among three Gunnar Karlsson books; 'Jón Viðar Sigurðsson, *Chieftains and Power*, bls. 70.' vs his 1989 book; 'Orri Vésteinsson, *Christianization*'), the first note of a work in short form only (18: *Iceland's 1100 Years*, never given in full), 'Sama rit, bls. 180–204.' (4 -> Orri Vésteinsson), notes citing two works (12, 17: keyed with the first), an anonymous saga edition listed by title (*Íslendingabók. Landnámabók*, ed. Jakob Benediktsson: no author keyed), a chapter in a volume its own author edited (Sigurður Líndal 1974: chapter), a doctoral thesis (Helgi Þorláksson 1991: thesis), a translation (Jón Viðar Sigurðsson 1999). Labels: footnote numbers as printed; notes keyed with the fields of the list entry they cite. Invented: the paper, its author and course. Real with data as remembered: every list entry (pages may differ in detail). Clean.",
 "document": "godord-is.rst", "reader": "rst", "clean": True, "lang": "is",
 "notes": {"1": jj, "2": jvs89, "3": orri, "4": orri, "5": isl, "6": sigl, "7": orri, "8": sveinb, "9": helgi,
           "10": gk09, "11": gk04, "12": jvs89, "13": jvs99, "14": miller, "15": byock, "16": gk04, "17": orri, "18": gk00},
 "literature": [byock, gk00, gk04, gk09, helgi, isl, jj, jvs89, jvs99, miller, orri, sigl, sveinb],
})
