"""Builds tests/heldout25/odt/carbonatacao-dissertacao-cap2.odt and its key with the unchanged
tests/corpus_build/build_odt.py (its Doc class, OUT pointed at tests/heldout25/odt)."""
import os, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "corpus_build"))
import build_odt  # noqa: E402
build_odt.OUT = HERE.parents[1] / "odt"
A, B, W = "article", "book", "web"
nbr6118 = dict(title="NBR 6118: projeto de estruturas de concreto: procedimento", year=2014)
nbr12655 = dict(title="NBR 12655: concreto de cimento Portland: preparo, controle, recebimento e aceitação: procedimento", year=2015)
mehta = dict(authors=["Mehta", "Monteiro"], title="Concreto: microestrutura, propriedades e materiais", year=2014, kind=B)
helene = dict(authors=["Helene"], title="Manual para reparo, reforço e proteção de estruturas de concreto", year=1992, kind=B)
papadakis = dict(authors=["Papadakis", "Vayenas", "Fardis"], title="Fundamental modeling and experimental investigation of concrete carbonation", year=1991, kind=A)
oliveira = dict(authors=["Oliveira", "Santos"], title="Profundidade de carbonatação em estruturas de concreto com mais de 30 anos em Curitiba", year=2019, kind=A)
neville = dict(authors=["Neville"], title="Propriedades do concreto", year=2016, kind=B)
cbic = dict(title="Desempenho de edificações habitacionais: guia orientativo para atendimento à norma ABNT NBR 15575/2013", year=2013, url="https://cbic.org.br/wp-content/uploads/2017/11/Guia_da_Norma_de_Desempenho_2013.pdf")
C = dict(kind="commentary")
ABNT = "ASSOCIAÇÃO BRASILEIRA DE NORMAS TÉCNICAS."
lines = [
 "# 2 REVISÃO BIBLIOGRÁFICA",
 "Este capítulo reúne os conceitos necessários para a análise experimental apresentada no Capítulo 4: os mecanismos de degradação do concreto armado, em especial a carbonatação, e os requisitos de durabilidade da normalização brasileira.",
 "## 2.1 Durabilidade das estruturas de concreto",
 "A norma brasileira de projeto define durabilidade como a capacidade de a estrutura resistir às influências ambientais previstas e definidas em conjunto pelo autor do projeto estrutural e pelo contratante, no início dos trabalhos de elaboração do projeto." + "{fn:" + ABNT + " {it:NBR 6118}: projeto de estruturas de concreto: procedimento. Rio de Janeiro: ABNT, 2014. p. 15.}" + " A mesma norma vincula a vida útil de projeto à classe de agressividade ambiental e estabelece cobrimentos nominais mínimos para cada classe." + "{fn:Ibid., p. 20.}",
 "|Classe de agressividade|Agressividade|Cobrimento nominal para laje (mm)|Cobrimento nominal para viga/pilar (mm)|",
 "|I|Fraca|20|25|",
 "|II|Moderada|25|30|",
 "|III|Forte|35|40|",
 "|IV|Muito forte|45|50|",
 "Tabela 2.1 – Cobrimentos nominais para Δc = 10 mm. Fonte: elaborado pelo autor (2024).",
 "Segundo Mehta e Monteiro, a durabilidade não é uma propriedade intrínseca do material, mas o resultado da interação entre o concreto e o ambiente ao longo do tempo." + "{fn:MEHTA, P. Kumar; MONTEIRO, Paulo J. M. {it:Concreto}: microestrutura, propriedades e materiais. 2. ed. São Paulo: IBRACON, 2014. p. 121.}" + " A maior parte das manifestações patológicas em estruturas de concreto armado no Brasil está associada à corrosão das armaduras.",
 "## 2.2 Carbonatação",
 "O modelo clássico de vida útil proposto por Tuutti divide a degradação por corrosão em um período de iniciação, no qual os agentes agressivos penetram até a armadura, e um período de propagação, no qual a corrosão se desenvolve." + "{fn:TUUTTI, 1982 apud HELENE, Paulo. {it:Manual para reparo, reforço e proteção de estruturas de concreto}. 2. ed. São Paulo: Pini, 1992. p. 23.}" + " Na carbonatação, o dióxido de carbono da atmosfera reage com o hidróxido de cálcio da pasta, reduzindo o pH de cerca de 12,5 para valores inferiores a 9 e despassivando o aço.",
 "A profundidade carbonatada cresce aproximadamente com a raiz quadrada do tempo, x = k·√t, onde k é o coeficiente de carbonatação (mm/ano{sup:0,5}) e t o tempo de exposição. Papadakis, Vayenas e Fardis deduziram essa relação a partir de um modelo físico-químico de difusão e reação." + "{fn:PAPADAKIS, V. G.; VAYENAS, C. G.; FARDIS, M. N. Fundamental modeling and experimental investigation of concrete carbonation. {it:ACI Materials Journal}, Farmington Hills, v. 88, n. 4, p. 363-373, jul./ago. 1991.}" + " O coeficiente depende sobretudo da relação água/cimento, do tipo de cimento e da umidade relativa do ambiente, sendo máximo entre 50% e 70%." + "{fn:MEHTA; MONTEIRO, op. cit., p. 160.}",
 "{pb:}Levantamentos em edificações existentes confirmam essa dependência. Em estruturas com mais de 30 anos na região de Curitiba, foram medidas profundidades de carbonatação superiores ao cobrimento em 38% dos pilares inspecionados." + "{fn:OLIVEIRA, Ricardo M.; SANTOS, Lúcia F. Profundidade de carbonatação em estruturas de concreto com mais de 30 anos em Curitiba. {it:Revista IBRACON de Estruturas e Materiais}, São Paulo, v. 12, n. 4, p. 801-820, 2019.}" + " Esses valores justificam a adoção de cobrimentos maiores do que os mínimos normativos em obras de vida útil longa." + "{fn:Neste trabalho adota-se a classe de agressividade II (moderada) para os corpos de prova expostos em ambiente externo protegido, conforme discutido no Capítulo 3.}",
 "Neville observa ainda que a carbonatação, embora prejudicial ao aço, pode aumentar ligeiramente a resistência superficial do concreto, pois o carbonato de cálcio preenche parte dos poros." + "{fn:NEVILLE, A. M. {it:Propriedades do concreto}. 5. ed. Porto Alegre: Bookman, 2016. p. 512.}",
 "## 2.3 Requisitos normativos de desempenho",
 "A norma de desempenho de edificações habitacionais introduziu a exigência de vida útil de projeto mínima de 50 anos para a estrutura, e o guia publicado pela indústria da construção detalha como atender a esse requisito." + "{fn:CÂMARA BRASILEIRA DA INDÚSTRIA DA CONSTRUÇÃO. {it:Desempenho de edificações habitacionais}: guia orientativo para atendimento à norma ABNT NBR 15575/2013. Fortaleza: Gadioli Cipolla Comunicação, 2013. Disponível em: <{link:https://cbic.org.br/wp-content/uploads/2017/11/Guia_da_Norma_de_Desempenho_2013.pdf|https://cbic.org.br/wp-content/uploads/2017/11/Guia_da_Norma_de_Desempenho_2013.pdf}>. Acesso em: 3 mai. 2024.}" + " O controle tecnológico do concreto, por sua vez, segue a NBR 12655, que fixa a relação água/cimento máxima e a resistência mínima para cada classe de agressividade." + "{fn:" + ABNT + " {it:NBR 12655}: concreto de cimento Portland: preparo, controle, recebimento e aceitação: procedimento. Rio de Janeiro: ABNT, 2015.}" + " Para a classe II, por exemplo, exige-se a/c ≤ 0,60 e concreto de classe C25 ou superior." + "{fn:Ibid., p. 11.}",
 "# REFERÊNCIAS",
 ABNT + " {it:NBR 6118}: projeto de estruturas de concreto: procedimento. Rio de Janeiro: ABNT, 2014.",
 ABNT + " {it:NBR 12655}: concreto de cimento Portland: preparo, controle, recebimento e aceitação: procedimento. Rio de Janeiro: ABNT, 2015.",
 "CÂMARA BRASILEIRA DA INDÚSTRIA DA CONSTRUÇÃO. {it:Desempenho de edificações habitacionais}: guia orientativo para atendimento à norma ABNT NBR 15575/2013. Fortaleza: Gadioli Cipolla Comunicação, 2013. Disponível em: <https://cbic.org.br/wp-content/uploads/2017/11/Guia_da_Norma_de_Desempenho_2013.pdf>. Acesso em: 3 mai. 2024.",
 "HELENE, Paulo. {it:Manual para reparo, reforço e proteção de estruturas de concreto}. 2. ed. São Paulo: Pini, 1992.",
 "MEHTA, P. Kumar; MONTEIRO, Paulo J. M. {it:Concreto}: microestrutura, propriedades e materiais. 2. ed. São Paulo: IBRACON, 2014.",
 "NEVILLE, A. M. {it:Propriedades do concreto}. 5. ed. Porto Alegre: Bookman, 2016.",
 "OLIVEIRA, Ricardo M.; SANTOS, Lúcia F. Profundidade de carbonatação em estruturas de concreto com mais de 30 anos em Curitiba. {it:Revista IBRACON de Estruturas e Materiais}, São Paulo, v. 12, n. 4, p. 801-820, 2019. DOI: 10.1590.S1983-41952019000400005.",
 "PAPADAKIS, V. G.; VAYENAS, C. G.; FARDIS, M. N. Fundamental modeling and experimental investigation of concrete carbonation. {it:ACI Materials Journal}, Farmington Hills, v. 88, n. 4, p. 363-373, jul./ago. 1991.",
]
notes = {"1": nbr6118, "2": nbr6118, "3": mehta, "4": helene, "5": papadakis, "6": mehta, "7": oliveira,
         "8": C, "9": neville, "10": cbic, "11": nbr12655, "12": nbr12655}
lit = [nbr6118, nbr12655, cbic, helene, mehta, neville, oliveira, papadakis]
meta = {
 "title": "Capítulo 2 – Revisão bibliográfica",
 "reader": "odt",
 "clean": True,
 "about": "Chapter 2 (Revisão bibliográfica) of an invented Brazilian Portuguese master's dissertation in civil engineering on carbonation of reinforced concrete, as a LibreOffice .odt, with ABNT NBR 10520 reference footnotes in NBR 6023 form: ABNT standards as works with the corporate author 'ASSOCIAÇÃO BRASILEIRA DE NORMAS TÉCNICAS. NBR 6118: …' (corporate author not keyed, no kind), 'Ibid., p. 20.', 'MEHTA; MONTEIRO, op. cit., p. 160.', 'TUUTTI, 1982 apud HELENE, Paulo. …' (keyed with the consulted work, Helene), 'Disponível em: <…>. Acesso em: 3 mai. 2024.', 'v. 88, n. 4, p. 363-373, jul./ago. 1991', a commentary note (8); a five-row table of cover classes (numbers, no citations), the unit exponent mm/ano^0,5 in a superscript span (no citation), a soft page break, and a REFERÊNCIAS list of 8 'SOBRENOME, Nome. Título. Cidade: Editora, ano.' paragraphs. Built with the unchanged build_odt.py (footnote labels and paragraph numbers from the builder). Invented: the dissertation, the table layout, and Oliveira & Santos 2019 (the journal is real) with its DOI; the CBIC guide URL path as remembered; other works real with data as remembered. Planted: the REFERÊNCIAS entry of Oliveira & Santos gives 'DOI: 10.1590.S1983-41952019000400005' (a dot for the slash), malformed-field at that entry's paragraph (keyed without a DOI).",
 "notes": notes,
 "literature": lit,
}
doc = build_odt.Doc("carbonatacao-dissertacao-cap2", meta, lines)
# the planted defect's paragraph: count paragraphs as the builder does (body() is run by write())
doc.write()
import json
key = json.loads((build_odt.OUT / "carbonatacao-dissertacao-cap2.key.json").read_text(encoding="utf-8"))
para = doc.para - 1  # the Oliveira entry is the next-to-last paragraph
key["defects"] = [{"kind": "malformed-field", "line": para}]
(build_odt.OUT / "carbonatacao-dissertacao-cap2.key.json").write_text(build_odt.dump(key), encoding="utf-8")
print("wrote", build_odt.OUT / "carbonatacao-dissertacao-cap2.odt", "paragraphs", doc.para, "defect at", para)
