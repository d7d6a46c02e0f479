"""Turns free-text speed-skating race reports into structured, schema-valid data.

>>> from extractor import parse_report
>>> report = parse_report(text)
"""

__version__ = "0.1.0"

from extractor.batch import parse_reports  # noqa: E402
from extractor.report import parse_report  # noqa: E402

__all__ = ["parse_report", "parse_reports", "__version__"]
