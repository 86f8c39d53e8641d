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
