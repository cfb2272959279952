"""Circulation: the desk that turns each scan into one committed change (lend, return, renew, hold, transfer,
stocktake, e-book loan) and says what it did."""
