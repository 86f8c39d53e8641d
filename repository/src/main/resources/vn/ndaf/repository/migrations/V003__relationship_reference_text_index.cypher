// What refers to an ArchiMate relationship from a _refs list (a diagram connection, a folder, a relationship on
// a relationship) is found through this index: CONTAINS on a text index reads only the nodes that have _refs,
// where the query would otherwise read every node of the store before refusing or allowing a delete.
CREATE TEXT INDEX identified_refs_text IF NOT EXISTS FOR (n:Identified) ON (n._refs);
