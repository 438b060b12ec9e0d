"""Benchmarks of issue 7: `python -m tests.benchmarks.run` (see docs/benchmarks.md); not run by pytest."""
