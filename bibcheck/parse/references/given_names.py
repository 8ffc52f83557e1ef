"""Given names common in the languages whose bodies' names are read (Portuguese, Spanish,
Catalan, Italian, French, English), to tell a person's name in natural order (``Ana
Rosado``, ``Luis Pérez``, ``John Smith``) from a phrase of capitalised nouns that goes on a
body's name (``Economía Social``, ``Ensino Superior``, ``Social Care``).

Only names common enough to be met often are listed; a name whose first word is not here
is read as before (no person is told).
"""

from __future__ import annotations

from bibcheck.parse.references.given import SECOND_GIVEN

__all__ = ["COMMON_GIVEN"]

# given names that also name a place, a state or a saint a body is named for ("Victoria
# Police", "Santiago de Compostela", "Santa Cruz"): no sign of a person first
_PLACES = frozenset({"Victoria", "Santiago", "Salvador", "Cruz", "Regina", "Pilar"})

COMMON_GIVEN = (SECOND_GIVEN - _PLACES) | frozenset(
    """
    Ana Anna Maria João Joao Luís Paulo Rui Nuno Tiago Duarte Gonçalo Henrique Vasco Sérgio
    Rodrigo Bruno Filipe Hélder Jaime Joaquim Afonso Álvaro Artur Bernardo Diogo Fábio
    Inês Joana Catarina Helena Sofia Rita Carla Sara Filipa Mariana Margarida Leonor Raquel
    Susana Sónia Cláudia Patrícia Luísa Fátima Graça Conceição Lúcia Isabela Juliana Fernanda
    Luiz Marcelo Márcio Marcos Rogério Sebastião Estêvão Gilberto Otávio Renato Leandro
    Ignasi Jordi Marc Oriol Núria Mireia Laia Meritxell Roser Antoni Enric
    Giovanni Giuseppe Marco Luca Francesco Alessandro Lorenzo Matteo Paolo Stefano Andrea
    Giulia Chiara Francesca Federica Silvia Valentina Elisa
    Jean Pierre Jacques Michel Philippe Louis Marie Anne Claire Sophie Isabelle Catherine
    Nathalie François Françoise Bernard Alain Nicolas Julien Sylvie Véronique
    John James Robert Michael William David Richard Thomas Charles Christopher Daniel
    Matthew Mark Paul Peter George Edward Henry Andrew Stephen Kevin Brian Timothy Simon
    Mary Elizabeth Jennifer Linda Susan Margaret Sarah Karen Nancy Lisa Emma Emily Hannah
    Rachel Rebecca Catherine Jane Alice Helen Ruth
    """.split()
)
