"""Writes odt/wolbachia-pt.odt of heldout36 half A (zipfile + ODF XML, no LibreOffice) and its key:
a LibreOffice Writer document cited with the Zotero LibreOffice plugin in ABNT author-date
(reference marks named 'ZOTERO_ITEM CSL_CITATION {json} RND…', the bibliography a section named
'ZOTERO_BIBL {json} CSL_BIBLIOGRAPHY RND…').  Lines are body paragraph numbers (text:p, text:h).
    python3 tests/heldout36/_src/_meta/build_odt36.py tests/heldout36"""
import json, os, sys, zipfile
from xml.sax.saxutils import escape, quoteattr

U = "http://zotero.org/users/5520917/items/"
Z = {
 "BH4T7Q2M": (201, {"type": "article-journal", "title": "The global distribution and burden of dengue", "container-title": "Nature", "page": "504-507", "volume": "496", "issue": "7446", "DOI": "10.1038/nature12060", "author": [{"family": "Bhatt", "given": "Samir"}, {"family": "Gething", "given": "Peter W."}, {"family": "Brady", "given": "Oliver J."}, {"family": "Messina", "given": "Jane P."}, {"family": "Farlow", "given": "Andrew W."}, {"family": "Moyes", "given": "Catherine L."}, {"family": "Hay", "given": "Simon I."}], "issued": {"date-parts": [["2013", 4]]}}),
 "MO8R3W1L": (202, {"type": "article-journal", "title": "A Wolbachia symbiont in Aedes aegypti limits infection with dengue, Chikungunya, and Plasmodium", "container-title": "Cell", "page": "1268-1278", "volume": "139", "issue": "7", "DOI": "10.1016/j.cell.2009.11.042", "author": [{"family": "Moreira", "given": "Luciano A."}, {"family": "Iturbe-Ormaetxe", "given": "Iñaki"}, {"family": "Jeffery", "given": "Jason A."}, {"family": "Lu", "given": "Guangjin"}, {"family": "Pyke", "given": "Alyssa T."}, {"family": "O'Neill", "given": "Scott L."}], "issued": {"date-parts": [["2009", 12]]}}),
 "WK2L9D6F": (203, {"type": "article-journal", "title": "The wMel Wolbachia strain blocks dengue and invades caged Aedes aegypti populations", "container-title": "Nature", "page": "450-453", "volume": "476", "issue": "7361", "DOI": "10.1038/nature10355", "author": [{"family": "Walker", "given": "T."}, {"family": "Johnson", "given": "P. H."}, {"family": "Moreira", "given": "L. A."}, {"family": "Hoffmann", "given": "A. A."}, {"family": "O'Neill", "given": "S. L."}], "issued": {"date-parts": [["2011", 8]]}}),
 "HF5N2X8C": (204, {"type": "article-journal", "title": "Successful establishment of Wolbachia in Aedes populations to suppress dengue transmission", "container-title": "Nature", "page": "454-457", "volume": "476", "issue": "7361", "DOI": "10.1038/nature10356", "author": [{"family": "Hoffmann", "given": "A. A."}, {"family": "Montgomery", "given": "B. L."}, {"family": "Popovici", "given": "J."}, {"family": "O'Neill", "given": "S. L."}], "issued": {"date-parts": [["2011", 8]]}}),
 "UT3A6R9K": (205, {"type": "article-journal", "title": "Efficacy of Wolbachia-infected mosquito deployments for the control of dengue", "container-title": "New England Journal of Medicine", "page": "2177-2186", "volume": "384", "issue": "23", "DOI": "10.1056/NEJMoa2030243", "author": [{"family": "Utarini", "given": "Adi"}, {"family": "Indriani", "given": "Citra"}, {"family": "Ahmad", "given": "Riris A."}, {"family": "Tantowijoyo", "given": "Warsito"}, {"family": "Arguni", "given": "Eggi"}], "issued": {"date-parts": [["2021", 6, 10]]}}),
 "PN7S1V4E": (206, {"type": "article-journal", "title": "Effectiveness of Wolbachia-infected mosquito deployments in reducing the incidence of dengue and other Aedes-borne diseases in Niterói, Brazil: A quasi-experimental study", "container-title": "PLOS Neglected Tropical Diseases", "page": "e0009556", "volume": "15", "issue": "7", "DOI": "10.1371/journal.pntd.0009556", "author": [{"family": "Pinto", "given": "Sofia B."}, {"family": "Riback", "given": "Thiago I. S."}, {"family": "Sylvestre", "given": "Gabriel"}, {"family": "Costa", "given": "Guilherme"}], "issued": {"date-parts": [["2021", 7, 12]]}}),
 "BR9M2S5T": (207, {"type": "report", "title": "Monitoramento das arboviroses urbanas: semanas epidemiológicas 1 a 52 de 2023", "container-title": "Boletim Epidemiológico", "publisher": "Ministério da Saúde", "publisher-place": "Brasília", "volume": "55", "number": "1", "author": [{"literal": "BRASIL. Ministério da Saúde. Secretaria de Vigilância em Saúde e Ambiente"}], "issued": {"date-parts": [["2024", 1]]}}),
 "SA6L3P8Q": (208, {"type": "article-journal", "title": "Percepção comunitária sobre a liberação de mosquitos com Wolbachia em Campo Grande, MS", "container-title": "Cadernos Saúde Coletiva", "page": "210-222", "volume": "31", "issue": "2", "author": [{"family": "Santos", "given": "Mariana Rocha"}, {"family": "Lima", "given": "Pedro Henrique"}], "issued": {"date-parts": [["2023"]]}}),
}
_cid = iter(["k2Pq8sLm", "Zx4Vb7Nc", "Ty6Ui9Op", "Aq1Sw2De", "Rf3Gt4Hy", "Ju5Ki6Lo", "Pm7Nb8Vc", "Xz9Aq0Sw", "Ed1Rf2Tg", "Yh3Uj4Ik", "Ol5Pm6Nb"])
_rnd = iter(["RNDa8f3kd2Lq", "RNDt4Wc9x1Zm", "RNDp0Hs7gB2e", "RNDy6Ue3nV8r", "RNDm1Kd5qT7w", "RNDc9Jx2rA4s", "RNDh3Zo8vF6k", "RNDw5Lb1eQ9j", "RNDg7Np4uS3d", "RNDs2Mv6yC8x", "RNDe8Rt0iW5a"])
cites = []  # (label, paragraph)


def ref(parts, text, para):
    items = []
    for key, loc, suppress in parts:
        zid, data = Z[key]
        it = {"id": zid, "uris": [U + key], "itemData": dict({"id": zid}, **data)}
        if loc:
            it["locator"], it["label"] = loc, "page"
        if suppress:
            it["suppress-author"] = True
        items.append(it)
        cites.append(["zotero:" + key, para])
    payload = {"citationID": next(_cid), "properties": {"formattedCitation": text, "plainCitation": text, "noteIndex": 0}, "citationItems": items, "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    name = "ZOTERO_ITEM CSL_CITATION " + json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + " " + next(_rnd)
    return f'<text:reference-mark-start text:name={quoteattr(name)}/>{escape(text)}<text:reference-mark-end text:name={quoteattr(name)}/>'


paras = []  # (kind, style, xml)


def P(*segs, style="Text_20_body", h=None):
    n = len(paras) + 1
    xml = ""
    for s in segs:
        if isinstance(s, str):
            xml += escape(s)
        elif s[0] == "z":
            xml += ref(s[1], s[2], n)
        elif s[0] == "b":
            xml += f'<text:span text:style-name="T_bold">{escape(s[1])}</text:span>'
    paras.append(("h" if h else "p", style, xml, h))


z = lambda parts, text: ("z", [(p if len(p) == 3 else p + (None,)) if isinstance(p, tuple) else (p, None, None) for p in parts], text)

P("Liberação de Aedes aegypti com Wolbachia no Brasil: uma revisão narrativa da efetividade e da aceitação comunitária", style="Title")
P("Ana Clara Figueiredo¹, João Vitor Barreto²", style="Author")
P("¹ Programa de Pós-Graduação em Saúde Coletiva, Universidade Estadual do Vale do Itajaí. ² Instituto de Medicina Tropical Aplicada.", style="Author")
P("Introdução", h=1, style="Heading_20_1")
P("A dengue é hoje a arbovirose de maior impacto no mundo, com estimativas de centenas de milhões de infecções anuais ", z(["BH4T7Q2M"], "(BHATT et al., 2013)"), ". No Brasil, os boletins do Ministério da Saúde registraram em 2023 o maior número de casos prováveis da série histórica ", z(["BR9M2S5T"], "(BRASIL, 2024)"), ", o que renovou o interesse por estratégias de controle vetorial que não dependam de inseticidas.")
P("Entre essas estratégias, a liberação de mosquitos Aedes aegypti portadores da bactéria Wolbachia ocupa lugar de destaque. A descoberta de que a infecção pela cepa wMel reduz a capacidade do mosquito de transmitir o vírus ", z(["MO8R3W1L"], "(MOREIRA et al., 2009)"), " foi seguida, dois anos depois, pela demonstração de que a bactéria se espalha em populações naturais ", z(["WK2L9D6F", "HF5N2X8C"], "(WALKER et al., 2011; HOFFMANN et al., 2011)"), ".")
P("Métodos", h=1, style="Heading_20_1")
P("Realizamos uma revisão narrativa dos estudos de efetividade publicados entre 2009 e 2023 e dos estudos sobre percepção e aceitação das liberações em municípios brasileiros. As buscas foram feitas nas bases PubMed, SciELO e LILACS com os descritores \"Wolbachia\", \"Aedes aegypti\" e \"dengue\", sem restrição de idioma.")
P("Resultados", h=1, style="Heading_20_1")
P("O ensaio clínico randomizado por conglomerados realizado em Yogyakarta, na Indonésia, encontrou eficácia protetora de 77,1% contra dengue sintomática confirmada virologicamente ", z([("UT3A6R9K", "2180", None)], "(UTARINI et al., 2021, p. 2180)"), ". É o único ensaio randomizado disponível e serve de referência para os estudos observacionais brasileiros.")
P("Em Niterói, Pinto et al. ", z([("PN7S1V4E", None, True)], "(2021)"), " compararam as áreas com e sem liberação em um desenho quase experimental e estimaram redução de 69% na incidência de dengue, com efeitos também sobre chikungunya e Zika.")
P("Os autores ressaltam que a efetividade foi menor nas áreas em que a frequência de Wolbachia na população de mosquitos permaneceu abaixo de 60% ", z([("PN7S1V4E", None, None)], "(PINTO et al., 2021)"), ".")
P("A aceitação comunitária foi alta nos bairros estudados em Campo Grande, mas dependeu do contato prévio dos moradores com agentes de saúde ", z(["SA6L3P8Q"], "(SANTOS; LIMA, 2023)"), ". Resultados semelhantes foram relatados para a Austrália no período das primeiras liberações ", z(["HF5N2X8C"], "(HOFFMANN et al., 2011)"), ".")
P("Discussão", h=1, style="Heading_20_1")
P("A evidência acumulada sustenta a incorporação do método às ações do Sistema Único de Saúde, mas a heterogeneidade entre cidades recomenda monitoramento contínuo da frequência de Wolbachia e da incidência de casos ", z(["UT3A6R9K", "PN7S1V4E"], "(UTARINI et al., 2021; PINTO et al., 2021)"), ". A sustentabilidade financeira de longo prazo ainda é pouco estudada no país.")
P("Referências", h=1, style="Heading_20_1")
BIB = [
 [("BHATT, S. et al. The global distribution and burden of dengue. "), ("b", "Nature"), ", v. 496, n. 7446, p. 504–507, abr. 2013. DOI: 10.1038/nature12060."],
 [("BRASIL. MINISTÉRIO DA SAÚDE. SECRETARIA DE VIGILÂNCIA EM SAÚDE E AMBIENTE. "), ("b", "Monitoramento das arboviroses urbanas: semanas epidemiológicas 1 a 52 de 2023"), ". Brasília: Ministério da Saúde, jan. 2024. (Boletim Epidemiológico, v. 55, n. 1)."],
 [("HOFFMANN, A. A. et al. Successful establishment of Wolbachia in Aedes populations to suppress dengue transmission. "), ("b", "Nature"), ", v. 476, n. 7361, p. 454–457, ago. 2011. DOI: 10.1038/nature10356."],
 [("MOREIRA, L. A. et al. A Wolbachia symbiont in Aedes aegypti limits infection with dengue, Chikungunya, and Plasmodium. "), ("b", "Cell"), ", v. 139, n. 7, p. 1268–1278, dez. 2009. DOI: 10.1016/j.cell.2009.11.042."],
 [("OLIVEIRA, C. M. de. "), ("b", "Custo-efetividade da liberação de mosquitos com Wolbachia em um município do estado do Rio de Janeiro"), ". 2020. Dissertação (Mestrado em Saúde Coletiva) – Universidade Federal Fluminense, Niterói, 2020."],
 [("PINTO, S. B. et al. Effectiveness of Wolbachia-infected mosquito deployments in reducing the incidence of dengue and other Aedes-borne diseases in Niterói, Brazil: A quasi-experimental study. "), ("b", "PLOS Neglected Tropical Diseases"), ", v. 15, n. 7, p. e0009556, 12 jul. 2021. DOI: 10.1371/journal.pntd.0009556."],
 [("SANTOS, M. R.; LIMA, P. H. Percepção comunitária sobre a liberação de mosquitos com Wolbachia em Campo Grande, MS. "), ("b", "Cadernos Saúde Coletiva"), ", v. 31, n. 2, p. 210–222, 2023."],
 [("UTARINI, A. et al. Efficacy of Wolbachia-infected mosquito deployments for the control of dengue. "), ("b", "New England Journal of Medicine"), ", v. 384, n. 23, p. 2177–2186, 10 jun. 2021. DOI: 10.1056/NEJMoa2030243."],
 [("WALKER, T. et al. The wMel Wolbachia strain blocks dengue and invades caged Aedes aegypti populations. "), ("b", "Nature"), ", v. 476, n. 7361, p. 450–453, ago. 2011. DOI: 10.1038/nature10355."],
]
bib_first = len(paras) + 1
for e in BIB:
    P(*e, style="Bibliography")
bib_last = len(paras)
P("Recebido em 14/03/2024. Versão revisada submetida em 02/05/2024.", style="Text_20_body")

OFF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def content():
    body = []
    for i, (kind, style, xml, h) in enumerate(paras, 1):
        if i == bib_first:
            bibl = 'ZOTERO_BIBL {"uncited":[["' + U + 'OL4C7M2D"]],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY RNDq3Xv7Lk1p'
            body.append(f'<text:section text:style-name="Sect1" text:name={quoteattr(bibl)}>')
        if kind == "h":
            body.append(f'<text:h text:style-name="{style}" text:outline-level="{h}">{xml}</text:h>')
        else:
            body.append(f'<text:p text:style-name="{style}">{xml}</text:p>')
        if i == bib_last:
            body.append("</text:section>")
    auto = ('<office:automatic-styles><style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style></office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {OFF}>{auto}<office:body><office:text>'
            '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
            + "".join(body) + "</office:text></office:body></office:document-content>")


STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {OFF}><office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.247cm" fo:text-align="justify"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Author" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Bibliography" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.21cm"/></style:style>
</office:styles></office:document-styles>'''
META = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {OFF}><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator><dc:title>Wolbachia no Brasil</dc:title><dc:language>pt-BR</dc:language><meta:creation-date>2024-03-10T10:21:07</meta:creation-date></office:meta></office:document-meta>'''
MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'''

A, R, T, W = "article", "report", "thesis", "web"
N = {
 "BH4T7Q2M": dict(title="The global distribution and burden of dengue", year=2013, doi="10.1038/nature12060", kind=A),
 "BR9M2S5T": dict(title="Monitoramento das arboviroses urbanas: semanas epidemiológicas 1 a 52 de 2023", year=2024),
 "HF5N2X8C": dict(title="Successful establishment of Wolbachia in Aedes populations to suppress dengue transmission", year=2011, doi="10.1038/nature10356", kind=A),
 "MO8R3W1L": dict(title="A Wolbachia symbiont in Aedes aegypti limits infection with dengue, Chikungunya, and Plasmodium", year=2009, doi="10.1016/j.cell.2009.11.042", kind=A),
 "PN7S1V4E": dict(title="Effectiveness of Wolbachia-infected mosquito deployments in reducing the incidence of dengue and other Aedes-borne diseases in Niterói, Brazil: A quasi-experimental study", year=2021, doi="10.1371/journal.pntd.0009556", kind=A),
 "SA6L3P8Q": dict(authors=["Santos", "Lima"], title="Percepção comunitária sobre a liberação de mosquitos com Wolbachia em Campo Grande, MS", year=2023, kind=A),
 "UT3A6R9K": dict(title="Efficacy of Wolbachia-infected mosquito deployments for the control of dengue", year=2021, doi="10.1056/NEJMoa2030243", kind=A),
 "WK2L9D6F": dict(title="The wMel Wolbachia strain blocks dengue and invades caged Aedes aegypti populations", year=2011, doi="10.1038/nature10355", kind=A),
}
OLIV = dict(authors=["Oliveira"], title="Custo-efetividade da liberação de mosquitos com Wolbachia em um município do estado do Rio de Janeiro", year=2020, kind=T)
order = ["BH4T7Q2M", "BR9M2S5T", "HF5N2X8C", "MO8R3W1L", None, "PN7S1V4E", "SA6L3P8Q", "UT3A6R9K", "WK2L9D6F"]
ABOUT = ("An invented Brazilian Portuguese narrative review (public health: Wolbachia Aedes aegypti releases in Brazil, effectiveness and community acceptance) as LibreOffice Writer 7.6 saves a document cited with the Zotero LibreOffice plugin in ABNT (author-date, NBR 6023/10520): every citation a reference mark pair (text:reference-mark-start/-end) named 'ZOTERO_ITEM CSL_CITATION {json} RND…' (citationID, properties, citationItems with uris http://zotero.org/users/5520917/items/KEY and CSL itemData, schema) around the rendered citation: '(BHATT et al., 2013)', '(BRASIL, 2024)' for a corporate author, two works in one mark '(WALKER et al., 2011; HOFFMANN et al., 2011)' and '(UTARINI et al., 2021; PINTO et al., 2021)', a page locator '(UTARINI et al., 2021, p. 2180)', a suppress-author '(2021)' after 'Pinto et al.', '(SANTOS; LIMA, 2023)'; Title/Author/Heading 1/Text body styles; the list is the section named 'ZOTERO_BIBL {\"uncited\":[[URI]],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY RND…' with nine 'Bibliography' paragraphs (ABNT: upper-case surnames, 'et al.' beyond three authors, bold container, 'v. 476, n. 7361, p. 454–457, ago. 2011', 'DOI: 10…'), then a received/revised line. Labels 'zotero:ITEMKEY' per cited work at the mark's paragraph; lines are body paragraph numbers (text:h and text:p). Literature: the nine printed entries in order; authors keyed only where the printed entry names them all (Santos & Lima, Oliveira), not for 'et al.' entries nor the corporate author; the ministry bulletin keyed by title and year without a kind. "
         "Invented: the review, authors, institutions, Santos & Lima 2023, Oliveira 2020 (a master's dissertation), the ministry bulletin's exact title, the Zotero user id and item keys. Real with data as remembered: Bhatt et al. 2013, Moreira et al. 2009, Walker et al. 2011, Hoffmann et al. 2011, Utarini et al. 2021 (NEJM; page of the locator as given), Pinto et al. 2021 (PLoS NTD). "
         "Planted: the Oliveira 2020 dissertation was added to the bibliography with Zotero's 'uncited' list (ZOTERO_BIBL's uncited URI) and is cited by no reference mark: uncited-literature-entry at its paragraph.")

if __name__ == "__main__":
    root = os.path.abspath(sys.argv[1])
    out = os.path.join(root, "odt", "wolbachia-pt.odt")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content())
        zf.writestr("styles.xml", STYLES)
        zf.writestr("meta.xml", META)
        zf.writestr("META-INF/manifest.xml", MANIFEST)
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpus_build"))
    from build import dump
    oliv_line = bib_first + order.index(None)
    key = {"about": ABOUT, "document": "wolbachia-pt.odt", "reader": "odt", "clean": True,
           "citations": cites, "notes": {"zotero:" + k: v for k, v in N.items()},
           "literature": [dict(number=i + 1, **(N[k] if k else OLIV)) for i, k in enumerate(order)],
           "defects": [{"kind": "uncited-literature-entry", "line": oliv_line}]}
    open(os.path.join(root, "odt", "wolbachia-pt.key.json"), "w", encoding="utf-8").write(dump(key))
    print("odt/wolbachia-pt", cites, oliv_line)
