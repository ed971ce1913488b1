"""Social Media Planner: plan a healthcare practice's social media, offline."""

__version__ = "0.1.0"
