"""A span of years closing a title: one yearly edition's, or a period the work is about.

A body's yearly publication closes its name with its year or with the two years its
season or fiscal year spans (``Health Accounts Estimates 2019-20``, ``Informe 2022/2023``);
a history closes its title with the period it covers (``Crisis y modernización del olivar
español, 1870-1930``, ``Famine in Occupied Greece, 1941–1944``, ``Die Stadt 1850–1914``).
:func:`period` tells them apart by how far apart the years are.
"""

from __future__ import annotations

__all__ = ["period"]


def period(first: str, last: str | None) -> bool:
    """Do the years ``first``–``last`` (``last`` written whole or by its last two or three
    digits: ``2019-20``) span more than two years, a period rather than one edition's?"""
    if not last or not first.isdigit() or not last.isdigit() or len(first) != 4:
        return False
    end = int(first[: 4 - len(last)] + last) if len(last) < 4 else int(last)
    return end - int(first) > 2
