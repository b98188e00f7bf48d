"""Extraction scored against gold annotations: `score` matches a built graph to the gold as the
annotation guidelines say, `tables` lays the scores out for a terminal or a README."""
