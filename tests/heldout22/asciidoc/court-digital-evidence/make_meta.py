import sys, json; sys.path.insert(0, "../.."); from mk import write
A, B, C, R = "article", "book", "chapter", "report"
E = [
 ("ACPO2012", dict(title="ACPO Good Practice Guide for Digital Evidence", year=2012)),
 ("ISO27037", dict(title="Information technology — Security techniques — Guidelines for identification, collection, acquisition and preservation of digital evidence", year=2012)),
 ("CoE2020", dict(title="Electronic Evidence Guide: A basic guide for police officers, prosecutors and judges", year=2020)),
 ("Budapest2001", dict(title="Convention on Cybercrime", year=2001, url="https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185")),
 ("EU2023-1543", dict(year=2023)),
 ("FRE902", dict(year=2017)),
 ("RFC3227", dict(authors=["Brezinski","Killalea"], title="Guidelines for Evidence Collection and Archiving", year=2002, doi="10.17487/RFC3227")),
 ("NIST800-86", dict(authors=["Kent","Chevalier","Grance","Dang"], title="Guide to Integrating Forensic Techniques into Incident Response", year=2006, doi="10.6028/NIST.SP.800-86")),
 ("Stevens2017", dict(authors=["Stevens","Bursztein","Karpman","Albertini","Markov"], title="The First Collision for Full SHA-1", year=2017, doi="10.1007/978-3-319-63688-7_19", kind=C)),
 ("ISO27041", dict(title="Information technology — Security techniques — Guidance on assuring suitability and adequacy of incident investigative method", year=2015)),
 ("FSR2023", dict(title="Code of Practice", year=2023, url="https://www.gov.uk/government/publications/statutory-code-of-practice-for-forensic-science-activities")),
 ("Daubert1993", dict(title="Daubert v. Merrell Dow Pharmaceuticals, Inc.", year=1993)),
 ("NIST800-101", dict(authors=["Ayers","Brothers","Jansen"], title="Guidelines on Mobile Device Forensics", year=2014, doi="10.6028/NIST.SP.800-101r1")),
 ("Casey2011", dict(authors=["Casey"], title="Digital Evidence and Computer Crime: Forensic Science, Computers and the Internet", year=2011, kind=B)),
 ("JTSC2025", dict(title="Survey of Case-Management Systems in First-Instance Courts", year=2025, kind=R)),
 ("ISO27042", dict(title="Information technology — Security techniques — Guidelines for the analysis and interpretation of digital evidence", year=2015)),
 ("Maras2019", dict(authors=["Maras","Tennant"], title="Video Evidence in Criminal Trials", year=2019, kind=B)),
]
head = {
 "about": "An invented technical report of an invented Judicial Technology Standards Committee (report JTSC-TR-2026-04) on handling digital evidence in courts, in Asciidoctor: a header with author line, revision line and attributes (:idprefix: sec-, :idseparator: -, custom {report-number} / {committee} attributes used in the text), [abstract], [preface], [appendix] and a [bibliography] section of 17 '* [[[key]]]' entries (ISO/IEC standards, Council of Europe instruments, an EU regulation, a US rule of evidence, an RFC and NIST SPs with DOIs, a CRYPTO paper, a UK regulator's code, a US case, books, the committee's own survey), cited by <<key>>, two <<key>> side by side, <<key,clause 3>>, <<key,pp. 3-4>>, <<key,sec. 5>>, xref:Daubert1993[]; cross references to sections (<<sec-normative-sources>>, <<sec-storage>>, <<sec-principles,principles>> via the idprefix) that are no citations; four footnote:[...] macros numbered in text order (1–4, keyed with no fields), three holding citations of their own (<<Stevens2017>>, <<Casey2011,ch. 2>>, <<JTSC2025>>, <<Maras2019,p. 112>>); a NOTE admonition and an ordered checklist. No includes. Invented: the committee, its report and its 2025 survey (JTSC2025), Maras & Tennant 2019 (Video Evidence in Criminal Trials, Routledge); the rest are real works with data as remembered. Planted defect: <<NISTIR8354>> cites a key that the bibliography lacks (the author forgot to add the entry), keyed as a citation of NISTIR8354 with no fields and a missing-literature-entry defect at its line.",
 "document": "report.adoc", "reader": "asciidoc", "clean": True}
write("meta.json", head, E, lit=True, numbered=False)
m = json.load(open("meta.json"))
for k in ("1", "2", "3", "4", "NISTIR8354"): m["notes"][k] = {}
open("meta.json", "w").write(json.dumps(m, ensure_ascii=False, indent=1) + "\n")
