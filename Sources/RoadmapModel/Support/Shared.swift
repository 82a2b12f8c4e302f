/// A value held by reference and shared by the many items that name it:
/// a region's lists have tens of thousands of items, and each copy of a
/// `School` or a `Measure` retains a dozen strings. Equal and hashed by
/// its value, so items holding it compare as if they held the value.
public final class Shared<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value

    public init(_ value: Value) { self.value = value }

    public static func == (a: Shared, b: Shared) -> Bool { a === b || a.value == b.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
