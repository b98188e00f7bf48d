"""What every part may import: the project's error types and its one text normaliser."""
