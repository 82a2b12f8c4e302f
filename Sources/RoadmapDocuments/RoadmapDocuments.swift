import RoadmapModel
import ZIPFoundation

/// Report and calendar writers.
public enum RoadmapDocuments {}
