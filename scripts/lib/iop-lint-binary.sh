# Sourced by the scripts that run or time iop-lint (run from the repository's root).
# iop_lint_binary CONFIGURATION prints the absolute path of the binary to use: IOP_LINT_BINARY when
# it is set, else iop-lint built now in CONFIGURATION (release or debug).
iop_lint_binary() {
    if [ -n "${IOP_LINT_BINARY:-}" ]; then
        realpath "$IOP_LINT_BINARY"
    else
        swift build -c "$1" --product iop-lint >/dev/null
        echo "$PWD/.build/$1/iop-lint"
    fi
}
