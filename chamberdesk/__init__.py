"""ChamberDesk: the secretariat's desk for members, delegations, meetings and agreements."""

__version__ = "0.1.0"
