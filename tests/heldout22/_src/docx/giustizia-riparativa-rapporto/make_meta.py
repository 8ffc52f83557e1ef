import sys; sys.path.insert(0, "../.."); from mk import write
A, B, C, R = "article", "book", "chapter", "report"
ML = dict(authors=["Mannozzi","Lodigiani"], title="La giustizia riparativa. Formanti, parole e metodi", year=2017, kind=B)
UN = dict(title="Handbook on Restorative Justice Programmes", year=2020)
BF = dict(authors=["Bouchard","Fiorentin"], title="La giustizia riparativa", year=2024, kind=B)
E = [
 (1, dict(title="Attuazione della legge 27 settembre 2021, n. 134, recante delega al Governo per l’efficienza del processo penale, nonché in materia di giustizia riparativa", year=2022)),
 (2, dict(year=2012)),
 (3, dict(title="Recommendation CM/Rec(2018)8 concerning restorative justice in criminal matters", year=2018)),
 (4, dict(authors=["Christie"], title="Conflicts as Property", year=1977, kind=A)),
 (5, dict(authors=["Zehr"], title="Changing Lenses: A New Focus for Crime and Justice", year=1990, kind=B)),
 (6, dict(authors=["Braithwaite"], title="Crime, Shame and Reintegration", year=1989, kind=B)),
 (7, dict(authors=["Mannozzi"], title="La giustizia senza spada. Uno studio comparato su giustizia riparativa e mediazione penale", year=2003, kind=B)),
 (8, ML), (9, dict(ML)),
 (10, dict(UN, url="https://www.unodc.org/documents/justice-and-prison-reform/20-01146_Handbook_on_Restorative_Justice_Programmes.pdf")),
 (11, dict(UN)),
 (12, dict()),
 (13, dict(title="Restorative Justice in Europe: Practice Overview", year=2023)),
 (14, BF), (15, dict(year=2024)), (16, dict(year=2025)), (17, dict(BF)),
 (18, dict(year=2025)),
 (19, dict(title="Istituzione presso il Ministero della giustizia della Conferenza nazionale per la giustizia riparativa", year=2023)),
 (20, dict(title="Recommendation CM/Rec(2018)8 concerning restorative justice in criminal matters", year=2018)),
 (21, dict()),
]
head = {
 "about": "An invented monitoring report in Italian (Osservatorio civico sulla giustizia penale, report 3/2026, editors Chiara Benvenuti and Paolo Ferraris, the fifteen centres and all figures invented) on restorative justice after the Cartabia reform, written in Word with 21 footnotes in Italian legal style: legislation with G.U./GUUE references, a Council of Europe recommendation, journal article 'in *Rivista*, 17 (1977), 1, pp. 1-15', books 'Editore, Città anno', 'pp. 54 ss.', 'Cfr. ivi', 'Ibidem', '*op. cit.*', 'cit.', '*contra*', 'V. per tutti', 'v. anche', an edited-book chapter 'in G. Johnstone, D.W. Van Ness (a cura di)', case law (Corte cost., Cass. pen., Trib.) and hyperlinks inside notes (w:hyperlink); a three-column table of figures (cells are paragraphs) and headings. Footnotes keyed by the number Word prints; notes that repeat a work (ivi, Ibidem, op. cit., cit.) keyed with the fields of that work; notes with two works keyed by the first; data and correspondence notes (12, 21) keyed with no fields. Real: legislation of 2021-2022, Directive 2012/29/EU, CM/Rec(2018)8, Christie 1977, Zehr 1990, Braithwaite 1989, Mannozzi 2003, Mannozzi & Lodigiani 2017, UNODC handbook 2020, Johnstone & Van Ness handbook 2007; Bouchard & Fiorentin 2024 as remembered. Invented: Corte cost. n. 141/2024, Cass. n. 10872/2025, the Milan and Bologna decisions and the Sistema Penale URL, the D.m. of 9 June 2023 as cited, the European Forum 'Practice Overview' 2023, the Aertsen chapter title and pages, page numbers of pinpoints. Clean.",
 "document": "giustizia-riparativa-rapporto.docx", "reader": "docx", "lang": "it-IT", "clean": True}
write("meta.json", head, E, lit=False)
