import IOPYAML
import Foundation
let data = FileManager.default.contents(atPath: CommandLine.arguments[1])!
let f = YAMLLoader().load(bytes: Array(data))
func dump(_ n: YAMLNode, _ indent: String) {
  switch n.content {
  case .scalar(let s): print(indent + "\(s.value) \(s.style) \(n.tag ?? "-") \(n.range) \(n.range.start.offset)-\(n.range.end.offset) \(String(describing: n.resolved))")
  case .sequence(let i): print(indent + "SEQ \(n.range)"); i.forEach { dump($0, indent + "  ") }
  case .mapping(let p): print(indent + "MAP \(n.range)"); p.forEach { dump($0.key, indent + "  K "); dump($0.value, indent + "    ") }
  }
}
for d in f.documents { print("DOC \(d.index) \(d.range)"); dump(d.root, "") }
for p in f.problems { print("PROBLEM \(p.kind) \(p.range) doc \(p.documentIndex) path \(p.path)") }
