"""Ways to run the pipeline over many articles: locally (here) and on Spark (later)."""
