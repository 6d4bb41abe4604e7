import _syn
