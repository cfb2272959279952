"""Benchmarks behind `shuyi bench NAME`: they build their own data, print figures, and never pass or fail."""
