"""Small bar charts drawn on the server as inline SVG: no JavaScript, no library.

The SVG is an image with a title and a description for assistive
technology; pages show the same numbers in a table next to it. Text and
axes use ``currentColor``, so a chart follows the admin's light or dark theme.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 640
HEIGHT = 260
MARGIN_LEFT = 44
MARGIN_RIGHT = 12
MARGIN_TOP = 22
MARGIN_BOTTOM = 44
BAR_COLOUR = "#007d7e"  # Wagtail's teal: at least 3:1 against light and dark surfaces
MAX_X_LABELS = 14
MAX_Y_TICKS = 5


@dataclass(frozen=True)
class Bar:
    label: str  # short, under the bar
    value: int
    description: str = ""  # long, for the tooltip, e.g. "Week 12 of 2026: 4 trainees"


def nice_step(maximum: int, ticks: int = MAX_Y_TICKS) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most ``ticks`` intervals."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if multiple * power >= raw:
            return int(multiple * power)
    return int(10 * power)


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def bar_chart(
    *, chart_id: str, title: str, description: str, bars: Sequence[Bar], x_title: str = ""
) -> SafeString:
    """A vertical bar chart as an ``<svg role="img">`` element (empty when there are no bars)."""
    if not bars:
        return SafeString()
    step = nice_step(max(bar.value for bar in bars))
    top = max(step * math.ceil(max(bar.value for bar in bars) / step), step)
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    baseline = MARGIN_TOP + plot_height

    def y(value: float) -> float:
        return baseline - plot_height * value / top

    slot = plot_width / len(bars)
    label_every = math.ceil(len(bars) / MAX_X_LABELS)
    grid = format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor" stroke-opacity="0.2"/>'
        '<text x="{}" y="{}" text-anchor="end" font-size="12" fill="currentColor">{}</text>',
        (
            (MARGIN_LEFT, _number(y(tick)), WIDTH - MARGIN_RIGHT, _number(y(tick)))
            + (MARGIN_LEFT - 6, _number(y(tick) + 4), tick)
            for tick in range(0, top + 1, step)
        ),
    )
    columns = format_html_join(
        "",
        "{}",
        ((_column(bar, index, slot, y, baseline, label_every),) for index, bar in enumerate(bars)),
    )
    axis_title = (
        format_html(
            '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="currentColor">{}</text>',
            _number(MARGIN_LEFT + plot_width / 2),
            HEIGHT - 4,
            x_title,
        )
        if x_title
        else ""
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="academy-chart" role="img" '
        'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'aria-labelledby="{id}-title {id}-desc" id="{id}">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{description}</desc>'
        '<g aria-hidden="true">{grid}'
        '<line x1="{left}" y1="{baseline}" x2="{right}" y2="{baseline}" stroke="currentColor"/>'
        "{columns}{axis_title}</g></svg>",
        width=WIDTH,
        height=HEIGHT,
        id=chart_id,
        title=title,
        description=description,
        grid=grid,
        left=MARGIN_LEFT,
        right=WIDTH - MARGIN_RIGHT,
        baseline=baseline,
        columns=columns,
        axis_title=axis_title,
    )


def _column(bar: Bar, index: int, slot: float, y, baseline: float, label_every: int) -> str:
    centre = MARGIN_LEFT + slot * (index + 0.5)
    width = max(slot * 0.7, 1)
    top = y(bar.value)
    value_label = (
        format_html(
            '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="currentColor">{}</text>',
            _number(centre),
            _number(top - 4),
            bar.value,
        )
        if bar.value
        else ""
    )
    x_label = (
        format_html(
            '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="currentColor">{}</text>',
            _number(centre),
            _number(baseline + 16),
            bar.label,
        )
        if index % label_every == 0
        else ""
    )
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>{}{}',
        _number(centre - width / 2),
        _number(top),
        _number(width),
        _number(baseline - top),
        BAR_COLOUR,
        bar.description or f"{bar.label}: {bar.value}",
        value_label,
        x_label,
    )
