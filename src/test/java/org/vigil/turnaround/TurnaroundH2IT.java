package org.vigil.turnaround;

class TurnaroundH2IT extends TurnaroundSuite {}
