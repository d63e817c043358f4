"""fed room."""
