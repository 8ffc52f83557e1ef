import sys; sys.path.insert(0, "../.."); from mk import write
A, B = "article", "book"
E = [
 (1, dict()),
 (2, dict(title="Adopted Budget, Fiscal Year 2017", year=2017, url="https://www.harlancounty.gov/finance/budget-fy2017.pdf")),
 (3, dict(title="Annual Comprehensive Financial Report 2025", year=2025, url="https://www.harlancounty.gov/finance/acfr-2025.pdf")),
 (4, dict(authors=["Menendez","Crowley","Eisen","Atchison"], title="The Steep Costs of Criminal Justice Fees and Fines", year=2019, url="https://www.brennancenter.org/our-work/research-reports/steep-costs-criminal-justice-fees-and-fines")),
 (5, dict(title="Investigation of the Ferguson Police Department", year=2015, url="https://www.justice.gov/sites/default/files/opa/press-releases/attachments/2015/03/04/ferguson_police_department_report.pdf")),
 (6, dict(authors=["Natapoff"], title="Punishment Without Crime: How Our Massive Misdemeanor System Traps the Innocent and Makes America More Unequal", year=2018, kind=B)),
 (7, dict(title="Bearden v. Georgia", year=1983)),
 (8, dict()),
 (9, dict(authors=["Colgan"], title="Reviving the Excessive Fines Clause", year=2014, kind=A)),
 (10, dict(title="Timbs v. Indiana", year=2019)),
 (11, dict(title="Ten Guidelines on Court Fines and Fees", year=2018, url="https://www.americanbar.org/groups/legal_aid_indigent_defense/resources/ten-guidelines-on-court-fines-and-fees/")),
 (13, dict(year=2016, url="https://www.justice.gov/crt/file/832461/download")),
 (14, dict(authors=["Harris"], title="A Pound of Flesh: Monetary Sanctions as Punishment for the Poor", year=2016, kind=B)),
 (15, dict()),
 (16, dict()),
 (17, dict(authors=["Salas","Ciolfi"], title="Driven by Dollars: A State-by-State Analysis of Driver's License Suspension Laws for Failure to Pay Court Debt", year=2017)),
 (18, dict(title="Free to Drive: National Campaign to End Debt-Based License Restrictions", year=2020, url="https://finesandfeesjusticecenter.org/campaigns/national-drivers-license-suspension-campaign-free-to-drive/")),
 (19, dict(title="States that have ended debt-based driver's license suspensions", year=2025, url="https://www.freetodrive.org/maps/")),
 (20, dict()),
]
head = {
 "about": "An invented investigative news feature (Ridgeline Ledger, reporters Marisol Okafor and Dean Whitlock, Harlan County, its court, budget documents, records request, Judge Warren Tibbs, Tanya Breck, all figures invented) on court fines and fees, exported from a newsletter platform to Markdown: <sup>N</sup> markers after punctuation, a double marker <sup>16,17</sup>, superscripts that are not markers (2.3 × 10<sup>6</sup>, 1,900 m<sup>2</sup>, 1<sup>st</sup>, 3<sup>rd</sup>), a '## Notes' numbered list of Chicago-style notes with bare URLs (US cases, a DOJ report, books, a law-review article, NGO reports, the paper's own data analyses and an e-mail, which are keyed with no fields), a fenced ```bibtex block asking researchers to cite the paper's dataset — a reader-choice trap (reader_not bibtex). Real works (Brennan Center 2019, Ferguson report, Natapoff 2018, Bearden, Colgan 2014, Timbs, ABA guidelines, DOJ Dear Colleague letter, Harris 2016, Salas & Ciolfi 2017, Fines and Fees Justice Center) with their data as remembered; the invented Harlan County URLs do not resolve. Planted defect: note 12 is missing — the markers (and the Notes list) jump from 11 to 13 (a deleted note not renumbered), keyed footnote-numbering at the line of marker 13. The Notes list is keyed as notes only (no literature).",
 "document": "post.md", "reader": "sup-markdown", "reader_not": ["bibtex"], "clean": True}
write("meta.json", head, E, lit=False)
