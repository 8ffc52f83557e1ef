import sys; sys.path.insert(0, "../.."); from mk import write
A, R = "article", "report"
E = [
 (1, dict(title="Consultation on the introduction of a use class for short term lets and associated permitted development rights", year=2023)),
 (2, dict(title="Greater London Council (General Powers) Act 1973", year=1973)),
 (3, dict(title="Deregulation Act 2015", year=2015)),
 (4, dict(title="Research into the measurement of short-term lets in the UK", year=2023)),
 (5, dict(authors=["Shabrina","Arcaute","Batty"], title="Airbnb and its potential impact on the London housing market", year=2022, kind=A)),
 (6, dict(authors=["Yrigoy"], title="Rent gap reloaded: Airbnb and the shift from residential to touristic rental housing in the Palma Old Quarter in Mallorca, Spain", year=2019, kind=A)),
 (7, dict(title="Reforming the private rented sector", kind=R)),
 (8, dict(title="Oral evidence: The private rented sector")),
 (9, dict(title="Levelling-up and Regeneration Act 2023", year=2023)),
 (10, dict(title="Explanatory Notes to the Levelling-up and Regeneration Act 2023", year=2023)),
 (11, dict(title="Government response to the consultation on a registration scheme for short-term lets in England", year=2024)),
 (12, dict(authors=["Jarvis"], title="Registering short-term lets: will the data reach the councils?", year=2024, kind=A)),
 (13, dict(title="Short-term lets: LGA briefing for the Report Stage of the Levelling-up and Regeneration Bill", year=2023)),
 (14, dict(title="Town and Country Planning (Use Classes) Order 1987", year=1987)),
 (15, dict(title="A planning use class for short term lets", year=2024)),
 (16, dict(title="Town and Country Planning (General Permitted Development) (England) Order 2015", year=2015)),
 (17, dict(title="National Planning Policy Framework", year=2023)),
 (18, dict(title="Moore v Secretary of State for Communities and Local Government", year=2012)),
 (19, dict(title="Civic Government (Scotland) Act 1982 (Licensing of Short-term Lets) Order 2022", year=2022)),
 (20, dict(title="Short Term Let Control Area: guidance for hosts", year=2022)),
 (21, dict(title="Fiona Hamilton and others v City of Edinburgh Council", year=2023)),
 (22, dict(title="Statutory licensing scheme for all visitor accommodation in Wales: consultation", year=2023)),
 (23, dict(title="Visitor Accommodation (Register and Levy) Etc. (Wales) Act 2025", year=2025)),
 (24, dict(title="Council Tax (Long-term Empty Dwellings and Dwellings Occupied Periodically) (Wales) Regulations 2022", year=2022)),
 (25, dict(authors=["Barron","Kung","Proserpio"], title="The effect of home-sharing on house prices and rents: evidence from Airbnb", year=2021, kind=A)),
 (26, dict(authors=["Garcia-Lopez"], title="Do short-term rental platforms affect housing markets? Evidence from Airbnb in Barcelona", year=2020, kind=A)),
 (27, dict(title="Rent Pressure Zones and short-term letting: annual report", year=2022, kind=R)),
 (28, dict(title="Short term lets registration scheme: impact assessment", year=2024)),
]
head = {
 "about": "An invented House of Commons Library research briefing (number, authors Harriet Quill and Rhodri Fenn invented) on short-term lets in England, as plain text: numbered paragraphs (1.1, 2.3) under dashed-rule headings, OSCOLA-style numeric notes cited as [n], [n, s 78], [n, para 612], [n, s 78(4)-(6)], [n, ch 3], [n, art 4], [n, p 14], '[5], [6]' on one line, a pinpoint citation '[1,' broken over two lines (keyed at its first line), a closing 'Notes' list of 28 bracketed entries with hanging indent: statutes, statutory instruments, UK and Scottish cases with neutral citations, House of Commons papers '(HC 2022-23, 624)', government consultations and OSCOLA journal articles '(2022) 59 Urban Studies 197'. Invented: the briefing, entry 12 (Jarvis, Journal of Planning Law Review), entries 20, 27 and 28 as cited; statutes, cases and the four journal articles are real with their data as remembered (neutral citation of entry 21 as remembered). Statutes, cases and government publications keyed without authors and (unless the title says report) without kind. Clean.",
 "document": "briefing.txt", "reader": "plain-text", "clean": True}
write("meta.json", head, E)
