extension String {
  /// The string with its first character in upper case (`"criterion"` → `"Criterion"`).
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
