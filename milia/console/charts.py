"""Bar charts drawn on the server as SVG (no JavaScript, nothing loaded from elsewhere)."""

from __future__ import annotations

from html import escape
from typing import Optional, Sequence, Tuple

from markupsafe import Markup

Bar = Tuple[str, float, Optional[str]]  # label, value, link


def _a(href: Optional[str], inner: str, name: str) -> str:
    """A bar that links to the conversations behind it, named for screen readers ("12 May: 3")."""
    return f'<a href="{escape(href)}" aria-label="{escape(name)}">{inner}</a>' if href else inner


def _open(title: str, width: int, height: int) -> str:
    # role="group", not "img": an image cannot hold links (axe: nested-interactive, WCAG 4.1.2).
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" role="group" aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title>")


def columns(bars: Sequence[Bar], title: str, width: int = 720, height: int = 200) -> Markup:
    """Vertical bars (e.g. one per day), the value above each, every 7th label below."""
    top = max([v for _, v, _ in bars] + [1])
    pad_left, pad_bottom, pad_top = 8, 28, 18
    step = (width - pad_left * 2) / max(len(bars), 1)
    bar_width = max(step * 0.7, 1)
    parts = [_open(title, width, height)]
    usable = height - pad_bottom - pad_top
    for i, (label, value, href) in enumerate(bars):
        x = pad_left + i * step
        h = usable * value / top
        y = height - pad_bottom - h
        rect = (f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" height="{h:.1f}" class="bar">'
                f"<title>{escape(label)}: {value:g}</title></rect>")
        parts.append(_a(href, rect, f"{label}: {value:g}"))
        if value and len(bars) <= 62:
            parts.append(f'<text x="{x + bar_width / 2:.1f}" y="{y - 3:.1f}" class="value">{value:g}</text>')
        if i % 7 == 0 or len(bars) <= 10:
            parts.append(f'<text x="{x:.1f}" y="{height - 10}" class="label">{escape(label)}</text>')
    parts.append(f'<line x1="0" y1="{height - pad_bottom}" x2="{width}" y2="{height - pad_bottom}" class="axis"/></svg>')
    return Markup("".join(parts))


def rows(bars: Sequence[Bar], title: str, width: int = 720, row_height: int = 24) -> Markup:
    """Horizontal bars with their labels (e.g. topics, outcomes)."""
    top = max([v for _, v, _ in bars] + [1])
    label_width, value_width = 260, 50
    height = row_height * max(len(bars), 1) + 4
    parts = [_open(title, width, height)]
    for i, (label, value, href) in enumerate(bars):
        y = i * row_height + 2
        w = (width - label_width - value_width) * value / top
        parts.append(f'<text x="{label_width - 6}" y="{y + row_height * 0.7:.1f}" class="label end">{escape(label)}</text>')
        parts.append(_a(href, f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row_height - 6}" class="bar">'
                              f"<title>{escape(label)}: {value:g}</title></rect>", f"{label}: {value:g}"))
        parts.append(f'<text x="{label_width + w + 4:.1f}" y="{y + row_height * 0.7:.1f}" class="value start">{value:g}</text>')
    if not bars:
        parts.append(f'<text x="4" y="{row_height * 0.7}" class="label start">nothing in this period</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
