"""The .essay file: reading and writing it (file), its JSON schema (schema),
older versions brought up to date (migrations), and what an interrupted save
left behind (leftovers)."""
