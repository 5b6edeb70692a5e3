"""Widgets showing the models: report text, tables, find bar, delegate (one class per module)."""
