// Objects are found through the uid index alone: one by `uid = '<architecture>/<id>'`, all of an architecture by
// `uid STARTS WITH '<architecture>/'` (a range seek). The (arch, id) index duplicated that and cost at every write
// (docs/benchmarks.md); arch and id stay on the nodes as properties.
DROP INDEX identified_arch_id IF EXISTS;
