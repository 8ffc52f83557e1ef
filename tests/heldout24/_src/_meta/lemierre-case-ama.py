import json, os
HERE = os.path.join(os.path.dirname(__file__), "../docx/lemierre-case-ama")
A, W = "article", "web"
lit = [
 dict(authors=["Lemierre"], title="On certain septicaemias due to anaerobic organisms", year=1936, doi="10.1016/S0140-6736(00)57035-4", kind=A),
 dict(authors=["Riordan"], title="Human infection with Fusobacterium necrophorum (necrobacillosis), with a focus on Lemierre's syndrome", year=2007, kind=A),
 dict(authors=["Karkos", "Asrani", "Karkos"], title="Lemierre's syndrome: a systematic review", year=2009, doi="10.1002/lary.20542", kind=A),
 dict(authors=["Centor", "Atkinson", "Ratliff"], title="The clinical presentation of Fusobacterium-positive and streptococcal-positive pharyngitis in a university health clinic: a cross-sectional study", year=2015, doi="10.7326/M14-1305", kind=A),
 dict(authors=["Hagelskjaer Kristensen", "Prag"], title="Human necrobacillosis, with emphasis on Lemierre's syndrome", year=2000, doi="10.1086/313970", kind=A),
 dict(authors=["Johannesen", "Bodtger"], title="Lemierre's syndrome: current perspectives on diagnosis and management", year=2016, doi="10.2147/IDR.S95050", kind=A),
 dict(authors=["Valerio", "Zane", "Sacco"], title="Patients with Lemierre syndrome have a high risk of new thromboembolic complications, clinical sequelae and death: an analysis of 712 cases", year=2021, doi="10.1111/joim.13114", kind=A),
 dict(authors=["Gore"], title="Lemierre syndrome: a meta-analysis", year=2020, doi="10.1055/s-0039-3402433", kind=A),
 dict(authors=["Nygren", "Holm"], title="Invasive infections with Fusobacterium necrophorum including Lemierre's syndrome: an 8-year Swedish nationwide retrospective study", year=2020, doi="10.1016/j.cmi.2019.12.002", kind=A),
 dict(authors=["Campo", "Fusconi", "Ciotti"], title="Antibiotic and anticoagulation therapy in Lemierre's syndrome: case report and review", year=2019, doi="10.1080/1120009X.2018.1554948", kind=A),
 dict(authors=["Kuppalli", "Livorsi", "Talati", "Osborn"], title="Lemierre's syndrome due to Fusobacterium necrophorum", year=2012, doi="10.1016/S1473-3099(12)70089-0", kind=A),
 dict(title="Lemierre syndrome", year=2023, url="https://rarediseases.org/rare-diseases/lemierre-syndrome/", kind=W),
]
notes = {str(i + 1): e for i, e in enumerate(lit)}
meta = {
 "about": "An invented clinical case report with a short review in AMA 11th style (the patient, the case, the laboratory values and the journal's article are invented) on Lemierre syndrome in an adolescent, as a Word manuscript: citations as superscript runs (w:vertAlign superscript) after the punctuation — single numbers, ranges '2-4' and '9-11', lists '2,5', '3,7,8', '5,6,9-11' —; a four-column laboratory table whose cells hold superscript footnote letters a and b that are not citations, with the table notes below it starting with the superscript letters; Article Information; a References list as an automatically numbered list (numbering.xml) of 12 AMA entries ('et al' after 3 authors, 'Lancet. 1936;227(5874):701-703. doi:…', 'PMID: …', a web page 'Updated March 2023. Accessed May 3, 2024. https://…'). Built with build_docx.py from body.txt, where '{sup:X}' stays literal text, then post-processed by _meta/ama_superscript.py, which turns each '{sup:X}' into a superscript run in word/document.xml (no paragraph added or removed, so the key's body paragraph numbers stand). Real works with their data as remembered (pages, issues, the PMID and DOIs may differ from the records). Citations labelled by reference number; a range cites every number in it. Planted: reference 2's DOI is typed 'doi:10,1128/CMR.00011-07' (a comma for the dot), malformed-field at its paragraph; reference 2 is keyed without a DOI.",
 "document": "lemierre-case-ama.docx",
 "reader": "docx",
 "lang": "en-US",
 "title": "Lemierre Syndrome With Septic Pulmonary Emboli After Tonsillopharyngitis in an Adolescent",
 "creator": "Author",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
