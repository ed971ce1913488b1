"""The Insights window: the engagement heat map, best slots and the trend."""
