"""Writes the annotated MLA 9 paper (pdftotext-like plain text with running heads) and meta.json."""
import json, os, re, textwrap
HERE = os.path.join(os.path.dirname(__file__), "../plaintext/illness-narratives-mla")
W = 74
head = ["Adaeze Okafor", "Professor Lindqvist", "ENGL 3410: Literature and Medicine", "3 May 2024", ""]
title = "Beyond the Restitution Plot: Metaphor, Testimony, and the Patient's Voice"
paras = [
 "When Susan Sontag opened her 1978 essay by calling illness \"the night-side of life,\" she gave later writers a figure they could neither do without nor fully accept ({10}Sontag, Illness 3). Her argument was that metaphors of invasion, punishment, and secret weakness add a second suffering to the first, and that the healthiest way of being ill is the one \"most purified of, most resistant to, metaphoric thinking\" ({10}3). Forty years later, illness memoirs are more numerous than ever, and most of them are made almost entirely of the metaphors Sontag wanted to remove. This paper asks what the patient's voice gains and loses in that contradiction, reading Sontag against Virginia Woolf, Audre Lorde, and Anne Boyer, and against the clinical turn to narrative that Rita Charon and Arthur Kleinman began.",
 "Woolf had already complained in 1926 that literature, so attentive to love and war, had little to say about influenza and toothache, and that \"the merest schoolgirl, when she falls in love, has Shakespeare or Keats to speak her mind for her,\" while the sufferer has no language at all ({12}Woolf 34). The complaint is not that illness lacks meaning but that it lacks a vocabulary. Sontag's later essay on AIDS concedes a similar point: the refusal of metaphor, she admits, is itself a position, and cannot be held everywhere ({9}Sontag, AIDS 93-94).",
 "The medical humanities answered Woolf's complaint by turning the clinic into a place of listening. Kleinman distinguished the \"disease\" the physician diagnoses from the \"illness\" the patient lives, and argued that the second can only be reached through the patient's own story ({6}Kleinman 3-6). Charon went further, proposing that clinicians be trained in close reading so that they can \"recognize, absorb, interpret, and be moved by the stories of illness\" ({2}Charon vii). Both projects assume that a story is there to be heard ({2}Charon 3; {6}Kleinman 49).",
 "Arthur W. Frank gives the most influential account of what shapes those stories. He identifies three plots: restitution (\"yesterday I was healthy, today I'm sick, but tomorrow I'll be healthy again\"), chaos, and quest ({3}Frank 77). The restitution plot is the one the hospital prefers, since it makes the patient's story a story about the treatment ({3}115). Anne Hunsaker Hawkins, writing two years earlier, had described the same preference as a set of \"myths\" that organize pathography, from battle to rebirth ({4}Hawkins 61-66).",
 "Audre Lorde's The Cancer Journals refuses the restitution plot from its first pages. Lorde will not wear a prosthesis after her mastectomy, because the prosthesis lets others pretend that nothing has happened, and she insists that her silence \"had not protected\" her ({7}Lorde 20). The journals are a record of anger as much as of illness; they turn private pain into a political claim about who is allowed to be seen. In Frank's terms Lorde writes a quest narrative, but it is a quest that ends in testimony rather than in wisdom ({3}Frank 137).",
 "Boyer's The Undying, published almost four decades after Lorde, is explicit about its debt. Boyer presents her book as an attempt to write about illness without lending it a meaning, and yet fills it with metaphors borrowed from the economy: cancer as a business, the patient as a worker of her own cure ({1}Boyer 37). Her complaint against the \"pink\" culture of breast cancer echoes Lorde's refusal of the prosthesis ({7}Lorde 58-60), and her hostility to self-help positivity recalls Sontag's attack on the idea that character causes disease ({10}Sontag, Illness 47-48). Boyer does not escape metaphor; she chooses which metaphors to carry.",
 "Critics of narrative medicine have seized on exactly this point. Angela Woods argues that the field has treated narrative as a universal good, forgetting that many people do not experience their lives, or their illnesses, as stories at all ({11}Woods 74). Ann Jurecic makes a related claim about reading: the critic's habit of suspicion can make illness writing look naive, when it is often doing work that theory does not recognize ({5}Jurecic 2-4). Jurecic's title, Illness as Narrative, is a deliberate answer to Sontag's.",
 "The clinical programmes that grew from Charon's work describe themselves today as a practice of \"attention, representation, and affiliation\" ({8}\"Narrative Medicine\"). The phrase is a fair summary of what Woolf, Lorde, and Boyer ask of their readers. What it leaves out is the friction between the patient's story and the institution that collects it. Frank warned that even a sympathetic listener can turn testimony into data ({3}Frank 145), and Kleinman's own later work admits that listening alone does not change how care is paid for ({6}Kleinman 254).",
 "Sontag was right that metaphors can wound, and wrong to think that patients could do without them. The writers read here show a third possibility: a metaphor chosen by the ill person, against the metaphors the culture supplies. The restitution plot is not false, but it is not the only story, and the clinic that wants to listen must learn to hear the others.",
]
works = [
 "Boyer, Anne. The Undying: Pain, Vulnerability, Mortality, Medicine, Art, Time, Dreams, Data, Exhaustion, Cancer, and Care. Farrar, Straus and Giroux, 2019.",
 "Charon, Rita. Narrative Medicine: Honoring the Stories of Illness. Oxford UP, 2006.",
 "Frank, Arthur W. The Wounded Storyteller: Body, Illness, and Ethics. U of Chicago P, 1995.",
 "Hawkins, Anne Hunsaker. Reconstructing Illness: Studies in Pathography. Purdue UP, 1993.",
 "Jurecic, Ann. Illness as Narrative. U of Pittsburgh P, 2012.",
 "Kleinman, Arthur. The Illness Narratives: Suffering, Healing, and the Human Condition. Basic Books, 1988.",
 "Lorde, Audre. The Cancer Journals. Spinsters Ink, 1980.",
 "\"Narrative Medicine.\" Columbia University Irving Medical Center, www.mhe.cuimc.columbia.edu/our-divisions/division-narrative-medicine. Accessed 3 May 2024.",
 "Sontag, Susan. AIDS and Its Metaphors. Farrar, Straus and Giroux, 1989.",
 "---. Illness as Metaphor. Farrar, Straus and Giroux, 1978.",
 "Woods, Angela. \"The Limits of Narrative: Provocations for the Medical Humanities.\" Medical Humanities, vol. 37, no. 2, 2011, pp. 73-78, https://doi.org/10.1136/medhum-2011-010045.",
 "Woolf, Virginia. \"On Being Ill.\" The New Criterion, vol. 4, no. 1, Jan. 1926, pp. 32-45.",
]
PAGE = 46
body = list(head) + [title.center(W).rstrip(), ""]
for p in paras:
    lines = textwrap.wrap(p, W - 5, initial_indent="     ", break_on_hyphens=False)
    body += lines
body += [""]
wc = ["Works Cited".center(W).rstrip(), ""]
for e in works:
    wc += textwrap.wrap(e, W - 5, subsequent_indent="     ", break_on_hyphens=False, break_long_words=False)
# pages: running head right-aligned on each page, form feed between pages
out, page = [], 1
def newpage():
    global page
    if out:
        out.append("\f" + f"Okafor {page}".rjust(W))
    else:
        out.append(f"Okafor {page}".rjust(W))
    out.append("")
    page += 1
newpage()
n = 0
for l in body:
    if n == PAGE:
        newpage(); n = 0
    out.append(l); n += 1
newpage()  # Works Cited starts on a new page (MLA)
for l in wc:
    out.append(l)
final = []
for l in out:
    tags = re.findall(r"\{(\d+)\}", l)
    l = re.sub(r"\{(\d+)\}", "", l)
    final.append(l + ("⟦" + "|".join(tags) + "⟧" if tags else ""))
open(os.path.join(HERE, "okafor-illness-narratives.txt"), "w", encoding="utf-8").write("\n".join(final) + "\n")

B, A, Wb = "book", "article", "web"
lit = [
 dict(authors=["Boyer"], title="The Undying: Pain, Vulnerability, Mortality, Medicine, Art, Time, Dreams, Data, Exhaustion, Cancer, and Care", year=2019, kind=B),
 dict(authors=["Charon"], title="Narrative Medicine: Honoring the Stories of Illness", year=2006, kind=B),
 dict(authors=["Frank"], title="The Wounded Storyteller: Body, Illness, and Ethics", year=1995, kind=B),
 dict(authors=["Hawkins"], title="Reconstructing Illness: Studies in Pathography", year=1993, kind=B),
 dict(authors=["Jurecic"], title="Illness as Narrative", year=2012, kind=B),
 dict(authors=["Kleinman"], title="The Illness Narratives: Suffering, Healing, and the Human Condition", year=1988, kind=B),
 dict(authors=["Lorde"], title="The Cancer Journals", year=1980, kind=B),
 dict(title="Narrative Medicine", url="https://www.mhe.cuimc.columbia.edu/our-divisions/division-narrative-medicine", kind=Wb),
 dict(authors=["Sontag"], title="AIDS and Its Metaphors", year=1989, kind=B),
 dict(authors=["Sontag"], title="Illness as Metaphor", year=1978, kind=B),
 dict(authors=["Woods"], title="The Limits of Narrative: Provocations for the Medical Humanities", year=2011, doi="10.1136/medhum-2011-010045", kind=A),
 dict(authors=["Woolf"], title="On Being Ill", year=1926, kind=A),
]
notes = {str(i + 1): e for i, e in enumerate(lit)}
for i, e in enumerate(lit):
    e["number"] = i + 1
notes = {k: {f: v for f, v in e.items() if f != "number"} for k, e in notes.items()}
meta = {
 "about": "An invented student's MLA 9 literature-and-medicine paper (Adaeze Okafor, Professor Lindqvist, ENGL 3410 are invented) on illness narratives, as plain text in the shape pdftotext gives a printed MLA paper: a right-aligned running head 'Okafor n' on every page, form feeds between pages, the MLA heading block, a centred title, indented paragraphs, parenthetical citations '(Frank 77)', '(Sontag, Illness 3)' / '(Sontag, AIDS 93-94)' for two works by one author, page-only citations after the author is named '(3)', '(115)', a title-only citation of an authorless web page '(\"Narrative Medicine\")', two works in one parenthesis '(Charon 3; Kleinman 49)', roman page 'vii', and a Works Cited page of 12 alphabetical hanging entries ('---.' for Sontag's second work, 'Accessed 3 May 2024.', 'vol. 37, no. 2, 2011, pp. 73-78', a DOI as https URL). Citations labelled by the position of the Works Cited entry they name (1-12, list order); a page-only citation by the entry of the author named in its sentence. Quotations are short phrases of the real works as remembered; page numbers as remembered (may differ from the editions); the Columbia URL as remembered. Clean.",
 "document": "okafor-illness-narratives.txt",
 "reader": "plain-text",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
