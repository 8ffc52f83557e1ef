"""Writes ../../../docx/remote-asylum-hearings.docx and its key (deterministic, no Word).

The document is shaped as Word saves a manuscript written with EndNote's Cite While You
Write (APA 7th): every citation an ``ADDIN EN.CITE <EndNote>...`` field whose instruction
holds the EndNote XML (escaped, split over several w:instrText runs as Word splits long
instructions), a formatted ``ADDIN EN.REFLIST`` field spanning the reference paragraphs
(style EndNoteBibliography), and EndNote's document variables in settings.xml.  The key's
lines are body paragraph numbers (every w:p of the body, 1-based), computed here.

    cd tests/heldout22/_src/docx/remote-asylum-hearings && python3 make_docx.py
"""
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3] / "corpus_build"))
from build import dump  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DB = "vdw0w9ztxrz2vbe5s2bpx2ffasdrtvsfxr5a"
REF_TYPES = {"Journal Article": 17, "Book": 6, "Report": 27, "Case": 7, "Statute": 31, "Book Section": 5}

# RecNum: (type, authors, year, title, secondary, extra dict, formatted reference, key fields)
R = {}


def rec(num, typ, authors, year, title, secondary="", **extra):
    R[num] = dict(typ=typ, authors=authors, year=year, title=title, secondary=secondary, extra=extra)


rec(3, "Journal Article", ["Eagly, Ingrid V."], 2015, "Remote adjudication in immigration",
    "Northwestern University Law Review", volume="109", number="4", pages="933-1020")
rec(7, "Journal Article", ["Rossner, Meredith"], 2021, "Remote rituals in virtual courts",
    "Journal of Law and Society", volume="48", number="3", pages="334-361", doi="10.1111/jols.12304")
rec(11, "Report", ["Byrom, Natalie"], 2020,
    "What we know about the impact of remote hearings on access to justice: A rapid evidence review",
    "", publisher="Nuffield Family Justice Observatory; The Legal Education Foundation", place="London")
rec(12, "Report", ["Fielding, Nigel", "Braun, Sabine", "Hieke, Gracia"], 2020,
    "Video enabled justice evaluation", "", publisher="Sussex Police and Crime Commissioner; University of Surrey",
    place="Guildford")
rec(15, "Book", ["Susskind, Richard"], 2019, "Online courts and the future of justice", "",
    publisher="Oxford University Press", place="Oxford")
rec(16, "Book", ["Mulcahy, Linda"], 2011, "Legal architecture: Justice, due process and the place of law", "",
    publisher="Routledge", place="Abingdon")
rec(18, "Book", ["Tyler, Tom R."], 2006, "Why people obey the law", "", publisher="Princeton University Press",
    place="Princeton, NJ")
rec(21, "Case", [], 2002, "Rusu v. INS", "", reporter="296 F.3d 316 (4th Cir.)")
rec(22, "Statute", [], 2018, "Immigration and Nationality Act", "", section="8 U.S.C. § 1229a(b)(2)(A)(iii)")
rec(24, "Journal Article", ["Walsh, Frank M.", "Walsh, Edward M."], 2008,
    "Effective processing or assembly-line justice? The use of teleconferencing in asylum removal hearings",
    "Georgetown Immigration Law Journal", volume="22", number="2", pages="259-281")
rec(25, "Journal Article", ["Diamond, Shari Seidman", "Bowman, Locke E.", "Wong, Manyee", "Patton, Matthew M."], 2010,
    "Efficiency and cost: The impact of videoconferenced hearings on bail decisions",
    "Journal of Criminal Law and Criminology", volume="100", number="3", pages="869-902")
rec(27, "Report", ["Graboyes, Jeremy"], 2020, "Legal considerations for remote hearings in agency adjudications",
    "", publisher="Administrative Conference of the United States", place="Washington, DC")
rec(30, "Journal Article", ["Okonjo, Adaeze", "Lindqvist, Hanna"], 2024,
    "Screens and credibility: Asylum appeals heard by video in three European tribunals",
    "Refugee Survey Quarterly", volume="43", number="2", pages="155-181", doi="10.1093/rsq/hdae007")
rec(31, "Report", ["Equality and Human Rights Commission"], 2020, "Inclusive justice: A system designed for all",
    "", publisher="Equality and Human Rights Commission", place="Manchester")
rec(33, "Book Section", ["Thomas, Robert"], 2022, "Immigration tribunals and the digital turn",
    "Administrative justice futures", editors=["Hertogh, Marc", "Kirkham, Richard"], publisher="Hart",
    place="Oxford", pages="97-118")

LAST = {3: "Eagly", 7: "Rossner", 11: "Byrom", 12: "Fielding et al.", 15: "Susskind", 16: "Mulcahy", 18: "Tyler",
        21: "Rusu v. INS", 22: "Immigration and Nationality Act", 24: "Walsh & Walsh", 25: "Diamond et al.",
        27: "Graboyes", 30: "Okonjo & Lindqvist", 31: "Equality and Human Rights Commission", 33: "Thomas"}


def styled(text):
    return f'<style face="normal" font="default" size="100%">{escape(text)}</style>'


def record_xml(num):
    r = R[num]
    x = r["extra"]
    out = [f"<record><rec-number>{num}</rec-number><foreign-keys>"
           f'<key app="EN" db-id="{DB}" timestamp="{1690000000 + num * 7311}">{num}</key></foreign-keys>'
           f'<ref-type name="{r["typ"]}">{REF_TYPES[r["typ"]]}</ref-type><contributors>']
    if r["authors"]:
        out.append("<authors>" + "".join(f"<author>{escape(a)}</author>" for a in r["authors"]) + "</authors>")
    if x.get("editors"):
        out.append("<secondary-authors>" + "".join(f"<author>{escape(a)}</author>" for a in x["editors"])
                   + "</secondary-authors>")
    out.append("</contributors><titles>" + f"<title>{styled(r['title'])}</title>")
    if r["secondary"]:
        out.append(f"<secondary-title>{styled(r['secondary'])}</secondary-title>")
    out.append("</titles>")
    if r["typ"] == "Journal Article":
        out.append(f"<periodical><full-title>{escape(r['secondary'])}</full-title></periodical>")
    for tag, key in (("pages", "pages"), ("volume", "volume"), ("number", "number"), ("section", "section")):
        if x.get(key):
            out.append(f"<{tag}>{styled(x[key])}</{tag}>")
    if x.get("reporter"):
        out.append(f"<volume>{escape(x['reporter'])}</volume>")
    out.append(f"<dates><year>{styled(str(r['year']))}</year></dates>")
    if x.get("place"):
        out.append(f"<pub-location>{escape(x['place'])}</pub-location>")
    if x.get("publisher"):
        out.append(f"<publisher>{escape(x['publisher'])}</publisher>")
    out.append("<urls></urls>")
    if x.get("doi"):
        out.append(f"<electronic-resource-num>{styled(x['doi'])}</electronic-resource-num>")
    out.append("</record>")
    return "".join(out)


def cite_xml(items, display, author_year=False):
    """items: list of (recnum, pages or None)."""
    parts = ["<EndNote>"]
    for i, (num, pages) in enumerate(items):
        r = R[num]
        first = r["authors"][0].split(",")[0] if r["authors"] else r["title"]
        attr = ' AuthorYear="1"' if author_year else ""
        parts.append(f"<Cite{attr}><Author>{escape(first)}</Author><Year>{r['year']}</Year><RecNum>{num}</RecNum>")
        if pages:
            parts.append(f"<Pages>{escape(pages)}</Pages>")
        if i == 0:
            parts.append(f"<DisplayText>{escape(display)}</DisplayText>")
        parts.append(record_xml(num) + "</Cite>")
    parts.append("</EndNote>")
    return "".join(parts)


def run(text, italic=False):
    rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field(instr, result):
    # Word splits a long instruction over several w:instrText runs
    chunks = [instr[i:i + 255] for i in range(0, len(instr), 255)]
    instr_runs = "".join(f'<w:r><w:instrText xml:space="preserve">{escape(c)}</w:instrText></w:r>' for c in chunks)
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr_runs
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(result)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


# ---- the manuscript: each paragraph a list of pieces: str | ("i", text) | ("c", items, display[, narrative])
P = []  # (style, pieces)


def para(*pieces, style=None):
    P.append((style, list(pieces)))


def c(items, display, narrative=False):
    return ("c", items, display, narrative)


para("Screens at the Border: Credibility, Ritual and Remote Asylum Hearings", style="Title")
para("Running head: REMOTE ASYLUM HEARINGS", style="Subtitle")
para("Abstract", style="Heading1")
para("Asylum appeals are increasingly heard by video link. This article brings together the legal and empirical "
     "literature on remote hearings and asks what is lost when the appellant, the interpreter and the judge no longer "
     "share a room. It argues that the rituals of the hearing room do legal work, and that their loss is felt most by "
     "appellants whose credibility is in issue.")
para("Keywords: asylum, remote hearings, videoconferencing, procedural justice, tribunals")
para("Introduction", style="Heading1")
para("Immigration adjudication was among the first areas of law to adopt video hearings at scale. In the United States, "
     "the statute has permitted removal proceedings by video conference since 1996 ",
     c([(22, None)], "(Immigration and Nationality Act, 2018)"),
     ", and courts have rejected challenges to the practice where the respondent could not show prejudice ",
     c([(21, None)], "(Rusu v. INS, 2002)"), ".")
para("The most detailed study of these hearings remains ",
     c([(3, None)], "Eagly (2015)", True),
     ", which found that detained respondents appearing by video were less likely to seek relief or to obtain "
     "counsel than those appearing in person. Earlier work had raised the same concerns about teleconferenced asylum "
     "hearings ", c([(24, "270-274")], "(Walsh & Walsh, 2008, pp. 270-274)"),
     " and about bail decisions made over video ", c([(25, None)], "(Diamond et al., 2010)"), ".")
para("In the United Kingdom the pandemic turned an experiment into the norm. Reviews of the evidence written in 2020 "
     "found little research on tribunals and almost none on asylum ",
     c([(11, None), (12, None)], "(Byrom, 2020; Fielding et al., 2020)"),
     ". The Equality and Human Rights Commission warned that people with learning disabilities and cognitive "
     "impairments could be disadvantaged by remote participation ", c([(31, "34")], "(Equality and Human Rights Commission, 2020, p. 34)"), ".")
para("Ritual, space and legitimacy", style="Heading1")
para("Courtrooms are built to say something about law. ", c([(16, None)], "Mulcahy (2011)", True),
     " showed how the arrangement of the room marks out who may speak and who must listen. ",
     c([(7, "340")], "Rossner (2021, p. 340)", True),
     " extends that analysis to the virtual court, arguing that ritual does not disappear on screen but is "
     "reassembled, often badly.")
para("Procedural justice research suggests why this matters. People accept decisions they dislike when they believe "
     "the process was fair and that they were heard ", c([(18, None)], "(Tyler, 2006)"),
     ". Advocates of online courts reply that much of the ritual is a cost, not a benefit ",
     c([(15, "ch. 9")], "(Susskind, 2019, ch. 9)"), ".")
para("Credibility on screen", style="Heading1")
para("Asylum claims are often decided on credibility. The most recent study of European tribunals compared appeals "
     "heard in person with those heard by video and found that judges more often recorded demeanour-based reasons in "
     "video hearings ", c([(30, None)], "(Okonjo & Lindqvist, 2024)"),
     ". That finding sits uneasily with guidance in several jurisdictions warning against reliance on demeanour ",
     c([(27, "22-25"), (33, None)], "(Graboyes, 2020, pp. 22-25; Thomas, 2022)"), ".")
para("Interpreters face particular problems. When the interpreter is in the hearing centre and the appellant is "
     "elsewhere, consecutive interpretation becomes slower and turn-taking breaks down ",
     c([(12, "61")], "(Fielding et al., 2020, p. 61)"),
     ". Several of the judges interviewed by ", c([(30, None)], "Okonjo and Lindqvist (2024)", True),
     " said they adjourned more often for this reason.")
para("Toward a standard for remote asylum hearings", style="Heading1")
para("The literature points to three safeguards: a presumption of in-person hearings where credibility is central, "
     "an assessment of the appellant's ability to participate, and a record of technical failures ",
     c([(11, None), (3, "1010-1015"), (27, None)], "(Byrom, 2020; Eagly, 2015, pp. 1010-1015; Graboyes, 2020)"),
     ". None of these would end remote hearings, and none requires new legislation.")
para("Conclusion", style="Heading1")
para("Remote hearings are here to stay. The question is not whether asylum appeals should ever be heard by video, "
     "but which appeals, with what safeguards, and on whose choice ",
     c([(7, None), (33, "110")], "(Rossner, 2021; Thomas, 2022, p. 110)"), ".")
para("References", style="Heading1")

# the formatted list EndNote writes into the EN.REFLIST field (APA 7th, alphabetical), with the record it renders
BIB = [
    (11, [("Byrom, N. (2020). ", False), ("What we know about the impact of remote hearings on access to justice: A rapid evidence review", True), (". Nuffield Family Justice Observatory; The Legal Education Foundation.", False)]),
    (25, [("Diamond, S. S., Bowman, L. E., Wong, M., & Patton, M. M. (2010). Efficiency and cost: The impact of videoconferenced hearings on bail decisions. ", False), ("Journal of Criminal Law and Criminology, 100", True), ("(3), 869-902.", False)]),
    (3, [("Eagly, I. V. (2015). Remote adjudication in immigration. ", False), ("Northwestern University Law Review, 109", True), ("(4), 933-1020.", False)]),
    (31, [("Equality and Human Rights Commission. (2020). ", False), ("Inclusive justice: A system designed for all", True), (". Equality and Human Rights Commission.", False)]),
    (12, [("Fielding, N., Braun, S., & Hieke, G. (2020). ", False), ("Video enabled justice evaluation", True), (". Sussex Police and Crime Commissioner; University of Surrey.", False)]),
    (27, [("Graboyes, J. (2020). ", False), ("Legal considerations for remote hearings in agency adjudications", True), (". Administrative Conference of the United States.", False)]),
    (22, [("Immigration and Nationality Act, 8 U.S.C. § 1229a(b)(2)(A)(iii) (2018).", False)]),
    (16, [("Mulcahy, L. (2011). ", False), ("Legal architecture: Justice, due process and the place of law", True), (". Routledge.", False)]),
    (30, [("Okonjo, A., & Lindqvist, H. (2024). Screens and credibility: Asylum appeals heard by video in three European tribunals. ", False), ("Refugee Survey Quarterly, 43", True), ("(2), 155-181. https://doi.org/10.1093/rsq/hdae007", False)]),
    (7, [("Rossner, M. (2021). Remote rituals in virtual courts. ", False), ("Journal of Law and Society, 48", True), ("(3), 334-361. https://doi.org/10.1111/jols.12304", False)]),
    (21, [("Rusu v. INS", True), (", 296 F.3d 316 (4th Cir. 2002).", False)]),
    (15, [("Susskind, R. (2019). ", False), ("Online courts and the future of justice", True), (". Oxford University Press.", False)]),
    (33, [("Thomas, R. (2022). Immigration tribunals and the digital turn. In M. Hertogh & R. Kirkham (Eds.), ", False), ("Administrative justice futures", True), (" (pp. 97-118). Hart.", False)]),
    (18, [("Tyler, T. R. (2006). ", False), ("Why people obey the law", True), (". Princeton University Press.", False)]),
    (24, [("Walsh, F. M., & Walsh, E. M. (2008). Effective processing or assembly-line justice? The use of teleconferencing in asylum removal hearings. ", False), ("Georgetown Immigration Law Journal, 22", True), ("(2), 259-281.", False)]),
]

KIND = {"Journal Article": "article", "Book": "book", "Report": "report", "Book Section": "chapter"}


def fields(num):
    r = R[num]
    f = {}
    if r["authors"] and r["typ"] != "Report" or num in (11, 12, 27):
        f["authors"] = [a.split(",")[0] for a in r["authors"]]
    f["title"] = r["title"]
    f["year"] = r["year"]
    if r["extra"].get("doi"):
        f["doi"] = r["extra"]["doi"]
    if r["typ"] in KIND:
        f["kind"] = KIND[r["typ"]]
    return f


def main():
    body, cites = [], []
    for style, pieces in P:
        n = len(body) + 1
        xml = []
        for piece in pieces:
            if isinstance(piece, str):
                xml.append(run(piece))
            else:
                _, items, display, narrative = piece
                xml.append(field(" ADDIN EN.CITE " + cite_xml(items, display, narrative), display))
                cites += [[f"endnote:{num}", n] for num, _ in items]
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        body.append(f"<w:p>{ppr}{''.join(xml)}</w:p>")
    for i, (num, runs) in enumerate(BIB):
        xml = []
        if i == 0:
            xml.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                       '<w:r><w:instrText xml:space="preserve"> ADDIN EN.REFLIST </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        xml += [run(text, italic) for text, italic in runs]
        if i == len(BIB) - 1:
            xml.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        body.append('<w:p><w:pPr><w:pStyle w:val="EndNoteBibliography"/><w:spacing w:after="0"/>'
                    f'<w:ind w:left="720" w:hanging="720"/></w:pPr>{"".join(xml)}</w:p>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="EndNoteBibliography"><w:name w:val="EndNote Bibliography"/>'
              '<w:basedOn w:val="Normal"/><w:link w:val="EndNoteBibliographyChar"/></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="EndNoteBibliographyTitle"><w:name w:val="EndNote Bibliography Title"/>'
              '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style></w:styles>')
    layout = escape('<ENLayout><Style>APA 7th</Style><LeftDelim>{</LeftDelim><RightDelim>}</RightDelim>'
                    '<FontName>Times New Roman</FontName><FontSize>12</FontSize><ReflistTitle></ReflistTitle>'
                    '<StartingRefnum>1</StartingRefnum><FirstLineIndent>0</FirstLineIndent><HangingIndent>720</HangingIndent>'
                    '<LineSpacing>0</LineSpacing><SpaceAfter>0</SpaceAfter><HyperlinkURLs>1</HyperlinkURLs>'
                    '<ReflistOrder>1</ReflistOrder></ENLayout>', {'"': "&quot;"})
    libs = escape(f'<ENLibraries><Libraries><item db-id="{DB}">remote-hearings.enl</item></Libraries></ENLibraries>',
                  {'"': "&quot;"})
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}"><w:docVars>'
                f'<w:docVar w:name="EN.InstantFormat" w:val="&lt;ENInstantFormat&gt;&lt;Enabled&gt;1&lt;/Enabled&gt;&lt;ScanUnformatted&gt;1&lt;/ScanUnformatted&gt;&lt;ScanChanges&gt;1&lt;/ScanChanges&gt;&lt;Suspended&gt;0&lt;/Suspended&gt;&lt;/ENInstantFormat&gt;"/>'
                f'<w:docVar w:name="EN.Layout" w:val="{layout}"/><w:docVar w:name="EN.Libraries" w:val="{libs}"/>'
                '</w:docVars></w:settings>')
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/>'
             f'<Override PartName="/word/styles.xml" ContentType="{ct}.styles+xml"/>'
             f'<Override PartName="/word/settings.xml" ContentType="{ct}.settings+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>')
    out = HERE.parents[2] / "docx"
    target = out / "remote-asylum-hearings.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
                           ("word/settings.xml", settings)):
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 4, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    meta = json.loads((HERE / "key_meta.json").read_text(encoding="utf-8"))
    key = {k: meta[k] for k in ("about", "document", "reader", "clean")}
    key["citations"] = cites
    order = []
    for _, items in [(None, [it for p in P for piece in p[1] if not isinstance(piece, str) for it in piece[1]])]:
        for num, _ in items:
            if num not in order:
                order.append(num)
    key["notes"] = {f"endnote:{num}": fields(num) for num in order}
    key["literature"] = [fields(num) for num, _ in BIB]
    key["defects"] = []
    (out / "remote-asylum-hearings.key.json").write_text(dump(key), encoding="utf-8")
    print(target, len(cites), "citations")


main()
