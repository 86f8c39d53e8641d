# Sourced by ./ndaf and benchmarks/run: the JVM options every ndaf process starts with.
#
# The Java heap uses transparent huge pages where Linux offers them to applications that ask ("madvise" or
# "always" in /sys/kernel/mm/transparent_hugepage/enabled). A large import fills gigabytes of heap with
# transaction state; with 4 KB pages the first touch of that memory and the address translations cost about a
# sixth of the load (docs/benchmarks.md, docs/adr/0007-jvm-options.md). Only the heap is affected: Neo4j's page
# cache lives outside it. Elsewhere the option is left out, because it does not exist on other systems.
#
# NDAF_JAVA_OPTS comes last, so it can add options or undo these (-XX:-UseTransparentHugePages).
ndaf_jvm_options() {
  local thp=/sys/kernel/mm/transparent_hugepage/enabled
  if [ "$(uname -s)" = Linux ] && [ -r "$thp" ] && grep -qE '\[(madvise|always)\]' "$thp"; then
    printf '%s ' -XX:+UseTransparentHugePages
  fi
  printf '%s' "${NDAF_JAVA_OPTS:-}"
}

# The options for one ./ndaf command line (its arguments are this function's): a command that is over in seconds
# (everything but serve, generate, and an import of a file over NDAF_SHORT_IMPORT_MB, default 16 MB) compiles
# with C1 only and collects with the serial collector. Such a command never runs long enough for C2's optimised
# code to pay back its compilation, and on two cores C2's compiler thread takes CPU from the command itself; the
# serial collector starts no collector threads (left out when NDAF_JAVA_OPTS names a collector). Measured in docs/benchmarks.md ("Fast commands"); long work keeps
# the JVM's defaults. NDAF_JAVA_OPTS still comes last.
ndaf_command_jvm_options() {
  if ndaf_is_short_command "$@"; then
    printf '%s ' -XX:TieredStopAtLevel=1
    # a collector named in NDAF_JAVA_OPTS is the user's choice (two would stop the JVM)
    case "${NDAF_JAVA_OPTS:-}" in
      *Use*GC*) ;;
      *) printf '%s ' -XX:+UseSerialGC ;;
    esac
  fi
  ndaf_jvm_options
}

ndaf_is_short_command() {
  local command="" arg
  for arg in "$@"; do
    case "$arg" in
      -*) ;;
      *) command="$arg"; break ;;
    esac
  done
  case "$command" in
    serve | generate | warm-up) return 1 ;;
    check)
      # one architecture is short work; the whole store (check --all) is long work that needs the optimising
      # compiler and a parallel collector
      for arg in "$@"; do
        [ "$arg" = --all ] && return 1
      done
      return 0 ;;
    import)
      local limit=$(( ${NDAF_SHORT_IMPORT_MB:-16} * 1024 * 1024 ))
      for arg in "$@"; do
        if [ -f "$arg" ] && [ "$(wc -c <"$arg")" -gt "$limit" ]; then
          return 1
        fi
      done
      return 0 ;;
    *) return 0 ;;
  esac
}
