print("bantin-corpus: not yet written")
