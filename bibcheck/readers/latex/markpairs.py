"""``\\footnotemark`` … ``\\footnotetext`` pairs that the counters alone would split.

The usual idiom for a note from inside a box is a ``\\footnotemark`` in the box and its
``\\footnotetext`` after it (a gb4e example set in a ``minipage``, a table cell).  By
the counters the mark is the box's own (``minipage3.a``) while the text takes the page
counter as it stands, which is the previous note's number: "defined twice" and "no
definition", though the author paired them.  Here the marks made in a box and given no
text there wait, in order, for the next unnumbered ``\\footnotetext`` outside it; an
outside ``\\footnotemark`` made while some wait queues behind them, so that the texts
pair in the order of the marks.  A ``\\footnotetext[n]`` keeps its number, and a change
of the footnote counter (the table idiom ``\\addtocounter{footnote}{-2}``) means the
author numbers by hand: the queue is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class BoxMarks:
    """The unanswered marks of one open box (minipage, REVTeX table)."""

    labels: list[str] = field(default_factory=list)


@dataclass(slots=True)
class MarkQueue:
    """Marks waiting for a ``\\footnotetext`` outside the box they were made in."""

    waiting: list[str] = field(default_factory=list)
    boxes: list[BoxMarks] = field(default_factory=list)

    def open_box(self) -> None:
        self.boxes.append(BoxMarks())

    def close_box(self) -> None:
        """The box ends: its unanswered marks wait for texts outside it."""
        if self.boxes:
            self.waiting.extend(self.boxes.pop().labels)

    def marked(self, label: str) -> None:
        """A ``\\footnotemark`` (no number) labelled ``label``."""
        if self.boxes:
            self.boxes[-1].labels.append(label)
        elif self.waiting:
            self.waiting.append(label)

    def text_in_box(self, label: str) -> None:
        """A ``\\footnotetext`` in the box answers its mark ``label``."""
        if self.boxes and label in self.boxes[-1].labels:
            self.boxes[-1].labels.remove(label)

    def text_outside(self) -> str | None:
        """The label an unnumbered ``\\footnotetext`` outside any box takes, or None
        (then the counter's)."""
        return self.waiting.pop(0) if self.waiting else None

    def counter_changed(self) -> None:
        self.waiting.clear()
