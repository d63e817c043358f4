"""The rotation report: build it for an as-of date and a pair, then render it.

``build_report`` (build.py) calls the statistics; ``render_terminal`` (terminal.py),
``write_html`` (html.py) and ``figures`` (charts.py) only present what it holds.
"""

from capscope.report.build import PAIRS, Report, Section, build_report, build_reports

__all__ = ["PAIRS", "Report", "Section", "build_report", "build_reports"]
