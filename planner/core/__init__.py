"""The pure core: domain words, weeks, settings and rules. Never imports Qt or SQL."""
