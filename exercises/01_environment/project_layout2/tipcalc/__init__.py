"""tipcalc: work out tips and split restaurant bills."""
