import sys; sys.path.insert(0, "../.."); from mk import write
A, B, C, R = "article", "book", "chapter", "report"
E = [
 (1, dict(year=2023)), (2, dict(year=2023)), (3, dict(year=1983)), (4, dict(year=2016)),
 (5, dict(year=2023)), (6, dict(year=2023)), (7, dict(year=2023)), (8, dict(year=2008)), (9, dict(year=2018)),
 (10, dict(authors=["Golla"], title="Algorithmische Rasterfahndung", year=2023, kind=A)),
 (11, dict(authors=["Arzt"], title="Datenanalyse nach dem Urteil", year=2024, kind=A)),
 (12, dict(authors=["Bäcker"], year=2021, kind=C)),
 (13, dict(title="Gesetz zur Änderung des Hessischen Gesetzes über die öffentliche Sicherheit und Ordnung vom 29.6.2023", year=2023)),
 (14, dict(authors=["Lenz","Okoro"], title="Die Neufassung des § 25a HSOG", year=2024, kind=A)),
 (15, dict()),
 (16, dict(url="https://www.innenministerkonferenz.de/IMK/DE/termine/to-beschluesse/20240621.html")),
 (17, dict(title="33. Tätigkeitsbericht für den Datenschutz und die Informationsfreiheit 2024", year=2024, kind=R)),
 (18, dict(authors=["Hornung"], title="Grundrechtsschutz im föderalen Sicherheitsverbund", year=2022, kind=A)),
 (19, dict(year=2024)), (20, dict(year=2024)),
 (21, dict(authors=["Golla"], year=2023)),
 (22, dict(authors=["Wessel"], year=2024)),
]
head = {
 "about": "An invented German law-journal article page (Zeitschrift für Sicherheitsrecht und Digitalisierung, ZSD, author Dr. Katharina Lenz, all invented) on automated police data analysis after the Federal Constitutional Court's judgment of 16 February 2023 (1 BvR 1547/19): citation_* meta tags, site navigation, an 'Auf einen Blick' sidebar, a related-articles aside and footer links (furniture, no citations), a starred author note, footnote markers <sup><a href=\"#fnN\" id=\"fnrefN\">N</a></sup> with back links '↩' from an <ol> of <li id=\"fnN\"> under 'Anmerkungen', a double marker 8,9 in one <sup>; German legal footnotes: BVerfG decisions by date, docket and BVerfGE volume with pinpoints '(43)' and 'Rn. 287', 'a.a.O. (Fn. 1), Rn. 75 ff.', 'Ebd.', 'Vgl.', 'Krit.', 'a.A.', 'i.V.m.', journal short cites 'NJW 2023, 1013', 'JZ 2022, 861 (866)', a handbook chapter 'in: Lisken/Denninger, ..., 7. Aufl. 2021, Kap. B Rn. 245', Landtag and Bundestag papers (LT-Drs., BT-Drs.), the EU AI Act, a link to the IMK resolutions. Notes that repeat a work (a.a.O., Ebd.) keyed with the fields of the work they repeat; BVerfG decisions and statutes by year only; note 10 (two works) keyed by its first work. Real: the BVerfG decisions, Sommerer 2020, Lisken/Denninger 7th ed., Regulation (EU) 2024/1689. Invented: Golla NJW 2023 title, Arzt ZSD 2024, Lenz/Okoro DÖV 2024 and its DOI, Wessel ZSD 2024, Hornung JZ 2022, the Hessian amending act's date and GVBl. page, LT-Drs. 18/8764, the IMK session and URL, the BfDI report's BT-Drs. number, the verfassungsblog URL. Planted defect: note 14's DOI is written with a decimal comma ('doi:10,17104/0012-1096-2024-590'), keyed malformed-field at the line of note 14.",
 "document": "index.html", "reader": "html", "clean": True}
write("meta.json", head, E, lit=False)
