/// One thing an ``XMLScanner`` reads: an element's start or end, or text.
public enum XMLEvent: Sendable, Hashable {
  /// A start tag (an empty-element tag gives a start and an end): the element's local name
  /// (without its namespace prefix) and its attributes in document order.
  case start(String, [XMLAttribute])
  /// An end tag, with the element's local name.
  case end(String)
  /// Character data, with references replaced (CDATA sections included as they are).
  case text(String)
}
