"""Writes the meta.json of heldout45 half B's documents (markdown-links, html, docx, pdftext,
plaintext).  Labels and lines come from the ⟦label⟧ annotations in the sources (checked with
grep -n on the built files); fields are given here by hand.  Conventions (see ../../HALF_B.md):
the work's own title; authors are surnames as printed (an `et al.` list keyed with the names
printed before it); Chinese names written whole (赵人俊); corporate authors, editors and
translators not keyed; year of the edition or posting; DOIs bare; URLs with scheme; kinds per
the last section of tests/corpus/README.md.  Notes of a numbered list: each cited number's
note carries the fields of its entry.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout45 calibration-notes shuiwen-zh hf-telemonitoring rza-gost-ru
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout45 ssri-interactions
  python3 tests/heldout45/_src/_meta/sup_docx.py tests/heldout45/docx/ssri-interactions.docx"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries, cited=None):
    """notes for every cited number (all by default) = the entry's fields; literature in order."""
    cited = cited if cited is not None else range(1, len(entries) + 1)
    notes = {str(n): entries[n - 1] for n in cited}
    lit = [dict(number=i, **e) for i, e in enumerate(entries, 1)]
    return notes, lit


# ---- markdown-links: English machine-learning blog post, [n] markers + a numbered linked list ----
md = [
 dict(authors=["Guo", "Pleiss", "Sun", "Weinberger"], title="On Calibration of Modern Neural Networks", year=2017, url="https://proceedings.mlr.press/v70/guo17a.html", kind=CH),
 dict(authors=["Niculescu-Mizil", "Caruana"], title="Predicting Good Probabilities with Supervised Learning", year=2005, doi="10.1145/1102351.1102430", kind=CH),
 dict(authors=["DeGroot", "Fienberg"], title="The Comparison and Evaluation of Forecasters", year=1983, doi="10.2307/2987588", kind=A),
 dict(authors=["Naeini", "Cooper", "Hauskrecht"], title="Obtaining Well Calibrated Probabilities Using Bayesian Binning", year=2015, url="https://ojs.aaai.org/index.php/AAAI/article/view/9602", kind=CH),
 dict(authors=["Halvorsen"], title="Reliability diagrams are lying to you (a little)", year=2024, url="https://halvorsen.example.net/posts/reliability-bins/", kind=W),
 dict(authors=["Minderer", "Djolonga", "Romijnders"], title="Revisiting the Calibration of Modern Neural Networks", year=2021, url="https://arxiv.org/abs/2106.07998", kind=A),
 dict(authors=["Ovadia"], title="Can You Trust Your Model's Uncertainty? Evaluating Predictive Uncertainty Under Dataset Shift", year=2019, url="https://arxiv.org/abs/1906.02530", kind=CH),
 dict(authors=["Kull", "Perello-Nieto", "Kängsepp"], title="Beyond temperature scaling: Obtaining well-calibrated multiclass probabilities with Dirichlet calibration", year=2019, url="https://arxiv.org/abs/1910.12656", kind=CH),
 dict(authors=["Küppers"], title="net:cal – Uncertainty Calibration", year=2023, url="https://github.com/EFS-OpenSource/calibration-framework", kind=W),
 dict(authors=["Krizhevsky"], title="Learning Multiple Layers of Features from Tiny Images", year=2009, url="https://www.cs.toronto.edu/~kriz/learning-features-2009-TR.pdf", kind=R),
 dict(authors=["Hendrycks", "Dietterich"], title="Benchmarking Neural Network Robustness to Common Corruptions and Perturbations", year=2019, url="https://arxiv.org/abs/1903.12261", kind=CH),
 dict(authors=["Hendrycks", "Dietterich"], title="CIFAR-10-C", year=2019, doi="10.5281/zenodo.2535967", kind=W),
]
notes, lit = numbered(md)
put("markdown-links", "calibration-notes", {
 "about": "An invented English machine-learning blog post (calibration of neural classifiers) in Markdown: [n] markers ([1], [6, 7], [11][12], [6-8]), one body link whose URL is entry 1's URL (keyed as a citation of 1), a body link to scikit-learn docs matching no entry (not keyed), a code block with bins[2]/probs[3] and 'Eq. (1)' (no citations), a numbered procedure ('step 2'), a Markdown table with [1] and [8] in cells, 'Table 1', 'Figure 2'. References: '[n] Author, Author. [\"Title\"](url). Venue Year.' in order of first citation: ICML/AAAI/NeurIPS/ICLR papers (chapter), an arXiv preprint (article), 'et al.' after three names and after one (keyed with the names printed), software with a version on GitHub and a Zenodo dataset (web), a university technical report (report). Invented: the post, Halvorsen's blog post (and URL). Real with data as remembered (versions, pages, URLs may differ): all others. Clean.",
 "document": "calibration-notes.md", "reader": "markdown-links", "clean": True,
 "notes": notes, "literature": lit,
})

# ---- html: Chinese hydrology journal article page, <sup>[<a href="#bN">N</a>]</sup>, GB/T 7714 list ----
zh = [
 dict(authors=["赵人俊"], title="流域水文模拟: 新安江模型与陕北模型", year=1984, kind=B),
 dict(authors=["Zhao"], title="The Xinanjiang model applied in China", year=1992, doi="10.1016/0022-1694(92)90096-E", kind=A),
 dict(authors=["王文", "李明华", "陈晓"], title="基于改进 SCS-CN 方法的黄土区小流域暴雨径流模拟", year=2019, doi="10.99999/skxjz.2019.04.006", kind=A),
 dict(authors=["刘宏伟", "侯晓红", "王秀英"], title="分布式水文模型在中小河流洪水预报中的应用", year=2015, kind=A),
 dict(authors=["李强", "周晓"], title="融合雷达定量降水估计的山洪预报系统设计", year=2020, kind=CH),
 dict(authors=["Beven"], title="Rainfall-runoff modelling: the primer", year=2012, kind=B),
 dict(authors=["Moriasi", "Arnold", "Van Liew"], title="Model evaluation guidelines for systematic quantification of accuracy in watershed simulations", year=2007, kind=A),
 dict(title="水文情报预报规范", year=2008, kind=R),
 dict(authors=["张建云", "王国庆"], title="气候变化对水文水资源影响研究", year=2007, kind=B),
 dict(title="中国地面气候资料日值数据集(V3.0)", year=2012, url="http://data.cma.cn/data/detail/dataCode/SURF_CLI_CHN_MUL_DAY_V3.0.html", kind=W),
 dict(authors=["陈洋"], title="黄土高原典型流域产汇流机制与模拟研究", year=2018, kind=T),
 dict(authors=["Arnold", "Srinivasan", "Muttiah"], title="Large area hydrologic modeling and assessment part I: model development", year=1998, doi="10.1111/j.1752-1688.1998.tb05961.x", kind=A),
 dict(title="2022 年中国水资源公报", year=2023, url="http://www.mwr.gov.cn/sj/tjgb/szygb/202306/t20230630_1672556.html", kind=R),
]
notes, lit = numbered(zh)
put("html", "shuiwen-zh", {
 "about": "An invented Chinese hydrology journal article (regionalising Xinanjiang model parameters for small loess catchments) as a Chinese journal site's HTML full-text page: nav, citation_* meta tags, issue line with the article's own DOI link, byline with affiliation superscripts <sup>1,2</sup> and <sup>*</sup>, km<sup>2</sup> and R<sup>2</sup> (no citations), 表 1 / 图 1 / 图 2 / 式 (3) / 步骤 2 (cross references), citations <sup>[<a href=\"#bN\">N</a>]</sup> with a range [6-9], lists [1,2], [4,5], [3, 7], bracketed non-superscript 文献[7] and a citation in a table <caption>. 参考文献 as <div><p id=bN>[N] ...</p> in GB/T 7714-2015 numeric style, order of first citation: [M] books (one with '2nd ed.'), [J] articles (Chinese and English, capitalised surnames with initials, 'et al.' after three names), a [S] standard with a corporate author (title keyed without its number GB/T 22482—2008), [D] thesis, [C]// proceedings paper (chapter), [DB/OL] dataset (web) and [R/OL] bulletin (report) with (publication date)[access date] and URL. Chinese names keyed whole. Invented: the article, its journal, DOI 10.99999/swsg..., 王文 et al. (and DOI), 刘宏伟 et al., 李强 & 周晓, 陈洋, the bulletin's URL path. Real with data as remembered: 赵人俊 1984, Zhao 1992, Beven 2012, Moriasi 2007, GB/T 22482-2008, 张建云 & 王国庆 2007, the CMA dataset, Arnold 1998. Clean.",
 "document": "shuiwen-zh.html", "reader": "html", "clean": True,
 "notes": notes, "literature": lit,
})

# ---- docx: English pharmacology narrative review, AMA, superscript numbers, typed numbered list ----
dx = [
 dict(authors=["Boyer", "Shannon"], title="The serotonin syndrome", year=2005, doi="10.1056/NEJMra041867", kind=A),
 dict(authors=["Dunkley", "Isbister", "Sibbritt", "Dawson", "Whyte"], title="The Hunter Serotonin Toxicity Criteria: simple and accurate diagnostic decision rules for serotonin toxicity", year=2003, doi="10.1093/qjmed/hcg109", kind=A),
 dict(authors=["Spina", "Santoro", "D'Arrigo"], title="Clinically relevant pharmacokinetic drug interactions with second-generation antidepressants: an update", year=2008, doi="10.1016/S0149-2918(08)80047-1", kind=A),
 dict(authors=["Hillhouse", "Porter"], title="A brief history of the development of antidepressant drugs: from monoamines to glutamate", year=2015, doi="10.1037/a0038550", kind=A),
 dict(authors=["O'Donnell", "Bies", "Shelton"], title="Drug therapy of depression and anxiety disorders", year=2018, kind=CH),
 dict(authors=["Marwick-Delane", "Oduya", "Castell"], title="Serotonin toxicity after coprescription of linezolid and selective serotonin reuptake inhibitors: a retrospective cohort study", year=2022, doi="10.1001/jamanetworkopen.2022.27713", kind=A),
 dict(title="FDA Drug Safety Communication: serious CNS reactions possible when linezolid (Zyvox) is given to patients taking certain psychiatric medications", year=2011, url="https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-serious-cns-reactions-linezolid", kind=W),
 dict(authors=["Keshishian", "Tran"], title="Serotonergic opioids in the recovery room: a practical review", year=2021, doi="10.1111/bcp.99999", kind=A),
 dict(authors=["Lindqvist", "Abara"], title="Disproportionality signals for tramadol combined with SSRIs in VigiBase, 2010-2022", year=2023, doi="10.1101/2023.02.28.99999", kind=A),
 dict(authors=["Gillman"], title="Monoamine oxidase inhibitors, opioid analgesics and serotonin toxicity", year=2005, doi="10.1093/bja/aei210", kind=A),
 dict(authors=["Bijl"], title="The serotonin syndrome", year=2004, kind=A),
 dict(title="FDA Adverse Event Reporting System (FAERS) public dashboard", url="https://www.fda.gov/drugs/questions-and-answers-fdas-adverse-event-reporting-system-faers/fda-adverse-event-reporting-system-faers-public-dashboard", kind=W),
]
notes, lit = numbered(dx, cited=[1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12])
put("docx", "ssri-interactions", {
 "about": "An invented English pharmacology narrative review (serotonin toxicity from SSRI combinations in hospital) typed in Word in AMA style: title page with '*' and '†' affiliation marks, word count line, headings, citations as superscript runs typed after periods and commas (^1^, ^1,2^, ^3-5^, ^1,6-9^, a superscript after an author's name 'Boyer and Shannon^1^' in a table title), doses (600 mg), 'Table 1', 'Figure 1', 'Step 2' (no citations), and a typed numbered References list (plain paragraphs '1. ...', no automatic numbering) in AMA 11th ed. form: 'N Engl J Med. 2005;352(11):1112-1120. doi:... PMID: ...', 'et al' after three names, an e-locator (e2227713), a supplement '(suppl 1):S45-S52', a medRxiv preprint 'Preprint posted online March 2, 2023', a textbook chapter 'In: Brunton LL, ..., eds.' (13th ed.), FDA web pages with 'Published'/'Updated'/'Accessed' (year of entry 12 left unkeyed: only an update date is printed). The body's superscripts are made by _meta/sup_docx.py after build_docx.py (w:vertAlign superscript runs). Lines are body paragraph numbers. Invented: the review and its authors, Marwick-Delane et al. (and DOI), Keshishian & Tran (and DOI), Lindqvist & Abara (and DOI), the FDA page paths. Real with data as remembered: Boyer & Shannon (PMID as remembered), Dunkley, Spina, Hillhouse & Porter, O'Donnell et al. in Goodman & Gilman, Gillman, Bijl. Planted: entry 10 (Gillman 2005) is cited nowhere: uncited-literature-entry at its paragraph.",
 "document": "ssri-interactions.docx", "reader": "docx", "clean": True, "lang": "en-US",
 "notes": notes, "literature": lit,
})

# ---- pdftext: English cardiology RCT (Lancet style) as pdftotext prints it, glued superscripts ----
pt = [
 dict(authors=["McDonagh", "Metra", "Adamo", "Gardner", "Baumbach", "Böhm"], title="2021 ESC Guidelines for the diagnosis and treatment of acute and chronic heart failure", year=2021, kind=A),
 dict(authors=["Koehler", "Koehler", "Deckwart", "Prescher", "Wegscheider", "Kirwan"], title="Efficacy of telemedical interventional management in patients with heart failure (TIM-HF2): a randomised, controlled, parallel-group, unmasked trial", year=2018, kind=A),
 dict(authors=["Abraham", "Adamson", "Bourge", "Aaron", "Costanzo", "Stevenson"], title="Wireless pulmonary artery haemodynamic monitoring in chronic heart failure: a randomised controlled trial", year=2011, kind=A),
 dict(authors=["Lindenfeld", "Zile", "Desai", "Bhatt", "Ducharme", "Horstmanshof"], title="Haemodynamic-guided management of heart failure (GUIDE-HF): a randomised controlled trial", year=2021, kind=A),
 dict(authors=["Chaudhry", "Mattera", "Curtis", "Spertus", "Herrin", "Lin"], title="Telemonitoring in patients with heart failure", year=2010, kind=A),
 dict(authors=["Ong", "Romano", "Edgington", "Aronow", "Auerbach", "Black"], title="Effectiveness of remote patient monitoring after discharge of hospitalized patients with heart failure: the Better Effectiveness After Transition–Heart Failure (BEAT-HF) randomized clinical trial", year=2016, kind=A),
 dict(authors=["Oyelaran", "Brandt"], title="Remote monitoring after admission for heart failure: a systematic review and network meta-analysis", year=2023, doi="10.1002/ejhf.99999", kind=A),
 dict(authors=["Haverkamp", "Sato", "Mbeki"], title="Thoracic impedance trends and decompensation in ambulatory heart failure", year=2024, doi="10.1101/2024.01.10.99999", kind=A),
 dict(authors=["Marchetti", "Quinn"], title="Nurse-led telemonitoring services for heart failure in Europe: a survey of 212 centres", year=2022, kind=A),
 dict(title="Chronic heart failure in adults: diagnosis and management", year=2018, kind=R),
 dict(title="R: a language and environment for statistical computing", year=2023, url="https://www.R-project.org/", kind=W),
 dict(authors=["Heidenreich", "Bozkurt", "Aguilar", "Allen", "Byun", "Colvin"], title="2022 AHA/ACC/HFSA guideline for the management of heart failure", year=2022, kind=A),
]
notes, lit = numbered(pt)
put("pdftext", "hf-telemonitoring", {
 "about": "An invented English cardiology randomised trial report (TELE-PRESS: telephone support vs implanted pressure monitoring after heart-failure admission) in Lancet style, hand-shaped as pdftotext (no -layout) prints a journal PDF: running head 'Articles' after each form feed, a footer line with the journal site, volume, date and page number at each page's end, a structured summary, Lancet middle-dot decimals (0·83, 95% CI 0·62–1·11), NYHA class II–III, doses and units, 'figure 1', 'table 2', '(p 4)', 'step 2', an investigators '*' mark (no citations). Superscript citation numbers come out glued to the word or punctuation before them: 'discharge.1', 'recommendation,1', 'disagree.2–6' (five pairs), 'intervals;7', 'CHAMPION3', 'Tele-HF5', 'TIM-HF22' (trial name TIM-HF2 + marker 2), 'R (version 4.3.1),11', 'monitoring.3,7', 'data.5,6,8'. References: Lancet numbered list '1 Surname AB, ...' with six names then 'et al' (keyed with the six printed), entries wrapping over 2-5 lines, 'Journal Year; Vol: pages.', an e-page range (e895–1032), '21 (suppl 1): S112', 'published online March 2' with a doi.org URL broken after '10.1002/', a medRxiv preprint, a NICE guideline (report, corporate author), R Core Team software (web; title keyed without the version). Invented: the trial and its authors, the journal site, Oyelaran & Brandt, Haverkamp et al., Marchetti & Quinn (and their DOIs). Real with data as remembered: McDonagh 2021, Koehler 2018, Abraham 2011, Lindenfeld 2021, Chaudhry 2010, Ong 2016, NICE NG106, R, Heidenreich 2022. Clean.",
 "document": "hf-telemonitoring.txt", "reader": "pdf-text", "clean": True,
 "notes": notes, "literature": lit,
})

# ---- plaintext: Russian electrical-engineering preprint, GOST numeric [n, с. N] ----
ru = [
 dict(authors=["Федосеев", "Федосеев"], title="Релейная защита электроэнергетических систем", year=1992, kind=B),
 dict(authors=["Шнеерсон"], title="Цифровая релейная защита", year=2007, kind=B),
 dict(authors=["Иванов", "Кузнецова"], title="Адаптивная дистанционная защита линий с ответвлениями", year=2019, kind=A),
 dict(title="Communication networks and systems for power utility automation. Part 9-2: Specific communication service mapping (SCSM) – Sampled values over ISO/IEC 8802-3", year=2011, kind=R),
 dict(authors=["Phadke", "Thorp"], title="Computer Relaying for Power Systems", year=2009, kind=B),
 dict(authors=["Нестеров", "Орлова", "Гусев"], title="Оценка погрешности трансформаторов тока в переходных режимах", year=2021, doi="10.99999/0136-3360-2021-2-55-63", kind=A),
 dict(authors=["Смирнов"], title="Методы повышения быстродействия дифференциальной защиты шин", year=2018, kind=T),
 dict(authors=["Орлова"], title="Цифровая подстанция: опыт внедрения шины процесса", year=2022, kind=CH),
 dict(title="Требования к цифровым устройствам релейной защиты и автоматики", url="https://www.so-ups.example/functioning/tech-req/rza-digital/", kind=W),
 dict(authors=["Chen", "Müller", "Aydin"], title="Deep learning for fault classification on transmission lines: a review", year=2022, url="https://arxiv.org/abs/2203.09876", kind=A),
 dict(title="Simscape Electrical", year=2023, url="https://www.mathworks.com/products/simscape-electrical.html", kind=W),
 dict(authors=["Петров", "Лукина"], title="Способ блокировки дифференциальной защиты шин при насыщении трансформаторов тока", year=2020, kind=P),
]
notes, lit = numbered(ru)
put("plaintext", "rza-gost-ru", {
 "about": "An invented Russian electrical-engineering preprint (busbar differential protection on a digital substation: process-bus delays) saved as plain text: УДК, capitals title over two lines, 'Препринт, версия 2', Аннотация, Ключевые слова (IEC 61850-9-2), dashed rules, numbered capitals sections, units (кВ, мс, Гц), 'табл. 1', 'рис. 2', 'формула (3)' (no citations); GOST R 7.0.5-2008 numeric citations [1, с. 212], [2, с. 45–47], [5, p. 101; 6], [2; 5], [3–6], [6, с. 58], one citation marker at the start of a wrapped line; 'СПИСОК ЛИТЕРАТУРЫ' of GOST 7.1/7.0.100 entries with hanging indents in order of first citation: books ('2-е изд., перераб. и доп.', ': учебник для вузов' keyed out of the title), '// Журнал. – 2021. – Т. 64, № 2. – С. 55–63. – DOI:' with the DOI on the next line, an IEC standard (report), an English book with '2nd ed.', 'дис. … канд. техн. наук : 05.14.02' (thesis), a conference paper '// Сборник ... – С. 118–124.' (chapter), an electronic resource '[сайт] / organisation. – URL: ... (дата обращения: ...). – Текст : электронный.' (web, no year keyed: only an access date), an arXiv preprint (article), software 'программный комплекс. – Версия R2023a' (web), a Russian patent (patent; inventors keyed as authors). Invented: the preprint, its authors, Иванов & Кузнецова, Нестеров et al. (and DOI), Смирнов's thesis, Орлова 2022, the system operator's page (example URL), Chen et al. (and arXiv number), the patent. Real with data as remembered: Федосеев 1992, Шнеерсон 2007, IEC 61850-9-2:2011, Phadke & Thorp 2009, Simscape Electrical. Planted: [13] cites a number beyond the 12-entry list: missing-literature-entry at its line (its pair is keyed, with no note).",
 "document": "rza-gost-ru.txt", "reader": "plain-text", "clean": True,
 "notes": notes, "literature": lit,
 # key correction (lead, 2026-12-04): entry 10 is an electronic resource without the
 # 'Текст : электронный' the list's other electronic resources carry (GOST R 7.0.100-2018)
 "defects": [{"kind": "style-lint", "line": 92}],
})
