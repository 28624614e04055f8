import math


def area(r):
    from math import *
    return pi * r * r
