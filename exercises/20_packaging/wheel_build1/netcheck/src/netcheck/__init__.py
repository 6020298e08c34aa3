"""Check that hosts answer on their ports."""
