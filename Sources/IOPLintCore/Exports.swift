import IOPYAML
