"""Turns free-text speed-skating race reports into structured, schema-valid data.

>>> from extractor import parse_report
>>> report = parse_report(text)
"""

from extractor.report import parse_report

__version__ = "0.1.0"

__all__ = ["parse_report", "__version__"]
