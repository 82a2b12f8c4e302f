import ArgumentParser
import Foundation
import RoadmapRegion
import RoadmapStore

/// `--region DIR`, shared by the regional commands: else `$ROADMAP_REGION`,
/// else `$XDG_DATA_HOME/roadmap-region` (`~/.local/share/roadmap-region`).
struct RegionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Региональный каталог (municipalities.json и копии муниципалитетов).", valueName: "DIR"))
    var region: String?

    var url: URL {
        get throws {
            if let region {
                guard !region.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw ValidationError("--region: пустой путь к региональному каталогу.")
                }
                return URL(fileURLWithPath: region)
            }
            let environment = ProcessInfo.processInfo.environment
            if let path = environment["ROADMAP_REGION"], !path.isEmpty { return URL(fileURLWithPath: path) }
            let base = UserFolders.base("XDG_DATA_HOME", underHome: ".local/share", environment: environment)
                ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
            return base.appendingPathComponent("roadmap-region")
        }
    }

    /// The region and its list; a list with errors is printed whole and
    /// stops the command (exit 65), an empty one says how to fill it.
    func municipalities() throws -> (Region, [Municipality]) {
        let region = Region(root: try url)
        let list: [Municipality]
        do throws(RegionError) {
            list = try region.municipalities()
        } catch {
            RegionExit.report(error)
            throw RegionExit.code(for: error.kind)
        }
        guard !list.isEmpty else {
            Console.error("В региональном каталоге \(region.root.path) нет муниципалитетов: добавьте их — "
                          + "roadmap region add НАЗВАНИЕ URL --region \(region.root.path)")
            throw ExitStatus.noInput
        }
        return (region, list)
    }
}

enum RegionExit {
    static func report(_ error: RegionError) {
        for diagnostic in error.diagnostics { Console.error(Console.visible(diagnostic.description)) }
        Console.error("Ошибка: \(error.message)")
    }

    static func code(for kind: RegionError.Kind) -> ExitCode {
        switch kind {
        case .usage: return ExitCode(64)
        case .data: return ExitStatus.dataError
        case .failed: return ExitStatus.cannotWrite
        }
    }
}
