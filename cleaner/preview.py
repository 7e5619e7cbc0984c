"""What `cleaner diff` shows, as plain data and plain text: no terminal, no colour.

Everything here renders the removal records `clean()` already made (provenance is data): it
never re-runs or second-guesses the cleaning. The CLI turns these structures into a rich view;
the plain forms (unified diff, labelled listing, --stat table) are built here so that piping
the output gives the same answer on every terminal.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

from .model import Kind

KEPT, REMOVED, ATTRIBUTION = "kept", "removed", "attribution"
KEPT_LABEL, REMOVED_LABEL = "kept", "removed"


@dataclass(frozen=True)
class Cut:
    """Part of a kept block's text that an inline removal took out: [start, end) and why."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PreviewBlock:
    """One block as the preview shows it: its page text, its fate, and what decided it."""

    order: int
    text: str
    status: str  # KEPT, REMOVED or ATTRIBUTION
    label: str | None = None  # the removal's rule, e.g. `global › contact`
    fields: tuple[str, ...] = ()  # attribution fields the block filled
    cuts: tuple[Cut, ...] = ()  # inline removals inside a kept block
    lost: tuple[str, ...] = ()  # inline removal texts not found verbatim in the block

    @property
    def cleaned(self):
        """The text this block contributes to the cleaned page ('' when removed)."""
        if self.status != KEPT:
            return ""
        text = self.text
        for cut in sorted(self.cuts, key=lambda c: c.start, reverse=True):
            text = text[:cut.start] + text[cut.end:]
        return text


@dataclass
class StatRow:
    """One removal reason: how many blocks and characters it took, from how many inputs."""

    reason: str
    blocks: int = 0
    chars: int = 0
    inputs: set = field(default_factory=set)


def preview_blocks(result):
    """The page in reading order, each block kept or removed, with the label of what removed it.

    Inline removals (part of a kept block) become cuts in that block. One outside every block
    (order -1) has nowhere to sit in reading order, so it is listed first as a removed block.
    """
    inline = {}
    for removal in result.removals:
        if removal.order < 0 or result.blocks[removal.order].kept:
            inline.setdefault(removal.order, []).append(removal)
    out = [PreviewBlock(-1, r.text, REMOVED, r.rule) for r in inline.pop(-1, [])]
    for block in result.blocks:
        out.append(_preview_block(block, inline.get(block.order, ())))
    return out


def _preview_block(block, inline):
    if block.kept:
        cuts, lost = _cuts(block.text, inline)
        return PreviewBlock(block.order, block.text, KEPT, cuts=cuts, lost=lost)
    removal = block.removal
    status = ATTRIBUTION if removal.kind == Kind.ATTRIBUTION else REMOVED
    return PreviewBlock(block.order, block.text, status, removal.rule, removal.fields)


def _cuts(text, removals):
    """Locate each inline removal's text in its block, left to right. Text normalisation can
    make a removal's text differ from its place in the block; such removals are kept aside
    (`lost`) so the view still lists them rather than silently dropping them."""
    cuts, lost, start = [], [], 0
    for removal in removals:
        at = text.find(removal.text, start) if removal.text else -1
        if at < 0:
            lost.append(removal.rule)
            continue
        cuts.append(Cut(at, at + len(removal.text), removal.rule))
        start = at + len(removal.text)
    return tuple(cuts), tuple(lost)


def block_label(block):
    """`rule → field, field` for attribution blocks, the rule alone for other removals."""
    if block.status == ATTRIBUTION and block.fields:
        return f"{block.label} → {', '.join(block.fields)}"
    return block.label or ""


# Plain unified diff ---------------------------------------------------------------------------

def page_lines(blocks):
    """The page text: every block, one line per line of its text."""
    return [line for b in blocks for line in b.text.split("\n")]


def cleaned_lines(blocks):
    """The cleaned text: the kept blocks, less their inline removals."""
    return [line for b in blocks if b.status == KEPT for line in b.cleaned.split("\n") if line.strip()]


def unified_diff(blocks, name, context=3):
    """`diff -u` of the page text against the cleaned text, headers naming the input.

    The diff is kept pure (no labels appended) so `patch` and diff viewers accept it; the
    reasons are in `--stat` and `--labels`.
    """
    return text_diff(page_lines(blocks), cleaned_lines(blocks), name, name,
                     "page text", "cleaned text", context)


def text_diff(old, new, fromfile, tofile, fromdate="", todate="", context=3):
    """A unified diff of two texts (or lists of lines), '' when they are equal. A last line
    without a newline is marked as `diff` does, so the output stays a valid patch."""
    old_lines = old.splitlines(keepends=True) if isinstance(old, str) else [f"{x}\n" for x in old]
    new_lines = new.splitlines(keepends=True) if isinstance(new, str) else [f"{x}\n" for x in new]
    out = []
    for line in difflib.unified_diff(old_lines, new_lines, fromfile, tofile, fromdate, todate,
                                     n=context):
        out.append(line if line.endswith("\n") else f"{line}\n\\ No newline at end of file\n")
    return "".join(out)


# Labelled listing -----------------------------------------------------------------------------

MARKS = {KEPT: " ", REMOVED: "-", ATTRIBUTION: "="}


def labelled_text(blocks):
    """One line per block line for pipes and grep: `-` removed, `=` read into attribution,
    `~` kept with an inline removal, ` ` kept; the label follows in square brackets."""
    out = []
    for b in blocks:
        mark = "~" if b.cuts or b.lost else MARKS[b.status]
        labels = [block_label(b)] if b.status != KEPT else [c.label for c in b.cuts] + list(b.lost)
        suffix = f"  [{'; '.join(labels)}]" if labels else ""
        lines = b.text.split("\n")
        out.append(f"{mark} {lines[0]}{suffix}")
        out.extend(f"{mark} {line}" for line in lines[1:])
    return "\n".join(out) + "\n"


# --stat ---------------------------------------------------------------------------------------

def stat_rows(results):
    """Block and character counts per removal reason over `results` ({name: CleanResult}), in
    order of first appearance, then the totals removed and kept."""
    rows, removed, kept = {}, StatRow(REMOVED_LABEL), StatRow(KEPT_LABEL)
    for name, result in results.items():
        for removal in result.removals:
            row = rows.setdefault(removal.rule, StatRow(removal.rule))
            for total in (row, removed):
                total.blocks += 1
                total.chars += len(removal.text)
                total.inputs.add(name)
        for b in preview_blocks(result):
            if b.status == KEPT:
                kept.blocks += 1
                kept.chars += len(b.cleaned)
                kept.inputs.add(name)
    ordered = list(rows.values())
    if len(results) > 1:
        ordered.sort(key=lambda r: (-r.blocks, -r.chars, r.reason))
    return ordered, removed, kept


def format_stat(rows, removed, kept, several=False):
    """A plain table: numbers first, right-aligned, the reason last so that wide (CJK) labels
    never break the alignment."""
    every = rows + [removed, kept]
    widths = [max(len(h), *(len(str(n)) for n in col)) for h, col in (
        ("inputs", [len(r.inputs) for r in every]),
        ("blocks", [r.blocks for r in every]),
        ("chars", [r.chars for r in every]))]
    if not several:
        widths[0] = 0

    def line(inputs, blocks, chars, reason):
        cells = [str(inputs).rjust(widths[0])] if several else []
        cells += [str(blocks).rjust(widths[1]), str(chars).rjust(widths[2]), reason]
        return "  ".join(cells).rstrip()

    out = [line("inputs", "blocks", "chars", "reason")]
    out += [line(len(r.inputs), r.blocks, r.chars, r.reason) for r in every]
    return "\n".join(out) + "\n"


# Side by side ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SideRow:
    """One row of the side-by-side view: page blocks on the left, what became of them on the
    right (a chunk of the Markdown body, or the attribution fields they filled)."""

    left: tuple[PreviewBlock, ...]
    right: str = ""
    right_is_fields: bool = False


def markdown_chunks(body):
    """The Markdown body split at blank lines: one chunk per paragraph, heading, list, table."""
    return [c for c in (c.strip("\n") for c in body.split("\n\n")) if c.strip()]


def side_by_side_rows(result, blocks=None):
    """Pair page blocks with the Markdown they became. Removed blocks sit alone (attribution
    blocks beside the fields they filled); consecutive kept blocks that became one chunk (the
    cells of a table, the lines of a list) share a row; a chunk matching no block gets its own.
    Pairing compares letters and digits only, so Markdown syntax and escapes do not matter."""
    blocks = preview_blocks(result) if blocks is None else blocks
    chunks = markdown_chunks(result.body)
    keys = [_key(c) for c in chunks]
    rows, group, at = [], [], 0  # `group`: kept blocks paired with chunk `at - 1`
    values = result.attribution.as_dict()

    def flush():
        if group:
            rows.append(SideRow(tuple(group), chunks[at - 1] if at else ""))
            group.clear()

    for b in blocks:
        if b.status != KEPT:
            flush()
            rows.append(_removed_row(b, values))
            continue
        j = _find_chunk(_key(b.cleaned), keys, at)
        if j is None:
            flush()
            rows.append(SideRow((b,)))
        elif group and j == at - 1:
            group.append(b)
        else:
            flush()
            rows.extend(SideRow((), chunks[k]) for k in range(at, j))
            group.append(b)
            at = j + 1
    flush()
    rows.extend(SideRow((), chunks[k]) for k in range(at, len(chunks)))
    return rows


def _removed_row(block, values):
    if block.status == ATTRIBUTION:
        filled = [f"{f}: {values[f]}" for f in block.fields if values.get(f)]
        return SideRow((block,), "\n".join(filled), right_is_fields=True)
    return SideRow((block,))


def _find_chunk(key, keys, at):
    """The chunk holding this block's text: the current one (a table goes on), else the next
    one that contains it or is mostly the same text."""
    if not key:
        return None
    if at and key in keys[at - 1]:
        return at - 1
    for j in range(at, len(keys)):
        if key in keys[j] or (keys[j] and keys[j] in key):
            return j
    for j in range(at, len(keys)):
        if difflib.SequenceMatcher(None, key, keys[j], autojunk=False).quick_ratio() > 0.8:
            return j
    return None


def _key(text):
    """Letters and digits only (CJK included): what a block and its Markdown share."""
    return "".join(ch for ch in text if ch.isalnum()).casefold()


def count_kinds(blocks):
    """How many blocks were kept, removed, and read into attribution (for the header)."""
    counts = Counter(b.status for b in blocks)
    return {s: counts.get(s, 0) for s in (KEPT, REMOVED, ATTRIBUTION)}
