"""Performance suite of the workstation and its reference server (issue 9).

Run ``python -m benchmarks [--quick] [--json OUT]``; see docs/performance.md.
"""
