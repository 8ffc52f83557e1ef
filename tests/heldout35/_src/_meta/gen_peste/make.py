import textwrap, re
W = 92
def justify(line, width):
    words = line.split(" ")
    if len(words) == 1: return line
    gaps = len(words) - 1
    extra = width - len(line)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = 1 + extra // gaps + (1 if i < extra % gaps else 0)
        out += w + " " * n
    return out + words[-1]

def para(text, indent=3, width=W):
    lines = textwrap.wrap(" " * indent + text, width=width, break_on_hyphens=False)
    lines[0] = lines[0]  # keep indent
    res = []
    for i, l in enumerate(lines):
        if i < len(lines) - 1:
            lead = len(l) - len(l.lstrip())
            res.append(" " * lead + justify(l.strip(), width - lead))
        else:
            res.append(l)
    return res

def note(n, text, width=W):
    first = f"{n} "
    lines = textwrap.wrap(text, width=width - 4)
    res = []
    for i, l in enumerate(lines):
        body = justify(l, width - 4) if i < len(lines) - 1 else l
        res.append(("   " + first if i == 0 else "     ") + body if n < 10 else ("  " + first if i == 0 else "     ") + body)
    return res

def annotate(lines):
    out = []
    for l in lines:
        marks = re.findall(r"\{(\d+)\}", l)
        l = re.sub(r"\{(\d+)\}", r"\1", l)
        out.append(l + ("⟦" + "|".join(marks) + "⟧" if marks else ""))
    return out
