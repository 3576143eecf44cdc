/// An element of the document together with its path.
struct Located<Element> {
  let element: Element
  let path: String
}
