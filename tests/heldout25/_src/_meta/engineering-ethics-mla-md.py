import json, os
A, B, W, R = "article", "book", "web", "report"
lit = [
 dict(title="Code of Ethics for Engineers", url="https://www.nspe.org/resources/ethics/code-ethics", kind=W),
 dict(authors=["Davis"], title="Thinking Like an Engineer: Studies in the Ethics of a Profession", year=1998, kind=B),
 dict(authors=["Harris"], title="Engineering Ethics: Concepts and Cases", year=2019, kind=B),
 dict(authors=["Lynch", "Kline"], title="Engineering Practice and Engineering Ethics", year=2000, doi="10.1177/016224390002500203", kind=A),
 dict(authors=["Moncarz", "Taylor"], title="Engineering Process Failure—Hyatt Walkway Collapse", year=2000, kind=A),
 dict(authors=["Petroski"], title="To Engineer Is Human: The Role of Failure in Successful Design", year=1985, kind=B),
 dict(title="Report to the President by the Presidential Commission on the Space Shuttle Challenger Accident", year=1986, kind=R),
 dict(authors=["Vaughan"], title="The Challenger Launch Decision: Risky Technology, Culture, and Deviance at NASA", year=1996, kind=B),
 dict(authors=["Winner"], title="Do Artifacts Have Politics?", year=1980, kind=A),
]
meta = {
 "about": "An invented student's MLA 9 essay on engineering ethics (Challenger, Hyatt Regency) written in Markdown as students do: the MLA heading block with trailing two-space line breaks, '# Title', '## ' section headings, author-page citations (Petroski 62), (Moncarz and Taylor 47), (Harris et al. 210), (Davis 58-60), page-only (xiv) and (209-11) after the author is named in the sentence, a title-only ('Code of Ethics') and an italic-title citation (*Report to the President* 82), a two-work citation (Harris et al. 15; Davis 45), an HTML comment, and a '## Works Cited' list of 9 entries, one paragraph each separated by blank lines, two starting with a title (no author), italics as *Title*, 'Accessed 3 May 2024.', a DOI URL. Citations labelled by the position of the entry they name in the Works Cited list (1-9). Works real, data as remembered (quoted wording paraphrased, pages may differ); the student, professor and course invented. Reader: the plain-text reader (bibcheck's reader name 'plain-text') is the one the project README describes as reading MLA author-page text citing an MLA-shaped Works Cited list; tests/corpus/README.md names no reader for MLA Markdown. The report is keyed as a report (its title says Report). Harris et al. keyed with the first author only.",
 "document": "engineering-ethics-mla.md",
 "reader": "plain-text",
 "flat": True,
 "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(lit)},
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../plaintext/engineering-ethics-mla-md/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
