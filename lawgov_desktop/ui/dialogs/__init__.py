"""Modal dialogs: settings, shortcuts, the reason for a correction (one class per module)."""
