"""Server-rendered SVG bar charts (courses.charts)."""

import pytest
from defusedxml import ElementTree as ET

from courses.charts import HEIGHT, MAX_X_LABELS, Bar, bar_chart, nice_step

SVG = "{http://www.w3.org/2000/svg}"


def chart(bars, **kwargs):
    options = {"chart_id": "c", "title": "Completion", "description": "Trainees per bucket"}
    return ET.fromstring(str(bar_chart(bars=bars, **{**options, **kwargs})))


def test_chart_is_an_accessible_image_with_title_and_description():
    svg = chart([Bar("0–9%", 3), Bar("10–19%", 0)])
    assert svg.tag == f"{SVG}svg"
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c-title c-desc"
    title, desc = svg[0], svg[1]
    assert (title.tag, title.get("id"), title.text) == (f"{SVG}title", "c-title", "Completion")
    assert (desc.tag, desc.get("id"), desc.text) == (f"{SVG}desc", "c-desc", "Trainees per bucket")


def test_one_bar_per_value_scaled_to_the_largest():
    svg = chart([Bar("a", 4), Bar("b", 2), Bar("c", 0)])
    heights = [float(rect.get("height")) for rect in svg.iter(f"{SVG}rect")]
    assert len(heights) == 3
    assert heights[0] == pytest.approx(2 * heights[1])
    assert heights[2] == 0
    assert all(0 <= h < HEIGHT for h in heights)
    # Each bar carries its value as a tooltip; non-zero bars are labelled with it.
    assert [rect.find(f"{SVG}title").text for rect in svg.iter(f"{SVG}rect")] == [
        "a: 4",
        "b: 2",
        "c: 0",
    ]
    texts = [text.text for text in svg.iter(f"{SVG}text")]
    assert "4" in texts and "2" in texts


def test_text_is_escaped_and_the_svg_stays_well_formed():
    svg = chart(
        [Bar('<script>alert("x")</script> & co', 1, description="A & B <c>")],
        title="Q&A <1>",
        description='"quoted" & <tagged>',
        x_title="x < y",
    )
    assert svg.find(f"{SVG}title").text == "Q&A <1>"
    assert svg.find(f"{SVG}desc").text == '"quoted" & <tagged>'
    assert not list(svg.iter(f"{SVG}script"))
    assert svg.find(f".//{SVG}rect/{SVG}title").text == "A & B <c>"


def test_long_series_label_only_some_bars():
    bars = [Bar(f"W{n}", n) for n in range(1, 54)]
    svg = chart(bars)
    assert len(list(svg.iter(f"{SVG}rect"))) == 53
    week_labels = [t.text for t in svg.iter(f"{SVG}text") if t.text and t.text.startswith("W")]
    assert 1 < len(week_labels) <= MAX_X_LABELS


def test_all_zero_chart_still_draws():
    svg = chart([Bar("a", 0), Bar("b", 0)])
    assert len(list(svg.iter(f"{SVG}rect"))) == 2


def test_no_bars_no_chart():
    assert bar_chart(chart_id="c", title="t", description="d", bars=[]) == ""


@pytest.mark.parametrize(
    ("maximum", "step"), [(0, 1), (3, 1), (5, 1), (6, 2), (10, 2), (11, 5), (40, 10), (230, 50)]
)
def test_axis_steps_are_round_numbers(maximum, step):
    assert nice_step(maximum) == step
