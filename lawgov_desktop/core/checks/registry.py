"""Which function runs each rule kind, and the parameters each kind needs.

Adding a kind is a new module plus a line here; adding a rule of a known kind is
an edit to resources/checks.json only.
"""
from __future__ import annotations

from collections.abc import Callable

from ..catalog import Catalog
from ..types import Finding, Report
from . import (conflicts, coverage, ordering, outliers, publish_date, rates, required_parts, timeliness, title, topic,
               yoy_claims)
from .context import CheckContext
from .rules import Rule

ReportCheck = Callable[[CheckContext, Rule], list[Finding]]
BatchCheck = Callable[[list[Report], Catalog, Rule], list[tuple[str, Finding]]]

REPORT_CHECKS: dict[str, ReportCheck] = {
    required_parts.KIND: required_parts.check,
    timeliness.KIND: timeliness.check,
    publish_date.KIND: publish_date.check,
    "title_missing": title.check_missing,
    "title_kind": title.check_kind,
    "title_year_missing": title.check_year_missing,
    "title_year_mismatch": title.check_year_mismatch,
    "rate_range": rates.check_range,
    "rate_from_counts": rates.check_counts,
    ordering.KIND: ordering.check,
    conflicts.KIND: conflicts.check,
    coverage.KIND: coverage.check,
    topic.KIND: topic.check,
}

BATCH_CHECKS: dict[str, BatchCheck] = {
    outliers.KIND: outliers.check,
    yoy_claims.KIND: yoy_claims.check,
}

REQUIRED_PARAMS: dict[str, tuple[str, ...]] = {
    required_parts.KIND: required_parts.REQUIRED,
    timeliness.KIND: timeliness.REQUIRED,
    publish_date.KIND: publish_date.REQUIRED,
    **title.REQUIRED,
    **rates.REQUIRED,
    ordering.KIND: ordering.REQUIRED,
    conflicts.KIND: conflicts.REQUIRED,
    coverage.KIND: coverage.REQUIRED,
    topic.KIND: topic.REQUIRED,
    outliers.KIND: outliers.REQUIRED,
    yoy_claims.KIND: yoy_claims.REQUIRED,
}
