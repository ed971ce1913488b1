"""The month view: one painted widget of whole weeks, with its geometry, content and drops."""
