"""Looking at a projection graph: an interactive, self-contained HTML page and a static figure.

`render_html` writes one file that opens without a network (all script, style and data inline), so a
reader can follow any edge back to the sentences that support it. `render_figure` draws the same graph
with matplotlib for a paper. Both read only the attributes that graph/schema.md promises.
"""

from __future__ import annotations

from beleidsgraaf.graph.view.figure import render_figure
from beleidsgraaf.graph.view.html import render_html, view_data
from beleidsgraaf.graph.view.layout import TYPE_COLOURS, layout, metric_values, numeric_node_attributes

__all__ = [
    "TYPE_COLOURS",
    "layout",
    "metric_values",
    "numeric_node_attributes",
    "render_figure",
    "render_html",
    "view_data",
]
