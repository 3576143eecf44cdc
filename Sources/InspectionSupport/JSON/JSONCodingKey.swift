/// A coding key for object members and array elements that have no key type of their own.
struct JSONCodingKey: CodingKey, Hashable {
  let stringValue: String
  let intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    self.intValue = nil
  }

  init?(intValue: Int) {
    self.init(index: intValue)
  }

  init(index: Int) {
    self.stringValue = "Index \(index)"
    self.intValue = index
  }

  static let superKey = JSONCodingKey(stringValue: "super")
}
