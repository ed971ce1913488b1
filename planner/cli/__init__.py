"""The command line: ``planner COMMAND``, one module per group of commands.

This package's own module stays empty: ``planner --version`` imports only
``planner.cli.entry`` and ``planner.cli.errors``; each command imports what it needs.
"""
