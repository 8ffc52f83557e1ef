import sys; sys.path.insert(0, "../..")
import mk
A, R = "article", "report"
E = [
 (1, dict(title="Storm overflows discharge reduction plan", year=2022, url="https://www.gov.uk/government/publications/storm-overflows-discharge-reduction-plan")),
 (2, dict(title="Event duration monitoring – storm overflows – annual returns 2023", year=2024, url="https://www.data.gov.uk/dataset/19f6064d-7356-466f-844e-d20ea10ae9fd/event-duration-monitoring-storm-overflows-annual-returns")),
 (3, dict(authors=["Hammond", "Suttie", "Lewis", "Smith", "Singer"], title="Detection of untreated sewage discharges to watercourses using machine learning", year=2021, doi="10.1038/s41545-021-00108-3", kind=A)),
 (4, dict(title="Water quality in rivers", year=2022, url="https://committees.parliament.uk/publications/8460/documents/88412/default/", kind=R)),
 (5, dict(authors=["Jarvie", "Neal", "Withers"], title="Sewage-effluent phosphorus: a greater risk to river eutrophication than agricultural phosphorus?", year=2006, doi="10.1016/j.scitotenv.2005.08.038", kind=A)),
 (6, dict(authors=["Marsh", "Okonjo"], title="Rainfall intensity and storm overflow spill duration in English catchments", year=2023, kind=A)),
 (7, dict(title="State of our rivers report 2024", year=2024, url="https://theriverstrust.org/rivers-report-2024", kind=R)),
 (8, dict(authors=["Whelan", "Linstead", "Worrall", "Ormerod", "Durance", "Johnson", "Johnson", "Owen", "Wiik", "Howden", "Burt", "Boxall", "Brown", "Oliver", "Tickner"], title="Is water quality in British rivers \"better than at any time since the end of the Industrial Revolution\"?", year=2022, doi="10.1016/j.scitotenv.2022.157014", kind=A)),
]
head = {
 "about": "An invented data-journalism explainer page (The Watershed Desk, its authors Rosa Whitcombe, Idris Manning and Kit Ferreira, the analysis, the figures of Table 1 and the GitHub repository are invented) on storm overflow spills in England's rivers, as an HTML page: site header and navigation, byline, standfirst, in-text Harvard (Cite Them Right) author-date citations '(Defra, 2022, p. 14)', 'Hammond et al. (2021)', '(Jarvie, Neal and Withers, 2006)', '(House of Commons Environmental Audit Committee, 2022, pp. 52–54)', '(The Rivers Trust, 2024)', a data table whose changes sit in parentheses '(−34%)' '(+105%)' (no citations), a methods aside with a link to the project's code (not an entry: no citation), and a References <ul> of 8 unnumbered Harvard entries in alphabetical order ('Available at: … (Accessed: 3 May 2024)', 'doi: …', corporate authors). Citations labelled by the position of the entry they name in the list (1–8). Invented: entry 6 (Marsh and Okonjo 2023, Water and Environment Journal); the other works are real with their data as remembered (the data.gov.uk and committees.parliament.uk URLs as remembered). Corporate authors (Defra, Environment Agency, the Committee, The Rivers Trust) not keyed; the Committee's and the Rivers Trust's reports keyed report. Clean.",
 "document": "storm-overflows-explainer.html",
 "reader": "html",
 "clean": True,
}
mk.write("meta.json", head, E)
