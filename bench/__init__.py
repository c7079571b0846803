"""`make bench`: the numbers operators pay for, measured (not asserted) on this machine.

Each module measures one group of metrics and runs on its own (`python -m bench.requests`);
`bench.run` runs them all, each in its own process, prints a table and writes bench/results.json.
"""
