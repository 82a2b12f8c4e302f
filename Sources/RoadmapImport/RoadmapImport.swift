import RoadmapModel
import ZIPFoundation

/// Readers of official roadmap tables.
public enum RoadmapImport {}
