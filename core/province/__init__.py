"""Province mode: a province computer reads the hub's figures of every commune and prints the
province report."""
