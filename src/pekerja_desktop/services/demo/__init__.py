"""Demo data: realistic synthetic participants for demonstrations, screenshots and benchmarks."""
