"""Running the assistant: the processes of `make run`, the cluster, the benchmarks. May import milia."""
