extension PublishedFigures {
  /// The largest published-figures file read: 16 MiB (`docs/limits.md`). Beyond it, or from an
  /// input that never ends, `reconcile` and `generate-sample --targets` stop with an error naming
  /// the limit.
  public static let maximumFileBytes = 16 << 20
}
