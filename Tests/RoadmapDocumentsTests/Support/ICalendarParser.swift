import Foundation

/// Python's `icalendar` (a parser we did not write) reading an .ics file:
/// each VTODO's fields as JSON. `.ci/run` installs it (7.3 or later: older
/// releases split a category at an escaped comma).
enum ICalendarParser {
    struct Todo: Decodable, Equatable {
        var uid: String
        var summary: String
        var description: String
        var categories: [String]
        var status: String
        var start: String
        var due: String
    }

    static let script = """
        import json, sys
        try:
            from icalendar import Calendar
        except ImportError:
            print("the Python module icalendar is missing: pip install icalendar")
            sys.exit(3)
        with open(sys.argv[1], "rb") as f:
            calendar = Calendar.from_ical(f.read())
        todos = []
        for todo in calendar.walk("VTODO"):
            categories = todo.get("CATEGORIES")
            groups = categories if isinstance(categories, list) else ([categories] if categories is not None else [])
            # The attribute is «cats» in current releases, «cts» in old ones.
            values = [str(c) for g in groups for c in (getattr(g, "cats", None) or getattr(g, "cts", []))]
            todos.append({
                "uid": str(todo["UID"]), "summary": str(todo["SUMMARY"]),
                "description": str(todo.get("DESCRIPTION", "")), "categories": values,
                "status": str(todo["STATUS"]),
                "start": todo["DTSTART"].dt.isoformat(), "due": todo["DUE"].dt.isoformat(),
            })
        events = []
        for event in calendar.walk("VEVENT"):
            alarms = [str(a["TRIGGER"].to_ical().decode()) for a in event.walk("VALARM")]
            events.append({
                "uid": str(event["UID"]), "summary": str(event["SUMMARY"]),
                "start": event["DTSTART"].dt.isoformat(), "end": event["DTEND"].dt.isoformat(),
                "alarms": alarms,
            })
        print(json.dumps({"name": str(calendar.get("X-WR-CALNAME", "")), "version": str(calendar["VERSION"]),
                          "todos": todos, "events": events}, ensure_ascii=False))
        """

    struct Event: Decodable, Equatable {
        var uid: String
        var summary: String
        var start: String
        var end: String
        var alarms: [String]
    }

    struct Parsed: Decodable {
        var name: String
        var version: String
        var todos: [Todo]
        var events: [Event]
    }

    static func parse(_ file: URL) throws -> Parsed {
        let result = try ExternalTool.run("python3", ["-c", script, file.path])
        guard result.status == 0 else { throw Failure(description: result.output) }
        return try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}
