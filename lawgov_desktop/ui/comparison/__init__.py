"""Comparison view: indicators × regions and year on year, over ``core.checks.compare``."""
from .comparison_view import ComparisonView
from .region_comparison_model import RegionComparisonModel
from .year_over_year_model import YearOverYearModel

__all__ = ["ComparisonView", "RegionComparisonModel", "YearOverYearModel"]
