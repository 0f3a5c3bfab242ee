package org.vigil.directory;

class DirectoryH2IT extends DirectorySuite {}
