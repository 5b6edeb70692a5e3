"""Qt models adapting the core's review objects for the views (one class per module)."""
