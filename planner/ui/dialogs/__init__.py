"""Dialogs and the prompts behind them (replaceable in tests)."""
