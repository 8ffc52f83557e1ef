import sys; sys.path.insert(0, "../..")
import mk
A, B, R = "article", "book", "report"
E = [
 (1, dict(authors=["Okafor", "Brandt"], title="Regional Household Health Survey 2021: technical report", year=2022, kind=R)),
 (2, dict(authors=["Kish"], title="Survey sampling", year=1965, kind=B)),
 (3, dict(authors=["Lohr"], title="Sampling: design and analysis", year=2010, kind=B)),
 (4, dict(authors=["Valliant", "Dever", "Kreuter"], title="Practical tools for designing and weighting survey samples", year=2018, doi="10.1007/978-3-319-93632-1", kind=B)),
 (5, dict(authors=["Williams", "Brick"], title="Trends in US face-to-face household survey nonresponse and level of effort", year=2018, doi="10.1093/jssam/smx019", kind=A)),
 (6, dict(authors=["Groves"], title="Nonresponse rates and nonresponse bias in household surveys", year=2006, doi="10.1093/poq/nfl033", kind=A)),
 (7, dict(authors=["Gaziano"], title="Comparative analysis of within-household respondent selection techniques", year=2005, doi="10.1093/poq/nfi006", kind=A)),
 (8, dict(authors=["de Leeuw"], title="To mix or not to mix data collection modes in surveys", year=2005, kind=A)),
 (9, dict(authors=["Tourangeau", "Yan"], title="Sensitive questions in surveys", year=2007, doi="10.1037/0033-2909.133.5.859", kind=A)),
 (10, dict(authors=["Dillman", "Smyth", "Christian"], title="Internet, phone, mail, and mixed-mode surveys: the tailored design method", year=2014, kind=B)),
 (11, dict(title="Standard definitions: final dispositions of case codes and outcome rates for surveys", year=2023, url="https://aapor.org/standards-and-ethics/standard-definitions/")),
 (12, dict(authors=["Groves", "Peytcheva"], title="The impact of nonresponse rates on nonresponse bias: a meta-analysis", year=2008, doi="10.1093/poq/nfn011", kind=A)),
 (13, dict(authors=["Brick", "Williams"], title="Explaining rising nonresponse rates in cross-sectional surveys", year=2013, doi="10.1177/0002716212456834", kind=A)),
 (14, dict(authors=["Kalton", "Flores-Cervantes"], title="Weighting methods", year=2003, kind=A)),
 (15, dict(authors=["Deville", "Särndal"], title="Calibration estimators in survey sampling", year=1992, doi="10.1080/01621459.1992.10475217", kind=A)),
 (16, dict(authors=["Kolenikov"], title="Calibrating survey data using iterative proportional fitting (raking)", year=2014, doi="10.1177/1536867X1401400104", kind=A)),
 (17, dict(authors=["Lumley"], title="Analysis of complex survey samples", year=2004, doi="10.18637/jss.v009.i08", kind=A)),
 (18, dict(authors=["Little", "Rubin"], title="Statistical analysis with missing data", year=2019, kind=B)),
 (19, dict(authors=["Rubin"], title="Multiple imputation for nonresponse in surveys", year=1987, kind=B)),
 (20, dict(authors=["Bethlehem"], title="Applied survey methods: a statistical perspective", year=2009, kind=B)),
]
head = {
 "about": "An invented regional health observatory's technical report (Northfield Regional Health Observatory, Regional Household Health Survey 2023, its 2021 report by Okafor and Brandt as entry 1, all figures invented) on sample design, fieldwork outcomes and weighting, as 68-column plain text: a contents list, numbered sections, page footers with rules and page numbers left in, two tables with percentages in parentheses that are no citations, Vancouver bracketed citations [n], [2-4], [5,6], [4, ch 3], [14, p 88], [2, p 427], [6, 18], a '[8,' citation broken over two lines (keyed at its first line), and a REFERENCES list of 20 Vancouver entries ('Groves RM. Title. Public Opin Q. 2006;70(5):646-75. doi:...') with hanging indent, one with 'Available from:' and '[cited ...]'. Entries 2-20 are real works with their data as remembered; entry 1 is invented. The AAPOR corporate author is not keyed. Planted: entry 20 (Bethlehem 2009) is never cited, uncited-literature-entry at its line.",
 "document": "report.txt",
 "reader": "plain-text",
 "clean": True,
}
mk.write("meta.json", head, E)
import json
m = json.load(open("meta.json", encoding="utf-8"))
del m["notes"]["20"]  # never cited: no citation resolves to it
open("meta.json", "w", encoding="utf-8").write(json.dumps(m, ensure_ascii=False, indent=1) + "\n")
