// Elements identified as template blocks (Element.frameworkBlock, ndaf:block) are found without reading every
// element: coverage of the whole nation reads only the blocks (docs/graph-model.md).
CREATE INDEX concept_framework_block IF NOT EXISTS FOR (n:Concept) ON (n.frameworkBlock);
