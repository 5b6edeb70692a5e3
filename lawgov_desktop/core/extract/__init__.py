"""Indicator and metadata extraction: mechanisms here, vocabulary in resources/."""
